"""Where the event takes place: the place or venue after "tại" (a venue's whole name, one no
finder read), a venue that holds the event, and a host, venue or main end of an online meeting
said outside the event's sentence."""

from __future__ import annotations

import re
from functools import cache

from newsml_kit.extract.core import EventFinding, Extraction, Ref, Span
from newsml_kit.extract.vi.event.found import _entity_ending_at, _names_an_entity, _place_ending_at
from newsml_kit.extract.vi.event.patterns import _REPORTING, _venue_heads
from newsml_kit.extract.vi.event.reporting import _named_again
from newsml_kit.extract.vi.grammar import LOWER, UPPER, entity_starting_at, sentence_bounds
from newsml_kit.extract.vi.phrases import phrase_end
from newsml_kit.extract.vi.vocab import at_word, capitalised_too, vocab, words
from newsml_kit.model import BlockKind

_TAKES_PLACE_AT_RE = re.compile(
    r"\b(?:được tổ chức|diễn ra|khai mạc)(?: [\w/]+){0,3}? (?:tại|ở) "
    r"((?:(?:tỉnh|thành phố|TP\.?|huyện|quận) )?)"
)

_HOST_RE = re.compile(r" (?:(?:đã|sẽ|vừa|tiếp tục|lần đầu|được chọn|là nơi) )*đăng cai\b")

_LOWER_WORD_RE = re.compile(rf"(?:[{LOWER}]+ ){{1,2}}(?=[{UPPER}])")

# Adverbs between a subject and "tổ chức" that the verb's pattern does not take ("tiếp tục").
_BEFORE_VERB_RE = re.compile(r"(?: (?:tiếp tục|cũng|lại|đều))+$")


def _venue_subject(ex: Extraction, index: int, text: str, start: int, verb: int) -> Ref | None:
    """``chùa Kỳ Quang 2 tiếp tục tổ chức đại lễ ...``: a venue that holds an event is where it
    takes place (as a province that hosts one is: "Ninh Bình đăng cai ...")."""
    adverbs = _BEFORE_VERB_RE.search(text, start, verb)
    place = _place_ending_at(ex, index, adverbs.start() if adverbs else verb)
    if place is None:
        return None
    cluster = ex.find(*place)
    return place if cluster is not None and _venue_heads().match(cluster.key) else None


def _span_end(ex: Extraction, ref: Ref, block: int, start: int) -> int:
    cluster = ex.find(*ref)
    spans = cluster.spans if cluster is not None else []
    return max((span.end for span in spans if span.block == block and span.start == start), default=start)


def _place_at(ex: Extraction, index: int, text: str, position: int) -> Ref | None:
    """The place named at ``position`` (after "tại"): a place the finders found, one after a
    lower-case word ("tại thủ đô Jakarta"), or a venue and its name ("tại Nhà hát Lớn ...")."""
    found = entity_starting_at(ex, index, position, ("place",))
    venue = _venue_heads().match(text, position)
    if venue is not None:
        # The venue's whole name, where the finders cut it short ("Trung tâm hội nghị Quốc gia").
        name_end = phrase_end(text, venue.end(), vocab())
        if name_end > venue.end() and (found is None or name_end > _span_end(ex, found, index, position)):
            span = Span(index, position, name_end)
            cluster = ex.add("place", text[span.start : span.end], span, ex.surface(span))
            return ("place", cluster.key)
    if found is not None or venue is not None:
        return found
    word = _LOWER_WORD_RE.match(text, position)
    return entity_starting_at(ex, index, word.end(), ("place",)) if word is not None else None


# At most so many words of a venue named by its own name alone.
_VENUE_WORDS = 6


def _named_venue(ex: Extraction, index: int, text: str, position: int) -> Ref | None:
    """Where the event's sentence holds it, named by capitalised words that no finder read and no
    table heads ("tại Dinh Độc Lập", "tại GEM Center"): a venue, whatever its name. Not an event or
    an award ("tại Hội nghị X"), nor words inside a name found."""
    v = vocab()
    if not text[position : position + 1].isupper() or v.event_heads.match(text, position):
        return None
    if v.award_heads.match(text, position) or _names_an_entity(ex, index, position, position + 1):
        return None
    end = phrase_end(text, position - 1, v)
    if end <= position or len(text[position:end].split()) > _VENUE_WORDS:
        return None
    span = Span(index, position, end)
    cluster = ex.add("place", text[position:end], span, ex.surface(span))
    return ("place", cluster.key)


def _place_elsewhere(ex: Extraction, finding: EventFinding) -> None:
    """Where the event is, said outside its own sentence: the host ("Ninh Bình tiếp tục đăng cai
    ..."), or a venue in a sentence that names the event again ("... sau lễ khai mạc trên sân
    Quy Nhơn")."""
    if finding.place is not None:
        return
    named_again = _named_again(finding)
    for index in range(min(_REPORTING, len(ex.views))):
        if ex.blocks[index].kind is BlockKind.CAPTION:
            continue
        text = ex.views[index].text
        host = _HOST_RE.search(text) if "đăng cai" in text else None
        # the place itself, not one that ends a body's name ("Trường Đại học Cần Thơ đăng cai")
        if host is not None and _entity_ending_at(ex, index, host.start()) is None:
            finding.place = _place_ending_at(ex, index, host.start())
            if finding.place is not None:
                return
        if named_again.search(text.lower()) is None:
            continue
        for venue in _venues().finditer(text):
            start, end = sentence_bounds(text, venue.start())
            # The venue's name as a name goes on: "Hội trường Tỉnh ủy", "Quảng trường Ba Đình".
            name_end = phrase_end(text, venue.end(), vocab())
            if name_end > venue.end() and named_again.search(text[start:end].lower()):
                span = Span(index, venue.start(1), name_end)
                cluster = ex.add("place", text[span.start : span.end], span, ex.surface(span))
                finding.place = ("place", cluster.key)
                return
        # "Hội nghị được tổ chức tại Hà Nội": a sentence that names the event again and says where
        # it takes place.
        for verb in _TAKES_PLACE_AT_RE.finditer(text):
            start, _ = sentence_bounds(text, verb.start())
            if named_again.search(text[start : verb.start()].lower()):
                # the place after its unit, or with it ("TP Hồ Chí Minh")
                finding.place = entity_starting_at(ex, index, verb.end(), ("place",)) or entity_starting_at(
                    ex, index, verb.start(1), ("place",)
                )
                if finding.place is not None:
                    return
        # "Hội nghị được tổ chức trực tuyến từ điểm cầu Hà Nội đến 63 tỉnh": an online meeting is
        # where its main end is.
        for bridge in _BRIDGE_RE.finditer(text) if "điểm cầu" in text else ():
            start, end = sentence_bounds(text, bridge.start())
            if named_again.search(text[start:end].lower()):
                finding.place = _place_at(ex, index, text, bridge.end())
                if finding.place is not None:
                    return


_BRIDGE_RE = re.compile(r"\b(?:tại|từ) điểm cầu (?:chính )?(?:(?:tại|ở) )?")


@cache
def _venues() -> re.Pattern[str]:
    """A venue word and its capitalised name: "tại sân Quy Nhơn", "trên sân vận động Mỹ Đình"."""
    heads = at_word(capitalised_too((*words("venue_heads"), *words("event_venue_heads"))))
    return re.compile(rf"\b(?:tại|trên|ở) ({heads})(?= [{UPPER}])")
