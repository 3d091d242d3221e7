"""Hypothesis strategies that build any valid model, with hostile but legal Unicode.

Text mixes ordinary letters with what breaks naive code: combining marks, astral characters,
right-to-left text and controls, NBSP and other odd spaces, edge and inner whitespace, CR, LF and
TAB. Entities get mentions that are real slices of the body, so the span invariant holds.
"""

from __future__ import annotations

import functools
import math
import re
import string
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import TypeVar

from hypothesis import strategies as st

from newsml_kit.dates import PartialDate
from newsml_kit.model import (
    Award,
    Block,
    BlockKind,
    ConceptCode,
    DateMention,
    DateRole,
    Document,
    Event,
    EventKind,
    Mention,
    Message,
    MessageHeader,
    NewsItem,
    Organisation,
    Participant,
    ParticipantRole,
    Person,
    PersonRole,
    Place,
    PubStatus,
    Recipient,
    Rendition,
    ReviewStatus,
    Rights,
    SourceId,
    Subject,
    TextLayout,
    TextRange,
)

T = TypeVar("T")

HOSTILE = (
    "\u0301",  # combining acute accent (NFD Vietnamese)
    "\u0323",  # combining dot below
    "e\u0301",
    "\U0001d518",  # astral letter
    "\U0001f600",  # astral emoji
    "\u202e",  # right-to-left override
    "\u05d0\u05d1",  # Hebrew
    "\u0627\u0644",  # Arabic
    "\xa0",  # NBSP
    "\u2028",  # line separator
    "\u200d",  # zero-width joiner
    "\ufeff",  # BOM as text
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "Ủy",
    "Uỷ",
    "Đ",
    "&amp;<>\"'",
    "]]>",
)


# Every character XML 1.0 text may hold but the controls (C0, DEL, C1): what ``check_xml_text``
# accepts, less Cc, written as bounds rather than a filter (a filter costs a Python call per drawn
# character); tests/test_test_setup.py checks that the two sets are the same.
LEGAL_EXCLUDED_CATEGORIES = ("Cs", "Cc")
LEGAL_EXCLUDED_CHARACTERS = "\ufffe\uffff"
legal_chars = st.characters(
    codec="utf-8", exclude_categories=LEGAL_EXCLUDED_CATEGORIES, exclude_characters=LEGAL_EXCLUDED_CHARACTERS
)

# --- realistic Vietnamese: syllables built as the orthography builds them --------------------------

_ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh")
_ONSETS += ("p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", "Đ", "Th", "Ng", "Tr", "Qu")
# Nuclei with their vowel letters; ``_GLIDES`` are those whose tone moved in the 1980s reform
# (old hòa, thủy, khỏe; new hoà, thuỷ, khoẻ), the classic case of two placements.
_NUCLEI = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "uô", "ươ", "ai", "ao", "au")
_NUCLEI += ("ay", "âu", "ây", "oi", "ôi", "ơi", "ui", "ưi", "ia", "ua", "ưa", "iêu", "yêu", "ươi", "uôi")
_GLIDES = ("oa", "oe", "uy")
_CODAS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # ngang sắc huyền hỏi ngã nặng
_MARKED = frozenset("ăâêôơư")


def _tone_index(nucleus: str, coda: str, old_style: bool) -> int:
    """The letter of the nucleus that carries the tone mark."""
    marked = [i for i, letter in enumerate(nucleus) if letter in _MARKED]
    if marked:
        return marked[-1]  # ươ: on ơ
    if len(nucleus) == 1:
        return 0
    if nucleus in _GLIDES:
        return 0 if old_style and not coda else 1
    return 1 if coda or len(nucleus) == 3 else 0


