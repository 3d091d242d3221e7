"""The NITF reader: every agency file of the corpus, the mapping decisions, encodings, bad input, laws.

Expected values for the corpus are computed from the source XML here, with rules of the NITF 3.6
XSD read from ../shared (which elements are inline text), never copied from the reader's output.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from newsml_kit import read, write
from newsml_kit.cli import main
from newsml_kit.dates import PartialDate
from newsml_kit.errors import ModelValidationError, NewsmlKitError, ParseError, UnsupportedFormatError
from newsml_kit.formats import detect_format, readable_formats
from newsml_kit.formats.nitf.head import parse_nitf_date
from newsml_kit.model import BlockKind, NewsItem, PersonRole, PubStatus
from newsml_kit.validate.core import validate_bytes
from newsml_kit.xmlsafe import parse_xml
from support.canary import Canary, serve_canary
from support.g2_checks import assert_valid
from support.strategies import texts

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
XSD_NS = "http://www.w3.org/2001/XMLSchema"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = re.compile(r"[ \t\r\n]+")
MISLABELLED_UTF8 = "mapping_test.xml"  # declares iso-8859-1, holds UTF-8 bytes
EXTRA_FILES = ("standards/nitf/examples/LISTING_25_extracted_nitf.xml",)  # namespaced, no head
# NITF docdata/@management-status values (XSD documentation) and their NewsML-G2 pubStatus.
STATUS = {"usable": PubStatus.USABLE, "withheld": PubStatus.WITHHELD, "canceled": PubStatus.CANCELED}


# --- oracles: computed from the source ---------------------------------------------------------


def _corpus(shared: Path) -> list[Path]:
    return [*sorted((shared / "corpus" / "nitf").glob("*.xml")), *(shared / name for name in EXTRA_FILES)]


def corpus_ids() -> list[str]:
    from conftest import shared_dir

    shared = shared_dir()
    return [] if shared is None else [path.name for path in _corpus(shared)]


@functools.cache
def inline_names(shared: Path) -> frozenset[str]:
    """The elements of the XSD's enrichedText group: inline text, no word boundary at their edges."""
    xsd = parse_xml((shared / "standards" / "nitf" / "schema" / "nitf-3-6.xsd").read_bytes()).root
    group = xsd.find(f"{{{XSD_NS}}}group[@name='enrichedText']")
    assert group is not None
    return frozenset(ref.split(":")[-1] for ref in group.xpath(".//*/@ref"))


def name_of(element: etree._Element) -> str:
    return etree.QName(element).localname


def source_root(path: Path) -> etree._Element:
    data = path.read_bytes()
    if path.name == MISLABELLED_UTF8:
        assert not data.isascii()
        data.decode("utf-8")  # UTF-8 bytes, whatever the declaration says (raises otherwise)
        parser = etree.XMLParser(encoding="utf-8", resolve_entities=False, load_dtd=False, no_network=True)
        return etree.fromstring(data, parser)
    return parse_xml(data).root


def source_text(element: etree._Element, inline: frozenset[str]) -> str:
    """The text of ``element`` with a space at every element edge that is a word boundary: outside
    inline elements, and at <br/>. Comments are not text."""
    parts: list[str] = []

    def walk(node: etree._Element, inside_inline: bool) -> None:
        name = name_of(node)
        is_inline = inside_inline or name in inline
        edge = " " if not is_inline or name == "br" else ""
        parts.append(edge + (node.text or ""))
        for child in node:
            if isinstance(child.tag, str):
                walk(child, is_inline)
            parts.append(child.tail or "")
        parts.append(edge)

    walk(element, False)
    return "".join(parts)


def words(text: str) -> list[str]:
    return [word for word in XML_SPACE.split(text) if word]


def layout(text: str) -> str:
    return " ".join(words(text))


def find(root: etree._Element, path: str) -> list[etree._Element]:
    """Elements by a /-separated path of local names (namespaced or not)."""
    steps = "/".join(f"*[local-name()='{step}']" for step in path.split("/"))
    return list(root.xpath(steps))


def first(root: etree._Element, path: str) -> etree._Element | None:
    found = find(root, path)
    return found[0] if found else None


