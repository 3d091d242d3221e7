"""NITF mixed content as model text: paragraphs, captions, and the entities named inline.

NITF text is XML mixed content meant to be laid out as HTML is: a run of XML whitespace (spaces,
tabs, line ends, the indentation of the file) is one space, ``<br/>`` is a line break, and
whitespace at the edges of a paragraph is not part of it. ``TextBuilder`` lays text out that way and
nothing else: every other character, no-break spaces included, is kept as written. ``<pre>`` keeps
its whitespace. Inline ``<person>``, ``<org>`` and ``<location>`` become entities with a mention
(a span into the laid-out block text); other inline markup keeps its text and is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final

from lxml import etree

from newsml_kit.formats.nitf.ledger import Element, Ledger, children, display_name, elements, local
from newsml_kit.model import (
    Block,
    BlockKind,
    Mention,
    Organisation,
    Person,
    PersonRole,
    Place,
    Rendition,
    TextRange,
)

_XML_SPACE: Final = " \t\r\n"
_XML_SPACE_RUN: Final = re.compile(r"[ \t\r\n]+")
_LEADING_BLANK_LINES: Final = re.compile(r"\A(?:[ \t\r]*\n)+")

# Inline NITF elements: the enrichedText group of the NITF 3.6 XSD and the parts they contain. An
# element boundary between them is no word boundary ("<person>Ann</person>'s"); between any other
# elements it is.
INLINE_NAMES: Final = frozenset(
    {
        "chron", "classifier", "copyrite", "event", "function", "location", "money", "num",
        "object.title", "org", "person", "postaddr", "virtloc", "a", "br", "em", "lang", "pronounce",
        "q", "sub", "sup", "frac", "numer", "frac-sep", "denom", "name.given", "name.family",
        "alt-code", "sublocation", "city", "state", "region", "country", "copyrite.year",
        "copyrite.holder", "addressee", "care.of", "delivery.point", "postcode", "delivery.office",
    }
)  # fmt: skip
ENTITY_NAMES: Final = {"person": "person", "org": "organisation", "location": "place"}


# --- layout -----------------------------------------------------------------------------------


class _Start:
    """Where a marked element's text starts: known once its first non-space character is laid out."""

    __slots__ = ("offset",)

    def __init__(self) -> None:
        self.offset: int | None = None


class TextBuilder:
    """Lays out mixed content: XML whitespace runs as one space, line breaks kept, edges trimmed."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._pending = ""  # the separator owed before the next character: "", " " or line breaks
        self._waiting: list[_Start] = []

    def text(self, value: str | None) -> None:
        if not value:
            return
        collapsed = _XML_SPACE_RUN.sub(" ", value)
        core = collapsed.strip(" ")  # only collapsed runs: at most one space at each edge
        if collapsed[0] == " ":
            self.space()
        if core:
            self._emit(core)
            if collapsed[-1] == " ":
                self.space()

    def space(self) -> None:
        if not self._pending:
            self._pending = " "

    def line_break(self) -> None:
        # Spaces around a line break vanish, as a browser drops them at the end and start of a line.
        self._pending = self._pending.strip(" ") + "\n"

    def start(self) -> _Start:
        marker = _Start()
        self._waiting.append(marker)
        return marker

    def end(self, marker: _Start) -> tuple[int, int] | None:
        """The span from ``marker`` to here; None when nothing but whitespace was laid out."""
        if marker in self._waiting:
            self._waiting.remove(marker)
            return None
        assert marker.offset is not None
        return marker.offset, self._length

    def result(self) -> str:
        return "".join(self._parts)

    def _emit(self, chunk: str) -> None:
        if self._pending and self._length:
            self._parts.append(self._pending)
            self._length += len(self._pending)
        self._pending = ""
        for marker in self._waiting:
            marker.offset = self._length
        self._waiting.clear()
        self._parts.append(chunk)
        self._length += len(chunk)


def preformatted(text: str) -> str:
    """``<pre>`` text: its whitespace kept, but not blank lines before it or whitespace after it."""
    return _LEADING_BLANK_LINES.sub("", text).rstrip(_XML_SPACE)


# --- entities ---------------------------------------------------------------------------------


@dataclass
class _Entity:
    kind: str
    name: str
    local_id: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[PersonRole] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    place_kind: str | None = None
    parent: str | None = None


_PREFIXES: Final = {"person": "per", "organisation": "org", "place": "loc"}


class Entities:
    """People, organisations and places of one item, one entity per kind and name as written."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str], _Entity] = {}
        self._counts: dict[str, int] = {}

    def add(self, kind: str, name: str) -> _Entity:
        """The entity of this kind and name, new (with the next local id) the first time."""
        entity = self._found.get((kind, name))
        if entity is None:
            self._counts[kind] = number = self._counts.get(kind, 0) + 1
            entity = self._found[(kind, name)] = _Entity(kind, name, f"{_PREFIXES[kind]}{number}")
        return entity

    def mention(self, kind: str, block: int, start: int, end: int, text: str) -> None:
        self.add(kind, text).mentions.append(Mention(block=block, start=start, end=end, text=text))

    def people(self) -> list[Person]:
        return [
            Person(id=e.local_id, name=e.name, mentions=e.mentions, roles=e.roles, titles=e.titles)
            for e in self._of("person")
        ]

    def organisations(self) -> list[Organisation]:
        return [
            Organisation(id=e.local_id, name=e.name, mentions=e.mentions) for e in self._of("organisation")
        ]

    def places(self) -> list[Place]:
        ids = {e.name: e.local_id for e in self._of("place")}
        return [
            Place(
                id=e.local_id,
                name=e.name,
                kind=e.place_kind,
                parent_id=ids.get(e.parent) if e.parent is not None else None,
                mentions=e.mentions,
            )
            for e in self._of("place")
        ]

    def _of(self, kind: str) -> Iterator[_Entity]:
        return (entity for (k, _), entity in self._found.items() if k == kind)


