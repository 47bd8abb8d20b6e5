"""Reading one field of an interview file by its kind: text, email, zone, date, points.

:class:`FieldReader` holds the problems found so far and one parser for each
kind of field in :mod:`thanknote._fields`. Each parser takes the raw value
and its path, records what is wrong with it, and returns the parsed value or
``None``; it never raises, so one pass reports every problem of a file.
Walking the document, table by table, is :mod:`thanknote._interview_reader`'s.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from thanknote._address import is_email
from thanknote._decision import ACCEPTED_FORMS, names_no_day
from thanknote._describe import MAX_KEY_SHOWN, field_path, kind_of, shown
from thanknote._fields import MAX_MOMENT, MAX_POINT, MAX_POINTS, MAX_TEXT, POINT, YEARS
from thanknote._header import text_problem
from thanknote._locales import parse_locale
from thanknote._zones import is_zone, zone_hint
from thanknote.errors import Problem
from thanknote.model import TONES, Tone

__all__ = ["DATE_ONLY", "MISSING", "FieldReader"]

_MAX_UNKNOWN = 10  # unknown fields reported one by one in a table
DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A date written as ``YYYY-MM-DD`` and nothing else."""
MISSING: Any = object()
"""Stands for a key that is not in its table, which ``None`` cannot: JSON has null."""


