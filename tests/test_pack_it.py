"""The Italian pack: salutations, Lei and tu, Italian lint judgements, Italian decision times."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

import thanknote
from thanknote.languages import language_pack

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "interview_it.toml"
TONES = ("formal", "warm", "concise")
KINDS = ("thank_you", "card", "follow_up", "rejection_reply")
NOW = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
ENGLISH = re.compile(
    r"\b(?:the|and|thank|thanks|you|your|with|interview|dear|regards|best|sincerely)\b", re.I
)
TU = re.compile(r"\b(?:ti|te|tu|tuo|tua|tuoi|tue|hai|sei)\b|\w{4,}(?:arti|erti|irti)\b")
LEI = re.compile(r"\b(?:Lei|Suo|Sua|Suoi|Sue)\b|\b(?:La|Le) (?:ringrazio|sono|esprimo|confermo)\b")
# A preposition before an article that Italian always fuses with it ("su il" → "sul").
UNFUSED = re.compile(r"\b(?:di|a|da|in|su)\s+(?:(?:il|lo|la|i|gli|le)\s|l['’])")
THANKS = re.compile(r"grazie|ringrazi|riconoscente|gratitudine", re.I)


def example() -> thanknote.Interview:
    return thanknote.load_interview(EXAMPLE)


def plain() -> thanknote.Interview:
    """The example with no honorifics: a warm note to a reader given with one is drafted from
    the formal template (Lei), so the warm template is seen only with readers without one."""
    data = tomllib.loads(EXAMPLE.read_text("utf-8"))
    for entry in data["interviewers"]:
        entry.pop("honorific", None)
    return thanknote.load_interview(data)


def interview(**changes: Any) -> thanknote.Interview:
    """The example interview as data, with ``changes`` applied to the ``interview`` table or,
    for ``interviewers``, replacing the panel."""
    data = tomllib.loads(EXAMPLE.read_text("utf-8"))
    people = changes.pop("interviewers", None)
    data["interview"].update(changes)
    if people is not None:
        data["interviewers"] = people
    return thanknote.load_interview(data)


def person(name: str, honorific: str | None = None, points: list[str] | None = None) -> dict:
    email = name.lower().replace(" ", ".") + "@example.it"
    entry: dict[str, Any] = {"name": name, "email": email}
    if honorific is not None:
        entry["honorific"] = honorific
    entry["talking_points"] = points or ["la migrazione dei processi notturni su Kafka"]
    return entry


def every_note(iv: thanknote.Interview | None = None) -> list[tuple[str, str, thanknote.Note]]:
    iv = iv or example()
    return [
        (tone, kind, note)
        for tone in TONES
        for kind in KINDS
        for note in thanknote.draft(iv, tone=tone, kind=kind, locale="it_IT")  # type: ignore[arg-type]
    ]


def without(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every sentence that matches ``pattern`` left out (the salutation kept)."""
    lines = text.split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        sentences = re.split(r"(?<=[.!?])\s+", line)
        kept.append(" ".join(s for s in sentences if not pattern.search(s)))
    return "\n".join(kept)


def interest_pattern() -> re.Pattern[str]:
    lexicon = tomllib.loads((ROOT / "templates" / "it" / "language.toml").read_text("utf-8"))
    return re.compile(r"\b(?:" + "|".join(lexicon["interest"]["phrases"]) + ")", re.I)


# -- salutations and closings -------------------------------------------------


def test_formal_salutations_follow_the_honorific_given() -> None:
    notes = thanknote.draft(example(), tone="formal", locale="it_IT")
    assert [n.text.splitlines()[0] for n in notes] == [
        "Gentile Dott.ssa Rossi,",
        "Gentile Ing. Verdi,",
        "Gentile Luca,",
        "Gentile Sig.ra Bianchi,",
    ]


