"""The event's days: a range or a first day in its sentence, a day or a last day said in the
sentences that report it, a day said relative to the article's date; and whether the event is
one of an earlier year, cited rather than reported."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsml_kit.dates import PartialDate
from newsml_kit.extract.core import EventFinding, Extraction
from newsml_kit.extract.vi.event.patterns import _REPORTING, _WHEN_RE
from newsml_kit.extract.vi.event.reporting import _named_again, _report, _reporting_sentences
from newsml_kit.extract.vi.grammar import sentence_bounds

# "hồi tháng 8", "hồi đầu năm": what a sentence tells of back then.
_BACK_IN_RE = re.compile(r"\bhồi (?:tháng|năm|đầu|cuối|giữa)\b")


def _in_the_past(ex: Extraction, finding: EventFinding) -> bool:
    """An event of an earlier year than the article's is cited, not reported ("Tại lễ trao giải
    năm 2018, ..." in a 2021 article): its date, or a year said in its sentence."""
    header = ex.item.content_created
    if not isinstance(header, PartialDate):
        return False
    text = ex.views[finding.span.block].text
    start, end = sentence_bounds(text, finding.span.start)
    if _BACK_IN_RE.search(text, start, end):
        return True  # "Tại sự kiện diễn ra hồi tháng 8, ...": back then
    if finding.start is not None:
        return finding.start.year < header.year
    # A year in the sentence ("Vào năm 2020, ... tới dự lễ trao giải"); in the event's own name the
    # year before the header's may be the one it looks back on ("giải thưởng năm 2022" given in
    # April 2023).
    return any(
        found.value.year < header.year - (finding.span.start <= span.start < finding.span.end)
        for found in ex.dates.values()
        if found.value.day is None
        for span in found.spans
        if span.block == finding.span.block and start <= span.start < end
    )


def _day_right_after(ex: Extraction, block: int, text: str, position: int) -> PartialDate | None:
    """A single day said right after ``position``, only time words between."""
    for found in ex.dates.values():
        if found.end is not None or found.value.day is None:
            continue
        for span in found.spans:
            near = span.block == block and position <= span.start <= position + 24
            if near and _WHEN_RE.fullmatch(text[position : span.start].rstrip() + " "):
                return found.value
    return None


# "... khai mạc tối 30/4 và kéo dài đến ngày 7/5": the last day of a multi-day event.
_LASTS_RE = re.compile(r"\bkéo dài (?:đến|tới|cho đến)(?: hết)?")


def _end_elsewhere(ex: Extraction, finding: EventFinding, prose: list[int]) -> None:
    """The event's last day, said in a sentence of its paragraph or the next two as how long it lasts."""
    if finding.start is None or finding.end is not None:
        return
    for index, text, start, end in _reporting_sentences(ex, finding, prose):
        for lasts in _LASTS_RE.finditer(text, start, end):
            last = _day_right_after(ex, index, text, lasts.end())
            if last is not None and finding.start < last:
                finding.end = last
                return


# "sáng nay", "tối hôm qua", "ngày hôm qua": a day said relative to the article's date.
_RELATIVE_DAY_RE = re.compile(
    r"\b(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm) (?:hôm )?|[Nn]gày hôm )(nay|qua)\b"
)
_HAPPENING_VERB_RE = re.compile(r"\b(?:được tổ chức|diễn ra|khai mạc)\b")


def _date_elsewhere(ex: Extraction, finding: EventFinding, prose: list[int]) -> None:
    """The event's day, said outside its own sentence: a sentence of its paragraph or the next two
    that says when it took place ("... được tổ chức vào tối ngày 30/9"); failing that, a day said
    relative to the article's date in its own sentence ("sáng nay" is the header's day)."""
    if finding.start is not None:
        return
    for index, text, start, end in _reporting_sentences(ex, finding, prose):
        if _HAPPENING_VERB_RE.search(text, start, end):
            finding.start, finding.end = _event_dates(ex, index, start, end)
            if finding.start is not None:
                return
    # "Tại buổi họp báo chiều 28/4, ...": the event named again with its day right after it; or with
    # the day opening its sentence ("Sáng 28/4, phát biểu tại hội nghị, ...").
    named_again = _named_again(finding)
    naming = [i for i in _report(ex, finding) if named_again.search(ex.views[i].text.lower())]
    for index, text, start, end in _reporting_sentences(ex, finding, naming, after=_REPORTING):
        for again in named_again.finditer(text[start:end].lower()):
            finding.start = _day_right_after(ex, index, text, start + again.end()) or _first_date(
                ex, index, start, start + 1
            )
            if finding.start is not None:
                return
    header = ex.item.content_created
    text = ex.views[finding.span.block].text
    start, end = sentence_bounds(text, finding.span.start)
    relative = _RELATIVE_DAY_RE.search(text, start, end)
    if relative is None or not isinstance(header, PartialDate) or header.day is None:
        return
    day = date(header.year, header.month or 1, header.day)
    if relative.group(1) == "qua":
        day -= timedelta(days=1)
    finding.start = PartialDate(day.year, day.month, day.day)


def _event_dates(
    ex: Extraction, block: int, start: int, end: int
) -> tuple[PartialDate | None, PartialDate | None]:
    """A range of days in the sentence (a multi-day event), or its first single day. A range of
    years of days ("Lễ kỷ niệm 90 năm ... (26/3/1931 - 26/3/2021)") is what an anniversary looks back
    on, not the days the event lasts."""
    for found in ex.dates.values():
        days = found.end is not None and found.value.day is not None and found.end.year - found.value.year < 2
        if days and any(span.block == block and start <= span.start < end for span in found.spans):
            return found.value, found.end
    return _first_date(ex, block, start, end), None


def _first_date(ex: Extraction, block: int, start: int, end: int) -> PartialDate | None:
    """The first single day (not a period) named between ``start`` and ``end`` of a block."""
    best: tuple[int, PartialDate] | None = None
    for found in ex.dates.values():
        if found.end is not None or found.value.day is None:
            continue
        for span in found.spans:
            if span.block == block and start <= span.start < end and (best is None or span.start < best[0]):
                best = (span.start, found.value)
    return best[1] if best else None
