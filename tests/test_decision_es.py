"""How the Spanish pack says when a decision is due (``decision_when``).

A day the interviewer named or counted out is said in the pack's frame, as an
expectation ("hacia el martes, 1 de diciembre"); a vaguer time is repeated as
it was said when its first word lets it follow a verb ("llegará a principios
de la semana que viene"); a time that cannot follow a verb as written
("finales de mes") is not repeated at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from thanknote._wording import decision_when

TUESDAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("said", "when"),
    [
        # Counted out: the day it comes to, in the frame, unless the words
        # open as an adverbial does: then as said, not a day nobody named.
        ("una semana", "hacia el martes, 1 de diciembre"),
        ("dentro de una semana", "dentro de una semana"),
        ("quince días", "hacia el miércoles, 9 de diciembre"),
        ("10 días hábiles", "hacia el miércoles, 9 de diciembre"),
        # Named: the day, in the frame.
        ("el viernes", "hacia el viernes, 27 de noviembre"),
        ("antes del 4 de diciembre", "hacia el viernes, 4 de diciembre"),
        ("el próximo lunes", "hacia el lunes, 30 de noviembre"),
        # Tomorrow is a day: repeated, it would be wrong in a note sent the next day.
        ("mañana", "hacia el miércoles, 25 de noviembre"),
        # Vaguer: as said, since each can follow "llegará".
        ("a principios de la semana que viene", "a principios de la semana que viene"),
        ("A principios de diciembre", "a principios de diciembre"),
        ("a finales de mes", "a finales de mes"),
        ("antes de Navidad", "antes de Navidad"),
        ("Antes de fin de mes", "antes de fin de mes"),
        ("después de Navidad", "después de Navidad"),
        ("para Navidad", "para Navidad"),
        ("la semana que viene", "la semana que viene"),
        ("el mes que viene", "el mes que viene"),
        ("esta semana", "esta semana"),
    ],
)
def test_a_time_is_said_as_an_adverbial_that_can_follow_a_verb(said: str, when: str) -> None:
    assert decision_when(said, TUESDAY, TUESDAY, "es_ES") == when


@pytest.mark.parametrize(
    "said",
    [
        "finales de mes",  # "llegará finales de mes" lacks its "a"
        "fin de mes",
        "principios de diciembre",
        "mediados de diciembre",
        "próxima semana",  # "llegará próxima semana" lacks its "la"
    ],
)
def test_a_time_that_cannot_follow_a_verb_as_written_is_not_repeated(said: str) -> None:
    assert decision_when(said, TUESDAY, TUESDAY, "es_ES") is None


def test_a_vague_time_is_not_repeated_once_the_note_goes_out_days_later() -> None:
    # "la semana que viene" written on Thursday no longer means the week they meant.
    later = TUESDAY + dt.timedelta(days=2)
    assert decision_when("la semana que viene", TUESDAY, later, "es_ES") is None
    assert decision_when("una semana", TUESDAY, later, "es_ES") == "hacia el martes, 1 de diciembre"
