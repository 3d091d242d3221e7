"""NewsML-G2 event items (EventsML-G2): the events a G2 document holds, read into the model, and an
event item written as a ``conceptItem`` (docs/g2-events.md).

An *event item* is a ``NewsItem`` whose ``event`` is the event and which has no body: its identity
and management (guid, version, language, versionCreated, provider, pubStatus, subjects), the
event's description (its first ``definition``), and its place, organisers and participants as the
item's places, organisations and people. Every ``eventDetails`` of a document gives one, wherever it
sits: in a ``conceptItem``'s ``concept``, in a ``knowledgeItem``'s ``conceptSet``, in an
``assert`` (a ``planningItem``'s), or in an ``event`` of a ``newsItem``'s ``inlineXML``
(``ReadResult.events``). The document that held them carries them unchanged for the G2 writer;
what an event item does not map is named in a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from lxml import etree
from pydantic import ValidationError

from newsml_kit.errors import Diagnostic, Location, WriteError
from newsml_kit.formats.base import model_error
from newsml_kit.formats.g2.names import (
    CODE_SCHEME,
    CONCEPT_TYPES,
    EMPTY_CODE_URI,
    G2,
    ID_SCHEME,
    IPTC_CATALOG,
    NK,
    PROVIDER_GIVEN,
    PROVIDER_UNKNOWN,
    SCHEMES,
    XML,
    code,
    entity_qcode,
    g2,
)
from newsml_kit.formats.g2.slots import DateError, format_g2_date, read_datetime
from newsml_kit.model import (
    QCODE_RE,
    Entity,
    Event,
    EventKind,
    NewsItem,
    Organisation,
    ParticipantRole,
    Person,
)

Element = etree._Element
Fields = dict[str, Any]
Warn = Callable[[str, Element], None]

EVENT_TYPE = CONCEPT_TYPES["event"]
CONCEPT_CLASS = "cinat:concept"
KIND_REL = f"{CODE_SCHEME}:eventKind"
"""The ``rel`` of the ``related`` that carries the model's event kind (G2 has no such property)."""

_ITEMS = frozenset(g2(name) for name in ("newsItem", "conceptItem", "knowledgeItem", "planningItem"))
_EVENT_DETAILS = g2("eventDetails")
_NAME = g2("name")
_XML_LANG = f"{{{XML}}}lang"
_PERSON = CONCEPT_TYPES["people"]
_ORGANISATION = CONCEPT_TYPES["organisations"]
_ROLES = {code(role): role for role in ParticipantRole}
_KINDS = {code(kind): kind for kind in EventKind}
# What an event item maps of a holder (concept or event) and of its eventDetails.
_HOLDER_MAPPED = frozenset(
    g2(name) for name in ("conceptId", "type", "name", "definition", "eventDetails", "sameAs")
)
_SAME_AS = g2("sameAs")
_DETAILS_MAPPED = frozenset(g2(name) for name in ("dates", "location", "organiser", "participant"))
_DATES_MAPPED = frozenset(g2(name) for name in ("start", "end"))


# --- reading ------------------------------------------------------------------------------------


def read_events(root: Element, source: str | None, warnings: list[Diagnostic]) -> tuple[NewsItem, ...]:
    """The event items of a G2 document: one per ``eventDetails``, in document order."""
    holders = [details.getparent() for details in root.iter(_EVENT_DETAILS)]
    items: list[NewsItem] = []
    for number, holder in enumerate(holders, start=1):
        if holder is None or holder.tag == _EVENT_DETAILS:
            continue
        item = _carrier(holder)
        if item is None or NK in item.nsmap.values():
            continue  # the project's own item: its event is the item's own (``g2.read``)
        fields = _EventReader(holder, item, number, source, warnings).read()
        if fields is None:
            continue
        try:
            items.append(NewsItem.model_validate(fields))
        except ValidationError as exc:
            raise model_error(exc, source) from None
    return tuple(items)


def _carrier(element: Element) -> Element | None:
    """The item an event sits in: the nearest enclosing G2 item."""
    parent = element.getparent()
    while parent is not None and parent.tag not in _ITEMS:
        parent = parent.getparent()
    return parent


def _children(element: Element, tag: str) -> Iterator[Element]:
    return (child for child in element if child.tag == tag)


def _first(element: Element | None, tag: str) -> Element | None:
    return None if element is None else next(_children(element, tag), None)


