"""Detection by content, never by file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsml_kit import UnsupportedFormatError, read
from newsml_kit.formats import detect_format
from newsml_kit.formats.json import write_json
from newsml_kit.model import NewsItem

G2 = b'<?xml version="1.0"?>\n<!-- feed -->\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"/>'
G2_PREFIXED = (
    b'<nar:newsMessage xmlns:nar="http://iptc.org/std/nar/2006-10-01/"><nar:header/></nar:newsMessage>'
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (G2, "newsml"),
        (G2_PREFIXED, "newsml"),
        (
            b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'
            b'<!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf><head/></nitf>',
            "nitf",
        ),
        (b'{"uri": "http://x", "headline": "h", "version": "2"}', "ninjs"),
        (b'{"total": 1, "item": [{"guid": "g", "body_html": "<p/>"}]}', "ninjs"),
        (write_json(NewsItem(guid="urn:x")), "json"),
        (b" date 2022-12 Ng\xc3\xa0y 28/12", "text"),
        (b"# doc_id = a\nHeadline\n", "text"),
        (b"\xef\xbb\xbfPlain text with a BOM", "text"),
        (b"", "text"),
    ],
)
def test_formats_are_recognised_by_content(data: bytes, expected: str) -> None:
    assert detect_format(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body/></html>", "root element html"),
        (b'<newsItem xmlns="urn:not-iptc"/>', "root element {urn:not-iptc}newsItem"),
        (b'{"hello": "world"}', "neither newsml-kit canonical JSON nor ninjs"),
        (b'{"headline": "one ninjs-like key is not enough"}', "neither newsml-kit canonical JSON nor ninjs"),
        (b"[1, 2]", "neither newsml-kit canonical JSON nor ninjs"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ],
)
def test_anything_else_is_an_unsupported_format(data: bytes, reason: str) -> None:
    with pytest.raises(UnsupportedFormatError, match="unsupported format") as caught:
        read(data, source="feed.bin")
    assert reason in str(caught.value)
    assert caught.value.location.file == "feed.bin"


def test_a_file_name_does_not_decide_the_format(tmp_path: Path) -> None:
    misleading = tmp_path / "article.xml"
    misleading.write_bytes(write_json(NewsItem(guid="urn:x", headline="h")))
    assert read(misleading).item.headline == "h"


def test_recognised_but_not_yet_readable_formats_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whichever formats are still pending: the mechanism, with a name of our own.
    from newsml_kit import formats

    monkeypatch.setitem(formats.KNOWN_NAMES, "pending", "Pending Format")
    with pytest.raises(UnsupportedFormatError, match="Pending Format is not supported by this version"):
        read(b"anything", format="pending", source="story.xml")


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><NewsML Version="1.2"><NewsEnvelope/></NewsML>',
        b'<NewsML xmlns="http://iptc.org/std/NewsML/2003-10-10/"><NewsItem/></NewsML>',
    ],
)
def test_newsml_1_is_recognised_as_its_own_format(data: bytes) -> None:
    """NewsML 1.x was refused as unsupported; it has a reader of its own now
    (tests/formats/newsml1/test_newsml1.py)."""
    assert detect_format(data) == "newsml1"


def test_real_newsml1_files_are_recognised(shared: Path) -> None:
    for path in sorted((shared / "corpus" / "newsml1").iterdir()):
        assert detect_format(path.read_bytes()) == "newsml1", path.name


def test_official_ninjs_examples_of_every_version_are_recognised(shared: Path) -> None:
    examples = sorted((shared / "standards" / "ninjs" / "examples").glob("*/*.json"))
    assert examples
    for path in examples:
        assert detect_format(path.read_bytes()) == "ninjs", path.name


def test_real_agency_files_are_recognised(shared: Path) -> None:
    corpus = shared / "corpus"
    for folder, expected in (("newsmlg2", "newsml"), ("nitf", "nitf"), ("ninjs", "ninjs")):
        for path in sorted((corpus / folder).iterdir()):
            if path.name.startswith("LISTING_25"):
                continue  # a bare contentSet fragment, not a document
            assert detect_format(path.read_bytes()) == expected, path.name
