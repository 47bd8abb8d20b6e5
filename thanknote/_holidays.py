"""Public holidays: the days a country, or one region of it, does not work.

The planner takes any container of dates as its holiday calendar. This module
builds one from a region code ("US", "DE-BY", "ES-MD") with the optional
``holidays`` package (``pip install 'thanknote[holidays]'``), which is
imported only when a calendar is asked for, never at ``import thanknote``.
Without the package, :func:`locale_holidays` answers ``None`` and the planner
says once that holidays were not considered.

A calendar that maps dates to names (a ``holidays.HolidayBase``, or a plain
``dict``) also lets a decision time name a holiday: "after Thanksgiving",
"nach Ostern". Names are matched as whole words, in the calendar's own
language and, for the package's calendars, in English too, so that a
language pack can translate "Ostern" to "easter" once for every country.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Container, Iterator
from typing import Any

from thanknote._business_days import territory
from thanknote.errors import InvalidOptionError

__all__ = ["holidays_installed", "locale_holidays", "named_dates", "public_holidays"]

_REGION = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{1,10}))?")
_INSTALL = "install the optional holidays package: pip install 'thanknote[holidays]'"


def holidays_installed() -> bool:
    """Whether the optional ``holidays`` package can be imported."""
    return _package() is not None


def _package() -> Any:
    try:
        import holidays
    except ImportError:
        return None
    return holidays


def public_holidays(region: str) -> Container[dt.date]:
    """The public holidays of a country, or of one of its subdivisions.

    Args:
        region: An ISO 3166 country code, optionally with a subdivision code
            after a hyphen: ``"US"``, ``"US-CA"``, ``"DE-BY"``, ``"ES-MD"``.

    Returns:
        A ``holidays.HolidayBase``: a mapping of each holiday's date to its
        name in the country's language, filled year by year as it is asked.
        Pass it as ``FollowUpPolicy(holidays=...)``.

    Raises:
        InvalidOptionError: The code is not a region the package knows, or
            the ``holidays`` package is not installed; ``option`` is
            ``"holidays"``.
    """
    package = _package()
    match = _REGION.fullmatch(region.strip()) if isinstance(region, str) else None
    if match is None:
        raise InvalidOptionError(
            "holidays", region, "expected a country code such as US, or a region such as DE-BY"
        )
    if package is None:
        raise InvalidOptionError("holidays", region, f"public holidays need a package: {_INSTALL}")
    country, subdivision = match.group(1).upper(), match.group(2)
    known = _country(package, country)
    if known is None:
        raise InvalidOptionError(
            "holidays", region, f"no public holidays are known for the country {country!r}"
        )
    if subdivision is not None:
        subdivisions = [str(s) for s in getattr(known, "subdivisions", ())]
        names = {s.casefold(): s for s in subdivisions}
        if subdivision.casefold() not in names:
            listed = ", ".join(subdivisions) or "none"
            raise InvalidOptionError(
                "holidays",
                region,
                f"{country} has no subdivision {subdivision!r}; its subdivisions: {listed}",
            )
        subdivision = names[subdivision.casefold()]
    calendar: Container[dt.date] = _calendar(package, country, subdivision, language=None)
    return calendar


def _country(package: Any, country: str) -> Any:
    """The package's calendar class for a country, or ``None`` when it has none.

    Asked of the one country, not through the package's list of all of them,
    which imports every country's module (a tenth of a second).
    """
    try:
        return type(package.country_holidays(country))
    except NotImplementedError:
        return None


def _calendar(package: Any, country: str, subdivision: str | None, language: str | None) -> Any:
    # The language is always given: left out, the package names holidays in
    # English whatever the country, and a host's environment must not matter.
    made = package.country_holidays(country, subdiv=subdivision)
    wanted = language or made.default_language
    if wanted and wanted != made.language:
        made = package.country_holidays(country, subdiv=subdivision, language=wanted)
    return made


@functools.lru_cache(maxsize=32)
def locale_holidays(locale: str) -> Container[dt.date] | None:
    """The public holidays of the locale's country, or ``None`` when unknown.

    ``None`` when the ``holidays`` package is missing or knows no holidays
    for the locale's territory (its likely one for a bare language, "de" →
    Germany). The calendar is shared: it is read, never changed, here.
    """
    package = _package()
    country = territory(locale)
    if package is None or country is None:
        return None
    if _country(package, country) is None:
        return None
    calendar: Container[dt.date] = _calendar(package, country, None, language=None)
    return calendar


def named_dates(calendar: Container[dt.date], name: str, years: range) -> list[dt.date]:
    """The dates in ``years`` whose holiday name contains ``name`` as whole words.

    A calendar that is not a mapping of dates to names (a set) names nothing.
    """
    if not hasattr(calendar, "items") or not name.strip():
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)
    found = {day for day, label in _labels(calendar, years) if pattern.search(label)}
    return sorted(found)


def _labels(calendar: Any, years: range) -> Iterator[tuple[dt.date, str]]:
    for year in years:
        _ = dt.date(year, 1, 1) in calendar  # a HolidayBase fills a year when asked
    for day, label in list(calendar.items()):
        if isinstance(day, dt.date) and day.year in years and isinstance(label, str):
            yield day, label
    english = _english(calendar, years)
    if english is not None:
        yield from english.items()


def _english(calendar: Any, years: range) -> Any:
    """The same calendar with English names, for a package calendar in another language."""
    package = _package()
    if package is None or not isinstance(calendar, package.HolidayBase):
        return None
    if getattr(calendar, "language", None) in ("en_US", "en_GB"):
        return None
    if "en_US" not in getattr(calendar, "supported_languages", ()):
        return None
    kind: Any = type(calendar)
    return _english_twin(kind, calendar.subdiv, calendar.observed, tuple(years))


@functools.lru_cache(maxsize=32)
def _english_twin(
    kind: Any, subdivision: str | None, observed: bool, years: tuple[int, ...]
) -> Any:
    return kind(subdiv=subdivision, observed=observed, years=years, language="en_US")
