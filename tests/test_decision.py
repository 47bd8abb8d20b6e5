"""Specification of how ``decision_expected`` becomes a decision day."""

from __future__ import annotations

import datetime as dt

import pytest

from thanknote._decision import UnreadablePhraseError, decision_day

TUESDAY = dt.date(2026, 11, 24)
US_WEEKEND = frozenset({5, 6})


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("a week", dt.date(2026, 12, 1)),
        ("one week", dt.date(2026, 12, 1)),
        ("2 weeks", dt.date(2026, 12, 8)),
        ("two to three weeks", dt.date(2026, 12, 15)),  # the longer end counts
        ("ten days", dt.date(2026, 12, 4)),
        ("10 business days", dt.date(2026, 12, 8)),
        ("within 10 working days", dt.date(2026, 12, 8)),
        ("a couple of weeks", dt.date(2026, 12, 8)),
        ("a fortnight", dt.date(2026, 12, 8)),
        ("by Friday", dt.date(2026, 11, 27)),
        ("next Tuesday", dt.date(2026, 12, 1)),
        ("early next week", dt.date(2026, 12, 1)),
        ("before Christmas", dt.date(2026, 12, 23)),
        ("later this week", dt.date(2026, 11, 27)),
        ("by the end of this week", dt.date(2026, 11, 27)),
        ("a couple of days", dt.date(2026, 11, 26)),
        ("a few weeks", dt.date(2026, 12, 15)),
        ("end of the week", dt.date(2026, 11, 27)),
        ("end of next week", dt.date(2026, 12, 4)),
        ("by Friday next week", dt.date(2026, 12, 4)),
        ("end of the month", dt.date(2026, 11, 30)),
        ("within a month", dt.date(2026, 12, 24)),
        ("mid-December", dt.date(2026, 12, 15)),
        ("December 4", dt.date(2026, 12, 4)),
        ("4th December", dt.date(2026, 12, 4)),
        ("P7D", dt.date(2026, 12, 1)),
        ("P2W", dt.date(2026, 12, 8)),
        ("P1M", dt.date(2026, 12, 24)),
        ("2026-12-04", dt.date(2026, 12, 4)),
        (dt.date(2026, 12, 4), dt.date(2026, 12, 4)),
    ],
)
def test_phrases_resolve_against_the_interview_day(said: str | dt.date, due: dt.date) -> None:
    assert decision_day(said, TUESDAY, US_WEEKEND) == due


@pytest.mark.parametrize("said", [None, "soon", "ASAP", "shortly"])
def test_vague_answers_mean_no_stated_time(said: str | None) -> None:
    assert decision_day(said, TUESDAY, US_WEEKEND) is None


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("eine Woche", dt.date(2026, 12, 1)),
        ("in zwei Wochen", dt.date(2026, 12, 8)),
        ("10 Werktage", dt.date(2026, 12, 8)),
        ("bis Freitag", dt.date(2026, 11, 27)),
        ("nächsten Dienstag", dt.date(2026, 12, 1)),
        ("Ende des Monats", dt.date(2026, 11, 30)),
        ("Ende nächster Woche", dt.date(2026, 12, 4)),
        ("bis Ende der nächsten Woche", dt.date(2026, 12, 4)),
        ("kommende Woche", dt.date(2026, 12, 4)),
        ("une semaine", dt.date(2026, 12, 1)),
        ("sous quinze jours", dt.date(2026, 12, 8)),
        ("dans deux semaines", dt.date(2026, 12, 8)),
        ("mardi prochain", dt.date(2026, 12, 1)),
        ("fin du mois", dt.date(2026, 11, 30)),
        ("una semana", dt.date(2026, 12, 1)),
        ("en dos semanas", dt.date(2026, 12, 8)),
        ("10 días hábiles", dt.date(2026, 12, 8)),
        ("el martes que viene", dt.date(2026, 12, 1)),
        ("a fin de mes", dt.date(2026, 11, 30)),
        ("dos a tres semanas", dt.date(2026, 12, 15)),
        ("Anfang nächster Woche", dt.date(2026, 12, 1)),
        ("début de semaine prochaine", dt.date(2026, 12, 1)),
        ("a principios de la semana que viene", dt.date(2026, 12, 1)),
        ("inizio della prossima settimana", dt.date(2026, 12, 1)),
        ("no início da semana que vem", dt.date(2026, 12, 1)),
        ("antes de Navidad", dt.date(2026, 12, 23)),
        ("vor Weihnachten", dt.date(2026, 12, 23)),
    ],
)
def test_german_french_and_spanish_phrases(said: str, due: dt.date) -> None:
    assert decision_day(said, TUESDAY, US_WEEKEND) == due


