"""Dates: ``d/m/yyyy``, ``d/m`` after a time word (the year from the header month), ranges
``d-d/m[/yyyy]`` and ``yyyy-yyyy``, ``ngày d tháng m [năm yyyy]``, ``tháng m/yyyy`` and
``năm yyyy``. Each span is read once: a range or a full date is not read again as the day or the
year inside it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsml_kit.dates import PartialDate
from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.vi.grammar import LOWER, UPPER
from newsml_kit.extract.vi.vocab import vocab
from newsml_kit.model import DateRole

# "từ ngày 12 đến 14/4", "trong hai ngày 12 và 13/4", "các ngày 12, 13/4", "ngày 12 và 13/4": days of
# one month, the month said once (a period: one range, its days not read again).
_DAYS_OF_MONTH_RE = re.compile(
    r"(?<!\w)(?:[Tt]ừ (?:ngày )?|(?:[Tt]rong )?(?:[Hh]ai|2|[Bb]a|3|các) ngày |[Nn]gày )"
    r"(\d{1,2})(?: (?:đến|tới|và)|,) (?:ngày )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\w/])"
)
_DMY_RE = re.compile(r"(\d(?<![\w/.,-]\d)\d?)([/-])(\d{1,2})\2(\d{4})(?![\w/])")
# "(30/4/1975 - 30/4/2021)": two whole dates joined by a dash are a period, its days not read again.
_DMY_RANGE_RE = re.compile(
    r"(\d(?<![\w/.,-]\d)\d?)/(\d{1,2})/(\d{4}) ?[-\u2013] ?(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/])"
)
# "30/4 - 1/5", "từ ngày 24/4 - 2/5": two days of different months joined by a dash are a period.
_DM_RANGE_RE = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2}) ?[-\u2013] ?(\d{1,2})/(\d{1,2})(?![\w/])")
_DAY_RANGE_RE = re.compile(r"(\d(?<![\w/.,]\d)\d?) ?[-\u2013] ?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\w/])")
_WORDY_DATE_RE = re.compile(r"[Nn](?<!\w[Nn])gày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?(?!\d)")
_MONTH_RE = re.compile(r"[Tt](?<!\w[Tt])háng (\d{1,2})(?:/| năm )(\d{4})(?!\d)")
# "tháng 5 và tháng 6/2021", "tháng 3, 4 năm 2022": the earlier months take the last one's year.
_MONTHS_RE = re.compile(
    r"[Tt](?<!\w[Tt])háng (\d{1,2})((?:(?:,| và| hoặc) (?:tháng )?\d{1,2})+)(?:/| năm )(\d{4})(?!\d)"
)
_MONTH_NUMBER_RE = re.compile(r"\d{1,2}")
# "đầu tháng 9", "hồi tháng 8 vừa qua", "Tháng 10 năm nay": a month named without its year.
# (From the literal "háng", which the engine finds fast; the "T" and the word start are checked after.)
_BARE_MONTH_RE = re.compile(r"háng (\d{1,2})(?![\d/]|,? ?\d| (?:năm|và|hoặc|đến|tới) \d)")
# Words before "tháng" that make it a length or a rate ("3 tháng", "mỗi tháng 2 lần") or a lunar
# month ("rằm tháng 9"), and after its number a count ("tháng 2 lần") or a year said relatively
# ("tháng 9 năm ngoái": no explicit year, not a date).
_NOT_A_MONTH_BEFORE = frozenset(
    ("mỗi", "hàng", "một", "vài", "mấy", "các", "những", "rằm", "mùng", "mồng", "sinh", "lương")
)
_NOT_A_MONTH_AFTER_RE = re.compile(r" (?:(?:lần|ngày|tuần|giờ|tiếng|tuổi)(?!\w)|năm (?!nay))")
_YEAR_RANGE_RE = re.compile(
    r"((?:1(?<![\w/.,]1)9|2(?<![\w/.,]2)0)\d{2}) ?[-\u2013] ?((?:19|20)\d{2})(?![\w/])"
)
# A season or school year written with a slash ("mùa giải 2020/2021", "năm học 2021/2022"): two years
# in a row, not inside a document's number ("12/2020/NĐ-CP"). Found from its second year: a pattern
# that opens on a literal is the cheap scan.
_SEASON_END_RE = re.compile(r"/((?:19|20)\d{2})(?![\w/])")
# A year after a name: "Oscar 2021", "Cúp Quốc gia 2021" (its last syllable may be lower case, not
# "số", a house or line number: "phố Huế số 1990"; not an amount: "2021,5", "2021%"; not the first
# group of a longer number: "Tổng đài 1900 9095").
_NAMED_YEAR_RE = re.compile(
    rf"[{UPPER}][\w.&-]*(?: (?!số )[{LOWER}]+)? ((?:19|20)\d{{2}})(?![\w/%-]|[.,]\d| \d)"
)
_A_YEAR_RE = re.compile(r" (?:19|20)\d\d")
# Words that open a sentence on a count, not a name ("Có 2020 người", "Hơn 1990 học sinh").
_COUNTING = frozenset(
    ("có", "có tới", "khoảng", "hơn", "gần", "chừng", "trên", "dưới", "tổng cộng", "tổng số")
)
_AND_DAY_RE = re.compile(r"(?:,| và| hoặc| đến| tới) (?:ngày )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\w/-])")
_AND_YEAR_RE = re.compile(r"(?:,| và| hoặc) ((?:19|20)\d{2})(?![\w/%-]|[.,]\d)")
_FROM_TO_RE = re.compile(
    r"[Tt](?<!\w[Tt])ừ (?:ngày )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))? (?:đến|tới) (?:hết )?(?:ngày )?"
    r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\w/-])"
)
# "Sáng nay (1/10)", "chiều nay 30/9", "hôm qua (30/9)": a relative day with its date beside it.
_NOW_DATE_RE = re.compile(
    r"(?<!\w)(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|sớm|[Hh]iện) (?:nay|qua)"
    r" \(?(\d{1,2})/(\d{1,2})\)?(?![\w/])"
)
_YEAR_RE = re.compile(r"[Nn](?<!\w[Nn])ăm ((?:1[89]|20)\d{2})(?![\d/])")
# "hôm qua (27/4)", "sáng nay (28/4)": a day and month alone in parentheses.
_PAREN_DAY_RE = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
# "“Nữ tướng” (2004)", "chị Lê Thị Hoa (1990)": a year alone in parentheses, a work's or a birth year.
_PAREN_YEAR_RE = re.compile(r"\(((?:19|20)\d{2})\)(?! ?\d)")
# "từ 2013 đến nay", "trong 2016", "trước 2020": a year alone after a word of time, where its clause
# ends or goes on to another time (not a count: "trong 2000 doanh nghiệp", "từ 2000 đến 3000 người").
_TIME_BEFORE_YEAR = frozenset(
    ("từ", "đến", "tới", "trước", "sau", "vào", "trong", "hồi", "cuối", "đầu", "giữa")
)
_YEAR_CLAUSE_GOES_ON_RE = re.compile(
    r"[,;:)!?\u201d\"]|\.(?!\d)|$| (?:đến|tới|và|hoặc|trở|so với|xuống|lên|thì|là|đã|sẽ)\b"
)
_TO_ANOTHER_NUMBER_RE = re.compile(r" ?(?:đến|tới|lên|xuống|-|\u2013) ?[\d.,]+")
# "định hướng đến 2030, tầm nhìn 2045": the year a strategy looks to, said without "năm".
_VISION_YEAR_RE = re.compile(r"[Tt](?<!\w[Tt])ầm nhìn (?:đến |tới )?((?:20|21)\d{2})(?![\w/%-]|[.,]\d| \d)")
# "quý III/2021": a quarter is the range of its three months.
_QUARTER_RE = re.compile(r"[Qq](?<!\w[Qq])uý (IV|I{1,3})(?:/| năm )((?:19|20)\d{2})(?!\d)")
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
# "10/3 âm lịch", "15/8 (âm lịch)": a date of the lunar calendar.
_LUNAR_RE = re.compile(r" \(?[Ââ]m lịch")


@dataclass
class _BlockDates:
    """The dates of one block, each span taken once: a range or a full date is not read again as
    the day or the year inside it."""

    ex: Extraction
    block: int
    text: str
    covered: list[tuple[int, int]]
    singles: list[tuple[int, PartialDate]] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in self.covered)

    def record(self, value: PartialDate, end: PartialDate | None, start: int, finish: int) -> None:
        self.covered.append((start, finish))
        if _LUNAR_RE.match(self.text, finish):
            return  # "ngày 10/3 âm lịch": a lunar day, not the calendar date of those numbers
        if end is None:
            self.singles.append((finish, value))
        role = _date_role(self.text, start, self.block)
        self.ex.add_date(value, end, role, Span(self.block, start, finish))


def find_dates(ex: Extraction) -> None:
    header = ex.item.content_created if isinstance(ex.item.content_created, PartialDate) else None
    for index, view in enumerate(ex.views):
        text = view.text
        if index in ex.with_digits:
            _block_dates(_BlockDates(ex, index, text, []), header)


def _block_dates(found: _BlockDates, header: PartialDate | None) -> None:
    text = found.text
    # Cheap substring tests first: most blocks have no slash, no "tháng" ("Tháng" opening a
    # sentence too), no dash.
    slash, has_month, dash = "/" in text, "háng " in text, "-" in text or "\u2013" in text
    for m in _DAYS_OF_MONTH_RE.finditer(text) if slash and ("gày " in text or "ừ " in text) else ():
        year = int(m.group(4)) if m.group(4) else _year_at(int(m.group(3)), header, text, m.start())
        first = make_date(year, int(m.group(3)), int(m.group(1)))
        last = make_date(year, int(m.group(3)), int(m.group(2)))
        if first and last and first < last:
            found.record(first, last, m.start(), m.end())
    for m in _DMY_RANGE_RE.finditer(text) if slash and dash else ():
        first = make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        last = make_date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
        if first and last and first < last:
            found.record(first, last, m.start(), m.end())
    for m in _DM_RANGE_RE.finditer(text) if slash and dash else ():
        first = make_date(_infer_year(int(m.group(2)), header), int(m.group(2)), int(m.group(1)))
        last = make_date(_infer_year(int(m.group(4)), header), int(m.group(4)), int(m.group(3)))
        if first and last and first < last and found.free(m.start(), m.end()):
            found.record(first, last, m.start(), m.end())
    for m in _DAY_RANGE_RE.finditer(text) if slash else ():
        year = int(m.group(4)) if m.group(4) else _year_at(int(m.group(3)), header, text, m.start())
        first = make_date(year, int(m.group(3)), int(m.group(1)))
        last = make_date(year, int(m.group(3)), int(m.group(2)))
        if first and last and first < last:
            found.record(first, last, m.start(), m.end())
    for m in _DMY_RE.finditer(text) if slash or dash else ():
        value = make_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if value and found.free(m.start(), m.end()):
            found.record(value, None, m.start(), m.end())
    for m in _WORDY_DATE_RE.finditer(text) if has_month else ():
        year = int(m.group(3)) if m.group(3) else _year_at(int(m.group(2)), header, text, m.start())
        value = make_date(year, int(m.group(2)), int(m.group(1)))
        if value and found.free(m.start(), m.end()):
            found.record(value, None, m.start(), m.end())
    for m in _day_month_matches(text) if slash or dash else ():
        if _fraction(text, m):
            continue
        day, month = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
        # "ngày 20/11 tới": a day to come is of the header's year, however far its month
        upcoming = header is not None and _UPCOMING_RE.match(text, m.end()) is not None
        year = header.year if header and upcoming else _year_at(month, header, text, m.start())
        value = make_date(year, month, day) if year else None
        number_start = m.start(1) if m.group(1) else m.start(3)
        if value and found.free(number_start, m.end()):
            found.record(value, None, m.start(), m.end())
    for m in _NOW_DATE_RE.finditer(text) if slash and ("nay" in text or "qua" in text) else ():
        month = int(m.group(2))
        value = make_date(_infer_year(month, header), month, int(m.group(1)))
        if value and found.free(m.start(1), m.end()):
            found.record(value, None, m.start(), m.end())
    paren = "(" in text
    for m in _PAREN_DAY_RE.finditer(text) if slash and paren else ():
        month = int(m.group(2))
        value = make_date(_infer_year(month, header), month, int(m.group(1)))
        if value and found.free(m.start(), m.end()):
            found.record(value, None, m.start(), m.end())
    for m in _PAREN_YEAR_RE.finditer(text) if paren else ():
        if found.free(m.start(1), m.end(1)):
            found.record(PartialDate(int(m.group(1))), None, m.start(1), m.end(1))
    for m in _VISION_YEAR_RE.finditer(text) if "ầm nhìn " in text else ():
        if found.free(m.start(1), m.end(1)):
            found.record(PartialDate(int(m.group(1))), None, m.start(1), m.end(1))
    for m in _QUARTER_RE.finditer(text) if "uý " in text else ():
        last_month = 3 * _QUARTERS[m.group(1)]
        year = int(m.group(2))
        if found.free(m.start(), m.end()):
            found.record(PartialDate(year, last_month - 2), PartialDate(year, last_month), m.start(), m.end())
    for m in _MONTHS_RE.finditer(text) if has_month else ():
        _months(found, m)
    for m in _MONTH_RE.finditer(text) if has_month else ():
        if 1 <= int(m.group(1)) <= 12 and found.free(m.start(), m.end()):
            found.record(PartialDate(int(m.group(2)), int(m.group(1))), None, m.start(), m.end())
    for m in _BARE_MONTH_RE.finditer(text) if has_month else ():
        _bare_month(found, m, header)
    v = vocab()
    amount = v.amount_after
    for m in _SEASON_END_RE.finditer(text) if "/19" in text or "/20" in text else ():
        _season(found, m, amount)
    for m in _YEAR_RANGE_RE.finditer(text) if dash else ():
        first_year, last_year = int(m.group(1)), int(m.group(2))
        if amount.match(text, m.end()):
            # "từ 1990-2020 USD", "1950 - 2000 hộ": a range of amounts; neither end is a year
            found.covered.append((m.start(), m.end()))
            continue
        if first_year < last_year and found.free(m.start(), m.end()):
            found.record(PartialDate(first_year), PartialDate(last_year), m.start(), m.end())
    # ("năm 2021": the year's first digit after the word is a cheap test for the scan.)
    for m in _YEAR_RE.finditer(text) if "ăm 1" in text or "ăm 2" in text else ():
        if found.free(m.start(1), m.end(1)):
            found.record(PartialDate(int(m.group(1))), None, m.start(), m.end())
    a_year = _A_YEAR_RE.search(text)
    for m in _NAMED_YEAR_RE.finditer(text) if a_year else ():
        before = text[m.start() : m.start(1) - 1].lower()
        if before in _TIME_BEFORE_YEAR:
            continue  # "Từ 2016, ...", "Trong 2000 doanh nghiệp": read as a year after a word of time
        if before in _COUNTING or before in v.number_labels:
            # "Có 2020 người", "Khoảng 2000 hộ": a count at the start of a sentence; "Bệnh nhân
            # 1990", "Km 1980": a label in a series
            continue
        if amount.match(text, m.end()):
            continue  # "Hà Nội 2000 người": an amount after a name
        if found.free(m.start(1), m.end(1)):
            found.record(PartialDate(int(m.group(1))), None, m.start(1), m.end(1))
    for m in _A_YEAR_RE.finditer(text, a_year.start()) if a_year else ():
        _year_after_time_word(found, m.start() + 1, m.end(), amount)
    _coordinated(found, header)
    for m in _FROM_TO_RE.finditer(text) if slash and "ừ " in text else ():
        _from_to(found, m, header)


def _season(found: _BlockDates, m: re.Match[str], amount: re.Pattern[str]) -> None:
    """``2020/2021``: a season's two years, the first right before the slash of ``m`` (not a ratio
    "2000/2500", nor the end of a longer number)."""
    text, start = found.text, m.start() - 4
    first = text[max(start, 0) : m.start()]
    if start < 0 or not first.isdigit() or int(m.group(1)) != int(first) + 1 or first[:2] not in ("19", "20"):
        return
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/.,_"):
        return
    if not amount.match(text, m.end()) and found.free(start, m.end()):
        found.record(PartialDate(int(first)), PartialDate(int(m.group(1))), start, m.end())


def _year_after_time_word(found: _BlockDates, start: int, end: int, amount: re.Pattern[str]) -> None:
    """``từ 2013 đến nay``: the year at ``start`` read after a word of time (found from the years, the
    fewer), where its clause ends or goes on to a time, and no amount follows."""
    text = found.text
    if text[end : end + 1].isdigit() or not _YEAR_CLAUSE_GOES_ON_RE.match(text, end):
        return
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1].lstrip('("\u201c').lower()
    if word not in _TIME_BEFORE_YEAR:
        return
    to_another = _TO_ANOTHER_NUMBER_RE.match(text, end)
    if amount.match(text, to_another.end() if to_another else end):
        return  # "từ 2000 đến 3000 người": an amount
    if found.free(start, end):
        found.record(PartialDate(int(text[start:end])), None, start, end)


_BEFORE_NUMBER_RE = re.compile(r" (?=\d)")
# "2/3 số đại biểu", "3/4 dân số": a slashed pair before "số" is a fraction of a whole.
_OF_A_WHOLE_RE = re.compile(r" (?:tổng |dân )?số(?!\w)")
# "giảm tới 2/3", "có tới 3/4 người", "chưa tới 1/3": how much, after a verb of amount and "tới"/"đến"
# (a day after them is said with "ngày": "kéo dài tới 30/4" has no such verb).
_AS_MUCH_AS_RE = re.compile(r"(?<!\w)(?:[Cc]ó|[Cc]hưa|chiếm|giảm|tăng|lên|xuống) (?:tới|đến) $")


def _fraction(text: str, m: re.Match[str]) -> bool:
    """``từ 2/3 số đại biểu``, ``giảm tới 2/3``: a slashed pair after a time word that is no day word
    ("ngày 2/3 số ca mắc" stays a date) is a fraction before "số", or, a proper one, after a verb of
    amount and "tới"/"đến"."""
    word = text[m.start() : text.index(" ", m.start())]
    if word in vocab().day_word_forms:
        return False
    if _OF_A_WHOLE_RE.match(text, m.end()) is not None:
        return True
    # (a proper fraction only: "có đến 30/6 để ..." is a day one has until)
    day, month = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
    return (
        day < month
        and _AS_MUCH_AS_RE.search(text, max(0, m.start() - 12), m.start() + len(word) + 1) is not None
    )


# "ngày 20/11 tới", "ngày 2/9 sắp tới": a day to come (not "tới 10/9", up to a day)
_UPCOMING_RE = re.compile(r" (?:sắp )?tới(?!\w)(?! (?:ngày )?\d)")


def _day_month_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``day_month.finditer(text)``, found from the numbers: a match is a time word,
    a space and a number, so only the words right before a space and a digit are tried (the
    regex alone would try its dozen words at every position of the text)."""
    v = vocab()
    position = 0
    for number in _BEFORE_NUMBER_RE.finditer(text):
        space = number.start()
        for size in v.day_month_word_sizes:  # longest first: finditer takes the leftmost start
            start = space - size
            if start < position or text[start:space] not in v.day_month_words:
                continue
            match = v.day_month.match(text, start)
            if match is not None:
                position = match.end()
                yield match
                break


