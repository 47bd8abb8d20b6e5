"""Specification of "at the company" in each language (``thanknote._company``)."""

from __future__ import annotations

import attrs
import pytest
from builders import interview_with, panel_data

import thanknote
from thanknote._company import at_company, at_company_phrase, in_prose, position_in_prose
from thanknote.render import template_context


@pytest.mark.parametrize(
    ("company", "locale", "phrase"),
    [
        ("Acme Robotics", "en_US", "at Acme Robotics"),
        ("University of Michigan", "en_US", "at the University of Michigan"),
        ("Universitymatters", "en_US", "at Universitymatters"),
        ("Siemens", "de_DE", "bei Siemens"),
        ("Stadtwerke Leipzig", "de_DE", "bei den Stadtwerken Leipzig"),
        ("Klinikum Nord", "de_AT", "beim Klinikum Nord"),
        ("Stadt Leipzig", "de_DE", "bei der Stadt Leipzig"),
        ("Deutsche Bahn AG", "de_DE", "bei der Deutschen Bahn AG"),
        ("Northfield Logistics LLC", "en_US", "at Northfield Logistics"),
        ("Maison Baudry SARL", "fr_FR", "chez Maison Baudry"),
        ("Renault", "fr_FR", "chez Renault"),
        ("Lycée Jean-Moulin", "fr_FR", "au Lycée Jean-Moulin"),
        ("Cliniques dentaires Boréal", "fr_CA", "aux Cliniques dentaires Boréal"),
        ("Festival de Cine Ojo de Agua", "es_CO", "en el Festival de Cine Ojo de Agua"),
        ("Jardin botanique du Léman", "fr_CH", "au Jardin botanique du Léman"),
        ("Clinique du Parc", "fr_FR", "à la Clinique du Parc"),
        ("Hospital San Rafael", "es_ES", "en el Hospital San Rafael"),
        ("Telefónica", "es_ES", "en Telefónica"),
        ("Ospedale San Raffaele", "it_IT", "presso l'Ospedale San Raffaele"),
        ("Hospital Sírio-Libanês", "pt_BR", "no Hospital Sírio-Libanês"),
        ("Petrobras", "pt_BR", "na Petrobras"),
    ],
)
def test_at_company_takes_the_article_its_first_word_needs(
    company: str, locale: str, phrase: str
) -> None:
    assert at_company(company, locale) == phrase


@pytest.mark.parametrize(
    ("company", "locale", "at"),
    [
        ("Tanzschule Lindner", "de_DE", "bei der Tanzschule Lindner"),
        ("IES Miguel Hernández", "es_ES", "en el IES Miguel Hernández"),
        ("Grand Hotel Vesuvio", "it_IT", "presso il Grand Hotel Vesuvio"),
        ("Termoidraulica Pasini", "it_IT", "presso la Termoidraulica Pasini"),
        ("IESE Business School", "es_ES", "en IESE Business School"),
        ("Buchhandlung am Rheinsprung", "de_CH", "bei der Buchhandlung am Rheinsprung"),
        ("Parkhotel Adler", "de_AT", "im Parkhotel Adler"),
        ("Finanzamt Köln-Mitte", "de_DE", "beim Finanzamt Köln-Mitte"),
        ("Jung & Partner", "de_DE", "bei Jung & Partner"),
        ("Stadtbibliothek Gera", "de_DE", "bei der Stadtbibliothek Gera"),
        ("Autohaus Meier", "de_DE", "beim Autohaus Meier"),
        ("Tischlerei Holz", "de_DE", "bei der Tischlerei Holz"),
        ("Orchester der Stadt Biel", "de_CH", "beim Orchester der Stadt Biel"),
        ("Vetreria Artistica Murano", "it_IT", "presso la Vetreria Artistica Murano"),
        ("Cappellificio Bertoni", "it_IT", "presso il Cappellificio Bertoni"),
        ("Oleificio Sociale", "it_IT", "presso l'Oleificio Sociale"),
        ("Carpintería Hermanos Gil", "es_ES", "en la Carpintería Hermanos Gil"),
        ("Boulangerie Martin", "fr_FR", "à la Boulangerie Martin"),
        ("Zone de secours Hainaut Centre", "fr_BE", "à la Zone de secours Hainaut Centre"),
        # a name, not a compound; a legal form the letters keep decides itself
        ("Valeria Rossi", "it_IT", "presso Valeria Rossi"),
        ("Bosch", "de_DE", "bei Bosch"),
        ("Prüfzentrum Franken GmbH", "de_DE", "bei Prüfzentrum Franken GmbH"),
    ],
)
def test_the_end_of_a_compound_first_word_takes_its_article(
    company: str, locale: str, at: str
) -> None:
    assert at_company(company, locale) == at


