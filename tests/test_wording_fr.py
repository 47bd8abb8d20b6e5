"""French sentence banks: every shape of talking point reads as correct French in every tone."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest

import thanknote
from thanknote import render
from thanknote._company import at_company
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
    r"|\bm['’](?:a|ont)\s+(?:\w+\s+)?(?:marquée?|touchée?|convaincue?|intéressée?|aidée?|confortée?)\b",
    re.I,
)


# How a candidate's own line is tied to what precedes it (fr/_common.j2, `tied`
# and `strength`): in the point's own sentence, after the reaction it explains
# ("… m'a parlé tout particulièrement : ", "… a retenu toute mon attention, car "),
# never after a stock bridging sentence ("Le sujet me tient à cœur : ").
BRIDGE = re.compile(
    r"(?:tout particulièrement : |toute mon attention : |[\w»] : |, d'autant que |, car "
    r"|utile : |utile, car |de concret : |de concret, car |ce que je sais faire : "
    r"|je pourrais apporter : |pourrait vous servir : |pourrait vous servir, car )[a-z]"
)


def _tie(text: str, point: str, line: str) -> str:
    """From ``point`` to the candidate's ``line`` right after it: one sentence, or
    the point's sentence and a bridging one ("Cela rejoint … : …")."""
    start = text.index(point)
    end = text.index(line, start) + 1
    tie = text[start:end]
    assert tie.count(". ") <= 1 and "\n" not in tie, tie
    return tie


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
            assert not thanknote.lint(note).errors, [f.message for f in thanknote.lint(note)]
            # A job title is a common noun in a French sentence: no capital.
            assert "Acme Robotique" in note.text and "poste d'ingénieur de données" in note.text


@pytest.mark.parametrize("tone", TONES)
def test_the_linked_point_and_the_strength_are_said(tone: str) -> None:
    linked = 0
    for kind, rotation, notes in panels():
        for note in notes if kind == tone else ():
            # The candidate's line is tied to its point in one sentence, after a
            # bridge that lowers its capital; their strength comes only when no
            # point said what it meant to them, and then with a bridge too.
            placed = "le registre de schémas des capteurs" in note.text
            said = note.text.count("j'en ai construit un chez mon employeur actuel.")
            assert said == placed, note.text
            assert "J'en ai construit" not in note.text, note.text
            if said:
                tie = _tie(note.text, "le registre de schémas des capteurs", "j'en ai construit un")
                assert BRIDGE.search(tie), tie
            linked += said
            strength = "je connais bien Kafka." in note.text
            assert STRENGTH not in note.text, note.text  # never bare
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
        ("Planétarium Hélios", "au Planétarium Hélios"),
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
        assert not [f.message for f in thanknote.lint(note).errors], text


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


# -- the points read as thoughts, the candidate tied in, the day of the decision ---


@pytest.mark.parametrize("tone", TONES)
def test_a_reported_clause_follows_a_verb_in_the_present(tone: str) -> None:
    # "Vous avez souligné que vous voulez" breaks the sequence of tenses: every
    # sentence that carries a clause says it after a main verb in the present.
    clauses = cores()
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            for clause in clauses:
                for match in re.finditer(re.escape(clause), note.text):
                    before = note.text[: match.start()]
                    sentence = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
                    assert not re.search(r"\b(?:ai|avez|avons|a été)\b", sentence), sentence


@pytest.mark.parametrize("tone", TONES)
def test_on_is_never_said_in_a_note_that_says_vous(tone: str) -> None:
    said = ""
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            assert not re.search(r"\bon\b|\bqu'on\b", body(note)), note.text
            said += note.text
    [note] = thanknote.draft(_one(["la refonte des plannings", POINTS[13]]), tone=tone)  # type: ignore[arg-type]
    assert "que nous aimons tous les deux la montagne" in note.text, note.text


@pytest.mark.parametrize("tone", TONES)
def test_something_in_common_gives_way_to_the_work(tone: str) -> None:
    # A shared town or sport is said only when no more than one other point is.
    common = "on a grandi tous les deux à Nantes"
    [note] = thanknote.draft(
        _one([common, "la refonte des plannings", "le projet de pôle ambulatoire"]),
        tone=tone,  # type: ignore[arg-type]
    )
    assert "Nantes" not in note.text and "pôle ambulatoire" in note.text, note.text
    [note] = thanknote.draft(_one([common, "la refonte des plannings"]), tone=tone)  # type: ignore[arg-type]
    said = note.text.split("\n\n")[1]
    assert "nous avons grandi tous les deux à Nantes" in said, note.text
    assert said.index("refonte") < said.index("Nantes"), note.text


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("on a grandi tous les deux à Nantes", "nous avons grandi tous les deux à Nantes"),
        ("on est tous les deux lyonnais", "nous sommes tous les deux lyonnais"),
        ("on fait tous les deux du vélo", "nous faisons tous les deux du vélo"),
        ("on habite tous les deux à Lille", "nous habitons tous les deux à Lille"),
        ("on aime tous les deux la voile", "nous aimons tous les deux la voile"),
        (
            "m'a demandé comment je gérerais un conflit",
            "comment je gérerais un conflit",
        ),
        ("m'a demandé de décrire une panne", "de décrire une panne"),
        ("elle m'a interrogée sur la paie", "votre question sur la paie"),
    ],
)
def test_shapes_give_a_core_a_vous_sentence_can_carry(jotted: str, core: str) -> None:
    assert place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois")).core == core


@pytest.mark.parametrize("tone", TONES)
def test_a_question_is_said_as_it_was_asked(tone: str) -> None:
    said = ""
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            assert "question de savoir" not in note.text, note.text
            said += note.text
    assert "m'avez demandé comment je gérerais un incident en production" in said
    assert "m'avez demandé de présenter un projet difficile" in said


def _one(points: list[Any], manager: bool = True, **interview_: Any) -> thanknote.Interview:
    data: dict[str, Any] = {
        "locale": "fr_FR",
        "candidate": {"name": "Camille Martin"},
        "interview": {
            "company": "Clinique du Parc",
            "position": "Infirmière coordinatrice",
            "start": "2026-11-24T10:00:00+01:00",
            "timezone": "Europe/Paris",
            **interview_,
        },
        "interviewers": [
            {
                "name": "Claire Dubois",
                "honorific": "Madame",
                "hiring_manager": manager,
                "talking_points": points,
            }
        ],
    }
    return thanknote.load_interview(data)


