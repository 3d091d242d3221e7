"""The shortcuts that make reading NewsML-G2 cheaper give what the general code gives.

Each test states a shortcut's promise against the plain computation it stands for.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from newsml_kit.dates import check_fixed_offset, fixed_zone

_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: timedelta(minutes=minutes))


@st.composite
def _zoned(draw: st.DrawFn) -> datetime:
    """A datetime in a fixed zone: the shared one, a fresh one, or a named one, either fold."""
    offset = draw(_OFFSETS)
    zone = draw(
        st.sampled_from([fixed_zone(offset), timezone(offset), timezone(offset, "Somewhere Standard Time")])
    )
    return draw(st.datetimes(timezones=st.just(zone))).replace(fold=draw(st.sampled_from([0, 1])))


@given(_zoned())
def test_a_fixed_offset_datetime_comes_back_as_the_full_check_made_it(value: datetime) -> None:
    offset = value.utcoffset()
    assert offset is not None
    expected = value.replace(tzinfo=timezone(offset), fold=0)  # what the check always returned
    checked = check_fixed_offset(value)
    assert checked == expected
    assert checked.isoformat() == expected.isoformat()
    assert checked.tzname() == expected.tzname()
    assert checked.fold == 0
    assert checked.tzinfo is fixed_zone(offset)


@given(_OFFSETS)
def test_the_shared_zone_of_an_offset_is_that_offset(offset: timedelta) -> None:
    zone = fixed_zone(offset)
    assert zone == timezone(offset)
    assert zone.tzname(None) == timezone(offset).tzname(None)
    assert fixed_zone(offset) is zone
