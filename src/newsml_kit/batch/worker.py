"""The worker side of a batch: convert a chunk of input files, each on its own, into the output folder.

This runs in a pool process or on a Dask worker; it gets file paths (never file contents) and returns
small results. A file that fails for any reason becomes a failed result, never an exception that would
take the rest of the chunk with it, and it leaves no output behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import resource
import socket
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsml_kit import api
from newsml_kit.codes import Selection
from newsml_kit.errors import Diagnostic, Location, NewsmlKitError
from newsml_kit.fileio import atomic_write, read_input
from newsml_kit.formats.g2 import filled_version_created
from newsml_kit.model import Message, NewsItem

from .jobs import ChunkResult, ConvertOptions, FileResult, Job, Output, Settings, output_name

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
_CLOCK_LOCK = threading.Lock()


def convert_chunk(jobs: Sequence[Job], settings: Settings) -> ChunkResult:
    """Convert every job of the chunk; the results come back in the jobs' order."""
    with run_clock(settings.clock_epoch):
        results = tuple(convert_file(job, settings) for job in jobs)
    return ChunkResult(results, worker_name(), peak_rss_bytes())


@contextlib.contextmanager
def run_clock(epoch: int) -> Iterator[None]:
    """Make every writer that stamps the time (NewsML-G2's ``versionCreated`` of an item without one) stamp
    the run's time, whichever process or machine does the work.

    The writers follow the reproducible-builds convention: ``SOURCE_DATE_EPOCH`` when set, else one
    clock reading per process. So the run's value is set there and the writer's reading dropped, and
    both come back afterwards. The lock keeps two runs with different clocks apart in a worker that
    runs tasks on several threads (Dask); the work is bound by the interpreter lock anyway.
    """
    with _CLOCK_LOCK:
        before = os.environ.get(SOURCE_DATE_EPOCH)
        os.environ[SOURCE_DATE_EPOCH] = str(epoch)
        filled_version_created.cache_clear()
        try:
            yield
        finally:
            if before is None:
                del os.environ[SOURCE_DATE_EPOCH]
            else:
                os.environ[SOURCE_DATE_EPOCH] = before
            filled_version_created.cache_clear()


def convert_file(job: Job, settings: Settings) -> FileResult:
    """Convert one input; whatever goes wrong is reported in the result."""
    sha256 = None
    try:
        data = read_input(job.path)
        sha256 = hashlib.sha256(data).hexdigest()
        if job.previous is not None and job.previous.sha256 == sha256 and _outputs_intact(job, settings):
            return FileResult(job, "unchanged", sha256, job.previous.outputs)
        return _convert(job, settings, data, sha256)
    except NewsmlKitError as exc:
        error = exc.diagnostic(job.name)
        return FileResult(job, "failed", sha256, error=error, error_type=type(exc).__name__)
    except Exception as exc:  # a bug or an exhausted resource: this file fails, the rest go on
        message = f"internal error: {type(exc).__name__}: {exc}"
        error = Diagnostic("error", message, Location(file=job.name), "NK-ERR-007")
        return FileResult(job, "failed", sha256, error=error, error_type="InternalError")


def _convert(job: Job, settings: Settings, data: bytes, sha256: str) -> FileResult:
    options = settings.options
    result = api.read(
        data,
        format=options.from_format,
        source=job.name,
        strict=options.strict,
        encoding=options.encoding,
        extract=options.extract,
        nfc=options.nfc,
        language=options.language,
        enrich=options.enrich,
        select=options.select,
        ignore=options.ignore,
    )
    # An input whose content is its events writes its event items (docs/g2-events.md).
    events = api.events_to_convert(result, options.to_format)
    items: Sequence[NewsItem | Message] = events or result.items
    whole = False
    if not items and result.message is not None:
        # A message, planning or concept item with no news item in it: written back as it is.
        items, whole = [result.message], True
    if not items:
        raise NewsmlKitError(
            "the input holds no news item to convert", Location(file=job.name), code="NK-BATCH-004"
        )
    # Every item is written in memory first, so a file that fails writes nothing.
    warnings = list(result.warnings)
    if options.to_format == "text" and not options.strict:
        selection = Selection.of(options.select, options.ignore)
        contents = [_plain_text(item, job.name, warnings, selection) for item in items]
    else:
        contents = [_write(item, options, event=bool(events)) for item in items]
    if (result.message is None or events or whole) and len(contents) == 1:
        names = [output_name(job.key, settings.extension)]
    else:  # the items of a message are numbered after their file, never named from their guids
        names = [output_name(job.key, settings.extension, number) for number in range(1, len(contents) + 1)]
    outputs = _write_all(settings.out_dir, names, contents)
    return FileResult(
        job,
        "converted",
        sha256,
        outputs,
        len(contents),
        tuple(warnings),
        encoding=result.encoding,
        repairs=result.repairs,
    )


def _write(item: NewsItem | Message, options: ConvertOptions, *, event: bool) -> bytes:
    if event:  # an EventsML-G2 conceptItem for newsml
        assert isinstance(item, NewsItem)
        return api.write_events([item], options.to_format, ninjs_version=options.ninjs_version)
    return api.write(item, options.to_format, ninjs_version=options.ninjs_version)


def _plain_text(
    item: NewsItem | Message, source: str, warnings: list[Diagnostic], selection: Selection
) -> bytes:
    """Plain text of any item (``formats.text.export``); what it could not carry becomes warnings."""
    from newsml_kit.formats.text.export import export_text_reported

    data, notes = export_text_reported(item, source)
    warnings.extend(selection.filter(notes))
    return data


def _write_all(out_dir: str, names: Sequence[str], contents: Sequence[bytes]) -> tuple[Output, ...]:
    written: list[Output] = []
    try:
        for name, content in zip(names, contents, strict=True):
            path = _output_path(out_dir, name)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise NewsmlKitError(
                    f"cannot create the output folder: {exc.strerror or exc}", Location(file=str(path.parent))
                ) from None
            atomic_write(path, content)
            written.append(Output(name, len(content), hashlib.sha256(content).hexdigest()))
    except BaseException:
        # All of a message's items or none of them.
        for output in written:
            with contextlib.suppress(OSError):
                os.unlink(_output_path(out_dir, output.path))
        raise
    return tuple(written)


def _outputs_intact(job: Job, settings: Settings) -> bool:
    """Whether every output an earlier run recorded for this input is still there, at its size (files
    are written whole or not at all, so a deleted or replaced output is what this catches)."""
    assert job.previous is not None
    try:
        return all(
            _output_path(settings.out_dir, output.path).stat().st_size == output.size
            for output in job.previous.outputs
        )
    except OSError:
        return False


def _output_path(out_dir: str, name: str) -> Path:
    return Path(out_dir, *name.split("/"))


def warm_up() -> None:
    """Build what the converters build on first use: extraction's vocabularies (about 0.2 s per language)."""
    from newsml_kit.extract import PACKS, extract
    from newsml_kit.model import Block, NewsItem

    for language in PACKS:
        extract(NewsItem(guid="urn:newsml-kit:warm-up", language=language, body=[Block(text="warm up")]))


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def peak_rss_bytes() -> int:
    """This process's peak resident memory so far."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # macOS counts bytes, Linux kibibytes
