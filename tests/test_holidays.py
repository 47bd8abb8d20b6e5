"""Public holidays in the planner: the calendar cases, in four countries, with exact dates."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import zoneinfo
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import thanknote
from thanknote import _holidays

NY = zoneinfo.ZoneInfo("America/New_York")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")


def interview(
    start: str,
    said: str | None = None,
    *,
    locale: str = "en_US",
    zone: str = "America/New_York",
    end: str | None = None,
) -> thanknote.Interview:
    data: dict[str, Any] = {
        "locale": locale,
        "candidate": {"name": "Sam Lee", "email": "sam.lee@example.com"},
        "interview": {
            "company": "Acme Robotics",
            "position": "Data Engineer",
            "start": start,
            "timezone": zone,
            "talking_points": ["the move to streaming ingestion"],
        },
        "interviewers": [
            {
                "name": "Lorraine Cho",
                "email": "lcho@acme.example",
                "hiring_manager": True,
                "talking_points": ["the on-call rotation"],
            },
            {"name": "Marcus Webb", "email": "mwebb@acme.example", "talking_points": ["Kafka"]},
        ],
    }
    if said is not None:
        data["interview"]["decision_expected"] = said
    if end is not None:
        data["interview"]["end"] = end
    return thanknote.load_interview(data)


def plan(iv: thanknote.Interview, **options: Any) -> thanknote.Plan:
    now = dt.datetime.fromisoformat("2026-01-01T00:00:00+00:00")
    return thanknote.plan_follow_up(iv, now=now, **options)


def kind(p: thanknote.Plan, name: str) -> list[thanknote.Step]:
    return [s for s in p.steps if s.kind == name]


def rejection(at: dt.datetime, sender: str | None = "Lorraine Cho") -> thanknote.Reply:
    return thanknote.Reply(kind="rejection", at=at, sender=sender)


class TestTheIssuesCases:
    """The cases from the report, each of which landed on a holiday before."""

    def test_a_decision_due_the_day_before_thanksgiving_is_followed_up_after_it(self) -> None:
        p = plan(interview("2026-11-20T10:00:00-05:00", "2026-11-25"))
        assert p.follow_up_day == dt.date(2026, 11, 27)  # not Thu 26 Nov, Thanksgiving

    def test_thank_you_notes_after_an_evening_interview_skip_thanksgiving(self) -> None:
        p = plan(interview("2026-11-25T19:30:00-05:00", "a week"))
        for step in kind(p, "thank_you"):
            assert step.start == dt.datetime(2026, 11, 27, 8, tzinfo=NY)  # Friday morning

    def test_by_christmas_eve_follows_up_after_christmas_and_the_weekend(self) -> None:
        p = plan(interview("2026-12-01T10:00:00-05:00", "by Dec 24"))
        assert p.decision_day == dt.date(2026, 12, 24)
        assert p.follow_up_day == dt.date(2026, 12, 29)  # Fri 25 off, Mon starts the week

    def test_seven_business_days_are_not_counted_through_christmas(self) -> None:
        p = plan(interview("2026-12-21T10:00:00-05:00"))
        # 22, 23, 24, 28, 29, 30, 31 Dec; 1 Jan is off; Mon 4 Jan starts the week.
        assert p.follow_up_day == dt.date(2027, 1, 5)

    def test_a_german_week_from_christmas_eve_is_not_followed_up_on_new_years_day(self) -> None:
        p = plan(
            interview(
                "2026-12-24T10:00:00+01:00", "eine Woche", locale="de_DE", zone="Europe/Berlin"
            )
        )
        assert p.decision_day == dt.date(2026, 12, 31)
        assert p.follow_up_day == dt.date(2027, 1, 5)  # Neujahr, the weekend, then not Monday

    def test_a_rejection_on_a_friday_is_answered_by_tuesday_not_sunday(self) -> None:
        iv = interview("2026-11-24T10:00:00-05:00", "a week")
        p = plan(iv, replies=[rejection(dt.datetime(2026, 11, 27, 9, tzinfo=NY))])
        [answer] = kind(p, "reply_to_decision")
        assert answer.end == dt.datetime(2026, 12, 1, 9, tzinfo=NY)
        assert "Answer Lorraine Cho by Tuesday, December 1, 2026" in answer.reason


class TestOtherCountries:
    def test_german_good_friday_and_easter_monday_push_the_follow_up_to_wednesday(self) -> None:
        iv = interview("2026-03-31T10:00:00+02:00", "bis Donnerstag", locale="de_DE",
                       zone="Europe/Berlin")  # fmt: skip
        p = plan(iv)
        assert p.decision_day == dt.date(2026, 4, 2)
        # Fri 3 Apr and Mon 6 Apr are off; Tue 7 Apr starts that working week.
        assert p.follow_up_day == dt.date(2026, 4, 8)

    def test_a_bavarian_holiday_counts_only_with_the_bavarian_calendar(self) -> None:
        # Thu 4 Jun 2026 is Corpus Christi in Bavaria, a working day in Berlin.
        iv = interview("2026-06-02T10:00:00+02:00", "2026-06-03", locale="de_DE",
                       zone="Europe/Berlin")  # fmt: skip
        bavaria = thanknote.FollowUpPolicy(holidays=thanknote.public_holidays("DE-BY"))
        berlin = thanknote.FollowUpPolicy(holidays=thanknote.public_holidays("DE-BE"))
        assert plan(iv, policy=bavaria).follow_up_day == dt.date(2026, 6, 5)
        assert plan(iv, policy=berlin).follow_up_day == dt.date(2026, 6, 4)

    def test_french_armistice_day_is_no_day_for_a_follow_up(self) -> None:
        iv = interview("2026-11-03T10:00:00+01:00", "une semaine", locale="fr_FR",
                       zone="Europe/Paris")  # fmt: skip
        p = plan(iv)
        assert p.decision_day == dt.date(2026, 11, 10)
        assert p.follow_up_day == dt.date(2026, 11, 12)  # Wed 11 Nov is off

    def test_a_french_rejection_reply_deadline_skips_armistice_day(self) -> None:
        iv = interview("2026-11-03T10:00:00+01:00", "une semaine", locale="fr_FR",
                       zone="Europe/Paris")  # fmt: skip
        p = plan(iv, replies=[rejection(dt.datetime(2026, 11, 10, 10, tzinfo=PARIS))])
        [answer] = kind(p, "reply_to_decision")
        assert answer.end == dt.datetime(2026, 11, 13, 10, tzinfo=PARIS)

    def test_spanish_business_days_skip_the_immaculate_conception(self) -> None:
        iv = interview("2026-12-01T10:00:00+01:00", "5 días hábiles", locale="es_ES",
                       zone="Europe/Madrid")  # fmt: skip
        p = plan(iv)
        assert p.decision_day == dt.date(2026, 12, 9)  # 2, 3, 4, 7, 9: 8 Dec is off
        assert p.follow_up_day == dt.date(2026, 12, 10)

    def test_spanish_thank_you_notes_wait_for_the_day_after_the_holiday(self) -> None:
        iv = interview("2026-12-07T18:00:00+01:00", "una semana", locale="es_ES",
                       zone="Europe/Madrid", end="2026-12-07T19:00:00+01:00")  # fmt: skip
        p = plan(iv)
        for step in kind(p, "thank_you"):
            assert step.start == dt.datetime(2026, 12, 9, 8, tzinfo=MADRID)

    def test_a_call_slot_is_never_on_a_holiday(self) -> None:
        data_iv = interview("2026-11-20T10:00:00-05:00", "2026-11-25")
        person = data_iv.interviewers[0]
        caller = attrs.evolve(person, phone="+1 312 555 0142", may_call=True)
        iv = attrs.evolve(data_iv, interviewers=(caller, data_iv.interviewers[1]))
        [call] = kind(plan(iv), "follow_up_call")
        assert call.start == dt.datetime(2026, 11, 27, 10, tzinfo=NY)


class TestCalendars:
    def test_any_container_of_dates_is_a_calendar(self) -> None:
        iv = interview("2026-11-24T10:00:00-05:00", "2026-11-25")
        policy = thanknote.FollowUpPolicy(holidays={dt.date(2026, 11, 26), dt.date(2026, 11, 27)})
        assert plan(iv, policy=policy).follow_up_day == dt.date(2026, 12, 1)

    def test_an_empty_calendar_counts_weekends_only(self) -> None:
        iv = interview("2026-11-24T10:00:00-05:00", "2026-11-25")
        p = plan(iv, policy=thanknote.FollowUpPolicy(holidays=frozenset()))
        assert p.follow_up_day == dt.date(2026, 11, 26)
        assert p.notices == ()

    @pytest.mark.parametrize("bad", ["US", 42, b"US"])
    def test_something_else_than_a_container_of_dates_is_refused(self, bad: object) -> None:
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            thanknote.FollowUpPolicy(holidays=bad)  # type: ignore[arg-type]
        assert caught.value.option == "holidays"

    def test_a_calendar_without_a_working_day_is_refused_not_looped_over(self) -> None:
        class EveryDay:
            def __contains__(self, day: object) -> bool:
                return True

        iv = interview("2026-11-24T10:00:00-05:00")
        with pytest.raises(thanknote.InvalidOptionError) as caught:
            plan(iv, policy=thanknote.FollowUpPolicy(holidays=EveryDay()))
        assert caught.value.option == "holidays"

    @pytest.mark.parametrize(
        ("region", "fragment"),
        [
            ("XX", "no public holidays are known for the country 'XX'"),
            ("DE-ZZ", "DE has no subdivision 'ZZ'"),
            ("", "expected a country code"),
            ("United States", "expected a country code"),
        ],
    )
    def test_an_unknown_region_is_refused_by_name(self, region: str, fragment: str) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match=fragment) as caught:
            thanknote.public_holidays(region)
        assert caught.value.option == "holidays"

    def test_region_codes_are_read_case_aside(self) -> None:
        assert dt.date(2026, 6, 4) in thanknote.public_holidays("de-by")

    def test_holidays_are_named_in_the_countrys_language(self) -> None:
        calendar = thanknote.public_holidays("DE")
        assert calendar.get(dt.date(2027, 1, 1)) == "Neujahr"  # type: ignore[attr-defined]


class TestWithoutTheExtra:
    @pytest.fixture
    def missing(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
        # An import of "holidays" now fails, as it does where it is not installed.
        monkeypatch.setitem(sys.modules, "holidays", None)
        _holidays.locale_holidays.cache_clear()
        yield
        _holidays.locale_holidays.cache_clear()

    @pytest.mark.usefixtures("missing")
    def test_the_plan_says_once_that_holidays_were_not_considered(self) -> None:
        p = plan(interview("2026-11-24T10:00:00-05:00", "2026-11-25"))
        [notice] = p.notices
        assert "Public holidays were not considered" in notice
        assert "thanknote[holidays]" in notice
        assert p.follow_up_day == dt.date(2026, 11, 26)  # weekends only: Thanksgiving

    @pytest.mark.usefixtures("missing")
    def test_the_notice_is_in_the_plans_language(self) -> None:
        iv = interview("2026-11-24T10:00:00+01:00", "eine Woche", locale="de_DE",
                       zone="Europe/Berlin")  # fmt: skip
        [notice] = plan(iv).notices
        assert notice.startswith("Feiertage wurden nicht berücksichtigt")

    @pytest.mark.usefixtures("missing")
    def test_a_calendar_given_by_the_host_needs_no_notice(self) -> None:
        policy = thanknote.FollowUpPolicy(holidays={dt.date(2026, 11, 26)})
        p = plan(interview("2026-11-24T10:00:00-05:00", "2026-11-25"), policy=policy)
        assert p.notices == ()
        assert p.follow_up_day == dt.date(2026, 11, 27)

    @pytest.mark.usefixtures("missing")
    def test_asking_for_a_region_says_what_to_install(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match=r"thanknote\[holidays\]"):
            thanknote.public_holidays("US")

    @pytest.mark.usefixtures("missing")
    def test_the_notice_is_in_the_json_plan(self) -> None:
        p = plan(interview("2026-11-24T10:00:00-05:00", "2026-11-25"))
        assert json.loads(thanknote.plan_to_json(p))["notices"] == list(p.notices)

    def test_with_the_extra_there_is_no_notice(self) -> None:
        assert plan(interview("2026-11-24T10:00:00-05:00", "2026-11-25")).notices == ()

    def test_import_thanknote_does_not_import_the_holidays_package(self) -> None:
        code = "import sys, thanknote; print('holidays' in sys.modules)"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "False"
