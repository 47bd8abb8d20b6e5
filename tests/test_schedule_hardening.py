"""Hardening of the follow-up planner: zones, daylight saving, leap days, bounds, input.

Every date is asserted exactly; each test is a single plan or two, so the
module runs in well under a second.
"""

from __future__ import annotations

import datetime as dt
import time
import zoneinfo
from typing import Any

import attrs
import pytest
from builders import panel_data, timed_data

import thanknote
from thanknote._business_days import weekend_days
from thanknote._decision import UnreadablePhraseError, decision_day, is_readable
from thanknote.schedule import ASSUMED_LENGTH, interview_end

NY = zoneinfo.ZoneInfo("America/New_York")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
UTC = dt.UTC
NOW = dt.datetime(2026, 1, 1, tzinfo=UTC)
US_WEEKEND = frozenset({5, 6})


def make(
    start: str,
    end: str | None,
    said: str | None = "a week",
    *,
    zone: str | None = "America/New_York",
    timezone: str = "America/New_York",
    size: int = 1,
    **top: Any,
) -> thanknote.Interview:
    """A panel of ``size`` whose interviewers are all in ``zone`` (None: the interview's)."""
    data = timed_data(start, end, said, size, **top)
    data["interview"]["timezone"] = timezone
    for person in data["interviewers"]:
        person["timezone"] = zone
        if zone is None:
            person.pop("timezone")
    return thanknote.load_interview(data)


def only(plan: thanknote.Plan, kind: str) -> thanknote.Step:
    [step] = [s for s in plan.steps if s.kind == kind]
    return step


def exists(moment: dt.datetime) -> bool:
    """Whether the local time shown is one the clocks of its zone actually show."""
    again = moment.astimezone(UTC).astimezone(moment.tzinfo)
    return again.replace(tzinfo=None) == moment.replace(tzinfo=None)


def real(delta_from: dt.datetime, delta_to: dt.datetime) -> dt.timedelta:
    """Elapsed real time (Python subtracts two times of one zone by wall clock)."""
    return delta_to.astimezone(UTC) - delta_from.astimezone(UTC)


# -- 1. the first day of the working week, in the recipient's zone -------------------------


class TestWeekStartInTheRecipientsZone:
    def test_a_tokyo_recipient_is_not_emailed_on_a_tokyo_monday(self) -> None:
        # Due Thursday 3 December in New York: over at Friday 00:00 EST, which is
        # Friday 14:00 in Tokyo, past the 09:00 window; Saturday and Sunday are
        # the weekend and Monday starts the week, so Tuesday 8 December.
        interview = make("2026-11-24T10:00:00-05:00", "2026-11-24T11:00:00-05:00", "2026-12-03",
                         zone="Asia/Tokyo")  # fmt: skip
        email = only(thanknote.plan_follow_up(interview, now=NOW), "follow_up_email")
        assert email.start == dt.datetime(2026, 12, 8, 9, tzinfo=TOKYO)
        assert email.end == dt.datetime(2026, 12, 8, 12, tzinfo=TOKYO)
        assert email.start.tzinfo == TOKYO
        call = only(thanknote.plan_follow_up(interview, now=NOW), "follow_up_call")
        assert call.start == dt.datetime(2026, 12, 8, 10, tzinfo=TOKYO)

    def test_the_rule_is_still_a_policy_choice(self) -> None:
        interview = make("2026-11-24T10:00:00-05:00", "2026-11-24T11:00:00-05:00", "2026-12-03",
                         zone="Asia/Tokyo")  # fmt: skip
        policy = thanknote.FollowUpPolicy(avoid_week_start=False)
        email = only(thanknote.plan_follow_up(interview, now=NOW, policy=policy), "follow_up_email")
        assert email.start == dt.datetime(2026, 12, 7, 9, tzinfo=TOKYO)

    def test_an_israeli_week_starts_on_sunday_in_the_recipients_zone(self) -> None:
        # en_IL: Friday and Saturday are the weekend. Due Wednesday 2 December
        # in New York: over at Thursday 14:00 in Tokyo; Friday, Saturday off;
        # Sunday 6 December starts the week, so Monday 7 December.
        interview = make("2026-11-24T10:00:00-05:00", "2026-11-24T11:00:00-05:00", "2026-12-02",
                         zone="Asia/Tokyo", locale="en_IL")  # fmt: skip
        email = only(thanknote.plan_follow_up(interview, now=NOW), "follow_up_email")
        assert email.start == dt.datetime(2026, 12, 7, 9, tzinfo=TOKYO)

    def test_a_recipient_behind_the_interview_keeps_the_old_dates(self) -> None:
        # Chicago is behind New York: due Friday 27 November, so Tuesday 1 December.
        interview = make("2026-11-24T10:00:00-05:00", "2026-11-24T11:00:00-05:00", "by Friday",
                         zone="America/Chicago")  # fmt: skip
        email = only(thanknote.plan_follow_up(interview, now=NOW), "follow_up_email")
        assert email.start == dt.datetime(
            2026, 12, 1, 9, tzinfo=zoneinfo.ZoneInfo("America/Chicago")
        )

    def test_a_second_follow_up_also_avoids_the_week_start(self) -> None:
        interview = make("2026-11-24T10:00:00-05:00", "2026-11-24T11:00:00-05:00", "2026-12-03",
                         zone="Asia/Tokyo")  # fmt: skip
        policy = thanknote.FollowUpPolicy(max_follow_ups=2, follow_up_gap=4)
        plan = thanknote.plan_follow_up(interview, now=NOW, policy=policy)
        first, second = [s for s in plan.steps if s.kind == "follow_up_email"]
        assert first.start == dt.datetime(2026, 12, 8, 9, tzinfo=TOKYO)
        # Tuesday + 4 business days = Monday 14 December: the week's start, so Tuesday.
        assert second.start == dt.datetime(2026, 12, 15, 9, tzinfo=TOKYO)


