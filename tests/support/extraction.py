"""The extraction quality benchmark and the gold scores, for the extraction and sample tests; the
helpers that read a sentence written for a test and list what was found in it."""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

from newsml_kit import NewsItem, Person, read
from newsml_kit.evaluate import Evaluation
from newsml_kit.extract import extract
from newsml_kit.model import Event, ParticipantRole
from support.paths import REPO


def quality_bench() -> ModuleType:
    """``bench/extract_quality.py``: the fixed split of the gold set and the regression floor."""
    path = REPO / "bench" / "extract_quality.py"
    spec = importlib.util.spec_from_file_location("extract_quality", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_perfect(evaluation: Evaluation) -> None:
    """Every gold article found, every category at precision and recall 1.0."""
    assert not evaluation.missing
    for category, counts in evaluation.totals.items():
        assert (counts.precision, counts.recall) == (1.0, 1.0), f"{category}: {counts}"


def assert_above_floor(results: dict[str, Any], floor: dict[str, dict[str, tuple[float, float]]]) -> None:
    """Every part (half A, half B, whole) scores at least its floor in every category: the ratchet."""
    failures = []
    for part, categories in floor.items():
        totals = results[part].totals
        for category, (precision, recall) in categories.items():
            got = totals[category]
            if got.precision < precision or got.recall < recall:
                failures.append(
                    f"{part} {category}: P {got.precision:.3f} R {got.recall:.3f}"
                    f" < floor {precision}/{recall}"
                )
    assert not failures, "\n".join(failures)


def extract_text(body: str, date: str = "2023-01") -> NewsItem:
    """``body`` read as a plain-text article whose header gives ``date`` (years and months the
    body leaves out come from it)."""
    return read(f" date {date} {body}".encode(), format="text").item


def people(item: NewsItem) -> list[str]:
    return [p.name for p in item.people]


def places(item: NewsItem) -> list[str]:
    return [p.name for p in item.places]


def organisations(item: NewsItem) -> list[str]:
    return [o.name for o in item.organisations]


def awards(item: NewsItem) -> list[str]:
    return [a.name for a in item.awards]


def dates(item: NewsItem) -> list[str]:
    """Each date as ISO, a range as ``start/end``."""
    return [d.value.isoformat() + (f"/{d.end.isoformat()}" if d.end else "") for d in item.dates]


def person(item: NewsItem, name: str) -> Person:
    found = [p for p in item.people if p.name == name]
    assert found, f"{name} not among {people(item)}"
    return found[0]


def titles(item: NewsItem, name: str) -> list[str]:
    return person(item, name).titles


def rank_and_titles(item: NewsItem, name: str) -> tuple[str | None, list[str]]:
    found = person(item, name)
    return found.rank, found.titles


def event_of(item: NewsItem) -> Event:
    assert item.event is not None
    return item.event


def names_of(item: NewsItem, ids: list[str]) -> list[str]:
    """The names of the people, places and organisations with these ids, in their order."""
    entities = [*item.people, *item.places, *item.organisations]
    return [next(e.name for e in entities if e.id == i) for i in ids]


def guests(item: NewsItem) -> list[str]:
    """The event's guests of honour."""
    roles = event_of(item).participants
    return names_of(item, [p.entity_id for p in roles if p.role is ParticipantRole.GUEST_OF_HONOUR])


def event_place(item: NewsItem) -> str | None:
    place_id = event_of(item).place_id
    return names_of(item, [place_id])[0] if place_id else None


def read_english(*paragraphs: str) -> NewsItem:
    """An English article written for a test: a headline, then the paragraphs, read by the English
    pack whatever the words."""
    text = "Headline of a test article\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(read(text.encode(), format="text", extract=False).item, "en")


def chairs(item: NewsItem) -> list[str]:
    """The event's chairs (its hosts)."""
    roles = event_of(item).participants
    return names_of(item, [p.entity_id for p in roles if p.role is ParticipantRole.CHAIR])


def organisers(item: NewsItem) -> list[str]:
    return names_of(item, event_of(item).organiser_ids)