def _coordinated(found: _BlockDates, header: PartialDate | None) -> None:
    """``ngày 30/4 và 1/5``, ``năm 2018 và 2020``: a date joined to a found one of the same kind."""
    pending = list(found.singles)
    while pending:
        position, previous = pending.pop()
        if previous.day is not None:
            m = _AND_DAY_RE.match(found.text, position)
            if m is None or not found.free(m.start(1), m.end()) or _OF_A_WHOLE_RE.match(found.text, m.end()):
                continue  # "Ngày 25/4, 3/4 số học sinh": a fraction after the date
            month = int(m.group(2))
            year = int(m.group(3)) if m.group(3) else _infer_year(month, header)
            value = make_date(year, month, int(m.group(1)))
        elif previous.month is None:
            m = _AND_YEAR_RE.match(found.text, position)
            if m is None or not found.free(m.start(1), m.end()):
                continue
            value = PartialDate(int(m.group(1)))
        else:
            continue
        if value is not None:
            found.record(value, None, m.start(1), m.end())
            pending.append((m.end(), value))


def _months(found: _BlockDates, m: re.Match[str]) -> None:
    """``tháng 5 và tháng 6/2021``, ``tháng 3, 4 năm 2022``: every month of the list, in the year
    that closes it (the last month's span runs to the year's end, which is not read again)."""
    year = int(m.group(3))
    months = [(int(m.group(1)), m.start(1), m.end(1))] + [
        (int(n.group()), m.start(2) + n.start(), m.start(2) + n.end())
        for n in _MONTH_NUMBER_RE.finditer(m.group(2))
    ]
    last_month, last_start, _ = months[-1]
    months[-1] = (last_month, last_start, m.end())
    for month, start, end in months:
        if 1 <= month <= 12 and found.free(start, end):
            found.record(PartialDate(year, month), None, start, end)


