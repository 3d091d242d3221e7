"""What the lenient NewsML-G2 reader and the writer of imported items share: the slot marks, where
each mapped element sits, and the lenient reading of G2 values (docs/g2-import.md).

An imported item keeps its XML in ``NewsItem.raw_g2`` with each element the model maps left in
place as a slot: the element keeps its name, the attributes and children the model does not map
and its position, loses what the model holds, and is marked with the model field it stands for
(``nk-field``: a field path such as ``headline`` or ``subjects.3``). A value the model holds in
a normalised form may add its source spelling (``nk-lexical``), which the writer uses only while
it still means the model's value. The marks are attributes without a namespace, so that marking and unmarking
never adds a namespace declaration to the agency's document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Final

from lxml import etree

from newsml_kit.dates import PartialDate, fixed_zone, format_datetime
from newsml_kit.formats.g2.names import XML, g2
from newsml_kit.model import DateOrDateTime

Element = etree._Element

FIELD: Final = "nk-field"
LEXICAL: Final = "nk-lexical"
SLOT_ATTRIBUTES: Final = (FIELD, LEXICAL)
XML_LANG: Final = f"{{{XML}}}lang"

# Where a field's element goes when the source had none: its container and element name.
ITEM_META_ORDER: Final = [
    "itemClass",
    "provider",
    "versionCreated",
    "firstCreated",
    "embargoed",
    "pubStatus",
    "role",
    "fileName",
    "generator",
    "profile",
    "service",
    "title",
    "edNote",
    "memberOf",
    "instanceOf",
    "signal",
    "altRep",
    "deliverableOf",
    "hash",
    "expires",
    "origRep",
    "incomingFeedId",
    "metadataCreator",
    "link",
    "itemMetaExtProperty",
]
# Members of an XSD choice share a rank: any order among them is valid. The first five are a
# sequence (icon*, then AdministrativeMetadataGroup's urgency, contentCreated, contentModified,
# digitalSourceType), each its own rank.
CONTENT_META_ORDER: Final = (
    ["icon"],
    ["urgency"],
    ["contentCreated"],
    ["contentModified"],
    ["digitalSourceType"],
    [
        "located",
        "infoSource",
        "creator",
        "contributor",
        "audience",
        "exclAudience",
        "altId",
        "rating",
        "userInteraction",
    ],
    [
        "language",
        "genre",
        "keyword",
        "subject",
        "slugline",
        "headline",
        "dateline",
        "by",
        "creditline",
        "description",
    ],
    ["contentMetaExtProperty"],
)
RIGHTS_INFO_ORDER: Final = (["accountable"], ["copyrightHolder"], ["copyrightNotice", "usageTerms", "link"])
NEWS_ITEM_ORDER: Final = (
    ["catalogRef", "catalog"],
    ["hopHistory"],
    ["pubHistory"],
    ["rightsInfo"],
    ["itemMeta"],
    ["contentMeta"],
    ["partMeta"],
    ["assert"],
    ["inlineRef"],
    ["derivedFrom", "derivedFromValue"],
    ["contentSet"],
)
HEADER_ORDER: Final = (
    ["sent"],
    ["catalogRef", "catalog"],
    ["sender"],
    ["transmitId"],
    ["priority"],
    ["origin"],
)


def _ranks(groups: Iterable[Iterable[str]]) -> dict[str, int]:
    return {g2(name): rank for rank, group in enumerate(groups) for name in group}


RANKS: Final = {
    g2("newsItem"): _ranks(NEWS_ITEM_ORDER),
    g2("itemMeta"): _ranks([name] for name in ITEM_META_ORDER),
    g2("contentMeta"): _ranks(CONTENT_META_ORDER),
    g2("rightsInfo"): _ranks(RIGHTS_INFO_ORDER),
    g2("header"): _ranks(HEADER_ORDER),
}


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a field's element lives: its container under the item (or message) and its name."""

    container: str | None
    """The Clark name of the container child of the root; None: the root itself."""
    name: str


PLACEMENTS: Final = {
    "version_created": Placement(g2("itemMeta"), g2("versionCreated")),
    "first_created": Placement(g2("itemMeta"), g2("firstCreated")),
    "embargo": Placement(g2("itemMeta"), g2("embargoed")),
    "pub_status": Placement(g2("itemMeta"), g2("pubStatus")),
    "signals": Placement(g2("itemMeta"), g2("signal")),
    "provider": Placement(g2("itemMeta"), g2("provider")),
    "urgency": Placement(g2("contentMeta"), g2("urgency")),
    "content_created": Placement(g2("contentMeta"), g2("contentCreated")),
    "source_ids": Placement(g2("contentMeta"), g2("altId")),
    "language": Placement(g2("contentMeta"), g2("language")),
    "subjects": Placement(g2("contentMeta"), g2("subject")),
    "headline": Placement(g2("contentMeta"), g2("headline")),
    "dateline": Placement(g2("contentMeta"), g2("dateline")),
    "byline": Placement(g2("contentMeta"), g2("by")),
    "creditline": Placement(g2("contentMeta"), g2("creditline")),
    "description": Placement(g2("contentMeta"), g2("description")),
    "copyright_holder": Placement(g2("rightsInfo"), g2("copyrightHolder")),
    "copyright_notice": Placement(g2("rightsInfo"), g2("copyrightNotice")),
    "usage_terms": Placement(g2("rightsInfo"), g2("usageTerms")),
    "renditions": Placement(g2("contentSet"), g2("remoteContent")),
    "sent": Placement(None, g2("sent")),
    "sender": Placement(None, g2("sender")),
    "transmit_id": Placement(None, g2("transmitId")),
    "priority": Placement(None, g2("priority")),
    "origin": Placement(None, g2("origin")),
}

