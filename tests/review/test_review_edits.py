"""The review page's edits, on the model only: any sequence of edits leaves a valid item with its
text untouched, each edit does what it says or is refused saying why, and undo gives back the
item before the last edit exactly."""

from __future__ import annotations

import functools
from typing import Any, TypeVar

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from conftest import examples
from newsml_kit.formats.json import read_json, write_json
from newsml_kit.model import (
    Block,
    BlockKind,
    Event,
    EventKind,
    Mention,
    NewsItem,
    Organisation,
    Participant,
    ParticipantRole,
    Person,
    Place,
    TextRange,
)
from newsml_kit.review.edits import (
    GROUPS,
    AddEntity,
    AddMention,
    Edit,
    EditRefused,
    History,
    MergeEntities,
    RemoveEntity,
    RemoveMention,
    SetEvent,
    SetOrganiser,
    SetPerson,
    SetRole,
    Span,
    apply,
    apply_all,
    parse_edits,
)
from support.strategies import news_items

T = TypeVar("T")

# --- drawing edits that mostly make sense for the item at hand -------------------------------------


# Strategies are built once, and a choice among the item's own ids or spans is drawn as an index
# (as sampled_from draws it): a strategy built inside a draw is validated afresh each time (issue 20).
_NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=8
)
_SET_EVENTS = st.builds(
    SetEvent, name=_NAMES, kind=st.sampled_from(EventKind), start=st.sampled_from(["", "2024-05-01"])
)
_ROLES = st.sampled_from([None, *ParticipantRole])
_GROUP_NAMES = st.sampled_from(list(GROUPS))
_VALUES = st.sampled_from(["2023", "2023-05-12", None])
_RANKS = st.sampled_from([None, "Thượng tướng"])
_TITLES = st.lists(_NAMES, max_size=2)


@functools.cache
def _indexes(count: int) -> st.SearchStrategy[int]:
    return st.integers(0, count - 1)


def _pick(draw: st.DrawFn, values: list[T]) -> T:
    return values[draw(_indexes(len(values)))]


def _draw_span(draw: st.DrawFn, item: NewsItem, blocks: list[int]) -> Span:
    index = _pick(draw, blocks)
    text = item.body[index].text
    start = draw(_indexes(len(text)))
    end = draw(st.integers(start + 1, len(text)))
    # Mostly the words only, as the page trims a selection; sometimes exactly what was drawn.
    if draw(st.booleans()) and text[start:end].strip():
        covered = text[start:end]
        start += len(covered) - len(covered.lstrip())
        end -= len(covered) - len(covered.rstrip())
    return Span(block=index, start=start, end=end, text=_pick(draw, [None, text[start:end]]))


def _ids(item: NewsItem, *groups: str) -> list[str]:
    return [e.id for path, e in item.entities() if not groups or path.partition(".")[0] in groups]


@st.composite
def edits_for(draw: st.DrawFn, item: NewsItem) -> Edit:
    """One edit, of a kind picked evenly among those the item allows, on its own ids and spans."""
    all_ids = _ids(item) or ["nobody"]
    agents = _ids(item, "people", "organisations") or all_ids
    blocks = [i for i, block in enumerate(item.body) if block.text.strip()]
    with_mentions = [e for _, e in item.entities() if e.mentions]
    mentioned = _pick(draw, with_mentions) if with_mentions else None
    pairs = [
        (a, b)
        for group in ("people", "organisations", "places", "dates", "documents", "awards")
        for a in _ids(item, group)
        for b in _ids(item, group)
        if a != b
    ]
    kinds = ["event", "role", "organiser", "remove"]
    kinds += ["mention", "entity"] if blocks else []
    kinds += ["remove mention"] if mentioned else []
    kinds += ["merge"] if pairs else []
    kinds += ["person"] if item.people else []
    kind = _pick(draw, kinds)
    if kind == "event":
        return draw(_SET_EVENTS)
    if kind == "role":
        return SetRole(entity_id=_pick(draw, agents), role=draw(_ROLES))
    if kind == "organiser":
        return SetOrganiser(entity_id=_pick(draw, agents), organiser=draw(st.booleans()))
    if kind == "remove":
        return RemoveEntity(entity_id=_pick(draw, all_ids))
    if kind == "mention":
        return AddMention(entity_id=_pick(draw, all_ids), span=_draw_span(draw, item, blocks))
    if kind == "entity":
        return AddEntity(kind=draw(_GROUP_NAMES), span=_draw_span(draw, item, blocks), value=draw(_VALUES))
    if kind == "remove mention":
        assert mentioned is not None
        return RemoveMention(entity_id=mentioned.id, index=draw(st.integers(0, len(mentioned.mentions))))
    if kind == "merge":
        keep, merge = _pick(draw, pairs)
        return MergeEntities(keep_id=keep, merge_id=merge)
    return SetPerson(
        person_id=_pick(draw, [p.id for p in item.people]), rank=draw(_RANKS), titles=draw(_TITLES)
    )


