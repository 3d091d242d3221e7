"""Where the event's name ends: its naming clause up to a purpose, a place, a time or a verb; a
quoted title kept whole; a comma that opens a clause of its own; and a bare head ("Lễ khai mạc")
given the full name said elsewhere in the opening paragraphs."""

from __future__ import annotations

import re

from newsml_kit.extract.core import EventFinding, Extraction, Ref, Span
from newsml_kit.extract.vi.event.found import _entity_ending_at, _in_venue
from newsml_kit.extract.vi.event.patterns import _ORDINAL_END_RE
from newsml_kit.extract.vi.grammar import UPPER, entity_starting_at
from newsml_kit.extract.vi.vocab import vocab

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


# At most so many words of a title before the person it names.
_TITLE_WORDS = 8


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
