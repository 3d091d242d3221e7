"""The main event, from the lede: the first paragraph that reports one (``ORG tổ chức EVENT``,
``EVENT diễn ra``, ``X có buổi làm việc ...``, ``X đến thăm và làm việc với ...``, ``Phát biểu tại
EVENT``, ``X chủ trì EVENT``, ``X khai trương Y``, ``..., tại EVENT, ...``), with its date, place,
organisers, chair and guest of honour from the sentences that report it. An event of an earlier
year, or told of "hồi tháng ...", is cited rather than reported; an article without one has none."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache

from newsml_kit.dates import PartialDate
from newsml_kit.extract.core import EventFinding, Extraction, Ref, Span
from newsml_kit.extract.vi.grammar import (
    LOWER,
    SPACE_UPPER_RE,
    UPPER,
    entity_starting_at,
    first_person,
    sentence_bounds,
)
from newsml_kit.extract.vi.phrases import phrase_end
from newsml_kit.extract.vi.vocab import Vocab, at_word, at_word_any_case, capitalised_too, vocab, words
from newsml_kit.extract.vocab import alternation
from newsml_kit.model import BlockKind, EventKind, ParticipantRole

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
# A headline that opens on the verb ("Khai mạc Hội chợ Du lịch quốc tế ...", "Hà Nội: Tổ chức Lễ hội
# ..."), its place before a colon: an event the headline alone may name.
_HEADLINE_VERBS = ("Tổ chức", "Khai mạc", "Bế mạc")
_HEADLINE = rf"(?:[^:.]{{1,30}}: )?(?:{'|'.join(_HEADLINE_VERBS)}) "
_HEADLINE_RE = re.compile(_HEADLINE)
# "triệu tập cuộc họp khẩn" (a meeting its body convenes), "tiến hành phiên họp" (holds), "đăng cai
# Hội thảo ..." (hosts), "mở phiên tòa", "mở lớp tập huấn" (opens) too, "tổ chức khai mạc Tuần lễ ..."
# (one verb); the verb that opens a headline.
_ORGANISE_RE = re.compile(
    r" (?:(?:đã|vừa|long trọng|trọng thể|chính thức|đăng cai) )*"
    rf"(?:tổ chức(?: khai mạc| bế mạc)?|khai mạc|bế mạc|khai trương|triệu tập|đăng cai|mở|tiến hành)\b"
    rf" |^{_HEADLINE}"
)
# "đơn vị tổ chức", "Ban tổ chức": who organises, named by the verb, is no report of the event.
_ORGANISING_NOUNS = ("đơn vị", "Ban", "ban")
# "tổ chức thành công Hội nghị ...", "tổ chức thêm một buổi họp báo", "tổ chức trực tuyến Hội nghị
# ...": words between verb and head; and the day of a longer event the report is about ("tổ chức
# ngày cuối cùng của đại lễ ...", "tiến hành ngày làm việc thứ hai của Kỳ họp ...").
_BEFORE_HEAD_RE = re.compile(
    r"(?:(?:thành công|trọng thể|long trọng|trang trọng|thêm|trực tuyến) )?(?:(?:một|các|những|\d+) )?"
    r"(?:ngày (?:làm việc )?(?:đầu tiên|cuối cùng|thứ (?:\d+|hai|ba|tư|năm)) của )?"
)
# "... đã diễn ra", "... đã bế mạc", "... đã kết thúc", "... được khai trương": the event as subject.
_HAPPENED_RE = re.compile(
    r" (?:(?:đã|vừa|sẽ|đang|chính thức) )*(?:được tổ chức|diễn ra|khai mạc|bế mạc|kết thúc|khép lại"
    r"|(?:được )?khai trương)\b"
)
# "... do Bộ Y tế tổ chức", "... được tổ chức bởi Bộ Y tế": the organiser after the verb.
_BY_ORGANISER_RE = re.compile(r"\b(?:do|bởi) ")
# The subject of "diễn ra" when no event head precedes it: a name at the start of the sentence, of a
# clause, or after a verb that announces it ("công bố WWDC 2021 sẽ diễn ra").
_NAME_WORD = rf"[{UPPER}][\w&.-]*"
_HEADLESS_RE = re.compile(rf"(?:^|, |(?<= )(công bố|thông báo) )({_NAME_WORD}(?: (?:{_NAME_WORD}|\d+))*)$")
_ACRONYM_WORD_RE = re.compile(rf"(?<!\w)[{UPPER}]{{2,}}(?=\d|\W|$)")
_YEAR_END_RE = re.compile(rf"^{_NAME_WORD} {_NAME_WORD}.* (?:19|20)\d\d$")
_PARTNER_RE = re.compile(r" (?:phối hợp(?: với| cùng)?|kết hợp với|kết hợp cùng|cùng với|cùng) ")
# Two bodies named together: "Bộ Y tế và Bộ Công an", "Bộ Y tế, Bộ Công an".
_JOINED_RE = re.compile(r"(?:,| và| cùng| cùng với) ")
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
# "Đoàn công tác Bộ Y tế làm việc với tỉnh Sóc Trăng": a working visit is the bare verb phrase.
_DELEGATION = r"\b[Đđ]oàn (?:công tác|kiểm tra|giám sát|đại biểu)"
_DELEGATION_RE = re.compile(rf"{_DELEGATION}\b")
_DELEGATION_OF_RE = re.compile(rf"{_DELEGATION} (?:của )?")
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
_ORGANISED_BY_RE = re.compile(r" (?:(?:đã|vừa|sẽ) )?(?:do|được) ")
# What may stand between the event's name and "do ... tổ chức": a word in parentheses and a quoted
# theme ('Hội thảo trực tuyến (webinar) với chủ đề "..." do Trường X tổ chức').
_ASIDE_AND_THEME_RE = re.compile(
    r"(?: \([^()]{1,40}\))?(?:,? với chủ đề (?:\"[^\"]{1,150}\"|\u201c[^\u201d]{1,150}\u201d))?"
)
# "Ninh Bình tiếp tục đăng cai tổ chức ...": the place that hosts the event, right before the verb.
_WHERE_BEFORE_RE = re.compile(r"\btại (?:trụ sở |hội trường )?$")
# "Dưới sự chỉ đạo của Bộ Y tế, Sở Y tế tỉnh X tổ chức ...", "với sự tài trợ của Công ty Y, ...": the
# body that directs, sponsors or supports the event is no organiser of it.
_BACKING_BEFORE_RE = re.compile(r"\bsự (?:chỉ đạo|bảo trợ|tài trợ|hỗ trợ|đồng hành|cho phép|giúp đỡ) của $")
_TAKES_PLACE_AT_RE = re.compile(
    r"\b(?:được tổ chức|diễn ra|khai mạc)(?: [\w/]+){0,3}? (?:tại|ở) "
    r"((?:(?:tỉnh|thành phố|TP\.?|huyện|quận) )?)"
)
_CEREMONY_RE = re.compile(r"(?:buổi )?lễ\b(?! hội)")
_HOST_RE = re.compile(r" (?:(?:đã|sẽ|vừa|tiếp tục|lần đầu|được chọn|là nơi) )*đăng cai\b")
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
_CLASSIFIER_RE = re.compile(r"(?:buổi|cuộc) ")
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
# A time of day as a time ("sáng nay", "chiều cùng ngày", "chiều tối"), not a word it begins ("đổi mới
# sáng tạo", "tối ưu", "chiều hướng").
_TIME_OF_DAY = (
    r"(?:sáng|chiều|tối|trưa)"
    r"(?= (?:nay|qua|hôm|ngày|mai|cùng|thứ|chủ nhật|mùng|mồng|đó|sáng|chiều|tối|trưa|khuya|sớm|muộn)\b"
    r"|[.,;:!?]|$)"
)
_EVENT_END_RE = re.compile(
    r"(?= để | nhằm | với sự | với chủ đề | tại | ở | vào | (?:nhân )?dịp | dưới sự | do | cho | dành cho "
    # how many take part or how long it lasts: "với hơn 500 đại biểu", "thu hút 200 doanh nghiệp", "kéo
    # dài đến ngày 18/5" (not a name's topic: "Hội thảo thu hút đầu tư")
    # "trong" before a frame or a time ("trong khuôn khổ ...", "trong 2 ngày"), not a topic's ("chuyển
    # đổi số trong giáo dục", "vai trò của phụ nữ trong ...")
    r"| trong (?:khuôn khổ|chương trình|dịp|thời gian|bối cảnh|không khí|sáng|chiều|tối|ngày|tuần|tháng|năm"
    r"|hai|ba|các ngày|suốt|lúc|khi|\d)\b"
    r"| với (?:hơn|gần|khoảng|trên|chừng) | (?:thu hút|quy tụ|gồm) (?:hơn |gần |khoảng |trên |chừng )?\d"
    r"| (?:thu hút|quy tụ) (?:hơn|gần|khoảng|trên|chừng|đông đảo|nhiều|sự) | kéo dài (?:đến|tới|trong|hết|\d)"
    r"| (?:sau|trước) khi "
    r"| (?:theo|bằng|dưới) hình thức "
    r"| (?:đã |đang |sẽ |vừa |chính thức )*(?:được|diễn ra|khai mạc|có sự|có|là) "
    # a tense marker opens the predicate, whatever its verb ("Hội nghị X đã thông qua ...", "Ban tổ
    # chức Hội chợ X vừa thông báo"); not inside the names "doanh nghiệp nhỏ và vừa", "các nước đang
    # phát triển"
    r"|(?<!nhỏ và) (?:đã|đang|sẽ|vừa) (?!phát triển|qua\b)"
    rf"| (?:ngày|sáng|chiều|tối|trưa)(?: ngày)? \d| (?:mới đây|hôm nay|hôm qua)\b| {_TIME_OF_DAY}"
    # other times said after the name: "hôm 12/5", "từ 12/5 đến ...", "cuối tuần qua", "đầu tháng 5",
    # "ngày hôm qua", "vừa qua" (not a period named in it: "tổng kết năm vừa qua")
    r"| hôm (?:\d|qua|nay|kia|trước|thứ)| từ (?:ngày |hôm )?\d| ngày (?:hôm )?(?:qua|nay|mai)\b"
    r"| (?:cuối|đầu|giữa) (?:tuần|tháng) (?:qua|này|trước|\d)| cuối tuần| tuần (?:trước|qua|này)\b"
    r"|(?<!năm)(?<!tháng)(?<!quý)(?<!kỳ)(?<!đoạn) vừa qua\b| hồi (?:tháng|năm|đầu|cuối|giữa)\b"
    r"|[.;:!?](?:\s|$)| \(|$)"
)
# An acronym in parentheses inside the name, its year after it: "Hội chợ Du lịch quốc tế Việt Nam
# (VITM) 2023".
_ACRONYM_THEN_YEAR_RE = re.compile(
    rf" \([{UPPER}][{UPPER}\d&-]{{1,11}}(?: [{UPPER}][{UPPER}\d&-]{{1,11}})?\) (?:19|20)\d\d(?!\w)"
)
# A word or two in parentheses (another name for the head), then the topic: "hội thảo trực tuyến
# (webinar) về xuất khẩu ...".
_ASIDE_THEN_TOPIC_RE = re.compile(r" \((?:[^()\s\d]+ ?){1,2}\)(?= về )")
_QUOTE_RE = re.compile('["\u201c]')
# A verb right after a quoted title opens what the event does or gives, not its name: 'chương trình
# "X" trao 200 suất học bổng', 'triển lãm "X" giới thiệu 300 hiện vật'.
_PURPOSE_AFTER_TITLE_RE = re.compile(
    r" (?:trao|tặng|giới thiệu|trưng bày|hưởng ứng|tôn vinh|quyên góp|gây quỹ|kêu gọi|hỗ trợ|giúp|mang"
    r"|đem|ủng hộ|tri ân|thu hút|quy tụ)(?!\w)"
)
_CLOSING = {'"': '"', "\u201c": "\u201d"}
# What may stand between an event's name and "tại" when the place is the event's: its day.
_WHEN_RE = re.compile(
    rf"(?: (?:vào|{alternation(words('day_words'))}|nay|qua|mới đây|vừa qua"
    rf"|\(?\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{4}})?\)?),?)* "
)
_LOWER_WORD_RE = re.compile(rf"(?:[{LOWER}]+ ){{1,2}}(?=[{UPPER}])")
_PLACE_VERB_RE = re.compile(r"\b(?:diễn ra|tổ chức|khai mạc|bế mạc|làm việc|họp)\b")
# The opening paragraphs, where the main event is introduced, and those that report it.
_OPENING = 3
_LEDE = 7
_REPORTING = 10


def find_event(ex: Extraction) -> None:
    """The main event, from the opening paragraphs: what an organisation holds (``ORG tổ chức
    EVENT``), what happens (``EVENT diễn ra``), a meeting or visit (``X có buổi làm việc``, ``Đoàn
    công tác ... làm việc với X``), or what the people attend (``Dự Lễ khai mạc có ...``)."""
    v = vocab()
    prose = [i for i in range(min(_LEDE, len(ex.views))) if ex.blocks[i].kind is not BlockKind.CAPTION]
    # The opening paragraphs first; failing them the rest of the lede, where an archive's older
    # layout (headline and standfirst as the first two lines) puts the first paragraph of news.
    openings, rest = [i for i in prose if i < _OPENING], [i for i in prose if i >= _OPENING]
    for window in (openings, rest):
        finding = _first_finding(ex, v, window)
        if finding is not None:
            finding = _named_in_full_later(ex, v, finding, prose)
            _fullest_name(ex, finding, prose)
            _event_people(ex, finding)
            _place_elsewhere(ex, finding)
            _organiser_elsewhere(ex, finding)
            _date_elsewhere(ex, finding, prose)
            _end_elsewhere(ex, finding, prose)
            ex.event = finding
            return


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


# "hồi tháng 8", "hồi đầu năm": what a sentence tells of back then.
_BACK_IN_RE = re.compile(r"\bhồi (?:tháng|năm|đầu|cuối|giữa)\b")
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


# Adverbs between a subject and "tổ chức" that the verb's pattern does not take ("tiếp tục").
_BEFORE_VERB_RE = re.compile(r"(?: (?:tiếp tục|cũng|lại|đều))+$")


def _venue_subject(ex: Extraction, index: int, text: str, start: int, verb: int) -> Ref | None:
    """``chùa Kỳ Quang 2 tiếp tục tổ chức đại lễ ...``: a venue that holds an event is where it
    takes place (as a province that hosts one is: "Ninh Bình đăng cai ...")."""
    adverbs = _BEFORE_VERB_RE.search(text, start, verb)
    place = _place_ending_at(ex, index, adverbs.start() if adverbs else verb)
    if place is None:
        return None
    cluster = ex.find(*place)
    return place if cluster is not None and _venue_heads().match(cluster.key) else None


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


def _names_an_entity(ex: Extraction, index: int, start: int, end: int) -> bool:
    return any(
        span.block == index and span.start < end and start < span.end
        for kind in ("person", "place", "organisation")
        for cluster in ex.of_kind(kind)
        for span in cluster.spans
    )


# A word of an official name: capitalised, an acronym or a number, or a lower-case syllable.
_NAME_TOKEN_RE = re.compile(rf"[{UPPER}\d][\w&.-]*|[{LOWER}]+")


def _subject_body(ex: Extraction, v: Vocab, index: int, text: str, start: int, verb: int) -> Ref | None:
    """The body that holds the event when no finder named it: the whole clause before the verb,
    when it is an organisation head and a name ("Sáng 27/4, Bộ Kế hoạch và Đầu tư tổ chức ...":
    the name runs from the head to the verb, with no comma, person or more than two lower-case
    syllables in a row)."""
    clause = max(start, text.rfind(", ", start, verb) + 2)
    head = v.org_starts.match(text, clause)
    if head is None or not text[clause].isupper():
        return None
    tokens = text[head.end() : verb].split()
    if not any(t[0].isupper() for t in tokens) or any(not _NAME_TOKEN_RE.fullmatch(t) for t in tokens):
        return None
    lower_run = 0
    for token in tokens:
        lower_run = lower_run + 1 if token.islower() else 0
        if lower_run > 2 or (token in v.function_words and token != "và"):
            return None
    if first_person(ex, index, clause, verb) is not None:
        return None
    span = Span(index, clause, verb)
    cluster = ex.add("organisation", text[clause:verb].casefold(), span, ex.surface(span))
    return ("organisation", cluster.key)


def _name_from(text: str, start: int, head_end: int) -> str:
    """The event's name from its head to the end of its naming clause; a quoted title is kept
    whole (``Hội thảo khoa học "Chuyển đổi số trong ..."``)."""
    position = head_end
    while True:
        end_match = _EVENT_END_RE.search(text, position)
        end = end_match.start() if end_match else len(text)
        aside = _ACRONYM_THEN_YEAR_RE.match(text, end) or _ASIDE_THEN_TOPIC_RE.match(text, end)
        if aside is not None:
            # "Hội chợ Du lịch quốc tế (VITM) 2023", "hội thảo trực tuyến (webinar) về ...": the name
            # goes on
            position = aside.end()
            continue
        quote = _QUOTE_RE.search(text, position, end)
        if quote is None:
            return text[start:end].strip(" ,")
        closing = text.find(_CLOSING[quote.group()], quote.end())
        if closing < 0:
            return text[start:end].strip(" ,")
        if text.startswith(",", closing + 1) or _PURPOSE_AFTER_TITLE_RE.match(text, closing + 1):
            # 'Hội thảo "X", thu hút ...', 'chương trình "X" trao 200 suất học bổng ...': the title
            # closes it, before a purpose or recipient clause
            return text[start : closing + 1]
        position = closing + 1


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


def _place_within(ex: Extraction, block: int, start: int, end: int) -> Ref | None:
    for cluster in ex.of_kind("place"):
        if any(span.block == block and start <= span.start < end for span in cluster.spans):
            return ("place", cluster.key)
    return None


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


# "Apple ra mắt iPad Pro mới tại sự kiện Spring Loaded", "Tại sự kiện X, Samsung giới thiệu ...": a
# maker unveils its products at its own event.
_UNVEILS_RE = re.compile(r" (?:(?:đã|vừa|chính thức) )*(?:ra mắt|giới thiệu|trình làng) ")
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


def _unveiler(ex: Extraction, index: int, text: str, start: int, end: int) -> Ref | None:
    """The organisation that unveils something in the sentence: the subject of the verb, named
    right before it in its clause."""
    unveils = _UNVEILS_RE.search(text, start, end)
    if unveils is None:
        return None
    clause = max(start, text.rfind(", ", start, unveils.start()) + 2)
    maker = _organisers_before(ex, index, text, clause, unveils.start(), kinds=("organisation",))
    return maker[0] if maker else None


def _fullest_name(ex: Extraction, finding: EventFinding, openings: list[int]) -> None:
    """A bare head ("Lễ khai mạc") named in full elsewhere in the opening paragraphs ("Lễ khai mạc
    Năm Du lịch Quốc gia 2021 với chủ đề ...") takes the full name."""
    v = vocab()
    if v.event_heads.fullmatch(finding.name) is None:
        return
    pattern = re.compile(rf"(?<!\w){re.escape(finding.name)}(?= [{UPPER}\d])")
    for index in openings:
        text = ex.views[index].text
        for match in pattern.finditer(text):
            if _in_venue(text, match.start()):
                continue  # "tại Trung tâm hội nghị Quốc gia": a venue's word, not the event
            name = _name_from(text, match.start(), match.end())
            if len(name) > len(finding.name):
                finding.name = name
                finding.span = Span(index, match.start(), match.start() + len(name))
                return


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


# At most so many words of a title before the person it names.
_TITLE_WORDS = 8
# "Hội nghị lần thứ 7", "Kỳ họp thứ 5", "Đại hội XIII": a session's ordinal before a comma and its body.
_ORDINAL_END_RE = re.compile(r"(?: thứ \w+| [IVXLC]+)$")


def _name_before_a_clause(ex: Extraction, index: int, text: str, start: int, name: str) -> str:
    """The name up to a comma that opens a clause of its own, on a person or a body ("Hội nghị
    tổng kết, Bộ trưởng X chủ trì ..."); a comma inside the name goes on in lower case ("Hội nghị
    tổng kết năm 2022, triển khai năm 2023") or inside quotes."""
    comma = name.find(", ")
    while comma >= 0:
        position = start + comma + 2
        opens = entity_starting_at(ex, index, position, ("person", "organisation")) or _titled_person(
            ex, index, text, position, start + len(name)
        )
        # not a list of bodies inside the name ("Hội nghị giao ban Bộ Y tế, Bộ Công an và ..."), nor
        # the body whose ordinal session it is ("Kỳ họp thứ 5, Quốc hội khóa XV")
        listed = _entity_ending_at(ex, index, start + comma) is not None
        ordinal = opens is not None and opens[0] == "organisation" and _ORDINAL_END_RE.search(name, 0, comma)
        if opens and not listed and not ordinal and not _QUOTE_RE.search(name, 0, comma):
            return name[:comma]
        comma = name.find(", ", comma + 2)
    return name


def _titled_person(ex: Extraction, index: int, text: str, position: int, end: int) -> Ref | None:
    """A person named after a short title or honorific at ``position`` ("Chủ tịch UBND tỉnh Trần
    Văn A", "ông Trần Văn A"), in the clause that runs from there."""
    clause_end = text.find(", ", position, end)
    clause_end = end if clause_end < 0 else clause_end
    starts = [
        (span.start, cluster.key)
        for cluster in ex.of_kind("person")
        for span in cluster.spans
        if span.block == index and position <= span.start < clause_end
    ]
    if not starts:
        return None
    first, key = min(starts)
    return ("person", key) if len(text[position:first].split()) <= _TITLE_WORDS else None


def _entity_ending_at(ex: Extraction, block: int, position: int) -> Ref | None:
    for kind in ("person", "organisation"):
        for cluster in ex.of_kind(kind):
            if any(span.block == block and span.end == position for span in cluster.spans):
                return (kind, cluster.key)
    return None


def _span_end(ex: Extraction, ref: Ref, block: int, start: int) -> int:
    cluster = ex.find(*ref)
    spans = cluster.spans if cluster is not None else []
    return max((span.end for span in spans if span.block == block and span.start == start), default=start)


def _in_venue(text: str, position: int) -> bool:
    """A head inside a venue's name ("tại Trung tâm Hội nghị Quốc gia") names no event."""
    return any(
        venue.start() < position < venue.end()
        for venue in _venue_heads().finditer(text, max(0, position - 24), position + 24)
    )


def _place_at(ex: Extraction, index: int, text: str, position: int) -> Ref | None:
    """The place named at ``position`` (after "tại"): a place the finders found, one after a
    lower-case word ("tại thủ đô Jakarta"), or a venue and its name ("tại Nhà hát Lớn ...")."""
    found = entity_starting_at(ex, index, position, ("place",))
    venue = _venue_heads().match(text, position)
    if venue is not None:
        # The venue's whole name, where the finders cut it short ("Trung tâm hội nghị Quốc gia").
        name_end = phrase_end(text, venue.end(), vocab())
        if name_end > venue.end() and (found is None or name_end > _span_end(ex, found, index, position)):
            span = Span(index, position, name_end)
            cluster = ex.add("place", text[span.start : span.end], span, ex.surface(span))
            return ("place", cluster.key)
    if found is not None or venue is not None:
        return found
    word = _LOWER_WORD_RE.match(text, position)
    return entity_starting_at(ex, index, word.end(), ("place",)) if word is not None else None


# At most so many words of a venue named by its own name alone.
_VENUE_WORDS = 6


def _named_venue(ex: Extraction, index: int, text: str, position: int) -> Ref | None:
    """Where the event's sentence holds it, named by capitalised words that no finder read and no
    table heads ("tại Dinh Độc Lập", "tại GEM Center"): a venue, whatever its name. Not an event or
    an award ("tại Hội nghị X"), nor words inside a name found."""
    v = vocab()
    if not text[position : position + 1].isupper() or v.event_heads.match(text, position):
        return None
    if v.award_heads.match(text, position) or _names_an_entity(ex, index, position, position + 1):
        return None
    end = phrase_end(text, position - 1, v)
    if end <= position or len(text[position:end].split()) > _VENUE_WORDS:
        return None
    span = Span(index, position, end)
    cluster = ex.add("place", text[position:end], span, ex.surface(span))
    return ("place", cluster.key)


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
    found: list[tuple[int, int, Ref]] = []
    # Nor a body inside a venue's name: "tại Hội trường UBND tỉnh, UBND tỉnh X tổ chức".
    venues = [
        (span.start, span.end)
        for place in ex.of_kind("place")
        for span in place.spans
        if span.block == index and start <= span.start < verb
    ]
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            found.extend(
                (span.end, span.start, (kind, cluster.key))
                for span in cluster.spans
                if span.block == index
                and start <= span.start
                and span.end <= verb
                # not an owner in parentheses: "Vụ Trang thiết bị (Bộ Y tế) đã đồng tổ chức"
                and text.count("(", start, span.start) <= text.count(")", start, span.start)
                # nor a parent body: "trung tâm X, thuộc Tổng cục Y ... đã tổ chức"
                and "thuộc " not in text[max(start, text.rfind(", ", start, span.start)) : span.start]
                # nor where it happens: "tại trụ sở Bộ Ngoại giao, Thứ trưởng X đã có cuộc hội đàm"
                and _WHERE_BEFORE_RE.search(text, max(start, span.start - 16), span.start) is None
                and _BACKING_BEFORE_RE.search(text, max(start, span.start - 24), span.start) is None
                and not any(a < span.start and span.end <= b for a, b in venues)
            )
    # Not a name inside a longer one found too ("Hưng Thịnh" inside "Tập đoàn Hưng Thịnh").
    found = [f for f in found if not any(o[1] <= f[1] and f[0] <= o[0] and o[:2] != f[:2] for o in found)]
    if not found:
        return []
    found.sort()
    # With several organisers the first named is the organiser: "Bộ Y tế và Bộ Công an (đồng) tổ
    # chức", "Bộ Y tế phối hợp với Bộ Công an tổ chức".
    last = len(found) - 1
    while last > 0 and _JOINED_RE.fullmatch(text, found[last - 1][0], found[last][1]):
        last -= 1
    organisers = [found[last][2]]
    partner = _PARTNER_RE.search(text, start, verb)
    if partner is not None:
        first = next((ref for end, _, ref in found if end <= partner.start()), None)
        if first is not None:
            organisers = [first]
    return organisers


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


def _place_elsewhere(ex: Extraction, finding: EventFinding) -> None:
    """Where the event is, said outside its own sentence: the host ("Ninh Bình tiếp tục đăng cai
    ..."), or a venue in a sentence that names the event again ("... sau lễ khai mạc trên sân
    Quy Nhơn")."""
    if finding.place is not None:
        return
    named_again = _named_again(finding)
    for index in range(min(_REPORTING, len(ex.views))):
        if ex.blocks[index].kind is BlockKind.CAPTION:
            continue
        text = ex.views[index].text
        host = _HOST_RE.search(text) if "đăng cai" in text else None
        # the place itself, not one that ends a body's name ("Trường Đại học Cần Thơ đăng cai")
        if host is not None and _entity_ending_at(ex, index, host.start()) is None:
            finding.place = _place_ending_at(ex, index, host.start())
            if finding.place is not None:
                return
        if named_again.search(text.lower()) is None:
            continue
        for venue in _venues().finditer(text):
            start, end = sentence_bounds(text, venue.start())
            # The venue's name as a name goes on: "Hội trường Tỉnh ủy", "Quảng trường Ba Đình".
            name_end = phrase_end(text, venue.end(), vocab())
            if name_end > venue.end() and named_again.search(text[start:end].lower()):
                span = Span(index, venue.start(1), name_end)
                cluster = ex.add("place", text[span.start : span.end], span, ex.surface(span))
                finding.place = ("place", cluster.key)
                return
        # "Hội nghị được tổ chức tại Hà Nội": a sentence that names the event again and says where
        # it takes place.
        for verb in _TAKES_PLACE_AT_RE.finditer(text):
            start, _ = sentence_bounds(text, verb.start())
            if named_again.search(text[start : verb.start()].lower()):
                # the place after its unit, or with it ("TP Hồ Chí Minh")
                finding.place = entity_starting_at(ex, index, verb.end(), ("place",)) or entity_starting_at(
                    ex, index, verb.start(1), ("place",)
                )
                if finding.place is not None:
                    return
        # "Hội nghị được tổ chức trực tuyến từ điểm cầu Hà Nội đến 63 tỉnh": an online meeting is
        # where its main end is.
        for bridge in _BRIDGE_RE.finditer(text) if "điểm cầu" in text else ():
            start, end = sentence_bounds(text, bridge.start())
            if named_again.search(text[start:end].lower()):
                finding.place = _place_at(ex, index, text, bridge.end())
                if finding.place is not None:
                    return


_BRIDGE_RE = re.compile(r"\b(?:tại|từ) điểm cầu (?:chính )?(?:(?:tại|ở) )?")


def _named_again(finding: EventFinding) -> re.Pattern[str]:
    """The event's head as the text names it again, in lower case: "hội nghị" for "Hội nghị giao
    ban ..."; a ceremony as "lễ" or "buổi lễ" ("sau lễ khai mạc", "tại buổi lễ")."""
    heads = vocab().event_heads
    head_match = heads.match(finding.name)
    head = (head_match.group() if head_match else finding.name).lower()
    # The head's shortest form that is a head too, without its classifier: "hội nghị trực tuyến"
    # is named again as "hội nghị", "cuộc họp báo" as "họp báo".
    words = _CLASSIFIER_RE.sub("", head, count=1).split()
    shorter = (" ".join(words[:k]) for k in range(1, len(words)))
    head = next((form for form in shorter if heads.fullmatch(form)), head)
    return re.compile(r"(?<!\w)lễ(?!\w)" if _CEREMONY_RE.match(head) else re.escape(head))


def _reporting_sentences(
    ex: Extraction, finding: EventFinding, prose: list[int], after: int = 2
) -> Iterator[tuple[int, str, int, int]]:
    """The sentences (block, text, start, end) of the event's paragraph and the ``after`` after it."""
    for index in prose:
        if not finding.span.block <= index <= finding.span.block + after:
            continue
        text = ex.views[index].text
        start = 0
        while start < len(text):
            _, sentence_end = sentence_bounds(text, start)
            yield index, text, start, sentence_end
            start = sentence_end + 2  # past the full stop and its space


def _organiser_elsewhere(ex: Extraction, finding: EventFinding) -> None:
    """An organiser named in the event's name, right after its head ("cuộc họp báo Chính phủ
    thường kỳ") or after "của"; or after it: "Hội nghị ... do Sở Y tế tổ chức"."""
    if finding.organisers:
        return
    block, text = finding.span.block, ex.views[finding.span.block].text
    head = vocab().event_heads.match(text, finding.span.start)
    positions = [head.end() + 1] if head is not None else []
    if head is not None and (qualified := _event_modifiers().match(text, head.end())) is not None:
        positions.append(qualified.end())  # "họp báo thường kỳ Bộ Ngoại giao"
    owner = text.find(" của ", finding.span.start, finding.span.end)
    if owner >= 0:
        positions.append(owner + len(" của "))
    comma = text.find(", ", finding.span.start, finding.span.end)
    if comma >= 0 and _ORDINAL_END_RE.search(text, finding.span.start, comma):
        positions.append(comma + len(", "))  # "Kỳ họp thứ 5, Quốc hội khóa XV": the body it belongs to
    by = _ORGANISED_BY_RE.match(text, finding.span.end)
    rest = text[by.end() : sentence_bounds(text, by.end())[1]] if by is not None else ""
    if by is not None and any(verb in rest for verb in (" tổ chức", " chủ trì", " đăng cai", " phát động")):
        # "do Bộ Y tế tổ chức", "do Viện X chủ trì", "do Trường X đăng cai": a body that hosts it
        positions.append(by.end())
    for position in positions:
        organiser = entity_starting_at(ex, block, position, ("organisation",))
        if organiser is not None:
            finding.organisers.append(organiser)
            return
    if finding.name.lower().startswith("sự kiện "):
        # "Tại sự kiện X diễn ra ..., Apple trình làng ...": the maker's own launch event
        maker = _unveiler(ex, block, text, finding.span.end, sentence_bounds(text, finding.span.start)[1])
        if maker is not None:
            finding.organisers.append(maker)
            return
    _organiser_said_again(ex, finding)


def _report(ex: Extraction, finding: EventFinding) -> list[int]:
    """The paragraphs, captions aside, up to some after the event's own."""
    end = min(finding.span.block + _REPORTING, len(ex.views))
    return [i for i in range(end) if ex.blocks[i].kind is not BlockKind.CAPTION]


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


def _organiser_said_again(ex: Extraction, finding: EventFinding) -> None:
    """A sentence after the event's own that names it again with its organiser: "Hội nghị do Sở Y
    tế tổ chức ...", "Sở Y tế đã tổ chức hội nghị ...", or as "the event" or "the programme": "Sự
    kiện được tổ chức bởi Sở Y tế", "Chương trình do Sở Y tế phối hợp với ... tổ chức"."""
    named_again = re.compile(rf"{_named_again(finding).pattern}|(?<!\w)(?:sự kiện|chương trình)(?!\w)")
    # Anywhere in the report: a sentence that names the event again and says who holds it.
    holding = [i for i in _report(ex, finding) if " tổ chức" in ex.views[i].text]
    for index, text, start, end in _reporting_sentences(ex, finding, holding, after=_REPORTING):
        if index == finding.span.block and start <= finding.span.start < end:
            continue
        if " tổ chức" not in text[start:end] or not named_again.search(text[start:end].lower()):
            continue
        for organise in _ORGANISE_RE.finditer(text, start, end):
            quantified = _BEFORE_HEAD_RE.match(text, organise.end())
            again = named_again.match(text.lower(), quantified.end() if quantified else organise.end())
            before = _organisers_before(ex, index, text, start, organise.start())[:1] if again else []
            if before:
                finding.organisers.extend(before)
                return  # (none before: "Đơn vị tổ chức hội nghị là X", named as such below)
        by = _BY_ORGANISER_RE.search(text, start, end)
        if by is not None and named_again.search(text[start : by.start()].lower()):
            organiser = entity_starting_at(ex, index, by.end(), ("organisation", "person"))
            if organiser is not None:
                finding.organisers.append(organiser)
                return
    _organiser_named_as(ex, finding)


# "Đơn vị tổ chức là Công ty X", "Đơn vị tổ chức chương trình là X": who organises, named as such;
# and the other way round, "Công ty X là đơn vị tổ chức ...", "Sở Y tế là cơ quan chủ trì tổ chức ...".
_ORGANISER_IS_RE = re.compile(r"\b[Đđ]ơn vị (?:đứng ra )?tổ chức (?:[^.;,]{1,40} )?là ")
_IS_ORGANISER_RE = re.compile(r" (?:cũng |chính )?là (?:đơn vị|cơ quan) (?:đứng ra |chủ trì )?tổ chức\b")


def _organiser_named_as(ex: Extraction, finding: EventFinding) -> None:
    """An organiser named as "đơn vị tổ chức" in a sentence of the event's paragraph or the next two."""
    holding = [i for i in _report(ex, finding) if "tổ chức" in ex.views[i].text]
    for index, text, start, end in _reporting_sentences(ex, finding, holding):
        named = _ORGANISER_IS_RE.search(text, start, end)
        organiser = entity_starting_at(ex, index, named.end(), ("organisation",)) if named else None
        if organiser is None:
            named = _IS_ORGANISER_RE.search(text, start, end)
            ending = _entity_ending_at(ex, index, named.start()) if named else None
            organiser = ending if ending is not None and ending[0] == "organisation" else None
        if organiser is not None:
            finding.organisers.append(organiser)
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


def _place_ending_at(ex: Extraction, block: int, position: int) -> Ref | None:
    for cluster in ex.of_kind("place"):
        if any(span.block == block and span.end == position for span in cluster.spans):
            return ("place", cluster.key)
    return None


@cache
def _cues() -> re.Pattern[str]:
    """Any of the words the frames need (``_FRAMES``), each found as written."""
    # As a trie: a plain alternation of these literals costs twice as much per paragraph.
    return re.compile(alternation({cue for _, words in _FRAMES for cue in words or ()}))


@cache
def _event_modifiers() -> re.Pattern[str]:
    """How or how often a meeting is held, or its ordinal, between its head and its body."""
    return re.compile(rf"(?: (?:{alternation(words('event_name_modifiers'))}|(?:lần )?thứ \w+))+ ")


@cache
def _event_verbs() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(words('event_verbs'))}) (?=\w)")


