"""What a person watching a batch sees: a one-line progress bar on a terminal, and the final summary."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

_BAR_WIDTH = 24
_REDRAW_SECONDS = 0.1


@dataclass(slots=True)
class Counts:
    """Running totals of a batch."""

    total: int
    done: int = 0
    converted: int = 0
    unchanged: int = 0
    failed: int = 0
    items: int = 0
    warnings: int = 0
    excused: int = 0
    """Failed files whose error's code was ignored by name (``--ignore CODE``): they do not fail the run."""


class ProgressBar:
    """``[#####.....] 1200/2000 files  1210 items  160.3 files/s  ETA 0:05  2 errors``, redrawn in place
    at most ten times a second. Lines printed through ``echo`` appear above it."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._clock = clock
        self._start = clock()
        self._drawn_at = -1.0
        self._width = 0

    def update(self, counts: Counts, force: bool = False) -> None:
        now = self._clock()
        if not force and now - self._drawn_at < _REDRAW_SECONDS:
            return
        self._drawn_at = now
        self._draw(render(counts, now - self._start))

    def echo(self, line: str, counts: Counts) -> None:
        self._draw("")
        self._stream.write("\r" + line + "\n")
        self.update(counts, force=True)

    def close(self) -> None:
        self._draw("")
        self._stream.write("\r")
        self._stream.flush()

    def _draw(self, text: str) -> None:
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)


def render(counts: Counts, elapsed: float) -> str:
    """The progress line for ``counts`` after ``elapsed`` seconds."""
    share = counts.done / counts.total if counts.total else 1.0
    filled = round(share * _BAR_WIDTH)
    rate = counts.done / elapsed if elapsed > 0 else 0.0
    eta = (counts.total - counts.done) / rate if rate > 0 else None
    parts = [
        f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {counts.done}/{counts.total} files",
        f"{counts.items} items",
        f"{rate:.1f} files/s",
        f"ETA {_duration(eta)}" if eta is not None else "ETA -",
    ]
    if counts.failed:
        parts.append(f"{counts.failed} error{'s' if counts.failed != 1 else ''}")
    return "  ".join(parts)


def summary(counts: Counts, elapsed: float) -> str:
    """The closing line of a run."""
    rate = counts.done / elapsed if elapsed > 0 else 0.0
    return (
        f"{counts.total} files: {counts.converted} converted ({counts.items} items), "
        f"{counts.unchanged} unchanged, {counts.failed} failed, {counts.warnings} warnings; "
        f"{elapsed:.1f} s, {rate:.1f} files/s"
    )


def _duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
