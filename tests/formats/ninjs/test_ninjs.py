"""IPTC ninjs: the writer (3.1 and 2.2, valid against the official schemas with format checking),
the reader (1.x to 3.x, the Superdesk and BBC variants of the corpus), and the laws between them."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples, shared_dir
from newsml_kit import api
from newsml_kit.cli import main
from newsml_kit.errors import (
    ModelValidationError,
    NewsmlKitError,
    ParseError,
    UnsupportedFormatError,
    WriteError,
)
from newsml_kit.formats import KNOWN_NAMES, readable_formats, writable_formats
from newsml_kit.formats.base import WriteOptions
from newsml_kit.formats.ninjs import NINJS_VERSIONS, read_ninjs, write_ninjs
from newsml_kit.formats.ninjs.html_body import blocks_to_html, html_to_blocks
from newsml_kit.model import (
    Block,
    BlockKind,
    Message,
    NewsItem,
    Person,
    PersonRole,
    Place,
    PubStatus,
    Rendition,
    SourceId,
    Subject,
    TextRange,
)
from newsml_kit.validate.jsondocs import validate_json
from newsml_kit.validate.schemas import JsonSchemaInfo, load_json_schema
from support.ninjs import ninjs_view
from support.paths import REPO
from support.strategies import messages, news_items

SAMPLES = sorted((REPO / "samples").glob("*.txt"))
_SHARED = shared_dir()
CORPUS = sorted(path.name for path in (_SHARED / "corpus" / "ninjs").iterdir()) if _SHARED else []
EXAMPLES = (
    sorted(str(path.relative_to(_SHARED)) for path in _SHARED.glob("standards/ninjs/examples/*/*.json"))
    if _SHARED
    else []
)
LAW_EXAMPLES = max(300, settings.default.max_examples)  # >= 300 (issue 6), >= 500 under CI=true

# --- the official schemas, with the local GeoJSON schema they reference (no network) ----------------------


Schemas = dict[str, tuple[JsonSchemaInfo, list[JsonSchemaInfo]]]


@pytest.fixture(scope="module")
def schemas(shared: Path) -> Schemas:
    """The official ninjs schema of each version written, and the GeoJSON schema they reference,
    registered by its $id through the validate command's own loader (so no network)."""
    standards = shared / "standards" / "ninjs"
    geojson = load_json_schema(standards / "third_party" / "geojson" / "GeoJSON.json")
    return {
        version: (load_json_schema(standards / "schema" / f"ninjs-schema_{version}.json"), [geojson])
        for version in NINJS_VERSIONS
    }


def schema_errors(data: bytes, version: str, schemas: Schemas) -> list[str]:
    schema, others = schemas[version]
    return [str(error) for error in validate_json(json.loads(data), schema, "out.json", others)]


def test_the_validator_checks_formats_and_resolves_geojson_locally(schemas: Schemas) -> None:
    """The check the tests below rely on fails where it must: a bad date-time, a bad uri, bad GeoJSON."""
    good = {"uri": "urn:x", "versionCreated": "2024-01-02T03:04:05Z", "places": [{"name": "p"}]}
    assert schema_errors(json.dumps(good).encode(), "3.1", schemas) == []
    bad_date = {**good, "versionCreated": "2024-01-02 03:04"}
    assert "date-time" in schema_errors(json.dumps(bad_date).encode(), "3.1", schemas)[0]
    assert schema_errors(json.dumps({**good, "uri": "no scheme"}).encode(), "3.1", schemas)
    bad_geo = {**good, "places": [{"name": "p", "geoJSON": {"type": "Point", "coordinates": "x"}}]}
    assert schema_errors(json.dumps(bad_geo).encode(), "3.1", schemas)
    assert schema_errors(json.dumps({**good, "versioncreated": "2024"}).encode(), "3.1", schemas)


