"""Specification of how a name splits when no override is given."""

from __future__ import annotations

import attrs
import pytest
from builders import panel_data

import thanknote
from thanknote._names import family_name, first_name, last_name
from thanknote.testing import make_interview


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("Dana Reyes", "Dana", "Reyes"),
        ("Mary Ann Smith", "Mary", "Smith"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Anna van der Berg", "Anna", "van der Berg"),
        ("Juan de la Cruz", "Juan", "de la Cruz"),
        ("Martin Luther King Jr.", "Martin", "King"),
        ("Cher", "Cher", "Cher"),
        ("  Dana   Reyes  ", "Dana", "Reyes"),
        ("Dr. med. Anna Schmidt", "Anna", "Schmidt"),
        ("Prof. Dr.-Ing. Jonas Weber", "Jonas", "Weber"),
        ("Lic. Gabriela Núñez", "Gabriela", "Núñez"),
        ("Jean-Claude Van Damme", "Jean-Claude", "Van Damme"),
        ("Paolo De Luca", "Paolo", "De Luca"),
    ],
)
def test_first_word_is_given_name_last_word_with_particles_is_family_name(
    name: str, first: str, last: str
) -> None:
    assert (first_name(name), last_name(name)) == (first, last)


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("Ana Paula Souza", "Ana Paula"),
        ("Juan Carlos Pérez", "Juan Carlos"),
        ("Maria José Gomes", "Maria José"),
        # a given name that pairs, then one that is never a surname
        ("Luis Fernando Cárdenas", "Luis Fernando"),
        ("María Eugenia Paz Soldán", "María Eugenia"),
        ("Maria Vittoria Ferrandi", "Maria Vittoria"),
        ("Gian Luca Bianchi", "Gian Luca"),
        # a second name that is also a surname stays the surname
        ("José Martín Pérez", "José"),
        # Without a family name after them, only the first word is sure.
        ("Ana Paula", "Ana"),
        ("Ana Smith", "Ana"),
    ],
)
def test_a_two_word_given_name_is_the_given_name(name: str, given: str) -> None:
    assert first_name(name) == given


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Carmen Ruiz Ortega", "Ruiz Ortega"),
        ("Gabriel García Márquez", "García Márquez"),
        ("Juan Carlos Pérez", "Pérez"),
        ("María José García López", "García López"),
        ("Lucía Martín", "Martín"),
        ("Dra. Elena Sanz Gil", "Sanz Gil"),
        ("Luis Fernando Cárdenas", "Cárdenas"),
        ("José Martín Pérez", "Martín Pérez"),
        # a two-word given name the module does not know still leaves two
        ("Xosé Manuel Pazos Iglesias", "Pazos Iglesias"),
        ("María del Carmen Ruiz Ortega", "Ruiz Ortega"),
        # with the particles that open the first surname
        ("Ana Sofía de la Vega Ruiz", "de la Vega Ruiz"),
    ],
)
def test_two_surnames_where_the_language_names_both(name: str, family: str) -> None:
    assert family_name(name, surnames=2) == family


def test_one_surname_elsewhere() -> None:
    assert family_name("Carmen Ruiz Ortega") == "Ortega"


@pytest.mark.parametrize(
    ("name", "honorific", "overrides", "salutation"),
    [
        ("Carmen Ruiz Ortega", "Sra.", {}, "Estimada Sra. Ruiz Ortega:"),
        ("Juan Carlos Pérez", "Sr.", {}, "Estimado Sr. Pérez:"),
        ("Carmen Ruiz Ortega", "Sra.", {"last_name": "Ruiz"}, "Estimada Sra. Ruiz:"),
    ],
)
def test_a_spanish_formal_salutation_names_both_surnames(
    name: str, honorific: str, overrides: dict[str, str], salutation: str
) -> None:
    data = panel_data(1, locale="es_ES")
    data["interviewers"][0].update(name=name, honorific=honorific, **overrides)
    data["interviewers"][0].pop("first_name", None)
    if "last_name" not in overrides:
        data["interviewers"][0].pop("last_name", None)
    [note] = thanknote.draft(thanknote.load_interview(data), tone="formal")
    assert note.text.splitlines()[0] == salutation


@pytest.mark.parametrize(
    ("name", "honorific", "salutation"),
    [
        ("Dr Helen Marsh", "Dr", "Dear Dr Marsh,"),
        ("Prof. Dr.-Ing. Jan Weber", "Prof. Dr.-Ing.", "Dear Prof. Dr.-Ing. Weber,"),
        ("Helen Marsh", None, "Dear Helen,"),
    ],
)
def test_titles_the_name_begins_with_are_its_honorific(
    name: str, honorific: str | None, salutation: str
) -> None:
    person = thanknote.Interviewer(name=name)
    assert person.honorific == honorific
    interview = make_interview(interviewers=1)
    interview = attrs.evolve(interview, interviewers=[attrs.evolve(person, email="a@b.example")])
    [note] = thanknote.draft(interview, tone="formal")
    assert note.text.startswith(salutation)


@pytest.mark.parametrize(
    ("locale", "greeting"),
    [
        ("en_US", "Dear Ms. Souza,"),
        ("de_DE", "Sehr geehrte Frau Souza,"),
        ("fr_FR", "Madame,"),
        ("es_ES", "Estimada Sra. Souza:"),
        ("it_IT", "Gentile Sig.ra Souza,"),
        ("pt_BR", "Prezada Sra. Souza,"),
    ],
)
def test_a_courtesy_title_of_another_language_is_said_in_the_notes_language(
    locale: str, greeting: str
) -> None:
    person = thanknote.Interviewer(
        name="Ana Souza",
        honorific="Frau" if locale == "en_US" else "Ms.",
        email="a@b.example",
        talking_points=("Kafka Streams",),
    )
    interview = attrs.evolve(make_interview(interviewers=1), interviewers=[person])
    [note] = thanknote.draft(interview, tone="formal", locale=locale)
    assert note.text.splitlines()[0] == greeting
    assert not thanknote.lint(note).by_rule("TN203")
