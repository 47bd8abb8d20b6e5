"""A text worked out on first read, for parts of a note not every caller reads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

__all__ = ["Deferred"]


class Deferred:
    """A string that is made when first asked for, then kept.

    A note's HTML costs as much to render as its text, yet a script that
    only prints or lints notes never reads it. The note holds one of these
    instead; it compares, hashes and pickles as the string it stands for
    (a pickled note carries the finished HTML, never the template).
    """

    __slots__ = ("_lock", "_make", "_value")

    def __init__(self, make: Callable[[], str]) -> None:
        self._make: Callable[[], str] | None = make
        self._value: str | None = None
        self._lock = threading.Lock()

    def value(self) -> str:
        """The string, made on the first call."""
        if self._value is None:
            with self._lock:  # two threads reading at once render it once
                if self._value is None:
                    make = self._make
                    assert make is not None
                    self._value = make()
                    self._make = None  # let the template and its context go
        return self._value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Deferred):
            return self.value() == other.value()
        if isinstance(other, str):
            return self.value() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.value())

    def __repr__(self) -> str:
        return repr(self.value()) if self._value is not None else "<not rendered yet>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (self.value(),))
