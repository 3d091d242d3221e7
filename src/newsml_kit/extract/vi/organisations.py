"""Organisations: a head (``Bộ``, ``Cục``, ``Đảng ủy``, ``Học viện``) followed by capitalised words,
each of which may carry one lower-case syllable (``Cơ yếu``, ``Lao động``), or a complete name
(``Bộ Chính trị``); acronyms defined in parentheses cluster the long and short forms."""

from __future__ import annotations

import re

from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.vi.grammar import ACRONYM, NAME_RE, UPPER, overlaps, spans_of
from newsml_kit.extract.vi.phrases import phrase_end, without_trailing_connector
from newsml_kit.extract.vi.vocab import Vocab, vocab

_ACRONYM_RE = re.compile(rf"\(({ACRONYM})\)")
_DEFINED_ACRONYM_RE = re.compile(rf" \(({ACRONYM})\)")
_CAPITAL_RE = re.compile(rf"(?<!\w)[{UPPER}]")
_CLUB_RE = re.compile(
    rf"(?<![\w.-])(?:[{UPPER}][\w.]*(?: [{UPPER}][\w.]*){{0,2}} FC|FC(?: [{UPPER}][\w.]*){{1,3}})(?![\w])"
)
_AFTER_A_WORD_RE = re.compile(r"(?:[^\W\d_] |.[^\W\d_])$")
_TERM_SUFFIX_RE = re.compile(r" khóa [IVXLC\d]+(?!\w)")


def find_organisations(ex: Extraction) -> None:
    v = vocab()
    acronyms = _acronyms(ex)
    people = spans_of(ex, "person")
    places = spans_of(ex, "place")
    for index, view in enumerate(ex.views):
        text = view.text
        position = 0
        for candidate in v.org_starts.finditer(text):
            start = candidate.start()
            if start < position:
                continue
            if text[start].islower() and _AFTER_A_WORD_RE.match(text, max(0, start - 2), start):
                continue  # a lower-case head names an organisation only at the start of a clause

            match = _org_at(text, candidate.start(), v)
            if match is None:
                continue
            start, end = match
            # A person named after the organisation ("Ủy ban Tư pháp Quốc hội Lê Thị Nga") ends it.
            for person in people.get(index, []):
                if start < person.start < end:
                    end = without_trailing_connector(text, start, person.start, v)
            if v.org_heads.fullmatch(text, start, end):
                continue  # cut back to a bare head ("UBND thành phố Lê Minh Khôi")
            span = Span(index, start, end)
            inside_place = any(overlaps(span, p) and p.start <= start for p in places.get(index, []))
            if end > start and not inside_place and not _looks_like_name(text[start:end], v):
                abbreviation = None
                defined = _DEFINED_ACRONYM_RE.match(text, end)
                if defined and acronyms.get(defined.group(1)) is None:
                    abbreviation = defined.group(1)
                key = _org_key(text[start:end], acronyms)
                cluster = ex.add("organisation", key, span, ex.surface(span))
                cluster.abbreviation = cluster.abbreviation or abbreviation
            position = end
        if " FC" in text or "FC " in text:
            _clubs(ex, index, text)


def _clubs(ex: Extraction, index: int, text: str) -> None:
    """``Sài Gòn FC``, ``FC Barcelona``: a football club, whatever its name."""
    for match in _CLUB_RE.finditer(text):
        span = Span(index, match.start(), match.end())
        ex.add("organisation", match.group().casefold(), span, ex.surface(span))


def _acronyms(ex: Extraction) -> dict[str, str]:
    """``long form (ACRONYM)`` definitions: a run of syllables whose initials spell the acronym,
    right before the parenthesis or a little earlier ("Sở Khoa học và Công nghệ thành phố Đà Nẵng
    (KH&CN)" defines KH&CN as "Khoa học và Công nghệ")."""
    found: dict[str, str] = {}
    for view in ex.views:
        for match in _ACRONYM_RE.finditer(view.text):
            acronym = match.group(1)
            words = view.text[: match.start()].rstrip().split(" ")[-12:]
            long_form = _spelled_by(acronym.replace("&", ""), words)
            if long_form is not None:
                found[acronym] = long_form
    return found


def _spelled_by(letters: str, words: list[str]) -> str | None:
    """The last run of ``words`` whose initials spell ``letters`` ("và" is written "&" and spells
    no letter)."""
    for end in range(len(words), 0, -1):
        syllables: list[str] = []
        start = end
        while start > 0 and len([w for w in syllables if w != "và"]) < len(letters):
            start -= 1
            syllables.insert(0, words[start])
        if "".join(w[:1].upper() for w in syllables if w != "và") == letters:
            return " ".join(syllables)
    return None


def _org_at(text: str, position: int, v: Vocab) -> tuple[int, int] | None:
    if position > 0 and (text[position - 1].isalnum() or text[position - 1] == "."):
        return None
    standalone = v.org_standalone.match(text, position)
    if standalone:
        end = standalone.end()
        term = _TERM_SUFFIX_RE.match(text, end)
        return position, term.end() if term else end
    head = v.org_heads.match(text, position)
    if head is None:
        return None
    end = phrase_end(text, head.end(), v)
    if end == head.end():
        return None
    if text[position].islower() and not _lower_head_allowed(text, position, head.end(), end):
        return None
    term = _TERM_SUFFIX_RE.match(text, end)
    return position, term.end() if term else end


def _lower_head_allowed(text: str, start: int, head_end: int, end: int) -> bool:
    """A lower-case head ("trường Cán bộ ...") names an organisation only at the start of a clause
    and before a name of two capitalised words or more; elsewhere it is an ordinary word ("cán bộ")."""
    before = text[:start].rstrip()
    capitals = len(_CAPITAL_RE.findall(text, head_end, end))
    return capitals >= 2 and (not before or not before[-1].isalpha())


def _org_key(name: str, acronyms: dict[str, str]) -> str:
    key = _TERM_SUFFIX_RE.sub("", name)
    for acronym, long_form in acronyms.items():
        key = key.replace(long_form, acronym)
    return " ".join(key.replace(" \u2013 ", " - ").split()).casefold()


def _looks_like_name(phrase: str, v: Vocab) -> bool:
    """``Đoàn Văn Tuân``: a head that is also a family name, followed by a personal name."""
    return phrase.split(" ")[0] in v.surnames and NAME_RE.fullmatch(phrase) is not None
