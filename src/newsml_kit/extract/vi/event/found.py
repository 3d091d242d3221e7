"""What the finders found at a position of a paragraph: the person, organisation or place that
ends or starts there or lies within a span, whether a person is an official, whether a word
sits inside a venue's name."""

from __future__ import annotations

from newsml_kit.extract.core import Extraction, Ref
from newsml_kit.extract.vi.event.patterns import _venue_heads


def _names_an_entity(ex: Extraction, index: int, start: int, end: int) -> bool:
    return any(
        span.block == index and span.start < end and start < span.end
        for kind in ("person", "place", "organisation")
        for cluster in ex.of_kind(kind)
        for span in cluster.spans
    )


def _place_within(ex: Extraction, block: int, start: int, end: int) -> Ref | None:
    for cluster in ex.of_kind("place"):
        if any(span.block == block and start <= span.start < end for span in cluster.spans):
            return ("place", cluster.key)
    return None


def _entity_ending_at(ex: Extraction, block: int, position: int) -> Ref | None:
    for kind in ("person", "organisation"):
        for cluster in ex.of_kind(kind):
            if any(span.block == block and span.end == position for span in cluster.spans):
                return (kind, cluster.key)
    return None


def _in_venue(text: str, position: int) -> bool:
    """A head inside a venue's name ("tại Trung tâm Hội nghị Quốc gia") names no event."""
    return any(
        venue.start() < position < venue.end()
        for venue in _venue_heads().finditer(text, max(0, position - 24), position + 24)
    )


def _place_ending_at(ex: Extraction, block: int, position: int) -> Ref | None:
    for cluster in ex.of_kind("place"):
        if any(span.block == block and span.end == position for span in cluster.spans):
            return ("place", cluster.key)
    return None


def _official(ex: Extraction, person: Ref) -> bool:
    """A person the text gives an official title or a rank."""
    cluster = ex.find(*person)
    return cluster is not None and bool(cluster.titles or cluster.rank)
