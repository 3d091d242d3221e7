"""The Vietnamese pack: the grammar of Vietnamese institutional news reports.

What it knows, with the vocabularies in ``data/vi/``:

* people are named after a rank (``Thượng tướng Trần Quốc Tỏ``), an honorific (``ông``,
  ``bà``), an academic prefix or a position (``Thứ trưởng Nguyễn Duy Ngọc``), and their titles
  follow the name as appositions (``, Thứ trưởng Bộ Công an`` or `` - Giám đốc Học viện ...``);
* organisation names start with a head (``Bộ``, ``Cục``, ``Đảng ủy``, ``Học viện``) followed by
  capitalised words, each of which may carry one lower-case syllable (``Cơ yếu``, ``Lao động``);
  acronyms defined in parentheses cluster the long and short forms;
* dates are ``d/m/yyyy``, ``d/m`` after a time word (year from the header month), ranges
  ``d-d/m[/yyyy]`` and ``yyyy-yyyy``, and ``năm yyyy``;
* numbered documents are ``<type> [số] <number> [ngày <date>] [của <issuer>]``;
* awards follow an award verb; photo credits close a caption ``(Ảnh: ...)``; the author's name
  is the last line;
* the main event is what an organisation ``tổ chức`` in the first paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from newsml_kit.dates import PartialDate
from newsml_kit.extract.core import (
    AwardFinding,
    Cluster,
    DocumentFinding,
    EventFinding,
    Extraction,
    Ref,
    Span,
)
from newsml_kit.extract.vocab import aliases, alternation, entries
from newsml_kit.model import Block, BlockKind, DateRole, EventKind, ParticipantRole, PersonRole, TextRange

LANG = "vi"

UPPER = "".join(
    ch for ch in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if ch.isalpha() and ch.isupper()
)
LOWER = "".join(
    ch for ch in map(chr, [*range(0x61, 0x250), *range(0x1E00, 0x1F00)]) if ch.isalpha() and ch.islower()
)
SYLLABLE = f"[{UPPER}][{LOWER}]*"
# A personal name: two to four capitalised syllables, or an initial and a given name ("M.Quân").
NAME = rf"(?:[{UPPER}]\. ?{SYLLABLE}(?: {SYLLABLE}){{0,2}}|{SYLLABLE}(?: {SYLLABLE}){{1,3}})"
# The same, at the start of a word: the boundary is checked after the first letter, which lets the
# regex engine skip ahead to capital letters (a leading lookbehind would make the scan ~4x slower).
NAME_AT_WORD = (
    rf"(?:[{UPPER}](?<![\w.][{UPPER}])(?:\. ?{SYLLABLE}(?: {SYLLABLE}){{0,2}}"
    rf"|[{LOWER}]*(?: {SYLLABLE}){{1,3}}))"
)

_NAME_RE = re.compile(NAME)
_SPACED_NAME_RE = re.compile(rf" ({NAME})")
_HONORIFIC_NAME_RE = re.compile(rf"[ÔôBbĐđ](?<!\w[ÔôBbĐđ])(?:ng|à|ồng chí) ({NAME})")
_APPOSITIVE_RE = re.compile(rf"({NAME_AT_WORD})(?:, | - | \u2013 )")
_SEPARATOR_RE = re.compile(r", | - | \u2013 ")
_HYPHEN_RE = re.compile(rf" [-\u2013] (?=[{UPPER}])")
_SPACE_UPPER_RE = re.compile(rf" [{UPPER}]")
ACRONYM = rf"[{UPPER}][{UPPER}&]{{1,11}}"
_ACRONYM_RE = re.compile(rf"\(({ACRONYM})\)")
_DEFINED_ACRONYM_RE = re.compile(rf" \(({ACRONYM})\)")
_CAPITAL_RE = re.compile(rf"(?<!\w)[{UPPER}]")
_SENTENCE_END_RE = re.compile(r"[.!?;](?:\s|$)|$")

# Lower-case words that may sit inside an organisation name, when followed by a capitalised word.
_CONNECTORS = ("và", "các cơ quan", "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "miền")
# Those that may follow a head directly ("Ủy ban nhân dân tỉnh Hà Tĩnh", "Công an huyện ...").
_PLACE_QUALIFIERS = ("thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường")
# Lower-case compounds that belong to a name wherever they stand.
_COMPOUNDS = ("nhân dân", "tối cao")

_TIME_WORDS = r"[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|[Tt]ừ|[Đđ]ến|[Tt]ới|[Đđ]ầu|[Cc]uối"
_DMY_RE = re.compile(r"(\d(?<![\w/.,-]\d)\d?)([/-])(\d{1,2})\2(\d{4})(?![\w/])")
_DAY_RANGE_RE = re.compile(r"(\d(?<![\w/.,]\d)\d?) ?[-\u2013] ?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\w/])")
# "Ngày 28/12", and the police press's "Sáng 28-12" (the dash only after a word for a day:
# "từ 5-7 người" is a count, not a date).
_DAY_WORDS = r"[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm"
_DM_RE = re.compile(
    rf"(?:(?:{_TIME_WORDS}) (\d{{1,2}})/(\d{{1,2}})|(?:{_DAY_WORDS}) (\d{{1,2}})-(\d{{1,2}}))(?![\w/-])"
)
_WORDY_DATE_RE = re.compile(r"[Nn](?<!\w[Nn])gày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?(?!\d)")
_MONTH_RE = re.compile(r"[Tt](?<!\w[Tt])háng (\d{1,2})(?:/| năm )(\d{4})(?!\d)")
_YEAR_RANGE_RE = re.compile(
    r"((?:1(?<![\w/.,]1)9|2(?<![\w/.,]2)0)\d{2}) ?[-\u2013] ?((?:19|20)\d{2})(?![\w/])"
)
_YEAR_RE = re.compile(r"[Nn](?<!\w[Nn])ăm ((?:1[89]|20)\d{2})(?![\d/])")

_CREDIT_RE = re.compile(r"\((?:Ảnh|Ảnh minh họa|Nguồn): ?([^()]{1,60}?)\)\.?$")
_CREDIT_LINE_RE = re.compile(r"^(?:Ảnh|Nguồn ảnh): ?([^.()]{1,40})$")

_GUEST_RE = re.compile(
    r"\b(?:[Dd]ự và (?:chỉ đạo|phát biểu|trao)|[Tt]ới dự|[Đđ]ến dự|[Tt]ham dự và chỉ đạo)\b"
)
_CHAIR_RE = re.compile(r"\bchủ trì\b")
_ORGANISE_RE = re.compile(r" (?:(?:đã|vừa|long trọng|trọng thể|chính thức) )*(?:tổ chức|khai mạc)\b ")
_HAPPENED_RE = re.compile(r" (?:(?:đã|vừa|sẽ|chính thức) )*(?:được tổ chức|diễn ra|khai mạc)\b")
_BY_ORGANISER_RE = re.compile(r"\bdo ")
_PARTNER_RE = re.compile(r" (?:phối hợp với|phối hợp cùng|cùng với|cùng) ")
# "tại Hà Nội", "tại tỉnh Quảng Ninh": the place starts after the qualifier.
_ADMINISTRATIVE_WORDS = (
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
    "cửa khẩu",
)
_ADMINISTRATIVE_RE = re.compile(
    rf"(?:{alternation(_ADMINISTRATIVE_WORDS, word_start=True)}) ({SYLLABLE}(?: {SYLLABLE}){{0,3}})"
    rf"(?: và ({SYLLABLE}(?: {SYLLABLE}){{0,3}}))?"
)
_AT_RE = re.compile(r"\btại (?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường) )?")
_VISIT_RE = re.compile(
    r"\b(?:có |đã có |vừa có )((?:buổi|chuyến) (?:thăm và làm việc|thăm|làm việc|công tác))\b"
)
_VISIT_END_RE = re.compile(r"(?= để | nhằm | về | với sự |[.;:!?](?:\s|$)| \(|,|$)")
_EVENT_END_RE = re.compile(
    r"(?= để | nhằm | với sự | với chủ đề | tại | vào | nhân dịp | dưới sự | do |[.;:!?](?:\s|$)| \(|$)"
)
_AWARD_END_RE = re.compile(
    r"(?= cho | tặng | vì | để | do | nhằm | theo | và (?=[A-ZĐ])|[;,:]|[.](?:\s|$)| \(|$)"
)
# Verbs whose subject receives the award rather than gives it.
_RECEIVING_VERB_RE = re.compile(r"(?:nhận|đón nhận|nhận được|giành|đoạt|được \w+(?: \w+)?)$")
_REASON_RE = re.compile(r"\b(?:vì đã có|vì có|đã có|có) thành tích[^;.(]*")


_WORD_OR_DOT = r"[\w.]"


def _at_word(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of ``words`` that match only at the start of a word (not after a dot)."""
    return alternation(words, word_start=True, after=_WORD_OR_DOT)


