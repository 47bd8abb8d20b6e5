"""German, French and Spanish notes: salutations, closings, no English, variety."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import thanknote
from thanknote.testing import make_interview

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "examples"

PEOPLE = {
    "de": [("Anna Weber", "Frau"), ("Jonas Keller", "Herr"), ("Tomás Okafor", None),
           ("Li Wei", "Dr.")],
    "fr": [("Claire Dubois", "Madame"), ("Luc Martin", "M."), ("Tomás Okafor", None),
           ("Li Wei", "Dr")],
    "es": [("Lucía García", "Sra."), ("Jorge Blanco", "Sr."), ("Tomás Okafor", None),
           ("Li Wei", "Dra.")],
}  # fmt: skip
POINTS = {
    "de": [["die Umstellung auf Kafka", "Mentoring für neue Kolleginnen"],
           ["das Code-Review im Team"], ["das Dashboard für Kosten"],
           ["die Bereitschaftsdienste"]],
    "fr": [["la migration vers Kafka", "le mentorat des nouveaux analystes"],
           ["les revues de code"], ["le tableau de bord des coûts"], ["les astreintes"]],
    "es": [["la migración a Kafka", "la mentoría de analistas nuevos"],
           ["las revisiones de código"], ["el panel de costes"], ["las guardias"]],
}  # fmt: skip
WEEK = {"de": "eine Woche", "fr": "une semaine", "es": "una semana"}
COMPANY = {"de": "Nordlicht Robotik", "fr": "Acme Robotique", "es": "Logística Ibérica"}
POSITION = {"de": "Data Engineer", "fr": "Data Engineer", "es": "Data Engineer"}
LOCALE = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
ENGLISH = re.compile(
    r"\b(?:the|and|thank|thanks|you|your|with|interview|dear|regards|best)\b", re.I
)


def interview(lang: str, *, honorifics: bool = True, **top: Any) -> thanknote.Interview:
    # Without honorifics every reader gets the warm template: a warm note to
    # someone given with an honorific is drafted formal where warm means du/tú.
    data: dict[str, Any] = {
        "locale": LOCALE[lang],
        "candidate": {"name": "Sam Lee", "email": "sam.lee@example.com"},
        "interview": {
            "company": COMPANY[lang],
            "position": POSITION[lang],
            "start": "2026-11-24T10:00:00+01:00",
            "end": "2026-11-24T11:00:00+01:00",
            "timezone": "Europe/Berlin",
            "decision_expected": WEEK[lang],
        },
        "interviewers": [
            {"name": name, **({"honorific": h} if h and honorifics else {}),
             "email": f"p{i}@example.org",
             "talking_points": POINTS[lang][i]}
            for i, (name, h) in enumerate(PEOPLE[lang])
        ],
    }  # fmt: skip
    data.update(top)
    return thanknote.load_interview(data)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "de",
            ["Sehr geehrte Frau Weber,", "Sehr geehrter Herr Keller,", "Guten Tag Tomás Okafor,"],
        ),
        # without an honorific, a greeting that guesses no gender
        ("fr", ["Madame,", "Monsieur,", "Bonjour,"]),
        ("es", ["Estimada Sra. García:", "Estimado Sr. Blanco:", "Buenos días, Tomás:"]),
    ],
)
def test_formal_salutations_follow_the_honorific_and_never_guess(
    lang: str, expected: list[str]
) -> None:
    notes = thanknote.draft(interview(lang), tone="formal")
    assert [n.text.splitlines()[0] for n in notes[:3]] == expected


@pytest.mark.parametrize(
    ("lang", "closing"),
    [("de", "Mit freundlichen Grüßen"), ("fr", "salutations"), ("es", "Atentamente,")],
)
def test_formal_notes_close_as_the_language_expects(lang: str, closing: str) -> None:
    for note in thanknote.draft(interview(lang), tone="formal"):
        assert closing in note.text


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
@pytest.mark.parametrize("kind", ["thank_you", "card", "follow_up", "rejection_reply"])
@pytest.mark.parametrize("tone", ["formal", "warm", "concise"])
def test_no_english_is_left_and_the_lint_pass_agrees(lang: str, kind: str, tone: str) -> None:
    for note in thanknote.draft(interview(lang), tone=tone, kind=kind):  # type: ignore[arg-type]
        assert not ENGLISH.findall(note.text), note.text
        assert note.template.startswith(f"{lang}/")
        assert thanknote.lint(note).ok, [f.message for f in thanknote.lint(note).errors]
        assert not thanknote.lint(note).by_rule("wrong-language")


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
@pytest.mark.parametrize("tone", ["formal", "warm", "concise"])
def test_panel_notes_do_not_read_alike(lang: str, tone: str) -> None:
    notes = thanknote.draft(interview(lang), tone=tone)  # type: ignore[arg-type]
    assert not thanknote.lint_panel(notes).by_rule("similar-notes")
    for a, b in itertools.combinations(notes, 2):
        assert a.subject != b.subject


def test_a_regional_locale_falls_back_to_its_language_and_says_so() -> None:
    note = thanknote.draft(interview("de", honorifics=False), locale="de_AT")[0]
    assert (note.locale, note.template) == ("de_AT", "de/thank_you/warm.txt.j2")


def test_dates_are_in_the_notes_language() -> None:
    assert "Dienstag" in thanknote.draft(interview("de"), tone="formal")[0].text
    assert "mardi" in thanknote.draft(interview("fr"), tone="formal")[0].text
    assert "martes" in thanknote.draft(interview("es"), tone="formal")[0].text


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_the_decision_time_in_the_notes_language_plans_the_follow_up(lang: str) -> None:
    import datetime as dt

    plan = thanknote.plan_follow_up(interview(lang), now=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))
    assert plan.decision_day == dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lang", "informal", "polite"),
    [
        ("de", re.compile(r"\b(?:du|dich|dir|dein\w*)\b"), re.compile(r"\b(?:Sie|Ihnen|Ihr\w*)\b")),
        (
            "es",
            re.compile(r"\b(?:tú|te|ti|tu|tus|contigo)\b|\w{3,}(?:arte|erte|irte)\b"),
            re.compile(r"\b(?:usted|le|su|sus)\b"),
        ),
    ],
)
def test_the_form_of_address_follows_the_tone(
    lang: str, informal: re.Pattern[str], polite: re.Pattern[str]
) -> None:
    for note in thanknote.draft(interview(lang, honorifics=False), tone="warm"):
        body = note.text.split("\n", 2)[2]  # past the salutation
        assert informal.search(body) and not polite.search(body), note.text
    for tone in ("formal", "concise"):
        for note in thanknote.draft(interview(lang), tone=tone):  # type: ignore[arg-type]
            assert not informal.search(note.text), note.text


def test_french_notes_always_say_vous() -> None:
    for tone in ("formal", "warm", "concise"):
        for note in thanknote.draft(interview("fr"), tone=tone):  # type: ignore[arg-type]
            assert not re.search(r"\b(?:tu|toi|ton|ta|tes)\b", note.text), note.text


@pytest.mark.parametrize(
    "example",
    ["interview", "interview_jotted", "interview_de", "interview_fr", "interview_es",
     "interview_it", "interview_pt"],
)  # fmt: skip
@pytest.mark.parametrize("tone", ["formal", "warm", "concise"])
def test_every_built_in_note_lints_clean_without_its_interview(example: str, tone: str) -> None:
    # What a reader of the file sees: the note alone, judged in its own language.
    interview = thanknote.load_interview(EXAMPLES_DIR / f"{example}.toml")
    for kind in ("thank_you", "card"):
        for note in thanknote.draft(interview, tone=tone, kind=kind):  # type: ignore[arg-type]
            report = thanknote.lint(note.text, kind=kind)
            assert not report.errors, (note.interviewer.name, kind, note.text, report.errors)


@pytest.mark.parametrize(
    ("locale", "position", "said"),
    [("de_DE", "tischlergeselle", "als Tischlergeselle"),
     ("fr_FR", "infirmière de nuit", "infirmière de nuit")],
)  # fmt: skip
def test_a_job_title_typed_in_lower_case_takes_a_capital_where_nouns_do(
    locale: str, position: str, said: str
) -> None:
    interview = make_interview(interviewers=1)
    interview = attrs.evolve(interview, position=position, locale=locale)
    text = " ".join(thanknote.draft(interview)[0].text.split())
    assert said in text, text
