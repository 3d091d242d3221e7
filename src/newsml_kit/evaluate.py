"""Score an extracted ``NewsItem`` against a hand-written gold extraction.

The gold format and the scoring rules are those of the Vietnamese test corpus
(``corpus/vi/GOLD-FORMAT.md`` in the shared test data); this module implements them and
documents the choices the rules leave open:

* Every string is normalised first (``normalise``).
* ``PER``, ``ORG``, ``LOC``: a predicted entity is the set of its names. It is correct when a
  name equals the canonical name or an alias of a gold entity, and then it matches *every* gold
  entity it names. Each correct prediction counts for precision, so two predictions of one gold
  entity are both correct; recall counts each gold entity once. A prediction that names no gold
  entity but an ``*_optional`` string is ignored; any other prediction is a false positive.
* ``RANK`` and ``TITLE``: the pairs (gold person, rank) and (gold person, title), compared as
  sets, for predicted people matched to a gold person; pairs of unmatched people are ignored.
* ``DATE``: sets of values; a ``DateMention`` with an end is the range ``value/end``.
* ``DOC``: sets of numbers compared ignoring case, spaces and hyphens; predicted documents
  without a number are not numbered documents and are ignored.
* ``PHOTO``: predicted captions that carry a credit, matched one to one with gold photos of the
  same credit (three credited photos need three credited captions).
* ``AWARD``: a predicted award is correct when its name equals or contains a gold award; a gold
  award is found when some predicted award is correct for it.
* ``BYLINE``: one value; a predicted byline where the gold has none is a false positive.
* ``EVENT.<field>``: each field separately; a predicted value is correct when it equals the gold
  value (for place and organizer also any name of the gold entity with that name). The date is
  compared as the event's start, or as ``start/end`` when the gold date is a range ``A/B`` (a
  multi-day event): a predicted event without an end then has no value that can match. Each other
  predicted value is a false positive, also where the gold field is null. A null gold event is
  not scored.
* A gold key that is absent means "none" (an empty list, a null byline, a null event).
* Precision with nothing predicted is 1.0 when the gold is empty too and 0.0 otherwise; recall
  with an empty gold is 1.0.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newsml_kit.dates import PartialDate
from newsml_kit.model import BlockKind, NewsItem, Organisation, ParticipantRole

NameSet = frozenset[str]

EVENT_FIELDS = ("name", "date", "place", "organizer", "chair", "guest_of_honour")
CATEGORIES = (
    "PER",
    "ORG",
    "LOC",
    "RANK",
    "TITLE",
    "DATE",
    "DOC",
    "PHOTO",
    "AWARD",
    "BYLINE",
    *(f"EVENT.{name}" for name in EVENT_FIELDS),
)

_STRIP = ",.;:()\"' "
_SPACE_RE = re.compile(r"\s+")
_DOC_IGNORED_RE = re.compile(r"[\s-]+")


# --- normalisation ----------------------------------------------------------------------------


def normalise(text: str) -> str:
    """NFC, U+00D0 read as U+0110, white space runs as one space, surrounding ``,.;:()"'`` stripped."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    return _SPACE_RE.sub(" ", text).strip(_STRIP)


def _names(values: Iterable[str | None]) -> NameSet:
    """The normalised, non-empty strings among ``values``."""
    return frozenset(n for n in (normalise(v) for v in values if v is not None) if n)


def doc_key(number: str) -> str:
    """A document number as compared: normalised, case-folded, without spaces and hyphens."""
    return _DOC_IGNORED_RE.sub("", normalise(number)).casefold()


