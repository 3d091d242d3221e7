"""The shortcuts that make reading NewsML-G2 cheaper give what the general code gives.

Each test states a shortcut's promise against the plain computation it stands for.
"""

from __future__ import annotations

import copy
import pickle
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from pydantic import ValidationError

from newsml_kit import NewsmlKitError, read, write, xmlsafe
from newsml_kit.dates import check_fixed_offset, fixed_zone
from newsml_kit.formats.base import ReadOptions, ReadResult
from newsml_kit.formats.g2 import agency_read, read_newsml, write_newsml
from newsml_kit.formats.g2.agency_read import is_own_document, may_hold_controls, read_foreign
from newsml_kit.formats.g2.slots import DateError, read_datetime
from newsml_kit.formats.g2.write import _attribute
from newsml_kit.model import (
    ILLEGAL_TEXT_RE,
    LANGUAGE_TAG_RE,
    MENTIONS_FROM_BODY,
    QCODE_RE,
    XML_TEXT_ERROR,
    DeferredText,
    Message,
    NewsItem,
    entity_free_reader_validator,
    reader_message_validator,
    reader_validator,
)
from newsml_kit.xmlsafe import parse_xml
from support.strategies import messages, news_items

FRAGMENT = "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml"

_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: timedelta(minutes=minutes))


@st.composite
def _zoned(draw: st.DrawFn) -> datetime:
    """A datetime in a fixed zone: the shared one, a fresh one, or a named one, either fold."""
    offset = draw(_OFFSETS)
    zone = draw(
        st.sampled_from([fixed_zone(offset), timezone(offset), timezone(offset, "Somewhere Standard Time")])
    )
    return draw(st.datetimes(timezones=st.just(zone))).replace(fold=draw(st.sampled_from([0, 1])))


@given(_zoned())
def test_a_fixed_offset_datetime_comes_back_as_the_full_check_made_it(value: datetime) -> None:
    offset = value.utcoffset()
    assert offset is not None
    expected = value.replace(tzinfo=timezone(offset), fold=0)  # what the check always returned
    checked = check_fixed_offset(value)
    assert checked == expected
    assert checked.isoformat() == expected.isoformat()
    assert checked.tzname() == expected.tzname()
    assert checked.fold == 0
    assert checked.tzinfo is fixed_zone(offset)


@given(_OFFSETS)
def test_the_shared_zone_of_an_offset_is_that_offset(offset: timedelta) -> None:
    zone = fixed_zone(offset)
    assert zone == timezone(offset)
    assert zone.tzname(None) == timezone(offset).tzname(None)
    assert fixed_zone(offset) is zone


# --- the deferred carriage -------------------------------------------------------------------------


def _corpus(shared: Path) -> list[Path]:
    return sorted(path for path in (shared / "corpus" / "newsmlg2").iterdir() if path.name != FRAGMENT)


def _read(data: bytes, source: str, shortcuts: bool) -> ReadResult:
    document = parse_xml(data, source=source)
    assert not is_own_document(document.root)
    options = ReadOptions(source=source)
    return read_foreign(
        data, document, options, lambda own: read_newsml(own, options).item, shortcuts=shortcuts
    )


def _carried(result: ReadResult) -> list[object]:
    """What each item and the message hold for ``raw_g2`` before anyone asks: text or deferred."""
    held = [item.__dict__["raw_g2"] for item in result.items]
    return held + ([] if result.message is None else [result.message.__dict__["raw_g2"]])


def test_the_shortcuts_give_what_a_read_without_them_gives_on_every_corpus_file(shared: Path) -> None:
    # Without shortcuts: the carriage made at once, the model validated in full.
    for path in _corpus(shared):
        data = path.read_bytes()
        deferred, eager = _read(data, path.name, True), _read(data, path.name, False)
        assert all(isinstance(held, str | None) for held in _carried(eager)), path.name
        if not may_hold_controls(data):
            assert any(isinstance(held, DeferredText) for held in _carried(deferred)), path.name
        assert deferred.warnings == eager.warnings, path.name
        # Each side read field by field, the carriage last, so nothing is made before its time.
        for ours, theirs in zip(deferred.items, eager.items, strict=True):
            for name in NewsItem.model_fields:
                assert getattr(ours, name) == getattr(theirs, name), (path.name, name)
        if eager.message is not None:
            assert deferred.message is not None
            assert deferred.message.raw_g2 == eager.message.raw_g2, path.name
        assert deferred.items == eager.items, path.name
        assert deferred.message == eager.message, path.name