@pytest.mark.parametrize(
    ("honorific", "salutation"),
    [
        ("Dott.ssa", "Gentile Dott.ssa Rossi,"),
        ("dottoressa", "Gentile Dott.ssa Rossi,"),
        ("dott", "Gentile Dott. Rossi,"),
        ("Dottore", "Gentile Dott. Rossi,"),
        ("sig.ra", "Gentile Sig.ra Rossi,"),
        ("Signora", "Gentile Sig.ra Rossi,"),
        ("signorina", "Gentile Sig.na Rossi,"),
        ("sig", "Gentile Sig. Rossi,"),
        ("Signor", "Gentile Sig. Rossi,"),
        ("signore", "Gentile Sig. Rossi,"),
        ("ing", "Gentile Ing. Rossi,"),
        ("Ingegnere", "Gentile Ing. Rossi,"),
        ("avv", "Gentile Avv. Rossi,"),
        ("prof.ssa", "Gentile Prof.ssa Rossi,"),
        ("prof", "Gentile Prof. Rossi,"),
        ("Arch.", "Gentile Arch. Rossi,"),
        ("Dr.", "Gentile Dr. Rossi,"),  # not an Italian form: kept as given
        (None, "Gentile Andrea,"),
    ],
)
def test_the_honorific_alone_decides_the_formal_salutation(
    honorific: str | None, salutation: str
) -> None:
    # "Andrea" is a man's name in Italy and a woman's elsewhere: nothing is guessed from it.
    iv = interview(interviewers=[person("Andrea Rossi", honorific)])
    [note] = thanknote.draft(iv, tone="formal", locale="it_IT")
    assert note.text.splitlines()[0] == salutation


@pytest.mark.parametrize(
    ("tone", "salutations"),
    [
        ("warm", ["Ciao Giulia,", "Ciao Marco,", "Ciao Luca,", "Ciao Elena,"]),
        (
            "concise",
            [
                "Buongiorno Dott.ssa Rossi,",
                "Buongiorno Ing. Verdi,",
                "Buongiorno Luca,",
                "Buongiorno Sig.ra Bianchi,",
            ],
        ),
    ],
)
def test_warm_and_concise_salutations(tone: str, salutations: list[str]) -> None:
    notes = thanknote.draft(plain() if tone == "warm" else example(), tone=tone, locale="it_IT")  # type: ignore[arg-type]
    assert [n.text.splitlines()[0] for n in notes] == salutations


def test_the_body_goes_on_after_the_salutations_comma() -> None:
    # Lower case after the comma, as Italian grammar has it; a courtesy form
    # ("La ringrazio", "Le scrivo") keeps its capital.
    for _, _, note in every_note():
        body = note.text.split("\n\n", 1)[1]
        assert body[0].islower() or body.split(" ", 1)[0] in ("La", "Le", "Lei"), note.text


@pytest.mark.parametrize("kind", KINDS)
def test_formal_notes_close_with_cordiali_saluti(kind: str) -> None:
    for note in thanknote.draft(example(), tone="formal", kind=kind, locale="it_IT"):  # type: ignore[arg-type]
        assert "\nCordiali saluti,\n" in note.text, note.text


@pytest.mark.parametrize("tone", ["warm", "concise"])
def test_warm_and_concise_closings_are_ones_an_italian_reader_knows(tone: str) -> None:
    known = [re.compile(c, re.IGNORECASE) for c in language_pack("it").lexicon.closings]
    known.append(re.compile("cordialmente", re.IGNORECASE))
    iv = plain() if tone == "warm" else example()
    for note in thanknote.draft(iv, tone=tone, locale="it_IT"):  # type: ignore[arg-type]
        closing = note.text.rstrip("\n").split("\n")[-2]
        assert closing.endswith(","), note.text
        assert any(c.fullmatch(closing[:-1]) for c in known), closing


