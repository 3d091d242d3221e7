"""Batch conversion speed with one and two worker processes, and the memory each worker needs.

Run: ``.venv/bin/python bench/batch.py [--files N] [--rounds N] [--jobs A,B]``.

The archive: the Vietnamese corpus articles (``../shared/corpus/vi/unc/``, or ``$NEWSML_KIT_SHARED``)
copied again and again into a temporary folder, 100 files per subfolder, until it holds ``--files``
plain-text files (default 2,000). Each round converts the whole archive to NewsML-G2 with
``convert_batch`` once per job count, into a fresh output folder, the job counts in turn (so a noisy
machine affects all alike); the wall time of a run includes starting its worker processes. Reported:
the median files per second of each job count, the ratio to the first, and the largest peak resident
memory of any worker and of this (the coordinating) process. As a control, each round also times a
bare CPU loop in one process and in as many processes as the most jobs: on a machine shared with
other work, that is the most any parallel program could gain at that moment.

Before timing counts, every run is checked: no file failed, and the outputs are byte for byte those
of the first run (SOURCE_DATE_EPOCH is fixed, so the time stamp is the same). Goal (issue 7): two
jobs at least 1.7x as fast as one. Exit status 1 when a check fails or the goal is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newsml_kit.batch import BatchResult, ConvertOptions, convert_batch

REPO = Path(__file__).resolve().parent.parent
GOAL = 1.7
PER_FOLDER = 100
EPOCH = "1767225600"


def corpus() -> list[Path]:
    configured = os.environ.get("NEWSML_KIT_SHARED")
    shared = Path(configured) if configured else REPO.parent / "shared"
    articles = sorted((shared / "corpus" / "vi" / "unc").glob("*.txt"))
    if not articles:
        sys.exit(f"no articles in {shared / 'corpus' / 'vi' / 'unc'}: set NEWSML_KIT_SHARED")
    return articles


def build_archive(root: Path, files: int) -> None:
    articles = corpus()
    for index in range(files):
        folder = root / f"box-{index // PER_FOLDER:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        source = articles[index % len(articles)]
        shutil.copyfile(source, folder / f"{index:06d}-{source.name}")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Each output's SHA-256 by path (digests, so that the check does not swell this process's memory)."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).digest()
        for path in folder.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    }


def timed_run(archive: Path, out: Path, jobs: int) -> tuple[float, BatchResult]:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    result = convert_batch([archive], out, ConvertOptions("newsml"), jobs=jobs)
    return time.perf_counter() - start, result


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def machine_ceiling(jobs: int, seconds_of_work: float = 1.0) -> float:
    """How much faster ``jobs`` processes get a trivially parallel CPU loop done than one process, right
    now: the most any parallel program can gain on this machine while others share it."""
    count = 2_000_000
    start = time.perf_counter()
    _spin(count)
    count = int(count * seconds_of_work / (time.perf_counter() - start) / jobs)
    start = time.perf_counter()
    for _ in range(jobs):
        _spin(count)
    alone = time.perf_counter() - start
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_spin, [1] * jobs))  # started before the clock
        start = time.perf_counter()
        list(pool.map(_spin, [count] * jobs))
        together = time.perf_counter() - start
    return alone / together


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", default="1,2", help="job counts to compare, the first is the baseline")
    args = parser.parse_args()
    job_counts = [int(part) for part in args.jobs.split(",")]
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    failures: list[str] = []
    rates: dict[int, list[float]] = {jobs: [] for jobs in job_counts}
    peaks: dict[int, int] = dict.fromkeys(job_counts, 0)
    ceilings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="newsml-kit-bench-") as temp:
        archive, out = Path(temp, "archive"), Path(temp, "out")
        build_archive(archive, args.files)
        print(f"archive: {args.files} plain-text files; CPUs usable: {len(os.sched_getaffinity(0))}")
        convert_batch([next(archive.glob("*/*.txt"))], Path(temp, "warm"), ConvertOptions("newsml"), jobs=1)
        expected: dict[str, bytes] | None = None
        for round_number in range(1, args.rounds + 1):
            ceilings.append(machine_ceiling(max(job_counts)))
            for jobs in job_counts:
                seconds, result = timed_run(archive, out, jobs)
                written = snapshot(out)
                if result.counts.failed or result.counts.converted != args.files:
                    failures.append(
                        f"jobs {jobs}: {result.counts.failed} failed, {result.counts.converted} done"
                    )
                expected = expected or written
                if written != expected:
                    failures.append(f"jobs {jobs}, round {round_number}: outputs differ from the first run")
                rates[jobs].append(args.files / seconds)
                peaks[jobs] = max(peaks[jobs], *(worker.peak_rss_bytes for worker in result.workers))
                print(
                    f"round {round_number}, jobs {jobs}: {seconds:6.2f} s, {rates[jobs][-1]:7.1f} files/s, "
                    f"{len(result.workers)} workers"
                )
    failures.extend(summarise(job_counts, rates, peaks, ceilings))
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


def summarise(
    job_counts: list[int], rates: dict[int, list[float]], peaks: dict[int, int], ceilings: list[float]
) -> list[str]:
    """Print the table; the goal missed, if it is."""
    base = statistics.median(rates[job_counts[0]])
    print()
    print(f"{'jobs':>4}  {'median files/s':>14}  {'ratio':>5}  {'peak RSS per worker':>19}")
    for jobs in job_counts:
        median = statistics.median(rates[jobs])
        print(f"{jobs:>4}  {median:14.1f}  {median / base:5.2f}  {peaks[jobs] / 2**20:15.1f} MiB")
    coordinator = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"coordinating process peak RSS: {coordinator / 2**20:.1f} MiB")
    print(
        f"machine ceiling ({max(job_counts)} processes on a bare CPU loop, per round): "
        + ", ".join(f"{ceiling:.2f}x" for ceiling in ceilings)
    )
    if job_counts[:2] != [1, 2]:
        return []
    ratio = statistics.median(rates[2]) / base
    print(f"goal: 2 jobs >= {GOAL}x 1 job: {ratio:.2f}x, {'met' if ratio >= GOAL else 'MISSED'}")
    return [] if ratio >= GOAL else [f"2 jobs are {ratio:.2f}x 1 job, below {GOAL}x"]


if __name__ == "__main__":
    sys.exit(main())
