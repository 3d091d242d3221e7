"""The minimal plain-text reader: layouts, verbatim paragraphs, guids from the source's identity."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsml_kit import ParseError, read
from newsml_kit.dates import PartialDate
from newsml_kit.model import SourceId, TextLayout


def test_seed_is_read_in_the_corpus_layout(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    item = read(seed_path).item
    assert item.text_layout is TextLayout.CORPUS
    assert item.content_created == PartialDate(2022, 12)
    assert item.guid == "urn:newsml-kit:file:000_c3cdf694cfdd003e:2022-12"
    # Every paragraph verbatim, in order, nothing lost: the header plus the paragraphs rebuild the file.
    assert " date 2022-12 " + "\n\n".join(block.text for block in item.body) == raw


def test_comment_header_layout(shared: Path) -> None:
    path = shared / "corpus" / "vi" / "unc" / "news_business_001.txt"
    item = read(path).item
    assert item.text_layout is TextLayout.COMMENT_HEADER
    assert item.guid == "urn:newsml-kit:doc:news_business_001"
    assert item.content_created == PartialDate(2020, 10, 1)
    assert item.source_ids[0] == SourceId(type="doc_id", value="news_business_001")
    assert item.source_ids[1].type == "url"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert [block.text for block in item.body] == [line for line in lines[3:] if line.strip()]


def test_every_shared_vietnamese_article_reads(shared: Path) -> None:
    paths = sorted((shared / "corpus" / "vi" / "unc").glob("*.txt"))
    assert paths, "no articles in corpus/vi/unc"
    for path in paths:
        result = read(path)
        assert result.item.body, path.name
        assert (result.encoding, result.warnings) == ("utf-8", ()), path.name


def test_crlf_and_bom_are_accepted() -> None:
    data = "\ufeff date 2022-12 Đoạn một.\r\n\r\nĐoạn hai.".encode()
    item = read(data).item
    assert [block.text for block in item.body] == ["Đoạn một.", "Đoạn hai."]


def test_nfd_text_stays_as_it_came() -> None:
    nfd = unicodedata.normalize("NFD", " date 2022-12 Hội nghị tổng kết.")
    item = read(nfd.encode()).item
    assert item.body[0].text == nfd[len(" date 2022-12 ") :]
    assert item.body[0].text != unicodedata.normalize("NFC", item.body[0].text)


def test_no_header_at_all() -> None:
    item = read(b"First paragraph.\n\nSecond paragraph.\n", source="notes.txt").item
    assert item.text_layout is TextLayout.BARE
    assert item.guid == "urn:newsml-kit:file:notes:undated"
    assert [block.text for block in item.body] == ["First paragraph.", "Second paragraph."]


def test_guid_comes_from_identity_not_from_the_body() -> None:
    first = read(" date 2022-12 Bản gốc.".encode(), source="a/b/article 1.txt").item
    corrected = read(" date 2022-12 Bản đã sửa.".encode(), source="a/b/article 1.txt").item
    assert first.guid == corrected.guid == "urn:newsml-kit:file:article%201:2022-12"


def test_bad_header_date_is_an_error_with_a_location() -> None:
    with pytest.raises(ParseError, match=r"header date '20221341'") as caught:
        read(b"# doc_id = x\n# date = 20221341\nBody.", source="x.txt")
    assert caught.value.location.file == "x.txt"


def test_unknown_encoding_is_a_clear_error() -> None:
    with pytest.raises(ParseError, match="unknown encoding 'klingon'"):
        read(b"text", format="text", encoding="klingon")


def test_unknown_header_fields_are_kept_as_source_ids_in_header_order() -> None:
    result = read(b"# author = someone\n# doc_id = x\n# date = 2022\n# desk = vi\nBody.", source="x.txt")
    assert result.warnings == ()
    assert result.item.source_ids == [
        SourceId(type="author", value="someone"),
        SourceId(type="doc_id", value="x"),
        SourceId(type="desk", value="vi"),
    ]
    assert result.item.content_created == PartialDate(2022)


def test_repeated_source_id_keys_keep_every_value_and_the_guid_uses_the_first() -> None:
    result = read(b"# doc_id = a1\n# doc_id = a2\nBody.", source="x.txt")
    assert [s.value for s in result.item.source_ids] == ["a1", "a2"]
    assert result.item.guid == "urn:newsml-kit:doc:a1"
    assert [str(w) for w in result.warnings] == [
        "x.txt:2: warning: header field 'doc_id' repeated; every value is kept, in order [NK-TXT-107]"
    ]


def test_repeated_date_warns_and_the_last_wins() -> None:
    result = read(b"# date = 20200101\n# date = 20210101\nBody.", source="x.txt")
    assert result.item.content_created == PartialDate(2021, 1, 1)
    assert "the last value wins" in str(result.warnings[0])


def test_empty_header_value_is_warned_about_and_ignored() -> None:
    result = read(b"# doc_id = x\n# author =\nBody.", source="x.txt")
    assert result.item.source_ids == [SourceId(type="doc_id", value="x")]
    assert [str(w) for w in result.warnings] == [
        "x.txt:2: warning: header field 'author' has no value; ignored [NK-TXT-106]"
    ]


def test_explicit_headline_in_the_comment_header() -> None:
    item = read("# doc_id = x\n# headline = Tiêu đề\nĐoạn một.\nĐoạn hai.".encode()).item
    assert item.headline == "Tiêu đề"
    assert [b.text for b in item.body] == ["Đoạn một.", "Đoạn hai."]


def test_without_a_headline_field_every_body_line_stays_a_paragraph(shared: Path) -> None:
    path = shared / "corpus" / "vi" / "unc" / "news_business_002.txt"
    item = read(path).item
    assert item.headline is None
    assert item.body[0].text.startswith("Ngành thuế")


def test_a_datetime_in_the_comment_header() -> None:
    item = read(b"# date = 2022-12-28T09:30:00+07:00\nBody.").item
    assert item.content_created == datetime(2022, 12, 28, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    with pytest.raises(ParseError, match="needs a time zone offset"):
        read(b"# date = 2022-12-28T09:30:00\nBody.")


def test_a_hash_line_that_is_not_a_header_is_a_bare_paragraph() -> None:
    item = read(b"#hashtag news.\n\nSecond.\n").item
    assert item.text_layout is TextLayout.BARE
    assert [b.text for b in item.body] == ["#hashtag news.", "Second."]


def test_every_bbc_article_reads_in_the_headline_layout(shared: Path) -> None:
    paths = sorted((shared / "corpus" / "en" / "bbc").glob("*.txt"))
    assert paths
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        item = read(path).item
        assert item.text_layout is TextLayout.HEADLINE, path.name
        assert item.headline == raw.split("\n", 1)[0]
        assert item.headline + "\n\n" + "\n\n".join(b.text for b in item.body) + "\n" == raw


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        ("Short title\n\nA paragraph.\n", TextLayout.HEADLINE),
        ("Short title\n\n\n\nA paragraph.\n", TextLayout.HEADLINE),
        ("Pakistani women 'must not hide'\n\nA paragraph.\n", TextLayout.HEADLINE),
        ("A sentence ends here.\n\nA paragraph.\n", TextLayout.BARE),
        ('He said "stop."\n\nA paragraph.\n', TextLayout.BARE),
        ("Is it a question?\n\nA paragraph.\n", TextLayout.BARE),
        ("Two lines\nin the first block\n\nA paragraph.\n", TextLayout.BARE),
        ("Only a short line\n", TextLayout.BARE),
        ("x" * 201 + "\n\nA paragraph.\n", TextLayout.BARE),
        ("x" * 200 + "\n\nA paragraph.\n", TextLayout.HEADLINE),
    ],
)
def test_headline_or_bare(text: str, layout: TextLayout) -> None:
    assert read(text.encode()).item.text_layout is layout


def test_whitespace_only_lines_separate_paragraphs_and_inner_line_breaks_stay() -> None:
    item = read(b"One.\n \t\nTwo,\nstill two.\n\n\nThree.").item
    assert [b.text for b in item.body] == ["One.", "Two,\nstill two.", "Three."]


def test_cp1258_tones_stay_as_decoded_and_nfc_composes_them() -> None:
    # cp1258 spells "Hội" as H, ô, combining dot below, i: the text stays as decoded (as NFD text
    # does), extraction composes its own view, and --nfc composes the text itself.
    data = b" date 2022-12 H\xf4\xf2i nghi\xf2."
    item = read(data, format="text", encoding="cp1258").item
    assert item.body[0].text == "Hô\u0323i nghi\u0323."
    assert read(data, format="text", encoding="cp1258", nfc=True).item.body[0].text == "Hội nghị."


def test_undecodable_bytes_name_the_offset_and_the_option() -> None:
    with pytest.raises(ParseError, match=r"byte 0xE9 at offset 17 as utf-8; .*--encoding") as caught:
        read(" date 2022-12 Caf\xe9".encode("latin-1"), format="text", source="x.txt", encoding="utf-8")
    assert caught.value.location.file == "x.txt"


def test_a_control_character_is_dropped_with_a_warning_at_its_line_and_column() -> None:
    result = read(b" date 2022-12 First.\n\nSec\x01ond.", source="x.txt")
    assert result.item.body[1].text == "Second."
    (warning,) = result.warnings
    assert warning.message == "control character U+0001 dropped"
    assert (warning.location.file, warning.location.line, warning.location.column) == ("x.txt", 3, 4)


def test_strict_makes_a_control_character_an_error_at_its_line_and_column() -> None:
    with pytest.raises(ParseError, match="control character U\\+0001") as caught:
        read(b" date 2022-12 First.\n\nSec\x01ond.", source="x.txt", strict=True)
    assert (caught.value.location.line, caught.value.location.column) == (3, 4)


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\n\n  \n", b"\r\n"])
def test_empty_input_is_an_error_not_an_empty_article(data: bytes) -> None:
    with pytest.raises(ParseError, match="empty input") as caught:
        read(data, source="blank.txt", format="text")
    assert caught.value.location.file == "blank.txt"
