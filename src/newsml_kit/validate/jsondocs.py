"""JSON documents against their JSON Schema (canonical JSON: the project's; ninjs: the official one).

Always with a format checker, so that a malformed ``date-time`` fails. ``$ref``s resolve only among the
schemas given (by their ``$id``): nothing is ever retrieved from the network.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

from newsml_kit.errors import Diagnostic, Location, SchemaError
from newsml_kit.validate.engines import MAX_ERRORS, one_line
from newsml_kit.validate.schemas import JsonSchemaInfo


def load_document(data: bytes, source: str) -> object:
    """The JSON value of ``data``; a ParseError with line and column when it is not JSON."""
    from newsml_kit.errors import ParseError

    try:
        return json.loads(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ParseError(f"JSON is not valid UTF-8 (at byte offset {exc.start})", Location(source)) from None
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", Location(source, exc.lineno, exc.colno)) from None
    except RecursionError:
        raise ParseError("invalid JSON: nested too deeply", Location(source)) from None


def ninjs_objects(document: object) -> list[tuple[str, object]]:
    """The ninjs objects of a document, each with its JSON pointer: the document itself, the entries of
    a collection (a JSON array), or the items of an API envelope (BBC: ``item``/``items``; AP's Media API:
    ``data.item``, and ``data.items[].item`` in a feed)."""
    if isinstance(document, list):
        return [(f"/{index}", entry) for index, entry in enumerate(document)]
    if isinstance(document, dict) and "uri" not in document and "guid" not in document:
        data = document.get("data")
        if isinstance(data, dict) and isinstance(data.get("item"), dict):
            return [("/data/item", data["item"])]
        feed = data.get("items") if isinstance(data, dict) else None
        if isinstance(feed, list) and feed and all(isinstance(entry, dict) for entry in feed):
            return [
                (f"/data/items/{i}/item", entry["item"]) if "item" in entry else (f"/data/items/{i}", entry)
                for i, entry in enumerate(feed)
            ]
        for key in ("item", "items"):
            entries = document.get(key)
            if isinstance(entries, list) and entries:
                return [(f"/{key}/{index}", entry) for index, entry in enumerate(entries)]
    return [("", document)]


def validate_json(
    document: object,
    schema: JsonSchemaInfo,
    source: str,
    others: Sequence[JsonSchemaInfo] = (),
    *,
    prefix: str = "",
) -> list[Diagnostic]:
    validator = _validator(schema, tuple(others))
    diagnostics: list[Diagnostic] = []
    try:
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    except Exception as exc:  # referencing.exceptions.Unresolvable and friends
        raise SchemaError(
            f"JSON Schema cannot be used: {one_line(str(exc))}", Location(str(schema.path))
        ) from None
    for error in errors[:MAX_ERRORS]:
        error = _most_relevant(error)
        path = prefix + "".join(f"/{part}" for part in error.absolute_path) or "/"
        diagnostics.append(
            Diagnostic("error", one_line(error.message)[:500], Location(source, field=path), "NK-VAL-005")
        )
    if len(errors) > MAX_ERRORS:
        more = len(errors) - MAX_ERRORS
        diagnostics.append(Diagnostic("error", f"... and {more} more errors", Location(source), "NK-VAL-004"))
    return diagnostics


def _most_relevant(error: Any) -> Any:
    """For a failed ``oneOf``/``anyOf``: the error of the deepest branch, as jsonschema ranks them."""
    from jsonschema.exceptions import best_match

    while error.context:
        deepest = max(len(branch.absolute_path) for branch in error.context)
        best = best_match(branch for branch in error.context if len(branch.absolute_path) == deepest)
        if best is None:
            break
        error = best
    return error


@functools.cache
def _validator(schema: JsonSchemaInfo, others: tuple[JsonSchemaInfo, ...]) -> Any:
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    validator_class = jsonschema.validators.validator_for(schema.schema, default=jsonschema.Draft7Validator)
    try:
        validator_class.check_schema(schema.schema)
    except jsonschema.SchemaError as exc:
        raise SchemaError(
            f"not a valid JSON Schema: {one_line(exc.message)}", Location(str(schema.path))
        ) from None
    registry: Registry[Any] = Registry()
    for other in (schema, *others):
        if other.id:
            resource = Resource.from_contents(other.schema, default_specification=DRAFT7)
            registry = registry.with_resource(other.id, resource)
    return validator_class(schema.schema, registry=registry, format_checker=validator_class.FORMAT_CHECKER)
