"""Draft notes from a plain dict, the way a job tracker embeds thanknote.

Run it with:  python examples/embed.py
"""

from __future__ import annotations

import sys

import thanknote

# What a tracker would hold in its own database, turned into the interview
# shape. Dates are ISO 8601 strings, exactly as they would come out of JSON.
record = {
    "tone": "warm",
    "candidate": {"name": "Jordan Park", "email": "jordan.park@example.com"},
    "interview": {
        "company": "Northfield Outfitters",
        "position": "Store Manager",
        "start": "2026-11-23T09:30:00-06:00",
        "end": "2026-11-23T11:00:00-06:00",
        "timezone": "America/Chicago",
        "decision_expected": "two weeks",
    },
    "interviewers": [
        {
            "name": "Sandra Kowalski",
            "title": "District Manager",
            "email": "sandra.kowalski@northfield.example",
            "hiring_manager": True,
            "talking_points": ["staffing the December rush", "cutting shrink on the footwear wall"],
        },
        {
            "name": "Kevin Achebe",
            "title": "Assistant Store Manager",
            "email": "kevin.achebe@northfield.example",
            "talking_points": ["the new scheduling app the floor team uses"],
        },
    ],
}


def main() -> int:
    """Load the record, draft the notes and print them; return an exit code."""
    try:
        interview = thanknote.load_interview(record, name="tracker record 42")
        notes = thanknote.draft(interview)
    except thanknote.InvalidInterviewError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return 2
    for warning in thanknote.check_interview(interview):
        print(f"warning: {warning}", file=sys.stderr)
    for note in notes:
        print(f"To: {note.to}\nSubject: {note.subject}\n\n{note.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
