"""Every field of an interview file: its name, what it holds, its limits and its meaning.

One table, read by two consumers: the loader (:mod:`thanknote.load`) takes
from it which keys a table may hold, which are required and how each value
is parsed; the schema (:mod:`thanknote.schema`) turns the same entries into
JSON Schema. A field added here is known to both, and a field known to
neither cannot be read.

A field's ``kind`` names a parser in the loader and a fragment in the schema:

========  ===============================================================
kind      value
========  ===============================================================
line      one line of text, at most :data:`MAX_TEXT` characters, that may
          reach an email header
honorific a line with at least one letter
email     a line that is an email address
zone      a line that is an IANA time zone name
locale    a line that names a locale (``en_US``)
tone      one of :data:`~thanknote.model.TONES`
flag      true or false
texts     a list of body texts, each at most :data:`MAX_POINT` characters
points    a list of talking points: body texts, or ``{point, link}`` tables
moment    an ISO 8601 date-time with its UTC offset, or a date
decision  a phrase, an ISO 8601 duration or a date
body      body text (a talking point or a link), never in a header
reference the address of a schema (``$schema``), not read
table     a table of the fields in ``TABLES[name]``
tables    a list of such tables
========  ===============================================================
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import attrs

__all__ = [
    "CANDIDATE",
    "INTERVIEW",
    "INTERVIEWER",
    "MAX_INTERVIEWERS",
    "MAX_MOMENT",
    "MAX_POINT",
    "MAX_POINTS",
    "MAX_TEXT",
    "MAX_ZONE",
    "POINT",
    "SCHEMA_ID",
    "TABLES",
    "TOP",
    "YEARS",
    "ZONE_NAME",
    "Field",
    "Kind",
]

SCHEMA_ID = (
    "https://raw.githubusercontent.com/thanknote/thanknote/main/thanknote/interview.schema.json"
)
"""Where the schema made from this table is published (``thanknote/interview.schema.json``
of the source tree); the starter file names it on its ``#:schema`` line."""

MAX_INTERVIEWERS = 50
MAX_TEXT = 300  # names, titles, company, position
MAX_POINT = 1_000  # one talking point
MAX_POINTS = 30  # talking points in one list
MAX_ZONE = 64  # the longest IANA name has 32 characters
MAX_MOMENT = 64  # an ISO 8601 date-time with fractions and offset has 32
YEARS = (1900, 2200)  # the years a start, end or decision date may fall in
# Letters, digits, "_", "-" and "+" in parts joined by "/": every IANA name
# ("America/Argentina/Buenos_Aires", "Etc/GMT+5"), and never a path that
# climbs out of the time zone database ("..", "/etc/passwd").
ZONE_NAME = r"[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*"

Kind = Literal[
    "line", "honorific", "email", "zone", "locale", "tone", "flag", "texts", "points", "moment",
    "decision", "body", "reference", "table", "tables",
]  # fmt: skip


@attrs.frozen(kw_only=True)
class Field:
    """One key of an interview table.

    Attributes:
        name: The key as written in the file.
        kind: What the value holds (see the module's table).
        about: What the field means, for people: the schema's description.
        required: The table is refused without it.
        examples: Values an editor may offer when completing the field.
    """

    name: str
    kind: Kind
    about: str
    required: bool = False
    examples: tuple[object, ...] = ()


def _table(*fields: Field) -> Mapping[str, Field]:
    return {field.name: field for field in fields}


CANDIDATE = _table(
    Field(
        name="name", kind="line", required=True, examples=("Sam Lee",),
        about="Your full name, as it is signed under every note.",
    ),
    Field(
        name="email", kind="email", examples=("sam.lee@example.com",),
        about="Your email address; the drafts are sent from it.",
    ),
    Field(
        name="phone", kind="line",
        about="Your phone number, for the signature if you want it there.",
    ),
    Field(
        name="other_companies", kind="texts", examples=(["Globex"],),
        about="Other employers you are talking to; a note that names one of them is flagged.",
    ),
    Field(
        name="strength", kind="line",
        about="One line, in your own words, on what you would bring to the job. A note closes "
        "with it when none of its talking points says what it meant to you.",
    ),
)  # fmt: skip