_SUBJECTS_ITEM = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:subjects" version="1">
  <itemMeta><versionCreated>2024-05-01T10:00:00Z</versionCreated></itemMeta>
  <contentMeta>
    <subject qcode="medtop:01000000"><name>arts, culture</name></subject>
    <subject qcode="medtop:01000000"/>
    <subject qcode="medtop:01000000"><name/></subject>
    <subject qcode="medtop:01000000"><name> arts  <b>and</b> culture </name></subject>
    <subject qcode="xyz:1"><name>arts, culture</name></subject>
  </contentMeta>
</newsItem>"""


def test_a_subject_seen_before_is_the_one_built_then_and_the_item_is_as_a_full_read_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(agency_read, "_SUBJECTS", {})  # none seen yet, whatever ran before
    full = _read(_SUBJECTS_ITEM, "subjects.xml", False).item
    first = _read(_SUBJECTS_ITEM, "subjects.xml", True).item
    again = _read(_SUBJECTS_ITEM, "subjects.xml", True).item
    assert first == full
    assert again == full
    assert [(s.qcode, s.name) for s in again.subjects] == [
        ("medtop:01000000", "arts, culture"),
        ("medtop:01000000", None),
        ("medtop:01000000", ""),
        ("medtop:01000000", "arts  and culture"),
        ("xyz:1", "arts, culture"),
    ]
    # Each value its own subject; the second read gives the instances the first one built.
    assert all(ours is theirs for ours, theirs in zip(again.subjects, first.subjects, strict=True))


def test_a_deferred_carriage_dumps_copies_and_writes_as_its_text(shared: Path) -> None:
    path = next(path for path in _corpus(shared) if not may_hold_controls(path.read_bytes()))
    data = path.read_bytes()
    eager = _read(data, path.name, False)

    def fresh() -> NewsItem:
        item = _read(data, path.name, True).items[0]
        assert isinstance(item.__dict__["raw_g2"], DeferredText)
        return item

    expected = eager.items[0]
    assert fresh() == expected
    assert expected == fresh()  # the reflected comparison
    assert fresh().model_dump() == expected.model_dump()
    assert fresh().model_dump_json() == expected.model_dump_json()
    assert NewsItem.model_validate_json(fresh().model_dump_json()) == expected
    assert pickle.loads(pickle.dumps(fresh())) == expected
    assert copy.deepcopy(fresh()) == expected
    assert fresh().model_copy(update={"headline": "x"}) == expected.model_copy(update={"headline": "x"})
    assert repr(fresh()) == repr(expected)
    assert write(fresh(), "newsml") == write(expected, "newsml")
    item = fresh()
    assert isinstance(item.raw_g2, str)  # asked for: the text takes the deferred value's place
    assert type(item.__dict__["raw_g2"]) is str


def test_a_deferred_text_is_made_once_and_stands_for_its_text() -> None:
    made: list[int] = []

    def make() -> str:
        made.append(1)
        return "<x/>"

    deferred = DeferredText(make)
    assert not made
    assert deferred == "<x/>"
    assert "<x/>" == deferred  # noqa: SIM300 - the reflected comparison is the point
    assert deferred != "<y/>"
    assert deferred == DeferredText(lambda: "<x/>")
    assert hash(deferred) == hash("<x/>")
    assert str(deferred) == "<x/>"
    assert repr(deferred) == repr("<x/>")
    assert made == [1]
    assert pickle.loads(pickle.dumps(deferred)) == "<x/>"


def test_raw_g2_given_as_text_is_still_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        NewsItem(guid="urn:x:1", raw_g2="<a>\x01</a>")
    assert caught.value.errors()[0]["loc"] == ("raw_g2",)
    with pytest.raises(ValidationError):
        NewsItem.model_validate({"guid": "urn:x:1", "raw_g2": 12})


# --- numbers ---------------------------------------------------------------------------------------

_G2 = "http://iptc.org/std/nar/2006-10-01/"


def _item_with(number: str) -> bytes:
    return f"""<newsItem xmlns="{_G2}" guid="urn:x:1" version="{number}" standard="NewsML-G2"
 standardversion="2.29"><itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/>
