"""How much of an XML document survives a conversion: its leaves, compared as multisets.

A leaf is an (expanded element path, value) pair: each attribute value (the path ending in the
attribute's expanded name) and each piece of non-blank text or tail (edge whitespace left out).
Namespace prefixes and declarations, element order, indentation and comments do not count. A
leaf the reader repaired with a warning (a date spelled ``+0100``, without a time zone, with
whitespace; a C1 control character) counts as survived when the output has its repaired form.
The repairs are recognised with the standard library alone (``datetime.fromisoformat``, the
``cp1252`` codec), never with the readers' own code: the measure does not lean on what it measures.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

Leaf = tuple[str, str]

_C1 = re.compile("[\x80-\x9f]")
_DATE_TIME = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]")


@dataclass(frozen=True, slots=True)
class Fidelity:
    """The leaves of a source, how many of them the output has, and which it lacks."""

    total: int
    kept: int
    lost: tuple[Leaf, ...]

    @property
    def share(self) -> float:
        return 1.0 if self.total == 0 else self.kept / self.total


def leaves(root: etree._Element) -> Counter[Leaf]:
    """Every leaf of the tree under ``root``."""
    found: Counter[Leaf] = Counter()
    _walk(root, "", found)
    return found


def _walk(element: etree._Element, parent: str, found: Counter[Leaf]) -> None:
    path = f"{parent}/{etree.QName(element).text}"
    for name, value in element.attrib.items():
        found[(f"{path}/@{name}", value)] += 1
    if element.text and element.text.strip():
        found[(path, element.text.strip())] += 1
    for child in element:
        if isinstance(child.tag, str):
            _walk(child, path, found)
        if child.tail and child.tail.strip():
            found[(f"{path}#tail", child.tail.strip())] += 1


def compare(source: etree._Element, output: etree._Element) -> Fidelity:
    """The share of ``source``'s leaves that ``output`` has, repairs counted as kept."""
    before = leaves(source)
    after = leaves(output)
    kept = before & after
    missing = before - after
    spare = after - before
    lost: list[Leaf] = []
    repaired = 0
    for leaf, count in sorted(missing.items()):
        for _ in range(count):
            match = _repaired_match(leaf, spare)
            if match is None:
                lost.append(leaf)
            else:
                spare[match] -= 1
                repaired += 1
    total = sum(before.values())
    return Fidelity(total=total, kept=sum(kept.values()) + repaired, lost=tuple(lost))


def _repaired_match(leaf: Leaf, spare: Counter[Leaf]) -> Leaf | None:
    path, value = leaf
    if _C1.search(value):
        # Windows-1252 punctuation read as Latin-1; the five codes cp1252 leaves undefined stay.
        fixed = _C1.sub(lambda m: bytes([ord(m[0])]).decode("cp1252", "ignore") or m[0], value)
        if spare[(path, fixed)] > 0:
            return (path, fixed)
    instant = _instant(value)
    if instant is None:
        return None
    for candidate, count in spare.items():
        if count > 0 and candidate[0] == path and _instant(candidate[1]) == instant:
            return candidate
    return None


def _instant(value: str) -> datetime | None:
    """The instant a date-time names (edge whitespace, ``+hhmm`` and no time zone, read as UTC,
    allowed), or None for any other value."""
    if not _DATE_TIME.match(value):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


__all__ = ["Fidelity", "compare", "leaves"]
