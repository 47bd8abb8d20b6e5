"""Drafting many interviews at once, one result per item, never stopping early.

:func:`draft_many` is a generator: it loads and drafts one item at a time,
so memory stays flat however long the batch. Results and errors are plain
picklable records, and nothing is shared between items, so a host can spread
a batch over threads, processes or its own job queue; ``workers=N`` spreads
it over N processes itself.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import attrs

from thanknote.errors import InvalidOptionError, ThanknoteError
from thanknote.load import load_interview
from thanknote.model import Interview, Note, NoteKind, Tone
from thanknote.render import NoteBuilder, shared_builder

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
    workers: int = 1,
    chunk_size: int = 64,
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
        builder: A builder to reuse; by default the one
            :func:`~thanknote.draft` keeps for the same ``template_dirs``, so
            that a second batch does not compile the templates again.
            With ``workers``, on Linux and from a process running no other
            thread, the processes start as copies of this one and draft with
            the builder as it is, its compiled templates included; elsewhere
            each process makes its own with the same settings.
        workers: Processes to draft in. With more than one, items go to the
            processes ``chunk_size`` at a time (the items themselves, never a
            builder) and a few chunks at most are in flight, so memory stays
            flat; each note comes back with its HTML already rendered.
        chunk_size: Items sent to a process at once, with ``workers``.
            Processes are forked only from a process with one thread (a
            forked child inherits other threads' locks mid-use); otherwise
            they are started fresh (``forkserver``, or ``spawn`` where there
            is none), and, as with any such pool, the program that calls
            this must then be importable, with its work under
            ``if __name__ == "__main__":``.

    Returns:
        An iterator of one :class:`DraftResult` per item, made as it is read:
        its notes, or the :class:`~thanknote.ThanknoteError` that stopped
        it. A failing item never stops the batch, nor does a worker process
        that dies: the chunks it held are tried again one by one on fresh
        processes, and only the items of a chunk that ends one again fail.

    Raises:
        InvalidOptionError: ``workers`` or ``chunk_size`` is not a positive
            whole number.
    """
    for name, value in (("workers", workers), ("chunk_size", chunk_size)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidOptionError(
                name, value, f"expected a positive whole number, got {value!r}"
            )
    maker = builder if builder is not None else shared_builder(template_dirs)
    options = _Options(tone=tone, locale=locale, kind=kind, template=template)
    if workers == 1:
        return _draft_all(maker, options, enumerate(items))
    return _draft_in_processes(maker, options, items, workers, chunk_size)


@attrs.frozen(kw_only=True)
class _Options:
    """What every item of a batch is drafted with."""

    tone: Tone | None
    locale: str | None
    kind: NoteKind
    template: str | os.PathLike[str] | None


def _draft_all(
    maker: NoteBuilder, options: _Options, items: Iterable[tuple[int, Item]]
) -> Iterator[DraftResult]:
    for index, item in items:
        yield _draft_one(maker, options, index, item)


def _draft_one(maker: NoteBuilder, options: _Options, index: int, item: Item) -> DraftResult:
    name = _name_of(item)
    try:
        interview = item if isinstance(item, Interview) else load_interview(item)
        notes = maker.draft(
            interview,
            tone=options.tone,
            locale=options.locale,
            kind=options.kind,
            template=options.template,
        )
    except ThanknoteError as err:
        return DraftResult(index=index, name=name, error=err)
    except Exception as err:  # one item's failure must not end the batch
        wrapped = ThanknoteError(f"{type(err).__name__}: {err}")
        return DraftResult(index=index, name=name, error=wrapped)
    return DraftResult(index=index, name=name, notes=notes)


# -- processes ------------------------------------------------------------------

_Settings = dict[str, Any]
_worker_builder: NoteBuilder | None = None
_worker_items: Sequence[Item] = ()


def _settings(maker: NoteBuilder) -> _Settings:
    """What a worker needs to make a builder like ``maker``: small and picklable."""
    return {
        "template_dirs": maker.template_dirs,
        "tone": maker.tone,
        "locale": maker.locale,
        "sandboxed": maker.sandboxed,
        "packs": bool(maker.packs),
        "fallback": maker.fallback,
        "limits": maker.limits,
    }


def _start_worker(settings: _Settings) -> None:
    global _worker_builder  # one builder per process, made once
    _worker_builder = NoteBuilder(**settings)


def _adopt(builder: NoteBuilder, items: Sequence[Item]) -> None:
    # A forked process holds a copy of the caller's builder already (the
    # templates it compiled, the calendars it read) and of a batch given as
    # a list, so only the places of a chunk's items need to be sent.
    global _worker_builder, _worker_items
    _worker_builder, _worker_items = builder, items


def _draft_places(options: _Options, start: int, stop: int) -> list[_Sent]:
    return _draft_chunk(options, list(enumerate(_worker_items[start:stop], start)))


# A note as it crosses back from a worker: its interviewer's place in the panel
# and its strings, the HTML already rendered. The records (the interview, the
# people) are the ones the calling process sent, so they are not pickled back
# and rebuilt for every note; only an interview the worker read from a file or
# a mapping comes back, once per item.
_SentNote = tuple[
    int,
    NoteKind,
    str | None,
    str | None,
    str | None,
    str,
    str | None,
    str,
    str,
    Tone,
    tuple[str, ...],
]
_Sent = tuple[int, str | None, ThanknoteError | None, Interview | None, tuple[_SentNote, ...]]


def _draft_chunk(options: _Options, chunk: list[tuple[int, Item]]) -> list[_Sent]:
    assert _worker_builder is not None
    sent = []
    for (_, item), result in zip(chunk, _draft_all(_worker_builder, options, chunk), strict=True):
        interview = result.notes[0].interview if result.notes else None
        place = {id(p): n for n, p in enumerate(interview.interviewers)} if interview else {}
        notes = tuple(
            (
                place[id(note.interviewer)],
                note.kind,
                note.to,
                note.sender,
                note.subject,
                note.text,
                note.html,
                note.template,
                note.locale,
                note.tone,
                note.lint_ignore,
            )
            for note in result.notes
        )
        back = None if isinstance(item, Interview) else interview
        sent.append((result.index, result.name, result.error, back, notes))
    return sent


def _received(chunk: list[tuple[int, Item]], sent: list[_Sent]) -> list[DraftResult]:
    """The results of a chunk a worker drafted, made of the records sent to it."""
    results = []
    for (_, item), (index, name, error, back, notes) in zip(chunk, sent, strict=True):
        interview = back if back is not None else item
        if error is not None or not isinstance(interview, Interview):
            results.append(DraftResult(index=index, name=name, error=error))
            continue
        people = interview.interviewers
        results.append(
            DraftResult(
                index=index,
                name=name,
                notes=tuple(
                    Note(
                        kind=kind,
                        interviewer=people[person],
                        interview=interview,
                        to=to,
                        sender=sender,
                        subject=subject,
                        text=text,
                        html=html,
                        template=template,
                        locale=locale,
                        tone=tone,
                        lint_ignore=ignore,
                    )
                    for (
                        person,
                        kind,
                        to,
                        sender,
                        subject,
                        text,
                        html,
                        template,
                        locale,
                        tone,
                        ignore,
                    ) in notes
                ),
            )
        )
    return results


def _draft_in_processes(
    maker: NoteBuilder, options: _Options, items: Iterable[Item], workers: int, size: int
) -> Iterator[DraftResult]:
    numbered = enumerate(items)
    pending: collections.deque[tuple[list[tuple[int, Item]], Future[list[_Sent]]]]
    pending = collections.deque()
    listed: Sequence[Item] = items if isinstance(items, list | tuple) else ()
    pool, forked = _pool(maker, listed, workers)

    def submit(chunk: list[tuple[int, Item]]) -> Future[list[_Sent]]:
        if listed and forked:
            return pool.submit(_draft_places, options, chunk[0][0], chunk[-1][0] + 1)
        return pool.submit(_draft_chunk, options, chunk)

    def send(chunk: list[tuple[int, Item]]) -> Future[list[_Sent]]:
        nonlocal pool, forked
        try:
            return submit(chunk)
        except BrokenProcessPool:
            pool.shutdown(cancel_futures=True)
            pool, forked = _pool(maker, listed, workers)
            return submit(chunk)

    def refill() -> None:
        # Two chunks per process in flight: none waits for work, and memory
        # holds a few chunks, not the batch.
        while len(pending) < 2 * workers:
            chunk = list(itertools.islice(numbered, size))
            if not chunk:
                return
            pending.append((chunk, send(chunk)))

    def alone(chunk: list[tuple[int, Item]]) -> list[DraftResult]:
        # Which chunk ended the process is not known: each one that was on
        # the broken pool is tried again by itself on a fresh one.
        nonlocal pool, forked
        pool.shutdown(cancel_futures=True)
        pool, forked = _pool(maker, listed, workers)
        try:
            return _received(chunk, send(chunk).result())
        except Exception as err:  # it ended a process again: it is the one
            pool.shutdown(cancel_futures=True)
            pool, forked = _pool(maker, listed, workers)
            return list(_failed(chunk, err))

    try:
        refill()
        while pending:
            chunk, future = pending.popleft()
            try:
                results = _received(chunk, future.result())
            except BrokenProcessPool:
                results = alone(chunk)
                waiting = list(pending)
                pending.clear()
                for other, sent in waiting:
                    finished = sent.done() and not sent.cancelled() and sent.exception() is None
                    pending.append((other, sent if finished else send(other)))
            except Exception as err:  # a result that could not come back (say, unpicklable)
                results = list(_failed(chunk, err))
            yield from results
            refill()
    finally:
        pool.shutdown(cancel_futures=True)


def _pool(
    maker: NoteBuilder, items: Sequence[Item], workers: int
) -> tuple[ProcessPoolExecutor, bool]:
    """A pool of ``workers`` processes, and whether they are forked from this one."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _threads() == 1:
        # All processes are forked when the pool starts, before it runs a
        # thread of its own, so each is a copy of a process with one thread.
        # The arguments are inherited, not pickled.
        forked = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_adopt,
            initargs=(maker, items),
        )
        return forked, True
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    fresh = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(_settings(maker),)
    )
    return fresh, False


def _threads() -> int | None:
    """The threads this process runs, as the system counts them (Linux only).

    ``threading`` knows only the threads Python started; one started by a
    C library (a database driver, a numeric library's pool) holds locks too.
    ``None`` where the count is not known, which rules forking out.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


def _failed(chunk: list[tuple[int, Item]], err: BaseException) -> Iterator[DraftResult]:
    wrapped = ThanknoteError(f"drafting process failed: {type(err).__name__}: {err}")
    for index, item in chunk:
        yield DraftResult(index=index, name=_name_of(item), error=wrapped)


def _name_of(item: Item) -> str | None:
    """The path an item was read from, for its result; ``None`` for a record or a mapping."""
    return os.fspath(item) if isinstance(item, str | os.PathLike) else None
