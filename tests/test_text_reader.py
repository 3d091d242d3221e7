"""The minimal plain-text reader: layouts, verbatim paragraphs, guids from the source's identity."""

from __future__ import annotations

import unicodedata
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
    assert len(paths) == 203
    for path in paths:
        item = read(path).item
        assert item.body, path.name


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


def test_unknown_header_fields_are_warned_about_not_silently_dropped() -> None:
    result = read(b"# doc_id = x\n# author = someone\nBody.", source="x.txt")
    assert [str(w) for w in result.warnings] == [
        "x.txt: warning: header field 'author' has no place in the model yet; ignored"
    ]


def test_a_control_character_is_reported_with_line_and_column() -> None:
    with pytest.raises(ParseError, match="control character U\\+0001") as caught:
        read(b" date 2022-12 First.\n\nSec\x01ond.", source="x.txt")
    assert (caught.value.location.line, caught.value.location.column) == (3, 4)
