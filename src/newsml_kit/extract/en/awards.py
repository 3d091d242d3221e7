"""Awards conferred: an honour or prize named in a sentence that confers it ("was knighted",
"was awarded the OBE", "received a CBE", "New Year Honours"); the recipient is the person the
sentence names before the verb, or the nearest one."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.core import AwardFinding, Extraction, Ref, Span
from newsml_kit.extract.en.grammar import sentence_bounds, table_matches
from newsml_kit.extract.en.vocab import vocab, words
from newsml_kit.extract.vocab import alternation

_TO_RE = re.compile(r" to (?:the )?")
_NOMINATED_RE = re.compile(
    r"(?:nominat\w*|shortlist\w*) (?:for |as |on )?(?:an? |the )?(?:[\w'-]+ )?$"
    # "in the race to become European Capital of Culture", "hopes to win the Booker Prize": sought
    r"|\b(?:race|bid|battle|hopes?|hoping|vying|aims?|seeks?|seeking|tipped|favourite) to"
    r" (?:become|win|be named|be)(?: an?| the)? (?:[\w'-]+ ){0,2}$"
)
# "is made a Dame", "becomes a Dame" (not "a Dame Commander of ...", an honour of its own name).
_DAME_RE = re.compile(r"\b(?:made|becomes|became|become) a Dame(?! [A-Z])")
_HONOURS_RE = re.compile(r"[Hh](?<!\w[Hh])onou(?:rs?|red)\b")


def find_awards(ex: Extraction) -> None:
    v = vocab()
    seen: set[tuple[str, Ref | None]] = set()
    for index, view in enumerate(ex.views):
        text = view.text
        _named_awards(ex, index, text, seen)
        if "of the year" in text:
            _years_titles(ex, index, text, seen)
        if "-winning" in text:
            _winning(ex, index, text, seen)
        if " award" in text or " prize" in text:
            _body_awards(ex, index, text, seen)
        dames = _DAME_RE.finditer(text) if "Dame" in text else ()
        named = table_matches(v.award_names_re, v.award_names_keys, text)
        if any(needle in text for needle in v.award_names_lower_needles):
            # the names in lower case ("knighted"), only where one of their words stands
            named = sorted([*named, *v.award_names_lower_re.finditer(text)], key=lambda m: m.start())
        for match in [*named, *dames]:
            if _NOMINATED_RE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "nominated for an Oscar": a nomination is no award
            if any(
                a.span.block == index
                and a.span.start <= match.start()
                and match.end() <= a.span.end
                and (a.span.start, a.span.end) != (match.start(), match.end())
                for a in ex.awards
            ):
                continue  # "the Nobel Prize for Literature": inside a longer name already found
            start, end = sentence_bounds(text, match.start())
            sentence = text[start:end]
            # "X is also knighted, while Y receives a CBE": "knighted" is its own verb, and confers
            # the honour on the person before it.
            verb = None if match.group() == "knighted" else _verb_of(sentence, match.start() - start)
            named_for = None
            if (
                verb is None
                and _HONOURS_RE.search(sentence) is None
                and match.group() not in ("knighted",)
                and not _held(ex, index, text, match.start())
            ):
                named_for = _named_for(ex, index, text, match.end(), end)
                if named_for is None:
                    continue
            name = _as_written(text, match, v.award_names.get(match.group(), "damehood"))
            recipient = named_for or _recipient(
                ex, index, start, end, start + verb.start() if verb else match.start()
            )
            tail = _tail(text, match.end(), name)
            _add(ex, seen, name + tail, recipient, Span(index, match.start(), match.end() + len(tail)))


# What a prize is for, in lower case: "the Nobel prize for literature".
_PRIZE_FIELD_RE = re.compile(
    r" (?:for|in) (?:literature|peace|medicine|physiology or medicine|physics|chemistry|economics)(?![\w-])"
)


def _tail(text: str, end: int, name: str) -> str:
    """The field of a prize named at ``end``, written in lower case after it, if any."""
    if not name.lower().endswith("prize"):
        return ""
    field = _PRIZE_FIELD_RE.match(text, end)
    return field.group() if field is not None else ""


def _as_written(text: str, match: re.Match[str], name: str) -> str:
    """The honour's name with the word the text puts before it ("life peerage", "honorary
    knighthood"): what the text says is kept, and it still ends on the usual name (a plural,
    "OBEs", is named in the singular)."""
    written = match.group()
    if not written.endswith(name):
        return name
    if text.endswith("honorary ", 0, match.start()):
        return f"honorary {written}"
    return written


# "knighthoods for the Treasury's permanent secretary X and ...", "a CBE for X": the honour is
# conferred on the person the words after "for" name (not "for services to", its reason).
_FOR_RE = re.compile(r" for (?!services\b|his\b|her\b|their\b)")


# "His knighthood comes after ...", "her OBE was for services to ...": an honour held.
_HELD_RE = re.compile(r"\b(?:[Hh]is|[Hh]er) $")


def _held(ex: Extraction, block: int, text: str, start: int) -> bool:
    """The honour at ``start`` is held by a person: after "his" / "her" or a person's possessive
    ("Sir John's knighthood", not "Labour's knighthood row")."""
    if _HELD_RE.search(text, max(0, start - 4), start) is not None:
        return True
    if not text.endswith(("'s ", "\u2019s "), 0, start):
        return False
    return any(
        span.block == block and span.end == start - 3
        for cluster in ex.of_kind("person")
        for span in cluster.spans
    )


def _named_for(ex: Extraction, block: int, text: str, position: int, end: int) -> Ref | None:
    """The person named right after "for" at ``position`` (within a post's few words), if any."""
    cue = _FOR_RE.match(text, position)
    if cue is None:
        return None
    return _recipient(ex, block, cue.end(), min(end, cue.end() + 60), cue.end())


def _verb_of(sentence: str, position: int) -> re.Match[str] | None:
    """The verb that confers the award at ``position``: the last one before it ("X becomes a DBE,
    and Y is made a KCB"), else the first one after it."""
    before = None
    for verb in vocab().award_verbs.finditer(sentence):
        if not _confers(verb, sentence):
            continue
        if verb.start() >= position:
            return before or verb
        before = verb
    return before


# "The winner of the Turner Prize will be announced on Monday": a winner still to be named.
_TO_BE_NAMED_RE = re.compile(r"\b(?:will|is to|are to) be (?:announced|named|revealed|chosen)\b")


def _confers(verb: re.Match[str], sentence: str) -> bool:
    """``verb`` confers the award, unless it is a winner the sentence says is still to be named."""
    return not verb.group().startswith("winner") or _TO_BE_NAMED_RE.search(sentence) is None


@cache
def _award_head_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(words('award_heads'))})(?![\w-])")


