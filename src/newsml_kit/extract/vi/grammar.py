"""Shapes shared by the Vietnamese finders: letters, syllables, personal names, acronyms,
sentences, and lookups of what earlier finders recorded."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsml_kit.extract.core import Extraction, Ref, Span
from newsml_kit.extract.core import spans_of as spans_of  # the pack's modules find it here

UPPER = "".join(
    ch for ch in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if ch.isalpha() and ch.isupper()
)
LOWER = "".join(
    ch for ch in map(chr, [*range(0x61, 0x250), *range(0x1E00, 0x1F00)]) if ch.isalpha() and ch.islower()
)
SYLLABLE = f"[{UPPER}][{LOWER}]*"
# A personal name: two to four capitalised syllables, or an initial and a given name ("M.Quân");
# a later syllable may go on after a hyphen in lower case (the Korean "Kim Jong-un").
_LATER = rf"{SYLLABLE}(?:-[{LOWER}]+(?![\w-]))?"
NAME = rf"(?:[{UPPER}]\. ?{SYLLABLE}(?: {_LATER}){{0,2}}|{SYLLABLE}(?: {_LATER}){{1,3}})"
# The same, at the start of a word: the boundary is checked after the first letter, which lets the
# regex engine skip ahead to capital letters (a leading lookbehind would make the scan ~4x slower).
NAME_AT_WORD = (
    rf"(?:[{UPPER}](?<![\w.][{UPPER}])(?:\. ?{SYLLABLE}(?: {SYLLABLE}){{0,2}}"
    rf"|[{LOWER}]*(?: {SYLLABLE}){{1,3}}))"
)
ACRONYM = rf"[{UPPER}][{UPPER}&]{{1,11}}"

NAME_RE = re.compile(NAME)
SPACE_UPPER_RE = re.compile(rf" [{UPPER}]")
HAS_DIGIT_RE = re.compile(r"\d")
_SENTENCE_END_RE = re.compile(r"[.!?;](?:\s|$)|$")


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``position``."""
    start = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position))
    start = 0 if start < 0 else start + 2
    end_match = _SENTENCE_END_RE.search(text, position)
    return start, end_match.start() if end_match else len(text)


def holds_any(ex: Extraction, words: tuple[str, ...]) -> bool:
    """Some block of the item holds one of ``words``: one test per article rather than per block
    lets a finder skip a rare construction cheaply."""
    article = ex.article
    return any(word in article for word in words)


def inside_a_word(text: str, position: int) -> bool:
    """``position`` follows a word character or a dot ("TP.HCM", "Đội"): no word starts there."""
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == ".")


def overlaps(a: Span, b: Span) -> bool:
    return a.block == b.block and a.start < b.end and b.start < a.end


def entity_starting_at(ex: Extraction, block: int, position: int, kinds: tuple[str, ...]) -> Ref | None:
    """The first entity of ``kinds`` with a mention starting at ``position`` of ``block``."""
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            if any(span.block == block and span.start == position for span in cluster.spans):
                return (kind, cluster.key)
    return None


def first_person(ex: Extraction, block: int, start: int, end: int) -> Ref | None:
    """The person mentioned first between ``start`` and ``end`` of ``block``."""
    best: tuple[int, Ref] | None = None
    for cluster in ex.of_kind("person"):
        for span in cluster.spans:
            if span.block == block and start <= span.start < end and (best is None or span.start < best[0]):
                best = (span.start, ("person", cluster.key))
    return best[1] if best else None


# A Vietnamese syllable without its marks: initial consonant(s), one to three vowels, a final.
_VIETNAMESE_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


@lru_cache(maxsize=8192)
def is_vietnamese_syllable(syllable: str) -> bool:
    """``syllable`` is spelt as Vietnamese allows ("Nguyễn", "Thủy"; not "Kirby", "Max"). Cached:
    the same capitalised syllables come back again and again, and each costs a decomposition."""
    return _VIETNAMESE_SYLLABLE_RE.fullmatch(_bare(syllable)) is not None


def _bare(syllable: str) -> str:
    """Lower case, without tone and vowel marks (``Đ`` as ``d``)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