<versionCreated>2020-01-01T00:00:00Z</versionCreated></itemMeta><contentMeta>
<urgency>{number}</urgency><headline>H</headline></contentMeta><contentSet><remoteContent
 href="http://x.invalid/y.jpg" width="{number}" height="10"/></contentSet></newsItem>""".encode()


@pytest.mark.parametrize("number", ["\u00b2", "\u0663", "\uff13"])  # superscript two, Arabic-Indic, fullwidth
def test_a_number_in_other_digits_is_kept_as_it_was_not_a_bare_error(number: str) -> None:
    # Regression: ``str.isdigit`` takes a superscript two, which ``int`` refuses: a bare ValueError.
    result = read(_item_with(number), format="newsml")
    item = result.item
    assert item.version == 1
    assert item.urgency is None
    assert item.renditions[0].width is None
    assert item.renditions[0].height == 10
    messages = [warning.message for warning in result.warnings]
    assert any(message.startswith("version ") for message in messages)
    assert any(message.startswith("urgency ") for message in messages)
    # What is not mapped comes back as it was.
    written = write(item, "newsml").decode()
    assert f"<urgency>{number}</urgency>" in written
    assert f'width="{number}"' in written


def test_ascii_numbers_are_still_mapped() -> None:
    item = read(_item_with("3"), format="newsml").item
    assert item.version == 3
    assert item.urgency == 3
    assert item.renditions[0].width == 3


# --- the strict reader's mentions -----------------------------------------------------------------


def _fields_with_a_mention(text: str, organisation_id: str = "o1") -> dict[str, object]:
    return {
        "guid": "urn:x:1",
        "body": [{"text": "Ông Lê A gặp Bộ B."}],
        "people": [
            {
                "id": "p1",
                "name": "Lê A",
                "organisation_ids": [organisation_id],
                "mentions": [{"block": 0, "start": 4, "end": 8, "text": text}],
            }
        ],
        "organisations": [{"id": "o1", "name": "Bộ B"}],
    }


def test_the_strict_readers_context_skips_only_the_mention_coverage_check() -> None:
    wrong_text = _fields_with_a_mention("Lê B")
    with pytest.raises(ValidationError, match="covers"):
        NewsItem.model_validate(wrong_text)
    assert (
        NewsItem.model_validate(wrong_text, context=MENTIONS_FROM_BODY).people[0].mentions[0].text == "Lê B"
    )
    with pytest.raises(ValidationError, match="does not exist"):
        NewsItem.model_validate(_fields_with_a_mention("Lê A", "o9"), context=MENTIONS_FROM_BODY)
    with pytest.raises(ValidationError):
        NewsItem.model_validate(_fields_with_a_mention(""), context=MENTIONS_FROM_BODY)
    with pytest.raises(ValidationError, match="covers"):
        NewsItem.model_validate(wrong_text, context={"mentions_from_body": True})  # only the object itself


@given(news_items())
def test_the_strict_reader_gives_back_the_mentions_it_was_given(item: NewsItem) -> None:
    # Its mentions were validated in full when ``item`` was built; sliced from the body they must
    # come back the same, with the coverage check left out.
    read_back = read_newsml(write_newsml(item)).item
    assert [entity.mentions for _, entity in read_back.entities()] == [
        entity.mentions for _, entity in item.entities()
    ]


# --- the parser's clean path -----------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["a", " ", "é", "&amp;", "&lt;", "&#233;", "&#x1F600;", "&eacute;", "&nbsp;", "&bogus;", "&", "<b>x</b>"]
)
_PROLOGS = st.sampled_from(
    [
        "",
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- c --><?pi x?>",
        '<!DOCTYPE r SYSTEM "r.dtd">',
        '<!DOCTYPE r [<!ENTITY e "x">]>',
        "<!DOCTYPE r>",
    ]
)


@given(_PROLOGS, st.lists(_PIECES, max_size=8), st.booleans())
def test_leaving_out_the_backstop_on_input_the_scan_found_clean_changes_nothing(
    prolog: str, pieces: list[str], in_attribute: bool
) -> None:
    text = "".join(pieces)
    data = (prolog + (f'<r a="{text}"/>' if in_attribute else f"<r>{text}</r>")).encode()
    try:
        prepared = xmlsafe._prepare(data)
    except NewsmlKitError:
        return  # refused by the scan itself: never clean
    if not prepared.clean:
        return
    assert b"<!DOCTYPE" not in data
    assert not re.search(rb"&(?!(?:amp|lt|gt|quot|apos);|#)", data)
    outcomes: list[object] = []
    for backstop in (True, False):
        try:
            root, warnings = xmlsafe._parse(prepared.data, backstop=backstop)
            outcomes.append((etree.tostring(root), warnings))
        except NewsmlKitError as exc:
            outcomes.append((type(exc), str(exc)))
    assert outcomes[0] == outcomes[1]


_DECLARATIONS = st.sampled_from(
    [
        "",
        '<?xml version="1.0"?>',
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<?xml version='1.0'{pad}encoding='iso-8859-1'?>",
        '<?xml version="1.0"{pad}encoding="utf-16"?>',
        '<?xml version="1.0" encoding="x-no-such-codec"?>',
        '<?xml version="1.0"{pad}encoding="shift_jis"?>',
        '<?xml version="1.0" encoding="zlib"?>',
        '<?xml\tencoding = "cp1252"{pad}version="1.0"?>',
    ]
)


def _declared_by_pattern(data: bytes) -> bool:
    """What the parser's look at the declaration answered before it was remembered by head."""
    declared = xmlsafe._DECLARED_ENCODING.match(data, 0, 1024)
    codec = xmlsafe._python_codec(declared.group(1).decode("ascii")) if declared else "utf-8"
    return codec is not None and (codec.startswith(("utf-16", "utf-32")) or xmlsafe._ascii_transparent(codec))


