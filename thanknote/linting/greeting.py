"""Who a greeting names: its honorific and name words, matched against people.

The engine asks it to tell whom a hand-written note is for; the name rules
ask it whether the greeting names the right person.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from thanknote.linting.patterns import honorific_words

if TYPE_CHECKING:
    from thanknote.model import Interviewer

__all__ = ["fold", "matches_person", "name_words"]

_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A word, with its full stop; "Dott.ssa" and "Eng.ª" are one word.
_GREETING_WORD = re.compile(r"[^\W\d_][\w'’-]*(?:\.[^\W\d_]+)*\.?")


def fold(text: str) -> str:
    """``text`` in NFC and case-folded, as names are compared."""
    return unicodedata.normalize("NFC", text).casefold()


def name_words(span_text: str) -> tuple[str | None, list[str]]:
    """Split a greeting's name ("Ms. Reyes") into its honorific and name words."""
    words = _GREETING_WORD.findall(span_text)
    honorific = None
    if words and words[0].rstrip(".").casefold() in honorific_words():
        honorific = words.pop(0)
    return honorific, [w.rstrip(".") for w in words]


@functools.lru_cache(maxsize=256)
def _forms(person: Interviewer) -> tuple[frozenset[str], frozenset[str]]:
    """The ways a greeting may name ``person`` in full, and every word of their name."""
    words = [fold(w) for w in _NAME_WORD.findall(person.name)]
    first, last = fold(person.first_name), fold(person.last_name)
    return frozenset({" ".join(words), first, last}), frozenset(words) | {first, last}


def matches_person(words: Sequence[str], person: Interviewer) -> bool:
    """Whether the name words of a greeting designate ``person``."""
    folded = [fold(w) for w in words]
    whole, parts = _forms(person)
    return " ".join(folded) in whole or (bool(folded) and all(w in parts for w in folded))
