"""Which event the lede reports: the first paragraph and sentence that a frame reads one in (not
one cited from an earlier year), and a fuller report of it, later in the lede or after the
title, that names it in full."""

from __future__ import annotations

import re

from newsml_kit.extract.core import EventFinding, Extraction
from newsml_kit.extract.vi.event.frames import _FRAMES, _cues
from newsml_kit.extract.vi.event.patterns import _CLASSIFIER_RE, _HEADLINE_RE
from newsml_kit.extract.vi.event.when import _in_the_past
from newsml_kit.extract.vi.grammar import sentence_bounds
from newsml_kit.extract.vi.vocab import Vocab


def _named_in_full_later(ex: Extraction, v: Vocab, finding: EventFinding, prose: list[int]) -> EventFinding:
    """A bare head ("Tại hội nghị, ...", "Phát biểu tại buổi lễ, ...") that a later paragraph of the
    lede reports in full ("Sáng 5/5, Sở Y tế tổ chức hội nghị tổng kết ..."): an article that opens
    on what was said at the event names it after; the fuller report is the event, its day and
    place kept from the bare mention where it says none."""
    block = finding.span.block
    # A headline that opens on the verb ("Khai mạc Lễ hội X") names the event the lede reports, and
    # so does any event the first line (the title) names: "Thủ tướng dự hội nghị xúc tiến đầu tư"
    # over "Sáng 27/4, Thủ tướng X dự Hội nghị xúc tiến đầu tư tỉnh Y năm 2021".
    verb_first = _HEADLINE_RE.fullmatch(ex.views[block].text, 0, finding.span.start) is not None
    bare = v.event_heads.fullmatch(finding.name) is not None
    headline = verb_first or (block == 0 and not bare)
    if block == 0 and not bare and not verb_first:
        reported = _reported_after_title(ex, v, finding, prose)
        if reported is not None:
            return reported
    if not headline and not bare:
        return finding
    core = finding.name.lower() if headline else _CLASSIFIER_RE.sub("", finding.name.lower(), count=1) + " "
    # after the bare mention's sentence: in its own paragraph, then the next ones
    after = sentence_bounds(ex.views[block].text, finding.span.start)[1]
    for index in prose:
        if index < block or core.rstrip() not in ex.views[index].text.lower():
            continue  # (a paragraph that cannot name it is not read)
        fuller = _first_finding(ex, v, [index], after if index == block else 0)
        if fuller is None:
            continue
        if len(fuller.name) < len(finding.name) + (not verb_first):
            continue
        if _CLASSIFIER_RE.sub("", fuller.name.lower(), count=1).startswith(core) or (
            headline and fuller.name.lower().startswith(core)
        ):
            if fuller.start is None:
                fuller.start, fuller.end = finding.start, finding.end
            fuller.place = fuller.place or finding.place
            return fuller
    return finding


def _reported_after_title(
    ex: Extraction, v: Vocab, finding: EventFinding, prose: list[int]
) -> EventFinding | None:
    """The title's event as the first paragraph after the title that reports an event reports it,
    when that event has the title's head ("Thủ tướng dự lễ khởi công cao tốc" over "Sáng 24/4, ...
    dự lễ khởi công dự án cao tốc Bắc - Nam ..."), every word of the shorter name in the longer: a
    title abbreviates what the lede reports in full, with its day and place. The longer name is
    kept; a title that says around the name what the lede's sentence says names the lede's event."""
    head = v.event_heads.match(finding.name)
    if head is None:
        return None
    word = head.group().lower()
    for index in prose:
        if index == 0 or word not in ex.views[index].text.lower():
            continue
        report = _first_finding(ex, v, [index])
        if report is None:
            continue
        same = v.event_heads.match(report.name)
        # one head may be the other's longer form ("hội nghị" over "Hội nghị trực tuyến ..."), or the
        # lede reports the title's event by its ceremony ("Lễ khai mạc Lễ hội X" under "Lễ hội X")
        opening = _OPENING_OF_RE.match(report.name.lower())
        if same is None or not (
            _same_head(same.group().lower(), word) or (opening and word in report.name.lower())
        ):
            return None  # the lede reports another event first
        longer, shorter = (report, finding) if len(report.name) >= len(finding.name) else (finding, report)
        if set(shorter.name.lower().split()) <= set(longer.name.lower().split()):
            _fill_from(longer, shorter)
            return longer
        # Every word of the title in the lede's sentence, said around the name ("... dự Hội nghị xúc
        # tiến đầu tư tỉnh Bình Định" over "UBND tỉnh Bình Định tổ chức Hội nghị xúc tiến đầu tư năm
        # 2023"): the lede's report, named as the lede names it.
        text = ex.views[index].text
        start, end = sentence_bounds(text, report.span.start)
        if set(_WORD_RE.findall(finding.name.lower())) <= set(_WORD_RE.findall(text[start:end].lower())):
            _fill_from(report, finding)
            return report
        return None  # another event of the kind ("lễ trao giải Quả cầu vàng" after "... Oscar 2021")
    return None


_WORD_RE = re.compile(r"\w+")


# The ceremony that opens or closes an event: "Lễ khai mạc Lễ hội X", "phiên bế mạc Kỳ họp thứ 5".
_OPENING_OF_RE = re.compile(r"(?:buổi )?(?:lễ|phiên) (?:khai mạc|bế mạc) ")


def _same_head(head: str, other: str) -> bool:
    """Two heads of one kind: equal, or one the other's longer form, word by word."""
    shorter, longer = sorted((head.split(), other.split()), key=len)
    return longer[: len(shorter)] == shorter


def _fill_from(finding: EventFinding, report: EventFinding) -> None:
    """What ``finding`` leaves unsaid that another report of the same event says."""
    if finding.start is None:
        finding.start, finding.end = report.start, report.end
    finding.place = finding.place or report.place
    finding.organisers.extend(report.organisers if not finding.organisers else ())


def _first_finding(ex: Extraction, v: Vocab, window: list[int], after: int = 0) -> EventFinding | None:
    """The event of the first of the ``window`` paragraphs that reports one, from its first
    sentence that does (none before ``after``), by the first frame that reads it there: the lede
    reports the main event before any other (a later sentence may only say who holds it: "...
    diễn ra tại Hội An. Sở Du lịch là đơn vị tổ chức hội thảo")."""
    # Each frame only where its words occur: one scan for them all per paragraph is far cheaper
    # than the frames' scans, and most paragraphs report no event.
    for index in window:
        text = ex.views[index].text
        present = set(_cues().findall(text))
        head = v.event_heads.search(text)
        named = head is not None
        if not present and not named:
            continue
        best: tuple[int, EventFinding] | None = None
        earliest = -1
        for frame, cues in _FRAMES:
            if (cues is None and not named) or (cues and present.isdisjoint(cues)):
                continue
            finding = frame(ex, v, index, text)
            if finding is None or finding.span.start < after or _in_the_past(ex, finding):
                continue
            sentence = sentence_bounds(text, finding.span.start)[0]
            if best is None or sentence < best[0]:
                best = (sentence, finding)
            if earliest < 0:
                earliest = _earliest_sentence(text, head, after)
            if sentence <= earliest:
                break  # none reports it earlier
        if best is not None:
            return best[1]
    return None


def _earliest_sentence(text: str, head: re.Match[str] | None, after: int) -> int:
    """Where the first sentence that may report an event starts: no frame reads one before the
    first of its cues or event heads (nor before ``after``)."""
    cue = _cues().search(text)
    starts = [match.start() for match in (cue, head) if match is not None]
    return sentence_bounds(text, max(min(starts, default=0), after))[0]
