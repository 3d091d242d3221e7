"""Agency G2 as it really comes (issue 15), each failure class on a team-written document:
``<br/>`` inside a paragraph, a body in a vocabulary the reader does not know, G2 without its
namespace, an undefined ``xsi`` prefix."""

from __future__ import annotations

import pytest

from newsml_kit import read, write
from newsml_kit.errors import ParseError
from newsml_kit.validate import validate_path
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


def test_a_body_in_an_unknown_vocabulary_is_named_in_a_warning_and_kept_for_g2() -> None:
    result = read(DATA / "unknown-vocabulary.xml")
    assert result.item.body == []
    warning = next(w for w in result.warnings if "vocabulary" in w.message)
    assert "{urn:example:editor}story" in warning.message
    assert "11 words" in warning.message
    assert warning.location.line == 11
    assert b"It approved the new quay." in write(result.item, "newsml")


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
