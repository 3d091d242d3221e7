"""The strict NewsML-G2 reader's fast paths read what the plain ones read.

Comments and processing instructions, which the profile cannot forbid, are dropped before the
walk (regression: a comment in a paragraph was read as text, one in a headline cut it short);
the one-span inlineRef shortcut and the parser's no-warning shortcut give what the general code
gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from newsml_kit.dates import PARTIAL_DATE_PATTERN, PartialDate
from newsml_kit.errors import ModelValidationError, ParseError
from newsml_kit.formats.base import ReadOptions, model_error
from newsml_kit.formats.g2 import read_newsml, write_newsml
from newsml_kit.formats.g2.read import _partial_date, item_fields, legal_text, references_resolve
from newsml_kit.model import (
    MENTIONS_FROM_BODY,
    Award,
    Block,
    DateMention,
    Document,
    Event,
    Mention,
    NewsItem,
    Organisation,
    Participant,
    Person,
    Place,
    Recipient,
    _reference_problems,
    legal_text_reader_validator,
    resolved_reader_validator,
)
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import parse_xml
from support.strategies import news_items
from support.xsd import lxml_schema

_ITEM = NewsItem(
    guid="urn:x:1",
    headline="Hà Nội họp",
    body=[Block(text="Ông Lê A gặp Bộ B."), Block(text="Ảnh: C")],
    people=[Person(id="p1", name="Lê A", mentions=[Mention(block=0, start=4, end=8, text="Lê A")])],
    organisations=[
        Organisation(id="o1", name="Bộ B", mentions=[Mention(block=0, start=13, end=17, text="Bộ B")])
    ],
)


def _profile_valid(data: bytes) -> bool:
    return bool(lxml_schema(schema_path("newsml-kit-g2.xsd")).validate(parse_xml(data).root))


@pytest.mark.parametrize("inserted", ["<!-- a note -->", "<?note a b?>"])
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("<headline>Hà Nội", " họp</headline>"),  # a comment used to cut the headline short
        ("<name>Lê", " A</name>"),
        ('class="mention">Lê A</span> gặp', ' <span id="b0.1"'),  # between spans: was read as text
        ("<p>Ông", " <span"),  # before the first span: its offsets used to shift
        ("<p>Ảnh:", " C</p>"),
    ],
)
def test_a_comment_or_pi_inside_an_element_is_not_text(before: str, after: str, inserted: str) -> None:
    data = write_newsml(_ITEM).decode()
    assert before + after in data
    edited = data.replace(before + after, before + inserted + after).encode()
    assert _profile_valid(edited)  # so what follows is the reader's doing
    assert read_newsml(edited).item == _ITEM


@given(news_items(), st.data())
def test_comments_and_pis_anywhere_in_the_root_change_nothing(item: NewsItem, data: st.DataObject) -> None:
    written = write_newsml(item).decode()
    # Every ">" the writer puts after the root's start tag ends a tag (">" in text or an attribute
    # is escaped), so a comment or PI can follow it.
    root_start = written.index(">", written.index("<newsItem")) + 1
    places = [match.end() for match in re.finditer(">", written) if match.end() >= root_start][:-1]
    chosen = data.draw(st.lists(st.sampled_from(places), max_size=6, unique=True))
    note = data.draw(st.sampled_from(["<!--x-->", "<?nk x?>", "<!---->"]))
    edited = written
    for place in sorted(chosen, reverse=True):
        edited = edited[:place] + note + edited[place:]
    assert read_newsml(edited.encode()).item == item.model_copy(update={"review_status": None})


def test_a_one_span_idref_with_spaces_around_it_is_read_as_before() -> None:
    # xs:IDREFS collapses whitespace, so the profile accepts it; the shortcut must not skip the split.
    data = write_newsml(_ITEM).decode().replace('idrefs="b0.0"', 'idrefs=" b0.0 "')
    assert read_newsml(data.encode()).item == _ITEM


def test_an_id_with_spaces_is_still_not_the_idref_without_them() -> None:
    # The span id is compared as written (as the reader always did): " b0.0 " is not "b0.0".
    data = write_newsml(_ITEM).decode().replace('id="b0.0"', 'id=" b0.0 "').encode()
    assert _profile_valid(data)
    with pytest.raises(ParseError, match=re.escape("inlineRef names span 'b0.0'")):
        read_newsml(data)


def test_parser_warnings_still_name_the_source() -> None:
    # The no-warning shortcut of parse_xml must not lose the source when there is a warning.
    data = b'<?xml version="1.0"?><a xmlns="relative/uri"/>'
    warnings = parse_xml(data, source="in.xml").warnings
    assert warnings
    assert all(warning.location.file == "in.xml" for warning in warnings)
    assert parse_xml(b"<a/>", source="in.xml").warnings == ()


def _item_with_every_reference(start: PartialDate | None) -> NewsItem:
    """An item whose output holds every element with an entity qcode (the event's details in
    G2's ``eventDetails`` with a start, in ``nk:eventDetails`` without)."""
    return NewsItem(
        guid="urn:x:3",
        body=[Block(text="Ông Lê A gặp Bộ B.")],
        people=[
            Person(
                id="p1",
                name="Lê A",
                organisation_ids=["o1"],
                mentions=[Mention(block=0, start=4, end=8, text="Lê A")],
            )
        ],
        organisations=[
            Organisation(id="o1", name="Bộ B"),
            Organisation(id="o2", name="Vụ C", parent_id="o1"),
        ],
        places=[Place(id="l1", name="Hà Nội"), Place(id="l2", name="Ba Đình", parent_id="l1")],
        event=Event(
            id="e1",
            name="Họp",
            start=start,
            place_id="l1",
            organiser_ids=["o1"],
            participants=[Participant(entity_id="p1")],
        ),
        documents=[Document(id="d1", kind="Nghị quyết", issuer_id="o1")],
        awards=[
            Award(
                id="a1",
                name="Huân chương",
                giver_id="o1",
                recipients=[Recipient(text="Lê A", entity_id="p1")],
            )
        ],
        dates=[DateMention(id="t1", value=PartialDate.parse("2020"))],
    )


_ENTITY_QCODE_ELEMENTS = [
    "inlineRef",
    "assert",
    "broader",
    "affiliation",
    "location",
    "organiser",
    "participant",
    "nk:location",
    "nk:organiser",
    "nk:participant",
    "nk:document",
    "nk:issuer",
    "nk:award",
    "nk:giver",
    "nk:recipient",
    "nk:date",
]


@pytest.mark.parametrize("element", _ENTITY_QCODE_ELEMENTS)
@pytest.mark.parametrize("qcode", ["medtop:p1", "nkid:", "nkid:1p", "nkid:p 1", "p1", " nkid:p1"])
def test_an_entity_qcode_outside_nkid_is_refused_before_its_id_is_sliced(element: str, qcode: str) -> None:
    """The reader takes the local id of every qcode but a subject's by slicing ``nkid:`` off: the
    profile's ``EntityQCode`` must have refused every other spelling first."""
    start = PartialDate.parse("2020") if ":" not in element else None  # eventDetails: G2's or nk:'s
    data = write_newsml(_item_with_every_reference(start)).decode()
    edited, count = re.subn(rf'(<{element}\b[^>]*) qcode="nkid:\w+"', rf'\1 qcode="{qcode}"', data, count=1)
    assert count == 1
    assert read_newsml(data.encode()).item == _item_with_every_reference(start)
    assert not _profile_valid(edited.encode())
    with pytest.raises(ParseError, match="profile"):
        read_newsml(edited.encode())


@pytest.mark.parametrize(
    "classes", ["credit mention", "mention  credit", " mention", "credit ", "mention x", ""]
)
def test_a_span_class_the_writer_never_writes_is_refused(classes: str) -> None:
    """The reader takes a span whose class is not "mention" for a credit's: the profile must
    allow "mention", "credit" and "mention credit" only, as written."""
    data = write_newsml(_ITEM).decode()
    edited = data.replace('class="mention"', f'class="{classes}"', 1).encode()
    assert not _profile_valid(edited)
    with pytest.raises(ParseError, match="profile"):
        read_newsml(edited)


# --- legal text: shown by the parse and the bytes, checked by the model otherwise ------------------

# Controls but tab, line feed and carriage return; surrogates; the two noncharacters XML excludes.
_FORBIDDEN_BY_XML = [
    "\x00",
    "\x01",
    "\x08",
    "\x0b",
    "\x0c",
    "\x0e",
    "\x1f",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
]


@pytest.mark.parametrize("char", _FORBIDDEN_BY_XML)
@pytest.mark.parametrize("as_reference", [False, True])
@pytest.mark.parametrize("where", ["<a>x{}</a>", '<a b="x{}"/>'])
def test_the_parse_refuses_every_character_xml_forbids(char: str, as_reference: bool, where: str) -> None:
    """What the strict reader leaves the parser to check (``legal_text``): all but DEL and C1."""
    written = f"&#x{ord(char):X};" if as_reference else char
    data = ('<?xml version="1.0" encoding="UTF-8"?>' + where.format(written)).encode("utf-8", "surrogatepass")
    with pytest.raises(ParseError):
        parse_xml(data)


@pytest.mark.parametrize("char", ["\x7f", "\x80", "\x85", "\x9f"])
@pytest.mark.parametrize("as_reference", [False, True])
@pytest.mark.parametrize("where", ["<headline>Hà Nội", "<name>Lê", "<p>Ông", 'guid="urn:x:1'])
def test_del_and_c1_controls_are_refused_by_the_model(char: str, as_reference: bool, where: str) -> None:
    written = f"&#x{ord(char):X};" if as_reference else char
    original = write_newsml(_ITEM).decode()
    assert where in original
    data = original.replace(where, where + written, 1).encode()
    assert _profile_valid(data)  # XML allows them: the model refuses them
    with pytest.raises(ModelValidationError, match=f"U\\+{ord(char):04X} .* not allowed in XML 1.0 text"):
        read_newsml(data)


def test_c1_control_in_an_8_bit_encoding_is_refused() -> None:
    # Byte 0x85 is U+0085 in ISO-8859-1: not the UTF-8 bytes that legal_text looks for.
    item = NewsItem(guid="urn:x:2", headline="Meeting", body=[Block(text="A met B.")])
    text = write_newsml(item).decode().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"', 1)
    data = text.replace("Meeting", "Meeting\x85", 1).encode("latin-1")
    assert _profile_valid(data)
    with pytest.raises(ModelValidationError, match=r"U\+0085 .* not allowed in XML 1.0 text"):
        read_newsml(data)


@given(news_items())
def test_the_writer_s_output_takes_the_fast_path_and_reads_as_a_full_validation(item: NewsItem) -> None:
    data = write_newsml(item)
    document = parse_xml(data)
    if b"&#" not in data:  # lxml writes a carriage return as a reference
        assert legal_text(data, document)
    fields = item_fields(document.root)
    fast = legal_text_reader_validator().validate_python(fields, context=MENTIONS_FROM_BODY)
    assert fast == NewsItem.model_validate(fields, context=MENTIONS_FROM_BODY)
    assert read_newsml(data).item == item.model_copy(update={"review_status": None})


def test_broken_references_are_refused_as_a_full_validation_refuses_them() -> None:
    fields = item_fields(parse_xml(write_newsml(_ITEM)).root)
    duplicate = {**fields, "organisations": [{**fields["organisations"][0], "id": "p1"}]}
    dangling = {**fields, "people": [{**fields["people"][0], "organisation_ids": ["o9"]}]}
    for broken in (duplicate, dangling):
        with pytest.raises(ValidationError) as full:
            NewsItem.model_validate(broken, context=MENTIONS_FROM_BODY)
        with pytest.raises(ValidationError) as fast:
            legal_text_reader_validator().validate_python(broken, context=MENTIONS_FROM_BODY)
        assert _errors(fast.value) == _errors(full.value)


def _errors(error: ValidationError) -> list[tuple[object, ...]]:
    # The context holds the raised ValueError itself, a new instance each time: its message is in msg.
    return [(each["type"], each["loc"], each["msg"]) for each in error.errors()]


@pytest.mark.parametrize(
    ("edit", "encoding"),
    [
        (lambda text: text, "utf-16"),  # another byte form of the same characters
        (lambda text: "\ufeff" + text, "utf-8"),  # a BOM before the declaration
        (lambda text: text[text.index("?>") + 2 :], "utf-8"),  # no declaration
        (lambda text: text.replace("Meeting", "Meeting&#x41;"), "utf-8"),  # a character reference
        (lambda text: text.replace("Meeting", "Meeting&nbsp;"), "utf-8"),  # mapped, with a warning
        (lambda text: text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), "latin-1"),
        (lambda text: text.replace("Meeting", "Meeting\x85"), "utf-8"),
        (lambda text: text.replace("Meeting", "Meeting\x7f"), "utf-8"),
    ],
)
def test_legal_text_is_shown_only_by_plain_utf_8_bytes(edit: Callable[[str], str], encoding: str) -> None:
    item = NewsItem(guid="urn:x:2", headline="Meeting", body=[Block(text="A met B.")])
    written = write_newsml(item)
    assert legal_text(written, parse_xml(written))
    data = edit(written.decode()).encode(encoding)
    assert not legal_text(data, parse_xml(data))