def event_text(element: Element) -> str:
    """An element's text without markup or edge whitespace; a ``br`` is a line break."""
    parts: list[str] = []

    def collect(node: Element) -> None:
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                if etree.QName(child).localname == "br":
                    parts.append("\n")
                collect(child)
            if child.tail:
                parts.append(child.tail)

    if len(element) == 0:
        return (element.text or "").strip()
    collect(element)
    return "".join(parts).strip()


class _EventReader:
    """One event item from a holder (a ``concept`` or an ``event``) and the item carrying it."""

    def __init__(
        self, holder: Element, item: Element, number: int, source: str | None, warnings: list[Diagnostic]
    ) -> None:
        self.holder = holder
        self.item = item
        self.number = number
        self.source = source
        self.warnings = warnings
        self.people: list[Fields] = []
        self.organisations: list[Fields] = []
        self.places: list[Fields] = []
        self.ids: dict[str, str] = {}  # a party's or place's qcode -> its local id
        self.codes: list[Fields] = []  # the agency's QCodes, by local id (``Event.codes``)
        self.not_mapped: list[str] = []

    def warn(self, code: str, message: str, element: Element) -> None:
        self.warnings.append(
            Diagnostic(
                "warning", f"event {self.number}: {message}", Location(self.source, element.sourceline), code
            )
        )

    def read(self) -> Fields | None:
        holder = self.holder
        name = next((event_text(n) for n in _children(holder, _NAME) if event_text(n)), "")
        if not name:
            self.warn("NK-G2-110", "an event without a name is not read as an event item", holder)
            return None
        fields: Fields = self._identity()
        event: Fields = {"id": self._event_id(), "name": name}
        kind = self._kind()
        if kind is not None:
            event["kind"] = kind
        definition = _first(holder, g2("definition"))
        if definition is not None and event_text(definition):
            fields["description"] = event_text(definition)
        self._note_others(holder, _HOLDER_MAPPED, {"definition": 1, "name": 1})
        details = _first(holder, _EVENT_DETAILS)
        assert details is not None  # the holder was found as its parent
        self._details(details, event)
        event["codes"] = self.codes
        fields["event"] = event
        fields["people"] = self.people
        fields["organisations"] = self.organisations
        fields["places"] = self.places
        if self.not_mapped:
            self.warn(
                "NK-G2-102",
                "not mapped to the event item (the document carries it unchanged): "
                + ", ".join(self.not_mapped),
                holder,
            )
        return fields

    def _identity(self) -> Fields:
        item = self.item
        guid = item.get("guid", "").strip() or "urn:newsml-kit:event"
        if etree.QName(item).localname != "conceptItem":
            guid = f"{guid}#event{self.number}"  # several events share the item
        fields: Fields = {"guid": guid}
        version = item.get("version", "")
        if version.isascii() and version.isdigit() and int(version) >= 1:
            fields["version"] = int(version)
        language = _language(self.holder)
        if language is not None:
            fields["language"] = language
        meta = _first(item, g2("itemMeta"))
        created = _first(meta, g2("versionCreated"))
        if created is not None:
            try:
                fields["version_created"], _ = read_datetime(created.text or "")
            except (DateError, ValueError):
                self.warn("NK-G2-102", "its item's versionCreated cannot be read", created)
        provider = _first(meta, g2("provider"))
        provider_name = _first(provider, _NAME)
        if provider_name is not None and event_text(provider_name):
            fields["provider"] = event_text(provider_name)
        status = _first(meta, g2("pubStatus"))
        if status is not None and status.get("qcode", "").startswith("stat:"):
            value = status.get("qcode", "").partition(":")[2]
            if value in ("usable", "withheld", "canceled"):
                fields["pub_status"] = value
        if etree.QName(item).localname == "conceptItem":
            fields["subjects"] = self._subjects(_first(item, g2("contentMeta")))
        return fields

    def _subjects(self, meta: Element | None) -> list[Fields]:
        subjects: list[Fields] = []
        for subject in () if meta is None else _children(meta, g2("subject")):
            qcode = subject.get("qcode")
            uri = subject.get("uri", "")
            if qcode is None and uri.startswith(EMPTY_CODE_URI):
                qcode = uri.removeprefix(EMPTY_CODE_URI) + ":"
            if qcode is None:
                continue
            entry: Fields = {"qcode": qcode}
            name = _first(subject, _NAME)
            if name is not None:
                entry["name"] = event_text(name)
            subjects.append(entry)
        return subjects

    def _event_id(self) -> str:
        concept_id = _first(self.holder, g2("conceptId"))
        # A concept's conceptId; an assert's (or an inline event's) own qcode.
        qcode = self.holder.get("qcode", "") if concept_id is None else concept_id.get("qcode", "")
        local = _own_id(qcode) or "event"
        self._code(local, qcode)
        self.ids[qcode] = local
        self._same_as(self.holder, local)
        return local

    def _code(self, local: str, qcode: str) -> None:
        """Keep an agency's QCode for what ``local`` names (``Event.codes``), once."""
        if not qcode or _own_id(qcode) is not None:
            return
        if not QCODE_RE.fullmatch(qcode):
            self.not_mapped.append(f"qcode {qcode!r} (not a QCode)")
            return
        code_of = {"id": local, "qcode": qcode}
        if code_of not in self.codes:
            self.codes.append(code_of)

    def _same_as(self, element: Element, local: str) -> None:
        """``sameAs`` QCodes of a concept, location or party: the agency's codes for it too."""
        for same in _children(element, _SAME_AS):
            if same.get("qcode") and len(same) == 0:
                self._code(local, same.get("qcode", ""))
            else:
                self.not_mapped.append(f"{etree.QName(element).localname}/sameAs")

    def _kind(self) -> str | None:
        for related in _children(self.holder, g2("related")):
            if _is_kind(related):
                return _KINDS[related.get("qcode", "")].value
        return None

    def _details(self, details: Element, event: Fields) -> None:
        dates = _first(details, g2("dates"))
        if dates is not None:
            for tag, field in (("start", "start"), ("end", "end")):
                element = _first(dates, g2(tag))
                if element is None:
                    continue
                try:
                    value, repairs = read_datetime(element.text or "", date_allowed=True)
                except (DateError, ValueError) as exc:
                    self.warn("NK-G2-102", f"its {tag} date cannot be read ({exc}): not mapped", element)
                    continue
                for repair in repairs:
                    self.warn("NK-G2-103", f"{tag}: {repair}", element)
                event[field] = value
            self._note_others(dates, _DATES_MAPPED, {}, prefix="dates/")
        organisers: list[str] = []
        participants: list[Fields] = []
        for child in details:
            if child.tag == g2("location"):
                self._location(child, event)
            elif child.tag == g2("organiser"):
                organisers.append(self._party(child, _ORGANISATION))
            elif child.tag == g2("participant"):
                role, role_qcodes = self._role(child)
                participants.append(
                    {"entity_id": self._party(child, _PERSON), "role": role, "role_qcodes": role_qcodes}
                )
        event["organiser_ids"] = organisers
        event["participants"] = participants
        self._note_others(details, _DETAILS_MAPPED, {}, prefix="eventDetails/")

    def _location(self, element: Element, event: Fields) -> None:
        name = _first(element, _NAME)
        text = "" if name is None else event_text(name)
        if not text:
            self.not_mapped.append("eventDetails/location without a name")
            return
        local = self._entity_id(element, "place", len(self.places))
        if local in {place["id"] for place in self.places}:
            return
        self.places.append({"id": local, "name": text})
        self._same_as(element, local)
        event.setdefault("place_id", local)
        self._note_extra(element, "eventDetails/location")

    def _party(self, element: Element, default_type: str) -> str:
        name = _first(element, _NAME)
        text = "" if name is None else event_text(name)
        kind = element.get("type", default_type)
        qcode = element.get("qcode") or element.get("literal") or ""
        if not text:
            text = qcode or "(unnamed)"
            self.warn(
                "NK-G2-103", f"a {etree.QName(element).localname} without a name is named {text!r}", element
            )
        person = kind == _PERSON
        group = self.people if person else self.organisations
        local = self._entity_id(
            element, "person" if person else "organisation", len(self.people) + len(self.organisations)
        )
        if all(entity["id"] != local for entity in self.people + self.organisations):
            group.append({"id": local, "name": text})
        self._same_as(element, local)
        self._note_extra(element, f"eventDetails/{etree.QName(element).localname}")
        return local

    def _role(self, element: Element) -> tuple[str, list[str]]:
        """The model's role (the first code, when it is one of the model's) and the agency's own role
        codes beside it (``Participant.role_qcodes``)."""
        codes = (element.get("role") or "").split()
        role = ParticipantRole.ATTENDEE
        if codes and codes[0] in _ROLES:
            role = _ROLES[codes.pop(0)]
        kept = [each for each in codes if QCODE_RE.fullmatch(each)]
        if len(kept) < len(codes):
            self.not_mapped.append(f"participant role {element.get('role')!r} (not QCodes)")
        return role.value, kept

    def _entity_id(self, element: Element, prefix: str, count: int) -> str:
        qcode = element.get("qcode", "")
        own = _own_id(qcode)
        if own is not None:
            return own
        if qcode and qcode in self.ids:
            return self.ids[qcode]
        taken = set(self.ids.values())
        number = count + 1
        while f"{prefix}{number}" in taken:
            number += 1
        local = f"{prefix}{number}"
        self.ids[qcode or f"#{local}"] = local
        self._code(local, qcode)
        return local

    def _note_extra(self, element: Element, where: str) -> None:
        """Name what a location or party holds beyond its name (and qcode)."""
        names = [etree.QName(child).localname for child in element if isinstance(child.tag, str)]
        extra = sorted(
            {n for n in names if n not in ("name", "sameAs")}
            | ({"name"} if names.count("name") > 1 else set())
        )
        if extra:
            self.not_mapped.append(f"{where}/{'|'.join(extra)}")

    def _note_others(
        self, element: Element, mapped: frozenset[str], once: dict[str, int], prefix: str = ""
    ) -> None:
        """Name each kind of child not mapped; of a tag in ``once``, those after the first few."""
        seen: dict[str, int] = {}
        for child in element:
            if not isinstance(child.tag, str) or _is_kind(child):
                continue
            local = etree.QName(child).localname
            seen[local] = seen.get(local, 0) + 1
            if child.tag in mapped and seen[local] <= once.get(local, seen[local]):
                continue
            note = prefix + local
            if note not in self.not_mapped:
                self.not_mapped.append(note)


