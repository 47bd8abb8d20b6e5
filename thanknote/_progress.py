"""The progress file beside an interview file: replies received, steps done.

``acme.toml`` (or ``acme.json``) holds what the candidate knew when the
interview ended; ``acme.progress.toml`` beside it holds what happened since::

    [[replies]]
    kind = "rejection"                  # answer, offer or rejection
    at = 2026-12-03T10:00:00-05:00      # with its UTC offset
    sender = "Dana Reyes"               # optional: who wrote, one of the panel

    [[done]]
    step = "thank_you:dana-reyes"
    at = 2026-11-24T15:10:00-05:00      # optional

thanknote never writes to the interview file. Marking a step done adds a
``[[done]]`` table at the end of the progress file as text, so whatever is
already there (comments, order, layout) stays byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from thanknote._files import write_atomic
from thanknote.errors import InvalidInterviewError, Problem
from thanknote.load import read_document
from thanknote.model import REPLY_KINDS, Reply

__all__ = [
    "SUFFIX",
    "Progress",
    "append_done",
    "is_progress_file",
    "progress_path",
    "read_progress",
]

SUFFIX = ".progress.toml"
"""What an interview file's name takes, in place of its own suffix, for its progress file."""

_TOP = ("replies", "done")
_REPLY = ("kind", "at", "sender")
_DONE = ("step", "at")
_KEY = re.compile(r"[a-z_]+(?::[a-z0-9-]+)?")


@attrs.frozen(kw_only=True)
class Progress:
    """What a progress file says.

    Attributes:
        replies: What came back from the employer, in file order.
        done: The keys of the steps marked done (``"thank_you:dana-reyes"``).
    """

    replies: tuple[Reply, ...] = ()
    done: tuple[str, ...] = ()


def progress_path(interview: Path) -> Path:
    """The progress file of an interview file: ``acme.toml`` → ``acme.progress.toml``."""
    return interview.with_name(interview.stem + SUFFIX)


def is_progress_file(path: Path) -> bool:
    """Whether ``path`` is named as a progress file rather than an interview."""
    return path.name.lower().endswith(SUFFIX)


def read_progress(path: Path) -> Progress:
    """Read a progress file; a missing one means nothing happened yet.

    Raises:
        InvalidInterviewError: The file cannot be read, or holds something
            other than replies and done steps; every problem names its field.
    """
    if not path.exists() and not path.is_symlink():
        return Progress()
    label = str(path)
    data = read_document(path, label)
    problems: list[Problem] = []

    def fail(field: str, message: str) -> None:
        problems.append(Problem(field=field, message=message, source=label))

    for key in data:
        if key not in _TOP:
            fail(key, f"unknown field; a progress file holds {' and '.join(_TOP)}")
    replies = [
        reply
        for i, row in enumerate(_tables(data, "replies", fail))
        if (reply := _reply(row, f"replies[{i}]", fail)) is not None
    ]
    done = [
        step
        for i, row in enumerate(_tables(data, "done", fail))
        if (step := _done(row, f"done[{i}]", fail)) is not None
    ]
    if problems:
        raise InvalidInterviewError(problems, label)
    return Progress(replies=tuple(replies), done=tuple(done))


def append_done(path: Path, keys: Sequence[str], *, at: dt.datetime, interview: str) -> None:
    """Add one ``[[done]]`` table per key at the end of the progress file, atomically.

    Args:
        path: The progress file; created, with a comment saying what it is,
            when missing.
        keys: Step keys, as :func:`thanknote.agenda` names them.
        at: When the steps were done (timezone-aware).
        interview: The interview file's name, for the new file's comment.

    Raises:
        InvalidInterviewError: The file as it stands cannot take the tables
            (it is not valid TOML, or ``done`` is not a list of tables there);
            nothing is written.
    """
    try:
        old = path.read_bytes().decode("utf-8-sig") if path.exists() else _header(interview)
    except (OSError, UnicodeDecodeError) as err:
        problem = Problem(field="", message=f"cannot read file: {err}", source=str(path))
        raise InvalidInterviewError([problem], str(path)) from None
    added = "".join(
        f'\n[[done]]\nstep = "{key}"\nat = {at.isoformat(timespec="seconds")}\n' for key in keys
    )
    text = old + ("" if not old or old.endswith("\n") else "\n") + added
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        problem = Problem(field="done", message=f"cannot add a table: {err}", source=str(path))
        raise InvalidInterviewError([problem], str(path)) from None
    write_atomic(path, text.encode(), overwrite=True)


def _header(interview: str) -> str:
    return (
        f"# What happened after the interview in {interview}: replies received\n"
        "# ([[replies]]: kind, at, sender) and steps done ([[done]]: step, at).\n"
        "# `thanknote done` adds [[done]] tables at the end; edit the rest freely.\n"
    )


def _tables(data: Mapping[str, Any], name: str, fail: Any) -> Iterable[Mapping[str, Any]]:
    rows = data.get(name, [])
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        fail(name, f"expected a list of tables ([[{name}]])")
        return []
    return rows


def _unknown(row: Mapping[str, Any], field: str, known: tuple[str, ...], fail: Any) -> None:
    for key in row:
        if key not in known:
            fail(f"{field}.{key}", f"unknown field; expected {', '.join(known)}")


def _moment(value: object, field: str, fail: Any) -> dt.datetime | None:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            fail(field, f"{value!r} is not an ISO 8601 date-time")
            return None
    if not isinstance(value, dt.datetime):
        fail(field, "expected a date-time with its UTC offset, like 2026-12-03T10:00:00-05:00")
        return None
    if value.utcoffset() is None:
        fail(field, f"{value.isoformat()} has no UTC offset; add one, like -05:00")
        return None
    return value


def _reply(row: Mapping[str, Any], field: str, fail: Any) -> Reply | None:
    _unknown(row, field, _REPLY, fail)
    kind = row.get("kind")
    ok = True
    if kind not in REPLY_KINDS:
        fail(f"{field}.kind", f"expected one of {', '.join(REPLY_KINDS)}, got {kind!r}")
        ok = False
    if "at" not in row:
        fail(f"{field}.at", "missing; when the reply arrived")
        ok = False
    at = _moment(row.get("at"), f"{field}.at", fail) if "at" in row else None
    sender = row.get("sender")
    if sender is not None and (not isinstance(sender, str) or not sender.strip()):
        fail(f"{field}.sender", "expected the name of the interviewer who wrote")
        ok = False
    if not ok or at is None:
        return None
    return Reply(kind=kind, at=at, sender=sender)  # type: ignore[arg-type]  # checked above


def _done(row: Mapping[str, Any], field: str, fail: Any) -> str | None:
    _unknown(row, field, _DONE, fail)
    step = row.get("step")
    if "at" in row:
        _moment(row["at"], f"{field}.at", fail)
    if not isinstance(step, str) or _KEY.fullmatch(step) is None:
        fail(f"{field}.step", f"expected a step such as 'thank_you:dana-reyes', got {step!r}")
        return None
    return step