@given(_DECLARATIONS, st.integers(min_value=1, max_value=1100), st.text(alphabet="<>a '\"", max_size=20))
def test_the_declarations_answer_remembered_by_its_head_is_the_patterns(
    declaration: str, padding: int, rest: str
) -> None:
    """The head (up to the first ``>``, at most 1 kB) holds all the pattern can match: the
    remembered answer is the pattern's, the first time and the next, on either side of 1 kB."""
    data = (declaration.format(pad=" " * padding) + rest).encode()
    for _ in range(2):
        assert xmlsafe._readable_declaration(xmlsafe._head(data)) == _declared_by_pattern(data)


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12))
def test_a_qcode_or_language_tag_is_remembered_only_when_its_pattern_takes_it(text: str) -> None:
    for pattern, seen in ((QCODE_RE, agency_read._QCODES), (LANGUAGE_TAG_RE, agency_read._LANGUAGE_TAGS)):
        for _ in range(2):
            taken = text in seen or agency_read._new_match(pattern, seen, text)
            assert taken == (pattern.fullmatch(text) is not None)


# --- the reader's validator ------------------------------------------------------------------------


@given(news_items())
def test_the_reader_validator_builds_every_valid_item_as_it_is(item: NewsItem) -> None:
    built = reader_validator().validate_python(item.model_dump())
    assert type(built) is NewsItem
    assert built == item


@given(messages())
def test_the_reader_message_validator_builds_every_valid_message_as_it_is(message: Message) -> None:
    # Its items as the reader hands them over: instances, built (so validated) already.
    fields = {"header": message.header.model_dump(), "items": list(message.items), "raw_g2": message.raw_g2}
    built = reader_message_validator().validate_python(fields)
    assert type(built) is Message
    assert built == message


_NO_ENTITY = {
    "event": None,
    "people": [],
    "organisations": [],
    "places": [],
    "documents": [],
    "awards": [],
    "dates": [],
}


@given(news_items())
def test_the_entity_free_validator_takes_items_without_entities_only(item: NewsItem) -> None:
    validator = entity_free_reader_validator()
    free = item.model_copy(update=_NO_ENTITY)  # ids and references: nothing left to check
    built = validator.validate_python(free.model_dump())
    assert type(built) is NewsItem
    assert built == free
    assert built == reader_validator().validate_python(free.model_dump())
    if next(item.entities(), None) is not None:
        with pytest.raises(ValidationError):
            validator.validate_python(item.model_dump())


def test_the_reader_validator_leaves_out_only_its_two_checks() -> None:
    validator = reader_validator()
    refused = ({"guid": "a b"}, {"guid": "urn:x:1", "urgency": 0}, {"guid": "urn:x:1", "signals": ["x"]})
    for bad in refused:
        with pytest.raises(ValidationError):
            validator.validate_python(bad)
    with pytest.raises(ValidationError, match="does not exist"):
        validator.validate_python(_fields_with_a_mention("Lê A", "o9"))
    # The two it leaves out, which the full model refuses:
    with pytest.raises(ValidationError):
        NewsItem.model_validate({"guid": "urn:x:1", "headline": "a\x85b"})
    assert validator.validate_python({"guid": "urn:x:1", "headline": "a\x85b"}).headline == "a\x85b"


