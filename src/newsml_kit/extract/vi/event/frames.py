"""The frames that read an event in a paragraph, in the order they are tried, each with the cues
it needs: what a body holds (``ORG tổ chức EVENT``), what happens (``EVENT diễn ra``), what is
held by someone (``EVENT do ORG tổ chức``), visits and meetings (``visits``), what the people
attend or preside over, a launch, an event named mid-sentence, a maker's own launch event."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsml_kit.extract.core import EventFinding, Extraction
from newsml_kit.extract.vi.event.finding import _event_finding
from newsml_kit.extract.vi.event.found import _in_venue, _names_an_entity, _official
from newsml_kit.extract.vi.event.name import _name_from
from newsml_kit.extract.vi.event.organisers import _organisers_before, _subject_body, _unveiler
from newsml_kit.extract.vi.event.patterns import (
    _BEFORE_HEAD_RE,
    _BY_ORGANISER_RE,
    _CLASSIFIER_RE,
    _HEADLINE_VERBS,
    _ORGANISE_RE,
    _ORGANISED_BY_RE,
)
from newsml_kit.extract.vi.event.visits import (
    _delegation_event,
    _meeting_event,
    _visit_event,
    _visiting_event,
)
from newsml_kit.extract.vi.event.where import _venue_subject
from newsml_kit.extract.vi.grammar import LOWER, SPACE_UPPER_RE, UPPER, entity_starting_at, sentence_bounds
from newsml_kit.extract.vi.vocab import Vocab, vocab, words
from newsml_kit.extract.vocab import alternation
from newsml_kit.model import ParticipantRole

# "đơn vị tổ chức", "Ban tổ chức": who organises, named by the verb, is no report of the event.
_ORGANISING_NOUNS = ("đơn vị", "Ban", "ban")

# "... đã diễn ra", "... đã bế mạc", "... đã kết thúc", "... được khai trương": the event as subject.
_HAPPENED_RE = re.compile(
    r" (?:(?:đã|vừa|sẽ|đang|chính thức) )*(?:được tổ chức|diễn ra|khai mạc|bế mạc|kết thúc|khép lại"
    r"|(?:được )?khai trương)\b"
)

# The subject of "diễn ra" when no event head precedes it: a name at the start of the sentence, of a
# clause, or after a verb that announces it ("công bố WWDC 2021 sẽ diễn ra").
_NAME_WORD = rf"[{UPPER}][\w&.-]*"
_HEADLESS_RE = re.compile(rf"(?:^|, |(?<= )(công bố|thông báo) )({_NAME_WORD}(?: (?:{_NAME_WORD}|\d+))*)$")
_ACRONYM_WORD_RE = re.compile(rf"(?<!\w)[{UPPER}]{{2,}}(?=\d|\W|$)")
_YEAR_END_RE = re.compile(rf"^{_NAME_WORD} {_NAME_WORD}.* (?:19|20)\d\d$")

# What may stand between the event's name and "do ... tổ chức": a word in parentheses and a quoted
# theme ('Hội thảo trực tuyến (webinar) với chủ đề "..." do Trường X tổ chức').
_ASIDE_AND_THEME_RE = re.compile(
    r"(?: \([^()]{1,40}\))?(?:,? với chủ đề (?:\"[^\"]{1,150}\"|\u201c[^\u201d]{1,150}\u201d))?"
)

# "Dự Lễ khai mạc có ...", "Phát biểu tại cuộc họp báo ngày 22/4, ...", "Phát biểu chỉ đạo tại hội
# nghị ...": an event the sentence's people attend or speak at.
_ATTEND_RE = re.compile(
    r"(?:^|[.;] )(?:[Dd]ự|[Tt]ham dự|[Tt]ại|[Tt]rong|[Bb]ên lề|[Cc]hia sẻ tại"
    r"|[Pp]hát biểu(?: chỉ đạo| khai mạc| bế mạc| kết luận)?(?: tại)?) "
    r"(?:khuôn khổ )?"
)
# "X chủ trì hội nghị", "X dự lễ khởi công": who presides over or attends the event, then its name.
_PRESIDE_RE = re.compile(
    r" (?:(?:đã|vừa|sẽ|đến|tới) )*(?:chủ trì|chủ tọa|(?:tham )?dự và chỉ đạo"
    r"|(?:tham )?dự(?: và phát biểu tại)?|chứng kiến|phát biểu chỉ đạo|phát biểu khai mạc"
    r"|phát biểu tại) (?=\w)"
)

# "X (chính thức) khai trương Y", "X khánh thành Nhà máy Y", "X khởi công dự án Y", "X và Y ký kết thỏa
# thuận hợp tác ...": a launch, an inauguration or a signing named by its verb phrase, which ends before
# a place or a purpose.
_LAUNCH_RE = re.compile(
    r" (?:(?:đã|vừa|sẽ|chính thức|đồng loạt) )*(?:(phát lệnh|bấm nút|cắt băng) )?"
    r"(khai trương|khánh thành|khởi công|động thổ|ký kết)(?= )"
)
# What is signed, named or not: "ký kết thỏa thuận hợp tác toàn diện", "ký kết biên bản ghi nhớ".
_SIGNED_RE = re.compile(
    r" (?:thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|hợp đồng|hiệp định|quy chế|hợp tác)\b"
)
_LAUNCH_END_RE = re.compile(r"(?= để | nhằm | tại | ở | vào | với |[.;:!?](?:\s|$)| \(|,|$)")
# "..., tại Hội nghị X, Phó Thủ tướng ...", "... với người phát ngôn tại cuộc họp báo chiều 1/10":
# an event named mid-sentence as where the sentence's speech happens, when its name closes a clause
# (a comma) or a time of day follows (not a past one cited: "thông qua tại Hội nghị ... năm 2020").
_AT_EVENT_RE = re.compile(r" (?:tại|trong|bên lề) (?:khuôn khổ )?")
_CLAUSE_CLOSES_RE = re.compile(
    r",| (?:ngày|sáng|chiều|tối|trưa) (?:nay|qua|\d)| (?:sáng|chiều|tối|trưa|ngày) (?:ngày )?\d"
)

_Frame = Callable[[Extraction, Vocab, int, str], EventFinding | None]


def _frames() -> tuple[tuple[_Frame, tuple[str, ...] | None], ...]:
    """The frames in the order they are tried, each with the words one of which a paragraph must
    hold for it to apply (``None``: an event head)."""
    return (
        (
            _organised_event,
            # (the capitalised verbs of a headline: "Khai mạc Hội chợ ...")
            (
                *(
                    "tổ chức",
                    "khai mạc",
                    "bế mạc",
                    "khai trương",
                    "triệu tập",
                    "đăng cai",
                    "mở ",
                    "tiến hành",
                ),
                *_HEADLINE_VERBS,
            ),
        ),
        (
            _happening_event,
            ("tổ chức", "diễn ra", "khai mạc", "bế mạc", "kết thúc", "khép lại", "khai trương"),
        ),
        (_organised_by_event, None),
        (_visit_event, ("có buổi", "có chuyến", "có cuộc")),
        (_delegation_event, ("oàn công tác", "oàn kiểm tra", "oàn giám sát", "oàn đại biểu")),
        (_visiting_event, ("làm việc ", "thăm ")),
        (
            _meeting_event,
            ("hội đàm", "điện đàm", "hội kiến", "tiếp ", "họp ", "đối thoại với", "gặp mặt", "gặp gỡ"),
        ),
        (_unveiled_at_event, ("ra mắt", "giới thiệu", "trình làng")),
        (_attended_event, None),
        (_presided_event, None),
        (_launch_event, ("khai trương", "khánh thành", "khởi công", "động thổ", "ký kết")),
        (_mid_sentence_event, None),
    )


def _organised_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``[time,] [tại place,] ORG [phối hợp với ORG] tổ chức EVENT ...``."""
    for organise in _ORGANISE_RE.finditer(text):
        if text.endswith(_ORGANISING_NOUNS, 0, organise.start()):
            continue  # "X là đơn vị tổ chức hội thảo", "Ban tổ chức giải": a noun, not the verb
        quantified = _BEFORE_HEAD_RE.match(text, organise.end())
        head = v.event_heads.match(text, quantified.end() if quantified else organise.end())
        if head is None and organise.group().endswith(" tổ chức "):
            # "tổ chức trao bằng tốt nghiệp cho ...": a ceremony named by its verb phrase; "tổ chức
            # WWDC 2021": an event named by its own name (an acronym, or a year at its end).
            head = (
                _event_verbs().match(text, organise.end())
                or _SESSION_RE.match(text, organise.end())
                or _own_name(ex, index, text, organise.end())
            )
        if head is None:
            continue
        own = head.re is _OWN_NAME_RE
        name = head.group() if own else _name_from(text, head.start(), head.end())
        sentence_start, sentence_end = sentence_bounds(text, organise.start())
        finding = _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
        finding.organisers.extend(_organisers_before(ex, index, text, sentence_start, organise.start()))
        if not finding.organisers:
            body = _subject_body(ex, v, index, text, sentence_start, organise.start())
            finding.organisers.extend([body] if body is not None else [])
        if not finding.organisers and finding.place is None:
            finding.place = _venue_subject(ex, index, text, sentence_start, organise.start())
        return finding
    return None


