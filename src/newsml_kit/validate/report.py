"""The report of a validation run: text, JSON, JUnit XML or GitHub Actions annotations, and its summary."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from lxml import etree

from newsml_kit.errors import Diagnostic
from newsml_kit.validate.core import FileResult

FORMATS: Final = ("text", "json", "junit", "github")
_NOT_XML_CHAR: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Summary:
    files: int
    valid: int
    invalid: int
    skipped: int
    no_schema: int
    errors: int
    warnings: int

    @classmethod
    def of(cls, results: Sequence[FileResult]) -> Summary:
        def count(status: str) -> int:
            return sum(1 for result in results if result.status == status)

        return cls(
            files=len(results),
            valid=count("valid"),
            invalid=count("invalid"),
            skipped=count("skipped"),
            no_schema=count("no-schema"),
            errors=sum(len(result.errors) for result in results),
            warnings=sum(len(result.warnings) for result in results),
        )

    def line(self) -> str:
        parts = [f"{self.valid} valid", f"{self.invalid} invalid"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.no_schema:
            parts.append(f"{self.no_schema} without a schema")
        noun = "file" if self.files == 1 else "files"
        return (
            f"{self.files} {noun}: {', '.join(parts)}; "
            f"{_count(self.errors, 'error')}, {_count(self.warnings, 'warning')}"
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def render(results: Sequence[FileResult], output_format: str) -> str:
    if output_format == "json":
        return render_json(results)
    if output_format == "junit":
        return render_junit(results)
    if output_format == "github":
        return render_github(results)
    return render_text(results)


def render_text(results: Sequence[FileResult]) -> str:
    lines: list[str] = []
    for result in results:
        lines.extend(str(diagnostic) for diagnostic in result.diagnostics)
        lines.append(f"{result.source}: {_status_text(result)}")
    lines.append(Summary.of(results).line())
    return "\n".join(lines) + "\n"


def _status_text(result: FileResult) -> str:
    if result.status == "no-schema":
        return "not validated (no schema)"
    if result.status == "skipped":
        return "skipped"
    counts = []
    if result.errors:
        counts.append(f"{len(result.errors)} error{'s' * (len(result.errors) != 1)}")
    if result.warnings:
        counts.append(f"{len(result.warnings)} warning{'s' * (len(result.warnings) != 1)}")
    detail = f" ({', '.join(counts)})" if counts else ""
    return f"{result.status}{detail}"


def _diagnostic_json(diagnostic: Diagnostic) -> dict[str, Any]:
    location = diagnostic.location
    entry: dict[str, Any] = {
        "level": diagnostic.level,
        "code": diagnostic.code,
        "message": diagnostic.message,
    }
    for key in ("line", "column", "field"):
        value = getattr(location, key)
        if value is not None:
            entry[key] = value
    return entry


def render_json(results: Sequence[FileResult]) -> str:
    summary = Summary.of(results)
    document = {
        "files": [
            {
                "file": result.source,
                "format": result.format,
                "schema": result.schema,
                "status": result.status,
                "valid": result.status == "valid",
                "diagnostics": [_diagnostic_json(d) for d in result.diagnostics],
            }
            for result in results
        ],
        "summary": {**summary.__dict__, "by_code": _by_code(results)},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _by_code(results: Sequence[FileResult]) -> dict[str, int]:
    """How many diagnostics of each code the run reported."""
    found = Counter(d.code for result in results for d in result.diagnostics)
    return dict(sorted(found.items()))


def _xml_text(text: str) -> str:
    return _NOT_XML_CHAR.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def render_junit(results: Sequence[FileResult]) -> str:
    summary = Summary.of(results)
    suites = etree.Element("testsuites", name="newsml-kit validate")
    suite = etree.SubElement(
        suites,
        "testsuite",
        name="newsml-kit validate",
        tests=str(summary.files),
        failures=str(summary.invalid),
        errors=str(summary.no_schema),
        skipped=str(summary.skipped),
    )
    for result in results:
        case = etree.SubElement(
            suite, "testcase", classname="newsml-kit.validate", name=_xml_text(result.source)
        )
        detail = _xml_text("\n".join(str(d) for d in result.diagnostics))
        first = result.errors[0] if result.errors else (result.warnings[0] if result.warnings else None)
        message = _xml_text(f"{first.message} [{first.code}]") if first else result.status
        if result.status == "invalid":
            etree.SubElement(case, "failure", message=message, type="invalid").text = detail
        elif result.status == "no-schema":
            etree.SubElement(case, "error", message=message, type="no-schema").text = detail
        elif result.status == "skipped":
            etree.SubElement(case, "skipped", message=message)
        elif detail:
            etree.SubElement(case, "system-out").text = detail
    text: str = etree.tostring(suites, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands: ``::error file=F,line=L[,col=C],title=CODE::message``."""
    lines: list[str] = []
    for result in results:
        for diagnostic in result.diagnostics:
            location = diagnostic.location
            properties = [f"file={_escape_property(location.file or result.source)}"]
            title = f"title={_escape_property(diagnostic.code)}"
            if location.line is not None:
                properties.append(f"line={location.line}")
                if location.column is not None:
                    properties.append(f"col={location.column}")
            message = diagnostic.message
            if location.field:
                message = f"{location.field}: {message}"
            properties.append(title)
            lines.append(f"::{diagnostic.level} {','.join(properties)}::{_escape_data(message)}")
    lines.append(Summary.of(results).line())
    return "\n".join(lines) + "\n"
