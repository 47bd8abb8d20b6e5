"""How a value from an input file is named in a message: its kind, a short quote, its path.

Shared by the reading of a file and the reading of its fields, so a message
quotes a value the same way whichever of the two refused it. Every function
here is cheap on any input: a value may be megabytes long, or an integer
whose ``repr()`` raises.
"""

from __future__ import annotations

import datetime as dt
import reprlib

__all__ = ["MAX_KEY_SHOWN", "field_path", "key_text", "kind_of", "shown"]

MAX_KEY_SHOWN = 60
"""Characters of an unknown key shown in a field path."""


def field_path(path: str, key: object) -> str:
    """The path of ``key`` inside the table at ``path`` (``interviewers[1].email``)."""
    name = key_text(key)
    return f"{path}.{name}" if path else name


def key_text(key: object) -> str:
    """A key as it appears in a field path: short, and quoted unless printable."""
    if not isinstance(key, str):
        return shown(key)
    cut = key if len(key) <= MAX_KEY_SHOWN else key[: MAX_KEY_SHOWN - 1] + "…"
    return cut if cut.isprintable() else shown(cut)  # no line break or escape in a path


def kind_of(value: object) -> str:
    """The kind of a value in the words of a TOML or JSON user ("a table", "null")."""
    names = {
        bool: "a boolean", int: "a number", float: "a number", str: "a string",
        list: "a list", tuple: "a list", dict: "a table", type(None): "null",
        dt.datetime: "a date-time", dt.date: "a date", dt.time: "a time",
    }  # fmt: skip
    return names.get(type(value), type(value).__name__)


def shown(value: object, limit: int = 60) -> str:
    """A value as quoted in a message: short, and never costly to work out."""
    if isinstance(value, str):
        text = repr(value[: limit + 1])  # cut before repr: a value may be megabytes
    else:
        try:
            text = _SHORT.repr(value)
        except Exception:  # an object whose repr fails still needs a message
            text = kind_of(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ShortRepr(reprlib.Repr):
    def repr_int(self, x: int, level: int) -> str:
        # repr() of an int over 4,300 digits raises ValueError
        return super().repr_int(x, level) if x.bit_length() < 1_000 else "a very long number"


_SHORT = _ShortRepr()
_SHORT.maxlevel = 3
_SHORT.maxstring = _SHORT.maxother = _SHORT.maxlong = 60