@cache
def _speech_verbs() -> re.Pattern[str]:
    # not "nói chung", "nói riêng" (in general, in particular)
    return re.compile(rf"(?<!\w)(?:{alternation(words('speech_verbs'))})(?!\w)(?! chung| riêng)")


@cache
def _venue_heads() -> re.Pattern[str]:
    """A venue word in any case of its words ("Trung tâm Hội nghị", "nhà hát") before a
    capitalised name."""
    heads = [
        " ".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in head.split())
        for head in sorted((*words("venue_heads"), *words("event_venue_heads")), key=len, reverse=True)
    ]
    return re.compile(rf"(?:{'|'.join(heads)})(?= [{UPPER}])")


@cache
def _venues() -> re.Pattern[str]:
    """A venue word and its capitalised name: "tại sân Quy Nhơn", "trên sân vận động Mỹ Đình"."""
    heads = at_word(capitalised_too((*words("venue_heads"), *words("event_venue_heads"))))
    return re.compile(rf"\b(?:tại|trên|ở) ({heads})(?= [{UPPER}])")


def _event_kind(head: str) -> EventKind:
    head = head[:1].upper() + head[1:]
    if head.startswith(("Hội nghị", "Hội thảo", "Diễn đàn", "Tọa đàm", "Đại hội")):
        return EventKind.CONFERENCE
    if head.startswith(("Họp", "Phiên họp", "Cuộc họp", "Kỳ họp")):
        return EventKind.MEETING
    if head.startswith(("Lễ", "Buổi lễ")):
        return EventKind.AWARD_CEREMONY if "trao" in head or "đón nhận" in head else EventKind.CEREMONY
    return EventKind.OTHER


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


def _official(ex: Extraction, person: Ref) -> bool:
    """A person the text gives an official title or a rank."""
    cluster = ex.find(*person)
    return cluster is not None and bool(cluster.titles or cluster.rank)


_FRAMES = _frames()
