"""Dates with a year the text gives: "27 January 2005", "January 27, 2005", "June 2004", "in
2003", a range "2007-2013", a decade "the 1980s". A day or month without a year is left out: with
no header date, the text alone does not say which year it is in, except in a report of an
anniversary: "the 60th anniversary of the camp's liberation" and "its 1945 liberation" put the
report in 2005, and "on 27 January" is then 2005-01-27, the day of the commemoration."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.dates import PartialDate
from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.en.vocab import vocab
from newsml_kit.extract.vocab import alternation
from newsml_kit.model import DateRole

_YEAR = r"(1[89]\d\d|20\d\d)"
# Not an amount, a count or part of a longer number ("£2005", "2,000", "2005m", "1.2005").
# The boundary before a year is checked behind its four digits, so that the regex engine skips
# ahead to digits (a leading lookbehind is tried at every position).
_YEAR_AT = r"((?:1[89]|20)\d\d)(?<![\w£$€.,/-]\d{4})"
_YEAR_ALONE_RE = re.compile(rf"{_YEAR_AT}(?![\w%/]|[.,]\d)")
# "the mid-1990s": a decade may follow a hyphen.
_DECADE_RE = re.compile(r"((?:1[89]|20)\d0)(?<![\w£$€.,/]\d{4})s\b")
# "mid-2005", "pre-1997", "post-2001": a year after a prefix's hyphen (other years after a hyphen
# are the end of a range or part of a number).
_PREFIXED_YEAR_RE = re.compile(r"(?<![\w-])(?:mid|pre|post)-((?:1[89]|20)\d\d)(?![\w%/-])")
_YEARISH_RE = re.compile(r"(?:1[89]|20)\d\d")
# "2007-2013", "2004-05", "2003-4", the financial year "2005/06".
_RANGE_RE = re.compile(rf"{_YEAR_AT}[-\u2013/]({_YEAR[1:-1]}|\d\d?)(?![\w%/-])")


@cache
def _full_date_re() -> re.Pattern[str]:
    months = alternation(vocab().months)
    # The leading lookahead names the characters a date can start with, which lets the regex
    # engine skip ahead to them (several times faster than trying every branch at every position).
    firsts = "".join(sorted({month[0] for month in vocab().months}))
    return re.compile(
        rf"(?=[\d{re.escape(firsts)}])(?:(\d{{1,2}})(?:st|nd|rd|th)? ({months})\.?,? {_YEAR}"
        rf"|({months})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? {_YEAR}"
        rf"|({months}) (?:of )?{_YEAR})(?!\w)"
    )


# "the 60th anniversary of the former camp's liberation": the count and the noun ending the phrase.
_ANNIVERSARY_RE = re.compile(
    r"(?=\d)(\d{1,3})(?:st|nd|rd|th) anniversary of (?:the )?[^.,;:!?()\"]{0,80}?\b([a-z]+)"
    r"(?=[.,;:!?)\"]| (?:in|on|at|by|and)\b|$)"
)


@cache
def _month_needles() -> tuple[str, ...]:
    """The shortest forms of the months, one of which every form holds ("Sep" for "September")."""
    forms = vocab().months
    shortest = (form for form in forms if not any(other != form and other in form for other in forms))
    return tuple(sorted(shortest))


@cache
def _yearless_re() -> re.Pattern[str]:
    months = alternation(vocab().months)
    return re.compile(
        rf"(?:(\d{{1,2}})(?:st|nd|rd|th)? ({months})|({months}) (\d{{1,2}})(?:st|nd|rd|th)?)"
        r"(?!\w| (?:of )?\d)"
    )


def find_dates(ex: Extraction) -> None:
    year = _anniversary_year(ex)
    for index, view in enumerate(ex.views):
        text = view.text
        used: list[tuple[int, int]] = []
        # Most paragraphs hold no year, which every date here needs: one quick scan rules them out
        # (substring tests first: the regex engine tests each character against a class).
        if ("19" in text or "20" in text or "18" in text) and _YEARISH_RE.search(text) is not None:
            _with_year(ex, index, text, used)
        if "1" in text:
            _old_years(ex, index, text)
        if year is not None:
            _yearless(ex, index, text, year, used)


def _with_year(ex: Extraction, index: int, text: str, used: list[tuple[int, int]]) -> None:
    """The dates of ``text`` that give a year; their spans are added to ``used``."""
    months = vocab().months
    # A full date names its month: a few substring tests rule most paragraphs out, quicker than the
    # pattern, which the regex engine tries at every position.
    named = any(form in text for form in _month_needles())
    for match in _full_date_re().finditer(text) if named else ():
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        day_first, month_a, year_a, month_b, day_b, year_b, month_c, year_c = match.groups()
        try:
            if month_a is not None:
                value = PartialDate(int(year_a), months[month_a], int(day_first))
            elif month_b is not None:
                value = PartialDate(int(year_b), months[month_b], int(day_b))
            else:
                value = PartialDate(int(year_c), months[month_c])
        except ValueError:
            continue
        ex.add_date(value, None, DateRole.OTHER, Span(index, match.start(), match.end()))
        used.append((match.start(), match.end()))
    for match in _RANGE_RE.finditer(text):
        first, last = int(match.group(1)), match.group(2)
        end_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if end_year <= first or _inside(match.start(), used):
            continue
        span = Span(index, match.start(), match.end())
        ex.add_date(PartialDate(first), PartialDate(end_year), DateRole.PERIOD, span)
        used.append((match.start(), match.end()))
    for match in _DECADE_RE.finditer(text):
        decade = int(match.group(1))
        span = Span(index, match.start(), match.end())
        ex.add_date(PartialDate(decade), PartialDate(decade + 9), DateRole.PERIOD, span)
        used.append((match.start(), match.end()))
    for match in _YEAR_ALONE_RE.finditer(text):
        if _inside(match.start(), used):
            continue
        span = Span(index, match.start(), match.end())
        ex.add_date(PartialDate(int(match.group(1))), None, DateRole.OTHER, span)
    prefixed = "mid-" in text or "pre-" in text or "post-" in text
    for match in _PREFIXED_YEAR_RE.finditer(text) if prefixed else ():
        span = Span(index, match.start(1), match.end(1))
        ex.add_date(PartialDate(int(match.group(1))), None, DateRole.OTHER, span)


def _old_years(ex: Extraction, index: int, text: str) -> None:
    """A year before 1800, which a bare number of four digits only is after "in", "of", "since"...
    and before the end of its phrase ("the Act of Settlement of 1701", "passed in 1689 and"): "in
    1500 cases" is a count."""
    for match in _OLD_YEAR_RE.finditer(text):
        before = text[max(0, match.start() - 7) : match.start()].rsplit(" ", 2)
        if len(before) < 2 or before[-2] not in _OLD_YEAR_CUES:
            continue
        span = Span(index, match.start(), match.end())
        ex.add_date(PartialDate(int(match.group())), None, DateRole.OTHER, span)