_QU_NUCLEI = ("a", "â", "e", "ê", "i", "y", "ơ", "ya")  # after qu, whose u is a consonant
_ALL_NUCLEI = _NUCLEI + _GLIDES
# A syllable is drawn as one integer read in mixed radix (onset, nucleus, final consonant, tone, and
# a tenth digit that capitalises the nucleus when it is 0), not as five draws: hypothesis spends
# its time per draw, and texts of up to 60 words were most of what the laws drew (issue 20).
_RADICES = (len(_ONSETS), len(_ALL_NUCLEI), len(_CODAS), len(_TONES), 10)
_SYLLABLE_COUNT = len(_ONSETS) * len(_ALL_NUCLEI) * len(_CODAS) * len(_TONES) * 10


def _digits(number: int, radices: tuple[int, ...]) -> list[int]:
    digits = []
    for radix in radices:
        number, digit = divmod(number, radix)
        digits.append(digit)
    return digits


@functools.lru_cache(maxsize=1 << 16)
def _spellings(number: int) -> tuple[str, str]:
    """Syllable ``number`` in NFD, spelled with the tone placed old style and new style (the same
    string but for ``oa``, ``oe``, ``uy`` without a final consonant). Marks stack in NFD: ``ệ`` is
    e + U+0302 + U+0323. Every onset, nucleus, final and tone the tables allow has a number."""
    onset_at, nucleus_at, coda_at, tone_at, upper = _digits(number, _RADICES)
    onset = _ONSETS[onset_at]
    nucleus = _ALL_NUCLEI[nucleus_at] if onset.lower() != "qu" else _QU_NUCLEI[nucleus_at % len(_QU_NUCLEI)]
    coda, tone = _CODAS[coda_at], _TONES[tone_at]
    if upper == 0:
        nucleus = nucleus.upper()
    spellings = []
    for old_style in (True, False):
        letters = [unicodedata.normalize("NFD", letter) for letter in nucleus]
        letters[_tone_index(nucleus.lower(), coda, old_style)] += tone
        spellings.append(unicodedata.normalize("NFD", onset) + "".join(letters) + coda)
    return spellings[0], spellings[1]


_SYLLABLE_NUMBERS = st.integers(0, _SYLLABLE_COUNT - 1)


@functools.cache
def vietnamese_spellings() -> st.SearchStrategy[tuple[str, str]]:
    """One syllable in NFD, spelled with the tone placed old style and new style (see
    ``_spellings``): one draw."""
    return _SYLLABLE_NUMBERS.map(_spellings)


_STYLES = (True, False, None)
_FORMS = ("NFC", "NFD", "NFC")
_SEPARATORS = (" ", " ", " ", ", ", ". ", " - ", "\n")
# A word of a text: its syllable, the separator after it and, where the text mixes placements,
# which one it takes; one integer.
_WORD_RADICES = (_SYLLABLE_COUNT, len(_SEPARATORS), 2)


@functools.cache
def _word_numbers(max_words: int) -> st.SearchStrategy[tuple[int, list[int], int]]:
    return st.tuples(
        st.integers(0, len(_STYLES) - 1),
        st.lists(st.integers(0, math.prod(_WORD_RADICES) - 1), min_size=1, max_size=max_words),
        st.integers(0, len(_FORMS) - 1),
    )


def _vietnamese_text(numbers: tuple[int, list[int], int]) -> str:
    style_at, words, form_at = numbers
    style = _STYLES[style_at]
    pieces = []
    for word in words:
        syllable, separator, pick = _digits(word, _WORD_RADICES)
        old, new = _spellings(syllable)
        placement = pick == 0 if style is None else style
        pieces.append((old if placement else new) + _SEPARATORS[separator])
    return unicodedata.normalize(_FORMS[form_at], "".join(pieces).rstrip())  # type: ignore[arg-type]


@functools.cache
def vietnamese_texts(max_words: int = 6) -> st.SearchStrategy[str]:
    """Vietnamese-looking words or sentences, in NFC or NFD, one tone placement or mixed: up to
    ``max_words`` syllables, each followed by a space, a comma, a stop, a dash or a line break."""
    return _word_numbers(max_words).map(_vietnamese_text)