INTERVIEW = _table(
    Field(
        name="company", kind="line", required=True, examples=("Acme Robotics",),
        about="The employer, written the way the company writes its own name.",
    ),
    Field(
        name="position", kind="line", required=True, examples=("Data Engineer",),
        about="The job you interviewed for.",
    ),
    Field(
        name="at_company", kind="line", examples=("bei den Stadtwerken Leipzig",),
        about='The words for "at the company" in the note\'s language, only where the bare '
        "name does not fit a sentence; otherwise the language pack supplies them.",
    ),
    Field(
        name="start", kind="moment", required=True, examples=("2026-11-24T10:00:00-05:00",),
        about="When the interview began: a date-time with its UTC offset, or a date.",
    ),
    Field(
        name="end", kind="moment", examples=("2026-11-24T12:30:00-05:00",),
        about="When the interview ended, of the same kind as start (date-time or date) and "
        "not before it.",
    ),
    Field(
        name="timezone", kind="zone", examples=("America/New_York", "Europe/Berlin"),
        about="The IANA time zone where the interview took place.",
    ),
    Field(
        name="decision_expected", kind="decision", examples=("a week", "P10D", "2026-12-04"),
        about="What you were told about when they will decide, as said: a phrase (\"a week\", "
        '"by Friday"), an ISO 8601 duration (P10D) or a date. The follow-up is planned '
        "after it.",
    ),
    Field(
        name="talking_points", kind="points",
        about="Points that came up with everyone you met; each note uses them after the "
        "reader's own.",
    ),
)  # fmt: skip

INTERVIEWER = _table(
    Field(
        name="name", kind="line", required=True, examples=("Dana Reyes",),
        about="The person's full name, as they write it.",
    ),
    Field(
        name="honorific", kind="honorific", examples=("Ms.", "Dr.", "Frau", "Madame"),
        about="Used exactly as written in a formal salutation; never guessed, so leave it out "
        "when unsure.",
    ),
    Field(
        name="first_name", kind="line",
        about="The given name for a warm salutation, when the name does not split simply.",
    ),
    Field(
        name="last_name", kind="line",
        about="The family name for a formal salutation, when the name does not split simply.",
    ),
    Field(
        name="title", kind="line", examples=("Engineering Manager",),
        about="Their job title.",
    ),
    Field(
        name="email", kind="email", examples=("dana.reyes@acme.example",),
        about="Where their note goes; without it a draft has no recipient.",
    ),
    Field(
        name="phone", kind="line",
        about="Their phone number, for a follow-up call they agreed to.",
    ),
    Field(
        name="timezone", kind="zone", examples=("America/Chicago",),
        about="Their IANA time zone, when it differs from the interview's; a call is planned "
        "in their morning.",
    ),
    Field(
        name="may_call", kind="flag",
        about="They said a call is welcome; without it no call is ever planned.",
    ),
    Field(
        name="hiring_manager", kind="flag",
        about="This person makes the hiring decision; the follow-up goes to them.",
    ),
    Field(
        name="talking_points", kind="points",
        about="What stood out in your conversation with this person, written as you would "
        "jot it down.",
    ),
)  # fmt: skip

POINT = _table(
    Field(
        name="point", kind="body", required=True, examples=("the move to Epic next spring",),
        about="The talking point itself.",
    ),
    Field(
        name="link", kind="body", examples=("I led our Cerner go-live in 2023.",),
        about="A sentence of yours, about you, on what the point meant to you; the note "
        "says it with its shorthand written out, and leaves out one that reads as a note "
        "to yourself.",
    ),
)  # fmt: skip

TOP = _table(
    Field(
        name="locale", kind="locale", examples=("en_US", "en_GB"),
        about="The language and region the notes are written for.",
    ),
    Field(
        name="tone", kind="tone",
        about="How the notes sound: formal, warm or concise.",
    ),
    Field(
        name="candidate", kind="table", required=True,
        about="You, the person who was interviewed.",
    ),
    Field(
        name="interview", kind="table", required=True,
        about="The interview: where, for what job, when, and what was said about the decision.",
    ),
    Field(
        name="interviewers", kind="tables", required=True,
        about="Everyone you met, one table each; each gets a note of their own.",
    ),
    Field(
        name="$schema", kind="reference",
        about="The address of this schema, for editors; thanknote does not read it.",
    ),
)  # fmt: skip

TABLES: Mapping[str, Mapping[str, Field]] = {
    "candidate": CANDIDATE,
    "interview": INTERVIEW,
    "interviewers": INTERVIEWER,
}
"""The fields of each table (and of each table in a list) of the top level."""
