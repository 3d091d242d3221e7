"""Run a batch on this machine: a pool of worker processes, each given chunks of file paths.

A worker process that dies (a crash in a C library, the out-of-memory killer) breaks the whole pool and
every chunk in flight with it, without saying which file did it. So the pool is rebuilt and the files
that were in flight are run again as single files; the few in flight when a worker dies again are run
once more one at a time, and the file that kills its worker then is reported as failed. All others are
converted as usual.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext

from newsml_kit.errors import Diagnostic, Location

from .jobs import ChunkResult, FileResult, Job, Settings
from .worker import convert_chunk

Task = Callable[[Sequence[Job], Settings], ChunkResult]
Done = Callable[[ChunkResult], None]


def default_jobs() -> int:
    """The CPUs this process may run on (its affinity mask, which container limits and taskset narrow)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def crashed(job: Job, worker: str) -> ChunkResult:
    """The result of a file whose worker died while converting it, alone."""
    error = Diagnostic(
        "error",
        "the worker process died while converting this file (a crash, or it ran out of memory)",
        Location(file=job.name),
        "NK-BATCH-002",
    )
    return ChunkResult((FileResult(job, "failed", error=error, error_type="WorkerDied"),), worker, 0)


@dataclass
class LocalBackend:
    """``jobs`` worker processes; ``task`` is what each runs on a chunk (a test swaps in one that dies)."""

    jobs: int = field(default_factory=default_jobs)
    task: Task = convert_chunk

    @property
    def workers(self) -> int:
        return self.jobs

    def run(self, chunks: Sequence[list[Job]], settings: Settings, done: Done) -> None:
        queue = deque(chunks)
        while queue:
            with _pool(self.jobs) as pool:
                lost = _drain(pool, queue, settings, done, self.task, in_flight=2 * self.jobs)
            if lost:
                self._isolate(lost, settings, done)

    def _isolate(self, jobs: list[Job], settings: Settings, done: Done) -> None:
        """Run ``jobs`` as single files, in parallel; those in flight when a worker dies again are run
        once more one at a time, so that the file that kills its worker is named and no other."""
        singles = deque([job] for job in jobs)
        while singles:
            with _pool(self.jobs) as pool:
                lost = _drain(pool, singles, settings, done, self.task, in_flight=self.jobs)
            self._one_at_a_time(lost, settings, done)

    def _one_at_a_time(self, jobs: list[Job], settings: Settings, done: Done) -> None:
        suspects = deque(jobs)
        while suspects:
            with _pool(1) as pool:
                while suspects:
                    job = suspects.popleft()
                    try:
                        result = pool.submit(self.task, [job], settings).result()
                    except BrokenProcessPool:
                        done(crashed(job, "local"))
                        break  # a new pool for the rest
                    done(result)


def _drain(
    pool: ProcessPoolExecutor,
    queue: deque[list[Job]],
    settings: Settings,
    done: Done,
    task: Task,
    in_flight: int,
) -> list[Job]:
    """Feed ``queue`` to ``pool``, a few chunks ahead, until it is empty; the jobs lost if the pool breaks."""
    running: dict[Future[ChunkResult], list[Job]] = {}
    while queue or running:
        while queue and len(running) < in_flight:
            chunk = queue.popleft()
            running[pool.submit(task, chunk, settings)] = chunk
        finished, _ = wait(running, return_when=FIRST_COMPLETED)
        lost: list[Job] = []
        for future in finished:
            chunk = running.pop(future)
            if isinstance(future.exception(), BrokenProcessPool):
                lost.extend(chunk)
            else:
                done(future.result())
        if lost:
            for future, chunk in running.items():
                future.cancel()
                lost.extend(chunk)
            return lost
    return []


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context())


@functools.cache
def _context() -> BaseContext:
    """Workers fork from a clean server process that has the converters loaded once: quick to start,
    and safe whatever threads the calling process runs (a plain fork is not)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsml_kit.batch._preload"])
    return context
