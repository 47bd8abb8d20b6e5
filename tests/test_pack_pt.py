"""The Portuguese pack: salutations, closings and wording for Brazil and Portugal, lint, plans."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path
from typing import Any

import pytest

import thanknote
from thanknote._i18n import translate
from thanknote.languages import language_pack

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "interview_pt.toml"
LOCALES = ["pt_BR", "pt_PT"]
TONES = ["formal", "warm", "concise"]
KINDS = ["thank_you", "card", "follow_up", "rejection_reply"]
NOW = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
ENGLISH = re.compile(
    r"\b(?:the|and|thank|thanks|you|your|with|interview|dear|regards|best|sincerely)\b", re.I
)
# A panel of four whose points start with every article, and with none.
PANEL = [
    ("Beatriz Souza", "Sra.", ["a migração para o BigQuery", "o rodízio de plantões"]),
    ("Carlos Alves", "Dr.", ["os testes automatizados"]),
    ("Tiago Moreira", None, ["as revisões de código", "painéis de custos por região"]),
    ("Marta Costa", "Eng.ª", ["como os pipelines são monitorados"]),
]  # fmt: skip


def interview(
    locale: str = "pt_BR",
    people: list[tuple[str, str | None, list[str]]] = PANEL,
    decision: str = "dentro de uma semana",
    start: str = "2026-11-24T10:00:00-03:00",
) -> thanknote.Interview:
    data: dict[str, Any] = {
        "locale": locale,
        "candidate": {"name": "Camila Rocha", "email": "camila.rocha@example.com.br"},
        "interview": {
            "company": "Rota Norte Logística",
            "position": "Analista de Dados",
            "start": start,
            "timezone": "America/Sao_Paulo",
            "decision_expected": decision,
        },
        "interviewers": [
            {"name": name, **({"honorific": h} if h else {}), "email": f"p{i}@example.org",
             "talking_points": points}
            for i, (name, h, points) in enumerate(people)
        ],
    }  # fmt: skip
    return thanknote.load_interview(data)


def one(honorific: str | None, locale: str, tone: str = "formal") -> thanknote.Note:
    iv = interview(locale, [("Ana de Souza", honorific, ["o painel de custos"])])
    return thanknote.draft(iv, tone=tone, locale=locale)[0]  # type: ignore[arg-type]


def lint_codes(text: str, locale: str = "pt_BR", *codes: str) -> set[str]:
    config = thanknote.LintConfig(select=list(codes)) if codes else None
    return {f.code for f in thanknote.lint(text, locale=locale, config=config)}


@pytest.fixture(scope="module")
def notes() -> list[tuple[str, str, str, thanknote.Note]]:
    """Every note of the panel, in both varieties, every tone and kind."""
    return [
        (locale, tone, kind, note)
        for locale, tone, kind in itertools.product(LOCALES, TONES, KINDS)
        for note in thanknote.draft(interview(locale), tone=tone, kind=kind, locale=locale)  # type: ignore[arg-type]
    ]


# -- salutations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("pt_BR", ["Prezada Sra. Souza,", "Prezado Dr. Alves,", "Bom dia, Tiago,"]),
        (
            "pt_PT",
            ["Exma. Senhora Beatriz Souza,", "Exmo. Senhor Dr. Alves,", "Bom dia, Tiago,"],
        ),
    ],
)
def test_the_example_opens_formally_by_the_honorific(locale: str, expected: list[str]) -> None:
    iv = thanknote.load_interview(EXAMPLE)
    notes = thanknote.draft(iv, tone="formal", locale=locale)
    assert [n.text.splitlines()[0] for n in notes] == expected


@pytest.mark.parametrize(
    ("honorific", "brazil", "portugal"),
    [
        ("Sra.", "Prezada Sra. Souza,", "Exma. Senhora Ana de Souza,"),
        ("sra", "Prezada Sra. Souza,", "Exma. Senhora Ana de Souza,"),
        ("Senhora", "Prezada Sra. Souza,", "Exma. Senhora Ana de Souza,"),
        ("Sr.", "Prezado Sr. Souza,", "Exmo. Senhor Ana de Souza,"),
        ("senhor", "Prezado Sr. Souza,", "Exmo. Senhor Ana de Souza,"),
        ("Dra.", "Prezada Dra. Souza,", "Exma. Senhora Dra. Souza,"),
        ("doutora", "Prezada Dra. Souza,", "Exma. Senhora Dra. Souza,"),
        ("Dr", "Prezado Dr. Souza,", "Exmo. Senhor Dr. Souza,"),
        ("Eng.", "Prezado Eng. Souza,", "Exmo. Senhor Eng. Souza,"),
        ("engenheira", "Prezada Eng.ª Souza,", "Exma. Senhora Eng.ª Souza,"),
        ("Eng.ª", "Prezada Eng.ª Souza,", "Exma. Senhora Eng.ª Souza,"),
        ("Prof.ª", "Prezada Profa. Souza,", "Exma. Senhora Prof.ª Souza,"),
        ("professor", "Prezado Prof. Souza,", "Exmo. Senhor Prof. Souza,"),
        ("Exma. Sra. Dra.", "Prezada Dra. Souza,", "Exma. Senhora Dra. Souza,"),
        (None, "Bom dia, Ana,", "Bom dia, Ana,"),
        # Another language's title is said in Portuguese, never pasted in.
        ("Ms.", "Prezada Sra. Souza,", "Exma. Senhora Ana de Souza,"),
        ("Frau", "Prezada Sra. Souza,", "Exma. Senhora Ana de Souza,"),
        ("Dott.", "Prezado Dr. Souza,", "Exmo. Senhor Dr. Souza,"),
    ],
)
def test_the_honorific_alone_decides_the_formal_salutation(
    honorific: str | None, brazil: str, portugal: str
) -> None:
    assert one(honorific, "pt_BR").text.splitlines()[0] == brazil
    assert one(honorific, "pt_PT").text.splitlines()[0] == portugal


@pytest.mark.parametrize(
    ("locale", "tone", "honorific", "expected"),
    [
        ("pt_BR", "warm", None, "Olá, Ana,"),
        # A warm note to a reader given with an honorific stays warm and polite.
        pytest.param("pt_BR", "warm", "Sra.", "Olá, Sra. Ana,", id="pt_BR-warm-Sra.-polite"),
        ("pt_BR", "concise", "Dr.", "Olá, Ana,"),
        ("pt_PT", "warm", None, "Olá Ana,"),
        pytest.param("pt_PT", "warm", "Sra.", "Cara Ana,", id="pt_PT-warm-Sra.-polite"),
        ("pt_PT", "concise", "Sra.", "Cara Ana,"),
        ("pt_PT", "concise", "Dr.", "Caro Dr. Souza,"),
        ("pt_PT", "concise", None, "Olá Ana,"),
    ],
)
def test_warm_and_concise_salutations(
    locale: str, tone: str, honorific: str | None, expected: str
) -> None:
    assert one(honorific, locale, tone).text.splitlines()[0] == expected


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("tone", TONES)
def test_gender_is_never_guessed_from_a_first_name(locale: str, tone: str) -> None:
    for kind in ("thank_you", "card"):
        notes = thanknote.draft(interview(locale), tone=tone, kind=kind, locale=locale)  # type: ignore[arg-type]
        tiago = next(n for n in notes if n.interviewer.honorific is None)
        assert not re.match(r"(?:Prezad|Exm|Car)[oa]\b", tiago.text), tiago.text


# -- closings and forms of address ----------------------------------------------------


@pytest.mark.parametrize("locale", ["pt_BR", "pt_PT"])
@pytest.mark.parametrize("tone", TONES)
def test_every_note_closes_with_a_closing_a_reader_knows(
    notes: list[tuple[str, str, str, thanknote.Note]], locale: str, tone: str
) -> None:
    known = [re.compile(c, re.IGNORECASE) for c in language_pack("pt").lexicon.closings]
    for _, _, _, note in (n for n in notes if n[:2] == (locale, tone)):
        lines = note.text.rstrip().splitlines()
        closing = next(line for line in reversed(lines) if line.endswith(","))
        assert any(c.fullmatch(closing[:-1]) for c in known), closing
        if tone == "formal":
            assert "abraço" not in closing.lower(), closing


@pytest.mark.parametrize(
    ("locale", "tone", "forbidden"),
    [
        ("pt_BR", "formal", r"\b(?:você|tu|te|teu|tua|contigo)\b"),
        ("pt_BR", "concise", r"\b(?:você|tu|te|teu|tua|contigo)\b"),
        ("pt_BR", "warm", r"\b(?:tu|te|teu|tua|contigo|o senhor|a senhora|V\. Exa)\b"),
        ("pt_PT", "formal", r"\b(?:você|tu|te|teu|tua|contigo)\b"),
        ("pt_PT", "warm", r"\b(?:você|tu|te|teu|tua|contigo)\b"),
        ("pt_PT", "concise", r"\b(?:você|tu|te|teu|tua|contigo)\b"),
    ],
)
def test_the_form_of_address_follows_variety_and_tone(
    notes: list[tuple[str, str, str, thanknote.Note]], locale: str, tone: str, forbidden: str
) -> None:
    for _, _, _, note in (n for n in notes if n[:2] == (locale, tone)):
        if tone == "warm" and note.interviewer.honorific is not None:
            continue  # polite: "a senhora" (see test_render's warm notes to an honorific)
        assert not re.search(forbidden, note.text), note.text


def test_brazilian_warm_notes_say_voce(notes: list[tuple[str, str, str, thanknote.Note]]) -> None:
    warm = [n for loc, tone, _, n in notes if (loc, tone) == ("pt_BR", "warm")]
    assert any(re.search(r"\bvocê\b", n.text) for n in warm)


def test_nothing_agrees_with_the_writers_unknown_gender(
    notes: list[tuple[str, str, str, thanknote.Note]],
) -> None:
    for _, _, _, note in notes:
        assert not re.search(r"\b(?:obrigad|interessad|grat|entusiasmad|animad)[oa]s?\b", note.text)


@pytest.mark.parametrize(("locale", "own", "other"), [("pt_BR", "equipe", "equipa"),
                                                       ("pt_PT", "equipa", "equipe")])  # fmt: skip
def test_each_variety_uses_its_own_words(
    notes: list[tuple[str, str, str, thanknote.Note]], locale: str, own: str, other: str
) -> None:
    texts = [n.text for loc, _, _, n in notes if loc == locale]
    assert any(own in t for t in texts)
    assert not any(other in t for t in texts)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "honorific", ["senhor", "Senhora", "Eng.ª", "engenheira", "Prof.ª", "doutor"]
)
def test_a_spelt_out_honorific_agrees_with_its_abbreviation(honorific: str, locale: str) -> None:
    # "Prezado Sr. Souza" for an honorific given as "senhor" is no mismatch.
    assert not thanknote.lint(one(honorific, locale)).by_rule("honorific-mismatch")


@pytest.mark.parametrize("locale", LOCALES)
def test_each_point_gets_a_sentence_of_its_own(locale: str) -> None:
    # In a bare list, "como a equipe…" would read as an example of the point before it.
    people = [("Ana de Souza", "Sra.", ["o painel de custos", "como a equipe organiza as entregas",
                                          "planeamento de capacidade"])]  # fmt: skip
    texts = [
        n.text
        for tone in TONES
        for n in thanknote.draft(interview(locale, people), tone=tone, locale=locale)
    ]  # type: ignore[arg-type]
    assert not any(
        re.search(r", como a equipe|custos e (?:sobre )?como a equipe", t) for t in texts
    )


def test_other_european_norm_countries_write_like_portugal() -> None:
    assert one("Sra.", "pt_AO").text.startswith("Exma. Senhora")


# -- the talking points, the date --------------------------------------------------------


def test_a_point_never_follows_a_preposition_that_contracts_with_its_article(
    notes: list[tuple[str, str, str, thanknote.Note]],
) -> None:
    hazard = re.compile(r"\b(?:de|em|por|a)\s+(?:o|a|os|as)\s")
    for _, _, _, note in notes:
        assert not hazard.search(note.text), note.text


@pytest.mark.parametrize(
    ("start", "expected"),
    [("2026-11-24", "na terça-feira"), ("2026-11-28", "no sábado"), ("2026-11-29", "no domingo")],
)
def test_the_weekday_takes_its_own_article(start: str, expected: str) -> None:
    note = thanknote.draft(interview(start=start), tone="formal")[0]
    assert expected in note.text


# -- every note drafts in Portuguese and passes lint --------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_note_is_portuguese_and_lints_clean(locale: str, tone: str, kind: str) -> None:
    for note in thanknote.draft(interview(locale), tone=tone, kind=kind, locale=locale):  # type: ignore[arg-type]
        assert note.template.startswith("pt/")
        assert not ENGLISH.findall(note.text), note.text
        assert thanknote.lint(note).ok, [f.message for f in thanknote.lint(note).errors]
        assert not thanknote.lint(note).by_rule("wrong-language")
        relinted = thanknote.lint(
            note.text,
            interview=note.interview,
            interviewer=note.interviewer,
            locale=locale,
            kind=kind,
        )
        assert relinted.ok, [f.message for f in relinted.errors]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", ["thank_you", "card"])
def test_panel_notes_do_not_read_alike(locale: str, tone: str, kind: str) -> None:
    notes = thanknote.draft(interview(locale), tone=tone, kind=kind, locale=locale)  # type: ignore[arg-type]
    assert not thanknote.lint_panel(notes).by_rule("similar-notes")
    if kind == "thank_you":
        assert len({n.subject for n in notes}) == len(notes)


@pytest.mark.parametrize("locale", LOCALES)
def test_cards_stay_short(locale: str) -> None:
    for tone in TONES:
        for note in thanknote.draft(interview(locale), tone=tone, kind="card", locale=locale):  # type: ignore[arg-type]
            assert note.subject is None
            assert len(note.text.split()) <= 80


# -- the lint pass reads Portuguese -----------------------------------------------------


def _without(text: str, pattern: str) -> str:
    """The note with every sentence matching ``pattern`` taken out."""
    lines = []
    for line in text.splitlines():
        sentences = re.split(r"(?<=[.!?])\s+", line)
        lines.append(" ".join(s for s in sentences if not re.search(pattern, s, re.I)))
    return "\n".join(lines)


THANKS = r"agrade[cç]"
INTEREST = (
    r"interess|gostaria|adoraria|vontade|quero|fazer parte|teria muito gosto|feliz|espero vir"
)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("tone", TONES)
def test_a_note_without_its_thanks_is_flagged(locale: str, tone: str) -> None:
    for note in thanknote.draft(interview(locale), tone=tone, locale=locale):  # type: ignore[arg-type]
        assert "TN101" not in lint_codes(note.text, locale)
        assert "TN101" in lint_codes(_without(note.text, THANKS), locale), note.text


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("tone", TONES)
def test_a_note_without_its_interest_is_flagged(locale: str, tone: str) -> None:
    for note in thanknote.draft(interview(locale), tone=tone, locale=locale):  # type: ignore[arg-type]
        assert "TN121" not in lint_codes(note.text, locale)
        assert "TN121" in lint_codes(_without(note.text, INTEREST), locale), note.text


@pytest.mark.parametrize(
    ("sentence", "thanks"),
    [
        ("Agradeço o tempo que me dedicou.", True),
        ("Quero agradecer-lhe a conversa de ontem.", True),
        ("Muito obrigada pela conversa de ontem.", True),
        ("Obrigado a todos pela receção.", True),
        ("Fico muito grato pela oportunidade.", True),
        ("Graças ao novo sistema, o relatório fica pronto mais cedo.", False),
        ("Ficaria grata se pudesse responder ainda esta semana.", False),
        ("Agradeceria uma resposta até sexta-feira.", False),
        ("Fui obrigado a mudar de cidade no ano passado.", False),
        ("A visita foi uma grata surpresa.", False),
    ],
)
def test_what_counts_as_thanks(sentence: str, thanks: bool) -> None:
    text = f"Olá, Ana,\n\n{sentence}\n\nAtenciosamente,\nCamila"
    assert ("TN101" not in lint_codes(text, "pt_BR", "TN101")) is thanks


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("Tenho muito interesse na vaga de Analista de Dados.", True),
        ("Gostaria muito de fazer parte da equipa.", True),
        ("A conversa reforçou o meu interesse pela empresa.", True),
        ("Adoraria trabalhar com vocês na empresa.", True),
        ("Já não tenho interesse na vaga.", False),
        ("Não tenho interesse na vaga.", False),
        ("Tenho muito interesse em fotografia.", False),
        ("Gostaria de agradecer a conversa.", False),
    ],
)
def test_what_counts_as_interest(sentence: str, interest: bool) -> None:
    text = f"Olá, Ana,\n\nAgradeço a conversa. {sentence}\n\nAtenciosamente,\nCamila"
    assert ("TN121" not in lint_codes(text, "pt_BR", "TN121")) is interest


@pytest.mark.parametrize("locale", LOCALES)
def test_findings_speak_portuguese(locale: str) -> None:
    [finding] = thanknote.lint(
        "Olá, Ana,\n\nTenho muito interesse na vaga.\n\nAtenciosamente,\nCamila",
        locale=locale,
        config=thanknote.LintConfig(select=["TN101"]),
    )
    message = "the note never thanks the reader for their time"
    assert finding.message == translate(locale, message) != message


# -- the decision time ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("dentro de uma semana", dt.date(2026, 12, 1)),
        ("uma semana", dt.date(2026, 12, 1)),
        ("até sexta-feira", dt.date(2026, 11, 27)),
        ("até a próxima sexta-feira", dt.date(2026, 11, 27)),
        ("sexta que vem", dt.date(2026, 11, 27)),
        ("em duas semanas", dt.date(2026, 12, 8)),
        ("daqui a duas semanas", dt.date(2026, 12, 8)),
        ("duas a três semanas", dt.date(2026, 12, 15)),
        ("quinze dias", dt.date(2026, 12, 8)),
        ("10 dias úteis", dt.date(2026, 12, 8)),
        ("até o fim do mês", dt.date(2026, 11, 30)),
        ("até ao final da semana", dt.date(2026, 11, 27)),
        ("na próxima semana", dt.date(2026, 12, 4)),
        ("até o dia 4 de dezembro", dt.date(2026, 12, 4)),
        ("amanhã", dt.date(2026, 11, 25)),
    ],
)
def test_the_decision_time_in_portuguese_plans_the_follow_up(said: str, due: dt.date) -> None:
    plan = thanknote.plan_follow_up(interview(decision=said), now=NOW)
    assert plan.decision_day == due


def test_ten_days_in_words_is_ten_days() -> None:
    plan = thanknote.plan_follow_up(interview(decision="dentro de dez dias"), now=NOW)
    assert plan.decision_day == dt.date(2026, 12, 4)


def test_the_example_plan_speaks_portuguese() -> None:
    plan = thanknote.plan_follow_up(thanknote.load_interview(EXAMPLE), now=NOW)
    assert plan.decision_day == dt.date(2026, 12, 1)
    review = next(s for s in plan.steps if s.kind == "review")
    assert "terça-feira, 24 de novembro de 2026" in review.reason
    assert "Set the drafts aside" not in review.reason
