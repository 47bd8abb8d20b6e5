"""What thanknote's JSON outputs share: their version and how a person is written.

The notes' JSON (:mod:`thanknote.export`) and the plans'
(:mod:`thanknote.plan_export`) carry the same ``schema_version`` and
describe an interviewer with the same fields.
"""

from __future__ import annotations

from typing import Any

from thanknote.model import Interviewer

__all__ = ["JSON_SCHEMA_VERSION", "person_to_dict"]

JSON_SCHEMA_VERSION = 1
"""Bumped whenever a field of the JSON output changes meaning or goes away."""


def person_to_dict(person: Interviewer) -> dict[str, Any]:
    """An interviewer as plain JSON-ready data."""
    return {
        "name": person.name,
        "honorific": person.honorific,
        "title": person.title,
        "email": person.email,
        "phone": person.phone,
        "hiring_manager": person.hiring_manager,
        "may_call": person.may_call,
    }
