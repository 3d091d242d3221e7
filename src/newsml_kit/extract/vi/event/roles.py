"""The event's chair and guest of honour, from the verbs of the paragraphs that report it: who
chairs or directs it, the head of a visiting delegation, who confers an award or speaks on
behalf of the Party and the State, and failing these an official who attends it."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.core import EventFinding, Extraction
from newsml_kit.extract.vi.event.found import _official
from newsml_kit.extract.vi.event.patterns import _DELEGATION, _REPORTING
from newsml_kit.extract.vi.grammar import entity_starting_at, first_person, sentence_bounds
from newsml_kit.extract.vi.vocab import at_word_any_case, words
from newsml_kit.model import BlockKind, ParticipantRole

# Who directs the event ("dự và chỉ đạo", "phát biểu chỉ đạo") is its guest of honour; failing that,
# who attends it as a guest ("tới dự", "dự và phát biểu"), named earlier or not.
_GUEST_RE = re.compile(
    r"\b(?:(?:[Tt]ham )?[Dd]ự,? (?:và )?(?:có ý kiến )?chỉ đạo|[Pp]hát biểu chỉ đạo|[Cc]ó ý kiến chỉ đạo"
    r"|(?<![Tt]heo )[Cc]hỉ đạo tại (?:buổi|cuộc|hội nghị|hội thảo|diễn đàn|đại hội|kỳ họp|phiên|lễ))\b"
)
# ("dự lễ và trao ...", "dự và có bài phát biểu": the event's noun or an article between)
_ATTENDING_GUEST_RE = re.compile(
    r"\b(?:[Dd]ự(?: (?:buổi )?(?:lễ|hội nghị|hội thảo|diễn đàn|chương trình))? và (?:có bài )?"
    r"(?:phát biểu|trao|phát động|cắt băng|bấm nút|chứng kiến|tặng)"
    r"|[Tt]ới dự|[Đđ]ến dự|[Vv]ề dự|(?<!sự )chứng kiến (?:buổi )?lễ)\b"
)
# "X chủ trì hội nghị", "Chủ trì hội nghị có X"; a court's or an assembly's "chủ tọa" ("Thẩm phán X làm
# chủ tọa phiên tòa") presides as a chair does.
_CHAIR_RE = re.compile(r"\b[Cc]hủ (?:trì|tọa)\b")
# "dưới sự chủ trì của X", "với sự tham dự của X", and a sentence that opens "(Tham) dự ... có X":
# the person comes after these, never before ("Ông A chủ trì hội nghị với sự tham dự của ông B").
_CHAIRED_BY_RE = re.compile(r"\bsự chủ (?:trì|tọa) của\b")
_VISIT_NAME_RE = re.compile(r"(?:(?:buổi|cuộc|chuyến) )?(?:thăm|làm việc|công tác|tiếp)\b")


@cache
def _attended_by() -> re.Pattern[str]:
    """``_CHAIRED_BY_RE``'s kin for guests: "sự tham dự của X", "Tham dự hội nghị có X"."""
    heads = at_word_any_case(words("event_heads"))
    # ("Tham dự có X", "Có mặt tại buổi lễ có X": the event left unsaid, or said after "tại")
    return re.compile(
        rf"\bsự (?:tham dự|dự|có mặt|hiện diện|chứng kiến) của\b"
        rf"|(?:^|(?<=[.;] ))(?:(?:Tham dự|Dự|Chứng kiến) (?=(?:{heads})[^.;]*? có )"
        rf"|(?:Tham dự|Đến dự|Tới dự) (?:còn )?có |Có mặt (?:tại|trong) (?=(?:{heads})[^.;]*? có ))"
    )


# A person who directs ("chỉ đạo") in a sentence set at the event ("Tại cuộc họp, ..."); not "theo
# chỉ đạo", "sự chỉ đạo" or a steering committee ("Ban chỉ đạo").
_DIRECTS_RE = re.compile(r"(?<!theo )(?<!sự )(?<![Bb]an )\bchỉ đạo\b")
_AT_THE_EVENT_RE = re.compile(r"(?:Phát biểu t|T)ại (?:buổi|cuộc|hội nghị|phiên|lễ)\b")

_DELEGATION_OF_RE = re.compile(rf"{_DELEGATION} (?:của )?")


