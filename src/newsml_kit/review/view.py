"""What the review page shows of an item, as plain data: the text cut into highlighted segments,
the event card, the people with rank and titles, every entity with its mentions.

No HTML here: the templates escape every string they are given (autoescape), so nothing in an
article can become markup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from newsml_kit.model import Entity, NewsItem, Person

KIND_OF_GROUP = {
    "event": "event",
    "people": "person",
    "organisations": "organisation",
    "places": "place",
    "dates": "date",
    "documents": "document",
    "awards": "award",
}
KINDS = ("event", "person", "organisation", "place", "date", "document", "award", "credit")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of a block's text, with the mentions (entity ids and kinds) covering all of it."""

    text: str
    start: int
    ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """The kind shown: the innermost mention's (the last to start)."""
        return self.kinds[-1] if self.kinds else ""


@dataclass(frozen=True, slots=True)
class BlockView:
    index: int
    kind: str
    segments: tuple[Segment, ...]


def blocks(item: NewsItem) -> list[BlockView]:
    """Each block cut at every mention and credit boundary, in one pass per block."""
    marks: list[list[tuple[int, int, str, str]]] = [[] for _ in item.body]
    for path, entity in item.entities():
        kind = KIND_OF_GROUP[path.partition(".")[0]]
        for mention in entity.mentions:
            marks[mention.block].append((mention.start, mention.end, entity.id, kind))
    for index, block in enumerate(item.body):
        if block.credit is not None:
            marks[index].append((block.credit.start, block.credit.end, "", "credit"))
    return [
        BlockView(index, block.kind.value, tuple(_segments(block.text, marks[index])))
        for index, block in enumerate(item.body)
    ]


def _segments(text: str, marks: list[tuple[int, int, str, str]]) -> list[Segment]:
    if not marks:
        return [Segment(text, 0)] if text else []
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    ordered = sorted(marks, key=lambda m: (m[0], -m[1]))  # outer before inner at one start
    segments = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in ordered if m[0] <= start and end <= m[1]]
        segments.append(
            Segment(
                text[start:end],
                start,
                tuple(m[2] for m in covering if m[2]),
                tuple(m[3] for m in covering),
            )
        )
    return segments


@dataclass(frozen=True, slots=True)
class EntityView:
    id: str
    kind: str
    label: str
    detail: str
    mentions: tuple[tuple[int, str], ...]
    """(index, text) of each mention, for removing one."""


def entities(item: NewsItem) -> list[EntityView]:
    views = []
    for path, entity in item.entities():
        kind = KIND_OF_GROUP[path.partition(".")[0]]
        views.append(
            EntityView(
                entity.id,
                kind,
                label(entity),
                _detail(entity),
                tuple((i, m.text) for i, m in enumerate(entity.mentions)),
            )
        )
    return views


def label(entity: Entity) -> str:
    for name in ("name", "kind"):
        value = getattr(entity, name, None)
        if isinstance(value, str) and value:
            return value
    value = getattr(entity, "value", None)
    return str(value) if value is not None else entity.id


def _detail(entity: Entity) -> str:
    if isinstance(entity, Person):
        return " · ".join(part for part in (entity.rank, *entity.titles) if part)
    number = getattr(entity, "number", None)
    if isinstance(number, str):
        return number
    value = getattr(entity, "value", None)
    return str(value) if value is not None and getattr(entity, "name", None) is None else ""


def event_card(item: NewsItem) -> dict[str, Any] | None:
    """The event's fields, with names for the ids it refers to."""
    event = item.event
    if event is None:
        return None
    names = {entity.id: label(entity) for _, entity in item.entities()}
    dates = event.model_dump(mode="json", include={"start", "end"})
    return {
        "id": event.id,
        "name": event.name,
        "kind": event.kind.value,
        "start": dates.get("start") or "",
        "end": dates.get("end") or "",
        "place_id": event.place_id or "",
        "place": names.get(event.place_id or "", ""),
        "organisers": [(ref, names.get(ref, ref)) for ref in event.organiser_ids],
        "participants": [
            (p.entity_id, names.get(p.entity_id, p.entity_id), p.role.value) for p in event.participants
        ],
        "roles": {p.entity_id: p.role.value for p in event.participants},
        "organiser_ids": set(event.organiser_ids),
    }


def people(item: NewsItem) -> list[dict[str, Any]]:
    roles = {}
    if item.event is not None:
        roles = {p.entity_id: p.role.value for p in item.event.participants}
    return [
        {
            "id": person.id,
            "name": person.name,
            "rank": person.rank or "",
            "titles": person.titles,
            "role": roles.get(person.id, ""),
            "mentions": len(person.mentions),
        }
        for person in item.people
    ]