_OWN_NAME_RE = re.compile(rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|\d+))*")
# "tổ chức buổi hòa nhạc ...", "tổ chức buổi công bố quyết định ...", "tổ chức đêm văn nghệ ...":
# "buổi" and "đêm" count a session, so whatever they classify after "tổ chức" is held at a time, an
# event whose head no table lists (not a time: "tổ chức đêm qua", "tổ chức buổi sáng nay").
_SESSION_RE = re.compile(
    rf"(?:buổi|đêm)(?= [{LOWER}])(?! (?:qua|nay|mai|hôm|sáng|chiều|tối|trưa|đó|ấy|cuối|đầu|khuya)\b)"
)


def _own_name(ex: Extraction, index: int, text: str, position: int) -> re.Match[str] | None:
    """An event's own name at ``position``: capitalised words with an acronym or ending in a year,
    not a body, place or person, nor a body's head ("không tổ chức HĐND quận")."""
    name = _OWN_NAME_RE.match(text, position)
    if name is None or not (_ACRONYM_WORD_RE.search(name.group()) or _YEAR_END_RE.search(name.group())):
        return None
    if vocab().org_starts.match(text, position):
        return None
    return None if _names_an_entity(ex, index, name.start(), name.end()) else name


def _happening_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``[time,] [tại place,] EVENT đã diễn ra / được tổ chức [do ORG tổ chức] ...``."""
    for happened in _HAPPENED_RE.finditer(text):
        sentence_start, sentence_end = sentence_bounds(text, happened.start())
        # The event's own head, not a verb inside it ("Lễ khai mạc Cúp Quốc gia diễn ra").
        head = None
        for candidate in v.event_heads.finditer(text, sentence_start, sentence_end):
            if candidate.end() <= happened.start() and not _in_venue(text, candidate.start()):
                head = head or candidate
        after = v.event_heads.match(text, happened.end() + 1)
        if head is None and after is not None:
            # "Ngày 25/4, tại Hà Nội đã diễn ra Lễ ký kết ...": the event after its verb.
            name = _name_from(text, after.start(), after.end())
            return _event_finding(ex, index, after.group(), after.start(), name, sentence_start, sentence_end)
        if head is None:
            finding = _headless_event(ex, index, text, sentence_start, happened.start(), sentence_end)
            if finding is None:
                continue
            return finding
        # Up to the verb, or to the end of the naming clause before it ("Lễ X do Y tổ chức đã ...").
        name = _name_from(text, head.start(), head.end())
        name = text[head.start() : min(head.start() + len(name), happened.start())].strip(" ,")
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


def _organised_by_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``EVENT do ORG tổ chức ...``, ``EVENT được ORG tổ chức ...``: the organiser after the name."""
    if "tổ chức" not in text:
        return None
    for head in v.event_heads.finditer(text):
        if head.start() > 0 and not text.endswith((". ", ", ", "; "), 0, head.start()):
            continue  # the event is the subject: at the start of its sentence or after a comma
        name = _name_from(text, head.start(), head.end())
        aside = _ASIDE_AND_THEME_RE.match(text, head.start() + len(name))
        by = _ORGANISED_BY_RE.match(text, aside.end() if aside else head.start() + len(name))
        if by is None:
            continue
        sentence_start, sentence_end = sentence_bounds(text, head.start())
        verb = text.find(" tổ chức", by.end(), sentence_end)
        organiser = entity_starting_at(ex, index, by.end(), ("organisation", "person"))
        if verb < 0 or organiser is None:
            continue
        finding = _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
        finding.organisers.append(organiser)
        return finding
    return None


