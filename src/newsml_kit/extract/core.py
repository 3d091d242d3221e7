"""The language-independent part of extraction: normalised views of the body, and a builder that
collects entities with their mentions and turns them into model entities.

A language pack finds things in the normalised view of each block (``Findings``); the builder
maps every view span back to the verbatim text, clusters mentions of the same entity under one
local id, and returns a new, validated ``NewsItem``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import accumulate
from typing import Any, ClassVar, NamedTuple

from newsml_kit.dates import PartialDate
from newsml_kit.extract.normalise import NormalisedText, normalise_blocks
from newsml_kit.model import (
    MENTIONS_FROM_BODY,
    Block,
    BlockKind,
    DateRole,
    EventKind,
    NewsItem,
    ParticipantRole,
    PersonRole,
    TextRange,
)


class Span(NamedTuple):
    """A span of one block's normalised view.

    A named tuple, not a dataclass: spans are compared, hashed and made by the thousand an
    article (``span not in cluster.spans``, ``set(spans)``), which a tuple does in C."""

    block: int
    start: int
    end: int


@dataclass
class Cluster:
    """Mentions that name one entity, with what the pack learnt about it."""

    kind: str
    key: str
    spans: list[Span] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    rank: str | None = None
    titles: list[str] = field(default_factory=list)
    roles: list[PersonRole] = field(default_factory=list)
    abbreviation: str | None = None
    local_id: str = ""

    def preferred_name(self) -> str:
        """The form used most often; the shortest among equals (the text's own short form)."""
        surfaces = self.surfaces
        if len(surfaces) == 1:
            return surfaces[0]
        # (A dict, not a Counter: a Counter's construction cost more than the counting.)
        counts: dict[str, int] = {}
        for surface in surfaces:
            counts[surface] = counts.get(surface, 0) + 1
        return min(counts, key=lambda surface: (-counts[surface], len(surface), surface))

    def names(self) -> list[str]:
        preferred = self.preferred_name()
        if len(self.surfaces) == 1:
            return [preferred]
        return [preferred, *sorted({s for s in self.surfaces if s != preferred})]


_DIGIT_RE = re.compile(r"\d")


# (Compared and hashed by identity: a compiled pattern's hash reads its whole program each time.)
@dataclass(frozen=True, eq=False)
class Gate:
    """A cheap test of which views may hold a match of some costly patterns (``Extraction.
    blocks_matching``): ``pattern`` matches, or one of ``words`` occurs, in every view any of them
    matches in (no match crossing a line break). A pattern whose regex engine would stop at many
    letters can often be gated by one that stops at few (capitals), or by one scanned over the
    reversed text: "ông X" backwards is a capital, a space and "gnô", tried only at capitals."""

    pattern: re.Pattern[str]
    words: tuple[str, ...] = ()
    # The pattern is scanned over the reversed article.
    backwards: bool = False


@cache
def _separators(excluded: str) -> str:
    """The inside of a regex class of the characters a word may start after: those that are no
    word character, not in ``excluded``. Written as ranges (tested by table lookup; ``[^\\w]``
    asks the Unicode database for each character), found by the regex engine's own ``\\w`` over
    the Basic Multilingual Plane; the characters beyond it are all in (``WordStarts`` checks them)."""
    plane = "".join(map(chr, range(0x10000)))
    runs = re.finditer(rf"[^\w{re.escape(excluded)}]+", plane)
    return "".join(f"\\u{run.start():04x}-\\u{run.end() - 1:04x}" for run in runs) + "\\U00010000-\\U0010ffff"


_WORD_CHARACTER_RE = re.compile(r"\w")


@dataclass(frozen=True, eq=False)
class WordStarts:
    """A pattern found only where a word starts: not after a word character nor one of
    ``excluded``. The same matches as the pattern behind the lookbehind ``(?<![\\w...])``, which the
    regex engine tries at every position of the text, found by a scan it runs fast: from each
    separator (a class of ranges it tests by table lookup), and a match at the text's start. Group
    1 of each match is the pattern's match."""

    after_separator: re.Pattern[str]
    at_start: re.Pattern[str]

    @classmethod
    def of(cls, pattern: str, excluded: str = "") -> WordStarts:
        return cls(re.compile(f"[{_separators(excluded)}]({pattern})"), re.compile(f"({pattern})"))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in order, none overlapping the one before (as ``finditer`` would find them)."""
        first = self.at_start.match(text)
        if first is not None:
            yield first
        position = first.end() if first is not None else 0
        while True:
            for match in self.after_separator.finditer(text, position):
                separator = text[match.start()]
                if separator > "\uffff" and _WORD_CHARACTER_RE.match(separator):
                    # (a word character beyond the Basic Multilingual Plane, which the class lets
                    # through: no separator; look again from the next character)
                    position = match.start() + 1
                    break
                yield match
            else:
                return


class Extraction:
    """Collects what a language pack finds in an item's body, then builds the enriched item."""

    _PREFIXES: ClassVar[dict[str, str]] = {"person": "per", "organisation": "org", "place": "loc"}

    def __init__(self, item: NewsItem) -> None:
        self.item = item
        self.views: list[NormalisedText] = normalise_blocks([block.text for block in item.body])
        self.blocks: list[Block] = list(item.body)
        self.clusters: dict[tuple[str, str], Cluster] = {}
        self._gated: dict[Gate, frozenset[int]] = {}
        # The clusters of each kind, in order of creation (``of_kind`` is asked hundreds of times
        # an article; filtering every cluster each time cost more than keeping this list).
        self._by_kind: dict[str, list[Cluster]] = {}
        self.dates: dict[tuple[str, str | None], DateFinding] = {}
        self.documents: list[DocumentFinding] = []
        self.awards: list[AwardFinding] = []
        self.event: EventFinding | None = None
        self.byline: str | None = None

    @cached_property
    def article(self) -> str:
        """The views' texts joined by line breaks (no name spans one): one text to search for a
        word, for several finders."""
        return "\n".join(view.text for view in self.views)

    @cached_property
    def block_starts(self) -> list[int]:
        """Where each view's text starts in ``article``."""
        return list(accumulate((len(view.text) + 1 for view in self.views[:-1]), initial=0))

    def blocks_matching(self, pattern: re.Pattern[str], gate: Gate | None = None) -> set[int]:
        """The indices of the views ``pattern`` matches in (it must not match across a line break):
        one scan of the article costs less than one per view, most of which hold no match. With a
        ``gate``, only the views the gate lets through are searched."""
        if gate is not None:
            views = self.views
            return {index for index in self.gated(gate) if pattern.search(views[index].text)}
        starts = self.block_starts
        return {bisect_right(starts, match.start()) - 1 for match in pattern.finditer(self.article)}

    def blocks_starting(self, starts: WordStarts) -> set[int]:
        """The indices of the views ``starts`` matches in (one scan of the article)."""
        block_starts = self.block_starts
        return {bisect_right(block_starts, match.start(1)) - 1 for match in starts.finditer(self.article)}

    def starts_by_block(self, starts: WordStarts) -> dict[int, list[tuple[int, str]]]:
        """Where in each view ``starts`` matches, and its match, in order: one scan of the article
        (cheaper than one per view; no match crosses a line break, and a view's start is one of a
        word)."""
        block_starts = self.block_starts
        found: dict[int, list[tuple[int, str]]] = {}
        for match in starts.finditer(self.article):
            start = match.start(1)
            index = bisect_right(block_starts, start) - 1
            found.setdefault(index, []).append((start - block_starts[index], match.group(1)))
        return found

    def gated(self, gate: Gate) -> frozenset[int]:
        """The indices of the views ``gate`` lets through, found once an article for all the
        patterns it gates."""
        found = self._gated.get(gate)
        if found is None:
            found = self._gated[gate] = frozenset(self._gate_hits(gate))
        return found

    def _gate_hits(self, gate: Gate) -> Iterable[int]:
        starts, article = self.block_starts, self.article
        if gate.backwards:
            # A hit at ``i`` of the reversed article is at ``last - i`` of the article.
            last = len(article) - 1
            hits = (last - match.start() for match in gate.pattern.finditer(article[::-1]))
        else:
            hits = (match.start() for match in gate.pattern.finditer(article))
        yield from (bisect_right(starts, hit) - 1 for hit in hits)
        for word in gate.words:
            at = article.find(word)
            while at >= 0:
                yield bisect_right(starts, at) - 1
                at = article.find(word, at + 1)

    @cached_property
    def with_digits(self) -> frozenset[int]:
        """The indices of the views that hold a digit (the blocks dates and numbers can be in)."""
        return frozenset(i for i, view in enumerate(self.views) if _DIGIT_RE.search(view.text))

    # --- spans -----------------------------------------------------------------------------

    def surface(self, span: Span) -> str:
        """The verbatim text of a view span."""
        return self.views[span.block].original_slice(span.start, span.end)

    def mark_credit(self, span: Span) -> None:
        """The span's block is a photo caption whose credit is the span (both packs' credit finders)."""
        begin, finish = self.views[span.block].to_original(span.start, span.end)
        text = self.blocks[span.block].text
        self.blocks[span.block] = Block(
            kind=BlockKind.CAPTION, text=text, credit=TextRange(start=begin, end=finish)
        )

    # --- entities --------------------------------------------------------------------------

    def add(self, kind: str, key: str, span: Span, surface: str | None = None) -> Cluster:
        """Record a mention of the entity ``key`` of ``kind``; the surface defaults to the view text."""
        cluster = self.clusters.get((kind, key))
        if cluster is None:  # (not setdefault: that would build a Cluster at every mention)
            cluster = self.clusters[kind, key] = Cluster(kind, key)
            self._by_kind.setdefault(kind, []).append(cluster)
        if span not in cluster.spans:
            cluster.spans.append(span)
            cluster.surfaces.append(surface if surface is not None else self.view_text(span))
        return cluster

    def view_text(self, span: Span) -> str:
        return self.views[span.block].text[span.start : span.end]

    def find(self, kind: str, key: str) -> Cluster | None:
        return self.clusters.get((kind, key))

    def of_kind(self, kind: str) -> list[Cluster]:
        return list(self._by_kind.get(kind, ()))

    def discard(self, cluster: Cluster) -> None:
        """Forget an entity found wrongly (before anything refers to it)."""
        del self.clusters[cluster.kind, cluster.key]
        self._by_kind[cluster.kind].remove(cluster)

    def add_date(self, value: PartialDate, end: PartialDate | None, role: DateRole, span: Span) -> None:
        key = (value.isoformat(), end.isoformat() if end else None)
        self.dates.setdefault(key, DateFinding(value, end, role, [])).spans.append(span)

    # --- building the item -----------------------------------------------------------------

    def build(self, language: str | None = None) -> NewsItem:
        """The item with its entities; ids are minted in order of first mention. ``language``
        tags an item that has no language yet (the item is validated once, not twice)."""
        # One sort by first mention (stable: clusters first mentioned at one place keep their order
        # of creation) numbers each kind and lists it in that order.
        by_kind: dict[str, list[Cluster]] = {"person": [], "organisation": [], "place": []}
        for cluster in sorted(self.clusters.values(), key=_first_mention):
            group = by_kind[cluster.kind]
            group.append(cluster)
            cluster.local_id = f"{self._PREFIXES[cluster.kind]}{len(group)}"
        people = [self._person(c) for c in by_kind["person"]]
        organisations = [self._organisation(c) for c in by_kind["organisation"]]
        places = [self._place(c) for c in by_kind["place"]]
        # The item's fields (``__dict__`` holds them all: the model forbids extra fields); ``dict(item)``
        # cost 20 us an article: its look for a ``keys`` method raises in pydantic's ``__getattr__``.
        fields = self.item.__dict__.copy()
        fields.update(
            body=self.blocks,
            people=people,
            organisations=organisations,
            places=places,
            dates=self._dates(),
            documents=self._documents(),
            awards=self._awards(),
            event=self._event(),
            byline=self.byline if self.byline is not None else self.item.byline,
        )
        if self.item.language is None and language is not None:
            fields["language"] = language
        # The entities are plain data, validated once with the item (one pass in pydantic-core
        # instead of a Python call per model); every mention is sliced from the body at its
        # offsets (``_mentions``), so the check that it covers its text is left out.
        return NewsItem.model_validate(fields, context=MENTIONS_FROM_BODY)

    def _mentions(self, spans: Iterable[Span]) -> list[dict[str, Any]]:
        """The fields of each mention, its text sliced from the body at its offsets, in text order
        and without repeats."""
        views = self.views
        found: list[dict[str, Any]] = []
        # (A span sorts as its tuple: block, start, end.)
        for block, start, end in sorted(set(spans)):
            view = views[block]
            begin, finish = view.to_original(start, end)
            # (The view's original is the block's text in ``self.item.body``.)
            found.append({"block": block, "start": begin, "end": finish, "text": view.original[begin:finish]})
        return found

    def _person(self, c: Cluster) -> dict[str, Any]:
        return {
            "id": c.local_id,
            "name": c.preferred_name(),
            "rank": c.rank,
            "titles": c.titles,
            "roles": c.roles,
            "mentions": self._mentions(c.spans),
        }

    def _organisation(self, c: Cluster) -> dict[str, Any]:
        names = c.names()
        aliases = [name for name in names[1:] if name != c.abbreviation]
        return {
            "id": c.local_id,
            "name": names[0],
            "abbreviation": c.abbreviation,
            "aliases": aliases,
            "mentions": self._mentions(c.spans),
        }

    def _place(self, c: Cluster) -> dict[str, Any]:
        return {"id": c.local_id, "name": c.preferred_name(), "mentions": self._mentions(c.spans)}

    def _dates(self) -> list[dict[str, Any]]:
        entries = sorted(self.dates.values(), key=lambda entry: _first(entry.spans))
        return [
            {
                "id": f"date{n}",
                "value": d.value,
                "end": d.end,
                "role": d.role,
                "mentions": self._mentions(d.spans),
            }
            for n, d in enumerate(entries, start=1)
        ]

    def _documents(self) -> list[dict[str, Any]]:
        return [
            {
                "id": f"doc{n}",
                "kind": doc.kind,
                "number": doc.number,
                "date": doc.date,
                "issuer_id": self._id_of(doc.issuer),
                "mentions": self._mentions(doc.spans),
            }
            for n, doc in enumerate(self.documents, start=1)
        ]

    def _awards(self) -> list[dict[str, Any]]:
        return [
            {
                "id": f"award{n}",
                "name": award.name,
                "giver_id": self._id_of(award.giver),
                "recipients": [
                    {"text": text, "entity_id": self._id_of(ref)} for text, ref in award.recipients
                ],
                "reason": award.reason,
                "mentions": self._mentions([award.span]),
            }
            for n, award in enumerate(self.awards, start=1)
        ]

    def _event(self) -> dict[str, Any] | None:
        found = self.event
        if found is None:
            return None
        participants = [
            {"entity_id": ref, "role": role}
            for key, role in found.participants
            if (ref := self._id_of(key)) is not None
        ]
        organisers = [ref for key in found.organisers if (ref := self._id_of(key)) is not None]
        return {
            "id": "event1",
            "name": found.name,
            "kind": found.kind,
            "start": found.start,
            "end": found.end,
            "place_id": self._id_of(found.place),
            "organiser_ids": organisers,
            "participants": participants,
            "mentions": self._mentions([found.span]),
        }

    def _id_of(self, ref: Ref | None) -> str | None:
        if ref is None:
            return None
        cluster = self.clusters.get(ref)
        return cluster.local_id if cluster is not None else None


Ref = tuple[str, str]
"""A found entity: its kind and its cluster key."""


@dataclass
class DateFinding:
    value: PartialDate
    end: PartialDate | None
    role: DateRole
    spans: list[Span]


@dataclass
class DocumentFinding:
    kind: str
    number: str | None
    date: PartialDate | None
    issuer: Ref | None
    spans: list[Span]


@dataclass
class AwardFinding:
    name: str
    giver: Ref | None
    recipients: list[tuple[str, Ref | None]]
    reason: str | None
    span: Span


@dataclass
class EventFinding:
    name: str
    kind: EventKind
    span: Span
    start: PartialDate | None = None
    end: PartialDate | None = None
    place: Ref | None = None
    organisers: list[Ref] = field(default_factory=list)
    participants: list[tuple[Ref, ParticipantRole]] = field(default_factory=list)


def spans_of(ex: Extraction, kind: str) -> dict[int, list[Span]]:
    """The spans of every entity of ``kind``, by block."""
    spans: dict[int, list[Span]] = {}
    for cluster in ex.of_kind(kind):
        for span in cluster.spans:
            spans.setdefault(span.block, []).append(span)
    return spans


def _first_mention(cluster: Cluster) -> tuple[int, int]:
    return _first(cluster.spans)


def _first(spans: list[Span]) -> tuple[int, int]:
    # (A span compares as its tuple: the least is the first by block and start, with no key.)
    block, start, _ = min(spans)
    return block, start


Pack = Callable[[Extraction], None]


Finder = Callable[[Extraction], None]
"""One rule of a language pack: finds one kind of thing and records it in the extraction."""


class Ruler:
    """A language pack's finders, named and in the order they run (a later finder may use what an
    earlier one found: the event uses the people, organisations, places and dates).

    A finder can be looked up by name and run alone, e.g. in a test:
    ``ruler.run(Extraction(item), only=["dates"])``."""

    def __init__(self, finders: Iterable[tuple[str, Finder]]) -> None:
        self._finders: list[tuple[str, Finder]] = list(finders)
        names = self.names()
        if len(set(names)) != len(names):
            raise ValueError(f"finder names repeat: {names}")

    def names(self) -> list[str]:
        return [name for name, _ in self._finders]

    def get(self, name: str) -> Finder:
        for found, finder in self._finders:
            if found == name:
                return finder
        raise KeyError(f"no finder named {name!r}; the finders are {self.names()}")

    def run(self, extraction: Extraction, only: Iterable[str] | None = None) -> None:
        """Run every finder in order, or only those named (still in the ruler's order)."""
        wanted = None if only is None else set(only)
        unknown = (wanted or set()) - set(self.names())
        if unknown:
            raise KeyError(f"no finder named {sorted(unknown)}; the finders are {self.names()}")
        for name, finder in self._finders:
            if wanted is None or name in wanted:
                finder(extraction)

    def __call__(self, extraction: Extraction) -> None:
        self.run(extraction)
