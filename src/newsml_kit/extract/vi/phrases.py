"""Where a name phrase that continues at a position ends: shared by titles (``Bộ trưởng Bộ Tư
pháp``) and organisation names (``Bộ Giáo dục và Đào tạo``)."""

from __future__ import annotations

import re
from itertools import pairwise

from newsml_kit.extract.vi.grammar import (
    ACRONYM,
    LOWER,
    NAME_RE,
    SPACE_UPPER_RE,
    UPPER,
    is_vietnamese_syllable,
)
from newsml_kit.extract.vi.vocab import Vocab

# (also spaced on one side only: "Trung tâm Văn hóa -Thể thao", "Ủy ban Khoa học- Công nghệ")
_HYPHEN_RE = re.compile(rf"(?: [-\u2013] ?|(?<! )[-\u2013] )(?=[{UPPER}])")
# A word of a name: letters and digits, joined by dots or "&" (TP.HCM, GD&ĐT) or ending in a
# hyphenated number (Covid-19); a short abbreviation in capitals keeps its dot ("TP. "), another
# word's dot ends the sentence ("... Jens Stoltenberg. Ngoại trưởng ...", "... tỉnh Yên Bái. Sau");
# acronyms may pair with a slash ("Trung tâm Phòng chống HIV/AIDS"); a foreign word may hold an
# apostrophe ("O'Brien").
_WORD_RE = re.compile(
    rf"\w+(?:[.&'\u2019]\w+|-\d+\b|/[A-Z]+\b)*(?:(?<!\w\w\w\w)(?<![{LOWER}])\.(?= [{UPPER}]))?"
)
# Inside a title: "Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Văn hóa - Xã hội", "Chủ tịch HĐQT
# kiêm Tổng giám đốc Công ty X" (one title holding two posts), even right after the head.
_TITLE_CONNECTORS = ("phụ trách", "kiêm")
_JOINED_RE = re.compile(rf"-(?= ?[{UPPER}])")
# Words that end a name when they follow it: a tense word, a verb of doing or saying ("Chủ tịch
# HĐND tỉnh chỉ đạo ...", "... Việt Nam toàn cầu thực hiện"), of what an official does at an event
# ("Chủ tịch UBND tỉnh đến dự và cắt băng", "... chủ trì hội nghị", "... trao Bằng khen").
AT_EVENT_VERBS = r"chủ trì|tham dự|đến dự|tới dự|về dự|dự và|chứng kiến|trao|tặng"
# ("thuộc", belonging to, closes a body's name before the body above it: "Trung tâm Cấp cứu 115
# thuộc Sở Y tế").
_VERB_AFTER_NAME = (
    r"(?:đã|sẽ|đang|vừa|cho|cùng|phối hợp|tổ chức|có|thực hiện|thuộc"
    rf"|chỉ đạo|phát biểu|yêu cầu|đề nghị|nhấn mạnh|khẳng định|{AT_EVENT_VERBS})\b"
)
# After a lower-case word of a name, the name goes on (a capitalised word, a unit, a connector) or
# ends (punctuation, a verb, the end of the text).
_NAME_GOES_ON_RE = re.compile(
    rf"(?=[,.;:)(]| [{UPPER}(]| và | tỉnh | thành phố | huyện | quận | thị xã | thị trấn | xã | phường |$"
    rf"| {_VERB_AFTER_NAME}"
    r"| số \d{1,3}(?![\w/]|[.,-] ?\d))"  # a unit's number ("Đội Quản lý thị trường số 5")
)
_CLOSING_FIELDS = ("quốc gia", "trung ương")
_VERB_AFTER_RE = re.compile(rf" {_VERB_AFTER_NAME}")
_NAME_ENDS_RE = re.compile(rf"(?=[,.;:)?!]| \(|$| và\b| {_VERB_AFTER_NAME})")
_ACRONYM_BEFORE_RE = re.compile(rf"(?<![\w.])[{UPPER}]{{2,}}$")
# A short form in parentheses inside a name: letters, or a police department's code ("PC02").
_INNER_ACRONYM_RE = re.compile(rf" \((?:{ACRONYM}|[{UPPER}]{{2}}\d{{2}})\)")
# (and "Số": "Công ty Cổ phần Xây dựng Số 1" is numbered by its name; a village numbered in a
# head's name: "Trưởng thôn 3", "Trưởng ấp 5", "Tổ trưởng tổ dân phố 12")
_NUMBERED_UNIT_RE = re.compile(r"(?<!\w)(?:[Qq]uận|[Pp]hường|Số|thôn|ấp|xóm|bản|khu phố|tổ dân phố)$")
# Units a city numbers rather than names ("quận 3", "phường 12"), and such a number.
_NUMBERED_UNITS = frozenset(("quận", "phường"))
_UNIT_NUMBER_RE = re.compile(r" \d{1,2}(?!\w)")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_NUMBER_AND_LETTER_RE = re.compile(rf"\d{{1,3}}[{UPPER}]")
_DIGITS_RE = re.compile(r"\d+")
_DASH_AFTER_RE = re.compile(rf" [-\u2013](?= | ?[{UPPER}])")
_LOWER_SYLLABLE_RE = re.compile(rf" ([{LOWER}]+)(?=[ ,.;:)]|$)")
# Two lower-case syllables between capitalised words of one name: "Hội Tim mạch học Việt Nam".
_TWO_LOWER_SYLLABLES_RE = re.compile(
    rf" ([{LOWER}]+) ([{LOWER}]+)(?= [{UPPER}]| (?:tỉnh|thành phố|huyện|quận|TP\.?) [{UPPER}])"
)


