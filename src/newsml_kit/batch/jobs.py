"""The values that travel between the planner, the workers and the report: small, frozen, picklable."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from dataclasses import dataclass
from typing import Any, Literal

from newsml_kit.errors import Diagnostic

Status = Literal["converted", "unchanged", "failed"]


@dataclass(frozen=True, slots=True)
class ConvertOptions:
    """How every input of a run is read and written: what the manifest fingerprints, so that changing any
    of these re-converts on ``--resume``. The fields mirror ``newsml_kit.read`` and ``newsml_kit.write``."""

    to_format: str
    from_format: str | None = None
    encoding: str | None = None
    strict: bool = False
    extract: bool = True
    nfc: bool = False
    ninjs_version: str | None = None
    language: str | None = None
    enrich: bool = False
    select: tuple[str, ...] = ()
    """The warnings reported, by code or prefix (``newsml_kit.codes.Selection``); empty: all."""
    ignore: tuple[str, ...] = ()
    """The warnings (and, by exact code, errors) left out of the report."""

    def as_dict(self) -> dict[str, Any]:
        """The options as JSON has them (lists, not tuples), so that a report read back compares equal."""
        return {**dataclasses.asdict(self), "select": list(self.select), "ignore": list(self.ignore)}


@dataclass(frozen=True, slots=True)
class Output:
    """One file written: its path relative to the output folder, its size and SHA-256."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Previous:
    """What an earlier run recorded for an input: enough for a worker to tell that nothing changed."""

    sha256: str
    outputs: tuple[Output, ...]


@dataclass(frozen=True, slots=True)
class Job:
    """One input file: ``path`` is what a worker opens (absolute), ``name`` how the user named it (used in
    messages and the report), ``key`` its path relative to the folder it was found in, which is unique in
    a run and is mirrored under the output folder."""

    path: str
    name: str
    key: str
    previous: Previous | None = None


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one input."""

    job: Job
    status: Status
    sha256: str | None = None
    outputs: tuple[Output, ...] = ()
    items: int = 0
    warnings: tuple[Diagnostic, ...] = ()
    error: Diagnostic | None = None
    error_type: str | None = None
    encoding: str | None = None
    """The codec a plain-text input was read with (found or named); None for other formats."""
    repairs: int = 0
    """How many repairs the input's text needed (each is one of the warnings)."""


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """The results of one chunk of jobs, and which worker ran it with how much memory at most."""

    results: tuple[FileResult, ...]
    worker: str
    peak_rss_bytes: int


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a worker needs besides its jobs: the same for every chunk of a run."""

    options: ConvertOptions
    out_dir: str
    extension: str
    clock_epoch: int


# A file-name extension: a dot and up to eight letters or digits, at least one a letter. Agency files
# often have none, and names such as tag_reuters.com,2018_newsml_X keep everything after their dot.
_EXTENSION_RE = re.compile(r"\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,8}")


def output_name(key: str, extension: str, number: int | None = None) -> str:
    """The output path, relative to the output folder, for the input at ``key``: its extension, if it has
    one, replaced by the output format's, and for the items of a message, the item's number (from 1)
    before it."""
    stem, suffix = posixpath.splitext(key)
    if not _EXTENSION_RE.fullmatch(suffix):
        stem = key
    return f"{stem}{extension}" if number is None else f"{stem}.{number}{extension}"