def _is_kind(element: Element) -> bool:
    return element.tag == g2("related") and element.get("rel") == KIND_REL and element.get("qcode") in _KINDS


def _own_id(qcode: str) -> str | None:
    """The local id of a QCode in the project's id scheme (what ``write_event_item`` writes)."""
    scheme, _, rest = qcode.partition(":")
    return rest if scheme == ID_SCHEME and rest else None


def _language(element: Element) -> str | None:
    node: Element | None = element
    while node is not None:
        value = node.get(_XML_LANG)
        if value:
            return value
        node = node.getparent()
    return None


# --- writing ------------------------------------------------------------------------------------

# What an event item cannot carry: G2's concept has no element for them.
_ITEM_UNWRITABLE = (
    "first_created",
    "content_created",
    "source_ids",
    "text_layout",
    "headline",
    "dateline",
    "byline",
    "creditline",
    "body",
    "documents",
    "awards",
    "dates",
    "review_status",
    "embargo",
    "urgency",
    "signals",
    "rights",
    "renditions",
    "raw_g2",
)


def write_event_item(item: NewsItem) -> bytes:
    """An event item as an EventsML-G2 ``conceptItem`` (valid against the official 2.35 XSD).

    Refuses (``WriteError`` naming the field) what the concept cannot give back: an item without an
    event, a start date or a versionCreated, body and article fields, entities the event does not
    name, entity details beyond a name, mentions, and entities listed in another order than the
    event names them (places, then organisers, then participants)."""
    _check_writable(item)
    event = item.event
    assert event is not None
    assert event.start is not None
    assert item.version_created is not None
    root = etree.Element(g2("conceptItem"), nsmap={None: G2})
    root.set("guid", item.guid)
    root.set("version", str(item.version))
    root.set("standard", "NewsML-G2")
    root.set("standardversion", "2.35")
    root.set("conformance", "power")
    if item.language is not None:
        root.set(_XML_LANG, item.language)
    etree.SubElement(root, g2("catalogRef"), href=IPTC_CATALOG)
    catalog = etree.SubElement(root, g2("catalog"))
    for alias in (ID_SCHEME, CODE_SCHEME):
        etree.SubElement(catalog, g2("scheme"), alias=alias, uri=SCHEMES[alias])
    meta = etree.SubElement(root, g2("itemMeta"))
    etree.SubElement(meta, g2("itemClass"), qcode=CONCEPT_CLASS)
    provider = etree.SubElement(
        meta, g2("provider"), qcode=PROVIDER_UNKNOWN if item.provider is None else PROVIDER_GIVEN
    )
    if item.provider is not None:
        etree.SubElement(provider, _NAME).text = item.provider
    etree.SubElement(meta, g2("versionCreated")).text = format_g2_date(item.version_created)
    if item.pub_status is not None:
        etree.SubElement(meta, g2("pubStatus"), qcode=f"stat:{item.pub_status.value}")
    if item.subjects:
        content = etree.SubElement(root, g2("contentMeta"))
        for subject in item.subjects:
            scheme, _, rest = subject.qcode.partition(":")
            attrs = {"qcode": subject.qcode} if rest else {"uri": EMPTY_CODE_URI + scheme}
            element = etree.SubElement(content, g2("subject"), attrs)
            if subject.name is not None:
                etree.SubElement(element, _NAME).text = subject.name
    concept = etree.SubElement(root, g2("concept"))
    etree.SubElement(concept, g2("conceptId"), qcode=entity_qcode(event.id))
    etree.SubElement(concept, g2("type"), qcode=EVENT_TYPE)
    etree.SubElement(concept, _NAME).text = event.name
    if item.description is not None:
        etree.SubElement(concept, g2("definition")).text = item.description
    _codes(concept, event, event.id)
    if event.kind is not EventKind.OTHER:
        etree.SubElement(concept, g2("related"), rel=KIND_REL, qcode=code(event.kind))
    details = etree.SubElement(concept, _EVENT_DETAILS)
    dates = etree.SubElement(details, g2("dates"))
    etree.SubElement(dates, g2("start")).text = format_g2_date(event.start)
    if event.end is not None:
        etree.SubElement(dates, g2("end")).text = format_g2_date(event.end)
    for place in item.places:
        location = etree.SubElement(details, g2("location"), qcode=entity_qcode(place.id))
        etree.SubElement(location, _NAME).text = place.name
        _codes(location, event, place.id)
    entities: dict[str, Entity] = {entity.id: entity for entity in [*item.people, *item.organisations]}
    for organiser in event.organiser_ids:
        _codes(_party(details, "organiser", entities[organiser]), event, organiser)
    for participant in event.participants:
        element = _party(details, "participant", entities[participant.entity_id])
        _codes(element, event, participant.entity_id)
        if participant.role is not ParticipantRole.ATTENDEE or participant.role_qcodes:
            # The model's role first: the reader takes the first code that is one of the model's.
            element.set("role", " ".join([code(participant.role), *participant.role_qcodes]))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def write_event_message(items: Sequence[NewsItem], sent: datetime) -> bytes:
    """Several event items in one document: a ``newsMessage`` sent at ``sent`` whose ``itemSet``
    holds their ``conceptItem``s, each as ``write_event_item`` writes it (read back, each is the
    same event item; valid against the official 2.35 XSD)."""
    if not items:
        raise _refuse("a NewsML-G2 newsMessage holds at least one item", "items")
    root = etree.Element(g2("newsMessage"), nsmap={None: G2})
    etree.SubElement(etree.SubElement(root, g2("header")), g2("sent")).text = format_g2_date(sent)
    item_set = etree.SubElement(root, g2("itemSet"))
    for index, item in enumerate(items):
        try:
            concept_item = etree.fromstring(write_event_item(item))
        except WriteError as exc:
            field = exc.location.field
            raise _refuse(exc.message, f"items.{index}" + (f".{field}" if field else "")) from None
        item_set.append(concept_item)
    etree.indent(root, space="  ")
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _codes(element: Element, event: Event, local: str) -> None:
    """The agency's QCodes for what ``local`` names, as ``sameAs`` (its conceptId or qcode is the
    model's id)."""
    for concept_code in event.codes:
        if concept_code.id == local:
            etree.SubElement(element, _SAME_AS, qcode=concept_code.qcode)


