"""One batch run from start to end: lock the output folder, sweep leftovers, plan, convert through a
backend (local processes or Dask), keep the journal, write the report."""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsml_kit.errors import Location, PlanError, UnsupportedFormatError
from newsml_kit.fileio import sweep_temp_files
from newsml_kit.formats import get_format

from . import resume as manifest  # the report that --resume reads ("resume" is a parameter here)
from .jobs import ChunkResult, ConvertOptions, FileResult, Job, Settings
from .plan import chunk_size, chunks, plan, with_previous
from .progress import Counts
from .resume import Clock, Entry, Header, Journal
from .worker import SOURCE_DATE_EPOCH

LOCK_NAME = ".newsml-kit.lock"

Observer = Callable[[FileResult, Counts], None]


class Backend(Protocol):
    """Where chunks run: ``run`` calls ``done`` once per chunk, in any order, and returns when all are."""

    @property
    def workers(self) -> int: ...

    def run(
        self, chunks: Sequence[list[Job]], settings: Settings, done: Callable[[ChunkResult], None]
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class WorkerStats:
    worker: str
    chunks: int
    files: int
    peak_rss_bytes: int


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a run did: totals, one report entry per input (sorted by key), and the workers' figures."""

    report_path: str
    clock: Clock
    counts: Counts
    elapsed: float
    files: tuple[Entry, ...]
    workers: tuple[WorkerStats, ...]
    swept: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.counts.failed == self.counts.excused


def run_batch(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    options: ConvertOptions,
    backend: Backend,
    *,
    resume: bool = False,
    report: str | os.PathLike[str] | None = None,
    observer: Observer | None = None,
    chunk: int | None = None,
) -> BatchResult:
    """Convert every file named by ``paths`` into ``out_dir``; see ``newsml_kit.batch.convert_batch``."""
    started = time.monotonic()
    fmt = get_format(options.to_format)
    if fmt.writer is None:
        raise UnsupportedFormatError(f"unsupported format: newsml-kit cannot write {options.to_format}")
    if options.from_format is not None:
        get_format(options.from_format)
    out = os.path.realpath(out_dir)
    planned = plan(paths, out, fmt.extension)
    try:
        os.makedirs(out, exist_ok=True)
    except OSError as exc:
        raise PlanError(
            f"cannot create the output folder: {exc.strerror or exc}", Location(file=out)
        ) from None
    report_path = (
        os.path.abspath(report) if report is not None else os.path.join(out, manifest.DEFAULT_REPORT_NAME)
    )
    with _locked(out):
        swept = sweep_temp_files(out)
        previous = manifest.load(report_path) if resume else None
        header = Header(options, _clock(previous))
        reusable = previous.reusable(header) if previous else {}
        jobs = with_previous(
            planned.jobs, {key: p for key, e in reusable.items() if (p := manifest.previous(e)) is not None}
        )
        carried = (reusable[job.key] for job in jobs if job.key in reusable)
        journal = Journal(manifest.journal_path(report_path), header, carried)
        run = _Run(len(jobs) + len(planned.refused), reusable, journal, observer, options.ignore)
        try:
            run.record(planned.refused)
            settings = Settings(options, out, fmt.extension, header.clock.epoch)
            size = chunk or chunk_size(len(jobs), backend.workers)
            backend.run(chunks(jobs, size), settings, run.done)
        finally:
            journal.close()
        elapsed = time.monotonic() - started
        files = tuple(entry for _, entry in sorted(run.entries.items()))
        workers = tuple(sorted(run.workers.values(), key=lambda stats: stats.worker))
        manifest.write_report(report_path, header, _body(run.counts, elapsed, files, workers, out))
        journal.remove()
    return BatchResult(report_path, header.clock, run.counts, elapsed, files, workers, tuple(swept))


class _Run:
    """The running state of a batch: entries by key, totals, per-worker figures."""

    def __init__(
        self,
        total: int,
        reusable: dict[str, Entry],
        journal: Journal,
        observer: Observer | None,
        ignore: tuple[str, ...] = (),
    ) -> None:
        self.counts = Counts(total)
        self.entries: dict[tuple[str, str], Entry] = {}  # by key and input: refused inputs may share a key
        self.workers: dict[str, WorkerStats] = {}
        self._reusable = reusable
        self._journal = journal
        self._observer = observer
        self._ignore = ignore

    def done(self, chunk: ChunkResult) -> None:
        self.record(chunk.results)
        known = self.workers.get(chunk.worker, WorkerStats(chunk.worker, 0, 0, 0))
        self.workers[chunk.worker] = WorkerStats(
            chunk.worker,
            known.chunks + 1,
            known.files + len(chunk.results),
            max(known.peak_rss_bytes, chunk.peak_rss_bytes),
        )

    def record(self, results: Sequence[FileResult]) -> None:
        entries = [manifest.entry(result, self._reusable.get(result.job.key)) for result in results]
        self._journal.record(entries)
        for result, entry in zip(results, entries, strict=True):
            self.entries[result.job.key, result.job.name] = entry
            self._count(result, entry)
            if self._observer is not None:
                self._observer(result, self.counts)

    def _count(self, result: FileResult, entry: Entry) -> None:
        counts = self.counts
        counts.done += 1
        if result.status == "failed":
            counts.failed += 1
            if result.error is not None and result.error.code in self._ignore:
                counts.excused += 1
        elif result.status == "unchanged":
            counts.unchanged += 1
        else:
            counts.converted += 1
            counts.items += int(entry["items"])
        counts.warnings += len(entry["warnings"])


def _clock(previous: manifest.Manifest | None) -> Clock:
    """``SOURCE_DATE_EPOCH`` when set; else the clock of the run being resumed; else one reading now."""
    value = os.environ.get(SOURCE_DATE_EPOCH)
    if value is not None:
        if not value.strip().isdigit():
            raise PlanError(
                f"{SOURCE_DATE_EPOCH} must be a whole number of seconds since 1970, not {value!r}"
            )
        return Clock(int(value), "SOURCE_DATE_EPOCH")
    recorded = previous.clock if previous else None
    return recorded or Clock(int(time.time()), "clock")


def _body(
    counts: Counts, elapsed: float, files: tuple[Entry, ...], workers: tuple[WorkerStats, ...], out: str
) -> dict[str, Any]:
    return {
        "out_dir": out,
        "summary": {
            "files": counts.total,
            "converted": counts.converted,
            "unchanged": counts.unchanged,
            "failed": counts.failed,
            "items": counts.items,
            "warnings": counts.warnings,
            "warnings_by_code": warnings_by_code(files),
            **_repairs(files),
            "elapsed_seconds": round(elapsed, 3),
        },
        "workers": [
            {"worker": w.worker, "chunks": w.chunks, "files": w.files, "peak_rss_bytes": w.peak_rss_bytes}
            for w in workers
        ],
        "files": list(files),
    }


def warnings_by_code(files: tuple[Entry, ...]) -> dict[str, int]:
    """How many warnings of each code the report's entries hold, by code."""
    found = Counter(
        str(warning.get("code"))
        for entry in files
        for warning in entry.get("warnings") or ()
        if isinstance(warning, dict)
    )
    return dict(sorted(found.items()))


def _repairs(files: tuple[Entry, ...]) -> dict[str, Any]:
    """How many files needed repairs and how many in all, and how many files each encoding read."""
    repaired = [int(entry.get("repairs") or 0) for entry in files]
    encodings: dict[str, int] = {}
    for entry in files:
        if entry.get("encoding"):
            encodings[entry["encoding"]] = encodings.get(entry["encoding"], 0) + 1
    return {
        "repaired_files": sum(1 for count in repaired if count),
        "repairs": sum(repaired),
        "encodings": dict(sorted(encodings.items())),
    }


@contextlib.contextmanager
def _locked(folder: str) -> Iterator[None]:
    """Hold the output folder for this run: a second run into it would sweep the first one's temporary
    files and interleave their journals."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(os.path.join(folder, LOCK_NAME), "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PlanError(
                "another newsml-kit run is writing to this folder", Location(file=folder)
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
