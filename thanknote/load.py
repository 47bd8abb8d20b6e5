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

import collections
import contextlib
import datetime as dt
import difflib
import functools
import itertools
import json
import os
import re
import reprlib
import stat
import sys
import tomllib
import unicodedata
import zoneinfo
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from thanknote._address import is_email
from thanknote._decision import ACCEPTED_FORMS, is_readable
from thanknote._fields import (
    CANDIDATE,
    INTERVIEW,
    INTERVIEWER,
    MAX_INTERVIEWERS,
    MAX_MOMENT,
    MAX_POINT,
    MAX_POINTS,
    MAX_TEXT,
    MAX_ZONE,
    POINT,
    TOP,
    YEARS,
    ZONE_NAME,
    Field,
)
from thanknote._header import text_problem
from thanknote._locales import parse_locale
from thanknote.errors import InvalidInterviewError, Problem
from thanknote.languages import language_code
from thanknote.model import TONES, Candidate, Interview, Interviewer, Tone

__all__ = ["MAX_FILE_BYTES", "check_interview", "load_interview", "read_document"]

MAX_FILE_BYTES = 1_000_000
"""Largest interview file read; a bigger one is refused rather than parsed."""
_MAX_UNKNOWN = 10  # unknown fields reported one by one in a table
_MAX_KEY_SHOWN = 60  # characters of an unknown key shown in a field path
# Bounds on the shape of a TOML or JSON file, checked before it is parsed. An
# interview needs brackets 4 deep, a few hundred lines, keys and list items,
# and keys of at most 3 parts; the limits leave room for comments and long
# lists. Within them tomllib reads any file in well under a second: its work
# grows with the square of a dotted key's parts and, by some 10 µs a dot,
# with the dots of all table headers.
_MAX_DEPTH = 32
_MAX_LINES = 10_000
_MAX_KEYS = 5_000
_MAX_ITEMS = 10_000
_MAX_DOTS = 8  # on one line, outside strings and comments
_MAX_ALL_DOTS = 1_000  # in the whole file, outside strings and comments

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
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