def _both_cases(words: tuple[str, ...] | list[str]) -> list[str]:
    """Each word as written and with a lower-case first letter ("Trường", "trường")."""
    return [*words, *(word[:1].lower() + word[1:] for word in words)]


_NUMBER = r"\d+(?:/\d{4})?[-/][A-ZĐ][\wĐ]*(?:[-/][\wĐ]+)*"


@dataclass(frozen=True)
class Vocab:
    ranks: re.Pattern[str]
    academic: re.Pattern[str]
    title_heads: re.Pattern[str]
    org_heads: re.Pattern[str]
    org_standalone: re.Pattern[str]
    org_starts: re.Pattern[str]
    stops: re.Pattern[str]
    surnames: frozenset[str]
    function_words: frozenset[str]
    name_words: re.Pattern[str]
    name_words_lower: re.Pattern[str]
    places: dict[str, str]
    places_re: re.Pattern[str]
    ambiguous_places: frozenset[str]
    documents: re.Pattern[str]
    short_documents: re.Pattern[str]
    award_heads: re.Pattern[str]
    award_verbs: re.Pattern[str]
    event_heads: re.Pattern[str]


@cache
def vocab() -> Vocab:
    def words(name: str) -> tuple[str, ...]:
        return entries(LANG, name)

    places = aliases(LANG, "places")
    ambiguous = frozenset(aliases(LANG, "places_ambiguous"))
    stops = (*words("ranks"), *words("award_heads"), *words("document_types"), *words("event_heads"))
    return Vocab(
        # "Trung tướng, GS.TS Nguyễn Văn A": an academic prefix may stand between rank and name.
        ranks=re.compile(
            rf"({alternation(words('ranks'), word_start=True)})"
            rf"(?:,? (?:{alternation(words('academic_titles'))})\.?)* ({NAME})"
        ),
        academic=re.compile(rf"(?:{alternation(words('academic_titles'), word_start=True)})(?:,? |\. ?)"),
        title_heads=re.compile(rf"(?:{alternation(words('title_heads'))})(?!\w)"),
        org_heads=re.compile(rf"(?:{alternation(_both_cases(words('org_heads')))})(?!\w)"),
        org_standalone=re.compile(rf"(?:{alternation(words('org_standalone'))})(?!\w)"),
        org_starts=re.compile(
            rf"(?:{_at_word(_both_cases([*words('org_heads'), *words('org_standalone')]))})(?!\w)"
        ),
        stops=re.compile(rf"(?:{alternation(stops)})(?!\w)"),
        surnames=frozenset(words("surnames")),
        function_words=frozenset(words("function_words")),
        name_words=re.compile(rf"(?:{alternation(words('name_words'))})(?!\w)"),
        name_words_lower=re.compile(rf"(?:{alternation(words('name_words_lower'))})(?!\w)"),
        places=places,
        places_re=re.compile(rf"(?:{_at_word([*places, *ambiguous])})(?!\w)"),
        ambiguous_places=ambiguous - frozenset(places),
        documents=re.compile(
            rf"({alternation(words('document_types'), word_start=True)})(?: số)? ({_NUMBER})"
            r"(?: ngày (\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}))?"
        ),
        short_documents=re.compile(
            rf"({alternation(words('document_types'), word_start=True)}) số (\d+)(?![\w/-])"
        ),
        award_heads=re.compile(
            rf"(?:{alternation(_both_cases(words('award_heads')), word_start=True)})(?!\w)"
        ),
        award_verbs=re.compile(rf"(?:{alternation(words('award_verbs'), word_start=True)})(?!\w)"),
        event_heads=re.compile(rf"(?:{alternation(words('event_heads'))})(?!\w)"),
    )