def test_a_first_word_matches_whatever_its_case() -> None:
    assert at_company("KLINIKUM NORD", "de_DE") == "beim KLINIKUM NORD"


def test_the_interviews_own_phrase_wins() -> None:
    interview = interview_with(1)
    interview = attrs.evolve(interview, at_company="in der Zentrale von Acme")
    assert at_company_phrase(interview, "de_DE") == "in der Zentrale von Acme"


def test_the_loader_reads_at_company() -> None:
    data = panel_data(1)
    data["interview"]["at_company"] = "bei den Stadtwerken Leipzig"
    assert thanknote.load_interview(data).at_company == "bei den Stadtwerken Leipzig"


@pytest.mark.parametrize("value", ["", "  ", 3])
def test_the_loader_refuses_an_empty_or_odd_at_company(value: object) -> None:
    data = panel_data(1)
    data["interview"]["at_company"] = value
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview(data)
    assert "interview.at_company" in str(caught.value)


def test_a_record_refuses_a_blank_at_company() -> None:
    with pytest.raises(thanknote.InvalidOptionError, match="at_company"):
        attrs.evolve(interview_with(1), at_company=" ")


def test_templates_see_the_phrase() -> None:
    data = panel_data(1, locale="de_DE")
    data["interview"]["company"] = "Stadtwerke Leipzig"
    interview = thanknote.load_interview(data)
    context = template_context(
        interview, interview.interviewers[0], tone="formal", locale="de_DE", kind="thank_you"
    )
    assert context["at_company"] == "bei den Stadtwerken Leipzig"


def test_the_inflected_name_in_the_phrase_is_no_misspelling() -> None:
    data = panel_data(1, locale="de_DE")
    data["interview"]["company"] = "Stadtwerke Leipzig"
    interview = thanknote.load_interview(data)
    text = "Ich würde sehr gern bei den Stadtwerken Leipzig arbeiten."
    report = thanknote.lint(text, interview=interview, locale="de_DE")
    assert not report.by_rule("TN211")
    assert report_of(text.replace("Stadtwerken", "Stadtwerkn"), interview)


def report_of(text: str, interview: thanknote.Interview) -> bool:
    return bool(thanknote.lint(text, interview=interview, locale="de_DE").by_rule("TN211"))


@pytest.mark.parametrize(
    ("registered", "said"),
    [
        ("Northfield Logistics LLC", "Northfield Logistics"),
        ("Acme Inc.", "Acme"),
        ("Hafenblick Medien GmbH & Co. KG", "Hafenblick Medien"),
        ("Roca & Asociados Abogados, S.L.P.", "Roca & Asociados Abogados"),
        ("Finvela S.r.l.", "Finvela"),
        ("Casa Jabuti Comércio Ltda.", "Casa Jabuti Comércio"),
        ("Müller & Partner GmbH", "Müller & Partner"),
        ("Apple", "Apple"),
        ("SA", "SA"),
    ],
)
def test_a_sentence_names_a_company_without_its_legal_form(registered: str, said: str) -> None:
    assert in_prose(registered) == said


@pytest.mark.parametrize(
    ("advertised", "said"),
    [
        ("Sachbearbeiter (m/w/d) Bauaufsicht", "Sachbearbeiter Bauaufsicht"),
        ("Data Engineer (w/m/d)", "Data Engineer"),
        ("Chef de projet (H/F)", "Chef de projet"),
        ("Koch (gn*)", "Koch"),
        # What qualifies the title stays in the subject line, out of a sentence.
        ("Analyst (Level 2)", "Analyst"),
        ("Charge Nurse, Cardiac Step-Down Unit", "Charge Nurse"),
        ("analista senior – microbiologia alimentare", "analista senior"),
    ],
)
def test_a_sentence_names_a_position_without_the_ads_gender_marker(
    advertised: str, said: str
) -> None:
    assert position_in_prose(advertised) == said


def test_the_short_forms_are_no_misspellings_and_state_interest() -> None:
    data = panel_data(1)
    data["interview"]["company"] = "Northfield Logistics LLC"
    data["interview"]["position"] = "Operations Manager (m/f/d)"
    interview = thanknote.load_interview(data)
    text = (
        "Dear Dana,\n\nThank you for your time today and for walking me through the Reno "
        "distribution center. I would love to join the team as Operations Manager at "
        "Northfield Logistics.\n\nBest,\nSam Lee\n"
    )
    report = thanknote.lint(text, interview=interview, interviewer="Dana Reyes")
    assert not report.by_rule("TN211") and not report.by_rule("TN212")
    assert not report.by_rule("TN121")