# -- every note is Italian and lints clean ---------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_every_tone_and_kind_drafts_from_the_italian_templates(tone: str, kind: str) -> None:
    for note in thanknote.draft(example(), tone=tone, kind=kind, locale="it_IT"):  # type: ignore[arg-type]
        assert note.template.startswith("it/"), note.template
        assert not ENGLISH.findall(note.text), note.text
        assert not ENGLISH.findall(note.subject or ""), note.subject


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_every_drafted_note_lints_without_errors(tone: str, kind: str) -> None:
    iv = example()
    for note in thanknote.draft(iv, tone=tone, kind=kind, locale="it_IT"):  # type: ignore[arg-type]
        report = thanknote.lint(
            note.text, interview=iv, interviewer=note.interviewer, locale="it_IT", kind=kind
        )
        assert not [f for f in report if f.severity == "error"], [f.message for f in report]
        assert not thanknote.lint(note).errors, [f.message for f in thanknote.lint(note)]
        assert not thanknote.lint(note).by_rule("wrong-language")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_every_drafted_note_lints_without_errors_even_without_the_interview(
    tone: str, kind: str
) -> None:
    for note in thanknote.draft(example(), tone=tone, kind=kind, locale="it_IT"):  # type: ignore[arg-type]
        report = thanknote.lint(note.text, locale="it_IT", kind=kind)
        assert not report.errors, [f.message for f in report]


@pytest.mark.parametrize("tone", TONES)
def test_panel_notes_do_not_read_alike(tone: str) -> None:
    notes = thanknote.draft(example(), tone=tone, locale="it_IT")  # type: ignore[arg-type]
    assert not thanknote.lint_panel(notes).by_rule("similar-notes")
    for a, b in itertools.combinations(notes, 2):
        assert a.subject != b.subject


def test_the_form_of_address_follows_the_tone() -> None:
    for tone, _, note in every_note(plain()):
        body = note.text.split("\n", 2)[2]  # past the salutation
        if tone == "warm":
            assert TU.search(body) and not LEI.search(body), note.text
    for tone, _, note in every_note():
        body = note.text.split("\n", 2)[2]
        if tone != "warm":
            assert not TU.search(body), note.text


def test_dates_are_written_in_italian() -> None:
    [first, *_] = thanknote.draft(example(), tone="formal", locale="it_IT")
    assert " martedì" in first.text
    later = dt.date(2027, 2, 1)
    [first, *_] = thanknote.draft(example(), tone="formal", locale="it_IT", today=later)
    assert " il 24 novembre 2026" in first.text


def test_cards_have_no_subject_and_stay_short() -> None:
    for tone in TONES:
        for note in thanknote.draft(example(), tone=tone, kind="card", locale="it_IT"):  # type: ignore[arg-type]
            assert note.subject is None and note.html is None
            assert len(note.text.split()) <= 80, note.text


def test_html_notes_say_the_same_in_italian() -> None:
    for note in thanknote.draft(example(), tone="formal", locale="it_IT"):
        assert note.html is not None
        assert '<html lang="it">' in note.html
        assert "Gentile" in note.html and "Cordiali saluti," in note.html


# -- talking points of any shape read correctly ----------------------------------

