"""Every way of saying "when" that the issue listed, with its kin in each language pack.

Said at an interview on Tuesday, 24 November 2026, with each country's public
holidays; the expected day is the day the decision is due.
"""

from __future__ import annotations

import datetime as dt

import pytest

import thanknote
from thanknote._decision import ACCEPTED_FORMS, UnreadablePhraseError, decision_day

TUESDAY = dt.date(2026, 11, 24)
WEEKEND = frozenset({5, 6})
REGION = {"en": "US", "de": "DE-BY", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT"}

PHRASES = [
    # early next month: the 10th of December, as "early December" is
    ("en", "early next month", dt.date(2026, 12, 10)),
    ("en", "beginning of next month", dt.date(2026, 12, 10)),
    ("en", "mid next month", dt.date(2026, 12, 15)),
    ("en", "late next month", dt.date(2026, 12, 31)),
    ("de", "Anfang nächsten Monats", dt.date(2026, 12, 10)),
    ("de", "Mitte des nächsten Monats", dt.date(2026, 12, 15)),
    ("fr", "début du mois prochain", dt.date(2026, 12, 10)),
    ("es", "a principios del mes que viene", dt.date(2026, 12, 10)),
    ("it", "inizio del mese prossimo", dt.date(2026, 12, 10)),
    ("pt", "no início do mês que vem", dt.date(2026, 12, 10)),
    # by the 5th: the next 5th after the interview
    ("en", "by the 5th", dt.date(2026, 12, 5)),
    ("en", "by the 31st", dt.date(2026, 12, 31)),
    ("de", "bis zum 5.", dt.date(2026, 12, 5)),
    ("fr", "d'ici le 5", dt.date(2026, 12, 5)),
    ("es", "para el día 5", dt.date(2026, 12, 5)),
    ("it", "entro il 5", dt.date(2026, 12, 5)),
    ("pt", "até o dia 5", dt.date(2026, 12, 5)),
    # a date written day first with slashes, outside English
    ("pt", "até o dia 4/12", dt.date(2026, 12, 4)),
    ("fr", "avant le 4/12", dt.date(2026, 12, 4)),
    # within 48 hours: the days they reach into
    ("en", "within 48 hours", dt.date(2026, 11, 26)),
    ("en", "within 36 hours", dt.date(2026, 11, 26)),
    ("de", "innerhalb von 48 Stunden", dt.date(2026, 11, 26)),
    ("fr", "sous 48 heures", dt.date(2026, 11, 26)),
    ("es", "en 48 horas", dt.date(2026, 11, 26)),
    ("it", "entro 48 ore", dt.date(2026, 11, 26)),
    ("pt", "em 48 horas", dt.date(2026, 11, 26)),
    # first week of December: Monday 30 November to Friday 4 December
    ("en", "first week of December", dt.date(2026, 12, 4)),
    ("en", "the second week of next month", dt.date(2026, 12, 11)),
    ("en", "last week of December", dt.date(2026, 12, 31)),  # New Year's Day is off
    ("de", "erste Dezemberwoche", dt.date(2026, 12, 4)),
    ("de", "in der ersten Woche im Dezember", dt.date(2026, 12, 4)),
    ("fr", "la première semaine de décembre", dt.date(2026, 12, 4)),
    ("es", "la primera semana de diciembre", dt.date(2026, 12, 4)),
    ("it", "la prima settimana di dicembre", dt.date(2026, 12, 4)),
    ("pt", "a primeira semana de dezembro", dt.date(2026, 12, 4)),  # 1 Dec is off, not the week
    # after a holiday: the end of the working week after it
    ("en", "after Thanksgiving", dt.date(2026, 11, 27)),
    ("en", "after Christmas", dt.date(2026, 12, 31)),
    ("de", "nach Ostern", dt.date(2027, 4, 2)),  # Easter Monday 29 Mar 2027
    ("de", "nach Weihnachten", dt.date(2026, 12, 31)),
    ("fr", "après Pâques", dt.date(2027, 4, 2)),
    ("fr", "après la Toussaint", dt.date(2027, 11, 5)),  # 1 Nov 2026 is past
    ("es", "después de Semana Santa", dt.date(2027, 4, 2)),
    ("es", "después de Navidad", dt.date(2026, 12, 31)),
    ("it", "dopo Pasqua", dt.date(2027, 4, 2)),
    ("pt", "depois da Páscoa", dt.date(2027, 4, 2)),
    # before a holiday: the last working day before it
    ("en", "before Thanksgiving", dt.date(2026, 11, 25)),
    ("en", "before Christmas", dt.date(2026, 12, 23)),
    ("de", "vor Weihnachten", dt.date(2026, 12, 23)),
    ("fr", "avant Noël", dt.date(2026, 12, 23)),
    ("es", "antes de Navidad", dt.date(2026, 12, 23)),
    ("it", "prima di Natale", dt.date(2026, 12, 23)),
    ("pt", "antes do Natal", dt.date(2026, 12, 23)),
    # early December, and the parts of a month
    ("en", "early December", dt.date(2026, 12, 10)),
    ("de", "Anfang Dezember", dt.date(2026, 12, 10)),
    ("de", "Anfang Jänner", dt.date(2027, 1, 10)),  # Austrian January
    ("de", "Mitte Dezember", dt.date(2026, 12, 15)),
    ("de", "Ende Dezember", dt.date(2026, 12, 31)),
    ("fr", "début décembre", dt.date(2026, 12, 10)),
    ("fr", "mi-décembre", dt.date(2026, 12, 15)),
    ("fr", "fin décembre", dt.date(2026, 12, 31)),
    ("es", "a principios de diciembre", dt.date(2026, 12, 10)),
    ("es", "a mediados de diciembre", dt.date(2026, 12, 15)),
    ("es", "a finales de diciembre", dt.date(2026, 12, 31)),
    ("it", "ai primi di dicembre", dt.date(2026, 12, 10)),
    ("pt", "no início de dezembro", dt.date(2026, 12, 10)),
    # within two weeks
    ("en", "within two weeks", dt.date(2026, 12, 8)),
    ("de", "innerhalb von zwei Wochen", dt.date(2026, 12, 8)),
    ("fr", "d'ici deux semaines", dt.date(2026, 12, 8)),
    ("es", "dentro de dos semanas", dt.date(2026, 12, 8)),
    ("it", "entro due settimane", dt.date(2026, 12, 8)),
    ("pt", "dentro de duas semanas", dt.date(2026, 12, 8)),
    # by the end of the month
    ("en", "by the end of the month", dt.date(2026, 11, 30)),
    ("de", "bis Ende des Monats", dt.date(2026, 11, 30)),
    ("fr", "d'ici la fin du mois", dt.date(2026, 11, 30)),
    ("es", "antes de fin de mes", dt.date(2026, 11, 30)),
    ("it", "entro la fine del mese", dt.date(2026, 11, 30)),
    ("pt", "até o fim do mês", dt.date(2026, 11, 30)),
]


@pytest.mark.parametrize(("language", "said", "due"), PHRASES)
def test_each_phrase_gives_the_day_the_decision_is_due(
    language: str, said: str, due: dt.date
) -> None:
    holidays = thanknote.public_holidays(REGION[language])
    assert decision_day(said, TUESDAY, WEEKEND, language, holidays=holidays) == due


def test_a_holiday_inside_the_week_does_not_end_it() -> None:
    # Thanksgiving is on Thursday: "end of the week" is still Friday.
    holidays = thanknote.public_holidays("US")
    assert decision_day("end of the week", TUESDAY, WEEKEND, holidays=holidays) == dt.date(
        2026, 11, 27
    )


def test_business_days_skip_the_calendars_holidays() -> None:
    holidays = thanknote.public_holidays("US")
    assert decision_day("3 business days", TUESDAY, WEEKEND, holidays=holidays) == dt.date(
        2026, 11, 30
    )  # Wed, Fri, Mon: Thanksgiving is not counted


def test_a_holiday_name_needs_a_calendar_that_names_its_days() -> None:
    with pytest.raises(UnreadablePhraseError):
        decision_day("after Thanksgiving", TUESDAY, WEEKEND)
    with pytest.raises(UnreadablePhraseError):
        decision_day("after Thanksgiving", TUESDAY, WEEKEND, holidays={dt.date(2026, 11, 26)})
    named = {dt.date(2026, 11, 26): "Thanksgiving Day"}
    assert decision_day("after Thanksgiving", TUESDAY, WEEKEND, holidays=named) == dt.date(
        2026, 11, 27
    )


@pytest.mark.parametrize("said", ["after Blursday", "before the heat death of the universe"])
def test_a_name_that_is_no_holiday_is_refused(said: str) -> None:
    with pytest.raises(UnreadablePhraseError):
        decision_day(said, TUESDAY, WEEKEND, "en", holidays=thanknote.public_holidays("US"))


def test_a_holiday_name_is_checked_when_the_plan_is_made() -> None:
    data = {
        "candidate": {"name": "Sam Lee"},
        "interview": {"company": "Acme", "position": "Engineer", "start": "2026-11-24",
                      "decision_expected": "after Blursday"},
        "interviewers": [{"name": "Dana Reyes", "talking_points": ["Kafka"]}],
    }  # fmt: skip
    interview = thanknote.load_interview(data)  # the calendar is not known yet
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.plan_follow_up(interview, now=now)
    [problem] = caught.value.problems
    assert problem.field == "interview.decision_expected"
    assert "'after Blursday'" in problem.message
    assert ACCEPTED_FORMS in problem.message


def test_the_accepted_forms_name_the_new_phrases() -> None:
    for form in ("within 48 hours", "early next month", "first week of December", "by the 5th",
                 "after Thanksgiving"):  # fmt: skip
        assert form in ACCEPTED_FORMS


def test_an_unreadable_phrase_is_kept_and_warned_about_when_loading() -> None:
    data = {
        "candidate": {"name": "Sam Lee"},
        "interview": {"company": "Acme", "position": "Engineer", "start": "2026-11-24",
                      "decision_expected": "whenever they like"},
        "interviewers": [{"name": "Dana Reyes", "talking_points": ["Kafka"]}],
    }  # fmt: skip
    interview = thanknote.load_interview(data)
    assert interview.decision_expected == "whenever they like"
    [warning] = [
        w for w in thanknote.check_interview(interview) if w.field == "interview.decision_expected"
    ]
    assert "early next month" in warning.message


def test_a_phrase_read_as_a_day_no_calendar_holds_is_refused_when_loading() -> None:
    data = {
        "candidate": {"name": "Sam Lee"},
        "interview": {"company": "Acme", "position": "Engineer", "start": "2026-11-24",
                      "decision_expected": "2026-02-30"},
        "interviewers": [{"name": "Dana Reyes", "talking_points": ["Kafka"]}],
    }  # fmt: skip
    with pytest.raises(thanknote.InvalidInterviewError, match="names no day a plan can hold"):
        thanknote.load_interview(data)


def test_a_slashed_date_in_english_is_refused_as_ambiguous() -> None:
    # "12/4" is the 4th of December in the US and the 12th of April in Britain.
    with pytest.raises(ValueError, match="12/4"):
        decision_day("by 12/4", TUESDAY, WEEKEND, "en")
