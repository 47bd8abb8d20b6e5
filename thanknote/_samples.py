"""Sample interviews for checking templates: few and many points, panels, honorifics."""

from __future__ import annotations

import contextlib
import datetime as dt

from thanknote.model import Candidate, Interview, Interviewer

__all__ = ["sample_interviews"]

_POINTS = (
    ("moving the nightly reports to a streaming pipeline", "her on-call rotation redesign",
     "how new hires are paired with a mentor"),
    ("the patient intake backlog", "the pilot of bedside shift reports",
     "training volunteers for the front desk"),
    ("the spring product launch", "his plan to consolidate the vendor list",
     "how the team measures customer churn"),
    ("the school's new reading programme", "after-school tutoring",
     "the move to standards-based grading"),
)  # fmt: skip
_PEOPLE = (
    ("Dana Reyes", "Ms."),
    ("Tomás Okafor", None),
    ("Priya Natarajan", "Dr."),
    ("Li Wei", None),
)


def _interview(
    size: int, points: int, honorifics: bool, said: tuple[tuple[str, ...], ...]
) -> Interview:
    people = [
        Interviewer(
            name=name,
            honorific=honorific if honorifics else None,
            email=f"person{i}@example.org",
            talking_points=said[i % len(said)][:points],
        )
        for i, (name, honorific) in enumerate(_PEOPLE[:size])
    ]
    return Interview(
        candidate=Candidate(name="Sam Lee", email="sam.lee@example.com"),
        company="Example Analytics",
        position="Data Engineer",
        start=dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        end=dt.datetime(2026, 11, 24, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        timezone="America/New_York",
        decision_expected="a week",
        interviewers=people,
    )


def sample_interviews(language: str = "en") -> dict[str, Interview]:
    """Return labelled interviews that exercise a template.

    They cover 0, 1 and 3 talking points, with and without honorifics, for one
    interviewer and for a panel of four.

    Args:
        language: The language the talking points are written in: its pack's
            ``[samples]`` points where it gives them, English ones otherwise.
    """
    said: tuple[tuple[str, ...], ...] = _POINTS
    if language != "en":
        from thanknote.errors import UnsupportedLanguageError
        from thanknote.languages import language_pack

        with contextlib.suppress(UnsupportedLanguageError):
            said = language_pack(language).lexicon.sample_points or _POINTS
    return {
        f"{size}-person panel, {points} point{'' if points == 1 else 's'}, "
        f"{'with' if honor else 'no'} honorifics": (_interview(size, points, honor, said))
        for size in (1, 4)
        for points in (0, 1, 3)
        for honor in (True, False)
    }
