"""Extraction quality: per-category precision and recall on the shared Vietnamese gold set, for
each half of a fixed split and for the whole.

Rules are written while looking at half A's misses only; half B is the check that a rule
generalises (a rule that helps one half and hurts the other does not stay). The issue's targets
are printed beside the figures; CI holds the regression floor ``FLOOR`` below.

Run: ``.venv/bin/python bench/extract_quality.py`` (gold from ``$NEWSML_KIT_SHARED`` or
``../shared``); ``--details A`` lists half A's misses (-) and false positives (+) per article;
``--floor`` prints the floor the current figures would allow (measured minus ``MARGIN``).
"""

from __future__ import annotations

import hashlib
import math
import os
import sys
from collections.abc import Collection
from pathlib import Path

from newsml_kit.evaluate import CATEGORIES, Counts, Evaluation, evaluate_dirs

REPO = Path(__file__).resolve().parent.parent

# The fixed split of the 30 gold articles: two halves of mixed desks. Listed by file name so that
# a file never changes half; gold files added later land in a half by a hash of their name.
HALF_A = (
    "news_business_022.json",
    "news_business_159.json",
    "news_education_084.json",
    "news_education_140.json",
    "news_education_203.json",
    "news_entertainment_027.json",
    "news_entertainment_158.json",
    "news_health_227.json",
    "news_society_052.json",
    "news_society_062.json",
    "news_society_132.json",
    "news_sport_025.json",
    "news_tech_040.json",
    "news_travel_127.json",
    "news_world_200.json",
)
HALF_B = (
    "000_c3cdf694cfdd003e.json",
    "news_business_045.json",
    "news_business_164.json",
    "news_education_117.json",
    "news_education_154.json",
    "news_entertainment_085.json",
    "news_entertainment_164.json",
    "news_health_253.json",
    "news_society_053.json",
    "news_society_119.json",
    "news_society_180.json",
    "news_sport_136.json",
    "news_tech_126.json",
    "news_tech_255.json",
    "news_travel_207.json",
)

# The acceptance targets (precision, recall) per category.
TARGETS: dict[str, tuple[float, float]] = {
    "PER": (0.95, 0.90),
    "LOC": (0.95, 0.90),
    "DATE": (0.95, 0.90),
    "ORG": (0.90, 0.85),
    "RANK": (0.90, 0.80),
    "TITLE": (0.90, 0.80),
    "DOC": (0.95, 0.95),
    "PHOTO": (0.95, 0.95),
    "BYLINE": (0.95, 0.95),
    "AWARD": (0.90, 0.80),
    **{
        f"EVENT.{f}": (0.85, 0.85) for f in ("name", "date", "place", "organizer", "chair", "guest_of_honour")
    },
}

MARGIN = 0.03

# The regression floor CI holds (tests/test_extract_vi.py): (precision, recall) per category, for
# each half and the whole, set to the measured figures minus MARGIN. It only ever rises: raise it
# when quality rises (`--floor` prints the new values); never lower it to make a run pass.
FLOOR: dict[str, dict[str, tuple[float, float]]] = {
    "A": {
        "PER": (0.97, 0.80),
        "ORG": (0.90, 0.65),
        "LOC": (0.90, 0.72),
        "RANK": (0.97, 0.97),
        "TITLE": (0.97, 0.55),
        "DATE": (0.95, 0.97),
        "DOC": (0.97, 0.97),
        "PHOTO": (0.97, 0.97),
        "AWARD": (0.97, 0.80),
        "BYLINE": (0.97, 0.97),
        "EVENT.name": (0.87, 0.78),
        "EVENT.date": (0.97, 0.77),
        "EVENT.place": (0.97, 0.47),
        "EVENT.organizer": (0.97, 0.63),
        "EVENT.chair": (0.97, 0.97),
        "EVENT.guest_of_honour": (0.97, 0.47),
    },
    "B": {
        "PER": (0.97, 0.81),
        "ORG": (0.81, 0.49),
        "LOC": (0.91, 0.76),
        "RANK": (0.97, 0.97),
        "TITLE": (0.84, 0.42),
        "DATE": (0.92, 0.83),
        "DOC": (0.97, 0.97),
        "PHOTO": (0.97, 0.97),
        "AWARD": (0.59, 0.47),
        "BYLINE": (0.97, 0.97),
        "EVENT.name": (0.77, 0.63),
        "EVENT.date": (0.97, 0.52),
        "EVENT.place": (0.97, 0.63),
        "EVENT.organizer": (0.97, 0.34),
        "EVENT.chair": (0.97, 0.97),
        "EVENT.guest_of_honour": (0.97, 0.47),
    },
    "whole": {
        "PER": (0.96, 0.80),
        "ORG": (0.85, 0.56),
        "LOC": (0.91, 0.74),
        "RANK": (0.97, 0.97),
        "TITLE": (0.91, 0.49),
        "DATE": (0.93, 0.90),
        "DOC": (0.97, 0.97),
        "PHOTO": (0.97, 0.97),
        "AWARD": (0.73, 0.59),
        "BYLINE": (0.97, 0.97),
        "EVENT.name": (0.82, 0.70),
        "EVENT.date": (0.97, 0.61),
        "EVENT.place": (0.97, 0.52),
        "EVENT.organizer": (0.97, 0.42),
        "EVENT.chair": (0.97, 0.97),
        "EVENT.guest_of_honour": (0.97, 0.47),
    },
}