def phrase_end(text: str, position: int, v: Vocab, *, allow_titles: bool = False) -> int:
    """Where a name that continues at ``position`` ends: capitalised words (with the lower-case
    syllables the name-word table gives them: ``Cơ yếu``, ``Lao động``), acronyms, ``-`` and
    connectors between capitalised words."""
    end = position
    cursor = position
    dashed = False  # (the cursor stands on a dash that a space comes before: " -Thể thao")
    while cursor < len(text) and (
        text[cursor] == " " or dashed or (_JOINED_RE.match(text, cursor) and end == cursor)
    ):
        dashed = False
        # "Bộ Lao động-Thương binh và Xã hội", "Bộ VH-TT&DL": a hyphen joins capitalised words.
        word = _WORD_RE.match(text, cursor + 1)
        if word is None:
            inner = _INNER_ACRONYM_RE.match(text, cursor) if end > position else None
            if inner is not None and (
                _unit_and_name_at(text, inner.end() + 1, v)
                or (allow_titles and v.org_starts.match(text, inner.end() + 1))
            ):
                # "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hải Dương": the short form defined
                # inside the name, which goes on with where the body sits (in a title, with the
                # body it belongs to: "Phó trưởng phòng Cảnh sát hình sự (PC02) Công an tỉnh").
                cursor = inner.end()
                continue
            if (
                end > position
                and text.startswith("& ", cursor + 1)
                and SPACE_UPPER_RE.match(text, cursor + 2)
                and not _starts_another_name(text, cursor + 3, v)
            ):
                # "Trường ĐH Kinh doanh & Công nghệ": "&" joins two words of one name as "và"
                # does, in a title too (where it splits two posts, a post follows it: GOLD-FORMAT).
                cursor += 2
                continue
            hyphen = _HYPHEN_RE.match(text, cursor)
            if (
                hyphen is None
                or end == position
                or v.org_starts.match(text, hyphen.end())
                or (not allow_titles and v.title_heads.match(text, hyphen.end()))
            ):
                # (a dash before a head opens the body above: "Vụ X - Bộ GD&ĐT"; in an organisation's
                # name, a post after a dash opens the clause of its holder: "Tập đoàn X - Chủ tịch
                # là ..."; a title goes on to be split there: "Bí thư Đảng ủy - Giám đốc ...")
                break
            cursor = hyphen.end() - 1
            dashed = text[cursor] != " "
            continue
        token = word.group()
        if token[0].isdigit() and token.endswith(".") and token[:-1].isdigit():
            # "Bệnh viện Quận 2. Ngoài ra ...": a number's dot ends the sentence, not the name
            word = _DIGITS_RE.match(text, cursor + 1) or word
            token = word.group()
        if token.isdigit() and end == cursor:
            if _NUMBERED_UNIT_RE.search(text, max(0, cursor - 11), cursor):
                cursor = end = word.end()  # "UBND Quận 1", "Công an Phường 5": a numbered district
                continue
            if len(token) <= 3 and _number_in_name(text, position, word, v):
                # "Sư đoàn 304", "Bệnh viện Trung ương Quân đội 108": a numbered body (a name may
                # follow: "Sư đoàn trưởng Sư đoàn 304 Trần Văn A").
                cursor = end = word.end()
                continue
            if _YEAR_RE.fullmatch(token) and end > position and _NAME_ENDS_RE.match(text, word.end()):
                end = word.end()  # "Ban Chỉ đạo Festival Huế 2022": a yearly event's year closes the name
                break
        if token[0].isdigit() and end == cursor and text.endswith(" Quốc lộ", 0, cursor):
            cursor = end = word.end()  # "Công ty BOT Quốc lộ 1K": a road is named by its number
            continue
        if (
            token[0].isdigit()
            and _NUMBER_AND_LETTER_RE.fullmatch(token)
            and end == cursor > position
            and _NAME_ENDS_RE.match(text, word.end())
        ):
            end = word.end()  # "Bệnh viện Quân y 7A": a number with a letter closes the name
            break
        if token[0].isupper():
            lexical = v.name_words.match(text, cursor + 1)
            stop = v.stops.match(text, cursor + 1) if not allow_titles else None
            if (stop and (lexical is None or stop.end() > lexical.end())) or v.ranks.match(text, cursor + 1):
                break  # (a stop word that is a name word goes on: "Sở Kế hoạch và Đầu tư")
            if token[1:2].isupper() and _academic_before_name(text, cursor + 1, v):
                break  # "Bệnh viện Bạch Mai PGS.TS Nguyễn Quang Tuấn": a person's prefix, not the name's
            if (
                lexical is None
                and token.endswith(".")
                and not token.isupper()
                and is_vietnamese_syllable(token[:-1])
            ):
                end = word.end() - 1  # "... TP Hội An. Sở Y tế ...": a full stop, not an abbreviation ("TP.")
                break
            cursor = lexical.end() if lexical else word.end()
            if lexical is None and not token.isupper():
                cursor = _lower_syllable_end(text, cursor, v)
            elif lexical is not None:
                # Official names keep some words in lower case after a capitalised one:
                # "Bộ Giao thông vận tải", "Sở Giáo dục và đào tạo".
                following = v.name_words_lower.match(text, cursor + 1)
                while following is not None:
                    cursor = following.end()
                    following = v.name_words_lower.match(text, cursor + 1)
                cursor = _field_syllable_end(text, cursor, v)
            end = cursor
            continue
        lower = v.name_fields_lower.match(text, cursor + 1)
        if (
            lower is not None
            and end > position
            and (_NAME_GOES_ON_RE.match(text, lower.end()) or lower.group() in _CLOSING_FIELDS)
        ):
            # "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam", "... Việt Nam toàn cầu (GS)"; a national
            # or central body's qualifier closes its name before any word ("Viện X quốc gia gửi ...").
            cursor = end = lower.end()
            continue
        unit = starts_with(text, cursor + 1, v.units)
        unit_end = cursor + 1 + len(unit) if unit is not None else cursor
        if unit in _NUMBERED_UNITS and (number := _UNIT_NUMBER_RE.match(text, unit_end)) is not None:
            unit_end = number.end()  # "UBND phường 5,": a district of a city numbered, not named
        if (
            unit is not None
            and (
                end > position
                or _ACRONYM_BEFORE_RE.search(text, max(0, position - 12), position)
                or _listed_body_of_every_unit(text, position, unit_end)
            )
            and _NAME_ENDS_RE.match(text, unit_end)
        ):
            # "Phòng Y tế thành phố," "HĐND tỉnh": the unit named before, without its name (after
            # a head that ends with an acronym too: "Chủ tịch HĐND tỉnh chỉ đạo").
            end = unit_end
            break
        compound = starts_with(text, cursor + 1, v.compounds)
        if compound and end > position:
            cursor += 1 + len(compound)
            end = cursor
            continue
        if end == cursor > position and text.startswith(" và ", cursor):
            joined = _lower_fields_end(text, cursor + 4, v)
            if joined is not None:
                cursor = end = joined  # "Khoa học xã hội và nhân văn": "và" joins two lower-case fields
                continue
        connector = starts_with(text, cursor + 1, v.connectors) or (
            starts_with(text, cursor + 1, _TITLE_CONNECTORS) if allow_titles else None
        )
        if (
            connector
            and (
                end > position
                or connector in v.units
                or connector in v.head_connectors
                or connector in _TITLE_CONNECTORS
            )
            and SPACE_UPPER_RE.match(text, cursor + 1 + len(connector))
        ):
            nxt = cursor + 2 + len(connector)
            if connector == "và" and (v.academic.match(text, nxt) or v.title_heads.match(text, nxt)):
                # "Giám đốc Trung tâm X và BS Y", "HLV của CLB X và Giám đốc kỹ thuật Y": a person
                # or another post, not more of the name
                break
            second_post = v.title_heads.match(text, nxt) if connector == "kiêm" else None
            if second_post is not None:
                cursor = end = second_post.end()  # "kiêm Tổng giám đốc": the second post whole
                continue
            # "X và Bộ Y": a second organisation; "Kiểm soát và Phòng ngừa": a head word as an
            # ordinary word of the same name (no capitalised name after it).
            # "... Việt Nam và Cục quản lý ...": a head opens another body even before lower-case
            # words, unless it is a word of the same name ("Kiểm soát và Phòng ngừa dịch bệnh").
            second = v.org_heads.match(text, nxt) if connector == "và" else None
            lexical = v.name_words.match(text, nxt) if second is not None else None
            if second is None or (
                lexical is not None
                and lexical.end() > second.end()
                and not SPACE_UPPER_RE.match(text, second.end())
            ):
                cursor += 1 + len(connector)
                continue
        break
    return end


