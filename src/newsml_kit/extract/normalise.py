"""A normalised view of verbatim text, with a map back to the original offsets.

Extraction matches on a view where equivalent spellings look the same: Unicode NFC (legacy
archives hold NFD), the new Vietnamese tone placement (``Uỷ`` and ``hoà`` read as ``Ủy`` and
``hòa``), and look-alike letters (``Ð`` U+00D0 read as ``Đ`` U+0110). Every match found in the
view is mapped back to a span of the verbatim text, so the model keeps the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

# Letters that look the same but are different code points; the right-hand side is the one
# Vietnamese text means.
LOOK_ALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}

# Old-style tone placement puts the tone on the second vowel of an open "oa", "oe" or "uy"
# syllable; the new style (used by the official orthography and most gazetteers) on the first.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook above, tilde, dot below
_OLD_PAIRS = {"oa", "oe", "uy", "Oa", "Oe", "Uy", "OA", "OE", "UY"}


class NormalisedText(NamedTuple):
    """``text`` is the normalised view; ``starts[i]``/``ends[i]`` give the original span of view
    character ``i`` (a composed character maps to its whole decomposed cluster). Both are empty
    when the view is the original text itself.

    A named tuple, not a frozen dataclass: one is made for every block of every article, and a
    tuple is made in C (a frozen dataclass sets each field through ``object.__setattr__``)."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that view span ``[start, end)`` came from."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalised text ({len(self.text)})")
        if not self.starts:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def original_slice(self, start: int, end: int) -> str:
        begin, finish = self.to_original(start, end)
        return self.original[begin:finish]


def normalise_blocks(texts: Sequence[str]) -> list[NormalisedText]:
    """``normalise`` of each text (a body's blocks). Most articles are NFC in the new spelling
    throughout: that is tested once on the texts joined by line breaks rather than block by block.
    (A line break composes with nothing and is never reordered, so NFC treats the blocks apart;
    and an old tone candidate of a block is one of the joined text, a line break standing for its
    ends.)"""
    joined = "\n".join(texts)
    if joined.isascii() or (unicodedata.is_normalized("NFC", joined) and _in_new_spelling(joined)):
        return [NormalisedText(text, text, (), ()) for text in texts]
    return [normalise(text) for text in texts]


def normalise(original: str) -> NormalisedText:
    """Build the normalised view of ``original``."""
    if original.isascii():
        # ASCII is NFC, and has no look-alike and no tone mark (most English text): one test in C.
        return NormalisedText(original, original, (), ())
    if not unicodedata.is_normalized("NFC", original):
        return _by_clusters(original)
    if _in_new_spelling(original):
        # Most text is NFC in the new spelling already: the view is the text, offsets map to themselves.
        return NormalisedText(original, original, (), ())
    # Only tone placement or look-alikes differ: one character maps to one character.
    text = _without_look_alikes(original)
    if not any(_old_tone(text, c.start()) for c in _OLD_TONE_CANDIDATE_RE.finditer(text)):
        # No old-tone candidate moves: offsets map to themselves (the test reads the text; no
        # list of characters is built for it).
        return NormalisedText(original, text, (), ())
    chars = list(text)
    moved = _move_old_tones(chars)
    return _joined(original, chars, list(range(len(original))), list(range(1, len(original) + 1)), moved)


