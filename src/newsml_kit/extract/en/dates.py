"""Dates with a year the text gives: "27 January 2005", "January 27, 2005", "June 2004", "in
2003", a range "2007-2013", a decade "the 1980s". A day or month without a year is left out: with
no header date, the text alone does not say which year it is in."""

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
_DECADE_RE = re.compile(r"((?:1[89]|20)\d0)(?<![\w£$€.,/-]\d{4})s\b")
_RANGE_RE = re.compile(rf"{_YEAR_AT}[-\u2013]({_YEAR[1:-1]}|\d\d)(?![\w%/-])")


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


def find_dates(ex: Extraction) -> None:
    months = vocab().months
    for index, view in enumerate(ex.views):
        text = view.text
        used: list[tuple[int, int]] = []
        for match in _full_date_re().finditer(text):
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


def _inside(position: int, used: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in used)
