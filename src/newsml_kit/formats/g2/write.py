"""NewsML-G2 2.35 writer: one ``newsItem`` per model item, native G2 first (docs/mapping.md).

Model text only ever becomes element content (never a ``literal`` attribute or a QCode), so
whitespace, CR (serialised as ``&#13;``) and astral characters come back exactly. Bytes are
deterministic: the only varying input is the filled-in ``versionCreated`` of an item without
one, read once per process (``SOURCE_DATE_EPOCH`` when set).
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Final

from lxml import etree
from pydantic import ValidationError

from newsml_kit.dates import PartialDate, format_datetime
from newsml_kit.errors import Location, WriteError
from newsml_kit.formats.base import DEFAULT_WRITE_OPTIONS, WriteOptions, model_error
from newsml_kit.formats.g2 import agency_write
from newsml_kit.formats.g2.names import (
    CAPTION_CLASS,
    CONCEPT_TYPES,
    CREDIT_CLASS,
    EMPTY_CODE_URI,
    G2_AFFILIATION,
    G2_ASSERT,
    G2_BROADER,
    G2_NAME,
    G2_PERSON_DETAILS,
    G2_SUBJECT,
    IPTC_CATALOG,
    ITEM_CLASS,
    MENTION_CLASS,
    NAME_ALTERNATE,
    NAME_SHORT,
    NSMAP,
    PROVIDER_GIVEN,
    PROVIDER_UNKNOWN,
    SCHEMES,
    XHTML,
    XHTML_TYPE,
    XML,
    code,
    entity_qcode,
    g2,
    nk,
    source_type_qcode,
)
from newsml_kit.model import (
    ILLEGAL_TEXT_RE,
    BlockKind,
    DateOrDateTime,
    Entity,
    Event,
    Message,
    NewsItem,
    Organisation,
    Person,
    Place,
)
from newsml_kit.xmlsafe import parse_xml

Element = etree._Element
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_END_TAG = b"\n</newsItem>"
_SubElement = etree.SubElement

# Clark names, built once (the writer makes about a hundred elements per item).
_NK_EXACT_NAME = nk("exactName")
_NK_PLACE_KIND = nk("placeKind")
_NK_RANK = nk("rank")
_NK_ROLE = nk("role")
_NK_TITLE = nk("title")


def write_newsml(value: NewsItem | Message, options: WriteOptions = DEFAULT_WRITE_OPTIONS) -> bytes:
    """UTF-8 NewsML-G2 bytes: a ``newsItem`` for an item, a ``newsMessage`` for a message.

    An item imported from agency G2 (``raw_g2`` set) is written back in its own structure
    (``agency_write``); any other item is written natively, in the project's profile."""
    try:
        if isinstance(value, Message):
            return _DECLARATION + agency_write.write_message(_with_sent(value), _item_element)
        if value.raw_g2 is not None:
            return _tree_bytes(agency_write.write_item(value))
        return _serialise(value)
    except ValueError:
        # lxml refuses a string XML cannot carry; only a model built without validation
        # (model_construct) gets here: validating it names the field.
        try:
            NewsItem.model_validate(value.model_dump())
        except ValidationError as exc:
            raise model_error(exc, None) from None
        raise


def _tree_bytes(root: Element) -> bytes:
    return _DECLARATION + etree.tostring(root, encoding="UTF-8")


def _item_element(item: NewsItem) -> Element:
    if item.raw_g2 is not None:
        return agency_write.write_item(item)
    return parse_xml(_serialise(item)).root


def _with_sent(message: Message) -> Message:
    """A new message needs ``sent``: filled like an item's versionCreated, once per process."""
    if message.raw_g2 is not None or message.header.sent is not None:
        return message
    header = message.header.model_copy(update={"sent": filled_version_created()})
    return message.model_copy(update={"header": header})


def _serialise(item: NewsItem) -> bytes:
    entities = [entity for _, entity in item.entities()]
    segments = _segments(item, entities)
    root = _item(item, entities)
    etree.indent(root, space="  ")  # not the body: indenting mixed content would change the text
    head = etree.tostring(root, encoding="UTF-8")
    # The indented head ends with its last child's tail "\n" and the end tag; the inline refs, then
    # the body, go between, as indented lines as lxml would write them.
    assert head.endswith(_END_TAG)
    return b"".join(
        (
            _DECLARATION,
            head[: 1 - len(_END_TAG)],
            _inline_refs(entities, segments),
            _content_set(item, segments),
            _END_TAG,
        )
    )