# --- inline content ---------------------------------------------------------------------------

Piece = str | Element
"""Mixed content: text, or an element (whose tail is a separate piece)."""
Found = tuple[str, int, int]
"""An entity named inline: its kind and its span in the laid-out text."""


def content(element: Element) -> list[Piece]:
    """The mixed content of ``element``, in order: text, child elements and the text after each."""
    pieces: list[Piece] = [element.text or ""]
    for node in element:
        if isinstance(node.tag, str):
            pieces.append(node)
        pieces.append(node.tail or "")  # a comment's or PI's tail is text of ``element`` too
    return pieces


class Inline:
    """Lays out inline content into a TextBuilder, marking what it carried in the ledger.

    ``entities``: inline person, org and location are entities (else markup like any other);
    ``quiet``: elements the caller maps itself (no "markup not carried" warning);
    ``spaced``: elements whose edges are word boundaries even though they are inline here."""

    def __init__(
        self,
        ledger: Ledger,
        *,
        entities: bool,
        quiet: frozenset[str] = frozenset(),
        spaced: frozenset[str] = frozenset(),
    ) -> None:
        self.ledger = ledger
        self.entities = entities
        self.quiet = quiet
        self.spaced = spaced

    def text_of(self, element: Element) -> str:
        builder = TextBuilder()
        self.walk(element, builder)
        return builder.result()

    def walk(self, element: Element, builder: TextBuilder) -> list[Found]:
        self.ledger.take_text(element)
        return self.pieces(content(element), builder, element)

    def pieces(self, pieces: Iterable[Piece], builder: TextBuilder, where: Element) -> list[Found]:
        """Lays out ``pieces``, the mixed content of ``where``."""
        found: list[Found] = []
        for piece in pieces:
            if isinstance(piece, str):
                builder.text(self.ledger.repair(piece, where))
            else:
                found.extend(self._element(piece, builder))
        return found

    def _element(self, element: Element, builder: TextBuilder) -> list[Found]:
        name = local(element)
        if name == "br":
            self.ledger.take(element)
            builder.line_break()
            return []
        if self.entities and name in ENTITY_NAMES:
            marker = builder.start()
            found = self.walk(element, builder)
            span = builder.end(marker)
            if span is None:
                return found
            return [(ENTITY_NAMES[name], span[0], span[1]), *found]
        spaced = name in self.spaced or (name is not None and name not in INLINE_NAMES)
        if name not in self.quiet:
            self.ledger.warn(
                "NK-NITF-114",
                f"NITF {display_name(element)} markup is not carried by the model; its text is kept",
                element,
            )
        if spaced:
            builder.space()
        found = self.walk(element, builder)
        if spaced:
            builder.space()
        return found


