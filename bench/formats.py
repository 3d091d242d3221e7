"""Median time to read and write one item, against the standard library doing the bare JSON work.

Run: ``.venv/bin/python bench/formats.py [ARTICLE]`` (default: the bundled sample). Ratios are
measured in the same run, so a noisy shared machine affects both sides alike.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsml_kit import read, write

ROUNDS = 500


def median_us(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6


def main() -> None:
    default = Path(__file__).resolve().parent.parent / "samples" / "conference-danang.txt"
    article = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    data = article.read_bytes()
    item = read(data).item
    canonical = write(item, "json")
    tree = json.loads(canonical)

    rows = [
        ("read text", median_us(lambda: read(data)), median_us(lambda: data.decode("utf-8").split("\n\n"))),
        ("write json", median_us(lambda: write(item, "json")), median_us(lambda: json.dumps(tree))),
        ("read json", median_us(lambda: read(canonical)), median_us(lambda: json.loads(canonical))),
    ]
    print(f"{article.name}: {len(data)} bytes, {len(item.body)} blocks; medians of {ROUNDS} rounds")
    print(f"{'operation':<12}{'newsml-kit µs':>15}{'stdlib µs':>12}{'ratio':>8}")
    for name, ours, baseline in rows:
        print(f"{name:<12}{ours:>15.1f}{baseline:>12.1f}{ours / baseline:>8.1f}")


if __name__ == "__main__":
    main()