# --- counts -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts for one category. ``correct`` counts predictions, ``matched`` counts gold items:
    they differ when two predictions find the same gold entity."""

    correct: int = 0
    false_positives: int = 0
    matched: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.correct + other.correct,
            self.false_positives + other.false_positives,
            self.matched + other.matched,
            self.gold + other.gold,
        )

    @property
    def false_negatives(self) -> int:
        return self.gold - self.matched

    @property
    def precision(self) -> float:
        predicted = self.correct + self.false_positives
        if predicted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.correct / predicted

    @property
    def recall(self) -> float:
        return 1.0 if self.gold == 0 else self.matched / self.gold

    def as_dict(self) -> dict[str, int | float]:
        return {
            "correct": self.correct,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "matched": self.matched,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
        }


def _sum_counts(scores: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    """Micro-average: the counts of every article added up, per category."""
    totals = {name: Counts() for name in CATEGORIES}
    for score in scores:
        for name, counts in score.items():
            totals[name] = totals[name] + counts
    return totals


def _table(counts: Mapping[str, Counts]) -> str:
    header = f"{'category':<22} {'TP':>5} {'FP':>5} {'FN':>5} {'gold':>5} {'P':>6} {'R':>6}"
    lines = [header]
    for name in CATEGORIES:
        c = counts.get(name, Counts())
        lines.append(
            f"{name:<22} {c.correct:>5} {c.false_positives:>5} {c.false_negatives:>5} {c.gold:>5} "
            f"{c.precision:>6.3f} {c.recall:>6.3f}"
        )
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The counts of one article, per category (categories not scored are absent)."""

    name: str
    counts: Mapping[str, Counts]
    details: Mapping[str, Details] = field(default_factory=dict)

    def table(self) -> str:
        return _table(self.counts)

    def misses_and_false_positives(self) -> str:
        """Per category, the gold items not found (``-``) and the false positives (``+``)."""
        lines = [f"== {self.name}"]
        for category, found in self.details.items():
            lines.extend(f"  {category:<22} - {miss}" for miss in found.misses)
            lines.extend(f"  {category:<22} + {wrong}" for wrong in found.false_positives)
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores of many articles, micro-averaged; ``missing`` lists gold files with no article."""

    articles: tuple[ArticleScore, ...]
    missing: tuple[str, ...] = ()
    totals: Mapping[str, Counts] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "totals", _sum_counts(a.counts for a in self.articles))

    def table(self) -> str:
        """One line per category: TP (correct predictions), FP, FN, gold count, precision, recall."""
        lines = [f"{len(self.articles)} article(s) scored", _table(self.totals)]
        lines.extend(f"missing article for gold {name}" for name in self.missing)
        return "\n".join(lines)

    def details(self) -> str:
        """Each article's misses (``-``) and false positives (``+``) per category, then the table."""
        return "\n".join([*(a.misses_and_false_positives() for a in self.articles), self.table()])

    def as_dict(self, *, details: bool = False) -> dict[str, Any]:
        return {
            "articles": [
                {
                    "name": a.name,
                    "counts": {k: v.as_dict() for k, v in a.counts.items()},
                    **(
                        {
                            "details": {
                                k: {"misses": list(d.misses), "false_positives": list(d.false_positives)}
                                for k, d in a.details.items()
                                if d
                            }
                        }
                        if details
                        else {}
                    ),
                }
                for a in self.articles
            ],
            "missing": list(self.missing),
            "totals": {k: v.as_dict() for k, v in self.totals.items()},
        }


def evaluate(pairs: Iterable[tuple[str, Mapping[str, Any], NewsItem]]) -> Evaluation:
    """Score ``(name, gold, item)`` triples and add the counts up."""
    scores = []
    for name, gold, item in pairs:
        score = score_article(gold, item)
        scores.append(ArticleScore(name, score.counts, score.details))
    return Evaluation(tuple(scores))


# --- predictions ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PredictedPerson:
    names: NameSet
    rank: str | None
    titles: NameSet


@dataclass(frozen=True, slots=True)
class Predictions:
    """What an item claims, per category, every string normalised.

    Event fields hold one name set per predicted value (an entity's names, or a single value).
    """

    people: tuple[PredictedPerson, ...] = ()
    organisations: tuple[NameSet, ...] = ()
    places: tuple[NameSet, ...] = ()
    dates: NameSet = frozenset()
    documents: NameSet = frozenset()
    photo_credits: tuple[str, ...] = ()
    awards: tuple[str, ...] = ()
    byline: str | None = None
    event: Mapping[str, tuple[NameSet, ...]] | None = None
    event_range: str | None = None
    """The predicted event's ``start/end``, when it has both: what a gold range is compared with."""


def _org_names(org: Organisation) -> NameSet:
    return _names([org.name, org.abbreviation, *org.aliases])