def test_the_reader_validators_leave_out_their_checks_in_nested_models_too() -> None:
    """pydantic-core would validate a nested model with that class's own validator, checks and all:
    the readers' validators are built from their whole schema, so the same two checks are left out
    inside a block, a subject, the rights, a source id and a message's header, and no other."""
    validator = reader_validator()
    odd = "a\x85b"  # legal in XML 1.0 (discouraged), refused by the model's legal-text check
    nested = {
        "body": [{"text": odd}],
        "subjects": [{"qcode": "a:b", "name": odd}],
        "rights": {"usage_terms": odd},
        "source_ids": [{"type": "t", "value": odd}],
    }
    for field, value in nested.items():
        fields = {"guid": "urn:x:1", field: value}
        with pytest.raises(ValidationError, match=XML_TEXT_ERROR):
            NewsItem.model_validate(fields)
        built = validator.validate_python(fields).model_dump()
        expected = NewsItem.model_validate(_replaced(fields, odd, "ab")).model_dump()
        assert _replaced(built, odd, "ab") == expected
    refused = (
        {"body": [{"text": "ab", "credit": {"start": 0, "end": 9}}]},
        {"body": [{"text": "ab", "kind": "figure"}]},
        {"body": [{"text": "ab", "style": "bold"}]},
        {"subjects": [{"qcode": "a b"}]},
        {"renditions": [{"href": "x", "width": -1}]},
        {"source_ids": [{"type": "", "value": "v"}]},
    )
    for bad in refused:
        with pytest.raises(ValidationError):
            validator.validate_python({"guid": "urn:x:1", **bad})
    naive = {"header": {"sent": datetime(2024, 5, 1, 10, 0)}}
    with pytest.raises(ValidationError):
        Message.model_validate(naive)
    assert reader_message_validator().validate_python(naive).header.sent == datetime(2024, 5, 1, 10, 0)
    with pytest.raises(ValidationError):
        reader_message_validator().validate_python({"header": {"priority": 0}})


def _replaced(value: object, old: str, new: str) -> object:
    """``value`` (dicts, lists, strings) with ``old`` replaced by ``new`` in every string."""
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, dict):
        return {key: _replaced(each, old, new) for key, each in value.items()}
    if isinstance(value, list):
        return [_replaced(each, old, new) for each in value]
    return value


def test_the_reader_message_validator_takes_its_items_as_they_are() -> None:
    """Its items were built, so checked, by the reader just before: their item-wide check is not
    run again (an instance with a dangling reference, which no reader builds, shows it)."""
    good = NewsItem.model_validate(_fields_with_a_mention("Lê A"))
    person = good.people[0].model_copy(update={"organisation_ids": ["o9"]})
    dangling = good.model_copy(update={"people": [person]})  # model_copy does not validate
    with pytest.raises(ValidationError, match="does not exist"):
        Message.model_validate({"items": [dangling]})
    assert reader_message_validator().validate_python({"items": [dangling]}).items == [dangling]


@given(
    st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31)),
    st.sampled_from(["Z", "+00:00", "-00:00", "+05:30", "-14:00", "+14:01", "-09:59", "+99:00"]),
)
def test_a_clean_date_read_again_with_its_offset_known_reads_as_the_first_time(
    value: datetime, offset: str
) -> None:
    """The zone of a clean date's offset spelling is checked once and then reused: a second read
    gives the same datetime in the same shared zone (``fixed_zone``), or the same error."""
    text = value.replace(microsecond=0).isoformat() + offset
    results = []
    for _ in range(2):
        try:
            parsed, repairs = read_datetime(text)
        except DateError as exc:
            results.append(str(exc))
            continue
        assert isinstance(parsed, datetime)
        offset_value = parsed.utcoffset()
        assert offset_value is not None
        assert parsed.tzinfo is fixed_zone(offset_value)
        assert repairs == []
        results.append((parsed, parsed.isoformat()))
    assert results[0] == results[1]


