"""What every format provides (its registry entry), and the result every reader returns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from newsml_kit.errors import Diagnostic, Location, ModelValidationError
from newsml_kit.model import XML_TEXT_ERROR, Message, NewsItem, illegal_text_problem

if TYPE_CHECKING:
    from newsml_kit.formats.detect import Head


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read one input.

    ``source`` names the input in every location (a path, ``-`` for stdin); ``strict`` turns
    warnings into errors; ``encoding`` names the text reader's codec (unset or ``auto``: a BOM,
    else UTF-8, else detected among the legacy encodings, see ``formats/text/decoding``); ``extract``
    lets the text reader find the event and its entities in the prose; ``nfc`` composes plain
    text to Unicode NFC (it is otherwise kept as it came, NFD included); ``language`` picks the
    extraction pack instead of the detected language.
    """

    source: str | None = None
    strict: bool = False
    encoding: str | None = None
    extract: bool = True
    nfc: bool = False
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The items read from one input, the warnings about what was repaired or ignored, and the
    message envelope when the input was a message of several items. A plain-text input also tells
    the codec it was read with and how many repairs its text needed (a repaired input does not
    write back byte for byte). ``events`` are the event items of a NewsML-G2 input (its
    ``eventDetails``, see ``formats.g2.events``): the item or message read carries them unchanged
    for the G2 writer, so they are a view, not items to write a second time."""

    items: tuple[NewsItem, ...]
    warnings: tuple[Diagnostic, ...] = ()
    message: Message | None = None
    encoding: str | None = None
    repairs: int = 0
    events: tuple[NewsItem, ...] = ()

    @property
    def item(self) -> NewsItem:
        """The single item of an input that holds exactly one."""
        if len(self.items) != 1:
            raise ValueError(f"the input holds {len(self.items)} items, not one")
        return self.items[0]


@dataclass(frozen=True, slots=True)
class WriteOptions:
    """How to write one output. ``ninjs_version`` is the ninjs version the ninjs writer targets
    (``2.2`` or ``3.1``); the other writers have no options yet and ignore it."""

    ninjs_version: str = "3.1"


DEFAULT_OPTIONS = ReadOptions()
DEFAULT_WRITE_OPTIONS = WriteOptions()

Reader = Callable[[bytes, ReadOptions], ReadResult]
Writer = Callable[[NewsItem | Message, WriteOptions], bytes]


Sniffer = Callable[["Head"], bool]


@dataclass(frozen=True, slots=True)
class Validation:
    """How ``newsml-kit validate`` checks a document of a format. The validate package reads it and
    names no format itself.

    ``schema_type`` is ``xsd`` (the document is parsed with the hardened parser and checked by the
    chosen engine) or ``json-schema``. The schema is the first found of: ``--schema``; ``profile``, a
    schema of the project's ``schemas/`` folder, for a document newsml-kit wrote (it uses the project's
    extension namespace); the environment variable ``env``; ``schema``, a schema of ``schemas/`` or a
    path; ``fallback``, a source the validate package knows (``official-g2``: the downloaded, else the
    bundled official NewsML-G2 XSD; ``ninjs-version``: the shipped ninjs schema of the document's
    version). With none, ``no_schema`` is the error. ``checks`` names what is checked beyond the
    schema: ``g2-lints``, ``model`` (the document reads into the model; for XML, a document of the
    project's profile only), ``ninjs-objects`` (each
    object of a collection or API envelope is checked on its own).
    """

    schema_type: Literal["xsd", "json-schema"]
    profile: str | None = None
    env: str | None = None
    schema: str | None = None
    fallback: str | None = None
    no_schema: str = "no schema available"
    checks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Format:
    """One entry of the registry, the one place a format is wired in: its name, its reader and/or
    writer, how it is recognised (``sniff``, asked about inputs of its ``syntax``, highest
    ``priority`` first) and how it is validated (``validation``; None: not validated)."""

    name: str
    title: str
    reader: Reader | None = None
    writer: Writer | None = None
    extension: str = field(default="")
    syntax: Literal["xml", "json", "text"] = "text"
    sniff: Sniffer | None = None
    priority: int = 0
    validation: Validation | None = None


_FIELD_RE = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def field_path(loc: tuple[int | str, ...], skip: int = 0) -> str:
    """A pydantic error location as a model field path (``people.0.name``), without the names
    pydantic gives union members and validator functions."""
    parts = [str(part) for part in loc[skip:] if isinstance(part, int) or _FIELD_RE.fullmatch(part)]
    return ".".join(parts)


def _error_text(error: ErrorDetails) -> str:
    """pydantic's message; for an illegal character, which one and where (pydantic-core finds it
    natively but its message cannot say which)."""
    if error["type"] == XML_TEXT_ERROR and isinstance(error["input"], str):
        return illegal_text_problem(error["input"]) or error["msg"]
    return error["msg"]


def model_error(exc: ValidationError, source: str | None, skip: int = 0) -> ModelValidationError:
    """A pydantic validation failure as a newsml_kit error naming the first bad field's path.

    ``skip`` drops leading location parts that are not fields (a discriminated union's tag)."""
    errors = exc.errors(include_url=False)
    lines = []
    for error in errors[:10]:
        path = field_path(error["loc"], skip)
        text = _error_text(error)
        lines.append(f"{path}: {text}" if path else text)
    if len(errors) > 10:
        lines.append(f"... and {len(errors) - 10} more")
    first = field_path(errors[0]["loc"], skip) if errors else ""
    message = lines[0] if len(lines) == 1 else f"{len(errors)} invalid fields: " + "; ".join(lines)
    if first:
        message = message.removeprefix(f"{first}: ")
    return ModelValidationError(message, Location(file=source, field=first or None))


C1_CONTROLS = re.compile("[\x80-\x9f]")
"""C1 control characters: in agency text, Windows-1252 punctuation that was read as Latin-1."""


def windows_1252_controls(text: str) -> str:
    """C1 controls as the Windows-1252 characters of the same code (``\\x96``: an en dash). The five
    codes Windows-1252 leaves undefined stay as they are, and the model refuses them by name."""
    return C1_CONTROLS.sub(lambda m: bytes([ord(m[0])]).decode("cp1252", "ignore") or m[0], text)
