"""Which legacy encoding a plain-text file that is not UTF-8 was saved in.

Every candidate decodes the bytes; the Vietnamese ones (TCVN3, VNI, VISCII, VPS, cp1258) are scored
by how many of the words with a letter beyond ASCII read as Vietnamese syllables: a wrong table turns
"Hội" into "Héi", "Häi" or "Hé¶i", which no syllable is. Windows-1252 and Latin-1, for text in other
languages, are judged by charset-normalizer. The decision is never a guess: when two candidates with
different readings score close, or the text holds too little to tell, the reader stops and asks for
``--encoding``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from newsml_kit.errors import Location, ParseError

VIETNAMESE_CANDIDATES = ("tcvn3", "vni", "viscii", "vps", "cp1258")
OTHER_CANDIDATES = ("cp1252", "latin-1")
CODEC_TITLES = {
    "tcvn3": "TCVN3 (TCVN 5712:1993, ABC)",
    "vni": "VNI-Windows",
    "viscii": "VISCII (RFC 1456)",
    "vps": "VPS",
    "cp1258": "Windows-1258",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}

DECISIVE_SCORE = 0.8
"""The least share of Vietnamese syllables (smoothed) for a Vietnamese reading to be taken."""
CLOSE_MARGIN = 0.1
"""Two Vietnamese readings whose shares of words that are no syllable differ by less than this
(both near none) are ambiguous, unless the better one is clean (below)."""
CLEAN_MISREAD = 0.02
"""A reading with at most this share of words that are no syllable reads as Vietnamese throughout
(the rest are loanwords and names)..."""
MISREAD_LEAD = 3
"""...and is taken over a runner-up that misreads at least this many more words: in a short
paragraph three words like "ngễêi" are proof, though they are under a tenth of it."""
NOT_VIETNAMESE_SCORE = 0.5
SAMPLE_CHARS = 8_000
"""Enough text to decide on (some 1,500 words): a long file is judged on its start."""

_WORD_RE = re.compile(r"[^\W\d_]+")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_INITIAL = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_VOWELS = (
    "iêu|yêu|oai|oay|oeo|uây|uôi|uya|uyê|ươi|ươu|uyu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
    "[aăâeêioôơuưy]"
)
_FINAL = "ch|ng|nh|[cmnpt]|"
_SYLLABLE_RE = re.compile(f"(?:{_INITIAL})?(?:{_VOWELS})(?:{_FINAL})")
_STOP_FINAL_RE = re.compile("(?:ch|[cpt])$")


def _toneless(letter: str) -> tuple[str, str]:
    """A lowercase letter without its tone mark, and the tone mark (or '')."""
    parts = unicodedata.normalize("NFD", letter)
    tone = "".join(mark for mark in parts if mark in _TONES)
    return unicodedata.normalize("NFC", "".join(mark for mark in parts if mark not in _TONES)), tone


_BASE_LETTERS = "abcdefghijklmnopqrstuvwxyzăâđêôơư"
_LETTERS: dict[str, tuple[str, str]] = {}
for _base in _BASE_LETTERS:
    _LETTERS[_base] = (_base, "")
for _base in "aăâeêioôơuưy":
    for _tone in _TONES:
        _letter = unicodedata.normalize("NFC", _base + _tone)
        _LETTERS[_letter] = _toneless(_letter)


@functools.lru_cache(maxsize=1 << 16)  # prose repeats its words: most lookups are hits
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` (NFC, letters only) is spelled as a Vietnamese syllable: one case shape,
    Vietnamese letters, at most one tone, an initial, a vowel group and a final that exist, and
    only the rising or heavy tone before a stop (c, ch, p, t)."""
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return False
    tones = []
    spelled = []
    for letter in word.lower():
        known = _LETTERS.get(letter)
        if known is None:
            return False
        spelled.append(known[0])
        if known[1]:
            tones.append(known[1])
    if len(tones) > 1:
        return False
    toneless = "".join(spelled)
    if _SYLLABLE_RE.fullmatch(toneless) is None:
        return False
    return not (tones and tones[0] not in ("\u0301", "\u0323") and _STOP_FINAL_RE.search(toneless))


