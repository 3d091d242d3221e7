"""Invariants of the canonical model, each failing with the field path."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from newsml_kit import ModelValidationError, read
from newsml_kit.dates import PartialDate
from newsml_kit.formats.json import SCHEMA_ID, write_json
from newsml_kit.model import (
    XML_TEXT_ERROR,
    Block,
    Event,
    Mention,
    NewsItem,
    Organisation,
    Person,
    TextRange,
    illegal_text_problem,
)
from support.strategies import news_items


def _paths_of_strings(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path in a JSON tree that leads to a string."""
    if isinstance(value, str):
        return [path]
    if isinstance(value, dict):
        return [p for key, child in value.items() for p in _paths_of_strings(child, (*path, key))]
    if isinstance(value, list):
        return [p for index, child in enumerate(value) for p in _paths_of_strings(child, (*path, index))]
    return []


def _set(tree: dict[str, object], path: tuple[str | int, ...], value: str) -> None:
    node: object = tree
    for part in path[:-1]:
        node = node[part]  # type: ignore[index]
    node[path[-1]] = value  # type: ignore[index]


@given(
    news_items(),
    st.data(),
    st.sampled_from(["\x00", "\x01", "\x08", "\x0b", "\x1b", "\x7f", "\x85", "\ufffe"]),
)
def test_a_control_character_in_any_string_field_is_rejected_with_its_path(
    item: NewsItem, data: st.DataObject, bad: str
) -> None:
    tree = json.loads(write_json(item))
    candidates = [p for p in _paths_of_strings(tree) if p[0] not in ("$schema", "type")]
    path = data.draw(st.sampled_from(candidates))
    _set(tree, path, "x" + bad)
    with pytest.raises(ModelValidationError) as caught:
        read(json.dumps(tree).encode())
    dotted = ".".join(str(part) for part in path)
    error = caught.value
    assert error.location.field == dotted
    assert f"{dotted}: " in str(error)


@pytest.mark.parametrize("bad", ["\x00", "\x0c", "\x1f", "\x9f", "\ud800", "\uffff"])
def test_constructor_names_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        NewsItem(guid="urn:x", headline=f"a{bad}b")
    assert caught.value.errors()[0]["loc"] == ("headline",)
    assert "not allowed in XML 1.0 text" in str(caught.value)


# st.lists, not st.text: st.text of this one_of generated no surrogate and no U+FFFE (hypothesis 6.170).
@given(
    st.lists(
        st.one_of(st.characters(), st.characters(categories=["Cs"]), st.sampled_from("\ufffe\uffff\x85")),
        max_size=8,
    ).map("".join)
)
def test_the_native_text_check_agrees_with_check_xml_text(text: str) -> None:
    # pydantic-core checks the characters in Rust; check_xml_text (Python) says which one is wrong.
    problem = illegal_text_problem(text)
    for build in (
        lambda: Block(text=text),
        lambda: Mention(block=0, start=0, end=1, text="x" + text),
        lambda: NewsItem(guid="urn:x", headline=text),
    ):
        if problem is None:
            build()
        else:
            with pytest.raises(ValidationError) as caught:
                build()
            assert [error["type"] for error in caught.value.errors()] == [XML_TEXT_ERROR]


def test_string_constraints_keep_their_own_errors_before_the_text_check() -> None:
    # Regression: the constraints now run natively before the XML text check; each still reports
    # its own error, and a non-string is a type error, not an XML text error.
    cases: list[tuple[dict[str, object], str, tuple[str | int, ...]]] = [
        ({"guid": ""}, "string_too_short", ("guid",)),
        ({"guid": "urn:a\u2003b"}, "string_pattern_mismatch", ("guid",)),
        ({"guid": "x" * 2049}, "string_too_long", ("guid",)),
        ({"guid": "urn:a\x7f"}, XML_TEXT_ERROR, ("guid",)),
        ({"guid": "urn:x", "headline": 5}, "string_type", ("headline",)),
        ({"guid": "urn:x", "people": [{"id": "p", "name": ""}]}, "string_too_short", ("people", 0, "name")),
        ({"guid": "urn:x", "people": [{"id": "p", "name": "\x01"}]}, XML_TEXT_ERROR, ("people", 0, "name")),
        (
            {"guid": "urn:x", "people": [{"id": "p", "name": "P", "titles": ["", "T"]}]},
            "string_too_short",
            ("people", 0, "titles", 0),
        ),
    ]
    for fields, kind, loc in cases:
        with pytest.raises(ValidationError) as caught:
            NewsItem.model_validate(fields)
        assert [(error["type"], error["loc"]) for error in caught.value.errors()] == [(kind, loc)], fields