# -- 2. real time across daylight-saving changes -------------------------------------------


class TestDaylightSaving:
    def test_spring_forward_night_review_lasts_a_real_hour(self) -> None:
        # 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT; 02:30 never happens.
        plan = thanknote.plan_follow_up(
            make("2026-03-08T00:30:00-05:00", "2026-03-08T01:30:00-05:00"), now=NOW
        )
        draft, review = only(plan, "draft"), only(plan, "review")
        assert draft.start == dt.datetime(2026, 3, 8, 1, 30, tzinfo=NY)
        assert draft.start.utcoffset() == dt.timedelta(hours=-5)
        assert (review.start.hour, review.start.minute) == (3, 30)
        assert review.start.utcoffset() == dt.timedelta(hours=-4)
        assert draft.end == review.start == dt.datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
        assert review.end == dt.datetime(2026, 3, 8, 8, 30, tzinfo=UTC)
        assert (review.end.hour, review.end.minute) == (4, 30)
        assert real(review.start, review.end) == dt.timedelta(hours=1)
        # Sunday is off; Monday morning is past the 24 hours, so the next business morning.
        thanks = only(plan, "thank_you")
        assert (thanks.start, thanks.end) == (
            dt.datetime(2026, 3, 9, 8, tzinfo=NY),
            dt.datetime(2026, 3, 9, 12, tzinfo=NY),
        )
        assert thanks.start.utcoffset() == dt.timedelta(hours=-4)
        assert all(exists(step.start) and exists(step.end) for step in plan.steps)

    def test_fall_back_thank_you_ends_within_24_real_hours(self) -> None:
        # 2026-11-01 in New York: 02:00 EDT falls back to 01:00 EST. With an
        # Israeli week Sunday is a working day. The interview ends Saturday
        # 20:30 EDT (00:30 UTC); 24 real hours later is Sunday 19:30 EST, not 20:30.
        plan = thanknote.plan_follow_up(
            make("2026-10-31T19:30:00-04:00", "2026-10-31T20:30:00-04:00", locale="en_IL"),
            now=NOW,
        )
        thanks = only(plan, "thank_you")
        assert thanks.start == dt.datetime(2026, 11, 1, 8, tzinfo=NY)
        assert thanks.end == dt.datetime(2026, 11, 1, 19, 30, tzinfo=NY)
        assert thanks.end.utcoffset() == dt.timedelta(hours=-5)
        end = dt.datetime(2026, 11, 1, 0, 30, tzinfo=UTC)
        assert real(end, thanks.end) == dt.timedelta(hours=24)
        assert "next business morning" not in thanks.reason

    def test_an_hour_across_the_repeated_hour_is_a_real_hour(self) -> None:
        # Ends 01:15 EDT; an hour later is 01:15 again, now EST.
        plan = thanknote.plan_follow_up(
            make("2026-11-01T00:30:00-04:00", "2026-11-01T01:15:00-04:00"), now=NOW
        )
        review = only(plan, "review")
        assert (review.start.hour, review.start.minute) == (1, 15)
        assert review.start.utcoffset() == dt.timedelta(hours=-5)
        # Compared in UTC: Python never finds a time of the repeated hour equal
        # to one in another zone (PEP 495).
        assert review.start.astimezone(UTC) == dt.datetime(2026, 11, 1, 6, 15, tzinfo=UTC)
        assert review.end.astimezone(UTC) == dt.datetime(2026, 11, 1, 7, 15, tzinfo=UTC)
        starts = [s.start.astimezone(UTC) for s in plan.steps]
        assert starts == sorted(starts)

    def test_no_window_starts_at_a_time_that_does_not_exist(self) -> None:
        # Chile moves its clocks at midnight: Sunday 2026-09-06 00:00 becomes 01:00.
        # With an Israeli week Sunday is a working day, and sending from midnight
        # would start at 00:00, which Santiago's clocks never show.
        santiago = zoneinfo.ZoneInfo("America/Santiago")
        interview = make("2026-09-05T19:00:00-04:00", "2026-09-05T20:00:00-04:00", "2026-09-05",
                         zone="America/Santiago", timezone="America/Santiago",
                         locale="en_IL")  # fmt: skip
        policy = thanknote.FollowUpPolicy(send_hours=(0, 20))
        plan = thanknote.plan_follow_up(interview, now=NOW, policy=policy)
        thanks = only(plan, "thank_you")
        assert thanks.start == dt.datetime(2026, 9, 6, 4, tzinfo=UTC)
        assert (thanks.start.hour, thanks.start.utcoffset()) == (1, dt.timedelta(hours=-3))
        assert thanks.end == dt.datetime(2026, 9, 6, 20, tzinfo=santiago)  # 24 h after the end
        # Due Saturday 5th: over at Sunday 00:00, that is 01:00; Sunday starts
        # the week, so Monday 7th in the email hours.
        email = only(plan, "follow_up_email")
        assert email.start == dt.datetime(2026, 9, 7, 9, tzinfo=santiago)
        assert all(exists(step.start) and exists(step.end) for step in plan.steps)

    def test_a_start_without_an_end_lasts_a_real_hour_across_the_change(self) -> None:
        interview = make("2026-03-08T01:30:00-05:00", None)
        assert dt.timedelta(hours=1) == ASSUMED_LENGTH
        assert interview_end(interview) == dt.datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
        draft = only(thanknote.plan_follow_up(interview, now=NOW), "draft")
        assert draft.start == interview_end(interview)
        assert (draft.start.hour, draft.start.utcoffset()) == (3, dt.timedelta(hours=-4))


