"""Shapes shared by the English finders: capitalised words and runs of them, sentences, and
lookups of what earlier finders recorded."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsml_kit.extract.core import Extraction, Ref, Span

# A capitalised word: "Blair", "Haji-Ioannou", "O'Brien", "McConnell", "T-Mobile", "G8"; a
# possessive "'s" is not part of it, a plural possessive's apostrophe is ("Workers'", and of the
# plurals in "-men", "-ren", "-ple": "Fishermen's", "Children's", "People's").
# Written as an unrolled loop (a run of letters, then apostrophe-and-letters): the regex engine
# repeats one character class at C speed where an alternation tried at each letter is slower.
_CAP_TAIL = (
    r"[\w&-]*(?:['\u2019](?!s\b)(?=\w)[\w&-]*)*"
    r"(?:['\u2019](?:(?<=s['\u2019])(?!\w)|(?<=(?:men|ren|ple)['\u2019])s\b))?"
)
CAP = rf"[A-Z]{_CAP_TAIL}"
# The same, at the start of a word: the boundary is checked after the first letter, which lets
# the regex engine skip ahead to capitals (a leading lookbehind is tried at every position).
CAP_AT = rf"[A-Z](?<![\w'\u2019-][A-Z]){_CAP_TAIL}"
CAP_RE = re.compile(CAP_AT)
# A run of capitalised words, with "of", "and", "for", "the", "&" between them ("Department for
# Work and Pensions", "Transport and General Workers' Union").
_JOINERS = r"(?:of|and|for|the|&|de|du|von|van|der|St\.?)"
CAP_RUN_RE = re.compile(rf"{CAP_AT}(?: (?:{_JOINERS} )*{CAP})*")
# The same, of two words or more: where a lone capitalised word is of no use, the regex engine
# passes it by without a round trip to Python.
CAP_WORDS_RE = re.compile(rf"{CAP_AT}(?: (?:{_JOINERS} )*{CAP})+")
INITIAL = r"[A-Z]\.?"
ACRONYM_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z0-9&]{1,6}(?![\w-])")
# A word that introduces a place right before a name ("in Bolton", "fighting in Jordan"): the name
# is the place even when someone in the report has it as a surname.
PLACE_WORD_BEFORE_RE = re.compile(r"\b(?:in|at|to|from|near|across|around|outside|of|into) $")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019]?(?=\s+[\"'A-Z\u201c]|\s*$)")


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``position``."""
    start = 0
    for match in _SENTENCE_END_RE.finditer(text, 0, position):
        start = match.end()
    while start < len(text) and text[start] == " ":
        start += 1
    end_match = _SENTENCE_END_RE.search(text, position)
    return start, end_match.end() if end_match else len(text)


@lru_cache(maxsize=64)
def sentence_starts(text: str) -> frozenset[int]:
    """The offsets where a sentence of ``text`` starts (after quotes and spaces). Several finders
    ask this of the same paragraphs: the answer is kept for the last few texts."""
    starts = {0}
    for match in _SENTENCE_END_RE.finditer(text):
        position = match.end()
        while position < len(text) and text[position] in " \"'\u201c\u2018":
            position += 1
        starts.add(position)
    position = 0
    while position < len(text) and text[position] in "\"'\u201c\u2018":
        position += 1
    starts.add(position)
    return frozenset(starts)


@lru_cache(maxsize=64)
def cap_word_runs(text: str) -> tuple[re.Match[str], ...]:
    """The runs of two capitalised words or more of ``text`` (``CAP_WORDS_RE``): the people finder
    reads the names before a comma in them, the organisations finder its names; kept for the last
    few texts, so the scan is made once."""
    return tuple(CAP_WORDS_RE.finditer(text))


# A word opening on a capital or a digit, not inside another word, up to its first character
# that is no ASCII letter or digit: where a table of names may match, and the key it is looked up by.
_TABLE_WORD_RE = re.compile(r"[A-Z0-9](?<!\w[A-Z0-9])[A-Za-z0-9]*")


def table_keys(names: Iterable[str]) -> frozenset[str] | None:
    """The keys ``table_matches`` looks ``names`` up by: the word each opens on, as in a text;
    None when a name opens on another character (its table is then scanned as a pattern)."""
    keys = set()
    for name in names:
        word = _TABLE_WORD_RE.match(name)
        if word is None:
            return None
        keys.add(word.group())
    return frozenset(keys)


@lru_cache(maxsize=64)
def table_words(text: str) -> dict[str, list[int]]:
    """Where the words of ``text`` that open on a capital or a digit start, by their key (the
    tables of names of several finders are read at these words: one scan a text)."""
    words: dict[str, list[int]] = {}
    for match in _TABLE_WORD_RE.finditer(text):
        words.setdefault(match.group(), []).append(match.start())
    return words


def table_matches(table: re.Pattern[str], keys: frozenset[str] | None, text: str) -> list[re.Match[str]]:
    """What ``table.finditer(text)`` gives, for a table of whole words or names (nothing word-like
    goes on from a match) whose keys are ``keys`` (``table_keys``): the pattern is tried only at
    the words whose key opens one of its names (a key holds all the ASCII letters and digits a
    name opens on, so a word of another key cannot start a match). Quicker than the regex engine
    walking an alternation of hundreds of names at every capital; the words are picked by a set
    intersection in C, not a loop over the text's words for each table."""
    if keys is None:
        return list(table.finditer(text))
    words = table_words(text)
    hits = keys.intersection(words)
    if not hits:
        return []
    starts = sorted([start for key in hits for start in words[key]])
    found: list[re.Match[str]] = []
    end = 0  # matches do not overlap: the next is looked for after the last
    for start in starts:
        if start >= end:
            match = table.match(text, start)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


def taken_spans(ex: Extraction, kinds: tuple[str, ...]) -> dict[int, list[Span]]:
    """The spans of every entity of ``kinds``, by block (each block's in the order of the kinds,
    then of the entities: as ``spans_of`` gives them, gathered in one loop)."""
    spans: dict[int, list[Span]] = {}
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            for span in cluster.spans:
                found = spans.get(span[0])  # (a span's block: indexing is quicker than its name)
                if found is None:
                    spans[span[0]] = [span]
                else:
                    found.append(span)
    return spans


def overlaps(a: Span, b: Span) -> bool:
    return a.block == b.block and a.start < b.end and b.start < a.end


def is_taken(span: Span, taken: dict[int, list[Span]]) -> bool:
    # A plain loop: asked thousands of times an article, a generator and a call per span cost more
    # than the comparisons (the spans of one block need no block test).
    start, end = span.start, span.end
    for other in taken.get(span.block, ()):  # noqa: SIM110 - a loop is quicker than any() here
        if other.start < end and start < other.end:
            return True
    return False


def entity_at(ex: Extraction, block: int, start: int, end: int, kinds: tuple[str, ...]) -> Ref | None:
    """The first entity of ``kinds`` with a mention inside ``[start, end)`` of ``block``."""
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            if any(s.block == block and start <= s.start and s.end <= end for s in cluster.spans):
                return (kind, cluster.key)
    return None