@pytest.mark.parametrize("escape", ["\\u0085", "\\u0007", "\\ufffe"])
def test_json_input_is_checked_like_python_input(escape: str) -> None:
    with pytest.raises(ValidationError) as caught:
        NewsItem.model_validate_json('{"guid": "urn:x", "byline": "a' + escape + 'b"}')
    assert [(error["type"], error["loc"]) for error in caught.value.errors()] == [
        (XML_TEXT_ERROR, ("byline",))
    ]


def test_a_model_error_says_which_character_and_where() -> None:
    tree = {"$schema": SCHEMA_ID, "type": "newsItem", "guid": "urn:x", "dateline": "ab\u0085"}
    with pytest.raises(ModelValidationError) as caught:
        read(json.dumps(tree).encode())
    assert caught.value.location.field == "dateline"
    assert caught.value.message == "character U+0085 at offset 2 is not allowed in XML 1.0 text"


def test_tab_lf_cr_and_astral_text_are_legal() -> None:
    item = NewsItem(guid="urn:x", headline="\ta\nb\rc \U0001f600 e\u0301")
    assert item.headline == "\ta\nb\rc \U0001f600 e\u0301"


@pytest.mark.parametrize("guid", ["", " ", "urn:a b", "tag:x\n", "\t"])
def test_guid_is_non_empty_without_whitespace(guid: str) -> None:
    with pytest.raises(ValidationError) as caught:
        NewsItem(guid=guid)
    assert caught.value.errors()[0]["loc"] == ("guid",)


@pytest.mark.parametrize(
    "guid", ["tag:reuters.com,2014:newsml_KBN0FL0NM:10", "urn:newsml:dpa.com:1", "12345"]
)
def test_real_guid_forms_are_accepted(guid: str) -> None:
    assert NewsItem(guid=guid).guid == guid


def _body() -> list[Block]:
    return [Block(text="Thượng tướng Trần Quốc Tỏ dự Hội nghị.")]


def _item_with_mention(block: int, start: int, end: int, text: str) -> NewsItem:
    """An item whose one person is mentioned at ``body[block][start:end]``, said to read ``text``."""
    mention = Mention(block=block, start=start, end=end, text=text)
    return NewsItem(guid="urn:x", body=_body(), people=[Person(id="p", name="x", mentions=[mention])])


def test_a_span_must_cover_exactly_its_mention() -> None:
    with pytest.raises(ValidationError, match=r"people\.0\.mentions\.0: span \[13, 25\) covers"):
        _item_with_mention(0, 13, 25, "Trần Quốc")


def test_a_span_must_lie_inside_its_block() -> None:
    with pytest.raises(
        ValidationError, match=r"people\.0\.mentions\.0: span \[30, 90\) is not inside block 0"
    ):
        _item_with_mention(0, 30, 90, "x")
    with pytest.raises(ValidationError, match=r"people\.0\.mentions\.0\.block: block 3 does not exist"):
        _item_with_mention(3, 0, 1, "x")


def test_a_valid_span_is_accepted() -> None:
    item = _item_with_mention(0, 13, 25, "Trần Quốc Tỏ")
    assert item.people[0].mentions[0].text == "Trần Quốc Tỏ"


def test_references_must_resolve_to_the_right_kind() -> None:
    with pytest.raises(ValidationError, match=r"event\.organiser_ids\.0: id 'nobody' does not exist"):
        NewsItem(guid="urn:x", event=Event(id="e", name="Hội nghị", organiser_ids=["nobody"]))
    with pytest.raises(
        ValidationError, match=r"people\.0\.organisation_ids\.0: id 'p' names an entity in people"
    ):
        NewsItem(guid="urn:x", people=[Person(id="p", name="A", organisation_ids=["p"])])


def test_ids_are_unique_across_entities() -> None:
    with pytest.raises(ValidationError, match=r"organisations\.0\.id: id 'x' is already used"):
        NewsItem(
            guid="urn:x", people=[Person(id="x", name="A")], organisations=[Organisation(id="x", name="B")]
        )


def test_caption_credit_lies_inside_the_caption() -> None:
    with pytest.raises(ValidationError, match="credit ends at 50"):
        Block(kind="caption", text="Ảnh: Tiến Dũng", credit=TextRange(start=5, end=50))
    block = Block(kind="caption", text="(Ảnh: Tiến Dũng)", credit=TextRange(start=6, end=15))
    assert block.text[6:15] == "Tiến Dũng"


def test_a_credit_past_the_text_is_reported_at_its_own_path() -> None:
    # Regression: the check moved from a model validator (path "body.0") to the credit field.
    tree = {"$schema": SCHEMA_ID, "type": "newsItem", "guid": "urn:x"}
    tree["body"] = [{"kind": "caption", "text": "Ảnh: A", "credit": {"start": 5, "end": 9}}]
    with pytest.raises(ModelValidationError) as caught:
        read(json.dumps(tree).encode())
    assert caught.value.location.field == "body.0.credit"
    assert caught.value.message == "Value error, credit ends at 9, past the end of the text (6)"
    # A block without a credit is never checked against one, and a refused text is one error, not two.
    assert Block(text="").credit is None
    with pytest.raises(ValidationError) as refused:
        Block(text="\x00", credit=TextRange(start=0, end=5))
    assert [error["loc"] for error in refused.value.errors()] == [("text",)]


