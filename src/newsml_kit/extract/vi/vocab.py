"""The Vietnamese vocabularies (``extract/data/vi/*.txt``), compiled once into the patterns the
finders use. Every word list lives in one data file; this module only builds regexes from them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from newsml_kit.extract.core import Gate, WordStarts
from newsml_kit.extract.vi.grammar import NAME, SYLLABLE, UPPER
from newsml_kit.extract.vocab import aliases, alternation, entries

LANG = "vi"

_WORD_OR_DOT = r"[\w.]"
# A word of a venue's name: capitalised, maybe hyphenated ("Shangri-La").
_VENUE_WORD = rf"[{UPPER}]\w*(?:-\w+)*"

# A document number: "12-NQ/TW", "100/2019/NĐ-CP".
_NUMBER = r"\d+(?:/\d{4})?[-/][A-ZĐ][\wĐ]*(?:[-/][\wĐ]+)*"


def words(name: str) -> tuple[str, ...]:
    """The entries of the Vietnamese table ``name``."""
    return entries(LANG, name)


def at_word(items: tuple[str, ...] | list[str]) -> str:
    """An alternation of ``items`` that match only at the start of a word (not after a dot)."""
    return alternation(items, word_start=True, after=_WORD_OR_DOT)


def at_word_any_case(items: tuple[str, ...] | list[str]) -> str:
    """``at_word`` for a table in both cases: lower-case first letters are so common in running
    text that checking the word start before the alternation is the cheaper scan (~1/3 less for
    the organisation heads)."""
    return rf"(?<!{_WORD_OR_DOT})(?:{alternation(both_cases(items))})"


def capitalised_too(items: tuple[str, ...]) -> list[str]:
    """Each lower-case word as written and with a capital first letter (a sentence's start)."""
    return [*items, *(word[:1].upper() + word[1:] for word in items)]


def any_word_capitalised(items: tuple[str, ...]) -> list[str]:
    """Each lower-case entry with any of its words capitalised: a venue's head is written "trung
    tâm hội nghị", "Trung tâm hội nghị" and "Trung tâm Hội nghị"."""
    found: list[str] = []
    for item in items:
        variants = [""]
        for word in item.split(" "):
            cases = dict.fromkeys((word, word[:1].upper() + word[1:]))
            variants = [f"{v} {c}" if v else c for v in variants for c in cases]
        found.extend(variants)
    return list(dict.fromkeys(found))


def spelt_out_lower(items: tuple[str, ...]) -> list[str]:
    """The entries written out in words ("Phó Giáo sư"), each word in lower case ("phó giáo sư");
    not the acronyms ("PGS.TS", "ThS"), and a numeral as written ("chuyên khoa I")."""
    return [
        " ".join(word if word.isupper() else word.lower() for word in item.split(" "))
        for item in items
        if all(word.isupper() or word[1:].islower() for word in item.split(" ")) and not item.isupper()
    ]


def both_cases(items: tuple[str, ...] | list[str]) -> list[str]:
    """Each word as written and with a lower-case first letter ("Trường", "trường"); an acronym
    only as written ("UBND", never "uBND": such a form matches nothing, yet its first letter, a
    common one in lower case, would make the scan try the table at every "u", "c" or "t")."""
    return [*items, *(word[:1].lower() + word[1:] for word in items if not word[1:2].isupper())]


def inner_lower_too(items: tuple[str, ...]) -> list[str]:
    """Each entry as written and with any of its later words in lower case, acronyms kept: the
    press writes "Phó chủ tịch UBND", "Tổng giám đốc", "Phó Tổng giám đốc" and "Phó trưởng Ban" as
    often as "Phó Chủ tịch", "Tổng Giám đốc"."""
    found: list[str] = []
    for item in items:
        first, *rest = item.split(" ")
        variants = [first]
        for word in rest:
            cases = dict.fromkeys((word, word if word.isupper() else word.lower()))
            variants = [f"{v} {c}" for v in variants for c in cases]
        found.extend(variants)
    return list(dict.fromkeys([*items, *found]))


def title_case_too(items: list[str]) -> list[str]:
    """Each entry as written and with all its later words capitalised, acronyms kept: some press
    releases write every word of a post with a capital ("Vụ Trưởng", "Phó Giám Đốc")."""
    capitalised = (" ".join(word[:1].upper() + word[1:] for word in item.split(" ")) for item in items)
    return list(dict.fromkeys([*items, *capitalised]))


# Words one of which every company position holds: a text is searched for them first (a substring
# search), then for the positions around each hit.
_COMPANY_ANCHORS = ("đốc", "tịch", "sáng lập", "CEO", "rưởng đại diện", "GĐ")


def _by_anchor(items: list[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each anchor word with the ``items`` that hold it and where, longest first."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for item in sorted(set(items), key=len, reverse=True):
        anchor = next(word for word in _COMPANY_ANCHORS if word in item)
        groups.setdefault(anchor, []).append((item, item.index(anchor)))
    return {word: tuple(group) for word, group in groups.items()}


def _capital_or_not(items: tuple[str, ...]) -> str:
    """``[Nn]gày|[Ss]áng``: each lower-case word with its first letter in either case."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in items)


# Tense words: they open a predicate, right after its subject.
_TENSE_WORDS = ("đã", "sẽ", "đang", "vừa")


@dataclass(frozen=True)
class Vocab:
    ranks: re.Pattern[str]
    academic: re.Pattern[str]
    # The degrees and professions spelt out, in lower case ("tiến sĩ", "bác sĩ"), before a name.
    academic_lower: re.Pattern[str]
    title_heads: re.Pattern[str]
    # The heads of a title in apposition, also with a lower-case first letter (", giám đốc ...").
    apposition_heads: re.Pattern[str]
    org_heads: re.Pattern[str]
    org_standalone: re.Pattern[str]
    org_starts: re.Pattern[str]
    # ``org_starts`` found from the word starts (group 1), for a scan of whole texts.
    org_start_scan: WordStarts
    stops: re.Pattern[str]
    surnames: frozenset[str]
    function_words: frozenset[str]
    # What opens a predicate right after a subject: a tense word, a verb of saying, a verb of two
    # syllables or more of the function-word table (" đã", " cho biết", " khởi công").
    clause_verbs: re.Pattern[str]
    name_words: re.Pattern[str]
    name_words_lower: re.Pattern[str]
    name_fields_lower: re.Pattern[str]
    places: dict[str, str]
    places_re: re.Pattern[str]
    ambiguous_places: frozenset[str]
    place_prepositions: frozenset[str]
    documents: re.Pattern[str]
    short_documents: re.Pattern[str]
    # The kinds cited by a bare number ("Nghị quyết 29"), for a substring test before the scan, and
    # the pattern of such a citation (not a year: "Nghị định 2020"; not a count: "Quyết định 3 lần").
    bare_documents: tuple[str, ...]
    bare_number_documents: re.Pattern[str]
    award_heads: re.Pattern[str]
    award_head_starts: WordStarts
    award_verbs: re.Pattern[str]
    event_heads: re.Pattern[str]
    # Administrative units ("tỉnh", "thành phố") as words, and every written form ("TP.").
    units: tuple[str, ...]
    unit_forms: tuple[str, ...]
    # Lower-case words that join capitalised words inside an organisation's name.
    connectors: tuple[str, ...]
    # Each connector with the space before it (a phrase ending with one: one test in C).
    spaced_connectors: tuple[str, ...]
    # Those of them that may follow the head directly ("Liên hiệp các Hội ...").
    head_connectors: tuple[str, ...]
    compounds: tuple[str, ...]
    administrative: re.Pattern[str]
    at_place: re.Pattern[str]
    day_month: re.Pattern[str]
    # Units and counted nouns after a number: a number they follow is an amount, not a year.
    amount_after: re.Pattern[str]
    # Heads of things numbered in series, in lower case: a number after one is a label, not a year.
    number_labels: frozenset[str]
    # Words that announce what is to come ("sẽ", "dự kiến"), at word bounds, in both cases.
    announced: re.Pattern[str]
    # The day words ("ngày", "sáng", ...) in both cases: after any other time word ("từ 2/3 số")
    # a slashed pair before "số" is a fraction of a whole.
    day_word_forms: frozenset[str]
    # The words ``day_month`` starts with, in both cases, and their lengths, longest first.
    day_month_words: frozenset[str]
    day_month_word_sizes: tuple[int, ...]
    honorific_name: re.Pattern[str]
    honorific: re.Pattern[str]
    news_sources: dict[str, str]
    cue_words: frozenset[str]
    # The last word of each cue, as written and capitalised, and the words an age ends with.
    cue_last_words: frozenset[str]
    foreign_names: re.Pattern[str]
    given_names: frozenset[str]
    address_words: frozenset[str]
    street_words: frozenset[str]
    news_sources_re: re.Pattern[str]
    # Descriptive roles written before a name ("người phát ngôn ..."), and cues that are titles.
    role_heads: re.Pattern[str]
    # Each role head without its first letter, and each venue head in both cases followed by a
    # space: a text holding none of them has none (a substring test is far cheaper than the scan).
    role_tails: tuple[str, ...]
    venue_tails: tuple[str, ...]
    org_heads_midclause: re.Pattern[str]
    # The same heads wherever they stand ("Giám đốc bệnh viện cho biết").
    org_heads_lower: re.Pattern[str]
    companies: re.Pattern[str]
    forces: re.Pattern[str]
    force_tails: tuple[str, ...]
    # "sân Quy Nhơn", "Trung tâm hội nghị X": a venue word and a capitalised name (group 1).
    venues: re.Pattern[str]
    # "quốc lộ 1A", "QL14": a road's head and its number (the start of the word is checked by the
    # finder: a leading lookbehind slows the scan); the heads' last words, for a substring test.
    roads: re.Pattern[str]
    # "(Yên Hòa, quận Cầu Giấy, ...": a bare name opening a parenthesis (group 1), a comma, then an
    # administrative unit (group 2) or a capital letter.
    address_opening: re.Pattern[str]
    road_tails: tuple[str, ...]
    cue_titles: frozenset[str]
    address_forms: frozenset[str]
    # Words that end the name of a foreign organisation ("Deutsche Bank"): the English pack's table.
    foreign_org_ends: frozenset[str]
    org_heads_located: tuple[str, ...]
    # Bodies every unit has, named bare in a list before the one that carries the unit and place.
    bodies_of_every_unit: tuple[str, ...]
    # "Tổng giám đốc NutiFood": positions after which a capitalised name is the body's, by the
    # anchor word each holds ("đốc", "tịch", ...), with its offset, longest first.
    company_titles: dict[str, tuple[tuple[str, int], ...]]
    company_title_next: re.Pattern[str]
    company_title_fields: frozenset[str]
    # "tờ The Athletic", "hãng Bulgari": a cue word, then the organisation's name (group 1).
    org_cues: re.Pattern[str]
    # Heads of institutions named after people, in lower case ("bệnh viện", "trường thpt").
    org_heads_for_people: frozenset[str]
    award_generic_heads: frozenset[str]
    # Awards named whole without a head ("Oscar", "Nghệ sĩ Ưu tú"): a name alone is no bare head.
    award_names: frozenset[str]
    # What a head may begin that is no award ("cờ đăng cai"), in lower case.
    award_not_names: tuple[str, ...]
    award_ceremony_verbs: frozenset[str]
    award_grades: tuple[str, ...]
    # Heads of bodies named by a number ("Sư đoàn 304").
    org_heads_numbered: tuple[str, ...]
    # A post's field in lower case before its holder's name ("Giám đốc kỹ thuật X").
    post_fields: re.Pattern[str]
    # The views that may hold a rank, an academic title, a title's head, a company or a news
    # source (``capitals_gate``), or an honorific, an administrative unit or a venue's head before
    # a name (``names_after_gate``): one cheap scan of the article each for these eight patterns.
    capitals_gate: Gate
    names_after_gate: Gate


def _first_entry_gate(*tables: Iterable[str]) -> Gate:
    """A gate for patterns that each start with an entry of ``tables``: the entries that start with
    a capital letter in one alternation (its scan stops at capitals only), the others as words."""
    entries = {entry for table in tables for entry in table}
    capitalised = {entry for entry in entries if entry[0] in UPPER}
    return Gate(re.compile(alternation(capitalised)), words=tuple(sorted(entries - capitalised)))


def _name_after_gate(*tables: Iterable[str]) -> Gate:
    """A gate for patterns that each match an entry of ``tables``, spaces and a capital letter:
    scanned over the reversed text, where the capital comes first."""
    backwards = alternation(entry[::-1] for table in tables for entry in table)
    return Gate(re.compile(rf"[{UPPER}] +(?:{backwards})"), backwards=True)


def _all_capitalised(heads: list[str], name_table: str) -> list[str]:
    """``heads``, after checking that every entry of ``name_table`` starts with a capital letter
    (what ``_name_after_gate`` relies on for the heads of names that may start with one)."""
    if not all(word[0] in UPPER for word in words(name_table)):
        raise ValueError(f"{name_table}.txt: every word must start with a capital letter")
    return heads


@cache
def vocab() -> Vocab:
    places = aliases(LANG, "places")
    ambiguous = frozenset(aliases(LANG, "places_ambiguous"))
    stops = (*words("ranks"), *words("award_heads"), *words("document_types"), *words("event_heads"))
    unit_table = aliases(LANG, "administrative_units")
    units = tuple(dict.fromkeys(unit_table.values()))
    unit_forms = tuple(unit_table)
    day_words = words("day_words")
    cues = (*words("person_cues"), *(w.lower() for w in words("address_words")))
    time_words = (*day_words, *words("time_words"))
    connectors = (*words("name_connectors"), *words("name_connectors_after_head"), *units)
    company_heads = tuple(w for w in words("company_title_heads") if not w.startswith("!"))
    # A word of a venue's name, or a word of the name-word table with its lower-case syllable
    # ("Trung tâm Hội nghị Quốc gia").
    venue_word = rf"(?:(?:{alternation(words('name_words'))})(?!\w)|{_VENUE_WORD})"
    # The tables the gates below are built from, as the patterns use them.
    rank_words, academic_words = words("ranks"), words("academic_titles")
    title_forms = title_case_too(inner_lower_too(words("title_heads")))
    company_forms, source_forms = list(aliases(LANG, "companies")), list(aliases(LANG, "news_sources"))
    honorific_forms, unit_heads = both_cases(words("honorifics")), [*units, *words("place_heads")]
    venue_forms = any_word_capitalised(words("venue_heads"))
    road_forms = capitalised_too(words("road_heads"))
    # (with every word capitalised too: "Công Ty TNHH X", "Bệnh Viện Đa Khoa Y", as names are written
    # on signs and in press releases)
    org_head_forms = title_case_too(list(words("org_heads")))
    org_starts = [*org_head_forms, *words("org_standalone")]
    clause_verbs = (
        *_TENSE_WORDS,
        *words("speech_verbs"),
        *(w for w in words("function_words") if " " in w),
    )
    award_heads = [*both_cases(words("award_heads")), *words("award_names")]
    return Vocab(
        # "Trung tướng, GS.TS Nguyễn Văn A": an academic prefix may stand between rank and name.
        ranks=re.compile(
            rf"({alternation(rank_words, word_start=True)})"
            rf"(?:,? (?:{alternation(academic_words)})\.?)* ({NAME})"
        ),
        academic=re.compile(rf"(?:{alternation(academic_words, word_start=True)})(?:,? |\. ?)"),
        academic_lower=re.compile(rf"(?:{alternation(spelt_out_lower(academic_words))}) "),
        title_heads=re.compile(rf"(?:{alternation(title_forms)})(?!\w)"),
        apposition_heads=re.compile(
            rf"(?:{alternation(both_cases(title_case_too(inner_lower_too(words('title_heads')))))})(?!\w)"
        ),
        org_heads=re.compile(rf"(?:{alternation(both_cases(org_head_forms))})(?!\w)"),
        org_standalone=re.compile(rf"(?:{alternation(words('org_standalone'))})(?!\w)"),
        org_starts=re.compile(rf"(?:{at_word_any_case(org_starts)})(?!\w)"),
        org_start_scan=WordStarts.of(rf"(?:{alternation(both_cases(org_starts))})(?!\w)", excluded="."),
        stops=re.compile(rf"(?:{alternation(stops)})(?!\w)"),
        surnames=frozenset(words("surnames")),
        function_words=frozenset(words("function_words")),
        clause_verbs=re.compile(rf" (?:{alternation(clause_verbs)})(?!\w)"),
        name_words=re.compile(rf"(?:{alternation(words('name_words'))})(?!\w)"),
        name_words_lower=re.compile(rf"(?:{alternation(words('name_words_lower'))})(?!\w)"),
        name_fields_lower=re.compile(rf"(?:{alternation(words('name_fields_lower'))})(?!\w)"),
        places=places,
        places_re=re.compile(rf"(?:{at_word([*places, *ambiguous])})(?!\w)"),
        ambiguous_places=ambiguous - frozenset(places),
        place_prepositions=frozenset(words("place_prepositions")),
        documents=re.compile(
            rf"({alternation(words('document_types'), word_start=True)})(?: số)? ({_NUMBER})"
            r"(?: ngày (\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}))?"
        ),
        short_documents=re.compile(
            rf"({alternation(words('document_types'), word_start=True)}) số (\d+)(?![\w/-])"
        ),
        bare_number_documents=re.compile(
            rf"({alternation(words('document_types_bare'), word_start=True)}) (?!(?:19|20)\d\d\b)"
            r"(\d+)(?![\w/-]|[.,]\d| (?:năm|tháng|ngày|tuần|lần|điểm|nội dung|nhóm)\b)"
        ),
        bare_documents=words("document_types_bare"),
        # The heads in both cases ("giải", "Giải"); the award names only as written.
        award_heads=re.compile(rf"(?:{alternation(award_heads, word_start=True)})(?!\w)"),
        award_head_starts=WordStarts.of(rf"(?:{alternation(award_heads)})(?!\w)"),
        # Capitalised too: a caption opens with its verb ("Trao Bằng khen cho ...").
        award_verbs=re.compile(
            rf"(?:{alternation(capitalised_too(words('award_verbs')), word_start=True)})(?!\w)"
        ),
        # Written capitalised in the table; "tổ chức hội thảo ..." is as much an event as "Hội thảo".
        event_heads=re.compile(rf"(?:{at_word_any_case(words('event_heads'))})(?!\w)"),
        units=units,
        unit_forms=unit_forms,
        connectors=connectors,
        spaced_connectors=tuple(" " + connector for connector in connectors),
        head_connectors=words("name_connectors_after_head"),
        compounds=words("name_compounds"),
        # "tỉnh Quảng Ninh", "các cửa khẩu Móng Cái và Hoành Mô": a place after a unit word.
        administrative=re.compile(
            rf"(?:{alternation(unit_heads, word_start=True)})"
            rf" +({SYLLABLE}(?: {SYLLABLE}){{0,3}})(?: và ({SYLLABLE}(?: {SYLLABLE}){{0,3}}))?"
        ),
        # "tại Hà Nội", "tại tỉnh Quảng Ninh": the place starts after the unit.
        at_place=re.compile(rf"\b(?:[Tt]ại|ở) (?:(?:{'|'.join(map(re.escape, unit_forms))}) )?"),
        # "Ngày 28/12", and the police press's "Sáng 28-12" (the dash only after a word for a day:
        # "từ 5-7 người" is a count, not a date; nor is a fraction of a whole: "từ 2/3 tổng số").
        day_month=re.compile(
            rf"(?:(?:{_capital_or_not(time_words)}) (\d{{1,2}})/(\d{{1,2}})"
            rf"|(?:{_capital_or_not(day_words)}) (\d{{1,2}})-(\d{{1,2}}))(?![\w/-]| (?:tổng|dân) số\b)"
        ),
        day_word_forms=frozenset(both_cases([w[:1].upper() + w[1:] for w in day_words])),
        announced=re.compile(rf"(?<!\w)(?:{_capital_or_not(words('future_words'))})(?!\w)"),
        amount_after=re.compile(rf" (?:{alternation(words('amount_words'))})(?!\w)"),
        number_labels=frozenset(w.lower() for w in (*words("number_labels"), *words("org_heads_numbered"))),
        day_month_words=frozenset(both_cases([w[:1].upper() + w[1:] for w in time_words])),
        day_month_word_sizes=tuple(sorted({len(w) for w in time_words}, reverse=True)),
        honorific_name=re.compile(rf"(?:{alternation(honorific_forms, word_start=True)}) ({NAME})"),
        news_sources=aliases(LANG, "news_sources"),
        cue_words=frozenset(cues),
        cue_last_words=frozenset(
            [
                *(c.rsplit(" ", 1)[-1] for c in cues),
                *(c[:1].upper() + c[1:] for c in cues if " " not in c),
                "tuổi",
                *(f"U{d}0" for d in range(1, 10)),
            ]
        ),
        given_names=frozenset(words("given_names_foreign")),
        foreign_names=re.compile(
            rf"(?:{alternation(words('given_names_foreign'))})"
            # (a family name may open with particles: "Ursula von der Leyen")
            rf"(?: (?:(?:{alternation(words('name_particles'))}) ){{0,2}}"
            rf"(?:[{UPPER}]\.|[{UPPER}](?:[\w'\u2019-]*\w)?)){{1,2}}(?![\w'\u2019-])"
        ),
        address_words=frozenset(both_cases(words("address_words"))),
        street_words=frozenset([*words("street_words"), *unit_forms]),
        # (not a source's letters hyphenated into another word: "xét nghiệm RT-PCR")
        news_sources_re=re.compile(rf"(?:{at_word(source_forms)})(?![\w&]|-\w)"),
        role_heads=re.compile(rf"(?:{at_word(capitalised_too(words('role_heads')))})(?!\w)"),
        cue_titles=frozenset(words("cue_titles")),
        role_tails=tuple(w[1:] for w in words("role_heads")),
        venue_tails=tuple(w + " " for w in capitalised_too(words("venue_heads"))),
        companies=re.compile(rf"(?:{at_word(company_forms)})(?![\w&]| [{UPPER}])"),
        forces=re.compile(rf"(?:{at_word(capitalised_too(words('forces')))}) "),
        force_tails=tuple(w[1:] + " " for w in words("forces")),
        org_heads_lower=re.compile(rf"(?:{alternation(words('org_heads_midclause'))})(?!\w)"),
        # (or after the unit where the body sits: "gửi lên công an phường Cốc Lếu")
        org_heads_midclause=re.compile(
            rf"(?:{alternation(words('org_heads_midclause'))})"
            rf"(?= [{UPPER}]| (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) [{UPPER}])"
        ),
        # A name may be a route's two ends joined by a dash ("Bắc Thăng Long - Nội Bài"), not a
        # city's abbreviation after one ("sân Thống Nhất - TP.HCM").
        venues=re.compile(
            rf"(?:{alternation(venue_forms)})"
            rf" ({venue_word}(?: {venue_word}){{0,3}}"
            rf"(?: [-\u2013] {venue_word}(?: {venue_word}){{0,3}}(?![\w-]|\.\w))?)(?![\w-])"
        ),
        roads=re.compile(rf"(?:{alternation(road_forms)}) ?\d{{1,3}}[A-Z]?(?![\w/-])"),
        # ("lộ", "QL", and "đường tỉnh" whole: its last word alone is too common a test)
        road_tails=tuple(
            dict.fromkeys(
                head if head.split(" ")[-1] in units else head.split(" ")[-1] for head in words("road_heads")
            )
        ),
        address_opening=re.compile(
            rf"\(({SYLLABLE}(?: {SYLLABLE}){{0,2}}), "
            rf"(?:({alternation(both_cases(unit_forms))}) )?(?=[{UPPER}])"
        ),
        address_forms=frozenset(both_cases([*words("honorifics"), *words("address_words")])),
        foreign_org_ends=frozenset(entries("en", "org_heads")),
        org_heads_located=words("org_heads_located"),
        bodies_of_every_unit=words("org_bodies_of_every_unit"),
        # (An acronym keeps its case: "CEO", not "cEO".)
        company_titles=_by_anchor(
            [h for h in both_cases(inner_lower_too(company_heads)) if not h[1:2].isupper() or h[:1].isupper()]
        ),
        company_title_next=re.compile(rf"(?: của)? (?=[{UPPER}])"),
        org_cues=re.compile(
            rf"(?:{at_word(capitalised_too(words('org_cues')))})"
            rf" ([{UPPER}][\w'\u2019&.-]*(?:(?: &)? [{UPPER}][\w'\u2019&.-]*){{0,4}})(?![\w'\u2019&-])"
        ),
        company_title_fields=frozenset(w[1:] for w in words("company_title_heads") if w.startswith("!")),
        org_heads_for_people=frozenset(words("org_heads_for_people")),
        award_generic_heads=frozenset(words("award_generic_heads")),
        award_names=frozenset(words("award_names")),
        award_not_names=words("award_not_names"),
        award_ceremony_verbs=frozenset(words("award_ceremony_verbs")),
        award_grades=words("award_grades"),
        org_heads_numbered=words("org_heads_numbered"),
        post_fields=re.compile(rf"(?:{alternation(words('post_fields'))})(?!\w)"),
        capitals_gate=_first_entry_gate(rank_words, academic_words, title_forms, company_forms, source_forms),
        # (A venue's name starts with a capital: a word of the name-word table or another.)
        names_after_gate=_name_after_gate(
            honorific_forms, unit_heads, _all_capitalised(venue_forms, "name_words")
        ),
        honorific=re.compile(
            rf"(?:{'|'.join(map(re.escape, (*words('honorifics'), *words('address_words'))))}) "
        ),
    )
