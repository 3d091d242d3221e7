"""The frames of visits and meetings, named by their verb phrase: ``X có buổi làm việc ...``,
``Đoàn công tác ... làm việc với X``, ``X đến thăm và làm việc với tỉnh ...``, ``X hội đàm
với Y``; a visit takes place where it goes, and its visitor is its guest of honour."""

from __future__ import annotations

import re

from newsml_kit.extract.core import EventFinding, Extraction
from newsml_kit.extract.vi.event.finding import _event_finding
from newsml_kit.extract.vi.event.found import _entity_ending_at, _official, _place_within
from newsml_kit.extract.vi.event.organisers import _organisers_before
from newsml_kit.extract.vi.event.patterns import _DELEGATION
from newsml_kit.extract.vi.grammar import UPPER, sentence_bounds
from newsml_kit.extract.vi.vocab import Vocab
from newsml_kit.model import EventKind, ParticipantRole

# "X có buổi làm việc ...", "X có buổi họp khẩn với ...": the meeting the subject holds.
_VISIT_RE = re.compile(
    r"\b(?:có |đã có |vừa có )((?:buổi|chuyến|cuộc) (?:thăm và làm việc|thăm|làm việc|công tác"
    r"|họp(?: báo| khẩn| trực tuyến)?|gặp mặt|gặp gỡ|gặp|hội đàm|điện đàm|hội kiến|tiếp xúc|tiếp và làm việc"
    r"|tiếp))\b"
)
# A visit or a working session goes to where "tại" says ("buổi làm việc tại tỉnh Quảng Ninh"); a meeting
# is held there ("cuộc gặp với X tại Alaska"), which ends its name.
_GOES_TO_RE = re.compile(r"thăm|làm việc|công tác")
# What a meeting is about names it too (not a purpose: "để kiểm điểm ..." ends the name).
_TOPIC_RE = re.compile(r" (?:để )?bàn (?:về )?")
_VISIT_END = (
    r" để | nhằm | về | với sự | từ ngày | vào | (?:sau|trước) khi | (?:ngày|sáng|chiều|tối|trưa) \d"
    r"|[.;:!?](?:\s|$)| \(|,|$"
)
_VISIT_END_RE = re.compile(rf"(?={_VISIT_END})")

_DELEGATION_RE = re.compile(rf"{_DELEGATION}\b")

_WORKING = r" (?:(?:đã|vừa|sẽ|đang) )?"
_WORKING_VERB = r"((?:thăm và )?làm việc (?:với|tại) )"
_WORKING_RE = re.compile(_WORKING + _WORKING_VERB)
# "X đến thăm và làm việc với tỉnh ...", "Bộ trưởng X làm việc với UBND tỉnh ...": a working visit
# to a capitalised body or place (not "làm việc với những trường hợp F1"); an official's bare visit
# ("Thủ tướng X thăm Bệnh viện Y", "thăm chính thức Lào": group 2).
_VISITING_RE = re.compile(
    rf"{_WORKING}(?:(?:đến|tới|về) )?((?:thăm và )?làm việc (?:với|tại) "
    r"|(thăm )(?:chính thức |cấp nhà nước |hữu nghị )?)"
    rf"(?=(?:(?:tỉnh|thành phố|huyện|quận|xã|lãnh đạo) )?[{UPPER}])"
)


def _visit_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Đoàn công tác của Bộ Y tế ... đã có buổi làm việc tại tỉnh Quảng Ninh``."""
    visit = _VISIT_RE.search(text)
    if visit is None:
        return None
    ends = _VISIT_END_RE if _GOES_TO_RE.search(visit.group(1)) else _MEETING_END_RE
    end_match = ends.search(text, visit.end())
    sentence_start, sentence_end = sentence_bounds(text, visit.start())
    end = end_match.start() if end_match else len(text)
    if _TOPIC_RE.match(text, end):
        end = sentence_end  # "buổi họp ... để bàn về công tác phòng, chống dịch": the agenda names it
    name = text[visit.start(1) : end].strip(" ,")
    finding = _event_finding(ex, index, visit.group(1), visit.start(1), name, sentence_start, sentence_end)
    # a trip ("chuyến công tác tại tỉnh X") is a visit as "thăm" is
    trip = "thăm" in visit.group(1) or visit.group(1) == "chuyến công tác"
    finding.kind = EventKind.OFFICIAL_VISIT if trip else EventKind.MEETING
    if finding.kind is EventKind.OFFICIAL_VISIT and finding.place is None:
        # "chuyến thăm chính thức Lào": a visit takes place where it goes, and the visitor is its
        # guest of honour (as "X đến thăm và làm việc với tỉnh ...")
        finding.place = _place_within(ex, index, finding.span.start, finding.span.end)
        visitor = _organisers_before(ex, index, text, sentence_start, visit.start(), kinds=("person",))
        finding.participants.extend((person, ParticipantRole.GUEST_OF_HONOUR) for person in visitor[:1])
    # The delegation's body is the subject: the first organisation of the sentence.
    bodies = _organisers_before(ex, index, text, sentence_start, visit.start(), kinds=("organisation",))
    finding.organisers.extend(bodies[:1])
    return finding


def _delegation_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Đoàn công tác Bộ Y tế làm việc với tỉnh Sóc Trăng``: the visit is ``làm việc với ...``."""
    for delegation in _DELEGATION_RE.finditer(text):
        sentence_start, sentence_end = sentence_bounds(text, delegation.start())
        working = _WORKING_RE.search(text, delegation.end(), sentence_end)
        if working is not None:
            return _working_visit(ex, index, text, working, sentence_start, sentence_end)
    return None