class FieldReader:
    """Collects problems while reading fields; a parser for each kind of field."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.language: str | None = None
        self.day: dt.date | None = None  # the interview's, for "February 29"
        # How each kind of field (see thanknote._fields) is read; tables and
        # moments are read by the methods that walk the document.
        self.parsers: dict[str, Callable[[Any, str], Any]] = {
            "line": self.line, "honorific": self.honorific, "email": self.email,
            "zone": self.zone, "locale": self.locale, "tone": self.tone, "flag": self.flag,
            "texts": self.points, "points": self.linked_points, "decision": self.decision,
            "reference": self.reference,
        }  # fmt: skip

    def error(self, field: str, message: str) -> None:
        self.problems.append(Problem(field=field, message=message, source=self.source))

    def known(self, table: Mapping[str, Any], allowed: Sequence[str], path: str) -> None:
        unknown = [key for key in table if key not in allowed]
        for key in unknown[:_MAX_UNKNOWN]:
            close: list[str] = []
            if isinstance(key, str) and len(key) <= MAX_KEY_SHOWN:
                close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(allowed)}"
            self.error(field_path(path, key), "unknown field" + hint)
        if len(unknown) > _MAX_UNKNOWN:
            more = len(unknown) - _MAX_UNKNOWN
            self.error(path, f"{more:,} more unknown fields; known: {', '.join(allowed)}")

    def text(
        self, value: object, path: str, limit: int = MAX_TEXT, *, header: bool = True
    ) -> str | None:
        if not isinstance(value, str):
            self.error(path, f"expected a string, got {kind_of(value)}")
            return None
        if len(value) > limit:
            # Checked before anything, even strip(), goes through the characters.
            self.error(path, f"longer than {limit} characters")
            return None
        if not value.strip():
            self.error(path, "empty")
            return None
        problem = text_problem(value, header=header)
        if problem is not None:
            self.error(path, problem)
            return None
        return " ".join(value.split())

    def line(self, value: object, path: str) -> str | None:
        return self.text(value, path)

    def honorific(self, value: object, path: str) -> str | None:
        text = self.text(value, path)
        if text is not None and not any(c.isalpha() for c in text):
            self.error(path, f"{text!r} is not an honorific (like Ms., Dr., Frau, Madame)")
            return None
        return text

    def reference(self, value: object, path: str) -> str | None:
        # "$schema" is for editors: accepted so that a file can name its
        # schema, and otherwise ignored.
        if not isinstance(value, str):
            self.error(path, f"expected the address of a schema, got {kind_of(value)}")
            return None
        return value

    def flag(self, value: object, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.error(path, f"expected true or false, got {shown(value)}")
            return None
        return value

    def email(self, value: object, path: str) -> str | None:
        text = self.text(value, path)
        if text is not None and not is_email(text):
            self.error(path, f"{text!r} is not an email address")
            return None
        return text

    def zone(self, value: object, path: str) -> str | None:
        text = self.text(value, path)
        if text is None:
            return None
        if not is_zone(text):
            self.error(path, f"unknown time zone {shown(text)}{zone_hint(text)}")
            return None
        return text

    def locale(self, value: object, path: str) -> str | None:
        text = self.text(value, path)
        if text is None:
            return None
        try:
            return parse_locale(text)
        except ValueError as err:
            self.error(path, str(err))
            return None

    def tone(self, value: object, path: str) -> Tone | None:
        if value not in TONES:
            self.error(path, f"expected one of {', '.join(TONES)}, got {shown(value)}")
            return None
        tone: Tone = value
        return tone

    def points(self, value: object, path: str) -> tuple[str, ...] | None:
        if isinstance(value, str):
            self.error(path, 'expected a list of strings; write ["…"] even for one point')
            return None
        if not isinstance(value, Sequence):
            self.error(path, f"expected a list of strings, got {kind_of(value)}")
            return None
        if len(value) > MAX_POINTS:
            self.error(path, f"{len(value)} talking points; at most {MAX_POINTS}")
            return None
        points = [
            self.text(item, f"{path}[{i}]", MAX_POINT, header=False) for i, item in enumerate(value)
        ]
        kept = [p for p in points if p is not None]
        return tuple(kept) if len(kept) == len(points) else None

    def linked_points(
        self, value: object, path: str
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        # A point is a string, or a table that also says what it meant to the
        # candidate: { point = "the move to Epic", link = "I led our go-live" }.
        if not isinstance(value, Sequence) or isinstance(value, str | bytes):
            self.points(value, path)  # reports what is wrong
            return None
        plain = [
            item.get("point", MISSING) if isinstance(item, Mapping) else item for item in value
        ]
        said = [item.get("link") if isinstance(item, Mapping) else None for item in value]
        bad = False
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                self.known(item, tuple(POINT), f"{path}[{i}]")
                if "point" not in item:
                    self.error(f"{path}[{i}].point", 'missing; write { point = "…", link = "…" }')
                    bad = True
        points = self.points([p for p in plain if p is not MISSING], path)
        links = [
            "" if link is None else self.text(link, f"{path}[{i}].link", MAX_POINT, header=False)
            for i, link in enumerate(said)
        ]
        if points is None or bad or None in links:
            return None
        kept = tuple(link or "" for link in links)
        return points, kept if any(kept) else ()

    def moment(self, value: object, path: str, zone: str | None) -> dt.date | None:
        if isinstance(value, str):
            if len(value) > MAX_MOMENT:
                self.error(path, f"longer than {MAX_MOMENT} characters; not a date or date-time")
                return None
            value = self.iso_moment(value.strip(), path)
            if value is None:
                return None
        if isinstance(value, dt.date) and not YEARS[0] <= value.year <= YEARS[1]:
            self.error(path, f"year {value.year} is out of range ({YEARS[0]}–{YEARS[1]})")
            return None
        if isinstance(value, dt.datetime):
            if value.utcoffset() is None:
                self.error(path, _naive_message(value, zone))
                return None
            return value
        if isinstance(value, dt.date):
            return value
        self.error(path, f"expected a date-time with offset or a date, got {kind_of(value)}")
        return None

    def iso_moment(self, text: str, path: str) -> dt.date | None:
        try:
            if DATE_ONLY.fullmatch(text) or (":" not in text and "t" not in text.lower()):
                return dt.date.fromisoformat(text)  # also 20261124 and 2026-W48-2
            return dt.datetime.fromisoformat(text)
        except ValueError:
            self.error(
                path,
                f"{text!r} is not an ISO 8601 date-time or date "
                "(like 2026-11-24T10:00:00-05:00 or 2026-11-24)",
            )
            return None

    def decision(self, value: object, path: str) -> str | dt.date | None:
        if isinstance(value, dt.datetime):
            self.error(path, "expected a phrase, an ISO 8601 duration or a date, not a date-time")
            return None
        if isinstance(value, dt.date):
            return value
        # A phrase no reader knows ("later today", "fin de semaine prochaine")
        # is kept as said: the notes leave the decision time out, and
        # check_interview and the follow-up plan say why. One that is read
        # but names no day a plan can hold ("February 29" in 2027, "1000000
        # weeks") is a mistake in the file.
        text = self.text(value, path)
        if text is not None and names_no_day(text, self.language, self.day):
            self.error(path, f"{text!r} names no day a plan can hold; write {ACCEPTED_FORMS}")
            return None
        return text


def _naive_message(value: dt.datetime, zone: str | None) -> str:
    if zone is not None:
        fixed = value.replace(tzinfo=zoneinfo.ZoneInfo(zone)).isoformat()
        return f"{value.isoformat()} has no UTC offset; in {zone} write {fixed}"
    return f"{value.isoformat()} has no UTC offset; add one, like {value.isoformat()}-05:00"
