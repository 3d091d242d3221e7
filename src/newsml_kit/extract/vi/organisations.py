"""Organisations: a head (``Bộ``, ``Cục``, ``Đảng ủy``, ``Học viện``) followed by capitalised words,
each of which may carry one lower-case syllable (``Cơ yếu``, ``Lao động``), or a complete name
(``Bộ Chính trị``); acronyms defined in parentheses cluster the long and short forms."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.vi.grammar import (
    ACRONYM,
    HAS_DIGIT_RE,
    LOWER,
    NAME_RE,
    SPACE_UPPER_RE,
    UPPER,
    holds_any,
    inside_a_word,
    is_vietnamese_syllable,
    overlaps,
    spans_of,
)
from newsml_kit.extract.vi.phrases import (
    PROJECT_BOARDS,
    holds_function_word,
    past_lower_field,
    past_lower_words,
    past_national_field,
    past_prevention_field,
    past_project_field,
    phrase_end,
    starts_with,
    without_trailing_connector,
)
from newsml_kit.extract.vi.vocab import Vocab, vocab, words
from newsml_kit.extract.vocab import alternation

_ACRONYM_RE = re.compile(rf"\(({ACRONYM})\)")
# "(SVF-AU)": a defined acronym may join two with a hyphen.
_DEFINED_ACRONYM_RE = re.compile(rf" \(({ACRONYM}(?:-{ACRONYM})?)\)")
# "... tại Úc (SVF-AU)", "Đại sứ quán Việt Nam tại Nam Phi": where the body sits, in its name.
_LOCATED_RE = re.compile(rf" tại [{UPPER}]\w*(?: [{UPPER}]\w*){{0,3}}(?![\w.])")
_CAPITAL_RE = re.compile(rf"(?<!\w)[{UPPER}]")
# A word of a club's name may hold dots ("T.Đà Nẵng") but not end with one ("... Quy Nhơn. Sài Gòn FC").
_CLUB_WORD = rf"[{UPPER}](?:[\w.]*\w)?"
_CLUB_RE = re.compile(
    rf"(?<![\w.-])(?:{_CLUB_WORD}(?: {_CLUB_WORD}){{0,2}} FC|FC(?: {_CLUB_WORD}){{1,3}})(?![\w])"
)
# The prefixes of a football club's name ("AS Roma", "Club Brugge", "Dynamo Kiev", "SS Lazio"), read
# in a report on football only (they open other names elsewhere).
_CLUB_PREFIXES = ("AC", "AS", "SS", "SC", "Club", "Dynamo", "Dinamo", "Sporting", "Atletico")
_PREFIXED_CLUB_RE = re.compile(rf"(?<![\w.-])(?:{'|'.join(_CLUB_PREFIXES)})(?: {_CLUB_WORD}){{1,2}}(?![\w])")
# A match between two sides: "Đắk Lắk thắng Thanh Hóa 3-0"; a side named after a place is a club.
_MATCH_DASH_RE = re.compile(" [-\u2013] ")
_SIDE_WORDS = ("chủ nhà ", "đội khách ", "đội chủ nhà ", "đối thủ ")
_PLAYS_RE = re.compile(r" (?:thắng|đánh bại|cầm hòa|hòa|thua|gặp|vượt qua|hạ|tiếp|đè bẹp|vùi dập) ")
# "thất bại 1-3 trước Hải Phòng": a score, then "trước" before the side that won or lost it.
_AGAINST_RE = re.compile(r"\d-\d{1,2} trước ")
# (The boundary is checked after the first digit: a leading lookbehind makes the scan slow.)
_SCORE_RE = re.compile(r"\d(?<![\d/.-]\d)\d?-\d{1,2}(?![\d/-]|\.\d)")
_AFTER_A_WORD_RE = re.compile(r"(?:[^\W\d_] |.[^\W\d_])$")
# Teams listed after a number or a plural word and a word for a team ("2 đội X và Y").
_SIDE = rf"[{UPPER}](?:[\w.]*\w)?(?: [{UPPER}](?:[\w.]*\w)?){{0,3}}"
_SIDE_RE = re.compile(_SIDE)
# A capitalised word right before a head, itself after a word or an opening quote (not a sentence's
# start or a punctuation mark): the head is a word inside another name ("sân “Lâu Đài Sấm”").
_INSIDE_A_NAME_RE = re.compile(rf"(?:\w |[\u201c\x22])[{UPPER}][{LOWER}]+ $")
_TEAM_WORDS = ("đội ", "CLB ", "câu lạc bộ ")
_LISTED_SIDES_RE = re.compile(
    rf"(?<![\w.])(?:\d|[Hh]ai|[Bb]a|[Cc]ác|[Cc]ả hai) (?:đội bóng|đội|CLB|câu lạc bộ) "
    rf"({_SIDE}(?:(?:, | và ){_SIDE})+)(?![\w.])"
)
_HOME = ("Việt Nam",)
# Standalone national bodies that, abroad, are named with their country.
_NAMED_WITH_COUNTRY = ("Bộ ", "Quốc hội", "Chính phủ", "Hạ viện", "Thượng viện")
# A national body's branch in a province or a city ("Kho bạc Nhà nước tỉnh X", "Ngân hàng Nhà nước
# chi nhánh TP X", "Bộ đội Biên phòng tỉnh X").
_BRANCHED_BODIES = (" Nhà nước", "Bộ đội Biên phòng")
_STATE_BRANCH_RE = re.compile(r" (?:chi nhánh )?(?:(?:tỉnh|thành phố|TP\.?) ?)?")
_TERM_SUFFIX_RE = re.compile(r" khóa [IVXLC\d]+(?!\w)")
_OFFICE_BEFORE_RE = re.compile(r"(?<!\w)(?:[Tt]rưởng|[Pp]hó) (?:ban|phòng) $")


def find_organisations(ex: Extraction) -> None:
    v = vocab()
    acronyms = _acronyms(ex)
    people = spans_of(ex, "person")
    places = spans_of(ex, "place")
    forces = holds_any(ex, v.force_tails)
    with_companies = ex.blocks_matching(v.companies, v.capitals_gate)
    tails = _lower_ending_titles(ex)
    candidates = ex.starts_by_block(v.org_start_scan)
    shorts: list[tuple[str, str]] = []  # (a body's key, the short name given to it in parentheses)
    for index, view in enumerate(ex.views):
        text = view.text
        position = 0
        block_people, block_places = people.get(index, []), places.get(index, [])
        for start, candidate in candidates.get(index, ()):
            if start < position:
                continue
            midclause = False
            if (
                text[start].islower()
                and _AFTER_A_WORD_RE.match(text, max(0, start - 2), start)
                and v.org_standalone.match(text, start) is None  # a name written so ("đảng Dân chủ")
            ):
                # A lower-case head names an organisation only at the start of a clause, or for a
                # few heads right before a capitalised name ("của công ty OhmniLabs").
                head = v.org_heads_midclause.match(text, start)
                if head is None or v.academic.match(text, head.end() + 1):
                    # "bệnh viện TS.BS Nguyễn ...": a doctor's name, not the hospital's; but in
                    # "sinh viên trường Đại học Y", the capitalised head inside starts a name.
                    inner = candidate.find(" ") + 1
                    if inner == 0 or not candidate[inner].isupper():
                        continue
                    start += inner
                else:
                    midclause = True

            if text.endswith(("ban ", "phòng "), 0, start) and _OFFICE_BEFORE_RE.search(
                text, max(0, start - 13), start
            ):
                continue  # "Trưởng ban Tổ chức Tỉnh ủy": the office's field, not a body of its own
            if (
                _after_a_capitalised_word(text, start)
                and _INSIDE_A_NAME_RE.search(text, max(0, start - 12), start)
                and not v.org_standalone.match(text, start)
                and not _after_a_post(text, start, v)
            ):
                continue  # "Lâu Đài Sấm": a head word inside a capitalised name, not a body's head
            match = _org_at(text, start, v, midclause=midclause)
            coded = None
            if match is None or text.startswith(" (", match[1]):
                # "Cục Cảnh sát hình sự (C02) Bộ Công an", "Cơ quan Cảnh sát điều tra (C03) Bộ Công
                # an": a unit, its code, then the body it belongs to
                coded = _coded_unit(text, start, match, v)
                if coded is not None:
                    # (a bare head is named by the whole: "Cơ quan Cảnh sát điều tra (C03) Bộ Công an")
                    bare = v.org_heads.fullmatch(text, *coded.unit) is not None
                    match = (start, coded.parent_end) if bare else coded.unit
            if match is None:
                continue
            listing = (
                _LISTED_SIDES_RE.search(text, max(0, match[0] - 8), match[1] + 80)
                if text.startswith(_TEAM_WORDS, match[0])
                else None
            )
            if listing is not None and listing.start() < match[0] < listing.start(1):
                position = match[1]
                continue  # "2 đội TPHCM và HA Gia Lai": two clubs, read by _listed_sides
            start, end = match
            # A person named after the organisation ("Ủy ban Tư pháp Quốc hội Lê Thị Nga") ends it.
            whole = v.org_standalone.fullmatch(text, start, end) is not None  # ("Đoàn TNCS Hồ Chí Minh")
            for person in block_people:
                if start < person.start < end and not whole and not _named_after(text, start, person, end, v):
                    end = without_trailing_connector(text, start, person.start, v)
            if not whole and v.org_heads.fullmatch(text, start, end):
                continue  # cut back to a bare head ("UBND thành phố Lê Minh Khôi"; not "Hạ viện")
            end = _title_tail_end(text, start, end, tails)
            located = _LOCATED_RE.match(text, end)
            if located is not None and (
                text.startswith(v.org_heads_located, start) or _DEFINED_ACRONYM_RE.match(text, located.end())
            ):
                end = located.end()
            if any(person.start <= start < person.end for person in block_people):
                continue  # a person's name that holds a head ("Trường Thịnh", "Nguyễn Trường Sơn")
            span = Span(index, start, end)
            if any(span in cluster.spans for cluster in ex.of_kind("organisation")):
                position = end
                continue  # a news source's or a company's name the tables found already
            inside_place = any(overlaps(span, p) and p.start <= start for p in block_places)
            # (a known name is no person's, even when it opens with a family name: "Lầu Năm Góc")
            if end > start and not inside_place and (whole or not _looks_like_name(text[start:end], v)):
                abbreviation = None
                # (after the name, or inside it: "Trung tâm X (CDC) tỉnh Y")
                defined = _DEFINED_ACRONYM_RE.match(text, end) or _DEFINED_ACRONYM_RE.search(text, start, end)
                if defined and acronyms.get(defined.group(1)) is None:
                    abbreviation = defined.group(1)
                key = _org_key(text[start:end], acronyms)
                cluster = ex.add("organisation", key, span, ex.surface(span))
                cluster.abbreviation = cluster.abbreviation or abbreviation
                if defined is None and text.startswith(" (", end):
                    short = _short_name(text, end, v)
                    if short is not None:
                        shorts.append((key, short))
                if coded is not None:
                    # (the unit's whole name, its code and its parent's name: another name of it;
                    # the parent is read on as a body of its own)
                    if end < coded.parent_end:
                        written = Span(index, start, coded.parent_end)
                        ex.add("organisation", key, written, ex.surface(written))
                    cluster.abbreviation = cluster.abbreviation or coded.code
                if text.startswith(v.bodies_of_every_unit, start):
                    _bodies_listed_before(ex, v, index, (position, start, end), acronyms)
            position = end if coded is None else coded.parent_start
        if index in with_companies:
            _companies(ex, v, index, text, block_people)
        if forces and any(tail in text for tail in v.force_tails):
            _forces(ex, v, index, text)
        if " FC" in text or "FC " in text:
            _clubs(ex, index, text)
        if "-" in text and _SCORE_RE.search(text):
            _sides(ex, index, text, block_places)
        if "rận " in text:  # ("trận", "Trận")
            _match_sides(ex, index, text, block_places)
        if "đội " in text or "CLB " in text or "lạc bộ " in text:
            _listed_sides(ex, index, text)
    if shorts:
        _short_names(ex, shorts)
    _after_company_titles(ex, v)
    _clubs_by_place(ex)
    _foreign_by_end(ex)
    if "bank" in ex.article or "Bank" in ex.article:
        _banks_by_name(ex)
    if holds_any(ex, _CUE_GATE):
        _after_org_cues(ex, v)
    if "hà hàng " in ex.article:  # ("nhà hàng", "Nhà hàng")
        _restaurants(ex, v)
    _cited_by_name(ex, v)  # (its own search of the article for "theo" is the gate)


# The lower-case words that close a title after its organisation's capitalised words ("... Viện
# Nghiên cứu biển và hải đảo"): lower-case words and "và" only.
_LOWER_TAIL_RE = re.compile(rf"(?: [{LOWER}]+)+")


_LIST_SEPARATORS = (", ", " và ")


def _bodies_listed_before(
    ex: Extraction, v: Vocab, index: int, bounds: tuple[int, int, int], acronyms: dict[str, str]
) -> None:
    """``Thành ủy, HĐND, UBND TP X``: the bare bodies listed before the one found from ``start`` to
    ``end``, which names their unit and place after its head, are each that unit's body; none
    before ``floor``, where the organisation found before ends ("Văn phòng Tỉnh ủy, UBND tỉnh X")."""
    floor, start, end = bounds
    text = ex.views[index].text
    head = starts_with(text, start, v.bodies_of_every_unit)
    if head is None or starts_with(text, start + len(head) + 1, v.unit_forms) is None:
        return
    where = text[start + len(head) : end]  # " TP X": the unit and the place every body serves
    cursor = start
    while (separator := next((s for s in _LIST_SEPARATORS if text.endswith(s, 0, cursor)), None)) is not None:
        body_end = cursor - len(separator)
        body = next((b for b in v.bodies_of_every_unit if text.endswith(b, 0, body_end)), None)
        if body is None or (body_end > len(body) and text[body_end - len(body) - 1].isalnum()):
            return
        cursor = body_end - len(body)
        if cursor < floor:
            return
        span = Span(index, cursor, body_end)
        ex.add("organisation", _org_key(body + where, acronyms), span, ex.surface(span))


def _lower_ending_titles(ex: Extraction) -> list[str]:
    """The people's titles that end with a lower-case word (people are found first; their titles
    were read up to a comma, a parenthesis or a verb of saying)."""
    return [t for c in ex.of_kind("person") for t in c.titles if t[-1:].islower()]


def _title_tail_end(text: str, start: int, end: int, titles: list[str]) -> int:
    """``end``, or past the lower-case words a person's title gives the organisation ending there
    ("nguyên Viện trưởng Viện Nghiên cứu biển và hải đảo nhận định": the title reads the name whole,
    the organisation's words stop at "Nghiên cứu")."""
    if not titles or not text.startswith(" ", end) or not text[end + 1 : end + 2].islower():
        return end
    name = text[start:end]
    for title in titles:
        at = title.rfind(name)
        rest = title[at + len(name) :] if at >= 0 else ""
        if (
            rest
            and _LOWER_TAIL_RE.fullmatch(rest)
            and text.startswith(rest, end)
            and not text[end + len(rest) : end + len(rest) + 1].isalnum()
        ):
            return end + len(rest)
    return end


def _after_a_capitalised_word(text: str, start: int) -> bool:
    """A capitalised word, maybe after an opening quote, ends right before ``start`` (a cheap test
    before the regex: most heads follow a lower-case word or a punctuation mark)."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].islower():
        return False
    word = text.rfind(" ", max(0, start - 14), start - 1) + 1
    return text[word + (text[word] in '"\u201c')].isupper()


def _after_a_post(text: str, start: int, v: Vocab) -> bool:
    """A post, capitalised in full, ends right before ``start`` ("Vụ Trưởng Vụ Truyền thông")."""
    return any(
        post.end() == start - 1 for post in v.apposition_heads.finditer(text, max(0, start - 25), start)
    )


def _after_company_titles(ex: Extraction, v: Vocab) -> None:
    """``Tổng giám đốc NutiFood``, ``nhà sáng lập Got it``: the capitalised name after a company
    position is the company, when no other finder took it (a brand has no head word of its own).

    The positions are found from an anchor word each holds ("đốc", "tịch"), by a substring search
    of the whole article mapped back to blocks: far cheaper than a regex scan of every block."""
    article = ex.article
    hits = [(hit, anchor) for anchor in v.company_titles for hit in _occurrences(article, anchor)]
    if not hits:
        return
    block_starts = ex.block_starts
    taken = [spans_of(ex, kind) for kind in ("person", "place", "organisation")]
    for hit, anchor in sorted(hits):
        index = bisect_right(block_starts, hit) - 1
        text, at = ex.views[index].text, hit - block_starts[index]
        head = next(
            (h for h in v.company_titles[anchor] if h[1] <= at and text.startswith(h[0], at - h[1])), None
        )
        if head is not None:
            start = at - head[1]
            _company_after(ex, v, index, text, start, start + len(head[0]), taken)


def _occurrences(text: str, word: str) -> list[int]:
    found, start = [], text.find(word)
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


# "hãng nghiên cứu thị trường Counterpoint", "hãng bảo mật Kaspersky", "theo công ty nghiên cứu thị
# trường Canalys": a firm, what it does in lower case, then its name (group 2), as after the cue words
# of ``org_cues.txt``; not a name before a number ("lọt Top 10": a ranking). (Not "quỹ": "tàu quỹ đạo
# Mars Express" is an orbiter.)
_FIRM_FIELD_RE = re.compile(
    rf"(?<!\w)(?:[Hh]ãng|công ty|tập đoàn)((?: [{LOWER}]+){{1,4}})"
    rf" ([{UPPER}][\w'&.-]*(?: [{UPPER}][\w'&.-]*){{0,4}})(?![\w'&-]| \d)"
)
# The words that open the firm's cue above ("Công ty", "Tập đoàn" capitalised are heads the head scan
# reads).
_FIRM_WORDS = ("ãng ", "công ty ", "tập đoàn ")
# What a block must hold for a cue of ``org_cues.txt`` to stand in it (substrings of the cues), and
# what an article must hold for the cues to be looked for at all; the rarer cues (a startup, a fund,
# a news site) are tested whole.
_RARE_CUE_WORDS = ("tartup ", "uỹ đầu tư ", "rang công nghệ ", "rang tin ", "huyên trang ")
_CUE_WORDS = ("ờ ", "mạng ", *_RARE_CUE_WORDS)
_CUE_GATE = (" tờ ", " hãng ", "Tờ ", "Hãng ", " nhà mạng ", " công ty ", " tập đoàn ", *_RARE_CUE_WORDS)


def _after_org_cues(ex: Extraction, v: Vocab) -> None:
    """``tờ The Athletic``, ``hãng Bulgari``: the capitalised name after a word for a paper or a
    company is an organisation, when no other finder took it as a place or a person (a paper's
    or a company's name has no head of its own)."""
    taken = [spans_of(ex, kind) for kind in ("person", "place", "organisation")]
    for index, view in enumerate(ex.views):
        text = view.text
        firms = any(word in text for word in _FIRM_WORDS)
        if not firms and not any(word in text for word in _CUE_WORDS):
            continue  # no cue word in the block ("tờ", "hãng", "nhà mạng", "công ty"): skip the scan
        cues = list(v.org_cues.finditer(text))
        if firms:
            cues.extend(c for c in _FIRM_FIELD_RE.finditer(text) if not holds_function_word(c.group(1), v))
        for cue in cues:
            start, end = cue.span(2 if cue.re is _FIRM_FIELD_RE else 1)
            name = text[start:end].rstrip(".")
            end = start + len(name)
            span = Span(index, start, end)
            if not name or any(overlaps(span, other) for spans in taken for other in spans.get(index, [])):
                continue
            if v.places_re.fullmatch(name) or name in v.ambiguous_places:
                continue
            ex.add("organisation", _org_key(name, {}), span, ex.surface(span))


# "nhà hàng hải sản Bờ kè Tháp Bà 86": a restaurant, maybe its kind in lower case, then its name.
_RESTAURANT_RE = re.compile(rf"(?<!\w)[Nn]hà hàng((?: [{LOWER}]+){{0,2}}) (?=[{UPPER}])")


def _restaurants(ex: Extraction, v: Vocab) -> None:
    """The capitalised name after ``nhà hàng`` and the kind of food it serves is the restaurant's,
    an organisation (a business named without a head of the table), when no other finder took it
    and it is no place ("nhà hàng Nhật Bản") or a lone syllable ("nhà hàng Việt")."""
    taken = _named_spans(ex)
    for index, text in _texts_holding(ex, "hà hàng "):
        for cue in _RESTAURANT_RE.finditer(text):
            if holds_function_word(cue.group(1), v):
                continue  # "nhà hàng ở Hà Nội": where it is, not its name
            start = cue.end()
            end = phrase_end(text, start - 1, v)
            name = text[start:end]
            span = Span(index, start, end)
            if (
                end <= start
                or (" " not in name and is_vietnamese_syllable(name))
                or v.places_re.fullmatch(name)
                or _taken(span, taken)
            ):
                continue
            ex.add("organisation", _org_key(name, {}), span, ex.surface(span))


def _named_spans(ex: Extraction) -> list[dict[int, list[Span]]]:
    """The spans of the people, places and organisations found so far, by block."""
    return [spans_of(ex, kind) for kind in ("person", "place", "organisation")]


def _taken(span: Span, taken: list[dict[int, list[Span]]]) -> bool:
    """``span`` overlaps a name ``_named_spans`` holds."""
    return any(overlaps(span, other) for spans in taken for other in spans.get(span.block, []))


def _texts_holding(ex: Extraction, cue: str) -> Iterator[tuple[int, str]]:
    """Each block's index and text, for the blocks that hold ``cue`` (a substring test)."""
    for index, view in enumerate(ex.views):
        if cue in view.text:
            yield index, view.text


# "theo Yuanta", "Theo Cloudbet, ...": a source cited by a name in Latin letters (no Vietnamese
# syllable), maybe hyphenated or of up to three words ("Campaign Asia-Pacific"), two of them maybe
# joined by "&", a word maybe possessive ("Theo Standard & Poor's").
_FOREIGN_WORD = r"[A-Z][a-z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*(?:['\u2019]s)?"
_CITED_RE = re.compile(rf"(?<!\w)[Tt]heo ({_FOREIGN_WORD}(?:(?: &)? {_FOREIGN_WORD}){{0,2}})(?![\w'.-])")
_APPOSITION_RE = re.compile(rf", ([{LOWER}]+(?: [{LOWER}]+){{0,2}})")


def _cited_by_name(ex: Extraction, v: Vocab) -> None:
    """What "theo" cites by a foreign name is a source, an organisation (a company, an agency, a
    site), when no other finder took it and no description of a person follows it ("Theo Chiaki
    Kobayashi, nhà vật lý ..." names a person the people finder does not know).

    Each "heo " is found by a substring search of the whole article and the pattern tried only
    where a capital letter follows it: most are "theo đó", "theo quy định"."""
    taken: list[dict[int, list[Span]]] | None = None
    article, block_starts = ex.article, ex.block_starts
    for hit in _occurrences(article, "heo "):
        if not "A" <= article[hit + 4 : hit + 5] <= "Z":
            continue
        index = bisect_right(block_starts, hit) - 1
        text = ex.views[index].text
        cited = _CITED_RE.match(text, hit - block_starts[index] - 1)
        if cited is not None:
            start, end = cited.span(1)
            span = Span(index, start, end)
            taken = taken if taken is not None else _named_spans(ex)
            if not (
                is_vietnamese_syllable(cited.group(1).split(" ")[0].split("-")[0])
                or v.academic.match(text, start)
                or _taken(span, taken)
                or _describes_a_person(text, end, v)
            ):
                ex.add("organisation", cited.group(1).casefold(), span, ex.surface(span))


def _describes_a_person(text: str, end: int, v: Vocab) -> bool:
    """``, nhà vật lý ...``, ``, Giám đốc ...``: a person's description or post after a comma."""
    if v.apposition_heads.match(text, end + 2) and text.startswith(", ", end):
        return True
    described = _APPOSITION_RE.match(text, end)
    if described is None:
        return False
    found = described.group(1).split(" ")
    return any(" ".join(found[:size]) in v.cue_words for size in (1, 2, 3))


def _company_after(
    ex: Extraction,
    v: Vocab,
    index: int,
    text: str,
    head_start: int,
    head_end: int,
    taken: list[dict[int, list[Span]]],
) -> None:
    """The company named after the position at ``[head_start, head_end)``, if any."""
    title = v.company_title_next.match(text, head_end)
    if title is None or inside_a_word(text, head_start):
        return
    head = text[head_start:head_end]
    start = title.end()
    longer = v.apposition_heads.match(text, head_start)
    if (longer is not None and longer.end() > start) or any(
        len(h) > len(head) and text.startswith(h, head_start)
        for group in v.company_titles.values()
        for h, _ in group
    ):
        return  # "Chủ tịch HĐQT & ...": the name is the rest of a longer position
    end = phrase_end(text, start - 1, v)
    # "giám đốc BHD TPHCM": the city the company's branch serves is not its name (the country of a
    # subsidiary is: "CBRE Hotels Việt Nam")
    end = next(
        (
            place.start - 1
            for place in taken[1].get(index, [])
            if start < place.start and place.end == end and text[place.start : end] not in _HOME
        ),
        end,
    )
    name = text[start:end]
    span = Span(index, start, end)
    if (
        end <= start
        or any(name == field or name.startswith(field + " ") for field in v.company_title_fields)
        or (" " not in name and is_vietnamese_syllable(name))
        or any(overlaps(span, other) for spans in taken for other in spans.get(index, []))
        or v.org_starts.match(text, start)
        or v.title_heads.match(text, start)
        or v.places_re.fullmatch(name)
        or name in v.ambiguous_places
        or HAS_DIGIT_RE.search(name)
        or name.split(" ")[0] in v.unit_forms
    ):
        return
    ex.add("organisation", _org_key(name, {}), span, ex.surface(span))


def _companies(ex: Extraction, v: Vocab, index: int, text: str, people: list[Span]) -> None:
    """``Apple``, ``Facebook``: a well-known company named alone (not a product: "Apple Watch")."""
    for match in v.companies.finditer(text):
        span = Span(index, match.start(), match.end())
        if not any(overlaps(span, person) for person in people):
            ex.add("organisation", match.group().casefold(), span, ex.surface(span))


def _forces(ex: Extraction, v: Vocab, index: int, text: str) -> None:
    """``quân đội Indonesia``, ``hải quân Mỹ``: a country's armed or police force."""
    for force in v.forces.finditer(text):
        place = v.places_re.match(text, force.end())
        if place is None or SPACE_UPPER_RE.match(text, place.end()):
            continue  # not a country, or more of a name follows ("Cảnh sát Biển Việt Nam")
        span = Span(index, force.start(), place.end())
        if not _inside_a_body(ex, span):  # ("Sở Cảnh sát Tokyo": the force is the body's name)
            ex.add("organisation", text[span.start : span.end].casefold(), span, ex.surface(span))


def _inside_a_body(ex: Extraction, span: Span) -> bool:
    """``span`` lies inside a longer organisation's name found already ("Madrid" in "Real Madrid")."""
    return any(
        other.block == span.block and other.start <= span.start and span.end <= other.end and other != span
        for cluster in ex.of_kind("organisation")
        for other in cluster.spans
    )


def _sides(ex: Extraction, index: int, text: str, places: list[Span]) -> None:
    """``Đắk Lắk thắng Thanh Hóa 3-0``: in a report with a score, a place right before or after a
    verb of play names the club of that place."""
    for verb in _PLAYS_RE.finditer(text):
        for place in places:
            if (place.end == verb.start() or place.start == verb.end()) and not _inside_a_body(ex, place):
                # (not a place inside a club's name: "Real Madrid thắng", "Than Quảng Ninh thua")
                name = text[place.start : place.end]
                ex.add("organisation", name.casefold(), place, ex.surface(place))
    for against in _AGAINST_RE.finditer(text):
        for place in places:
            if place.start == against.end():
                name = text[place.start : place.end]
                ex.add("organisation", name.casefold(), place, ex.surface(place))
    for place in places:
        if text.endswith(_SIDE_WORDS, 0, place.start):
            # "trước chủ nhà Nam Định", "đội khách Đà Nẵng": the host or the visitor is a club
            name = text[place.start : place.end]
            ex.add("organisation", name.casefold(), place, ex.surface(place))


def _match_sides(ex: Extraction, index: int, text: str, places: list[Span]) -> None:
    """``trận Quảng Nam - Nam Định``, ``trận HA Gia Lai - TPHCM``: a side of a match named by its
    place is a club."""
    clubs = [s for c in ex.of_kind("organisation") for s in c.spans if s.block == index]
    sides = sorted([*places, *clubs], key=lambda side: side.start)
    for first in sides:
        if (
            not text.endswith(("trận ", "Trận "), 0, first.start)
            or (dash := _MATCH_DASH_RE.match(text, first.end)) is None
        ):
            continue
        second = next((side for side in sides if side.start == dash.end()), None)
        for side in (first, second) if second is not None else ():
            if side in places:
                ex.add("organisation", text[side.start : side.end].casefold(), side, ex.surface(side))


def _listed_sides(ex: Extraction, index: int, text: str) -> None:
    """``2 đội TPHCM và HA Gia Lai``, ``các CLB Hà Nội, Viettel và Nam Định``: the teams a number
    or a plural word lists after a word for a team are clubs, each (GOLD-FORMAT: a club named
    after a place is an organisation)."""
    for listing in _LISTED_SIDES_RE.finditer(text):
        for side in _SIDE_RE.finditer(text, listing.start(1), listing.end(1)):
            span = Span(index, side.start(), side.end())
            ex.add("organisation", side.group().casefold(), span, ex.surface(span))


# Words only a report on football holds: two of them make an article one.
_FOOTBALL_CUES = (
    *("CLB", "HLV", "bàn thắng", "ghi bàn", "cầu thủ", "tiền đạo", "thủ môn", "hậu vệ", "tiền vệ"),
    *("Premier League", "La Liga", "Serie A", "Bundesliga", "Ligue 1", "Champions League"),
    *("Europa League", "V-League", "chuyển nhượng"),
)
# One of these a report on football nearly always holds.
_FOOTBALL_GATE = ("HLV", "CLB", "cầu thủ", "bàn thắng")
_UNIT_BEFORE_RE = re.compile(r"(?:thành phố|TP\.?|[Tt]hủ đô|[Vv]ùng|[Bb]ang) $")


@cache
def _club_places() -> re.Pattern[str]:
    # (the word start is checked after the first letter: a leading lookbehind makes the scan slow)
    table = alternation(words("club_places"), word_start=True, after=r"[\w.-]")
    return re.compile(rf"(?:{table})(?![\w-]| [{UPPER}])")


def _clubs_by_place(ex: Extraction) -> None:
    """``Barcelona thắng 2-0``: in a report on football, a city known for its club names the club
    (not after a word for a city, "thành phố Liverpool", nor inside a longer name, "RB Leipzig")."""
    if not _on_football(ex.article):
        return
    _prefixed_clubs(ex)
    if not _club_places().search(ex.article):
        return
    bodies = spans_of(ex, "organisation")
    for index, view in enumerate(ex.views):
        text = view.text
        for match in _club_places().finditer(text):
            span = Span(index, match.start(), match.end())
            if (
                _UNIT_BEFORE_RE.search(text, max(0, span.start - 10), span.start)
                or _INSIDE_A_NAME_RE.search(text, max(0, span.start - 12), span.start)
                or any(overlaps(span, body) for body in bodies.get(index, []))
            ):
                continue  # a city, or a word of a longer name ("RB Leipzig", "Hellas Verona")
            ex.add("organisation", match.group().casefold(), span, ex.surface(span))


def _on_football(article: str) -> bool:
    """The article reports on football: two of its words of the game."""
    # (a few substring tests tell most articles, which are on no sport, before any scan)
    if not any(cue in article for cue in _FOOTBALL_GATE):
        return False
    cues = (cue for cue in _FOOTBALL_CUES if cue in article)
    return next(cues, None) is not None and next(cues, None) is not None  # (two cues at most are looked for)


def _prefixed_clubs(ex: Extraction) -> None:
    """``AS Roma``, ``Club Brugge``: a club by the prefix of its name, unless a longer name holds it."""
    bodies = spans_of(ex, "organisation")
    for index, view in enumerate(ex.views):
        for match in _PREFIXED_CLUB_RE.finditer(view.text):
            span = Span(index, match.start(), match.end())
            if not any(body.start <= span.start and span.end <= body.end for body in bodies.get(index, [])):
                ex.add("organisation", match.group().casefold(), span, ex.surface(span))


def _clubs(ex: Extraction, index: int, text: str) -> None:
    """``Sài Gòn FC``, ``FC Barcelona``: a football club, whatever its name."""
    for match in _CLUB_RE.finditer(text):
        span = Span(index, match.start(), match.end())
        ex.add("organisation", match.group().casefold(), span, ex.surface(span))


def _acronyms(ex: Extraction) -> dict[str, str]:
    """``long form (ACRONYM)`` definitions: a run of syllables whose initials spell the acronym,
    right before the parenthesis or a little earlier ("Sở Khoa học và Công nghệ thành phố Đà Nẵng
    (KH&CN)" defines KH&CN as "Khoa học và Công nghệ")."""
    found: dict[str, str] = {}
    for view in ex.views:
        for match in _ACRONYM_RE.finditer(view.text) if "(" in view.text else ():
            acronym = match.group(1)
            words = view.text[: match.start()].rstrip().split(" ")[-12:]
            long_form = _spelled_by(acronym.replace("&", ""), words)
            if long_form is not None:
                found[acronym] = long_form
    return found


def _spelled_by(letters: str, words: list[str]) -> str | None:
    """The last run of ``words`` whose initials spell ``letters`` ("và" is written "&" and spells
    no letter)."""
    for end in range(len(words), 0, -1):
        syllables: list[str] = []
        start = end
        while start > 0 and len([w for w in syllables if w != "và"]) < len(letters):
            start -= 1
            syllables.insert(0, words[start])
        if "".join(w[:1].upper() for w in syllables if w != "và") == letters:
            return " ".join(syllables)
    return None


def _org_at(text: str, position: int, v: Vocab, *, midclause: bool = False) -> tuple[int, int] | None:
    if inside_a_word(text, position):
        return None
    standalone = v.org_standalone.match(text, position)
    if standalone:
        end = standalone.end()
        country = v.places_re.match(text, end + 1) if text.startswith(" ", end) else None
        if (
            country is not None
            and text.startswith(_NAMED_WITH_COUNTRY, position)
            and country.group() not in _HOME
            and not country.group().startswith(v.unit_forms)
            and not text.endswith("biểu ", 0, position)
        ):
            # "Bộ Quốc phòng Mỹ", "Quốc hội Mỹ": a body abroad is named with its country (not a
            # city's delegation: "Đoàn đại biểu Quốc hội TP Hà Nội").
            end = country.end()
        branch = _STATE_BRANCH_RE.match(text, end) if text.endswith(_BRANCHED_BODIES, 0, end) else None
        if branch is not None and v.places_re.match(text, branch.end()):
            # "Kho bạc Nhà nước tỉnh Nam Định": the branch's name goes on from its unit
            end = phrase_end(text, branch.start() + len(" chi nhánh") * (" chi nhánh " in branch.group()), v)
        region = _REGION_NUMBER_RE.match(text, end)  # ("Kiểm toán Nhà nước khu vực IV")
        term = _TERM_SUFFIX_RE.match(text, end)
        return position, region.end() if region else term.end() if term else end
    head = v.org_heads.match(text, position)
    if head is None:
        return None
    post = v.title_heads.match(text, position) if SPACE_UPPER_RE.match(text, head.end()) else None
    if post is not None and post.end() > head.end():
        return None  # "Vụ Trưởng Vụ X", "Bộ Trưởng Bộ Y": a post written in capitals, not a body
    end = _before_a_parent(text, head.end(), phrase_end(text, head.end(), v), v)
    numbered = _UNIT_NUMBER_RE.match(text, end)
    if (
        numbered is not None
        and (end > head.end() or " " in head.group())
        and not text.endswith("của ", 0, position)  # ("nghị quyết của Hội đồng X số 822": a document's)
    ):
        # "Đội CSGT số 6", "Trường Mầm non số 2": a unit numbered in lower case (not a bare word that
        # is also a head: "Bộ số 5", a set)
        end = numbered.end()
    if end == head.end() and text[position].isupper() and " " in head.group():
        # "Ban Quản lý đường sắt đô thị TP.HCM", "Công ty chứng khoán X": a head of two words or
        # more (a one-word head with a lower-case word is mostly a word: "Bộ trưởng", "Hội nghị").
        end = past_lower_words(text, end, v)
        if end == head.end():
            # "Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Nam": a field in lower case up to the unit
            end = past_lower_field(text, end, v)
    if text.startswith(PROJECT_BOARDS, position):
        end = max(end, past_project_field(text, end, v))
    if head.group() in _PURPOSE_HEADS:
        # "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19": a purpose of prevention, its comma
        # included (only after a committee's head: after a body's name "phòng chống" is a verb)
        end = max(end, past_prevention_field(text, head.end(), v))
    if end == head.end():
        return None
    end = past_national_field(text, end, v)
    lower = text[position].islower() and not midclause
    if lower and not _lower_head_allowed(text, position, head.end(), end):
        return None
    term = _TERM_SUFFIX_RE.match(text, end)
    return position, term.end() if term else end


# Heads of committees named by their purpose ("Ban Chỉ đạo phòng, chống dịch", "Ủy ban Quốc gia phòng,
# chống AIDS").
_PURPOSE_HEADS = frozenset(("Ban Chỉ đạo", "Ban chỉ đạo", "Ủy ban", "Ban", "Hội đồng"))


def _before_a_parent(text: str, head_end: int, end: int, v: Vocab) -> int:
    """Where a unit's name ends when its last word opens its parent body's head, which goes on in
    lower case past that word ("Tiểu ban Điều trị Ban chỉ đạo Quốc gia phòng, chống dịch": the
    subcommittee, then the committee, not "Tiểu ban Điều trị Ban")."""
    last = text.rfind(" ", head_end, end) + 1
    if last <= head_end:
        return end
    parent = v.org_heads.match(text, last)
    return last - 1 if parent is not None and parent.end() > end else end


# " số 6" after a unit's name: its number (not a document's "số 12/2020", nor "số 1.200"); " khu vực IV"
# after a body that serves several provinces ("Kiểm toán Nhà nước khu vực IV").
_REGION_NUMBER = r"[Kk]hu vực (?:[IVX]{1,4}|\d{1,2})"
_NUMBER_ENDS = r"(?![\w/]|[.,-] ?\d)"
_UNIT_NUMBER_RE = re.compile(rf" (?:số \d{{1,3}}|{_REGION_NUMBER}){_NUMBER_ENDS}")
_REGION_NUMBER_RE = re.compile(rf" {_REGION_NUMBER}{_NUMBER_ENDS}")
# "Công ty Xổ số điện toán Việt Nam (Vietlott)", "Hiệp hội Bất động sản TP.HCM (HoREA)": a body's
# short name in parentheses, of up to three capitalised words (an all-capital acronym is read as one).
_SHORT_NAME_RE = re.compile(rf" \(([A-Z][\w&.'-]*(?: [{UPPER}][\w&.'-]*){{0,2}})\)")


def _short_name(text: str, end: int, v: Vocab) -> str | None:
    """The short name a body is given in parentheses right after its name, if it is no place
    ("Bệnh viện Bạch Mai (Hà Nội)") and no acronym (read by ``_DEFINED_ACRONYM_RE``)."""
    short = _SHORT_NAME_RE.match(text, end)
    if short is None:
        return None
    name = short.group(1)
    if name.isupper() or v.places_re.fullmatch(name) or name in v.ambiguous_places:
        return None
    return name


def _short_names(ex: Extraction, shorts: list[tuple[str, str]]) -> None:
    """Each mention of a body's short name is the body's ("Vietlott cho biết ..."), unless another
    finder named it (a person, a place, or a company of the tables: then that one stays the short
    name's, as before); the short name is the body's abbreviation."""
    taken = [spans_of(ex, kind) for kind in ("person", "place", "organisation")]
    for key, short in shorts:
        cluster = ex.find("organisation", key)
        mentions = [
            Span(index, at, at + len(short))
            for index, view in enumerate(ex.views)
            for at in (_occurrences(view.text, short) if short in view.text else ())
            if _whole_word(view.text, at, at + len(short))
        ]
        if cluster is None or any(
            overlaps(span, other)
            for span in mentions
            for spans in taken
            for other in spans.get(span.block, [])
        ):
            continue
        cluster.abbreviation = cluster.abbreviation or short
        for span in mentions:
            ex.add("organisation", key, span, ex.surface(span))


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


# A unit's code in parentheses ("(C03)", "(PC02)", "(A05)") or its acronym, before its parent body.
_UNIT_CODE_RE = re.compile(rf" \(({ACRONYM}|[A-Z]{{1,3}}\d{{2,3}})\) (?=[{UPPER}])")


class _CodedUnit(NamedTuple):
    """A unit's bounds, its code in parentheses and where its parent body's name starts and ends."""

    unit: tuple[int, int]
    code: str
    parent_start: int
    parent_end: int


def _coded_unit(text: str, start: int, match: tuple[int, int] | None, v: Vocab) -> _CodedUnit | None:
    """A unit named by its head or its name, its code in parentheses, then the body it belongs to:
    the unit's bounds, its code and the parent's bounds. A bare head counts only when it
    has two words or more ("Cơ quan Cảnh sát điều tra", not "Phòng")."""
    if match is None:
        head = v.org_heads.match(text, start)
        if head is None or " " not in head.group() or not text[start].isupper():
            return None
        match = (start, head.end())
    code = _UNIT_CODE_RE.match(text, match[1])
    if code is None:
        return None
    parent = _org_at(text, code.end(), v)
    if parent is None:
        return None
    return _CodedUnit(match, code.group(1), parent[0], parent[1])


def _lower_head_allowed(text: str, start: int, head_end: int, end: int) -> bool:
    """A lower-case head ("trường Cán bộ ...") names an organisation only at the start of a clause
    and before a name of two capitalised words or more; elsewhere it is an ordinary word ("cán bộ")."""
    before = text[max(0, start - 10) : start].rstrip()
    capitals = len(_CAPITAL_RE.findall(text, head_end, end))
    return capitals >= 2 and (not before or not before[-1].isalpha())


def _org_key(name: str, acronyms: dict[str, str]) -> str:
    key = _TERM_SUFFIX_RE.sub("", name)
    for acronym, long_form in acronyms.items():
        key = key.replace(long_form, acronym)
    # ("X & Y" and "X và Y": one name, written both ways)
    return " ".join(key.replace(" \u2013 ", " - ").replace(" & ", " và ").split()).casefold()


def _named_after(text: str, start: int, person: Span, end: int, v: Vocab) -> bool:
    """``Bệnh viện Nguyễn Tri Phương``: a school or a hospital named after the person whose name
    follows its head and ends the organisation."""
    return person.end == end and text[start : person.start].rstrip().casefold() in v.org_heads_for_people


def _looks_like_name(phrase: str, v: Vocab) -> bool:
    """``Đoàn Văn Tuân``: a head that is also a family name, followed by a personal name."""
    return phrase.split(" ")[0] in v.surnames and NAME_RE.fullmatch(phrase) is not None


# A foreign organisation by its English name: capitalised Latin words ending with a word that names
# a kind of body ("Fortress Investment Group", "Trump Organization"), maybe with an "of" part
# ("American College of Physicians"), not from "Theo" ("according to"). Words that also end
# products or ideas ("Center", "Trust", "Exchange") are left out; the end words of football clubs
# ("Buriram United", "Blackburn Rovers") are in (GOLD-FORMAT: a club is an organisation).
_CLUB_ENDS = ("United", "Rovers", "Wanderers", "Albion", "Hotspur")
_FOREIGN_ORG_ENDS = (
    *("Organization", "Organisation", "Corporation", "Corp", "Group", "Institute", "Foundation"),
    *("Association", "Inc", "Ltd", "Holdings", "Airlines", "Airways", "Bank", "University", "College"),
    *("Agency", "Company", "Society", "Federation", "Commission", "Council", "Committee"),
    *("Laboratories", "Studios", "Pictures", "Pharmaceuticals", "Motors", "Technologies", "Industries"),
    *("LLC", "GmbH", "Consortium", "Entertainment", "Records", "Partners", "News", "Times", "Journal"),
    *("Media", "Studio", "Daily", "Post", "Herald", "Tribune", "Gazette"),
    *_CLUB_ENDS,
)
# (The end words alone, as a trie: one cheap scan tells an article or a block that holds none.)
_FOREIGN_ORG_END_RE = re.compile(alternation(_FOREIGN_ORG_ENDS))
_FOREIGN_ORG_RE = re.compile(
    rf"(?<![\w.])(?!Theo )(?:[A-Z][A-Za-z&'-]* ){{1,3}}(?:{'|'.join(_FOREIGN_ORG_ENDS)})"
    r"(?: of(?: [A-Z][A-Za-z&'-]*){1,3})?(?![\w-])"
)


def _foreign_by_end(ex: Extraction) -> None:
    """``Fortress Investment Group``, ``Trump Organization``: a foreign body by its English name,
    when no other finder took it (a person or a place named inside it, "Trump", "Manila", is no
    obstacle: GOLD-FORMAT makes such a name optional)."""
    if not _FOREIGN_ORG_END_RE.search(ex.article):
        return
    bodies = spans_of(ex, "organisation")
    named = [spans_of(ex, kind) for kind in ("person", "place")]
    for index, view in enumerate(ex.views):
        if not _FOREIGN_ORG_END_RE.search(view.text):
            continue
        for match in _FOREIGN_ORG_RE.finditer(view.text):
            if match.group().startswith("The ") and match.group()[4:] in _CLUB_ENDS:
                continue  # "The United": a club's nickname, not its name
            span = Span(index, match.start(), match.end())
            if any(overlaps(span, other) for other in bodies.get(index, [])) or any(
                overlaps(span, other) and not span.start <= other.start < other.end <= span.end
                for spans in named
                for other in spans.get(index, [])
            ):
                continue
            ex.add("organisation", match.group().casefold(), span, ex.surface(span))


# A bank named by one word that ends with "bank" ("Saigonbank", "DongABank", "MBBank"): the way
# banks brand themselves, Vietnamese and foreign ("Bundesbank"); not "Bank" alone.
_BANK_WORD_RE = re.compile(r"(?<![\w.&-])[A-Z][A-Za-z]*[A-Za-z](?:bank|Bank)(?![\w-])")


def _banks_by_name(ex: Extraction) -> None:
    """``Saigonbank``, ``NamABank``: a bank by its one-word name, when no other finder took it."""
    taken = [spans_of(ex, kind) for kind in ("person", "place", "organisation")]
    for index, view in enumerate(ex.views):
        for match in _BANK_WORD_RE.finditer(view.text) if "ank" in view.text else ():
            span = Span(index, match.start(), match.end())
            if not any(overlaps(span, other) for spans in taken for other in spans.get(index, [])):
                ex.add("organisation", match.group().casefold(), span, ex.surface(span))
