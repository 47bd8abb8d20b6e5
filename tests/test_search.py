"""Specification of a whole search at once: `thanknote agenda`, `thanknote done`, `agenda()`."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import attrs
import pytest

import thanknote
from thanknote.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden" / "agenda-examples-2026-11-24.txt"
TODAY = dt.date(2026, 11, 24)
AT = dt.datetime(2026, 11, 24, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.replace("\u202f", " "), err  # Babel puts a narrow space before AM/PM


@pytest.fixture
def search(tmp_path: Path) -> Path:
    """A folder with the English example and the three stage examples, progress files included."""
    for name in ("interview.toml", "interview_awaiting", "interview_rejected", "interview_overdue"):
        for path in EXAMPLES.glob(name if name.endswith(".toml") else f"{name}.*"):
            shutil.copy(path, tmp_path / path.name)
    return tmp_path


class TestAgendaCommand:
    def test_the_examples_folder_gives_each_stage_its_lines(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Every example, in its language; overdue first, then today's, then the coming days."""
        monkeypatch.chdir(ROOT)
        code, out, err = run(capsys, "agenda", "examples/", "--today", "2026-11-24")
        assert (code, err) == (0, "")
        if os.environ.get("THANKNOTE_REGENERATE"):
            GOLDEN.write_text(out, "utf-8")
        assert out.splitlines() == GOLDEN.read_text("utf-8").splitlines()

    @pytest.mark.parametrize(
        ("stage", "line"),
        [
            (
                "a follow-up never sent is overdue",
                "overdue   Nov 12, 2026 9:00 AM – 12:00 PM (America/New_York)  Follow-up email to "
                "Grace Mensah  ·  Northfield Logistics, Senior Data Engineer  ·  "
                "examples/interview_overdue.toml  ·  follow_up_email:grace-mensah",
            ),
            (
                "a rejection asks for a reply to whoever sent it",
                "today     Nov 23, 2026 4:10 PM – Nov 25, 2026 4:10 PM (America/Chicago)  Reply to "
                "the decision to Lorraine Cho  ·  Keel & Co., Data Platform Engineer  ·  "
                "examples/interview_rejected.toml  ·  reply_to_decision:lorraine-cho",
            ),
            (
                "awaiting a decision, the follow-up comes the day after it was due",
                "upcoming  Nov 25, 2026 9:00 AM – 12:00 PM (America/New_York)  Follow-up email to "
                "Helen Park  ·  Brightwater Analytics, Analytics Engineer  ·  "
                "examples/interview_awaiting.toml  ·  follow_up_email:helen-park",
            ),
            (
                "on the interview day, the notes are due",
                "today     Nov 24, 2026 12:30 PM – 8:00 PM (America/Chicago)  Thank-you note to "
                "Dana Reyes  ·  Acme Robotics, Data Engineer  ·  examples/interview.toml  ·  "
                "thank_you:dana-reyes",
            ),
        ],
    )
    def test_each_stage_reads_as_reviewed(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        stage: str,
        line: str,
    ) -> None:
        monkeypatch.chdir(ROOT)
        _, out, _ = run(capsys, "agenda", "examples/", "--today", "2026-11-24")
        assert line in out.splitlines(), stage

    def test_overdue_steps_come_first(
        self, capsys: pytest.CaptureFixture[str], search: Path
    ) -> None:
        _, out, _ = run(capsys, "agenda", str(search), "--today", "2026-11-24")
        statuses = [line.split()[0] for line in out.splitlines()]
        assert statuses == sorted(statuses, key=["overdue", "today", "upcoming"].index)
        assert statuses[0] == "overdue"

    def test_done_steps_and_what_they_imply_leave_the_agenda(
        self, capsys: pytest.CaptureFixture[str], search: Path
    ) -> None:
        """A sent thank-you also covers drafting and rereading; one follow-up covers the other."""
        overdue = str(search / "interview_overdue.toml")
        assert (
            run(capsys, "done", overdue, "follow_up_email", "--at", "2026-11-24T09:00-05:00")[0]
            == 0
        )
        _, out, _ = run(capsys, "agenda", str(search), "--today", "2026-11-24")
        assert "interview_overdue.toml" not in out  # the optional call went with the email
        assert "interview_awaiting.toml  ·  draft" not in out
        assert "interview_awaiting.toml  ·  follow_up_email:helen-park" in out

    def test_a_file_that_fails_is_named_and_the_rest_still_printed(
        self, capsys: pytest.CaptureFixture[str], search: Path
    ) -> None:
        text = (search / "interview.toml").read_text("utf-8")
        (search / "broken.toml").write_text(
            text.replace('company = "Acme Robotics"\n', ""), "utf-8"
        )
        (search / "binary.json").write_bytes(b"\xff\xfe{}")
        code, out, err = run(capsys, "agenda", str(search), "--today", "2026-11-24")
        assert code == 1
        assert err.splitlines() == [
            f"thanknote: {search / 'binary.json'}: not UTF-8 text (byte 0)",
            f"thanknote: {search / 'broken.toml'}: interview.company: missing",
        ]
        assert len(out.splitlines()) == 9
        assert "broken.toml" not in out

    def test_a_bad_progress_file_is_named_with_its_field(
        self, capsys: pytest.CaptureFixture[str], search: Path
    ) -> None:
        progress = search / "interview_rejected.progress.toml"
        progress.write_text('[[replies]]\nkind = "maybe"\nat = 2026-11-23T16:10:00-06:00\n')
        code, out, err = run(capsys, "agenda", str(search), "--today", "2026-11-24")
        assert code == 1
        assert err == (
            f"thanknote: {progress}: replies[0].kind: expected one of answer, offer, rejection, "
            "got 'maybe'\n"
        )
        assert "interview_overdue.toml" in out

    @pytest.mark.parametrize(
        ("name", "make", "message"),
        [
            ("missing", None, "no such file or folder"),
            ("missing.toml", None, "no such file or folder"),
            ("empty", "folder", "no interview files (.toml, .json) in this folder"),
            ("x.progress.toml", "file", "a progress file; give the interview file beside it"),
        ],
        ids=["missing folder", "missing file", "empty folder", "a progress file given"],
    )
    def test_bad_sources_are_reported_by_name(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        name: str,
        make: str | None,
        message: str,
    ) -> None:
        path = tmp_path / name
        if make == "folder":
            path.mkdir()
        elif make == "file":
            path.write_text("")
        code, out, err = run(capsys, "agenda", str(path), EXAMPLE, "--today", "2026-11-24")
        assert code == 1
        assert err == f"thanknote: {path}: {message}\n"
        assert "Acme Robotics" in out

    def test_nothing_due_says_so(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "agenda", EXAMPLE, "--today", "2026-10-01", "--days", "3")
        assert (code, out) == (0, "nothing due from 2026-10-01 to 2026-10-04\n")

    @pytest.mark.parametrize("days", ["-1", "a week"])
    def test_days_must_be_a_whole_number(
        self, capsys: pytest.CaptureFixture[str], days: str
    ) -> None:
        with pytest.raises(SystemExit) as caught:
            main(["agenda", EXAMPLE, "--days", days])
        assert caught.value.code == 2
        assert "whole number of days" in capsys.readouterr().err

    def test_writes_the_feed_atomically_and_refuses_to_replace_it(
        self, capsys: pytest.CaptureFixture[str], search: Path, tmp_path: Path
    ) -> None:
        feed = tmp_path / "search.ics"
        assert (
            run(capsys, "agenda", str(search), "--today", "2026-11-24", "--ics", str(feed))[0] == 0
        )
        first = feed.read_bytes()
        assert first.count(b"BEGIN:VEVENT") == 11
        code, _, err = run(
            capsys, "agenda", str(search), "--today", "2026-11-25", "--ics", str(feed)
        )
        assert code == 2
        assert "exists" in err
        assert feed.read_bytes() == first
        assert run(capsys, "agenda", str(search), "--ics", str(feed), "--force")[0] == 0