def _headless_event(
    ex: Extraction, index: int, text: str, sentence_start: int, verb: int, sentence_end: int
) -> EventFinding | None:
    """``Apple đã công bố WWDC 2021 sẽ diễn ra từ ngày 7/6 đến ngày 11/6``: an event named by its
    own name alone (an acronym, or capitalised words and a year) as the subject of the verb; an
    organisation that announces it is its organiser."""
    subject = _HEADLESS_RE.search(text[sentence_start:verb])
    if subject is None:
        return None
    start, name = sentence_start + subject.start(2), subject.group(2)
    if not (_ACRONYM_WORD_RE.search(name) or _YEAR_END_RE.search(name)):
        return None
    if _names_an_entity(ex, index, start, start + len(name)):
        return None  # a person, place or body is no event: "CLB Long An diễn ra ..."
    finding = _event_finding(ex, index, name, start, name, sentence_start, sentence_end)
    if subject.group(1):
        finding.organisers.extend(
            _organisers_before(
                ex, index, text, sentence_start, sentence_start + subject.start(1), kinds=("organisation",)
            )[:1]
        )
    return finding


def _attended_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Dự Lễ khai mạc có ông ...``, ``Phát biểu tại cuộc họp báo ngày 22/4, ...``."""
    for attend in _ATTEND_RE.finditer(text):
        head = v.event_heads.match(text, attend.end())
        if head is None:
            continue
        name = _name_from(text, head.start(), head.end()).split(",")[0]  # "Phát biểu tại X, ai ..."
        sentence_start, sentence_end = sentence_bounds(text, head.start())
        return _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
    return None


def _presided_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Phó Chủ tịch X chủ trì hội nghị ...``, ``Thủ tướng X dự lễ khởi công ...``: an event its
    chair or guest presides over or attends, named after the verb."""
    for verb in _PRESIDE_RE.finditer(text):
        # "chủ trì cuộc họp với ...": the head with its classifier, or the head after it
        classifier = _CLASSIFIER_RE.match(text, verb.end())
        head = v.event_heads.match(text, verb.end()) or (
            v.event_heads.match(text, classifier.end()) if classifier else None
        )
        if head is None:
            continue
        name = _name_from(text, head.start(), head.end())
        sentence_start, sentence_end = sentence_bounds(text, head.start())
        return _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
    return None


