"""Dates as news records hold them: partial calendar dates and datetimes with a fixed offset.

A legacy header such as ``date 2022-12`` names a month, not a day, so ``PartialDate`` keeps
exactly the precision the source gave. Datetimes must carry a fixed UTC offset of whole minutes
within +-14:00, because that is what ISO 8601, XML Schema ``dateTime`` and JSON can carry and
read back unchanged; a zoneinfo time is accepted only when it converts to such an offset
without changing its meaning.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import total_ordering
from typing import Annotated, Any

from pydantic import AfterValidator, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

MAX_OFFSET = timedelta(hours=14)
PARTIAL_DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)


@total_ordering
class PartialDate:
    """A calendar date known to the year, the month or the day: ``2022``, ``2022-12``, ``2022-12-28``."""

    __slots__ = ("_day", "_month", "_year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if day is not None and month is None:
            raise ValueError("a partial date with a day needs a month")
        if not 1 <= year <= 9999:
            raise ValueError(f"year {year} is outside 1..9999")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month} is outside 1..12")
        if day is not None and month is not None:
            date(year, month, day)  # raises ValueError for 2023-02-30 and the like
        self._year = year
        self._month = month
        self._day = day

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else is a ValueError."""
        if not _PARTIAL_DATE_RE.fullmatch(text):
            raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int | None:
        return self._month

    @property
    def day(self) -> int | None:
        return self._day

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        if self._day is not None:
            return "day"
        return "month" if self._month is not None else "year"

    def to_date(self) -> date | None:
        """The full date, or None when the day is not known."""
        if self._month is None or self._day is None:
            return None
        return date(self._year, self._month, self._day)

    def isoformat(self) -> str:
        text = f"{self._year:04d}"
        if self._month is not None:
            text += f"-{self._month:02d}"
        if self._day is not None:
            text += f"-{self._day:02d}"
        return text

    def _key(self) -> tuple[int, int, int]:
        return (self._year, self._month or 0, self._day or 0)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self._year, self._month, self._day) == (other._year, other._month, other._day)

    def __lt__(self, other: PartialDate) -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash((self._year, self._month, self._day))

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def from_any(value: Any) -> PartialDate:
            if isinstance(value, PartialDate):
                return value
            if isinstance(value, str):
                return cls.parse(value)
            raise ValueError("a partial date is a string YYYY, YYYY-MM or YYYY-MM-DD")

        return core_schema.no_info_plain_validator_function(
            from_any,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.isoformat(), when_used="json-unless-none"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": PARTIAL_DATE_PATTERN,
            "description": "A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD.",
        }


def check_fixed_offset(value: datetime) -> datetime:
    """Return ``value`` with a fixed ``timezone`` offset, or raise ValueError saying why it cannot have one.

    Naive datetimes, offsets with seconds, offsets beyond +-14:00, and zoneinfo times that fall in a
    DST gap (they do not exist) or fold (they are ambiguous) are refused: storing them would
    silently change the instant or the wall time on the way through ISO 8601.
    """
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a datetime needs a time zone offset (e.g. +07:00 or Z)")
    # Whole minutes: a negative offset is normalised to days < 0 and 0 <= seconds < 86400.
    if offset.seconds % 60 or offset.microseconds:
        raise ValueError(f"time zone offset {offset} is not a whole number of minutes")
    if abs(offset) > MAX_OFFSET:
        raise ValueError(f"time zone offset {offset} is beyond +-14:00")
    zone = value.tzinfo
    if zone is _ZONES.get(offset) and not value.fold:
        return value  # already the fixed zone: rebuilding it would give an equal datetime
    if not isinstance(zone, timezone):
        _check_unambiguous(value)
    return value.replace(tzinfo=fixed_zone(offset), fold=0)


_ZONES: dict[timedelta, timezone] = {timedelta(0): UTC}


def fixed_zone(offset: timedelta) -> timezone:
    """The one ``timezone`` of a fixed offset of whole minutes within +-14:00 (UTC for zero).

    Readers give their datetimes this zone so that ``check_fixed_offset`` passes them through
    instead of building each again (a new datetime per date was a tenth of validating an item);
    there are at most 1,681 such offsets."""
    zone = _ZONES.get(offset)
    if zone is None:
        zone = _ZONES.setdefault(offset, timezone(offset))
    return zone


def _check_unambiguous(value: datetime) -> None:
    """Refuse wall times that a DST transition makes nonexistent or ambiguous in their zone."""
    other = value.replace(fold=1 - value.fold)
    if other.utcoffset() == value.utcoffset():
        return
    # The two folds disagree: either the wall time happens twice (fold) or never (gap).
    round_trip = value.astimezone(UTC).astimezone(value.tzinfo)
    kind = (
        "is skipped by a DST gap"
        if round_trip.replace(tzinfo=None) != value.replace(tzinfo=None)
        else ("is ambiguous (DST fold)")
    )
    raise ValueError(f"local time {value.replace(tzinfo=None).isoformat()} in {value.tzinfo} {kind}")


FixedDateTime = Annotated[datetime, AfterValidator(check_fixed_offset)]
"""A datetime stored with a fixed offset of whole minutes within +-14:00."""


def format_datetime(value: datetime) -> str:
    """ISO 8601 with the offset as ``+HH:MM`` (``Z`` for UTC), the form XML Schema and JSON share."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