def extract(ex: Extraction) -> None:
    """Fill ``ex`` with what Vietnamese grammar finds in the item's body."""
    v = vocab()
    header = ex.item.content_created if isinstance(ex.item.content_created, PartialDate) else None
    _captions_and_byline(ex)
    acronyms = _acronyms(ex)
    _people(ex, v)
    _places(ex, v)
    _organisations(ex, v, acronyms)
    _dates(ex, header)
    _documents(ex, v)
    _awards(ex, v)
    _event(ex, v)


# --- sentences ---------------------------------------------------------------------------------


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``position``."""
    start = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position))
    start = 0 if start < 0 else start + 2
    end_match = _SENTENCE_END_RE.search(text, position)
    return start, end_match.start() if end_match else len(text)


# --- captions, credits and the byline ---------------------------------------------------------------


def _captions_and_byline(ex: Extraction) -> None:
    for index, view in enumerate(ex.views):
        text = view.text
        match = _CREDIT_RE.search(text) or _CREDIT_LINE_RE.match(text)
        if match is None:
            continue
        credit = Span(index, match.start(1), match.end(1))
        begin, finish = view.to_original(credit.start, credit.end)
        ex.blocks[index] = Block(
            kind=BlockKind.CAPTION, text=ex.blocks[index].text, credit=TextRange(start=begin, end=finish)
        )
        if _credit_is_person(match.group(1)):
            cluster = ex.add("person", match.group(1), credit, ex.surface(credit))
            if PersonRole.PHOTOGRAPHER not in cluster.roles:
                cluster.roles.append(PersonRole.PHOTOGRAPHER)
    if len(ex.views) > 1:
        last = len(ex.views) - 1
        text = ex.views[last].text
        names = list(_BYLINE_PART_RE.finditer(text))
        if (
            len(text) <= 60
            and names
            and ex.blocks[last].kind is BlockKind.PARAGRAPH
            and _only_names(text, names)
        ):
            # The last line is the author, or several ("Thanh Hải - Minh Anh").
            for name in names:
                span = Span(last, name.start(), name.end())
                cluster = ex.add("person", name.group(), span, ex.surface(span))
                if PersonRole.AUTHOR not in cluster.roles:
                    cluster.roles.append(PersonRole.AUTHOR)
            ex.byline = ex.item.body[last].text


_BYLINE_PART_RE = re.compile(NAME)


def _only_names(text: str, names: list[re.Match[str]]) -> bool:
    """``text`` is nothing but these names, joined by `` - ``, ``, `` or `` và ``."""
    rest = _BYLINE_PART_RE.sub("", text)
    return re.fullmatch(r"(?:\s*(?:-|\u2013|,|và)\s*)*", rest) is not None and len(names) <= 3


def _credit_is_person(credit: str) -> bool:
    """A credit names a photographer when it has the shape of a Vietnamese name: capitalised
    syllables that Vietnamese spelling allows ("Minh Khang", "M.Quân"), which agencies and sites
    ("Getty Images", "travelade") are not."""
    if _NAME_RE.fullmatch(credit) is None:
        return False
    syllables = re.split(r"[ .]+", credit)
    return all(_VIETNAMESE_SYLLABLE_RE.fullmatch(_bare(s)) for s in syllables if len(s) > 1)


# A Vietnamese syllable without its marks: initial consonant(s), one to three vowels, a final.
_VIETNAMESE_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def _bare(syllable: str) -> str:
    """Lower case, without tone and vowel marks (``Đ`` as ``d``)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- acronyms ----------------------------------------------------------------------------------


def _acronyms(ex: Extraction) -> dict[str, str]:
    """``long form (ACRONYM)`` definitions: a run of syllables whose initials spell the acronym,
    right before the parenthesis or a little earlier ("Sở Khoa học và Công nghệ thành phố Đà Nẵng
    (KH&CN)" defines KH&CN as "Khoa học và Công nghệ")."""
    found: dict[str, str] = {}
    for view in ex.views:
        for match in _ACRONYM_RE.finditer(view.text):
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