_HOSTILE_PIECES = st.sampled_from(HOSTILE)
_short_texts = st.lists(st.one_of(legal_chars, _HOSTILE_PIECES), max_size=12).map("".join)
# Long texts are runs of up to 12 legal characters (one draw each: hypothesis draws a string whole)
# between hostile pieces: any text the old one-character pieces made (up to 160 of them) is still
# drawn, at a third of the draws for the same length (issue 20).
_long_texts = st.lists(
    st.one_of(st.text(legal_chars, min_size=1, max_size=12), _HOSTILE_PIECES), min_size=4, max_size=160
).map("".join)
texts = st.one_of(_short_texts, vietnamese_texts())
"""Any legal text, possibly empty: hostile characters or a few Vietnamese words."""

non_empty_texts = st.one_of(
    st.lists(st.one_of(legal_chars, st.sampled_from(HOSTILE)), min_size=1, max_size=12).map("".join),
    vietnamese_texts(max_words=4),
)

body_texts = st.one_of(_short_texts, _long_texts, vietnamese_texts(max_words=60))
"""A paragraph's text: as ``texts``, or long (up to 160 pieces, or 60 Vietnamese words). Long
texts go only into bodies, where they occur, so that the laws stay affordable."""

# Legal characters but spaces: every character ``isspace`` calls a space is Zs, Zl, Zp or Cc
# (checked with the set above in tests/test_test_setup.py).
GUID_EXCLUDED_CATEGORIES = (*LEGAL_EXCLUDED_CATEGORIES, "Zs", "Zl", "Zp")
GUID_CHARS = st.characters(
    codec="utf-8", exclude_categories=GUID_EXCLUDED_CATEGORIES, exclude_characters=LEGAL_EXCLUDED_CHARACTERS
)


def run_of(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """``min_size`` to ``max_size`` characters of ``alphabet``: one draw, where the same regular
    expression drawn by ``from_regex`` costs a draw per character (issue 20)."""
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)


def joined(*parts: st.SearchStrategy[str] | str) -> st.SearchStrategy[str]:
    return st.tuples(*(st.just(part) if isinstance(part, str) else part for part in parts)).map("".join)


_LOWER, _UPPER, _DIGITS = string.ascii_lowercase, string.ascii_uppercase, string.digits
_ALNUM = _LOWER + _UPPER + _DIGITS
_VISIBLE_ASCII = "".join(map(chr, range(0x21, 0x7F)))  # [!-~]
_urn_guids = joined("urn:", run_of(_LOWER, 1, 8), ":", run_of(_VISIBLE_ASCII, 1, 20))
tag_guids = joined(
    "tag:", run_of(_LOWER + ".", 1, 10), ",20", run_of(_DIGITS, 2, 2), ":", run_of(_VISIBLE_ASCII, 1, 20)
)