# --- the writer -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", NINJS_VERSIONS)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_every_sample_writes_valid_ninjs(sample: Path, version: str, schemas: Schemas) -> None:
    item = api.read(sample, format="text").item
    data = api.write(item, "ninjs", ninjs_version=version)
    assert schema_errors(data, version, schemas) == []
    document = json.loads(data)
    assert document["standard"]["version"] == version
    words = " ".join(block.text for block in item.body).split()
    assert " ".join(block.text for block in api.read(data).item.body).split() == words


_law_runs: dict[str, int] = {}


@settings(max_examples=LAW_EXAMPLES)
@given(item=news_items())
def test_written_ninjs_is_valid_for_any_model(schemas: Schemas, item: NewsItem) -> None:
    _law_runs["valid"] = _law_runs.get("valid", 0) + 1
    for version in NINJS_VERSIONS:
        data = write_ninjs(item, WriteOptions(ninjs_version=version))
        assert schema_errors(data, version, schemas) == [], data.decode()


@settings(max_examples=LAW_EXAMPLES)
@given(news_items())
def test_round_trip_laws(item: NewsItem) -> None:
    """read(write(m)) is exactly what ninjs carries of m, read without a warning, and writing that
    again gives the same bytes (for both versions)."""
    _law_runs["round_trip"] = _law_runs.get("round_trip", 0) + 1
    for version in NINJS_VERSIONS:
        options = WriteOptions(ninjs_version=version)
        written = write_ninjs(item, options)
        result = read_ninjs(written)
        assert result.warnings == ()
        assert result.item == ninjs_view(item)
        assert write_ninjs(result.item, options) == written


@settings(max_examples=LAW_EXAMPLES)
@given(messages())
def test_message_laws(message: Message) -> None:
    """A message of one item is written as that item, of several as a ninjs collection (one object
    per item, in order), of none refused by name. The items of a BBC envelope read back as a
    message of exactly what ninjs carries of each, without a warning."""
    _law_runs["message"] = _law_runs.get("message", 0) + 1
    for version in NINJS_VERSIONS:
        options = WriteOptions(ninjs_version=version)
        if len(message.items) == 1:
            assert write_ninjs(message, options) == write_ninjs(message.items[0], options)
        elif message.items:
            collection = json.loads(write_ninjs(message, options))
            assert collection == [json.loads(write_ninjs(item, options)) for item in message.items]
        else:
            with pytest.raises(WriteError) as caught:
                write_ninjs(message, options)
            assert caught.value.location.field == "items"
        if not message.items:
            continue
        envelope = {"item": [json.loads(write_ninjs(item, options)) for item in message.items]}
        result = read_ninjs(json.dumps(envelope).encode())
        assert result.warnings == ()
        assert result.items == tuple(ninjs_view(item) for item in message.items)
        if len(message.items) == 1:
            assert result.message is None
        else:
            assert result.message == Message(items=[ninjs_view(item) for item in message.items])


@pytest.mark.law  # counts the laws above: runs with them under `make deep`
def test_the_laws_ran_enough_examples() -> None:
    """Runs after the two laws above (definition order): each ran at least 300 examples (500 under CI)."""
    assert set(_law_runs) == {"valid", "round_trip", "message"}
    for law, count in _law_runs.items():
        assert count >= LAW_EXAMPLES, f"{law} ran {count} examples, not {LAW_EXAMPLES}"


def test_a_guid_or_href_that_is_no_uri_is_wrapped_and_read_back_exactly() -> None:
    item = NewsItem(
        guid="20170825001315282180",
        renditions=[Rendition(href="photos/a b.jpg"), Rendition(href="https://example.com/a.jpg")],
    )
    document = json.loads(write_ninjs(item))
    assert document["uri"] == "urn:newsml-kit:guid:20170825001315282180"
    assert [r["href"] for r in document["renditions"]] == [
        "urn:newsml-kit:href:photos%2Fa%20b.jpg",
        "https://example.com/a.jpg",
    ]
    assert read_ninjs(write_ninjs(item)).item == item.model_copy(
        update={"renditions": [r.model_copy(update={"rendition": None}) for r in item.renditions]}
    )
    # A guid that looks wrapped already is wrapped again, so that reading gives it back.
    tricky = NewsItem(guid="urn:newsml-kit:guid:abc")
    assert read_ninjs(write_ninjs(tricky)).item.guid == "urn:newsml-kit:guid:abc"