def _launch_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Công ty X khai trương Trung tâm Y``: a launch without an event noun is its verb phrase, as
    a working visit is; the body that launches is its organiser, an official who gives the order
    ("Thủ tướng X phát lệnh khởi công ...") its guest of honour."""
    for launch in _LAUNCH_RE.finditer(text):
        sentence_start, sentence_end = sentence_bounds(text, launch.start())
        # (an official who gives the order, presses the button or cuts the ribbon: its guest of honour)
        kinds = ("organisation", "person") if launch.group(1) else ("organisation",)
        bodies = _organisers_before(ex, index, text, sentence_start, launch.start(), kinds=kinds)
        if not bodies:
            continue
        end_match = _LAUNCH_END_RE.search(text, launch.end())
        name = text[launch.start(2) : end_match.start() if end_match else sentence_end].strip(" ,")
        if not SPACE_UPPER_RE.search(name) and not _SIGNED_RE.match(text, launch.end(2)):
            continue  # what is launched is named: "khởi công dự án cao tốc Biên Hòa - Vũng Tàu"
        finding = _event_finding(ex, index, name, launch.start(2), name, sentence_start, sentence_end)
        if bodies[0][0] == "person":
            if _official(ex, bodies[0]):
                finding.participants.append((bodies[0], ParticipantRole.GUEST_OF_HONOUR))
        else:
            finding.organisers.extend(bodies[:1])
        return finding
    return None


def _mid_sentence_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Chia sẻ tại hội nghị X, Phó Thủ tướng ...``: an event named mid-sentence after ``tại``."""
    for at in _AT_EVENT_RE.finditer(text):
        head = v.event_heads.match(text, at.end())
        if head is None:
            continue
        name = _name_from(text, head.start(), head.end()).split(",")[0]
        sentence_start, sentence_end = sentence_bounds(text, head.start())
        if not _CLAUSE_CLOSES_RE.match(text[: sentence_end + 1], head.start() + len(name)):
            continue
        return _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
    return None


_AT_THE_EVENT_NAMED_RE = re.compile(rf"(?:^|(?<= ))[Tt]ại (sự kiện (?:{_NAME_WORD}|[\"\u201c]))")


def _unveiled_at_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``Apple (đã) ra mắt X tại sự kiện Spring Loaded``, ``Tại sự kiện Spring Loaded diễn ra ...,
    Apple trình làng X``: a named event at which an organisation unveils its products is held by
    it."""
    for at in _AT_THE_EVENT_NAMED_RE.finditer(text):
        sentence_start, sentence_end = sentence_bounds(text, at.start())
        maker = _unveiler(ex, index, text, sentence_start, sentence_end)
        if maker is None:
            continue
        name = _name_from(text, at.start(1), at.start(1) + len("sự kiện")).split(",")[0]
        finding = _event_finding(ex, index, name, at.start(1), name, sentence_start, sentence_end)
        finding.organisers.append(maker)
        return finding
    return None


@cache
def _cues() -> re.Pattern[str]:
    """Any of the words the frames need (``_FRAMES``), each found as written."""
    # As a trie: a plain alternation of these literals costs twice as much per paragraph.
    return re.compile(alternation({cue for _, words in _FRAMES for cue in words or ()}))


@cache
def _event_verbs() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(words('event_verbs'))}) (?=\w)")


_FRAMES = _frames()
