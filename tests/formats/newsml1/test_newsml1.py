"""The NewsML 1.x reader (formats/newsml1): the shared agency files with their body words intact, and
team-written documents for each part of the mapping and each repair (docs/newsml1.md)."""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newsml_kit import api
from newsml_kit.cli import main
from newsml_kit.errors import NewsmlKitError, ParseError
from newsml_kit.formats import ReadResult, readable_formats, writable_formats
from newsml_kit.model import BlockKind, PubStatus

WORD = re.compile(r"\w+")
DATA_CONTENT = re.compile(r"<DataContent>(.*?)</DataContent>", re.S)


def corpus(shared: Path) -> list[Path]:
    files = sorted((shared / "corpus" / "newsml1").iterdir())
    assert files
    return files


def source_body_words(data: bytes) -> Counter[str]:
    """The words of every DataContent of a file, found without the reader: the bytes as UTF-8 (else
    Latin-1), CDATA markers and tags dropped, character references expanded."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    words: Counter[str] = Counter()
    for section in DATA_CONTENT.findall(text):
        section = section.replace("<![CDATA[", " ").replace("]]>", " ")
        words.update(WORD.findall(html.unescape(re.sub(r"<[^>]*>", " ", section))))
    return words


def model_body_words(result: ReadResult) -> Counter[str]:
    return Counter(word for item in result.items for block in item.body for word in WORD.findall(block.text))


def test_newsml1_is_registered_for_reading_only() -> None:
    assert "newsml1" in readable_formats()
    assert "newsml1" not in writable_formats()


def test_every_shared_file_reads_with_its_body_words_intact(shared: Path) -> None:
    """Acceptance (issue 15): the body words of the source equal the words of the model's body."""
    for path in corpus(shared):
        result = api.read(path)
        assert result.message is not None, path.name
        source = source_body_words(path.read_bytes())
        assert source, f"{path.name}: no body in the source?"
        assert model_body_words(result) == source, path.name


def test_every_shared_file_converts_to_every_writable_format(shared: Path) -> None:
    for path in corpus(shared):
        for target in ("json", "newsml", "ninjs"):
            result = CliRunner().invoke(main, ["convert", str(path), "--to", target])
            assert result.exit_code == 0, (path.name, target, result.output)


def test_an_afp_item_maps_identity_dates_status_and_lines(shared: Path) -> None:
    result = api.read(shared / "corpus" / "newsml1" / "afp.xml")
    item = result.item
    assert item.guid == "urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1"
    assert item.version == 1
    assert item.version_created == datetime(2014, 8, 29, 13, 49, 51, tzinfo=UTC)
    assert item.headline == "Sweden court accepts receivership for Saab carmaker"
    assert item.dateline == "STOCKHOLM, Aug 29, 2014 (AFP) -"
    assert (item.language, item.provider, item.urgency, item.pub_status) == ("en", "AFP", 4, PubStatus.USABLE)
    # Repeated subject codes are one subject each.
    qcodes = [subject.qcode for subject in item.subjects]
    assert len(qcodes) == len(set(qcodes))
    assert "subj:04000000" in qcodes
    assert result.message is not None
    header = result.message.header
    assert (header.transmit_id, header.priority) == ("1672", 4)
    assert header.sent == datetime(2014, 8, 29, 13, 50, 6, tzinfo=UTC)
    # What the model has no field for is named, never dropped silently.
    warned = " ".join(w.message for w in result.warnings)
    for element in ("<SlugLine>", "<NewsProduct>", "<OfInterestTo>", "<Genre>"):
        assert f"NewsML {element} is not carried" in warned


def test_topic_names_and_news_lines_of_an_ana_item(shared: Path) -> None:
    item = api.read(shared / "corpus" / "newsml1" / "ana1.xml").item
    assert item.version_created == datetime(2018, 4, 4, 17, 58, 59, tzinfo=timezone(timedelta(hours=3)))
    assert [(s.qcode, s.name) for s in item.subjects][:2] == [
        ("subj:09003000", "Employment/Unemployment"),
        ("subj:09003002", "Job Layoffs"),
    ]
    assert item.description is not None
    assert item.description.startswith("Wage employment in the private sector")
    assert item.rights is not None
    assert item.rights.copyright_notice is not None


def test_a_utf8_file_declared_latin1_is_repaired_with_a_warning(shared: Path) -> None:
    result = api.read(shared / "corpus" / "newsml1" / "afp20.xml")
    assert result.item.headline is not None
    assert result.item.headline.startswith("Décès de Naomi Musenga")
    assert any("read as UTF-8" in w.message for w in result.warnings)


