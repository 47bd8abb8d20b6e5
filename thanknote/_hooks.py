"""Where the layers above the records hand them the deprecated conveniences.

A :class:`~thanknote.model.Note` is data and imports nothing above it, yet
``note.report``, ``note.to_email()`` and ``note.mailto()`` worked in earlier
releases. The package registers the functions behind them here when it is
imported (:mod:`thanknote._deprecated`), so the record calls down, never up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["NOTE_METHODS"]

NOTE_METHODS: dict[str, Callable[..., Any]] = {}
"""``"report"``, ``"to_email"`` and ``"mailto"``, each taking the note first."""
