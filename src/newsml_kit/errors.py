"""One exception hierarchy for the whole package; every error and warning knows where it happened."""

from __future__ import annotations

from typing import Literal, NamedTuple

Level = Literal["error", "warning"]


class Location(NamedTuple):
    """Where something happened: a file (or stream name), a line and column, or a model field path.

    Lines and columns are 1-based, as editors and CI annotations count them. Immutable; a named tuple
    rather than a frozen dataclass because the validator makes one per error, and a frozen dataclass
    costs twice as much to build.
    """

    file: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None

    def with_file(self, file: str | None) -> Location:
        """The same location in ``file``, unless a file is already known."""
        if file is None or self.file is not None:
            return self
        return Location(file, self.line, self.column, self.field)

    def __str__(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        text = ":".join(parts)
        if self.field:
            text += f": {self.field}"
        return text


def format_message(level: Level, message: str, location: Location) -> str:
    """The one diagnostic format: ``file:line[:col]: level: message`` (line and column only where known)."""
    where = str(location)
    # A field path reads better after the level: "file: error: people.0.name: ...".
    if location.field:
        base = str(Location(location.file, location.line, location.column))
        return f"{base}: {level}: {location.field}: {message}"
    return f"{where}: {level}: {message}"


class Diagnostic(NamedTuple):
    """A warning (or an error turned into data) with its location (a named tuple, as ``Location``)."""

    level: Level
    message: str
    location: Location = Location()

    def with_file(self, file: str | None) -> Diagnostic:
        return Diagnostic(self.level, self.message, self.location.with_file(file))

    def __str__(self) -> str:
        return format_message(self.level, self.message, self.location)


class NewsmlKitError(Exception):
    """Base of every error newsml_kit raises on purpose."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location or Location()

    def with_file(self, file: str | None) -> NewsmlKitError:
        """Attach the input's name to an error raised where only the bytes were known."""
        self.location = self.location.with_file(file)
        return self

    def __str__(self) -> str:
        return format_message("error", self.message, self.location)


class ParseError(NewsmlKitError):
    """Input that cannot be read: malformed syntax, undecodable bytes, truncated data."""


class UnsafeInputError(ParseError):
    """Input refused by the safety policy: a DTD internal subset, an oversized document, and the like."""


class ModelValidationError(NewsmlKitError):
    """Data that parses but breaks an invariant of the model; the location names the field path."""


class UnsupportedFormatError(NewsmlKitError):
    """Input whose format newsml_kit does not read, or an output format it does not write."""


class WriteError(NewsmlKitError):
    """A model that the requested output format cannot carry without loss."""


# --- errors of the tools around the converters: validation, batch runs, the review page ----------


class SchemaError(NewsmlKitError):
    """A schema that cannot be used: unreadable, malformed, or importing something remote."""


class NoSchemaError(NewsmlKitError):
    """No schema is available for a document: a usage problem (exit 2), with how to get one."""


class InputError(NewsmlKitError):
    """An argument that names no input: a usage problem."""


class FetchError(NewsmlKitError):
    """A download that failed or did not match its pinned checksum."""


class PlanError(NewsmlKitError):
    """An argument that names no input, or a run that cannot start: a usage problem."""


class StoreError(NewsmlKitError):
    """A request the review folder cannot serve (no such item, a stale save, nothing to undo)."""


class StaleVersion(StoreError):
    """The item changed on disk after the review page loaded it."""
