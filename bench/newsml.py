"""Median time to write and read one NewsML-G2 item, against raw lxml doing the bare XML work.

Run: ``.venv/bin/python bench/newsml.py [--rounds N] [--limit N] [--profile] [--stages] [--cpu]``.

Items: the seed (``../shared/seed/``), the bundled ``samples/*.txt`` and the Vietnamese corpus
articles (``../shared/corpus/vi/unc/``), each read as plain text with extraction, as a user
would. Missing shared data just leaves those items out. Per item, in the same run (so a noisy
machine affects both sides alike), the median of ``--rounds`` timings of:

* write: ``write_newsml(item)`` against lxml parsing and serialising the written bytes;
* read: ``read_newsml(data)`` (profile validation included) against lxml parsing the bytes.

Goals: the median of the per-item ratios is at most 3 for write (issue 4), 3.5 for read (issue 18). Every
output is checked: valid against the profile and the official 2.35 XSD (lxml, when the shared
folder has it), its idrefs resolve, and ``read_newsml`` gives what a strict, fully validated
``newsml_kit.read()`` of the same bytes gives, which is the item written and survives every
validator again (from its JSON). ``--profile`` adds a cProfile of both operations over all items;
``--stages`` times the stages of a read (hardened parse, profile XSD, the walk, the model's
validation, the rest) and, for scale, the least any walk must do: reading every text, tail and
attribute of the tree once (``touch``), and ``floor``, the sum per item of the parse, the XSD, the
model and touch: what a read costs in this design before it maps anything. ``--bound`` adds the
cheapest walk that still gives the model its arguments (``strict_bound.py``: positional, no check,
right only for items laid out as the writer lays them, which is checked on every item), and
``bfloor``, the parse, the XSD, the model and that walk: a lower bound of a read that walks the tree
in Python. Exit status 1 when a check fails or a goal is missed.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from newsml_kit import NewsItem, NewsmlKitError, read
from newsml_kit.formats.g2 import G2, profile_schema, read_newsml, write_newsml
from newsml_kit.formats.g2.read import item_fields, item_from_fields, legal_text
from newsml_kit.resources import schema_path
from newsml_kit.xmlsafe import parse_xml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strict_bound import cheapest_fields  # the bench folder is no package

REPO = Path(__file__).resolve().parent.parent
WRITE_GOAL = 3.0
READ_GOAL = 3.5  # issue 18
OFFICIAL_XSD = Path("standards/newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd")


def shared_dir() -> Path | None:
    configured = os.environ.get("NEWSML_KIT_SHARED")
    candidate = Path(configured) if configured else REPO.parent / "shared"
    return candidate if candidate.is_dir() else None


@dataclass
class Case:
    name: str
    item: NewsItem
    data: bytes


def articles(limit: int | None) -> list[Path]:
    shared = shared_dir()
    paths = sorted((REPO / "samples").glob("*.txt"))
    if shared is not None:
        paths = (
            sorted((shared / "seed").glob("*.txt")) + paths + sorted((shared / "corpus/vi/unc").glob("*.txt"))
        )
    return paths[:limit] if limit else paths


def load_cases(paths: list[Path]) -> tuple[list[Case], list[str]]:
    cases, skipped = [], []
    for path in paths:
        try:
            item = read(path.read_bytes(), source=path.name, format="text").item
        except NewsmlKitError as exc:
            skipped.append(f"{path.name}: {exc}")
            continue
        cases.append(Case(path.name, item, write_newsml(item)))
    return cases, skipped


# --- checks ---------------------------------------------------------------------------------------


def check(cases: list[Case], bound: bool = False) -> list[str]:
    """What is wrong with the outputs (nothing, one hopes); with ``bound``, also where the cheapest
    walk gives another item than the reader."""
    schemas = {"profile": etree.XMLSchema(etree.parse(str(schema_path("newsml-kit-g2.xsd"))))}
    shared = shared_dir()
    if shared is not None and (shared / OFFICIAL_XSD).is_file():
        schemas["official 2.35"] = etree.XMLSchema(etree.parse(str(shared / OFFICIAL_XSD)))
    else:
        print("note: official XSD not found, outputs checked against the profile only")
    problems = []
    for case in cases:
        root = parse_xml(case.data).root
        for name, schema in schemas.items():
            if not schema.validate(root):
                problems.append(f"{case.name}: not valid against the {name} XSD: {schema.error_log[0]}")
        ids = {element.get("id") for element in root.iter() if element.get("id") is not None}
        for ref in root.iter(f"{{{G2}}}inlineRef"):
            problems += [
                f"{case.name}: idref {token} has no target"
                for token in ref.get("idrefs", "").split()
                if token not in ids
            ]
        validated = read(case.data, source=case.name, strict=True).item
        ours = read_newsml(case.data).item
        if ours != validated:
            problems.append(f"{case.name}: read_newsml differs from a validated read()")
        # Every validator again, from outside the NewsML-G2 reader: its model must survive them unchanged.
        if NewsItem.model_validate_json(ours.model_dump_json()) != ours:
            problems.append(f"{case.name}: read_newsml gave a model that full validation changes")
        if ours != case.item:
            problems.append(f"{case.name}: read_newsml(write_newsml(item)) != item")
        if write_newsml(ours) != case.data:
            problems.append(f"{case.name}: write after read is not byte-identical")
        if bound:
            document = parse_xml(case.data)
            legal = legal_text(case.data, document)
            if item_from_fields(cheapest_fields(document.root), legal) != ours:
                problems.append(f"{case.name}: the cheapest walk (--bound) gives another item")
    return problems


# --- timing ---------------------------------------------------------------------------------------


# Wall time; ``--cpu``: this process's CPU time, which time slices lost to other processes on a
# loaded machine do not inflate (a long read loses more of them than a short parse).
CLOCK = [time.perf_counter]


def timed(action: Callable[[], object]) -> float:
    clock = CLOCK[0]
    start = clock()
    action()
    return clock() - start


@dataclass
class Row:
    name: str
    ours: list[float]
    raw: list[float]
    goal: float | None = WRITE_GOAL

    def ratios(self) -> list[float]:
        return [ours / raw for ours, raw in zip(self.ours, self.raw, strict=True)]


def measure(cases: list[Case], rounds: int) -> tuple[Row, Row]:
    """Per item, the median over ``rounds`` of each side, the two sides interleaved."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)

    def raw_write(data: bytes) -> bytes:
        return etree.tostring(
            etree.fromstring(data, parser).getroottree(), encoding="UTF-8", xml_declaration=True
        )

    write = Row("write", [], [])
    read_row = Row("read", [], [], goal=READ_GOAL)
    for case in cases:
        item, data = case.item, case.data
        samples: dict[str, list[float]] = {"w": [], "W": [], "r": [], "R": []}
        for _ in range(rounds):
            samples["w"].append(timed(lambda: write_newsml(item)))  # noqa: B023 - called at once
            samples["W"].append(timed(lambda: raw_write(data)))  # noqa: B023
            samples["r"].append(timed(lambda: read_newsml(data)))  # noqa: B023
            samples["R"].append(timed(lambda: etree.fromstring(data, parser)))  # noqa: B023
        write.ours.append(statistics.median(samples["w"]))
        write.raw.append(statistics.median(samples["W"]))
        read_row.ours.append(statistics.median(samples["r"]))
        read_row.raw.append(statistics.median(samples["R"]))
    return write, read_row