def _date_value(value: datetime | PartialDate) -> str:
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def predictions(item: NewsItem) -> Predictions:
    """Turn an item into what it predicts for each scored category."""
    people = tuple(
        PredictedPerson(_names([p.name]), normalise(p.rank) if p.rank else None, _names(p.titles))
        for p in item.people
    )
    dates = _names(d.value.isoformat() + (f"/{d.end.isoformat()}" if d.end else "") for d in item.dates)
    credits = tuple(
        normalise(block.text[block.credit.start : block.credit.end])
        for block in item.body
        if block.kind == BlockKind.CAPTION and block.credit is not None
    )
    byline = normalise(item.byline) if item.byline else None
    return Predictions(
        people=people,
        organisations=tuple(_org_names(o) for o in item.organisations),
        places=tuple(_names([p.name]) for p in item.places),
        dates=dates,
        documents=frozenset(doc_key(d.number) for d in item.documents if d.number and doc_key(d.number)),
        photo_credits=tuple(c for c in credits if c),
        awards=tuple(n for n in (normalise(a.name) for a in item.awards) if n),
        byline=byline or None,
        event=_event_predictions(item),
        event_range=_event_range(item),
    )


def _event_range(item: NewsItem) -> str | None:
    event = item.event
    if event is None or event.start is None or event.end is None:
        return None
    return normalise(f"{_date_value(event.start)}/{_date_value(event.end)}")


def _event_predictions(item: NewsItem) -> dict[str, tuple[NameSet, ...]] | None:
    event = item.event
    if event is None:
        return None
    names: dict[str, NameSet] = {p.id: _names([p.name]) for p in item.people}
    names.update((p.id, _names([p.name])) for p in item.places)
    names.update((o.id, _org_names(o)) for o in item.organisations)

    def by_role(role: ParticipantRole) -> list[str]:
        return [p.entity_id for p in event.participants if p.role == role]

    # Organisers may be given as organiser_ids or as participants in the organiser role.
    organisers = list(dict.fromkeys([*event.organiser_ids, *by_role(ParticipantRole.ORGANISER)]))
    values = {
        "name": [_names([event.name])],
        "date": [_names([_date_value(event.start)])] if event.start is not None else [],
        "place": [names[event.place_id]] if event.place_id is not None else [],
        "organizer": [names[i] for i in organisers],
        "chair": [names[i] for i in dict.fromkeys(by_role(ParticipantRole.CHAIR))],
        "guest_of_honour": [names[i] for i in dict.fromkeys(by_role(ParticipantRole.GUEST_OF_HONOUR))],
    }
    return {key: tuple(v for v in found if v) for key, found in values.items()}


# --- gold -------------------------------------------------------------------------------------


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold JSON file (one object per article)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a gold file holds one JSON object")
    return data


def _gold_list(gold: Mapping[str, Any], key: str) -> list[Any]:
    value = gold.get(key)
    return list(value) if isinstance(value, list) else []


def _gold_entities(gold: Mapping[str, Any], key: str) -> list[NameSet]:
    return [_names([e.get("canonical"), *e.get("aliases", [])]) for e in _gold_list(gold, key)]


def _gold_dates(gold: Mapping[str, Any]) -> NameSet:
    return _names(d.get("canonical") if isinstance(d, dict) else str(d) for d in _gold_list(gold, "DATE"))


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Details:
    """What one category got wrong in one article: gold items not found (``misses``) and
    predictions that are neither correct nor ignored (``false_positives``), as readable strings."""

    misses: tuple[str, ...] = ()
    false_positives: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.misses or self.false_positives)


Scored = tuple[Counts, Details]


def _shown(names: NameSet) -> str:
    """An entity's names as one string: the longest first (the full name), then the others."""
    ordered = sorted(names, key=lambda n: (-len(n), n))
    return " | ".join(ordered)


