"""Spanish thank-you notes from sentence banks: every shape of point, every tone, one address.

A panel's talking points are written in every shape the Spanish pack knows (a
noun phrase, reported speech, a question asked, a question quoted, a
quotation, something both people share, the candidate's own clause, a point
with a link); whatever sentence the banks pick, a note must stay grammatical
Spanish and say either "usted" or "tú", never both.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import thanknote

TONES = ("warm", "formal", "concise")
DAY = dt.date(2026, 11, 24)
COMPANY = "Logística Ibérica"
POSITION = "Ingeniería de Datos"
LINK = "En mi empresa actual dirigí una migración parecida"
STRENGTH = "Llevo cinco años con Kafka en producción"

# One of each shape, as people jot them.
SHAPES: list[Any] = [
    "la migración de los procesos nocturnos a Kafka",  # a noun phrase
    "me dijo que el equipo pasa a Epic",  # reported speech
    "Me dijo que ella quiere a alguien para la fatiga de alarmas",  # ... about the reader
    "Ella lideró la migración a la nube de su equipo",  # a clause about the reader
    "me dijo que él no se fía de los paneles",  # ... with "no" and a clitic
    "según él, el equipo se traslada a Bilbao",
    "me habló del nuevo sistema de turnos",  # told about
    "me preguntó por la resolución de conflictos",  # asked about
    "me preguntó cómo manejaría a un cliente difícil",
    "me preguntó si podría viajar a Lisboa",
    "¿Cómo priorizaría las incidencias?",  # a question in the candidate's words
    "¿Cómo maneja usted el estrés?",  # a question quoted
    '"Contratamos por la curiosidad."',  # a quotation
    "los dos corremos maratones",  # shared
    "ambas estudiamos en Salamanca",
    "He liderado la implantación de SAP",  # the candidate's own clause
    "El hospital planea abrir una nueva ala.",  # a clause
    "su rediseño de las guardias",  # the reader's own thing
    {"point": "la migración a Kafka", "link": LINK},  # a point with a link
]
PEOPLE = [("Lucía García", "Sra."), ("Jorge Blanco", "Sr."), ("Tomás Okafor", None),
          ("Li Wei", "Dra.")]  # fmt: skip

# Clauses of the points above; each may only follow "que" ("saber que …").
CLAUSES = (
    "el equipo pasa a Epic",
    "el equipo se traslada a Bilbao",
    "el hospital planea abrir una nueva ala",
    "ambos corremos maratones",
    "ambas estudiamos en Salamanca",
    "quiere a alguien",
    "quieres a alguien",
    "lideró la migración",
    "lideraste la migración",
    "no se fía",
    "no te fías",
)
# A clause or a jotted verb pasted after a preposition, a preposition doubled,
# an article Spanish would fuse with its preposition.
PASTED = re.compile(
    r"\b(?:sobre|de|del|en|a|al|con|por|para)\s+"
    r"(?:me\s+(?:dijo|preguntó|habló|contó)|ella|él|ambos|ambas|los\s+dos|según)\b"
    r"|\b(?:sobre|en|con|por|para)\s+(?:de|del|sobre|al)\b|\bsobre\s+que\b"
    r"|\bde\s+(?:de|del|sobre|al)\b"
    r"|\b(?:de|a)\s+el\b",
    re.IGNORECASE,
)
DOUBLED = re.compile(r"[?!.]\s*[.?!](?!\.)|[,;:]\s*[.,;:]")
QUOTED = re.compile(r"«[^»]*»")
# "ella"/"él" said of the reader; a verb in the third person would follow.
THIRD_PERSON = re.compile(r"\b(?:ella|él)\b", re.IGNORECASE)
TU = re.compile(r"\b(?:tú|te|ti|tu|tus|tuyo|tuya|contigo)\b|\w{3,}(?:arte|erte|irte)\b")
USTED = re.compile(r"\b(?:usted|le|les|su|sus|suyo|suya|suyas)\b", re.IGNORECASE)


def interview(turn: int, *, strength: bool = True) -> thanknote.Interview:
    """A panel of four, three points each, the shapes rotated by ``turn``."""
    points = SHAPES[turn % len(SHAPES) :] + SHAPES[: turn % len(SHAPES)]
    data: dict[str, Any] = {
        "locale": "es_ES",
        "candidate": {
            "name": f"Alex Romero {turn}",
            "email": "alex.romero@example.es",
            **({"strength": STRENGTH} if strength else {}),
        },
        "interview": {
            "company": COMPANY,
            "position": POSITION,
            "start": "2026-11-24T10:00:00+01:00",
            "end": "2026-11-24T11:30:00+01:00",
            "timezone": "Europe/Madrid",
            "decision_expected": "una semana",
        },
        "interviewers": [
            {"name": name, **({"honorific": h} if h else {}), "email": f"p{i}@example.es",
             "talking_points": points[3 * i : 3 * i + 3]}
            for i, (name, h) in enumerate(PEOPLE)
        ],
    }  # fmt: skip
    return thanknote.load_interview(data)


def body(note: thanknote.Note) -> str:
    """The note past its salutation, without the reader's quoted words."""
    return QUOTED.sub("«…»", note.text.split("\n", 2)[2])