@functools.cache
def filled_version_created() -> datetime:
    """The ``versionCreated`` of items that have none: ``SOURCE_DATE_EPOCH``, else one clock reading."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


# --- helpers ----------------------------------------------------------------------------------


def _sub(parent: Element, name: str, text: str | None = None, **attrs: str) -> Element:
    child = etree.SubElement(parent, name, attrs)
    if text is not None:
        child.text = text
    return child


def _text(parent: Element, name: str, text: str | None, **attrs: str) -> None:
    """An element holding model text, written only when the field is set ("" is set)."""
    if text is not None:
        _sub(parent, name, text, **attrs)


_LINE_BREAKS = str.maketrans("\t\r\n", "   ")


def _names(parent: Element, names: Sequence[tuple[str, dict[str, str] | None]]) -> None:
    """G2 ``name`` elements: their type (g2normalizedString) forbids TAB, CR and LF, so those become
    spaces there and the exact text follows as ``nk:exactName`` (call ``_exact_names`` last)."""
    for text, attrs in names:
        _SubElement(parent, G2_NAME, attrs).text = text.translate(_LINE_BREAKS)


def _exact_names(parent: Element, names: Sequence[tuple[str, object]]) -> None:
    for index, (text, _) in enumerate(names):
        if "\t" in text or "\n" in text or "\r" in text:
            _SubElement(parent, _NK_EXACT_NAME, {"index": str(index)}).text = text


def _named(parent: Element, text: str | None) -> None:
    if text is not None:
        names = [(text, None)]
        _names(parent, names)
        _exact_names(parent, names)


def _date(value: DateOrDateTime) -> str:
    return value.isoformat() if isinstance(value, PartialDate) else format_datetime(value)


def _qcode_attrs(qcode: str) -> dict[str, str]:
    scheme, _, rest = qcode.partition(":")
    return {"qcode": qcode} if rest else {"uri": EMPTY_CODE_URI + scheme}


def _ref(parent: Element, name: str, local_id: str | None, **attrs: str) -> None:
    if local_id is not None:
        attrib: dict[str, str] = {"qcode": entity_qcode(local_id)}
        attrib.update(attrs)
        _SubElement(parent, name, attrib)


# --- newsItem ---------------------------------------------------------------------------------


def _item(item: NewsItem, entities: Sequence[Entity]) -> Element:
    """The item's head: everything before its inline refs (``_inline_refs``) and its body."""
    root = etree.Element(g2("newsItem"), nsmap=NSMAP)
    root.set("guid", item.guid)
    root.set("version", str(item.version))
    root.set("standard", "NewsML-G2")
    root.set("standardversion", "2.35")
    root.set("conformance", "power")
    if item.language is not None:
        root.set(f"{{{XML}}}lang", item.language)
    _sub(root, g2("catalogRef"), href=IPTC_CATALOG)
    catalog = _sub(root, g2("catalog"))
    for alias, uri in SCHEMES.items():
        _sub(catalog, g2("scheme"), alias=alias, uri=uri)
    if item.rights is not None:
        _rights(root, item)
    _item_meta(root, item)
    _content_meta(root, item, entities)
    _asserts(root, item)
    return root


def _rights(root: Element, item: NewsItem) -> None:
    assert item.rights is not None
    rights = _sub(root, g2("rightsInfo"))
    if item.rights.copyright_holder is not None:
        _named(_sub(rights, g2("copyrightHolder")), item.rights.copyright_holder)
    _text(rights, g2("copyrightNotice"), item.rights.copyright_notice)
    _text(rights, g2("usageTerms"), item.rights.usage_terms)


