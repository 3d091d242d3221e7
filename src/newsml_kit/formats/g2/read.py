"""Strict NewsML-G2 reader: the exact inverse of ``write_newsml`` (docs/mapping.md).

The document is first validated against the project's profile (``schemas/newsml-kit-g2.xsd``,
lxml), so the structure below can be taken as given; what XSD cannot say (idrefs resolve, spans
are contiguous, codes are ours) is checked here. Agency G2 in other shapes is for the lenient
reader (issue 6).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from lxml import etree
from pydantic import ValidationError

from newsml_kit.dates import PartialDate
from newsml_kit.errors import Location, ParseError
from newsml_kit.formats.base import DEFAULT_OPTIONS, ReadOptions, ReadResult, model_error
from newsml_kit.formats.g2.names import (
    CAPTION_CLASS,
    CONCEPT_TYPES,
    EMPTY_CODE_URI,
    G2_AFFILIATION,
    G2_ALT_ID,
    G2_ASSERT,
    G2_BROADER,
    G2_BY,
    G2_CONTENT_CREATED,
    G2_COPYRIGHT_HOLDER,
    G2_COPYRIGHT_NOTICE,
    G2_CREDITLINE,
    G2_DATELINE,
    G2_DESCRIPTION,
    G2_EMBARGOED,
    G2_FIRST_CREATED,
    G2_HEADLINE,
    G2_NAME,
    G2_PERSON_DETAILS,
    G2_PROVIDER,
    G2_PUB_STATUS,
    G2_RIGHTS_INFO,
    G2_SIGNAL,
    G2_SUBJECT,
    G2_URGENCY,
    G2_USAGE_TERMS,
    G2_VERSION_CREATED,
    ID_SCHEME,
    MENTION_CLASS,
    NAME_ALTERNATE,
    NAME_SHORT,
    PROFILE_XSD,
    PROVIDER_GIVEN,
    XML,
    g2,
    nk,
    source_type_of,
)
from newsml_kit.formats.xmlnames import first_child as _child
from newsml_kit.model import (
    MENTIONS_FROM_BODY,
    NewsItem,
    legal_text_reader_validator,
    resolved_reader_validator,
)
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import XmlDocument, parse_xml

Element = etree._Element
_LINE_BREAKS = str.maketrans("\t\r\n", "   ")
Fields = dict[str, Any]
Index = dict[Any, list[Element]]
_KIND_OF_TYPE = {value: key for key, value in CONCEPT_TYPES.items()}

# Clark names, built once.
_EVENT_DETAILS = g2("eventDetails")
_START = g2("start")
_NK_AWARD = nk("award")
_NK_CONTENT_TYPE = nk("contentType")
_NK_CREDITLINE = nk("creditline")
_NK_DATE = nk("date")
_NK_DOCUMENT = nk("document")
_NK_EVENT_DETAILS = nk("eventDetails")
_NK_EVENT_KIND = nk("eventKind")
_NK_EXACT_NAME = nk("exactName")
_NK_GIVER = nk("giver")
_NK_HREF = nk("href")
_NK_ISSUER = nk("issuer")
_NK_KIND = nk("kind")
_NK_NAME = nk("name")
_NK_NUMBER = nk("number")
_NK_PLACE_KIND = nk("placeKind")
_NK_RANK = nk("rank")
_NK_REASON = nk("reason")
_NK_RECIPIENT = nk("recipient")
_NK_RENDITION = nk("rendition")
_NK_ROLE = nk("role")
_NK_TEXT_LAYOUT = nk("textLayout")
_NK_TITLE = nk("title")
_NK_VERSION_CREATED_FILLED = nk("versionCreatedFilled")
_XML_LANG = f"{{{XML}}}lang"
_NONE: list[Element] = []


def _index(element: Element) -> Index:
    """The children of ``element`` by tag, in one pass (comments and PIs under their own keys).

    One pass with a dict is cheaper than a ``find`` per child name: ``find`` goes through lxml's
    ElementPath, several times the cost of visiting a child. The children are taken as a slice,
    about half the cost of lxml's child iterator (or ``iterchildren``) for the few children here."""
    index: Index = {}
    for child in element[:]:
        found = index.get(child.tag)
        if found is None:
            index[child.tag] = [child]
        else:
            found.append(child)
    return index