def source_date(element: etree._Element | None) -> datetime | None:
    norm = None if element is None else element.get("norm")
    if not norm:
        return None
    try:
        return datetime.fromisoformat(norm.strip())
    except ValueError:
        return None


def as_model_date(value: datetime) -> datetime | PartialDate:
    return value if value.tzinfo is not None else PartialDate(value.year, value.month, value.day)


# --- every file of the corpus --------------------------------------------------------------------


@pytest.fixture(params=corpus_ids())
def nitf_file(request: pytest.FixtureRequest, shared: Path) -> Path:
    return next(path for path in _corpus(shared) if path.name == request.param)


def test_every_corpus_file_is_detected_and_read_with_warnings_that_have_lines(nitf_file: Path) -> None:
    assert detect_format(nitf_file.read_bytes()) == "nitf"
    result = read(nitf_file)
    assert len(result.items) == 1
    for warning in result.warnings:
        assert warning.level == "warning"
        assert warning.location.file == str(nitf_file)
        assert warning.location.line is not None, warning


def test_text_fields_are_those_of_the_source(nitf_file: Path, shared: Path) -> None:
    inline = inline_names(shared)
    root = source_root(nitf_file)
    item = read(nitf_file).item

    def text(path: str) -> str | None:
        found = [layout(source_text(element, inline)) for element in find(root, path)]
        return "\n".join(t for t in found if t) or None

    headline = text("body/body.head/hedline/hl1") or text("head/title")
    assert item.headline == headline
    assert item.byline == text("body/body.head/byline")
    assert item.dateline == text("body/body.head/dateline")
    abstract = [source_text(element, inline) for element in find(root, "body/body.head/abstract")]
    subtitles = [t for e in find(root, "body/body.head/hedline/hl2") if (t := layout(e.xpath("string()")))]
    if any(words(t) for t in abstract):
        assert item.description is not None
        assert words(item.description) == words(" ".join(abstract))
    else:
        assert item.description == next((t for t in subtitles if t != headline), None)
    distributor = text("body/body.head/distributor")
    doc_id = first(root, "head/docdata/doc-id")
    regsrc = None if doc_id is None else doc_id.get("regsrc")
    assert item.provider == (distributor or regsrc)


def test_body_has_the_words_of_the_source_in_order(nitf_file: Path, shared: Path) -> None:
    inline = inline_names(shared)
    root = source_root(nitf_file)
    expected = [
        word
        for part in (*find(root, "body/body.content"), *find(root, "body/body.end"))
        for word in words(source_text(part, inline))
    ]
    item = read(nitf_file).item
    assert expected, "every corpus file has body text"
    assert [word for block in item.body for word in words(block.text)] == expected
    for block in item.body:
        # Edge whitespace is layout, not text; a leading tab is an empty first table cell.
        assert block.text == block.text.strip(" \r\n")


def test_entities_named_inline_have_mentions_covering_exactly_their_text(
    nitf_file: Path, shared: Path
) -> None:
    inline = inline_names(shared)
    root = source_root(nitf_file)
    item = read(nitf_file).item
    body_parts = [*find(root, "body/body.content"), *find(root, "body/body.end")]
    for tag, entities in (("person", item.people), ("org", item.organisations), ("location", item.places)):
        named = [
            layout(source_text(element, inline))
            for part in body_parts
            for element in part.iter()
            if isinstance(element.tag, str) and name_of(element) == tag
        ]
        mentioned = [m.text for entity in entities for m in entity.mentions]
        assert sorted(mentioned) == sorted(n for n in named if n)
        for entity in entities:
            for mention in entity.mentions:
                assert (
                    item.body[mention.block].text[mention.start : mention.end] == entity.name == mention.text
                )