def _valid(item: NewsItem) -> None:
    """Valid as the model checks a whole item: its canonical JSON reads back (strictly) to itself."""
    assert read_json(write_json(item)).item == item


# --- the laws ---------------------------------------------------------------------------------------


@given(news_items(), st.data())
def test_any_sequence_of_edits_yields_a_valid_item_and_undo_restores_each_step(
    item: NewsItem, data: st.DataObject
) -> None:
    history = History(item)
    steps = [item]
    for _ in range(data.draw(st.integers(1, 8), label="edits")):
        edit = data.draw(edits_for(history.item), label="edit")
        before = history.item
        refusal = ""
        try:
            after = history.apply(edit)
        except EditRefused as exc:
            refusal = str(exc)
        if refusal:
            event(f"refused {edit.op}")
            assert history.item is before  # a refused edit changes nothing
            continue
        event(f"applied {edit.op}")
        _valid(after)
        assert after.body == item.body  # the text is never edited
        _check_effect(before, edit, after)
        steps.append(after)
    while history.depth:
        steps.pop()
        restored = history.undo()
        assert restored == steps[-1]
        assert write_json(restored) == write_json(steps[-1])
    assert history.item is item
    with pytest.raises(EditRefused, match="nothing to undo"):
        history.undo()


def _check_effect(before: NewsItem, edit: Edit, after: NewsItem) -> None:
    """That the edit did what it says."""
    entities = {e.id: e for _, e in after.entities()}
    if isinstance(edit, AddMention):
        text = before.body[edit.span.block].text[edit.span.start : edit.span.end]
        assert Mention(block=edit.span.block, start=edit.span.start, end=edit.span.end, text=text) in (
            entities[edit.entity_id].mentions
        )
    elif isinstance(edit, AddEntity):
        (new,) = set(entities) - set(_ids(before))
        assert [m.text for m in entities[new].mentions] == [
            before.body[edit.span.block].text[edit.span.start : edit.span.end]
        ]
    elif isinstance(edit, RemoveEntity):
        assert edit.entity_id not in entities
    elif isinstance(edit, MergeEntities):
        assert edit.merge_id not in entities
        merged = {e.id: e for _, e in before.entities()}[edit.merge_id]
        assert set(merged.mentions) <= set(entities[edit.keep_id].mentions)
    elif isinstance(edit, SetRole):
        assert after.event is not None
        roles = {p.entity_id: p.role for p in after.event.participants}
        assert roles.get(edit.entity_id) == edit.role
    elif isinstance(edit, SetOrganiser):
        assert after.event is not None
        assert (edit.entity_id in after.event.organiser_ids) == edit.organiser
    elif isinstance(edit, SetPerson):
        person = entities[edit.person_id]
        assert isinstance(person, Person)
        assert person.titles == [t.strip() for t in edit.titles if t.strip()]
    elif isinstance(edit, SetEvent):
        assert after.event is not None
        assert after.event.kind == edit.kind
        if edit.name is not None:
            assert after.event.name == edit.name


@settings(max_examples=examples(50))
@given(news_items(), st.data())
def test_applying_a_list_equals_applying_each_in_turn(item: NewsItem, data: st.DataObject) -> None:
    current, made = item, []
    for _ in range(3):
        edit = data.draw(edits_for(current))
        try:
            current = apply(current, edit)
        except EditRefused:
            continue
        made.append(edit)
    assert apply_all(item, made) == current
    assert apply_all(item, parse_edits([e.model_dump(mode="json") for e in made])) == current


# --- examples: what each edit does, and refusals that say why ------------------------------------

TEXT = "Thượng tướng Nguyễn Văn A, Bộ trưởng Bộ Quốc phòng, thăm Hải Phòng."


def _item() -> NewsItem:
    return NewsItem(
        guid="urn:x:review",
        body=[
            Block(text=TEXT),
            Block(kind=BlockKind.CAPTION, text="Ảnh: Minh", credit=TextRange(start=5, end=9)),
        ],
        people=[
            Person(
                id="per1",
                name="Nguyễn Văn A",
                mentions=[Mention(block=0, start=13, end=25, text="Nguyễn Văn A")],
            ),
            Person(id="per2", name="A", mentions=[Mention(block=0, start=24, end=25, text="A")]),
        ],
        organisations=[Organisation(id="org1", name="Bộ Quốc phòng")],
        places=[Place(id="loc1", name="Hải Phòng")],
        event=Event(
            id="event1",
            name="Chuyến thăm",
            kind=EventKind.OFFICIAL_VISIT,
            place_id="loc1",
            organiser_ids=["org1"],
            participants=[Participant(entity_id="per2", role=ParticipantRole.GUEST_OF_HONOUR)],
        ),
    )


def _span(words: str, block: int = 0) -> dict[str, Any]:
    start = TEXT.index(words)
    return {"block": block, "start": start, "end": start + len(words), "text": words}