@given(
    st.text("ab", max_size=6),
    st.integers(-1, 7),
    st.integers(-1, 7),
    st.text("ab", min_size=1, max_size=3),
)
@example("ab", -1, 0, "b")  # "ab".startswith("b", -1) holds, but the span is not inside the block
def test_a_mention_is_accepted_exactly_when_its_span_covers_its_text(
    text: str, start: int, end: int, said: str
) -> None:
    # The check compares in place (no slice): it must agree with the slice it stands for.
    covers = 0 <= start < end <= len(text) and text[start:end] == said
    mention = Mention.model_construct(block=0, start=start, end=end, text=said)  # any span, even < 0
    person = Person(id="p", name="x", mentions=[mention])
    if covers:
        NewsItem(guid="urn:x", body=[Block(text=text)], people=[person])
    else:
        with pytest.raises(ValidationError, match=r"people\.0\.mentions\.0"):
            NewsItem(guid="urn:x", body=[Block(text=text)], people=[person])


# --- the three datetime traps ------------------------------------------------------------------


def test_zoneinfo_time_in_a_dst_gap_is_rejected() -> None:
    # 02:30 on 2022-03-27 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    gap = datetime(2022, 3, 27, 2, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    with pytest.raises(ValidationError, match="skipped by a DST gap") as caught:
        NewsItem(guid="urn:x", version_created=gap)
    assert caught.value.errors()[0]["loc"] == ("version_created",)


def test_zoneinfo_time_in_a_dst_fold_is_rejected() -> None:
    # 02:30 on 2022-10-30 happens twice in Berlin.
    for fold in (0, 1):
        ambiguous = datetime(2022, 10, 30, 2, 30, fold=fold, tzinfo=ZoneInfo("Europe/Berlin"))
        with pytest.raises(ValidationError, match="ambiguous"):
            NewsItem(guid="urn:x", embargo=ambiguous)


def test_offset_with_seconds_is_rejected() -> None:
    # Amsterdam's pre-1937 offset was +00:19:32: no ISO 8601 / xs:dateTime offset can carry it.
    with pytest.raises(ValidationError, match="not a whole number of minutes"):
        NewsItem(guid="urn:x", first_created=datetime(1930, 6, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam")))
    with pytest.raises(ValidationError, match="not a whole number of minutes"):
        NewsItem(guid="urn:x", first_created=datetime(2022, 1, 1, tzinfo=timezone(timedelta(seconds=30))))


def test_naive_datetime_is_rejected() -> None:
    with pytest.raises(ValidationError, match="needs a time zone offset"):
        NewsItem(guid="urn:x", version_created=datetime(2022, 12, 28, 10))


def test_unambiguous_zoneinfo_time_is_normalised_to_the_same_instant_and_wall_time() -> None:
    local = datetime(2022, 12, 28, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    item = NewsItem(guid="urn:x", version_created=local)
    assert item.version_created is not None
    assert item.version_created == local
    assert item.version_created.tzinfo == timezone(timedelta(hours=7))
    assert item.version_created.replace(tzinfo=None) == local.replace(tzinfo=None)


def test_offset_beyond_fourteen_hours_is_rejected() -> None:
    with pytest.raises(ValidationError, match="beyond"):
        NewsItem(guid="urn:x", version_created=datetime(2022, 1, 1, tzinfo=timezone(timedelta(hours=15))))


# --- partial dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision"), [("2022", "year"), ("2022-12", "month"), ("2022-12-28", "day")]
)
def test_partial_date_keeps_its_precision(text: str, precision: str) -> None:
    value = PartialDate.parse(text)
    assert value.precision == precision
    assert value.isoformat() == text


@pytest.mark.parametrize("text", ["22", "2022-13", "2022-02-30", "2022-1", "2022/12", "2022-12-28T00:00", ""])
def test_partial_date_rejects_other_forms(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a date|outside|day is out of range|month must be"):
        PartialDate.parse(text)


def test_event_date_can_be_partial_or_a_datetime() -> None:
    month = Event(id="e", name="x", start="2022-12")
    assert month.start == PartialDate(2022, 12)
    moment = Event(id="e", name="x", start="2022-12-28T08:00:00+07:00")
    assert isinstance(moment.start, datetime)
    day = Event(id="e", name="x", start="2022-12-28")
    assert day.start == PartialDate(2022, 12, 28)


def test_models_are_frozen_and_closed() -> None:
    item = NewsItem(guid="urn:x")
    with pytest.raises(ValidationError):
        item.guid = "urn:y"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        NewsItem(guid="urn:x", colour="red")  # type: ignore[call-arg]