def _first(index: Index, name: str, convert: Callable[[str], Any] = str) -> Any:
    """The converted text of the first child called ``name``, None when there is none."""
    found = index.get(name)
    if found is None:
        return None
    if convert is str:
        return found[0].text or ""
    return _converted(found[0], convert)


def _converted(element: Element, convert: Callable[[str], Any]) -> Any:
    """``convert`` of the element's text; a value its pattern allows but the calendar does not
    (year 0000, 2023-02-30) is an _Invalid at the element's line, not a bare ValueError."""
    text = element.text or ""
    try:
        return convert(text)
    except ValueError as exc:
        name = etree.QName(element).localname
        raise _Invalid(f"{name} {text!r} is not a date: {exc}", line=element.sourceline) from None


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
        fields = item_fields(document.root)
    except _Invalid as exc:
        raise ParseError(str(exc), Location(file=source, line=exc.line, field=exc.field)) from None
    try:
        item = item_from_fields(fields, legal_text(data, document))
    except ValidationError as exc:
        raise model_error(exc, source) from None
    return ReadResult(items=(item,), warnings=document.warnings)


# A C1 control (U+0080-U+009F) in UTF-8: the only bytes that encode one.
_C1_UTF8: Final = re.compile(rb"\xc2[\x80-\x9f]")
# A character reference; sre finds it some three times faster than ``in`` does (8 kB: 2.3 against 6.9 us).
_CHAR_REF: Final = re.compile(rb"&#")


def item_from_fields(fields: Fields, text_is_legal: bool) -> NewsItem:
    """The item of ``item_fields``' arguments, validated whole but for whether each mention covers
    its text (``_mentions`` slices each from it) and, when ``text_is_legal`` (``legal_text``), for
    legal XML text. Raises pydantic's ValidationError (``bench/newsml.py`` times this on its own)."""
    if text_is_legal:
        # A broken reference goes to the validator that checks them, for the same error.
        resolved = references_resolve(fields)
        validator = resolved_reader_validator() if resolved else legal_text_reader_validator()
        item: NewsItem = validator.validate_python(fields, context=MENTIONS_FROM_BODY)
        return item
    return NewsItem.model_validate(fields, context=MENTIONS_FROM_BODY)


_AGENTS: Final = ("people", "organisations")


def references_resolve(fields: Fields) -> bool:
    """Whether the model's item-wide check (``model._reference_problems``, mentions aside) would find
    nothing wrong with ``item_fields``' arguments: every entity id unique, every reference to an
    entity of a kind it may name. The same look on the walk's dicts, without the pydantic call and
    the path bookkeeping the check makes for its messages."""
    event = fields["event"]
    kinds: dict[str, str] = {}
    count = 0  # entities, so that an id used twice shows as fewer ids
    if event is not None:
        kinds[event["id"]] = "event"
        count = 1
    for name in ("people", "organisations", "places", "documents", "awards", "dates"):
        group = fields[name]
        count += len(group)
        for entity in group:
            kinds[entity["id"]] = name
    if len(kinds) != count:
        return False
    for person in fields["people"]:
        for ref in person["organisation_ids"]:
            if kinds.get(ref) != "organisations":
                return False
    for organisation in fields["organisations"]:
        ref = organisation["parent_id"]
        if ref is not None and kinds.get(ref) != "organisations":
            return False
    for place in fields["places"]:
        ref = place["parent_id"]
        if ref is not None and kinds.get(ref) != "places":
            return False
    if event is not None:
        ref = event["place_id"]
        if ref is not None and kinds.get(ref) not in ("places", "organisations"):
            return False
        if any(kinds.get(ref) not in _AGENTS for ref in event["organiser_ids"]):
            return False
        if any(kinds.get(each["entity_id"]) not in _AGENTS for each in event["participants"]):
            return False
    for document in fields["documents"]:
        ref = document["issuer_id"]
        if ref is not None and kinds.get(ref) not in _AGENTS:
            return False
    for award in fields["awards"]:
        ref = award["giver_id"]
        if ref is not None and kinds.get(ref) not in _AGENTS:
            return False
        for recipient in award["recipients"]:
            ref = recipient["entity_id"]
            if ref is not None and kinds.get(ref) not in _AGENTS:
                return False
    return True


