"""The public Python API."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsml_kit
from newsml_kit import NewsItem, NewsmlKitError, ParseError, UnsupportedFormatError, read, write
from support.strategies import news_items


def test_read_takes_bytes_or_a_path(tmp_path: Path) -> None:
    data = " date 2022-12 Một đoạn.".encode()
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    from_path = read(path)
    from_str = read(str(path))
    from_bytes = read(data, source=str(path))
    assert from_path.item == from_str.item == from_bytes.item


def test_write_then_read_json() -> None:
    item = NewsItem(guid="urn:x", headline="Tiêu đề")
    assert read(write(item, "json")).item == item


def test_write_to_an_unknown_format_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError, match="docx is not supported"):
        write(NewsItem(guid="urn:x"), "docx")


def test_write_text_round_trips_through_the_api() -> None:
    data = " date 2022-12 Đoạn một.\n\nĐoạn hai.".encode()
    assert write(read(data).item, "text") == data


def test_errors_carry_the_source_name() -> None:
    with pytest.raises(ParseError) as caught:
        read(b"{ nope", source="feed.json")
    assert caught.value.location.file == "feed.json"
    assert caught.value.location.line == 1
    assert str(caught.value).startswith("feed.json:1:3: error: invalid JSON")


def test_every_error_is_a_newsml_kit_error() -> None:
    for bad in (b"{", b"\xff\xfe\x00<", b"<NewsML/>", b'{"a": 1}', b"\xff\xff\xff"):
        with pytest.raises(NewsmlKitError):
            read(bad)


def test_public_names() -> None:
    for name in newsml_kit.__all__:
        assert hasattr(newsml_kit, name), name


@given(st.binary(max_size=300))
def test_random_bytes_give_a_result_or_a_newsml_kit_error(data: bytes) -> None:
    try:
        read(data, source="fuzz.bin")
    except NewsmlKitError as exc:
        error: NewsmlKitError | None = exc
    else:
        error = None
    assert error is None or error.location.file == "fuzz.bin"


@given(news_items(), st.data())
def test_truncated_canonical_json_gives_a_located_error(item: NewsItem, data: st.DataObject) -> None:
    written = write(item, "json")
    cut = data.draw(st.integers(min_value=1, max_value=len(written) - 2))
    with pytest.raises(NewsmlKitError) as caught:
        read(written[:cut], source="cut.json")
    assert caught.value.location.file == "cut.json"