# Values of a regular language, each written out as runs of its character classes. SPELLED_REGEXES
# gives the expression each one spells (tests/test_test_setup.py checks every drawn value fullmatches
# it), so the values are those ``from_regex`` drew, for a few draws instead of one per character.
ids = joined(run_of(_LOWER + _UPPER + "_", 1, 1), run_of(_ALNUM + "_.-", 0, 8))
guids = st.one_of(_urn_guids, tag_guids, st.text(alphabet=GUID_CHARS, min_size=1, max_size=20))
qcodes = joined(run_of(_LOWER, 1, 1), run_of(_LOWER + _DIGITS, 0, 6), ":", run_of(_ALNUM + "_.-/", 0, 12))
full_qcodes = joined(
    run_of(_LOWER, 1, 1), run_of(_LOWER + _DIGITS, 0, 6), ":", run_of(_ALNUM + "_.-/", 1, 12)
)
"""QCodes with a code, as G2's QCode type asks."""
languages = joined(run_of(_LOWER, 2, 3), st.just("") | joined("-", run_of(_UPPER, 2, 2)))
uris = joined(
    st.sampled_from(["http", "https"]),
    "://",
    run_of(_LOWER, 1, 10),
    ".example/",
    run_of(_ALNUM + "_./-", 0, 16),
)
content_types = joined(
    st.sampled_from(["image", "video", "text"]), "/", run_of(_LOWER + _DIGITS + ".+-", 1, 10)
)
SPELLED_REGEXES: dict[str, tuple[st.SearchStrategy[str], str]] = {
    "ids": (ids, r"[A-Za-z_][A-Za-z0-9_.-]{0,8}"),
    "urn guids": (_urn_guids, r"urn:[a-z]{1,8}:[!-~]{1,20}"),
    "tag guids": (tag_guids, r"tag:[a-z.]{1,10},20[0-9]{2}:[!-~]{1,20}"),
    "qcodes": (qcodes, r"[a-z][a-z0-9]{0,6}:[A-Za-z0-9_.\-/]{0,12}"),
    "full_qcodes": (full_qcodes, r"[a-z][a-z0-9]{0,6}:[A-Za-z0-9_.\-/]{1,12}"),
    "languages": (languages, r"[a-z]{2,3}(-[A-Z]{2})?"),
    "uris": (uris, r"https?://[a-z]{1,10}\.example/[A-Za-z0-9_./-]{0,16}"),
    "content_types": (content_types, r"(image|video|text)/[a-z0-9.+-]{1,10}"),
}

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
# Years 2..9998 keep every instant representable in UTC whatever the offset.
fixed_datetimes = st.datetimes(
    min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=offsets
)


@st.composite
def _partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(min_value=1, max_value=9999))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(min_value=1, max_value=12))
    if precision == "month":
        return PartialDate(year, month)
    day = draw(st.integers(min_value=1, max_value=28))
    return PartialDate(year, month, day)


@functools.cache
def partial_dates() -> st.SearchStrategy[PartialDate]:
    """A date of year, month or day precision."""
    return _partial_dates()


dates_or_datetimes = st.one_of(partial_dates(), fixed_datetimes)


_BLOCK_KINDS = st.sampled_from(BlockKind)


@st.composite
def _blocks(draw: st.DrawFn) -> Block:
    text = draw(body_texts)
    kind = draw(_BLOCK_KINDS)
    credit = None
    if kind is BlockKind.CAPTION and text and draw(st.booleans()):
        start = draw(st.integers(min_value=0, max_value=len(text) - 1))
        end = draw(st.integers(min_value=start + 1, max_value=len(text)))
        credit = TextRange(start=start, end=end)
    return Block(kind=kind, text=text, credit=credit)


@functools.cache
def blocks() -> st.SearchStrategy[Block]:
    """A body block of any kind; a caption may have a credit range."""
    return _blocks()


@functools.cache
def _indexes(count: int) -> st.SearchStrategy[int]:
    return st.integers(min_value=0, max_value=count - 1)


def draw_mentions(draw: st.DrawFn, body: list[Block]) -> list[Mention]:
    """Real slices of the body's blocks, or nothing when no block has text."""
    candidates = [index for index, block in enumerate(body) if block.text]
    if not candidates:
        return []
    result = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        index = candidates[draw(_indexes(len(candidates)))]  # as sampled_from(candidates) draws
        text = body[index].text
        start = draw(st.integers(min_value=0, max_value=len(text) - 1))
        end = draw(st.integers(min_value=start + 1, max_value=len(text)))
        result.append(Mention(block=index, start=start, end=end, text=text[start:end]))
    return result


@functools.cache  # strategies hash by identity: one ``none() | s`` per strategy
def _maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


@functools.cache
def _optional_index(count: int) -> st.SearchStrategy[int | None]:
    return st.none() | _indexes(count)