# --- people ------------------------------------------------------------------------------------


def _people(ex: Extraction, v: Vocab) -> None:
    for index, view in enumerate(ex.views):
        text = view.text
        for match in v.ranks.finditer(text):
            cluster = _person(ex, Span(index, match.start(2), match.end(2)))
            cluster.rank = cluster.rank or match.group(1)
        for match in _HONORIFIC_NAME_RE.finditer(text):
            if _looks_like_person(match.group(1), v):
                _person(ex, Span(index, match.start(1), match.end(1)))
        for match in v.title_heads.finditer(text):
            bounds = _name_after_title(text, match.end(), v)
            if bounds is not None:
                cluster = _person(ex, Span(index, *bounds))
                title = text[match.start() : bounds[0]].strip()
                complete = _without_trailing_connector(text, match.start(), bounds[0]) == match.start() + len(
                    title
                )
                if complete and title != match.group() and title not in cluster.titles:
                    cluster.titles.append(title)  # "Bộ trưởng Bộ Tư pháp Lê Thành Long"
        for match in v.academic.finditer(text):
            name = _NAME_RE.match(text, match.end())
            if name and _looks_like_person(name.group(), v):
                _person(ex, Span(index, name.start(), name.end()))
        for match in _APPOSITIVE_RE.finditer(text):
            after = text[match.end() :]
            if (
                match.group(1).split(" ")[0] in v.surnames
                and v.title_heads.match(after)
                and _looks_like_person(match.group(1), v)
            ):
                _person(ex, Span(index, match.start(1), match.end(1)))
    _more_mentions(ex, "person")
    for cluster in ex.of_kind("person"):
        _titles(ex, v, cluster)


def _name_after_title(text: str, position: int, v: Vocab) -> tuple[int, int] | None:
    """``Thứ trưởng Nguyễn Duy Ngọc`` or ``Bộ trưởng Bộ Tư pháp Lê Thành Long``: a name starting
    with a family name, right after the title or at the end of the organisation that follows it."""
    direct = _SPACED_NAME_RE.match(text, position)
    if direct and direct.group(1).split(" ")[0] in v.surnames and _looks_like_person(direct.group(1), v):
        return direct.start(1), direct.end(1)
    end = _phrase_end(text, position, v, allow_titles=True)
    phrase = text[position:end]
    words = phrase.split(" ")
    for cut in range(max(1, len(words) - 4), len(words) - 1):
        name = " ".join(words[cut:])
        if words[cut] in v.surnames and _NAME_RE.fullmatch(name) and _looks_like_person(name, v):
            return end - len(name), end
    return None


def _looks_like_person(name: str, v: Vocab) -> bool:
    return name not in v.places and not v.org_heads.match(name) and not v.org_standalone.match(name)


_HONORIFIC_RE = re.compile(r"(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Em|Đồng chí) ")


def _person(ex: Extraction, span: Span) -> Cluster:
    # "Ông Lê Văn Hoạt" at the start of a sentence: the honorific is not part of the name.
    honorific = _HONORIFIC_RE.match(ex.view_text(span))
    if honorific and len(ex.view_text(span).split(" ")) > 2:
        span = Span(span.block, span.start + honorific.end(), span.end)
    return ex.add("person", ex.view_text(span), span, ex.surface(span))


def _more_mentions(ex: Extraction, kind: str) -> None:
    """Every other place where a found name stands as a whole."""
    for cluster in ex.of_kind(kind):
        pattern = re.compile(rf"(?<![\w.]){re.escape(cluster.key)}(?![\w])")
        for index, view in enumerate(ex.views):
            for match in pattern.finditer(view.text):
                span = Span(index, match.start(), match.end())
                if span not in cluster.spans:
                    cluster.spans.append(span)
                    cluster.surfaces.append(ex.surface(span))


def _titles(ex: Extraction, v: Vocab, cluster: Cluster) -> None:
    """Appositions after a mention: ``Name, Title Org, Title Org - Title Org``."""
    for span in cluster.spans:
        text = ex.views[span.block].text
        position = span.end
        while True:
            separator = _SEPARATOR_RE.match(text, position)
            if separator is None:
                break
            head = v.title_heads.match(text, separator.end())
            if head is None:
                break
            end = _phrase_end(text, head.end(), v, allow_titles=True)
            if end == head.end() and not _complete_title(head.group(), v):
                break
            title = text[separator.end() : end]
            if title not in cluster.titles:
                cluster.titles.append(title)
            position = end


def _complete_title(head: str, v: Vocab) -> bool:
    """A head that names its organisation itself (``Ủy viên Bộ Chính trị``, ``Chủ tịch nước``)."""
    return v.org_standalone.search(head) is not None or head.endswith(" nước")


# --- organisations ------------------------------------------------------------------------------