# --- team-written documents ---------------------------------------------------------------------------------

TWO_ITEMS = b"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope>
    <TransmissionId>T-77</TransmissionId>
    <SentFrom><Party FormalName="Harbour Wire"/></SentFrom>
    <DateAndTime>20240501T100000+0200</DateAndTime>
    <Priority FormalName="3"/>
  </NewsEnvelope>
  <NewsItem>
    <Identification>
      <NewsIdentifier>
        <ProviderId>harbour.example</ProviderId><DateId>20240501</DateId><NewsItemId>A1</NewsItemId>
        <RevisionId PreviousRevision="1" Update="N">2</RevisionId>
        <PublicIdentifier>urn:newsml:harbour.example:20240501:A1:2</PublicIdentifier>
      </NewsIdentifier>
    </Identification>
    <NewsManagement>
      <NewsItemType FormalName="News"/>
      <FirstCreated>20240501T080000Z</FirstCreated>
      <ThisRevisionCreated>20240501T094500Z</ThisRevisionCreated>
      <Status FormalName="Usable"/>
      <Urgency FormalName="2"/>
    </NewsManagement>
    <NewsComponent>
      <NewsLines>
        <HeadLine>Harbour opens its new quay</HeadLine>
        <ByLine>By Ann Writer</ByLine>
        <DateLine>PORT TOWN, May 1</DateLine>
        <CopyrightLine>(c) 2024 Harbour Wire</CopyrightLine>
        <SlugLine>harbour-quay</SlugLine>
      </NewsLines>
      <DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
      <ContentItem>
        <MediaType FormalName="Text"/>
        <MimeType FormalName="application/xhtml+xml"/>
        <DataContent>
          <html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p>The quay opened at dawn.</p>
            <p>Ships waited<br/>in line.</p>
          </body></html>
        </DataContent>
      </ContentItem>
      <ContentItem Href="quay.jpg">
        <MediaType FormalName="Photo"/>
        <MimeType FormalName="image/jpeg"/>
        <Characteristics>
          <SizeInBytes>2048</SizeInBytes>
          <Property FormalName="Width" Value="640"/>
          <Property FormalName="Height" Value="480"/>
        </Characteristics>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
  <NewsItem>
    <Identification>
      <NewsIdentifier>
        <ProviderId>harbour.example</ProviderId><DateId>20240501</DateId><NewsItemId>A2</NewsItemId>
        <RevisionId>1</RevisionId>
      </NewsIdentifier>
    </Identification>
    <NewsManagement>
      <NewsItemType FormalName="News"/>
      <ThisRevisionCreated>20240501T101500</ThisRevisionCreated>
      <Status FormalName="Embargoed"/>
    </NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Ferry timetable</HeadLine></NewsLines>
      <NewsComponent EquivalentsList="yes">
        <ContentItem>
          <Format FormalName="NITF3.1"/>
          <DataContent><nitf><body><body.content>
            <p>Ferries leave <em>hourly</em>.</p>
            <media media-type="image"><media-reference source="ferry.jpg"/>
              <media-caption>The morning ferry.</media-caption><media-producer>Photo: B. Lens</media-producer>
            </media>
          </body.content></body></nitf></DataContent>
        </ContentItem>
        <ContentItem>
          <MediaType FormalName="Text"/>
          <DataContent>Ferries leave hourly.</DataContent>
        </ContentItem>
      </NewsComponent>
      <Widget Kind="blue">a vendor's own element</Widget>
    </NewsComponent>
  </NewsItem>