def test_metadata_is_that_of_the_source(nitf_file: Path) -> None:
    root = source_root(nitf_file)
    item = read(nitf_file).item
    doc_id = first(root, "head/docdata/doc-id")
    id_string = None if doc_id is None else doc_id.get("id-string")
    if id_string:
        assert item.guid == id_string
    else:
        assert item.guid.startswith(f"urn:newsml-kit:file:{nitf_file.stem}:")

    declared = root.get(XML_LANG) or root.get("baselang")
    if declared is None:
        languages = {element.get(XML_LANG) for element in root.iter() if element.get(XML_LANG)}
        declared = languages.pop() if len(languages) == 1 else None
    assert item.language == declared

    issue = source_date(first(root, "head/docdata/date.issue"))
    story = source_date(first(root, "body/body.head/dateline/story.date"))
    release = source_date(first(root, "head/docdata/date.release"))
    assert item.version_created == (issue if issue is not None and issue.tzinfo is not None else None)
    created = story or issue
    assert item.content_created == (None if created is None else as_model_date(created))
    if release is not None and release.tzinfo is not None and (issue is None or release > issue):
        assert item.embargo == release
    else:
        assert item.embargo is None

    docdata = first(root, "head/docdata")
    status = None if docdata is None else docdata.get("management-status")
    assert item.pub_status == (None if status is None else STATUS[status])
    urgency = first(root, "head/docdata/urgency")
    urgency = first(root, "head/urgency") if urgency is None else urgency
    assert item.urgency == (None if urgency is None else int(urgency.get("ed-urg", "")))

    expected_subjects = set()
    for subject in find(root, "head/tobject/tobject.subject"):
        refnum = subject.get("tobject.subject.refnum")
        ipr = subject.get("tobject.subject.ipr", "IPTC")
        if refnum:
            expected_subjects.add(f"{'subj' if ipr == 'IPTC' else ipr.lower()}:{refnum}")
    assert {subject.qcode for subject in item.subjects} == expected_subjects

    copyright_ = first(root, "head/docdata/doc.copyright")
    owner = first(root, "body/body.head/rights/rights.owner")
    holder = (copyright_.get("holder") if copyright_ is not None else None) or (
        layout(owner.xpath("string()")) if owner is not None else None
    )
    assert (item.rights.copyright_holder if item.rights else None) == holder


def test_newsml_g2_written_from_every_file_is_valid_and_reads_back(nitf_file: Path) -> None:
    item = read(nitf_file).item
    data = write(item, "newsml")
    assert_valid(data)
    result = validate_bytes(data, "out.xml")
    assert result.status == "valid", result.diagnostics
    assert read(data).item == item
    assert read(write(item, "json")).item == item


def test_strict_mode_turns_the_first_warning_into_an_error(nitf_file: Path) -> None:
    warnings = read(nitf_file).warnings
    if not warnings:
        assert read(nitf_file, strict=True).items
        return
    with pytest.raises(ParseError, match="strict mode") as caught:
        read(nitf_file, strict=True)
    assert caught.value.location.line == warnings[0].location.line


def test_the_corpus_needs_the_shared_data(shared: Path) -> None:
    assert len(corpus_ids()) == 15


# --- the mapping, on documents written here ------------------------------------------------------


def nitf(head: str = "", body_head: str = "", content: str = "<p>Text.</p>", root: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<nitf{root}><head>{head}</head>'
        f"<body><body.head>{body_head}</body.head><body.content>{content}</body.content></body></nitf>"
    ).encode()


DOCDATA_ID = '<docdata><doc-id id-string="urn:test:1"/></docdata>'


def read_one(data: bytes, source: str = "story.xml") -> tuple[NewsItem, list[str]]:
    result = read(data, source=source)
    return result.item, [warning.message for warning in result.warnings]


def test_nitf_is_readable_and_not_only_recognised() -> None:
    assert "nitf" in readable_formats()
    item, _ = read_one(nitf(head=DOCDATA_ID))
    assert item.body[0].text == "Text."


def test_namespaced_and_plain_documents_read_the_same() -> None:
    plain = nitf(head=DOCDATA_ID, body_head="<hedline><hl1>H</hl1></hedline>")
    spaced = plain.replace(b"<nitf>", f'<nitf xmlns="{NITF_NS}">'.encode())
    assert read(plain).item == read(spaced).item
    assert read(plain).warnings == read(spaced).warnings == ()


def test_layout_of_mixed_content() -> None:
    content = (
        "<p>\n   One  line<br/>\n  next\tline <br />  </p>"
        "<p>\u00a0kept\u00a0</p><p>  </p><p/>"
        "<pre>\n\n  indented\n    more\n\n</pre>"
    )
    item, _ = read_one(nitf(head=DOCDATA_ID, content=content))
    assert [block.text for block in item.body] == [
        "One line\nnext line",
        "\u00a0kept\u00a0",
        "  indented\n    more",
    ]