@dataclass(frozen=True, slots=True)
class Reading:
    """One candidate's decoding and how Vietnamese it reads."""

    encoding: str
    text: str
    syllables: int
    others: int

    @property
    def score(self) -> float:
        # Smoothed, so that a text with one or two such words never scores as sure as a page.
        return (self.syllables + 1) / (self.syllables + self.others + 2)

    @property
    def misread(self) -> float:
        """The share of the words beyond ASCII that are no Vietnamese syllable."""
        return self.others / max(1, self.syllables + self.others)

    def describe(self) -> str:
        words = self.syllables + self.others
        return f"{self.encoding}: {self.syllables} of {words} words beyond ASCII read as Vietnamese"


def score_vietnamese(encoding: str, text: str) -> Reading:
    sample = unicodedata.normalize("NFC", text[:SAMPLE_CHARS])
    syllables = others = 0
    for word in _WORD_RE.findall(sample):
        if word.isascii():
            continue
        if is_vietnamese_syllable(word):
            syllables += 1
        else:
            others += 1
    return Reading(encoding, text, syllables, others)


@dataclass(frozen=True, slots=True)
class Detection:
    """The encoding chosen, the text it gives, and why (for the warning)."""

    encoding: str
    text: str
    reason: str


def detect_legacy(data: bytes, source: str | None) -> Detection:
    """The reading of ``data`` (not UTF-8) that is most plausibly text; ParseError when unsure."""
    readings = _distinct(
        [
            score_vietnamese(name, text)
            for name in VIETNAMESE_CANDIDATES
            if (text := _decode(data, name)) is not None
        ]
    )
    readings.sort(key=lambda reading: reading.score, reverse=True)
    best = readings[0] if readings else None
    second = readings[1] if len(readings) > 1 else None
    if best is not None and best.syllables >= 2 and best.score >= DECISIVE_SCORE:
        if second is not None and second.syllables >= 2 and not _clear_lead(best, second):
            detail = f"{best.describe()}; {second.describe()}"
            raise _ambiguous([best.encoding, second.encoding], source, detail)
        reason = best.describe() + (f"; next best {second.describe()}" if second is not None else "")
        return Detection(best.encoding, best.text, reason)
    other = _other_language(data)
    if other is not None and best is not None and other.text == best.text:
        return Detection(other.encoding, other.text, f"{best.encoding} reads the same")
    if best is None or best.syllables == 0 or best.score < NOT_VIETNAMESE_SCORE:
        if other is not None:
            return other
        raise ParseError(
            "cannot tell the encoding: the bytes are not UTF-8 and no candidate "
            f"({', '.join(VIETNAMESE_CANDIDATES + OTHER_CANDIDATES)}) reads as text; "
            "name it with --encoding",
            Location(file=source),
        )
    names = [best.encoding] + ([other.encoding] if other is not None else [])
    raise _ambiguous(names, source, f"{best.describe()}; too few such words to be sure")


def _clear_lead(best: Reading, second: Reading) -> bool:
    """Whether ``best`` reads as Vietnamese clearly better than ``second`` does."""
    if second.misread - best.misread >= CLOSE_MARGIN:
        return True
    return best.misread <= CLEAN_MISREAD and second.others - best.others >= MISREAD_LEAD


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _distinct(readings: list[Reading]) -> list[Reading]:
    """One reading per text: two codecs that agree on these bytes are no ambiguity."""
    seen: dict[str, Reading] = {}
    for reading in readings:
        seen.setdefault(reading.text, reading)
    return list(seen.values())


def _other_language(data: bytes) -> Detection | None:
    """charset-normalizer's pick between Windows-1252 and Latin-1, if either reads as text."""
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=["cp1252", "latin_1"], explain=False).best()
    if match is None:
        return None
    encoding = "cp1252" if match.encoding == "cp1252" else "latin-1"
    text = data.decode(encoding)
    language = f", language {match.language}" if match.language and match.language != "Unknown" else ""
    return Detection(encoding, text, f"charset-normalizer: {match.percent_chaos:.0f}% chaos{language}")


def _ambiguous(names: list[str], source: str | None, detail: str) -> ParseError:
    listed = " or ".join(names)
    return ParseError(
        f"ambiguous encoding: the bytes are not UTF-8 and read as text in {listed} ({detail}); "
        f"name the encoding with --encoding (e.g. --encoding {names[0]})",
        Location(file=source),
    )
