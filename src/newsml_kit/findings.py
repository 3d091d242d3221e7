"""What extraction found in an item, as a JSON document or a table for people to read."""

from __future__ import annotations

import json
from typing import Any

from newsml_kit.model import BlockKind, NewsItem


def findings(item: NewsItem) -> dict[str, Any]:
    """The extracted facts of ``item`` (no body text), with entity references resolved to names."""
    names = {entity.id: getattr(entity, "name", entity.id) for _, entity in item.entities()}

    def dump(values: list[Any]) -> list[dict[str, Any]]:
        return [
            value.model_dump(mode="json", exclude_defaults=True, exclude={"mentions"}) for value in values
        ]

    event: dict[str, Any] | None = None
    if item.event is not None:
        event = item.event.model_dump(mode="json", exclude_defaults=True, exclude={"mentions"})
        event["place"] = names.get(item.event.place_id or "")
        event["organisers"] = [names[ref] for ref in item.event.organiser_ids]
        event["participants"] = [
            {"name": names[p.entity_id], "role": p.role.value} for p in item.event.participants
        ]
    photos = [
        {"caption": block.text, "credit": block.text[block.credit.start : block.credit.end]}
        for block in item.body
        if block.kind is BlockKind.CAPTION and block.credit is not None
    ]
    return {
        "guid": item.guid,
        "language": item.language,
        "content_created": item.content_created.isoformat() if item.content_created else None,
        "event": event,
        "people": dump(item.people),
        "organisations": dump(item.organisations),
        "places": dump(item.places),
        "dates": dump(item.dates),
        "documents": dump(item.documents),
        "awards": dump(item.awards),
        "photos": photos,
        "byline": item.byline,
    }


def findings_json(item: NewsItem) -> str:
    return json.dumps(findings(item), ensure_ascii=False, indent=2) + "\n"


def findings_table(item: NewsItem) -> str:
    """One section per kind of fact, one line per fact."""
    found = findings(item)
    names = {entity.id: getattr(entity, "name", entity.id) for _, entity in item.entities()}
    lines = [f"{item.guid}  language={found['language']}  date={found['content_created']}"]

    def section(title: str, rows: list[str]) -> None:
        lines.append(f"\n{title} ({len(rows)})")
        lines.extend(f"  {row}" for row in rows)

    event = found["event"]
    if event is not None:
        section(
            "event",
            [
                f"name: {event['name']}",
                f"kind: {event.get('kind', 'other')}",
                f"start: {event.get('start', '-')}",
                f"place: {event['place'] or '-'}",
                f"organisers: {', '.join(event['organisers']) or '-'}",
                *(f"{p['role']}: {p['name']}" for p in event["participants"]),
            ],
        )
    section(
        "people",
        [
            " | ".join(
                part
                for part in (p.name, p.rank or "", "; ".join(p.titles), ", ".join(r.value for r in p.roles))
                if part
            )
            for p in item.people
        ],
    )
    section("organisations", [" | ".join([o.name, *o.aliases]) for o in item.organisations])
    section("places", [p.name for p in item.places])
    section("dates", [f"{d.value}{'/' + str(d.end) if d.end else ''}  ({d.role.value})" for d in item.dates])
    section(
        "documents",
        [
            f"{d.kind} {d.number or ''} {d.date or ''} {names.get(d.issuer_id or '', '')}".strip()
            for d in item.documents
        ],
    )
    section(
        "awards",
        [
            f"{a.name} | from: {names.get(a.giver_id or '', '-')} | to: "
            + ("; ".join(r.text for r in a.recipients) or "-")
            for a in item.awards
        ],
    )
    section("photo credits", [f"{p['credit']}: {p['caption']}" for p in found["photos"]])
    section("byline", [item.byline] if item.byline else [])
    return "\n".join(lines) + "\n"