def _item_meta(root: Element, item: NewsItem) -> None:
    meta = _sub(root, g2("itemMeta"))
    _sub(meta, g2("itemClass"), qcode=ITEM_CLASS)
    if item.provider is None:
        _sub(meta, g2("provider"), qcode=PROVIDER_UNKNOWN)
    else:
        _named(_sub(meta, g2("provider"), qcode=PROVIDER_GIVEN), item.provider)
    _sub(meta, g2("versionCreated"), format_datetime(item.version_created or filled_version_created()))
    if item.first_created is not None:
        _sub(meta, g2("firstCreated"), format_datetime(item.first_created))
    if item.embargo is not None:
        _sub(meta, g2("embargoed"), format_datetime(item.embargo))
    if item.pub_status is not None:
        _sub(meta, g2("pubStatus"), qcode=f"stat:{item.pub_status.value}")
    for signal in item.signals:
        _sub(meta, g2("signal"), **_qcode_attrs(signal))
    if item.version_created is None:
        _sub(meta, nk("versionCreatedFilled"))  # so the reader gives None back


def _content_meta(root: Element, item: NewsItem, entities: Sequence[Entity]) -> None:
    meta = _sub(root, g2("contentMeta"))
    if item.urgency is not None:
        _sub(meta, g2("urgency"), str(item.urgency))
    if item.content_created is not None:
        _sub(meta, g2("contentCreated"), _date(item.content_created))
    for source_id in item.source_ids:
        _sub(meta, g2("altId"), source_id.value, type=source_type_qcode(source_id.type))
    if item.language is not None:
        _sub(meta, g2("language"), tag=item.language)
    for subject in item.subjects:
        _named(_sub(meta, g2("subject"), **_qcode_attrs(subject.qcode)), subject.name)
    _concept_subjects(meta, entities)
    _text(meta, g2("headline"), item.headline)
    _text(meta, g2("dateline"), item.dateline)
    _text(meta, g2("by"), item.byline)
    if item.creditline is not None:  # g2normalizedString, as name: exact text in nk:creditline
        _sub(meta, g2("creditline"), item.creditline.translate(_LINE_BREAKS))
    _text(meta, g2("description"), item.description)
    _extensions(meta, item)


_CONCEPTS: Final = (Event, Person, Organisation, Place)
_CONCEPT_TYPE: Final[dict[type[Entity], str]] = {
    Event: CONCEPT_TYPES["event"],
    Person: CONCEPT_TYPES["people"],
    Organisation: CONCEPT_TYPES["organisations"],
    Place: CONCEPT_TYPES["places"],
}
_SHORT: Final = {"role": NAME_SHORT}
_ALTERNATE: Final = {"role": NAME_ALTERNATE}


def _concept_subjects(meta: Element, entities: Sequence[Entity]) -> None:
    """One subject per event, person, organisation and place: identity and names."""
    for entity in entities:
        if not isinstance(entity, _CONCEPTS):
            continue
        subject = _SubElement(
            meta, G2_SUBJECT, {"type": _CONCEPT_TYPE[type(entity)], "qcode": entity_qcode(entity.id)}
        )
        names: list[tuple[str, dict[str, str] | None]] = [(entity.name, None)]
        parent_id = None
        if isinstance(entity, Organisation):
            if entity.abbreviation is not None:
                names.append((entity.abbreviation, _SHORT))
            names.extend((alias, _ALTERNATE) for alias in entity.aliases)
            parent_id = entity.parent_id
        elif isinstance(entity, Place):
            parent_id = entity.parent_id
        _names(subject, names)
        _ref(subject, G2_BROADER, parent_id)
        _exact_names(subject, names)


def _extensions(meta: Element, item: NewsItem) -> None:
    """What G2 has no element for, at the end of contentMeta in the nk namespace."""
    if item.creditline is not None and item.creditline != item.creditline.translate(_LINE_BREAKS):
        _sub(meta, nk("creditline"), item.creditline)
    if item.text_layout is not None:
        _sub(meta, nk("textLayout"), item.text_layout.value)
    for document in item.documents:
        element = _sub(meta, nk("document"), qcode=entity_qcode(document.id))
        _sub(element, nk("kind"), document.kind)
        _text(element, nk("number"), document.number)
        if document.date is not None:
            _sub(element, nk("date"), document.date.isoformat())
        _text(element, nk("title"), document.title)
        _ref(element, nk("issuer"), document.issuer_id)
    for award in item.awards:
        element = _sub(meta, nk("award"), qcode=entity_qcode(award.id))
        _sub(element, nk("name"), award.name)
        _ref(element, nk("giver"), award.giver_id)
        for recipient in award.recipients:
            extra = {} if recipient.entity_id is None else {"qcode": entity_qcode(recipient.entity_id)}
            _sub(element, nk("recipient"), recipient.text, **extra)
        _text(element, nk("reason"), award.reason)
    for mention in item.dates:
        element = _sub(meta, nk("date"), qcode=entity_qcode(mention.id), role=mention.role.value)
        _sub(element, nk("value"), mention.value.isoformat())
        if mention.end is not None:
            _sub(element, nk("end"), mention.end.isoformat())
    for rendition in item.renditions:
        element = _sub(meta, nk("rendition"))
        _sub(element, nk("href"), rendition.href)
        _text(element, nk("name"), rendition.rendition)
        _text(element, nk("contentType"), rendition.content_type)
        for name in ("width", "height", "size"):
            number = getattr(rendition, name)
            if number is not None:
                _sub(element, nk(name), str(number))


