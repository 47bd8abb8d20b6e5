"""Business days: which days of the week are the weekend, by locale.

The weekend comes from Babel's territory data, so it is Saturday and Sunday
in the United States and Friday and Saturday in Israel. A locale without a
territory ("he") takes the weekend of its likely territory (CLDR's likely
subtags: "he" is most likely "he_Hebr_IL"), so "he" and "he_IL" agree. Public
holidays are not known; a host that needs them can pass its own calendar to
the planner.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from babel import Locale

__all__ = ["add_business_days", "is_business_day", "next_business_day", "weekend_days"]


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


def is_business_day(day: dt.date, weekend: frozenset[int]) -> bool:
    """Whether ``day`` is outside the weekend."""
    return day.weekday() not in weekend


def next_business_day(day: dt.date, weekend: frozenset[int]) -> dt.date:
    """``day`` itself if it is a business day, else the next one."""
    while not is_business_day(day, weekend):
        day += dt.timedelta(days=1)
    return day


def add_business_days(day: dt.date, count: int, weekend: frozenset[int]) -> dt.date:
    """The date ``count`` business days after ``day`` (``day`` itself not counted)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if is_business_day(day, weekend):
            count -= 1
    return day
