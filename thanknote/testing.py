"""Helpers for the tests of programs that embed thanknote.

    from thanknote.testing import make_interview

    interview = make_interview(interviewers=3, company="Initech")
    notes = thanknote.draft(interview)

Everything here builds ordinary public records; nothing patches thanknote.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from thanknote._samples import sample_interviews
from thanknote.model import Candidate, Interview, Interviewer

__all__ = ["make_interview", "sample_interviews"]

_PEOPLE = (
    (
        "Dana Reyes",
        "Ms.",
        ("replacing nightly batch jobs with Kafka", "her on-call rotation redesign"),
    ),
    ("Tomás Okafor", None, ("the schema registry for the sensor fleet", "code review habits")),
    ("Priya Natarajan", "Dr.", ("the warehouse cost dashboard", "pairing analysts with engineers")),
    ("Li Wei", None, ("the robot telemetry backlog", "a mentoring programme for new hires")),
)


def make_interview(*, interviewers: int = 2, talking_points: int = 2, **fields: Any) -> Interview:
    """A valid interview for tests, with ``fields`` overriding any of its values.

    Args:
        interviewers: How many people on the panel (1 to 4); the first is the
            hiring manager, who agreed to a call.
        talking_points: How many talking points each person gets (0 to 2).
        **fields: Any field of :class:`~thanknote.Interview`.

    Returns:
        An interview on Tuesday 24 November 2026, 10:00–11:30 in New York,
        with "a week" as the decision time.
    """
    if not 1 <= interviewers <= len(_PEOPLE):
        raise ValueError(f"interviewers must be 1 to {len(_PEOPLE)}, got {interviewers}")
    zone = dt.timezone(dt.timedelta(hours=-5))
    people = [
        Interviewer(
            name=name,
            honorific=honorific,
            email=f"person{i + 1}@example.org",
            phone="+1 555 0100" if i == 0 else None,
            may_call=i == 0,
            hiring_manager=i == 0,
            timezone="America/New_York",
            talking_points=points[:talking_points],
        )
        for i, (name, honorific, points) in enumerate(_PEOPLE[:interviewers])
    ]
    values: dict[str, Any] = {
        "candidate": Candidate(name="Sam Lee", email="sam.lee@example.com"),
        "company": "Acme Robotics",
        "position": "Data Engineer",
        "start": dt.datetime(2026, 11, 24, 10, tzinfo=zone),
        "end": dt.datetime(2026, 11, 24, 11, 30, tzinfo=zone),
        "timezone": "America/New_York",
        "decision_expected": "a week",
        "interviewers": people,
        "locale": "en_US",
    }
    values.update(fields)
    return Interview(**values)