def _lower_fields_end(text: str, position: int, v: Vocab) -> int | None:
    """Where the lower-case fields of the name-word table that start at ``position`` end, when the
    name ends or goes on after them ("... và đào tạo cho biết"); None otherwise."""
    field = v.name_words_lower.match(text, position)
    if field is None:
        return None
    end = field.end()
    while text.startswith(" ", end) and (more := v.name_words_lower.match(text, end + 1)) is not None:
        end = more.end()
    return end if _NAME_GOES_ON_RE.match(text, end) else None


def _academic_before_name(text: str, position: int, v: Vocab) -> bool:
    """An academic prefix at ``position`` followed by a person's name ("PGS.TS Nguyễn Văn A")."""
    prefix = v.academic.match(text, position)
    return prefix is not None and NAME_RE.match(text, prefix.end()) is not None


def _listed_body_of_every_unit(text: str, head_end: int, end: int) -> bool:
    """``Công an thành phố`` as an item of a list of bodies (", ... ,"): the body every unit has,
    named by its unit alone (elsewhere such a phrase mostly speaks of the force, not one body)."""
    start = head_end - len("Công an")
    return (
        text.startswith("Công an", start)
        and text.endswith(", ", 0, start)
        and text.startswith((", ", " và "), end)
    )


def _unit_and_name_at(text: str, position: int, v: Vocab) -> bool:
    """An administrative unit and a capitalised name start at ``position`` ("tỉnh Hải Dương")."""
    unit = starts_with(text, position, v.unit_forms)
    return unit is not None and SPACE_UPPER_RE.match(text, position + len(unit)) is not None


