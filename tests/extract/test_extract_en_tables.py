"""The English tables of names read only at the words that open them (``grammar.table_matches``):
the same matches as scanning the text with the table's pattern, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from newsml_kit.extract.en.grammar import table_keys, table_matches
from newsml_kit.extract.en.vocab import vocab
from newsml_kit.extract.vocab import alternation

_NAMES = ["New York", "New York Times", "York", "20th Century Fox", "AT&T", "O'Neill", "Mr", "Sam"]
# As the English vocabularies build their tables: at a word's start, nothing word-like after it.
_AT_WORD = alternation(_NAMES, word_start=True, after=r"[\w-]")
_TABLE = re.compile(rf"(?:{_AT_WORD})(?![\w-]|['\u2019]\w\w)")

_SENTENCES = [
    "The New York Times said New York and York were rivals.",
    "A 20th Century Fox film, 20th-century habits and 120th Century Foxes.",
    "AT&T and ATT, O'Neill's team, Mr Sam and Mrs Samson met.",
    "Anglo-York, York-based, NewYork, New Yorker, New  York.",
    "",
    "no capitals here at all",
]


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_a_table_read_at_its_words_matches_as_its_pattern_does(sentence: str) -> None:
    keys = table_keys(_NAMES)
    assert keys is not None
    assert _spans(table_matches(_TABLE, keys, sentence)) == _spans(list(_TABLE.finditer(sentence)))


def test_a_name_opening_on_another_character_leaves_the_table_to_its_pattern() -> None:
    names = ["Zurich", "\u00c9cole Polytechnique", "'t Hooft"]
    assert table_keys(names) is None
    table = re.compile(rf"(?:{alternation(names, word_start=True)})(?![\w-])")
    sentence = "From Zurich to the \u00c9cole Polytechnique."
    assert _spans(table_matches(table, None, sentence)) == _spans(list(table.finditer(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Tony Blair met Sir John Major in London and Paris with the BBC and Labour.",
        "Ms Ann Lee of Acme left New Zealand for the European Union, the OBE and an Oscar.",
    ],
)
def test_the_english_tables_match_as_their_patterns_do(sentence: str) -> None:
    v = vocab()
    for table, keys in [
        (v.places_re, v.places_keys),
        (v.organisations_re, v.organisations_keys),
        (v.award_names_re, v.award_names_keys),
        (v.name_opener_re, v.name_opener_keys),
    ]:
        assert keys is not None  # every name of these tables opens on a capital or a digit
        assert _spans(table_matches(table, keys, sentence)) == _spans(list(table.finditer(sentence)))
