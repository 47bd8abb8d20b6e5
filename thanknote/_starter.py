"""The commented starter interview file that ``thanknote init`` writes."""

from __future__ import annotations

from thanknote._fields import SCHEMA_ID

__all__ = ["STARTER", "STARTER_VALUES"]

# The first line names the schema, so that editors which read one (Taplo, and
# Even Better TOML in VS Code) complete the keys and check the values as you type.
STARTER = (
    f"#:schema {SCHEMA_ID}\n"
    + """\
# thanknote interview file
#
# Before you leave the interview, ask "Where do we go from here?" and note:
#   - how each person prefers to be contacted (email, phone, neither),
#   - whether a call is welcome ("May I call you if I have any questions?"),
#   - when they expect to decide ("about a week", "by Friday", a date),
#   - the name, title and email of everyone you met (a business card helps).
# Then, at home, fill in what stood out in each conversation and run
#     thanknote draft interview.toml
# Every value below is an example: replace it with your own.

# tone = "warm"        # formal | warm | concise
# locale = "en_US"

[candidate]
name = "Your Name"
email = "you@example.com"
# phone = "+1 555 0100"
# One line, in your own words, on what you would bring to this job. A note
# closes with it when no talking point below says what it meant to you.
# strength = "I have run two hospital-wide EHR go-lives"

[interview]
company = "Example Company"
position = "Job Title"
# "At the company" in your note's language, only where the bare name does not
# fit a sentence (German, French, Spanish, Italian, Portuguese):
# at_company = "bei den Stadtwerken Leipzig"
# When it started, with the UTC offset of the place it happened:
start = 2026-01-15T10:00:00-05:00
# end = 2026-01-15T11:00:00-05:00
timezone = "America/New_York"
# What they said about timing, in their words: "a week", "2 weeks", "by Friday",
# an ISO 8601 duration like "P10D", or a date like 2026-01-23.
decision_expected = "a week"
# Points that came up with everyone you met (optional):
talking_points = []

# One [[interviewers]] table per person. Copy the block for each one.
[[interviewers]]
name = "First Last"
# honorific = "Ms."        # used exactly as written; leave it out if unsure
# first_name = "First"     # only if the name does not split simply
# last_name = "Last"
title = "Hiring Manager"
email = "first.last@example.com"
# phone = "+1 555 0101"
# timezone = "America/Chicago"   # if they work in another time zone
may_call = false               # true only if they said a call is welcome
hiring_manager = true
# What stood out positively in the conversation with this person. Be
# specific: a project, a problem, something they said. Write them as you
# would jot them down ("she said the team is moving to Epic", "asked me about
# conflict resolution"). To say what a point meant to you, write it as a
# table; the link is a sentence of yours, about you ("I …", "my …").
talking_points = [
    "something specific you discussed",
    # { point = "the move to Epic next spring", link = "I led our Cerner go-live in 2023." },
]
"""
)

STARTER_VALUES = frozenset(
    {"Your Name", "Example Company", "Job Title", "First Last", "something specific you discussed"}
)
"""Values of the starter file that nobody would keep in a real interview."""