def _number_in_name(text: str, position: int, number: re.Match[str], v: Vocab) -> bool:
    """A number that closes a name: after its words, before the name's end or another name ("Bệnh
    viện Trung ương Quân đội 108", "Sư đoàn 304 Trần Văn A"); after a head of numbered bodies even
    right after the head, and then before any word when it has two or three digits ("Bệnh viện
    Quân y 121 trong đêm"; not "... Bạch Mai 3 ngày qua")."""
    numbered_head = text.endswith(v.org_heads_numbered, 0, position)
    if _NAME_ENDS_RE.match(text, number.end()) or SPACE_UPPER_RE.match(text, number.end()):
        return numbered_head or number.start() > position + 1
    return (
        numbered_head
        and text.startswith(" ", number.end())
        and (len(number.group()) > 1 or number.start() == position + 1)
    )


def _lower_syllable_end(text: str, cursor: int, v: Vocab) -> int:
    """A capitalised syllable outside the word table keeps one lower-case syllable after it (the
    second half of a word: ``Quốc hội``) when that syllable is no function word and a capitalised
    word or a punctuation mark follows; or two ("Hội Tim mạch học Việt Nam") before a capitalised
    word that starts no other name."""
    match = _LOWER_SYLLABLE_RE.match(text, cursor)
    if match is None or match.group(1) in v.function_words or _ends_a_place(text, cursor, v):
        return cursor
    end = match.end()  # (tested in place: a slice of the rest would copy the text at every call)
    if (
        end == len(text)
        or text[end] in ",.;:)"
        or SPACE_UPPER_RE.match(text, end)
        or _DASH_AFTER_RE.match(text, end)
    ):
        return end  # (a dash closes the name too: "Nhà sáng lập Got it - ứng dụng ...")
    if (
        text.startswith(" và ", end)
        and SPACE_UPPER_RE.match(text, end + 3)
        and not _starts_another_name(text, end + 5, v)
    ):
        return end  # "Hiệp hội Chế biến và Xuất khẩu ...": "và" joins two fields of one name
    field = v.name_fields_lower.match(text, end + 1) if text.startswith(" ", end) else None
    if field is not None and (_NAME_GOES_ON_RE.match(text, field.end()) or field.group() in _CLOSING_FIELDS):
        return end  # "Viện Tim mạch quốc gia": a qualifier of the name follows
    if v.clause_verbs.match(text, end) and match.group(1) not in _ADVERBS:
        # "Bệnh viện Ung bướu cho biết", "Cục Việc làm đã ...": a tense word or a verb of two
        # syllables opens the predicate, so the syllable before it is the second half of the
        # name's last word (a verb of one syllable there is ungrammatical: "bán đã").
        return end
    # ("Hiệp hội Xuất khẩu thủy sản Việt Nam": the word's second half, then a field of two)
    for at in (cursor, end):
        two = _TWO_LOWER_SYLLABLES_RE.match(text, at)
        if (
            two is not None
            and not any(word in v.function_words for word in (*two.groups(), " ".join(two.groups())))
            and not _starts_another_name(text, two.end() + 1, v)
        ):
            return two.end()
    return cursor


