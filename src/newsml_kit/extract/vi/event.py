"""The main event, from the opening paragraphs: ``ORG tổ chức EVENT``, ``EVENT diễn ra`` or
``X có buổi làm việc ...``, with its date, place, organisers, chair and guest of honour."""

from __future__ import annotations

import re

from newsml_kit.dates import PartialDate
from newsml_kit.extract.core import EventFinding, Extraction, Ref, Span
from newsml_kit.extract.vi.grammar import entity_starting_at, first_person, sentence_bounds
from newsml_kit.extract.vi.vocab import Vocab, vocab
from newsml_kit.model import BlockKind, EventKind, ParticipantRole

_GUEST_RE = re.compile(
    r"\b(?:[Dd]ự và (?:chỉ đạo|phát biểu|trao)|[Tt]ới dự|[Đđ]ến dự|[Tt]ham dự và chỉ đạo)\b"
)
_CHAIR_RE = re.compile(r"\bchủ trì\b")
_ORGANISE_RE = re.compile(r" (?:(?:đã|vừa|long trọng|trọng thể|chính thức) )*(?:tổ chức|khai mạc)\b ")
_HAPPENED_RE = re.compile(r" (?:(?:đã|vừa|sẽ|chính thức) )*(?:được tổ chức|diễn ra|khai mạc)\b")
_BY_ORGANISER_RE = re.compile(r"\bdo ")
_PARTNER_RE = re.compile(r" (?:phối hợp với|phối hợp cùng|cùng với|cùng) ")
_VISIT_RE = re.compile(
    r"\b(?:có |đã có |vừa có )((?:buổi|chuyến) (?:thăm và làm việc|thăm|làm việc|công tác))\b"
)
_VISIT_END_RE = re.compile(r"(?= để | nhằm | về | với sự |[.;:!?](?:\s|$)| \(|,|$)")
_EVENT_END_RE = re.compile(
    r"(?= để | nhằm | với sự | với chủ đề | tại | vào | nhân dịp | dưới sự | do |[.;:!?](?:\s|$)| \(|$)"
)


def find_event(ex: Extraction) -> None:
    v = vocab()
    """The main event, from the opening paragraphs: ``ORG tổ chức EVENT`` or ``EVENT diễn ra``."""
    for index, view in enumerate(ex.views[:3]):
        if ex.blocks[index].kind is BlockKind.CAPTION:
            continue
        text = view.text
        finding = (
            _organised_event(ex, v, index, text)
            or _happening_event(ex, v, index, text)
            or _visit_event(ex, index, text)
        )
        if finding is not None:
            _event_people(ex, finding)
            ex.event = finding
            return


def _organised_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``[time,] [tại place,] ORG [phối hợp với ORG] tổ chức EVENT ...``."""
    for organise in _ORGANISE_RE.finditer(text):
        head = v.event_heads.match(text, organise.end())
        if head is None:
            continue
        end_match = _EVENT_END_RE.search(text, head.end())
        name = text[head.start() : end_match.start() if end_match else len(text)].strip(" ,")
        sentence_start, sentence_end = sentence_bounds(text, organise.start())
        finding = _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
        finding.organisers.extend(_organisers_before(ex, index, text, sentence_start, organise.start()))
        return finding
    return None


def _happening_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``[time,] [tại place,] EVENT đã diễn ra / được tổ chức [do ORG tổ chức] ...``."""
    for happened in _HAPPENED_RE.finditer(text):
        sentence_start, sentence_end = sentence_bounds(text, happened.start())
        head = v.event_heads.search(text, sentence_start, happened.start())
        if head is None:
            continue
        name = text[head.start() : happened.start()].strip(" ,")
        finding = _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
        # "... do Bộ Y tế tổ chức" after the verb, or "Hội nghị ... của Bộ Tư pháp" in the name.
        by = _BY_ORGANISER_RE.search(text, happened.end(), sentence_end)
        owner = text.rfind(" của ", head.start(), happened.start())
        for position in (by.end() if by else -1, owner + len(" của ") if owner >= 0 else -1):
            organiser = entity_starting_at(ex, index, position, ("organisation", "person"))
            if organiser is not None:
                finding.organisers.append(organiser)
                break
        return finding
    return None