def _canonical_codes(event: Event, places: list[str]) -> list[tuple[str, str]]:
    """``event.codes`` in the order a concept item gives them back: the event's, then each place's,
    organiser's and participant's, each code once."""
    order = list(
        dict.fromkeys([event.id, *places, *event.organiser_ids, *(p.entity_id for p in event.participants)])
    )
    pairs = list(dict.fromkeys((c.id, c.qcode) for c in event.codes))
    return sorted(pairs, key=lambda pair: order.index(pair[0]) if pair[0] in order else len(order))


def _party(parent: Element, tag: str, entity: Entity) -> Element:
    kind = _PERSON if isinstance(entity, Person) else _ORGANISATION
    element = etree.SubElement(parent, g2(tag), qcode=entity_qcode(entity.id), type=kind)
    assert isinstance(entity, Person | Organisation)
    etree.SubElement(element, _NAME).text = entity.name
    return element


_NOT_IN_NAMES = re.compile(r"[\t\n\r]")
"""G2 names are ``[\\S ]*``: no whitespace but the space."""


def _names(item: NewsItem) -> Iterator[tuple[str, str | None]]:
    """Every text the concept item writes as a G2 ``name``, with its field path."""
    yield "provider", item.provider
    for index, subject in enumerate(item.subjects):
        yield f"subjects.{index}.name", subject.name
    if item.event is not None:
        yield "event.name", item.event.name
    for group in ("places", "people", "organisations"):
        for index, entity in enumerate(getattr(item, group)):
            yield f"{group}.{index}.name", entity.name


