"""What ninjs carries of an item, for the ninjs tests."""

from __future__ import annotations

from datetime import datetime

from newsml_kit.model import Event, NewsItem, Organisation, Person, Place


def ninjs_view(item: NewsItem) -> NewsItem:
    """What ninjs carries of an item (docs/ninjs.md): the fields it has a property for (not the
    review status, which canonical JSON alone carries)."""
    rights = item.rights
    if rights is not None and not any(value is not None for value in rights.model_dump().values()):
        rights = None
    event = item.event
    return NewsItem(
        guid=item.guid,
        version=item.version,
        language=item.language,
        version_created=item.version_created,
        first_created=item.first_created,
        content_created=item.content_created if isinstance(item.content_created, datetime) else None,
        provider=item.provider,
        source_ids=item.source_ids,
        headline=item.headline,
        dateline=item.dateline,
        byline=item.byline,
        creditline=item.creditline,
        description=item.description,
        body=item.body,
        event=None if event is None else Event(id=event.id, name=event.name),
        people=[Person(id=p.id, name=p.name, roles=p.roles) for p in item.people],
        organisations=[Organisation(id=o.id, name=o.name) for o in item.organisations],
        places=[Place(id=p.id, name=p.name) for p in item.places],
        pub_status=item.pub_status,
        embargo=item.embargo,
        urgency=item.urgency,
        rights=rights,
        subjects=item.subjects,
        renditions=[r.model_copy(update={"rendition": r.rendition or None}) for r in item.renditions],
    )
