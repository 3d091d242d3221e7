"""The plain-text writer: byte round trips, a canonical fixed point, and the restrict law.

Plain text carries the header fields (date, source ids, headline), the layout and the body's
texts; ``restrict`` keeps exactly those. Every model either survives ``write_text`` then
``read_text`` under ``restrict``, or ``write_text`` refuses it naming a field ``problems`` lists.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from newsml_kit import read
from newsml_kit.dates import PartialDate, format_datetime
from newsml_kit.errors import WriteError
from newsml_kit.formats.base import ReadOptions
from newsml_kit.formats.text import FORMAT, HEADLINE_MAX, read_text, text_layout_of, write_text
from newsml_kit.model import (
    Block,
    BlockKind,
    DateOrDateTime,
    Message,
    NewsItem,
    Person,
    SourceId,
    TextLayout,
    TextRange,
)
from support.strategies import (
    GUID_EXCLUDED_CATEGORIES,
    LEGAL_EXCLUDED_CHARACTERS,
    dates_or_datetimes,
    ids,
    legal_chars,
    messages,
    news_items,
    partial_dates,
)

COMMENT_LINE = re.compile(r"# ?([A-Za-z_][\w.-]*) ?= ?(.*)")


# --- restrict and the carriable predicate ------------------------------------------------------


def _date_key(value: DateOrDateTime | None) -> str | None:
    # Compare datetimes by their written form: == on aware datetimes ignores the offset.
    if value is None:
        return None
    return format_datetime(value) if isinstance(value, datetime) else f"partial {value.isoformat()}"


def restrict(item: NewsItem) -> tuple[object, ...]:
    """What plain text carries: the layout, the header fields and the body's texts (not kinds or credits)."""
    return (
        text_layout_of(item),
        _date_key(item.content_created),
        item.source_ids,
        item.headline,
        [block.text for block in item.body],
    )


def _paragraph_ok(text: str, one_per_line: bool) -> bool:
    lines = text.split("\n")
    return (
        text == text.strip() != ""
        and "\r" not in text
        and not (one_per_line and len(lines) > 1)
        and all(line.strip() for line in lines)
    )


def _headline_like(text: str) -> bool:
    core = text.rstrip("\"'\u201d\u2019\u00bb)]")
    return 0 < len(text) <= HEADLINE_MAX and "\n" not in text and bool(core) and core[-1] not in ".!?…:;"


def _opens_badly(text: str) -> bool:
    return text.startswith("\ufeff") or COMMENT_LINE.fullmatch(text.split("\n")[0]) is not None


def problems(item: NewsItem) -> set[str]:
    """The fields that keep ``item`` from reading back the same from plain text: empty when carriable."""
    layout = text_layout_of(item)
    one_per_line = layout is TextLayout.COMMENT_HEADER
    found = {f"body.{i}.text" for i, b in enumerate(item.body) if not _paragraph_ok(b.text, one_per_line)}
    headline_ok = item.headline is None or _paragraph_ok(item.headline, one_per_line=True)
    if not headline_ok:
        found.add("headline")
    if layout is not TextLayout.COMMENT_HEADER:
        if item.source_ids:
            found.add("source_ids")
        if layout is not TextLayout.HEADLINE and item.headline is not None:
            found.add("headline")
    if layout is TextLayout.CORPUS and not isinstance(item.content_created, PartialDate):
        found.add("content_created")
    if layout in (TextLayout.HEADLINE, TextLayout.BARE) and item.content_created is not None:
        found.add("content_created")
    if layout is TextLayout.COMMENT_HEADER:
        found |= _comment_header_problems(item)
    if layout is TextLayout.HEADLINE:
        if item.headline is None or _opens_badly(item.headline) or not _headline_like(item.headline):
            found.add("headline")
        if not item.body:
            found.add("body")
    if layout is TextLayout.BARE and not item.body:
        found.add("body")
    if layout is TextLayout.BARE and item.body:
        first = item.body[0].text
        if _opens_badly(first) or (len(item.body) > 1 and _headline_like(first)):
            found.add("body.0.text")
    return found