def on_fresh_tree(data: bytes, action: Callable[[etree._Element], object]) -> float:
    """The time of ``action`` on a freshly parsed tree, as in a read (XSD validation is faster on a
    tree validated before, and lxml reuses the Python objects of elements still referenced)."""
    root = parse_xml(data).root
    return timed(lambda: action(root))


def touch(root: etree._Element) -> None:
    """What any walk of the tree must at least do: read every text, tail and attribute once."""
    for element in root.iter():
        element.text, element.tail, element.items()  # the reads are the point


def measure_stages(cases: list[Case], rounds: int, bound: bool = False) -> tuple[Row, ...]:
    """Where a read's time goes, per item against the same raw parse: the hardened parse, the profile
    XSD (on a fresh tree), the walk (``item_fields``, on a fresh tree), the model's validation of
    what the walk gives (``item_from_fields``, as the read validates it), and the rest (the read
    less those four, from the medians); then ``touch``, which is no part of a read, and ``floor``:
    parse, XSD, model and touch together; with ``bound``, ``bound`` (the cheapest walk, on a fresh
    tree) and ``bfloor``: parse, XSD, model and that walk."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    schema = profile_schema()
    names: tuple[str, ...] = ("parse", "XSD", "walk", "model", "rest", "touch", "floor")
    names += ("bound", "bfloor") if bound else ()
    rows = tuple(Row(name, [], [], goal=None) for name in names)
    for case in cases:
        data = case.data
        document = parse_xml(data)
        legal = legal_text(data, document)
        fields = item_fields(document.root)
        samples: dict[str, list[float]] = {key: [] for key in "pxwmtrRb"}
        for _ in range(rounds):
            samples["p"].append(timed(lambda: parse_xml(data)))  # noqa: B023 - called at once
            samples["x"].append(on_fresh_tree(data, schema.validate))
            samples["w"].append(on_fresh_tree(data, item_fields))
            samples["m"].append(timed(lambda: item_from_fields(fields, legal)))  # noqa: B023
            samples["t"].append(on_fresh_tree(data, touch))
            samples["r"].append(timed(lambda: read_newsml(data)))  # noqa: B023
            samples["R"].append(timed(lambda: etree.fromstring(data, parser)))  # noqa: B023
            if bound:
                samples["b"].append(on_fresh_tree(data, cheapest_fields))
        parse, xsd, walk, model, touched, whole, raw = (statistics.median(samples[key]) for key in "pxwmtrR")
        stages = (parse, xsd, walk, model, whole - parse - xsd - walk - model, touched)
        extra: tuple[float, ...] = ()
        if bound:
            cheapest = statistics.median(samples["b"])
            extra = (cheapest, parse + xsd + model + cheapest)
        for row, ours in zip(rows, (*stages, parse + xsd + model + touched, *extra), strict=True):
            row.ours.append(ours)
            row.raw.append(raw)
    return rows


def report(rows: tuple[Row, ...], cases: list[Case]) -> bool:
    sizes = sorted(len(case.data) for case in cases)
    print(f"{len(cases)} items, output {sizes[0]}..{sizes[-1]} bytes (median {statistics.median(sizes):.0f})")
    header = (
        f"{'operation':<8}{'ours µs':>10}{'lxml µs':>10}{'ratio':>8}{'p90':>7}{'max':>7}{'total':>8}  goal"
    )
    print(header)
    met = True
    for row in rows:
        ratios = sorted(row.ratios())
        median_ratio = statistics.median(ratios)
        p90 = ratios[int(0.9 * (len(ratios) - 1))]
        total = sum(row.ours) / sum(row.raw)
        ok = row.goal is None or median_ratio <= row.goal
        met &= ok
        ours_us, raw_us = statistics.median(row.ours) * 1e6, statistics.median(row.raw) * 1e6
        goal = "-" if row.goal is None else f"<= {row.goal:g}: {'met' if ok else 'MISSED'}"
        print(
            f"{row.name:<8}{ours_us:>10.1f}{raw_us:>10.1f}"
            f"{median_ratio:>8.2f}{p90:>7.2f}{ratios[-1]:>7.2f}{total:>8.2f}  {goal}"
        )
    print("(µs: median over items of each item's median; ratio: median of per-item ratios; total: sum/sum)")
    return met


def profile(cases: list[Case], top: int) -> None:
    for label, action in (
        ("write_newsml", lambda case: write_newsml(case.item)),
        ("read_newsml", lambda case: read_newsml(case.data)),
    ):
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(5):
            for case in cases:
                action(case)
        profiler.disable()
        print(f"\n--- cProfile: {label}, 5 passes over {len(cases)} items, by own time ---")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=21, help="timings per item and operation (default 21)")
    parser.add_argument("--cpu", action="store_true", help="time in CPU time of this process, not wall time")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of write and read")
    parser.add_argument(
        "--stages", action="store_true", help="also time the stages of a read (parse, XSD, the rest)"
    )
    parser.add_argument(
        "--bound", action="store_true", help="with --stages, also time the cheapest walk (strict_bound.py)"
    )
    parser.add_argument("--top", type=int, default=25, help="functions shown per profile (default 25)")
    args = parser.parse_args()
    if args.cpu:
        CLOCK[0] = time.process_time

    cases, skipped = load_cases(articles(args.limit))
    for line in skipped:
        print(f"skipped {line}")
    if not cases:
        print("no items")
        return 1
    problems = check(cases, bound=args.bound)
    for problem in problems:
        print(f"CHECK FAILED {problem}")
    print(f"checked {len(cases)} outputs: {'all good' if not problems else f'{len(problems)} problems'}")

    gc.collect()
    met = report(measure(cases, args.rounds), cases)
    if args.stages:
        print(
            "\nstages of a read, each against the raw parse (touch: no stage, the least a walk reads; "
            "floor: parse + XSD + model + touch; bound: the cheapest walk; bfloor: parse + XSD + model + "
            "bound):"
        )
        report(measure_stages(cases, args.rounds, bound=args.bound), cases)
    if args.profile:
        profile(cases, args.top)
    return 0 if met and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
