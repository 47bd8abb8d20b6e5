"""The Italian sentence banks: every shape of talking point reads as Italian, in every tone."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import thanknote

TONES = ("warm", "formal", "concise")
COMPANY = "Logistica Padana"
POSITION = "Data Engineer"

# Each interviewer's points, so that every shape the Italian pack knows is
# placed first, second and third in some note.
PANEL: list[tuple[str, str | None, list[Any]]] = [
    (
        "Giulia Rossi",
        "Dott.ssa",
        [
            "la migrazione dei processi notturni su Kafka",
            "mi ha detto che il team passa a Epic",
            "il suo progetto di tutoraggio",
        ],
    ),
    (
        "Marco Verdi",
        "Ing.",
        [
            "Mi ha detto che lei vuole qualcuno per l'affaticamento da allarmi",
            "mi ha chiesto della gestione dei conflitti",
        ],
    ),
    (
        "Luca Moretti",
        None,
        [
            "Come gestirei un paziente difficile?",
            "«Assumiamo la curiosità»",
            "entrambi corriamo la maratona di Milano",
        ],
    ),
    (
        "Elena Bianchi",
        "Sig.ra",
        [
            {
                "point": "il cruscotto dei costi del cloud",
                "link": "ne ho costruito uno simile per il mio ultimo cliente",
            },
            "Come gestirebbe un paziente difficile?",
        ],
    ),
    (
        "Sara Neri",
        None,
        [
            "abbiamo entrambi studiato a Bologna",
            "mi ha parlato del nuovo reparto",
            "ho guidato il passaggio a SAP",
        ],
    ),
    (
        "Paolo Gallo",
        "Dott.",
        [
            "ho guidato il passaggio a SAP",
            "mi ha chiesto di descrivere un progetto difficile",
        ],
    ),
    (
        "Anna Conti",
        None,
        ["lei è arrivata in azienda da poco", "mi ha chiesto se sono disponibile a viaggiare"],
    ),
    (
        "Piero Sala",
        "Prof.",
        [
            "«Qui nessuno lavora da solo»",
            "mi ha chiesto perché voglio cambiare lavoro",
            "l'ospedale prevede di aprire un nuovo reparto",
        ],
    ),
]

# A preposition Italian fuses with the article that follows ("su il" → "sul") ...
UNFUSED = re.compile(r"\b(?:di|a|da|in|su)\s+(?:(?:il|lo|la|i|gli|le)\s|l['’])")
# ... and a clause where only a noun phrase can go: after a preposition.
CLAUSE_AFTER_PREPOSITION = re.compile(
    r"\b(?:di|a|da|in|su|per|con|tra|fra|del|della|dei|delle|al|alla|ai|sul|sulla|sui|nel|nella)"
    r"\s+(?:che\b|mi\s+ha|mi\s+hai|ho\s+guidato|abbiamo\s+entrambi|entrambi\b|lei\b|lui\b|"
    r"il\s+team\s+passa|vuole\b|vuoi\b|è\s+arrivata|sei\s+arrivata)"
)
DOUBLED = re.compile(r"[.?!][»”\"]?[.?!]|,\s*[.?!]|\s[.,;:?!]")
TU = re.compile(r"\b(?:ti|te|tu|tuo|tua|tuoi|tue|hai|sei|vuoi)\b|\w{4,}(?:arti|erti|irti)\b")
LEI = re.compile(
    r"\b(?:Lei|Suo|Sua|Suoi|Sue)\b|\b(?:La|Le)\s+(?:ringrazio|sono|scrivo|esprimo|confermo)\b"
    r"|\w(?:La|Le)\b"
)
THIRD_PERSON = re.compile(r"\b(?:suo|sua|suoi|sue)\b")


def panel(**interview: Any) -> thanknote.Interview:
    people = []
    for name, honorific, points in PANEL:
        person: dict[str, Any] = {
            "name": name,
            "email": name.lower().replace(" ", ".") + "@example.it",
            "talking_points": points,
        }
        if honorific:
            person["honorific"] = honorific
        people.append(person)
    data: dict[str, Any] = {
        "locale": "it_IT",
        "candidate": {"name": "Andrea Ferri", "email": "andrea.ferri@example.it"},
        "interview": {
            "company": COMPANY,
            "position": POSITION,
            "start": "2026-11-24T10:00:00+01:00",
            "end": "2026-11-24T11:30:00+01:00",
            "timezone": "Europe/Rome",
            **interview,
        },
        "interviewers": people,
    }
    return thanknote.load_interview(data)


def body(note: thanknote.Note) -> str:
    """The note between the salutation and the sign-off."""
    return note.text.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÈ«])", text.replace("\n", " ")) if s]


@pytest.fixture(scope="module")
def drafted() -> dict[str, tuple[thanknote.Note, ...]]:
    iv = panel()
    return {tone: thanknote.draft(iv, tone=tone, locale="it_IT") for tone in TONES}  # type: ignore[arg-type]


@pytest.mark.parametrize("tone", TONES)
def test_no_clause_or_article_after_a_preposition(
    drafted: dict[str, tuple[thanknote.Note, ...]], tone: str
) -> None:
    for note in drafted[tone]:
        assert not UNFUSED.search(note.text), note.text
        assert not CLAUSE_AFTER_PREPOSITION.search(note.text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_no_doubled_or_stray_punctuation(
    drafted: dict[str, tuple[thanknote.Note, ...]], tone: str
) -> None:
    for note in drafted[tone]:
        assert not DOUBLED.search(body(note)), note.text
        assert not DOUBLED.search(note.subject or ""), note.subject


@pytest.mark.parametrize("tone", TONES)
def test_one_form_of_address_per_note(
    drafted: dict[str, tuple[thanknote.Note, ...]], tone: str
) -> None:
    for note in drafted[tone]:
        text = body(note)
        if tone == "warm":
            assert TU.search(text) and not LEI.search(text), note.text
        else:
            assert not TU.search(text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_no_third_person_possessive_aimed_at_the_reader(
    drafted: dict[str, tuple[thanknote.Note, ...]], tone: str
) -> None:
    for note in drafted[tone]:
        assert not THIRD_PERSON.search(body(note)), note.text


def test_the_warm_note_turns_what_the_reader_said_of_themselves_to_tu(
    drafted: dict[str, tuple[thanknote.Note, ...]],
) -> None:
    marco = drafted["warm"][1].text
    assert "vuoi qualcuno per l'affaticamento da allarmi" in marco, marco
    assert "tua domanda sulla gestione dei conflitti" in marco, marco
    anna = drafted["warm"][6].text
    assert "sei arrivata in azienda da poco" in anna, anna
    formal = drafted["formal"][1].text
    assert "vuole qualcuno per l'affaticamento da allarmi" in formal, formal
    assert "Sua domanda sulla gestione dei conflitti" in formal, formal


@pytest.mark.parametrize("tone", TONES)
def test_every_note_names_its_points_and_the_link(
    drafted: dict[str, tuple[thanknote.Note, ...]], tone: str
) -> None:
    keys = ["Kafka", "affaticamento", "paziente difficile", "cruscotto", "Bologna", "SAP"]
    keys += ["viaggiare", "Qui nessuno lavora da solo"]
    for note, key in zip(drafted[tone], keys, strict=True):
        assert key in note.text, note.text
    elena = drafted[tone][3].text
    assert "Ne ho costruito uno simile per il mio ultimo cliente." in elena, elena


@pytest.mark.parametrize("tone", TONES)
def test_interest_names_the_position_and_the_company(
    drafted: dict[str, tuple[thanknote.Note, ...]], tone: str
) -> None:
    for note in drafted[tone]:
        assert any(POSITION in s and COMPANY in s for s in sentences(body(note))), note.text


@pytest.mark.parametrize("tone", TONES)
def test_the_notes_lint_without_errors(
    drafted: dict[str, tuple[thanknote.Note, ...]], tone: str
) -> None:
    notes = drafted[tone]
    for note in notes:
        assert not note.report.errors, [f.message for f in note.report]
    panel_report = thanknote.lint_panel(notes)
    assert not [f for f in panel_report.findings if f.severity == "error"], [
        f.message for f in panel_report.findings
    ]


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (dt.date(2026, 11, 24), "oggi"),
        (dt.date(2026, 11, 26), "martedì"),
        (dt.date(2026, 12, 24), "il 24 novembre"),
        (dt.date(2027, 1, 8), "il 24 novembre 2026"),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_the_day_is_said_as_italian_says_it(tone: str, today: dt.date, said: str) -> None:
    for note in thanknote.draft(panel(), tone=tone, locale="it_IT", today=today):  # type: ignore[arg-type]
        assert f" {said}" in note.text.split("\n\n")[1], note.text


@pytest.mark.parametrize(
    ("day", "said"), [(1, "il 1° marzo"), (8, "l'8 marzo"), (11, "l'11 marzo"), (2, "il 2 marzo")]
)
def test_a_date_takes_the_article_italian_gives_it(day: int, said: str) -> None:
    iv = panel(start=f"2026-03-{day:02}T10:00:00+01:00", end=f"2026-03-{day:02}T11:30:00+01:00")
    for note in thanknote.draft(iv, tone="formal", locale="it_IT", today=dt.date(2026, 4, 20)):
        assert said in note.text, note.text


def test_a_panel_without_points_still_reads_well() -> None:
    iv = panel()
    bare = thanknote.load_interview(
        {
            "locale": "it_IT",
            "candidate": {"name": "Andrea Ferri"},
            "interview": {
                "company": COMPANY,
                "position": POSITION,
                "start": "2026-11-24T10:00:00+01:00",
                "end": "2026-11-24T11:30:00+01:00",
            },
            "interviewers": [{"name": p.name} for p in iv.interviewers[:4]],
        }
    )
    for tone in TONES:
        notes = thanknote.draft(bare, tone=tone, locale="it_IT")  # type: ignore[arg-type]
        for note in notes:
            assert not note.report.errors, [f.message for f in note.report]
            assert not DOUBLED.search(body(note)), note.text
        assert not [f for f in thanknote.lint_panel(notes).findings if f.severity == "error"]


# -- the company, always through at_company ------------------------------------

INSTITUTION = "Ospedale San Raffaele"
BRAND = "Enel"
KINDS = ("thank_you", "card", "follow_up", "rejection_reply")
# The bare name right after a preposition or a verb, where Italian wants
# "presso l'Ospedale …" (or "presso Enel").
BARE_AFTER = r"\b(?:di|a|da|in|su|per|con|tra|fra|presso|parte|unirmi|entrare|lavorare)\s+{name}"


def _all_notes(company: str) -> list[thanknote.Note]:
    iv = panel(company=company)
    notes: list[thanknote.Note] = []
    for tone in TONES:
        for kind in KINDS:
            notes += thanknote.draft(iv, tone=tone, kind=kind, locale="it_IT")  # type: ignore[arg-type]
    return notes


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", KINDS)
def test_an_institution_takes_its_article_after_presso(tone: str, kind: str) -> None:
    iv = panel(company=INSTITUTION)
    for note in thanknote.draft(iv, tone=tone, kind=kind, locale="it_IT"):  # type: ignore[arg-type]
        assert f"presso l'{INSTITUTION}" in note.text, note.text
        assert not re.search(BARE_AFTER.format(name=INSTITUTION), note.text), note.text
        assert not UNFUSED.search(note.text), note.text


def test_a_brand_name_follows_presso_bare() -> None:
    for note in _all_notes(BRAND):
        assert f"presso {BRAND}" in note.text, note.text
        assert not re.search(
            r"\b(?:di|a|da|in|per|con|del|della|nel|nella|al|alla|l')\s*" + BRAND, note.text
        ), note.text


def test_the_interviews_own_at_company_wins() -> None:
    iv = panel(company="Stadtwerke Leipzig", at_company="presso le Stadtwerke di Lipsia")
    for tone in TONES:
        for note in thanknote.draft(iv, tone=tone, locale="it_IT"):  # type: ignore[arg-type]
            assert "presso le Stadtwerke di Lipsia" in note.text, note.text


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Ospedale San Gerardo", "presso l'Ospedale San Gerardo"),
        ("Banca Popolare Lariana", "presso la Banca Popolare Lariana"),
        ("Studio Grafico Lumen", "presso lo Studio Grafico Lumen"),
        ("Istituto Comprensivo Manzoni", "presso l'Istituto Comprensivo Manzoni"),
        ("Ferrovie dello Stato", "presso le Ferrovie dello Stato"),
        ("Trasporti Adriatici", "presso Trasporti Adriatici"),
        ("Enel", "presso Enel"),
    ],
)
def test_the_company_table_gives_the_article(company: str, said: str) -> None:
    from thanknote._company import at_company

    assert at_company(company, "it_IT") == said


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("abbiamo corso tutti e due la maratona di Roma", "abbiamo corso tutti e due la maratona"),
        ("siamo tutti e due tifosi del Bologna", "siamo tutti e due tifosi del Bologna"),
        ("vuole rifare da zero il design system", "vuoi rifare da zero il design system"),
    ],
)
def test_jotted_shapes_read_as_italian_in_a_warm_note(jotted: str, placed: str) -> None:
    iv = thanknote.load_interview(
        {
            "locale": "it_IT",
            "candidate": {"name": "Andrea Ferri"},
            "interview": {"company": BRAND, "position": POSITION, "start": "2026-11-24"},
            "interviewers": [{"name": "Luca Moretti", "talking_points": [jotted]}],
        }
    )
    note = thanknote.draft(iv, tone="warm", locale="it_IT")[0]
    assert placed in note.text, note.text
    assert not re.search(
        r"(?:approfondit[oa]|discutere|affrontato|toccato)\s+(?:abbiamo|siamo|vuo)", note.text
    )


@pytest.mark.parametrize("kind", KINDS[1:])
@pytest.mark.parametrize("tone", TONES)
def test_every_kind_keeps_one_form_of_address_for_its_point(kind: str, tone: str) -> None:
    for note in thanknote.draft(panel(), tone=tone, kind=kind, locale="it_IT"):  # type: ignore[arg-type]
        text = body(note)
        if tone == "warm":
            assert not LEI.search(text), note.text
        else:
            assert not TU.search(text), note.text
        assert not THIRD_PERSON.search(text), note.text
        assert not UNFUSED.search(text), note.text
        assert not CLAUSE_AFTER_PREPOSITION.search(text), note.text
        assert not DOUBLED.search(text), note.text
