"""Canonical JSON: the model's own JSON, marked with the schema it conforms to.

The writer is deterministic (field order, two-space indent, UTF-8, letters as themselves, one
trailing newline). The reader is strict: the format marker must be ours, keys may not repeat,
and types are not coerced, so it is the writer's exact inverse.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal, TypeVar

from pydantic import Field, TypeAdapter, ValidationError

from newsml_kit.errors import Location, ParseError, UnsupportedFormatError
from newsml_kit.formats.base import (
    DEFAULT_OPTIONS,
    DEFAULT_WRITE_OPTIONS,
    Format,
    ReadOptions,
    ReadResult,
    Validation,
    WriteOptions,
    model_error,
)
from newsml_kit.formats.detect import UNPARSEABLE, Head
from newsml_kit.model import MODEL_VERSION, Message, NewsItem

SCHEMA_ID = "https://newsml-kit.github.io/schemas/1/newsml-kit.schema.json"
"""The ``$schema`` every canonical JSON document carries; the path's ``1`` is the model's major version."""

ITEM_TYPE = "newsItem"
MESSAGE_TYPE = "newsMessage"


class ItemDocument(NewsItem):
    """A news item as a canonical JSON document (the item plus its format marker)."""

    schema_uri: Literal["https://newsml-kit.github.io/schemas/1/newsml-kit.schema.json"] = Field(
        alias="$schema"
    )
    type: Literal["newsItem"]


class MessageDocument(Message):
    """A message as a canonical JSON document."""

    schema_uri: Literal["https://newsml-kit.github.io/schemas/1/newsml-kit.schema.json"] = Field(
        alias="$schema"
    )
    type: Literal["newsMessage"]


Document = Annotated[ItemDocument | MessageDocument, Field(discriminator="type")]
_DOCUMENT = TypeAdapter(Document)
_MARKER_FIELDS = {"schema_uri", "type"}
T = TypeVar("T", NewsItem, Message)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of canonical JSON documents, as committed in ``schemas/``."""
    schema = _DOCUMENT.json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsml-kit canonical JSON",
        "description": f"A news item or message of the newsml-kit model, version {MODEL_VERSION}.",
        **schema,
    }


def json_schema_bytes() -> bytes:
    """The JSON Schema as the committed file holds it (sorted keys, so diffs stay readable)."""
    return (json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_json(value: NewsItem | Message, options: WriteOptions = DEFAULT_WRITE_OPTIONS) -> bytes:
    """Canonical JSON bytes for an item or a message."""
    marker: dict[str, Any] = {"$schema": SCHEMA_ID}
    if isinstance(value, NewsItem):
        marker["type"] = ITEM_TYPE
    else:
        marker["type"] = MESSAGE_TYPE
    body = value.model_dump(mode="json", exclude_defaults=True)
    text = json.dumps({**marker, **body}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def read_json(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    """Read a canonical JSON document; errors carry the line and column or the field path."""
    source = options.source
    tree = _load(data, source)
    if not isinstance(tree, dict) or tree.get("$schema") != SCHEMA_ID:
        raise UnsupportedFormatError(
            f'not newsml-kit canonical JSON: expected "$schema": "{SCHEMA_ID}"', Location(file=source)
        )
    try:
        document = _DOCUMENT.validate_json(data, strict=True)
    except ValidationError as exc:
        raise model_error(exc, source, skip=1) from None  # skip the union's tag
    if isinstance(document, ItemDocument):
        item = _strip_marker(NewsItem, document)
        return ReadResult(items=(item,))
    message = _strip_marker(Message, document)
    return ReadResult(items=tuple(message.items), message=message)


def _strip_marker(cls: type[T], document: T) -> T:
    # The document was fully validated as a subclass; copying its fields skips a second validation.
    fields = {name: getattr(document, name) for name in cls.model_fields if name not in _MARKER_FIELDS}
    return cls.model_construct(**fields)


def _load(data: bytes, source: str | None) -> object:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"JSON is not valid UTF-8 (byte 0x{data[exc.start]:02X} at offset {exc.start})",
            Location(file=source),
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", Location(source, exc.lineno, exc.colno)) from None
    except _DuplicateKeyError as exc:
        raise ParseError(
            f"invalid JSON: key {exc.key!r} appears twice in one object", Location(source)
        ) from None
    except RecursionError:
        raise ParseError("invalid JSON: nested too deeply", Location(source)) from None
    except ValueError as exc:  # an integer literal longer than Python converts (4300 digits)
        raise ParseError(f"invalid JSON: {exc}", Location(source)) from None


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


# The writer puts the marker first: recognised without parsing the whole document.
_MARKER_FIRST = re.compile(r'\s*\{\s*"\$schema"\s*:\s*"' + re.escape(SCHEMA_ID) + '"')


def sniff_json(head: Head) -> bool:
    """Canonical JSON by its marker; JSON that does not parse too, so that this reader says where
    it breaks."""
    if _MARKER_FIRST.match(head.text):
        return True
    tree = head.json
    return tree is UNPARSEABLE or (isinstance(tree, dict) and tree.get("$schema") == SCHEMA_ID)


FORMAT = Format(
    name="json",
    title="newsml-kit canonical JSON",
    reader=read_json,
    writer=write_json,
    extension=".json",
    syntax="json",
    sniff=sniff_json,
    priority=10,
    validation=Validation("json-schema", schema="newsml-kit.schema.json", checks=("model",)),
)
