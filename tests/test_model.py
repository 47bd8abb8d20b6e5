"""Specification of the value objects' invariants and derived values."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

import thanknote
from thanknote.testing import make_interview

CANDIDATE = thanknote.Candidate(name="Sam Lee", email="sam.lee@example.com")
DANA = thanknote.Interviewer(name="Dana Reyes", email="dana.reyes@acme.example")


def make(**changes: object) -> thanknote.Interview:
    fields: dict[str, object] = {
        "candidate": CANDIDATE,
        "company": "Acme",
        "position": "Engineer",
        "start": dt.date(2026, 11, 24),
        "interviewers": [DANA],
    }
    fields.update(changes)
    return thanknote.Interview(**fields)  # type: ignore[arg-type]


def test_records_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DANA.name = "Someone"  # type: ignore[misc]


def test_sequences_become_tuples() -> None:
    person = thanknote.Interviewer(name="Ana Diaz", talking_points=["a", "b"])  # type: ignore[arg-type]
    assert person.talking_points == ("a", "b")
    assert make().interviewers == (DANA,)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"interviewers": []}, "at least one interviewer"),
        ({"company": " "}, "company: must not be blank"),
        ({"start": dt.datetime(2026, 11, 24, 10)}, "timezone-aware"),
    ],
)
def test_invariants_hold_for_every_instance(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make(**changes)


def test_the_interview_day_is_taken_in_the_interviews_time_zone() -> None:
    late = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)  # 22:00 the day before in New York
    assert make(start=late, timezone="America/New_York").day == dt.date(2026, 11, 24)


def test_mailboxes_keep_non_ascii_names_readable() -> None:
    person = thanknote.Interviewer(name="Tomás Okafor", email="t@acme.example")
    assert person.mailbox == "Tomás Okafor <t@acme.example>"
    assert thanknote.Interviewer(name="No Address").mailbox is None


def test_records_pickle(panel: thanknote.Interview) -> None:
    note = thanknote.draft(panel)[0]
    assert pickle.loads(pickle.dumps(note)) == note


def test_a_record_refuses_bad_values_with_a_thanknote_error_naming_the_field() -> None:
    with pytest.raises(thanknote.InvalidOptionError) as caught:
        thanknote.Reply(kind="rejected", at=dt.datetime(2026, 11, 30, tzinfo=dt.UTC))  # type: ignore[arg-type]
    assert caught.value.option == "kind" and isinstance(caught.value, ValueError)
    with pytest.raises(thanknote.InvalidOptionError, match="timezone-aware"):
        thanknote.Reply(kind="answer", at=dt.datetime(2026, 11, 30))


class TestLead:
    @pytest.mark.parametrize(
        ("managers", "lead"),
        [((), 0), ((1,), 1), ((1, 2), 1), ((0,), 0)],
        ids=["none marked", "second", "first of two", "first"],
    )
    def test_the_lead_is_the_first_hiring_manager_else_the_first_person(
        self, managers: tuple[int, ...], lead: int
    ) -> None:
        interview = make_interview(interviewers=3)
        people = [
            attrs.evolve(p, hiring_manager=i in managers)
            for i, p in enumerate(interview.interviewers)
        ]
        interview = attrs.evolve(interview, interviewers=people)
        assert interview.lead == people[lead]

    def test_a_follow_up_and_its_planned_step_go_to_the_lead(self) -> None:
        interview = make_interview(interviewers=3)
        people = [
            attrs.evolve(p, hiring_manager=i == 2) for i, p in enumerate(interview.interviewers)
        ]
        interview = attrs.evolve(interview, interviewers=people)
        (note,) = thanknote.draft(interview, kind="follow_up")
        now = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
        steps = thanknote.plan_follow_up(interview, now=now).steps
        follow_up = next(s for s in steps if s.kind == "follow_up_email")
        assert note.interviewer == follow_up.recipient == people[2]