# --- references: the walk's look, the model's check when it finds something ----------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('<affiliation qcode="nkid:o1"/>', '<affiliation qcode="nkid:o9"/>'),  # names nothing
        ('<affiliation qcode="nkid:o1"/>', '<affiliation qcode="nkid:l1"/>'),  # a place, not an organisation
        ('<broader qcode="nkid:o1"/>', '<broader qcode="nkid:p1"/>'),
        ('<broader qcode="nkid:l1"/>', '<broader qcode="nkid:o1"/>'),
        ('<nk:location qcode="nkid:l1"/>', '<nk:location qcode="nkid:p1"/>'),
        ('<nk:organiser qcode="nkid:o1"/>', '<nk:organiser qcode="nkid:l1"/>'),
        ('<nk:participant qcode="nkid:p1"', '<nk:participant qcode="nkid:t1"'),
        ('<nk:issuer qcode="nkid:o1"/>', '<nk:issuer qcode="nkid:d1"/>'),
        ('<nk:giver qcode="nkid:o1"/>', '<nk:giver qcode="nkid:x"/>'),
        ('<nk:recipient qcode="nkid:p1">', '<nk:recipient qcode="nkid:a1">'),
        ('type="cpnat:organisation" qcode="nkid:o2"', 'type="cpnat:organisation" qcode="nkid:l2"'),  # twice
        ('<nk:date qcode="nkid:t1"', '<nk:date qcode="nkid:e1"'),  # the event's id again
    ],
)
def test_a_broken_reference_is_refused_as_a_full_validation_refuses_it(old: str, new: str) -> None:
    data = write_newsml(_item_with_every_reference(None)).decode()
    assert old in data
    edited = data.replace(old, new, 1).encode()
    assert _profile_valid(edited)  # so the model refuses it
    fields = item_fields(parse_xml(edited).root)
    assert not references_resolve(fields)
    with pytest.raises(ValidationError) as full:
        NewsItem.model_validate(fields, context=MENTIONS_FROM_BODY)
    with pytest.raises(ModelValidationError) as read:
        read_newsml(edited, ReadOptions(source="in.xml"))
    assert str(read.value) == str(model_error(full.value, "in.xml"))


