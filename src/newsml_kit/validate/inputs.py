"""The inputs of ``newsml-kit validate``: files, directories (recursively), globs and ``-`` for stdin."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence

from newsml_kit.errors import Location, NewsmlKitError
from newsml_kit.fileio import walk_files

STDIN = "-"


class InputError(NewsmlKitError):
    """An argument that names no input: a usage problem."""

    code = "NK-VAL-008"


def expand(arguments: Sequence[str]) -> list[str]:
    """Every input named by ``arguments``, in order, each once; hidden files in folders are skipped."""
    found: dict[str, None] = {}
    for argument in arguments:
        for path in _expand_one(argument):
            found.setdefault(path, None)
    return list(found)


def _expand_one(argument: str) -> Iterator[str]:
    if argument == STDIN:
        yield STDIN
    elif os.path.isdir(argument):
        yield from walk_files(argument)
    elif os.path.exists(argument):
        yield argument
    elif glob.has_magic(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            raise InputError("no file matches this pattern", Location(argument))
        for match in matches:
            yield from walk_files(match) if os.path.isdir(match) else iter([match])
    else:
        raise InputError("no such file or folder", Location(argument))
