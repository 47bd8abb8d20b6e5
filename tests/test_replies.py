"""Replies from the employer, judged the same way by the API and the command line."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path
from typing import Any

import pytest

import thanknote
from thanknote.cli import main

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
JOTTED = str(Path(__file__).resolve().parent.parent / "examples" / "interview_jotted.toml")
NOW = dt.datetime(2026, 11, 24, 12, tzinfo=CHICAGO)
AWARE = dt.datetime(2026, 11, 25, 9, tzinfo=CHICAGO)
WED = "2026-11-25T09:00"  # as typed on the command line: the interview's zone


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:  # a usage error, reported by argparse
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def interview() -> thanknote.Interview:
    return thanknote.load_interview(JOTTED)  # 24 Nov 2026, 09:30-11:00 in Chicago


def plan(*replies: thanknote.Reply) -> thanknote.Plan:
    return thanknote.plan_follow_up(interview(), now=NOW, replies=replies)


def kinds(p: thanknote.Plan, kind: str) -> list[thanknote.Step]:
    return [s for s in p.steps if s.kind == kind]


class TestReplyRecord:
    @pytest.mark.parametrize(
        ("fields", "option"),
        [
            ({"kind": "rejected", "at": AWARE}, "kind"),
            ({"kind": "Rejection", "at": AWARE}, "kind"),
            ({"kind": ["rejection"], "at": AWARE}, "kind"),
            ({"kind": "rejection", "at": dt.datetime(2026, 11, 25, 9)}, "at"),
            ({"kind": "rejection", "at": dt.date(2026, 11, 25)}, "at"),
            ({"kind": "rejection", "at": "2026-11-25T09:00-06:00"}, "at"),
            ({"kind": "rejection", "at": AWARE, "sender": "  "}, "sender"),
            ({"kind": "rejection", "at": AWARE, "sender": 3}, "sender"),
            (
                {"kind": "rejection", "at": AWARE, "sender": "Lorraine\nBcc: x@example.com"},
                "sender",
            ),
        ],
    )
    def test_a_bad_field_is_a_thanknote_error_naming_it(
        self, fields: dict[str, Any], option: str
    ) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.Reply(**fields)
        assert caught.value.option == option
        assert isinstance(caught.value, thanknote.ThanknoteError)


class TestPolicyValues:
    @pytest.mark.parametrize(
        ("fields", "option"),
        [
            ({"send_hours": (20, 8)}, "send_hours"),
            ({"send_hours": (8, 25)}, "send_hours"),
            ({"call_hours": (11, 10)}, "call_hours"),
            ({"email_hours": "9-12"}, "email_hours"),
            ({"default_wait": 0}, "default_wait"),
            ({"max_follow_ups": -1}, "max_follow_ups"),
            ({"reply_within": dt.timedelta(0)}, "reply_within"),
            ({"reply_within": 48}, "reply_within"),
            ({"review_delay": dt.timedelta(days=2)}, "review_delay"),
            ({"avoid_week_start": "no"}, "avoid_week_start"),
            ({"holidays": "US"}, "holidays"),
        ],
    )
    def test_a_bad_value_is_a_thanknote_error_naming_the_field(
        self, fields: dict[str, Any], option: str
    ) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.FollowUpPolicy(**fields)
        assert caught.value.option == option
        assert isinstance(caught.value, thanknote.ThanknoteError)


class TestRejection:
    def test_a_rejection_dated_before_the_interview_is_refused(self) -> None:
        early = thanknote.Reply(kind="rejection", at=dt.datetime(2026, 11, 23, 17, tzinfo=CHICAGO))
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            plan(early)
        assert caught.value.option == "replies.at"
        assert "before the interview began" in str(caught.value)

    def test_no_thank_you_note_is_scheduled_after_a_rejection(self) -> None:
        at = dt.datetime(2026, 11, 24, 12, 30, tzinfo=CHICAGO)  # notes due from 12:00
        p = plan(thanknote.Reply(kind="rejection", at=at, sender="Lorraine Cho"))
        notes = kinds(p, "thank_you")
        assert notes and all(step.end == at for step in notes)
        assert not [s for s in p.steps if s.kind != "reply_to_decision" and s.start >= at]

    def test_a_rejection_before_the_notes_are_due_cancels_them(self) -> None:
        at = dt.datetime(2026, 11, 24, 10, tzinfo=CHICAGO)  # during the interview
        p = plan(thanknote.Reply(kind="rejection", at=at))
        assert [s.kind for s in p.steps] == ["reply_to_decision"]

    def test_an_offer_leaves_the_thank_you_notes_alone(self) -> None:
        at = dt.datetime(2026, 11, 24, 10, tzinfo=CHICAGO)
        p = plan(thanknote.Reply(kind="offer", at=at))
        assert len(kinds(p, "thank_you")) == 2
        assert not kinds(p, "follow_up_email")

    def test_the_reply_goes_to_whoever_sent_the_rejection(self) -> None:
        p = plan(thanknote.Reply(kind="rejection", at=AWARE, sender="Marcus Webb"))
        [answer] = kinds(p, "reply_to_decision")
        assert answer.recipient is not None and answer.recipient.name == "Marcus Webb"
        assert answer.reason.startswith("Answer Marcus Webb by")

    def test_without_a_sender_the_reply_goes_to_the_hiring_manager(self) -> None:
        [answer] = kinds(plan(thanknote.Reply(kind="rejection", at=AWARE)), "reply_to_decision")
        assert answer.recipient is not None and answer.recipient.name == "Lorraine Cho"

    def test_a_sender_outside_the_panel_is_refused_by_name(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            plan(thanknote.Reply(kind="rejection", at=AWARE, sender="Pat Doe"))
        assert caught.value.option == "replies.sender"
        assert "Lorraine Cho, Marcus Webb" in str(caught.value)


class TestDraftTo:
    def test_the_rejection_reply_is_addressed_to_the_person_named(self) -> None:
        [note] = thanknote.draft(interview(), kind="rejection_reply", to="Marcus Webb")
        assert note.interviewer.name == "Marcus Webb"
        assert note.to == "Marcus Webb <mwebb@stbrigids.example>"
        assert note.text.startswith("Hi Marcus,")

    def test_without_to_it_goes_to_the_hiring_manager(self) -> None:
        [note] = thanknote.draft(interview(), kind="rejection_reply")
        assert note.interviewer.name == "Lorraine Cho"

    def test_to_picks_one_thank_you_note_case_aside(self) -> None:
        [note] = thanknote.draft(interview(), to="marcus webb")
        assert note.interviewer.name == "Marcus Webb"

    @pytest.mark.parametrize("name", ["Pat Doe", "", 7])
    def test_someone_outside_the_interview_is_refused(self, name: Any) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.draft(interview(), kind="rejection_reply", to=name)
        assert caught.value.option == "to"


class TestCommandLine:
    def test_a_rejection_in_plain_words_is_answered_to_its_sender(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = run(
            capsys, "plan", JOTTED, "--now", "2026-11-24T12:00-06:00", "--format", "json",
            "--rejected", "2026-11-27T09:00", "--from", "Marcus Webb",
        )  # fmt: skip
        assert code == 0
        [step] = [s for s in json.loads(out)["steps"] if s["kind"] == "reply_to_decision"]
        assert step["recipient"]["name"] == "Marcus Webb"
        assert step["start"] == "2026-11-27T09:00:00-06:00"  # the interview's zone
        assert step["end"] == "2026-12-01T09:00:00-06:00"  # Friday: by Tuesday, not Sunday

    def test_the_short_form_and_the_readable_one_give_the_same_plan(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        base = ("plan", JOTTED, "--now", "2026-11-24T12:00-06:00", "--format", "json")
        _, readable, _ = run(
            capsys, *base, "--rejected", "2026-11-27T09:00-06:00", "--from", "Marcus Webb"
        )
        _, short, _ = run(capsys, *base, "--reply", "rejection@2026-11-27T09:00-06:00@Marcus Webb")
        assert readable == short

    def test_draft_to_answers_the_sender(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(
            capsys, "draft", JOTTED, "--kind", "rejection_reply", "--to", "Marcus Webb"
        )
        assert code == 0
        assert out.startswith("To: Marcus Webb <mwebb@stbrigids.example>")

    @pytest.mark.parametrize(
        ("argv", "fragment"),
        [
            (["--rejected", "2026-11-23T09:00"], "--rejected: 2026-11-23T09:00:00-06:00 is before"),
            (["--rejected", "yesterday"], "--rejected: expected a date and time like"),
            (["--rejected", WED, "--from", "Pat Doe"], "--from: 'Pat Doe' is not in the interview"),
            (["--rejected", WED, "--from", " "], "--rejected sender: must not be blank"),
            (["--from", "Marcus Webb"], "--from names who sent a reply"),
            (["--rejected", WED, "--from", "Marcus Webb", "--from", "Lorraine Cho"],
             "already names its sender"),
            (["--reply", f"rejected@{WED}-06:00"], "expected answer, offer or rejection"),
            (["--reply", f"rejection@{WED}@Pat Doe"], "--reply: 'Pat Doe' is not in the interview"),
            (["--holidays", "XX"], "--holidays: no public holidays are known for the country 'XX'"),
            (["--holidays", "US", "--no-holidays"], "not allowed with"),
        ],
    )  # fmt: skip
    def test_bad_replies_and_calendars_are_one_line_and_exit_2(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
    ) -> None:
        code, _, err = run(capsys, "plan", JOTTED, "--now", "2026-11-24T12:00-06:00", *argv)
        assert code == 2
        assert fragment in err
        assert len(err.strip().splitlines()) == 1

    def test_draft_to_someone_else_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, _, err = run(capsys, "draft", JOTTED, "--kind", "rejection_reply", "--to", "Pat Doe")
        assert code == 2
        assert "--to: 'Pat Doe' is not in the interview (Lorraine Cho, Marcus Webb)" in err

    def test_the_holiday_calendar_can_be_chosen(self, capsys: pytest.CaptureFixture[str]) -> None:
        base = ("plan", JOTTED, "--now", "2026-11-24T12:00-06:00", "--format", "json",
                "--rejected", "2026-11-25T09:00")  # fmt: skip

        def answer_by(*argv: str) -> str:
            _, out, err = run(capsys, *base, *argv)
            assert "not considered" not in err
            steps = json.loads(out)["steps"]
            return next(s["end"] for s in steps if s["kind"] == "reply_to_decision")

        # Two working days from Wednesday: Thanksgiving is one in the US only.
        assert answer_by() == "2026-11-30T09:00:00-06:00"
        assert answer_by("--holidays", "US-IL") == "2026-11-30T09:00:00-06:00"
        assert answer_by("--holidays", "ES") == "2026-11-27T09:00:00-06:00"
        assert answer_by("--no-holidays") == "2026-11-27T09:00:00-06:00"

    def test_the_notice_is_printed_once_when_the_extra_is_missing(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import sys

        from thanknote import _holidays

        monkeypatch.setitem(sys.modules, "holidays", None)
        _holidays.locale_holidays.cache_clear()
        try:
            code, _, err = run(capsys, "plan", JOTTED, "--now", "2026-11-24T12:00-06:00")
        finally:
            _holidays.locale_holidays.cache_clear()
        assert code == 0
        assert err.count("Public holidays were not considered") == 1
        assert err.startswith("thanknote: note: ")
