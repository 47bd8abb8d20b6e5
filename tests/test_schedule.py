"""Specification of the follow-up planner, with concrete dates."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import pytest
from builders import timed_data

import thanknote

NY = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 11, 24, 13, 0, tzinfo=NY)


def interview(
    start: str = "2026-11-24T10:00:00-05:00",
    end: str | None = "2026-11-24T12:30:00-05:00",
    said: Any = "a week",
    size: int = 4,
    **top: Any,
) -> thanknote.Interview:
    return thanknote.load_interview(timed_data(start, end, said, size, **top))


def steps(plan: thanknote.Plan, kind: str) -> list[thanknote.Step]:
    return [s for s in plan.steps if s.kind == kind]


def local(step: thanknote.Step) -> dt.datetime:
    assert step.recipient is not None
    zone = step.recipient.timezone or "America/New_York"
    return step.start.astimezone(zoneinfo.ZoneInfo(zone))


class TestFollowUp:
    @pytest.mark.parametrize(
        ("said", "interview_day", "follow_up"),
        [
            ("a week", "2026-11-24", dt.date(2026, 12, 2)),
            ("two weeks", "2026-11-24", dt.date(2026, 12, 9)),
            ("by Friday", "2026-11-24", dt.date(2026, 12, 1)),  # Sat, Sun, then not on Monday
            ("2026-12-03", "2026-11-24", dt.date(2026, 12, 4)),
        ],
    )
    def test_follows_up_the_day_after_the_stated_time(
        self, said: str, interview_day: str, follow_up: dt.date
    ) -> None:
        plan = thanknote.plan_follow_up(
            interview(f"{interview_day}T10:00:00-05:00", f"{interview_day}T11:00:00-05:00", said),
            now=NOW,
        )
        [email] = steps(plan, "follow_up_email")
        assert local(email).date() == follow_up
        assert plan.follow_up_day == follow_up

    def test_a_friday_interview_whose_eighth_day_is_a_saturday(self) -> None:
        plan = thanknote.plan_follow_up(
            interview("2026-11-27T10:00:00-05:00", "2026-11-27T11:00:00-05:00"), now=NOW
        )
        assert plan.decision_day == dt.date(2026, 12, 4)
        [email] = steps(plan, "follow_up_email")
        assert local(email).date() == dt.date(2026, 12, 8)  # Saturday -> Monday -> Tuesday

    def test_the_monday_rule_is_a_policy_choice(self) -> None:
        policy = thanknote.FollowUpPolicy(avoid_week_start=False)
        plan = thanknote.plan_follow_up(
            interview("2026-11-27T10:00:00-05:00", "2026-11-27T11:00:00-05:00"),
            now=NOW,
            policy=policy,
        )
        assert local(steps(plan, "follow_up_email")[0]).date() == dt.date(2026, 12, 7)

    def test_without_a_stated_time_it_waits_seven_business_days(self) -> None:
        plan = thanknote.plan_follow_up(interview(said=None), now=NOW)
        assert plan.decision_day is None
        # Seven business days from Tue 24 Nov, Thanksgiving not counted, end
        # on Fri 4 Dec; the next polite day is Tuesday (Monday starts the week).
        assert local(steps(plan, "follow_up_email")[0]).date() == dt.date(2026, 12, 8)

    def test_it_goes_to_the_hiring_manager_in_their_morning(self) -> None:
        plan = thanknote.plan_follow_up(interview(), now=NOW)
        [email] = steps(plan, "follow_up_email")
        assert email.recipient is not None and email.recipient.name == "Dana Reyes"
        assert (local(email).hour, email.template, email.channel) == (9, "follow_up", "email")
        assert email.start.tzinfo == zoneinfo.ZoneInfo("America/Chicago")

    def test_the_first_interviewer_gets_it_when_no_hiring_manager_is_marked(self) -> None:
        data_interview = interview()
        people = [attrs_evolve(p, hiring_manager=False) for p in data_interview.interviewers]
        plan = thanknote.plan_follow_up(attrs_evolve(data_interview, interviewers=people), now=NOW)
        assert steps(plan, "follow_up_email")[0].recipient == people[0]

    def test_one_follow_up_then_the_plan_stops(self) -> None:
        plan = thanknote.plan_follow_up(interview(), now=NOW)
        assert len(steps(plan, "follow_up_email")) == 1
        two = thanknote.plan_follow_up(
            interview(), now=NOW, policy=thanknote.FollowUpPolicy(max_follow_ups=2)
        )
        first, second = steps(two, "follow_up_email")
        assert second.start > first.start + dt.timedelta(days=5)

    def test_the_reason_names_what_was_said_and_the_dates(self) -> None:
        [email] = steps(thanknote.plan_follow_up(interview(), now=NOW), "follow_up_email")
        assert "“a week”" in email.reason
        assert "Tuesday, December 1, 2026" in email.reason
        assert "Wednesday, December 2, 2026" in email.reason

    def test_reasons_use_the_locale(self) -> None:
        plan = thanknote.plan_follow_up(interview(), now=NOW, locale="en_GB")
        assert "Wednesday, 2 December 2026" in steps(plan, "follow_up_email")[0].reason


class TestCall:
    def test_only_someone_who_agreed_and_gave_a_number_gets_a_call(self) -> None:
        plan = thanknote.plan_follow_up(interview(), now=NOW)
        [call] = steps(plan, "follow_up_call")
        assert call.optional and call.channel == "phone"
        assert call.recipient is not None and call.recipient.may_call

    def test_the_call_is_between_10_and_11_in_their_time_zone(self) -> None:
        [call] = steps(thanknote.plan_follow_up(interview(), now=NOW), "follow_up_call")
        assert (local(call).hour, call.end - call.start) == (10, dt.timedelta(hours=1))

    def test_no_call_without_agreement(self) -> None:
        data_interview = interview()
        people = [attrs_evolve(p, may_call=False) for p in data_interview.interviewers]
        plan = thanknote.plan_follow_up(attrs_evolve(data_interview, interviewers=people), now=NOW)
        assert steps(plan, "follow_up_call") == []


class TestThankYou:
    def test_one_step_per_interviewer_after_the_reread_and_within_a_day(self) -> None:
        plan = thanknote.plan_follow_up(interview(), now=NOW)
        end = dt.datetime(2026, 11, 24, 12, 30, tzinfo=NY)
        sends = steps(plan, "thank_you")
        assert len(sends) == 4
        for step in sends:
            assert (
                end + dt.timedelta(hours=1) <= step.start < step.end <= end + dt.timedelta(hours=24)
            )
        [review] = steps(plan, "review")
        assert review.start == end + dt.timedelta(hours=1)
        assert steps(plan, "draft")[0].start == end

    def test_a_late_friday_interview_sends_on_monday_morning(self) -> None:
        plan = thanknote.plan_follow_up(
            interview("2026-11-27T18:00:00-05:00", "2026-11-27T19:30:00-05:00", size=2), now=NOW
        )
        tomas = steps(plan, "thank_you")[1]
        assert local(tomas).date() == dt.date(2026, 11, 30)
        assert local(tomas).hour == 8
        assert "next business morning" in tomas.reason

    def test_no_sends_at_night_in_the_recipients_time_zone(self) -> None:
        data_interview = interview("2026-11-24T16:00:00-05:00", "2026-11-24T17:00:00-05:00")
        people = list(data_interview.interviewers)
        people[1] = attrs_evolve(people[1], timezone="Asia/Tokyo")
        plan = thanknote.plan_follow_up(attrs_evolve(data_interview, interviewers=people), now=NOW)
        tokyo = steps(plan, "thank_you")[1]
        assert 8 <= tokyo.start.astimezone(zoneinfo.ZoneInfo("Asia/Tokyo")).hour < 20

    def test_an_interviewer_without_email_gets_a_card(self) -> None:
        data_interview = interview()
        people = list(data_interview.interviewers)
        people[2] = attrs_evolve(people[2], email=None)
        plan = thanknote.plan_follow_up(attrs_evolve(data_interview, interviewers=people), now=NOW)
        assert (steps(plan, "thank_you")[2].channel, steps(plan, "thank_you")[2].template) == (
            "card",
            "card",
        )


class TestCalendars:
    def test_a_daylight_saving_change_inside_the_window(self) -> None:
        # US clocks go back on 1 November 2026; the interview is before, the follow-up after.
        plan = thanknote.plan_follow_up(
            interview("2026-10-30T10:00:00-04:00", "2026-10-30T11:00:00-04:00", size=3),
            now=NOW,
        )
        [email] = steps(plan, "follow_up_email")
        assert local(email).date() == dt.date(2026, 11, 10)  # Sat 7 -> Mon 9 -> Tue 10
        assert local(email).hour == 9
        assert email.start.utcoffset() == dt.timedelta(hours=-6)  # Chicago, standard time

    def test_business_days_follow_the_locales_weekend(self) -> None:
        with pytest.warns(thanknote.FallbackLanguageWarning):
            plan = thanknote.plan_follow_up(
                interview(
                    "2026-11-26T10:00:00+02:00",
                    "2026-11-26T11:00:00+02:00",
                    size=1,
                    locale="he_IL",
                ),
                now=NOW,
                fallback="en",  # no Hebrew pack: English reasons, Israel's week
            )
        # Thursday + a week = Thursday 3 Dec; Friday and Saturday are the weekend,
        # Sunday starts the week, so Monday 7 December.
        email = steps(plan, "follow_up_email")[0]
        assert local(email).date() == dt.date(2026, 12, 7)


class TestReplies:
    def test_a_rejection_cancels_the_follow_up_and_adds_a_gracious_reply(self) -> None:
        reply = thanknote.Reply(
            kind="rejection", at=dt.datetime(2026, 11, 30, 10, tzinfo=NY), sender="Tomás Okafor"
        )
        plan = thanknote.plan_follow_up(interview(), now=NOW, replies=[reply])
        assert steps(plan, "follow_up_email") == [] and steps(plan, "follow_up_call") == []
        [answer] = steps(plan, "reply_to_decision")
        assert answer.recipient is not None and answer.recipient.name == "Tomás Okafor"
        assert (answer.template, answer.start) == ("rejection_reply", reply.at)

    def test_an_offer_cancels_the_follow_up(self) -> None:
        reply = thanknote.Reply(kind="offer", at=dt.datetime(2026, 11, 30, 10, tzinfo=NY))
        plan = thanknote.plan_follow_up(interview(), now=NOW, replies=[reply])
        assert not steps(plan, "follow_up_email") and not steps(plan, "reply_to_decision")

    def test_a_reply_after_the_follow_up_leaves_it_in_place(self) -> None:
        reply = thanknote.Reply(kind="answer", at=dt.datetime(2026, 12, 10, 10, tzinfo=NY))
        plan = thanknote.plan_follow_up(interview(), now=NOW, replies=[reply])
        assert len(steps(plan, "follow_up_email")) == 1


class TestInput:
    def test_now_must_be_aware(self) -> None:
        with pytest.raises(ValueError, match="timezone-aware"):
            thanknote.plan_follow_up(interview(), now=dt.datetime(2026, 11, 24, 13))

    def test_an_unreadable_phrase_names_the_field_and_the_forms(self) -> None:
        with pytest.raises(thanknote.InvalidInterviewError) as caught:
            thanknote.plan_follow_up(interview(said="whenever they feel like it"), now=NOW)
        [problem] = caught.value.problems
        assert problem.field == "interview.decision_expected"
        assert "P7D" in problem.message and "by Friday" in problem.message

    def test_a_date_only_interview_is_taken_to_end_in_the_afternoon(self) -> None:
        plan = thanknote.plan_follow_up(interview("2026-11-24", None), now=NOW)
        assert steps(plan, "draft")[0].start == dt.datetime(2026, 11, 24, 17, tzinfo=NY)

    def test_planning_twice_gives_the_same_plan(self) -> None:
        assert thanknote.plan_follow_up(interview(), now=NOW) == thanknote.plan_follow_up(
            interview(), now=NOW
        )

    def test_steps_are_sorted(self) -> None:
        starts = [s.start for s in thanknote.plan_follow_up(interview(), now=NOW).steps]
        assert starts == sorted(starts)


def attrs_evolve(instance: Any, **changes: Any) -> Any:
    import attrs

    return attrs.evolve(instance, **changes)


def test_a_reply_from_someone_outside_the_panel_is_refused() -> None:
    reply = thanknote.Reply(kind="rejection", at=NOW, sender="Nobody At All")
    with pytest.raises(thanknote.InvalidOptionError, match="not in the interview"):
        thanknote.plan_follow_up(interview(), now=NOW, replies=[reply])


def test_reasons_name_the_recipients_time_zone() -> None:
    plan = thanknote.plan_follow_up(interview(), now=NOW)
    assert "(America/Chicago)" in steps(plan, "thank_you")[0].reason
