"""A folder of converted items under review: the queue, loading, saving, undo. No web here.

The folder is what ``convert --out-dir DIR --to json`` writes: one canonical JSON item per file,
with the batch report when there is one. Saving writes the item atomically with ``version`` + 1
and its review status; the version it replaces is kept in ``DIR/.newsml-kit-review/`` (a hidden
folder, so a later ``convert DIR`` never reads it), the first of them being the conversion's own
output. Undo puts the newest kept version back.

Every save names the bytes it was made from (their SHA-256): when the file has changed since
(another tab, another person), the save is refused and says so, rather than losing an edit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsml_kit.batch.resume import DEFAULT_REPORT_NAME
from newsml_kit.errors import NewsmlKitError, StaleVersion, StoreError
from newsml_kit.fileio import atomic_write, read_input, walk_files
from newsml_kit.formats.base import ReadOptions
from newsml_kit.formats.json import ITEM_TYPE, SCHEMA_ID, read_json, write_json
from newsml_kit.model import NewsItem, ReviewStatus

HISTORY_DIR = ".newsml-kit-review"
MAX_ITEM_BYTES = 16 * 1024 * 1024
STATUSES = tuple(status.value for status in ReviewStatus)


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One item as the queue lists it, read without building the model (fast for thousands)."""

    path: str
    headline: str
    date: str
    event: str
    status: str
    version: int
    lead: str = ""
    """The start of the first paragraph, for an item with no headline (most legacy articles)."""
    warnings: tuple[str, ...] = ()

    @property
    def needs_attention(self) -> bool:
        return not self.event or bool(self.warnings)


@dataclass(frozen=True, slots=True)
class Loaded:
    """An item as read from its file, with the digest a save must name."""

    path: str
    item: NewsItem
    sha256: str
    history: tuple[int, ...]


