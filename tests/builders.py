"""Builders for test interviews, shared by the test modules."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import thanknote

_PANEL: dict[str, Any] = {
    "locale": "en_US",
    "candidate": {"name": "Sam Lee", "email": "sam.lee@example.com", "phone": "+1 617 555 0199"},
    "interview": {
        "company": "Acme Robotics",
        "position": "Data Engineer",
        "start": "2026-11-24T10:00:00-05:00",
        "end": "2026-11-24T12:30:00-05:00",
        "timezone": "America/New_York",
        "decision_expected": "a week",
        "talking_points": ["the team's move to streaming ingestion"],
    },
    "interviewers": [
        {
            "name": "Dana Reyes",
            "honorific": "Ms.",
            "title": "Engineering Manager",
            "email": "dana.reyes@acme.example",
            "phone": "+1 312 555 0142",
            "timezone": "America/Chicago",
            "may_call": True,
            "hiring_manager": True,
            "talking_points": [
                "replacing nightly batch jobs with Kafka",
                "her on-call rotation redesign",
            ],
        },
        {
            "name": "Tomás Okafor",
            "email": "tomas.okafor@acme.example",
            "talking_points": [
                "the schema registry for the sensor fleet",
                "how pipeline changes get reviewed",
            ],
        },
        {
            "name": "Priya Natarajan",
            "honorific": "Dr.",
            "email": "priya.natarajan@acme.example",
            "talking_points": ["the warehouse cost dashboard", "pairing analysts with engineers"],
        },
        {
            "name": "Li Wei",
            "first_name": "Wei",
            "last_name": "Li",
            "email": "li.wei@acme.example",
            "talking_points": [
                "the robot telemetry backlog",
                "a mentoring programme for new hires",
            ],
        },
    ],
}


def panel_data(size: int = 4, **overrides: Any) -> dict[str, Any]:
    """A fresh mapping for a panel of ``size`` (1 to 4) with top-level overrides."""
    data = copy.deepcopy(_PANEL)
    data["interviewers"] = data["interviewers"][:size]
    data.update(overrides)
    return data


def interview_with(size: int = 4, **overrides: Any) -> thanknote.Interview:
    return thanknote.load_interview(panel_data(size, **overrides))


def install_plugin(site: Path, dist: str, group: str, entry: str, module: str = "") -> Path:
    """Write a distribution that publishes ``entry`` under ``group``, importable from ``site``.

    Args:
        site: A folder the caller puts on ``sys.path``.
        dist: The distribution's name.
        group: The entry-point group, such as ``thanknote.languages``.
        entry: The entry point, ``name = module:attribute``.
        module: The source of ``<dist>.py``, if the entry point needs one.
    """
    info = site / f"{dist}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", "utf-8")
    (info / "entry_points.txt").write_text(f"[{group}]\n{entry}\n", "utf-8")
    if module:
        (site / f"{dist}.py").write_text(module, "utf-8")
    return site


def timed_data(start: str, end: str | None, said: Any, size: int, **top: Any) -> dict[str, Any]:
    """A panel's data with its start, end (``None``: left out) and decision time set."""
    data = panel_data(size, **top)
    data["interview"]["start"] = start
    if end is None:
        data["interview"].pop("end")
    else:
        data["interview"]["end"] = end
    if said is None:
        data["interview"].pop("decision_expected")
    else:
        data["interview"]["decision_expected"] = said
    return data


def deal(
    points: list[Any], names: list[tuple[str, str | None]]
) -> list[tuple[str, str | None, list[Any]]]:
    """The panel's people with the points dealt to them in turn; anyone left without one goes."""
    dealt: list[list[Any]] = [[] for _ in names]
    for i, point in enumerate(points):
        dealt[i % len(names)].append(point)
    return [(name, h, dealt[i]) for i, (name, h) in enumerate(names) if dealt[i]]


# A template with something for most rules: placeholders, a missing thanks, shouting,
# self-deprecation, salary talk, and too few words; every interviewer gets the same note.
FLAWED = """\
Subject: Following up
Dear {{ interviewer.first_name }},

I am writing about the [POSITION] role at {{ interview.company }}. We talked about stuff!! \
I'm sorry I was so nervous.
I hope to hear back soon about the salary.

Best,
{{ candidate.name }}
"""