def _names_award_head(text: str) -> bool:
    """``text`` holds an award's head as a word: the heads are looked for as substrings first (a
    few quick searches; the pattern tests a class of first letters at each character)."""
    needles = vocab().award_head_needles
    return any(needle in text for needle in needles) and _award_head_re().search(text) is not None


def _named_awards(ex: Extraction, index: int, text: str, seen: set[tuple[str, Ref | None]]) -> None:
    """ "presented the annual Harbour Safety Award to the Port of Da Nang": a named award in a
    sentence that confers it; the recipient follows "to", or is the person before the verb."""
    v = vocab()
    if not _names_award_head(text):
        return  # most paragraphs name no award: its head is looked for first, a quick scan
    for match in v.award_heads.finditer(text):
        words = match.group().split(" ")
        while words and words[0] in v.stop_words:
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        begin = match.end() - len(name)
        if _NOMINATED_RE.search(text, max(0, begin - 40), begin):
            continue
        finish = match.end()
        field = _FIELD_RE.match(text, finish)
        if (
            field is not None
            and _entity_at(ex, index, field.start(1)) is None
            and not (text.startswith(" of ", finish) and _overlaps_entity(ex, index, finish, field.end()))
        ):
            # "the Queen's Award for Enterprise", "the Nobel Prize for Literature": what it is for is
            # part of its name (not "the award for Ann Lee", its recipient, nor "the Medal of Acme")
            finish = field.end()
            name = text[begin:finish]
        start, end = sentence_bounds(text, match.start())
        verb = next(
            (m for m in v.award_verbs.finditer(text, start, end) if _confers(m, text[start:end])), None
        )
        if verb is None:
            continue
        to = _TO_RE.match(text, match.end())
        recipient = None
        if to is not None:
            recipient = _entity_at(ex, index, to.end())
        if recipient is None:
            recipient = _recipient(ex, index, start, end, verb.start())
        _add(ex, seen, name, recipient, Span(index, begin, finish))


def _add(
    ex: Extraction, seen: set[tuple[str, Ref | None]], name: str, recipient: Ref | None, span: Span
) -> None:
    """The award ``name`` conferred on ``recipient``, once."""
    if (name, recipient) in seen:
        return
    seen.add((name, recipient))
    found = ex.find(*recipient) if recipient is not None else None
    recipients = [(found.preferred_name(), recipient)] if found is not None else []
    ex.awards.append(AwardFinding(name, None, recipients, None, span))


