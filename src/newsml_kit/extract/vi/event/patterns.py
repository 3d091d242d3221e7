"""The regexes, word patterns and paragraph windows that several of the event's modules read,
written once: the verbs that hold an event, what the organiser follows, a classifier, a day's
words, a venue's head, and how many paragraphs open, make up and report the lede."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.vi.grammar import UPPER
from newsml_kit.extract.vi.vocab import words
from newsml_kit.extract.vocab import alternation

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

# "tổ chức thành công Hội nghị ...", "tổ chức thêm một buổi họp báo", "tổ chức trực tuyến Hội nghị
# ...": words between verb and head; and the day of a longer event the report is about ("tổ chức
# ngày cuối cùng của đại lễ ...", "tiến hành ngày làm việc thứ hai của Kỳ họp ...").
_BEFORE_HEAD_RE = re.compile(
    r"(?:(?:thành công|trọng thể|long trọng|trang trọng|thêm|trực tuyến) )?(?:(?:một|các|những|\d+) )?"
    r"(?:ngày (?:làm việc )?(?:đầu tiên|cuối cùng|thứ (?:\d+|hai|ba|tư|năm)) của )?"
)

# "... do Bộ Y tế tổ chức", "... được tổ chức bởi Bộ Y tế": the organiser after the verb.
_BY_ORGANISER_RE = re.compile(r"\b(?:do|bởi) ")

# "Đoàn công tác Bộ Y tế làm việc với tỉnh Sóc Trăng": a working visit is the bare verb phrase
# (``visits``), the delegation's head its guest of honour (``roles``).
_DELEGATION = r"\b[Đđ]oàn (?:công tác|kiểm tra|giám sát|đại biểu)"

_ORGANISED_BY_RE = re.compile(r" (?:(?:đã|vừa|sẽ) )?(?:do|được) ")

_CLASSIFIER_RE = re.compile(r"(?:buổi|cuộc) ")

# What may stand between an event's name and "tại" when the place is the event's: its day.
_WHEN_RE = re.compile(
    rf"(?: (?:vào|{alternation(words('day_words'))}|nay|qua|mới đây|vừa qua"
    rf"|\(?\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{4}})?\)?),?)* "
)

# The opening paragraphs, where the main event is introduced, and those that report it.
_OPENING = 3
_LEDE = 7
_REPORTING = 10

# "Hội nghị lần thứ 7", "Kỳ họp thứ 5", "Đại hội XIII": a session's ordinal before a comma and its body.
_ORDINAL_END_RE = re.compile(r"(?: thứ \w+| [IVXLC]+)$")


@cache
def _venue_heads() -> re.Pattern[str]:
    """A venue word in any case of its words ("Trung tâm Hội nghị", "nhà hát") before a
    capitalised name."""
    heads = [
        " ".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in head.split())
        for head in sorted((*words("venue_heads"), *words("event_venue_heads")), key=len, reverse=True)
    ]
    return re.compile(rf"(?:{'|'.join(heads)})(?= [{UPPER}])")
