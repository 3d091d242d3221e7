"""Places: gazetteer names (``places.txt``: countries, capitals, major cities, the UK's nations
and regions), buildings and streets by their head ("Westminster Hall", "10 Downing Street"), and
a capitalised name where only a place can stand ("will visit Auschwitz", "the island of Koh Phi
Phi")."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.core import Extraction, Span
from newsml_kit.extract.en.grammar import (
    CAP,
    CAP_AT,
    CAP_RUN_RE,
    PLACE_WORD_BEFORE_RE,
    is_taken,
    table_keys,
    table_matches,
    table_words,
    taken_spans,
)
from newsml_kit.extract.en.vocab import Vocab, vocab
from newsml_kit.extract.vocab import alternation, entries

# After the place a cue names: a function word, punctuation or the end.
_AFTER_CUE_RE = re.compile(
    r"(?:\s*$|[,.;:!?)]| (?:for|on|in|to|and|at|with|this|next|last|was|is|that|where|when|from|before|after"
    r"|during|ahead|as|by|but|later|today|tomorrow|yesterday)\b)"
)


_NUMBER_BEFORE_RE = re.compile(r"(?<![\w,.-])\d{1,4} $")


@cache
def _venue_re() -> re.Pattern[str]:
    heads = alternation(vocab().venue_heads)
    words = rf"{CAP_AT}(?:['\u2019]s)? (?:{CAP}(?:['\u2019]s)? ){{0,2}}"
    return re.compile(rf"{words}(?:{heads})(?![\w-])")


@cache
def _venue_head_re() -> re.Pattern[str]:
    # At a word's start ("PlayStation" holds no station): only a gate for ``_venue_re``, which
    # wants the head after a space.
    return re.compile(rf"(?:{alternation(vocab().venue_heads, word_start=True)})(?![\w-])")


@cache
def _venue_head_keys() -> frozenset[str] | None:
    return table_keys(vocab().venue_heads)


def _names_venue_head(text: str) -> bool:
    """``text`` may hold a building's or a street's head (the gate of ``_venue_re``): a set test
    against the paragraph's capitalised words, which other finders have listed already
    (``table_words``), where the heads' pattern would test a class of capitals at each character."""
    keys = _venue_head_keys()
    if keys is None:
        return _venue_head_re().search(text) is not None
    return not keys.isdisjoint(table_words(text))


def find_places(ex: Extraction) -> None:
    v = vocab()
    taken = taken_spans(ex, ("person", "organisation", "place"))
    # The surnames of people named in full: "John Bolton ... Bolton said" is the man, not the town.
    surnames = {c.key.rsplit(" ", 1)[-1] for c in ex.of_kind("person") if " " in c.key}
    for index, view in enumerate(ex.views):
        text = view.text
        # A seat in brackets, a building at a town: whole names, before a town's name in them.
        if "(" in text:
            _constituencies(ex, v, index, text, taken)
        if " at " in text and " in " in text:
            _venues_in_towns(ex, v, index, text, taken)
        # Most paragraphs name no building or street: their head is looked for first.
        for match in _venue_re().finditer(text) if _names_venue_head(text) else ():
            # "10 Downing Street"
            number = _NUMBER_BEFORE_RE.search(text, max(0, match.start() - 5), match.start())
            begin = number.start() if number is not None else match.start()
            start, name = _without_article(begin, text[begin : match.end()], v)
            span = Span(index, start, match.end())
            if name and not is_taken(span, taken):
                ex.add("place", name, span, name)
                taken.setdefault(index, []).append(span)
        tables = [table_matches(v.places_re, v.places_keys, text)]
        if any(needle in text for needle in v.places_lower_needles):
            tables.insert(0, list(v.places_lower_re.finditer(text)))  # "the Netherlands" before "Netherlands"
        for table in tables:
            for match in table:
                span = Span(index, match.start(), match.end())
                if (
                    not is_taken(span, taken)
                    and not (
                        match.group() in surnames
                        and not PLACE_WORD_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
                    )
                    and not _in_post(v, text, match.end())
                    and not _in_award(v, text, match.start(), match.end())
                    and not _in_style(text, match.start())
                    and not _after_new(v, text, match.start(), match.group())
                ):
                    ex.add("place", v.places[match.group()], span, match.group())
                    taken.setdefault(index, []).append(span)
                    _listed_before(ex, v, index, text, match.start(), taken)
                    _listed_after(ex, v, index, text, match.start(), match.end(), taken)
        if _HYPHEN_CAPITAL_RE.search(text) is not None:  # a literal first: quicker than the pattern
            _compounds(ex, v, index, text, taken)
        for cue in v.place_cues.finditer(text):
            run = CAP_RUN_RE.match(text, cue.end())
            if run is None:
                continue
            end = run.end()
            if _AFTER_CUE_RE.match(text, end) is None:
                # "the town of Llandudno and the Scottish port of ...": the run went on past the place
                end = text.find(" and ", run.start(), end)
                if end < 0 or _AFTER_CUE_RE.match(text, end) is None:
                    continue
            start = run.start()
            name = text[start:end]
            if " and " in name and name not in v.places:
                # "visited Blantyre and Lilongwe": two places (not "Trinidad and Tobago", one)
                for part in name.split(" and "):
                    _add_cued(ex, v, Span(index, start, start + len(part)), part, taken)
                    start += len(part) + 5
            else:
                _add_cued(ex, v, Span(index, start, end), name, taken)