# "was named businessman of the year", "voted European player of the year": a title won for a year,
# in lower case after the verb that confers it (a capitalised one is an award's head, "of the Year");
# not a ranking ("named the most reliable model of the year").
_YEARS_TITLE_RE = re.compile(
    r"\b(?:named|voted|crowned) (?:as )?(?:the )?(?!most )"
    r"((?:[A-Z][\w-]* )?(?:[a-z][\w-]* ){1,3}of the year)(?![\w-])"
)


def _years_titles(ex: Extraction, index: int, text: str, seen: set[tuple[str, Ref | None]]) -> None:
    for match in _YEARS_TITLE_RE.finditer(text):
        start, end = sentence_bounds(text, match.start())
        recipient = _recipient(ex, index, start, end, match.start())
        _add(ex, seen, match.group(1), recipient, Span(index, match.start(1), match.end(1)))


def _winning(ex: Extraction, index: int, text: str, seen: set[tuple[str, Ref | None]]) -> None:
    """ "Oscar-winning director X", "the Turner Prize-winning artist": a past win the text states,
    a known award's name right before "-winning" (the table matches no name a hyphen goes on from,
    so each is tried on the text up to the hyphen)."""
    v = vocab()
    at = text.find("-winning")
    while at >= 0:
        for begin in _word_starts(text, max(0, at - 40), at):
            match = v.award_names_re.fullmatch(text, begin, at)
            if match is not None:
                start, end = sentence_bounds(text, at)
                recipient = _recipient(ex, index, start, end, at)
                name = _as_written(text, match, v.award_names.get(match.group(), match.group()))
                _add(ex, seen, name, recipient, Span(index, begin, at))
                break
        at = text.find("-winning", at + 1)


# "won a Royal Television Society award", "received two Royal Society prizes": a body's award in lower
# case right after a verb that confers it (not "the Tory prize seat": no verb, no body's head).
_BODY_AWARD_RE = re.compile(
    r"\b(?:won|wins|received|receives|collected|picked up|scooped|was given|was awarded|has won|have won)"
    r" (?:a|an|the|its|his|her|their|two|three|four|five)"
    r" ((?:[A-Z][\w&'\u2019-]* ){1,5}(?:award|prize|medal)s?)\b"
)


def _body_awards(ex: Extraction, index: int, text: str, seen: set[tuple[str, Ref | None]]) -> None:
    v = vocab()
    for match in _BODY_AWARD_RE.finditer(text):
        name = match.group(1)
        if name.split(" ")[-2] not in v.org_heads:
            continue  # the body's name ends in its head: "Royal Television Society award"
        start, end = sentence_bounds(text, match.start())
        recipient = _recipient(ex, index, start, end, match.start())
        _add(ex, seen, name, recipient, Span(index, match.start(1), match.end(1)))


def _word_starts(text: str, start: int, end: int) -> list[int]:
    """Where the words of ``text[start:end]`` start, the first ones first."""
    return [m.start() for m in _WORD_START_RE.finditer(text, start, end)]


_WORD_START_RE = re.compile(r"(?<![\w'\u2019-])\w")


# The capitalised field an award is for, right after its name: " for Enterprise", " for Literature",
# " of Freedom" ("the Presidential Medal of Freedom").
_FIELD_RE = re.compile(
    r" (?:for|of) ([A-Z][\w'\u2019-]*(?: (?:of|and|in) [A-Z][\w'\u2019-]*| [A-Z][\w'\u2019-]*){0,4})"
)


def _overlaps_entity(ex: Extraction, block: int, start: int, end: int) -> bool:
    """Some found entity's span in ``block`` overlaps ``start``..``end``."""
    return any(
        s.block == block and s.start < end and start < s.end
        for kind in ("person", "organisation", "place")
        for cluster in ex.of_kind(kind)
        for s in cluster.spans
    )


def _entity_at(ex: Extraction, block: int, position: int) -> Ref | None:
    for kind in ("person", "organisation", "place"):
        for cluster in ex.of_kind(kind):
            if any(s.block == block and s.start == position for s in cluster.spans):
                return (kind, cluster.key)
    return None


def _recipient(ex: Extraction, block: int, start: int, end: int, pivot: int) -> Ref | None:
    """The person mentioned last before ``pivot`` in the sentence, else the first after it."""
    before: tuple[int, Ref] | None = None
    after: tuple[int, Ref] | None = None
    for cluster in ex.of_kind("person"):
        for span in cluster.spans:
            if span.block != block or not start <= span.start < end:
                continue
            ref = (cluster.kind, cluster.key)
            if span.start < pivot and (before is None or span.start > before[0]):
                before = (span.start, ref)
            elif span.start >= pivot and (after is None or span.start < after[0]):
                after = (span.start, ref)
    chosen = before or after
    return chosen[1] if chosen else None