@functools.cache
def _index_lists(count: int, max_size: int) -> st.SearchStrategy[list[int]]:
    return st.lists(_indexes(count), max_size=max_size)


_PARTICIPANT_ROLES = st.sampled_from(ParticipantRole)


@functools.cache
def _participants(count: int) -> st.SearchStrategy[list[tuple[int, ParticipantRole]]]:
    return st.lists(st.tuples(_indexes(count), _PARTICIPANT_ROLES), max_size=3)


_BODIES = st.lists(blocks(), max_size=8)
_PERSON_ROLE_LISTS = st.lists(st.sampled_from(PersonRole), max_size=2)
_EVENT_KINDS = st.sampled_from(EventKind)
_DATE_ROLES = st.sampled_from(DateRole)
_TEXT_LAYOUTS = _maybe(st.sampled_from(TextLayout))
_PUB_STATUSES = _maybe(st.sampled_from(PubStatus))
_REVIEW_STATUSES = _maybe(st.sampled_from(ReviewStatus))
_SOURCE_IDS = st.lists(st.builds(SourceId, type=non_empty_texts, value=non_empty_texts), max_size=2)
_RIGHTS = _maybe(
    st.builds(
        Rights, copyright_holder=_maybe(texts), copyright_notice=_maybe(texts), usage_terms=_maybe(texts)
    )
)
_SUBJECTS = st.lists(st.builds(Subject, qcode=qcodes, name=_maybe(texts)), max_size=3)
_RENDITIONS = st.lists(
    st.builds(
        Rendition,
        href=non_empty_texts,
        rendition=_maybe(texts),
        content_type=_maybe(texts),
        width=_maybe(st.integers(min_value=0, max_value=10**5)),
        height=_maybe(st.integers(min_value=0, max_value=10**5)),
        size=_maybe(st.integers(min_value=0, max_value=10**9)),
    ),
    max_size=2,
)


