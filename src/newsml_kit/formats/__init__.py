"""The format registry: one module per format, one line here per format.

Readers turn bytes into the canonical model and writers turn the model into bytes; nothing
converts from one format to another directly.
"""

from __future__ import annotations

from newsml_kit.errors import Location, UnsupportedFormatError
from newsml_kit.formats import g2, json, newsml1, ninjs, nitf, text
from newsml_kit.formats.base import Format, ReadOptions, ReadResult, WriteOptions
from newsml_kit.formats.detect import detect_format

REGISTRY: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        json.FORMAT,
        g2.FORMAT,
        newsml1.FORMAT,
        nitf.FORMAT,
        ninjs.FORMAT,
        text.FORMAT,
    )
}

# Recognised by content but not yet readable or writable: named so the error can say what it saw.
KNOWN_NAMES: dict[str, str] = {}


def get_format(name: str, *, source: str | None = None) -> Format:
    """The registry entry called ``name``; UnsupportedFormatError naming the choices otherwise."""
    fmt = REGISTRY.get(name)
    if fmt is None:
        title = KNOWN_NAMES.get(name, name)
        raise UnsupportedFormatError(
            f"unsupported format: {title} is not supported by this version "
            f"(supported: {', '.join(sorted(REGISTRY))})",
            Location(file=source),
        )
    return fmt


def readable_formats() -> list[str]:
    return sorted(name for name, fmt in REGISTRY.items() if fmt.reader is not None)


def writable_formats() -> list[str]:
    return sorted(name for name, fmt in REGISTRY.items() if fmt.writer is not None)


__all__ = [
    "REGISTRY",
    "Format",
    "ReadOptions",
    "ReadResult",
    "WriteOptions",
    "detect_format",
    "get_format",
    "readable_formats",
    "writable_formats",
]
