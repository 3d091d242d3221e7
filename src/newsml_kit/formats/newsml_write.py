"""NewsML-G2 2.35 writer: one ``newsItem`` per model item, native G2 first (docs/mapping.md).

Model text only ever becomes element content (never a ``literal`` attribute or a QCode), so
whitespace, CR (serialised as ``&#13;``) and astral characters come back exactly. Bytes are
deterministic: the only varying input is the filled-in ``versionCreated`` of an item without
one, read once per process (``SOURCE_DATE_EPOCH`` when set).
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Sequence
from datetime import UTC, datetime

from lxml import etree
from pydantic import ValidationError

from newsml_kit.dates import PartialDate, format_datetime
from newsml_kit.errors import Location, WriteError
from newsml_kit.formats.base import model_error
from newsml_kit.formats.newsml_names import (
    CAPTION_CLASS,
    CONCEPT_TYPES,
    CREDIT_CLASS,
    EMPTY_CODE_URI,
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
    xhtml,
)
from newsml_kit.model import (
    Block,
    DateOrDateTime,
    Event,
    Message,
    NewsItem,
    Organisation,
    Person,
    Place,
)

Element = etree._Element
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def write_newsml(value: NewsItem | Message) -> bytes:
    """UTF-8 NewsML-G2 bytes for one item; a message waits for agency-feed import (issue 6)."""
    if not isinstance(value, NewsItem):
        raise WriteError(
            "NewsML-G2 newsMessage output comes with agency-feed import (issue 6); "
            "write the items one by one",
            Location(field="items"),
        )
    try:
        return _serialise(value)
    except ValueError:
        # lxml refuses a string XML cannot carry; only a model built without validation
        # (model_construct) gets here: validating it names the field.
        try:
            NewsItem.model_validate(value.model_dump())
        except ValidationError as exc:
            raise model_error(exc, None) from None
        raise


def _serialise(item: NewsItem) -> bytes:
    segments = _segments(item)
    root = _item(item, segments)
    etree.indent(root, space="  ")  # before the body: indenting mixed content would change the text
    root.append(_content_set(item, segments))
    return _DECLARATION + etree.tostring(root, encoding="UTF-8")


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


def _names(parent: Element, names: Sequence[tuple[str, dict[str, str]]]) -> list[Element]:
    """G2 ``name`` elements: their type (g2normalizedString) forbids TAB, CR and LF, so those become
    spaces there and the exact text follows as ``nk:exactName`` (call ``_exact_names`` last)."""
    elements = []
    for text, attrs in names:
        element = _sub(parent, g2("name"), text.translate(_LINE_BREAKS), **attrs)
        elements.append(element)
    return elements


def _exact_names(parent: Element, names: Sequence[str]) -> None:
    for index, text in enumerate(names):
        if text != text.translate(_LINE_BREAKS):
            _sub(parent, nk("exactName"), text, index=str(index))


def _named(parent: Element, text: str | None) -> None:
    if text is not None:
        _names(parent, [(text, {})])
        _exact_names(parent, [text])


def _date(value: DateOrDateTime) -> str:
    return value.isoformat() if isinstance(value, PartialDate) else format_datetime(value)


def _qcode_attrs(qcode: str) -> dict[str, str]:
    scheme, _, rest = qcode.partition(":")
    return {"qcode": qcode} if rest else {"uri": EMPTY_CODE_URI + scheme}


def _ref(parent: Element, name: str, local_id: str | None, **attrs: str) -> None:
    if local_id is not None:
        _sub(parent, name, qcode=entity_qcode(local_id), **attrs)


# --- newsItem ---------------------------------------------------------------------------------


def _item(item: NewsItem, segments: Segments) -> Element:
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
    _content_meta(root, item)
    _asserts(root, item)
    _inline_refs(root, item, segments)
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


def _content_meta(root: Element, item: NewsItem) -> None:
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
    _concept_subjects(meta, item)
    _text(meta, g2("headline"), item.headline)
    _text(meta, g2("dateline"), item.dateline)
    _text(meta, g2("by"), item.byline)
    if item.creditline is not None:  # g2normalizedString, as name: exact text in nk:creditline
        _sub(meta, g2("creditline"), item.creditline.translate(_LINE_BREAKS))
    _text(meta, g2("description"), item.description)
    _extensions(meta, item)


def _concept_subjects(meta: Element, item: NewsItem) -> None:
    """One subject per event, person, organisation and place: identity and names."""
    for path, entity in item.entities():
        kind = CONCEPT_TYPES.get(path.split(".")[0])
        if kind is None or not isinstance(entity, Event | Person | Organisation | Place):
            continue
        subject = _sub(meta, g2("subject"), type=kind, qcode=entity_qcode(entity.id))
        names: list[tuple[str, dict[str, str]]] = [(entity.name, {})]
        abbreviation = getattr(entity, "abbreviation", None)
        if abbreviation is not None:
            names.append((abbreviation, {"role": NAME_SHORT}))
        names.extend((alias, {"role": NAME_ALTERNATE}) for alias in getattr(entity, "aliases", ()))
        _names(subject, names)
        _ref(subject, g2("broader"), getattr(entity, "parent_id", None))
        _exact_names(subject, [text for text, _ in names])


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
        details = _sub(_sub(root, g2("assert"), qcode=entity_qcode(person.id)), g2("personDetails"))
        for org_id in person.organisation_ids:
            _ref(details, g2("affiliation"), org_id)
        _text(details, nk("rank"), person.rank)
        for title in person.titles:
            _sub(details, nk("title"), title)
        for role in person.roles:
            _sub(details, nk("role"), role.value)
    for place in item.places:
        if place.kind is not None:
            _sub(_sub(root, g2("assert"), qcode=entity_qcode(place.id)), nk("placeKind"), place.kind)


def _event(parent: Element, event: Event) -> None:
    """eventDetails when the start is known (G2 requires dates/start); otherwise the same details in
    the nk namespace, never an invented date."""
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

Span = tuple[int, int]
Segments = dict[int, list[tuple[Span, str]]]


def _segments(item: NewsItem) -> Segments:
    """Per block, the spans to mark: every piece between two mention or credit boundaries that a
    mention or the credit covers, with its class. Crossing mentions become several pieces."""
    covered: dict[int, list[Span]] = {}
    for _, entity in item.entities():
        for mention in entity.mentions:
            covered.setdefault(mention.block, []).append((mention.start, mention.end))
    result: Segments = {}
    for index, block in enumerate(item.body):
        ranges = covered.get(index, [])
        credit = (block.credit.start, block.credit.end) if block.credit is not None else None
        cuts = sorted({point for span in [*ranges, *([credit] if credit else [])] for point in span})
        pieces = []
        for start, end in itertools.pairwise(cuts):
            classes = []
            if any(a <= start and end <= b for a, b in ranges):
                classes.append(MENTION_CLASS)
            if credit is not None and credit[0] <= start and end <= credit[1]:
                classes.append(CREDIT_CLASS)
            if classes:
                pieces.append(((start, end), " ".join(classes)))
        result[index] = pieces
    return result


def span_id(block: int, piece: int) -> str:
    return f"b{block}.{piece}"


def _content_set(item: NewsItem, segments: Segments) -> Element:
    content_set = etree.Element(g2("contentSet"))
    inline = _sub(content_set, g2("inlineXML"), contenttype=XHTML_TYPE)
    html = etree.SubElement(inline, xhtml("html"), nsmap={None: XHTML})
    _sub(_sub(html, xhtml("head")), xhtml("title"), item.headline or "")
    body = _sub(html, xhtml("body"))
    for index, block in enumerate(item.body):
        _paragraph(body, index, block, segments[index])
    content_set.tail = "\n"
    return content_set


def _paragraph(body: Element, index: int, block: Block, pieces: Sequence[tuple[Span, str]]) -> None:
    extra = {"class": CAPTION_CLASS} if block.kind.value == CAPTION_CLASS else {}
    p = _sub(body, xhtml("p"), **extra)
    p.text = block.text[: pieces[0][0][0]] if pieces else block.text
    for number, ((start, end), classes) in enumerate(pieces):
        span = _sub(p, xhtml("span"), block.text[start:end], id=span_id(index, number))
        span.set("class", classes)
        following = pieces[number + 1][0][0] if number + 1 < len(pieces) else len(block.text)
        span.tail = block.text[end:following]


def _inline_refs(root: Element, item: NewsItem, segments: Segments) -> None:
    for _, entity in item.entities():
        for mention in entity.mentions:
            ids = [
                span_id(mention.block, number)
                for number, ((start, end), _) in enumerate(segments[mention.block])
                if mention.start <= start and end <= mention.end
            ]
            _sub(root, g2("inlineRef"), idrefs=" ".join(ids), qcode=entity_qcode(entity.id))
