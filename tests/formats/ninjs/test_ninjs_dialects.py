"""ninjs as agencies and content APIs send it (issue 15), each failure class on a team-written document:
bodies read by their content type (NITF, HTML), collections, AP Media API envelopes, and ``_id`` as the
identifier of last resort."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsml_kit import api
from newsml_kit.errors import NewsmlKitError, ParseError
from newsml_kit.formats import ReadOptions, ReadResult, detect_format
from newsml_kit.formats.ninjs.read import read_ninjs
from newsml_kit.formats.ninjs.write import write_ninjs
from newsml_kit.model import Message
from support.ninjs import ninjs_view
from support.strategies import messages

NITF_BODY = (
    "<nitf><head><title>Harbour opens</title></head><body><body.head><hedline><hl1>Harbour opens</hl1>"
    "</hedline></body.head><body.content><p>The new harbour opened on Monday.</p>"
    "<p>Ships <em>queued</em> at dawn;<br/>the mayor cut the ribbon.</p></body.content></body></nitf>"
)
PLAIN_BODY = "The new harbour opened on Monday.\nShips queued at dawn; the mayor cut the ribbon."


def read(document: Any) -> ReadResult:
    data = json.dumps(document).encode()
    assert detect_format(data) == "ninjs"
    return read_ninjs(data)


def texts(result: ReadResult, index: int = 0) -> list[str]:
    return [block.text for block in result.items[index].body]


def warnings_at(result: ReadResult, field: str) -> list[str]:
    return [w.message for w in result.warnings if w.location.field == field]


# --- bodies by their content type --------------------------------------------------------------------------


def test_an_nitf_body_is_read_as_nitf_not_as_lines_of_markup() -> None:
    """Regression: the NITF markup became paragraphs of text and the plain-text body was dropped."""
    document = {
        "uri": "urn:test:nitf-body",
        "bodies": [
            {"role": "main", "contentType": "text/vnd.IPTC.NITF", "value": NITF_BODY},
            {"role": "main", "contentType": "text/plain", "value": PLAIN_BODY},
        ],
    }
    result = read(document)
    assert texts(result) == [
        "The new harbour opened on Monday.",
        "Ships queued at dawn;\nthe mayor cut the ribbon.",
    ]
    assert not any("<" in text for text in texts(result))
    # The plain text holds the same words: an alternative form, said so.
    assert warnings_at(result, "/bodies/1/value") == [
        "an alternative form of the body (read from /bodies/0/value): not kept"
    ]
    # What the NITF held beyond its body text is named, never dropped silently.
    nitf_notes = " ".join(warnings_at(result, "/bodies/0/value"))
    assert "NITF <head>" in nitf_notes
    assert "NITF <body.head>" in nitf_notes
    assert "<em>" in nitf_notes


def test_a_plain_text_body_with_other_words_is_reported_as_such() -> None:
    document = {
        "uri": "urn:test:two-bodies",
        "bodies": [
            {"contentType": "text/vnd.IPTC.NITF", "value": NITF_BODY},
            {"contentType": "text/plain", "value": PLAIN_BODY + "\nA correction was appended later."},
        ],
    }
    result = read(document)
    (warning,) = warnings_at(result, "/bodies/1/value")
    assert (
        warning
        == "a body with other words than the one read from /bodies/0/value (5 words not in it): not kept"
    )


def test_an_html_body_is_read_by_its_content_type() -> None:
    document = {
        "uri": "urn:test:html",
        "bodies": [{"contentType": "text/html", "value": "<p>One &amp; two.</p><p>Three<br>four.</p>"}],
    }
    assert texts(read(document)) == ["One & two.", "Three\nfour."]


def test_nitf_that_is_not_well_formed_is_read_as_html_with_a_warning() -> None:
    document = {
        "uri": "urn:test:bad-nitf",
        "bodies": [
            {"contentType": "text/vnd.IPTC.NITF", "value": "<body.content><p>Open<p>Shut</body.content>"}
        ],
    }
    result = read(document)
    assert texts(result) == ["Open", "Shut"]
    (warning,) = warnings_at(result, "/bodies/0/value")
    assert warning.startswith("the NITF body is not well-formed XML")
    assert warning.endswith(": read as HTML")


def test_an_nitf_body_keeps_every_word_of_its_paragraphs() -> None:
    result = read(
        {"uri": "urn:test:w", "bodies": [{"contentType": "text/vnd.IPTC.NITF", "value": NITF_BODY}]}
    )
    source = re.findall(r"\w+", re.sub(r"<[^>]+>", " ", NITF_BODY.split("<body.content>")[1]))
    assert re.findall(r"\w+", " ".join(texts(result))) == source


# --- collections and envelopes ------------------------------------------------------------------------------


def test_a_collection_array_gives_one_item_each() -> None:
    collection = [
        {"uri": "urn:test:c1", "headline": "First", "versionCreated": "2024-05-01T10:00:00Z"},
        {"uri": "urn:test:c2", "headline": "Second", "versionCreated": "2024-05-01T11:00:00Z"},
    ]
    result = read(collection)
    assert [item.guid for item in result.items] == ["urn:test:c1", "urn:test:c2"]
    assert result.message is not None
    assert [item.headline for item in result.message.items] == ["First", "Second"]
    single = read(collection[:1])
    assert single.item.guid == "urn:test:c1"
    assert single.message is None


def test_an_empty_collection_is_an_error() -> None:
    with pytest.raises(ParseError, match="holds no ninjs object"):
        read_ninjs(b"[]")


def test_an_entry_of_a_collection_is_located_by_its_index() -> None:
    with pytest.raises(ParseError) as caught:
        read_ninjs(json.dumps([{"uri": "urn:a"}, {"uri": 7}]).encode())
    assert caught.value.location.field == "/1/uri"


AP_ITEM = {
    "uri": "http://api.example.org/media/v/content/4f1c0de",
    "altids": {"itemid": "4f1c0de", "etag": "4f1c0de_0a1b"},
    "version": 2,
    "type": "text",
    "versioncreated": "2024-05-01T10:00:00Z",
    "pubstatus": "usable",
    "headline": "Harbour opens",
    "bylines": [{"by": "By A. Writer"}],
}


def test_an_ap_media_api_item_envelope_gives_its_item() -> None:
    envelope = {
        "api_version": "2",
        "id": "req-1",
        "method": "content.get",
        "params": {"q": "x"},
        "data": {"item": AP_ITEM},
    }
    result = read(envelope)
    item = result.item
    assert item.guid == AP_ITEM["uri"]
    assert item.version == 2
    assert item.headline == "Harbour opens"
    assert {(s.type, s.value) for s in item.source_ids} >= {("itemid", "4f1c0de"), ("etag", "4f1c0de_0a1b")}
    (envelope_warning,) = warnings_at(result, "/")
    assert "'api_version', 'id', 'method', 'params'" in envelope_warning
    # What the model has no field for is named at its path inside the envelope.
    assert any("'bylines'" in w for w in warnings_at(result, "/data/item/bylines"))


def test_an_ap_media_api_feed_gives_one_item_per_entry() -> None:
    second = {**AP_ITEM, "uri": "http://api.example.org/media/v/content/5a2", "headline": "Ships queue"}
    feed = {
        "api_version": "2",
        "data": {
            "next_page": "http://api.example.org/media/v/content/feed?page=2",
            "items": [{"meta": {"score": 1}, "item": AP_ITEM}, {"meta": {"score": 2}, "item": second}],
        },
    }
    result = read(feed)
    assert [item.headline for item in result.items] == ["Harbour opens", "Ships queue"]
    assert result.message is not None
    assert any("'next_page'" in w for w in warnings_at(result, "/data"))
    assert any("'meta'" in w for w in warnings_at(result, "/data/items/1"))


# --- identity -----------------------------------------------------------------------------------------------


def test_an_id_is_the_identifier_of_last_resort_with_a_warning() -> None:
    """Regression: a content-API item with ``_id`` but no uri or guid was refused."""
    document = {"_id": "6628a0c4e1", "headline": "Harbour opens", "body_html": "<p>Open.</p>"}
    result = read(document)
    assert result.item.guid == "6628a0c4e1"
    assert warnings_at(result, "/_id") == ["no uri or guid: the _id '6628a0c4e1' is taken as the guid"]
    with_uri = read({**document, "uri": "urn:test:u"})
    assert with_uri.item.guid == "urn:test:u"
    assert any("'_id'" in w for w in warnings_at(with_uri, "/_id"))  # not used, so named as not kept


def test_a_collection_file_is_detected_and_read_through_the_api(tmp_path: Any) -> None:
    collection = [{"uri": "urn:test:c1", "headline": "First"}, {"uri": "urn:test:c2", "headline": "Second"}]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(collection))
    result = api.read(path)
    assert len(result.items) == 2


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&;pbrnitf.ody ax\"='")) | st.characters(), max_size=80))
def test_any_nitf_body_reads_or_fails_with_a_newsml_kit_error(value: str) -> None:
    document = {"uri": "urn:test:f", "bodies": [{"contentType": "text/vnd.IPTC.NITF", "value": value}]}
    error: NewsmlKitError | None = None
    try:
        read_ninjs(json.dumps(document).encode(), ReadOptions(source="fuzz.json"))
    except NewsmlKitError as exc:
        error = exc
    if error is not None:
        assert error.location.file == "fuzz.json"


# --- the body-words law on the shared corpus ------------------------------------------------------------


def _source_bodies(obj: dict[str, Any], path: str) -> list[tuple[str, Counter[str]]]:
    """(JSON path, words) of every form of the body a ninjs object holds, markup stripped."""
    forms = [(f"{path}/{key}", value) for key, value in obj.items() if key.lower().startswith("body_")]
    for index, entry in enumerate(obj.get("bodies") or []):
        forms.append((f"{path}/bodies/{index}/value", entry.get("value")))
    return [
        (where, Counter(re.findall(r"\w+", html.unescape(re.sub(r"<[^>]*>", " ", value)))))
        for where, value in forms
        if isinstance(value, str) and value.strip()
    ]


def test_the_body_words_of_every_shared_ninjs_file_come_from_one_source_body(shared: Path) -> None:
    """The words of the model's body are those of one of the source's bodies; every other body form is
    named in a warning at its path (nothing dropped silently)."""
    files = sorted((shared / "corpus" / "ninjs").iterdir())
    assert files
    for path in files:
        tree = json.loads(path.read_bytes())
        objects = [(f"/item/{i}", o) for i, o in enumerate(tree["item"])] if "item" in tree else [("", tree)]
        result = api.read(path)
        assert len(result.items) == len(objects), path.name
        for item, (where, obj) in zip(result.items, objects, strict=True):
            forms = _source_bodies(obj, where)
            words = Counter(w for block in item.body for w in re.findall(r"\w+", block.text))
            kept = [form for form, source in forms if source == words]
            assert kept or not forms, f"{path.name}{where}: the body's words match no source body"
            warned = {w.location.field for w in result.warnings}
            silent = [form for form, _ in forms if form not in warned]
            assert len(silent) <= 1, f"{path.name}: {silent[1:]} dropped without a warning"
            assert set(silent) <= set(kept), f"{path.name}: {silent} is not the body that was read"


@settings(deadline=None)
@given(messages(min_items=1))  # a message of no news item has no ninjs form (a WriteError, tested above)
def test_a_message_round_trips_through_a_ninjs_collection(message: Message) -> None:
    """Law: a message written as ninjs reads back as what ninjs carries of each of its items, in order
    (a collection for several items, a single object for one)."""
    result = read_ninjs(write_ninjs(message))
    assert result.items == tuple(ninjs_view(item) for item in message.items)
    assert result.warnings == ()
    assert (result.message is not None) == (len(message.items) > 1)


def test_the_encoding_an_nitf_body_declares_does_not_apply_to_a_json_string() -> None:
    """The JSON string is text already: an XML declaration saying ISO-8859-1 must not garble "é"."""
    declaration = '<?xml version="1.0" encoding="ISO-8859-1"?>'
    value = declaration + "<nitf><body><body.content><p>Café</p></body.content></body></nitf>"
    result = read({"uri": "urn:test:enc", "bodies": [{"contentType": "text/vnd.IPTC.NITF", "value": value}]})
    assert texts(result) == ["Café"]
