"""Drafting many interviews at once, one result per item, never stopping early.

:func:`draft_many` is a generator: it loads and drafts one item at a time,
so memory stays flat however long the batch. Results and errors are plain
picklable records, and nothing is shared between items, so a host can spread
a batch over threads, processes or its own job queue.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from thanknote.errors import ThanknoteError
from thanknote.load import load_interview
from thanknote.model import Interview, Note, NoteKind, Tone
from thanknote.render import NoteBuilder

__all__ = ["DraftResult", "draft_many"]

Item = Interview | Mapping[str, Any] | str | os.PathLike[str]


@attrs.frozen(kw_only=True)
class DraftResult:
    """What drafting one item of a batch gave.

    Attributes:
        index: The item's place in the batch (0-based).
        name: The file path, or ``None`` for an interview or a mapping.
        notes: The drafted notes; empty when drafting failed.
        error: Why the item failed, or ``None``.
    """

    index: int
    name: str | None
    notes: tuple[Note, ...] = ()
    error: ThanknoteError | None = attrs.field(default=None, eq=False)

    @property
    def ok(self) -> bool:
        """Whether the item was drafted."""
        return self.error is None


def draft_many(
    items: Iterable[Item],
    *,
    tone: Tone | None = None,
    locale: str | None = None,
    kind: NoteKind = "thank_you",
    template: str | os.PathLike[str] | None = None,
    template_dirs: Sequence[str | os.PathLike[str]] = (),
    builder: NoteBuilder | None = None,
) -> Iterator[DraftResult]:
    """Draft the notes for every item, yielding one result per item, in order.

    Args:
        items: Interviews, mappings of the interview shape, or paths to
            interview files, in any mix.
        tone: As for :func:`~thanknote.draft`.
        locale: As for :func:`~thanknote.draft`.
        kind: As for :func:`~thanknote.draft`.
        template: As for :func:`~thanknote.draft`.
        template_dirs: Folders searched before the built-in templates.
        builder: A builder to reuse; by default one is made for the batch.

    Yields:
        A :class:`DraftResult` per item: its notes, or the
        :class:`~thanknote.ThanknoteError` that stopped it. A failing item
        never stops the batch.
    """
    maker = builder if builder is not None else NoteBuilder(template_dirs)
    for index, item in enumerate(items):
        name = os.fspath(item) if isinstance(item, str | os.PathLike) else None
        try:
            interview = item if isinstance(item, Interview) else load_interview(item)
            notes = maker.draft(interview, tone=tone, locale=locale, kind=kind, template=template)
        except ThanknoteError as err:
            yield DraftResult(index=index, name=name, error=err)
        except Exception as err:  # one item's failure must not end the batch
            wrapped = ThanknoteError(f"{type(err).__name__}: {err}")
            yield DraftResult(index=index, name=name, error=wrapped)
        else:
            yield DraftResult(index=index, name=name, notes=notes)