def _by_clusters(original: str) -> NormalisedText:
    """The view of any text, built cluster by cluster (``normalise`` takes shorter ways where the
    text allows: the same view and offsets, as a law in tests/extract/test_normalise.py checks)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for begin, finish in _clusters(original):
        composed = unicodedata.normalize("NFC", original[begin:finish])
        for ch in composed:
            chars.append(LOOK_ALIKES.get(ch, ch))
            starts.append(begin)
            ends.append(finish)
    return _joined(original, chars, starts, ends, _move_old_tones(chars))


def _joined(
    original: str, chars: list[str], starts: list[int], ends: list[int], moved: list[int]
) -> NormalisedText:
    for index in moved:
        # Both characters of a rewritten pair map to the pair's whole original span, so any span
        # that includes either character maps back to text that holds both.
        span = (starts[index], ends[index + 1])
        starts[index], starts[index + 1] = span[0], span[0]
        ends[index], ends[index + 1] = span[1], span[1]
    return NormalisedText(original, "".join(chars), tuple(starts), tuple(ends))


# An "o" or "u" then a toned vowel that ends the word, not after "q" ("quý": u belongs to the
# consonant qu; paragraphs with such a word are common and need no further look).
_OLD_TONE_CANDIDATE_RE = re.compile(
    "[oOuU](?<![qQ].)[\u00e0\u00e1\u1ea3\u00e3\u1ea1\u00e8\u00e9\u1ebb\u1ebd\u1eb9\u1ef3\u00fd\u1ef7\u1ef9\u1ef5"
    "\u00c0\u00c1\u1ea2\u00c3\u1ea0\u00c8\u00c9\u1eba\u1ebc\u1eb8\u1ef2\u00dd\u1ef6\u1ef8\u1ef4](?!\\w)"
)


def _without_look_alikes(text: str) -> str:
    # str.replace runs in C; a translate table looks every character up in a dict (3x slower here).
    for look_alike, meant in LOOK_ALIKES.items():
        text = text.replace(look_alike, meant)
    return text


# (Two substring tests in C: a generator over the table cost a third of the test for NFC text.)
_LOOK_ALIKE_1, _LOOK_ALIKE_2 = LOOK_ALIKES


def _in_new_spelling(text: str) -> bool:
    """Whether NFC ``text`` holds no look-alike letter and no old tone placement to move."""
    return (
        _LOOK_ALIKE_1 not in text
        and _LOOK_ALIKE_2 not in text
        and _OLD_TONE_CANDIDATE_RE.search(text) is None
    )


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans that NFC treats as one unit: a base character with the combining marks that follow
    it, or with what composes with it (Hangul jamo are not combining marks but do compose)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    composed = ""
    for index, ch in enumerate(text):
        if index > begin:
            joined = unicodedata.normalize("NFC", composed + ch)
            if unicodedata.combining(ch) or len(joined) <= len(composed):
                composed = joined
                continue
            spans.append((begin, index))
            begin = index
        composed = unicodedata.normalize("NFC", ch)
    if begin < len(text):
        spans.append((begin, len(text)))
    return spans


def _after_gi(chars: Sequence[str], index: int) -> bool:
    """Whether ``chars[index]`` opens the vowel of a syllable whose consonant is ``gi``."""
    return (
        index >= 2
        and chars[index - 1] in "iI"
        and chars[index - 2] in "gG"
        and (index == 2 or not chars[index - 3].isalpha())
    )


def _move_old_tones(chars: list[str]) -> list[int]:
    """Rewrite old-style ``oà``/``oé``/``uỷ`` (open syllable, not after ``q``) to the new style, in
    place; the index of the first character of each rewritten pair."""
    moved: list[int] = []
    for candidate in _OLD_TONE_CANDIDATE_RE.finditer("".join(chars)):
        index = candidate.start()
        rewritten = _old_tone(chars, index)
        if rewritten is None:
            continue
        chars[index], chars[index + 1] = rewritten
        moved.append(index)
    return moved


def _old_tone(chars: Sequence[str], index: int) -> tuple[str, str] | None:
    """The new-style spelling of the old-style pair at ``index`` (a candidate of
    ``_OLD_TONE_CANDIDATE_RE``), or None when it stays as it is."""
    first, second = chars[index], chars[index + 1]
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[:1], decomposed[1:]
    tone = next((mark for mark in marks if mark in _TONES), None)
    if tone is None or first + base not in _OLD_PAIRS:
        return None
    if index + 2 < len(chars) and unicodedata.combining(chars[index + 2]):
        return None  # a second tone mark that NFC could not compose: damaged text, leave it as it is
    if index > 0 and chars[index - 1] in "qQ":
        return None  # "quý": u belongs to the consonant qu
    # A longer vowel cluster (e.g. "uoa") is left alone; in "gioà" the i belongs to the consonant gi.
    previous = chars[index - 1] if index > 0 else ""
    if previous.isalpha() and previous.lower() not in "bcdđghklmnprstvx" and not _after_gi(chars, index):
        return None
    other_marks = "".join(mark for mark in marks if mark != tone)
    return unicodedata.normalize("NFC", first + tone), unicodedata.normalize("NFC", base + other_marks)
