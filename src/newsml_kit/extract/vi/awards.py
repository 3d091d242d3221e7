"""Awards: an award head (``Huân chương``, ``Bằng khen``) after an award verb (``trao``,
``đón nhận``), with its giver, recipients and reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsml_kit.extract.core import AwardFinding, Extraction, Ref, Span
from newsml_kit.extract.vi.grammar import UPPER, holds_any, sentence_bounds
from newsml_kit.extract.vi.phrases import phrase_end, starts_with
from newsml_kit.extract.vi.vocab import Vocab, vocab, words
from newsml_kit.extract.vocab import alternation

# (not "được yêu thích": "giải Ca sĩ được yêu thích nhất" names the prize whole)
_AWARD_END_RE = re.compile(
    r"(?= cho | tặng | vì | để | do | nhằm | theo | và (?=[A-ZĐ\d]|nhận|được|giành|đoạt|có|là)"
    r"|[;,:]|[.](?:\s|$)| \(|$| dành cho"
    r"| năm \d{4}(?!\w)"
    r"|(?<!đại) diện\b"  # (not "đại diện": "Di sản ... đại diện của nhân loại")
    r"| (?:với|tại|trong|cùng|khi|là|mà|đang|sẽ|đã|được(?! yêu thích)|từ|ở|lên|vào|năm nay|dự|diễn ra"
    r"|sau|trước|nhờ|trị giá|có giá trị|phải"
    r"|thuộc về|tìm được|tìm ra)\b)"
)
# What makes a name of an award: a capital, a quotation mark or a number.
_NAMED_RE = re.compile(rf'[{UPPER}\d"\u201c]')
_QUOTED_RE = re.compile(r' (?:\u201c[^\u201c\u201d]{1,80}\u201d|"[^"]{1,80}")')
_CEREMONY_BEFORE_RE = re.compile(r"[Ll]ễ $")
_NOMINATED_BEFORE_RE = re.compile(r"đề cử $")
_NOMINATION_RE = re.compile(r"\bđề cử\b")
_LOWER_WORD_RE = re.compile(r" ([a-zđà-ỹ]\w*)")
_OWNER_RE = re.compile(r" của [A-ZĐ]")
# Verbs whose subject receives the award rather than gives it.
_RECEIVING_VERB_RE = re.compile(
    r"(?:nhận|đón nhận|nhận được|giành|đoạt|giành được|đoạt được|chủ nhân|chủ nhân của|được \w+(?: \w+)?"
    r"|chiến thắng|thắng|đạt|đạt được|ẵm|giật|bỏ túi|xướng tên"
    r"|rinh|rinh về|nhận về|giành trọn|ẵm trọn|đoạt trọn|trúng|trúng thưởng|bảo vệ thành công)$"
)
# "Giải đặc biệt ... đã tìm được chủ nhân", "Giải Vàng thuộc về X": an award that opens its sentence
# and is said to have found its winner.
# What may stand before an award that opens its sentence's clause: a short adverbial and its comma
# ("Chung cuộc, giải Nhất thuộc về ...", "Kết quả, giải Nhất được trao cho ..."), a count ("Hai giải
# Nhì được trao cho ...").
_OPENER_CHARS = 30  # the adverbial, its comma and a count
_OPENS_CLAUSE_RE = re.compile(r"(?:[^,.;:]{1,20}, )?(?:(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Cc]ác|[Nn]hững) )?")


def _opens_clause(text: str, sentence_start: int, head_start: int) -> bool:
    if head_start == sentence_start:
        return True
    # (an opener is short: most heads stand further in, where the pattern need not be tried)
    near = head_start - sentence_start <= _OPENER_CHARS
    return near and _OPENS_CLAUSE_RE.fullmatch(text, sentence_start, head_start) is not None


# "Huân chương Lao động hạng Ba được trao cho ...", "Giải thưởng X năm nay được trao tặng ...": conferred,
# told in the passive; "Giải X gọi tên / về tay Y": won by Y.
_WON_AFTER_RE = re.compile(
    r"\b(?:tìm được chủ nhân|tìm ra chủ nhân|đã có chủ|thuộc về|gọi tên|về tay"
    r"|được (?:trao tặng cho|trao tặng|trao cho|tặng cho|tặng thưởng|truy tặng|phong tặng|trao|tặng))\b"
)
# What joins awards in a list: "giải A, giải B và giải C", "3 giải, trong đó có giải A", a count.
_LISTED_RE = re.compile(r"(?:,| và|, và|, trong đó có|, gồm| gồm|:)(?: \d+)? ")
# "đoạt 25 giải tại kỳ thi X, trong đó có 2 giải Nhất": where the unnamed awards were won, then the
# named ones among them (in the same sentence).
_AMONG_THEM_RE = re.compile(r"[^.;:]{0,120}, (?:trong đó có|trong đó|gồm|bao gồm)(?: \d+)? ")
_REASON_RE = re.compile(r"\b(?:vì đã có|vì có|đã có|có) thành tích[^;.(]*")


@cache
def _not_conferred() -> re.Pattern[str]:
    """A word right before the award verb that says the award is yet to be given, wished for or not
    won (``award_not_conferred.txt``), searched for in the 20 characters before the verb (the
    longest word and "được")."""
    return re.compile(rf"(?<!\w)(?:{alternation(words('award_not_conferred'))}) (?:được )?$")


@dataclass(frozen=True)
class _AwardMention:
    """Where one award is named: its block, the verb before it, its own span, its sentence."""

    block: int
    text: str
    verb: re.Match[str]
    start: int
    end: int
    sentence_start: int
    sentence_end: int

    @property
    def name(self) -> str:
        return self.text[self.start : self.end].strip()

    def reason(self) -> str | None:
        found = _REASON_RE.search(self.text, self.end, self.sentence_end)
        return found.group().strip() if found else None


def find_awards(ex: Extraction) -> None:
    v = vocab()
    seen: set[str] = set()
    for index in sorted(ex.blocks_starting(v.award_head_starts)):
        text = ex.views[index].text
        listed_end = -1  # where the last award the block confers ends: a list may go on from it
        for head in v.award_heads.finditer(text):
            start_sentence, end_sentence = sentence_bounds(text, head.start())
            verb = None
            for candidate in v.award_verbs.finditer(text, start_sentence, head.start()):
                # "lễ trao giải Oscar" names a ceremony ("lễ đón nhận Huân chương ..." one that
                # confers it); "được đề cử giải" is a nomination.
                ceremony = _CEREMONY_BEFORE_RE.search(text, 0, candidate.start()) is not None
                if _NOMINATED_BEFORE_RE.search(text, 0, candidate.start()) is None and (
                    not ceremony or candidate.group() in v.award_ceremony_verbs
                ):
                    verb = candidate
            if verb is None and _BULLET_RE.fullmatch(text, 0, head.start()):
                _listed_winner(ex, v, index, text, head, seen)
            if verb is None and _opens_clause(text, start_sentence, head.start()):
                _won_after(ex, v, index, text, head, end_sentence, seen)
                continue
            if verb is None or _not_conferred().search(
                text, max(start_sentence, verb.start() - 20), verb.start()
            ):
                continue
            # "giành 3 giải Oscar, trong đó có giải Phim hay nhất": the verb confers the list.
            listed = verb.end() <= listed_end and (
                _LISTED_RE.fullmatch(text, listed_end, head.start())
                or _AMONG_THEM_RE.fullmatch(text, listed_end, head.start())
            )
            if not listed and not _award_gap_ok(text[verb.end() : head.start()], head.group()):
                continue
            if _NOMINATION_RE.search(text, start_sentence, head.start()):
                continue
            end = _award_end(ex, v, index, text, head, end_sentence)
            found = _AwardMention(index, text, verb, head.start(), end, start_sentence, end_sentence)
            name = found.name
            if _unnamed(v, head.group(), text, head.end(), end):
                gap = _gap(text[verb.end() : head.start()])
                if gap.isdigit() or not gap:
                    # "giành 3 tượng vàng, trong đó có giải X", "đoạt huy chương, gồm 2 HCV và 1
                    # HCB": the list names them
                    listed_end = end
                continue
            if name.lower().startswith(v.award_not_names):
                continue
            # an acronym ("HCV") or a name of the table ("Nghệ sĩ Ưu tú") is a whole name
            bare = name == head.group() and not name.isupper() and name not in v.award_names
            if bare and (verb.end() + 1 != head.start() or any(a.name.startswith(name) for a in ex.awards)):
                continue  # a bare "Bằng khen" counts only right after its verb, and once
            listed_end = end
            if name.casefold() in seen:
                _complete_award(ex, found)
                continue
            seen.add(name.casefold())
            giver, recipients = _giver_and_recipients(ex, found)
            span = Span(index, head.start(), end)
            ex.awards.append(AwardFinding(name, giver, recipients, found.reason(), span))
    if _CROWNED_CUE in ex.article:  # one test per article: every title of the table holds it
        for index, view in enumerate(ex.views):
            if _CROWNED_CUE in view.text:
                _crowned(ex, v, index, view.text, seen)
    if _CHAMPION_CUE in ex.article:  # one test per article
        for index, view in enumerate(ex.views):
            if _CHAMPION_CUE in view.text:
                _champions(ex, v, index, view.text, seen)
    if holds_any(ex, _HONOURED_AS_CUES):  # one test per article: the construction is rare
        for index, view in enumerate(ex.views):
            if any(cue in view.text for cue in _HONOURED_AS_CUES):
                _honoured_as(ex, v, index, view.text)
    if len(ex.awards) > 1:
        _drop_nested(ex)


def _drop_nested(ex: Extraction) -> None:
    """An award found inside the span of a longer one is a part of its name, not another award
    ("đoạt Giải Vàng Giải thưởng Sao Khuê": the prize's grade and its prize are one award)."""
    spans = [award.span for award in ex.awards]
    ex.awards[:] = [
        award
        for award in ex.awards
        if not any(
            other != award.span
            and other.block == award.span.block
            and other.start <= award.span.start
            and award.span.end <= other.end
            for other in spans
        )
    ]


# "đăng quang Hoa hậu Việt Nam 2020", "giành ngôi Á hậu 1", "được trao vương miện Hoa hậu ...": a
# pageant's title right after its crowning (award_crowned_titles.txt).
_CROWNED_CUE = "hậu"


@cache
def _crowned_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The crowning verb before a title, and the title."""
    title = re.compile(rf"(?:{alternation(words('award_crowned_titles'))})\b")
    verb = re.compile(
        rf"\b(?:đăng quang(?: ngôi(?: vị)?)?|(?:giành|đoạt|giữ) ngôi(?: vị)?|(?:trao|nhận|đội) vương miện)"
        rf" (?={title.pattern})"
    )
    return verb, title


def _crowned(ex: Extraction, v: Vocab, index: int, text: str, seen: set[str]) -> None:
    """A pageant's title conferred by its crowning, to the end of the title's name."""
    verb, title = _crowned_re()
    for crowned in verb.finditer(text):
        head = title.match(text, crowned.end())
        if head is None:
            continue
        _, end_sentence = sentence_bounds(text, crowned.start())
        end = _award_end(ex, v, index, text, head, end_sentence)
        name = text[crowned.end() : end].strip()
        if name != head.group() and name.casefold() not in seen:
            seen.add(name.casefold())
            ex.awards.append(AwardFinding(name, None, [], None, Span(index, crowned.end(), end)))


def _unnamed(v: Vocab, head: str, text: str, head_end: int, end: int) -> bool:
    """``nhận giải thưởng tại ...``, ``danh hiệu xuất sắc 5 năm liền``: a generic lower-case head
    whose next word is no name (a capital, a quotation mark, a number) and no grade (not "giải
    nhất") names no award."""
    if head not in v.award_generic_heads or _NAMED_RE.match(text, head_end + 1, end):
        return False
    return starts_with(text, head_end + 1, v.award_grades) is None


def _won_after(
    ex: Extraction, v: Vocab, index: int, text: str, head: re.Match[str], sentence_end: int, seen: set[str]
) -> None:
    """An award at the start of its sentence whose winner the sentence reports after it."""
    won = _WON_AFTER_RE.search(text, head.end(), sentence_end)
    if won is None or _not_conferred().search(text, max(head.end(), won.start() - 20), won.start()):
        return
    end = _award_end(ex, v, index, text, head, sentence_end)
    name = text[head.start() : end].strip()
    bare = name == head.group()
    if bare and (head.group()[:1].islower() or head.group().lower() in v.award_generic_heads):
        # "giải này thuộc về ...": a bare lower-case head names no award, nor does a generic one
        # that opens its sentence ("Giải thưởng sẽ được trao vào tháng 12": the capital is the
        # sentence's)
        return
    if name.casefold() not in seen:
        seen.add(name.casefold())
        span = Span(index, head.start(), head.start() + len(name))
        winner = _WINNER_NAMED_RE.match(text, won.end(), sentence_end)
        who = winner.group(1).strip() if winner is not None else ""
        recipients: list[tuple[str, Ref | None]] = [(who, _entity_named(ex, who))] if who else []
        ex.awards.append(AwardFinding(name, None, recipients, None, span))


# The winner after the verb of a won award: "thuộc về nhóm X", "được trao cho anh Y", "tìm được chủ
# nhân là chị Z", up to the clause's end.
_WINNER_NAMED_RE = re.compile(r"(?: cho| là)? ([^;.,:()]{1,80}?)(?= với| vì| có thành tích|[;.,:(]|$)")


# A line of a list of winners: "Giải Nhất: Nguyễn Văn A (Trường X)", "- Huy chương Vàng: đội tuyển
# Hà Nội": the award, a colon, its winner.
_BULLET_RE = re.compile(r"(?:[-+*\u2022\u2013] ?)?")
_WINNER_AFTER_RE = re.compile(
    rf'[^:;.,()]{{0,60}}(?=: ?[{UPPER}\d"\u201c]|: ?(?:đội|em|ông|bà|nhóm|tác giả|tác phẩm|trường) )'
)


_WINNER_RE = re.compile(r": ?([^;.(]+)")


def _listed_winner(
    ex: Extraction, v: Vocab, index: int, text: str, head: re.Match[str], seen: set[str]
) -> None:
    """An award that opens a line of a list of winners, its winner after a colon."""
    named = _WINNER_AFTER_RE.match(text, head.end())
    if named is None:
        return
    end = named.end()
    name = text[head.start() : end].strip()
    # (the head opens the line, so its capital says nothing: "Giải pháp: ..." is no prize)
    generic = head.group()[:1].lower() + head.group()[1:]
    if _unnamed(v, generic, text, head.end(), end) or name == head.group() or name.casefold() in seen:
        return
    seen.add(name.casefold())
    winner = _WINNER_RE.match(text, end)
    who = winner.group(1).strip(" ,") if winner is not None else ""
    recipients: list[tuple[str, Ref | None]] = [(who, _entity_named(ex, who))] if who else []
    ex.awards.append(
        AwardFinding(name, None, recipients, None, Span(index, head.start(), head.start() + len(name)))
    )


# "CLB X từng vô địch V-League 2019", "Đội tuyển Y lên ngôi vô địch AFF Cup 2018": a championship
# won, told by "vô địch" as a verb, named by "vô địch" and its competition. Only after a word that
# makes it a verb (a tense or aspect word, the team's capitalised name, "lên ngôi"): after a noun
# it is the champion ("nhà vô địch", "đương kim vô địch", "chức vô địch" is read by the head scan).
_CHAMPION_CUE = "vô địch "
_CHAMPION_RE = re.compile(rf"(?<= )vô địch (?=[{UPPER}]|\d{{4}})")
# (a capital opening a sentence on the champion: "Nhà vô địch X", "Tân vô địch Y")
_CHAMPION_NOUNS = r"(?:Nhà|Đội|Chức|Ngôi|Tân|Cựu|Đai|Cúp) "
_CHAMPION_VERB_BEFORE_RE = re.compile(
    rf"(?<![\w.-])(?:(?!{_CHAMPION_NOUNS})[{UPPER}][\w.-]*"
    r"|đã|từng|vừa|lần đầu|chính thức|sớm|lên ngôi|[Ss]au khi|lần thứ \d+) $"
)
_WORD_AT_RE = re.compile(r"[^\s,.;:]+")
# The edition closing a competition's name ("V-League 2020", "mùa giải 2019/2020").
_EDITION_RE = re.compile(r" \d{4}(?:/\d{2,4})?(?![\w/])")


def _champions(ex: Extraction, v: Vocab, index: int, text: str, seen: set[str]) -> None:
    """Championships won, told by the verb "vô địch" and named by their competition."""
    for won in _CHAMPION_RE.finditer(text):
        start = won.start()
        sentence_start, _ = sentence_bounds(text, start)
        near = max(sentence_start, start - 20)
        if _CHAMPION_VERB_BEFORE_RE.search(text, near, start) is None:
            continue
        if _not_conferred().search(text, near, start):
            continue  # "chưa từng vô địch", "quyết tâm vô địch": not won
        end = phrase_end(text, won.end() - 1, v)
        if end < won.end():  # a first word the name table stops at ("Cúp Quốc gia"): the rest after it
            first = _WORD_AT_RE.match(text, won.end())
            end = max(first.end(), phrase_end(text, first.end(), v)) if first else end
        edition = _EDITION_RE.match(text, end)
        end = edition.end() if edition else end
        name = text[start:end]
        if name.casefold() in seen:
            continue
        if any(name.casefold() in a.name.casefold() for a in ex.awards):
            continue
        seen.add(name.casefold())
        winner = _agent_before(ex, index, sentence_start, start)
        recipients: list[tuple[str, Ref | None]] = [(_name_of(ex, winner), winner)] if winner else []
        ex.awards.append(AwardFinding(name, None, recipients, None, Span(index, start, end)))


# "Hội An được vinh danh là “Điểm đến văn hóa hàng đầu châu Á”", "được công nhận là Di sản thiên nhiên
# thế giới": a title conferred, named by a quotation or capitalised words after "là".
_HONOURED_AS_CUES = (
    "vinh danh là",
    "tôn vinh là",
    "công nhận là",
    "bình chọn là",
    "bầu chọn là",
    "tuyên dương là",
    "ghi danh ",
    "được bình chọn ",
    "được bầu chọn ",
    "được tuyên dương ",
)
# (a heritage inscribed by UNESCO is recognised the same way: "được ghi danh là Di sản ...", "ghi danh
# vào Danh sách Di sản văn hóa phi vật thể ...")
_HONOURED_AS_RE = re.compile(
    r"\b(?:(?:vinh danh|tôn vinh|công nhận|bình chọn|bầu chọn|tuyên dương|ghi danh) là(?= [\u201c\"]| [A-ZĐ])"
    r"|ghi danh vào(?= [Dd]anh sách [A-ZĐ\u201c\"])"
    # (in the passive "là" may be left out: "được bình chọn Cầu thủ xuất sắc nhất")
    r"|được (?:bình chọn|bầu chọn|tuyên dương)(?= [\u201c\"]| [A-ZĐ]))"
)


def _honoured_as(ex: Extraction, v: Vocab, index: int, text: str) -> None:
    """A title conferred as what its holder is honoured or recognised as, unless an award found
    already names it."""
    for honoured in _HONOURED_AS_RE.finditer(text):
        start = honoured.end() + 1
        if any(
            span.block == index and span.start == start
            for kind in ("person", "place", "organisation")
            for cluster in ex.of_kind(kind)
            for span in cluster.spans
        ):
            continue  # "được công nhận là Hà Nội ...": a name, not a title
        quoted = _QUOTED_RE.match(text, honoured.end())
        if quoted is not None:
            end = quoted.end()
        else:
            end_match = _AWARD_END_RE.search(text, start)
            end = end_match.start() if end_match else len(text)
        name = text[start:end].strip()
        if not name or (v.award_heads.match(text, start) and name not in v.award_names):
            continue  # an award head is read by the head scan (not a name of the table: "là Oscar")
        if v.title_heads.match(text, start):
            continue  # "được bầu chọn Chủ tịch ...": a post one is elected to
        if any(name.casefold().strip('“”"') in award.name.casefold() for award in ex.awards):
            continue  # "lễ đón nhận danh hiệu X" named it already
        ex.awards.append(AwardFinding(name, None, [], None, Span(index, start, start + len(name))))


def _award_end(
    ex: Extraction, v: Vocab, index: int, text: str, head: re.Match[str], sentence_end: int
) -> int:
    """Where an award's name ends: at the closing quote of a quoted name; before a clause word or
    a person's name; right after the head when a function word follows it."""
    head_end = head.end()
    quoted = _QUOTED_RE.match(text, head_end)
    if quoted is not None:
        return quoted.end()  # "giải “Ca sĩ của năm”": the name is the quotation, whatever it holds
    end_match = _AWARD_END_RE.search(text, head_end)
    while end_match is not None and _joins_fields(ex, v, index, text, end_match.start()):
        # "Giải thưởng Nhà nước về Khoa học và Công nghệ": "và" joins two fields of one name.
        end_match = _AWARD_END_RE.search(text, end_match.start() + len(" và "))
    end = end_match.start() if end_match else sentence_end
    joined = text.find(" và ", head_end, end)
    while joined >= 0:
        if v.award_heads.match(text, joined + len(" và ")):
            end = joined  # "giải A và giải B": a second award of the list
            break
        joined = text.find(" và ", joined + 1, end)
    for cluster in ex.of_kind("organisation"):
        for span in cluster.spans:
            if span.block == index and head_end < span.start < end < span.end:
                end = span.end  # "Bằng khen của Bộ Giáo dục và Đào tạo": not cut inside the giver's name
    following = _LOWER_WORD_RE.match(text, head_end)
    if (
        following is not None
        and following.group(1) in v.function_words
        and not _OWNER_RE.match(text, head_end)
    ):
        return head_end  # "lễ trao giải này", "giải năm 2018": a bare head, not a named award
    for cluster in ex.of_kind("person"):
        for span in cluster.spans:
            if span.block == index and head_end < span.start < end:
                if span.start == head_end + 1 and (
                    head.group()[:1].isupper() or head.group() in v.award_generic_heads
                ):
                    # "Giải thưởng Hồ Chí Minh", "giải thưởng Tạ Quang Bửu": an award named after a
                    # person (a recipient follows "cho", not the head itself)
                    continue
                end = len(text[: span.start].rstrip(" ,"))
    return end


def _joins_fields(ex: Extraction, v: Vocab, index: int, text: str, position: int) -> bool:
    """`` và Công nghệ`` at ``position``: "và" before a capitalised word that starts no other award,
    organisation or person joins two fields of the award's name."""
    if not text.startswith(" và ", position):
        return False
    after = position + len(" và ")
    if (
        not text[after : after + 1].isupper()
        or v.award_heads.match(text, after)
        or v.org_starts.match(text, after)
    ):
        return False
    return not any(
        span.block == index and span.start == after
        for cluster in ex.clusters.values()
        for span in cluster.spans
    )


def _giver_and_recipients(
    ex: Extraction, found: _AwardMention
) -> tuple[Ref | None, list[tuple[str, Ref | None]]]:
    agent = _agent_before(ex, found.block, found.sentence_start, found.verb.start())
    if _RECEIVING_VERB_RE.search(found.verb.group()):
        # "Học viện X vinh dự đón nhận Huân chương ...": the subject is the recipient.
        return None, [(_name_of(ex, agent), agent)] if agent else []
    giver = agent
    if giver is None and ex.awards and ex.awards[-1].span.block == found.block:
        giver = ex.awards[-1].giver  # "X trao A cho ...; trao B ...": the clauses share the giver
    recipients = _recipients(
        ex, found.block, found.text, found.verb.end(), found.start, found.end, found.sentence_end
    )
    passive = found.text.rfind(" được ", found.sentence_start, found.verb.start())
    if not recipients and passive >= 0:
        # "Bệnh viện X được Chủ tịch nước tặng Huân chương ...": who is given it stands before
        # "được", its giver (if named) after
        receiver = _agent_before(ex, found.block, found.sentence_start, passive)
        if receiver is not None:
            giver = _agent_before(ex, found.block, passive, found.verb.start())
            recipients = [(_name_of(ex, receiver), receiver)]
    return giver, recipients


def _name_of(ex: Extraction, ref: Ref) -> str:
    cluster = ex.find(*ref)
    return cluster.preferred_name() if cluster is not None else ref[1]


def _complete_award(ex: Extraction, found: _AwardMention) -> None:
    """A second mention of an award fills in the giver and recipients the first one lacked."""
    award = next(a for a in ex.awards if a.name.casefold() == found.name.casefold())
    giver, recipients = _giver_and_recipients(ex, found)
    award.giver = award.giver or giver
    award.recipients.extend(r for r in recipients if r not in award.recipients)
    award.reason = award.reason or found.reason()


_GAP_WORDS = ("cho", "tặng", "cho các", "tặng cho", "ở", "với")
# "giành tổng cộng 5 HCV": the total before a count.
_TOTAL = "tổng cộng "
# "giành tấm Huy chương Vàng", "nhận chiếc Cúp vô địch", "giành 2 tấm HCV": the classifier of a
# medal or a cup, after its count.
_CLASSIFIERS = ("tấm", "chiếc")
_CLASSIFIER_RE = re.compile(rf"(?:^|(?<= ))(?:{'|'.join(_CLASSIFIERS)})$")
# "được vinh danh tại hạng mục X", "chiến thắng tại Giải thưởng X": where the prize was won, for
# the heads that only name prizes ("Giải" alone also names a tournament: "thắng tại Giải bóng đá").
_WON_AT_HEADS = ("hạng mục", "giải thưởng")


def _gap(text: str) -> str:
    """What stands between an award verb and the award's head, its total and classifier left out."""
    gap = text.strip(" ,").removeprefix(_TOTAL)
    return _CLASSIFIER_RE.sub("", gap).rstrip() if gap.endswith(_CLASSIFIERS) else gap


def _award_gap_ok(gap: str, head: str) -> bool:
    """Between the verb and the award stands nothing, ``cho``/``tặng``, the recipient's name, a
    count ("đoạt 2 giải ...", "giành tổng cộng 5 HCV"), ``ở`` ("chiến thắng ở hạng mục ...": where
    the prize was won; ``tại`` before the heads of ``_WON_AT_HEADS``) or ``với`` ("được tôn vinh
    với Giải thưởng ...")."""
    gap = _gap(gap)
    if gap == "tại":
        return head.lower() in _WON_AT_HEADS
    return not gap or gap[0].isupper() or gap.isdigit() or gap in _GAP_WORDS


def _agent_before(ex: Extraction, block: int, start: int, end: int) -> Ref | None:
    """The entity named last before the verb; of two ending there, the longer ("Câu lạc bộ Sông Lam
    Nghệ An", not the club's name inside it)."""
    best: tuple[tuple[int, int], Ref] | None = None
    for kind in ("person", "organisation"):
        for cluster in ex.of_kind(kind):
            for span in cluster.spans:
                inside = span.block == block and start <= span.start and span.end <= end
                if inside and (best is None or (span.end, -span.start) > best[0]):
                    best = ((span.end, -span.start), (kind, cluster.key))
    return best[1] if best else None


def _recipients(
    ex: Extraction, block: int, text: str, verb_end: int, head_start: int, award_end: int, sentence_end: int
) -> list[tuple[str, Ref | None]]:
    between = _gap(text[verb_end:head_start])
    # (a count, "trao 5 Bằng khen", where the prize was won, "ở hạng mục X", or the awards listed
    # before, "trao 1 giải Nhất, 2 giải Nhì", is no recipient)
    listed = vocab().award_heads.search(between) is not None
    if between and not between.isdigit() and between not in (*_GAP_WORDS, "tại") and not listed:
        return [(between, _entity_named(ex, between))]
    after = re.match(
        r" (?:cho|tặng) (.+?)(?= có thành tích| đã có| vì |[;.,(]|$)", text[award_end:sentence_end]
    )
    if after:
        return [(after.group(1).strip(" ,"), _entity_named(ex, after.group(1).strip(" ,")))]
    return []


def _entity_named(ex: Extraction, text: str) -> Ref | None:
    for kind in ("organisation", "person"):
        for cluster in ex.of_kind(kind):
            if text in cluster.surfaces or text.casefold() == cluster.key.casefold():
                return (kind, cluster.key)
    return None