PUB_STATUS_SCHEME: Final = "stat:"
PLAIN_TEXT_BODY: Final = "body_text"
"""The slot of an ``inlineData`` body: the whole text, split into blocks at blank lines."""

# --- slots ------------------------------------------------------------------------------------


def make_slot(element: Element, field: str, index: int | None = None, mapped: Iterable[str] = ()) -> Element:
    """Mark ``element`` as the slot of ``field``, without the ``mapped`` attributes; returns it.

    Callers remove the content the model takes and mark the children it maps as slots too."""
    if mapped:
        pop = element.attrib.pop
        for name in mapped:
            pop(name, None)
    element.set(FIELD, field if index is None else f"{field}.{index}")
    return element


def placeholder(element: Element, field: str, index: int) -> Element:
    """Replace ``element`` by an empty slot of the same name: its content lives elsewhere (an item
    of a message)."""
    parent = element.getparent()
    if parent is None:
        raise ValueError("a placeholder needs a parent")
    # Emptied first: a subtree taken out of its document is walked to re-home its namespaces,
    # while children dropped without Python references are just freed.
    del element[:]
    slot = etree.SubElement(parent, element.tag)
    parent.replace(element, slot)
    slot.tail = element.tail
    return make_slot(slot, field, index)


_TOP_SLOTS = etree.XPath(f"descendant-or-self::*[@{FIELD}][not(ancestor::*[@{FIELD}])]")


def slots(root: Element) -> list[Element]:
    """Every slot under ``root`` that is not inside another slot, in document order."""
    found = _TOP_SLOTS(root)
    assert isinstance(found, list)
    return [element for element in found if isinstance(element, etree._Element)]


def is_slot(element: Element) -> bool:
    return element.get(FIELD) is not None


def unmark(element: Element) -> None:
    attributes = element.attrib
    for name in SLOT_ATTRIBUTES:
        if name in attributes:
            del attributes[name]


def field_of(slot: Element) -> tuple[str, int | None]:
    path = slot.get(FIELD) or ""
    field, _, index = path.partition(".")
    return field, int(index) if index else None


def insert_ranked(container: Element, child: Element) -> None:
    """Put ``child`` after the last sibling that the schema orders at or before it."""
    ranks = RANKS.get(str(container.tag), {})
    rank = ranks.get(str(child.tag))
    if rank is None:
        container.append(child)
        return
    position = 0
    for index, sibling in enumerate(container):
        sibling_rank = ranks.get(str(sibling.tag))
        if sibling_rank is not None and sibling_rank <= rank:
            position = index + 1
    container.insert(position, child)


# --- text ---------------------------------------------------------------------------------------


def text_content(element: Element) -> str:
    """The text of ``element`` and its descendants, comments and processing instructions left out;
    a ``br`` (XHTML, NITF, any namespace) is a line break."""
    if len(element) == 0:
        return element.text or ""
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: Element, parts: list[str]) -> None:
    if element.text and isinstance(element.tag, str):
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            if child.tag.rpartition("}")[2] == "br":
                parts.append("\n")  # a line break, not words glued together ("Potsdam<br/>Nach")
            _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def has_element_children(element: Element) -> bool:
    """Elements, comments or processing instructions inside: markup a plain value would lose."""
    return len(element) > 0


# --- dates --------------------------------------------------------------------------------------

_BASIC_OFFSET_RE = re.compile(r"([+-])(\d{2})(\d{2})$")
_HAS_OFFSET_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")
# The spelling most agency dates have, which needs no repair: read without the checks above.
_CLEAN_DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})\Z"
)
# The spelling of many agency date-times that lack only their zone (taken as UTC, with a note).
_ZONELESS_DATETIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?\Z")
# The clean spelling but for a ``+hhmm`` offset (some agencies' every date): one repair, no search.
_BASIC_DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(([+-])([0-9]{2})([0-9]{2}))\Z"
)
_NO_ZONE: Final = "no time zone: taken as UTC"
_MAX_OFFSET = timedelta(hours=14)
# The zone of each offset spelling of a clean date-time ("Z", "+05:30"), checked by
# ``_parse_datetime`` the first time: at most 20,001 spellings.
_CLEAN_ZONES: dict[str, timezone] = {}


class DateError(ValueError):
    """A G2 date or time the lenient reader cannot read."""


