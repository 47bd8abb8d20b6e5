"""French sentence banks: every shape of talking point reads as correct French in every tone."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest

import thanknote
from thanknote import render
from thanknote._points import place

TONES = ("warm", "formal", "concise")
PEOPLE = [
    ("Claire Dubois", "Madame"),
    ("Luc Martin", "M."),
    ("Tomás Okafor", None),
    ("Li Wei", "Dr"),
]
# One point of every shape the French pack knows, a linked one among them.
POINTS: list[Any] = [
    "la migration des traitements de nuit vers Kafka",
    "sa refonte des astreintes",
    "elle m'a dit que l'équipe passe à Epic",
    "Elle m'a expliqué qu'elle veut quelqu'un pour la fatigue d'alarme",
    "m'a demandé comment je gérerais un incident en production",
    "nous courons tous les deux des marathons",
    "Comment géreriez-vous une panne de nuit ?",
    "« Nous recrutons la curiosité »",
    {
        "point": "le registre de schémas des capteurs",
        "link": "j'en ai construit un chez mon employeur actuel",
    },
    "Le service prévoit d'ouvrir une nouvelle équipe",
    "il m'a parlé du nouveau service",
    "m'a interrogé sur la résolution des conflits",
    "m'a demandé de présenter un projet difficile",
    "on aime tous les deux la montagne",
    "selon elle, un outil unique simplifierait tout",
    "j'ai dirigé le déploiement de SAP",
]
DAY = dt.date(2026, 11, 24)
STRENGTH = "Je connais bien Kafka"

# A clause ("l'équipe passe à Epic") is said after "que", "qu'", a colon or, in the
# pack's noun phrase, "selon laquelle"; never after a preposition. A noun phrase never
# follows "de" or "à" unfused with its article.
CLAUSE_BEFORE = re.compile(r"(?:\bque |\bqu'|: |\bselon laquelle )$")
UNFUSED = re.compile(r"\b(?:de|à)\s+(?:le|les)\b", re.I)
DOUBLED = re.compile(r"[.?!,;:]\s?[.?!]|\.\.")
THIRD_PERSON = re.compile(r"\b(?:son|sa|ses|leur|leurs)\b", re.I)
TU = re.compile(r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt['’]", re.I)
# The writer's gender is never known: nothing agrees with "je" or "me".
GENDERED = re.compile(
    r"\b(?:ravie?|heureux|heureuse|reconnaissante?|convaincue?|motivée?|intéressée?)\b"
    r"|\bm['’](?:a|ont)\s+(?:\w+\s+)?(?:marquée?|touchée?|convaincue?|intéressée?|aidée?)\b",
    re.I,
)


def interview(rotation: int = 0) -> thanknote.Interview:
    """The panel, its points moved on by ``rotation``; an odd one gives the candidate a strength."""
    points = POINTS[rotation:] + POINTS[:rotation]
    candidate: dict[str, Any] = {"name": "Camille Martin", "email": "camille@example.fr"}
    if rotation % 2:
        candidate["strength"] = STRENGTH
    return thanknote.load_interview(
        {
            "locale": "fr_FR",
            "candidate": candidate,
            "interview": {
                "company": "Acme Robotique",
                "position": "Ingénieur de données",
                "start": "2026-11-24T10:00:00+01:00",
                "end": "2026-11-24T11:30:00+01:00",
                "timezone": "Europe/Paris",
                "decision_expected": "sous quinze jours",
            },
            "interviewers": [
                {
                    "name": name,
                    **({"honorific": title} if title else {}),
                    "email": f"p{i}@acme.example",
                    "talking_points": points[3 * i : 3 * i + 3],
                }
                for i, (name, title) in enumerate(PEOPLE)
            ],
        }
    )


def _every_option(turn: int) -> Callable[[thanknote.Interview, int], Callable[[str, int], int]]:
    # Instead of the hash of the interview: option `turn` of every bank, moved on by
    # the panel index as usual, so that a few turns say every sentence of every bank.
    def chooser(interview: thanknote.Interview, index: int) -> Callable[[str, int], int]:
        return lambda slot, n: (turn + index) % n

    return chooser


@functools.cache
def panels() -> list[tuple[str, int, list[thanknote.Note]]]:
    """Every tone, every option of every bank, every point in every place."""
    drafted = []
    for turn in range(8):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            for tone in TONES:
                for rotation in range(turn % 3, len(POINTS), 3):
                    notes = thanknote.draft(interview(rotation), tone=tone, locale="fr_FR")  # type: ignore[arg-type]
                    drafted.append((tone, rotation, notes))
    for rotation in range(len(POINTS)):  # and as the interview's own hash chooses
        for tone in TONES:
            notes = thanknote.draft(interview(rotation), tone=tone, locale="fr_FR")  # type: ignore[arg-type]
            drafted.append((tone, rotation, notes))
    return drafted


def cores() -> list[str]:
    """The clauses the pack makes of the points, as a sentence would carry them."""
    found = []
    for jotted in POINTS:
        text = jotted["point"] if isinstance(jotted, dict) else jotted
        for person in PEOPLE:
            names = (person[0], *person[0].split())
            point = place(text, "fr", names)
            if point.kind in ("clause", "shared"):
                found.append(point.core)
    return found


def body(note: thanknote.Note) -> str:
    return note.text.split("\n", 1)[1]


@pytest.mark.parametrize("tone", TONES)
def test_no_clause_follows_a_preposition(tone: str) -> None:
    clauses = cores()
    assert clauses
    for kind, _, notes in panels():
        if kind != tone:
            continue
        for note in notes:
            for clause in clauses:
                for match in re.finditer(re.escape(clause), note.text):
                    before = note.text[: match.start()]
                    assert CLAUSE_BEFORE.search(before), (clause, note.text)
            assert not UNFUSED.search(note.text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_no_doubled_end_punctuation(tone: str) -> None:
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            assert not DOUBLED.search(note.text), note.text
            assert not DOUBLED.search(note.subject or ""), note.subject


@pytest.mark.parametrize("tone", TONES)
def test_the_reader_is_never_spoken_of_in_the_third_person(tone: str) -> None:
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            assert not THIRD_PERSON.search(body(note)), note.text
    said = " ".join(n.text for kind, _, notes in panels() if kind == tone for n in notes)
    assert "votre refonte des astreintes" in said


@pytest.mark.parametrize("tone", TONES)
def test_every_note_says_vous_and_only_vous(tone: str) -> None:
    said = []
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            said.append(bool(re.search(r"\b(?:vous|votre|vos)\b", body(note), re.I)))
            assert not TU.search(note.text), note.text
    assert sum(said) > 0.8 * len(said)


@pytest.mark.parametrize("tone", TONES)
def test_nothing_agrees_with_the_writer_whose_gender_is_unknown(tone: str) -> None:
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            assert not GENDERED.search(note.text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_the_panel_lints_without_errors(tone: str) -> None:
    for kind, _, notes in panels():
        if kind != tone:
            continue
        assert not [f for f in thanknote.lint_panel(notes) if f.severity == "error"]
        for note in notes:
            assert not note.report.errors, [f.message for f in note.report]
            assert "Acme Robotique" in note.text and "poste d'Ingénieur de données" in note.text


@pytest.mark.parametrize("tone", TONES)
def test_the_linked_point_and_the_strength_are_said(tone: str) -> None:
    linked = 0
    for kind, rotation, notes in panels():
        for note in notes if kind == tone else ():
            # The candidate's line follows its point; their strength comes only
            # when no point said what it meant to them.
            placed = "le registre de schémas des capteurs" in note.text
            said = "J'en ai construit un chez mon employeur actuel." in note.text
            assert said == placed, note.text
            linked += said
            strength = STRENGTH + "." in note.text
            assert strength == (bool(rotation % 2) and not said), note.text
    assert linked


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (None, "mardi"),
        (DAY, "aujourd'hui"),
        (dt.date(2026, 12, 24), "le 24 novembre"),
        (dt.date(2027, 1, 5), "le 24 novembre 2026"),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_the_day_is_said_as_a_french_note_says_it(
    tone: str, today: dt.date | None, said: str
) -> None:
    for note in thanknote.draft(interview(), tone=tone, locale="fr_FR", today=today):  # type: ignore[arg-type]
        opening = note.text.split("\n\n")[1]
        assert said in opening, note.text
        assert not re.search(r"\b(?:de|du) (?:mardi|aujourd|le 24)", opening), opening


# -- the company, always through at_company ---------------------------------------

KINDS = ("thank_you", "card", "follow_up", "rejection_reply")


def _at(company: str, kind: str, tone: str) -> list[thanknote.Note]:
    """Every note of ``kind`` for ``company``, every option of every bank."""
    data: dict[str, Any] = {
        "locale": "fr_FR",
        "candidate": {"name": "Camille Martin", "email": "camille@example.fr"},
        "interview": {
            "company": company,
            "position": "Professeur de mathématiques",
            "start": "2026-11-24T10:00:00+01:00",
            "timezone": "Europe/Paris",
            "decision_expected": "sous quinze jours",
        },
        # Four people, for the card's four wordings; the last one without points.
        "interviewers": [
            {
                "name": name,
                **({"honorific": title} if title else {}),
                "talking_points": POINTS[2 * i : 2 * i + 2] if i < 3 else [],
            }
            for i, (name, title) in enumerate(PEOPLE)
        ],
    }
    notes: list[thanknote.Note] = []
    for turn in range(12):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            drafted = thanknote.draft(
                thanknote.load_interview(data),
                tone=tone,  # type: ignore[arg-type]
                kind=kind,  # type: ignore[arg-type]
            )
        notes.extend(drafted)
    return notes


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Lycée Jean-Moulin", "au Lycée Jean-Moulin"),
        ("Clinique du Parc", "à la Clinique du Parc"),
        ("Hôpital Nord", "à l'Hôpital Nord"),
        ("Éditions du Levant", "aux Éditions du Levant"),
        ("Renault", "chez Renault"),
    ],
)
def test_the_company_is_always_said_with_its_preposition(
    kind: str, tone: str, company: str, said: str
) -> None:
    bare = re.compile(
        r"\b(?:de|d'|à|a|chez|pour|sur|rejoindre|rejoins|rejoindrais|avec|par)\s+"
        + re.escape(company)
    )
    for note in _at(company, kind, tone):
        text = f"{note.subject or ''}\n{note.text}"
        assert said in text, text
        # Every mention of the name is the phrase, never the bare name after a
        # preposition or a verb ("chez Lycée…", "rejoindre Clinique…").
        assert text.count(company) == text.count(said), text
        assert not bare.search(text.replace(said, "")), text
        assert not [f.message for f in note.report.errors], text


def test_an_interview_may_give_its_own_phrase() -> None:
    data: dict[str, Any] = {
        "locale": "fr_FR",
        "candidate": {"name": "Camille Martin"},
        "interview": {
            "company": "Poste",
            "at_company": "à La Poste",
            "position": "Chargé de clientèle",
            "start": "2026-11-24",
        },
        "interviewers": [{"name": "Claire Dubois", "honorific": "Madame"}],
    }
    for tone in TONES:
        note = thanknote.draft(thanknote.load_interview(data), tone=tone)[0]  # type: ignore[arg-type]
        assert "à La Poste" in note.text, note.text
