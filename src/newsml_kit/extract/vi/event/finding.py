"""One finding from a frame's match: its name up to a clause of its own, its kind from its head,
and its days and place from its sentence (not from the speech reported after it)."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.core import EventFinding, Extraction, Span
from newsml_kit.extract.vi.event.name import _name_before_a_clause
from newsml_kit.extract.vi.event.patterns import _WHEN_RE
from newsml_kit.extract.vi.event.when import _event_dates
from newsml_kit.extract.vi.event.where import _named_venue, _place_at
from newsml_kit.extract.vi.grammar import entity_starting_at
from newsml_kit.extract.vi.vocab import vocab, words
from newsml_kit.extract.vocab import alternation
from newsml_kit.model import EventKind

_PLACE_VERB_RE = re.compile(r"\b(?:diễn ra|tổ chức|khai mạc|bế mạc|làm việc|họp)\b")


def _event_finding(
    ex: Extraction, index: int, head: str, start: int, name: str, sentence_start: int, sentence_end: int
) -> EventFinding:
    text = ex.views[index].text
    name = _name_before_a_clause(ex, index, text, start, name)
    finding = EventFinding(name=name, kind=_event_kind(head), span=Span(index, start, start + len(name)))
    # The event's day and place are told before what is said at it ("Tại cuộc họp báo chiều 30/9,
    # bà X cho biết, các trường lọc ảo từ ngày 2 - 4/10"): not in the speech reported after it.
    speech = _speech_verbs().search(text, start + len(name), sentence_end)
    sentence_end = speech.start() if speech is not None else sentence_end
    finding.start, finding.end = _event_dates(ex, index, sentence_start, sentence_end)
    for place in vocab().at_place.finditer(text, sentence_start, sentence_end):
        # Where the event is: "Chiều 29/4, tại Hà Nội, ...", "... diễn ra [từ ... đến ...] tại ...",
        # "EVENT tại ...";
        # not a place said of someone ("diễn giả ... nổi tiếng tại Mỹ").
        before = text[sentence_start : place.start()].rstrip()
        # right after the name, or after the name and its day ("họp báo chiều 12/4 tại Hà Nội")
        right_after_name = place.start() >= start + len(name) and _WHEN_RE.fullmatch(
            text, start + len(name), place.start()
        )
        # or in the sentence's opening time phrase ("Tối 14/4 tại TP.HCM, ...")
        opening = _WHEN_RE.fullmatch(f" {before.lower()} ") is not None
        if (
            before
            and not before.endswith(",")
            and not _PLACE_VERB_RE.search(before)
            and not right_after_name
            and not opening
        ):
            continue
        # the place after its unit, with it where the place finder kept it ("TP Hải Phòng"), or a
        # body whose premises hold the event ("tại Trường Đại học Y Hà Nội")
        finding.place = (
            _place_at(ex, index, text, place.end())
            or entity_starting_at(ex, index, text.index(" ", place.start()) + 1, ("place",))
            or entity_starting_at(ex, index, place.end(), ("organisation",))
            or _named_venue(ex, index, text, place.end())
        )
        if finding.place is not None:
            break
    return finding


@cache
def _speech_verbs() -> re.Pattern[str]:
    # not "nói chung", "nói riêng" (in general, in particular)
    return re.compile(rf"(?<!\w)(?:{alternation(words('speech_verbs'))})(?!\w)(?! chung| riêng)")


def _event_kind(head: str) -> EventKind:
    head = head[:1].upper() + head[1:]
    if head.startswith(("Hội nghị", "Hội thảo", "Diễn đàn", "Tọa đàm", "Đại hội")):
        return EventKind.CONFERENCE
    if head.startswith(("Họp", "Phiên họp", "Cuộc họp", "Kỳ họp")):
        return EventKind.MEETING
    if head.startswith(("Lễ", "Buổi lễ")):
        return EventKind.AWARD_CEREMONY if "trao" in head or "đón nhận" in head else EventKind.CEREMONY
    return EventKind.OTHER