def _score_entities(
    predicted: Sequence[NameSet], gold: Sequence[NameSet], optional: NameSet, canonical: Sequence[str]
) -> tuple[Counts, Details, list[set[int]]]:
    """Entity counts and details, and for each prediction the indices of the gold entities it matches."""
    links = [{i for i, names in enumerate(gold) if names & p} for p in predicted]
    correct = sum(1 for found in links if found)
    wrong = [p for p, found in zip(predicted, links, strict=True) if not found and not p & optional]
    matched = set().union(*links) if links else set()
    details = Details(
        tuple(canonical[i] for i in range(len(gold)) if i not in matched),
        tuple(_shown(p) for p in wrong),
    )
    return Counts(correct, len(wrong), len(matched), len(gold)), details, links


def _score_sets(predicted: NameSet, gold: NameSet) -> Scored:
    hits = len(predicted & gold)
    details = Details(tuple(sorted(gold - predicted)), tuple(sorted(predicted - gold)))
    return Counts(hits, len(predicted) - hits, hits, len(gold)), details


def _score_people(pred: Predictions, gold: Mapping[str, Any]) -> dict[str, Scored]:
    records = _gold_list(gold, "PER")
    entities = _gold_entities(gold, "PER")
    names = [normalise(r.get("canonical") or "") for r in records]
    counts, details, links = _score_entities(
        [p.names for p in pred.people], entities, _names(_gold_list(gold, "PER_optional")), names
    )
    gold_ranks = {(i, normalise(r["rank"])) for i, r in enumerate(records) if r.get("rank")}
    gold_titles = {(i, t) for i, r in enumerate(records) for t in _names(r.get("titles", []))}
    ranks: set[tuple[int, str]] = set()
    titles: set[tuple[int, str]] = set()
    for person, found in zip(pred.people, links, strict=True):
        for i in found:
            if person.rank:
                ranks.add((i, person.rank))
            titles.update((i, t) for t in person.titles)
    return {
        "PER": (counts, details),
        "RANK": _score_pairs(ranks, gold_ranks, names),
        "TITLE": _score_pairs(titles, gold_titles, names),
    }


def _score_pairs(predicted: set[tuple[int, str]], gold: set[tuple[int, str]], names: Sequence[str]) -> Scored:
    hits = len(predicted & gold)

    def shown(pairs: set[tuple[int, str]]) -> tuple[str, ...]:
        return tuple(sorted(f"{names[i]}: {value}" for i, value in pairs))

    return Counts(hits, len(predicted) - hits, hits, len(gold)), Details(
        shown(gold - predicted), shown(predicted - gold)
    )


def _score_photos(credits: Sequence[str], gold: Mapping[str, Any]) -> Scored:
    gold_credits = Counter(
        n for n in (normalise(p.get("credit") or "") for p in _gold_list(gold, "PHOTO")) if n
    )
    predicted = Counter(credits)
    hits = sum((predicted & gold_credits).values())
    details = Details(
        tuple(sorted((gold_credits - predicted).elements())),
        tuple(sorted((predicted - gold_credits).elements())),
    )
    return Counts(hits, len(credits) - hits, hits, sum(gold_credits.values())), details


def _score_awards(awards: Sequence[str], gold: Mapping[str, Any]) -> Scored:
    wanted = [n for n in (normalise(a.get("award") or "") for a in _gold_list(gold, "AWARD")) if n]
    wrong = tuple(name for name in awards if not any(w in name for w in wanted))
    missed = tuple(w for w in wanted if not any(w in name for name in awards))
    counts = Counts(len(awards) - len(wrong), len(wrong), len(wanted) - len(missed), len(wanted))
    return counts, Details(missed, wrong)


def _score_byline(byline: str | None, gold: Mapping[str, Any]) -> Scored:
    wanted = normalise(gold.get("byline") or "") or None
    hit = byline is not None and byline == wanted
    counts = Counts(int(hit), int(byline is not None and not hit), int(hit), int(wanted is not None))
    details = Details(
        (wanted,) if wanted is not None and not hit else (),
        (byline,) if byline is not None and not hit else (),
    )
    return counts, details