def half_of(name: str) -> str:
    """The half a gold file belongs to: its listed half, or for a new file a hash of its name."""
    if name in HALF_A:
        return "A"
    if name in HALF_B:
        return "B"
    return "A" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "B"


def shared_dir() -> Path:
    configured = os.environ.get("NEWSML_KIT_SHARED")
    return Path(configured) if configured else REPO.parent / "shared"


def gold_names(shared: Path) -> list[str]:
    return sorted(p.name for p in (shared / "corpus" / "vi" / "gold").glob("*.json"))


def evaluate_half(shared: Path, names: Collection[str] | None) -> Evaluation:
    vi = shared / "corpus" / "vi"
    return evaluate_dirs(vi / "gold", [shared / "seed", vi / "unc"], only=names)


def evaluations(shared: Path) -> dict[str, Evaluation]:
    """The scores of half A, half B and the whole gold set."""
    names = gold_names(shared)
    return {
        "A": evaluate_half(shared, [n for n in names if half_of(n) == "A"]),
        "B": evaluate_half(shared, [n for n in names if half_of(n) == "B"]),
        "whole": evaluate_half(shared, None),
    }


def table(results: dict[str, Evaluation]) -> str:
    parts = " ".join(f"{f'{part} ({len(r.articles)})':>15}" for part, r in results.items())
    lines = [
        f"{'category':<22} {parts}   target P/R",
        f"{'':<22} " + " ".join(f"{'P':>7} {'R':>7}" for _ in results),
    ]
    for category in CATEGORIES:
        cells = " ".join(
            f"{r.totals[category].precision:>7.3f} {r.totals[category].recall:>7.3f}"
            for r in results.values()
        )
        target = TARGETS.get(category)
        goal = f"   {target[0]:.2f}/{target[1]:.2f}" if target else ""
        lines.append(f"{category:<22} {cells}{goal}")
    return "\n".join(lines)


def floor_for(results: dict[str, Evaluation]) -> dict[str, dict[str, tuple[float, float]]]:
    """The floor the current figures allow: measured minus MARGIN, rounded down to 0.01, and never
    below the floor in force (a ratchet)."""

    def down(value: float) -> float:
        return max(0.0, math.floor(round((value - MARGIN) * 100, 6)) / 100)

    def raised(part: str, category: str, counts: Counts) -> tuple[float, float]:
        old = FLOOR.get(part, {}).get(category, (0.0, 0.0))
        return max(old[0], down(counts.precision)), max(old[1], down(counts.recall))

    return {part: {c: raised(part, c, r.totals[c]) for c in CATEGORIES} for part, r in results.items()}


def main(argv: list[str]) -> int:
    shared = shared_dir()
    if not (shared / "corpus" / "vi" / "gold").is_dir():
        print(f"no gold folder under {shared}/corpus/vi: set NEWSML_KIT_SHARED", file=sys.stderr)
        return 1
    if "--details" in argv:
        wanted = argv[argv.index("--details") + 1 :][:1] or ["A"]
        names = [n for n in gold_names(shared) if half_of(n) == wanted[0]]
        print(evaluate_half(shared, names).details())
        return 0
    results = evaluations(shared)
    print(table(results))
    if "--floor" in argv:
        for part, values in floor_for(results).items():
            print(f'    "{part}": {{')
            for category, (p, r) in values.items():
                print(f'        "{category}": ({p:.2f}, {r:.2f}),')
            print("    },")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