def test_named_entity_nbsp_is_a_no_break_space_with_a_warning_naming_its_line() -> None:
    data = nitf(head=DOCDATA_ID, content="\n\n<p>10&nbsp;km &eacute;t&eacute;</p>")
    result = read(data, source="nbsp.xml")
    assert result.item.body[0].text == "10\u00a0km été"
    nbsp = [w for w in result.warnings if "&nbsp;" in w.message]
    assert len(nbsp) == 1
    assert (nbsp[0].location.line, nbsp[0].location.column) == (4, 6)


def test_external_doctype_is_ignored_with_a_warning_and_never_fetched() -> None:
    with serve_canary() as canary:
        data = nitf(head=DOCDATA_ID).replace(
            b"\n<nitf>", f'\n<!DOCTYPE nitf SYSTEM "{canary.url()}">\n<nitf>'.encode()
        )
        result = read(data, source="dtd.xml")
        assert isinstance(canary, Canary)
        assert canary.requests == []
    assert result.item.body[0].text == "Text."
    doctype = [w for w in result.warnings if "external DTD" in w.message]
    assert [w.location.line for w in doctype] == [2]


def test_iso_8859_1_document_of_our_own() -> None:
    text = "Søren på café: «très bien», £5"
    data = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        f"<nitf><head><title>{text}</title>{DOCDATA_ID}</head>"
        f"<body><body.content><p>{text}</p></body.content></body></nitf>"
    ).encode("iso-8859-1")
    result = read(data)
    assert result.item.headline == result.item.body[0].text == text
    assert result.warnings == ()


def test_utf8_bytes_declared_iso_8859_1_are_read_as_utf8_with_a_warning() -> None:
    text = "Søren på café"
    data = (
        f'<?xml version="1.0" encoding="iso-8859-1"?>\n<nitf><head>{DOCDATA_ID}</head>'
        f"<body><body.content><p>{text}</p></body.content></body></nitf>"
    ).encode()
    result = read(data)
    assert result.item.body[0].text == text
    assert [w.location.line for w in result.warnings if "read as UTF-8" in w.message] == [1]


def test_windows_1252_bytes_declared_iso_8859_1_are_read_as_windows_1252() -> None:
    # Regression: as ISO-8859-1, 0x93 and 0x94 are C1 controls, which the model refuses.
    text = "\u201cquoted\u201d \u2013 dash"
    data = (
        f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<nitf><head>{DOCDATA_ID}</head>'
        f"<body><body.content><p>{text}</p></body.content></body></nitf>"
    ).encode("windows-1252")
    result = read(data)
    assert result.item.body[0].text == text
    assert any("read as windows-1252" in w.message for w in result.warnings)


def test_c1_character_references_are_read_as_windows_1252_with_a_warning() -> None:
    # Regression: &#150; and friends are legal XML but C1 controls, which the model refuses.
    data = nitf(
        head='<docdata><doc-id id-string="urn:test:1"/><ed-msg info="x&#133;"/></docdata>',
        body_head="<hedline><hl1>&#147;Quoted&#148;</hl1></hedline>",
        content="<p>2020&#150;2023</p>",
    )
    item, warnings = read_one(data)
    assert (item.headline, item.body[0].text) == ("\u201cQuoted\u201d", "2020\u20132023")
    c1 = [w for w in warnings if w.startswith("C1 control characters")]
    assert c1 == [
        "C1 control characters (U+0080-U+009F) read as the Windows-1252 characters of the same code (2 times)"
    ]


def test_headline_title_subtitle_abstract() -> None:
    item, warnings = read_one(
        nitf(
            head=f"<title>Same</title>{DOCDATA_ID}",
            body_head="<hedline><hl1>Same</hl1><hl2>Same</hl2><hl2>Sub</hl2></hedline>",
        )
    )
    assert (item.headline, item.description) == ("Same", "Sub")
    assert warnings == []
    item, warnings = read_one(
        nitf(
            head=f"<title>Other</title>{DOCDATA_ID}",
            body_head="<hedline><hl1>H</hl1><hl2>Sub</hl2></hedline><abstract><p>A1</p><p>A2</p></abstract>",
        )
    )
    assert (item.headline, item.description) == ("H", "A1\nA2")
    assert "NITF <title> is not carried by the model" in warnings
    assert "NITF <hl2> is not carried by the model" in warnings
    item, _ = read_one(nitf(head=f"<title>Only title</title>{DOCDATA_ID}"))
    assert item.headline == "Only title"


