"""Extraction speed: median time per article over the shared Vietnamese and English corpora,
against a plain ``re.findall(r"\\w+", text)`` pass over the same texts, measured in the same run.

Run: ``.venv/bin/python bench/extract.py`` (articles from ``$NEWSML_KIT_SHARED`` or ``../shared``);
``--language vi`` or ``--language en`` measures one language only.
The goal (plain-text and English issues): extraction <= 15x the findall pass, in each language.
The ratio of CPU time is printed too: on a loaded machine it is the steadier of the two.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from pathlib import Path

from newsml_kit import read
from newsml_kit.extract import extract

ROUNDS = 5
CORPORA = {"vi": ("corpus", "vi", "unc"), "en": ("corpus", "en", "bbc")}


def corpus(language: str) -> list[Path]:
    shared = Path(
        os.environ.get("NEWSML_KIT_SHARED", Path(__file__).resolve().parent.parent.parent / "shared")
    )
    folder = shared.joinpath(*CORPORA[language])
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        sys.exit(f"no articles under {folder}: set NEWSML_KIT_SHARED")
    return paths


def measure(language: str) -> None:
    paths = corpus(language)
    texts = [path.read_text(encoding="utf-8") for path in paths]
    items = [read(path, extract=False).item for path in paths]
    extract(items[0], language)  # vocabularies are compiled once, on first use: not timed
    word = re.compile(r"\w+")
    ours: list[float] = []
    baseline: list[float] = []
    ours_cpu: list[float] = []
    baseline_cpu: list[float] = []
    for _ in range(ROUNDS):
        # Interleaved, article by article, so that machine noise hits both sides alike.
        for item, text in zip(items, texts, strict=True):
            start, start_cpu = time.perf_counter(), time.process_time()
            extract(item, language)
            ours.append(time.perf_counter() - start)
            ours_cpu.append(time.process_time() - start_cpu)
            start, start_cpu = time.perf_counter(), time.process_time()
            word.findall(text)
            baseline.append(time.perf_counter() - start)
            baseline_cpu.append(time.process_time() - start_cpu)
    ours_ms, base_ms = statistics.median(ours) * 1e3, statistics.median(baseline) * 1e3
    print(f"[{language}] {len(paths)} articles x {ROUNDS} rounds, medians per article")
    print(f"extraction     {ours_ms:8.3f} ms")
    print(f"re.findall     {base_ms:8.3f} ms")
    print(f"ratio          {ours_ms / base_ms:8.1f} x   (goal <= 15x)")
    # On a loaded machine a run of several milliseconds is often descheduled and a sub-millisecond
    # one seldom, which inflates the wall-clock ratio; the ratio of CPU time of the process is not.
    cpu_ratio = statistics.median(ours_cpu) / max(statistics.median(baseline_cpu), 1e-9)
    print(f"ratio (CPU)    {cpu_ratio:8.1f} x")


def main(argv: list[str]) -> None:
    languages = [argv[argv.index("--language") + 1]] if "--language" in argv else list(CORPORA)
    for language in languages:
        measure(language)


if __name__ == "__main__":
    main(sys.argv[1:])