def _comment_header_problems(item: NewsItem) -> set[str]:
    found = set()
    for i, source_id in enumerate(item.source_ids):
        # Any other key is written quoted as a JSON string (issue 15): only the own fields are refused.
        if source_id.type in ("date", "headline"):
            found.add(f"source_ids.{i}.type")
        if "\n" in source_id.value or "\r" in source_id.value:
            found.add(f"source_ids.{i}.value")
    if not item.source_ids and item.content_created is None and item.headline is None:
        found.add("text_layout")
    if item.body and COMMENT_LINE.fullmatch(item.body[0].text):
        found.add("body.0.text")
    return found


def assert_law(item: NewsItem) -> None:
    found = problems(item)
    event("carriable" if not found else "refused")
    if found:
        with pytest.raises(WriteError) as caught:
            write_text(item)
        assert caught.value.location.field in found, (caught.value, found)
        return
    written = write_text(item)
    back = read_text(written).item
    assert restrict(back) == restrict(item)
    assert write_text(back) == written  # idempotent


# --- strategies for carriable models ------------------------------------------------------------

# Strategies are built once and characters drawn from bounds, not through a filter per character
# (issue 20). No whitespace, CR, LF or BOM inside a word, and no '#' so a first line is never a
# header line: the legal characters less spaces (GUID_CHARS' bounds, checked in test_test_setup.py)
# less the BOM and '#'.
word_chars = st.characters(
    codec="utf-8",
    exclude_categories=GUID_EXCLUDED_CATEGORIES,
    exclude_characters=LEGAL_EXCLUDED_CHARACTERS + "\ufeff#",
)
words = st.lists(
    st.one_of(word_chars, st.sampled_from(["Ủy", "Uỷ", "e\u0301", "\U0001d518", "Đ"])), min_size=1, max_size=8
).map("".join)
separators = st.sampled_from([" ", " ", " ", "\xa0", "\t", " \u0301"])


_SEPARATED_WORDS = st.lists(st.tuples(separators, words), max_size=5)


@st.composite
def _lines(draw: st.DrawFn) -> str:
    first = draw(words)
    rest = draw(_SEPARATED_WORDS)
    return first + "".join(sep + word for sep, word in rest)


lines = _lines()


@st.composite
def _paragraphs(draw: st.DrawFn, one_per_line: bool) -> str:
    count = 1 if one_per_line else draw(st.integers(1, 3))
    return "\n".join(draw(lines) for _ in range(count))


@functools.cache
def paragraphs(one_per_line: bool) -> st.SearchStrategy[str]:
    return _paragraphs(one_per_line)


