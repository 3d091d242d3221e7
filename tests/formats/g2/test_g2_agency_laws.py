"""The laws of agency NewsML-G2 (issue 20): generated agency items and messages are read into a
model that carries their XML in ``raw_g2``, and writing that model back loses nothing, changes
nothing on a second pass, keeps a valid document valid and shows every edit; a message of native
items goes through G2 and back.

Fidelity is measured with ``fidelity.compare`` (tests/test_fidelity.py) and validity with the
official 2.35 XSD."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsml_kit import NewsItem, read, write
from newsml_kit.errors import ParseError, WriteError
from newsml_kit.fidelity import compare
from newsml_kit.model import Block, BlockKind, Message, MessageHeader, Subject
from support.agency_g2 import G2, agency_items, agency_messages
from support.strategies import item_edits, messages
from support.xsd import lxml_schema

OFFICIAL = "standards/newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd"
NS = {"g": G2}


@pytest.fixture(scope="module")
def official(shared: Path) -> etree.XMLSchema:
    return lxml_schema(shared / OFFICIAL)


def _value(data: bytes) -> NewsItem | Message:
    result = read(data)
    return result.message if result.message is not None else result.item


def assert_written_back_whole(source: bytes, official: etree.XMLSchema) -> None:
    value = _value(source)
    carried = [value] if isinstance(value, NewsItem) else [value, *value.items]
    assert all(each.raw_g2 for each in carried)
    output = write(value, "newsml")
    assert _value(output) == value
    assert write(_value(output), "newsml") == output
    source_root, output_root = etree.fromstring(source), etree.fromstring(output)
    fidelity = compare(source_root, output_root)
    assert fidelity.share == 1.0, fidelity.lost
    if official.validate(source_root):
        assert official.validate(output_root), official.error_log


@given(agency_items())
def test_an_imported_item_is_written_back_whole(official: etree.XMLSchema, source: bytes) -> None:
    """read(write(m)) == m, write is idempotent, every leaf survives, a valid item stays valid."""
    assert_written_back_whole(source, official)


@given(agency_messages())
def test_an_imported_message_is_written_back_whole(official: etree.XMLSchema, source: bytes) -> None:
    assert_written_back_whole(source, official)


def _without_raw(item: NewsItem) -> NewsItem:
    # G2 has no element for a Rights without any value: an empty rightsInfo reads as none.
    rights = item.rights
    if rights is not None and all(value is None for value in rights.model_dump().values()):
        rights = None
    return item.model_copy(update={"raw_g2": None, "rights": rights})


def _trim(value: str | None) -> str | None:
    return None if value is None else value.strip()


def _as_read_back(item: NewsItem) -> NewsItem:
    """What the agency reader gives back of an item written with edits: every text value without
    its edge whitespace (a blank one as the empty text), and an alt id with a blank value not at
    all (docs/g2-import.md)."""
    texts = ("provider", "headline", "dateline", "byline", "creditline", "description")
    update: dict[str, object] = {name: _trim(getattr(item, name)) for name in texts}
    update["subjects"] = [s.model_copy(update={"name": _trim(s.name)}) for s in item.subjects]
    update["source_ids"] = [
        s.model_copy(update={"value": s.value.strip()}) for s in item.source_ids if s.value.strip()
    ]
    if item.rights is not None:
        rights = {name: _trim(value) for name, value in item.rights.model_dump().items()}
        update["rights"] = item.rights.model_copy(update=rights)
    return item.model_copy(update=update)


def _refused_block(item: NewsItem, field: str) -> Block:
    match = re.fullmatch(r"body\.(\d+)\.(text|kind)", field)
    assert match is not None, field
    return item.body[int(match[1])]


@given(
    agency_items(), st.booleans().flatmap(lambda typed: st.tuples(st.just(typed), item_edits(typed=typed)))
)
def test_edits_to_an_imported_item_show_and_read_back(
    official: etree.XMLSchema, source: bytes, edit: tuple[bool, dict[str, object]]
) -> None:
    """An edited imported item is written with the edits, reads back as edited (its texts
    trimmed: the reader takes a text without its edge whitespace), writes the same bytes again
    and, with values of G2's types, stays valid; or its body is refused by name (a block the
    agency body would not give back as it is)."""
    typed, edits = edit
    item = read(source).item
    edited = NewsItem.model_validate({**item.model_dump(), **edits})
    try:
        output = write(edited, "newsml")
    except WriteError as exc:
        field = exc.location.field or ""
        block = _refused_block(edited, field)
        if field.endswith(".kind"):  # a plain-text body holds paragraphs only
            assert block.kind is BlockKind.CAPTION
        else:
            assert not block.text or block.text != block.text.strip() or re.search(r"\n[ \t]*\n", block.text)
        return
    back = read(output).item
    assert _without_raw(back) == _without_raw(_as_read_back(edited))
    assert write(back, "newsml") == output
    if typed and official.validate(etree.fromstring(source)):
        assert official.validate(etree.fromstring(output)), official.error_log


def _message_read_back(message: Message, sent: datetime | None) -> Message:
    """What a newsMessage of native items reads back as: its header texts without edge
    whitespace (a blank one as the empty text: the reader trims them), the ``sent`` it was written with (the
    writer fills one in when there is none: G2 requires it), and of its items what G2 carries, so
    no review status (the archive's workflow, kept in canonical JSON only)."""
    header = message.header
    texts = {name: _trim(getattr(header, name)) for name in ("sender", "transmit_id", "origin")}
    items = [item.model_copy(update={"review_status": None}) for item in message.items]
    return message.model_copy(
        update={"header": MessageHeader(**{**header.model_dump(), **texts, "sent": sent}), "items": items}
    )


@given(messages())
def test_a_message_of_native_items_goes_through_g2_and_back(
    official: etree.XMLSchema, message: Message
) -> None:
    if not message.items:
        with pytest.raises(WriteError) as caught:  # G2's itemSet holds at least one item
            write(message, "newsml")
        assert caught.value.location.field == "items"
        return
    output = write(message, "newsml")
    result = read(output)
    assert result.message is not None
    sent = result.message.header.sent
    assert sent is not None
    if message.header.sent is not None:
        assert sent == message.header.sent
    expected = _message_read_back(message, sent)
    assert result.message.model_copy(update={"raw_g2": None}) == expected
    assert result.items == tuple(expected.items)
    assert write(result.message, "newsml") == output
    assert official.validate(etree.fromstring(output)), official.error_log


# --- regressions: falsifying examples the laws above found ------------------------------------------

_ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:a:0" version="1"
  standard="NewsML-G2" standardversion="2.35" conformance="power"{lang}>
  <rightsInfo>{rights}</rightsInfo>
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:A">{provider}</provider>
    <versionCreated>2000-01-01T00:00:00Z</versionCreated></itemMeta>
  <contentMeta>{meta}</contentMeta>
  <contentSet>{body}</contentSet>
</newsItem>"""


def agency_item(
    *, lang: str = "", rights: str = "", provider: str = "", meta: str = "", body: str = ""
) -> NewsItem:
    xhtml = f'<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html></inlineXML>'
    data = _ITEM.format(lang=lang, rights=rights, provider=provider, meta=meta, body=xhtml)
    return read(data.encode()).item


def test_dropping_the_provider_name_keeps_the_required_provider(official: etree.XMLSchema) -> None:
    item = agency_item(provider="<name>Agency</name>")
    assert item.provider == "Agency"
    output = etree.fromstring(write(item.model_copy(update={"provider": None}), "newsml"))
    assert output.find("g:itemMeta/g:provider", NS).get("qcode") == "nprov:A"
    assert output.find("g:itemMeta/g:provider/g:name", NS) is None
    assert official.validate(output), official.error_log


def test_a_provider_without_a_name_takes_one_in_place() -> None:
    item = agency_item()
    output = etree.fromstring(write(item.model_copy(update={"provider": "Agency"}), "newsml"))
    providers = output.findall("g:itemMeta/g:provider", NS)
    assert [(p.get("qcode"), p.findtext("g:name", namespaces=NS)) for p in providers] == [
        ("nprov:A", "Agency")
    ]


def test_a_copyright_holder_keeps_its_uri_without_its_name() -> None:
    item = agency_item(
        rights='<copyrightHolder uri="http://a.example/"><name>A</name></copyrightHolder>'
        "<copyrightNotice>(c) A</copyrightNotice>"
    )
    assert item.rights is not None
    assert item.rights.copyright_holder == "A"
    edited = item.model_copy(update={"rights": item.rights.model_copy(update={"copyright_holder": None})})
    output = write(edited, "newsml")
    holder = etree.fromstring(output).find("g:rightsInfo/g:copyrightHolder", NS)
    assert holder is not None
    assert holder.get("uri") == "http://a.example/"
    assert read(output).item.rights == edited.rights


def test_a_qcode_with_an_empty_code_is_written_as_g2_can_hold_it(official: etree.XMLSchema) -> None:
    item = agency_item().model_copy(update={"signals": ["a:"], "subjects": [Subject(qcode="b:")]})
    output = write(item, "newsml")
    assert official.validate(etree.fromstring(output)), official.error_log
    back = read(output).item
    assert back.signals == ["a:"]
    assert [subject.qcode for subject in back.subjects] == ["b:"]


@pytest.mark.parametrize("qcode", ["a:0", "a:"])
def test_a_subject_name_dropped_takes_the_concepts_other_names_with_it(
    official: etree.XMLSchema, qcode: str
) -> None:
    # Found by the edit law under the ci profile: the reader takes a concept's first name, so
    # dropping only that one let the second be read as the subject's name.
    item = agency_item(meta='<subject qcode="a:0"><name>0</name><name>1</name></subject>')
    assert item.subjects == [Subject(qcode="a:0", name="0")]
    edited = item.model_copy(update={"subjects": [Subject(qcode=qcode)]})
    output = write(edited, "newsml")
    assert read(output).item.subjects == [Subject(qcode=qcode)]
    assert official.validate(etree.fromstring(output)), official.error_log


def test_a_provider_name_dropped_takes_its_other_names_with_it() -> None:
    item = agency_item(provider="<name>A</name><name>B</name>")
    assert item.provider == "A"
    output = write(item.model_copy(update={"provider": None}), "newsml")
    assert read(output).item.provider is None
    assert etree.fromstring(output).find("g:itemMeta/g:provider", NS).get("qcode") == "nprov:A"


_RAW_QCODE = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:a:0" version="1">
<itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:A"/>
<versionCreated>2000-01-01T00:00:00Z</versionCreated>{signal}</itemMeta>
<contentMeta>{subject}</contentMeta></newsItem>"""


@pytest.mark.parametrize(
    ("field", "line", "data"),
    [
        ("signals", 3, _RAW_QCODE.format(signal='<signal qcode="a:"/>', subject="")),
        ("subjects", 4, _RAW_QCODE.format(signal="", subject='<subject qcode="a:"><name>x</name></subject>')),
    ],
)
def test_a_raw_qcode_without_a_code_is_a_located_warning_and_kept(field: str, line: int, data: str) -> None:
    # G2's QCode needs a code after the scheme alias: an agency's qcode="a:" was skipped silently.
    result = read(data.encode(), source="feed.xml")
    assert getattr(result.item, field) == []
    [warning] = result.warnings
    assert "qcode 'a:' is not a QCode" in warning.message
    assert (warning.location.file, warning.location.line) == ("feed.xml", line)
    output = write(result.item, "newsml")
    assert compare(etree.fromstring(data.encode()), etree.fromstring(output)).share == 1.0
    with pytest.raises(ParseError, match="qcode 'a:'") as caught:
        read(data.encode(), source="feed.xml", strict=True)
    assert caught.value.location.line == line


def test_an_urgency_added_goes_before_the_content_created_the_source_had(official: etree.XMLSchema) -> None:
    # Found by the edit law (dev profile): urgency and contentCreated were ranked as an XSD choice,
    # so a new urgency went after contentCreated; G2 orders them as a sequence.
    item = agency_item(meta="<contentCreated>2000-04-01T00:00:00+05:36</contentCreated>")
    output = write(item.model_copy(update={"urgency": 5}), "newsml")
    meta = etree.fromstring(output).find("g:contentMeta", NS)
    assert [etree.QName(child).localname for child in meta] == ["urgency", "contentCreated"]
    assert official.validate(etree.fromstring(output)), official.error_log


def test_a_body_block_the_agency_body_cannot_give_back_is_refused_by_name() -> None:
    item = agency_item(body="<p>One.</p>")
    for text in ("", " padded", "trailing\n"):
        with pytest.raises(WriteError) as caught:
            write(item.model_copy(update={"body": [Block(text="One."), Block(text=text)]}), "newsml")
        assert caught.value.location.field == "body.1.text"


def test_captions_and_paragraphs_keep_their_kind_in_an_agency_body() -> None:
    item = agency_item(body="<p>One.</p><figcaption>Two.</figcaption>")
    assert [block.kind for block in item.body] == [BlockKind.PARAGRAPH, BlockKind.CAPTION]
    swapped = [
        Block(text="One.", kind=BlockKind.CAPTION),
        Block(text="Two.", kind=BlockKind.PARAGRAPH),
        Block(text="Three.", kind=BlockKind.CAPTION),
    ]
    edited = item.model_copy(update={"body": swapped})
    assert read(write(edited, "newsml")).item.body == swapped


def test_clearing_the_language_drops_the_content_meta_language_read_as_it() -> None:
    item = agency_item(lang=' xml:lang="vi"', meta='<language tag="vi"/>')
    assert item.language == "vi"
    assert read(write(item.model_copy(update={"language": None}), "newsml")).item.language is None


def test_a_new_message_without_items_is_refused_not_written_invalid() -> None:
    with pytest.raises(WriteError, match="at least one item") as caught:
        write(Message(header=MessageHeader(sent=datetime(2024, 1, 1, tzinfo=UTC))), "newsml")
    assert caught.value.location.field == "items"


def test_blocks_for_an_empty_body_go_into_the_inline_document_the_reader_takes() -> None:
    nitf = (
        '<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">'
        "<body><body.content/></body></nitf></inlineXML>"
    )
    data = _ITEM.format(lang="", rights="", provider="", meta="", body=nitf).encode()
    item = read(data).item
    assert item.body == []
    blocks = [Block(text="One."), Block(text="Two.", kind=BlockKind.CAPTION)]
    output = write(item.model_copy(update={"body": blocks}), "newsml")
    assert read(output).item.body == blocks
    assert len(etree.fromstring(output).findall("g:contentSet/g:inlineXML", NS)) == 1


def test_a_new_xhtml_body_is_written_the_same_way_twice() -> None:
    data = _ITEM.format(lang="", rights="", provider="", meta="", body="").encode()
    item = read(data).item
    output = write(item.model_copy(update={"body": [Block(text="One.")]}), "newsml")
    assert write(read(output).item, "newsml") == output
