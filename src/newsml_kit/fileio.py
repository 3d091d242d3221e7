"""Reading inputs and writing outputs without ever leaving a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Collection, Iterator
from pathlib import Path

from newsml_kit.errors import Location, NewsmlKitError

MAX_INPUT_BYTES = 256 * 1024 * 1024
TEMP_PREFIX = ".newsml-kit-"
TEMP_SUFFIX = ".tmp"


def read_input(path: str | os.PathLike[str], max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path``, with a newsml_kit error (not an OSError) when it cannot be read."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise NewsmlKitError(f"cannot read input: {exc.strerror or exc}", Location(file=name)) from None
    if len(data) > max_bytes:
        raise NewsmlKitError(f"input is larger than {max_bytes} bytes; refused", Location(file=name))
    return data


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it into place,
    so readers see the old file or the whole new one, never a part."""
    target = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent or ".")
    except OSError as exc:
        raise NewsmlKitError(
            f"cannot write output: {exc.strerror or exc}", Location(file=str(target))
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise NewsmlKitError(
                f"cannot write output: {exc.strerror or exc}", Location(file=str(target))
            ) from None
        raise


def walk_files(folder: str, skip: Collection[str] = ()) -> Iterator[str]:
    """Every file under ``folder``, in sorted order, without hidden files and folders (names starting
    with a dot) and without the folders whose real paths are in ``skip``."""
    for current, folders, files in os.walk(folder):
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".") and os.path.realpath(os.path.join(current, name)) not in skip
        )
        for name in sorted(files):
            if not name.startswith("."):
                yield str(Path(current, name))


def is_temp_file(name: str) -> bool:
    """Whether ``name`` is one of atomic_write's temporary files."""
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def sweep_temp_files(folder: str | os.PathLike[str]) -> list[str]:
    """Remove the temporary files an interrupted atomic_write left anywhere under ``folder``; their paths."""
    removed = []
    for current, _, files in os.walk(folder):
        for name in files:
            if is_temp_file(name):
                path = os.path.join(current, name)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)
                    removed.append(path)
    return sorted(removed)