def _phrase_end(text: str, position: int, v: Vocab, *, allow_titles: bool = False) -> int:
    """Where a name that continues at ``position`` ends: capitalised words (with the lower-case
    syllables the name-word table gives them: ``Cơ yếu``, ``Lao động``), acronyms, ``-`` and
    connectors between capitalised words."""
    end = position
    cursor = position
    while cursor < len(text) and text[cursor] == " ":
        word = _WORD_RE.match(text, cursor + 1)
        if word is None:
            hyphen = _HYPHEN_RE.match(text, cursor)
            if hyphen is None or end == position:
                break
            cursor = hyphen.end() - 1
            continue
        token = word.group()
        if token[0].isupper():
            if (v.stops.match(text, cursor + 1) and not allow_titles) or v.ranks.match(text, cursor + 1):
                break
            lexical = v.name_words.match(text, cursor + 1)
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
            end = cursor
            continue
        compound = _starts_with(text, cursor + 1, _COMPOUNDS)
        if compound and end > position:
            cursor += 1 + len(compound)
            end = cursor
            continue
        connector = _starts_with(text, cursor + 1, _CONNECTORS)
        if (
            connector
            and (end > position or connector in _PLACE_QUALIFIERS)
            and _SPACE_UPPER_RE.match(text, cursor + 1 + len(connector))
        ):
            nxt = cursor + 2 + len(connector)
            if not (v.org_heads.match(text, nxt) and connector == "và"):
                cursor += 1 + len(connector)
                continue
        break
    return end


_LOWER_SYLLABLE_RE = re.compile(rf" ([{LOWER}]+)(?=[ ,.;:)]|$)")


def _lower_syllable_end(text: str, cursor: int, v: Vocab) -> int:
    """A capitalised syllable outside the word table keeps one lower-case syllable after it (the
    second half of a word: ``Quốc hội``) when that syllable is no function word and a capitalised
    word or a punctuation mark follows."""
    match = _LOWER_SYLLABLE_RE.match(text, cursor)
    if match is None or match.group(1) in v.function_words:
        return cursor
    rest = text[match.end() :]
    if not rest or rest[0] in ",.;:)" or _SPACE_UPPER_RE.match(rest):
        return match.end()
    return cursor


# A word of a name: letters and digits, joined by dots or "&" (TP.HCM, GD&ĐT); "TP. " keeps its dot.
_WORD_RE = re.compile(rf"\w+(?:[.&]\w+)*(?:\.(?= [{UPPER}]))?")


def _starts_with(text: str, position: int, words: tuple[str, ...]) -> str | None:
    for word in words:
        if text.startswith(word, position) and (
            position + len(word) == len(text) or not text[position + len(word)].isalnum()
        ):
            return word
    return None


_TERM_SUFFIX_RE = re.compile(r" khóa [IVXLC\d]+(?!\w)")


def _organisations(ex: Extraction, v: Vocab, acronyms: dict[str, str]) -> None:
    people = _spans_of(ex, "person")
    places = _spans_of(ex, "place")
    for index, view in enumerate(ex.views):
        text = view.text
        position = 0
        for candidate in v.org_starts.finditer(text):
            if candidate.start() < position:
                continue
            match = _org_at(text, candidate.start(), v)
            if match is None:
                continue
            start, end = match
            # A person named after the organisation ("Ủy ban Tư pháp Quốc hội Lê Thị Nga") ends it.
            for person in people.get(index, []):
                if start < person.start < end:
                    end = _without_trailing_connector(text, start, person.start)
            if v.org_heads.fullmatch(text, start, end):
                continue  # cut back to a bare head ("UBND thành phố Lê Minh Khôi")
            span = Span(index, start, end)
            inside_place = any(_overlaps(span, p) and p.start <= start for p in places.get(index, []))
            if end > start and not inside_place and not _looks_like_name(text[start:end], v):
                abbreviation = None
                defined = _DEFINED_ACRONYM_RE.match(text, end)
                if defined and acronyms.get(defined.group(1)) is None:
                    abbreviation = defined.group(1)
                key = _org_key(text[start:end], acronyms)
                cluster = ex.add("organisation", key, span, ex.surface(span))
                cluster.abbreviation = cluster.abbreviation or abbreviation
            position = end


def _org_at(text: str, position: int, v: Vocab) -> tuple[int, int] | None:
    if position > 0 and (text[position - 1].isalnum() or text[position - 1] == "."):
        return None
    standalone = v.org_standalone.match(text, position)
    if standalone:
        end = standalone.end()
        term = _TERM_SUFFIX_RE.match(text, end)
        return position, term.end() if term else end
    head = v.org_heads.match(text, position)
    if head is None:
        return None
    end = _phrase_end(text, head.end(), v)
    if end == head.end():
        return None
    if text[position].islower() and not _lower_head_allowed(text, position, head.end(), end):
        return None
    term = _TERM_SUFFIX_RE.match(text, end)
    return position, term.end() if term else end


def _lower_head_allowed(text: str, start: int, head_end: int, end: int) -> bool:
    """A lower-case head ("trường Cán bộ ...") names an organisation only at the start of a clause
    and before a name of two capitalised words or more; elsewhere it is an ordinary word ("cán bộ")."""
    before = text[:start].rstrip()
    capitals = len(_CAPITAL_RE.findall(text, head_end, end))
    return capitals >= 2 and (not before or not before[-1].isalpha())


def _org_key(name: str, acronyms: dict[str, str]) -> str:
    key = _TERM_SUFFIX_RE.sub("", name)
    for acronym, long_form in acronyms.items():
        key = key.replace(long_form, acronym)
    return " ".join(key.replace(" \u2013 ", " - ").split()).casefold()


def _without_trailing_connector(text: str, start: int, end: int) -> int:
    phrase = text[start:end].rstrip()
    for connector in _CONNECTORS:
        if phrase.endswith(" " + connector):
            phrase = phrase[: -len(connector) - 1]
            break
    return start + len(phrase)


def _looks_like_name(phrase: str, v: Vocab) -> bool:
    """``Đoàn Văn Tuân``: a head that is also a family name, followed by a personal name."""
    return phrase.split(" ")[0] in v.surnames and _NAME_RE.fullmatch(phrase) is not None


