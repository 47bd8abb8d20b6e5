"""Walking an interview document table by table, and building its records if it has no error.

:class:`InterviewReader` reads each table's fields with the parsers of
:class:`~thanknote._field_reader.FieldReader`, checks what involves more
than one field (start before end, each person listed once, a decision date
not before the interview), and builds the :class:`~thanknote.Interview` only
when it found no error, raising every problem at once otherwise.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from thanknote._describe import kind_of
from thanknote._field_reader import DATE_ONLY, MISSING, FieldReader
from thanknote._fields import (
    CANDIDATE,
    INTERVIEW,
    INTERVIEWER,
    MAX_INTERVIEWERS,
    MAX_TEXT,
    TOP,
    Field,
)
from thanknote.errors import InvalidInterviewError
from thanknote.languages import language_code
from thanknote.model import Candidate, Interview, Interviewer, Tone

__all__ = ["InterviewReader"]

_T = TypeVar("_T")


class InterviewReader(FieldReader):
    """Reads a whole interview document; builds records only if it has no error."""

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
        interviewers = self.interviewers(data.get("interviewers", MISSING))
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
        if value is MISSING:
            self.error("interviewers", "missing; add at least one [[interviewers]] table")
            return ()
        if not isinstance(value, Sequence) or isinstance(value, str | bytes):
            self.error("interviewers", f"expected a list of tables, got {kind_of(value)}")
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
            self.error(path, f"expected a table, got {kind_of(row)}")
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

    def table(self, data: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any] | None:
        value = data.get(key, MISSING)
        if value is MISSING:
            self.error(path, f"missing; add a [{key}] table")
            return None
        if not isinstance(value, Mapping):
            self.error(path, f"expected a table, got {kind_of(value)}")
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
        return self.optional(table, key, path, parse)

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

    def check_decision(self, said: str | dt.date, start: dt.date) -> None:
        day = start.date() if isinstance(start, dt.datetime) else start
        if isinstance(said, str) and len(said) > MAX_TEXT:
            return  # refused for its length by decision()
        if isinstance(said, str) and DATE_ONLY.fullmatch(said.strip()):
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


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())