@dataclass
class Store:
    """The items of one folder. Thread-safe: saves and undos of the folder are serialised."""

    root: Path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _cache: dict[str, tuple[tuple[int, int], QueueEntry | None]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.root = Path(os.path.realpath(self.root))
        if not self.root.is_dir():
            raise StoreError(f"not a folder: {self.root}")

    # --- the queue ----------------------------------------------------------------------------

    def queue(self) -> list[QueueEntry]:
        """Every item, those with no event or with warnings first, then by path."""
        warnings = self._report_warnings()
        entries = []
        for name in walk_files(str(self.root)):
            if not name.endswith(".json"):
                continue
            relative = Path(name).relative_to(self.root).as_posix()
            entry = self._entry(name, relative)
            if entry is not None:
                found = warnings.get(relative, ())
                entries.append(entry if not found else dataclasses.replace(entry, warnings=tuple(found)))
        return sorted(entries, key=lambda e: (not e.needs_attention, e.path))

    def _entry(self, name: str, relative: str) -> QueueEntry | None:
        try:
            stat = os.stat(name)
        except OSError:
            return None
        key = (stat.st_mtime_ns, stat.st_size)
        cached = self._cache.get(relative)
        if cached is not None and cached[0] == key:
            return cached[1]
        entry = _summary(name, relative) if stat.st_size <= MAX_ITEM_BYTES else None
        self._cache[relative] = (key, entry)
        return entry

    def _report_warnings(self) -> dict[str, list[str]]:
        """The batch report's warnings by output path (relative to the folder), when there is a report."""
        try:
            with open(self.root / DEFAULT_REPORT_NAME, encoding="utf-8") as handle:
                report = json.load(handle)
        except (OSError, ValueError):
            return {}
        found: dict[str, list[str]] = {}
        files = report.get("files") if isinstance(report, dict) else None
        for entry in files if isinstance(files, list) else []:
            if not isinstance(entry, dict) or not entry.get("warnings"):
                continue
            texts = [str(w.get("message", w)) if isinstance(w, dict) else str(w) for w in entry["warnings"]]
            for output in entry.get("outputs") or []:
                if isinstance(output, dict) and isinstance(output.get("path"), str):
                    found.setdefault(output["path"], []).extend(texts)
        return found

    # --- one item -----------------------------------------------------------------------------

    def resolve(self, relative: str) -> Path:
        """The file ``relative`` names inside the folder; anything outside it, hidden, or not an item
        file is refused as not found (the same answer, so nothing about the disk leaks)."""
        parts = relative.split("/")
        if (
            not relative
            or "\\" in relative
            or "\x00" in relative
            or any(part in ("", ".", "..") or part.startswith(".") for part in parts)
            or not relative.endswith(".json")
        ):
            raise StoreError(f"no item {relative!r} in this folder")
        path = Path(os.path.realpath(self.root.joinpath(*parts)))
        if not path.is_relative_to(self.root) or not path.is_file():
            raise StoreError(f"no item {relative!r} in this folder")
        return path

    def load(self, relative: str, base_sha256: str | None = None) -> Loaded:
        """The item at ``relative``; with ``base_sha256``, only if the file is still those bytes."""
        path = self.resolve(relative)
        data = read_input(path, MAX_ITEM_BYTES)
        if base_sha256 is not None:
            self._check_base(relative, data, base_sha256)
        return self._loaded(relative, path, data)

    def _loaded(self, relative: str, path: Path, data: bytes) -> Loaded:
        result = read_json(data, ReadOptions(source=relative))
        if result.message is not None:
            raise StoreError(f"{relative} is a message, not one item: convert it with --out-dir first")
        return Loaded(relative, result.item, _digest(data), tuple(self._versions(relative)))

    def save(self, relative: str, item: NewsItem, base_sha256: str, status: ReviewStatus) -> Loaded:
        """Write ``item`` as the next version with ``status``, if the file is still what the page
        loaded (``base_sha256``); the version it replaces is kept for undo."""
        with self._lock:
            path = self.resolve(relative)
            current = read_input(path, MAX_ITEM_BYTES)
            self._check_base(relative, current, base_sha256)
            before = read_json(current, ReadOptions(source=relative)).item
            saved = item.model_copy(update={"version": before.version + 1, "review_status": status})
            saved = NewsItem.model_validate(dict(saved))  # the status and version checked by the model
            data = write_json(saved)
            history = self._history_dir(relative)
            history.mkdir(parents=True, exist_ok=True)
            kept = history / f"{before.version}.json"
            if not kept.exists():
                atomic_write(kept, current)
            atomic_write(path, data)
            return self._loaded(relative, path, data)

    def undo(self, relative: str, base_sha256: str) -> Loaded:
        """Put back the version the last save replaced (the conversion's own, in the end)."""
        with self._lock:
            path = self.resolve(relative)
            current = read_input(path, MAX_ITEM_BYTES)
            self._check_base(relative, current, base_sha256)
            versions = self._versions(relative)
            if not versions:
                raise StoreError(f"{relative} has no earlier version to go back to")
            kept = self._history_dir(relative) / f"{versions[-1]}.json"
            data = read_input(kept, MAX_ITEM_BYTES)
            atomic_write(path, data)
            os.unlink(kept)
            return self._loaded(relative, path, data)

    def original(self, relative: str) -> NewsItem | None:
        """The item as the conversion wrote it, when it has been saved since."""
        versions = self._versions(relative)
        if not versions:
            return None
        data = read_input(self._history_dir(relative) / f"{versions[0]}.json", MAX_ITEM_BYTES)
        return read_json(data).item

    def _check_base(self, relative: str, current: bytes, base_sha256: str) -> None:
        if _digest(current) != base_sha256:
            try:
                version = read_json(current).item.version
            except NewsmlKitError:
                version = None
            now = f" (it is at version {version} now)" if version is not None else ""
            raise StaleVersion(
                f"{relative} was saved elsewhere after this page loaded it{now}: reload it to see that "
                "version, then make your edits again"
            )

    def _history_dir(self, relative: str) -> Path:
        return self.root / HISTORY_DIR / relative

    def _versions(self, relative: str) -> list[int]:
        folder = self._history_dir(relative)
        try:
            names = os.listdir(folder)
        except OSError:
            return []
        return sorted(int(name[:-5]) for name in names if name.endswith(".json") and name[:-5].isdigit())


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _summary(name: str, relative: str) -> QueueEntry | None:
    """What the queue shows of a file, or None when it is no canonical JSON item."""
    try:
        with open(name, "rb") as handle:
            document = json.loads(handle.read())
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("$schema") != SCHEMA_ID:
        return None
    if document.get("type") != ITEM_TYPE:
        return None
    event = document.get("event")
    status = document.get("review_status")
    version = document.get("version", 1)
    return QueueEntry(
        path=relative,
        headline=_text(document.get("headline")),
        date=_text(document.get("content_created")),
        event=_text(event.get("name")) if isinstance(event, dict) else "",
        status=status if status in STATUSES else ReviewStatus.EXTRACTED.value,
        version=version if isinstance(version, int) else 1,
        lead=_lead(document.get("body")),
    )


LEAD_CHARS = 100


def _lead(body: object) -> str:
    if not isinstance(body, list) or not body or not isinstance(body[0], dict):
        return ""
    text = " ".join(_text(body[0].get("text")).split())
    return text if len(text) <= LEAD_CHARS else text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def unreviewed_after(entries: Iterable[QueueEntry], current: str) -> QueueEntry | None:
    """The next item in queue order after ``current`` that is not approved (wrapping round)."""
    listed = list(entries)
    paths = [entry.path for entry in listed]
    start = paths.index(current) + 1 if current in paths else 0
    for entry in listed[start:] + listed[:start]:
        if entry.path != current and entry.status != ReviewStatus.APPROVED.value:
            return entry
    return None
