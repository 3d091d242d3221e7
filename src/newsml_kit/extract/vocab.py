"""Vocabularies kept as data tables (``extract/data/<language>/*.txt``), loaded once.

Format: UTF-8, one entry per line, ``#`` starts a comment line; in alias tables the entries of a
line are separated by `` | ``, the first being the canonical name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def entries(language: str, name: str) -> tuple[str, ...]:
    """The entries of table ``name`` (without ``.txt``) for ``language``, in file order."""
    text = files("newsml_kit.extract").joinpath("data", language, f"{name}.txt").read_text(encoding="utf-8")
    lines = (unicodedata.normalize("NFC", line.strip()) for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def aliases(language: str, name: str) -> dict[str, str]:
    """Every form of every entry of an alias table, mapped to the entry's canonical name."""
    table: dict[str, str] = {}
    for line in entries(language, name):
        forms = [form.strip() for form in line.split(" | ") if form.strip()]
        for form in forms:
            table.setdefault(form, forms[0])
    return table


# Put after a word's first character: "the character before that one is no word character". A
# lookbehind in front of the alternation would stop the regex engine from skipping ahead to the
# possible first characters, which makes the scan several times slower.
WORD_START = r"(?<!\w[\s\S])"


def alternation(words: Iterable[str], *, word_start: bool = False, after: str = r"\w") -> str:
    """A regex matching any of ``words``, the longest where several match.

    Built as a trie (``Bộ(?: Chính trị| Công an)?``...) so that a table of hundreds of entries is
    matched in one pass over the text instead of being tried entry by entry."""
    trie: dict[str, dict[str, Any]] = {}
    for word in sorted(set(words)):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie, rf"(?<!{after}[\s\S])" if word_start else "")


def _pattern(node: dict[str, dict[str, Any]], after_first: str = "") -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + after_first + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    # Longer continuations first: regex alternation takes the first branch that matches.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body