# -- 3. month-day phrases know the year -------------------------------------------------------


class TestLeapDays:
    def test_february_29_in_a_leap_year(self) -> None:
        plan = thanknote.plan_follow_up(
            make("2028-01-10T10:00:00-05:00", "2028-01-10T11:00:00-05:00", "February 29"),
            now=NOW,
        )
        assert plan.decision_day == dt.date(2028, 2, 29)
        # Due Tuesday 29 February: Wednesday 1 March.
        assert plan.follow_up_day == dt.date(2028, 3, 1)

    @pytest.mark.parametrize(
        ("said", "day", "due"),
        [
            ("February 29", dt.date(2028, 1, 10), dt.date(2028, 2, 29)),
            ("29 February", dt.date(2027, 12, 1), dt.date(2028, 2, 29)),  # next year's
            ("february 29th", dt.date(2028, 2, 29), dt.date(2028, 2, 29)),  # the same day
            ("December 4", dt.date(2026, 12, 5), dt.date(2027, 12, 4)),
        ],
    )
    def test_the_next_occurrence_on_or_after_the_interview(
        self, said: str, day: dt.date, due: dt.date
    ) -> None:
        assert decision_day(said, day, US_WEEKEND) == due

    def test_a_date_that_does_not_exist_that_year_is_refused(self) -> None:
        with pytest.raises(UnreadablePhraseError):
            decision_day("February 29", dt.date(2027, 1, 10), US_WEEKEND)
        with pytest.raises(UnreadablePhraseError):
            decision_day("February 30", dt.date(2028, 1, 10), US_WEEKEND)
        with pytest.raises(thanknote.InvalidInterviewError) as caught:  # refused on loading
            make("2027-01-10T10:00:00-05:00", "2027-01-10T11:00:00-05:00", "February 29")
        assert caught.value.problems[0].field == "interview.decision_expected"

    def test_readable_without_a_year_and_checked_with_one(self) -> None:
        assert is_readable("February 29")
        assert is_readable("February 29", day=dt.date(2028, 1, 10))
        assert not is_readable("February 29", day=dt.date(2027, 1, 10))
        assert not is_readable("February 30")


