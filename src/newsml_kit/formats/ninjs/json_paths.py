"""Reading a JSON document with its JSON paths: typed access, warnings and errors that name where.

The ninjs reader's plumbing: an object view whose property names match whatever their case and that
remembers what was read (so that what is left can be named in a warning), and the value checks that
turn a wrong type or a bad date into a newsml_kit error at its JSON Pointer (RFC 6901).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from newsml_kit.dates import check_fixed_offset
from newsml_kit.errors import Diagnostic, Location, ModelValidationError, ParseError
from newsml_kit.model import check_xml_text

EMPTY: Final[tuple[object, ...]] = (None, "", [], {})
"""Values that carry nothing: leaving one out loses nothing, so no warning names it."""
_DATETIME_RE: Final = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?P<sep>[Tt ])(?P<time>\d{2}:\d{2})(?P<seconds>:\d{2})?"
    r"(?:(?P<mark>[.,])(?P<fraction>\d+))?\s*(?P<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?"
)


@dataclass
class JsonContext:
    """One input: its name for locations, and the warnings collected while reading it."""

    source: str | None
    warnings: list[Diagnostic] = field(default_factory=list)

    def where(self, path: str) -> Location:
        return Location(self.source, field=path or "/")

    def warn(self, code: str, path: str, message: str) -> None:
        self.warnings.append(Diagnostic("warning", message, self.where(path), code))

    def error(self, path: str, message: str) -> ParseError:
        return ParseError(message, self.where(path))


def pointer(path: str, key: str | int) -> str:
    """A JSON Pointer (RFC 6901) one step further down."""
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def kind_of(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


class JsonObject:
    """A JSON object with case-insensitive property names that remembers which it has read."""

    def __init__(self, value: dict[str, Any], path: str, context: JsonContext) -> None:
        self.path = path
        self.context = context
        self._fields: dict[str, tuple[str, Any]] = {}
        self._read: set[str] = set()
        for key, item in value.items():
            folded = key.lower()
            if folded in self._fields:
                first = self._fields[folded][0]
                context.warn(
                    "NK-NINJS-101",
                    pointer(path, key),
                    f"{key!r} repeats {first!r} (a different case): not read",
                )
                continue
            self._fields[folded] = (key, item)

    def at(self, name: str) -> str:
        key = self._fields[name][0] if name in self._fields else name
        return pointer(self.path, key)

    def raw(self, name: str) -> Any:
        """The value of ``name`` (None when absent or null), marked as read."""
        self._read.add(name)
        found = self._fields.get(name)
        return None if found is None else found[1]

    def has(self, name: str) -> bool:
        """Whether ``name`` is given (an empty string is a value; null is not)."""
        return self._fields.get(name, ("", None))[1] is not None

    def present(self, name: str) -> bool:
        return self._fields.get(name, ("", None))[1] not in EMPTY

    def text(self, name: str) -> str | None:
        value = self.raw(name)
        return None if value is None else json_text(value, self.at(name), self.context)

    def obj(self, name: str) -> JsonObject | None:
        value = self.raw(name)
        return None if value is None else json_object(value, self.at(name), self.context)

    def entries(self, name: str) -> Iterator[tuple[str | None, str, Any]]:
        """(member name, path, value) of each entry of an array (no member name), or of each member
        of an object (ninjs 1.x keys some lists by name)."""
        value = self.raw(name)
        path = self.at(name)
        if value is None:
            return
        if isinstance(value, list):
            yield from ((None, pointer(path, index), entry) for index, entry in enumerate(value))
        elif isinstance(value, dict):
            yield from ((key, pointer(path, key), entry) for key, entry in value.items())
        else:
            raise self.context.error(path, f"expected an array, got {kind_of(value)}")

    def objects(self, name: str) -> Iterator[JsonObject]:
        for _, path, value in self.entries(name):
            yield json_object(value, path, self.context)

    def names_starting(self, prefix: str) -> list[str]:
        return [name for name in self._fields if name.startswith(prefix)]

    def skip(self) -> None:
        """Mark everything read: the caller has warned about the object as a whole."""
        self._read.update(self._fields)

    def unread(self) -> list[str]:
        """The properties not read that hold something (null and empty values carry nothing)."""
        fields = self._fields.items()
        return [key for folded, (key, value) in fields if folded not in self._read and value not in EMPTY]

    def warn_unread(self, what: str = "not carried by the model") -> None:
        """One warning per property left unread, at its path."""
        for key in self.unread():
            self.context.warn("NK-NINJS-102", pointer(self.path, key), f"{key!r} is {what}: not kept")

    def warn_unread_together(self) -> None:
        """One warning for the properties left unread in a small object (a subject, a rendition)."""
        keys = self.unread()
        if keys:
            names = ", ".join(repr(key) for key in keys)
            self.context.warn("NK-NINJS-102", self.path, f"not carried by the model, not kept: {names}")


def json_object(value: Any, path: str, context: JsonContext) -> JsonObject:
    if not isinstance(value, dict):
        raise context.error(path, f"expected an object, got {kind_of(value)}")
    return JsonObject(value, path, context)


def json_text(value: Any, path: str, context: JsonContext) -> str:
    if not isinstance(value, str):
        raise context.error(path, f"expected a string, got {kind_of(value)}")
    try:
        return check_xml_text(value)
    except ValueError as exc:
        raise ModelValidationError(str(exc), context.where(path)) from None


def whole_number(
    value: Any, path: str, context: JsonContext, low: int = 0, high: int | None = None
) -> int | None:
    """A whole number within bounds; a numeric string or a whole float is repaired with a warning;
    a number out of bounds is not kept (with a warning); any other type is an error."""
    if value is None:
        return None
    number: int | None = None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise context.error(path, f"expected a number, got {kind_of(value)}")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and is_digits(value.strip()):
        number = int(value.strip())
        context.warn("NK-NINJS-103", path, f"the number {value!r} is written as a string: read as {number}")
    if number is None or number < low or (high is not None and number > high):
        bounds = f"{low} to {high}" if high is not None else f"from {low}"
        context.warn("NK-NINJS-104", path, f"{value!r} is not a whole number {bounds}: not kept")
        return None
    return number


def is_digits(text: str) -> bool:
    """ASCII digits, few enough for a count or a version (``int()`` refuses 4300 and more)."""
    return text.isascii() and text.isdigit() and len(text) <= 18


def parse_datetime(text: str, path: str, context: JsonContext) -> datetime:
    """An RFC 3339 date-time; the usual deviations are repaired with a warning each."""
    match = _DATETIME_RE.fullmatch(text.strip())
    if match is None:
        raise context.error(path, f"{text!r} is not a date-time (expected e.g. 2024-01-31T09:30:00+07:00)")
    repairs: list[str] = []
    if text != text.strip():
        repairs.append("surrounding whitespace removed")
    if match["sep"] == " ":
        repairs.append("a space between date and time")
    seconds = match["seconds"]
    if seconds is None:
        seconds = ":00"
        repairs.append("no seconds: read as :00")
    fraction = match["fraction"] or ""
    if match["mark"] == ",":
        repairs.append("a decimal comma")
    if len(fraction) > 6:
        repairs.append("digits beyond microseconds dropped")
        fraction = fraction[:6]
    zone = match["zone"]
    if zone is None:
        zone = "+00:00"
        repairs.append("no time zone: taken as UTC")
    elif zone in ("z", "Z"):
        zone = "+00:00"
    elif len(zone) != 6:
        repaired = f"{zone[:3]}:{zone[-2:]}" if len(zone) == 5 else f"{zone}:00"
        repairs.append(f"offset {zone} read as {repaired}")
        zone = repaired
    moment = f"{match['date']}T{match['time']}{seconds}{'.' + fraction if fraction else ''}{zone}"
    try:
        value = check_fixed_offset(datetime.fromisoformat(moment))
    except ValueError as exc:
        raise context.error(path, f"{text!r} is not a valid date-time: {exc}") from None
    if repairs:
        context.warn("NK-NINJS-105", path, f"date-time {text!r} repaired ({'; '.join(repairs)})")
    return value
