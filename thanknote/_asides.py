"""What a writer jotted for themselves inside a talking point: reminders and asides.

A talking point is what was said in the interview, but people also jot what
they mean to do ("send portfolio?", "Referenzen schicken?", "oferecer o case
de NPS?") and what only they need to know ("(told her about Harrogate)",
"don't say 'rushed'"). Neither may reach the note, least of all as a question
the reader is said to have asked.

Each language pack lists them as shapes of talking point
(``[[talking_points.shapes]]``) of two kinds, tried before any other shape
wherever they stand in the list:

* ``kind = "reminder"``: the whole point is a note to self (a to-do, a thing
  to avoid); it is left out, and :func:`thanknote.check_interview` says why;
* ``kind = "aside"``: the words of an aside, in parentheses or after the last
  comma or semicolon, that are the writer's own (the reader in the third
  person, what the writer told them); the aside goes and the rest is placed.
  An aside that is a reminder goes too.
"""

from __future__ import annotations

import functools
import re

from thanknote.errors import InvalidOptionError
from thanknote.languages import language_pack

__all__ = ["ASIDE", "REMINDER", "is_reminder", "without_asides"]

REMINDER = "reminder"
"""The kind of shape that marks a whole point as a note to self."""

ASIDE = "aside"
"""The kind of shape that marks an aside's words as the writer's own."""

_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
# The last part after a comma or semicolon: "asked about X, told her about Y".
_LAST_PART = re.compile(r"\s*[,;]\s+([^,;]+)$")


@functools.lru_cache(maxsize=32)
def _patterns(language: str, kind: str) -> tuple[re.Pattern[str], ...]:
    pack = language_pack(language)
    found = []
    for index, row in enumerate(pack.lexicon.point_shapes):
        if row.get("kind") != kind:
            continue
        try:
            found.append(re.compile(row["pattern"], re.IGNORECASE))
        except re.error as err:
            where = f"{pack.folder / 'language.toml'}: talking_points.shapes[{index}]"
            raise InvalidOptionError("language pack", where, f"{where}: pattern: {err}") from None
    return tuple(found)


def is_reminder(text: str, language: str) -> bool:
    """Whether the words are a note to self: something to do or to avoid saying."""
    said = " ".join(text.split()).strip()
    return any(p.fullmatch(said) for p in _patterns(language, REMINDER))


def _is_own(aside: str, language: str) -> bool:
    said = " ".join(aside.split()).strip(" .!")
    if not said:
        return False
    return is_reminder(said, language) or any(p.fullmatch(said) for p in _patterns(language, ASIDE))


def without_asides(text: str, language: str) -> str:
    """The point without the asides that are the writer's own.

    "asked me about my worst snagging list ever (told her about Harrogate)"
    → "asked me about my worst snagging list ever"; "the Kirkstall scheme
    (140 units)" keeps its parenthesis, which names a thing.
    """
    if not _patterns(language, REMINDER) and not _patterns(language, ASIDE):
        return text
    kept = _PARENTHESIS.sub(lambda m: "" if _is_own(m.group(1), language) else m.group(), text)
    while True:
        last = _LAST_PART.search(kept)
        if last is None or not _is_own(last.group(1), language):
            return kept.strip()
        kept = kept[: last.start()]