_OLD_YEAR_RE = re.compile(
    r"1[0-7]\d\d(?<![\w\u00a3$\u20ac.,/-]\d{4})"
    r"(?=[.,;:)]|\s*$| (?:and|or|to|when|which|but|after|before|under|that|was|is|had|has|the|it)\b)"
)
_OLD_YEAR_CUES = frozenset(["in", "of", "since", "until", "from", "year", "Act"])


def _anniversary_year(ex: Extraction) -> int | None:
    """The year an anniversary report is written in: the "Nth anniversary of ... <noun>" plus the
    year the text gives for that noun ("the 1945 liberation", "the liberation in 1945")."""
    texts = [view.text for view in ex.views]
    for text in texts:
        # (A substring test first: the regex, which has no literal to skip ahead to, is run only
        # where its words stand, in few paragraphs.)
        for match in _ANNIVERSARY_RE.finditer(text) if " anniversary of " in text else ():
            count, noun = int(match.group(1)), re.escape(match.group(2))
            dated = re.compile(rf"\b{_YEAR} (?:[\w'\u2019-]+ )?{noun}\b|\b{noun}\b[^.]{{0,40}}? in {_YEAR}\b")
            for other in texts:
                found = dated.search(other)
                if found is not None:
                    return int(found.group(1) or found.group(2)) + count
    return None


def _yearless(ex: Extraction, index: int, text: str, year: int, used: list[tuple[int, int]]) -> None:
    """Day and month without a year, in the year of the anniversary: the day it is marked on."""
    months = vocab().months
    for match in _yearless_re().finditer(text):
        if _inside(match.start(), used) or (match.start() > 0 and text[match.start() - 1].isalnum()):
            continue
        day_a, month_a, month_b, day_b = match.groups()
        try:
            if month_a is not None:
                value = PartialDate(year, months[month_a], int(day_a))
            else:
                value = PartialDate(year, months[month_b], int(day_b))
        except ValueError:
            continue
        ex.add_date(value, None, DateRole.EVENT, Span(index, match.start(), match.end()))


def _inside(position: int, used: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in used)