def legal_text(data: bytes, document: XmlDocument) -> bool:
    """Whether every text parsed from ``data`` is legal text for the model, shown without reading it.

    lxml has refused every character XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F,
    surrogates, U+FFFE, U+FFFF), literal or as a character reference; XML allows DEL and the C1
    controls, which the model refuses. In UTF-8 bytes that begin with the declaration (no BOM, not
    UTF-16 or UTF-32 that lxml might have been told apart from it), with no character reference and
    no named one (the hardened parse maps each to a character reference, with a warning: a parse
    that warned is not looked at), each has one encoding. Anything else goes to the model's own
    check; False costs only that."""
    if document.warnings or not data.startswith(b"<?xml ") or b"\x7f" in data:
        return False
    if b"&" in data and _CHAR_REF.search(data) is not None:
        return False
    if b"\xc2" in data and _C1_UTF8.search(data) is not None:
        return False
    encoding = document.root.getroottree().docinfo.encoding
    return encoding is not None and encoding.upper() in ("UTF-8", "UTF8")


def item_fields(root: Element) -> Fields:
    """The arguments of ``NewsItem`` from a newsItem valid against the profile (``bench/newsml.py``
    times this walk on its own). Raises _Invalid for what the profile cannot check.

    Comments and PIs are not content, but the profile cannot forbid them: they are taken out of the
    tree first, so that an element's text is all of its text (a comment would end it) and every
    child an element."""
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return _Reader(root).fields()


