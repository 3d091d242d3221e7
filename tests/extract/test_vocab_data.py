"""The word lists under ``extract/data``: each entry written once, each name under one entry.

A second copy of an entry is harmless to the matcher but misleads whoever edits the list: a fix to
one copy leaves the other, and with aliases (``name | alias``) the same name under two entries
makes which canonical name it gets depend on the order the lines are read in."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import newsml_kit.extract

DATA = Path(newsml_kit.extract.__file__).parent / "data"
TABLES = sorted(DATA.rglob("*.txt"))


def _entries(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def test_the_data_folder_holds_word_lists() -> None:
    assert TABLES, f"no word lists under {DATA}"


@pytest.mark.parametrize("path", TABLES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_each_entry_is_written_once_and_each_name_stands_under_one_entry(path: Path) -> None:
    entries = _entries(path)
    repeated = [entry for entry, count in Counter(entries).items() if count > 1]
    assert not repeated, f"{path.name}: listed more than once: {repeated}"
    names = Counter(name.strip() for entry in entries for name in set(entry.split(" | ")))
    shared = [name for name, count in names.items() if count > 1]
    assert not shared, f"{path.name}: names under more than one entry: {shared}"
