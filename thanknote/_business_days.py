"""Business days: which days of the week are the weekend, by locale.

The weekend comes from Babel's territory data, so it is Saturday and Sunday
in the United States and Friday and Saturday in Israel. Public holidays are
not known; a host that needs them can pass its own calendar to the planner.
"""

from __future__ import annotations

import datetime as dt
import functools

__all__ = ["add_business_days", "is_business_day", "next_business_day", "weekend_days"]


@functools.lru_cache(maxsize=64)
def weekend_days(locale: str) -> frozenset[int]:
    """Weekday numbers (Monday is 0) of the locale's weekend."""
    from babel import Locale

    parsed = Locale.parse(locale)
    start, end = parsed.weekend_start, parsed.weekend_end
    days = {start}
    day = start
    while day != end:
        day = (day + 1) % 7
        days.add(day)
    return frozenset(days)


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
