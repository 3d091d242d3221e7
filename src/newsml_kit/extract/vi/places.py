"""Places: gazetteer names (``places.txt``; the ambiguous ones only where they stand alone), any
capitalised name after an administrative unit (``tỉnh Quảng Ninh``, ``cửa khẩu Hoành Mô``) or a
venue's head, and roads named by their number (``quốc lộ 1A``)."""

from __future__ import annotations

import re

from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.vi.grammar import SYLLABLE, holds_any, inside_a_word, overlaps, spans_of
from newsml_kit.extract.vi.vocab import Vocab, vocab

_NEXT_WORD_RE = re.compile(r" (\w+)")


def find_places(ex: Extraction) -> None:
    v = vocab()
    taken = spans_of(ex, "person")
    with_units = ex.blocks_matching(v.administrative, v.names_after_gate)
    with_venues = ex.blocks_matching(v.venues, v.names_after_gate)
    roads = holds_any(ex, v.road_tails)
    with_digits = ex.with_digits
    for index, view in enumerate(ex.views):
        text = view.text
        previous_end = -1
        for match in v.places_re.finditer(text):
            span = Span(index, match.start(), match.end())
            if any(overlaps(span, other) for other in taken.get(index, [])):
                continue
            after = _NEXT_WORD_RE.match(text, match.end())
            if after is not None and after.group(1) in v.foreign_org_ends:
                continue  # "Sài Gòn FC", "Leeds United": a club; the place is only inside its name
            name = match.group()
            # "Los Angeles, Mỹ": a place's country after it stands for the place too.
            after_place = text.startswith(", ", previous_end) and previous_end + 2 == match.start()
            if (
                name in v.ambiguous_places
                and not after_place
                and not _stands_alone(text, match.start(), match.end())
            ):
                continue
            canonical = v.places.get(name, name)
            ex.add("place", canonical, span, ex.surface(span))
            if not after_place and text.startswith(", ", match.start() - 2):
                _place_before(ex, index, text, match, taken.get(index, []))
            previous_end = match.end()
        if index in with_units:
            _administrative_places(ex, v, index, text, taken.get(index, []))
        if index in with_venues:
            _venues(ex, v, index, text, taken.get(index, []))
        # (a road has a number: only a paragraph with a digit and a head's last word is scanned)
        if roads and index in with_digits and any(tail in text for tail in v.road_tails):
            for match in v.roads.finditer(text):
                if not inside_a_word(text, match.start()):
                    ex.add("place", match.group(), Span(index, match.start(), match.end()), match.group())
        if "(" in text:
            _address_opening(ex, v, index, text, taken.get(index, []))


# "ở Lý Nhân, Hà Nam", "tại Quebec, Canada": after a word that calls for a place, a capitalised
# name followed by a comma and a known place that closes the phrase.
_PLACE_BEFORE_RE = re.compile(rf"(?<!\w)(?:tại|ở|từ|đến|tới|sang) ({SYLLABLE}(?: {SYLLABLE}){{0,2}}), $")
_PHRASE_CLOSED_RE = re.compile(r"[,.;)]|$")


def _place_before(ex: Extraction, index: int, text: str, known: re.Match[str], taken: list[Span]) -> None:
    """The place named before a known place it lies in ("Lý Nhân, Hà Nam")."""
    if not _PHRASE_CLOSED_RE.match(text, known.end()):
        return
    before = _PLACE_BEFORE_RE.search(text, max(0, known.start() - 40), known.start())
    if before is None:
        return
    span = Span(index, before.start(1), before.end(1))
    if not any(overlaps(span, other) for other in taken):
        ex.add("place", before.group(1), span, ex.surface(span))


# What closes an address in parentheses: more of its parts, then the parenthesis.
_ADDRESS_REST_RE = re.compile(r"[^()]{0,60}\)")