def check_interview(interview: Interview, *, locale: str | None = None) -> tuple[Problem, ...]:
    """Return the warnings about a valid interview.

    These never stop drafting, but each one makes a note weaker: an
    interviewer with no talking points at all gets a note with nothing
    specific in it, one with only the shared points a note much like the
    others', a point no sentence can hold as written ("small team!! love
    this") a note without it, one with no email address a draft with no
    recipient, and a start time whose offset contradicts the stated time
    zone usually means one of the two is wrong.

    Args:
        interview: The interview, as loaded.
        locale: The notes' locale, whose language the points are read in;
            the interview's own, or ``en_US``, when not given.
    """
    found: list[Problem] = []

    def warn(field: str, message: str) -> None:
        found.append(
            Problem(field=field, message=message, source=interview.source, severity="warning")
        )

    if _looks_unedited(interview):
        warn("", "this looks like the unedited starter file; replace the example values first")
    language = _language(locale or interview.locale)
    for j, point, why in _unplaced(interview.talking_points, language):
        warn(f"talking_points[{j}]", f"the notes leave out “{point}”: {why}")
    for i, person in enumerate(interview.interviewers):
        if not person.talking_points and not interview.talking_points:
            warn(
                f"interviewers[{i}].talking_points",
                f"no talking points for {person.name}; the note will have nothing specific "
                "from your conversation",
            )
        elif not person.talking_points:
            warn(
                f"interviewers[{i}].talking_points",
                f"only the shared talking points for {person.name}; add one from your "
                "conversation with them, or their note will read like the others",
            )
        for j, point, why in _unplaced(person.talking_points, language, person):
            warn(
                f"interviewers[{i}].talking_points[{j}]",
                f"the note to {person.name} leaves out “{point}”: {why}",
            )
        if person.email is None:
            warn(
                f"interviewers[{i}].email",
                f"no email address for {person.name}; the .eml draft will have no To: line",
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


def _language(locale: str | None) -> str | None:
    """The language whose pack reads the points, or ``None`` when it has none."""
    from thanknote.languages import known_languages

    try:
        code = language_code(parse_locale(locale or "en_US"))
    except ValueError:
        return None  # drafting names the bad locale; a warning would only repeat it
    return code if code in {pack.code for pack in known_languages()} else None


def _unplaced(
    points: tuple[str, ...], language: str | None, person: Interviewer | None = None
) -> Iterator[tuple[int, str, str]]:
    """The points no sentence can hold: their place, their words and why."""
    from thanknote._points import unplaced_points, why_unplaced

    if language is None:
        return
    names = (person.name, person.first_name, person.last_name) if person else ()
    for j in unplaced_points(points, language, names):
        yield j, points[j], why_unplaced(points[j], language, names)


def _looks_unedited(interview: Interview) -> bool:
    from thanknote._starter import STARTER_VALUES

    values = {interview.company, interview.position, interview.candidate.name}
    values |= {p.name for p in interview.interviewers}
    values |= {point for p in interview.interviewers for point in p.talking_points}
    return bool(values & STARTER_VALUES)


def read_document(path: Path, label: str) -> Mapping[str, Any]:
    """Read a ``.toml`` or ``.json`` file with the loader's guards on size and shape.

    For the files that travel with an interview (its progress file), so that
    they are read as carefully as the interview itself.

    Raises:
        InvalidInterviewError: The file cannot be read or parsed; its one
            problem names ``label``.
    """
    return _read_file(path, label)


def _read_file(path: Path, label: str) -> Mapping[str, Any]:
    def fail(message: str) -> InvalidInterviewError:
        return InvalidInterviewError([Problem(field="", message=message, source=label)], label)

    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise fail(f"unsupported file type {suffix or '(none)'!r}; use .toml or .json")
    raw = _read_regular(path, fail)
    if len(raw) > MAX_FILE_BYTES:
        raise fail(f"file is larger than {MAX_FILE_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise fail(f"not UTF-8 text (byte {err.start})") from None
    if suffix == ".toml":
        return _parse_toml(text, fail)
    return _parse_json(text, label, fail)


_Fail = Callable[[str], InvalidInterviewError]


def _read_regular(path: Path, fail: _Fail) -> bytes:
    """Read at most one byte past the size limit, and only from a regular file.

    The kind of file is checked before it is opened, so a named pipe cannot
    block the read, and again on the descriptor, opened without blocking, so
    a pipe swapped in between the two steps is not read either.
    """
    try:
        mode = path.stat().st_mode
    except OSError as err:
        raise fail(f"cannot read file: {err.strerror or err}") from None
    except ValueError:  # a NUL character in the path
        raise fail("cannot read file: the path holds a NUL character") from None
    if not stat.S_ISREG(mode):
        raise fail(f"not a regular file ({_file_kind(mode)}); give a .toml or .json file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise fail(f"cannot read file: {err.strerror or err}") from None
    with open(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise fail(f"not a regular file ({_file_kind(mode)}); give a .toml or .json file")
        try:
            return handle.read(MAX_FILE_BYTES + 1)
        except OSError as err:
            raise fail(f"cannot read file: {err.strerror or err}") from None


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )  # fmt: skip
    return next((name for is_kind, name in kinds if is_kind(mode)), "a special file")


# Strings and comments are cut out before the shape of a file is measured, so
# brackets, dots and equals signs inside them do not count. Each pattern also
# matches an unterminated string (to the end of its line, or of the text) and
# never backtracks, so a pass over any text is linear.
_TOML_SKIP = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]?|"(?!""))*+(?:"""(?:""?)?|\Z)'
    r"|'''(?:[^']|'(?!''))*+(?:'''(?:''?)?|\Z)"
    r'|"(?:[^"\\\n]|\\.)*+"?'
    r"|'[^'\n]*+'?"
    r"|#[^\n]*+"
)
_JSON_SKIP = re.compile(r'"(?:[^"\\]|\\[\s\S]?)*+"?')
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _depth(shape: str) -> int:
    """How deep the brackets of ``shape`` (its strings already cut out) nest."""
    brackets = _NOT_BRACKET.sub("", shape)
    if brackets.count("[") + brackets.count("{") <= _MAX_DEPTH:
        return 0  # too few to go past the limit, however they nest
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)))


