"""Event items (issue 15): G2's event forms come into the model (``ReadResult.events``) and go out as
EventsML-G2 ``conceptItem``s, valid against the official 2.35 XSD; model -> G2 -> model is the same
model (formats/g2/events.py, docs/g2-events.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from lxml import etree

from conftest import examples
from newsml_kit import read, write
from newsml_kit.dates import PartialDate
from newsml_kit.errors import WriteError
from newsml_kit.formats.g2.events import write_event_item
from newsml_kit.model import Event, Message, NewsItem, Organisation, ParticipantRole, PubStatus
from newsml_kit.validate import validate_bytes
from support.paths import REPO, TESTS
from support.strategies import event_items
from support.xsd import lxml_schema

DATA = TESTS / "data" / "g2"
BUNDLED_XSD = REPO / "schemas" / "iptc" / "newsml-g2-2.35" / "NewsML-G2_2.35-spec-All-Power.xsd"
LISTING_16 = "corpus/newsmlg2/LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml"
WITH_EVENTS = "corpus/newsmlg2/NewsMsg_withEvents_2.28.xml"


def _valid_g2(data: bytes) -> None:
    result = validate_bytes(data, "event.xml")
    assert result.schema is not None
    assert "NewsML-G2_2.35" in result.schema
    assert not result.errors, result.errors


def _goes_out_and_back(item: NewsItem) -> None:
    data = write_event_item(item)
    _valid_g2(data)
    assert read(data).events == (item,)


def test_listing_16_three_inline_events_come_in_and_go_out_valid(shared: Path) -> None:
    result = read(shared / LISTING_16)
    names = [item.event.name for item in result.events if item.event is not None]
    assert names == ["IPTC Autumn Meeting 2018", "Annomarket text analytics EU project", "Accidental Heroes"]
    first, second, third = result.events
    assert first.event is not None
    assert first.places[0].name.startswith("86, Edgeware Road")
    assert first.event.place_id == first.places[0].id
    assert second.event is not None
    assert second.event.end is not None
    assert second.event.end.isoformat() == "2018-10-22T11:00:00-04:00"
    assert third.event is not None
    assert third.event.end == PartialDate(2018, 2, 5)
    # The definition's <br/> is a line break, not glued words.
    assert third.description is not None
    assert "arresting new show.\n" in third.description
    assert len({item.guid for item in result.events}) == 3
    # What the events hold beyond the model is named, and the news item says it has no body.
    messages = [warning.message for warning in result.warnings]
    assert any("dates/duration" in m for m in messages)
    assert any("dates/rRule" in m for m in messages)
    assert any("inlineXML holds events" in m for m in messages)
    for item in result.events:
        _goes_out_and_back(item)


def test_the_corpus_event_concepts_come_in_and_go_out_valid(shared: Path) -> None:
    result = read(shared / WITH_EVENTS)
    assert [item.guid for item in result.events] == [
        "urn:newsml:apa.at:event:0815",
        "urn:newsml:apa.at:event:0816",
    ]
    beer, tea = result.events
    assert beer.event is not None
    assert beer.event.name == "Bierverkostung November 2019"
    assert beer.provider == "APA - Austria Presse Agentur"
    assert [place.name for place in beer.places][1].startswith("Gastgarten vom Hannes")
    assert [subject.qcode for subject in beer.subjects] == ["medtop:10000000"]
    assert tea.pub_status is PubStatus.CANCELED
    # The message still carries the concept items whole for the G2 writer.
    assert result.message is not None
    out = write(result.message, "newsml")
    assert out.count(b"<conceptItem") == 2
    assert b"myeventid:0816" in out
    for item in result.events:
        _goes_out_and_back(item)


def test_a_knowledge_item_gives_each_event_with_its_parties() -> None:
    """A team-written knowledgeItem: a conceptSet of two events, organisers and participants."""
    result = read(DATA / "events-knowledge.xml")
    quay, regatta = result.events
    assert quay.event is not None
    assert (
        quay.description
        == "The harbour board opens its rebuilt north quay\nwith a ceremony for the dock workers."
    )
    assert [o.name for o in quay.organisations] == ["Harbour Board", "Dock Workers' Union"]
    assert [p.name for p in quay.people] == ["Mayor Ilse Marten"]
    assert quay.event.organiser_ids == [quay.organisations[0].id]
    assert [p.entity_id for p in quay.event.participants] == [quay.people[0].id, quay.organisations[1].id]
    # An agency's own role code is no model role: an attendee, the code kept beside the role.
    assert quay.event.participants[0].role is ParticipantRole.ATTENDEE
    assert quay.event.participants[0].role_qcodes == ["hbrole:speaker"]
    assert not any("hbrole:speaker" in w.message for w in result.warnings)
    # The agency's concept, place and party codes are kept by the model's ids.
    assert [(c.id, c.qcode) for c in quay.event.codes] == [
        ("event", "hb:quay-opening"),
        (quay.places[0].id, "hb:north-quay"),
        (quay.organisations[0].id, "hb:board"),
        (quay.people[0].id, "hb:mayor"),
        (quay.organisations[1].id, "hb:union"),
    ]
    assert regatta.event is not None
    assert regatta.event.start == PartialDate(2026, 5, 9)
    _valid_g2((DATA / "events-knowledge.xml").read_bytes())
    for item in result.events:
        _goes_out_and_back(item)


def test_what_a_concept_cannot_carry_is_refused_by_field() -> None:
    event = Event(id="e", name="Launch")
    with pytest.raises(WriteError) as no_start:
        write_event_item(NewsItem(guid="urn:x:1", event=event))
    assert no_start.value.location.field == "event.start"
    dated = event.model_copy(update={"start": PartialDate(2026)})
    item = NewsItem(guid="urn:x:1", event=dated, version_created=None)
    with pytest.raises(WriteError) as no_created:
        write_event_item(item)
    assert no_created.value.location.field == "version_created"
    with pytest.raises(WriteError) as headline:
        write_event_item(
            NewsItem(guid="urn:x:1", event=dated, headline="h", version_created="2026-01-01T00:00:00Z")  # type: ignore[arg-type]
        )
    assert headline.value.location.field == "headline"


@settings(max_examples=examples(60))
@given(event_items())
def test_law_event_item_to_g2_and_back_is_the_same_model(item: NewsItem) -> None:
    data = write_event_item(item)
    schema = lxml_schema(BUNDLED_XSD)
    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log
    assert read(data).events == (item,)


def test_the_event_of_the_projects_own_items_in_a_message_is_no_event_item() -> None:
    """The native writer puts an item's event in an assert with eventDetails: the item maps it."""
    item = NewsItem.model_validate(
        {
            "guid": "urn:x:1",
            "version_created": "2026-01-01T00:00:00Z",
            "body": [{"text": "The summit opened."}],
            "event": {"id": "e1", "name": "Summit", "start": "2026-01-02T09:00:00Z"},
        }
    )
    message = Message(items=[item, item.model_copy(update={"guid": "urn:x:2"})])
    result = read(write(message, "newsml"))
    assert result.warnings == ()
    assert result.events == ()
    assert [i.event for i in result.items] == [item.event, item.event]