def _add_cued(ex: Extraction, v: Vocab, span: Span, name: str, taken: dict[int, list[Span]]) -> None:
    """The name a place's cue introduces, a place unless it is another's, a word of time or too long."""
    if (
        not is_taken(span, taken)
        and name not in v.stop_words
        and name not in v.months  # "talks in May": a time, not a place
        and name not in v.weekdays
        and len(name.split(" ")) <= 3
    ):
        ex.add("place", v.places.get(name, name), span, name)
        taken.setdefault(span.block, []).append(span)


# A member's party and seat in brackets after the name: "Ann Lee (Labour, Hull West)".
_SEAT_RE = re.compile(rf"\(([A-Z][\w ]{{1,24}}?), ({CAP}(?: (?:and |& )?{CAP}){{0,4}})\)")


def _constituencies(ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]) -> None:
    """The seat after a party in brackets is a place, whole ("Hull West", not "Hull")."""
    for match in _SEAT_RE.finditer(text):
        party = match.group(1)
        if party not in v.party_adjectives and party not in v.organisations:
            continue
        span = Span(index, match.start(2), match.end(2))
        if not is_taken(span, taken):
            name = match.group(2)
            ex.add("place", v.places.get(name, name), span, name)
            taken.setdefault(index, []).append(span)


# "at the Guildhall in York", "at Lancaster House in London", "at the Excel exhibition centre in
# London": a name between "at" and "in" a known town is the building there.
_AT_IN_RE = re.compile(
    rf" at (the )?({CAP_AT}(?: (?:of|and|the) )?(?: ?{CAP}){{0,3}}"
    r"(?: (?:exhibition centre|conference centre|hotel|centre|hall|stadium|arena|theatre|palace))?)"
    rf" in ({CAP}(?: {CAP})?)"
)


@cache
def _not_buildings() -> frozenset[str]:
    return frozenset(entries("en", "show_heads"))


def _venues_in_towns(ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]) -> None:
    """A building named at a town: one capitalised word needs "the" before it ("at the Guildhall",
    not "at Brantwell", a firm); a conference's, a show's or an organisation's name is no building."""
    for match in _AT_IN_RE.finditer(text):
        name, town = match.group(2), match.group(3)
        words_of = name.split(" ")
        if town not in v.places and town.split(" ")[0] not in v.places:
            continue
        last = words_of[-1]
        if (
            (len(words_of) == 1 and not match.group(1))
            or last in v.org_heads
            or last in _not_buildings()
            or v.event_heads.fullmatch(last)
            or any(w in v.months or w in v.weekdays or w in v.stop_words for w in words_of)
        ):
            continue
        span = Span(index, match.start(2), match.end(2))
        if not is_taken(span, taken):
            ex.add("place", v.places.get(name, name), span, name)
            taken.setdefault(index, []).append(span)


def _after_new(v: Vocab, text: str, start: int, name: str) -> bool:
    """ "New" before a place that is no place with it makes another name ("New Belgium", a brewer):
    "New Zealand", "New York" are places of their own."""
    return text.startswith("New ", start - 4) and f"New {name}" not in v.places


def _compounds(ex: Extraction, v: Vocab, index: int, text: str, taken: dict[int, list[Span]]) -> None:
    """Places joined by hyphens name each place: "the Iran-Pakistan-India pipeline", "UK-US talks"
    (the gazetteer's pattern leaves a name that a hyphen goes on from)."""
    for match in _COMPOUND_RE.finditer(text):
        parts = match.group().split("-")
        if not all(part in v.places for part in parts):
            continue
        at = match.start()
        for part in parts:
            span = Span(index, at, at + len(part))
            if not is_taken(span, taken):
                ex.add("place", v.places[part], span, part)
                taken.setdefault(index, []).append(span)
            at += len(part) + 1


_HYPHEN_CAPITAL_RE = re.compile(r"-[A-Z]")
_COMPOUND_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Za-z]+(?:-[A-Z][A-Za-z]+)+(?![\w-])")