def _ends_a_place(text: str, cursor: int, v: Vocab) -> bool:
    """A place of two words or more ends at ``cursor`` ("... tỉnh Quảng Nam"): a body's name that
    reaches where it sits is whole, and lower-case words after it are a verb's ("khởi công ...")."""
    start = cursor
    for _ in range(3):
        start = text.rfind(" ", 0, start)
        if start < 0:
            return False
        place = v.places_re.match(text, start + 1)
        if place is not None and place.end() == cursor:
            # (one word too when unambiguous, or after its unit: "Trường Đại học Huế tuyển sinh
            # Khoa X", "UBND TP Vinh giao Phòng Y")
            return place.group() in v.places or text.endswith(v.unit_forms, 0, start)
    return False


# Adverbs that stand between a subject and its tense word ("Công ty Apple hiện đã ..."), not
# syllables of a name.
_ADVERBS = frozenset(("hiện", "từng", "vốn", "còn", "nay", "thường", "hầu", "đều"))

_FIELD_SYLLABLE_RE = re.compile(rf" ([{LOWER}]+(?: [{LOWER}]+)?) (?=[{UPPER}]|(?:quốc gia|trung ương)(?!\w))")


def _field_syllable_end(text: str, cursor: int, v: Vocab) -> int:
    """After a word of the name table, one lower-case syllable naming its field ("Hiệp hội Kinh
    doanh vàng Việt Nam", "Liên minh Chuyển đổi số quốc gia") when the name goes on right after
    it (a capitalised word that starts no other name, or a closing "quốc gia"); not a verb or a
    function word ("Hội Nông dân tặng Trường X": the capitalised word starts another name)."""
    match = _FIELD_SYLLABLE_RE.match(text, cursor)
    if match is None or any(word in v.function_words for word in (match.group(1), *match.group(1).split())):
        return cursor
    if _starts_another_name(text, match.end(), v) or _VERB_AFTER_RE.match(text, cursor):
        return cursor
    return match.end(1)


