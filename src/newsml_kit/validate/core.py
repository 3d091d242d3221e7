"""Validate one document: detect its format, parse it safely, pick its schema, run an engine and the lints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsml_kit.errors import Diagnostic, Location, NewsmlKitError
from newsml_kit.formats.detect import detect_format
from newsml_kit.validate.engines import engine as get_engine
from newsml_kit.validate.schemas import NoSchemaError, SchemaChoice, SchemaError
from newsml_kit.xmlsafe import parse_xml

Status = Literal["valid", "invalid", "skipped", "no-schema"]


@dataclass(frozen=True)
class Options:
    """How to validate: the engine, the ``--schema`` files, and whether warnings fail."""

    engine: str = "lxml"
    schemas: SchemaChoice = field(default_factory=SchemaChoice)
    strict: bool = False


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
                source, None, None, [Diagnostic("error", "empty input", Location(source))], options
            )
        fmt = detect_format(data, source, fragments=False)
        if fmt in {"newsml", "nitf", "newsml1"}:
            schema = _check_xml(data, source, fmt, options, diagnostics)
        elif fmt == "json":
            schema = _check_canonical_json(data, source, diagnostics)
        elif fmt == "ninjs":
            schema = _check_ninjs(data, source, options, diagnostics)
        else:
            message = "plain text: no schema to validate against; skipped"
            return FileResult(
                source, fmt, None, (Diagnostic("warning", message, Location(source)),), "skipped"
            )
    except NoSchemaError as exc:
        diagnostics.append(Diagnostic("error", exc.message, exc.location.with_file(source)))
        return FileResult(source, fmt, None, tuple(diagnostics), "no-schema")
    except SchemaError:
        raise
    except NewsmlKitError as exc:
        diagnostics.append(Diagnostic("error", exc.message, exc.location.with_file(source)))
    return _result(source, fmt, schema, diagnostics, options)


def _result(
    source: str, fmt: str | None, schema: str | None, diagnostics: list[Diagnostic], options: Options
) -> FileResult:
    failing = any(d.level == "error" or options.strict for d in diagnostics)
    return FileResult(source, fmt, schema, tuple(diagnostics), "invalid" if failing else "valid")


def _check_xml(data: bytes, source: str, fmt: str, options: Options, out: list[Diagnostic]) -> str:
    document = parse_xml(data, source=source)
    out.extend(document.warnings)
    if document.doctype is not None and not any("DTD" in w.message for w in document.warnings):
        out.append(
            Diagnostic("warning", "DOCTYPE declaration ignored (DTDs are never loaded)", Location(source, 1))
        )
    xsd = options.schemas.xsd_for(document.root, fmt)
    out.extend(get_engine(options.engine)(xsd, document.root, source))
    if fmt == "newsml":
        from newsml_kit.validate.lints import lint_g2

        out.extend(lint_g2(document.root, xsd, source))
    return xsd.name


def _check_canonical_json(data: bytes, source: str, out: list[Diagnostic]) -> str:
    from newsml_kit.validate.jsondocs import canonical_schema, load_document, model_errors, validate_json

    schema = canonical_schema()
    errors = validate_json(load_document(data, source), schema, source)
    out.extend(errors or model_errors(data, source))
    return schema.name


def _check_ninjs(data: bytes, source: str, options: Options, out: list[Diagnostic]) -> str:
    """Each ninjs object of the document against its schema: the document itself, or each entry of a
    collection (a JSON array) or an API envelope (``{"item": [...]}``, AP's ``{"data": {"item": ...}}``)."""
    from newsml_kit.validate.bundled import geojson_schema
    from newsml_kit.validate.jsondocs import load_document, ninjs_objects, validate_json

    names: list[str] = []
    for path, document in ninjs_objects(load_document(data, source)):
        schema = options.schemas.ninjs_schema(document)
        others = [other for other in options.schemas.json_schemas if other is not schema]
        if not any(other.id and "geojson" in other.id.lower() for other in others):
            others.append(geojson_schema())
        out.extend(validate_json(document, schema, source, others, prefix=path))
        if schema.name not in names:
            names.append(schema.name)
    return ", ".join(names)
