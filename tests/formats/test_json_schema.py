"""The committed JSON Schema: it matches the model, and canonical JSON output conforms to it."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import given, settings

from conftest import examples
from newsml_kit.formats.json import SCHEMA_ID, json_schema_bytes, write_json
from newsml_kit.model import Message, NewsItem
from newsml_kit.resources import schema_bytes
from support.paths import REPO
from support.strategies import messages, news_items

COMMITTED = REPO / "schemas" / "newsml-kit.schema.json"
_SCHEMA = json.loads(COMMITTED.read_bytes())
_VALIDATOR = jsonschema.Draft202012Validator(
    _SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def test_committed_schema_matches_the_model() -> None:
    assert COMMITTED.read_bytes() == json_schema_bytes(), (
        "schemas/newsml-kit.schema.json drifted from the model: run `python scripts/generate_schemas.py`"
    )


def test_committed_schema_is_a_valid_draft_2020_12_schema_with_an_id() -> None:
    jsonschema.Draft202012Validator.check_schema(_SCHEMA)
    assert _SCHEMA["$id"] == SCHEMA_ID


def test_the_package_ships_the_committed_schema() -> None:
    assert schema_bytes("newsml-kit.schema.json") == COMMITTED.read_bytes()


@settings(max_examples=examples(150))
@given(news_items())
def test_written_items_conform_to_the_schema(item: NewsItem) -> None:
    _VALIDATOR.validate(json.loads(write_json(item)))


@settings(max_examples=examples(50))
@given(messages())
def test_written_messages_conform_to_the_schema(message: Message) -> None:
    _VALIDATOR.validate(json.loads(write_json(message)))


def test_the_schema_rejects_what_the_model_rejects() -> None:
    document = json.loads(write_json(NewsItem(guid="urn:x", headline="ok")))
    document["headline"] = "bad \u0001"
    assert not _VALIDATOR.is_valid(document)
    document["headline"] = "ok"
    document["colour"] = "red"
    assert not _VALIDATOR.is_valid(document)
    document.pop("colour")
    document["content_created"] = "2022-13"
    assert not _VALIDATOR.is_valid(document)