def _refuse(message: str, field: str) -> WriteError:
    return WriteError(message, Location(field=field))


def _check_writable(item: NewsItem) -> None:
    event = item.event
    if event is None:
        raise _refuse("an event item needs an event", "event")
    if event.start is None:
        raise _refuse("an EventsML-G2 event needs its start date (eventDetails/dates/start)", "event.start")
    if item.version_created is None:
        raise _refuse("a G2 conceptItem needs its versionCreated", "version_created")
    for field in _ITEM_UNWRITABLE:
        if getattr(item, field) not in (None, []):
            raise _refuse(f"an event item (a G2 conceptItem) cannot carry {field}", field)
    for path, name in _names(item):
        if name is not None and _NOT_IN_NAMES.search(name):
            raise _refuse("a G2 name holds no tab or line break", path)
    for path, entity in item.entities():
        if entity.mentions:
            raise _refuse("an event item has no body, so no mentions", f"{path}.mentions")
    for index, person in enumerate(item.people):
        for field in ("rank", "titles", "roles", "organisation_ids"):
            if getattr(person, field) not in (None, []):
                raise _refuse(
                    f"an event item cannot carry a participant's {field}", f"people.{index}.{field}"
                )
    for index, organisation in enumerate(item.organisations):
        for field in ("abbreviation", "aliases", "parent_id"):
            if getattr(organisation, field) not in (None, []):
                raise _refuse(
                    f"an event item cannot carry an organisation's {field}", f"organisations.{index}.{field}"
                )
    for index, place in enumerate(item.places):
        for field in ("kind", "parent_id"):
            if getattr(place, field) is not None:
                raise _refuse(f"an event item cannot carry a place's {field}", f"places.{index}.{field}")
    if event.place_id != (item.places[0].id if item.places else None):  # not an organisation either
        raise _refuse("the event's place is the first place of an event item", "event.place_id")
    places = [place.id for place in item.places]
    written = {event.id, *places, *event.organiser_ids, *(p.entity_id for p in event.participants)}
    for index, concept_code in enumerate(event.codes):
        if _own_id(concept_code.qcode) is not None:
            raise _refuse(
                f"{concept_code.qcode!r} is in newsml-kit's own id scheme ({ID_SCHEME}), "
                "not an agency's code",
                f"event.codes.{index}.qcode",
            )
        if concept_code.id not in written:
            raise _refuse(
                "an event item keeps codes for the event, its places and its parties only",
                f"event.codes.{index}.id",
            )
    if [(c.id, c.qcode) for c in event.codes] != _canonical_codes(event, places):
        raise _refuse(
            "an event item lists its codes in the order the concept gives them (the event's, then "
            "each place's, organiser's and participant's), each once",
            "event.codes",
        )
    named: list[str] = [*event.organiser_ids, *(p.entity_id for p in event.participants)]
    order = list(dict.fromkeys(named))
    for field, group in (("people", item.people), ("organisations", item.organisations)):
        ids = [entity.id for entity in group]
        expected = [local for local in order if local in set(ids)]
        if ids != expected:
            raise _refuse(
                f"an event item lists {field} in the order the event names them "
                "(organisers, then participants), each once",
                field,
            )


__all__ = ["EVENT_TYPE", "event_text", "read_events", "write_event_item", "write_event_message"]