def test_version_2_2_spells_properties_in_lower_case() -> None:
    item = NewsItem(
        guid="urn:x",
        version_created=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        embargo=datetime(2024, 1, 3, tzinfo=UTC),
        pub_status=PubStatus.WITHHELD,
        headline="h",
        body=[Block(text="b")],
        renditions=[Rendition(href="https://x.org/a.jpg", content_type="image/jpeg", size=10)],
    )
    v3 = json.loads(write_ninjs(item))
    v2 = json.loads(write_ninjs(item, WriteOptions(ninjs_version="2.2")))
    assert {"versionCreated", "embargoedUntil", "pubStatus"} <= v3.keys()
    assert {"versioncreated", "embargoed", "pubstatus"} <= v2.keys()
    assert v2["bodies"][0]["contenttype"] == v3["bodies"][0]["contentType"] == "text/html"
    assert v2["renditions"][0]["sizeinbytes"] == v3["renditions"][0]["sizeInBytes"] == 10
    assert v2["versioncreated"] == v3["versionCreated"] == "2024-01-02T03:04:05Z"


def test_a_message_of_one_item_is_written_as_the_item_and_of_several_as_a_collection() -> None:
    """Regression (issue 15): a message of several items was refused; it is a ninjs collection now."""
    item = NewsItem(guid="urn:x", headline="h")
    other = NewsItem(guid="urn:y", headline="i")
    assert write_ninjs(Message(items=[item])) == write_ninjs(item)
    collection = json.loads(write_ninjs(Message(items=[item, other])))
    assert collection == [json.loads(write_ninjs(item)), json.loads(write_ninjs(other))]
    with pytest.raises(WriteError, match="holds no news item") as caught:
        write_ninjs(Message(items=[]))
    assert caught.value.location.field == "items"


def test_an_unknown_ninjs_version_is_refused() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"ninjs 2\.0 is not written \(choose 2\.2 or 3\.1\)"):
        api.write(NewsItem(guid="urn:x"), "ninjs", ninjs_version="2.0")


def test_ninjs_is_registered_for_reading_and_writing() -> None:
    assert "ninjs" in readable_formats()
    assert "ninjs" in writable_formats()
    assert "ninjs" not in KNOWN_NAMES


# --- the body as HTML -------------------------------------------------------------------------------------


def test_captions_and_credits_survive_the_html_body() -> None:
    blocks = [
        Block(text="  edge <b> & \r\n inner  "),
        Block(kind=BlockKind.CAPTION, text="Photo: A. Person", credit=TextRange(start=7, end=16)),
        Block(text=""),
        Block(kind=BlockKind.CAPTION, text="no credit"),
    ]
    written = blocks_to_html(blocks)
    assert "<b>" not in written
    assert "\r" not in written  # as &#13;, which no HTML parser normalises
    assert html_to_blocks(written).blocks == tuple(blocks)


@pytest.mark.parametrize(
    ("fragment", "texts"),
    [
        ("<p>a<br>b</p><p>c</p>", ["a\nb", "c"]),
        ("<p>a<p>b", ["a", "b"]),  # unclosed paragraphs
        ("loose text", ["loose text"]),
        ("<div>x<div> </div>y</div>", ["x", "y"]),
        ("<p>fish&nbsp;&amp;&#160;chips</p>", ["fish\xa0&\xa0chips"]),
        ("<ul><li>one</li><li></li></ul><h2>Two</h2>", ["one", "Two"]),
        ("<p><figure><img src=x><figcaption>cap</figcaption></figure></p>", ["cap"]),
        ("<p>x<!-- a comment --></p>", ["x"]),
    ],
)
def test_agency_html_becomes_blocks_with_every_word(fragment: str, texts: list[str]) -> None:
    assert [block.text for block in html_to_blocks(fragment).blocks] == texts