def _delegation_head(ex: Extraction, finding: EventFinding) -> None:
    """A visiting delegation's head is the guest of honour: "Đoàn công tác Bộ Y tế làm việc với
    tỉnh ..." and later "Thứ trưởng Bộ Y tế X ...": the first person whose title names the body the
    delegation comes from."""
    if any(role is ParticipantRole.GUEST_OF_HONOUR for _, role in finding.participants):
        return
    text = ex.views[finding.span.block].text
    start, end = sentence_bounds(text, finding.span.start)
    delegation = _DELEGATION_OF_RE.search(text, start, end)
    if delegation is None:
        return
    body = entity_starting_at(ex, finding.span.block, delegation.end(), ("organisation",))
    cluster = ex.find(*body) if body is not None else None
    if cluster is None:
        return
    names = {surface for surface in cluster.surfaces if surface}
    best: tuple[int, int, str] | None = None
    for person in ex.of_kind("person"):
        if not any(title.endswith(name) for title in person.titles for name in names):
            continue
        first = min((span.block, span.start) for span in person.spans)
        if first[0] < _REPORTING and (best is None or first < best[:2]):
            best = (*first, person.key)
    if best is not None:
        finding.participants.append((("person", best[2]), ParticipantRole.GUEST_OF_HONOUR))


def _event_people(ex: Extraction, finding: EventFinding) -> None:
    """The chair and the guest of honour, from the verbs of the paragraphs that report the event:
    who directs it first, then the head of a visiting delegation, and only failing these who
    attends it as a guest."""
    _people_by_verbs(
        ex,
        finding,
        (
            (_CHAIRED_BY_RE, ParticipantRole.CHAIR),
            (_CHAIR_RE, ParticipantRole.CHAIR),
            (_GUEST_RE, ParticipantRole.GUEST_OF_HONOUR),
            (_DIRECTS_RE, ParticipantRole.GUEST_OF_HONOUR),
        ),
    )
    _delegation_head(ex, finding)
    _conferring_guest(ex, finding)
    _people_by_verbs(
        ex,
        finding,
        (
            (_ATTENDING_GUEST_RE, ParticipantRole.GUEST_OF_HONOUR),
            (_attended_by(), ParticipantRole.GUEST_OF_HONOUR),
        ),
    )


# "Thay mặt lãnh đạo Đảng, Nhà nước, ...", "Thừa ủy quyền Chủ tịch nước, ...": who confers on the State's
# behalf.
_ON_BEHALF_RE = re.compile(r"\b(?:[Tt]hay mặt|[Tt]hừa (?:ủy|uỷ) quyền)\b")


def _conferring_guest(ex: Extraction, finding: EventFinding) -> None:
    """Who confers an award at the event on behalf of the Party or the State ("Thừa ủy quyền Chủ
    tịch nước, Thứ trưởng X trao Huân chương ...") is its guest of honour."""
    if any(role is ParticipantRole.GUEST_OF_HONOUR for _, role in finding.participants):
        return
    reporting = range(min(finding.span.block + _REPORTING, len(ex.views)))
    for award in ex.awards:
        if award.giver is None or award.giver[0] != "person":
            continue
        # Any mention of the award: the first may be the headline's, which names no giver
        # ("Ngành X đón nhận Huân chương ..." over "Thay mặt ..., Chủ tịch Y trao Huân chương ...").
        for block in (i for i in reporting if award.name in ex.views[i].text):
            text = ex.views[block].text
            at = text.find(award.name)
            while at >= 0:
                if _ON_BEHALF_RE.search(text, sentence_bounds(text, at)[0], at):
                    finding.participants.append((award.giver, ParticipantRole.GUEST_OF_HONOUR))
                    return
                at = text.find(award.name, at + 1)
    _party_and_state_representative(ex, finding, reporting)


# "Thay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch Quốc hội X phát biểu ...": who speaks for the Party and
# the State at the event.
_FOR_PARTY_AND_STATE_RE = re.compile(
    r"(?:^|(?<=[.;] ))(?:[Tt]hay mặt|[Tt]hừa (?:ủy|uỷ) quyền) (?:các đồng chí )?(?:lãnh đạo )?"
    r"(?:Đảng|Nhà nước|Bộ Chính trị|Ban Bí thư|Chủ tịch nước|Tổng Bí thư)\b[^.;]*?, "
)