# Up to four lower-case words before a capitalised one: "Ban Quản lý đường sắt đô thị TP.HCM".
_LOWER_WORDS_RE = re.compile(rf"(?: [{LOWER}]+){{1,4}}(?= [{UPPER}])")


def past_lower_words(text: str, head_end: int, v: Vocab) -> int:
    """Where a name whose head ends at ``head_end`` ends when lower-case words come before its
    capitalised part ("Công ty quản lý Quỹ đầu tư X", "Ban Quản lý đường sắt đô thị TPHCM");
    ``head_end`` when no such name follows (a function word or another entity's head comes first)."""
    lower = _LOWER_WORDS_RE.match(text, head_end)
    if lower is None:
        return head_end
    # (a field of the table may hold a function word: "Ban Quản lý dự án Mỹ Thuận"; the table is
    # searched only when a function word turns up, which keeps the usual path as cheap as before)
    if _words_hold_function_word(lower.group(), v) and _words_hold_function_word(
        v.name_fields_lower.sub(" ", lower.group()), v
    ):
        return head_end
    if _starts_another_name(text, lower.end() + 1, v):
        return head_end
    end = phrase_end(text, lower.end(), v)
    return end if end > lower.end() else head_end


# A national committee's field after "về", in lower case up to where the name ends: "Ủy ban Quốc
# gia về người cao tuổi", "Ban Chỉ đạo quốc gia về phòng chống dịch" ("người" may stand in it).
_NATIONAL_FIELD_RE = re.compile(rf" về((?: [{LOWER}]+){{1,6}}?)(?=[,.;:)?!]| \(|$| {_VERB_AFTER_NAME})")
_NATIONAL_ENDS = ("Quốc gia", "quốc gia")
_NATIONAL_FIELD_WORDS = frozenset(("người",))


def past_national_field(text: str, end: int, v: Vocab) -> int:
    """Where a national body's name ending at ``end`` ends when a field after "về" follows it."""
    if not text.endswith(_NATIONAL_ENDS, 0, end):
        return end
    field = _NATIONAL_FIELD_RE.match(text, end)
    if field is None or holds_function_word(field.group(1), v, allowed=_NATIONAL_FIELD_WORDS):
        return end
    if _VERB_AFTER_RE.search(text, end, field.end()):
        return end
    return field.end()


# A body's purpose of prevention, written with the official comma or without it, after its head or
# its national or central rank: "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19", "Ủy ban Quốc gia
# phòng, chống AIDS", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng". The comma is the name's.
_PREVENTION_RE = re.compile(
    rf"(?: (?:[Qq]uốc gia|[Tt]rung ương))?(?: về)? [Pp]hòng,? chống((?: [{LOWER}]+){{0,4}})(?=[ ,.;:)]|$)"
)


def past_prevention_field(text: str, end: int, v: Vocab) -> int:
    """Where a name ending at ``end`` ends when a purpose of prevention follows it: its lower-case
    field up to a function word, a unit or a verb, then any capitalised rest (a disease, a place)."""
    field = _PREVENTION_RE.match(text, end)
    if field is None:
        return end
    cursor = field.start(1)
    for word in field.group(1).split():
        if word in v.function_words or starts_with(text, cursor + 1, v.units):
            break  # ("dịch bệnh của huyện", "dịch tỉnh X": the field ends, the unit follows)
        if v.clause_verbs.match(text, cursor) or _VERB_AFTER_RE.match(text, cursor):
            break
        cursor += 1 + len(word)
    if cursor == field.start(1) and not SPACE_UPPER_RE.match(text, cursor):
        return end  # "phòng, chống" alone, no field named
    rest = phrase_end(text, cursor, v)
    return max(rest, cursor)


def _words_hold_function_word(words: str, v: Vocab) -> bool:
    """A word of ``words``, or their first two together, is a function word."""
    found = words.split()
    return any(word in v.function_words for word in (*found, " ".join(found[:2])))


# Up to ten lower-case words, "và" among them, before an administrative unit and a capitalised
# name: "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Nam".
_LOWER_FIELD_TO_UNIT_RE = re.compile(
    rf"((?: [{LOWER}]+|, chống){{1,10}})"
    rf" (?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn) (?=[{UPPER}])"
)
# ("các" and "và" stand inside such a field: "Ban Quản lý các khu công nghiệp tỉnh X"; so does the
# official "phòng, chống": "Ban Chỉ đạo phòng, chống thiên tai tỉnh X")
_FIELD_FUNCTION_WORDS = frozenset(("và", "các"))