</NewsML>
"""


@pytest.fixture(scope="module")
def two_items() -> ReadResult:
    return api.read(TWO_ITEMS, source="two.xml")


def warnings(result: ReadResult) -> list[str]:
    return [w.message for w in result.warnings]


def test_several_news_items_are_a_message_with_the_envelope_as_header(two_items: ReadResult) -> None:
    assert [item.headline for item in two_items.items] == ["Harbour opens its new quay", "Ferry timetable"]
    assert two_items.message is not None
    header = two_items.message.header
    assert (header.transmit_id, header.sender, header.priority) == ("T-77", "Harbour Wire", 3)
    assert header.sent == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def test_identification_management_and_news_lines(two_items: ReadResult) -> None:
    first = two_items.items[0]
    assert (first.guid, first.version, first.urgency) == ("urn:newsml:harbour.example:20240501:A1:2", 2, 2)
    assert first.first_created == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    assert first.version_created == datetime(2024, 5, 1, 9, 45, tzinfo=UTC)
    assert (first.byline, first.dateline, first.language) == ("By Ann Writer", "PORT TOWN, May 1", "en")
    assert first.rights is not None
    assert first.rights.copyright_notice == "(c) 2024 Harbour Wire"
    assert "NewsML <SlugLine> is not carried by the model" in warnings(two_items)


def test_an_xhtml_body_and_a_photo_content_item(two_items: ReadResult) -> None:
    first = two_items.items[0]
    assert [block.text for block in first.body] == ["The quay opened at dawn.", "Ships waited\nin line."]
    (photo,) = first.renditions
    assert (photo.href, photo.content_type, photo.width, photo.height, photo.size) == (
        "quay.jpg",
        "image/jpeg",
        640,
        480,
        2048,
    )


def test_an_nitf_body_is_read_by_the_nitf_body_code(two_items: ReadResult) -> None:
    second = two_items.items[1]
    assert [block.text for block in second.body] == [
        "Ferries leave hourly.",
        "The morning ferry. Photo: B. Lens",
    ]
    caption = second.body[1]
    assert caption.kind is BlockKind.CAPTION
    assert caption.credit is not None
    assert caption.text[caption.credit.start : caption.credit.end] == "Photo: B. Lens"
    assert [r.href for r in second.renditions] == ["ferry.jpg"]
    assert any("NITF <em> markup is not carried" in w for w in warnings(two_items))


def test_repairs_and_what_is_not_carried_are_warnings(two_items: ReadResult) -> None:
    second = two_items.items[1]
    said = warnings(two_items)
    # No PublicIdentifier: the guid is made of the identifier's parts.
    assert second.guid == "urn:newsml:harbour.example:20240501:A2:1"
    assert any("no usable PublicIdentifier: guid urn:newsml:harbour.example:20240501:A2:1" in w for w in said)
    # A time without a zone keeps its day only.
    assert second.version_created is None
    assert str(second.content_created) == "2024-05-01"
    assert any("<ThisRevisionCreated> '20240501T101500' has no time zone" in w for w in said)
    # Embargoed without a time: withheld rather than released early.
    assert second.pub_status is PubStatus.WITHHELD
    # The second of two equivalent forms of the body, and an unknown element, are named.
    assert "NewsML <ContentItem>: an equivalent form of the body already read, not kept" in said
    assert "NewsML <Widget> is not carried by the model" in said


def test_an_unknown_vocabulary_in_data_content_keeps_its_text_and_is_named() -> None:
    data = (
        TWO_ITEMS.replace(
            b"<DataContent>Ferries leave hourly.</DataContent>",
            b"<DataContent>Ferries leave hourly.</DataContent>",
        )
        .replace(
            b'<html xmlns="http://www.w3.org/1999/xhtml"><body>',
            b'<story xmlns="urn:vendor:editor"><body>',
        )
        .replace(b"</body></html>", b"</body></story>")
    )
    result = api.read(data, source="vendor.xml")
    assert [block.text for block in result.items[0].body] == [
        "The quay opened at dawn.",
        "Ships waited\nin line.",
    ]
    assert any(
        "{urn:vendor:editor}story elements, a vocabulary newsml-kit does not read" in w
        for w in warnings(result)
    )


def test_html_in_a_cdata_section_is_read_as_html() -> None:
    data = TWO_ITEMS.replace(
        b"<DataContent>Ferries leave hourly.</DataContent>",
        b"<DataContent>Ferries leave hourly.</DataContent>",
    )
    start = data.index(b"<DataContent>\n          <html")
    end = data.index(b"</DataContent>", start) + len(b"</DataContent>")
    cdata = b"<DataContent><![CDATA[<P>One &amp; two.</P>\n<P>Three<BR>four.</P>]]></DataContent>"
    result = api.read(data[:start] + cdata + data[end:], source="cdata.xml")
    assert [block.text for block in result.items[0].body] == ["One & two.", "Three\nfour."]


def test_a_document_without_news_items_is_an_error() -> None:
    with pytest.raises(ParseError, match="holds no <NewsItem>") as caught:
        api.read(b'<NewsML Version="1.2"><NewsEnvelope/></NewsML>', source="empty.xml")
    assert caught.value.location.file == "empty.xml"


def test_an_item_without_any_identifier_is_an_error_with_its_line() -> None:
    data = b"<NewsML>\n<NewsItem>\n<Identification/></NewsItem></NewsML>"
    with pytest.raises(ParseError, match="no PublicIdentifier") as caught:
        api.read(data, source="anon.xml")
    assert caught.value.location.line == 2


def test_entities_go_through_the_hardened_parser() -> None:
    data = b'<!DOCTYPE NewsML [<!ENTITY boom "kaboom">]><NewsML><NewsItem>&boom;</NewsItem></NewsML>'
    with pytest.raises(ParseError) as caught:
        api.read(data, source="dtd.xml")
    assert caught.value.location.file == "dtd.xml"


def test_validate_says_no_newsml1_schema_ships_rather_than_calling_it_plain_text(shared: Path) -> None:
    """A NewsML 1.x file is recognised by validate too: its verdict says that no schema ships."""
    path = corpus(shared)[0]
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert "no schema available for NewsML 1.x" in result.output
    assert "plain text" not in result.output


@settings(deadline=None)
@given(st.data())
def test_any_damaged_document_reads_or_fails_with_a_newsml_kit_error(data: st.DataObject) -> None:
    """Bad input gets a newsml_kit error saying where, never a bare exception."""
    start = data.draw(st.integers(0, len(TWO_ITEMS) - 1))
    length = data.draw(st.integers(1, 200))
    filler = data.draw(st.sampled_from([b"", b"<", b">", b"&", b"<P>", b"0", b"\xc3", b"<x:y>"]))
    damaged = TWO_ITEMS[:start] + filler + TWO_ITEMS[start + length :]
    error: NewsmlKitError | None = None
    try:
        api.read(damaged, format="newsml1", source="damaged.xml")
    except NewsmlKitError as exc:
        error = exc
    if error is not None:
        assert error.location.file == "damaged.xml"


PACKAGE = b"""<NewsML>
  <NewsItem>
    <Identification><NewsIdentifier><PublicIdentifier>urn:newsml:pkg.example:1:P:1</PublicIdentifier>
    </NewsIdentifier></Identification>
    <NewsManagement><ThisRevisionCreated>20240501T100000Z</ThisRevisionCreated></NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Package <Origin Href="#a">of the day</Origin></HeadLine></NewsLines>
      <NewsItem>
        <Identification><NewsIdentifier><PublicIdentifier>urn:newsml:pkg.example:1:A:1</PublicIdentifier>
        </NewsIdentifier></Identification>
        <NewsManagement><ThisRevisionCreated>20240501T100000Z</ThisRevisionCreated></NewsManagement>
        <NewsComponent>
          <NewsLines><HeadLine>Inner story</HeadLine></NewsLines>
          <ContentItem><DataContent>Inner words.</DataContent></ContentItem>
        </NewsComponent>
      </NewsItem>
    </NewsComponent>
  </NewsItem>