# --- blocks -----------------------------------------------------------------------------------

_PARAGRAPHS: Final = frozenset({"p", "tagline", "bibliography", "credit", "caption", "li", "dt", "dd"})
_HEADINGS: Final = frozenset({"hl1", "hl2"})
_CONTAINERS: Final = frozenset({"block", "bq", "fn", "note", "body.content", "body.end"})
_LISTS: Final = frozenset({"ul", "ol", "dl"})
_TABLES: Final = frozenset({"table", "nitf-table"})
_TABLE_PARTS: Final = frozenset({"table", "thead", "tbody", "tfoot", "colgroup", "col"})
_NO_CONTENT: Final = frozenset({"hr", "br"})
# NITF elements with a place of their own outside body text (metadata inside a block ...): the sweep
# reports them when they turn up in the body.
_ELSEWHERE: Final = frozenset(
    {
        "tobject", "key-list", "classifier", "byline", "dateline", "abstract", "datasource",
        "media-reference", "media-metadata", "media-object",
    }
)  # fmt: skip


class BodyReader:
    """NITF block content as model blocks, in document order, with the entities named inline and
    the media referenced."""

    def __init__(self, ledger: Ledger, entities: Entities | None) -> None:
        self.ledger = ledger
        self.entities = entities
        self.inline = Inline(ledger, entities=entities is not None)
        self.blocks: list[Block] = []
        self.renditions: list[Rendition] = []

    def container(self, element: Element, *, stray: str | None = None) -> None:
        """The blocks of ``element``; inline content directly inside it becomes a paragraph, with the
        warning ``stray`` (None: none, it is expected there)."""
        self.ledger.take_text(element)
        run: list[Piece] = []
        for piece in content(element):
            if isinstance(piece, str) or local(piece) in INLINE_NAMES:
                run.append(piece)
                continue
            self._flush(run, element, stray)
            run = []
            self._block(piece)
        self._flush(run, element, stray)

    def _flush(self, run: list[Piece], parent: Element, stray: str | None) -> None:
        builder = TextBuilder()
        found = self.inline.pieces(run, builder, parent)
        if builder.result() and stray is not None:
            self.ledger.warn("NK-NITF-115", stray.format(name=display_name(parent)), parent)
        self._add(builder, found)

    def _block(self, element: Element) -> None:
        name = local(element)
        if name in _PARAGRAPHS:
            self.paragraph(element)
        elif name in _HEADINGS:
            self.ledger.warn(
                "NK-NITF-116",
                f"NITF {display_name(element)} heading kept as a paragraph (the model has no heading block)",
                element,
            )
            self.paragraph(element)
        elif name in _CONTAINERS:
            if name == "note":
                self.ledger.warn(
                    "NK-NITF-117",
                    "NITF <note> kept as body paragraphs; that it is a note is not carried",
                    element,
                )
            self.container(element, stray="text directly inside NITF {name} kept as a paragraph")
        elif name in _LISTS:
            self._list(element)
        elif name in _TABLES:
            self._table(element)
        elif name == "media":
            self.media(element)
        elif name == "pre":
            self._pre(element)
        elif name in _NO_CONTENT:
            self.ledger.take(element)
        elif name not in _ELSEWHERE:
            # Unknown or foreign: its text, if any, is body text all the same.
            before = len(self.blocks)
            self.paragraph(element)
            if len(self.blocks) > before:
                self.ledger.warn(
                    "NK-NITF-118",
                    f"unknown element {display_name(element)} in the body kept as a paragraph",
                    element,
                )
        # Known NITF elements that belong elsewhere (a byline inside a block ...) are left to the sweep.

    def paragraph(self, element: Element) -> None:
        builder = TextBuilder()
        found = self.inline.walk(element, builder)
        self._add(builder, found)

    def _add(self, builder: TextBuilder, found: list[Found], shift: int = 0) -> None:
        text = builder.result()
        if not text:
            return  # an empty paragraph carries nothing
        self._append(Block(text=text), [(kind, start + shift, end + shift) for kind, start, end in found])

    def _append(self, block: Block, found: list[Found]) -> None:
        index = len(self.blocks)
        self.blocks.append(block)
        if self.entities is not None:
            for kind, start, end in found:
                self.entities.mention(kind, index, start, end, block.text[start:end])

    def _list(self, element: Element) -> None:
        self.ledger.take(element)
        self.ledger.warn(
            "NK-NITF-119",
            f"NITF {display_name(element)} list kept as one paragraph per item; the list is not carried",
            element,
        )
        for item in elements(element):
            if local(item) in _PARAGRAPHS:
                self.paragraph(item)
            else:
                self._block(item)

    def _table(self, element: Element) -> None:
        self.ledger.warn(
            "NK-NITF-120",
            f"NITF {display_name(element)} kept as one paragraph per row, cells separated by tabs; "
            "the table structure is not carried",
            element,
        )
        self._table_part(element)

    def _table_part(self, element: Element) -> None:
        self.ledger.take(element)
        for part in elements(element):
            name = local(part)
            if name in _TABLE_PARTS:
                self._table_part(part)
            elif name == "caption":
                self.paragraph(part)
            elif name == "tr":
                self._row(part)
            # anything else (nitf-table-metadata ...) is left to the sweep

    def _row(self, row: Element) -> None:
        self.ledger.take(row)
        texts: list[str] = []
        found: list[Found] = []
        offset = 0
        for cell in elements(row):
            if local(cell) not in {"td", "th"}:
                continue
            builder = TextBuilder()
            cell_found = self.inline.walk(cell, builder)
            text = builder.result().replace("\t", " ")  # a tab inside a cell would shift the columns
            found.extend((kind, start + offset, end + offset) for kind, start, end in cell_found)
            texts.append(text)
            offset += len(text) + 1
        if any(texts):
            self._append(Block(text="\t".join(texts)), found)

    def media(self, element: Element) -> None:
        """A caption block (its credit the producer's name) and a rendition per media reference."""
        self.ledger.take(element)
        for reference in children(element, "media-reference"):
            self._rendition(element, reference)
        caption = TextBuilder()
        found: list[Found] = []
        for part in children(element, "media-caption"):
            caption.space()
            found.extend(self.inline.walk(part, caption))
        credit = TextBuilder()
        credit_found: list[Found] = []
        for part in children(element, "media-producer"):
            credit.space()
            credit_found.extend(self.inline.walk(part, credit))
        text, credit_text = caption.result(), credit.result()
        if not text and not credit_text:
            return
        joined = f"{text} {credit_text}" if text and credit_text else text or credit_text
        shift = len(joined) - len(credit_text)
        found.extend((kind, start + shift, end + shift) for kind, start, end in credit_found)
        credit_range = TextRange(start=shift, end=len(joined)) if credit_text else None
        self._append(Block(kind=BlockKind.CAPTION, text=joined, credit=credit_range), found)

    def _rendition(self, media: Element, reference: Element) -> None:
        href = self.ledger.attribute(reference, "source") or self.ledger.attribute(reference, "data-location")
        if href is None:
            return  # left to the sweep
        self.ledger.take(reference)
        content_type = self.ledger.attribute(reference, "mime-type") or self.ledger.attribute(
            media, "media-type"
        )
        sizes: dict[str, int] = {}
        for name in ("width", "height"):
            value = (reference.get(name) or "").strip()
            if value.isdigit():
                self.ledger.attribute(reference, name)
                sizes[name] = int(value)
        self.renditions.append(Rendition(href=href, content_type=content_type, **sizes))

    def _pre(self, element: Element) -> None:
        for node in element.iter(etree.Element):
            self.ledger.take_text(node)
            if node is not element:
                self.ledger.warn(
                    "NK-NITF-114", "markup inside NITF <pre> is not carried; its text is kept", node
                )
        text = preformatted(self.ledger.repair("".join(element.itertext()), element))
        if text:
            self._append(Block(text=text), [])