def test_script_content_is_left_out_with_a_warning() -> None:
    document = {"uri": "urn:x", "body_html": "<p>a<script>var p = '<p>';</script>b</p>"}
    result = read_ninjs(json.dumps(document).encode())
    assert [block.text for block in result.item.body] == ["ab"]
    assert [(w.location.field, "script" in w.message) for w in result.warnings] == [("/body_html", True)]


def test_a_figcaption_is_a_caption() -> None:
    body = html_to_blocks("<figure><figcaption>Hoa sen</figcaption></figure>").blocks
    assert body == (Block(kind=BlockKind.CAPTION, text="Hoa sen"),)


# --- the reader on the corpus: file by file, against what the source holds ---------------------------------


def _objects(tree: dict[str, Any]) -> list[dict[str, Any]]:
    return tree["item"] if "item" in tree and "uri" not in tree else [tree]


def _low(obj: dict[str, Any]) -> dict[str, Any]:
    return {key.lower(): value for key, value in obj.items()}


def _instant(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _source_body(low: dict[str, Any]) -> tuple[str, bool] | None:
    """The richest form of the source body: HTML when there is some."""
    forms = [(e["value"], "html" in e.get("contenttype", "").lower()) for e in low.get("bodies", [])]
    forms += [(value, "html" in key) for key, value in low.items() if key.startswith("body_")]
    return next((form for form in forms if form[1]), forms[0] if forms else None)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_file_maps_what_the_source_holds(shared: Path, name: str) -> None:
    path = shared / "corpus" / "ninjs" / name
    result = api.read(path)
    sources = [_low(obj) for obj in _objects(json.loads(path.read_bytes()))]
    assert len(result.items) == len(sources)
    for low, item in zip(sources, result.items, strict=True):
        assert item.guid == low.get("uri", low.get("guid"))
        if "version" in low:
            assert item.version == int(low["version"])
        assert item.headline == low.get("headline")
        assert item.language == low.get("language")
        assert item.byline == low.get("byline", low.get("by"))
        assert item.dateline == low.get("located")
        for key, field in (("versioncreated", "version_created"), ("firstcreated", "first_created")):
            moment = getattr(item, field)
            assert (moment is None) == (key not in low)
            if moment is not None:
                assert moment == _instant(low[key])
        embargo = low.get("embargoed")
        assert item.embargo == (None if embargo is None else _instant(embargo))
        assert item.pub_status == (None if "pubstatus" not in low else PubStatus(low["pubstatus"]))
        assert item.urgency == low.get("urgency")
        rights = ("copyrightholder", "copyrightnotice", "usageterms")
        if any(key in low for key in rights):
            assert item.rights is not None
            assert item.rights.model_dump() == {
                "copyright_holder": low.get("copyrightholder"),
                "copyright_notice": low.get("copyrightnotice"),
                "usage_terms": low.get("usageterms"),
            }
        subjects = low.get("subject", low.get("subjects", []))
        assert [s.name for s in item.subjects] == [s["name"] for s in subjects]
        for subject, source in zip(item.subjects, subjects, strict=True):
            assert subject.qcode.endswith(source["code"])
        people = low.get("authors", []) + low.get("person", [])
        assert [p.name for p in item.people] == [p["name"] for p in people]
        assert [p.name for p in item.places] == [p["name"] for p in low.get("place", [])]
        renditions = low.get("renditions", {})
        assert [(r.rendition, r.href) for r in item.renditions] == [
            (k, v["href"]) for k, v in renditions.items()
        ]
        _assert_same_body(item, _source_body(low))
    for warning in result.warnings:
        assert warning.location.field is not None
        assert warning.location.field.startswith("/")


def _assert_same_body(item: NewsItem, source: tuple[str, bool] | None) -> None:
    if source is None:
        assert item.body == []
        return
    text, is_html = source
    if not is_html:
        assert _squeezed("".join(block.text for block in item.body)) == _squeezed(text)
        return
    # Every character of text, in order (tags out, character references decoded) ...
    stripped = html.unescape(re.sub(r"<[^>]*>", "", text))
    assert _squeezed("".join(block.text for block in item.body)) == _squeezed(stripped)
    # ... one block for each run of text between block-level tags (paragraphs, headings, captions).
    runs = re.split(r"</?(?:p|h[1-6]|li|ul|ol|div|figure|figcaption)\b[^>]*>", text)
    with_text = [
        run for run in runs if html.unescape(re.sub(r"<!--.*?-->|<[^>]*>", "", run, flags=re.S)).strip()
    ]
    assert len(item.body) == len(with_text)
    captions = [block for block in item.body if block.kind is BlockKind.CAPTION]
    assert len(captions) == text.count("<figcaption")


def test_the_embargoed_item_has_its_editorial_status(shared: Path) -> None:
    source = json.loads((shared / "corpus" / "ninjs" / "ninjs_embargoed.json").read_bytes())
    item = api.read(shared / "corpus" / "ninjs" / "ninjs_embargoed.json").item
    assert item.embargo == datetime.fromisoformat(source["embargoed"])
    assert item.version_created is not None
    assert item.embargo is not None
    assert item.embargo > item.version_created
    assert item.pub_status is PubStatus(source["pubstatus"])
    roles = {author["name"]: author["role"] for author in source["authors"]}
    assert [p.roles for p in item.people] == [
        [PersonRole.AUTHOR] if roles[p.name] == "author" else [] for p in item.people
    ]


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_file_writes_valid_ninjs_and_writing_is_idempotent(
    shared: Path, name: str, schemas: Schemas
) -> None:
    for item in api.read(shared / "corpus" / "ninjs" / name).items:
        for version in NINJS_VERSIONS:
            written = api.write(item, "ninjs", ninjs_version=version)
            assert schema_errors(written, version, schemas) == []
            again = read_ninjs(written)
            assert again.warnings == ()
            assert again.item == ninjs_view(item)
            assert api.write(again.item, "ninjs", ninjs_version=version) == written


@pytest.mark.parametrize("name", EXAMPLES)
def test_official_examples_of_every_version_import(shared: Path, name: str) -> None:
    path = shared / name
    source = _low(json.loads(path.read_bytes()))
    item = api.read(path).item
    assert item.guid == source["uri"]
    headlines = source.get("headlines") or [{"value": source.get("headline", source.get("headline_main"))}]
    assert item.headline == headlines[0]["value"]


def test_strict_mode_turns_the_first_warning_into_an_error(shared: Path) -> None:
    path = shared / "corpus" / "ninjs" / "ninjs1.json"
    first = api.read(path).warnings[0]
    with pytest.raises(ParseError, match="strict mode") as caught:
        api.read(path, strict=True)
    assert caught.value.location == first.location
    clean = write_ninjs(NewsItem(guid="urn:x", headline="h"))
    assert api.read(clean, strict=True).item.headline == "h"


# --- repairs and what the model cannot carry: warnings with the JSON path --------------------------------


def _read(document: dict[str, Any]) -> tuple[NewsItem, list[tuple[str | None, str]]]:
    result = read_ninjs(json.dumps(document).encode())
    return result.item, [(w.location.field, w.message) for w in result.warnings]


@pytest.mark.parametrize(
    ("given", "expected", "repair"),
    [
        ("2017-08-24T04:38:34+0000", datetime(2017, 8, 24, 4, 38, 34, tzinfo=UTC), "offset +0000"),
        ("2018-05-30T15:14:24", datetime(2018, 5, 30, 15, 14, 24, tzinfo=UTC), "no time zone"),
        ("2018-05-30 15:14:24Z", datetime(2018, 5, 30, 15, 14, 24, tzinfo=UTC), "a space"),
        (" 2018-05-30T15:14Z", datetime(2018, 5, 30, 15, 14, tzinfo=UTC), "whitespace"),
    ],
)
def test_date_repairs_are_warned_with_the_path(given: str, expected: datetime, repair: str) -> None:
    item, warnings = _read({"uri": "urn:x", "versioncreated": given})
    assert item.version_created == expected
    assert len(warnings) == 1
    assert warnings[0][0] == "/versioncreated"
    assert repair in warnings[0][1]


def test_an_rfc3339_date_needs_no_repair() -> None:
    item, warnings = _read({"uri": "urn:x", "versionCreated": "2024-02-29T23:59:59.5-03:30"})
    assert warnings == []
    assert item.version_created is not None
    assert item.version_created.isoformat() == "2024-02-29T23:59:59.500000-03:30"


def test_what_the_model_cannot_carry_is_named() -> None:
    document = {
        "uri": "urn:x",
        "slugline": "SLUG",
        "genres": [{"name": "Feature"}],
        "type": "picture",
        "subjects": [{"name": "n", "literal": "medtop:01000000", "relevance": 90}],
        "people": [{"name": "A", "rel": "about", "literal": "7up"}],
        "annotations": [],  # empty: carries nothing, no warning
    }
    item, warnings = _read(document)
    assert item.subjects == [Subject(qcode="medtop:01000000", name="n")]
    assert item.people == [Person(id="per1", name="A")]
    fields = {field for field, _ in warnings}
    assert fields == {"/slugline", "/genres", "/type", "/subjects/0", "/people/0/rel", "/people/0/literal"}
    assert any("'relevance'" in message for _, message in warnings)


def test_superdesk_and_1x_spellings_are_read() -> None:
    document = {
        "guid": "tag:x,2024:1",
        "id": 12,
        "altids": {"agency": "A-1"},
        "headline": "h",
        "byline": "b",
        "description_text": "d",
        "body_text": "one\n\ntwo\r\nthree",
        "authors": [{"name": "Jo", "role": "writer"}],
        "place": [{"code": "HN", "name": "Hà Nội"}],
        "subject": [{"code": "01000000", "name": "arts"}, {"scheme": "fuzo", "code": "sci", "name": "Sci"}],
        "renditions": {"original": {"href": "https://x.org/a.jpg", "mimetype": "image/jpeg", "width": "172"}},
        "source": "AAP",
        "pubstatus": "Cancelled",
        "urgency": 3.0,
    }
    item, warnings = _read(document)
    assert item.guid == "tag:x,2024:1"
    assert item.source_ids == [SourceId(type="id", value="12"), SourceId(type="agency", value="A-1")]
    assert [b.text for b in item.body] == ["one", "two", "three"]
    assert item.people == [Person(id="per1", name="Jo", roles=[PersonRole.AUTHOR])]
    assert item.places == [Place(id="HN", name="Hà Nội")]
    assert [s.qcode for s in item.subjects] == ["subj:01000000", "fuzo:sci"]
    assert item.renditions == [
        Rendition(href="https://x.org/a.jpg", rendition="original", content_type="image/jpeg", width=172)
    ]
    assert (item.provider, item.pub_status, item.urgency) == ("AAP", PubStatus.CANCELED, 3)
    assert {field for field, _ in warnings} == {
        "/subject/0/code",  # no scheme: read as an IPTC subject code
        "/renditions/original/width",  # a number as a string
        "/pubstatus",  # spelling
    }


def test_a_bbc_envelope_of_several_items_is_a_message() -> None:
    envelope = {"total": 2, "item": [{"uri": "urn:a", "headline": "A"}, {"uri": "urn:b", "headline": "B"}]}
    result = read_ninjs(json.dumps(envelope).encode())
    assert [item.headline for item in result.items] == ["A", "B"]
    assert result.message is not None
    assert list(result.message.items) == list(result.items)
    assert [(w.location.field, "'total'" in w.message) for w in result.warnings] == [("/", True)]


# --- bad input: a newsml_kit error with the line or the JSON path ----------------------------------------


def test_invalid_json_gives_line_and_column() -> None:
    with pytest.raises(ParseError, match="invalid JSON") as caught:
        read_ninjs(
            b'{"uri": "urn:x",\n  "headline": }',
        )
    assert (caught.value.location.line, caught.value.location.column) == (2, 15)


@pytest.mark.parametrize(
    ("document", "path", "what"),
    [
        ({"uri": 5}, "/uri", "expected a string"),
        ({"uri": "urn:x", "headlines": [{"value": ["h"]}]}, "/headlines/0/value", "expected a string"),
        ({"uri": "urn:x", "headlines": {"value": "h"}}, "/headlines/value", "expected an object"),
        ({"uri": "urn:x", "subjects": "medtop:1"}, "/subjects", "expected an array"),
        ({"uri": "urn:x", "versionCreated": "yesterday"}, "/versionCreated", "not a date-time"),
        (
            {"uri": "urn:x", "versionCreated": "2024-02-30T00:00:00Z"},
            "/versionCreated",
            "day is out of range",
        ),
        ({"uri": "urn:x", "embargoedUntil": "2024-01-01T00:00:00+15:00"}, "/embargoedUntil", "14:00"),
        ({"uri": "urn:x", "headline": "bell\u0007"}, "/headline", "U+0007"),
        ({"uri": "urn:x", "altids": {"\u001f": "v"}}, "/altids/\u001f", "U+001F"),  # a 1.x role is a key
        ({"uri": "urn:a b"}, "/uri", "whitespace"),
        ({"headline": "h", "body_html": "<p/>"}, "/", "needs a uri"),
        ({"total": 1, "item": [{"uri": "urn:x", "by": 1}]}, "/item/0/by", "expected a string"),
        (
            {"uri": "urn:x", "renditions": [{"name": "n", "href": "h", "width": True}]},
            "/renditions/0/width",
            "number",
        ),
    ],
)
def test_wrong_types_and_bad_dates_name_the_json_path(document: Any, path: str, what: str) -> None:
    with pytest.raises((ParseError, ModelValidationError)) as caught:
        _read(document)
    assert caught.value.location.field == path
    assert what in caught.value.message


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"uri": "urn:x", "urgency": "high"}, "/urgency"),
        ({"uri": "urn:x", "urgency": 12}, "/urgency"),
        ({"uri": "urn:x", "version": "1.2"}, "/version"),
        ({"uri": "urn:x", "language": "english please"}, "/language"),
        ({"uri": "urn:x", "pubStatus": "draft"}, "/pubStatus"),
    ],
)
def test_a_value_the_model_cannot_take_is_a_warning_at_its_path(document: Any, path: str) -> None:
    item, warnings = _read(document)
    assert [field for field, _ in warnings] == [path]
    assert (item.urgency, item.version, item.language, item.pub_status) == (None, 1, None, None)


