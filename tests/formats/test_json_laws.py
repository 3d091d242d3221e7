"""The canonical JSON laws, for every model hypothesis can build."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from newsml_kit.formats.json import read_json, write_json
from newsml_kit.model import Message, NewsItem
from support.strategies import messages, news_items

_examples_run: dict[str, int] = {}


def _count(law: str) -> None:
    _examples_run[law] = _examples_run.get(law, 0) + 1


@given(news_items())
def test_read_inverts_write(item: NewsItem) -> None:
    _count("read_inverts_write")
    assert read_json(write_json(item)).item == item


@given(news_items())
def test_write_is_idempotent_through_read(item: NewsItem) -> None:
    _count("write_idempotent")
    written = write_json(item)
    assert write_json(read_json(written).item) == written


@given(messages())
def test_messages_round_trip(message: Message) -> None:
    _count("messages_round_trip")
    result = read_json(write_json(message))
    assert result.message == message
    assert result.items == tuple(message.items)
    assert write_json(result.message) == write_json(message)


@pytest.mark.law  # counts the laws above: runs with them under `make deep`
def test_every_law_ran_the_configured_number_of_examples() -> None:
    """The laws above ran (in this session) as many examples as the active profile asks:
    >= 500 under CI. Runs last in this module by definition order."""
    wanted = settings.default.max_examples
    assert set(_examples_run) == {"read_inverts_write", "write_idempotent", "messages_round_trip"}
    for law, count in _examples_run.items():
        assert count >= wanted, f"{law} ran {count} examples, the profile asks for {wanted}"
