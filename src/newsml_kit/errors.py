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
    """The one diagnostic format: ``file:line[:col]: level: message`` (line and column only where known);
    diagnostics and errors add their code after it, as compilers do: ``... message [NK-G2-105]``."""
    where = str(location)
    # A field path reads better after the level: "file: error: people.0.name: ...".
    if location.field:
        base = str(Location(location.file, location.line, location.column))
        return f"{base}: {level}: {location.field}: {message}"
    return f"{where}: {level}: {message}"


class Diagnostic(NamedTuple):
    """A warning (or an error turned into data) with its location and its stable code from the
    catalogue (``newsml_kit.codes``, for instance ``NK-G2-105``); a named tuple, as ``Location``.

    The code is required: every diagnostic can be looked up, selected and ignored by it.
    """

    level: Level
    message: str
    location: Location
    code: str

    def with_file(self, file: str | None) -> Diagnostic:
        return Diagnostic(self.level, self.message, self.location.with_file(file), self.code)

    def __str__(self) -> str:
        return f"{format_message(self.level, self.message, self.location)} [{self.code}]"


class NewsmlKitError(Exception):
    """Base of every error newsml_kit raises on purpose.

    ``code`` is its code in the catalogue (``newsml_kit.codes``): each class has one, and a raise
    site may name a more precise one (``strict`` mode raises a warning's own code).
    """

    code: str = "NK-ERR-001"

    def __init__(self, message: str, location: Location | None = None, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location or Location()
        if code is not None:
            self.code = code

    def diagnostic(self, file: str | None = None) -> Diagnostic:
        """This error as data (validation reports, batch reports), located in ``file`` if none is known."""
        return Diagnostic("error", self.message, self.location.with_file(file), self.code)

    def with_file(self, file: str | None) -> NewsmlKitError:
        """Attach the input's name to an error raised where only the bytes were known."""
        self.location = self.location.with_file(file)
        return self

    def __str__(self) -> str:
        return f"{format_message('error', self.message, self.location)} [{self.code}]"


class ParseError(NewsmlKitError):
    """Input that cannot be read: malformed syntax, undecodable bytes, truncated data."""

    code = "NK-ERR-002"


class UnsafeInputError(ParseError):
    """Input refused by the safety policy: a DTD internal subset, an oversized document, and the like."""

    code = "NK-ERR-003"


class ModelValidationError(NewsmlKitError):
    """Data that parses but breaks an invariant of the model; the location names the field path."""

    code = "NK-ERR-004"


class UnsupportedFormatError(NewsmlKitError):
    """Input whose format newsml_kit does not read, or an output format it does not write."""

    code = "NK-ERR-005"


class WriteError(NewsmlKitError):
    """A model that the requested output format cannot carry without loss."""

    code = "NK-ERR-006"


# --- errors of the tools around the converters: validation, batch runs, the review page ----------


class SchemaError(NewsmlKitError):
    """A schema that cannot be used: unreadable, malformed, or importing something remote."""

    code = "NK-VAL-007"


class NoSchemaError(NewsmlKitError):
    """No schema is available for a document: a usage problem (exit 2), with how to get one."""

    code = "NK-VAL-003"


class InputError(NewsmlKitError):
    """An argument that names no input: a usage problem."""

    code = "NK-VAL-008"


class FetchError(NewsmlKitError):
    """A download that failed or did not match its pinned checksum."""

    code = "NK-VAL-009"


class PlanError(NewsmlKitError):
    """An argument that names no input, or a run that cannot start: a usage problem."""

    code = "NK-BATCH-003"


class StoreError(NewsmlKitError):
    """A request the review folder cannot serve (no such item, a stale save, nothing to undo)."""

    code = "NK-REVIEW-001"


class StaleVersion(StoreError):
    """The item changed on disk after the review page loaded it."""


class UnknownCodeError(NewsmlKitError):
    """``--select`` or ``--ignore`` names a code or prefix that is not in the catalogue (a usage error)."""

    code = "NK-ERR-008"