@functools.cache
def _paragraph_lists(one_per_line: bool, min_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(paragraphs(one_per_line), min_size=min_size, max_size=4)


@functools.cache
def safe_blocks(one_per_line: bool, min_size: int = 0) -> st.SearchStrategy[list[Block]]:
    return _safe_blocks(one_per_line, min_size)


@st.composite
def _safe_blocks(draw: st.DrawFn, one_per_line: bool, min_size: int) -> list[Block]:
    texts = draw(_paragraph_lists(one_per_line, min_size))
    result = []
    for text in texts:
        if draw(st.booleans()):
            result.append(Block(text=text))
        else:  # captions and credits are not carried: restrict keeps the text only
            result.append(Block(kind=BlockKind.CAPTION, text=text, credit=TextRange(start=0, end=len(text))))
    return result


headline_texts = lines.map(lambda text: text + " Hội nghị")  # ends in a letter: headline-like
header_keys = ids.filter(lambda k: k not in ("date", "headline"))  # [A-Za-z_][A-Za-z0-9_.-]{0,8}
# No CR or LF: legal_chars holds no control character at all.
header_values = st.text(legal_chars, min_size=1, max_size=12)
_HEADER_SOURCE_IDS = st.lists(st.builds(SourceId, type=header_keys, value=header_values), max_size=3)
_DATES = st.none() | dates_or_datetimes
_HEADLINES = st.none() | lines


_LAYOUTS = st.sampled_from(TextLayout)


@st.composite
def carriable_items(draw: st.DrawFn) -> NewsItem:
    """Items plain text can carry, over models that also hold fields text drops (guid, language, ...)."""
    layout = draw(_LAYOUTS)
    fields: dict[str, object] = {"text_layout": layout}
    if layout is TextLayout.CORPUS:
        fields |= {"content_created": draw(partial_dates()), "body": draw(safe_blocks(one_per_line=False))}
    elif layout is TextLayout.COMMENT_HEADER:
        source_ids = draw(_HEADER_SOURCE_IDS)
        date = draw(_DATES)
        headline = draw(_HEADLINES)
        if not source_ids and date is None and headline is None:
            source_ids = [SourceId(type="doc_id", value="d1")]
        body = draw(safe_blocks(one_per_line=True))
        fields |= {"source_ids": source_ids, "content_created": date, "headline": headline, "body": body}
    elif layout is TextLayout.HEADLINE:
        fields |= {
            "headline": draw(headline_texts),
            "body": draw(safe_blocks(one_per_line=False, min_size=1)),
        }
    else:
        body = draw(safe_blocks(one_per_line=False, min_size=1))  # an empty file is no article
        if len(body) > 1:  # a sentence, not a title, opens a bare text of several paragraphs
            body[0] = Block(text=body[0].text + ".")
        fields["body"] = body
    if layout is TextLayout.BARE or (layout is TextLayout.COMMENT_HEADER and draw(st.booleans())):
        fields["text_layout"] = layout if draw(st.booleans()) else None
    base = draw(news_items(content=False))  # body and entities are set or cleared below
    entities = ("event", "people", "organisations", "places", "documents", "awards", "dates")
    cleared = {name: None if name == "event" else [] for name in entities}  # mentions point into the body
    return NewsItem.model_validate(
        {**dict(base), "headline": None, "content_created": None, "source_ids": [], **cleared, **fields}
    )


# --- the laws -----------------------------------------------------------------------------------


@given(carriable_items())
def test_carriable_models_round_trip_under_restrict(item: NewsItem) -> None:
    assert problems(item) == set()
    assert_law(item)


@given(news_items())
def test_every_model_round_trips_or_is_refused_naming_a_field(item: NewsItem) -> None:
    assert_law(item)


@given(messages())
def test_a_message_of_one_item_is_written_as_that_item(message: Message) -> None:
    if len(message.items) != 1:
        with pytest.raises(WriteError) as caught:
            write_text(message)
        assert caught.value.location.field == "items"
        return
    found = problems(message.items[0])
    if found:
        with pytest.raises(WriteError) as caught:
            write_text(message)
        assert caught.value.location.field in {f"items.0.{field}" for field in found}
    else:
        assert write_text(message) == write_text(message.items[0])


# --- the shared files ----------------------------------------------------------------------------


def test_the_seed_round_trips_byte_for_byte(seed_path: Path) -> None:
    raw = seed_path.read_bytes()
    assert write_text(read_text(raw).item) == raw


def test_unc_files_reach_a_fixed_point_with_the_body_unchanged(shared: Path) -> None:
    paths = sorted((shared / "corpus" / "vi" / "unc").glob("*.txt"))
    assert paths, "no articles in corpus/vi/unc"
    for path in paths:
        raw = path.read_bytes()
        item = read_text(raw).item
        once = write_text(item)
        again = read_text(once).item
        assert write_text(again) == once, path.name
        assert [b.text for b in again.body] == [b.text for b in item.body], path.name
        assert restrict(again) == restrict(item), path.name
        # These files are already canonical (doc_id, url, date; one paragraph per line).
        assert once == raw, path.name


def test_bbc_files_round_trip_byte_for_byte(shared: Path) -> None:
    for path in sorted((shared / "corpus" / "en" / "bbc").glob("*.txt")):
        raw = path.read_bytes()
        assert write_text(read_text(raw).item) == raw, path.name


def _variants(raw: bytes) -> list[bytes]:
    crlf = raw.replace(b"\n", b"\r\n")
    return [crlf, b"\xef\xbb\xbf" + raw, b"\xef\xbb\xbf" + crlf, raw.replace(b"\n", b"\r")]


def test_crlf_and_bom_copies_read_identically(shared: Path, seed_path: Path) -> None:
    paths = [
        seed_path,
        shared / "corpus" / "vi" / "unc" / "news_business_001.txt",
        shared / "corpus" / "en" / "bbc" / "bbc_politics_018.txt",
    ]
    for path in paths:
        raw = path.read_bytes()
        expected = read_text(raw).item
        for variant in _variants(raw):
            assert read_text(variant).item == expected, path.name
            assert write_text(read_text(variant).item) == raw, path.name


# --- layouts and defaults -------------------------------------------------------------------------


def test_the_canonical_comment_header_writes_every_field_explicitly() -> None:
    item = NewsItem(
        guid="urn:x",
        source_ids=[SourceId(type="doc_id", value="d1"), SourceId(type="url", value="https://x/1")],
        content_created=PartialDate(2020, 10, 1),
        headline="Tiêu đề",
        body=[Block(text="Đoạn một."), Block(text="Đoạn hai.")],
    )
    expected = (
        "# doc_id = d1\n# url = https://x/1\n# date = 20201001\n# headline = Tiêu đề\nĐoạn một.\nĐoạn hai."
    )
    assert write_text(item) == expected.encode()


def test_partial_and_datetime_dates_in_the_comment_header() -> None:
    month = NewsItem(guid="urn:x", content_created=PartialDate(2022, 12), body=[Block(text="B.")])
    assert write_text(month) == b"# date = 2022-12\nB."
    early = NewsItem(guid="urn:x", content_created=PartialDate(2, 1, 3))
    assert write_text(early) == b"# date = 00020103"
    moment = read_text(b"# date = 2022-12-28T09:30:00+07:00\nB.").item
    assert write_text(moment) == b"# date = 2022-12-28T09:30:00+07:00\nB."


def test_other_header_fields_are_written_back_in_their_order() -> None:
    raw = b"# author = someone\n# doc_id = x\n# desk = vi\n# date = 2022\nBody."
    assert write_text(read_text(raw).item) == raw


def test_bare_is_the_default_without_header_fields() -> None:
    item = NewsItem(guid="urn:x", body=[Block(text="One."), Block(text="Two,\nstill two.")])
    assert write_text(item) == b"One.\n\nTwo,\nstill two.\n"


def test_an_item_with_nothing_to_write_is_refused_not_written_empty() -> None:
    # An empty file reads as "empty input", so writing one would not round-trip.
    with pytest.raises(WriteError, match="neither a header nor a paragraph") as caught:
        write_text(NewsItem(guid="urn:x"))
    assert caught.value.location.field == "body"


def test_fields_plain_text_does_not_carry_are_not_written() -> None:
    item = NewsItem(
        guid="urn:x",
        language="vi",
        byline="Tác giả",
        body=[Block(text="Ông An phát biểu.")],
        people=[Person(id="p1", name="An")],
    )
    assert write_text(item) == "Ông An phát biểu.\n".encode()


# --- refusals, one per rule -----------------------------------------------------------------------


def _item(**fields: object) -> NewsItem:
    return NewsItem.model_validate({"guid": "urn:x", **fields})


def _para(*texts: str) -> list[Block]:
    return [Block(text=text) for text in texts]


REFUSALS: list[tuple[str, NewsItem | Message, str, str]] = [
    ("blank line", _item(body=_para("One.", "Two.", "Three.", "a\n\nb")), "body.3.text", "blank line"),
    ("whitespace-only line", _item(body=_para("a\n \nb")), "body.0.text", "blank line"),
    (
        "line break, one per line",
        _item(headline="H", body=_para("a\nb")),
        "body.0.text",
        "line break in the one-paragraph-per-line",
    ),
    ("CR", _item(body=_para("a\rb")), "body.0.text", "carriage return"),
    ("leading whitespace", _item(body=_para(" a")), "body.0.text", "start or end with whitespace"),
    ("trailing NBSP", _item(body=_para("a\xa0")), "body.0.text", "start or end with whitespace"),
    ("empty paragraph", _item(body=_para("a.", "")), "body.1.text", "cannot be empty"),
    (
        "header value line break",
        _item(source_ids=[{"type": "url", "value": "a\nb"}]),
        "source_ids.0.value",
        "line break",
    ),
    ("reserved key", _item(source_ids=[{"type": "date", "value": "x"}]), "source_ids.0.type", "of its own"),
    ("empty headline", _item(headline=""), "headline", "empty headline"),
    ("headline line break", _item(headline="a\nb"), "headline", "one line"),
    ("headline whitespace", _item(headline="a "), "headline", "whitespace"),
    (
        "first body line looks like a header",
        _item(headline="H", body=_para("# a = b")),
        "body.0.text",
        "header line",
    ),
    (
        "comment header without fields",
        _item(text_layout="comment_header", body=_para("a")),
        "text_layout",
        "header field",
    ),
    ("corpus without date", _item(text_layout="corpus", body=_para("a")), "content_created", "needs a date"),
    (
        "corpus with a datetime",
        _item(text_layout="corpus", content_created="2022-12-28T09:30:00+07:00"),
        "content_created",
        "needs a date",
    ),
    (
        "corpus with a headline",
        _item(text_layout="corpus", content_created="2022-12", headline="H"),
        "headline",
        "no headline",
    ),
    (
        "corpus with source ids",
        _item(text_layout="corpus", content_created="2022", source_ids=[{"type": "a", "value": "b"}]),
        "source_ids",
        "no place for source ids",
    ),
    (
        "headline layout without headline",
        _item(text_layout="headline", body=_para("a")),
        "headline",
        "needs a headline",
    ),
    (
        "headline layout without body",
        _item(text_layout="headline", headline="H"),
        "body",
        "at least one paragraph",
    ),
    (
        "headline ending in a full stop",
        _item(text_layout="headline", headline="A sentence.", body=_para("a")),
        "headline",
        "sentence punctuation",
    ),
    (
        "headline too long",
        _item(text_layout="headline", headline="x" * (HEADLINE_MAX + 1), body=_para("a")),
        "headline",
        "at most",
    ),
    (
        "headline layout with a date",
        _item(text_layout="headline", headline="H", content_created="2022", body=_para("a")),
        "content_created",
        "no date",
    ),
    ("bare with a headline", _item(text_layout="bare", headline="H"), "headline", "no headline"),
    (
        "bare opening with a title",
        _item(body=_para("Short title", "A paragraph.")),
        "body.0.text",
        "reads back as a headline",
    ),
    ("bare opening with a BOM", _item(body=_para("\ufeffa.")), "body.0.text", "U\\+FEFF"),
    ("bare opening with a header line", _item(body=_para("#a=b")), "body.0.text", "header line"),
    ("empty message", Message(), "items", "this message has 0"),
    (
        "message of two items",
        Message(items=[_item(body=_para("a")), _item(body=_para("b"))]),
        "items",
        "this message has 2",
    ),
    ("message item", Message(items=[_item(body=_para(" a"))]), "items.0.body.0.text", "whitespace"),
]


@pytest.mark.parametrize(
    ("value", "field", "message"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_refusals_name_the_field(value: NewsItem | Message, field: str, message: str) -> None:
    with pytest.raises(WriteError, match=message) as caught:
        write_text(value)
    assert caught.value.location.field == field
    if isinstance(value, NewsItem):
        assert field in problems(value)


def test_the_error_reads_as_field_then_reason() -> None:
    with pytest.raises(WriteError) as caught:
        write_text(_item(body=_para("One.", "Two.", "Three.", "a\n\nb")))
    assert str(caught.value) == (
        "<input>: error: body.3.text: a paragraph cannot contain a blank line [NK-ERR-006]"
    )


# --- registration -------------------------------------------------------------------------------


def test_the_text_writer_is_registered() -> None:
    assert FORMAT.writer is write_text


def test_convert_to_text_on_the_command_line(seed_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsml_kit", "convert", str(seed_path), "--to", "text"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == seed_path.read_bytes()


def test_read_then_write_through_the_api(seed_path: Path) -> None:
    from newsml_kit import write

    assert write(read(seed_path).item, "text") == seed_path.read_bytes()


# "bấu A Á": the law's falsifying example after quoting came in (it still predicted a refusal).
@pytest.mark.parametrize(
    "key", ["doc id", "idType:USN", 'a "quoted" key', "dpa7901rendition:iptc7901Id", "bấu A Á"]
)
def test_a_source_id_type_that_is_no_plain_key_is_quoted_and_read_back(key: str) -> None:
    """Issue 15: an agency's id type with a colon was 'not a header key' and refused."""
    item = _item(source_ids=[{"type": key, "value": "x 1"}])
    data = write_text(item)
    assert data.splitlines()[0] == f"# {json.dumps(key, ensure_ascii=False)} = x 1".encode()
    back = read_text(data, ReadOptions(extract=False)).item
    assert back.source_ids == item.source_ids
