"""Agency G2 as it really comes (issue 15), each failure class on a team-written document:
``<br/>`` inside a paragraph, a body in a vocabulary the reader does not know, G2 without its
namespace, an undefined ``xsi`` prefix."""

from __future__ import annotations

import pytest
from lxml import etree

from newsml_kit import read, write
from newsml_kit.errors import ParseError
from newsml_kit.fidelity import compare
from newsml_kit.formats.base import ReadOptions
from newsml_kit.formats.g2 import G2
from newsml_kit.formats.g2.agency_read import read_foreign
from newsml_kit.formats.text.export import export_text_reported
from newsml_kit.model import Block, NewsItem
from newsml_kit.validate import validate_path
from newsml_kit.xmlsafe import parse_xml
from support.paths import TESTS

DATA = TESTS / "data" / "g2"


def test_a_br_in_a_paragraph_is_a_line_break_and_is_written_back() -> None:
    result = read(DATA / "br-in-paragraph.xml")
    texts = [block.text for block in result.item.body]
    assert texts == [
        "Harbourtown/Northport\nThe late ferry runs on Fridays.",
        "Tickets at the quay\nor on board.",
    ]
    out = write(result.item, "newsml")
    assert out.count(b"<br/>") == 2  # the markup is kept while it says what the model says
    assert [block.text for block in read(out).item.body] == texts


def test_a_body_in_an_unknown_vocabulary_is_taken_in_and_named_in_a_warning() -> None:
    result = read(DATA / "unknown-vocabulary.xml")
    assert [block.text for block in result.item.body] == [
        "The harbour board met on Monday.",
        "It approved the new quay.",
    ]
    warning = next(w for w in result.warnings if w.code == "NK-G2-112")
    assert "{urn:example:editor}story" in warning.message
    assert "11 words are taken into 2 body block(s)" in warning.message
    assert warning.location.line == 11
    assert b"It approved the new quay." in write(result.item, "newsml")


VENDOR_BODY = [
    "QUAY-OPENS",
    "Northport/Harbourtown\nThe new quay opened on Tuesday.",
    "The mayor cut the ribbon at nine, an hour late.",
    "Ferries will dock there from May.",
    "Tickets cost less",  # inline elements side by side are one paragraph
    "Monday to Friday: six sailings\nWeekends: four",
]


def _inline_document(data: bytes) -> bytes:
    root = etree.fromstring(data)
    inline = root.find(f"{{{G2}}}contentSet/{{{G2}}}inlineXML")
    assert inline is not None
    return etree.tostring(inline)


def test_a_vendor_vocabulary_body_is_read_by_structure_and_written_back_as_it_came() -> None:
    path = DATA / "vendor-vocabulary.xml"
    result = read(path)
    assert [block.text for block in result.item.body] == VENDOR_BODY
    warning = next(w for w in result.warnings if w.code == "NK-G2-112")
    assert "{urn:example:vendor-editor}document" in warning.message
    assert "taken into 6 body block(s)" in warning.message
    # G2 output gives the vendor's XML back as it came, markup, comment and all.
    out = write(result.item, "newsml")
    assert _inline_document(out) == _inline_document(path.read_bytes())
    assert compare(etree.parse(str(path)).getroot(), etree.fromstring(out)).share == 1.0
    assert read(out).item == result.item
    assert validate_path(path).status == "valid"


@pytest.mark.parametrize("fmt", ["json", "ninjs", "text"])
def test_a_vendor_vocabulary_body_reaches_every_output(fmt: str) -> None:
    item = read(DATA / "vendor-vocabulary.xml").item
    data = write(item, fmt) if fmt != "text" else export_text_reported(item, "vendor-vocabulary.xml")[0]
    back = read(data, format=fmt).item
    words = " ".join(block.text for block in back.body).split()
    assert words == " ".join(VENDOR_BODY).split()


def test_an_edited_vendor_body_shows_in_g2_and_reads_back() -> None:
    item = read(DATA / "vendor-vocabulary.xml").item
    june = Block(text="Ferries dock there from June.")
    body = [*item.body[:3], june, *item.body[4:], Block(text="More soon.")]
    edited = item.model_copy(update={"body": body})
    out = write(edited, "newsml")
    assert b"<ed:body>Ferries dock there from June.</ed:body>" in out
    assert b"<ed:em>at nine</ed:em>" in out  # markup kept while it says what the model says
    assert read(out).item.body == body


def test_g2_without_its_namespace_is_read_with_a_warning() -> None:
    result = read(DATA / "no-namespace.xml")
    assert result.item.headline == "Quay approved"
    assert result.item.version == 2
    warning = next(w for w in result.warnings if "without its namespace" in w.message)
    assert warning.location.file is not None
    assert warning.location.file.endswith("no-namespace.xml")
    assert warning.location.line in (3, 4)  # the root's start tag (libxml2 gives the line it ends on)
    # Written back as G2, in its namespace.
    out = write(result.item, "newsml")
    assert b'xmlns="http://iptc.org/std/nar/2006-10-01/"' in out
    assert validate_path(DATA / "no-namespace.xml").status == "invalid"  # the file itself is no valid G2


def test_an_undefined_xsi_prefix_is_a_located_error_in_lxml_words() -> None:
    with pytest.raises(ParseError) as error:
        read(DATA / "undefined-xsi-prefix.xml")
    location = error.value.location
    assert location.file is not None
    assert location.file.endswith("undefined-xsi-prefix.xml")
    assert location.line in (3, 4, 5)  # the root's start tag
    assert location.column is not None
    assert "Namespace prefix xsi" in str(error.value)
    assert "unsupported format" not in str(error.value)


def test_a_package_keeps_its_structure_and_lists_its_group_references() -> None:
    path = DATA / "package.xml"
    result = read(path)
    assert result.items == ()
    warning = next(w for w in result.warnings if "packageItem" in w.message)
    assert "root: group stories" in warning.message
    assert (
        "stories: urn:newsml:newsml-kit.example:2026:quay, urn:newsml:newsml-kit.example:2026:ferry"
        in warning.message
    )
    assert result.message is not None
    out = write(result.message, "newsml")
    assert out.count(b"<itemRef") == 2
    assert b'<groupRef idref="stories"/>' in out
    assert validate_path(path).status == "valid"


def test_a_vendor_vocabulary_body_reads_the_same_with_and_without_the_deferred_carriage() -> None:
    data = (DATA / "vendor-vocabulary.xml").read_bytes()
    options = ReadOptions(source="vendor-vocabulary.xml")

    def read_with(shortcuts: bool) -> NewsItem:
        document = parse_xml(data, source=options.source)
        result = read_foreign(data, document, options, lambda own: read(own).item, shortcuts=shortcuts)
        return result.item

    deferred, eager = read_with(True), read_with(False)
    assert deferred.body == eager.body
    assert deferred.raw_g2 == eager.raw_g2