def test_business_days_follow_the_locales_weekend() -> None:
    israel = frozenset({4, 5})  # Friday and Saturday
    assert decision_day("3 business days", dt.date(2026, 11, 26), israel) == dt.date(
        2026, 12, 1
    )  # Thursday + Sun, Mon, Tue


@pytest.mark.parametrize("said", ["whenever", "5 lightyears", "P", "2026-13-40"])
def test_unreadable_phrases_are_refused(said: str) -> None:
    with pytest.raises(UnreadablePhraseError):
        decision_day(said, TUESDAY, US_WEEKEND)


# -- what people jot after the interview -------------------------------------------
# Said on Tuesday, 24 November 2026: next week ends on Friday 4 December, ISO
# week 50 runs from 7 to 13 December, and "a few" weeks are three.


@pytest.mark.parametrize(
    ("language", "said", "due"),
    [
        ("en", "a week or two", dt.date(2026, 12, 8)),
        ("en", "next week or so", dt.date(2026, 12, 4)),
        ("en", "2 weeks max", dt.date(2026, 12, 8)),
        ("en", "end of the month at the latest", dt.date(2026, 11, 30)),
        ("en", "within 2 wks", dt.date(2026, 12, 8)),
        ("en", "in ~10 days", dt.date(2026, 12, 4)),
        ("en", "48 hrs", dt.date(2026, 11, 26)),
        ("en", "within the next two weeks", dt.date(2026, 12, 8)),
        ("en", "over the next couple of weeks", dt.date(2026, 12, 8)),
        ("en", "in the coming weeks", dt.date(2026, 12, 15)),
        ("en", "should know by Friday", dt.date(2026, 11, 27)),
        ("en", "they hope to decide within 10 days", dt.date(2026, 12, 4)),
        ("en", "Monday or Tuesday", dt.date(2026, 12, 1)),
        ("en", "by the end of the year", dt.date(2026, 12, 31)),
        ("en", "the week of December 7", dt.date(2026, 12, 11)),
        ("en", "first half of January", dt.date(2027, 1, 15)),
        ("en", "early in the new year", dt.date(2027, 1, 10)),
        ("en", "in January", dt.date(2027, 1, 31)),
        ("en", "by February", dt.date(2027, 2, 28)),
        ("it", "entro febbraio", dt.date(2027, 2, 28)),
        ("de", "im Januar", dt.date(2027, 1, 31)),
        ("de", "KW 50", dt.date(2026, 12, 11)),
        ("de", "in den nächsten zwei Wochen", dt.date(2026, 12, 8)),
        ("de", "bis Ende des Jahres", dt.date(2026, 12, 31)),
        ("de", "im neuen Jahr", dt.date(2027, 1, 10)),
        ("fr", "dans les prochaines semaines", dt.date(2026, 12, 15)),
        ("fr", "d'ici la fin de l'année", dt.date(2026, 12, 31)),
        ("es", "en las próximas dos semanas", dt.date(2026, 12, 8)),
        ("es", "antes de fin de año", dt.date(2026, 12, 31)),
        ("it", "nelle prossime settimane", dt.date(2026, 12, 15)),
        ("it", "entro fine anno", dt.date(2026, 12, 31)),
        ("pt", "nas próximas duas semanas", dt.date(2026, 12, 8)),
        ("pt", "até o fim do ano", dt.date(2026, 12, 31)),
        ("fr", "dans le courant du mois de janvier", dt.date(2027, 1, 31)),
        ("fr", "début d'année", dt.date(2027, 1, 10)),
        ("es", "la primera quincena de enero", dt.date(2027, 1, 15)),
        ("es", "a más tardar el 15 de enero", dt.date(2027, 1, 15)),
        ("it", "nella prima metà di gennaio", dt.date(2027, 1, 15)),
        ("pt", "na primeira quinzena de janeiro", dt.date(2027, 1, 15)),
    ],
)
def test_a_time_jotted_as_people_do_is_read(language: str, said: str, due: dt.date) -> None:
    assert decision_day(said, TUESDAY, US_WEEKEND, language) == due


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "not sure"), ("en", "no timeline given"), ("en", "TBC"), ("en", "ASAP-ish"),
     ("de", "zeitnah"), ("fr", "rapidement"), ("es", "pronto"), ("it", "a breve"),
     ("pt", "em breve")],
)  # fmt: skip
def test_no_time_given_in_any_words_means_none(language: str, said: str) -> None:
    assert decision_day(said, TUESDAY, US_WEEKEND, language) is None


