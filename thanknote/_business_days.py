"""Business days: which days of the week are the weekend, by locale.

The weekend comes from Babel's territory data, so it is Saturday and Sunday
in the United States and Friday and Saturday in Israel. A locale without a
territory ("he") takes the weekend of its likely territory (CLDR's likely
subtags: "he" is most likely "he_Hebr_IL"), so "he" and "he_IL" agree.

Public holidays are a second, separate input: any container of dates that
are not working days (a set, a ``holidays.HolidayBase``, anything that
supports ``in``). Every function here takes one; the default, an empty set,
counts weekends only. :mod:`thanknote._holidays` builds one from a region.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from thanknote.errors import InvalidOptionError

if TYPE_CHECKING:
    from collections.abc import Container, Mapping

    from babel import Locale

__all__ = [
    "NO_HOLIDAYS",
    "add_business_days",
    "is_business_day",
    "next_business_day",
    "territory",
    "weekend_days",
]

NO_HOLIDAYS: frozenset[dt.date] = frozenset()
"""The calendar of a place without public holidays: weekends only."""

_LONGEST_BREAK = 366  # consecutive days off before a calendar is taken to be wrong


@functools.lru_cache(maxsize=64)
def weekend_days(locale: str) -> frozenset[int]:
    """Weekday numbers (Monday is 0) of the locale's weekend."""
    from babel import Locale

    parsed = _with_territory(Locale.parse(locale))
    start, end = parsed.weekend_start, parsed.weekend_end
    days = {start}
    day = start
    while day != end:
        day = (day + 1) % 7
        days.add(day)
    return frozenset(days)


@functools.lru_cache(maxsize=64)
def territory(locale: str) -> str | None:
    """The locale's territory ("de_AT" → "AT"), or its likely one ("de" → "DE")."""
    from babel import Locale, UnknownLocaleError

    try:
        parsed = _with_territory(Locale.parse(locale))
    except (UnknownLocaleError, ValueError):
        return None
    return parsed.territory or None


def _with_territory(parsed: Locale) -> Locale:
    """``parsed`` itself when it names a territory, else its likely territory's locale."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    if parsed.territory:
        return parsed
    likely: Mapping[str, str] = get_global("likely_subtags")
    tag = str(parsed)
    guess = likely.get(tag) or likely.get(parsed.language)
    if guess is None:
        return parsed
    try:
        full = Locale.parse(guess)
    except (UnknownLocaleError, ValueError):  # pragma: no cover - CLDR data is consistent
        return parsed
    return full if full.territory else parsed


def is_business_day(
    day: dt.date, weekend: frozenset[int], holidays: Container[dt.date] = NO_HOLIDAYS
) -> bool:
    """Whether ``day`` is outside the weekend and not a public holiday."""
    return day.weekday() not in weekend and day not in holidays


def next_business_day(
    day: dt.date, weekend: frozenset[int], holidays: Container[dt.date] = NO_HOLIDAYS
) -> dt.date:
    """``day`` itself if it is a business day, else the next one.

    Raises:
        InvalidOptionError: No business day in a year from ``day`` (a
            calendar that holds every day, say).
    """
    for _ in range(_LONGEST_BREAK):
        if is_business_day(day, weekend, holidays):
            return day
        day += dt.timedelta(days=1)
    raise _no_working_day(day)


def add_business_days(
    day: dt.date,
    count: int,
    weekend: frozenset[int],
    holidays: Container[dt.date] = NO_HOLIDAYS,
) -> dt.date:
    """The date ``count`` business days after ``day`` (``day`` itself not counted).

    Raises:
        InvalidOptionError: No business day in a year along the way.
    """
    while count > 0:
        day = next_business_day(day + dt.timedelta(days=1), weekend, holidays)
        count -= 1
    return day


def _no_working_day(day: dt.date) -> InvalidOptionError:
    return InvalidOptionError(
        "holidays", day, f"no working day in the year up to {day.isoformat()}: check the calendar"
    )
