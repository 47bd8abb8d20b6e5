"""The closed vocabularies of the records: tones, kinds of note, output formats, replies.

Apart from :mod:`thanknote.model` so that what only needs the words (the
command line's choices, the lint configuration) does not build every record
class on a cold start; the model re-exports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

__all__ = [
    "FORMATS",
    "KINDS",
    "REPLY_KINDS",
    "TONES",
    "Format",
    "NoteKind",
    "ReplyKind",
    "Tone",
    "strings",
]

Tone = Literal["formal", "warm", "concise"]
NoteKind = Literal["thank_you", "card", "follow_up", "rejection_reply"]
ReplyKind = Literal["answer", "offer", "rejection"]
Format = Literal["text", "html", "eml", "json"]
TONES: tuple[Tone, ...] = ("formal", "warm", "concise")
KINDS: tuple[NoteKind, ...] = ("thank_you", "card", "follow_up", "rejection_reply")
REPLY_KINDS: tuple[ReplyKind, ...] = ("answer", "offer", "rejection")
FORMATS: tuple[Format, ...] = ("text", "html", "eml", "json")


# The converters of the sequence fields: any iterable, kept as a tuple. One
# per element type, not one generic one: mypy's attrs plugin types each
# __init__ argument from its converter's parameter, and a type variable
# there would stay unsolved and refuse every argument.
def strings(items: Iterable[str]) -> tuple[str, ...]:
    """Any iterable of strings as a tuple (the lint configuration's converter too)."""
    return tuple(items)