def _spans_of(ex: Extraction, kind: str) -> dict[int, list[Span]]:
    spans: dict[int, list[Span]] = {}
    for cluster in ex.of_kind(kind):
        for span in cluster.spans:
            spans.setdefault(span.block, []).append(span)
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a.block == b.block and a.start < b.end and b.start < a.end


# --- places ------------------------------------------------------------------------------------


def _places(ex: Extraction, v: Vocab) -> None:
    taken = _spans_of(ex, "person")
    for index, view in enumerate(ex.views):
        text = view.text
        for match in v.places_re.finditer(text):
            span = Span(index, match.start(), match.end())
            if any(_overlaps(span, other) for other in taken.get(index, [])):
                continue
            name = match.group()
            if name in v.ambiguous_places and not _stands_alone(text, match.start(), match.end()):
                continue
            canonical = v.places.get(name, name)
            ex.add("place", canonical, span, ex.surface(span))
        _administrative_places(ex, index, text, taken.get(index, []))


def _administrative_places(ex: Extraction, index: int, text: str, taken: list[Span]) -> None:
    """``tỉnh Quảng Ninh``, ``cửa khẩu Hoành Mô``: a capitalised name after an administrative word is
    a place, gazetteer or not."""
    for match in _ADMINISTRATIVE_RE.finditer(text):
        for group in (1, 2):  # "các cửa khẩu Móng Cái và Hoành Mô": both are places
            if match.group(group) is None:
                continue
            span = Span(index, match.start(group), match.end(group))
            if not any(_overlaps(span, other) for other in taken):
                ex.add("place", match.group(group), span, ex.surface(span))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """An ambiguous place name (also a given name or a pronoun) counts only away from other
    capitalised words and not at the start of a sentence."""
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:":
        return False
    previous = before.split(" ")[-1]
    following = text[end:].lstrip().split(" ")[0]
    return not previous[:1].isupper() and not following[:1].isupper()


# --- dates -------------------------------------------------------------------------------------


@dataclass
class _BlockDates:
    """The dates of one block, each span taken once: a range or a full date is not read again as
    the day or the year inside it."""

    ex: Extraction
    block: int
    text: str
    covered: list[tuple[int, int]]

    def free(self, start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in self.covered)

    def record(self, value: PartialDate, end: PartialDate | None, start: int, finish: int) -> None:
        self.covered.append((start, finish))
        role = _date_role(self.text, start, self.block)
        self.ex.add_date(value, end, role, Span(self.block, start, finish))


def _dates(ex: Extraction, header: PartialDate | None) -> None:
    for index, view in enumerate(ex.views):
        text = view.text
        if _HAS_DIGIT_RE.search(text):
            _block_dates(_BlockDates(ex, index, text, []), header)


def _block_dates(found: _BlockDates, header: PartialDate | None) -> None:
    text = found.text
    # Cheap substring tests first: most blocks have no slash, no "tháng", no dash.
    slash, has_month, dash = "/" in text, "tháng" in text, "-" in text or "\u2013" in text
    for m in _DAY_RANGE_RE.finditer(text) if slash else ():
        year = int(m.group(4)) if m.group(4) else _infer_year(int(m.group(3)), header)
        first = _date(year, int(m.group(3)), int(m.group(1)))
        last = _date(year, int(m.group(3)), int(m.group(2)))
        if first and last and first < last:
            found.record(first, last, m.start(), m.end())
    for m in _DMY_RE.finditer(text) if slash or dash else ():
        value = _date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if value and found.free(m.start(), m.end()):
            found.record(value, None, m.start(), m.end())
    for m in _WORDY_DATE_RE.finditer(text) if has_month else ():
        year = int(m.group(3)) if m.group(3) else _infer_year(int(m.group(2)), header)
        value = _date(year, int(m.group(2)), int(m.group(1)))
        if value and found.free(m.start(), m.end()):
            found.record(value, None, m.start(), m.end())
    for m in _DM_RE.finditer(text) if slash or dash else ():
        day, month = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
        year = _infer_year(month, header)
        value = _date(year, month, day) if year else None
        number_start = m.start(1) if m.group(1) else m.start(3)
        if value and found.free(number_start, m.end()):
            found.record(value, None, m.start(), m.end())
    for m in _MONTH_RE.finditer(text) if has_month else ():
        if 1 <= int(m.group(1)) <= 12 and found.free(m.start(), m.end()):
            found.record(PartialDate(int(m.group(2)), int(m.group(1))), None, m.start(), m.end())
    for m in _YEAR_RANGE_RE.finditer(text) if dash else ():
        first_year, last_year = int(m.group(1)), int(m.group(2))
        if first_year < last_year and found.free(m.start(), m.end()):
            found.record(PartialDate(first_year), PartialDate(last_year), m.start(), m.end())
    for m in _YEAR_RE.finditer(text):
        if found.free(m.start(1), m.end(1)):
            found.record(PartialDate(int(m.group(1))), None, m.start(), m.end())


_HAS_DIGIT_RE = re.compile(r"\d")


def _infer_year(month: int, header: PartialDate | None) -> int | None:
    """A day without a year belongs to the header's year, or the year before when its month lies
    after the header's month (a December event reported in January)."""
    if header is None:
        return None
    if header.month is not None and month > header.month + 1:
        return header.year - 1
    return header.year


