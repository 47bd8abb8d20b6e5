"""Reading an interview from a TOML or JSON file, or from a mapping.

The loader checks everything before it builds a single record, and reports
every problem of the input in one :class:`~thanknote.errors.InvalidInterviewError`,
each with the path of its field (``interviewers[1].email``) and the file it
came from. Unknown fields are errors, so a typo such as ``talking_point`` is
never silently ignored.

:func:`check_interview` adds the warnings: things that do not stop a note
from being drafted but that the user should hear about.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import json
import os
import re
import tomllib
import unicodedata
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from thanknote._address import is_email
from thanknote._decision import ACCEPTED_FORMS, is_readable
from thanknote._header import text_problem
from thanknote.errors import InvalidInterviewError, Problem
from thanknote.languages import language_code
from thanknote.model import TONES, Candidate, Interview, Interviewer, Tone

__all__ = ["MAX_FILE_BYTES", "check_interview", "load_interview", "parse_locale"]

MAX_FILE_BYTES = 1_000_000
"""Largest interview file read; a bigger one is refused rather than parsed."""
_MAX_INTERVIEWERS = 50
_MAX_TEXT = 300  # names, titles, company, position
_MAX_POINT = 1_000  # one talking point
_MAX_POINTS = 30  # talking points in one list

_TOP = ("locale", "tone", "candidate", "interview", "interviewers")
_CANDIDATE = ("name", "email", "phone", "other_companies")
_INTERVIEW = (
    "company", "position", "start", "end", "timezone", "decision_expected", "talking_points",
)  # fmt: skip
_INTERVIEWER = (
    "name", "honorific", "first_name", "last_name", "title", "email", "phone", "timezone",
    "may_call", "hiring_manager", "talking_points",
)  # fmt: skip

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEARS = (1900, 2200)
_T = TypeVar("_T")
_MISSING: Any = object()


def load_interview(
    source: str | os.PathLike[str] | Mapping[str, Any], *, name: str | None = None
) -> Interview:
    """Load and validate an interview.

    Args:
        source: Path to a ``.toml`` or ``.json`` file, or a mapping of the
            same shape (dates as ISO 8601 strings or ``datetime`` objects).
        name: How to call the source in messages; defaults to the path.

    Returns:
        The validated :class:`~thanknote.Interview`.

    Raises:
        InvalidInterviewError: The input cannot be used. ``problems`` lists
            every problem found, each with its field path and source.
    """
    if isinstance(source, Mapping):
        return _Reader(name).interview(source)
    if not isinstance(source, str | os.PathLike):
        raise InvalidInterviewError(
            [Problem(field="", message=f"expected a file path or a mapping, got {_kind(source)}")],
            name,
        )
    path = Path(source)
    label = name if name is not None else str(source)
    return _Reader(label).interview(_read_file(path, label))


def parse_locale(value: str) -> str:
    """Normalise a locale identifier with Babel (``"en-us"`` → ``"en_US"``).

    Raises:
        ValueError: Babel does not know the locale.
    """
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(value.strip().replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError) as err:
        raise ValueError(f"unknown locale {value!r}") from err


def check_interview(interview: Interview) -> tuple[Problem, ...]:
    """Return the warnings about a valid interview.

    These never stop drafting, but each one makes a note weaker: an
    interviewer with no talking points at all gets a note with nothing
    specific in it, and a start time whose offset contradicts the stated
    time zone usually means one of the two is wrong.
    """
    found: list[Problem] = []

    def warn(field: str, message: str) -> None:
        found.append(
            Problem(field=field, message=message, source=interview.source, severity="warning")
        )

    if _looks_unedited(interview):
        warn("", "this looks like the unedited starter file; replace the example values first")
    for i, person in enumerate(interview.interviewers):
        if not person.talking_points and not interview.talking_points:
            warn(
                f"interviewers[{i}].talking_points",
                f"no talking points for {person.name}; the note will have nothing specific "
                "from your conversation",
            )
    zone = interview.zone
    if zone is not None and isinstance(interview.start, dt.datetime):
        local = interview.start.replace(tzinfo=zone)
        if local.utcoffset() != interview.start.utcoffset():
            warn(
                "interview.start",
                f"offset of {interview.start.isoformat()} differs from {interview.timezone} "
                f"on that day ({local.isoformat()}); check which one is right",
            )
    return tuple(found)


def _looks_unedited(interview: Interview) -> bool:
    from thanknote._starter import STARTER_VALUES

    values = {interview.company, interview.position, interview.candidate.name}
    values |= {p.name for p in interview.interviewers}
    values |= {point for p in interview.interviewers for point in p.talking_points}
    return bool(values & STARTER_VALUES)


def _read_file(path: Path, label: str) -> Mapping[str, Any]:
    def fail(message: str) -> InvalidInterviewError:
        return InvalidInterviewError([Problem(field="", message=message, source=label)], label)

    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise fail(f"unsupported file type {suffix or '(none)'!r}; use .toml or .json")
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise fail(f"cannot read file: {err.strerror or err}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise fail(f"file is larger than {MAX_FILE_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise fail(f"not UTF-8 text (byte {err.start})") from None
    if suffix == ".toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise fail(f"invalid TOML: {err}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise fail(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None
    except RecursionError:
        raise fail("invalid JSON: nested too deeply") from None
    except ValueError as err:  # e.g. an integer with thousands of digits
        raise fail(f"invalid JSON: {err}") from None
    if not isinstance(data, dict):
        raise fail(f"expected a JSON object at the top, got {_kind(data)}")
    return data


def _kind(value: object) -> str:
    names = {
        bool: "a boolean", int: "a number", float: "a number", str: "a string",
        list: "a list", tuple: "a list", dict: "a table", type(None): "null",
        dt.datetime: "a date-time", dt.date: "a date", dt.time: "a time",
    }  # fmt: skip
    return names.get(type(value), type(value).__name__)


def _shown(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Reader:
    """Collects problems while walking the input; builds records only if none."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.language: str | None = None

    def error(self, field: str, message: str) -> None:
        self.problems.append(Problem(field=field, message=message, source=self.source))

    # -- the document ---------------------------------------------------------

    def interview(self, data: Mapping[str, Any]) -> Interview:
        self.known(data, _TOP, "")
        locale = self.optional(data, "locale", "locale", self.locale)
        self.language = language_code(locale) if locale else None
        tone: Tone | None = self.optional(data, "tone", "tone", self.tone)
        candidate = self.candidate(self.table(data, "candidate", "candidate"))
        meta = self.table(data, "interview", "interview")
        zone = self.optional(meta, "timezone", "interview.timezone", self.zone) if meta else None
        fields = self.interview_fields(meta, zone)
        interviewers = self.interviewers(data.get("interviewers", _MISSING))
        if any(p.severity == "error" for p in self.problems):
            raise InvalidInterviewError(self.problems, self.source)
        assert candidate is not None  # no errors means both were built
        assert fields is not None
        return Interview(
            candidate=candidate,
            interviewers=interviewers,
            locale=locale,
            tone=tone,
            timezone=zone,
            source=self.source,
            **fields,
        )

    def candidate(self, table: Mapping[str, Any] | None) -> Candidate | None:
        if table is None:
            return None
        self.known(table, _CANDIDATE, "candidate")
        name = self.required(table, "name", "candidate.name", self.line)
        email = self.optional(table, "email", "candidate.email", self.email)
        phone = self.optional(table, "phone", "candidate.phone", self.line)
        others = self.optional(table, "other_companies", "candidate.other_companies", self.points)
        if name is None:
            return None
        return Candidate(name=name, email=email, phone=phone, other_companies=others or ())

    def interview_fields(
        self, table: Mapping[str, Any] | None, zone: str | None
    ) -> dict[str, Any] | None:
        if table is None:
            return None
        self.known(table, _INTERVIEW, "interview")
        company = self.required(table, "company", "interview.company", self.line)
        position = self.required(table, "position", "interview.position", self.line)

        def moment(value: object, path: str) -> dt.date | None:
            return self.moment(value, path, zone)

        start = self.required(table, "start", "interview.start", moment)
        end = self.optional(table, "end", "interview.end", moment)
        if start is not None and end is not None:
            self.check_order(start, end)
        said = table.get("decision_expected")
        if start is not None and isinstance(said, dt.date | str):
            self.check_decision(said, start)
        decision = self.optional(
            table, "decision_expected", "interview.decision_expected", self.decision
        )
        points = self.optional(table, "talking_points", "interview.talking_points", self.points)
        return {
            "company": company,
            "position": position,
            "start": start,
            "end": end,
            "decision_expected": decision,
            "talking_points": points or (),
        }

    def interviewers(self, value: object) -> tuple[Interviewer, ...]:
        if value is _MISSING:
            self.error("interviewers", "missing; add at least one [[interviewers]] table")
            return ()
        if not isinstance(value, Sequence) or isinstance(value, str | bytes):
            self.error("interviewers", f"expected a list of tables, got {_kind(value)}")
            return ()
        if not value:
            self.error("interviewers", "empty; add at least one interviewer")
            return ()
        if len(value) > _MAX_INTERVIEWERS:
            self.error("interviewers", f"{len(value)} interviewers; at most {_MAX_INTERVIEWERS}")
            return ()
        people: list[Interviewer] = []
        names: dict[str, int] = {}
        emails: dict[str, int] = {}
        for i, row in enumerate(value):
            path = f"interviewers[{i}]"
            person = self.interviewer(row, path)
            if person is None:
                continue
            self.unique(names, _fold(person.name), i, f"{path}.name", "name")
            if person.email:
                self.unique(emails, person.email.casefold(), i, f"{path}.email", "email")
            people.append(person)
        return tuple(people)

    def interviewer(self, row: object, path: str) -> Interviewer | None:
        if not isinstance(row, Mapping):
            self.error(path, f"expected a table, got {_kind(row)}")
            return None
        self.known(row, _INTERVIEWER, path)
        name = self.required(row, "name", f"{path}.name", self.line)
        fields: dict[str, Any] = {
            key: self.optional(row, key, f"{path}.{key}", self.line)
            for key in ("first_name", "last_name", "title", "phone")
        }
        fields["honorific"] = self.optional(row, "honorific", f"{path}.honorific", self.honorific)
        fields["email"] = self.optional(row, "email", f"{path}.email", self.email)
        fields["timezone"] = self.optional(row, "timezone", f"{path}.timezone", self.zone)
        for flag in ("may_call", "hiring_manager"):
            fields[flag] = bool(self.optional(row, flag, f"{path}.{flag}", self.flag))
        fields["talking_points"] = (
            self.optional(row, "talking_points", f"{path}.talking_points", self.points) or ()
        )
        if name is None:
            return None
        given = {k: v for k, v in fields.items() if v is not None}
        return Interviewer(name=name, **given)

    # -- helpers over one field ---------------------------------------------

    def known(self, table: Mapping[str, Any], allowed: Sequence[str], path: str) -> None:
        for key in table:
            if key in allowed:
                continue
            field = f"{path}.{key}" if path else str(key)
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(allowed)}"
            self.error(field, "unknown field" + hint)

    def table(self, data: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any] | None:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            self.error(path, f"missing; add a [{key}] table")
            return None
        if not isinstance(value, Mapping):
            self.error(path, f"expected a table, got {_kind(value)}")
            return None
        return value

    def required(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        parse: Callable[[Any, str], _T | None],
    ) -> _T | None:
        if key not in table or table[key] is None:
            self.error(path, "missing")
            return None
        return parse(table[key], path)

    def optional(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        parse: Callable[[Any, str], _T | None],
    ) -> _T | None:
        if key not in table or table[key] is None:
            return None
        return parse(table[key], path)

    def unique(self, seen: dict[str, int], key: str, index: int, path: str, what: str) -> None:
        if key in seen:
            self.error(path, f"same {what} as interviewers[{seen[key]}]; list each person once")
        else:
            seen[key] = index

    def text(
        self, value: object, path: str, limit: int = _MAX_TEXT, *, header: bool = True
    ) -> str | None:
        if not isinstance(value, str):
            self.error(path, f"expected a string, got {_kind(value)}")
            return None
        if not value.strip():
            self.error(path, "empty")
            return None
        if len(value) > limit:
            # Checked before anything scans the value character by character.
            self.error(path, f"longer than {limit} characters")
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

    def flag(self, value: object, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.error(path, f"expected true or false, got {_shown(value)}")
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
        try:
            zoneinfo.ZoneInfo(text)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            close = difflib.get_close_matches(text, _zone_keys(), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            self.error(path, f"unknown time zone {text!r}{hint}")
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
            self.error(path, f"expected one of {', '.join(TONES)}, got {_shown(value)}")
            return None
        tone: Tone = value
        return tone

    def points(self, value: object, path: str) -> tuple[str, ...] | None:
        if isinstance(value, str):
            self.error(path, 'expected a list of strings; write ["…"] even for one point')
            return None
        if not isinstance(value, Sequence):
            self.error(path, f"expected a list of strings, got {_kind(value)}")
            return None
        if len(value) > _MAX_POINTS:
            self.error(path, f"{len(value)} talking points; at most {_MAX_POINTS}")
            return None
        points = [
            self.text(item, f"{path}[{i}]", _MAX_POINT, header=False)
            for i, item in enumerate(value)
        ]
        kept = [p for p in points if p is not None]
        return tuple(kept) if len(kept) == len(points) else None

    def moment(self, value: object, path: str, zone: str | None) -> dt.date | None:
        if isinstance(value, str):
            value = self.iso_moment(value.strip(), path)
            if value is None:
                return None
        if isinstance(value, dt.date) and not _YEARS[0] <= value.year <= _YEARS[1]:
            self.error(path, f"year {value.year} is out of range ({_YEARS[0]}–{_YEARS[1]})")
            return None
        if isinstance(value, dt.datetime):
            if value.utcoffset() is None:
                self.error(path, _naive_message(value, zone))
                return None
            return value
        if isinstance(value, dt.date):
            return value
        self.error(path, f"expected a date-time with offset or a date, got {_kind(value)}")
        return None

    def iso_moment(self, text: str, path: str) -> dt.date | None:
        try:
            if _DATE_ONLY.fullmatch(text) or (":" not in text and "t" not in text.lower()):
                return dt.date.fromisoformat(text)  # also 20261124 and 2026-W48-2
            return dt.datetime.fromisoformat(text)
        except ValueError:
            self.error(
                path,
                f"{text!r} is not an ISO 8601 date-time or date "
                "(like 2026-11-24T10:00:00-05:00 or 2026-11-24)",
            )
            return None

    def check_decision(self, said: str | dt.date, start: dt.date) -> None:
        day = start.date() if isinstance(start, dt.datetime) else start
        if isinstance(said, str) and _DATE_ONLY.fullmatch(said.strip()):
            with contextlib.suppress(ValueError):
                said = dt.date.fromisoformat(said.strip())
        if isinstance(said, dt.date) and not isinstance(said, dt.datetime) and said < day:
            self.error(
                "interview.decision_expected",
                f"{said.isoformat()} is before the interview ({day.isoformat()})",
            )

    def check_order(self, start: dt.date, end: dt.date) -> None:
        if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
            self.error("interview.end", "must be a date-time when start is one, a date otherwise")
        elif end < start:
            self.error("interview.end", f"{end.isoformat()} is before start {start.isoformat()}")

    def decision(self, value: object, path: str) -> str | dt.date | None:
        if isinstance(value, dt.datetime):
            self.error(path, "expected a phrase, an ISO 8601 duration or a date, not a date-time")
            return None
        if isinstance(value, dt.date):
            return value
        text = self.text(value, path)
        if text is not None and not is_readable(text, self.language):
            self.error(path, f"cannot read {text!r}; write {ACCEPTED_FORMS}")
            return None
        return text


def _naive_message(value: dt.datetime, zone: str | None) -> str:
    if zone is not None:
        fixed = value.replace(tzinfo=zoneinfo.ZoneInfo(zone)).isoformat()
        return f"{value.isoformat()} has no UTC offset; in {zone} write {fixed}"
    return f"{value.isoformat()} has no UTC offset; add one, like {value.isoformat()}-05:00"


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _zone_keys() -> set[str]:
    try:
        return zoneinfo.available_timezones()
    except OSError:  # pragma: no cover - only without any tz database
        return set()