# -- 4. bounded counts ---------------------------------------------------------------------------


class TestBounds:
    def test_a_huge_count_is_refused_at_once_when_loading(self) -> None:
        data = panel_data(1)
        data["interview"]["decision_expected"] = "3000000 business days"
        began = time.perf_counter()
        with pytest.raises(thanknote.InvalidInterviewError) as caught:
            thanknote.load_interview(data)
        assert time.perf_counter() - began < 1
        assert caught.value.problems[0].field == "interview.decision_expected"

    @pytest.mark.parametrize(
        ("said", "due"),
        [
            ("520 business days", dt.date(2028, 11, 21)),
            ("731 days", dt.date(2028, 11, 24)),
            ("104 weeks", dt.date(2028, 11, 21)),
            ("24 months", dt.date(2028, 11, 24)),
            ("P2Y", dt.date(2028, 11, 24)),
        ],
    )
    def test_up_to_two_years_is_read(self, said: str, due: dt.date) -> None:
        assert decision_day(said, dt.date(2026, 11, 24), US_WEEKEND) == due

    @pytest.mark.parametrize(
        "said",
        ["521 business days", "3000000 business days", "3000000 Werktage", "732 days",
         "105 weeks", "53 fortnights", "25 months", "2 to 3000000 weeks", "P3Y", "P732D",
         "P2Y1D", "P99999999999999999999D"],
    )  # fmt: skip
    def test_beyond_two_years_is_refused_quickly(self, said: str) -> None:
        began = time.perf_counter()
        with pytest.raises(UnreadablePhraseError):
            decision_day(said, dt.date(2026, 11, 24), US_WEEKEND)
        assert time.perf_counter() - began < 0.5


# -- 5. a bare language takes its likely territory's weekend --------------------------------------


class TestLikelyTerritory:
    def test_he_and_he_il_agree(self) -> None:
        assert weekend_days("he") == weekend_days("he_IL") == frozenset({4, 5})
        assert weekend_days("en") == weekend_days("en_US") == frozenset({5, 6})

    def test_a_plan_in_he_with_an_english_fallback_keeps_israels_week(self) -> None:
        interview = make("2026-11-26T10:00:00+02:00", "2026-11-26T11:00:00+02:00",
                         zone=None, timezone="Asia/Jerusalem", locale="he")  # fmt: skip
        with pytest.warns(thanknote.FallbackLanguageWarning):
            plan = thanknote.plan_follow_up(interview, now=NOW, fallback="en")
        # Thursday + a week = Thursday 3 December; Friday, Saturday off; Sunday starts the week.
        email = only(plan, "follow_up_email")
        assert email.start == dt.datetime(
            2026, 12, 7, 9, tzinfo=zoneinfo.ZoneInfo("Asia/Jerusalem")
        )


# -- 7. input validation ---------------------------------------------------------------------------


def _plain() -> thanknote.Interview:
    return make("2026-11-24T10:00:00-05:00", "2026-11-24T12:30:00-05:00")