def _working_visit(
    ex: Extraction, index: int, text: str, verb: re.Match[str], sentence_start: int, sentence_end: int
) -> EventFinding:
    """The visit named by its bare verb phrase (``verb`` group 1 up to the phrase's end); a visit
    takes place where it goes ("làm việc với tỉnh Sóc Trăng")."""
    end_match = _VISIT_END_RE.search(text, verb.end())
    name = text[verb.start(1) : end_match.start() if end_match else sentence_end].strip(" ,")
    finding = _event_finding(ex, index, name, verb.start(1), name, sentence_start, sentence_end)
    finding.kind = EventKind.OFFICIAL_VISIT
    finding.place = finding.place or _place_within(ex, index, verb.start(1), verb.start(1) + len(name))
    return finding


def _visiting_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Phó Thủ tướng X đến thăm và làm việc với tỉnh Hà Giang``: a working visit is the bare verb
    phrase; it takes place where it goes, and a visiting person is its guest of honour."""
    for visiting in _VISITING_RE.finditer(text):
        sentence_start, sentence_end = sentence_bounds(text, visiting.start())
        visitor = _organisers_before(ex, index, text, sentence_start, visiting.start())
        if not visitor or (
            visiting.group(2) and (visitor[-1][0] != "person" or not _official(ex, visitor[-1]))
        ):
            continue  # (a bare visit is an official's, not a tourist's)
        finding = _working_visit(ex, index, text, visiting, sentence_start, sentence_end)
        if visitor[-1][0] == "person":
            finding.participants.append((visitor[-1], ParticipantRole.GUEST_OF_HONOUR))
        return finding
    return None


# "Chủ tịch nước X hội đàm với Tổng thống Y", "Thủ tướng X tiếp Đại sứ Y", "X tiếp xúc cử tri ...", "X
# đối thoại với nông dân ...": a meeting told by its verb right after the person or body that holds
# it, named by the bare verb phrase as a working visit is (not "tiếp tục", "tiếp nhận": a capitalised
# word follows "tiếp").
_MEETING_RE = re.compile(
    rf"{_WORKING}((?:hội đàm|điện đàm)(?: trực tuyến)? với |hội kiến (?:với )?|tiếp (?=[{UPPER}]|đoàn )"
    rf"|gặp mặt |gặp gỡ |(tiếp xúc cử tri |(?:họp)(?: khẩn| trực tuyến)? với )|đối thoại với )"
)
_MEETING_END_RE = re.compile(rf"(?= tại | ở |{_VISIT_END})")


def _meeting_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Chủ tịch nước X (đã) hội đàm với ...``, ``Thủ tướng X tiếp Đại sứ ...``: a meeting its host
    holds, named by the bare verb phrase; the person who holds it is named right before the verb, or
    the body that meets with others ("UBND tỉnh X họp khẩn với ...": its organiser)."""
    for meeting in _MEETING_RE.finditer(text):
        host = _entity_ending_at(ex, index, meeting.start())
        if host is None or (host[0] != "person" and meeting.group(2) is None):
            continue  # an official receives or talks, not a club ("CLB Hà Nội tiếp Thanh Hóa")
        sentence_start, sentence_end = sentence_bounds(text, meeting.start())
        end_match = _MEETING_END_RE.search(text, meeting.end())
        end = end_match.start() if end_match else sentence_end
        if _TOPIC_RE.search(text, end, sentence_end):
            end = sentence_end  # "họp với các sở, ngành để bàn về ...": the agenda names it
        name = text[meeting.start(1) : end].strip(" ,")
        finding = _event_finding(ex, index, name, meeting.start(1), name, sentence_start, sentence_end)
        finding.kind = EventKind.MEETING
        if host[0] == "organisation":
            finding.organisers.append(host)
        return finding
    return None
