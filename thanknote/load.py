"""Reading an interview from a TOML or JSON file, or from a mapping.

The loader checks everything before it builds a single record, and reports
every problem of the input in one :class:`~thanknote.errors.InvalidInterviewError`,
each with the path of its field (``interviewers[1].email``) and the file it
came from. Unknown fields are errors, so a typo such as ``talking_point`` is
never silently ignored.

:func:`check_interview` adds the warnings: things that do not stop a note
from being drafted but that the user should hear about.

The work is done by private modules, one job each: reading and bounding the
file (:mod:`thanknote._documents`), reading one field by its kind
(:mod:`thanknote._field_reader`), walking the document and building its
records (:mod:`thanknote._interview_reader`), and the warnings
(:mod:`thanknote._interview_warnings`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from thanknote._describe import kind_of
from thanknote._documents import MAX_FILE_BYTES, read_document
from thanknote._interview_reader import InterviewReader
from thanknote._interview_warnings import check_interview
from thanknote.errors import InvalidInterviewError, Problem
from thanknote.model import Interview

__all__ = ["MAX_FILE_BYTES", "check_interview", "load_interview", "read_document"]


def load_interview(
    source: str | os.PathLike[str] | Mapping[str, Any], *, name: str | None = None
) -> Interview:
    """Load and validate an interview.

    Args:
        source: Path to a ``.toml`` or ``.json`` file, or a mapping of the
            same shape (dates as ISO 8601 strings or ``datetime`` objects).
        name: How to call the source in messages; defaults to the path.

    Returns:
        The validated :class:`~thanknote.Interview`.

    Raises:
        InvalidInterviewError: The input cannot be used. ``problems`` lists
            every problem found, each with its field path and source.
    """
    if isinstance(source, Mapping):
        return InterviewReader(name).interview(source)
    if not isinstance(source, str | os.PathLike):
        raise InvalidInterviewError(
            [
                Problem(
                    field="", message=f"expected a file path or a mapping, got {kind_of(source)}"
                )
            ],
            name,
        )
    path = Path(source)
    label = name if name is not None else str(source)
    return InterviewReader(label).interview(read_document(path, label))