@pytest.mark.parametrize(
    "data", [b"", b"\xff\xfe{", b"[1, 2]", b'"uri"', b'{"uri": "urn:x", "uri": "urn:y"}']
)
def test_non_documents_are_parse_errors(data: bytes) -> None:
    with pytest.raises(ParseError):
        read_ninjs(data)


@pytest.mark.parametrize("format_name", ["ninjs", "json"])
def test_an_integer_too_long_for_python_is_a_parse_error(format_name: str) -> None:
    """Regression: json.loads raises a bare ValueError for an integer literal of 4300+ digits."""
    data = b'{"uri": "urn:x", "urgency": ' + b"9" * 5000 + b"}"
    with pytest.raises(ParseError, match="invalid JSON"):
        api.read(data, format=format_name)


@pytest.mark.parametrize(
    "document", [{"uri": "urn:x", "version": "9" * 5000}, {"uri": "urn:x", "urgency": "9" * 5000}]
)
def test_a_numeric_string_too_long_for_python_is_no_number(document: dict[str, Any]) -> None:
    item, warnings = _read(document)
    assert (item.version, item.urgency) == (1, None)
    assert len(warnings) == 1


# A numeric string around int()'s 4300-digit limit, built from a short drawn run of digits: drawn
# digit by digit, 4000 to 5000 of them made this the suite's slowest law.
_long_digits = st.tuples(st.text("0123456789", min_size=1, max_size=8), st.integers(4000, 5000)).map(
    lambda run: (run[0] * (run[1] // len(run[0]) + 1))[: run[1]]
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=8)
    | _long_digits,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
ninjs_keys = st.sampled_from(
    [
        *("uri", "guid", "headline", "headlines", "bodies", "body_html", "versionCreated", "versioncreated"),
        *("people", "authors", "subjects", "subject", "renditions", "altIds", "altids", "urgency"),
        *("pubStatus", "version", "descriptions", "infoSources", "events", "place", "item", "language"),
        "embargoed",
    ]
)


@settings(max_examples=examples(300))
@given(
    st.dictionaries(ninjs_keys | st.text(max_size=6), json_values, max_size=10),
    st.sampled_from(["", "urn:x"]),
)
def test_any_json_is_read_or_refused_with_a_newsml_kit_error(document: dict[str, Any], uri: str) -> None:
    if uri:
        document.setdefault("uri", uri)
    error: NewsmlKitError | None = None
    try:
        read_ninjs(json.dumps(document).encode())
    except NewsmlKitError as exc:
        error = exc
    if error is not None:
        assert error.location.field is not None or error.location.line is not None


# --- the command line -------------------------------------------------------------------------------------


def test_convert_writes_the_ninjs_version_asked_for(tmp_path: Path) -> None:
    for version in NINJS_VERSIONS:
        result = CliRunner().invoke(
            main, ["convert", str(SAMPLES[0]), "--to", "ninjs", "--ninjs-version", version]
        )
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["standard"]["version"] == version
    default = CliRunner().invoke(main, ["convert", str(SAMPLES[0]), "--to", "ninjs"])
    assert json.loads(default.stdout)["standard"]["version"] == WriteOptions().ninjs_version


def test_ninjs_version_is_a_usage_error_for_other_formats() -> None:
    result = CliRunner().invoke(main, ["convert", str(SAMPLES[0]), "--to", "json", "--ninjs-version", "2.2"])
    assert result.exit_code == 2
    assert "--ninjs-version applies to --to ninjs only" in result.output


def test_the_cli_offers_exactly_the_versions_the_writer_writes() -> None:
    convert = main.commands["convert"]  # type: ignore[attr-defined]
    option = next(param for param in convert.params if param.name == "ninjs_version")
    assert tuple(option.type.choices) == NINJS_VERSIONS
    assert WriteOptions().ninjs_version in NINJS_VERSIONS


def test_validate_accepts_what_convert_writes(shared: Path, tmp_path: Path) -> None:
    standards = shared / "standards" / "ninjs"
    for version in NINJS_VERSIONS:
        out = tmp_path / f"out-{version}.json"
        converted = CliRunner().invoke(
            main, ["convert", str(SAMPLES[0]), "--to", "ninjs", "--ninjs-version", version, "-o", str(out)]
        )
        assert converted.exit_code == 0, converted.output
        schema = standards / "schema" / f"ninjs-schema_{version}.json"
        geojson = standards / "third_party" / "geojson" / "GeoJSON.json"
        args = ["validate", str(out), "--schema", str(schema), "--schema", str(geojson)]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