def _score_event(pred: Predictions, gold: Mapping[str, Any]) -> dict[str, Scored]:
    event = gold.get("event")
    if not isinstance(event, dict):
        return {}
    predicted = pred.event or {}
    accepted = {
        "place": _accepted(event.get("place"), _gold_entities(gold, "LOC")),
        "organizer": _accepted(
            event.get("organizer"), _gold_entities(gold, "ORG") + _gold_entities(gold, "PER")
        ),
    }
    scored: dict[str, Scored] = {}
    for name in EVENT_FIELDS:
        want = accepted.get(name, _gold_values(event.get(name)))
        values = predicted.get(name, ())
        if name == "date" and any("/" in value for value in want):
            # A gold range (a multi-day event) is compared with the predicted start/end.
            values = (frozenset({pred.event_range}),) if pred.event_range else values
        correct = sum(1 for v in values if v & want)
        counts = Counts(correct, len(values) - correct, int(correct > 0), int(bool(want)))
        gold_value = _gold_values(event.get(name))
        details = Details(
            (_shown(gold_value),) if want and not correct else (),
            tuple(_shown(v) for v in values if not v & want),
        )
        scored[f"EVENT.{name}"] = (counts, details)
    return scored


def _gold_values(value: Any) -> NameSet:
    """A gold event field: null, one string, or (tolerated) a list of strings."""
    if isinstance(value, list):
        return _names(str(v) for v in value if v is not None)
    return _names([str(value)]) if value is not None else frozenset()


def _accepted(value: Any, entities: Sequence[NameSet]) -> NameSet:
    """The gold value and every name of the gold entity it names."""
    own = _gold_values(value)
    return own.union(*(names for names in entities if names & own))


def score_article(gold: Mapping[str, Any], item: NewsItem) -> ArticleScore:
    """Score one extracted item against its gold extraction."""
    pred = predictions(item)
    scored: dict[str, Scored] = _score_people(pred, gold)
    for key, predicted in (("ORG", pred.organisations), ("LOC", pred.places)):
        optional = _names(_gold_list(gold, f"{key}_optional"))
        canonical = [normalise(e.get("canonical") or "") for e in _gold_list(gold, key)]
        counts, details, _ = _score_entities(predicted, _gold_entities(gold, key), optional, canonical)
        scored[key] = (counts, details)
    scored["DATE"] = _score_sets(pred.dates, _gold_dates(gold))
    gold_docs = frozenset(doc_key(d["number"]) for d in _gold_list(gold, "DOC") if d.get("number"))
    scored["DOC"] = _score_sets(pred.documents, gold_docs - {""})
    scored["PHOTO"] = _score_photos(pred.photo_credits, gold)
    scored["AWARD"] = _score_awards(pred.awards, gold)
    scored["BYLINE"] = _score_byline(pred.byline, gold)
    scored.update(_score_event(pred, gold))
    names = [name for name in CATEGORIES if name in scored]
    return ArticleScore(
        item.guid, {name: scored[name][0] for name in names}, {name: scored[name][1] for name in names}
    )


# --- files ------------------------------------------------------------------------------------


def article_stem(gold_path: Path) -> str:
    """The stem of the article a gold file describes: the gold file's own stem."""
    return gold_path.stem


def find_article(stem: str, article_dirs: Sequence[Path]) -> Path | None:
    """The first ``<stem>.txt`` (or any ``<stem>.*``) in ``article_dirs``, in order."""
    for folder in article_dirs:
        exact = folder / f"{stem}.txt"
        if exact.is_file():
            return exact
        others = sorted(p for p in folder.glob(f"{stem}.*") if p.is_file())
        if others:
            return others[0]
    return None


def _read_item(path: Path) -> NewsItem:
    from newsml_kit.api import read  # imported here: the API imports every format

    return read(path).item


def evaluate_dirs(
    gold_dir: str | Path,
    article_dirs: Sequence[str | Path],
    read: Callable[[Path], NewsItem] = _read_item,
    only: Collection[str] | None = None,
) -> Evaluation:
    """Score every ``*.json`` gold file of ``gold_dir`` (or those whose file names are in ``only``)
    against its article, found by stem."""
    folders = [Path(d) for d in article_dirs]
    scores: list[ArticleScore] = []
    missing: list[str] = []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        if only is not None and gold_path.name not in only:
            continue
        article = find_article(article_stem(gold_path), folders)
        if article is None:
            missing.append(gold_path.name)
            continue
        score = score_article(load_gold(gold_path), read(article))
        scores.append(ArticleScore(article.name, score.counts, score.details))
    return Evaluation(tuple(scores), tuple(missing))