def _parse_toml(text: str, fail: _Fail) -> dict[str, Any]:
    # tomllib recurses into nested arrays and inline tables, and a dotted key
    # of 40,000 parts (80 kB) keeps it busy for half a minute: the shape of
    # the text is bounded here, by measures no interview comes near, first.
    lines = text.count("\n") + 1
    if lines > _MAX_LINES:
        raise fail(f"{lines:,} lines; an interview file needs at most {_MAX_LINES:,}")
    shape = _TOML_SKIP.sub("_", text)
    if _depth(shape) > _MAX_DEPTH:
        raise fail(f"invalid TOML: lists or tables nested more than {_MAX_DEPTH} levels deep")
    if (keys := shape.count("=")) > _MAX_KEYS:
        raise fail(f"{keys:,} keys; an interview file needs at most {_MAX_KEYS:,}")
    if (items := shape.count(",")) > _MAX_ITEMS:
        raise fail(f"{items:,} list items; an interview file needs at most {_MAX_ITEMS:,}")
    for number, line in enumerate(shape.split("\n"), 1):
        if line.count(".") > _MAX_DOTS:
            raise fail(
                f"invalid TOML: line {number} has more than {_MAX_DOTS} dots outside strings; "
                "no key of an interview has that many parts"
            )
    if (dots := shape.count(".")) > _MAX_ALL_DOTS:
        raise fail(
            f"{dots:,} dots outside strings; an interview file needs at most {_MAX_ALL_DOTS:,}"
        )
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise fail(f"invalid TOML: {err}") from None
    except RecursionError:  # the checks above should make this unreachable
        raise fail("invalid TOML: nested too deeply") from None
    except ValueError as err:  # an integer too long to convert
        raise fail(f"invalid TOML: {_value_error(err)}") from None