POINTS = [
    ["il budget del progetto", "lo stack tecnologico"],
    ["la migrazione su Kafka", "i turni di reperibilità", "gli strumenti di monitoraggio"],
    ["l'affiancamento dei nuovi analisti", "le revisioni del codice"],
    ["come il team gestisce le priorità"],
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_points_never_follow_a_preposition_that_should_fuse_with_their_article(
    tone: str, kind: str
) -> None:
    names = ["Giulia Rossi", "Marco Verdi", "Luca Moretti", "Elena Bianchi"]
    iv = interview(interviewers=[person(n, None, p) for n, p in zip(names, POINTS, strict=True)])
    for note in thanknote.draft(iv, tone=tone, kind=kind, locale="it_IT"):  # type: ignore[arg-type]
        assert not UNFUSED.search(note.text), note.text
        assert not thanknote.lint(note).errors, [f.message for f in thanknote.lint(note)]


@pytest.mark.parametrize("tone", TONES)
def test_notes_without_talking_points_still_thank_and_state_interest(tone: str) -> None:
    names = ["Giulia Rossi", "Marco Verdi", "Luca Moretti", "Elena Bianchi"]
    people = [{"name": n, "email": n.lower().replace(" ", ".") + "@example.it"} for n in names]
    iv = interview(interviewers=people)
    for note in thanknote.draft(iv, tone=tone, locale="it_IT"):  # type: ignore[arg-type]
        assert not thanknote.lint(note).by_rule("missing-gratitude"), note.text
        assert not thanknote.lint(note).by_rule("missing-interest"), note.text


# -- the lint pass judges Italian -------------------------------------------------


@pytest.mark.parametrize("tone", TONES)
def test_a_note_without_its_thanks_is_flagged(tone: str) -> None:
    iv = example()
    for note in thanknote.draft(iv, tone=tone, locale="it_IT"):  # type: ignore[arg-type]
        text = without(note.text, THANKS)
        report = thanknote.lint(text, interview=iv, interviewer=note.interviewer, locale="it_IT")
        assert [f.code for f in report].count("TN101") == 1, text


@pytest.mark.parametrize("tone", TONES)
def test_a_note_without_its_interest_is_flagged(tone: str) -> None:
    iv = example()
    for note in thanknote.draft(iv, tone=tone, locale="it_IT"):  # type: ignore[arg-type]
        text = without(note.text, interest_pattern())
        report = thanknote.lint(text, interview=iv, interviewer=note.interviewer, locale="it_IT")
        assert "TN121" in [f.code for f in report], text


NOTE = "Gentile Dott.ssa Rossi,\n\n{sentence} La posizione di Data Engineer mi interessa molto.\n\nCordiali saluti,\nAndrea Ferri\n"  # noqa: E501


@pytest.mark.parametrize(
    ("sentence", "thanks"),
    [
        ("La ringrazio per il tempo che mi ha dedicato.", True),
        ("Grazie mille per l'incontro di martedì.", True),
        ("Le sono riconoscente per il colloquio.", True),
        ("Le esprimo la mia gratitudine per l'incontro.", True),
        ("Grazie a Lei per la disponibilità.", True),
        ("Grazie al nuovo sistema, il team lavora meglio.", False),
        ("Grazie alla migrazione su Kafka i dati arrivano prima.", False),
        ("Grazie all'automazione i controlli sono più rapidi.", False),
        ("Le sarei grato se mi facesse sapere i tempi.", False),
        ("Le sarei molto riconoscente se mi inviasse il programma.", False),
    ],
)
def test_thanks_and_its_look_alikes(sentence: str, thanks: bool) -> None:
    report = thanknote.lint(
        NOTE.format(sentence=sentence),
        locale="it_IT",
        config=thanknote.LintConfig(select=["TN101"]),
    )
    assert bool(report.by_rule("missing-gratitude")) is not thanks


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("La posizione di Data Engineer mi interessa molto.", True),
        ("Mi piacerebbe molto entrare a far parte del vostro team.", True),
        ("Vorrei davvero lavorare presso Logistica Padana.", True),
        ("Il colloquio ha rafforzato il mio interesse per il ruolo.", True),
        ("Non vedo l'ora di entrare a far parte del vostro team.", True),
        ("Il ruolo mi interessa più che mai.", True),
        ("Spero di avere presto l'occasione di lavorare presso Logistica Padana.", True),
        ("Non mi interessa più la posizione.", False),
        ("Mi piacerebbe andare in vacanza a dicembre.", False),
        ("Resto in attesa di una Sua risposta.", False),
        ("La posizione mi interessa, ma ho accettato un'altra offerta di lavoro.", False),
        ("Ritiro la mia candidatura per la posizione di Data Engineer.", False),
    ],
)
def test_interest_counts_only_when_it_is_about_the_job_and_not_negated(
    sentence: str, interest: bool
) -> None:
    text = f"Gentile Dott.ssa Rossi,\n\nLa ringrazio per il colloquio. {sentence}\n\nCordiali saluti,\nAndrea Ferri\n"  # noqa: E501
    report = thanknote.lint(text, locale="it_IT", config=thanknote.LintConfig(select=["TN121"]))
    assert bool(report.by_rule("missing-interest")) is not interest


