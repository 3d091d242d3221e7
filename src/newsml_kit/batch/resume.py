"""The report of a batch run, which is also the manifest ``--resume`` reads.

While a run goes, every finished file is appended to a journal (JSON Lines beside the report) and
flushed, so a run killed at any point leaves a record of what it finished. At the end the report is
written whole (atomically) and the journal removed. A run starts by reading what an earlier one left
(the journal if there is one, it is the newer, else the report), then starts a new journal that
carries forward the entries it may reuse, so at most one record is current at a time.

An entry is reused when the run's fingerprint (tool version, options, clock) is the one it was
recorded under, and the input's SHA-256 and its outputs still match.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any, Literal

from newsml_kit._version import __version__
from newsml_kit.dates import format_datetime
from newsml_kit.errors import Diagnostic
from newsml_kit.fileio import atomic_write

from .jobs import ConvertOptions, FileResult, Output, Previous

REPORT_FORMAT = "newsml-kit batch report"
REPORT_VERSION = 1
DEFAULT_REPORT_NAME = ".newsml-kit-report.json"
JOURNAL_SUFFIX = ".journal"

ClockSource = Literal["SOURCE_DATE_EPOCH", "clock"]
Entry = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Clock:
    """The one time of a run: stamped on what has no time of its own, the same in every worker."""

    epoch: int
    source: ClockSource

    def as_dict(self) -> dict[str, Any]:
        utc = format_datetime(datetime.fromtimestamp(self.epoch, UTC))
        return {"epoch": self.epoch, "utc": utc, "source": self.source}


@dataclass(frozen=True, slots=True)
class Header:
    """What every entry of a report was recorded under."""

    options: ConvertOptions
    clock: Clock
    version: str = __version__

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "format_version": REPORT_VERSION,
            "tool": {"name": "newsml-kit", "version": self.version},
            "options": self.options.as_dict(),
            "clock": self.clock.as_dict(),
        }

    def fingerprint(self) -> tuple[str, dict[str, Any], int]:
        return self.version, self.options.as_dict(), self.clock.epoch


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an earlier run left: the header it ran under and its entries by key."""

    header: dict[str, Any]
    entries: dict[str, Entry]

    @property
    def clock(self) -> Clock | None:
        clock = self.header.get("clock")
        if not isinstance(clock, dict) or not isinstance(clock.get("epoch"), int):
            return None
        source = clock.get("source")
        return Clock(clock["epoch"], "SOURCE_DATE_EPOCH" if source == "SOURCE_DATE_EPOCH" else "clock")

    def reusable(self, header: Header) -> dict[str, Entry]:
        """The entries a run under ``header`` may skip (after checking the inputs' hashes)."""
        tool = self.header.get("tool")
        recorded = (
            tool.get("version") if isinstance(tool, dict) else None,
            self.header.get("options"),
            self.clock.epoch if self.clock else None,
        )
        if recorded != header.fingerprint():
            return {}
        return {key: entry for key, entry in self.entries.items() if entry.get("status") != "failed"}


def journal_path(report_path: str) -> str:
    return report_path + JOURNAL_SUFFIX


def load(report_path: str) -> Manifest | None:
    """The record an earlier run left for ``report_path``, or None when there is none or it is unreadable
    (a run then simply converts everything)."""
    journal = journal_path(report_path)
    if os.path.exists(journal):
        return _load_journal(journal)
    try:
        with open(report_path, encoding="utf-8") as handle:
            report = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(report, dict) or report.get("format") != REPORT_FORMAT:
        return None
    files = report.get("files")
    entries = {entry["key"]: entry for entry in files if _is_entry(entry)} if isinstance(files, list) else {}
    return Manifest(report, entries)


def _load_journal(path: str) -> Manifest | None:
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, ValueError):
        return None
    header: dict[str, Any] | None = None
    entries: dict[str, Entry] = {}
    for line in lines:
        try:
            value = json.loads(line)
        except ValueError:
            continue  # the line being written when the run was killed
        if header is None:
            if not isinstance(value, dict) or value.get("format") != REPORT_FORMAT:
                return None
            header = value
        elif _is_entry(value):
            entries[value["key"]] = value  # a later line for the same key wins
    return Manifest(header, entries) if header is not None else None


def _is_entry(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("key"), str)


def previous(entry: Entry) -> Previous | None:
    """What a worker needs to tell that an input is unchanged, from a recorded entry."""
    try:
        outputs = tuple(Output(str(o["path"]), int(o["size"]), str(o["sha256"])) for o in entry["outputs"])
        return Previous(str(entry["sha256"]), outputs)
    except (KeyError, TypeError, ValueError):
        return None


def entry(result: FileResult, reused: Entry | None = None) -> Entry:
    """The report's record of one input; an unchanged input keeps what its earlier entry said."""
    job = result.job
    if result.status == "unchanged" and reused is not None:
        return {**reused, "input": job.name, "status": "unchanged"}
    return {
        "key": job.key,
        "input": job.name,
        "status": result.status,
        "sha256": result.sha256,
        "items": result.items,
        "outputs": [{"path": o.path, "size": o.size, "sha256": o.sha256} for o in result.outputs],
        "encoding": result.encoding,
        "repairs": result.repairs,
        "warnings": [_diagnostic(warning) for warning in result.warnings],
        "error": _diagnostic(result.error, result.error_type) if result.error else None,
    }


def _diagnostic(diagnostic: Diagnostic, kind: str | None = None) -> dict[str, Any]:
    location = diagnostic.location
    value: dict[str, Any] = {"type": kind} if kind else {}
    value.update(
        code=diagnostic.code,
        message=diagnostic.message,
        file=location.file,
        line=location.line,
        column=location.column,
        field=location.field,
        text=str(diagnostic),
    )
    return value


class Journal:
    """The running record of a batch: a header line, then one line per finished input."""

    def __init__(self, path: str, header: Header, carried: Iterable[Entry]) -> None:
        self.path = path
        lines = [header.as_dict(), *carried]
        atomic_write(path, b"".join(_json_bytes(value) + b"\n" for value in lines))
        self._handle: IO[bytes] | None = open(path, "ab")  # noqa: SIM115 (closed in close())

    def record(self, entries: Iterable[Entry]) -> None:
        """Append entries and hand them to the operating system, so a killed run keeps them."""
        assert self._handle is not None
        self._handle.write(b"".join(_json_bytes(value) + b"\n" for value in entries))
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def remove(self) -> None:
        self.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def _json_bytes(value: Mapping[str, Any], indent: int | None = None) -> bytes:
    """UTF-8 JSON, letters as themselves; a file name that is not UTF-8 (Python keeps its bytes as lone
    surrogates) makes that document fall back to ``\\u`` escapes, which read back to the same name."""
    separators = (",", ":") if indent is None else None
    try:
        return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, indent=indent, separators=separators).encode("ascii")


def write_report(path: str, header: Header, body: Mapping[str, Any]) -> None:
    atomic_write(path, _json_bytes({**header.as_dict(), **body}, indent=2) + b"\n")