def test_byline_people_dateline_and_distributor() -> None:
    item, warnings = read_one(
        nitf(
            head=DOCDATA_ID,
            body_head=(
                "<byline>By <person>Ann Lee</person><byttl>Staff Writer</byttl></byline>"
                "<distributor><org>Agency</org></distributor>"
                "<dateline><location><city>Hue</city>, <country>Vietnam</country></location>, "
                '<story.date norm="20230101T120000+0700">Jan. 1</story.date></dateline>'
            ),
            content="<p>Said <person>Ann Lee</person> of <org>Agency</org> in <location>Hue</location>.</p>",
        )
    )
    assert item.byline == "By Ann Lee Staff Writer"
    assert item.provider == "Agency"
    assert item.dateline == "Hue, Vietnam, Jan. 1"
    assert item.content_created == datetime(2023, 1, 1, 12, tzinfo=timezone(timedelta(hours=7)))
    (ann,) = item.people
    assert (ann.name, ann.roles, ann.titles) == ("Ann Lee", [PersonRole.AUTHOR], ["Staff Writer"])
    assert [m.text for m in ann.mentions] == ["Ann Lee"]
    assert [o.name for o in item.organisations] == ["Agency"]
    assert [p.name for p in item.places] == ["Hue"]
    assert warnings == []


def test_media_becomes_a_caption_with_its_credit_and_a_rendition() -> None:
    content = (
        '<media media-type="image"><media-reference source="http://x.test/a.jpg" mime-type="image/jpeg" '
        'width="640" height="480"/><media-caption>A  tide <person>Bo</person>.</media-caption>'
        "<media-producer>Photo: Kim</media-producer></media>"
    )
    item, _ = read_one(nitf(head=DOCDATA_ID, content=content))
    (caption,) = item.body
    assert caption.kind is BlockKind.CAPTION
    assert caption.text == "A tide Bo. Photo: Kim"
    assert caption.credit is not None
    assert caption.text[caption.credit.start : caption.credit.end] == "Photo: Kim"
    assert [(m.text, m.start) for m in item.people[0].mentions] == [("Bo", 7)]
    (rendition,) = item.renditions
    assert (rendition.href, rendition.content_type, rendition.width, rendition.height) == (
        "http://x.test/a.jpg",
        "image/jpeg",
        640,
        480,
    )


def test_tables_and_lists_keep_their_text_as_paragraphs_with_a_warning() -> None:
    content = (
        "<table><caption>Scores</caption><tr><th></th><th>G</th></tr><tr><td>Ann</td><td>7</td></tr></table>"
        "<ul><li>one</li><li><em>two</em></li></ul><hl2>Section</hl2>"
    )
    item, warnings = read_one(nitf(head=DOCDATA_ID, content=content))
    assert [block.text for block in item.body] == ["Scores", "\tG", "Ann\t7", "one", "two", "Section"]
    assert any(w.startswith("NITF <table> kept as one paragraph per row") for w in warnings)
    assert any(w.startswith("NITF <ul> list kept as one paragraph per item") for w in warnings)
    assert any(w.startswith("NITF <hl2> heading kept as a paragraph") for w in warnings)
    assert any(w.startswith("NITF <em> markup is not carried") for w in warnings)


def test_nothing_is_dropped_silently() -> None:
    data = nitf(
        head=(
            '<meta name="a" content="1"/><meta name="b" content="2"/>'
            '<docdata><doc-id id-string="urn:test:1" regsrc="X"/><series series.name="S"/></docdata>'
        ),
        body_head="<hedline><hl1>H</hl1></hedline><distributor>D</distributor>",
        content=(
            '<p lead="true">Kept <chron norm="2023">in 2023</chron>.</p>'
            '<x:extra xmlns:x="urn:x">foreign text</x:extra>\nstray text'
        ),
    ).replace(b"<body>", b"\n<body>")
    result = read(data, source="lossy.xml")
    found = {(w.message, w.location.line) for w in result.warnings}
    assert ("NITF <meta> is not carried by the model (2 times)", 2) in found
    assert ("NITF <series> is not carried by the model", 2) in found
    assert ("NITF <doc-id> attribute regsrc is not carried by the model", 2) in found
    assert ("NITF <p> attribute lead is not carried by the model", 3) in found
    assert ("NITF <chron> attribute norm is not carried by the model", 3) in found
    assert ("NITF <chron> markup is not carried by the model; its text is kept", 3) in found
    assert ("unknown element <{urn:x}extra> in the body kept as a paragraph", 3) in found
    assert ("text directly inside NITF <body.content> kept as a paragraph", 3) in found
    assert [block.text for block in result.item.body] == ["Kept in 2023.", "foreign text", "stray text"]


