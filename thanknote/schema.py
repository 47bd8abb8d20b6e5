"""The JSON Schema of the interview file, built from the loader's own table of fields.

Editors use it to complete and check an interview file as it is typed (Taplo
and VS Code's Even Better TOML for TOML, any JSON editor for JSON), and a
program that embeds thanknote can build its input form from it. It is made
from :mod:`thanknote._fields`, the table the loader reads fields by, so the
two cannot drift apart.

The schema checks the shape of a file: which keys each table may hold,
which are required, the type of every value, lengths and counts, the
characters a value may not contain, and the form of dates, time zone names
and locales. A few checks need code and stay with :func:`~thanknote.load_interview`
alone (:data:`CODE_ONLY_CHECKS`): a file the schema accepts can still be
refused for one of them, never for anything else.

TOML has dates and times of its own; like Taplo, the schema sees them as the
ISO 8601 strings a JSON file holds.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Mapping
from typing import Any

from thanknote._fields import (
    MAX_INTERVIEWERS,
    MAX_MOMENT,
    MAX_POINT,
    MAX_POINTS,
    MAX_TEXT,
    MAX_ZONE,
    POINT,
    SCHEMA_ID,
    TABLES,
    TOP,
    ZONE_NAME,
    Field,
)
from thanknote.model import TONES

__all__ = ["CODE_ONLY_CHECKS", "SCHEMA_ID", "interview_schema", "schema_text"]

CODE_ONLY_CHECKS: Mapping[str, str] = {
    "time zone": "a time zone name is one the tz database has (America/Chicago, not Mars/Olympus)",
    "locale": "a locale is one Babel knows; the schema checks only its form, like en_US",
    "decision": "decision_expected, when read, names a real day within two years",
    "email": "an email address is one a message can be sent to; the schema checks name@domain.tld",
    "honorific": "an honorific holds at least one letter",
    "calendar": "a date is a real calendar day (no February 30)",
    "order": "end is not before start, and is a date-time exactly when start is one",
    "decision date": "a decision date is not before the interview",
    "each person once": "no two interviewers share a name or an email address",
    "surrogate": "no text holds a lone surrogate (only a JSON escape can make one)",
    "file": "a JSON object names no key twice; a file is at most 1 MB and nested at most 32 deep",
}
"""What :func:`~thanknote.load_interview` checks beyond the schema: the only
reasons it may refuse a file the schema accepts."""

# Characters no value may hold: C0 and C1 controls, DEL, line and paragraph
# separators, and the bidirectional embeddings, overrides and isolates (see
# thanknote._header). Written as regex escapes so that every engine reads them.
_REFUSED = r"[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
_ENCODED_WORD = r"=\?"  # opens an RFC 2047 encoded word in a header
_YEAR = r"(?:19[0-9]{2}|2[01][0-9]{2}|2200)"  # YEARS, spelt out
_DAY = _YEAR + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
_CLOCK = r"(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?"
_OFFSET = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
_MOMENT = rf"^{_DAY}(?:[Tt ]{_CLOCK}{_OFFSET})?$"
# What is_email needs at the least: something, "@", and a domain of at least
# two dot-separated labels with a top-level label of two or more characters.
_EMAIL = r"^.+@(?:[^@.]+\.)+[^@.]{2,}$"
_LOCALE = r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$"


def interview_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of an interview file.

    The same schema ``thanknote schema`` prints; a fresh copy on every call,
    so the caller may change it (to add a title of its own, say).

    Returns:
        The schema as a JSON-compatible dict.
    """
    return copy.deepcopy(_schema())


def schema_text() -> str:
    """The schema as JSON text: two-space indents, keys in a fixed order, a final newline."""
    return json.dumps(_schema(), indent=2, ensure_ascii=False) + "\n"


@functools.cache
def _schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "thanknote interview",
        "description": (
            "What you know right after an interview: who you are, the interview, and everyone "
            "you met with what stood out in each conversation. thanknote drafts one thank-you "
            "note per interviewer from it and plans the follow-up."
        ),
        **_object(TOP),
    }


def _object(fields: Mapping[str, Field]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {name: _property(field) for name, field in fields.items()},
        "required": [name for name, field in fields.items() if field.required],
        "additionalProperties": False,
    }


def _property(field: Field) -> dict[str, Any]:
    schema = {"description": field.about, **_value(field)}
    if not field.required:
        _allow_null(schema)  # the loader reads null as "not given", as JSON writers expect
    if field.kind in _DEFAULTS:
        schema["default"] = _DEFAULTS[field.kind]
    if field.examples:
        schema["examples"] = list(field.examples)
    return schema


# What the loader takes a missing flag or list to mean.
_DEFAULTS: dict[str, object] = {"flag": False, "texts": [], "points": []}


def _allow_null(schema: dict[str, Any]) -> None:
    if "enum" in schema:
        schema["enum"] = [*schema["enum"], None]
    else:
        schema["type"] = [schema["type"], "null"]


def _value(field: Field) -> dict[str, Any]:
    """The schema of one field's value, by its kind."""
    kind = field.kind
    if kind in ("line", "honorific", "decision"):
        return _text(MAX_TEXT, header=True)
    if kind == "email":
        return {**_text(MAX_TEXT, header=True), "pattern": _EMAIL}
    if kind == "zone":
        return {**_text(MAX_ZONE, header=True), "pattern": f"^{ZONE_NAME}$"}
    if kind == "locale":
        return {**_text(MAX_TEXT, header=True), "pattern": _LOCALE}
    if kind == "tone":
        return {"enum": list(TONES)}
    if kind == "flag":
        return {"type": "boolean"}
    if kind == "moment":
        return {"type": "string", "maxLength": MAX_MOMENT, "pattern": _MOMENT}
    if kind == "body":
        return _text(MAX_POINT, header=False)
    if kind == "texts":
        return {"type": "array", "maxItems": MAX_POINTS, "items": _text(MAX_POINT, header=False)}
    if kind == "points":
        point = {
            "description": "A talking point, or a table with the point and what it meant to you.",
            "anyOf": [_text(MAX_POINT, header=False), _object(POINT)],
        }
        return {"type": "array", "maxItems": MAX_POINTS, "items": point}
    if kind == "reference":
        return {"type": "string"}
    if kind == "table":
        return _object(TABLES[field.name])
    if kind == "tables":
        items = _object(TABLES[field.name])
        return {"type": "array", "minItems": 1, "maxItems": MAX_INTERVIEWERS, "items": items}
    raise AssertionError(f"no schema for fields of kind {kind!r}")  # pragma: no cover


def _text(limit: int, *, header: bool) -> dict[str, Any]:
    """A string with a character other than white space, of at most ``limit`` characters.

    The refused characters are written as ``not`` a string matching them, so
    that the rule still holds where ``null`` is allowed beside the string.
    """
    refused = [{"type": "string", "pattern": _REFUSED}]
    if header:
        refused.append({"type": "string", "pattern": _ENCODED_WORD})
    return {
        "type": "string",
        "maxLength": limit,
        "pattern": r"\S",
        "not": {"anyOf": refused},
    }