@pytest.mark.parametrize("tone", TONES)
def test_a_third_point_is_said_only_when_it_meant_something_to_the_candidate(tone: str) -> None:
    plain = ["la refonte des plannings", "le projet de pôle ambulatoire", "le parking du personnel"]
    for turn in range(6):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one(plain), tone=tone)  # type: ignore[arg-type]
            assert "le parking du personnel" not in note.text, note.text
            assert "le projet de pôle ambulatoire" in note.text, note.text
            linked = [*plain[:2], {"point": "la crèche", "link": "J'ai monté celle de mon hôpital"}]
            [note] = thanknote.draft(_one(linked), tone=tone)  # type: ignore[arg-type]
            assert note.text.count("j'ai monté celle de mon hôpital.") == 1, note.text
            assert BRIDGE.search(_tie(note.text, "la crèche", "j'ai monté celle")), note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_link_that_is_no_plain_french_sentence_keeps_its_capital_after_a_colon(
    tone: str,
) -> None:
    for turn in range(6):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            points = [{"point": "la crèche", "link": "SAP était mon outil"}]
            [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
            assert re.search(r" : SAP était mon outil\.", note.text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_the_note_closes_on_the_day_of_the_decision(tone: str) -> None:
    for turn in range(8):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(
                _one(["la refonte des plannings"], decision_expected="d'ici vendredi"),
                tone=tone,  # type: ignore[arg-type]
            )
            last = note.text.rstrip().split("\n\n")[-3 if tone == "formal" else -2]
            assert re.search(r"(?:d'ici|pour) le vendredi 27 novembre", last), note.text
            assert not thanknote.lint(note).errors, note.text
            # No day said, or a day already past when the note goes out: no day.
            for extra in ({}, {"decision_expected": "2026-11-25"}):
                [note] = thanknote.draft(
                    _one(["la refonte des plannings"], **extra),
                    tone=tone,  # type: ignore[arg-type]
                    today=dt.date(2026, 11, 27),
                )
                assert not re.search(r"(?:d'ici|pour) le \w+di ", note.text), note.text
                assert not thanknote.lint(note).errors, note.text


@pytest.mark.parametrize(
    ("position", "said"),
    [
        ("Infirmière coordinatrice", "poste d'infirmière coordinatrice"),
        ("Chargé de clientèle", "poste de chargé de clientèle"),
        ("Cadre de santé – service de chirurgie", "poste de cadre de santé"),
        ("Data Engineer", "poste de Data Engineer"),
        ("Responsable RSE", "poste de responsable RSE"),
        ("Head of Data", "poste de Head of Data"),
        ("Développeur Front-end Senior", "poste de développeur front-end senior"),
        ("Conseiller Principal d'Éducation", "poste de conseiller principal d'éducation"),
        (
            "Chargée de clientèle - Marché des professionnels",
            "poste de chargée de clientèle",
        ),
        ("Directeur des Ressources Humaines", "poste de directeur des ressources humaines"),
        ("Chef de projet SAP", "poste de chef de projet SAP"),
        ("Responsable d'agence Lyon", "poste de responsable d'agence Lyon"),
        ("Ingénieur DevOps (m/w/d)", "poste d'ingénieur DevOps"),
        ("Clinical Data Analyst", "poste de Clinical Data Analyst"),
        ("Infirmière Cadre", "poste d'Infirmière Cadre"),
        ("Responsable Marketing", "poste de responsable marketing"),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_a_job_title_is_said_as_a_french_sentence_says_it(
    tone: str, position: str, said: str
) -> None:
    [note] = thanknote.draft(_one(["la refonte des plannings"], position=position), tone=tone)  # type: ignore[arg-type]
    assert said in note.text, note.text
    assert not thanknote.lint(note).errors, note.text


# A point jotted as a clause without a subject, or with "ils"/"elles" for the
# reader's organisation, is said to the reader: a clause after "que".
JOTTED_CLAUSES = [
    ("ouvrent deux magasins au printemps", "vous ouvrez deux magasins au printemps"),
    (
        "ils veulent refaire la vitrine chaque saison",
        "vous voulez refaire la vitrine chaque saison",
    ),
    ("vont lancer une appli de location", "vous allez lancer une appli de location"),
    ("va ouvrir une agence à Genève", "vous allez ouvrir une agence à Genève"),
    ("Elles recrutent trois personnes d'ici l'été", "vous recrutez trois personnes d'ici l'été"),
    ("prévoient de rénover l'internat", "vous prévoyez de rénover l'internat"),
    ("ils travaillent surtout avec des artisans", "vous travaillez surtout avec des artisans"),
    ("ont racheté un concurrent en 2025", "vous avez racheté un concurrent en 2025"),
    ("sont en pleine croissance", "vous êtes en pleine croissance"),
    ("font tout en interne", "vous faites tout en interne"),
]


@pytest.mark.parametrize(("jotted", "core"), JOTTED_CLAUSES)
def test_a_clause_jotted_without_its_subject_is_said_to_the_reader(jotted: str, core: str) -> None:
    point = place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois"))
    assert (point.kind, point.core) == ("clause", core)
    assert str(point) == "le fait que " + core


@pytest.mark.parametrize("tone", TONES)
def test_a_jotted_clause_is_said_after_que_in_every_sentence(tone: str) -> None:
    for turn in range(8):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            for first, second in (JOTTED_CLAUSES[:2], JOTTED_CLAUSES[2:4]):
                linked = {"point": first[0], "link": "j'ai ouvert deux boutiques"}
                for points in ([first[0], second[0]], [linked, second[0]]):
                    [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
                    for _, core in (first, second):
                        at = note.text.index(core)
                        assert CLAUSE_BEFORE.search(note.text[:at]), note.text
                    assert not thanknote.lint(note).errors, note.text


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        (
            "Comment réagirais-je face à un client mécontent ?",
            "comment je réagirais face à un client mécontent",
        ),
        (
            "Que ferais-je en cas de harcèlement en ligne ?",
            "ce que je ferais en cas de harcèlement en ligne",
        ),
        ("Qu'apporterais-je à l'équipe ?", "ce que j'apporterais à l'équipe"),
        ("« Pourquoi devrais-je vous choisir ? »", "pourquoi je devrais vous choisir"),
        ("Comment aborderais-je mes premiers mois ?", "comment j'aborderais mes premiers mois"),
    ],
)
def test_a_question_jotted_in_the_first_person_is_said_as_it_was_asked(
    jotted: str, core: str
) -> None:
    point = place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois"))
    assert (point.kind, point.core) == ("question", core)
    for tone in TONES:
        [note] = thanknote.draft(_one([jotted]), tone=tone)  # type: ignore[arg-type]
        assert (
            f"vous me demandiez {core}" in note.text
            or f"m'avez demandé {core}" in note.text
            or (f"m'avez aussi demandé {core}" in note.text)
            or f"m'avoir demandé {core}" in " ".join(note.text.split())
        ), note.text
        assert "-je" not in note.text, note.text


@pytest.mark.parametrize("tone", TONES)
def test_no_sentence_looks_back_as_if_days_had_passed(tone: str) -> None:
    # The note goes out on the day: nothing one "keeps thinking of", and a
    # point jotted with a tail ("encore trop lents") ends its sentence.
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            assert not re.search(
                r"repense (?:souvent|encore)|me reste en tête|souris encore", note.text
            ), note.text
    for turn in range(8):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            points = [
                "les tests de bout en bout encore trop lents",
                "le passage de Angular à React",
            ]
            [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
            assert re.search(r"encore trop lents[.,]", note.text), note.text
            assert "le passage d'Angular à React" in note.text, note.text


@pytest.mark.parametrize(
    ("expected", "said"),
    [
        ("d'ici vendredi", "le vendredi 27 novembre"),
        ("d'ici le 1er décembre", "le mardi 1er décembre"),
        ("2027-04-01", "le jeudi 1er avril 2027"),
        ("2027-01-01", "le lundi 4 janvier 2027"),  # New Year's Day, then the weekend
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_the_decision_day_reads_as_french_running_text(tone: str, expected: str, said: str) -> None:
    for turn in range(4):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(
                _one(["la refonte des plannings"], decision_expected=expected),
                tone=tone,  # type: ignore[arg-type]
                today=dt.date(2026, 11, 26),
            )
            assert re.search(rf"(?:d'ici|pour) {said}\b", note.text), note.text
            assert not re.search(r"\b\w+di, \d", note.text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_title_with_its_office_is_said_without_the_name(tone: str) -> None:
    data = _one(["la refonte des plannings"])
    data = thanknote.load_interview(
        {
            "locale": "fr_FR",
            "candidate": {"name": "Camille Martin"},
            "interview": {
                "company": "Lycée Victor-Hugo",
                "position": "Conseiller principal d'éducation",
                "start": "2026-11-24T10:00:00+01:00",
                "timezone": "Europe/Paris",
            },
            "interviewers": [
                {
                    "name": "Anne Perrin",
                    "honorific": "Madame la Proviseure",
                    "talking_points": ["la refonte des plannings"],
                }
            ],
        }
    )
    [note] = thanknote.draft(data, tone=tone)  # type: ignore[arg-type]
    first = note.text.split("\n", 1)[0]
    assert first == (
        "Madame la Proviseure," if tone == "formal" else "Bonjour Madame la Proviseure,"
    )
    assert "Proviseure Perrin" not in note.text and not thanknote.lint(note).errors, note.text
    if tone == "formal":
        assert ", Madame la Proviseure, " in note.text, note.text


# -- when the decision is due: the day in "d'ici le …", a vaguer time as said -----

# (what the interviewer said, the option of the bank, the warm and concise sentence,
# the formal one). A day named or counted out is the day after "d'ici le"; a vaguer
# time is repeated as said, its capital dropped, right after a verb or a participle.
DECISION_SENTENCES = [
    (
        "En début de semaine prochaine",
        0,
        "Dans l'attente de vos nouvelles en début de semaine prochaine, je reste à votre écoute.",
        "Je prends bonne note de votre calendrier et attends votre retour en début de "
        "semaine prochaine.",
    ),
    (
        "avant Noël",
        1,
        "J'attends votre retour avant Noël avec impatience.",
        "J'attends avec intérêt votre décision, prévue avant Noël.",
    ),
    (
        "d'ici la fin du mois",
        2,
        "Dans l'attente de vous lire d'ici la fin du mois, je reste disponible pour "
        "toute question.",
        "Dans l'attente de votre réponse, qui devrait intervenir d'ici la fin du mois, je "
        "reste à votre disposition.",
    ),
    (
        "fin décembre",
        3,
        "Vous m'avez dit vouloir décider fin décembre : j'attends la suite avec impatience.",
        "Dans l'attente de votre décision, annoncée fin décembre, je reste à votre "
        "disposition pour tout complément.",
    ),
    (
        "dans la semaine",
        4,
        "J'attends votre décision, prévue dans la semaine, avec beaucoup d'intérêt.",
        "Vous m'avez indiqué qu'une décision serait prise dans la semaine.",
    ),
    (
        "mi-décembre",
        1,
        "J'attends votre retour mi-décembre avec impatience.",
        "J'attends avec intérêt votre décision, prévue mi-décembre.",
    ),
    (
        "sous quinze jours",
        0,
        "Dans l'attente de vos nouvelles sous quinze jours, je reste à votre écoute.",
        "Je prends bonne note de votre calendrier et attends votre retour sous quinze jours.",
    ),
    (
        "d'ici vendredi",
        2,
        "Dans l'attente de vous lire d'ici le vendredi 27 novembre, je reste disponible "
        "pour toute question.",
        "Dans l'attente de votre réponse, qui devrait intervenir d'ici le vendredi 27 "
        "novembre, je reste à votre disposition.",
    ),
    (
        "un mois",
        3,
        "Vous m'avez dit vouloir décider d'ici le jeudi 24 décembre : j'attends la suite "
        "avec impatience.",
        "Dans l'attente de votre décision, annoncée d'ici le jeudi 24 décembre, je reste "
        "à votre disposition pour tout complément.",
    ),
    (
        "le 4 décembre",
        4,
        "J'attends votre décision, prévue d'ici le vendredi 4 décembre, avec beaucoup d'intérêt.",
        "Vous m'avez indiqué qu'une décision serait prise d'ici le vendredi 4 décembre.",
    ),
]
# What a decision sentence of fr/_common.j2 `awaiting` says; no other sentence does.
DECISION_WORDS = re.compile(
    r"vos nouvelles|votre retour|vous lire|décider|votre décision|votre réponse|décision serait"
    r"|la décision|décision devrait|décision est attendue|d'une réponse|la suite du processus "
    r"|attente de la suite"
)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", " ".join(text.split()))


@pytest.mark.parametrize(("said", "turn", "warm", "formal"), DECISION_SENTENCES)
@pytest.mark.parametrize("tone", TONES)
def test_the_decision_sentence_ends_on_the_time_as_a_french_note_says_it(
    tone: str, said: str, turn: int, warm: str, formal: str
) -> None:
    with mock.patch.object(render, "chooser", _every_option(turn)):
        [note] = thanknote.draft(
            _one(["la refonte des plannings"], decision_expected=said),
            tone=tone,  # type: ignore[arg-type]
            today=DAY,
        )
    expected = formal if tone == "formal" else warm
    assert expected in _sentences(note.text), note.text
    assert not thanknote.lint(note).errors, note.text


# A preposition of ours never comes before the one the time opens with.
DOUBLED_PREPOSITION = re.compile(
    r"\b(?:de|d'|à|pour|d'ici|avant|le)\s*(?:d'ici|d’ici|en|au|à|avant|après|dès|dans|sous"
    r"|pour|fin|début|mi-)\b",
    re.I,
)


@pytest.mark.parametrize("manager", [True, False])
@pytest.mark.parametrize("said", [row[0] for row in DECISION_SENTENCES])
@pytest.mark.parametrize("tone", TONES)
def test_every_decision_sentence_takes_the_time_without_a_preposition_of_its_own(
    tone: str, said: str, manager: bool
) -> None:
    when = said[:1].lower() + said[1:] if not said[:1].isdigit() else said
    for turn in range(5):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(
                _one(["la refonte des plannings"], manager, decision_expected=said),
                tone=tone,  # type: ignore[arg-type]
                today=DAY,
            )
        [sentence] = [s for s in _sentences(note.text) if DECISION_WORDS.search(s)]
        assert "d'ici le " in sentence or when in sentence, sentence
        assert not DOUBLED_PREPOSITION.search(sentence), sentence


# The decision is the reader's ("votre décision", "vous m'avez dit vouloir décider")
# only in the note to the person who hires; to anyone else on the panel it is said
# without being given to them.
YOURS = re.compile(
    r"votre décision|votre calendrier|votre retour|votre réponse|vos nouvelles|vous lire"
    r"|vouloir décider|vous m'avez indiqué qu'une décision"
)


@pytest.mark.parametrize(
    ("turn", "warm", "formal"),
    [
        (0, "Dans l'attente de la suite d'ici le vendredi 4 décembre, je reste à votre écoute.",
         "Je prends bonne note du calendrier et attends la suite du processus d'ici le "
         "vendredi 4 décembre."),
        (1, "J'attends la suite du processus d'ici le vendredi 4 décembre avec impatience.",
         "J'attends avec intérêt la décision, prévue d'ici le vendredi 4 décembre."),
        (3, "Une décision est attendue d'ici le vendredi 4 décembre : j'attends la suite avec "
         "impatience.",
         "Dans l'attente de la décision, annoncée d'ici le vendredi 4 décembre, je reste à "
         "votre disposition pour tout complément."),
        (4, "J'attends la décision, prévue d'ici le vendredi 4 décembre, avec beaucoup "
         "d'intérêt.",
         "Une décision devrait être prise d'ici le vendredi 4 décembre."),
    ],
)  # fmt: skip
@pytest.mark.parametrize("tone", TONES)
def test_a_decision_is_the_readers_only_in_the_note_to_the_hiring_manager(
    tone: str, turn: int, warm: str, formal: str
) -> None:
    with mock.patch.object(render, "chooser", _every_option(turn)):
        [note] = thanknote.draft(
            _one(["la refonte des plannings"], False, decision_expected="le 4 décembre"),
            tone=tone,  # type: ignore[arg-type]
            today=DAY,
        )
    assert (formal if tone == "formal" else warm) in _sentences(note.text), note.text
    assert not YOURS.search(note.text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_panel_member_who_does_not_hire_is_never_given_the_decision(tone: str) -> None:
    for turn in range(6):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            notes = thanknote.draft(interview(turn), tone=tone)  # type: ignore[arg-type]
        for note in notes:
            if note.interviewer.hiring_manager:
                continue
            assert not YOURS.search(note.text), note.text


@pytest.mark.parametrize(
    ("said", "today"),
    [
        # Not echoed: "la semaine prochaine" reads well after a verb, but "la fin du
        # mois" and "la mi-décembre" would not, and only the first word is known.
        ("la semaine prochaine", DAY),
        ("milieu du mois prochain", DAY),
        # Said on Tuesday, written on Thursday: "en début de semaine prochaine"
        # may no longer be the same week.
        ("en début de semaine prochaine", dt.date(2026, 11, 26)),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_a_time_that_cannot_be_repeated_gives_no_decision_sentence(
    tone: str, said: str, today: dt.date
) -> None:
    for turn in range(5):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(
                _one(["la refonte des plannings"], decision_expected=said),
                tone=tone,  # type: ignore[arg-type]
                today=today,
            )
        assert "semaine prochaine" not in note.text and "d'ici le " not in note.text, note.text
        assert "mois prochain" not in note.text, note.text
        assert not thanknote.lint(note).errors, note.text


# -- points as people jot them right after the interview ----------------------------

# (the point as jotted, what the pack makes of it, the words a note says). A noun
# phrase needs its determiner to follow "sur"; a verb makes a clause, said after
# "que"; a note to self is left out.
JOTTED = [
    ("la migration vers Kubernetes prévue en mars", "topic", "la migration vers Kubernetes"),
    ("leur outil de ticketing maison", "topic", "votre outil de ticketing maison"),
    ("d'autres projets à l'international", "topic", "d'autres projets à l'international"),
    (
        "le fait de travailler en binôme avec les métiers",
        "topic",
        "le fait de travailler en binôme avec les métiers",
    ),
    ("l'équipe fait du pair programming", "clause", "l'équipe fait du pair programming"),
    (
        "elle m'a dit que l'équipe double d'ici l'été",
        "clause",
        "l'équipe double d'ici l'été",
    ),
    (
        "m'a demandé comment je priorise les demandes urgentes",
        "question",
        "demand",  # "Vous m'avez demandé …", "que vous me demandiez …"
    ),
    (
        "on a fait tous les deux nos études à Rennes",
        "shared",
        "que nous avons fait tous les deux nos études à Rennes",
    ),
    ("« ici, on a le droit à l'erreur »", "quote", "« ici, on a le droit à l'erreur »"),
    # What she said, after a colon, is the topic, not an aside about her.
    (
        "elle a dit : 40 voitures électriques en plus d'ici l'été",
        "topic",
        "les 40 voitures électriques en plus d'ici l'été",
    ),
    ("astreintes le week-end -> à clarifier", "unplaced", "astreintes"),
    ("c'était super sympa", "unplaced", "sympa"),
    ("au service client, les délais de réponse", "unplaced", "service client"),
]


@pytest.mark.parametrize(("jotted", "kind", "said"), JOTTED)
def test_a_jotted_point_has_the_kind_its_words_make_it(jotted: str, kind: str, said: str) -> None:
    assert place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois")).kind == kind


@pytest.mark.parametrize(("jotted", "kind", "said"), JOTTED)
@pytest.mark.parametrize("tone", TONES)
def test_a_jotted_point_is_said_in_its_own_sentence_or_left_out_with_a_warning(
    tone: str, jotted: str, kind: str, said: str
) -> None:
    interview = _one([jotted, "la refonte des plannings"])
    [note] = thanknote.draft(interview, tone=tone)  # type: ignore[arg-type]
    warned = [p for p in thanknote.check_interview(interview) if jotted in p.message]
    if kind == "unplaced":
        assert said not in note.text and len(warned) == 1, note.text
    else:
        assert said in note.text.split("\n\n")[1] and not warned, note.text
    assert not UNFUSED.search(note.text) and not THIRD_PERSON.search(body(note)), note.text
    assert not thanknote.lint(note).errors, note.text


@pytest.mark.parametrize(
    "jotted",
    [
        # A determiner that needs "de" first, or a place: neither follows "sur".
        "nombreux échanges avec les clients",
        "au démarrage du projet",
        "aux urgences la nuit",
        # Verbs that people jot, in the past or the present.
        "c'est une boîte familiale",
        "le recrutement se fera en deux temps, faut être patient",
        "Thomas connaît bien mon ancien chef",
    ],
)
def test_words_that_no_sentence_can_hold_after_sur_leave_the_point_out(jotted: str) -> None:
    assert place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois")).kind == "unplaced"


# A noun jotted without its article takes the one its first word's ending asks for
# ("-tion", "-ité", "-ure" feminine; "-ment", "-age", "-isme" masculine; "l'" before a
# vowel or a mute h; "les" for a plural); a capital that only starts the point is
# dropped. A word whose ending does not tell its gender, an adverb, a verb or a name
# gets none: the point is left out, which is better than a wrong article.
BARE = [
    ("projet d'épicerie solidaire au printemps", "le projet d'épicerie solidaire au printemps"),
    (
        "Développement du financement de la transition énergétique",
        "le développement du financement de la transition énergétique",
    ),
    ("binôme avec un analyste risques", "le binôme avec un analyste risques"),
    ("Distribution alimentaire du samedi", "la distribution alimentaire du samedi"),
    ("formation des nouveaux bénévoles", "la formation des nouveaux bénévoles"),
    ("Formation des nouveaux bénévoles", "la formation des nouveaux bénévoles"),
    ("suivi des dossiers de subvention", "le suivi des dossiers de subvention"),
    ("comité de pilotage mensuel", "le comité de pilotage mensuel"),
    ("hiérarchie très plate", "la hiérarchie très plate"),
    ("harcèlement au travail", "le harcèlement au travail"),
    ("onboarding des saisonniers", "l'onboarding des saisonniers"),
    ("hébergement d'urgence", "l'hébergement d'urgence"),
    ("image de marque employeur", "l'image de marque employeur"),
    ("données clients dans le CRM", "les données clients dans le CRM"),
    ("nouveaux locaux à Lille", "les nouveaux locaux à Lille"),
    ("Recrutement des bénévoles", "le recrutement des bénévoles"),
    ("stratégie de collecte", "la stratégie de collecte"),
    # Gender the ending does not tell.
    ("bénévole du mois", "unplaced"),
    ("analyste risques", "unplaced"),
    ("deuxième étape du process", "unplaced"),
    # Adverbs, verbs, a question word.
    ("également la paie", "unplaced"),
    ("Notamment la paie", "unplaced"),
    ("vérifie les factures chaque mois", "unplaced"),
    ("permet de gagner du temps", "unplaced"),
    ("quelle équipe au final", "unplaced"),
    # A clause jotted without the article of its subject is no topic.
    ("formation commence en mars", "unplaced"),
    ("distribution se fait le samedi", "unplaced"),
    # Names keep their capital and get no article.
    ("Kafka en production", "unplaced"),
    ("Clément et la migration", "unplaced"),
    ("Restos du Cœur", "Restos du Cœur"),
]


@pytest.mark.parametrize(("jotted", "placed"), BARE)
def test_a_bare_noun_takes_the_article_its_ending_asks_for(jotted: str, placed: str) -> None:
    point = place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois"))
    assert (point.kind if placed == "unplaced" else str(point)) == placed


@pytest.mark.parametrize("jotted", [row[0] for row in BARE[:5]])
@pytest.mark.parametrize("tone", TONES)
def test_a_bare_noun_is_said_in_the_note_with_its_article(tone: str, jotted: str) -> None:
    interview = _one([jotted])
    [note] = thanknote.draft(interview, tone=tone)  # type: ignore[arg-type]
    placed = dict(BARE)[jotted]
    warned = [p for p in thanknote.check_interview(interview) if "talking_points" in p.field]
    assert placed in note.text and not warned and not thanknote.lint(note).errors, note.text


@pytest.mark.parametrize("jotted", [row[0] for row in BARE if row[1] == "unplaced"][:3])
def test_a_bare_noun_whose_gender_is_unknown_is_left_out_with_a_warning(jotted: str) -> None:
    interview = _one([jotted, "la refonte des plannings"])
    [note] = thanknote.draft(interview)
    warned = [p for p in thanknote.check_interview(interview) if jotted in p.message]
    assert jotted not in note.text and len(warned) == 1, note.text


# A direct question is said indirectly: "qu'est-ce qui/que" is "ce qui/que", "est-ce
# que" is "si" ("s'il"), "comment est-ce que" is "comment". With "?" it is the question
# asked ("Vous m'avez demandé ce qui …"); without, a topic. One said with "vous" or
# "nous" would change person in the note: quoted with "?", left out without.
QUESTIONS = [
    ("qu'est-ce qui fait rester un bénévole ?", "question", "ce qui fait rester un bénévole"),
    ("Qu'est-ce qui fait rester un bénévole ?", "question", "ce qui fait rester un bénévole"),
    ("qu'est-ce qui fait rester un bénévole", "topic", "ce qui fait rester un bénévole"),
    (
        "qu'est-ce que l'équipe attend d'un stagiaire ?",
        "question",
        "ce que l'équipe attend d'un stagiaire",
    ),
    ("qu'est-ce qu'il faut pour réussir ici ?", "question", "ce qu'il faut pour réussir ici"),
    ("est-ce que l'équipe va grandir ?", "question", "si l'équipe va grandir"),
    ("est-ce qu'il y a du télétravail ?", "question", "s'il y a du télétravail"),
    ("Est-ce qu'on peut évoluer vite ?", "question", "si on peut évoluer vite"),
    (
        "est-ce que l'équipe va grandir",
        "topic",
        "la question de savoir si l'équipe va grandir",
    ),
    (
        "comment est-ce qu'on fidélise les bénévoles ?",
        "question",
        "comment on fidélise les bénévoles",
    ),
    ("Où est-ce que je me vois dans cinq ans ?", "question", "où je me vois dans cinq ans"),
    ("m'a demandé qu'est-ce qui me motive", "question", "ce qui me motive"),
    ("m'a demandé ce qui me motive ?", "question", "ce qui me motive"),
    (
        "qu'est-ce qui vous motive ?",
        "question",
        "votre question «\u202fqu'est-ce qui vous motive\u202f?\u202f»",
    ),
    ("qu'est-ce qui vous motive", "unplaced", "qu'est-ce qui vous motive"),
    ("est-ce que vous êtes mobile", "unplaced", "est-ce que vous êtes mobile"),
]


@pytest.mark.parametrize(("jotted", "kind", "core"), QUESTIONS)
def test_a_direct_question_is_said_indirectly(jotted: str, kind: str, core: str) -> None:
    point = place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois"))
    assert (point.kind, point.core) == (kind, core)


@pytest.mark.parametrize(("jotted", "kind", "core"), [q for q in QUESTIONS if q[1] != "unplaced"])
@pytest.mark.parametrize("tone", TONES)
def test_no_sentence_says_a_direct_question_word_after_a_verb(
    tone: str, jotted: str, kind: str, core: str
) -> None:
    [note] = thanknote.draft(_one([jotted]), tone=tone)  # type: ignore[arg-type]
    assert core in note.text, note.text
    assert not re.search(r"(?:savoir|demandé|demandiez|sur) (?:qu'est-ce|est-ce)", note.text)


CARD_POINTS = [
    ("formation des nouveaux bénévoles", "sur la formation des nouveaux bénévoles"),
    ("elle m'a dit que l'équipe passe à Epic", "que l'équipe passe à Epic"),
    ("qu'est-ce qui fait rester un bénévole ?", "demand"),
    ("Comment géreriez-vous une panne de nuit ?", "votre question «"),
    ("« Nous recrutons la curiosité »", "« Nous recrutons la curiosité »"),
    ("nous courons tous les deux des marathons", "que nous courons tous les deux"),
]


@pytest.mark.parametrize(("jotted", "said"), CARD_POINTS)
@pytest.mark.parametrize("turn", range(4))
def test_the_card_gives_its_point_a_sentence_made_for_its_kind(
    turn: int, jotted: str, said: str
) -> None:
    with mock.patch.object(render, "chooser", _every_option(turn)):
        [card] = thanknote.draft(_one([jotted]), kind="card")  # type: ignore[call-arg]
    assert said in card.text, card.text
    assert not re.search(r"\bsur (?:le fait|votre remarque|votre phrase)", card.text), card.text
    assert len(card.text.split()) <= 80 and not thanknote.lint(card).errors, card.text


# -- the greeting: a title the name begins with is the honorific ----------------

# (the name as written, the formal greeting, the warm one, the formal closing's
# vocative or ""). A French title is said in full, alone in a formal note; any other
# title that has no French form is said as written, before the family name, never
# before the full name.
TITLED_NAMES = [
    ("Madame Claire Dubois", "Madame,", "Bonjour Madame Dubois,", ", Madame, "),
    ("M. Luc Martin", "Monsieur,", "Bonjour Monsieur Martin,", ", Monsieur, "),
    ("Dr Li Wei", "Docteur,", "Bonjour Docteur Wei,", ", Docteur, "),
    ("Ing. Patricia Hernández", "Bonjour Ing. Hernández,", "Bonjour Ing. Hernández,", ""),
    ("Dott. Marco Bellini", "Bonjour Dott. Bellini,", "Bonjour Dott. Bellini,", ""),
    ("Prof. Jean Dupont", "Bonjour Prof. Dupont,", "Bonjour Prof. Dupont,", ""),
    # A courtesy title of another language is said in French.
    ("Frau Anna Schmidt", "Madame,", "Bonjour Madame Schmidt,", ", Madame, "),
]


def _greeting(note: thanknote.Note) -> str:
    lines = [line for line in note.text.splitlines() if line.strip()]
    return lines[1] if lines[0].startswith("Subject:") else lines[0]


def _titled(name: str, honorific: str | None = None) -> thanknote.Interview:
    person: dict[str, Any] = {"name": name, "talking_points": ["la refonte des plannings"]}
    if honorific:
        person["honorific"] = honorific
    return thanknote.load_interview(
        {
            "locale": "fr_FR",
            "candidate": {"name": "Camille Martin"},
            "interview": {
                "company": "Clinique du Parc",
                "position": "Infirmière coordinatrice",
                "start": "2026-11-24T10:00:00+01:00",
                "timezone": "Europe/Paris",
            },
            "interviewers": [person],
        }
    )


@pytest.mark.parametrize("kind", ["thank_you", "card", "follow_up", "rejection_reply"])
@pytest.mark.parametrize(("name", "formal", "warm", "vocative"), TITLED_NAMES)
def test_a_formal_note_greets_a_title_the_name_begins_with(
    name: str, formal: str, warm: str, vocative: str, kind: str
) -> None:
    [note] = thanknote.draft(_titled(name), tone="formal", kind=kind)  # type: ignore[arg-type]
    assert _greeting(note) == formal, note.text
    assert name not in note.text, note.text
    assert not thanknote.lint(note).errors and not thanknote.lint(note).warnings, note.text
    if vocative and kind != "card":
        assert vocative in note.text, note.text


@pytest.mark.parametrize("tone", ["warm", "concise"])
@pytest.mark.parametrize(("name", "formal", "warm", "vocative"), TITLED_NAMES)
def test_a_warm_note_greets_the_title_and_the_family_name(
    name: str, formal: str, warm: str, vocative: str, tone: str
) -> None:
    [note] = thanknote.draft(_titled(name), tone=tone)  # type: ignore[arg-type]
    assert _greeting(note) == warm, note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_title_outside_the_french_list_is_said_as_given(tone: str) -> None:
    [note] = thanknote.draft(_titled("Patricia Hernández", "Lic."), tone=tone)  # type: ignore[arg-type]
    assert _greeting(note) == "Bonjour Lic. Hernández,", note.text
    assert "Patricia" not in note.text, note.text


# -- nothing the interview did not give --------------------------------------

KINDS = ("thank_you", "card", "follow_up", "rejection_reply")
# What a sentence of the banks once said of the reader, the conversation or the
# company without the interview saying it: a presentation, a welcome, their
# frankness or explanations, a team met, a busy day, colleagues, a second meeting.
# (A point may give a presentation: "il m'a parlé du nouveau service" is "votre
# présentation du nouveau service".)
CLAIMS = [
    "clarté de votre présentation",
    "votre présentation du poste",
    "m'avez présenté",
    "me présenter le poste",
    "accueil",
    "franchise",
    "vos explications",
    "votre écoute et",
    "découvrir l'équipe",
    "découvrir votre équipe",
    "fonctionnement de l'équipe",
    "l'équipe s'organise",
    "organisation de l'équipe",
    "attentes de l'équipe",
    "les personnes qui le font",
    "trouvé un moment",
    "vos collègues",
    "tout au long du processus",
    "nouvel échange",
    "nouvel entretien",
    "rencontrer à nouveau",
    "nous reparler",
    "en reparler",
    "poursuivre la conversation",
    "poursuivre cet échange",
    "me recevoir",
    "à vos côtés",
    "le travail que vous menez",
    "ce que vous m'avez dit sur",
    "ce que vous m'avez décrit",
    "en détail",
    "exemples concrets",
]


def _bare() -> thanknote.Interview:
    """The panel with nothing to say: no point, no decision day, so that the banks
    for a note without points and the closing sentences are drafted too."""
    return thanknote.load_interview(
        {
            "locale": "fr_FR",
            "candidate": {"name": "Camille Martin"},
            "interview": {
                "company": "Acme Robotique",
                "position": "Ingénieur de données",
                "start": "2026-11-24T10:00:00+01:00",
                "timezone": "Europe/Paris",
            },
            "interviewers": [
                {"name": name, **({"honorific": title} if title else {})} for name, title in PEOPLE
            ],
        }
    )


@functools.cache
def every_kind() -> list[thanknote.Note]:
    """Every kind and tone, every option of every bank (the largest has 15)."""
    drafted = []
    for turn in range(16):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            for kind in KINDS:
                for tone in TONES:
                    for data in (interview(turn % len(POINTS)), _bare()):
                        drafted += thanknote.draft(data, tone=tone, kind=kind)  # type: ignore[arg-type]
    return drafted


@pytest.mark.parametrize("claim", CLAIMS)
def test_no_note_says_what_the_interview_did_not_give(claim: str) -> None:
    for note in every_kind():
        assert claim not in note.text.lower(), note.text


# Verbs a writer does not say twice in a row: a sentence that follows another
# says what it adds with a verb of its own ("Je retiens … Je retiens aussi …").
VERBS = {
    "retenir": r"\bretien|\bretenu",
    "noter": r"\bnote\b|\bnoté",
    "garder": r"\bgarde\b",
    "comprendre": r"\bcompren",
    "apprécier": r"\bappréci",
    "apprendre": r"\bappris\b|\bapprend",
    "réfléchir": r"\bréfléchi",
    "penser": r"\bpense\b|\bpensant\b",
    "sourire": r"\bsouri",
    "permettre": r"\bpermis\b",
    "nourrir": r"\bnourri",
    "évoquer": r"\bévoqu",
    "aborder": r"\babord",
}


def _pairs(note: thanknote.Note) -> list[tuple[str, str]]:
    paragraphs = note.text.split("\n\n")[1:]
    pairs = []
    for paragraph in paragraphs:
        sentences = _sentences(paragraph)
        pairs += list(itertools.pairwise(sentences))
    return pairs


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_two_sentences_in_a_row_never_share_their_verb(verb: str) -> None:
    pattern = re.compile(VERBS[verb], re.I)
    for note in every_kind():
        for one, two in _pairs(note):
            assert not (pattern.search(one) and pattern.search(two)), f"{one} / {two}"


def test_two_sentences_in_a_row_never_open_alike() -> None:
    for note in every_kind():
        for one, two in _pairs(note):
            assert one.split()[:2] != two.split()[:2], f"{one} / {two}"


# -- sentences a French reader would not send -----------------------------------

# Frames that read as stilted or broken, whatever the point: a question left
# hanging ("Je pense aussi au moment où vous m'avez demandé …."), "m'a parlé … sur",
# a subject line in which the writer names themself, "m'investir à la Mutuelle".
AWKWARD = [
    "il m'a plu aussi que",
    "je pense aussi au moment où",
    "m'a beaucoup parlé, en particulier sur",
    "il m'est précieux de savoir",
    "de la part de",
    "de la part d'",
    "s'y ajoute le fait",
    "celui où nous avons examiné",
    "je suis très sensible au fait",
    "été très sensible à notre discussion",
    "m'investir à la",
    "m'investir au",
    "m'investir chez",
    # A ranking of the exchanges ("notre discussion la plus passionnante").
    "la plus passionnante",
    # "Pour finir" in the first paragraph, and the letter goes on.
    "pour finir",
    "et pour cause",
    # Claims about the reader's needs or one's own first days.
    "répondre directement à vos attentes",
    "dès mon arrivée",
    "contribution rapide et concrète",
    "beaucoup à apporter",
    "atout concret",
    # Says more than the candidate was asked.
    "j'ai pu vous montrer",
    # Notes-speak.
    "autre moment utile",
    "autre moment instructif",
    "autre élément marquant",
    "il m'importe",
]


@pytest.mark.parametrize("frame", AWKWARD)
def test_no_note_uses_a_frame_a_french_reader_would_not_send(frame: str) -> None:
    for note in [*every_kind(), *(n for _, _, notes in panels() for n in notes)]:
        assert frame not in f"{note.subject}\n{note.text}".lower(), (note.subject, note.text)


def test_no_sentence_opens_on_et() -> None:
    # "Et quand vous m'avez demandé …" is weak in a letter, formal or warm.
    for note in every_kind():
        for sentence in _sentences(note.text):
            assert not sentence.startswith("Et "), sentence


# The nouns of an opening ("le temps", "l'échange que nous avons eu"): the
# sentence after it says something new rather than the same noun again
# ("pris ce moment … Ce fut un moment").
OPENING_NOUNS = ["moment", "échange", "conversation", "discussion", "entretien", "rencontre"]


@pytest.mark.parametrize("noun", OPENING_NOUNS)
@pytest.mark.parametrize("tone", TONES)
def test_the_sentence_after_the_opening_does_not_repeat_its_noun(tone: str, noun: str) -> None:
    # Without points, so that every opening meets every sentence that may follow it.
    word = re.compile(rf"\b{noun}s?\b", re.I)
    notes = []
    for turn in range(16):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            notes += thanknote.draft(_bare(), tone=tone)  # type: ignore[arg-type]
    for note in notes:
        first, second, *_ = _sentences(note.text.split("\n\n")[1])
        assert not (word.search(first) and word.search(second)), f"{first} / {second}"


ASKED = "comment je gérerais un incident en production"
REQUESTED = "de présenter un projet difficile"


@pytest.mark.parametrize("tone", TONES)
def test_a_question_asked_is_never_left_hanging_at_the_end_of_its_sentence(tone: str) -> None:
    said = [
        sentence
        for kind, _, notes in panels()
        for note in notes
        if kind == tone
        for sentence in _sentences(note.text)
        if ASKED in sentence or REQUESTED in sentence
    ]
    assert said
    for sentence in said:
        assert not sentence.endswith((f"{ASKED}.", f"{REQUESTED}.")), sentence


@pytest.mark.parametrize("tone", TONES)
def test_a_request_is_called_a_request_and_a_question_a_question(tone: str) -> None:
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            for sentence in _sentences(note.text):
                if REQUESTED in sentence:
                    assert "question" not in sentence, sentence
                if ASKED in sentence:
                    assert "une demande" not in sentence, sentence


def test_the_job_title_is_said_once_in_a_note() -> None:
    # The subject may name it again; the body says "ce poste" the second time.
    for note in every_kind():
        if note.kind == "thank_you":
            assert note.text.count("poste d'ingénieur de données") <= 1, note.text


@pytest.mark.parametrize(
    ("turn", "sentence"),
    [
        (0, "Cet entretien a confirmé mon intérêt pour ce poste, et"),
        (4, "Les missions de ce poste correspondent en tous points à mon projet professionnel"),
    ],
)
def test_a_formal_note_that_named_the_job_in_its_thanks_says_ce_poste_after(
    turn: int, sentence: str
) -> None:
    # Option 6 of the opening names the job ("… de ma candidature au poste de …").
    def chooser(interview: thanknote.Interview, index: int) -> Callable[[str, int], int]:
        return lambda slot, n: 6 if slot == "opening" else turn % n

    with mock.patch.object(render, "chooser", chooser):
        [note] = thanknote.draft(_one(["la refonte des plannings"]), tone="formal")
    assert "de ma candidature au poste d'infirmière coordinatrice" in note.text, note.text
    assert sentence in note.text, note.text


def test_no_note_says_the_same_verb_in_both_halves_of_its_interest() -> None:
    for note in every_kind():
        assert note.text.count("m'investir") <= 1, note.text


def _quebec(locale: str) -> thanknote.Interview:
    return thanknote.load_interview(
        {
            "locale": locale,
            "candidate": {"name": "Marc-André Tremblay"},
            "interview": {
                "company": "Clinique vétérinaire des Deux-Rivières",
                "position": "Technicien en santé animale principal",
                "start": "2026-11-27T13:30:00-05:00",
                "timezone": "America/Toronto",
            },
            "interviewers": [
                {
                    "name": "Isabelle Gagnon",
                    "honorific": "Dre",
                    "talking_points": ["le nouvel appareil de radiographie numérique"],
                }
            ],
        }
    )


@pytest.mark.parametrize(
    ("locale", "formal", "warm"),
    [
        ("fr_CA", "Bonjour Dre Gagnon,", "Bonjour Dre Gagnon,"),
        ("fr_FR", "Docteure,", "Bonjour Docteure Gagnon,"),
        ("fr_BE", "Docteure,", "Bonjour Docteure Gagnon,"),
        ("fr_CH", "Docteure,", "Bonjour Docteure Gagnon,"),
    ],
)
def test_a_doctor_is_greeted_as_her_country_writes_it(locale: str, formal: str, warm: str) -> None:
    [note] = thanknote.draft(_quebec(locale), tone="formal")
    assert _greeting(note) == formal, note.text
    assert ", Docteure, " in note.text, note.text
    [note] = thanknote.draft(_quebec(locale), tone="warm")
    assert _greeting(note) == warm, note.text


@pytest.mark.parametrize("locale", ["fr_CA", "fr_FR", "fr_BE", "fr_CH"])
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_only_a_quebec_note_asks_to_communiquer_avec_moi(locale: str, tone: str) -> None:
    said = ""
    for turn in range(16):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_quebec(locale), tone=tone)  # type: ignore[arg-type]
            said += note.text
    quebec = locale == "fr_CA"
    assert ("communiquer avec moi" in said) is quebec, said
    assert ("me contacter" in said) is not quebec, said


@pytest.mark.parametrize(
    ("jotted", "kind", "core"),
    [
        (
            "Comment je m'y prendrais pour le dossier de contrat-programme FWB ?",
            "question",
            "comment je m'y prendrais pour le dossier de contrat-programme FWB",
        ),
        ("pourquoi j'ai quitté mon poste ?", "question", "pourquoi j'ai quitté mon poste"),
        ("Où je me vois dans cinq ans ?", "question", "où je me vois dans cinq ans"),
        (
            "tous les deux passés par le Festival de Spa",
            "shared",
            "nous sommes tous les deux passés par le Festival de Spa",
        ),
        ("toutes les deux nées à Liège", "shared", "nous sommes toutes les deux nées à Liège"),
    ],
)
def test_a_point_jotted_without_inversion_or_subject_is_said_as_meant(
    jotted: str, kind: str, core: str
) -> None:
    point = place(jotted, "fr", ("Marc Dethier", "Marc", "Dethier"))
    assert (point.kind, point.core) == (kind, core)


# Third reading by a native writer: sign-offs, punctuation, repeated words and
# the jotted forms a judged note had left out.
COOL_SIGNOFFS = ("Cordialement,", "Très cordialement,")


def test_a_warm_note_never_closes_coolly() -> None:
    for tone, _, notes in panels():
        if tone != "warm":
            continue
        for note in notes:
            lines = note.text.splitlines()
            assert not any(line in COOL_SIGNOFFS for line in lines), note.text


@pytest.mark.parametrize(
    "stilted",
    [
        "J'ai aimé que vous me demandiez",
        "Il m'a plu",
        "de nombreux éclairages",
        "Je croise les doigts",
    ],
)
def test_no_note_says_a_stilted_or_stock_frame(stilted: str) -> None:
    for _, _, notes in panels():
        for note in notes:
            assert stilted not in note.text, note.text


def test_no_sentence_spaces_a_semicolon_as_quebec_would_not() -> None:
    """A spaced ";" is French usage only; the notes need none, so Québec reads them too."""
    for _, _, notes in panels():
        for note in notes:
            assert ";" not in note.text, note.text


def test_parcours_is_said_at_most_once_per_note() -> None:
    for _, _, notes in panels():
        for note in notes:
            assert len(re.findall(r"\bparcours\b", note.text)) <= 1, note.text


@pytest.mark.parametrize(
    ("jotted", "placed", "kind"),
    [
        (
            "elle a dit : migration vers un nouvel outil de TAO en janvier",
            "la migration vers un nouvel outil de TAO en janvier",
            "topic",
        ),
        (
            "il a dit : saison 27-28 avec deux coproductions flamandes",
            "la saison 27-28 avec deux coproductions flamandes",
            "topic",
        ),
        ("elle a dit : lancement du site en mars", "le lancement du site en mars", "topic"),
        ("elle a dit : la refonte des plannings", "la refonte des plannings", "topic"),
        (
            "ouverture de 3 cliniques en Montérégie d'ici 2028",
            "l'ouverture de 3 cliniques en Montérégie d'ici 2028",
            "topic",
        ),
        (
            "nous deux fans de BD belge — Franquin !",
            "le fait que nous sommes tous les deux fans de BD belge",
            "shared",
        ),
    ],
)
def test_a_jotted_point_the_pack_can_read_is_placed(jotted: str, placed: str, kind: str) -> None:
    point = place(jotted, "fr", ("Claire Vasseur", "Claire", "Vasseur"))
    assert (str(point), point.kind) == (placed, kind)


@pytest.mark.parametrize("jotted", ["conclure le dossier", "inclure les références ?"])
def test_an_infinitive_in_ure_is_still_a_reminder(jotted: str) -> None:
    assert place(jotted, "fr").kind == "unplaced"


# Fifth reading by a native writer: a company named by a plural noun, the
# bridges to the candidate's line, and sentences that open alike.
@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Papeteries de la Haute-Meurthe", "aux Papeteries de la Haute-Meurthe"),
        ("Chantiers de l'Atlantique", "aux Chantiers de l'Atlantique"),
        ("Vignobles Dubourdieu", "aux Vignobles Dubourdieu"),
        ("Éditions du Levant", "aux Éditions du Levant"),
        ("Laboratoires Pierre Fabre", "aux Laboratoires Pierre Fabre"),
        ("Ateliers de la Seine", "aux Ateliers de la Seine"),
        ("Établissements Martin", "aux Établissements Martin"),
        ("Transports Caillot", "aux Transports Caillot"),
        ("Brasseries du Mont-Blanc", "aux Brasseries du Mont-Blanc"),
        ("Forges de Laguiole", "aux Forges de Laguiole"),
        ("Moulins Soufflet", "aux Moulins Soufflet"),
        ("Pompes funèbres Roc-Eclerc", "aux Pompes funèbres Roc-Eclerc"),
        ("Carsat Bretagne", "chez Carsat Bretagne"),  # a word that only starts like "Cars"
        ("Renault", "chez Renault"),
    ],
)
def test_a_company_named_by_a_plural_noun_takes_aux(company: str, said: str) -> None:
    assert at_company(company, "fr_FR") == said


@pytest.mark.parametrize("tone", TONES)
def test_a_paper_mill_is_never_said_after_chez(tone: str) -> None:
    for note in _at("Papeteries de la Haute-Meurthe", "thank_you", tone):
        assert "chez Papeteries" not in note.text, note.text
        assert "aux Papeteries de la Haute-Meurthe" in note.text, note.text


def _opener(sentence: str) -> str:
    word = sentence.split(" ")[0].lower().replace("’", "'").split("'")[0]
    return "je" if word == "j" else word


def test_no_two_neighbouring_sentences_of_the_note_open_on_the_same_word() -> None:
    # The candidate's own line is theirs: it may open as it likes.
    own = ("J'en ai construit", "Je connais bien Kafka")
    for note in [*every_kind(), *(n for _, _, notes in panels() for n in notes)]:
        for paragraph in note.text.split("\n\n"):
            sentences = [s for s in _sentences(paragraph) if not s.startswith(own)]
            for one, two in itertools.pairwise(sentences):
                assert _opener(one) != _opener(two), f"{one} / {two}"


@pytest.mark.parametrize(
    "flat",
    [
        # A question is not "a pleasure to answer": the sentence says nothing.
        "et j'ai eu plaisir à y répondre",
        # A bridge that claims experience the candidate's line may not give.
        "cela rejoint mon expérience",
        "c'est un terrain qui m'est familier",
        # "Pris ce moment" is not said; "aujourd'hui" twice when the day is today.
        "pris ce moment",
        "je mesure mieux aujourd'hui",
        # Says the job again right after the thanks, then once more in the points.
        "les enjeux me paraissent aussi plus clairs",
        "enrichi ma vision du poste",
        # The facts never say what the candidate answered, nor that they enjoyed it.
        "présenter concrètement ma manière de faire",
        "j'ai eu plaisir à en parler",
        "j'ai aimé répondre",
        "j'ai aussi aimé que vous",
        # Stock and loose: curiosity "piquée" by a trade's basics, "merci encore"
        # with no thanks before it, a decision "que vous pensez prendre".
        "ma curiosité a aussi été piquée",
        "merci encore pour le moment",
        "que vous pensez prendre",
    ],
)
def test_no_note_says_a_flat_or_unfounded_frame(flat: str) -> None:
    for note in [*every_kind(), *(n for _, _, notes in panels() for n in notes)]:
        assert flat not in note.text.lower(), note.text


def test_a_question_with_a_line_of_the_candidates_returns_to_it() -> None:
    point = {
        "point": "m'a demandé comment j'organiserais le ravitaillement des cabanes",
        "link": "J'ai planifié les rotations trois étés de suite.",
    }

    for turn in range(4):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one([point]), tone="warm")
        text = " ".join(note.text.split())
        # The question leads straight into the candidate's line, as an answer.
        assert (
            "demandé comment j'organiserais le ravitaillement des cabanes : j'ai planifié les "
            "rotations trois étés de suite."
        ) in text, text
        assert not re.search(r"y revenir|réfléchir|préciser|davantage", text), text


# Sentences a French reader flagged: a pleonastic "en" after "sur lequel", a
# first point said as the only thing worth keeping, a bridge that presumes
# what would serve the reader, and "échanger avec vous sur" before a point.
@pytest.mark.parametrize(
    "flagged",
    [
        "sur lequel j'aimerais en",
        "une chose m'est restée",
        "ce que j'ai appris jusqu'ici",
        "échanger avec vous sur",
        "j'y vois aussi plus clair",
    ],
)
def test_no_note_says_a_flagged_sentence(flagged: str) -> None:
    for note in every_kind():
        assert flagged not in note.text.lower(), note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_point_that_says_sur_never_follows_another_sur(tone: str) -> None:
    points = ["sa remarque sur le tri des dons après Noël", "la refonte des plannings"]
    for turn in range(10):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
        assert "votre remarque sur le tri des dons après Noël" in note.text, note.text
        assert "sur votre remarque sur" not in note.text, note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_forward_look_closes_at_most_one_point(tone: str) -> None:
    points = ["la refonte des plannings", "le projet de pôle ambulatoire"]
    looks = re.compile(r"approfondir avec vous|plaisir à reparler")
    for turn in range(12):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
        assert len(looks.findall(note.text)) <= 1, note.text


@pytest.mark.parametrize(
    ("said", "echoed"),
    [
        ("d'ici la fin de l'année", "d'ici la fin de l'année"),
        ("avant la fin de l'année", "avant la fin de l'année"),
        ("sous quinzaine", "sous quinzaine"),
        ("à la mi-décembre", "à la mi-décembre"),
        # A part of a week said bare takes the preposition a participle needs.
        ("fin de la semaine", "à la fin de la semaine"),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_a_decision_by_years_end_or_within_a_fortnight_is_acknowledged(
    tone: str, said: str, echoed: str
) -> None:
    [note] = thanknote.draft(
        _one(["la refonte des plannings"], decision_expected=said),
        tone=tone,  # type: ignore[arg-type]
        today=dt.date(2026, 11, 24),
    )
    assert echoed in note.text, note.text
    assert "suite du processus sera la bienvenue" not in note.text, note.text


@pytest.mark.parametrize(
    ("company", "at"),
    [
        ("Brasserie artisanale du Vercors", "à la Brasserie artisanale du Vercors"),
        ("Municipalité de Sainte-Adèle", "à la Municipalité de Sainte-Adèle"),
        ("Scierie Vosgienne Durand", "à la Scierie Vosgienne Durand"),
        ("Érablière Lac-Beauport", "à l'Érablière Lac-Beauport"),
        ("Remontées mécaniques de Champéry", "aux Remontées mécaniques de Champéry"),
        ("Boutiques solidaires Léman", "aux Boutiques solidaires Léman"),
        ("Coop d'informatique Hochelaga", "à la Coop d'informatique Hochelaga"),
    ],
)
def test_a_company_named_by_a_common_noun_takes_its_article(company: str, at: str) -> None:
    for tone in TONES:
        [note] = thanknote.draft(_one(["la refonte des plannings"], company=company), tone=tone)  # type: ignore[arg-type]
        assert at in note.text, note.text
        assert f"chez {company}" not in note.text, note.text


# The nouns a note's opening paragraphs lean on; a letter says each once there.
LEANED_ON = re.compile(
    r"\b(conversation|échange|discussion|entretien|rencontre|poste|métier)s?\b", re.I
)


@pytest.mark.parametrize("tone", TONES)
def test_the_thanks_and_the_interest_paragraphs_say_each_noun_once(tone: str) -> None:
    for kind, _, notes in panels():
        for note in notes if kind == tone else ():
            for paragraph in note.text.split("\n\n")[1:3]:
                said = [w.lower() for w in LEANED_ON.findall(paragraph)]
                assert len(said) == len(set(said)), paragraph


def test_a_question_asked_is_said_with_what_it_shows_of_the_job() -> None:
    point = "m'a demandé comment je garderais le lien avec des familles dispersées"

    def chooser(interview: thanknote.Interview, index: int) -> Callable[[str, int], int]:
        # The first frame says "après notre rencontre": after "me rencontrer", it is
        # left out, and the first of the others is said.
        return lambda slot, n: 0

    with mock.patch.object(render, "chooser", chooser):
        [note] = thanknote.draft(_one([point]), tone="warm")
    assert (
        "Vous m'avez demandé comment je garderais le lien avec des familles dispersées : "
        "la question m'a fait mieux mesurer ce que vous attendez de la personne qui "
        "occupera le poste."
    ) in " ".join(note.text.split()), note.text


def test_a_formal_decision_sentence_names_the_decision_as_announced() -> None:
    def chooser(interview: thanknote.Interview, index: int) -> Callable[[str, int], int]:
        return lambda slot, n: 3 if slot == "decision" else 0

    with mock.patch.object(render, "chooser", chooser):
        [note] = thanknote.draft(
            _one(["la refonte des plannings"], decision_expected="d'ici la mi-janvier"),
            tone="formal",
            today=DAY,
        )
    assert (
        "Dans l'attente de votre décision, annoncée d'ici la mi-janvier, je reste à votre "
        "disposition pour tout complément."
    ) in " ".join(note.text.split()), note.text


# -- points as they are jotted on a phone --------------------------------------

JOTTED_ON_THE_PHONE = [
    # what the reader talked about is the topic, with the article "de" carried
    ("il m'a parlé de la refonte du SI", "topic", "la refonte du SI"),
    ("m'a parlé de son parcours chez Decathlon", "topic", "votre parcours chez Decathlon"),
    ("on a parlé des horaires en 3x8", "topic", "les horaires en 3x8"),
    ("elle m'a parlé du nouveau logiciel de planning", "topic", "le nouveau logiciel de planning"),
    ("m'a parlé d'une reprise du site", "topic", "une reprise du site"),
    # … and each noun joined by "et" keeps the article its own "de" carried
    ("a parlé des 35h et des RTT", "topic", "les 35h et les RTT"),
    ("m'a parlé de son parcours et de ses projets", "topic", "votre parcours et vos projets"),
    ("a parlé de la paie et du 13e mois", "topic", "la paie et le 13e mois"),
    ("on a parlé du recrutement et de l'intégration", "topic", "le recrutement et l'intégration"),
    ("a insisté sur la sécurité et les délais", "topic",
     "l'importance de la sécurité et des délais"),
    ("a insisté sur les délais et le budget", "topic", "l'importance des délais et du budget"),
    ("elle m'a parlé de Marc", "topic", "votre présentation de Marc"),
    # what the reader insisted on is the importance they give it
    ("il a insisté sur la sécurité sur le chantier", "topic",
     "l'importance de la sécurité sur le chantier"),
    ("elle a beaucoup insisté sur ses valeurs", "topic", "l'importance de vos valeurs"),
    ("a insisté sur le travail en binôme", "topic", "l'importance du travail en binôme"),
    ("il a insisté sur les délais", "topic", "l'importance des délais"),
    # "elle aussi" in a clause about the reader is the reader too
    ("elle a été aide-soignante elle aussi avant", "clause",
     "vous avez été aide-soignante vous aussi avant"),
    ("il est lyonnais lui aussi", "clause", "vous êtes lyonnais vous aussi"),
    # "demandé" jotted without its subject
    ("demandé comment je vois le poste dans 3 ans", "question",
     "comment je vois le poste dans 3 ans"),
    ("demande pourquoi je quitte le privé", "question", "pourquoi je quitte le privé"),
    ("demandé de citer un échec", "question", "de citer un échec"),
    ("demandé mes dispos pour commencer", "question", "mes disponibilités pour commencer"),
    ("m'a demandé mon avis sur la réforme", "question", "mon avis sur la réforme"),
    ("demande de mutation en cours", "topic", "la demande de mutation en cours"),
    # a question about the candidate's own, with or without "?"
    ("Quelles sont mes faiblesses", "question", "quelles sont mes faiblesses"),
    ("quel serait mon premier dossier ?", "question", "quel serait mon premier dossier"),
    # "le même" says what is shared; "quand même" does not
    ("on vient du meme village", "shared", "nous venons du même village"),
    ("on a fait la même prépa", "shared", "nous avons fait la même prépa"),
    ("on est du même coin", "shared", "nous sommes du même coin"),
    ("on a quand même parlé salaire", "unplaced", "on a quand même parlé salaire"),
    # shorthand and words typed without their accents
    ("pk je veux quitter Paris ?", "question", "pourquoi je veux quitter Paris"),
    ("elle a dit que le service va etre agrandi", "clause", "le service va être agrandi"),
    ("elle m a montré sa nouvelle cuisine", "topic", "votre nouvelle cuisine"),
    ("il cherche qq1 pour un congé mat", "clause",
     "vous cherchez quelqu'un pour un congé maternité"),
    ("sa facon de voir le métier ds 10 ans", "topic", "votre façon de voir le métier dans 10 ans"),
    ("le tableau electrique du batiment B", "topic", "le tableau électrique du bâtiment B"),
    ("les astreintes le we", "topic", "les astreintes le week-end"),
    ("les contrôles qualité 3x/mois", "topic", "les contrôles qualité 3 fois par mois"),
    ("son service de 20 pers. en ehpad", "topic", "votre service de 20 personnes en EHPAD"),
    ("l'accueil des patients alzheimer", "topic", "l'accueil des patients Alzheimer"),
    ("la reorganisation des tournees", "topic", "la réorganisation des tournées"),
    ("le budget de la mediatheque ++", "topic", "le budget de la médiathèque"),
    # a name keeps its spelling, and "++" in a name is no mark
    ("la refonte du site de Chaumee", "topic", "la refonte du site de Chaumee"),
    # a noun jotted without its article gets the one it takes
    ("visite de l'atelier -> top", "topic", "la visite de l'atelier"),
    ("réforme du bac pro", "topic", "la réforme du bac pro"),
    ("classe de 6e", "topic", "la classe de 6e"),
    ("prime de fin d'année", "topic", "la prime de fin d'année"),
    ("grille salariale", "topic", "la grille salariale"),
    # a percentage straight after its noun lacks the "de" a sentence needs
    ("taux de rotation 15%", "unplaced", "taux de rotation 15%"),
    ("cas pratique en droit du travail", "topic", "le cas pratique en droit du travail"),
    ("retour sur mon stage", "topic", "le retour sur mon stage"),
    ("stock en magasin", "topic", "le stock en magasin"),
]  # fmt: skip


@pytest.mark.parametrize(("jotted", "kind", "core"), JOTTED_ON_THE_PHONE)
def test_a_point_jotted_on_the_phone_is_read_as_meant(jotted: str, kind: str, core: str) -> None:
    point = place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois"))
    assert (point.kind, point.core) == (kind, core)


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("demandé mes dispos pour commencer", "demandé mes disponibilités pour commencer"),
        ("Quelles sont mes faiblesses", "demandé quelles sont mes faiblesses"),
        ("m'a parlé de son parcours chez Decathlon", "votre parcours chez Decathlon"),
        ("il a insisté sur les délais", "l'importance des délais"),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_a_jotted_point_is_said_in_correct_french_in_every_sentence(
    tone: str, jotted: str, said: str
) -> None:
    for turn in range(8):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one([jotted, "ses travaux sur le sommeil"]), tone=tone)  # type: ignore[arg-type]
            text = " ".join(note.text.split())
            assert said in text, text
            assert not UNFUSED.search(text), text
            assert not DOUBLED.search(text), text
            assert not THIRD_PERSON.search(body(note)), text


@pytest.mark.parametrize("tone", TONES)
def test_a_plural_topic_is_never_the_subject_of_a_singular_verb(tone: str) -> None:
    for turn in range(8):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(  # type: ignore[arg-type]
                _one(["la refonte des plannings", "vos travaux sur le sommeil"]), tone=tone
            )
            text = " ".join(note.text.split())
            assert "représente vos" not in text, text
            assert "vos travaux sur le sommeil" in text, text


def test_a_said_clause_is_not_followed_by_the_job_it_names() -> None:
    def chooser(interview: thanknote.Interview, index: int) -> Callable[[str, int], int]:
        return lambda slot, n: 3 if slot.endswith("clause") else 0

    with mock.patch.object(render, "chooser", chooser):
        [note] = thanknote.draft(
            _one(["il a dit que le poste est ouvert au télétravail"]), tone="warm", today=DAY
        )
    # The fourth frame keeps the clause and adds no lesson drawn from it.
    assert "Je garde en tête que le poste est ouvert au télétravail." in " ".join(
        note.text.split()
    ), note.text
    assert note.text.count("poste") == 2, note.text  # the clause's, the interest's


def _placed(jotted: str) -> tuple[str, str]:
    point = place(jotted, "fr", ("Claire Dubois", "Claire", "Dubois"))
    return point.kind, point.core


@pytest.mark.parametrize(
    ("jotted", "kind", "core"),
    [
        ("passage a la facturation electronique en 2026", "topic",
         "le passage à la facturation électronique en 2026"),
        ("elle a dit que la classe est a double niveau", "clause", "la classe est à double niveau"),
        ("elle m'a dit que le bloc passe en 12h a partir de janvier", "clause",
         "le bloc passe en 12h à partir de janvier"),
        ("m'a parle des nouveaux camions electriques", "topic", "les nouveaux camions électriques"),
        ("demande comment je gere le stress en urgence", "question",
         "comment je gère le stress en urgence"),
        ("leur projet de jardin therapeutique", "topic", "votre projet de jardin thérapeutique"),
        ("le suivi des infirmieres de nuit", "topic", "le suivi des infirmières de nuit"),
        ("la disponibilite des equipes", "topic", "la disponibilité des équipes"),
        ("la ponctualite des livraisons", "topic", "la ponctualité des livraisons"),
    ],
)  # fmt: skip
def test_a_common_word_typed_without_its_accent_is_written_with_it(
    jotted: str, kind: str, core: str
) -> None:
    assert _placed(jotted) == (kind, core)


@pytest.mark.parametrize(
    "jotted",
    [
        "habilitation BR a repasser",
        "on a fait la meme ecole a Lyon",
        "l'elaboration du budget annuel",
        "les precautions d'usage",
        "question: comment je reagissais face a un client",
        "la reecriture du site",
    ],
)
def test_a_word_whose_accent_no_rule_restores_leaves_the_point_out(jotted: str) -> None:
    assert _placed(jotted)[0] == "unplaced"


@pytest.mark.parametrize(
    "jotted",
    ["dispo pour les periodes fiscales ?", "horaires en 3x8 ?", "le salaire ?", "télétravail ?"],
)
def test_a_question_jotted_without_a_verb_is_left_out(jotted: str) -> None:
    assert _placed(jotted)[0] == "unplaced"


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("question: comment je gérerais un client mécontent",
         "comment je gérerais un client mécontent"),
        ("question : pourquoi ce métier", "pourquoi ce métier"),
        ("question sur ma gestion d'un resident agressif",
         "votre question sur ma gestion d'un résident agressif"),
        ("une question sur mes disponibilités", "votre question sur mes disponibilités"),
    ],
)  # fmt: skip
def test_a_point_that_names_a_question_is_the_readers_question(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("question", core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("demande si j'ai la FIMO a jour", "si j'ai la FIMO à jour"),
        ("demande s'il me reste des congés", "s'il me reste des congés"),
    ],
)
def test_asked_whether_is_said_as_asked(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("question", core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("nouvel automate livré en mars", "le nouvel automate livré en mars"),
        ("petite équipe de six soignants", "la petite équipe de six soignants"),
        ("prochains recrutements en cuisine", "les prochains recrutements en cuisine"),
        ("ancien local de la mairie", "l'ancien local de la mairie"),
        ("future ligne de tram", "la future ligne de tram"),
    ],
)
def test_a_noun_opened_by_an_adjective_takes_its_article(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("topic", core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("manque de personnel le week-end", "le manque de personnel le week-end"),
        ("fournil refait l'an dernier", "le fournil refait l'an dernier"),
        ("diagnostic sur vehicules hybrides", "le diagnostic sur véhicules hybrides"),
        ("circuit des prélèvements", "le circuit des prélèvements"),
    ],
)
def test_a_masculine_noun_whose_ending_says_nothing_takes_le(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("topic", core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("son fils fait aussi du rugby", "votre fils fait aussi du rugby"),
        ("sa fille joue au hand comme moi", "votre fille joue au hand comme moi"),
        ("elle connait mon ancien chef", "vous connaissez mon ancien chef"),
        ("il a travaillé avec ma tutrice de stage", "vous avez travaillé avec ma tutrice de stage"),
    ],
)
def test_what_the_reader_shares_with_the_candidate_is_a_shared_point(
    jotted: str, core: str
) -> None:
    assert _placed(jotted) == ("shared", core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("tournees surtout en Bretagne", "les tournées, surtout en Bretagne"),
        ("les clients principalement des PME", "les clients, principalement des PME"),
    ],
)
def test_an_adverb_after_the_noun_is_set_off_by_a_comma(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("topic", core)


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("il m'a demandé pk je quitte ma boite actuelle",
         "pourquoi je quitte mon entreprise actuelle"),
        ("j'ai deja travaille sur un automate", "J'ai déjà travaillé sur un automate."),
    ],
)  # fmt: skip
def test_familiar_and_unaccented_words_are_written_as_a_letter_writes_them(
    jotted: str, said: str
) -> None:
    if jotted.startswith("j'ai"):
        assert place("le nouvel automate", "fr", link=jotted).link == said
    else:
        assert _placed(jotted) == ("question", said)


@pytest.mark.parametrize("tone", TONES)
def test_a_pastime_the_readers_family_shares_is_never_tied_to_the_job(tone: str) -> None:
    for turn in range(4):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(  # type: ignore[arg-type]
                _one(["la refonte des plannings", "son fils fait aussi du rugby"]), tone=tone
            )
            text = " ".join(note.text.split())
            assert "que votre fils fait aussi du rugby" in text, text
            assert "du rugby, et cela" not in text, text
            assert "du rugby m'aide" not in text, text


@pytest.mark.parametrize(
    "jotted",
    [
        "parking dispo le soir",
        "visite de l'atelier super",
        "équipe sympa et soudée",
        "20 couverts max le midi",
        "mutuelle prise en charge a la signature",
    ],
)
def test_a_word_of_notes_a_letter_never_prints_leaves_the_point_out(jotted: str) -> None:
    assert _placed(jotted)[0] == "unplaced"


@pytest.mark.parametrize(
    ("jotted", "kind", "core"),
    [
        ("demandé mes dispos pour le samedi", "question", "mes disponibilités pour le samedi"),
        ("demande mes pretentions salariales", "question", "mes prétentions salariales"),
        ("il part a la retraite en juin", "clause", "vous partez à la retraite en juin"),
        ("elle a la FIMO depuis dix ans", "clause", "vous avez la FIMO depuis dix ans"),
    ],
)  # fmt: skip
def test_shorthand_is_written_out_only_where_its_sense_is_sure(
    jotted: str, kind: str, core: str
) -> None:
    assert _placed(jotted) == (kind, core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("le directeur arrive en janvier", "le directeur arrive en janvier"),
        ("la saison commence en avril", "la saison commence en avril"),
        ("le chef de cuisine quitte la maison", "le chef de cuisine quitte la maison"),
    ],
)
def test_a_clause_with_a_verb_that_is_no_noun_is_said_after_que(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("clause", core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("elle vient de Bordeaux comme moi", "vous venez de Bordeaux comme moi"),
        ("il court le marathon comme moi", "vous courez le marathon comme moi"),
    ],
)
def test_what_the_reader_does_like_the_candidate_is_a_shared_point(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("shared", core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("CDI après période d'essai", "le CDI après période d'essai"),
        ("GMAO à déployer en 2027", "la GMAO à déployer en 2027"),
        ("RTT en plus des congés", "les RTT en plus des congés"),
    ],
)
def test_an_acronym_of_a_common_noun_takes_its_article(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("topic", core)


@pytest.mark.parametrize(
    "jotted",
    [
        "il m'a dit que sa fille est en 6e",
        "sa fille vient d'avoir un bébé",
        "elle m'a raconté que son mari est pompier",
    ],
)
def test_news_of_the_readers_family_is_left_out(jotted: str) -> None:
    assert _placed(jotted)[0] == "unplaced"


@pytest.mark.parametrize(
    ("jotted", "kind", "core"),
    [
        ("2 sites, Lyon et Grenoble", "topic", "les 2 sites, Lyon et Grenoble"),
        ("140 bénévoles et 6 boutiques", "topic", "les 140 bénévoles et 6 boutiques"),
        ("35h par semaine", "unplaced", "35h par semaine"),
        ("3 postes ouverts en cuisine", "unplaced", "3 postes ouverts en cuisine"),
    ],
)
def test_a_figure_first_is_said_with_les_or_left_out(jotted: str, kind: str, core: str) -> None:
    assert _placed(jotted) == (kind, core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("on aime tous les deux la rando", "nous aimons tous les deux la randonnée"),
        ("on a fait la même asso étudiante", "nous avons fait la même association étudiante"),
    ],
)
def test_a_clipped_word_is_written_out(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("shared", core)


def test_a_preposition_before_a_typed_without_its_accent_is_written_out() -> None:
    assert _placed("le poste est ouvert suite a un depart") == (
        "clause",
        "le poste est ouvert suite à un départ",
    )


def test_a_formal_note_says_a_shared_point_without_exclamation_or_wink() -> None:
    for turn in range(4):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(  # type: ignore[arg-type]
                _one(["la refonte des plannings", "on vient tous les deux de Brest"]),
                tone="formal",
            )
            text = " ".join(note.text.split())
            assert "que nous venons tous les deux de Brest." in text, text
            assert "Jolie coïncidence" not in text, text
            assert "Je souris" not in text, text


@pytest.mark.parametrize(
    ("jotted", "kind", "core"),
    [
        ("elle dit que l'equipe est jeune", "clause", "l'équipe est jeune"),
        ("il disait que le turnover est eleve", "clause", "le turnover est élevé"),
        ("il m'a expliqué comment fonctionne le tri", "topic", "la façon dont fonctionne le tri"),
        ("elle m'a expliqué comment elle organise les gardes", "unplaced",
         "elle m'a expliqué comment elle organise les gardes"),
        # "ils", said of the reader's firm, is "vous" in the note.
        ("il m'a dit qu'ils embauchent 6 saisonniers en juin", "clause",
         "vous embauchez 6 saisonniers en juin"),
        ("elle a dit qu'elles ont leur propre cuisine", "clause", "vous avez votre propre cuisine"),
        # A verb whose "vous" form the pack does not know leaves "ils" unsaid.
        ("il m'a dit qu'ils bossent le samedi", "unplaced", "il m'a dit qu'ils bossent le samedi"),
        # "pourquoi" and a bare noun, no verb: not said after "Vous m'avez demandé".
        ("voulait savoir pourquoi la menuiserie", "unplaced",
         "voulait savoir pourquoi la menuiserie"),
        ("m'a demandé pourquoi je pars", "question", "pourquoi je pars"),
    ],
)  # fmt: skip
def test_what_the_reader_said_or_explained_is_read_in_any_tense(
    jotted: str, kind: str, core: str
) -> None:
    assert _placed(jotted) == (kind, core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("comment je gererais un conflit entre collegues ?",
         "comment je gérerais un conflit entre collègues"),
        ("m'a demande comment je prioriserais mes taches", "comment je prioriserais mes tâches"),
    ],
)  # fmt: skip
def test_a_question_asked_keeps_no_word_without_its_accent(jotted: str, core: str) -> None:
    assert _placed(jotted) == ("question", core)


@pytest.mark.parametrize("tone", TONES)
def test_a_clause_tied_to_the_candidate_is_never_welcomed_with_pleasure(tone: str) -> None:
    point = {
        "point": "ils ont perdu deux gros clients cette année",
        "link": "j'ai déjà reconquis des clients perdus",
    }
    for turn in range(6):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one([point]), tone=tone)  # type: ignore[arg-type]
            text = " ".join(note.text.split())
            assert "que vous avez perdu deux gros clients cette année" in text, text
            assert "avec plaisir que vous avez perdu" not in text, text
            assert "réjouis de savoir que vous avez perdu" not in text, text


@pytest.mark.parametrize(
    ("jotted", "link", "turn", "sentence"),
    [
        # A question about the candidate or a fact, without the candidate's answer,
        # is said last, with thanks for the interest: no offer to say more, which
        # would suggest the answer fell short.
        ("m'a demandé mes prétentions salariales", "", 0,
         "Vous m'avez demandé mes prétentions salariales, et je vous remercie de "
         "l'attention portée à mon profil."),
        ("m'a demandé si je suis mobile le week-end", "", 1,
         "Merci de l'attention portée à mon profil, notamment lorsque vous m'avez demandé "
         "si je suis mobile le week-end."),
        ("m'a demandé pourquoi je quitte la restauration", "", 0,
         "Vous m'avez demandé pourquoi je quitte la restauration, et je vous remercie de "
         "l'attention portée à mon profil."),
        # With the candidate's line, that line is the answer, said after a colon.
        ("m'a demandé si j'ai le permis C", "j'ai le C et le CE depuis 2019", 0,
         "Vous m'avez demandé si j'ai le permis C : j'ai le C et le CE depuis 2019."),
        ("m'a demandé si j'ai le permis C", "j'ai le C et le CE depuis 2019", 1,
         "Merci de m'avoir demandé si j'ai le permis C : j'ai le C et le CE depuis 2019."),
        # A question on how the candidate works leads into the line the same way.
        ("m'a demandé comment je gère un client mécontent", "ai tenu une boutique pendant 5 ans",
         0, "Vous m'avez demandé comment je gère un client mécontent : j'ai tenu une boutique "
         "pendant 5 ans."),
    ],
)  # fmt: skip
def test_a_question_about_the_candidate_is_named_without_doubting_the_answer(
    jotted: str, link: str, turn: int, sentence: str
) -> None:
    point: Any = {"point": jotted, "link": link} if link else jotted
    with mock.patch.object(render, "chooser", _every_option(turn)):
        [note] = thanknote.draft(_one([point]), tone="formal")  # type: ignore[arg-type]
    assert sentence in " ".join(note.text.split()), note.text


@pytest.mark.parametrize(
    ("jotted", "link", "never"),
    [
        # "d'autant que" strengthens a feeling: never after a plain report, nor after
        # a sentence that already ends on an apposition.
        ("le projet de tramway de Tours", "j'ai suivi celui de Nantes",
         r"abordé le projet de tramway de Tours, (?:d'autant|un sujet)"),
        ("m'a demandé comment je gère un client mécontent", "j'ai tenu une boutique",
         r"réfléchir, (?:d'autant|un sujet)"),
        ("« ici, on apprend en faisant »", "j'ai appris mon métier en alternance",
         r"vos mots, « ici, on apprend en faisant », (?:d'autant|un sujet)"),
        ("m'a demandé si j'ai le permis C", "j'ai le C depuis 2019",
         r"permis C, (?:d'autant|un sujet|une question)"),
        # "vous" never runs into "vos", "votre".
        ("ses 15 ans à la DDT", "", r"avec vous vos"),
        ("sa méthode de tri", "", r"avec vous votre"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("tone", TONES)
def test_a_point_sentence_never_stacks_what_french_keeps_apart(
    tone: str, jotted: str, link: str, never: str
) -> None:
    point: Any = {"point": jotted, "link": link} if link else jotted
    # A second point after it: the first one's sentence ends where the next begins.
    points = [point, "on a tous les deux grandi à Marseille"]
    for turn in range(8):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
        assert not re.search(never, " ".join(note.text.split())), note.text
        assert "\n " not in note.text, note.text  # a paragraph runs on, unbroken


def _with_strength(strength: str) -> thanknote.Interview:
    return thanknote.load_interview(
        {
            "locale": "fr_FR",
            "candidate": {"name": "Camille Martin", "strength": strength},
            "interview": {
                "company": "Clinique du Parc",
                "position": "Infirmière coordinatrice",
                "start": "2026-11-24T10:00:00+01:00",
                "timezone": "Europe/Paris",
            },
            "interviewers": [
                {
                    "name": "Claire Dubois",
                    "honorific": "Madame",
                    "talking_points": ["la refonte des plannings"],
                }
            ],
        }
    )


@pytest.mark.parametrize(
    ("strength", "said"),
    [
        # A strength jotted as on a CV: a noun takes the article that presents it,
        # and opens the sentence after "Avec" rather than following a colon …
        ("habilitation électrique B2V à jour",
         "Avec une habilitation électrique B2V à jour, je pense pouvoir vous apporter"),
        ("bonne maîtrise d'Excel", "Avec une bonne maîtrise d'Excel, je pense pouvoir"),
        # … an adjective the "je suis" that carries it, in the gender typed.
        ("titulaire du permis C", "ce que je pourrais apporter : je suis titulaire du permis C."),
        ("diplômée d'État en 2019",
         "ce que je pourrais apporter : je suis diplômée d'État en 2019."),
        # A figure first needs nothing; followed by a clause, it opens it after "Après".
        ("10 ans de bloc opératoire", "Avec 10 ans de bloc opératoire, je pense pouvoir"),
        ("six ans aux urgences, je connais bien le tri",
         "Après six ans aux urgences, je connais bien le tri."),
    ],
)  # fmt: skip
def test_a_strength_jotted_as_on_a_cv_is_said_as_a_sentence_part(strength: str, said: str) -> None:
    with mock.patch.object(render, "chooser", _every_option(1)):
        [note] = thanknote.draft(_with_strength(strength), tone="formal")  # type: ignore[arg-type]
    text = " ".join(note.text.split())
    assert said in text, note.text
    assert not re.search(r": \d", text), note.text


@pytest.mark.parametrize(
    ("kind", "jotted", "sentence"),
    [
        # What is not a topic gets a sentence made for it, never "notre conversation
        # sur votre remarque selon laquelle …".
        ("follow_up", "la refonte des plannings",
         "\n\nJe repense souvent à notre conversation sur la refonte des plannings, un sujet "
         "sur lequel j'aimerais beaucoup pouvoir m'investir.\n\n"),
        ("follow_up", "elle a dit que le bloc passe en 12h",
         "\n\nJe repense souvent à notre conversation, notamment au fait que le bloc passe en "
         "12h.\n\n"),
        ("follow_up", "m'a demandé comment je gère un patient agité",
         "\n\nJe repense souvent au moment où vous m'avez demandé comment je gère un patient "
         "agité.\n\n"),
        ("follow_up", "on a tous les deux grandi à Brest",
         "\n\nJe repense souvent à notre conversation, et au plaisir de découvrir que nous "
         "avons tous les deux grandi à Brest.\n\n"),
        ("rejection_reply", "elle a dit que le bloc passe en 12h",
         "\n\nNotre échange m'a beaucoup appris, et je comprends aujourd'hui bien mieux le "
         "travail mené à la Clinique du Parc. Je retiens notamment que le bloc passe en "
         "12h.\n\n"),
        ("rejection_reply", "m'a demandé comment je gère un patient agité",
         "\n\nNotre échange m'a beaucoup appris, et je comprends aujourd'hui bien mieux le "
         "travail mené à la Clinique du Parc.\n\n"),
        # A card: a question about the candidate is not "au cœur du métier",
        # nor an offer to say more; it is thanked for.
        ("card", "m'a demandé si je fais des nuits",
         " Merci de m'avoir demandé si je fais des nuits : j'ai eu plaisir à vous répondre."),
        # A card ties the candidate's line to its point in the point's own sentence,
        # after the reaction it explains, never after "C'est un sujet qui me parle :";
        # a line that is no plain French sentence follows a colon as typed.
        ("card", {"point": "le projet de tramway", "link": "j'ai suivi celui de Nantes"},
         "notre discussion sur le projet de tramway : j'ai suivi celui de Nantes. "),
        ("card", {"point": "le projet de tramway", "link": "SAP était mon outil"},
         "sur le projet de tramway : SAP était mon outil. "),
    ],
)  # fmt: skip
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_a_follow_up_a_reply_and_a_card_say_each_kind_of_point_as_a_sentence(
    tone: str, kind: str, jotted: Any, sentence: str
) -> None:
    [note] = thanknote.draft(_one([jotted]), tone=tone, kind=kind)  # type: ignore[arg-type]
    assert sentence in note.text, note.text
    assert "selon laquelle" not in note.text and "cœur du métier" not in note.text, note.text
    assert "réfléchir" not in note.text and "davantage" not in note.text, note.text


@pytest.mark.parametrize("jotted", ["question sur ma dispo", "question sur mes prétentions"])
@pytest.mark.parametrize("tone", TONES)
def test_a_question_named_about_the_candidate_is_answered_not_pondered(
    tone: str, jotted: str
) -> None:
    for turn in range(6):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            for points in ([jotted], ["la refonte des plannings", jotted]):
                [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
                text = " ".join(note.text.split())
                assert "votre question sur m" in text, text
                assert not re.search(r"réfl[ée]\w*[^.]*votre question sur m", text), text
                assert not re.search(r"votre question sur m[^.]*(?:recul|essentielle)", text), text


# -- a native reviewer's fourth reading: questions, greetings, decisions ---------

# Frames that say the candidate was caught out, is still thinking, would add to the
# answer, or that grade the question the reader asked.
DOUBTING = re.compile(
    r"réfléchi|réflexion|cœur du métier|y revenir|davantage|complément sur ma réponse"
    r"|précise volontiers|préciser ma pensée|prendre du recul|essentielle|va à l'essentiel"
    r"|dit beaucoup du travail|plus en détail|touche de près",
    re.I,
)
ASKED_POINTS: list[Any] = [
    "m'a demandé comment je gérerais un incident en production",
    "m'a demandé si j'ai le permis C",
    "Comment géreriez-vous une panne de nuit ?",
    "question sur ma dispo",
    {"point": "m'a demandé comment je gère un client mécontent", "link": "j'ai tenu une boutique"},
    {"point": "m'a demandé si j'ai le permis C", "link": "j'ai le C depuis 2019"},
]


@pytest.mark.parametrize("first", range(len(ASKED_POINTS)))
@pytest.mark.parametrize("tone", TONES)
def test_a_question_asked_is_never_said_as_if_the_answer_fell_short(tone: str, first: int) -> None:
    # Alone and as the second point, in every option of the banks.
    second = ASKED_POINTS[(first + 1) % len(ASKED_POINTS)]
    for points in ([ASKED_POINTS[first]], [ASKED_POINTS[first], second]):
        for turn in range(4):
            with mock.patch.object(render, "chooser", _every_option(turn)):
                [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
            assert not DOUBTING.search(note.text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_question_about_the_candidate_without_an_answer_gives_way_to_the_work(
    tone: str,
) -> None:
    points = ["m'a demandé mes prétentions salariales", "la refonte des plannings", "le bloc"]
    for turn in range(4):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
        assert "prétentions salariales" not in note.text, note.text


def _unnamed(locale: str) -> thanknote.Interview:
    return thanknote.load_interview(
        {
            "locale": locale,
            "candidate": {"name": "Camille Martin"},
            "interview": {
                "company": "Clinique du Parc",
                "position": "Infirmière coordinatrice",
                "start": "2026-11-24T10:00:00+01:00",
                "timezone": "Europe/Paris",
            },
            "interviewers": [
                {"name": "Laura Janssens", "talking_points": ["la refonte des plannings"]}
            ],
        }
    )


@pytest.mark.parametrize(
    ("locale", "greeting"),
    [
        # Without a title the gender is unknown: France, Belgium and Switzerland say
        # "Bonjour," alone, never the first name after one interview nor the full name;
        # Québec greets by the first name.
        ("fr_FR", "Bonjour,"),
        ("fr_BE", "Bonjour,"),
        ("fr_CH", "Bonjour,"),
        ("fr_CA", "Bonjour Laura,"),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_a_reader_without_a_title_is_greeted_without_a_gender(
    tone: str, locale: str, greeting: str
) -> None:
    for turn in range(4):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_unnamed(locale), tone=tone)  # type: ignore[arg-type]
        assert _greeting(note) == greeting, note.text
        assert "Laura Janssens" not in note.text, note.text
        if locale != "fr_CA":
            assert "Laura" not in f"{note.subject}\n{note.text}", note.text
        assert not thanknote.lint(note).errors, note.text


@pytest.mark.parametrize(
    "stock",
    [
        "me touche de près",
        "un aspect du métier",
        "autre moment marquant",
        "très parlant",
        "très concret ce que",
        "toute mon attention est allée",
        "il est précieux pour moi",
        "je constate aussi",
        "je me réjouis d'avance",
        "bien chaleureusement",
        "très chaleureusement",
        "cela a été très stimulant",
        "cela m'a été très utile",
        "un très bon souvenir",
        "un excellent souvenir",
        "je vous laisse revenir vers moi",
        "d'ici là, je reste disponible pour toute question",
        "ce que je cherche,",
        "pour le rendez-vous mardi",
        "notre rendez-vous mardi",
        "l'équipe à la clinique",
    ],
)
def test_no_note_says_a_stock_line_the_reviewer_rejected(stock: str) -> None:
    for note in [*every_kind(), *(n for _, _, notes in panels() for n in notes)]:
        if note.kind == "thank_you":
            assert stock not in note.text.lower(), note.text


# -- the points paragraph, composed as a writer would ---------------------------

# Frames removed because they narrate the meeting or read as an agenda item, say
# a reaction that does not fit every point of their kind ("très utile" of a
# shared pastime, "éclairant" of a problem), fill the line after the thanks with
# an empty sentence, or put a stock bridging sentence before the candidate's line.
REMOVED = [
    "nous avons aussi évoqué",
    "nous avons également abordé",
    "nous avons notamment abordé",
    "nous avons aussi échangé sur",
    "nous nous sommes aussi arrêtés",
    "parmi les sujets abordés",
    "une autre information a attiré mon attention",
    "un autre point m'aide à mieux situer le poste",
    "les contours du poste se sont aussi précisés",
    "je regarde aussi",
    "j'ai trouvé très utile notre échange",
    "j'ai trouvé précieux notre échange",
    "particulièrement éclairant",
    "ouvert de nouvelles perspectives",
    "j'ai beaucoup appris en abordant",
    "je garde surtout en mémoire",
    "ce fut pour moi un moment très constructif",
    "ce fut aussi agréable qu'utile",
    "le temps est passé très vite",
    "je n'ai pas vu l'heure passer",
    "j'en garde une excellente impression",
    "le sujet me parle tout particulièrement :",
    "voilà un point qui m'intéresse directement",
    "le sujet me tient à cœur :",
    "résonne encore",
    # A native review of the reworked banks: "que" after "coïncidence" wants the
    # subjunctive; "toute mon attention" before a second point; a reaction that
    # does not fit every point ("me parle" of a fact, "bien pris note" of good
    # news, "mon attention s'est portée" as if elsewhere the rest of the time);
    # "le quotidien" of nobody; "votre quotidien" for the job; a question asked
    # today that "me fait" measure; a fragment ("Amusant, aussi, de …").
    "c'est une heureuse coïncidence que",
    "a retenu toute mon attention",
    "me parle tout particulièrement",
    "j'ai bien pris note",
    "mon attention s'est",
    "ce qui m'a aussi parlé",
    "ce qui m'a le plus parlé",
    "me représenter le quotidien.",
    "plus concrète du quotidien.",
    "dans votre quotidien",
    "me fait mieux mesurer",
    "amusant, aussi,",
    "qui rend le poste bien plus concret",
    "c'est un sujet qui me parle",
    "me correspond,",
]


@pytest.mark.parametrize("removed", REMOVED)
def test_no_point_sentence_narrates_the_meeting_or_fills_the_paragraph(removed: str) -> None:
    for note in [*every_kind(), *(n for _, _, notes in panels() for n in notes)]:
        if note.kind == "thank_you":
            assert removed not in note.text.lower(), note.text


@pytest.mark.parametrize("tone", TONES)
def test_neighbouring_point_sentences_do_not_both_say_aussi_or_attention(tone: str) -> None:
    # "Merci aussi pour la visite … J'ai aussi découvert …", "… a retenu mon
    # attention. Merci de l'attention portée à mon profil …": the second takes
    # another word when its bank has one.
    pairs = [
        ["la visite du hall rénové", "on a tous les deux fait l'école hôtelière de Namur"],
        ["la formation interne de 6 semaines", "elle voulait savoir pourquoi je quitte Colruyt"],
    ]
    for points in pairs:
        for turn in range(8):
            with mock.patch.object(render, "chooser", _every_option(turn)):
                [note] = thanknote.draft(_one(points), tone=tone)  # type: ignore[arg-type]
            para = " ".join(note.text.split("\n\n")[1].split())
            sentences = para.split(". ")[1:]
            for first, second in itertools.pairwise(sentences):
                for word in (" aussi ", "attention", "intérêt"):
                    assert not (word in first and word in second), para


def test_a_card_never_bridges_with_a_stock_sentence() -> None:
    points: list[Any] = [
        {"point": "m'a demandé comment je gère un patient agité", "link": "j'ai fait les urgences"},
        {"point": "elle a dit que le bloc passe en 12h", "link": "j'ai travaillé en 12h"},
        "m'a demandé ce que je fais quand un patient chute la nuit",
        "la visite du bloc opératoire",
        "le cas pratique sur le calcul des effectifs",
        "la formation interne de 6 semaines",
    ]
    for point in points:
        for index in range(4):
            with mock.patch.object(render, "chooser", _every_option(index)):
                for tone in TONES:
                    for note in thanknote.draft(_one([point]), tone=tone, kind="card"):  # type: ignore[arg-type]
                        text = " ".join(note.text.split())
                        assert "sujet qui me parle" not in text, text
                        assert "Quand vous m'avez demandé ce que je fais quand" not in text, text
                        assert not re.search(r"échange sur (?:la visite|le cas pratique sur)", text)
                        assert "résonne" not in text and "votre quotidien" not in text, text
                        assert "matière à réflexion" not in text, text


@pytest.mark.parametrize("tone", TONES)
def test_a_linked_topic_leads_into_the_candidates_line_in_one_sentence(tone: str) -> None:
    point = {"point": "le projet de tramway de Tours", "link": "j'ai suivi celui de Nantes"}
    for turn in range(6):
        with mock.patch.object(render, "chooser", _every_option(turn)):
            [note] = thanknote.draft(_one([point]), tone=tone)  # type: ignore[arg-type]
        text = " ".join(note.text.split())
        tie = _tie(text, "le projet de tramway de Tours", "j'ai suivi celui de Nantes")
        assert ". " not in tie and BRIDGE.search(tie), tie