</NewsML>"""


def test_a_news_item_inside_a_component_is_an_item_of_its_own_with_a_warning() -> None:
    result = api.read(PACKAGE, source="package.xml")
    assert [item.headline for item in result.items] == ["Package of the day", "Inner story"]
    assert [block.text for block in result.items[1].body] == ["Inner words."]
    assert result.items[0].body == []
    said = warnings(result)
    assert "NewsML <NewsItem> inside a <NewsComponent> read as an item of the message; " in " ".join(said)
    assert "NewsML <NewsItem> has no text <DataContent>: the item has no body" in said
    # The headline's inline Origin gave its text; only its reference is named as not carried.
    assert "NewsML <Origin> attribute Href is not carried by the model" in said


def test_xhtml_without_its_namespace_is_read_as_html_too() -> None:
    data = TWO_ITEMS.replace(b'<html xmlns="http://www.w3.org/1999/xhtml">', b"<html>")
    result = api.read(data, source="plain-html.xml")
    assert [block.text for block in result.items[0].body] == [
        "The quay opened at dawn.",
        "Ships waited\nin line.",
    ]
    assert not any("unknown element" in w for w in warnings(result))


def test_the_second_equivalent_form_is_named_once() -> None:
    said = warnings(api.read(TWO_ITEMS, source="two.xml"))
    assert said.count("NewsML <ContentItem>: an equivalent form of the body already read, not kept") == 1
    assert not any("NewsML <DataContent> is not carried" in w for w in said)