def holds_function_word(words: str, v: Vocab, allowed: frozenset[str] = frozenset()) -> bool:
    """A word, or two words together, of the function-word table other than ``allowed`` stands
    among these lower-case ``words`` (they are a clause's, not a name's: "này", "giới thiệu")."""
    found = words.split()
    return any(
        word in v.function_words and word not in allowed
        for word in (*found, *(" ".join(pair) for pair in pairwise(found)))
    )


def _field_holds_function_word(words: str, v: Vocab) -> bool:
    """A field's lower-case ``words`` hold a function word other than "và"/"các", also once the
    fields of the table are taken out (one may hold a function word: "dự án" in "Ban Quản lý dự án
    đầu tư ...")."""
    return holds_function_word(words, v, allowed=_FIELD_FUNCTION_WORDS) and holds_function_word(
        v.name_fields_lower.sub(" ", words), v, allowed=_FIELD_FUNCTION_WORDS
    )


def past_lower_field(text: str, head_end: int, v: Vocab) -> int:
    """Where a body's name whose head ends at ``head_end`` ends when its field, in lower case, goes
    on to the unit and the place the body serves; ``head_end`` when the lower-case words hold a
    verb or a function word (they are then the clause's, not the name's)."""
    field = _LOWER_FIELD_TO_UNIT_RE.match(text, head_end)
    if field is None or _VERB_AFTER_RE.search(text, head_end, field.end(1) + 1):
        return head_end
    if _field_holds_function_word(field.group(1), v):
        return head_end
    end = phrase_end(text, field.end(1), v)
    return end if end > field.end(1) else head_end


# A project management board's long field, in either case, up to the unit and place it serves: "Ban
# QLDA Đầu tư xây dựng công trình giao thông tỉnh Quảng Ninh", "Ban Quản lý dự án đầu tư xây dựng các
# công trình dân dụng và công nghiệp tỉnh X".
PROJECT_BOARDS = ("Ban Quản lý dự án", "Ban quản lý dự án", "Ban QLDA")
_PROJECT_FIELD_TO_UNIT_RE = re.compile(
    rf"((?: [{LOWER}]+| [{UPPER}][{LOWER}]*){{1,14}}?)"
    rf" (?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã) (?=[{UPPER}])"
)


def past_project_field(text: str, end: int, v: Vocab) -> int:
    """Where a project board's name ending at ``end`` ends when its field goes on to the unit and
    place it serves; ``end`` when a verb or a function word stands in the way."""
    field = _PROJECT_FIELD_TO_UNIT_RE.match(text, end)
    if field is None or _VERB_AFTER_RE.search(text, end, field.end(1) + 1):
        return end
    if _field_holds_function_word(field.group(1).lower(), v) or v.clause_verbs.search(field.group(1)):
        return end
    place = phrase_end(text, field.end(1), v)
    return place if place > field.end(1) else end


def _starts_another_name(text: str, position: int, v: Vocab) -> bool:
    """An organisation, a title, a rank or an honorific starts at ``position``: "Hội X đại diện
    UBND tỉnh", "phối hợp Công an ...": the lower-case words before it are a verb, not a name's."""
    return any(
        pattern.match(text, position) is not None
        for pattern in (v.org_starts, v.title_heads, v.ranks, v.academic, v.stops)
    )


def starts_with(text: str, position: int, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that stands as a whole word at ``position``."""
    if not text.startswith(words, position):
        return None  # (one test in C for the usual case, none of them)
    for word in words:
        if text.startswith(word, position) and (
            position + len(word) == len(text) or not text[position + len(word)].isalnum()
        ):
            return word
    return None


def without_trailing_connector(text: str, start: int, end: int, v: Vocab) -> int:
    """``end`` moved back over a connector the phrase ends with ("Ủy ban nhân dân tỉnh")."""
    phrase = text[start:end].rstrip()
    if not phrase.endswith(v.spaced_connectors):
        return start + len(phrase)
    for connector in v.connectors:
        if phrase.endswith(" " + connector):
            phrase = phrase[: -len(connector) - 1]
            break
    return start + len(phrase)
