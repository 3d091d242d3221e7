"""Corrections a reviewer makes to an extracted item, as data, each applied through the model.

An edit never touches the text: it adds or removes what the text is said to name (mentions,
entities), merges two entities, sets the event's fields and roles, or a person's rank and titles.
Applying one builds a new ``NewsItem``, so every invariant of the model (spans inside the text,
ids that resolve) is checked again; an edit the model refuses raises ``EditRefused`` saying why,
and the item it was applied to is left as it was (items are immutable).

Edits are pydantic models with an ``op`` tag, so the review page's JSON is parsed and checked
by the same means as the model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from newsml_kit.dates import PartialDate
from newsml_kit.model import (
    Award,
    DateMention,
    DateRole,
    Document,
    Entity,
    Event,
    EventKind,
    LocalId,
    Mention,
    NewsItem,
    NonEmptyText,
    Organisation,
    Participant,
    ParticipantRole,
    Person,
    Place,
    Text,
)

MAX_EDITS = 2000
"""The most edits one request may carry (a review session is tens, not thousands)."""


class EditRefused(ValueError):
    """An edit the item cannot take; the message says why, in words a reviewer can act on."""


class _Edit(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Edit):
    """A selection of the text: ``body[block].text[start:end]`` in code points."""

    block: Annotated[int, Field(ge=0)]
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str | None = None
    """What the reviewer saw selected; when given, it must be what the span covers."""


EntityKind = Literal["person", "organisation", "place", "date", "document", "award"]
GROUPS: dict[str, str] = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
    "date": "dates",
    "document": "documents",
    "award": "awards",
}
ID_PREFIXES: dict[str, str] = {
    "event": "event",
    "people": "per",
    "organisations": "org",
    "places": "loc",
    "dates": "date",
    "documents": "doc",
    "awards": "award",
}


class AddMention(_Edit):
    """Say that a selection of the text names an existing entity (the event included)."""

    op: Literal["add_mention"] = "add_mention"
    entity_id: LocalId
    span: Span


class AddEntity(_Edit):
    """A new entity named by a selection; its name is the selected text unless given.

    A date needs its ``value`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); a document its ``kind``
    (the selection when not given)."""

    op: Literal["add_entity"] = "add_entity"
    kind: EntityKind
    span: Span
    name: NonEmptyText | None = None
    value: str | None = None


class RemoveMention(_Edit):
    op: Literal["remove_mention"] = "remove_mention"
    entity_id: LocalId
    index: Annotated[int, Field(ge=0)]


class RemoveEntity(_Edit):
    """Remove an entity (or the event) and every reference to it."""

    op: Literal["remove_entity"] = "remove_entity"
    entity_id: LocalId


class MergeEntities(_Edit):
    """Fold ``merge_id`` into ``keep_id`` (same kind): mentions, titles and references move over."""

    op: Literal["merge_entities"] = "merge_entities"
    keep_id: LocalId
    merge_id: LocalId


class SetEvent(_Edit):
    """Set the event's fields (creating the event when the item has none; it then needs a name).
    A field left out stays as it is; ``start``/``end``/``place_id`` given as ``""`` are cleared."""

    op: Literal["set_event"] = "set_event"
    name: NonEmptyText | None = None
    kind: EventKind | None = None
    start: str | None = None
    end: str | None = None
    place_id: LocalId | Literal[""] | None = None


class SetRole(_Edit):
    """Give a person or organisation a role in the event, or take it out of the participants (None)."""

    op: Literal["set_role"] = "set_role"
    entity_id: LocalId
    role: ParticipantRole | None


class SetOrganiser(_Edit):
    op: Literal["set_organiser"] = "set_organiser"
    entity_id: LocalId
    organiser: bool


class SetPerson(_Edit):
    """A person's rank and titles (as written in the text, one title per entry); name when given."""

    op: Literal["set_person"] = "set_person"
    person_id: LocalId
    name: NonEmptyText | None = None
    rank: Text | None = None
    titles: list[Text]


Edit = Annotated[
    AddMention
    | AddEntity
    | RemoveMention
    | RemoveEntity
    | MergeEntities
    | SetEvent
    | SetRole
    | SetOrganiser
    | SetPerson,
    Field(discriminator="op"),
]
_EDITS: TypeAdapter[list[Edit]] = TypeAdapter(list[Edit])


def parse_edits(value: object) -> list[Edit]:
    """Edits from the page's JSON; a malformed one is refused with its position and field."""
    if isinstance(value, list) and len(value) > MAX_EDITS:
        raise EditRefused(f"too many edits in one request ({len(value)}; at most {MAX_EDITS})")
    try:
        return _EDITS.validate_python(value)
    except ValidationError as exc:
        raise EditRefused(_describe(exc)) from None


def apply(item: NewsItem, edit: Edit) -> NewsItem:
    """The item with ``edit`` made, checked by the model; ``EditRefused`` says why it cannot be."""
    handler = _HANDLERS[type(edit)]
    updates = handler(item, edit)
    return _rebuild(item, updates)


def apply_all(item: NewsItem, edits: Iterable[Edit]) -> NewsItem:
    """Every edit in turn; a refused one names its position."""
    for number, edit in enumerate(edits, 1):
        try:
            item = apply(item, edit)
        except EditRefused as exc:
            raise EditRefused(f"edit {number} ({edit.op}): {exc}") from None
    return item


class History:
    """An item and the edits made to it so far: ``undo`` gives back the item before the last edit."""

    def __init__(self, item: NewsItem) -> None:
        self._items = [item]

    @property
    def item(self) -> NewsItem:
        return self._items[-1]

    @property
    def depth(self) -> int:
        return len(self._items) - 1

    def apply(self, edit: Edit) -> NewsItem:
        self._items.append(apply(self.item, edit))
        return self.item

    def undo(self) -> NewsItem:
        if len(self._items) == 1:
            raise EditRefused("nothing to undo")
        self._items.pop()
        return self.item


# --- the edits --------------------------------------------------------------------------------

Updates = dict[str, Any]


def _add_mention(item: NewsItem, edit: AddMention) -> Updates:
    group, index, entity = _find(item, edit.entity_id)
    mention = _mention(item, edit.span)
    if mention in entity.mentions:
        raise EditRefused(f"{edit.entity_id} already has this mention")
    mentions = sorted([*entity.mentions, mention], key=lambda m: (m.block, m.start, m.end))
    return _replace(item, group, index, entity.model_copy(update={"mentions": mentions}))


def _add_entity(item: NewsItem, edit: AddEntity) -> Updates:
    group = GROUPS[edit.kind]
    mention = _mention(item, edit.span)
    for existing in getattr(item, group):
        if mention in existing.mentions:  # most likely a key pressed twice
            raise EditRefused(f"{existing.id} already names this text as a {edit.kind}")
    new_id = next_id(item, group)
    name = edit.name or mention.text
    entity: Entity
    if edit.kind == "person":
        entity = Person(id=new_id, name=name, mentions=[mention])
    elif edit.kind == "organisation":
        entity = Organisation(id=new_id, name=name, mentions=[mention])
    elif edit.kind == "place":
        entity = Place(id=new_id, name=name, mentions=[mention])
    elif edit.kind == "award":
        entity = Award(id=new_id, name=name, mentions=[mention])
    elif edit.kind == "document":
        entity = Document(id=new_id, kind=name, mentions=[mention])
    else:
        if not edit.value:
            raise EditRefused("a date needs its value (YYYY, YYYY-MM or YYYY-MM-DD)")
        entity = DateMention(
            id=new_id, value=_partial_date(edit.value), role=DateRole.OTHER, mentions=[mention]
        )
    return {group: [*getattr(item, group), entity]}


def _remove_mention(item: NewsItem, edit: RemoveMention) -> Updates:
    group, index, entity = _find(item, edit.entity_id)
    if edit.index >= len(entity.mentions):
        raise EditRefused(f"{edit.entity_id} has no mention {edit.index} (it has {len(entity.mentions)})")
    mentions = [m for i, m in enumerate(entity.mentions) if i != edit.index]
    return _replace(item, group, index, entity.model_copy(update={"mentions": mentions}))


def _remove_entity(item: NewsItem, edit: RemoveEntity) -> Updates:
    group, _, _ = _find(item, edit.entity_id)
    if group == "event":
        return {"event": None}
    updates = _rewrite_references(item, edit.entity_id, None)
    kept = [e for e in updates.get(group, getattr(item, group)) if e.id != edit.entity_id]
    updates[group] = kept
    return updates


def _merge_entities(item: NewsItem, edit: MergeEntities) -> Updates:
    if edit.keep_id == edit.merge_id:
        raise EditRefused("an entity cannot be merged into itself")
    keep_group, _, keep = _find(item, edit.keep_id)
    merge_group, _, merged = _find(item, edit.merge_id)
    if keep_group != merge_group:
        raise EditRefused(
            f"{edit.merge_id} is in {merge_group} and {edit.keep_id} in {keep_group}: "
            "only entities of one kind merge"
        )
    if keep_group == "event":
        raise EditRefused("an item has one event")
    mentions = sorted({*keep.mentions, *merged.mentions}, key=lambda m: (m.block, m.start, m.end, m.text))
    extra: Updates = {"mentions": mentions}
    if isinstance(keep, Person) and isinstance(merged, Person):
        extra["titles"] = _union(keep.titles, merged.titles)
        extra["roles"] = _union(keep.roles, merged.roles)
        extra["organisation_ids"] = _union(keep.organisation_ids, merged.organisation_ids)
        extra["rank"] = keep.rank or merged.rank
    elif isinstance(keep, Organisation) and isinstance(merged, Organisation):
        aliases = [merged.name, *merged.aliases] if merged.name != keep.name else merged.aliases
        extra["aliases"] = [a for a in _union(keep.aliases, aliases) if a != keep.name]
    updates = _rewrite_references(item, edit.merge_id, edit.keep_id)
    group = [e for e in updates.get(keep_group, getattr(item, keep_group)) if e.id != edit.merge_id]
    updates[keep_group] = [_merged(e, extra) if e.id == edit.keep_id else e for e in group]
    return updates


def _merged(kept: Entity, extra: Updates) -> Entity:
    if getattr(kept, "parent_id", None) == kept.id:  # it was the parent of the one merged into it
        extra = {**extra, "parent_id": None}
    return kept.model_copy(update=extra)


def _set_event(item: NewsItem, edit: SetEvent) -> Updates:
    fields: Updates = {}
    if edit.name is not None:
        fields["name"] = edit.name
    if edit.kind is not None:
        fields["kind"] = edit.kind
    for name in ("start", "end"):
        value = getattr(edit, name)
        if value is not None:
            fields[name] = _event_date(value) if value else None
    if edit.place_id is not None:
        fields["place_id"] = edit.place_id or None
    if item.event is None:
        if "name" not in fields:
            raise EditRefused("the item has no event yet: give it a name")
        return {"event": Event(id=next_id(item, "event"), **fields)}
    return {"event": _event_copy(item.event, fields)}


def _set_role(item: NewsItem, edit: SetRole) -> Updates:
    event = _the_event(item)
    _agent(item, edit.entity_id)
    others = [p for p in event.participants if p.entity_id != edit.entity_id]
    if edit.role is None:
        if len(others) == len(event.participants):
            raise EditRefused(f"{edit.entity_id} is not a participant")
        return {"event": _event_copy(event, {"participants": others})}
    current = [p for p in event.participants if p.entity_id == edit.entity_id]
    if current:  # keep its place in the list
        participants = [
            Participant(entity_id=p.entity_id, role=edit.role) if p.entity_id == edit.entity_id else p
            for p in event.participants
            if p is current[0] or p.entity_id != edit.entity_id
        ]
    else:
        participants = [*event.participants, Participant(entity_id=edit.entity_id, role=edit.role)]
    return {"event": _event_copy(event, {"participants": participants})}


def _set_organiser(item: NewsItem, edit: SetOrganiser) -> Updates:
    event = _the_event(item)
    _agent(item, edit.entity_id)
    present = edit.entity_id in event.organiser_ids
    if edit.organiser == present:
        return {}
    if edit.organiser:
        organisers = [*event.organiser_ids, edit.entity_id]
    else:
        organisers = [ref for ref in event.organiser_ids if ref != edit.entity_id]
    return {"event": _event_copy(event, {"organiser_ids": organisers})}


def _set_person(item: NewsItem, edit: SetPerson) -> Updates:
    group, index, person = _find(item, edit.person_id)
    if group != "people":
        raise EditRefused(f"{edit.person_id} is not a person")
    titles = [title.strip() for title in edit.titles if title.strip()]
    rank = edit.rank.strip() if edit.rank is not None else None
    fields: Updates = {"titles": titles, "rank": rank or None}
    if edit.name is not None:
        fields["name"] = edit.name
    return _replace(item, group, index, _entity_copy(person, fields))


_HANDLERS: dict[type[_Edit], Callable[[NewsItem, Any], Updates]] = {
    AddMention: _add_mention,
    AddEntity: _add_entity,
    RemoveMention: _remove_mention,
    RemoveEntity: _remove_entity,
    MergeEntities: _merge_entities,
    SetEvent: _set_event,
    SetRole: _set_role,
    SetOrganiser: _set_organiser,
    SetPerson: _set_person,
}


# --- helpers ----------------------------------------------------------------------------------


def next_id(item: NewsItem, group: str) -> str:
    """The first free id of the form the extractor writes (``per3``, ``org1``, ...)."""
    used = {entity.id for _, entity in item.entities()}
    prefix = ID_PREFIXES[group]
    number = 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"


def _find(item: NewsItem, entity_id: str) -> tuple[str, int, Entity]:
    for path, entity in item.entities():
        if entity.id == entity_id:
            group, _, index = path.partition(".")
            return group, int(index or 0), entity
    raise EditRefused(f"there is no entity {entity_id!r}")


def _agent(item: NewsItem, entity_id: str) -> None:
    group, _, _ = _find(item, entity_id)
    if group not in ("people", "organisations"):
        raise EditRefused(f"{entity_id} is in {group}: only people and organisations take part in an event")


def _the_event(item: NewsItem) -> Event:
    if item.event is None:
        raise EditRefused("the item has no event: set the event's name first")
    return item.event


def _mention(item: NewsItem, span: Span) -> Mention:
    if span.block >= len(item.body):
        raise EditRefused(f"block {span.block} does not exist (the body has {len(item.body)})")
    text = item.body[span.block].text
    if not span.start < span.end <= len(text):
        raise EditRefused(
            f"selection [{span.start}, {span.end}) is not inside block {span.block} (length {len(text)})"
        )
    covered = text[span.start : span.end]
    if span.text is not None and span.text != covered:
        raise EditRefused(f"the selection {span.text!r} is not the text at that place ({covered!r})")
    if covered != covered.strip():
        raise EditRefused("a mention does not start or end with a space: select the words only")
    return Mention(block=span.block, start=span.start, end=span.end, text=covered)


def _partial_date(value: str) -> PartialDate:
    try:
        return PartialDate.parse(value.strip())
    except ValueError as exc:
        raise EditRefused(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): {exc}") from None


def _event_date(value: str) -> Any:
    """An event date: a partial date, or a date and time with its offset (as canonical JSON writes)."""
    from newsml_kit.model import DateOrDateTime

    try:
        return TypeAdapter(DateOrDateTime).validate_python(value.strip())
    except ValidationError:
        raise EditRefused(
            f"{value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+hh:mm)"
        ) from None


def _replace(item: NewsItem, group: str, index: int, entity: Entity) -> Updates:
    if group == "event":
        return {"event": entity}
    entities = list(getattr(item, group))
    entities[index] = entity
    return {group: entities}


def _union(first: Sequence[Any], second: Sequence[Any]) -> list[Any]:
    return list(dict.fromkeys([*first, *second]))


def _entity_copy(entity: Entity, fields: Updates) -> Any:
    """A copy with ``fields`` changed, validated as the model validates it (model_copy would not)."""
    try:
        return type(entity).model_validate({**dict(entity), **fields})
    except ValidationError as exc:
        raise EditRefused(_describe(exc)) from None


def _event_copy(event: Event, fields: Updates) -> Event:
    result: Event = _entity_copy(event, fields)
    return result


def _rewrite_references(item: NewsItem, old: str, new: str | None) -> Updates:
    """Every field holding a reference to ``old`` made to point at ``new`` (or dropped when None)."""
    updates: Updates = {}
    if item.event is not None:
        updates["event"] = _rewrite_entity(item.event, old, new)
    for group in ("people", "organisations", "places", "documents", "awards"):
        updates[group] = [_rewrite_entity(e, old, new) for e in getattr(item, group)]
    return updates


def _rewrite_entity(entity: Entity, old: str, new: str | None) -> Any:
    fields: Updates = {}
    for name in ("parent_id", "place_id", "issuer_id", "giver_id"):
        if getattr(entity, name, None) == old:
            fields[name] = new
    if isinstance(entity, Person) and old in entity.organisation_ids:
        fields["organisation_ids"] = _swap(entity.organisation_ids, old, new)
    if isinstance(entity, Event):
        if old in entity.organiser_ids:
            fields["organiser_ids"] = _swap(entity.organiser_ids, old, new)
        if any(p.entity_id == old for p in entity.participants):
            fields["participants"] = _swap_participants(entity.participants, old, new)
        if any(c.id == old for c in entity.codes):  # an agency's codes follow their entity
            kept = [c for c in entity.codes if c.id != old or new is not None]
            codes = [c.model_copy(update={"id": new}) if c.id == old else c for c in kept]
            fields["codes"] = list({(c.id, c.qcode): c for c in codes}.values())
    if isinstance(entity, Award) and any(r.entity_id == old for r in entity.recipients):
        fields["recipients"] = [
            r.model_copy(update={"entity_id": new}) if r.entity_id == old else r for r in entity.recipients
        ]
    return entity.model_copy(update=fields) if fields else entity


def _swap(refs: Sequence[str], old: str, new: str | None) -> list[str]:
    swapped = [new if ref == old else ref for ref in refs]
    return list(dict.fromkeys(ref for ref in swapped if ref is not None))


def _swap_participants(participants: Sequence[Participant], old: str, new: str | None) -> list[Participant]:
    """Participants with ``old`` replaced; when ``new`` was already there, its own role wins."""
    result: list[Participant] = []
    seen: set[str] = set()
    present = {p.entity_id for p in participants}
    for participant in participants:
        if participant.entity_id == old:
            if new is None or new in present or new in seen:
                continue
            participant = participant.model_copy(update={"entity_id": new})
        if participant.entity_id not in seen:
            seen.add(participant.entity_id)
            result.append(participant)
    return result


def _rebuild(item: NewsItem, updates: Updates) -> NewsItem:
    """The item with ``updates``, built (so validated) again: the model's invariants decide."""
    if not updates:
        return item
    try:
        return NewsItem(**{**dict(item), **updates})
    except ValidationError as exc:
        raise EditRefused(_describe(exc)) from None


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors(include_url=False)[:3]:
        where = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)
