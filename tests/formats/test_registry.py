"""The registry entry is the one wiring point: a format defined here, in the test, and added to the
registry for the test only, is detected, read and validated with no other change (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import newsml_kit
from newsml_kit.errors import Location, ParseError, UnsupportedFormatError
from newsml_kit.formats import REGISTRY, detect_format, readable_formats
from newsml_kit.formats.base import DEFAULT_OPTIONS, Format, ReadOptions, ReadResult, Validation
from newsml_kit.formats.detect import Head
from newsml_kit.model import Block, NewsItem
from newsml_kit.validate import validate_bytes
from newsml_kit.xmlsafe import parse_xml

TOY = "urn:example:toy"
TOY_XSD = f"""<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{TOY}"
           xmlns="{TOY}" elementFormDefault="qualified">
  <xs:element name="toy">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="headline" type="xs:string"/>
        <xs:element name="p" type="xs:string" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="guid" type="xs:token" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""
GOOD = f'<toy xmlns="{TOY}" guid="toy-1"><headline>Hello</headline><p>One.</p><p>Two.</p></toy>'.encode()
# Readable (the reader needs only a guid) but not valid: the schema wants a headline first.
INVALID = f'<toy xmlns="{TOY}" guid="toy-2"><p>One.</p></toy>'.encode()


def sniff_toy(head: Head) -> bool:
    return head.root.local == "toy" and head.root.namespace == TOY


def read_toy(data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> ReadResult:
    root = parse_xml(data, source=options.source).root
    guid = root.get("guid")
    if guid is None:
        raise ParseError("toy without a guid", Location(file=options.source, line=root.sourceline))
    headline = root.findtext(f"{{{TOY}}}headline")
    body = [Block(text=p.text or "") for p in root.iter(f"{{{TOY}}}p")]
    return ReadResult(items=(NewsItem(guid=guid, headline=headline, body=body),))


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Format:
    """The toy format in the registry for one test (monkeypatch takes it out again)."""
    xsd = tmp_path / "toy.xsd"
    xsd.write_text(TOY_XSD, encoding="utf-8")
    fmt = Format(
        name="toy",
        title="Toy XML",
        reader=read_toy,
        extension=".toy.xml",
        syntax="xml",
        sniff=sniff_toy,
        validation=Validation("xsd", schema=str(xsd)),
    )
    monkeypatch.setitem(REGISTRY, "toy", fmt)
    return fmt


def test_without_its_entry_the_toy_format_is_unknown() -> None:
    assert "toy" not in REGISTRY
    with pytest.raises(UnsupportedFormatError, match=r"XML with root element \{urn:example:toy\}toy"):
        detect_format(GOOD)


def test_a_toy_format_in_the_registry_is_detected(toy: Format) -> None:
    assert detect_format(GOOD) == "toy"
    assert "toy" in readable_formats()
    # The formats already registered are recognised as before.
    assert detect_format(b"<nitf><head/><body/></nitf>") == "nitf"
    assert detect_format(b"plain words") == "text"


def test_a_toy_format_in_the_registry_is_read(toy: Format, tmp_path: Path) -> None:
    path = tmp_path / "story.xml"
    path.write_bytes(GOOD)
    item = newsml_kit.read(path).item
    assert item.guid == "toy-1"
    assert item.headline == "Hello"
    assert [block.text for block in item.body] == ["One.", "Two."]


def test_a_toy_format_in_the_registry_is_validated_against_its_schema(toy: Format) -> None:
    good = validate_bytes(GOOD, "good.xml")
    assert (good.format, good.status, good.errors) == ("toy", "valid", ())
    assert good.schema is not None
    assert good.schema.endswith("toy.xsd")
    bad = validate_bytes(INVALID, "bad.xml")
    assert (bad.format, bad.status) == ("toy", "invalid")
    assert bad.errors[0].location.line == 1
    assert "headline" in bad.errors[0].message
    # The schema really is the one that judged: it accepts what the reader reads.
    assert etree.XMLSchema(etree.fromstring(TOY_XSD.encode())).validate(etree.fromstring(GOOD))


def test_a_format_without_validation_is_skipped_by_name(toy: Format, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(REGISTRY, "toy", Format(name="toy", title="Toy XML", syntax="xml", sniff=sniff_toy))
    result = validate_bytes(GOOD, "good.xml")
    assert result.status == "skipped"
    assert result.warnings[0].message == "Toy XML: no schema to validate against; skipped"