_REFERENCES = [
    ("people", "organisation_ids"),
    ("organisations", "parent_id"),
    ("places", "parent_id"),
    ("event", "place_id"),
    ("event", "organiser_ids"),
    ("event", "participants"),
    ("documents", "issuer_id"),
    ("awards", "giver_id"),
    ("awards", "recipients"),
]


@given(news_items(), st.data())
def test_references_resolve_is_the_model_s_check(item: NewsItem, data: st.DataObject) -> None:
    """``references_resolve`` says True exactly when the model's item-wide check finds nothing (the
    mentions aside), here on written items with one reference or id pointed elsewhere."""
    fields = item_fields(parse_xml(write_newsml(item)).root)
    assert references_resolve(fields)
    ids = [entity["id"] for name in ("people", "organisations", "places", "dates") for entity in fields[name]]
    target = data.draw(st.sampled_from([*ids, "zz9"]))
    group, field = data.draw(st.sampled_from([*_REFERENCES, ("places", "id"), ("dates", "id")]))
    entities = [fields[group]] if group == "event" else fields[group]
    if not entities or entities[0] is None:
        return
    entity = entities[data.draw(st.integers(0, len(entities) - 1))]
    if field in ("organisation_ids", "organiser_ids"):
        entity[field] = [*entity[field], target]
    elif field == "participants":
        entity[field] = [*entity[field], {"entity_id": target}]
    elif field == "recipients":
        entity[field] = [*entity[field], {"text": "x", "entity_id": target}]
    else:
        entity[field] = target
    built = resolved_reader_validator().validate_python(fields, context=MENTIONS_FROM_BODY)
    assert references_resolve(fields) == (not _reference_problems(built, mentions=False))


@given(st.from_regex(PARTIAL_DATE_PATTERN, fullmatch=True))
def test_a_partial_date_the_profile_passed_reads_as_partial_date_parse_reads_it(text: str) -> None:
    """``_partial_date`` skips the pattern the XSD check has matched; the value, or the error of a
    date that does not exist (year 0000, 2023-02-30), is ``PartialDate.parse``'s."""
    try:
        expected: PartialDate | str = PartialDate.parse(text)
    except ValueError as exc:
        expected = str(exc)
    try:
        found: PartialDate | str = _partial_date(text)
    except ValueError as exc:
        found = str(exc)
    assert found == expected