class TestPolicyValues:
    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("send_hours", (20, 8)),
            ("send_hours", (8, 25)),
            ("send_hours", "8-20"),
            ("email_hours", (9, 9)),
            ("call_hours", (10.5, 11)),
            ("default_wait", 0),
            ("default_wait", 3000000),
            ("follow_up_gap", 0),
            ("max_follow_ups", -1),
            ("max_follow_ups", 1000),
            ("assumed_end_hour", 24),
            ("review_delay", dt.timedelta(hours=-1)),
            ("review_delay", dt.timedelta(hours=30)),
            ("thank_you_within", dt.timedelta(0)),
            ("reply_within", 48),
            ("avoid_week_start", "no"),
        ],
    )
    def test_a_bad_value_names_its_field(self, field: str, value: object) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.FollowUpPolicy(**{field: value})
        assert caught.value.option == field

    def test_hours_from_a_list_are_accepted(self) -> None:
        assert thanknote.FollowUpPolicy(send_hours=[9, 17]).send_hours == (9, 17)  # type: ignore[arg-type]

    def test_the_planner_checks_the_policy_again(self) -> None:
        policy = thanknote.FollowUpPolicy()
        object.__setattr__(policy, "send_hours", (20, 8))
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.plan_follow_up(_plain(), now=NOW, policy=policy)
        assert caught.value.option == "send_hours"
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.plan_follow_up(_plain(), now=NOW, policy={"send_hours": (8, 20)})  # type: ignore[arg-type]
        assert caught.value.option == "policy"


class TestReplyValues:
    def test_an_unknown_kind_is_refused_by_the_record(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.Reply(kind="rejected", at=dt.datetime(2026, 11, 30, 10, tzinfo=NY))  # type: ignore[arg-type]
        assert (caught.value.option, caught.value.value) == ("kind", "rejected")

    def test_an_unknown_kind_is_refused_by_the_planner(self) -> None:
        with attrs.validators.disabled():  # a record built around its validators
            reply = thanknote.Reply(kind="rejected", at=dt.datetime(2026, 11, 30, 10, tzinfo=NY))  # type: ignore[arg-type]
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.plan_follow_up(_plain(), now=NOW, replies=[reply])
        assert (caught.value.option, caught.value.value) == ("replies.kind", "rejected")

    def test_a_naive_time_is_an_option_error(self) -> None:
        with attrs.validators.disabled():
            reply = thanknote.Reply(kind="answer", at=dt.datetime(2026, 11, 30, 10))
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.plan_follow_up(_plain(), now=NOW, replies=[reply])
        assert caught.value.option == "replies.at"

    def test_a_rejection_before_the_interview_is_refused(self) -> None:
        reply = thanknote.Reply(kind="rejection", at=dt.datetime(2026, 11, 24, 9, 59, tzinfo=NY))
        with pytest.raises(thanknote.InvalidOptionError, match="before the interview") as caught:
            thanknote.plan_follow_up(_plain(), now=NOW, replies=[reply])
        assert caught.value.option == "replies.at"

    def test_a_reply_before_a_date_only_interview_day_is_refused(self) -> None:
        interview = make("2026-11-24", None)
        early = thanknote.Reply(kind="answer", at=dt.datetime(2026, 11, 23, 23, 59, tzinfo=NY))
        with pytest.raises(thanknote.InvalidOptionError):
            thanknote.plan_follow_up(interview, now=NOW, replies=[early])
        same_day = thanknote.Reply(kind="answer", at=dt.datetime(2026, 11, 24, 0, 0, tzinfo=NY))
        plan = thanknote.plan_follow_up(interview, now=NOW, replies=[same_day])
        assert not [s for s in plan.steps if s.kind == "follow_up_email"]

    def test_a_rejection_during_the_interview_day_is_accepted(self) -> None:
        at = dt.datetime(2026, 11, 24, 15, tzinfo=NY)
        reply = thanknote.Reply(kind="rejection", at=at)
        plan = thanknote.plan_follow_up(_plain(), now=NOW, replies=[reply])
        answer = only(plan, "reply_to_decision")
        assert answer.start == at
        # 48 hours on working days: Thanksgiving (Thu 26 Nov) is not one.
        assert answer.end == dt.datetime(2026, 11, 27, 15, tzinfo=NY)

    def test_something_else_than_a_reply_is_refused(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.plan_follow_up(_plain(), now=NOW, replies=["rejection"])  # type: ignore[list-item]
        assert caught.value.option == "replies"

    def test_a_sender_outside_the_panel_names_the_field(self) -> None:
        reply = thanknote.Reply(kind="answer", at=NOW.replace(year=2027), sender="Nobody")
        with pytest.raises(thanknote.InvalidOptionError, match="not in the interview") as caught:
            thanknote.plan_follow_up(_plain(), now=NOW, replies=[reply])
        assert caught.value.option == "replies.sender"