def test_dates_without_a_time_zone_keep_their_day_and_are_never_given_one() -> None:
    head = '<docdata><doc-id id-string="urn:test:1"/><date.issue norm="20230405T101500"/></docdata>'
    result = read(nitf(head=head), source="story.xml")
    assert result.item.version_created is None
    assert result.item.content_created == PartialDate(2023, 4, 5)
    (warning,) = [w for w in result.warnings if "<date.issue>" in w.message]
    assert "no time zone" in warning.message
    assert warning.location.line == 2


@pytest.mark.parametrize(
    ("text", "moment", "local", "day"),
    [
        ("20230101T120000+0100", datetime(2023, 1, 1, 11, tzinfo=UTC), None, date(2023, 1, 1)),
        ("20230101T1200+01", datetime(2023, 1, 1, 11, tzinfo=UTC), None, date(2023, 1, 1)),
        ("2023-01-01T12:00:00Z", datetime(2023, 1, 1, 12, tzinfo=UTC), None, date(2023, 1, 1)),
        ("2023-01-01 12:00:00.5-05:30", datetime(2023, 1, 1, 17, 30, 0, 500000, tzinfo=UTC), None, None),
        ("20230101000000-0500", datetime(2023, 1, 1, 5, tzinfo=UTC), None, None),
        (" 20230101T120000 ", None, datetime(2023, 1, 1, 12), None),
        ("20230101", None, None, date(2023, 1, 1)),
    ],
)
def test_nitf_dates_are_read_leniently(
    text: str, moment: datetime | None, local: datetime | None, day: date | None
) -> None:
    parsed = parse_nitf_date(text)
    assert parsed.moment == moment
    assert parsed.local == local
    if day is not None:
        assert parsed.day.to_date() == day