def _bare_month(found: _BlockDates, m: re.Match[str], header: PartialDate | None) -> None:
    """``đầu tháng 9``: a month without a year is of the header's year (as a day without one is),
    unless the words around make it a length, a rate, a lunar month or a count."""
    text, start = found.text, m.start() - 1
    if (
        start < 0
        or text[start] not in "Tt"
        or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "/"))
    ):
        return
    month = int(m.group(1))
    if not 1 <= month <= 12 or not found.free(start, m.end()):
        return
    before = text[max(0, start - 8) : start].rstrip().rpartition(" ")[2].lower()
    if before.isdigit() or before in _NOT_A_MONTH_BEFORE or _NOT_A_MONTH_AFTER_RE.match(text, m.end()):
        return
    if vocab().amount_after.match(text, m.end()):
        return
    year = _year_at(month, header, text, m.start())
    if year is not None:
        found.record(PartialDate(year, month), None, start, m.end())


def _from_to(found: _BlockDates, m: re.Match[str], header: PartialDate | None) -> None:
    """``từ ngày 7/6 đến ngày 11/6``: the days themselves are found already; the period is a range."""
    last_year = int(m.group(6)) if m.group(6) else _year_at(int(m.group(5)), header, found.text, m.start())
    first_year = int(m.group(3)) if m.group(3) else last_year
    first = make_date(first_year, int(m.group(2)), int(m.group(1)))
    last = make_date(last_year, int(m.group(5)), int(m.group(4)))
    if first and last and first < last:
        found.record(first, last, m.start(), m.end())