EXAMPLE = str(EXAMPLES / "interview.toml")


class TestDoneCommand:
    def test_keeps_everything_already_in_the_progress_file(
        self, capsys: pytest.CaptureFixture[str], search: Path
    ) -> None:
        interview = search / "interview_rejected.toml"
        progress = search / "interview_rejected.progress.toml"
        before, written = progress.read_bytes(), interview.read_bytes()
        code, out, _ = run(
            capsys, "done", str(interview), "reply_to_decision:lorraine-cho",
            "--at", "2026-11-24T10:00-06:00",
        )  # fmt: skip
        assert code == 0
        assert out == f"reply_to_decision:lorraine-cho: marked done in {progress}\n"
        assert interview.read_bytes() == written
        assert progress.read_bytes() == before + (
            b'\n[[done]]\nstep = "reply_to_decision:lorraine-cho"\nat = 2026-11-24T10:00:00-06:00\n'
        )

    def test_a_new_progress_file_says_what_it_is(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        interview = tmp_path / "acme.json"
        shutil.copy(EXAMPLES / "interview.json", interview)
        run(capsys, "done", str(interview), "review", "--at", "2026-11-26T17:00+00:00")
        text = (tmp_path / "acme.progress.toml").read_text("utf-8")
        assert text.startswith("# What happened after the interview in acme.json:")
        assert text.endswith('[[done]]\nstep = "review"\nat = 2026-11-26T17:00:00+00:00\n')

    def test_a_kind_alone_marks_every_step_of_that_kind(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        shutil.copy(EXAMPLE, tmp_path / "acme.toml")
        code, out, _ = run(capsys, "done", str(tmp_path / "acme.toml"), "thank_you")
        assert code == 0
        assert [line.split(":")[1] for line in out.splitlines()] == [
            "dana-reyes", "tomas-okafor", "priya-natarajan",
        ]  # fmt: skip

    def test_marking_again_changes_nothing(
        self, capsys: pytest.CaptureFixture[str], search: Path
    ) -> None:
        progress = search / "interview_awaiting.progress.toml"
        before = progress.read_bytes()
        code, out, _ = run(capsys, "done", str(search / "interview_awaiting.toml"), "thank_you")
        assert code == 0
        assert out == f"thank_you: already marked done in {progress}\n"
        assert progress.read_bytes() == before

    def test_an_unknown_step_lists_the_steps_there_are(
        self, capsys: pytest.CaptureFixture[str], search: Path
    ) -> None:
        interview = search / "interview_overdue.toml"
        code, out, err = run(capsys, "done", str(interview), "thank_you:dana-reyes")
        assert (code, out) == (2, "")
        assert err == (
            f"thanknote: step: {interview} has no step 'thank_you:dana-reyes'; its steps: draft, "
            "review, thank_you:grace-mensah, follow_up_email:grace-mensah, "
            "follow_up_call:grace-mensah\n"
        )
        assert not (search / "interview_overdue.progress.toml").read_text().count("dana")

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["missing.toml", "review"], "missing.toml: cannot read file"),
            (["interview.toml", "review", "--at", "2026-11-24T10:00"], "--at: add the UTC offset"),
        ],
    )
    def test_bad_input_is_one_line_and_exit_2(
        self,
        capsys: pytest.CaptureFixture[str],
        search: Path,
        monkeypatch: pytest.MonkeyPatch,
        argv: list[str],
        message: str,
    ) -> None:
        monkeypatch.chdir(search)
        code, _, err = run(capsys, "done", *argv)
        assert code == 2
        assert err.startswith(f"thanknote: {message}")
        assert not (search / "interview.progress.toml").exists()

    def test_a_progress_file_that_cannot_take_a_table_is_left_alone(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        shutil.copy(EXAMPLE, tmp_path / "acme.toml")
        progress = tmp_path / "acme.progress.toml"
        progress.write_text('done = ["review"]  # an inline list, not [[done]] tables\n')
        code, _, err = run(capsys, "done", str(tmp_path / "acme.toml"), "draft")
        assert code == 2
        assert err.startswith(f"thanknote: {progress}: done: expected a list of tables")
        assert progress.read_text() == 'done = ["review"]  # an inline list, not [[done]] tables\n'


class TestAgendaFunction:
    def test_is_public_and_returns_a_frozen_record(self, search: Path) -> None:
        found = thanknote.agenda([search], today=TODAY)
        assert isinstance(found, thanknote.Agenda)
        assert all(isinstance(item, thanknote.AgendaItem) for item in found.items)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            found.days = 3  # type: ignore[misc]
        assert found.ok and found.errors == ()
        assert (len(found.due), len(found.items)) == (9, 11)

    @pytest.mark.parametrize(
        ("today", "status"),
        [
            (dt.date(2026, 11, 30), "later"),  # more than seven days before the follow-up
            (dt.date(2026, 12, 1), "upcoming"),
            (dt.date(2026, 12, 2), "today"),
            (dt.date(2026, 12, 3), "overdue"),
        ],
    )
    def test_a_step_is_judged_by_the_dates_of_its_own_zone(
        self, tmp_path: Path, today: dt.date, status: str
    ) -> None:
        shutil.copy(EXAMPLE, tmp_path / "acme.toml")
        thanknote.mark_done(tmp_path / "acme.toml", "thank_you", at=AT)
        found = thanknote.agenda([tmp_path], today=today, days=1)
        email = next(i for i in found.items if i.key == "follow_up_email:dana-reyes")
        assert email.status == status

    def test_uids_come_from_the_file_and_the_step_never_the_day(self, search: Path) -> None:
        early = thanknote.agenda([search], today=TODAY)
        late = thanknote.agenda([search], today=TODAY + dt.timedelta(days=9))
        assert {(i.source, i.key): i.uid for i in early.items} == {
            (i.source, i.key): i.uid for i in late.items
        }
        assert len({i.uid for i in early.items}) == len(early.items)

    def test_the_same_file_name_in_two_folders_keeps_two_sets_of_uids(self, tmp_path: Path) -> None:
        for folder in ("a", "b"):
            (tmp_path / folder).mkdir()
            shutil.copy(EXAMPLE, tmp_path / folder / "acme.toml")
        found = thanknote.agenda([tmp_path / "a", tmp_path / "b"], today=TODAY)
        assert len({i.uid for i in found.items}) == len(found.items) == 14

    def test_a_reply_beside_the_interview_cancels_the_follow_up(self, search: Path) -> None:
        found = thanknote.agenda([search / "interview_rejected.toml"], today=TODAY)
        assert [i.key for i in found.items] == ["reply_to_decision:lorraine-cho"]
        assert found.items[0].step.recipient.name == "Lorraine Cho"  # type: ignore[union-attr]

    def test_a_file_that_cannot_be_planned_is_an_error_with_its_field(self, search: Path) -> None:
        progress = search / "interview_rejected.progress.toml"
        progress.write_text('[[replies]]\nkind = "rejection"\nat = 2026-11-23T16:10:00-06:00\n'
                            'sender = "Nobody"\n')  # fmt: skip
        found = thanknote.agenda([search], today=TODAY)
        [problem] = found.errors
        assert (problem.source, problem.field) == (str(progress), "replies.sender")
        assert "'Nobody' is not in the interview" in problem.message
        assert not found.ok and found.items

    @pytest.mark.parametrize(
        ("options", "option"),
        [
            ({"today": dt.datetime(2026, 11, 24, tzinfo=dt.UTC)}, "today"),
            ({"today": "2026-11-24"}, "today"),
            ({"today": TODAY, "days": -1}, "days"),
            ({"today": TODAY, "days": True}, "days"),
        ],
    )
    def test_refuses_a_bad_day_or_horizon(self, options: dict[str, object], option: str) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.agenda([EXAMPLE], **options)  # type: ignore[arg-type]
        assert caught.value.option == option

    def test_mark_done_needs_an_aware_time(self, tmp_path: Path) -> None:
        shutil.copy(EXAMPLE, tmp_path / "acme.toml")
        with pytest.raises(thanknote.InvalidOptionError, match="timezone-aware"):
            thanknote.mark_done(tmp_path / "acme.toml", "review", at=dt.datetime(2026, 11, 24))
        assert not (tmp_path / "acme.progress.toml").exists()