class _Invalid(Exception):
    def __init__(self, message: str, field: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line


def _partial_date(text: str) -> PartialDate:
    """``PartialDate.parse`` of an element the profile types ``nk:PartialDate`` (the pattern of
    ``dates.PARTIAL_DATE_PATTERN`` on an ``xs:string``, no white space taken away): in ASCII, the XSD
    check has matched the same pattern, so the fields are where its length says; the date is still
    checked (year 0000, 2023-02-30) by ``PartialDate`` itself."""
    if not text.isascii():
        return PartialDate.parse(text)  # XSD's \d and Python's may differ beyond ASCII
    size = len(text)
    if size == 4:
        return PartialDate(int(text))
    return PartialDate(int(text[:4]), int(text[5:7]), int(text[8:]) if size == 10 else None)


def _date(text: str) -> datetime | PartialDate:
    return datetime.fromisoformat(text) if "T" in text else PartialDate.parse(text)


def _qcode(element: Element) -> str:
    uri = element.get("uri")
    if uri is not None:
        if not uri.startswith(EMPTY_CODE_URI):
            raise _Invalid(f"unexpected uri {uri!r} on {etree.QName(element).localname}")
        return uri.removeprefix(EMPTY_CODE_URI) + ":"
    return element.get("qcode", "")


# Where the local id starts in a QCode the profile types ``nk:EntityQCode`` (``nkid:`` and the id):
# the XSD check has guaranteed the scheme of every qcode but a subject's, so they are sliced.
_ENTITY_ID_START: Final = len(ID_SCHEME) + 1


def _ref_id(element: Element) -> str:
    """The local id of an element whose qcode the profile types ``nk:EntityQCode``: an inlineRef, an
    assert, a broader, an affiliation, an event's location, organiser and participant, a document,
    an award, a date, an issuer, a giver, a recipient (a subject's is any QCode: ``_local_id``)."""
    return element.get("qcode", "")[_ENTITY_ID_START:]


def _local_id(element: Element) -> str:
    qcode = element.get("qcode", "")
    scheme, _, local = qcode.partition(":")
    if scheme != ID_SCHEME:
        raise _Invalid(f"expected an entity QCode {ID_SCHEME}:..., found {qcode!r}")
    return local


def _concept(element: Element) -> tuple[list[tuple[str, str | None]], Element | None]:
    """The G2 names of a concept with their role (the exact text restored from nk:exactName), and its
    first ``broader``, in one pass over its children."""
    children = element[:]
    if len(children) == 1 and children[0].tag == G2_NAME:  # one name: most concepts
        return [(children[0].text or "", children[0].get("role"))], None
    names: list[tuple[str, str | None]] = []
    exact: list[Element] = []
    broader = None
    for child in children:
        tag = child.tag
        if tag == G2_NAME:
            names.append((child.text or "", child.get("role")))
        elif tag == _NK_EXACT_NAME:
            exact.append(child)
        elif tag == G2_BROADER and broader is None:
            broader = child
    for child in exact:
        index = int(child.get("index", "0"))
        if index >= len(names) or names[index][0] != (child.text or "").translate(_LINE_BREAKS):
            raise _Invalid(f"nk:exactName {index} does not match its name")
        names[index] = (child.text or "", names[index][1])
    return names, broader


def _joined(spans: dict[str, tuple[int, int, int]], tokens: list[str], idrefs: str) -> tuple[int, int, int]:
    """The (block, start, end) that the spans named by ``tokens`` cover, one after another."""
    pieces = []
    for span_id in tokens:
        piece = spans.get(span_id)
        if piece is None:
            raise _Invalid(f"inlineRef names span {span_id!r}, which the body does not have")
        pieces.append(piece)
    block, start, end = pieces[0]
    if len(pieces) > 1:
        if any(a[0] != block or a[2] != b[1] for a, b in itertools.pairwise(pieces)):
            raise _Invalid(f"the spans {idrefs!r} of one mention are not contiguous")
        end = pieces[-1][2]
    return block, start, end


def _named(element: Element | None) -> str | None:
    names = [] if element is None else _concept(element)[0]
    return names[0][0] if names else None


class _Reader:
    """Turns one validated newsItem into the keyword arguments of ``NewsItem``: plain dicts and lists,
    validated once, whole, by ``NewsItem.model_validate``.

    Children are visited through ``_index`` (one pass per element), never through ``find``."""

    def __init__(self, root: Element) -> None:
        self.root = root
        # The profile's order, comments and PIs gone: catalogRef, catalog, rightsInfo?, itemMeta,
        # contentMeta, assert*, inlineRef*, contentSet; so the sections are found by position.
        top = root[:]
        first = 3 if top[2].tag == G2_RIGHTS_INFO else 2
        self.rights_info = top[2] if first == 3 else None
        self.item_meta = _index(top[first])
        self.content = _index(top[first + 1])
        concepts = top[first + 2 : -1]
        count = 0
        for element in concepts:
            if element.tag != G2_ASSERT:
                break
            count += 1
        self.asserts = concepts[:count]
        self.body, self.spans = body_blocks(top[-1][0][0][1])  # contentSet/inlineXML/html/body
        self.mentions = self._mentions(concepts[count:])

    def fields(self) -> Fields:
        root, content, item_meta = self.root, self.content, self.item_meta
        provider = item_meta[G2_PROVIDER][0]
        layout = content.get(_NK_TEXT_LAYOUT)
        pub_status = item_meta.get(G2_PUB_STATUS)
        return {
            "guid": root.get("guid"),
            "version": int(root.get("version", "1")),
            "language": root.get(_XML_LANG),
            "version_created": None
            if _NK_VERSION_CREATED_FILLED in item_meta
            else _first(item_meta, G2_VERSION_CREATED, datetime.fromisoformat),
            "first_created": _first(item_meta, G2_FIRST_CREATED, datetime.fromisoformat),
            "content_created": _first(content, G2_CONTENT_CREATED, _date),
            "provider": _named(provider) if provider.get("qcode") == PROVIDER_GIVEN else None,
            "source_ids": [
                {"type": source_type_of(alt.get("type", "")), "value": alt.text or ""}
                for alt in content.get(G2_ALT_ID, _NONE)
            ],
            "text_layout": None if layout is None else layout[0].text,
            "headline": _first(content, G2_HEADLINE),
            "dateline": _first(content, G2_DATELINE),
            "byline": _first(content, G2_BY),
            "creditline": _first(content, _NK_CREDITLINE) or _first(content, G2_CREDITLINE),
            "description": _first(content, G2_DESCRIPTION),
            "body": self.body,
            **self._subjects(),
            "documents": [self._document(element) for element in content.get(_NK_DOCUMENT, _NONE)],
            "awards": [self._award(element) for element in content.get(_NK_AWARD, _NONE)],
            "dates": [self._date_mention(element) for element in content.get(_NK_DATE, _NONE)],
            "pub_status": None if pub_status is None else _optional_attr(pub_status[0], "qcode", "stat:"),
            "embargo": _first(item_meta, G2_EMBARGOED, datetime.fromisoformat),
            "urgency": _first(content, G2_URGENCY, int),
            "signals": [_qcode(signal) for signal in item_meta.get(G2_SIGNAL, _NONE)],
            "rights": self._rights(),
            "renditions": [_rendition(element) for element in content.get(_NK_RENDITION, _NONE)],
        }

    # --- body and mentions ---------------------------------------------------------------------

    def _mentions(self, refs: list[Element]) -> dict[str, list[Fields]]:
        """Every entity's mentions by local id, from the inlineRefs and the spans they name."""
        found: dict[str, list[Fields]] = {}
        spans = self.spans
        texts = [block["text"] for block in self.body]
        for ref in refs:
            idrefs = ref.get("idrefs") or ""
            tokens = idrefs.split()
            piece = spans.get(tokens[0]) if len(tokens) == 1 else None  # one span: the usual case
            block, start, end = _joined(spans, tokens, idrefs) if piece is None else piece
            mention = {"block": block, "start": start, "end": end, "text": texts[block][start:end]}
            found.setdefault(ref.get("qcode", "")[_ENTITY_ID_START:], []).append(mention)
        return found

    # --- concepts ------------------------------------------------------------------------------

    def _subjects(self) -> Fields:
        """Event, people, organisations and places (typed subjects, with their assert), and the
        untyped subjects (subject codes), in one pass over the subjects."""
        start = _ENTITY_ID_START
        asserts = {element.get("qcode", "")[start:]: element for element in self.asserts}
        groups: Fields = {"event": None, "people": [], "organisations": [], "places": [], "subjects": []}
        for subject in self.content.get(G2_SUBJECT, _NONE):
            concept_type = subject.get("type")
            if concept_type is None:
                groups["subjects"].append({"qcode": _qcode(subject), "name": _named(subject)})
                continue
            kind = _KIND_OF_TYPE.get(concept_type)
            if kind is None:
                continue
            local = _local_id(subject)
            names, broader = _concept(subject)
            entity: Fields = {"id": local, "name": names[0][0], "mentions": self.mentions.get(local, [])}
            details = asserts.get(local)
            if kind == "people":
                entity.update(_person(details))
            elif kind == "organisations":
                abbreviation, aliases = None, []
                for text, role in names:
                    if role == NAME_ALTERNATE:
                        aliases.append(text)
                    elif role == NAME_SHORT and abbreviation is None:
                        abbreviation = text
                entity["abbreviation"] = abbreviation
                entity["aliases"] = aliases
            elif kind == "places":
                kind_element = None if details is None else _child(details, _NK_PLACE_KIND)
                entity["kind"] = None if kind_element is None else kind_element.text or ""
            else:
                groups["event"] = {**entity, **_event(details)}
                continue
            if kind != "people":
                entity["parent_id"] = None if broader is None else _ref_id(broader)
            groups[kind].append(entity)
        return groups

    def _document(self, element: Element) -> Fields:
        local = _ref_id(element)
        children = _index(element)
        issuer = children.get(_NK_ISSUER)
        return {
            "id": local,
            "kind": _first(children, _NK_KIND),
            "number": _first(children, _NK_NUMBER),
            "date": _first(children, _NK_DATE, _partial_date),
            "title": _first(children, _NK_TITLE),
            "issuer_id": None if issuer is None else _ref_id(issuer[0]),
            "mentions": self.mentions.get(local, []),
        }

    def _award(self, element: Element) -> Fields:
        local = _ref_id(element)
        children = _index(element)
        giver = children.get(_NK_GIVER)
        return {
            "id": local,
            "name": _first(children, _NK_NAME),
            "giver_id": None if giver is None else _ref_id(giver[0]),
            "recipients": [
                {"text": r.text or "", "entity_id": _ref_id(r) if r.get("qcode") else None}
                for r in children.get(_NK_RECIPIENT, _NONE)
            ],
            "reason": _first(children, _NK_REASON),
            "mentions": self.mentions.get(local, []),
        }

    def _date_mention(self, element: Element) -> Fields:
        local = _ref_id(element)
        children = element[:]  # its value, then its end if it has one (the profile)
        return {
            "id": local,
            "value": _converted(children[0], _partial_date),
            "end": _converted(children[1], _partial_date) if len(children) > 1 else None,
            "role": element.get("role"),
            "mentions": self.mentions.get(local, []),
        }

    def _rights(self) -> Fields | None:
        if self.rights_info is None:
            return None
        children = _index(self.rights_info)
        holder = children.get(G2_COPYRIGHT_HOLDER)
        return {
            "copyright_holder": None if holder is None else _named(holder[0]),
            "copyright_notice": _first(children, G2_COPYRIGHT_NOTICE),
            "usage_terms": _first(children, G2_USAGE_TERMS),
        }


def body_blocks(body: Element) -> tuple[list[Fields], dict[str, tuple[int, int, int]]]:
    """The blocks of a profile-valid body, and every span id with its (block, start, end)
    (``bench/strict_bound.py`` walks the body with it too: its one check, a comparison per credit
    span, is all it does beyond the least a walk must).

    The hot loop of the reader (a paragraph or a span is most of the elements): each node is
    visited once and its text read once; a block without spans costs a text and a class."""
    blocks: list[Fields] = []
    spans: dict[str, tuple[int, int, int]] = {}
    for index, p in enumerate(body[:]):  # only paragraphs (the profile)
        text = p.text or ""
        block: Fields = {"text": text}
        if len(p):
            parts = [text]
            length = len(text)
            credit: list[int] | None = None  # [start, end] of the credit so far
            for span in p[:]:  # only spans: the profile says so, and comments and PIs are gone
                start = length
                piece = span.text or ""
                length += len(piece)
                spans[span.get("id", "")] = (index, start, length)
                # The profile allows "mention", "credit" and "mention credit" only.
                if span.get("class") != MENTION_CLASS:
                    if credit is None:
                        credit = [start, length]
                    elif credit[1] != start:
                        raise _Invalid("a credit's spans are not contiguous", f"body.{index}.credit")
                    else:
                        credit[1] = length
                tail = span.tail
                if tail:
                    length += len(tail)
                    parts += (piece, tail)
                else:
                    parts.append(piece)
            block["text"] = "".join(parts)
            if credit is not None:
                block["credit"] = {"start": credit[0], "end": credit[1]}
        if p.get("class") == CAPTION_CLASS:
            block["kind"] = "caption"
        blocks.append(block)
    return blocks, spans


def _optional_attr(element: Element | None, name: str, prefix: str) -> str | None:
    return None if element is None else element.get(name, "").removeprefix(prefix)


def _person(details: Element | None) -> Fields:
    person = None if details is None else _child(details, G2_PERSON_DETAILS)
    if person is None:
        raise _Invalid("a person's assert with personDetails is missing")
    rank = None
    titles: list[str] = []
    roles: list[str] = []
    organisations: list[str] = []
    for child in person[:]:  # affiliations, a rank, titles and roles (the profile)
        tag = child.tag
        if tag == _NK_TITLE:
            titles.append(child.text or "")
        elif tag == _NK_ROLE:
            roles.append(child.text or "")
        elif tag == G2_AFFILIATION:
            organisations.append(_ref_id(child))
        else:
            rank = child.text or ""
    return {"rank": rank, "titles": titles, "roles": roles, "organisation_ids": organisations}


def _event(details: Element | None) -> Fields:
    """From eventDetails (start known) or nk:eventDetails (no start): the writer's two forms."""
    event = None if details is None else _child(details, _EVENT_DETAILS)
    ns = g2
    if event is None:
        event = None if details is None else _child(details, _NK_EVENT_DETAILS)
        ns = nk
    if event is None:
        raise _Invalid("the event's assert with its details is missing")
    children = _index(event)
    location = children.get(ns("location"))
    dates = _index(children[ns("dates")][0])
    return {
        "kind": _first(children, _NK_EVENT_KIND),
        "start": _first(dates, _START, _date),
        "end": _first(dates, ns("end"), _date),
        "place_id": None if location is None else _ref_id(location[0]),
        "organiser_ids": [_ref_id(o) for o in children.get(ns("organiser"), _NONE)],
        "participants": [
            {"entity_id": _ref_id(p), "role": p.get("role", "").partition(":")[2]}
            for p in children.get(ns("participant"), _NONE)
        ],
    }


def _rendition(element: Element) -> Fields:
    children = _index(element)
    fields: Fields = {
        "href": _first(children, _NK_HREF),
        "rendition": _first(children, _NK_NAME),
        "content_type": _first(children, _NK_CONTENT_TYPE),
    }
    for name in ("width", "height", "size"):
        fields[name] = _first(children, nk(name), int)
    return fields
