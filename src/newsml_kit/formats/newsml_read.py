"""Strict NewsML-G2 reader: the exact inverse of ``write_newsml`` (docs/mapping.md).

The document is first validated against the project's profile (``schemas/newsml-kit-g2.xsd``,
lxml), so the structure below can be taken as given; what XSD cannot say (idrefs resolve, spans
are contiguous, codes are ours) is checked here. Agency G2 in other shapes is for the lenient
reader (issue 6).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from lxml import etree
from pydantic import ValidationError

from newsml_kit.dates import PartialDate
from newsml_kit.errors import Location, ParseError
from newsml_kit.formats.base import DEFAULT_OPTIONS, ReadOptions, ReadResult, model_error
from newsml_kit.formats.newsml_names import (
    CAPTION_CLASS,
    CONCEPT_TYPES,
    CREDIT_CLASS,
    EMPTY_CODE_URI,
    ID_SCHEME,
    NAME_ALTERNATE,
    NAME_SHORT,
    PROFILE_XSD,
    PROVIDER_GIVEN,
    XML,
    g2,
    nk,
    source_type_of,
    xhtml,
)
from newsml_kit.model import NewsItem
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import parse_xml

Element = etree._Element
_LINE_BREAKS = str.maketrans("\t\r\n", "   ")
Fields = dict[str, Any]
Index = dict[Any, list[Element]]
_KIND_OF_TYPE = {value: key for key, value in CONCEPT_TYPES.items()}

# Clark names, built once.
_ALT_ID = g2("altId")
_ASSERT = g2("assert")
_BROADER = g2("broader")
_BY = g2("by")
_CONTENT_CREATED = g2("contentCreated")
_CONTENT_META = g2("contentMeta")
_CONTENT_SET = g2("contentSet")
_CREDITLINE = g2("creditline")
_DATELINE = g2("dateline")
_DESCRIPTION = g2("description")
_EMBARGOED = g2("embargoed")
_FIRST_CREATED = g2("firstCreated")
_HEADLINE = g2("headline")
_INLINE_REF = g2("inlineRef")
_INLINE_XML = g2("inlineXML")
_ITEM_META = g2("itemMeta")
_NAME = g2("name")
_PROVIDER = g2("provider")
_PUB_STATUS = g2("pubStatus")
_RIGHTS_INFO = g2("rightsInfo")
_SIGNAL = g2("signal")
_SUBJECT = g2("subject")
_URGENCY = g2("urgency")
_VERSION_CREATED = g2("versionCreated")
_NK_AWARD = nk("award")
_NK_CREDITLINE = nk("creditline")
_NK_DATE = nk("date")
_NK_DOCUMENT = nk("document")
_NK_EXACT_NAME = nk("exactName")
_NK_RENDITION = nk("rendition")
_NK_TEXT_LAYOUT = nk("textLayout")
_NK_VERSION_CREATED_FILLED = nk("versionCreatedFilled")
_BODY = xhtml("body")
_XML_LANG = f"{{{XML}}}lang"
_NONE: list[Element] = []


def _index(element: Element) -> Index:
    """The children of ``element`` by tag, in one pass (comments and PIs under their own keys)."""
    index: Index = {}
    for child in element:
        found = index.get(child.tag)
        if found is None:
            index[child.tag] = [child]
        else:
            found.append(child)
    return index


def _first(index: Index, name: str, convert: Callable[[str], Any] = str) -> Any:
    """The converted text of the first child called ``name``, None when there is none."""
    found = index.get(name)
    return None if found is None else convert(found[0].text or "")


@functools.cache
def profile_schema() -> etree.XMLSchema:
    """The project's XSD, parsed once, from its real path so its imports resolve."""
    return etree.XMLSchema(etree.parse(str(schema_path(PROFILE_XSD))))


