"""Validate one document: detect its format, parse it safely, pick its schema, run an engine and the lints.

What is checked comes from the format's registry entry (``Format.validation``); nothing here names a
format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsml_kit.codes import ALL, Selection
from newsml_kit.errors import Diagnostic, Location, NewsmlKitError, NoSchemaError, SchemaError
from newsml_kit.formats import get_format
from newsml_kit.formats.base import Format, Reader, ReadOptions, Validation
from newsml_kit.formats.detect import detect_format
from newsml_kit.validate.engines import engine as get_engine
from newsml_kit.validate.schemas import SchemaChoice, XsdInfo, project_xsd
from newsml_kit.xmlsafe import parse_xml

Status = Literal["valid", "invalid", "skipped", "no-schema"]


@dataclass(frozen=True)
class Options:
    """How to validate: the engine, the ``--schema`` files, whether warnings fail, and which
    diagnostics are reported (``--select``/``--ignore``: an ignored diagnostic neither shows nor
    fails the file)."""

    engine: str = "lxml"
    schemas: SchemaChoice = field(default_factory=SchemaChoice)
    strict: bool = False
    selection: Selection = ALL


@dataclass(frozen=True)
class FileResult:
    """The outcome for one input."""

    source: str
    format: str | None
    schema: str | None
    diagnostics: tuple[Diagnostic, ...]
    status: Status

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.level == "error")

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.level == "warning")


def validate_bytes(data: bytes, source: str, options: Options | None = None) -> FileResult:
    """Validate one input's bytes; every problem is a diagnostic of the result, never an exception.

    Except :class:`SchemaError` (a ``--schema`` that cannot be used): a usage problem for the caller.
    """
    options = options or Options()
    fmt: str | None = None
    schema: str | None = None
    diagnostics: list[Diagnostic] = []
    try:
        if not data.strip():
            return _result(
                source,
                None,
                None,
                [Diagnostic("error", "empty input", Location(source), "NK-VAL-001")],
                options,
            )
        fmt = detect_format(data, source, fragments=False)
        entry = get_format(fmt)
        validation = entry.validation
        if validation is None:
            message = f"{entry.title}: no schema to validate against; skipped"
            return FileResult(
                source,
                fmt,
                None,
                options.selection.filter([Diagnostic("warning", message, Location(source), "NK-VAL-002")]),
                "skipped",
            )
        if validation.schema_type == "xsd":
            schema = _check_xml(data, source, entry, options, diagnostics)
        else:
            schema = _check_json(data, source, entry, options, diagnostics)
    except NoSchemaError as exc:
        diagnostics.append(exc.diagnostic(source))
        kept = options.selection.filter(diagnostics)
        return FileResult(
            source, fmt, None, kept, "no-schema" if exc.code in {d.code for d in kept} else "skipped"
        )
    except SchemaError:
        raise
    except NewsmlKitError as exc:
        diagnostics.append(exc.diagnostic(source))
    return _result(source, fmt, schema, diagnostics, options)


def _result(
    source: str, fmt: str | None, schema: str | None, diagnostics: list[Diagnostic], options: Options
) -> FileResult:
    kept = options.selection.filter(diagnostics)
    failing = any(d.level == "error" or options.strict for d in kept)
    return FileResult(source, fmt, schema, kept, "invalid" if failing else "valid")


def _check_xml(data: bytes, source: str, entry: Format, options: Options, out: list[Diagnostic]) -> str:
    """The document against its XSD, then the lints; with ``model``, a document of the project's own
    profile that its XSD takes must also read into the model: the profile's patterns let through what
    the calendar refuses (``2023-02-30``), and "valid" promises that the file reads."""
    validation = entry.validation
    assert validation is not None
    document = parse_xml(data, source=source)
    out.extend(document.warnings)
    if document.doctype is not None and not any("DTD" in w.message for w in document.warnings):
        out.append(
            Diagnostic(
                "warning",
                "DOCTYPE declaration ignored (DTDs are never loaded)",
                Location(source, 1),
                "NK-XML-004",
            )
        )
    xsd = options.schemas.xsd_for(document.root, validation)
    out.extend(get_engine(options.engine)(xsd, document.root, source))
    if "g2-lints" in validation.checks:
        from newsml_kit.validate.lints import lint_g2

        out.extend(lint_g2(document.root, xsd, source))
    if (
        "model" in validation.checks
        and entry.reader is not None
        and _is_profile(xsd, validation)
        and not any(d.level == "error" for d in out)
    ):
        out.extend(_model_errors(data, source, entry.reader))
    return xsd.name


def _is_profile(xsd: XsdInfo, validation: Validation) -> bool:
    if validation.profile is None:
        return False
    profile = project_xsd(validation.profile)
    return profile is not None and profile.path == xsd.path


def _check_json(data: bytes, source: str, entry: Format, options: Options, out: list[Diagnostic]) -> str:
    """The document against its JSON Schema; with ``ninjs-objects``, each ninjs object of it on its own
    (the entries of a collection, a JSON array, or of an API envelope: ``{"item": [...]}``, AP's
    ``{"data": {"item": ...}}``); with ``model``, then whether the format's reader takes it."""
    validation = entry.validation
    assert validation is not None
    from newsml_kit.validate.bundled import geojson_schema
    from newsml_kit.validate.jsondocs import load_document, ninjs_objects, validate_json

    document = load_document(data, source)
    parts = ninjs_objects(document) if "ninjs-objects" in validation.checks else [("", document)]
    names: list[str] = []
    errors: list[Diagnostic] = []
    for path, part in parts:
        schema = options.schemas.json_schema_for(part, validation)
        others = [other for other in options.schemas.json_schemas if other is not schema]
        # A schema found at run time may refer to GeoJSON (ninjs places do): it is at hand unless given.
        if validation.schema is None and not any(
            other.id and "geojson" in other.id.lower() for other in others
        ):
            others.append(geojson_schema())
        errors.extend(validate_json(part, schema, source, others, prefix=path))
        if schema.name not in names:
            names.append(schema.name)
    out.extend(errors)
    if "model" in validation.checks and entry.reader is not None and not errors:
        out.extend(_model_errors(data, source, entry.reader))
    return ", ".join(names)


def _model_errors(data: bytes, source: str, reader: Reader) -> list[Diagnostic]:
    """What the format's reader refuses beyond the schema (canonical JSON: ids that resolve, spans; a
    profile item: dates the calendar does not have, ...)."""
    try:
        reader(data, ReadOptions(source=source, extract=False))
    except NewsmlKitError as exc:
        return [exc.diagnostic(source)]
    return []