def _visit_event(ex: Extraction, index: int, text: str) -> EventFinding | None:
    """``Đoàn công tác của Bộ Y tế ... đã có buổi làm việc tại tỉnh Quảng Ninh``."""
    visit = _VISIT_RE.search(text)
    if visit is None:
        return None
    end_match = _VISIT_END_RE.search(text, visit.end())
    name = text[visit.start(1) : end_match.start() if end_match else len(text)].strip(" ,")
    sentence_start, sentence_end = sentence_bounds(text, visit.start())
    finding = _event_finding(ex, index, visit.group(1), visit.start(1), name, sentence_start, sentence_end)
    finding.kind = EventKind.OFFICIAL_VISIT if "thăm" in visit.group(1) else EventKind.MEETING
    # The delegation's body is the subject: the first organisation of the sentence.
    bodies = _organisers_before(ex, index, text, sentence_start, visit.start(), kinds=("organisation",))
    finding.organisers.extend(bodies[:1])
    return finding


def _event_finding(
    ex: Extraction, index: int, head: str, start: int, name: str, sentence_start: int, sentence_end: int
) -> EventFinding:
    finding = EventFinding(name=name, kind=_event_kind(head), span=Span(index, start, start + len(name)))
    finding.start = _first_date(ex, index, sentence_start, sentence_end)
    text = ex.views[index].text
    for place in vocab().at_place.finditer(text, sentence_start, sentence_end):
        finding.place = entity_starting_at(ex, index, place.end(), ("place",))
        if finding.place is not None:
            break
    return finding


def _organisers_before(
    ex: Extraction,
    index: int,
    text: str,
    start: int,
    verb: int,
    kinds: tuple[str, ...] = ("organisation", "person"),
) -> list[Ref]:
    """The organisation (or person) right before the verb, and those it works with
    (``Bộ Y tế phối hợp với Bộ Công an tổ chức``)."""
    found: list[tuple[int, Ref]] = []
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            found.extend(
                (span.end, (kind, cluster.key))
                for span in cluster.spans
                if span.block == index and start <= span.start and span.end <= verb
            )
    if not found:
        return []
    found.sort()
    organisers = [found[-1][1]]
    partner = _PARTNER_RE.search(text, start, verb)
    if partner is not None:
        first = next((ref for end, ref in found if end <= partner.start()), None)
        if first is not None and first not in organisers:
            organisers.insert(0, first)
    return organisers


def _event_kind(head: str) -> EventKind:
    if head.startswith(("Hội nghị", "Hội thảo", "Diễn đàn", "Tọa đàm", "Đại hội")):
        return EventKind.CONFERENCE
    if head.startswith(("Họp", "Phiên họp", "Cuộc họp", "Kỳ họp")):
        return EventKind.MEETING
    if head.startswith(("Lễ", "Buổi lễ")):
        return EventKind.AWARD_CEREMONY if "trao" in head or "đón nhận" in head else EventKind.CEREMONY
    return EventKind.OTHER


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


def _event_people(ex: Extraction, finding: EventFinding) -> None:
    """The chair and the guest of honour, from the opening paragraphs' verbs."""
    for index in range(min(3, len(ex.views))):
        if ex.blocks[index].kind is BlockKind.CAPTION:
            continue
        text = ex.views[index].text
        for pattern, role in (
            (_CHAIR_RE, ParticipantRole.CHAIR),
            (_GUEST_RE, ParticipantRole.GUEST_OF_HONOUR),
        ):
            for verb in pattern.finditer(text):
                start, end = sentence_bounds(text, verb.start())
                # "X, Title, dự và chỉ đạo" names the person first; "Dự và chỉ đạo ... có X" after.
                person = first_person(ex, index, start, verb.start()) or first_person(
                    ex, index, verb.end(), end
                )
                if person is not None and all(r != role for _, r in finding.participants):
                    finding.participants.append((person, role))