def _listed_before(
    ex: Extraction, v: Vocab, index: int, text: str, start: int, taken: dict[int, list[Span]]
) -> None:
    """A name listed with a known place after a word of place ("fishermen in Kinlochbervie and
    Lerwick", "from Aberporth, Swansea"): another place."""
    if text[start - 5 : start] != " and " and text[start - 2 : start] != ", ":
        return  # no list before the place: a quick test first
    listed = _LISTED_BEFORE_RE.search(text, max(0, start - 45), start)
    if listed is None:
        return
    name = listed.group(1)
    span = Span(index, listed.start(1), listed.end(1))
    if (
        is_taken(span, taken)
        or any(word in v.stop_words or word in v.months or word in v.weekdays for word in name.split(" "))
        or name.split(" ")[0] in v.given_names
    ):
        return
    ex.add("place", v.places.get(name, name), span, name)
    taken.setdefault(index, []).append(span)


def _listed_after(
    ex: Extraction, v: Vocab, index: int, text: str, start: int, end: int, taken: dict[int, list[Span]]
) -> None:
    """A name listed after a known place that a word of place introduces ("head teachers in
    Bradford and Kirklees"): another place."""
    if text[end : end + 5] != " and ":
        return  # no list after the place: a quick test first
    listed = _LISTED_AFTER_RE.match(text, end)
    if listed is None or not _PLACE_WORD_RE.search(text, max(0, start - 8), start):
        return
    name = listed.group(1)
    span = Span(index, listed.start(1), listed.end(1))
    if (
        is_taken(span, taken)
        or name in v.stop_words
        or name in v.months
        or name in v.weekdays
        or name in v.given_names
    ):
        return
    ex.add("place", v.places.get(name, name), span, name)
    taken.setdefault(index, []).append(span)


_LISTED_AFTER_RE = re.compile(
    r" and ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[,.;:]| (?:in|on|to|at|for|this|next|last)\b)"
)
_PLACE_WORD_RE = re.compile(r"\b(?:in|at|from|near|between) $")
_LISTED_BEFORE_RE = re.compile(r"\b(?:in|at|from|near|between) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,| and) $")


def _in_post(v: Vocab, text: str, end: int) -> bool:
    """The place qualifies a post written after it ("Europe minister", "Northern Ireland Secretary",
    "UK Prime Minister"): it names the post, not a place the report is about."""
    words = text[end + 1 : end + 40].split(" ", 2) if text[end : end + 1] == " " else []
    if not words:
        return False
    first = words[0].rstrip(",.;:")
    if first in v.title_heads:
        return True
    return len(words) > 1 and first.lower() in v.title_words and words[1].rstrip(",.;:") in v.title_heads


def _in_style(text: str, start: int) -> bool:
    """The place ends a royal, noble or church style ("the Prince of Wales", "the Archbishop of
    Canterbury", "Baroness Ashton of Upholland"): the name of a person's rank, not a place the
    report is about."""
    if start < 4 or text[start - 3 : start] not in ("of ", "he "):
        return False  # such styles end in "of" or "of the": a quick test first
    return _STYLE_OF_RE.search(text, max(0, start - 40), start) is not None


_STYLE_OF_RE = re.compile(
    r"\b(?:(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Archbishop|Bishop)(?: [A-Z][\w'-]+)?"
    r"|(?:Lord|Lady|Baroness|Baron|Viscount) [A-Z][\w'-]+) of (?:the )?$"
)


def _in_award(v: Vocab, text: str, start: int, end: int) -> bool:
    """The place ends the name of an honour ("Companion of the Bath", "Order of the Bath")."""
    if start < 5 or text[start - 4 : start] != "the ":
        return False  # such names end in "of the <place>": a quick test first
    run = _NAME_BEFORE_RE.search(text, max(0, start - 50), start)
    if run is None:
        return False
    if run.group().endswith("Order of the "):
        return True  # an order of chivalry: "the Order of the Bath", "the Order of the Thistle"
    words = (run.group() + text[start:end]).split(" ")
    return any(" ".join(words[i:]) in v.award_names for i in range(len(words) - 1))


_NAME_BEFORE_RE = re.compile(r"(?:[A-Z][\w-]* (?:(?:of|the) )*)+$")


_POSSESSIVE = ("'s", "\u2019s")


def _without_article(start: int, name: str, v: Vocab) -> tuple[int, str]:
    words = name.split(" ")
    while words and (
        words[0] in v.stop_words or (words[0][:-2] in v.places and words[0][-2:] in _POSSESSIVE)
    ):
        # "Gateshead's Sage Centre": the town whose building it is is a place of its own
        start += len(words[0]) + 1
        words.pop(0)
    return start, " ".join(words) if len(words) >= 2 else ""