_SENTENCE_END_RE = re.compile(r"[.!?;:] ")


def _year_at(month: int, header: PartialDate | None, text: str, start: int) -> int | None:
    """The year of a day and month at ``start``: as ``_infer_year``, but when the sentence
    announces what is to come before it ("sẽ khai giảng ngày 5/9", "dự kiến từ 1/9"), a month well
    after the header's stays in the header's year and one well before it is of the next year."""
    year = _infer_year(month, header)
    if header is None or year is None or header.month is None:
        return year
    if year < header.year:
        ahead = header.year
    elif month < header.month - 3:
        ahead = header.year + 1
    else:
        return year
    begin = max((s.end() for s in _SENTENCE_END_RE.finditer(text, 0, start)), default=0)
    return ahead if vocab().announced.search(text, begin, start) else year


def _infer_year(month: int, header: PartialDate | None) -> int | None:
    """A day without a year belongs to the header's year, or the year before when its month lies
    well after the header's month (a December event reported in January); a month or two ahead
    is an announced event of this year ("WWDC will run from 7/6" in April)."""
    if header is None:
        return None
    if header.month is not None and month > header.month + 3:
        return header.year - 1
    return header.year


def make_date(year: int | None, month: int, day: int) -> PartialDate | None:
    if year is None:
        return None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


_PERIOD_START_RE = re.compile(r"\d{4} ?[-\u2013/]")


def _date_role(text: str, start: int, block: int) -> DateRole:
    before = text[max(0, start - 40) : start]
    if _after_document_number(before):
        return DateRole.DOCUMENT
    if text[start : start + 3].lower() == "năm" or _PERIOD_START_RE.match(text, start):
        return DateRole.PERIOD
    if block == 0 and start < 40:
        return DateRole.EVENT
    return DateRole.OTHER


def _after_document_number(before: str) -> bool:
    return re.search(r"\d[-/][A-ZĐ][\w/-]* (?:ngày )?$", before) is not None