def drafts(tone: str, today: dt.date | None = None) -> list[list[thanknote.Note]]:
    return [
        list(thanknote.draft(interview(turn, strength=turn % 2 == 0), tone=tone,  # type: ignore[arg-type]
                             locale="es_ES", today=today))
        for turn in range(0, len(SHAPES), 2)
    ]  # fmt: skip


@pytest.mark.parametrize("tone", TONES)
def test_every_shape_reads_as_spanish_in_every_tone(tone: str) -> None:
    for notes in drafts(tone):
        for note in notes:
            text = body(note)
            assert not PASTED.search(text), (PASTED.search(text), note.text)
            assert not DOUBLED.search(text), (DOUBLED.search(text), note.text)
            assert not THIRD_PERSON.search(text), note.text
            for clause in CLAUSES:
                said = text.count(clause)
                after_que = len(re.findall(r"\bque (?:usted )?" + re.escape(clause), text))
                assert said == after_que, (clause, note.text)


@pytest.mark.parametrize("tone", TONES)
def test_a_note_keeps_one_form_of_address(tone: str) -> None:
    for notes in drafts(tone):
        for note in notes:
            text = body(note)
            if tone == "warm":
                assert TU.search(text) and not USTED.search(text), note.text
            else:
                assert not TU.search(note.text), note.text
                # "usted" only where it cannot be read otherwise: "con usted", "que usted …".
                assert not re.search(r"(?<!\bcon )(?<!\bque )\busted\b", text), note.text


@pytest.mark.parametrize("tone", TONES)
def test_the_panel_lints_without_errors_and_every_note_wants_the_job(tone: str) -> None:
    for notes in drafts(tone):
        assert not [f for f in thanknote.lint_panel(notes).findings if f.severity == "error"]
        for note in notes:
            assert note.report.ok, [f.message for f in note.report.errors]
            sentences = re.split(r"(?<=[.!?])\s+", note.text)
            assert any(COMPANY in s and POSITION in s for s in sentences), note.text


def test_a_comment_about_the_reader_is_said_to_them_in_their_form() -> None:
    data = {
        "locale": "es_ES",
        "candidate": {"name": "Alex Romero", "email": "alex.romero@example.es"},
        "interview": {"company": COMPANY, "position": POSITION,
                      "start": "2026-11-24T10:00:00+01:00", "end": "2026-11-24T11:00:00+01:00"},
        "interviewers": [{"name": "Lucía García", "honorific": "Sra.", "email": "l@example.es",
                          "talking_points": ["me dijo que ella no se fía de los paneles"]}],
    }  # fmt: skip
    iv = thanknote.load_interview(data)
    assert "que usted no se fía de los paneles" in thanknote.draft(iv, tone="formal")[0].text
    assert "que no te fías de los paneles" in thanknote.draft(iv, tone="warm")[0].text


def test_a_point_with_a_link_says_it_and_the_strength_gives_way() -> None:
    notes = [n for notes in drafts("formal") for n in notes if "la migración a Kafka" in n.text]
    assert notes
    for note in notes:
        assert LINK + "." in note.text
        assert STRENGTH not in note.text


@pytest.mark.parametrize(
    ("today", "said"),
    [(None, "el martes"), (DAY, "hoy"), (DAY + dt.timedelta(days=30), "el 24 de noviembre"),
     (dt.date(2027, 1, 30), "el 24 de noviembre de 2026")],
)  # fmt: skip
@pytest.mark.parametrize("tone", TONES)
def test_the_day_is_said_as_a_person_would(tone: str, today: dt.date | None, said: str) -> None:
    for note in thanknote.draft(interview(0), tone=tone, locale="es_ES", today=today):  # type: ignore[arg-type]
        opening = note.text.split("\n\n")[1]
        assert said in opening, note.text
        assert not re.search(r"\bde(?:l)? (?:hoy|el martes|el 24)", opening), note.text


# -- the company inside a sentence ---------------------------------------------

KINDS = ("thank_you", "card", "follow_up", "rejection_reply")
# A preposition right before a name that needs an article of its own.
BARE_AFTER_PREPOSITION = r"\b(?:a|al|de|del|en|con|para|por|sobre|desde|hacia|hasta)\s+{name}"