@st.composite
def _news_items(draw: st.DrawFn, content: bool) -> NewsItem:
    body = draw(_BODIES) if content else []

    def up_to(most: int) -> int:
        """How many of an entity to make: none in an item without content."""
        return draw(st.integers(0, most)) if content else 0

    # One drawn stem plus a counter: unique by construction, cheaper than a filtered unique list.
    stem = draw(ids)
    pool = iter(f"{stem}-{n}" for n in range(16))

    def entity_ids(count: int) -> list[str]:
        return [next(pool) for _ in range(count)]

    org_ids = entity_ids(up_to(2))
    person_ids = entity_ids(up_to(3))
    place_ids = entity_ids(up_to(2))
    agents = org_ids + person_ids

    # As draw(none() | sampled_from(choices)) and draw(lists(sampled_from(choices), max_size=2)) would.
    def ref(choices: list[str]) -> str | None:
        if not choices:
            return None
        index = draw(_optional_index(len(choices)))
        return None if index is None else choices[index]

    def refs(choices: list[str]) -> list[str]:
        return [choices[index] for index in draw(_index_lists(len(choices), 2))] if choices else []

    def mentions() -> list[Mention]:
        return draw_mentions(draw, body)

    organisations = [
        Organisation(
            id=oid,
            name=draw(non_empty_texts),
            abbreviation=draw(_maybe(texts)),
            aliases=draw(st.lists(non_empty_texts, max_size=2)),
            parent_id=ref(org_ids),
            mentions=mentions(),
        )
        for oid in org_ids
    ]
    people = [
        Person(
            id=pid,
            name=draw(non_empty_texts),
            rank=draw(_maybe(texts)),
            titles=draw(st.lists(non_empty_texts, max_size=2)),
            roles=draw(_PERSON_ROLE_LISTS),
            organisation_ids=refs(org_ids),
            mentions=mentions(),
        )
        for pid in person_ids
    ]
    places = [
        Place(
            id=plid,
            name=draw(non_empty_texts),
            kind=draw(_maybe(texts)),
            parent_id=ref(place_ids),
            mentions=mentions(),
        )
        for plid in place_ids
    ]
    event = None
    if content and draw(st.booleans()):
        event = Event(
            id=next(pool),
            name=draw(non_empty_texts),
            kind=draw(_EVENT_KINDS),
            start=draw(_maybe(dates_or_datetimes)),
            end=draw(_maybe(dates_or_datetimes)),
            place_id=ref(place_ids),
            organiser_ids=refs(agents),
            participants=[
                Participant(entity_id=agents[index], role=role)
                for index, role in (draw(_participants(len(agents))) if agents else [])
            ],
            mentions=mentions(),
        )
    documents = [
        Document(
            id=next(pool),
            kind=draw(non_empty_texts),
            number=draw(_maybe(texts)),
            date=draw(_maybe(partial_dates())),
            title=draw(_maybe(texts)),
            issuer_id=ref(agents),
            mentions=mentions(),
        )
        for _ in range(up_to(2))
    ]
    awards = [
        Award(
            id=next(pool),
            name=draw(non_empty_texts),
            giver_id=ref(agents),
            recipients=[
                Recipient(text=draw(non_empty_texts), entity_id=ref(agents))
                for _ in range(draw(st.integers(0, 2)))
            ],
            reason=draw(_maybe(texts)),
            mentions=mentions(),
        )
        for _ in range(up_to(2))
    ]
    dates = [
        DateMention(
            id=next(pool),
            value=draw(partial_dates()),
            end=draw(_maybe(partial_dates())),
            role=draw(_DATE_ROLES),
            mentions=mentions(),
        )
        for _ in range(up_to(2))
    ]
    return NewsItem(
        guid=draw(guids),
        version=draw(st.integers(min_value=1, max_value=2**31)),
        language=draw(_maybe(languages)),
        version_created=draw(_maybe(fixed_datetimes)),
        first_created=draw(_maybe(fixed_datetimes)),
        content_created=draw(_maybe(dates_or_datetimes)),
        provider=draw(_maybe(texts)),
        source_ids=draw(_SOURCE_IDS),
        text_layout=draw(_TEXT_LAYOUTS),
        headline=draw(_maybe(texts)),
        dateline=draw(_maybe(texts)),
        byline=draw(_maybe(texts)),
        creditline=draw(_maybe(texts)),
        description=draw(_maybe(texts)),
        body=body,
        event=event,
        people=people,
        organisations=organisations,
        places=places,
        documents=documents,
        awards=awards,
        dates=dates,
        pub_status=draw(_PUB_STATUSES),
        review_status=draw(_REVIEW_STATUSES),
        embargo=draw(_maybe(fixed_datetimes)),
        urgency=draw(_maybe(st.integers(min_value=1, max_value=9))),
        signals=draw(st.lists(qcodes, max_size=2)),
        rights=draw(_RIGHTS),
        subjects=draw(_SUBJECTS),
        renditions=draw(_RENDITIONS),
    )


@functools.cache
def news_items(*, content: bool = True) -> st.SearchStrategy[NewsItem]:
    """Any valid NewsItem: optional fields absent or present, empty lists, entities linked by id.
    ``content=False`` leaves out the body and the entities (and the draws that make them), for a
    law that sets its own."""
    return _news_items(content)


@functools.cache
def _item_lists(min_size: int) -> st.SearchStrategy[list[NewsItem]]:
    return st.lists(news_items(), min_size=min_size, max_size=3)


@st.composite
def _messages(draw: st.DrawFn, min_items: int) -> Message:
    header = MessageHeader(
        sent=draw(_maybe(fixed_datetimes)),
        sender=draw(_maybe(texts)),
        transmit_id=draw(_maybe(texts)),
        priority=draw(_maybe(st.integers(min_value=1, max_value=9))),
        origin=draw(_maybe(texts)),
    )
    return Message(header=header, items=draw(_item_lists(min_items)))