def _date(year: int | None, month: int, day: int) -> PartialDate | None:
    if year is None:
        return None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _date_role(text: str, start: int, block: int) -> DateRole:
    before = text[max(0, start - 40) : start]
    if _after_document_number(before):
        return DateRole.DOCUMENT
    if text[start:].lower().startswith("năm") or re.match(r"\d{4} ?[-\u2013]", text[start:]):
        return DateRole.PERIOD
    if block == 0 and start < 40:
        return DateRole.EVENT
    return DateRole.OTHER


def _after_document_number(before: str) -> bool:
    return re.search(r"\d[-/][A-ZĐ][\w/-]* (?:ngày )?$", before) is not None


# --- documents ---------------------------------------------------------------------------------


def _documents(ex: Extraction, v: Vocab) -> None:
    full, short = v.documents, v.short_documents
    found: dict[str, int] = {}
    for index, view in enumerate(ex.views):
        text = view.text
        if not _HAS_DIGIT_RE.search(text):
            continue
        for m in full.finditer(text):
            date = None
            if m.group(3):
                day, month, year = (int(p) for p in re.findall(r"\d+", m.group(3)))
                date = _date(year, month, day)
            issuer = _issuer_after(ex, index, m.end())
            key = re.sub(r"[\s-]", "", m.group(2)).casefold()
            if key in found:
                ex.documents[found[key]].spans.append(Span(index, m.start(), m.end()))
                continue
            found[key] = len(ex.documents)
            ex.documents.append(
                DocumentFinding(m.group(1), m.group(2), date, issuer, [Span(index, m.start(), m.end())])
            )
    for index, view in enumerate(ex.views):
        for m in short.finditer(view.text):
            same = [
                i
                for i, doc in enumerate(ex.documents)
                if doc.kind == m.group(1) and str(doc.number).startswith(m.group(2))
            ]
            span = Span(index, m.start(), m.end())
            if same:
                ex.documents[same[0]].spans.append(span)
            else:
                issuer = _issuer_after(ex, index, m.end())
                ex.documents.append(DocumentFinding(m.group(1), m.group(2), None, issuer, [span]))


def _issuer_after(ex: Extraction, block: int, position: int) -> Ref | None:
    text = ex.views[block].text
    if not text.startswith(" của ", position):
        return None
    start = position + len(" của ")
    for cluster in ex.of_kind("organisation"):
        if any(span.block == block and span.start == start for span in cluster.spans):
            return ("organisation", cluster.key)
    return None


# --- awards ------------------------------------------------------------------------------------


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


def _awards(ex: Extraction, v: Vocab) -> None:
    seen: set[str] = set()
    for index, view in enumerate(ex.views):
        text = view.text
        for head in v.award_heads.finditer(text):
            start_sentence, end_sentence = _sentence_bounds(text, head.start())
            verb = None
            for candidate in v.award_verbs.finditer(text, start_sentence, head.start()):
                verb = candidate
            if verb is None or not _award_gap_ok(text[verb.end() : head.start()]):
                continue
            end_match = _AWARD_END_RE.search(text, head.end())
            end = end_match.start() if end_match else end_sentence
            found = _AwardMention(index, text, verb, head.start(), end, start_sentence, end_sentence)
            name = found.name
            bare = name == head.group()
            if bare and (verb.end() + 1 != head.start() or any(a.name.startswith(name) for a in ex.awards)):
                continue  # a bare "Bằng khen" counts only right after its verb, and once
            if name.casefold() in seen:
                _complete_award(ex, found)
                continue
            seen.add(name.casefold())
            giver, recipients = _giver_and_recipients(ex, found)
            span = Span(index, head.start(), end)
            ex.awards.append(AwardFinding(name, giver, recipients, found.reason(), span))


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


def _award_gap_ok(gap: str) -> bool:
    """Between the verb and the award stands nothing, ``cho``/``tặng``, or the recipient's name."""
    gap = gap.strip(" ,")
    return not gap or gap[0].isupper() or gap in ("cho", "tặng", "cho các", "tặng cho")


def _agent_before(ex: Extraction, block: int, start: int, end: int) -> Ref | None:
    best: tuple[int, Ref] | None = None
    for kind in ("person", "organisation"):
        for cluster in ex.of_kind(kind):
            for span in cluster.spans:
                inside = span.block == block and start <= span.start and span.end <= end
                if inside and (best is None or span.start > best[0]):
                    best = (span.start, (kind, cluster.key))
    return best[1] if best else None


def _recipients(
    ex: Extraction, block: int, text: str, verb_end: int, head_start: int, award_end: int, sentence_end: int
) -> list[tuple[str, Ref | None]]:
    between = text[verb_end:head_start].strip(" ,")
    if between:
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


# --- the event ---------------------------------------------------------------------------------


def _event(ex: Extraction, v: Vocab) -> None:
    """The main event, from the opening paragraphs: ``ORG tổ chức EVENT`` or ``EVENT diễn ra``."""
    for index, view in enumerate(ex.views[:3]):
        if ex.blocks[index].kind is BlockKind.CAPTION:
            continue
        text = view.text
        finding = (
            _organised_event(ex, v, index, text)
            or _happening_event(ex, v, index, text)
            or _visit_event(ex, index, text)
        )
        if finding is not None:
            _event_people(ex, finding)
            ex.event = finding
            return