def read_datetime(text: str, *, date_allowed: bool = False) -> tuple[DateOrDateTime, list[str]]:
    """A G2 date-time read leniently, with a note for each repair made.

    Repairs: whitespace around the value; a ``+hhmm`` offset; no time zone (taken as UTC). With
    ``date_allowed`` a bare ``YYYY[-MM[-DD]]`` is a PartialDate; otherwise a bare date is taken
    as midnight UTC."""
    clean = _CLEAN_DATETIME_RE.match(text)
    if clean is not None:
        return _read_clean(text, clean[2], text), []
    if _ZONELESS_DATETIME_RE.match(text) is not None:
        # What the repairs below make of it, without their searches. Read with a "Z", it is in
        # ``timezone.utc``, which is ``fixed_zone(timedelta(0))``: no ``replace`` (2.5 us) needed.
        try:
            return datetime.fromisoformat(text + "Z"), [_NO_ZONE]
        except ValueError:
            raise DateError(f"{text!r} is not an ISO 8601 date-time") from None
    basic = _BASIC_DATETIME_RE.match(text)
    if basic is not None:  # the same value and note as the repairs below, without their searches
        offset, sign, hours, minutes = basic.groups()
        spelled = f"{sign}{hours}:{minutes}"
        repair = f"offset {offset} written as {spelled}"
        return _read_clean(text[: basic.start(1)] + spelled, spelled, text), [repair]
    repairs: list[str] = []
    value = text.strip()
    if value != text:
        repairs.append("whitespace around the value removed")
    if not value:
        raise DateError("empty date")
    if _DATE_RE.match(value):
        if date_allowed:
            try:
                return PartialDate.parse(value), repairs
            except ValueError as exc:  # the pattern allows it, the calendar does not (0000, 2023-02-30)
                raise DateError(f"{value!r} is not a date: {exc}") from None
        if len(value) != 10:
            raise DateError(f"{value!r} is not a date-time")
        repairs.append(f"date {value} without a time taken as midnight UTC")
        value += "T00:00:00Z"
    basic = _BASIC_OFFSET_RE.search(value)
    if basic is not None and "T" in value:
        value = value[: basic.start()] + f"{basic[1]}{basic[2]}:{basic[3]}"
        repairs.append(f"offset {basic[0]} written as {basic[1]}{basic[2]}:{basic[3]}")
    if not _HAS_OFFSET_RE.search(value):
        repairs.append(_NO_ZONE)
        value += "Z"
    return _parse_datetime(value, text), repairs


def _read_clean(value: str, offset: str, text: str) -> datetime:
    """``value`` in the clean spelling (``_CLEAN_DATETIME_RE``) with its ``offset`` ("Z", "+05:30"):
    ``text`` repaired, if it was. The zone of an offset spelling is checked the first time."""
    zone = _CLEAN_ZONES.get(offset)
    if zone is None:  # an offset spelling not seen yet: checked once, its zone kept
        parsed = _parse_datetime(value, text)
        assert isinstance(parsed.tzinfo, timezone)  # a fixed_zone
        _CLEAN_ZONES[offset] = parsed.tzinfo
        return parsed
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise DateError(f"{text.strip()!r} is not an ISO 8601 date-time") from None
    return parsed if parsed.tzinfo is zone else _in_zone(parsed, zone, text)


def _parse_datetime(value: str, text: str) -> datetime:
    """``value`` (``text`` repaired) as a datetime with a fixed offset XML Schema can carry."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise DateError(f"{text.strip()!r} is not an ISO 8601 date-time") from None
    offset = parsed.utcoffset() or timedelta(0)
    if offset.seconds % 60 or abs(offset) > _MAX_OFFSET:
        raise DateError(f"{text.strip()!r} has an offset XML Schema cannot carry")
    return _in_zone(parsed, fixed_zone(offset), text)


def _in_zone(parsed: datetime, zone: timezone, text: str) -> datetime:
    """``parsed`` with the shared ``zone`` of its own offset; a time within a day of the ends of
    the datetime range cannot be converted (Python goes through UTC): a date error, not a crash."""
    try:
        return parsed.astimezone(zone)
    except OverflowError:
        raise DateError(f"{text.strip()!r} is too close to the ends of the range of dates") from None


def format_g2_date(value: DateOrDateTime) -> str:
    return value.isoformat() if isinstance(value, PartialDate) else format_datetime(value)


def lexical_form(text: str, value: DateOrDateTime) -> str | None:
    """The source spelling to keep beside a date read cleanly, when it differs from ours."""
    spelled = text.strip()
    return spelled if spelled != format_g2_date(value) else None


def date_text(value: DateOrDateTime, lexical: str | None) -> str:
    """The spelling to write: the source's while it still means ``value``, else ours."""
    if lexical is not None:
        try:
            parsed, repairs = read_datetime(lexical, date_allowed=isinstance(value, PartialDate))
        except (DateError, ValueError):
            return format_g2_date(value)
        same = parsed == value and type(parsed) is type(value)
        if same and isinstance(value, datetime) and isinstance(parsed, datetime):
            same = parsed.utcoffset() == value.utcoffset()
        if not repairs and same:
            return lexical
    return format_g2_date(value)