@pytest.mark.parametrize(
    "text", ["YYYYMMDD000000-HHMM", "2023-13-01", "20230101T250000", "20230101T1200+1500", "today", ""]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not (an ISO 8601|a valid) date"):
        parse_nitf_date(text)


@pytest.mark.parametrize(
    ("attributes", "children", "status", "embargo", "signals"),
    [
        ('management-status="usable"', "", PubStatus.USABLE, None, []),
        ('management-status="canceled"', "", PubStatus.CANCELED, None, []),
        ('management-status="withheld"', "", PubStatus.WITHHELD, None, []),
        (
            'management-status="embargoed"',
            '<date.issue norm="20230101T080000Z"/><date.release norm="20230101T100000+0100"/>',
            PubStatus.USABLE,
            datetime(2023, 1, 1, 9, tzinfo=UTC),
            [],
        ),
        (
            "",
            '<date.issue norm="20230101T080000Z"/><date.release norm="20230101T090000+0100"/>',
            None,
            None,
            [],
        ),
        ('management-status="embargoed"', "", PubStatus.WITHHELD, None, []),
        (
            "",
            '<date.issue norm="20230101T080000"/><date.release norm="20230102T080000"/>',
            PubStatus.WITHHELD,
            None,
            [],
        ),
        ("", '<correction info="fixed a name"/>', None, None, ["sig:correction"]),
        ('management-doc-idref="urn:old"', "", None, None, ["sig:update"]),
    ],
)
def test_editorial_status_is_mapped(
    attributes: str, children: str, status: PubStatus | None, embargo: datetime | None, signals: list[str]
) -> None:
    head = f'<docdata {attributes}><doc-id id-string="urn:test:1"/>{children}</docdata>'
    item, warnings = read_one(nitf(head=head))
    assert (item.pub_status, item.embargo, item.signals) == (status, embargo, signals)
    if status is PubStatus.WITHHELD and "withheld" not in attributes:
        assert any("marked withheld rather than released early" in w for w in warnings)


def test_urgency_rights_subjects_and_identity() -> None:
    head = (
        '<tobject><tobject.subject tobject.subject.refnum="15000000" tobject.subject.type="Sport"/>'
        '<tobject.subject tobject.subject.ipr="Agency X" tobject.subject.refnum="A1" '
        'tobject.subject.type="T" tobject.subject.matter="M"/></tobject>'
        '<docdata><doc-id id-string="AAP.1.2"/><urgency ed-urg="2"/><du-key key="k-1"/>'
        '<doc.copyright year="2023" holder="Agency X"/><doc.rights owner="Agency X" type="Use freely"/>'
        "<identified-content><org>Org A</org></identified-content>"
        '<evloc city="Hue" iso-cc="VN"/></docdata>'
    )
    item, warnings = read_one(nitf(head=head))
    assert item.guid == "AAP.1.2"
    assert item.urgency == 2
    assert [(s.qcode, s.name) for s in item.subjects] == [("subj:15000000", "Sport"), ("agency-x:A1", "M")]
    assert item.rights is not None
    assert item.rights.model_dump() == {
        "copyright_holder": "Agency X",
        "copyright_notice": "© 2023 Agency X",
        "usage_terms": "Use freely",
    }
    assert [(s.type, s.value) for s in item.source_ids] == [("nitf:du-key", "k-1")]
    assert [(o.name, o.mentions) for o in item.organisations] == [("Org A", [])]
    places = {p.name: p for p in item.places}
    assert (places["Hue"].parent_id, places["Hue"].kind) == (places["VN"].id, "city")
    assert warnings == []


def test_without_a_doc_id_the_guid_is_minted_from_the_file_name_and_issue_day() -> None:
    head = '<docdata><date.issue norm="20230405T101500Z"/></docdata>'
    item, warnings = read_one(nitf(head=head), source="feeds/story-7.xml")
    assert item.guid == "urn:newsml-kit:file:story-7:2023-04-05"
    assert any("minted from the file name" in w for w in warnings)
    assert (
        read_one(nitf(head=head.replace("<docdata>", '<docdata><doc-id id-string="a b"/>')))[0]
        .source_ids[0]
        .value
        == "a b"
    )


@pytest.mark.parametrize(
    ("root", "head", "language", "warned"),
    [
        (' xml:lang="vi"', "", "vi", False),
        (' baselang="en_US"', "", "en-US", True),
        (' baselang="English language"', "", None, True),
        ("", '<title xml:lang="de">T</title>', "de", True),
        ("", "", None, False),
    ],
)
def test_language(root: str, head: str, language: str | None, warned: bool) -> None:
    item, warnings = read_one(nitf(root=root, head=head + DOCDATA_ID))
    assert item.language == language
    assert any("language" in w for w in warnings) == warned


def test_a_paragraph_in_another_language_is_reported() -> None:
    item, warnings = read_one(
        nitf(root=' xml:lang="en"', head=DOCDATA_ID, content='<p xml:lang="fr">Oui</p>')
    )
    assert (item.language, item.body[0].text) == ("en", "Oui")
    assert warnings == ["NITF <p> attribute xml:lang is not carried by the model"]


# --- bad input -------------------------------------------------------------------------------------


def test_truncated_file_is_a_parse_error_with_line_and_column(shared: Path) -> None:
    data = (shared / "corpus" / "nitf" / "pa5.xml").read_bytes()
    with pytest.raises(ParseError) as caught:
        read(data[: len(data) // 2], source="cut.xml")
    assert caught.value.location.file == "cut.xml"
    assert caught.value.location.line is not None
    assert caught.value.location.column is not None


def test_other_xml_read_as_nitf_is_an_error_naming_the_root() -> None:
    with pytest.raises(ParseError, match="not an NITF document: the root element is <rss>") as caught:
        read(b"<?xml version='1.0'?>\n<rss><channel/></rss>", format="nitf", source="feed.xml")
    assert caught.value.location.line == 2
    with pytest.raises(UnsupportedFormatError):
        read(b"<rss><channel/></rss>", source="feed.xml")


def test_random_bytes_are_a_newsml_kit_error_with_a_location() -> None:
    data = bytes(range(256)) * 4
    with pytest.raises(ParseError) as caught:
        read(data, format="nitf", source="noise.bin")
    assert caught.value.location.line is not None
    assert caught.value.location.column is not None
    with pytest.raises(UnsupportedFormatError):
        read(data, source="noise.bin")


@pytest.mark.parametrize("where", ["body", "headline"])
def test_a_control_character_in_nitf_text_is_a_located_model_error(where: str) -> None:
    """Regression (hypothesis, `make deep`): a DEL in a paragraph, legal in XML but refused by the
    model, escaped as pydantic's ValidationError from building the block."""
    headline = "Tide\x7f tables" if where == "headline" else "Tide tables"
    paragraph = "\x7fides in Norfolk" if where == "body" else "Tides in Norfolk"
    data = (
        f"<nitf><head><title>T</title></head><body><body.head><hedline><hl1>{headline}</hl1></hedline>"
        f"</body.head><body.content><p>{paragraph}</p></body.content></body></nitf>"
    ).encode()
    with pytest.raises(ModelValidationError) as caught:
        read(data, format="nitf", source="tides.xml")
    assert caught.value.location.file == "tides.xml"
    assert "not allowed in XML 1.0 text" in str(caught.value)


@settings(deadline=None)
@given(cut=st.integers(min_value=0, max_value=10_000), noise=st.binary(max_size=8))
@example(cut=4887, noise=b"\x7f")  # a DEL in a paragraph (found by `make deep`)
def test_damaged_corpus_bytes_never_escape_as_another_exception(cut: int, noise: bytes) -> None:
    from conftest import shared_dir

    shared = shared_dir()
    if shared is None:
        pytest.skip("shared test data not found")
    data = (shared / "corpus" / "nitf" / "nitf-fishing.xml").read_bytes()
    damaged = data[: cut % len(data)] + noise + data[cut % len(data) :][len(noise) :]
    location = None
    try:
        read(damaged, format="nitf", source="damaged.xml")
    except NewsmlKitError as exc:  # anything else escapes and fails the test
        location = exc.location
    assert location is None or location.file == "damaged.xml"


# --- laws ---------------------------------------------------------------------------------------


@given(paragraphs=st.lists(st.tuples(texts, texts, texts), min_size=1, max_size=4))
def test_law_body_text_is_the_source_laid_out_and_mentions_cover_their_names(
    paragraphs: list[tuple[str, str, str]],
) -> None:
    """For any text: each paragraph is the source text with XML whitespace runs as one space and the
    edges trimmed; an inline person is an entity whose mention covers exactly its laid-out name."""
    root = etree.Element("nitf")
    etree.SubElement(etree.SubElement(etree.SubElement(root, "head"), "docdata"), "doc-id").set(
        "id-string", "u:1"
    )
    content = etree.SubElement(etree.SubElement(root, "body"), "body.content")
    for before, name, after in paragraphs:
        paragraph = etree.SubElement(content, "p")
        paragraph.text = before
        person = etree.SubElement(paragraph, "person")
        person.text = name
        person.tail = after
    item = read(etree.tostring(root, encoding="UTF-8")).item
    expected = [layout("".join(parts)) for parts in paragraphs]
    assert [block.text for block in item.body] == [text for text in expected if text]
    names = sorted(layout(name) for _, name, _ in paragraphs if layout(name))
    assert sorted(m.text for person in item.people for m in person.mentions) == names
    for person in item.people:
        for mention in person.mentions:
            assert item.body[mention.block].text[mention.start : mention.end] == person.name


# --- command line ---------------------------------------------------------------------------------


def test_cli_converts_nitf_to_newsml_and_reports_warnings(tmp_path: Path) -> None:
    source = tmp_path / "story.xml"
    source.write_bytes(nitf(head=DOCDATA_ID + '<meta name="a" content="1"/>'))
    result = CliRunner().invoke(main, ["convert", str(source), "--to", "newsml"])
    assert result.exit_code == 0, result.output
    assert "<newsItem" in result.stdout
    assert f"{source}:2: warning: NITF <meta> is not carried by the model" in result.stderr