# --- assert: entity details -------------------------------------------------------------------


def _asserts(root: Element, item: NewsItem) -> None:
    if item.event is not None:
        _event(_sub(root, g2("assert"), qcode=entity_qcode(item.event.id)), item.event)
    for person in item.people:
        details = _SubElement(
            _SubElement(root, G2_ASSERT, {"qcode": entity_qcode(person.id)}), G2_PERSON_DETAILS
        )
        for org_id in person.organisation_ids:
            _SubElement(details, G2_AFFILIATION, {"qcode": entity_qcode(org_id)})
        if person.rank is not None:
            _SubElement(details, _NK_RANK).text = person.rank
        for title in person.titles:
            _SubElement(details, _NK_TITLE).text = title
        for role in person.roles:
            _SubElement(details, _NK_ROLE).text = role.value
    for place in item.places:
        if place.kind is not None:
            assertion = _SubElement(root, G2_ASSERT, {"qcode": entity_qcode(place.id)})
            _SubElement(assertion, _NK_PLACE_KIND).text = place.kind


def _event(parent: Element, event: Event) -> None:
    """eventDetails when the start is known (G2 requires dates/start); otherwise the same details in
    the nk namespace, never an invented date."""
    if event.codes or any(participant.role_qcodes for participant in event.participants):
        # An agency's codes come from an event item: its own writer keeps them (``sameAs``, roles).
        field = "event.codes" if event.codes else "event.participants"
        raise WriteError(
            "a newsml-kit NewsML-G2 item cannot carry an agency's event codes yet: write the event "
            "item as an EventsML-G2 conceptItem (write_event_item, convert --to newsml) or as JSON",
            Location(field=field),
        )
    native = event.start is not None
    ns = g2 if native else nk
    details = _sub(parent, ns("eventDetails"))
    dates = _sub(details, ns("dates"))
    if event.start is not None:
        _sub(dates, g2("start"), _date(event.start))
    if event.end is not None:
        _sub(dates, ns("end"), _date(event.end))
    _ref(details, ns("location"), event.place_id)
    for participant in event.participants:
        _ref(details, ns("participant"), participant.entity_id, role=code(participant.role))
    for organiser in event.organiser_ids:
        _ref(details, ns("organiser"), organiser)
    _sub(details, nk("eventKind"), event.kind.value)


# --- body and inlineRef -----------------------------------------------------------------------

Piece = tuple[int, int, str, str]
"""A marked piece of a block: start, end, class and span id."""
Segments = dict[int, list[Piece]]
_MENTION_CREDIT: Final = f"{MENTION_CLASS} {CREDIT_CLASS}"


def _segments(item: NewsItem, entities: Sequence[Entity]) -> Segments:
    """Per block, the spans to mark: every piece between two mention or credit boundaries that a
    mention or the credit covers, with its class. Crossing mentions become several pieces.

    A sweep over the sorted boundaries: the count of mentions open at a piece's start says whether
    a mention covers it (every boundary is a cut, so a mention open there spans the piece)."""
    deltas: dict[int, dict[int, int]] = {}
    for entity in entities:
        for mention in entity.mentions:
            delta = deltas.get(mention.block)
            if delta is None:
                delta = deltas[mention.block] = {}
            delta[mention.start] = delta.get(mention.start, 0) + 1
            delta[mention.end] = delta.get(mention.end, 0) - 1
    result: Segments = {}
    for index, block in enumerate(item.body):
        delta = deltas.get(index, {})
        credit = block.credit
        pieces: list[Piece] = []
        result[index] = pieces
        if credit is None:
            if not delta:
                continue
            cuts = sorted(delta)
        else:
            cuts = sorted({*delta, credit.start, credit.end})
        open_mentions = 0
        for number in range(len(cuts) - 1):
            start, end = cuts[number], cuts[number + 1]
            open_mentions += delta.get(start, 0)
            in_credit = credit is not None and credit.start <= start and end <= credit.end
            if open_mentions:
                classes = _MENTION_CREDIT if in_credit else MENTION_CLASS
            elif in_credit:
                classes = CREDIT_CLASS
            else:
                continue
            pieces.append((start, end, classes, span_id(index, len(pieces))))
    return result