def test_a_clean_spelling_of_a_day_that_does_not_exist_is_refused_with_its_offset_known() -> None:
    read_datetime("2013-02-28T10:00:00+05:45")  # the offset is known from now on
    with pytest.raises(DateError, match="not an ISO 8601 date-time"):
        read_datetime("2013-02-30T10:00:00+05:45")
    for _ in range(2):
        with pytest.raises(DateError, match="offset XML Schema cannot carry"):
            read_datetime("2013-02-28T10:00:00+15:00")


@pytest.mark.parametrize(
    "text", ["9999-12-31T23:00:00-14:00", "0001-01-01T01:00:00+14:00", " 9999-12-31T23:00:00-1400"]
)
def test_a_date_at_the_ends_of_the_range_is_a_date_error_not_an_overflow(text: str) -> None:
    """Regression: Python's conversion into the shared zone goes through UTC, which overflowed."""
    for _ in range(2):  # the first read and the one with the offset known
        with pytest.raises(DateError, match="too close to the ends"):
            read_datetime(text)


@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
    st.sampled_from(["", ".5", ".123456"]),
    st.booleans(),
)
def test_a_date_time_without_its_zone_reads_as_the_repairs_made_it(
    value: datetime, fraction: str, date_allowed: bool
) -> None:
    """The zoneless spelling has its own quick path: the same datetime (in UTC, the shared zone) and
    the same one repair note as the general path, which adds ``Z`` and reads that."""
    text = value.replace(microsecond=0).isoformat() + fraction
    parsed, repairs = read_datetime(text, date_allowed=date_allowed)
    expected, _ = read_datetime(" " + text + "Z ", date_allowed=date_allowed)  # the general path
    assert repairs == ["no time zone: taken as UTC"]
    assert parsed == expected
    assert parsed.tzinfo is fixed_zone(timedelta(0))


@pytest.mark.parametrize("text", ["2013-02-30T10:00:00", "2013-13-01T10:00:00", "2013-02-28T25:00:00"])
def test_a_date_time_without_its_zone_that_does_not_exist_is_a_date_error(text: str) -> None:
    with pytest.raises(DateError, match="not an ISO 8601 date-time"):
        read_datetime(text)


def _read_outcome(text: str) -> tuple[object, ...] | str:
    """What ``read_datetime`` gives for ``text``: the value, its zone and the repair notes, or the
    error's message."""
    try:
        parsed, repairs = read_datetime(text)
    except DateError as exc:
        return str(exc)
    assert isinstance(parsed, datetime)
    return parsed, parsed.tzinfo, repairs


@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
    st.sampled_from(["", ".5", ".123456"]),
    st.sampled_from(
        ["+0000", "-0000", "+0100", "-0530", "+0545", "+1400", "-1400", "+1401", "-1500", "+0060"]
    ),
)
def test_a_date_time_with_a_basic_offset_reads_as_the_repairs_made_it(
    value: datetime, fraction: str, offset: str
) -> None:
    """The clean spelling with a ``+hhmm`` offset has its own quick path: the same datetime in the
    same shared zone and the same repair note as the general path, or the same error. A space
    around the value takes the general path, which notes its removal first. Read twice, for the
    first read of an offset spelling and the one with its zone known."""
    text = value.replace(microsecond=0).isoformat() + fraction + offset
    for _ in range(2):
        quick, general = _read_outcome(text), _read_outcome(f" {text} ")
        if isinstance(general, str):
            assert quick == general
            continue
        parsed, zone, repairs = general
        assert isinstance(repairs, list)
        assert repairs[0] == "whitespace around the value removed"
        assert quick == (parsed, zone, repairs[1:])
        assert isinstance(parsed, datetime)
        assert zone is fixed_zone(parsed.utcoffset() or timedelta(0))


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=20))
def test_an_inline_refs_qcode_is_escaped_as_lxml_escapes_an_attribute(value: str) -> None:
    """The writer serialises inline refs itself: an entity's QCode comes out as lxml writes it, or
    is refused as lxml refuses it (a valid model's ids never need either; see write_newsml)."""
    try:
        written = etree.tostring(etree.Element("r", q=value), encoding="UTF-8")
    except ValueError:
        with pytest.raises(ValueError, match="XML compatible"):
            _attribute(value)
        return
    if ILLEGAL_TEXT_RE.search(value) is not None:  # C1 controls: lxml writes them, the model refuses them
        with pytest.raises(ValueError, match="XML compatible"):
            _attribute(value)
        return
    assert written == f'<r q="{_attribute(value)}"/>'.encode()