def _parse_json(text: str, label: str, fail: _Fail) -> dict[str, Any]:
    if _depth(_JSON_SKIP.sub("_", text)) > _MAX_DEPTH:
        raise fail(f"invalid JSON: lists or objects nested more than {_MAX_DEPTH} levels deep")
    repeated: dict[int, tuple[str, ...]] = {}
    kept: list[dict[str, Any]] = []  # keeps the ids in ``repeated`` valid

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        table = dict(pairs)
        if len(table) < len(pairs):  # json.loads alone would keep the last silently
            counts = collections.Counter(key for key, _ in pairs)
            repeated[id(table)] = tuple(key for key, count in counts.items() if count > 1)
            kept.append(table)
        return table

    try:
        data = json.loads(text, object_pairs_hook=build)
    except json.JSONDecodeError as err:
        raise fail(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None
    except RecursionError:  # the depth check should make this unreachable
        raise fail("invalid JSON: nested too deeply") from None
    except ValueError as err:  # an integer too long to convert
        raise fail(f"invalid JSON: {_value_error(err)}") from None
    if not isinstance(data, dict):
        raise fail(f"expected a JSON object at the top, got {_kind(data)}")
    if repeated:
        message = "given twice; JSON would keep only the last one, so keep one"
        fields = _repeated_fields(data, repeated)
        problems = [Problem(field=field, message=message, source=label) for field in fields]
        raise InvalidInterviewError(problems, label)
    return data


def _value_error(err: ValueError) -> str:
    if "integer string conversion" in str(err):
        return f"a number has more than {sys.get_int_max_str_digits():,} digits"
    return str(err).partition("\n")[0]


def _repeated_fields(data: object, repeated: Mapping[int, Sequence[str]]) -> list[str]:
    """The paths of the keys given twice, in the order of the document."""
    found: list[str] = []
    stack: list[tuple[object, str]] = [(data, "")]
    while stack:  # a loop, not recursion: nothing here relies on the depth check
        value, path = stack.pop()
        if isinstance(value, dict):
            found.extend(_join(path, key) for key in repeated.get(id(value), ()))
            stack.extend((item, _join(path, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((value[i], f"{path}[{i}]") for i in reversed(range(len(value))))
    return found


def _join(path: str, key: object) -> str:
    name = _key_text(key)
    return f"{path}.{name}" if path else name


def _key_text(key: object) -> str:
    """A key as it appears in a field path: short, and quoted unless printable."""
    if not isinstance(key, str):
        return _shown(key)
    cut = key if len(key) <= _MAX_KEY_SHOWN else key[: _MAX_KEY_SHOWN - 1] + "…"
    return cut if cut.isprintable() else _shown(cut)  # no line break or escape in a path


def _kind(value: object) -> str:
    names = {
        bool: "a boolean", int: "a number", float: "a number", str: "a string",
        list: "a list", tuple: "a list", dict: "a table", type(None): "null",
        dt.datetime: "a date-time", dt.date: "a date", dt.time: "a time",
    }  # fmt: skip
    return names.get(type(value), type(value).__name__)


def _shown(value: object, limit: int = 60) -> str:
    """A value as quoted in a message: short, and never costly to work out."""
    if isinstance(value, str):
        text = repr(value[: limit + 1])  # cut before repr: a value may be megabytes
    else:
        try:
            text = _SHORT.repr(value)
        except Exception:  # an object whose repr fails still needs a message
            text = _kind(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ShortRepr(reprlib.Repr):
    def repr_int(self, x: int, level: int) -> str:
        # repr() of an int over 4,300 digits raises ValueError
        return super().repr_int(x, level) if x.bit_length() < 1_000 else "a very long number"


_SHORT = _ShortRepr()
_SHORT.maxlevel = 3
_SHORT.maxstring = _SHORT.maxother = _SHORT.maxlong = 60


class _Reader:
    """Collects problems while walking the input; builds records only if none."""

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

    # -- the document ---------------------------------------------------------

    def interview(self, data: Mapping[str, Any]) -> Interview:
        self.known(data, tuple(TOP), "")
        self.read(data, TOP["$schema"], "")
        locale = self.read(data, TOP["locale"], "")
        self.language = language_code(locale) if locale else None
        tone: Tone | None = self.read(data, TOP["tone"], "")
        candidate = self.candidate(self.table(data, "candidate", "candidate"))
        meta = self.table(data, "interview", "interview")
        zone = self.read(meta, INTERVIEW["timezone"], "interview") if meta else None
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
        self.known(table, tuple(CANDIDATE), "candidate")
        values = {key: self.read(table, field, "candidate") for key, field in CANDIDATE.items()}
        if values["name"] is None:
            return None
        return Candidate(**{key: value for key, value in values.items() if value is not None})

    def interview_fields(
        self, table: Mapping[str, Any] | None, zone: str | None
    ) -> dict[str, Any] | None:
        if table is None:
            return None
        self.known(table, tuple(INTERVIEW), "interview")
        company = self.read(table, INTERVIEW["company"], "interview")
        position = self.read(table, INTERVIEW["position"], "interview")
        at_company = self.read(table, INTERVIEW["at_company"], "interview")

        def moment(value: object, path: str) -> dt.date | None:
            return self.moment(value, path, zone)

        start = self.read(table, INTERVIEW["start"], "interview", moment)
        end = self.read(table, INTERVIEW["end"], "interview", moment)
        if start is not None and end is not None:
            self.check_order(start, end)
        said = table.get("decision_expected")
        if start is not None and isinstance(said, dt.date | str):
            self.check_decision(said, start)
        self.day = (start.date() if isinstance(start, dt.datetime) else start) if start else None
        decision = self.read(table, INTERVIEW["decision_expected"], "interview")
        points, links = self.read(table, INTERVIEW["talking_points"], "interview") or ((), ())
        return {
            "company": company,
            "position": position,
            "at_company": at_company,
            "start": start,
            "end": end,
            "decision_expected": decision,
            "talking_points": points,
            "links": links,
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
        if len(value) > MAX_INTERVIEWERS:
            self.error("interviewers", f"{len(value)} interviewers; at most {MAX_INTERVIEWERS}")
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
        self.known(row, tuple(INTERVIEWER), path)
        values = {key: self.read(row, field, path) for key, field in INTERVIEWER.items()}
        if values["name"] is None:
            return None
        values["talking_points"], values["links"] = values["talking_points"] or ((), ())
        return Interviewer(**{key: value for key, value in values.items() if value is not None})

    # -- one field, by its entry in the table of fields -----------------------

    def read(
        self,
        table: Mapping[str, Any],
        field: Field,
        path: str,
        parse: Callable[[Any, str], Any] | None = None,
    ) -> Any:
        """The value of ``field`` in ``table`` (at ``path``), parsed for its kind.

        ``None`` when the field is absent (an error if it is required) or
        its value is refused (the problem recorded).
        """
        if parse is None:
            parse = self.parsers[field.kind]
        where = f"{path}.{field.name}" if path else field.name  # names are plain keys
        if field.required:
            return self.required(table, field.name, where, parse)
        return self.optional(table, field.name, where, parse)

    # -- helpers over one field ---------------------------------------------

    def known(self, table: Mapping[str, Any], allowed: Sequence[str], path: str) -> None:
        unknown = [key for key in table if key not in allowed]
        for key in unknown[:_MAX_UNKNOWN]:
            close: list[str] = []
            if isinstance(key, str) and len(key) <= _MAX_KEY_SHOWN:
                close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(allowed)}"
            self.error(_join(path, key), "unknown field" + hint)
        if len(unknown) > _MAX_UNKNOWN:
            more = len(unknown) - _MAX_UNKNOWN
            self.error(path, f"{more:,} more unknown fields; known: {', '.join(allowed)}")

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
        self, value: object, path: str, limit: int = MAX_TEXT, *, header: bool = True
    ) -> str | None:
        if not isinstance(value, str):
            self.error(path, f"expected a string, got {_kind(value)}")
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
            self.error(path, f"expected the address of a schema, got {_kind(value)}")
            return None
        return value

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
        if _ZONE_NAME.fullmatch(text) is None or len(text) > MAX_ZONE or not _loads_zone(text):
            self.error(path, f"unknown time zone {_shown(text)}{_zone_hint(text)}")
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
            item.get("point", _MISSING) if isinstance(item, Mapping) else item for item in value
        ]
        said = [item.get("link") if isinstance(item, Mapping) else None for item in value]
        bad = False
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                self.known(item, tuple(POINT), f"{path}[{i}]")
                if "point" not in item:
                    self.error(f"{path}[{i}].point", 'missing; write { point = "…", link = "…" }')
                    bad = True
        points = self.points([p for p in plain if p is not _MISSING], path)
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
        if isinstance(said, str) and len(said) > MAX_TEXT:
            return  # refused for its length by decision()
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
        if text is not None and not is_readable(text, self.language, self.day):
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


_ZONE_NAME = re.compile(ZONE_NAME)


def _loads_zone(name: str) -> bool:
    """Whether ``name`` names a time zone the database can load."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: "America" is a folder; ValueError: a file that is not TZif
        return False
    return True


def _zone_hint(name: str) -> str:
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
