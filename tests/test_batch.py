"""Specification of drafting a batch across processes (``draft_many(workers=)``)."""

from __future__ import annotations

import itertools
import json
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
from builders import panel_data

import thanknote
from thanknote import batch
from thanknote.testing import make_interview


def _interviews(count: int) -> list[thanknote.Interview]:
    return [make_interview(interviewers=1 + n % 3, company=f"Company {n}") for n in range(count)]


def test_processes_give_the_same_notes_in_the_same_order() -> None:
    items = _interviews(12)
    alone = list(thanknote.draft_many(items))
    spread = list(thanknote.draft_many(items, workers=2, chunk_size=5))
    assert [r.index for r in spread] == list(range(12))
    assert [r.notes for r in spread] == [r.notes for r in alone]
    assert spread[3].notes[0].html == alone[3].notes[0].html


def test_a_failing_item_fails_alone() -> None:
    bad = panel_data(1)
    bad["interview"]["position"] = ""
    items: list[Any] = [*_interviews(3), bad, *_interviews(2)]
    results = list(thanknote.draft_many(items, workers=2, chunk_size=2))
    assert [r.ok for r in results] == [True, True, True, False, True, True]
    assert isinstance(results[3].error, thanknote.InvalidInterviewError)
    assert "interview.position" in str(results[3].error)


class _KillsItsProcess(Mapping[str, Any]):
    """An item whose reading ends the process reading it, at once."""

    def __getitem__(self, key: str) -> Any:
        os._exit(3)

    def __iter__(self) -> Iterator[str]:
        os._exit(3)

    def __len__(self) -> int:
        os._exit(3)


@pytest.mark.parametrize("given", [list, iter], ids=["a list", "an iterator"])
def test_a_process_that_dies_fails_only_the_item_that_ended_it(
    given: Callable[[list[Any]], Iterable[Any]],
) -> None:
    items: list[Any] = [*_interviews(2), _KillsItsProcess(), *_interviews(6)]
    results = list(thanknote.draft_many(given(items), workers=2, chunk_size=1))
    assert [r.index for r in results] == list(range(9))
    assert [r.ok for r in results] == [True, True, False, True, True, True, True, True, True]
    assert "drafting process failed" in str(results[2].error)


def test_items_are_read_as_they_are_needed() -> None:
    def endless() -> Iterator[thanknote.Interview]:
        for n in itertools.count():
            yield make_interview(company=f"Company {n}")

    first = list(itertools.islice(thanknote.draft_many(endless(), workers=2, chunk_size=4), 6))
    assert [r.index for r in first] == list(range(6))


class _Signing(thanknote.NoteBuilder):
    """A builder whose notes say which builder drafted them."""

    def draft(self, *args: Any, **kwargs: Any) -> tuple[thanknote.Note, ...]:
        return tuple(
            attrs.evolve(n, text=n.text + "\n(signed)") for n in super().draft(*args, **kwargs)
        )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked only on Linux")
def test_a_process_with_one_thread_lends_its_own_builder_to_forked_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One thread, as the system counts them; another test's server may still
    # be winding down in this process, which is not the case under test.
    monkeypatch.setattr(batch, "_threads", lambda: 1)
    [result] = thanknote.draft_many([make_interview()], builder=_Signing(), workers=2)
    assert result.notes[0].text.endswith("(signed)")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counted from /proc")
def test_a_started_thread_rules_out_forking() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert (batch._threads() or 0) >= 2  # it and this one, at least
    finally:
        stop.set()
        other.join()


def test_a_process_running_threads_starts_fresh_processes_with_a_builder_of_its_settings() -> None:
    # Forking it would copy the other thread's locks mid-use.
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        [result] = thanknote.draft_many([make_interview()], builder=_Signing(), workers=2)
    finally:
        stop.set()
        other.join()
    assert result.ok
    assert not result.notes[0].text.endswith("(signed)")


def test_each_process_makes_a_builder_like_the_one_given(tmp_path: Path) -> None:
    folder = tmp_path / "en" / "thank_you"
    folder.mkdir(parents=True)
    (folder / "warm.txt.j2").write_text("Subject: Mine\n\nThanks, {{ interviewer.first_name }}.\n")
    builder = thanknote.NoteBuilder([tmp_path])
    [result] = thanknote.draft_many([make_interview()], builder=builder, workers=2)
    assert result.notes[0].subject == "Mine"


@pytest.mark.parametrize(
    ("option", "value"), [("workers", 0), ("workers", True), ("chunk_size", -1)]
)
def test_a_nonsense_count_is_refused_at_the_call(option: str, value: object) -> None:
    with pytest.raises(thanknote.InvalidOptionError, match=option):
        thanknote.draft_many([], **{option: value})  # type: ignore[arg-type]


def test_notes_from_processes_hold_the_records_that_were_sent(tmp_path: Path) -> None:
    sent = _interviews(3)
    path = tmp_path / "one.json"
    path.write_text(json.dumps(panel_data(2), default=str), encoding="utf-8")
    items: list[Any] = [*sent, panel_data(1), str(path)]
    alone = list(thanknote.draft_many(items))
    spread = list(thanknote.draft_many(items, workers=2, chunk_size=2))
    assert [r.notes for r in spread] == [r.notes for r in alone]
    for result, interview in zip(spread, sent, strict=False):
        # The very objects the caller gave, not copies made in the worker.
        assert all(note.interview is interview for note in result.notes)
        assert [n.interviewer for n in result.notes] == list(interview.interviewers)
        people = zip(result.notes, interview.interviewers, strict=True)
        assert all(n.interviewer is p for n, p in people)
    loaded = spread[-1].notes
    assert loaded and all(note.interview is loaded[0].interview for note in loaded)
