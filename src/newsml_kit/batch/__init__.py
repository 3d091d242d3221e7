"""Convert many files at once: in parallel on this machine or on a Dask cluster, resumable, with a report.

    >>> from newsml_kit.batch import ConvertOptions, convert_batch
    >>> result = convert_batch(["archive/"], "g2/", ConvertOptions("newsml"), jobs=4)  # doctest: +SKIP
    >>> result.counts.failed, result.report_path                                      # doctest: +SKIP

Modules: ``plan`` (which files, which outputs, chunks), ``worker`` (converting a chunk), ``resume``
(the report, its journal, and what ``--resume`` reuses), ``local`` and ``dask_backend`` (where chunks run),
``progress`` (the terminal bar and summary), ``runner`` (one run from start to end).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsml_kit.errors import PlanError

from .jobs import ConvertOptions, FileResult
from .local import LocalBackend, default_jobs
from .progress import Counts
from .resume import DEFAULT_REPORT_NAME, Clock
from .runner import BatchResult, Observer, WorkerStats, run_batch

if TYPE_CHECKING:
    from distributed import Client


def convert_batch(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    options: ConvertOptions,
    *,
    jobs: int | None = None,
    scheduler: str | Client | None = None,
    resume: bool = False,
    report: str | os.PathLike[str] | None = None,
    observer: Observer | None = None,
) -> BatchResult:
    """Convert every file named by ``paths`` (files, folders searched recursively, globs) into
    ``out_dir``, mirroring each file's path relative to the folder it was found in.

    Work runs in ``jobs`` processes on this machine (default: the CPUs this process may use), or on
    the Dask cluster whose scheduler address or ``distributed.Client`` is ``scheduler`` (it needs
    ``newsml-kit[dask]``, and a filesystem all workers share). Outputs are written atomically; a file
    that fails is reported and leaves no output. The report (default ``out_dir/.newsml-kit-report.json``)
    records each input's SHA-256, the options, the tool version and the run's clock; with ``resume``,
    inputs whose entry still matches are skipped. ``observer`` is called after each file.

    The same inputs and options give the same bytes whatever ``jobs`` or ``scheduler``: the time stamped
    on items without one is ``SOURCE_DATE_EPOCH`` when set, else read once per run and kept on resume.
    Usage problems raise ``PlanError``; a failed file does not raise, it is counted in the result.
    """
    if scheduler is not None and jobs is not None:
        raise PlanError("choose one: jobs (this machine) or a Dask scheduler")
    if jobs is not None and jobs < 1:
        raise PlanError(f"jobs must be at least 1, not {jobs}")
    if scheduler is None:
        backend = LocalBackend(jobs or default_jobs())
        return run_batch(paths, out_dir, options, backend, resume=resume, report=report, observer=observer)
    from .dask_backend import DaskBackend

    dask = DaskBackend(scheduler)
    try:
        return run_batch(paths, out_dir, options, dask, resume=resume, report=report, observer=observer)
    finally:
        dask.close()


__all__ = [
    "DEFAULT_REPORT_NAME",
    "BatchResult",
    "Clock",
    "ConvertOptions",
    "Counts",
    "FileResult",
    "Observer",
    "PlanError",
    "WorkerStats",
    "convert_batch",
    "default_jobs",
]
