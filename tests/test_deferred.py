"""Specification of a note's HTML, rendered on first read (``thanknote._deferred``)."""

from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path

import pytest

import thanknote
from thanknote._deferred import Deferred
from thanknote.testing import make_interview


class Counting:
    def __init__(self, text: str = "<p>hi</p>") -> None:
        self.calls = 0
        self.text = text

    def __call__(self) -> str:
        self.calls += 1
        return self.text


def test_nothing_is_made_until_asked_for() -> None:
    make = Counting()
    Deferred(make)
    assert make.calls == 0


def test_it_is_made_once_however_often_it_is_read() -> None:
    make = Counting()
    deferred = Deferred(make)
    assert [deferred.value() for _ in range(3)] == ["<p>hi</p>"] * 3
    assert make.calls == 1


def test_threads_reading_at_once_make_it_once() -> None:
    make = Counting()
    deferred = Deferred(make)
    threads = [threading.Thread(target=deferred.value) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert make.calls == 1


def test_it_compares_and_hashes_as_its_string() -> None:
    deferred = Deferred(Counting())
    assert deferred == "<p>hi</p>"
    assert deferred == Deferred(Counting())
    assert deferred != Deferred(Counting("<p>bye</p>"))
    assert hash(deferred) == hash("<p>hi</p>")


def test_it_pickles_as_the_finished_string() -> None:
    assert pickle.loads(pickle.dumps(Deferred(Counting()))) == "<p>hi</p>"
    assert type(pickle.loads(pickle.dumps(Deferred(Counting())))) is str


def test_a_drafted_note_renders_its_html_only_when_read(tmp_path: Path) -> None:
    (tmp_path / "note.txt.j2").write_text("Hello {{ interviewer.first_name }}\n", "utf-8")
    (tmp_path / "note.html.j2").write_text("<p>{{ no_such_name }}</p>\n", "utf-8")
    [note, *_] = thanknote.draft(make_interview(), template=tmp_path / "note.txt.j2")
    assert note.text == "Hello Dana\n"  # drafting did not touch the broken HTML
    with pytest.raises(thanknote.TemplateRenderError, match="no_such_name"):
        note.html  # noqa: B018 - reading it renders it


def test_a_pickled_note_carries_its_html() -> None:
    [note, *_] = thanknote.draft(make_interview())
    copy = pickle.loads(pickle.dumps(note))
    assert copy.html == note.html
    assert copy == note


def test_a_user_template_edited_between_drafts_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "note.txt.j2"
    path.write_text("First {{ interviewer.first_name }}\n", "utf-8")
    builder = thanknote.NoteBuilder()
    assert builder.draft(make_interview(), template=path)[0].text == "First Dana\n"
    path.write_text("Second version {{ interviewer.first_name }}\n", "utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert builder.draft(make_interview(), template=path)[0].text == "Second version Dana\n"