def _address_opening(ex: Extraction, v: Vocab, index: int, text: str, taken: list[Span]) -> None:
    """``bà Nguyễn Thị Trang (Yên Hòa, quận Cầu Giấy, Hà Nội)``: an address in parentheses opens
    with the ward or commune, named bare before the district or city it lies in (a name after an
    administrative unit, or a known place)."""
    for match in v.address_opening.finditer(text):
        name = match.group(1)
        if match.group(2) is None and not v.places_re.match(text, match.end()):
            continue
        if not _ADDRESS_REST_RE.match(text, match.end()):
            continue
        if name in v.ambiguous_places or v.org_starts.match(name) or v.companies.fullmatch(name):
            continue  # "(Anh, Pháp)" is read elsewhere; "(Vinamilk, Hà Nội)" is a company
        if v.news_sources_re.fullmatch(name):
            continue
        span = Span(index, match.start(1), match.end(1))
        if not any(overlaps(span, other) for other in taken):
            ex.add("place", v.places.get(name, name), span, name)


# A number that ends a venue's name: one or two digits, not a count of the time spent there.
_VENUE_NUMBER_RE = re.compile(
    r" \d{1,2}(?![\w/:%-]|[.,]\d| (?:lần|ngày|đêm|tuần|giờ|tiếng|tháng|năm|phút|buổi|suất|trận)(?!\w))"
)


def _venues(ex: Extraction, v: Vocab, index: int, text: str, taken: list[Span]) -> None:
    """``sân Quy Nhơn``, ``Trung tâm hội nghị Almaz``: a venue is a place, its head included. (The
    pattern starts with the heads, which lets the engine skip to their first letters; the start of
    the word is checked here: "thành phố" holds no "phố".)"""
    for match in v.venues.finditer(text):
        start = match.start()
        if inside_a_word(text, start):
            continue
        if match.group(1).isupper():
            continue  # "trạm thu phí BOT", "đường IV": a contract's kind or a numeral, no name
        end = match.end()
        number = _VENUE_NUMBER_RE.match(text, end)
        if number is not None and not v.amount_after.match(text, number.end()):
            end = number.end()  # "chùa Kỳ Quang 2": the second of its name, not "khách sạn Rex 2 đêm"
        span = Span(index, start, end)
        if not any(overlaps(span, other) for other in taken):
            ex.add("place", text[start:end], span, ex.surface(span))


def _administrative_places(ex: Extraction, v: Vocab, index: int, text: str, taken: list[Span]) -> None:
    """A capitalised name after an administrative word is a place, gazetteer or not."""
    for match in v.administrative.finditer(text):
        for group in (1, 2):  # "các cửa khẩu Móng Cái và Hoành Mô": both are places
            if match.group(group) is None or (group == 2 and v.org_starts.match(text, match.start(2))):
                continue  # "tỉnh Sóc Trăng và Trung tâm Y tế ...": an organisation, not a second place
            span = Span(index, match.start(group), match.end(group))
            if not any(overlaps(span, other) for other in taken):
                ex.add("place", match.group(group), span, ex.surface(span))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """An ambiguous place name (also a given name or a pronoun) counts after a word that calls for
    a place, or away from other capitalised words and not at the start of a sentence."""
    # (Windows of the text around the name: a slice of the whole rest would copy the text each time.)
    before = text[max(0, start - 60) : start].rstrip()
    if not before or before[-1] in ".!?:":
        return False
    previous = before.split(" ")[-1]
    v = vocab()
    if previous in v.place_prepositions:
        return True  # "người Anh", "sang Mỹ"
    if text.startswith((";", ")", "."), end) and before.endswith(","):
        return True  # "Đại học Oxford, Anh;": the country after a name, closing the phrase
    following = text[end : end + 60].lstrip().split(" ")[0]
    if following[:1].islower() and following not in v.function_words:
        return False  # "Áo dài": a word of its own, not a country
    return not previous[:1].isupper() and not following[:1].isupper()