def read_newsml(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    """Read one ``newsItem`` written by ``write_newsml`` (or anything the profile accepts)."""
    source = options.source
    document = parse_xml(data, source=source)
    schema = profile_schema()
    if not schema.validate(document.root):
        error = schema.error_log[0]
        raise ParseError(
            f"not valid against the newsml-kit G2 profile: {error.message}", Location(source, error.line)
        )
    try:
        fields = _Reader(document.root).fields()
    except _Invalid as exc:
        raise ParseError(str(exc), Location(file=source, field=exc.field)) from None
    try:
        item = NewsItem.model_validate(fields)
    except ValidationError as exc:
        raise model_error(exc, source) from None
    return ReadResult(items=(item,), warnings=document.warnings)


class _Invalid(Exception):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def _date(text: str) -> datetime | PartialDate:
    return datetime.fromisoformat(text) if "T" in text else PartialDate.parse(text)


def _qcode(element: Element) -> str:
    uri = element.get("uri")
    if uri is not None:
        if not uri.startswith(EMPTY_CODE_URI):
            raise _Invalid(f"unexpected uri {uri!r} on {etree.QName(element).localname}")
        return uri.removeprefix(EMPTY_CODE_URI) + ":"
    return element.get("qcode", "")


def _local_id(element: Element) -> str:
    qcode = element.get("qcode", "")
    scheme, _, local = qcode.partition(":")
    if scheme != ID_SCHEME:
        raise _Invalid(f"expected an entity QCode {ID_SCHEME}:..., found {qcode!r}")
    return local


def _optional(element: Element, name: str, convert: Callable[[str], Any] = str) -> Any:
    found = element.find(name)
    return None if found is None else convert(found.text or "")


def _names(element: Element) -> list[tuple[str, str | None]]:
    """The G2 names of a concept with their role, the exact text restored from nk:exactName."""
    names = [(name.text or "", name.get("role")) for name in element.iterchildren(_NAME)]
    for exact in element.iterchildren(_NK_EXACT_NAME):
        index = int(exact.get("index", "0"))
        if index >= len(names) or names[index][0] != (exact.text or "").translate(_LINE_BREAKS):
            raise _Invalid(f"nk:exactName {index} does not match its name")
        names[index] = (exact.text or "", names[index][1])
    return names


def _named(element: Element | None) -> str | None:
    names = [] if element is None else _names(element)
    return names[0][0] if names else None


def _all_text(element: Element, name: str) -> list[str]:
    return [child.text or "" for child in element.iterfind(name)]


class _Reader:
    """Turns one validated newsItem into the keyword arguments of ``NewsItem``: plain dicts and lists,
    validated once, whole, by ``NewsItem.model_validate``."""

    def __init__(self, root: Element) -> None:
        self.root = root
        self.top = _index(root)
        self.meta = self.top[_CONTENT_META][0]
        self.content = _index(self.meta)
        self.item_meta = _index(self.top[_ITEM_META][0])
        self.body, self.spans = self._body()
        self.mentions = self._mentions()

    def fields(self) -> Fields:
        root, content, item_meta = self.root, self.content, self.item_meta
        provider = item_meta[_PROVIDER][0]
        layout = content.get(_NK_TEXT_LAYOUT)
        pub_status = item_meta.get(_PUB_STATUS)
        return {
            "guid": root.get("guid"),
            "version": int(root.get("version", "1")),
            "language": root.get(_XML_LANG),
            "version_created": None
            if _NK_VERSION_CREATED_FILLED in item_meta
            else _first(item_meta, _VERSION_CREATED, datetime.fromisoformat),
            "first_created": _first(item_meta, _FIRST_CREATED, datetime.fromisoformat),
            "content_created": _first(content, _CONTENT_CREATED, _date),
            "provider": _named(provider) if provider.get("qcode") == PROVIDER_GIVEN else None,
            "source_ids": [
                {"type": source_type_of(alt.get("type", "")), "value": alt.text or ""}
                for alt in content.get(_ALT_ID, _NONE)
            ],
            "text_layout": None if layout is None else layout[0].text,
            "headline": _first(content, _HEADLINE),
            "dateline": _first(content, _DATELINE),
            "byline": _first(content, _BY),
            "creditline": _first(content, _NK_CREDITLINE) or _first(content, _CREDITLINE),
            "description": _first(content, _DESCRIPTION),
            "body": self.body,
            **self._concepts(),
            "documents": [self._document(element) for element in content.get(_NK_DOCUMENT, _NONE)],
            "awards": [self._award(element) for element in content.get(_NK_AWARD, _NONE)],
            "dates": [self._date_mention(element) for element in content.get(_NK_DATE, _NONE)],
            "pub_status": None if pub_status is None else _optional_attr(pub_status[0], "qcode", "stat:"),
            "embargo": _first(item_meta, _EMBARGOED, datetime.fromisoformat),
            "urgency": _first(content, _URGENCY, int),
            "signals": [_qcode(signal) for signal in item_meta.get(_SIGNAL, _NONE)],
            "rights": self._rights(),
            "subjects": [
                {"qcode": _qcode(subject), "name": _named(subject)}
                for subject in content.get(_SUBJECT, _NONE)
                if subject.get("type") is None
            ],
            "renditions": [_rendition(element) for element in content.get(_NK_RENDITION, _NONE)],
        }

    # --- body and mentions ---------------------------------------------------------------------

    def _body(self) -> tuple[list[Fields], dict[str, tuple[int, int, int]]]:
        """The blocks, and every span id with its (block, start, end)."""
        blocks: list[Fields] = []
        spans: dict[str, tuple[int, int, int]] = {}
        body = None
        inline = self.top[_CONTENT_SET][0].find(_INLINE_XML)
        if inline is not None:
            html = next(inline.iterchildren("*"), None)
            body = None if html is None else html.find(_BODY)
        for index, p in enumerate(() if body is None else body.iterchildren("*")):
            text = p.text or ""
            parts = [text]
            length = len(text)
            credit: list[tuple[int, int]] = []
            for span in p:
                start = length
                piece = span.text or ""
                length += len(piece)
                spans[span.get("id", "")] = (index, start, length)
                classes = span.get("class")
                if classes is not None and CREDIT_CLASS in classes.split():
                    credit.append((start, length))
                tail = span.tail or ""
                length += len(tail)
                parts += (piece, tail)
            block: Fields = {"text": "".join(parts)}
            if p.get("class") == CAPTION_CLASS:
                block["kind"] = "caption"
            if credit:
                if any(a[1] != b[0] for a, b in itertools.pairwise(credit)):
                    raise _Invalid("a credit's spans are not contiguous", f"body.{index}.credit")
                block["credit"] = {"start": credit[0][0], "end": credit[-1][1]}
            blocks.append(block)
        return blocks, spans

    def _mentions(self) -> dict[str, list[Fields]]:
        found: dict[str, list[Fields]] = {}
        spans = self.spans
        for ref in self.top.get(_INLINE_REF, _NONE):
            pieces = []
            for span_id in (ref.get("idrefs") or "").split():
                piece = spans.get(span_id)
                if piece is None:
                    raise _Invalid(f"inlineRef names span {span_id!r}, which the body does not have")
                pieces.append(piece)
            block = pieces[0][0]
            if any(a[0] != block or a[2] != b[1] for a, b in itertools.pairwise(pieces)):
                raise _Invalid(f"the spans {ref.get('idrefs')!r} of one mention are not contiguous")
            start, end = pieces[0][1], pieces[-1][2]
            text = self.body[block]["text"][start:end]
            mention = {"block": block, "start": start, "end": end, "text": text}
            found.setdefault(_local_id(ref), []).append(mention)
        return found

    # --- concepts ------------------------------------------------------------------------------

    def _concepts(self) -> Fields:
        """Event, people, organisations and places: their subject, then their assert."""
        asserts = {_local_id(element): element for element in self.top.get(_ASSERT, _NONE)}
        groups: Fields = {"event": None, "people": [], "organisations": [], "places": []}
        for subject in self.content.get(_SUBJECT, _NONE):
            kind = _KIND_OF_TYPE.get(subject.get("type", ""))
            if kind is None:
                continue
            local = _local_id(subject)
            names = _names(subject)
            entity: Fields = {
                "id": local,
                "name": names[0][0],
                "mentions": self.mentions.get(local, []),
            }
            broader = subject.find(_BROADER)
            details = asserts.get(local)
            if kind == "event":
                groups["event"] = {**entity, **_event(details)}
                continue
            if kind == "people":
                entity.update(_person(details))
            elif kind == "organisations":
                entity["abbreviation"] = next((text for text, role in names if role == NAME_SHORT), None)
                entity["aliases"] = [text for text, role in names if role == NAME_ALTERNATE]
            else:
                entity["kind"] = None if details is None else _optional(details, nk("placeKind"))
            if kind in ("organisations", "places"):
                entity["parent_id"] = None if broader is None else _local_id(broader)
            groups[kind].append(entity)
        return groups

    def _document(self, element: Element) -> Fields:
        local = _local_id(element)
        issuer = element.find(nk("issuer"))
        return {
            "id": local,
            "kind": _optional(element, nk("kind")),
            "number": _optional(element, nk("number")),
            "date": _optional(element, nk("date"), PartialDate.parse),
            "title": _optional(element, nk("title")),
            "issuer_id": None if issuer is None else _local_id(issuer),
            "mentions": self.mentions.get(local, []),
        }

    def _award(self, element: Element) -> Fields:
        local = _local_id(element)
        giver = element.find(nk("giver"))
        return {
            "id": local,
            "name": _optional(element, nk("name")),
            "giver_id": None if giver is None else _local_id(giver),
            "recipients": [
                {"text": r.text or "", "entity_id": _local_id(r) if r.get("qcode") else None}
                for r in element.iterfind(nk("recipient"))
            ],
            "reason": _optional(element, nk("reason")),
            "mentions": self.mentions.get(local, []),
        }

    def _date_mention(self, element: Element) -> Fields:
        local = _local_id(element)
        return {
            "id": local,
            "value": _optional(element, nk("value"), PartialDate.parse),
            "end": _optional(element, nk("end"), PartialDate.parse),
            "role": element.get("role"),
            "mentions": self.mentions.get(local, []),
        }

    def _rights(self) -> Fields | None:
        found = self.top.get(_RIGHTS_INFO)
        if found is None:
            return None
        rights = found[0]
        holder = rights.find(g2("copyrightHolder"))
        return {
            "copyright_holder": _named(holder),
            "copyright_notice": _optional(rights, g2("copyrightNotice")),
            "usage_terms": _optional(rights, g2("usageTerms")),
        }


def _optional_attr(element: Element | None, name: str, prefix: str) -> str | None:
    return None if element is None else element.get(name, "").removeprefix(prefix)


def _person(details: Element | None) -> Fields:
    person = None if details is None else details.find(g2("personDetails"))
    if person is None:
        raise _Invalid("a person's assert with personDetails is missing")
    return {
        "rank": _optional(person, nk("rank")),
        "titles": _all_text(person, nk("title")),
        "roles": _all_text(person, nk("role")),
        "organisation_ids": [_local_id(a) for a in person.iterfind(g2("affiliation"))],
    }


def _event(details: Element | None) -> Fields:
    """From eventDetails (start known) or nk:eventDetails (no start): the writer's two forms."""
    event = None if details is None else details.find(g2("eventDetails"))
    ns = g2
    if event is None:
        event = None if details is None else details.find(nk("eventDetails"))
        ns = nk
    if event is None:
        raise _Invalid("the event's assert with its details is missing")
    location = event.find(ns("location"))
    dates = event.find(ns("dates"))
    assert dates is not None
    return {
        "kind": _optional(event, nk("eventKind")),
        "start": _optional(dates, g2("start"), _date),
        "end": _optional(dates, ns("end"), _date),
        "place_id": None if location is None else _local_id(location),
        "organiser_ids": [_local_id(o) for o in event.iterfind(ns("organiser"))],
        "participants": [
            {"entity_id": _local_id(p), "role": p.get("role", "").partition(":")[2]}
            for p in event.iterfind(ns("participant"))
        ],
    }


def _rendition(element: Element) -> Fields:
    fields: Fields = {
        "href": _optional(element, nk("href")),
        "rendition": _optional(element, nk("name")),
        "content_type": _optional(element, nk("contentType")),
    }
    for name in ("width", "height", "size"):
        fields[name] = _optional(element, nk(name), int)
    return fields