def test_a_selection_becomes_an_entity_with_the_next_id_and_its_mention() -> None:
    item = apply(
        _item(),
        parse_edits([{"op": "add_entity", "kind": "organisation", "span": _span("Bộ Quốc phòng")}])[0],
    )
    assert [(o.id, o.name, [m.text for m in o.mentions]) for o in item.organisations] == [
        ("org1", "Bộ Quốc phòng", []),
        ("org2", "Bộ Quốc phòng", ["Bộ Quốc phòng"]),
    ]


def test_merging_moves_mentions_roles_and_references_to_the_kept_entity() -> None:
    item = apply(_item(), MergeEntities(keep_id="per1", merge_id="per2"))
    assert [p.id for p in item.people] == ["per1"]
    assert [m.text for m in item.people[0].mentions] == ["Nguyễn Văn A", "A"]
    assert item.event is not None
    assert item.event.participants == [Participant(entity_id="per1", role=ParticipantRole.GUEST_OF_HONOUR)]


def test_removing_an_entity_removes_every_reference_to_it() -> None:
    item = apply(apply(_item(), RemoveEntity(entity_id="org1")), RemoveEntity(entity_id="loc1"))
    assert item.event is not None
    assert (item.event.organiser_ids, item.event.place_id) == ([], None)


def test_titles_and_rank_are_set_as_written() -> None:
    edit = SetPerson(person_id="per1", rank="Thượng tướng", titles=[" Bộ trưởng Bộ Quốc phòng ", ""])
    person = apply(_item(), edit).people[0]
    assert (person.rank, person.titles) == ("Thượng tướng", ["Bộ trưởng Bộ Quốc phòng"])


def test_an_item_without_event_gets_one_from_a_name() -> None:
    item = _item().model_copy(update={"event": None})
    with pytest.raises(EditRefused, match="give it a name"):
        apply(item, SetEvent(kind=EventKind.MEETING))
    made = apply(item, SetEvent(name="Họp", kind=EventKind.MEETING, start="2024-05-01", place_id="loc1"))
    assert made.event == Event(
        id="event1", name="Họp", kind=EventKind.MEETING, start="2024-05-01", place_id="loc1"
    )


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        ({"op": "add_mention", "entity_id": "per9", "span": _span("Hải Phòng")}, "there is no entity 'per9'"),
        (
            {"op": "add_mention", "entity_id": "loc1", "span": {**_span("Hải Phòng"), "text": "Hà Nội"}},
            "is not the text at that place",
        ),
        (
            {"op": "add_mention", "entity_id": "loc1", "span": {"block": 0, "start": 60, "end": 99}},
            "not inside block 0",
        ),
        (
            {"op": "add_mention", "entity_id": "loc1", "span": {"block": 7, "start": 0, "end": 1}},
            "block 7 does not exist",
        ),
        (
            {"op": "add_mention", "entity_id": "loc1", "span": {"block": 0, "start": 56, "end": 66}},
            "select the words only",
        ),
        (
            {"op": "add_mention", "entity_id": "per1", "span": _span("Nguyễn Văn A")},
            "already has this mention",
        ),
        ({"op": "add_entity", "kind": "date", "span": _span("Hải Phòng")}, "a date needs its value"),
        ({"op": "add_entity", "kind": "person", "span": _span("Nguyễn Văn A")}, "per1 already names this"),
        ({"op": "add_entity", "kind": "date", "span": _span("Hải Phòng"), "value": "12/5"}, "is not a date"),
        ({"op": "merge_entities", "keep_id": "per1", "merge_id": "org1"}, "only entities of one kind merge"),
        ({"op": "set_role", "entity_id": "loc1", "role": "chair"}, "only people and organisations take part"),
        ({"op": "set_role", "entity_id": "per1", "role": None}, "per1 is not a participant"),
        ({"op": "set_event", "start": "next Tuesday"}, "is not a date"),
        ({"op": "set_event", "place_id": "per1"}, "in people, expected places or organisations"),
        ({"op": "remove_mention", "entity_id": "per1", "index": 3}, "has no mention 3"),
        ({"op": "set_person", "person_id": "org1", "titles": []}, "org1 is not a person"),
        ({"op": "rename_everything"}, "op"),
        ({"op": "set_person", "person_id": "per1", "titles": ["a\x01b"]}, "not allowed in XML 1.0 text"),
    ],
)
def test_a_refused_edit_says_why(edit: dict[str, Any], reason: str) -> None:
    item = _item()
    with pytest.raises(EditRefused, match=reason.replace("(", r"\(")):
        apply_all(item, parse_edits([edit]))


def test_too_many_edits_in_one_request_are_refused() -> None:
    with pytest.raises(EditRefused, match="too many edits"):
        parse_edits([{"op": "remove_entity", "entity_id": "x"}] * 2001)
