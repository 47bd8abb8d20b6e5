"""The progress file beside an interview: what it may hold, and every problem by its field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import thanknote
from thanknote._progress import Progress, progress_path, read_progress

ZONE = dt.timezone(dt.timedelta(hours=-6))


@pytest.mark.parametrize(
    ("interview", "progress"),
    [
        ("acme.toml", "acme.progress.toml"),
        ("acme.json", "acme.progress.toml"),
        ("search/keel.co.toml", "search/keel.co.progress.toml"),
    ],
)
def test_the_progress_file_is_named_after_the_interview(interview: str, progress: str) -> None:
    assert progress_path(Path(interview)) == Path(progress)


def test_a_missing_progress_file_means_nothing_happened(tmp_path: Path) -> None:
    assert read_progress(tmp_path / "acme.progress.toml") == Progress()


def test_reads_replies_and_done_steps(tmp_path: Path) -> None:
    path = tmp_path / "acme.progress.toml"
    path.write_text(
        '# comments are fine\n[[replies]]\nkind = "rejection"\nat = 2026-11-23T16:10:00-06:00\n'
        'sender = "Lorraine Cho"\n\n[[done]]\nstep = "thank_you"\n'
    )
    assert read_progress(path) == Progress(
        replies=(
            thanknote.Reply(
                kind="rejection", at=dt.datetime(2026, 11, 23, 16, 10, tzinfo=ZONE),
                sender="Lorraine Cho",
            ),
        ),
        done=("thank_you",),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ("note = 1\n", "note", "unknown field; a progress file holds replies and done"),
        ('replies = "none"\n', "replies", "expected a list of tables ([[replies]])"),
        ('[[replies]]\nkind = "yes"\nat = 2026-11-23T10:00:00Z\n', "replies[0].kind",
         "expected one of answer, offer, rejection, got 'yes'"),
        ('[[replies]]\nkind = "offer"\n', "replies[0].at", "missing; when the reply arrived"),
        ('[[replies]]\nkind = "offer"\nat = 2026-11-23T10:00:00\n', "replies[0].at",
         "2026-11-23T10:00:00 has no UTC offset; add one, like -05:00"),
        ('[[replies]]\nkind = "offer"\nat = "soon"\n', "replies[0].at",
         "'soon' is not an ISO 8601 date-time"),
        ('[[replies]]\nkind = "offer"\nat = 2026-11-23T10:00:00Z\nsender = 3\n',
         "replies[0].sender", "expected the name of the interviewer who wrote"),
        ('[[replies]]\nkind = "offer"\nat = 2026-11-23T10:00:00Z\nfrom = "Ann"\n',
         "replies[0].from", "unknown field; expected kind, at, sender"),
        ('[[done]]\nstep = "Thank you!"\n', "done[0].step",
         "expected a step such as 'thank_you:dana-reyes', got 'Thank you!'"),
        ('[[done]]\nat = 2026-11-23\n', "done[0].at",
         "expected a date-time with its UTC offset, like 2026-12-03T10:00:00-05:00"),
    ],
)  # fmt: skip
def test_every_problem_names_the_file_and_the_field(
    tmp_path: Path, text: str, field: str, message: str
) -> None:
    path = tmp_path / "acme.progress.toml"
    path.write_text(text)
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        read_progress(path)
    problem = caught.value.problems[0]
    assert (problem.source, problem.field, problem.message) == (str(path), field, message)