def test_a_planning_item_gives_the_event_its_assert_details() -> None:
    """A team-written planningItem: the event it plans coverage of, asserted with its details."""
    path = DATA / "events-planning.xml"
    _valid_g2(path.read_bytes())
    result = read(path)
    (planned,) = result.events
    assert planned.event is not None
    assert planned.event.name == "Opening of the North Quay"
    assert [place.name for place in planned.places] == ["North Quay, Old Harbour"]
    assert any("planningItem" in w.message and "event items" in w.message for w in result.warnings)
    _goes_out_and_back(planned)


def test_agency_codes_go_out_as_same_as_and_roles_and_come_back() -> None:
    """G2 event item -> model -> G2 event item keeps the agency's codes (issue 15)."""
    quay = read(DATA / "events-knowledge.xml").events[0]
    data = write_event_item(quay)
    _valid_g2(data)
    root = etree.fromstring(data)
    ns = {"g": "http://iptc.org/std/nar/2006-10-01/"}
    assert root.xpath("g:concept/g:sameAs/@qcode", namespaces=ns) == ["hb:quay-opening"]
    assert root.xpath("g:concept/g:eventDetails/g:location/g:sameAs/@qcode", namespaces=ns) == [
        "hb:north-quay"
    ]
    assert root.xpath("//g:participant/@role", namespaces=ns)[0] == "nk:attendee hbrole:speaker"
    (back,) = read(data).events
    assert back == quay
    assert write_event_item(back) == data


def test_the_planning_items_assert_qcode_is_the_events_code() -> None:
    (planned,) = read(DATA / "events-planning.xml").events
    assert planned.event is not None
    assert [(c.id, c.qcode) for c in planned.event.codes] == [("event", "hb:quay-opening")]


def test_codes_a_concept_cannot_give_back_are_refused_by_field() -> None:
    quay = read(DATA / "events-knowledge.xml").events[0]
    assert quay.event is not None
    own = quay.event.codes[0].model_copy(update={"qcode": "nkid:x"})
    with pytest.raises(WriteError) as own_scheme:
        write_event_item(quay.model_copy(update={"event": quay.event.model_copy(update={"codes": [own]})}))
    assert own_scheme.value.location.field == "event.codes.0.qcode"
    backwards = list(reversed(quay.event.codes))
    with pytest.raises(WriteError) as order:
        write_event_item(
            quay.model_copy(update={"event": quay.event.model_copy(update={"codes": backwards})})
        )
    assert order.value.location.field == "event.codes"
    # The native writer has no place for them yet, and says so rather than drop them.
    with pytest.raises(WriteError) as native:
        write(quay, "newsml")
    assert native.value.location.field == "event.codes"


def test_an_institution_as_the_events_venue_goes_out_and_back_in_a_news_item_not_an_event_item() -> None:
    """An event held on an institution's premises has the organisation as its place: a news item
    carries it to G2 and back; an event item, whose location is its first place, refuses it."""
    venue = Organisation(id="o1", name="Hartwell College")
    event = Event(id="e1", name="Launch", start=PartialDate(2026, 3, 2), place_id="o1")
    item = NewsItem(
        guid="urn:x:venue",
        headline="Launch",
        version_created="2026-03-02T10:00:00Z",
        organisations=[venue],
        event=event,
    )  # type: ignore[arg-type]
    back = read(write(item, "newsml")).item
    assert back.event is not None
    assert back.event.place_id == "o1"
    assert back.organisations[0].name == "Hartwell College"
    with pytest.raises(WriteError) as refused:
        write_event_item(item.model_copy(update={"headline": None}))
    assert refused.value.location.field == "event.place_id"
