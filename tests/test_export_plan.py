"""Specification of plan exports: JSON and iCalendar."""

from __future__ import annotations

import datetime as dt
import json

import icalendar

import thanknote
from thanknote.export import JSON_SCHEMA_VERSION

NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)


def plan(panel: thanknote.Interview) -> thanknote.Plan:
    return thanknote.plan_follow_up(panel, now=NOW)


def test_json_has_a_schema_version_and_every_step(panel: thanknote.Interview) -> None:
    made = plan(panel)
    document = json.loads(thanknote.plan_to_json(made))
    assert document["schema_version"] == JSON_SCHEMA_VERSION
    assert [s["kind"] for s in document["steps"]] == [s.kind for s in made.steps]
    assert document["decision_day"] == "2026-12-01"


def test_the_ics_parses_back_with_one_event_and_alarm_per_step(panel: thanknote.Interview) -> None:
    made = plan(panel)
    calendar = icalendar.Calendar.from_ical(thanknote.plan_to_ics(made))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(made.steps)
    for event, step in zip(events, made.steps, strict=True):
        assert event.decoded("dtstart") == step.start
        assert event.decoded("dtend") == step.end
        assert event.decoded("dtstamp") == NOW
        assert len(list(event.walk("VALARM"))) == 1
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_exporting_the_same_plan_twice_gives_the_same_file(panel: thanknote.Interview) -> None:
    assert thanknote.plan_to_ics(plan(panel)) == thanknote.plan_to_ics(plan(panel))


def test_uids_survive_a_new_now(panel: thanknote.Interview) -> None:
    later = thanknote.plan_follow_up(panel, now=NOW + dt.timedelta(days=1))

    def uids(made: thanknote.Plan) -> list[str]:
        cal = icalendar.Calendar.from_ical(thanknote.plan_to_ics(made))
        return [str(e["uid"]) for e in cal.walk("VEVENT")]

    assert uids(plan(panel)) == uids(later)


def test_time_zones_are_kept(panel: thanknote.Interview) -> None:
    ics = thanknote.plan_to_ics(plan(panel)).decode()
    assert "TZID:America/Chicago" in ics
    assert "DTSTART;TZID=America/Chicago:20261202T090000" in ics


def test_titles_and_reminders_are_in_the_plans_language(panel: thanknote.Interview) -> None:
    plan = thanknote.plan_follow_up(panel, now=NOW, locale="de_DE")
    calendar = icalendar.Calendar.from_ical(thanknote.plan_to_ics(plan))
    events = list(calendar.walk("VEVENT"))
    titles = [str(e["SUMMARY"]) for e in events]
    assert "Dankesnachricht an Dana Reyes" in titles
    assert all(str(e.walk("VALARM")[0]["DESCRIPTION"]) == str(e["SUMMARY"]) for e in events)
    assert not any("Send" in t or "Follow up" in t for t in titles)


def test_english_titles_name_the_step_and_the_person(panel: thanknote.Interview) -> None:
    plan = thanknote.plan_follow_up(panel, now=NOW)
    titles = {
        str(e["SUMMARY"])
        for e in icalendar.Calendar.from_ical(thanknote.plan_to_ics(plan)).walk("VEVENT")
    }
    assert "Thank-you note to Dana Reyes" in titles
    assert "Write the notes" in titles
