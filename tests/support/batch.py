"""Archives of the sample articles and runs of the local backend, for the batch tests."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsml_kit.batch import ConvertOptions
from newsml_kit.batch.jobs import ChunkResult, Job, Settings
from newsml_kit.batch.local import LocalBackend
from newsml_kit.batch.runner import BatchResult, run_batch
from newsml_kit.batch.worker import convert_chunk
from support.paths import SAMPLES

ARTICLES = sorted(SAMPLES.glob("*.txt"))
NEWSML = ConvertOptions("newsml")


def make_archive(root: Path, folders: int, per_folder: int | None = None) -> list[Path]:
    """``folders`` folders of the sample articles (``per_folder`` of them each), at nested paths."""
    made = []
    for index in range(folders):
        folder = root / f"{2000 + index % 3}" / f"box-{index:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        for article in ARTICLES[:per_folder]:
            target = folder / article.name
            target.write_bytes(article.read_bytes())
            made.append(target)
    return made


def outputs(folder: Path) -> dict[str, bytes]:
    """Every visible file under ``folder`` by relative path (the report, journal and lock are hidden)."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    }


def load_report(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {entry["key"]: entry["status"] for entry in report["files"]}


def run_local(
    paths: Sequence[Path], out: Path, jobs: int = 2, chunk: int | None = None, **options: Any
) -> BatchResult:
    return run_batch(paths, out, options.pop("options", NEWSML), LocalBackend(jobs), chunk=chunk, **options)


def blamed_task(jobs: Sequence[Job], settings: Settings) -> ChunkResult:
    """A worker that dies the first two times it meets a file called blamed.txt, then converts it: what
    Dask reports for a good file that twice shared a worker with one that killed it (its chunk, then
    the file alone). The deaths are tallied beside the input folder, which every worker sees."""
    for job in jobs:
        path = Path(job.path)
        if path.name == "blamed.txt":
            tally = path.parent.parent / "blamed.deaths"
            if (len(tally.read_bytes()) if tally.exists() else 0) < 2:
                with tally.open("ab") as marks:
                    marks.write(b"x")
                os._exit(70)
    return convert_chunk(jobs, settings)


def dying_task(jobs: Sequence[Job], settings: Settings) -> ChunkResult:
    """A worker that dies (as a crash in a C library would) when it meets a file called crash.txt."""
    if any(Path(job.path).name == "crash.txt" for job in jobs):
        os._exit(70)
    return convert_chunk(jobs, settings)
