"""Agency NewsML-G2 import: how much survives G2 -> model -> G2, and how fast the reading is.

Run: ``.venv/bin/python bench/fidelity.py [--rounds N] [--profile] [--stages] [--memory] [--cpu]``.

For each file of ``../shared/corpus/newsmlg2/`` (``$NEWSML_KIT_SHARED``) but the bare
``contentSet`` fragment, in one run:

* fidelity: the share of the source's leaves (expanded element path with its text or attribute
  value, ``newsml_kit.fidelity``) that the written-back document has, documented repairs counted
  as kept. Goal (issue 6): at least 99% on every file.
* read time per item: the file's read time divided by its item count, against a raw lxml parse
  of the same bytes divided the same way, so the ratio is that of the whole-file medians of
  ``--rounds`` timings taken side by side. Goal (issue 18): the median over files at most 3.4x.

``--stages`` also times, side by side, the hardened parse (``newsml_kit.xmlsafe.parse_xml``) of the
same bytes and the building of the file's models from the fields the walk gives (pydantic-core),
and splits each ratio into those two and the walk (the rest of the read). ``raw_g2`` is deferred
(made when first asked for), so no stage serialises it. ``--floor`` also times what no Python
reader over lxml can avoid: the hardened parse followed by one visit of every node (its tag, text,
tail and each attribute value read once, nothing done with them), plus the model building; their
sum per file, against the raw parse, is the floor the read's ratio cannot go below in this design.
``--memory`` prints, per item, the peak of
Python memory during a read and what the read's result keeps (tracemalloc: lxml's own C memory is
not counted).

Before timing, the timed reader's result is checked equal to what the public, fully checked
``newsml_kit.read()`` gives for the same bytes. Exit status 1 when a check fails or a goal is missed.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import os
import pstats
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from newsml_kit import read, write
from newsml_kit.fidelity import compare
from newsml_kit.formats.base import ReadOptions, ReadResult
from newsml_kit.formats.g2 import agency_read, read_g2
from newsml_kit.model import DeferredText
from newsml_kit.xmlsafe import parse_xml

REPO = Path(__file__).resolve().parent.parent
FRAGMENT = "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml"
FIDELITY_GOAL = 0.99
SPEED_GOAL = 3.4


def shared_dir() -> Path | None:
    configured = os.environ.get("NEWSML_KIT_SHARED")
    candidate = Path(configured) if configured else REPO.parent / "shared"
    return candidate if candidate.is_dir() else None


# Wall time; ``--cpu``: this process's CPU time, which time slices lost to other processes on a
# loaded machine do not inflate (a long read loses more of them than a short parse).
CLOCK = [time.perf_counter]


def median_time(action: Callable[[], object], rounds: int) -> float:
    clock = CLOCK[0]
    times = []
    for _ in range(rounds):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times)


def side_by_side(*actions: Callable[[], object], rounds: int) -> list[float]:
    """The median time of each action, timed in alternating blocks of ten so that drift on a
    shared machine hits every side alike."""
    gc.collect()
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(max(1, rounds // 10)):
        for action, taken in zip(actions, times, strict=True):
            taken.append(median_time(action, 10))
    return [statistics.median(taken) for taken in times]


def model_builds(data: bytes, options: ReadOptions) -> list[Callable[[], object]]:
    """Each model build of a read of ``data``, as a call to repeat with the same fields: recorded
    by wrapping the reader's one builder during a read (the message itself is left out: a few
    header fields and its items, built already)."""
    builds: list[Callable[[], object]] = []
    build = agency_read._build_item

    def recording(fields: dict[str, object], source: str | None, trusted: bool) -> object:
        builds.append(functools.partial(build, dict(fields), source, trusted))
        return build(fields, source, trusted)

    agency_read._build_item = recording  # type: ignore[assignment]
    try:
        read_g2(data, options)
    finally:
        agency_read._build_item = build
    return builds


def touch_every_node(data: bytes, source: str) -> int:
    """The hardened parse, then each element, comment and PI visited once: its tag, text and tail,
    and every attribute value read, as the least a reader that keeps everything must do."""
    count = 0
    for node in parse_xml(data, source=source).root.iter():
        node.tag, node.text, node.tail  # noqa: B018 - each read once, as a reader would
        for _ in node.attrib.values():
            count += 1
        count += 1
    return count


def memory_per_item(data: bytes, options: ReadOptions) -> tuple[float, float]:
    """Python memory per item: the peak during a read, and what its result keeps, counting the
    source bytes, which a deferred ``raw_g2`` keeps until it is made (allocated before the read)."""
    gc.collect()
    tracemalloc.start()
    try:
        result = read_g2(data, options)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    held = [item.__dict__["raw_g2"] for item in result.items]
    if any(isinstance(value, DeferredText) for value in held):
        kept += len(data)
    items = max(1, len(result.items))
    return peak / items, kept / items


def written_back(result: ReadResult) -> bytes:
    return write(result.message if result.message is not None else result.item, "newsml")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="timings per file (default 200)")
    parser.add_argument("--cpu", action="store_true", help="time in CPU time of this process, not wall time")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of reading every file")
    parser.add_argument(
        "--stages",
        action="store_true",
        help="also time the hardened parse and the model building on their own",
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also time the hardened parse with one visit of every node, plus the model building",
    )
    parser.add_argument("--memory", action="store_true", help="also print Python memory per item")
    args = parser.parse_args()
    if args.cpu:
        CLOCK[0] = time.process_time
    shared = shared_dir()
    if shared is None:
        print("shared data not found: set NEWSML_KIT_SHARED or place it at ../shared", file=sys.stderr)
        return 2
    paths = sorted(p for p in (shared / "corpus" / "newsmlg2").iterdir() if p.name != FRAGMENT)
    raw_parser = etree.XMLParser(resolve_entities=False, no_network=True)
    failures: list[str] = []
    ratios: list[float] = []
    parse_ratios: list[float] = []
    model_ratios: list[float] = []
    floor_ratios: list[float] = []
    memory: list[tuple[float, float]] = []
    worst = 1.0
    header = f"{'file':52} {'items':>5} {'leaves':>6} {'kept':>8} {'read/item':>10} {'raw/item':>9}"
    stage_header = f" {'parse':>6} {'model':>6} {'walk':>6}" if args.stages else ""
    stage_header += f" {'floor':>6}" if args.floor else ""
    memory_header = f" {'peak/it':>8} {'kept/it':>8}" if args.memory else ""
    print(f"{header} {'ratio':>6}{stage_header}{memory_header}")
    for path in paths:
        data = path.read_bytes()
        options = ReadOptions(source=path.name)
        ours = read_g2(data, options)
        checked = read(data, source=path.name)
        if ours.items != checked.items or ours.message != checked.message:
            failures.append(f"{path.name}: the timed reader differs from newsml_kit.read()")
        fidelity = compare(etree.fromstring(data, raw_parser), etree.fromstring(written_back(checked)))
        worst = min(worst, fidelity.share)
        if fidelity.share < FIDELITY_GOAL:
            failures.append(f"{path.name}: {fidelity.share:.2%} of leaves kept, lost {fidelity.lost[:3]}")
        items = max(1, len(ours.items))
        actions = [
            functools.partial(read_g2, data, options),
            functools.partial(etree.fromstring, data, raw_parser),
        ]
        builds = model_builds(data, options) if args.stages or args.floor else []
        if args.stages:
            actions.append(functools.partial(parse_xml, data, source=path.name))
            actions.append(lambda builds=builds: [build() for build in builds])
        if args.floor:
            actions.append(functools.partial(touch_every_node, data, path.name))
            if not args.stages:
                actions.append(lambda builds=builds: [build() for build in builds])
        timed = side_by_side(*actions, rounds=args.rounds)
        ours_time, raw_time, *stage_times = (taken / items for taken in timed)
        floor_time = 0.0
        if args.floor:
            touch_time = stage_times.pop(2) if args.stages else stage_times.pop(0)
            build_time = stage_times[1] if args.stages else stage_times.pop(0)
            floor_time = touch_time + build_time
        ratio = ours_time / raw_time
        ratios.append(ratio)
        stages = ""
        if stage_times:
            parse_ratios.append(stage_times[0] / raw_time)
            model_ratios.append(stage_times[1] / raw_time)
            walk = ratio - parse_ratios[-1] - model_ratios[-1]
            stages = f" {parse_ratios[-1]:5.2f}x {model_ratios[-1]:5.2f}x {walk:5.2f}x"
        if args.floor:
            floor_ratios.append(floor_time / raw_time)
            stages += f" {floor_ratios[-1]:5.2f}x"
        if args.memory:
            memory.append(memory_per_item(data, options))
            stages += f" {memory[-1][0] / 1024:6.1f}kB {memory[-1][1] / 1024:6.1f}kB"
        print(
            f"{path.name[:52]:52} {len(ours.items):5d} {fidelity.total:6d} {fidelity.share:8.2%} "
            f"{ours_time * 1e6:8.0f}us {raw_time * 1e6:7.0f}us {ratio:5.1f}x{stages}"
        )
    overall = statistics.median(ratios)
    print(f"\nfidelity: worst file {worst:.2%} (goal >= {FIDELITY_GOAL:.0%} on every file)")
    print(
        f"read per item: median ratio {overall:.2f}x raw lxml parse over {len(ratios)} files "
        f"(min {min(ratios):.2f}x, max {max(ratios):.2f}x; goal <= {SPEED_GOAL}x)"
    )
    if parse_ratios:
        walks = [r - p - m for r, p, m in zip(ratios, parse_ratios, model_ratios, strict=True)]
        print(
            f"of which the hardened parse: median {statistics.median(parse_ratios):.2f}x, building the "
            f"models: median {statistics.median(model_ratios):.2f}x, the walk (the rest): median "
            f"{statistics.median(walks):.2f}x"
        )
    if floor_ratios:
        print(
            f"floor (hardened parse, one visit of every node, model building): median "
            f"{statistics.median(floor_ratios):.2f}x "
            f"(min {min(floor_ratios):.2f}x, max {max(floor_ratios):.2f}x)"
        )
    if memory:
        peak = statistics.median(m[0] for m in memory) / 1024
        kept = statistics.median(m[1] for m in memory) / 1024
        print(f"Python memory per item, medians: peak in a read {peak:.1f} kB, result keeps {kept:.1f} kB")
    if overall > SPEED_GOAL:
        failures.append(f"read per item {overall:.2f}x raw lxml parse, goal {SPEED_GOAL}x")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for path in paths:
            read_g2(path.read_bytes(), ReadOptions(source=path.name))
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
