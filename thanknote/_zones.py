"""Time zone names in an interview file: whether the database knows one, and a hint when not.

A typed zone is checked by loading it, and an unknown one gets a "did you
mean" that names the canonical zone rather than an old link to it.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
import zoneinfo
from pathlib import Path

from thanknote._fields import MAX_ZONE, ZONE_NAME

__all__ = ["is_zone", "zone_hint"]

_ZONE_NAME = re.compile(ZONE_NAME)


def is_zone(name: str) -> bool:
    """Whether ``name`` is written like a zone name and the database can load it."""
    return _ZONE_NAME.fullmatch(name) is not None and len(name) <= MAX_ZONE and _loads_zone(name)


def _loads_zone(name: str) -> bool:
    """Whether ``name`` names a time zone the database can load."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: "America" is a folder; ValueError: a file that is not TZif
        return False
    return True


def zone_hint(name: str) -> str:
    """A "did you mean" for an unknown zone, naming the canonical zone.

    The closest names are often old links, "Central" being nearest to
    "US/Central": each is replaced by the zone it links to ("America/Chicago").
    """
    if len(name) > MAX_ZONE:
        return "; use an IANA name such as 'America/Chicago'"
    links = _zone_links()
    close = difflib.get_close_matches(name, _zone_keys(), n=3)
    canonical = list(dict.fromkeys(links.get(key, key) for key in close))
    return f"; did you mean {canonical[0]!r}?" if canonical else ""


@functools.cache
def _zone_keys() -> frozenset[str]:
    try:
        return frozenset(zoneinfo.available_timezones())
    except OSError:  # pragma: no cover - only without any tz database
        return frozenset()


# Used when no tzdata.zi is found: the links people type most often.
_COMMON_LINKS = {
    "US/Eastern": "America/New_York", "US/Central": "America/Chicago",
    "US/Mountain": "America/Denver", "US/Pacific": "America/Los_Angeles",
    "US/Alaska": "America/Anchorage", "US/Hawaii": "Pacific/Honolulu",
    "US/Arizona": "America/Phoenix", "Canada/Eastern": "America/Toronto",
    "Canada/Central": "America/Winnipeg", "Canada/Mountain": "America/Edmonton",
    "Canada/Pacific": "America/Vancouver",
}  # fmt: skip


@functools.cache
def _zone_links() -> dict[str, str]:
    """Old and alias zone names mapped to the zones they link to.

    Read from ``tzdata.zi`` (its ``L TARGET LINK`` lines), looked up where
    :mod:`zoneinfo` looks: the ``TZPATH`` folders, then the tzdata package.
    """
    text = None
    for folder in zoneinfo.TZPATH:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = Path(folder, "tzdata.zi").read_text(encoding="utf-8")
            break
    if text is None:
        with contextlib.suppress(ImportError, OSError, UnicodeDecodeError):
            from importlib.resources import files

            text = files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text("utf-8")
    links = dict(_COMMON_LINKS)
    for line in (text or "").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "L":
            links[parts[2]] = parts[1]
    return links