@pytest.mark.parametrize(
    "said", ["not before March", "February 31", "we will see", "KW 60", "Monday or whenever"]
)
def test_talk_around_a_time_never_makes_one_up(said: str) -> None:
    with pytest.raises(UnreadablePhraseError):
        decision_day(said, TUESDAY, US_WEEKEND, "en")


@pytest.mark.parametrize(
    ("language", "said", "due"),
    [
        ("en", "within the next two weeks, once references are back", dt.date(2026, 12, 8)),
        ("en", "by Friday assuming the panel agrees", dt.date(2026, 11, 27)),
        ("en", "early next week, probably Tuesday", dt.date(2026, 12, 1)),
        ("de", "in zwei Wochen, wenn alle Gespräche geführt sind", dt.date(2026, 12, 8)),
    ],
)
def test_a_condition_after_the_time_leaves_the_time(language: str, said: str, due: dt.date) -> None:
    assert decision_day(said, TUESDAY, US_WEEKEND, language) == due


def test_no_time_before_a_condition_means_none() -> None:
    assert decision_day("soon, once references are back", TUESDAY, US_WEEKEND, "en") is None


@pytest.mark.parametrize("said", ["once references are back", "March, not before"])
def test_a_condition_alone_or_a_negation_gives_no_time(said: str) -> None:
    with pytest.raises(UnreadablePhraseError):
        decision_day(said, TUESDAY, US_WEEKEND, "en")


@pytest.mark.parametrize(
    ("language", "said"),
    [("de", "bis spätestens am 11. Dezember"), ("de", "bis 11.12."), ("de", "11. Dezember"),
     ("de", "bis zum 11. Dezember"), ("it", "entro l'11 dicembre"),
     ("it", "al più tardi l'11 dicembre")],
)  # fmt: skip
def test_a_day_written_as_the_language_writes_it_is_read(language: str, said: str) -> None:
    assert decision_day(said, TUESDAY, US_WEEKEND, language) == dt.date(2026, 12, 11)


@pytest.mark.parametrize("said", ["bis 31.2.", "bis 11.13."])
def test_a_dotted_day_that_does_not_exist_is_refused(said: str) -> None:
    with pytest.raises(UnreadablePhraseError):
        decision_day(said, TUESDAY, US_WEEKEND, "de")


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "by Friday, December 4"), ("en", "by Friday 4 December"),
     ("es", "a más tardar el viernes 4 de diciembre"), ("de", "bis Freitag, 4. Dezember"),
     ("fr", "vendredi 4 décembre"), ("it", "entro venerdì 4 dicembre"),
     ("pt", "até sexta, 4 de dezembro")],
)  # fmt: skip
def test_a_date_with_its_weekday_is_that_date(language: str, said: str) -> None:
    # Not the next Friday (November 27): the weekday only names the date.
    assert decision_day(said, TUESDAY, US_WEEKEND, language) == dt.date(2026, 12, 4)
