"""NewsML-G2: the laws (round trip, idempotence, validity with both engines against both XSDs,
idrefs resolve, JSON identity) and regressions (events without a start, hostile text, crossing
mentions, the seed article)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from lxml import etree

from newsml_kit.cli import main
from newsml_kit.errors import ModelValidationError, ParseError
from newsml_kit.formats.g2 import G2, NK, read_newsml, write_newsml
from newsml_kit.formats.json import read_json, write_json
from newsml_kit.formats.text import read_text, write_text
from newsml_kit.model import Block, BlockKind, Event, Mention, NewsItem, Person, TextRange
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import parse_xml
from support.g2_checks import assert_valid
from support.paths import REPO
from support.strategies import news_items
from support.xsd import lxml_schema

NS = {"g": G2, "nk": NK, "h": "http://www.w3.org/1999/xhtml"}


# --- laws -------------------------------------------------------------------------------------

_examples_run: dict[str, int] = {}


def _count(law: str) -> int:
    _examples_run[law] = _examples_run.get(law, 0) + 1
    return _examples_run[law]


def g2_view(item: NewsItem) -> NewsItem:
    """What NewsML-G2 carries of an item: everything but the review status, the archive's workflow
    (canonical JSON only, docs/mapping.md)."""
    return item.model_copy(update={"review_status": None})


@given(news_items())
def test_read_inverts_write_and_write_is_idempotent(item: NewsItem) -> None:
    _count("round_trip")
    written = write_newsml(item)
    back = read_newsml(written).item
    assert back == g2_view(item)
    assert write_newsml(back) == written


@given(news_items())
def test_every_written_document_is_valid_and_its_idrefs_resolve(item: NewsItem) -> None:
    _count("valid")
    assert_valid(write_newsml(item))


@given(news_items())
def test_json_to_newsml_to_json_is_the_identity(item: NewsItem) -> None:
    _count("json_identity")
    data = write_json(g2_view(item))
    assert write_json(read_newsml(write_newsml(read_json(data).item)).item) == data


@pytest.mark.law  # counts the laws above: runs with them under `make deep`
def test_every_law_ran_the_configured_number_of_examples() -> None:
    wanted = settings.default.max_examples
    assert set(_examples_run) == {"round_trip", "valid", "json_identity"}
    for law, count in _examples_run.items():
        assert count >= wanted, f"{law} ran {count} examples, the profile asks for {wanted}"


# --- regressions ------------------------------------------------------------------------------


def _xpath(data: bytes, path: str) -> list[str]:
    return [str(value) for value in parse_xml(data).root.xpath(path, namespaces=NS)]


def test_event_without_start_has_no_event_details_and_keeps_its_details() -> None:
    item = NewsItem(
        guid="urn:x:1",
        people=[Person(id="p1", name="A")],
        event=Event(id="e1", name="Hội nghị", end=None, participants=[{"entity_id": "p1", "role": "chair"}]),
    )
    data = write_newsml(item)
    assert not _xpath(data, "//g:eventDetails")
    assert _xpath(data, "//g:assert/nk:eventDetails/nk:participant/@role") == ["nk:chair"]
    assert_valid(data)
    assert read_newsml(data).item == item


def test_event_with_start_uses_native_event_details() -> None:
    item = NewsItem(guid="urn:x:1", event=Event(id="e1", name="E", start="2022-12-28", kind="conference"))
    data = write_newsml(item)
    assert _xpath(data, "//g:eventDetails/g:dates/g:start/text()") == ["2022-12-28"]
    assert read_newsml(data).item == item


HOSTILE = "\t \r\n  x\u00a0y\r  \U0001f600\U0001d518 e\u0301 ]]> &amp; <p> \t"


def test_cr_tab_edge_whitespace_and_astral_characters_survive() -> None:
    item = NewsItem(
        guid="urn:x:1", headline=HOSTILE, body=[Block(text=HOSTILE), Block(text=""), Block(text=" ")]
    )
    data = write_newsml(item)
    assert b"&#13;" in data
    assert "\U0001f600".encode() in data
    assert b"&#128512;" not in data
    assert_valid(data)
    back = read_newsml(data).item
    assert back.headline == HOSTILE
    assert [b.text for b in back.body] == [HOSTILE, "", " "]


def test_crossing_mentions_are_split_into_spans_listed_in_one_idrefs() -> None:
    text = "Thứ trưởng Trần Quốc Tỏ (Ảnh: Tiến Dũng)"
    first = Mention(block=0, start=0, end=23, text=text[0:23])
    second = Mention(block=0, start=11, end=31, text=text[11:31])
    item = NewsItem(
        guid="urn:x:1",
        body=[Block(kind=BlockKind.CAPTION, text=text, credit=TextRange(start=30, end=39))],
        people=[
            Person(id="p1", name="Trần Quốc Tỏ", mentions=[first]),
            Person(id="p2", name="X", mentions=[second]),
        ],
    )
    data = write_newsml(item)
    refs = _xpath(data, "//g:inlineRef/@idrefs")
    assert refs == ["b0.0 b0.1", "b0.1 b0.2 b0.3"]  # [0,11) [11,23) | [11,23) [23,30) [30,31)
    assert _xpath(data, "//h:span/@class") == ["mention"] * 3 + ["mention credit", "credit"]
    assert _xpath(data, "//h:p/@class") == ["caption"]
    assert_valid(data)
    assert read_newsml(data).item == item


def test_unresolved_idref_is_a_parse_error() -> None:
    item = NewsItem(
        guid="urn:x:1",
        body=[Block(text="ab")],
        people=[Person(id="p1", name="A", mentions=[Mention(block=0, start=0, end=1, text="a")])],
    )
    data = write_newsml(item).replace(b'idrefs="b0.0"', b'idrefs="b9.9"')
    with pytest.raises(ParseError):
        read_newsml(data)


_EDITED = NewsItem(
    guid="urn:x:1",
    body=[
        Block(text="ab cd"),
        Block(kind=BlockKind.CAPTION, text="Ảnh: Minh Khang", credit=TextRange(start=5, end=15)),
    ],
    people=[Person(id="p1", name="A\tB", mentions=[Mention(block=0, start=0, end=2, text="ab")])],
)
_CREDIT = '<span id="b1.0" class="credit">Minh Khang</span>'
_MENTION = '<span id="b0.0" class="mention">ab</span>'


@pytest.mark.parametrize(
    ("old", "new", "message", "field"),
    [
        (
            _CREDIT,
            '<span id="b1.0" class="credit">Minh</span> <span id="b1.1" class="credit">Khang</span>',
            "a credit's spans are not contiguous",
            "body.1.credit",
        ),
        (
            _MENTION + '" qcode',
            '<span id="b0.0" class="mention">a</span>-<span id="b0.1" class="mention">b</span>',
            "the spans 'b0.0 b0.1' of one mention are not contiguous",
            None,
        ),
        (">A\tB</nk:exactName>", ">A\tC</nk:exactName>", "nk:exactName 0 does not match its name", None),
        (
            'type="cpnat:person" qcode="nkid:p1"',
            'type="cpnat:person" qcode="nk:p1"',
            "expected an entity QCode",
            None,
        ),
    ],
)
def test_the_reader_refuses_what_the_writer_never_writes(
    old: str, new: str, message: str, field: str | None
) -> None:
    # Regression for the reader's one-pass walk: every check of the old walk still refuses (each edit
    # keeps the document valid against the profile, so the refusal is the reader's own).
    data = write_newsml(_EDITED).decode()
    if old.endswith('" qcode'):  # the mention split in two spans, listed in one inlineRef
        data = data.replace(_MENTION, new).replace('idrefs="b0.0"', 'idrefs="b0.0 b0.1"')
    else:
        assert old in data
        data = data.replace(old, new)
    assert lxml_schema(schema_path("newsml-kit-g2.xsd")).validate(parse_xml(data.encode()).root)
    with pytest.raises(ParseError) as caught:
        read_newsml(data.encode())
    assert message in caught.value.message
    assert caught.value.location.field == field


def test_a_credit_or_a_mention_in_several_touching_spans_is_read_whole() -> None:
    data = write_newsml(_EDITED).decode()
    data = data.replace(
        _CREDIT, '<span id="b1.0" class="credit">Minh</span><span id="b1.1" class="credit"> Khang</span>'
    )
    data = data.replace(
        _MENTION, '<span id="b0.0" class="mention">a</span><span id="b0.1" class="mention">b</span>'
    )
    data = data.replace('idrefs="b0.0"', 'idrefs="b0.0 b0.1"')
    assert read_newsml(data.encode()).item == _EDITED


def test_a_string_xml_cannot_carry_is_a_model_error_not_a_value_error() -> None:
    bad = NewsItem.model_construct(**{**NewsItem(guid="urn:x:1").__dict__, "headline": "a\x00b"})
    with pytest.raises(ModelValidationError) as caught:
        write_newsml(bad)
    assert caught.value.location.field == "headline"


def test_missing_version_created_is_filled_and_read_back_as_none(monkeypatch: pytest.MonkeyPatch) -> None:
    data = write_newsml(NewsItem(guid="urn:x:1"))
    assert _xpath(data, "//g:itemMeta/nk:versionCreatedFilled") != []
    assert read_newsml(data).item.version_created is None
    given_item = NewsItem(guid="urn:x:1", version_created=datetime(2022, 12, 28, tzinfo=UTC))
    assert _xpath(write_newsml(given_item), "//g:versionCreated/text()") == ["2022-12-28T00:00:00Z"]


def test_schema_xsd_prints_a_schema_that_accepts_a_sample_and_refuses_a_broken_one() -> None:
    """What `schema --xsd` prints is judged by what it does, not by the file it was read from: it
    compiles as an XSD (its imports resolved beside the shipped profile), takes a sample golden and
    refuses that golden without its guid or with an unknown extension element."""
    result = CliRunner().invoke(main, ["schema", "--xsd"])
    assert result.exit_code == 0
    printed = etree.fromstring(result.stdout_bytes, base_url=str(schema_path("newsml-kit-g2.xsd")))
    assert etree.QName(printed).localname == "schema"
    schema = etree.XMLSchema(printed)
    document = parse_xml((REPO / "samples" / "conference-danang.newsml.xml").read_bytes()).root
    assert schema.validate(document), schema.error_log
    no_guid = etree.fromstring(etree.tostring(document))
    del no_guid.attrib["guid"]
    assert not schema.validate(no_guid)
    unknown = etree.fromstring(etree.tostring(document))
    meta = unknown.find("g:contentMeta", NS)
    assert meta is not None
    etree.SubElement(meta, f"{{{NK}}}noSuchElement").text = "x"
    assert not schema.validate(unknown)


def test_format_is_registered() -> None:
    from newsml_kit.formats import get_format
    from newsml_kit.formats.g2 import read_g2

    fmt = get_format("newsml")
    assert fmt.reader is read_g2
    assert fmt.writer is write_newsml
    assert fmt.extension == ".xml"


# --- the seed ---------------------------------------------------------------------------------


def test_seed_text_to_newsml_to_text_is_byte_identical_and_carries_the_facts(seed_path: Path) -> None:
    raw = seed_path.read_bytes()
    data = write_newsml(read_text(raw).item)
    assert_valid(data)
    assert write_text(read_newsml(data).item) == raw

    def person(name: str) -> str:
        return f"//g:subject[@type='cpnat:person'][g:name='{name}']/@qcode"

    to = _xpath(data, person("Trần Quốc Tỏ"))[0]
    assert _xpath(data, f"//g:assert[@qcode='{to}']/g:personDetails/nk:rank/text()") == ["Thượng tướng"]
    assert "Thứ trưởng Bộ Công an" in _xpath(data, f"//g:assert[@qcode='{to}']//nk:title/text()")
    assert _xpath(data, "//g:subject[@type='cpnat:event']/g:name/text()")
    assert "Bộ Công an" in _xpath(data, "//g:subject[@type='cpnat:organisation']/g:name/text()")
    assert "Hà Nội" in _xpath(data, "//g:subject[@type='cpnat:geoArea']/g:name/text()")
    assert _xpath(data, "//g:contentCreated/text()") == ["2022-12"]
    assert "12-NQ/TW" in _xpath(data, "//nk:document/nk:number/text()")
    assert _xpath(data, "//nk:award/nk:name/text()")
    assert set(_xpath(data, "//h:span[contains(@class, 'credit')]/text()")) == {"Tiến Dũng"}
    assert _xpath(data, "//h:p[@class='caption']")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<nk:value>2023-09-17</nk:value>", "<nk:value>2023-02-30</nk:value>"),
        ("<nk:value>1963</nk:value>", "<nk:value>0000</nk:value>"),
        ("<nk:end>2023</nk:end>", "<nk:end>2023-02-29</nk:end>"),
        ("<nk:date>2023-09-05</nk:date>", "<nk:date>2023-04-31</nk:date>"),
    ],
)
def test_a_date_the_profile_allows_but_the_calendar_does_not_is_a_parse_error_at_its_line(
    old: str, new: str
) -> None:
    # Regression: the profile's pattern lets such a date through and the reader raised a bare
    # ValueError ("internal error", no file or line).
    data = (REPO / "samples" / "award-ceremony-haiphong.newsml.xml").read_text(encoding="utf-8")
    assert old in data
    line = data[: data.index(old)].count("\n") + 1
    edited = data.replace(old, new, 1).encode()
    assert lxml_schema(schema_path("newsml-kit-g2.xsd")).validate(parse_xml(edited).root)
    with pytest.raises(ParseError) as caught:
        read_newsml(edited)
    assert "is not a date" in caught.value.message
    assert caught.value.location.line == line