def drafts_for(company: str, **interview_fields: Any) -> list[thanknote.Note]:
    """Every kind and tone of note for ``company``, from a panel with points."""
    data: dict[str, Any] = {
        "locale": "es_ES",
        "candidate": {"name": "Alex Romero", "email": "alex.romero@example.es",
                      "strength": STRENGTH},
        "interview": {"company": company, "position": POSITION,
                      "start": "2026-11-24T10:00:00+01:00", "end": "2026-11-24T11:00:00+01:00",
                      "decision_expected": "una semana", **interview_fields},
        "interviewers": [
            {"name": name, **({"honorific": h} if h else {}), "email": f"p{i}@example.es",
             "talking_points": SHAPES[2 * i : 2 * i + 2]}
            for i, (name, h) in enumerate(PEOPLE)
        ],
    }  # fmt: skip
    iv = thanknote.load_interview(data)
    found: list[thanknote.Note] = []
    for kind in KINDS:
        for tone in TONES:
            found += thanknote.draft(iv, tone=tone, kind=kind)  # type: ignore[arg-type]
    return found


def every_sentence(company: str, monkeypatch: pytest.MonkeyPatch) -> list[thanknote.Note]:
    """Notes that between them use every sentence of every bank."""
    notes = []
    for k in range(12):
        monkeypatch.setattr(
            thanknote.render, "chooser", lambda _iv, index, k=k: lambda _slot, n: (k + index) % n
        )
        notes += drafts_for(company)
    return notes


def test_an_institution_takes_its_article_in_every_kind_and_tone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for note in every_sentence("Hospital San Rafael", monkeypatch):
        text = " ".join(note.text.split())
        assert "en el Hospital San Rafael" in text, (note.kind, note.tone, note.text)
        assert not re.search(BARE_AFTER_PREPOSITION.format(name="Hospital"), text), note.text
        assert not re.search(r"(?<!en el )Hospital San Rafael", text), note.text
        assert note.report.ok, [f.message for f in note.report.errors]


@pytest.mark.parametrize(
    ("company", "phrase"),
    [
        ("Clínica Dental Sonrisa", "en la Clínica Dental Sonrisa"),
        ("Universidad de Salamanca", "en la Universidad de Salamanca"),
        ("Ayuntamiento de Bilbao", "en el Ayuntamiento de Bilbao"),
        ("Guardia Civil", "en la Guardia Civil"),
    ],
)
def test_a_name_with_an_article_keeps_it_everywhere(company: str, phrase: str) -> None:
    first = company.split()[0]
    for note in drafts_for(company):
        text = " ".join(note.text.split())
        assert phrase in text, (note.kind, note.tone, note.text)
        assert not re.search(BARE_AFTER_PREPOSITION.format(name=re.escape(first)), text), text


def test_a_brand_name_stands_bare_after_en(monkeypatch: pytest.MonkeyPatch) -> None:
    for note in every_sentence("Telefónica", monkeypatch):
        text = " ".join(note.text.split())
        assert "en Telefónica" in text, (note.kind, note.tone, note.text)
        assert not re.search(r"\b(?:a|de|con|para|por|sobre)\s+Telefónica", text), text
        assert note.report.ok, [f.message for f in note.report.errors]


def test_the_interviews_own_phrase_for_the_company_is_used_as_it_is() -> None:
    for note in drafts_for("Mapfre", at_company="en la sede de Mapfre en Majadahonda"):
        assert "en la sede de Mapfre en Majadahonda" in " ".join(note.text.split()), note.text


@pytest.mark.parametrize("tone", TONES)
def test_a_liking_both_share_and_a_jotted_that_clause_read_after_que(tone: str) -> None:
    data = {
        "locale": "es_ES",
        "candidate": {"name": "Alex Romero", "email": "alex.romero@example.es"},
        "interview": {"company": COMPANY, "position": POSITION,
                      "start": "2026-11-24T10:00:00+01:00", "end": "2026-11-24T11:00:00+01:00"},
        "interviewers": [{"name": "Hugo Prieto", "email": "h@example.es",
                          "talking_points": ["a los dos nos encantan las novelas negras",
                                             "que las obras se paran por falta de paneles"]}],
    }  # fmt: skip
    text = " ".join(thanknote.draft(thanknote.load_interview(data), tone=tone)[0].text.split())
    assert re.search(r"\bque a ambos nos encantan las novelas negras\b", text), text
    assert re.search(r"\bque las obras se paran por falta de paneles\b", text), text
    assert not re.search(r"\b(?:sobre|en|de) (?:a los dos|que las obras)", text), text