@pytest.mark.parametrize(
    ("sentence", "concrete"),
    [
        ("Mi è piaciuta molto la conversazione sulla migrazione dei processi notturni.", True),
        ("La migrazione su Kafka di cui abbiamo parlato mi ha colpito.", True),
        ("Mi è stato utile capire meglio i turni di reperibilità.", True),
        ("Abbiamo discusso del 30% di ritardi nelle consegne.", True),
        ("Mi ha fatto piacere capire come lavora il team.", False),
        ("È stato un bel colloquio e l'ambiente mi è piaciuto molto.", False),
    ],
)
def test_without_the_interview_a_note_must_name_something_concrete(
    sentence: str, concrete: bool
) -> None:
    text = f"Gentile Dott.ssa Rossi,\n\nLa ringrazio per il colloquio. {sentence} La posizione mi interessa molto.\n\nCordiali saluti,\nAndrea Ferri\n"  # noqa: E501
    report = thanknote.lint(text, locale="it_IT", config=thanknote.LintConfig(select=["TN111"]))
    assert bool(report.by_rule("missing-specifics")) is not concrete


def test_an_abbreviated_title_does_not_end_a_sentence() -> None:
    text = (
        "Gentile Dott.ssa Rossi,\n\nHo parlato con il Dott. Verdi e con l'Ing. Bianchi dei "
        "turni. La ringrazio per il tempo che mi ha dedicato. La posizione di Data Engineer "
        "mi interessa molto.\n\nCordiali saluti,\nAndrea Ferri\n"
    )
    report = thanknote.lint(text, locale="it_IT", config=thanknote.LintConfig(select=["TN102"]))
    assert not report.by_rule("late-gratitude")


def test_lint_findings_speak_italian() -> None:
    report = thanknote.lint(
        "Gentile Dott.ssa Rossi,\n\nLa posizione mi interessa molto.\n\nCordiali saluti,\nAndrea\n",
        locale="it_IT",
        config=thanknote.LintConfig(select=["TN101"]),
    )
    [finding] = report.by_rule("missing-gratitude")
    assert finding.message == "il messaggio non ringrazia mai chi legge per il tempo dedicato"


# -- planning --------------------------------------------------------------------


def test_plan_reasons_speak_italian() -> None:
    plan = thanknote.plan_follow_up(example(), now=NOW)
    review = next(s for s in plan.steps if s.kind == "review")
    assert "martedì 24 novembre 2026 alle 12:30" in review.reason
    follow_up = next(s for s in plan.steps if s.kind == "follow_up_email")
    assert "«entro una settimana»" in follow_up.reason


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("entro una settimana", dt.date(2026, 12, 1)),
        ("una settimana", dt.date(2026, 12, 1)),
        ("tra due settimane", dt.date(2026, 12, 8)),
        ("fra dieci giorni", dt.date(2026, 12, 4)),
        ("entro venerdì", dt.date(2026, 11, 27)),
        ("venerdì prossimo", dt.date(2026, 11, 27)),
        ("la prossima settimana", dt.date(2026, 12, 4)),
        ("settimana prossima", dt.date(2026, 12, 4)),
        ("entro fine mese", dt.date(2026, 11, 30)),
        ("entro la fine del mese", dt.date(2026, 11, 30)),
        ("entro il fine settimana", dt.date(2026, 11, 27)),
        ("entro quindici giorni", dt.date(2026, 12, 8)),
        ("entro 10 giorni lavorativi", dt.date(2026, 12, 9)),  # 8 Dec is a holiday
        ("due o tre settimane", dt.date(2026, 12, 15)),
        ("tra due e tre settimane", dt.date(2026, 12, 15)),
        ("da due a tre settimane", dt.date(2026, 12, 15)),
        ("entro un mese", dt.date(2026, 12, 24)),
        ("entro il 4 dicembre", dt.date(2026, 12, 4)),
        ("a metà dicembre", dt.date(2026, 12, 15)),
    ],
)
def test_an_italian_decision_time_plans_the_follow_up(said: str, due: dt.date) -> None:
    plan = thanknote.plan_follow_up(interview(decision_expected=said), now=NOW)
    assert plan.decision_day == due
