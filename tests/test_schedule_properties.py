"""Properties of the planner over generated interviews."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote
from thanknote._business_days import weekend_days

ZONES = ["America/New_York", "America/Chicago", "Europe/London", "Asia/Jerusalem",
         "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo"]  # fmt: skip
PHRASES = [None, "a week", "two weeks", "10 business days", "by Friday", "next Tuesday",
           "end of the month", "within a month", "P10D", "3 days", "soon"]  # fmt: skip
# en_IL: an English note in Israel, whose weekend is Friday and Saturday.
LOCALES = ["en_US", "en_GB", "en_IL", "de_DE", "fr_FR", "es_MX"]
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@st.composite
def interviews(draw: st.DrawFn) -> thanknote.Interview:
    zone = zoneinfo.ZoneInfo(draw(st.sampled_from(ZONES)))
    day = draw(st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))
    start = dt.datetime.combine(
        day, dt.time(draw(st.integers(6, 20)), draw(st.sampled_from([0, 30]))), zone
    )
    end = start + dt.timedelta(minutes=draw(st.integers(15, 240)))
    people = [
        thanknote.Interviewer(
            name=f"Person {i} Example",
            email=draw(st.sampled_from([None, f"p{i}@example.org"])),
            phone=draw(st.sampled_from([None, "+1 555 0100"])),
            timezone=draw(st.sampled_from([None, *ZONES])),
            may_call=draw(st.booleans()),
            hiring_manager=draw(st.booleans()),
        )
        for i in range(draw(st.integers(1, 4)))
    ]
    return thanknote.Interview(
        candidate=thanknote.Candidate(name="Sam Lee"),
        company="Acme",
        position="Engineer",
        start=start,
        end=end,
        timezone=zone.key,
        decision_expected=draw(st.sampled_from(PHRASES)),
        interviewers=people,
        locale=draw(st.sampled_from(LOCALES)),
    )


def zone_of(interview: thanknote.Interview, person: thanknote.Interviewer) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(person.timezone or interview.timezone or "UTC")


@settings(max_examples=150, deadline=None)
@given(interviews())
def test_planner_properties(interview: thanknote.Interview) -> None:
    plan = thanknote.plan_follow_up(interview, now=NOW)
    assert isinstance(interview.end, dt.datetime)
    weekend = weekend_days(interview.locale or "en_US")
    home = zoneinfo.ZoneInfo(interview.timezone or "UTC")

    # Steps are sorted, and planning twice gives the same plan.
    assert [s.start for s in plan.steps] == sorted(s.start for s in plan.steps)
    assert plan == thanknote.plan_follow_up(interview, now=NOW)

    for step in plan.steps:
        if step.kind in ("follow_up_email", "follow_up_call"):
            # Never before the stated decision time has passed.
            passed = plan.decision_day
            if passed is not None:
                over = dt.datetime.combine(passed + dt.timedelta(days=1), dt.time(0), home)
                assert step.start >= over
        if step.kind == "follow_up_call":
            # Only to someone who agreed, at 10-11 their time, on a business day.
            assert step.recipient is not None and step.recipient.may_call
            assert step.recipient.phone
            there = step.start.astimezone(zone_of(interview, step.recipient))
            assert (there.hour, there.minute) == (10, 0)
            assert there.weekday() not in weekend
        if step.kind == "thank_you":
            # Never in the first hour; within 24 hours unless none of the
            # recipient's sending hours fall in that day (then the next morning).
            assert step.start >= interview.end + dt.timedelta(hours=1)
            assert step.recipient is not None
            local = step.start.astimezone(zone_of(interview, step.recipient))
            assert 8 <= local.hour < 20
            if step.end > interview.end + dt.timedelta(hours=24):
                assert step.start >= interview.end + dt.timedelta(hours=24)
                assert local.hour == 8
