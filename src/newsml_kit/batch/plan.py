"""Which files a batch converts, where each one's output goes, and how the work is cut into chunks."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newsml_kit.errors import Diagnostic, Location, PlanError
from newsml_kit.fileio import walk_files

from .jobs import FileResult, Job, Previous, output_name


@dataclass(frozen=True, slots=True)
class Plan:
    """The jobs to run, in the order of their keys, and the inputs refused before any work."""

    jobs: tuple[Job, ...]
    refused: tuple[FileResult, ...]


def plan(arguments: Sequence[str | os.PathLike[str]], out_dir: str, extension: str) -> Plan:
    """The jobs for ``arguments`` (files, folders searched recursively, globs).

    A file's key is its path relative to the folder argument (or glob folder) it was found under, or
    its name when it was named itself; its output mirrors the key under ``out_dir``. Inputs that would
    write the same output, or overwrite themselves, are refused with the reason.
    """
    out_real = os.path.realpath(out_dir)
    found: dict[str, Job] = {}  # by real path: a file named twice is converted once
    for argument in arguments:
        for root, path in _expand(os.fspath(argument), out_real):
            real = os.path.realpath(path)
            key = Path(os.path.relpath(path, root)).as_posix()
            found.setdefault(real, Job(path=real, name=path, key=key))
    by_output: dict[str, list[Job]] = {}
    for job in found.values():
        # Outputs differ in their stems; the extension is the same for all.
        by_output.setdefault(output_name(job.key, ""), []).append(job)
    jobs: list[Job] = []
    refused: list[FileResult] = []
    for stem, group in by_output.items():
        target = os.path.join(out_real, *(stem + extension).split("/"))
        if len(group) > 1:
            names = ", ".join(job.name for job in group)
            refused.extend(
                _refuse(job, f"{names} would all be written to {stem}{extension}; convert them separately")
                for job in group
            )
        elif group[0].path == target:
            refused.append(
                _refuse(group[0], "the output would overwrite the input; choose another --out-dir")
            )
        else:
            jobs.append(group[0])
    jobs.sort(key=lambda job: job.key)
    refused.sort(key=lambda result: result.job.key)
    return Plan(tuple(jobs), tuple(refused))


def with_previous(jobs: Sequence[Job], previous: dict[str, Previous]) -> list[Job]:
    """The jobs, each with what an earlier run recorded for its key, if anything."""
    return [replace(job, previous=previous.get(job.key)) for job in jobs]


def chunks(jobs: Sequence[Job], size: int) -> list[list[Job]]:
    return [list(jobs[start : start + size]) for start in range(0, len(jobs), size)]


def chunk_size(files: int, workers: int, largest: int = 64) -> int:
    """Chunks small enough that every worker gets a few dozen (progress stays live, and no worker is
    left with a long last chunk while the others idle), large enough that sending them costs little
    next to converting them."""
    return max(1, min(largest, files // max(1, workers * 32)))


def _refuse(job: Job, message: str) -> FileResult:
    error = Diagnostic("error", message, Location(file=job.name), "NK-BATCH-001")
    return FileResult(job, "failed", error=error, error_type="OutputConflict")


def _expand(argument: str, out_real: str) -> Iterator[tuple[str, str]]:
    """(root, file) pairs for one argument; the output folder is never searched."""
    skip = {out_real}
    if argument == "-":
        raise PlanError("stdin cannot be converted into a folder: give files or folders", Location(argument))
    if os.path.isdir(argument):
        if _inside(os.path.realpath(argument), out_real):
            raise PlanError(
                "this folder is inside the output folder; choose another --out-dir", Location(argument)
            )
        yield from ((argument, path) for path in walk_files(argument, skip))
    elif os.path.exists(argument):
        yield os.path.dirname(argument) or ".", argument
    elif glob.has_magic(argument):
        root = _glob_root(argument)
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            raise PlanError("no file matches this pattern", Location(argument))
        for match in matches:
            if os.path.isdir(match):
                yield from ((root, path) for path in walk_files(match, skip))
            elif not _inside(os.path.realpath(match), out_real):
                yield root, match
    else:
        raise PlanError("no such file or folder", Location(argument))


def _glob_root(pattern: str) -> str:
    """The folder a glob searches from: its leading components without wildcards."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