def _organised_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``[time,] [tại place,] ORG [phối hợp với ORG] tổ chức EVENT ...``."""
    for organise in _ORGANISE_RE.finditer(text):
        head = v.event_heads.match(text, organise.end())
        if head is None:
            continue
        end_match = _EVENT_END_RE.search(text, head.end())
        name = text[head.start() : end_match.start() if end_match else len(text)].strip(" ,")
        sentence_start, sentence_end = _sentence_bounds(text, organise.start())
        finding = _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
        finding.organisers.extend(_organisers_before(ex, index, text, sentence_start, organise.start()))
        return finding
    return None


def _happening_event(ex: Extraction, v: Vocab, index: int, text: str) -> EventFinding | None:
    """``[time,] [tại place,] EVENT đã diễn ra / được tổ chức [do ORG tổ chức] ...``."""
    for happened in _HAPPENED_RE.finditer(text):
        sentence_start, sentence_end = _sentence_bounds(text, happened.start())
        head = v.event_heads.search(text, sentence_start, happened.start())
        if head is None:
            continue
        name = text[head.start() : happened.start()].strip(" ,")
        finding = _event_finding(ex, index, head.group(), head.start(), name, sentence_start, sentence_end)
        # "... do Bộ Y tế tổ chức" after the verb, or "Hội nghị ... của Bộ Tư pháp" in the name.
        by = _BY_ORGANISER_RE.search(text, happened.end(), sentence_end)
        owner = text.rfind(" của ", head.start(), happened.start())
        for position in (by.end() if by else -1, owner + len(" của ") if owner >= 0 else -1):
            organiser = _entity_starting_at(ex, index, position, ("organisation", "person"))
            if organiser is not None:
                finding.organisers.append(organiser)
                break
        return finding
    return None


def _visit_event(ex: Extraction, index: int, text: str) -> EventFinding | None:
    """``Đoàn công tác của Bộ Y tế ... đã có buổi làm việc tại tỉnh Quảng Ninh``."""
    visit = _VISIT_RE.search(text)
    if visit is None:
        return None
    end_match = _VISIT_END_RE.search(text, visit.end())
    name = text[visit.start(1) : end_match.start() if end_match else len(text)].strip(" ,")
    sentence_start, sentence_end = _sentence_bounds(text, visit.start())
    finding = _event_finding(ex, index, visit.group(1), visit.start(1), name, sentence_start, sentence_end)
    finding.kind = EventKind.OFFICIAL_VISIT if "thăm" in visit.group(1) else EventKind.MEETING
    # The delegation's body is the subject: the first organisation of the sentence.
    bodies = _organisers_before(ex, index, text, sentence_start, visit.start(), kinds=("organisation",))
    finding.organisers.extend(bodies[:1])
    return finding


def _event_finding(
    ex: Extraction, index: int, head: str, start: int, name: str, sentence_start: int, sentence_end: int
) -> EventFinding:
    finding = EventFinding(name=name, kind=_event_kind(head), span=Span(index, start, start + len(name)))
    finding.start = _first_date(ex, index, sentence_start, sentence_end)
    text = ex.views[index].text
    for place in _AT_RE.finditer(text, sentence_start, sentence_end):
        finding.place = _entity_starting_at(ex, index, place.end(), ("place",))
        if finding.place is not None:
            break
    return finding


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
    found: list[tuple[int, Ref]] = []
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            found.extend(
                (span.end, (kind, cluster.key))
                for span in cluster.spans
                if span.block == index and start <= span.start and span.end <= verb
            )
    if not found:
        return []
    found.sort()
    organisers = [found[-1][1]]
    partner = _PARTNER_RE.search(text, start, verb)
    if partner is not None:
        first = next((ref for end, ref in found if end <= partner.start()), None)
        if first is not None and first not in organisers:
            organisers.insert(0, first)
    return organisers


def _entity_starting_at(ex: Extraction, block: int, position: int, kinds: tuple[str, ...]) -> Ref | None:
    for kind in kinds:
        for cluster in ex.of_kind(kind):
            if any(span.block == block and span.start == position for span in cluster.spans):
                return (kind, cluster.key)
    return None


def _event_kind(head: str) -> EventKind:
    if head.startswith(("Hội nghị", "Hội thảo", "Diễn đàn", "Tọa đàm", "Đại hội")):
        return EventKind.CONFERENCE
    if head.startswith(("Họp", "Phiên họp", "Cuộc họp", "Kỳ họp")):
        return EventKind.MEETING
    if head.startswith(("Lễ", "Buổi lễ")):
        return EventKind.AWARD_CEREMONY if "trao" in head or "đón nhận" in head else EventKind.CEREMONY
    return EventKind.OTHER


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
    """The chair and the guest of honour, from the opening paragraphs' verbs."""
    for index in range(min(3, len(ex.views))):
        if ex.blocks[index].kind is BlockKind.CAPTION:
            continue
        text = ex.views[index].text
        for pattern, role in (
            (_CHAIR_RE, ParticipantRole.CHAIR),
            (_GUEST_RE, ParticipantRole.GUEST_OF_HONOUR),
        ):
            for verb in pattern.finditer(text):
                start, end = _sentence_bounds(text, verb.start())
                # "X, Title, dự và chỉ đạo" names the person first; "Dự và chỉ đạo ... có X" after.
                person = _first_person(ex, index, start, verb.start()) or _first_person(
                    ex, index, verb.end(), end
                )
                if person is not None and all(r != role for _, r in finding.participants):
                    finding.participants.append((person, role))


def _first_person(ex: Extraction, block: int, start: int, end: int) -> Ref | None:
    best: tuple[int, Ref] | None = None
    for cluster in ex.of_kind("person"):
        for span in cluster.spans:
            if span.block == block and start <= span.start < end and (best is None or span.start < best[0]):
                best = (span.start, ("person", cluster.key))
    return best[1] if best else None