def span_id(block: int, piece: int) -> str:
    return f"b{block}.{piece}"


_BODY_START: Final = f'<contentSet><inlineXML contenttype="{XHTML_TYPE}"><html xmlns="{XHTML}"><head><title>'
_BODY_END: Final = "</html></inlineXML></contentSet>"
_P_CAPTION: Final = f'<p class="{CAPTION_CLASS}">'


def _escape(text: str) -> str:
    """Text content as libxml2 serialises it: ``& < >`` as entities, CR as ``&#13;``, the rest as is."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _content_set(item: NewsItem, segments: Segments) -> bytes:
    """The body, serialised directly: building ~40 lxml elements per item cost twice the head.

    The bytes are those lxml wrote for the same tree (the golden samples and the write-read-write
    law check it); a string XML cannot carry is a ``ValueError``, as lxml raises for the head."""
    parts = [
        _BODY_START,
        _escape(item.headline or ""),
        "</title></head><body>" if item.body else "</title></head><body/>",
    ]
    for index, block in enumerate(item.body):
        text = block.text
        parts.append(_P_CAPTION if block.kind == BlockKind.CAPTION else "<p>")
        position = 0
        for start, end, classes, ident in segments[index]:
            parts.append(_escape(text[position:start]))
            parts.append(f'<span id="{ident}" class="{classes}">{_escape(text[start:end])}</span>')
            position = end
        parts.append(_escape(text[position:]))
        parts.append("</p>")
    parts.append("</body>" + _BODY_END if item.body else _BODY_END)
    body = "".join(parts)
    if ILLEGAL_TEXT_RE.search(body) is not None:
        raise ValueError("All strings must be XML compatible")
    return body.encode("utf-8")


def _inline_refs(entities: Sequence[Entity], segments: Segments) -> bytes:
    """One inlineRef per mention, naming its pieces: those starting in [start, end), found by bisection
    (every mention boundary is a cut, and every piece a mention spans is marked).

    Serialised directly, as indented lines after the head's last child: as elements they were
    a seventh of writing an item. The bytes are those lxml wrote (golden samples, write-read-write
    law); span ids need no escaping, an entity's QCode is escaped as lxml escapes an attribute."""
    starts: dict[int, list[int]] = {}
    lines: list[str] = []
    for entity in entities:
        if not entity.mentions:
            continue
        qcode = _attribute(entity_qcode(entity.id))
        for mention in entity.mentions:
            pieces = segments[mention.block]
            block_starts = starts.get(mention.block)
            if block_starts is None:
                block_starts = starts[mention.block] = [piece[0] for piece in pieces]
            first = bisect.bisect_left(block_starts, mention.start)
            last = bisect.bisect_left(block_starts, mention.end, first)
            idrefs = " ".join([piece[3] for piece in pieces[first:last]])
            lines.append(f'  <inlineRef idrefs="{idrefs}" qcode="{qcode}"/>\n')
    return "".join(lines).encode("utf-8")


_ATTRIBUTE_SPECIALS = re.compile('[&<>"\t\n\r]')
_ATTRIBUTE_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\t": "&#9;",
    "\n": "&#10;",
    "\r": "&#13;",
}


def _attribute(value: str) -> str:
    """An attribute value as libxml2 serialises it. A valid model's ids need no escape; only a model
    built without validation (``write_newsml`` names its field) can hold more."""
    if ILLEGAL_TEXT_RE.search(value) is not None:
        raise ValueError("All strings must be XML compatible")
    if _ATTRIBUTE_SPECIALS.search(value) is None:
        return value
    return _ATTRIBUTE_SPECIALS.sub(lambda special: _ATTRIBUTE_ESCAPES[special[0]], value)