@functools.cache
def messages(*, min_items: int = 0) -> st.SearchStrategy[Message]:
    """A message: any header, and ``min_items`` to three items as ``news_items`` makes them."""
    return _messages(min_items)


# What a block of an agency body reads back as: text without edge whitespace (docs/g2-import.md).
trimmed_texts = non_empty_texts.map(lambda t: t.strip() or "x")


@functools.cache
def item_edits(*, typed: bool = False) -> st.SearchStrategy[dict[str, object]]:
    """New values for the fields an imported agency item can take (docs/g2-import.md), each field
    edited or left alone: what a publishing system changes before sending an item on. ``typed``
    keeps the values G2 holds in typed attributes (rendition href, QCodes, content types) to
    values of those types; else they are any text. Texts may start or end with whitespace or be
    only whitespace: the agency reader gives them back trimmed (docs/g2-import.md), which the
    laws state; only body blocks must read back as themselves (the writer refuses others)."""
    return _item_edits(_edit_choices(typed))


@st.composite
def _item_edits(draw: st.DrawFn, choices: dict[str, st.SearchStrategy[object]]) -> dict[str, object]:
    return {name: draw(strategy) for name, strategy in choices.items() if draw(st.booleans())}


@functools.cache
def _edit_choices(typed: bool) -> dict[str, st.SearchStrategy[object]]:
    """The strategy of each field ``item_edits`` may edit, built once per ``typed``."""

    def typed_or_text(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return values if typed else values | non_empty_texts

    # G2's names, datelines, bylines and creditlines are one line (pattern [\S ]*: no tab, CR, LF).
    names = non_empty_texts.map(lambda t: re.sub("[\t\n\r]+", " ", t)) if typed else non_empty_texts

    block_texts = st.one_of(trimmed_texts, trimmed_texts, texts)
    choices: dict[str, st.SearchStrategy[object]] = {
        "guid": guids,
        "version": st.integers(min_value=1, max_value=2**31),
        "language": _maybe(languages),
        "version_created": fixed_datetimes,
        "first_created": _maybe(fixed_datetimes),
        "embargo": _maybe(fixed_datetimes),
        "content_created": _maybe(dates_or_datetimes),
        "provider": _maybe(names),
        "headline": _maybe(non_empty_texts),
        "dateline": _maybe(names),
        "byline": _maybe(names),
        "creditline": _maybe(names),
        "description": _maybe(non_empty_texts),
        "body": st.lists(st.builds(Block, kind=st.sampled_from(BlockKind), text=block_texts), max_size=8),
        "pub_status": _maybe(st.sampled_from(PubStatus)),
        "urgency": _maybe(st.integers(min_value=1, max_value=9)),
        "signals": st.lists(qcodes, max_size=3),
        "subjects": st.lists(st.builds(Subject, qcode=qcodes, name=_maybe(names)), max_size=3),
        "source_ids": st.lists(
            st.builds(
                SourceId,
                type=typed_or_text(full_qcodes),
                value=non_empty_texts,
            ),
            max_size=2,
        ),
        "rights": _maybe(
            st.builds(
                Rights,
                copyright_holder=_maybe(names),
                copyright_notice=_maybe(non_empty_texts),
                usage_terms=_maybe(non_empty_texts),
            )
        ),
        "renditions": st.lists(
            st.builds(
                Rendition,
                href=typed_or_text(uris),
                rendition=_maybe(typed_or_text(full_qcodes)),
                content_type=_maybe(typed_or_text(content_types)),
                width=_maybe(st.integers(min_value=0, max_value=10**5)),
                height=_maybe(st.integers(min_value=0, max_value=10**5)),
                size=_maybe(st.integers(min_value=0, max_value=10**9)),
            ),
            max_size=2,
        ),
    }
    return choices


# G2 names are [\S ]*: no tab or line break (a description may hold them).
g2_names = trimmed_texts.map(lambda t: re.sub(r"[\t\n\r]", " ", t).strip() or "x")


# The agency's codes of an event item: never in newsml-kit's own id scheme.
_AGENCY_CODES = full_qcodes.filter(lambda qcode: not qcode.startswith("nkid:"))
_EVENT_SUBJECTS = st.lists(st.builds(Subject, qcode=qcodes, name=_maybe(g2_names)), max_size=2)
_ROLE_QCODES = st.lists(full_qcodes, max_size=2)


@functools.cache
def _organisers(count: int) -> st.SearchStrategy[list[int]]:
    return st.lists(_indexes(count), unique=True, max_size=2)


@functools.cache
def _event_participants(count: int) -> st.SearchStrategy[list[tuple[int, ParticipantRole, list[str]]]]:
    return st.lists(st.tuples(_indexes(count), _PARTICIPANT_ROLES, _ROLE_QCODES), max_size=4)


@functools.cache
def _codes(count: int) -> st.SearchStrategy[list[tuple[int, str]]]:
    return st.lists(st.tuples(_indexes(count), _AGENCY_CODES), max_size=4)


@st.composite
def _event_items(draw: st.DrawFn) -> NewsItem:
    stem = draw(ids)
    pool = iter(f"{stem}-{n}" for n in range(16))
    event_id = next(pool)
    places = [Place(id=next(pool), name=draw(g2_names)) for _ in range(draw(st.integers(0, 2)))]
    parties: list[Person | Organisation] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = Person if draw(st.booleans()) else Organisation
        parties.append(kind(id=next(pool), name=draw(g2_names)))
    party_ids = [party.id for party in parties]
    # Indexes into the parties, as sampled_from(party_ids) draws them, from strategies built once.
    organiser_ids = [party_ids[i] for i in draw(_organisers(len(parties)))] if parties else []
    participants = (
        [
            Participant(entity_id=party_ids[i], role=role, role_qcodes=role_qcodes)
            for i, role, role_qcodes in draw(_event_participants(len(parties)))
        ]
        if parties
        else []
    )
    named = list(dict.fromkeys([*organiser_ids, *(p.entity_id for p in participants)]))
    by_id = {party.id: party for party in parties}
    # The agency's codes, in the order a concept item gives them back: the event's, then each
    # place's and party's, each once.
    order = [event_id, *(place.id for place in places), *named]
    pairs = [(order[i], qcode) for i, qcode in draw(_codes(len(order)))]
    codes = [
        ConceptCode(id=local, qcode=qcode)
        for local, qcode in sorted(dict.fromkeys(pairs), key=lambda pair: order.index(pair[0]))
    ]
    event = Event(
        id=event_id,
        name=draw(g2_names),
        kind=draw(_EVENT_KINDS),
        start=draw(dates_or_datetimes),
        end=draw(_maybe(dates_or_datetimes)),
        place_id=places[0].id if places else None,
        organiser_ids=organiser_ids,
        participants=participants,
        codes=codes,
    )
    return NewsItem(
        guid=draw(guids),
        version=draw(st.integers(1, 10_000)),
        language=draw(_maybe(languages)),
        version_created=draw(fixed_datetimes),
        provider=draw(_maybe(g2_names)),
        description=draw(_maybe(trimmed_texts)),
        pub_status=draw(_PUB_STATUSES),
        subjects=draw(_EVENT_SUBJECTS),
        event=event,
        places=places,
        people=[by_id[i] for i in named if isinstance(by_id[i], Person)],
        organisations=[by_id[i] for i in named if isinstance(by_id[i], Organisation)],
    )


@functools.cache
def event_items() -> st.SearchStrategy[NewsItem]:
    """An event item as ``formats.g2.events`` writes and reads it: no body, an event with its start,
    its place first among the places, and the people and organisations it names as organisers or
    participants, listed in the order it names them (organisers, then participants)."""
    return _event_items()