def _party_and_state_representative(ex: Extraction, finding: EventFinding, reporting: range) -> None:
    """The person who, in a sentence of the report that opens so, acts on behalf of the Party's and
    the State's leaders: the guest of honour, whatever they do there."""
    for index in reporting:
        text = ex.views[index].text
        if "hay mặt" not in text and "ủy quyền" not in text and "uỷ quyền" not in text:
            continue
        for behalf in _FOR_PARTY_AND_STATE_RE.finditer(text):
            person = first_person(ex, index, behalf.end(), sentence_bounds(text, behalf.end())[1])
            if person is not None:
                finding.participants.append((person, ParticipantRole.GUEST_OF_HONOUR))
                return


def _people_by_verbs(
    ex: Extraction, finding: EventFinding, verbs: tuple[tuple[re.Pattern[str], ParticipantRole], ...]
) -> None:
    # The paragraphs that report the event: from the lede to some after the event's own (an older
    # layout opens with a headline and a standfirst). A caption says who directs as well as prose
    # ("Thứ trưởng X phát biểu chỉ đạo hội nghị").
    for index in range(min(_REPORTING + finding.span.block, len(ex.views))):
        caption = ex.blocks[index].kind is BlockKind.CAPTION
        if caption and all(pattern is not _GUEST_RE for pattern, _ in verbs):
            continue
        # Only the verbs of a role still open (a role is filled once), and only where their words
        # are: most paragraphs hold none.
        filled = {role for _, role in finding.participants}
        pending = [(pattern, role) for pattern, role in verbs if role not in filled]
        if not pending:
            return
        text = ex.views[index].text
        for pattern, role in pending:
            if (caption and pattern is not _GUEST_RE) or not any(w in text for w in _verb_words()[pattern]):
                continue
            for verb in pattern.finditer(text):
                start, end = sentence_bounds(text, verb.start())
                if pattern is _DIRECTS_RE:
                    # "Tại cuộc họp, ông X, Chủ tịch ..., chỉ đạo ...": who directs at the event.
                    if not _AT_THE_EVENT_RE.match(text, start):
                        continue
                    person = first_person(ex, index, start, verb.start())
                    if person is not None and all(r != role for _, r in finding.participants):
                        finding.participants.append((person, role))
                    continue
                # "X, Title, dự và chỉ đạo" names the person first; "Dự và chỉ đạo ... có X" and "với
                # sự tham dự và chỉ đạo của X" after.
                after_only = (
                    pattern is _CHAIRED_BY_RE
                    or pattern is _attended_by()
                    or text.startswith(" của ", verb.end())
                )
                before = None if after_only else first_person(ex, index, start, verb.start())
                person = before or first_person(ex, index, verb.end(), end)
                if person is not None and pattern in _attending() and not _official(ex, person):
                    continue  # a guest who only attends is an official, not a star on the carpet
                if pattern is _attended_by() and _VISIT_NAME_RE.match(finding.name):
                    continue  # "Tham dự buổi làm việc có ...": at a working visit, its hosts
                # one role each: the chair is not the guest of honour too
                if person is not None and all(r != role and p != person for p, r in finding.participants):
                    finding.participants.append((person, role))


@cache
def _verb_words() -> dict[re.Pattern[str], tuple[str, ...]]:
    """The words one of which a paragraph must hold for each verb pattern to apply."""
    return {
        _GUEST_RE: ("chỉ đạo", "Chỉ đạo"),
        _DIRECTS_RE: ("chỉ đạo",),
        _CHAIR_RE: ("chủ trì", "Chủ trì", "chủ tọa", "Chủ tọa"),
        _CHAIRED_BY_RE: ("sự chủ trì", "sự chủ tọa"),
        _ATTENDING_GUEST_RE: ("ự và", "ới dự", "ến dự", "ề dự", "hứng kiến", " và trao", " và phát"),
        _attended_by(): (
            *("dự của", "mặt của", "diện của", "kiến của"),
            *("Tham dự ", "Dự ", "Đến dự ", "Tới dự ", "Có mặt ", "Chứng kiến "),
        ),
    }


def _attending() -> tuple[re.Pattern[str], ...]:
    return (_ATTENDING_GUEST_RE, _attended_by())
