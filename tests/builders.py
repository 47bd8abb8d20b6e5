"""Builders for test interviews, shared by the test modules."""

from __future__ import annotations

import copy
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
