"""German thank-you notes built from sentence banks: every shape of talking point, every tone.

The points are jotted in every shape the German pack knows; each one gets a
sentence of its own, framed for its kind, and the note must stay grammatical
and speak to its reader in one form of address only (du in the warm tone,
Sie otherwise).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import thanknote
import thanknote.render

TONES = ("warm", "formal", "concise")

# One point per shape of the German pack (templates/de/language.toml).
POINTS: list[Any] = [
    "die Umstellung der nächtlichen Batch-Jobs auf Kafka",  # noun phrase
    "ihre Umstellung auf Epic",  # a possessive turned to the reader
    "sie sagte, das Team stelle auf Epic um",  # reported speech
    "sie hat mir gesagt, dass das Team auf Epic umstellt",  # … with "dass"
    "sie sagte, sie wolle jemanden für die Alarmflut einstellen",  # … about the reader
    "sie sagte, dass sie bald in Rente gehen wird",  # … "dass" about the reader
    "sie leitet seit 2019 die Station",  # a clause about the reader
    "das Team stellt auf Epic um",  # a clause
    "ihr Team baut die Datenplattform aus",  # a clause about the reader's team
    "das Krankenhaus plant, einen neuen Flügel zu eröffnen",  # a clause with zu
    "fragte mich nach Konfliktlösung",  # asked about
    "hat mich zu meiner Erfahrung mit SAP gefragt",  # asked, perfect tense
    "fragte, wie ich mit Konflikten umgehen würde",  # an indirect question
    "Wie würde ich mit einem schwierigen Patienten umgehen?",  # a question
    "Passt Schichtarbeit zu mir?",  # a question quoted as it is
    "wir laufen beide Marathon",  # shared
    "wir haben beide in Leipzig studiert",  # shared, perfect tense
    "„Wir stellen nach Neugier ein“",  # a quotation
    "sie erzählte von der neuen Station",  # told about
    "ich habe das SAP-Rollout geleitet",  # the candidate's own clause
    {"point": "die neue Rufbereitschaft", "link": "ich habe selbst Bereitschaften organisiert"},
]
NAMES = [("Anna Weber", "Frau"), ("Jonas Keller", "Herr"), ("Tomás Okafor", None)]

# A clause ("wie …", "dass …") right after a preposition.
CLAUSE_AFTER_PREPOSITION = re.compile(
    r"\b(?:über|zu|zum|zur|von|vom|nach|mit|für|an|auf|in|im|bei|um|aus|durch|gegen)\s+"
    r"(?:wie|dass|ob|was|warum|wieso|weshalb|wann|wo)\b",
    re.IGNORECASE,
)
# "?." or "..", also around a closing quotation mark ("?“.").
DOUBLED_END = re.compile(r"[.?!][“”»«\"]?[.?!]")
# "ihre"/"seine" (lower case) is a third person; aimed at the reader it is "Ihre"/"deine".
THIRD_PERSON_POSSESSIVE = re.compile(r"\b(?:ihr|ihre[nmrs]?|sein|seine[nmrs]?)\b")
DU = re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer\w*)\b", re.IGNORECASE)
SIE = re.compile(r"\b(?:Sie|Ihnen|Ihr\w*)\b")


def data(people: list[tuple[str, str | None, list[Any]]], **candidate: Any) -> dict[str, Any]:
    """An interview as loaded from a file: ``people`` are (name, honorific, points)."""
    return {
        "locale": "de_DE",
        "candidate": {"name": "Lena Hoffmann", "email": "lena@example.de", **candidate},
        "interview": {
            "company": "Nordlicht Robotik GmbH",
            "position": "Data Engineer",
            "start": "2026-11-24T10:00:00+01:00",
            "end": "2026-11-24T11:30:00+01:00",
            "timezone": "Europe/Berlin",
        },
        "interviewers": [
            {
                "name": name,
                **({"honorific": honorific} if honorific else {}),
                "email": f"p{i}@nordlicht.example",
                **({"talking_points": points} if points else {}),
            }
            for i, (name, honorific, points) in enumerate(people)
        ],
    }


def interview(points: list[Any], **candidate: Any) -> thanknote.Interview:
    """A panel of up to three, the points dealt to them in turn."""
    dealt: list[list[Any]] = [[] for _ in NAMES]
    for i, point in enumerate(points):
        dealt[i % len(NAMES)].append(point)
    people = [(name, h, dealt[i]) for i, (name, h) in enumerate(NAMES) if dealt[i]]
    return thanknote.load_interview(data(people, **candidate))


def panels() -> list[list[Any]]:
    """The points nine at a time, rotated so that each shape comes first, second and third."""
    found = []
    for turn in range(3):
        for start in range(0, len(POINTS), 9):
            chunk = [POINTS[(start + i) % len(POINTS)] for i in range(9)]
            found.append([chunk[(i + turn * 3) % 9] for i in range(9)])
    return found


def body(note: thanknote.Note) -> str:
    """The note past its salutation, without its closing and signature."""
    text = note.text.split("\n", 2)[2]
    return text.rsplit("\n\n", 1)[0]


def sentences(text: str) -> list[str]:
    return [
        s for s in re.split(r"(?<=[.?!“])(?<!\d\.)\s+(?=[A-ZÄÖÜ„])", " ".join(text.split())) if s
    ]


def check(notes: list[thanknote.Note], tone: str) -> None:
    for note in notes:
        said = body(note)
        for sentence in sentences(said):
            assert not CLAUSE_AFTER_PREPOSITION.search(sentence), sentence
            assert not DOUBLED_END.search(sentence), sentence
            assert not THIRD_PERSON_POSSESSIVE.search(sentence), sentence
        if tone == "warm":
            assert not SIE.search(said), note.text
            assert DU.search(said), note.text
        else:
            assert not DU.search(note.text), note.text
        assert note.report.ok, [f.message for f in note.report.errors]
    assert not thanknote.lint_panel(notes).errors


@pytest.mark.parametrize("tone", TONES)
def test_every_shape_of_point_reads_well_in_every_tone(tone: str) -> None:
    for points in panels():
        notes = thanknote.draft(interview(points), tone=tone, locale="de_DE")
        check(notes, tone)


@pytest.mark.parametrize("tone", TONES)
def test_every_sentence_of_every_bank_reads_well(
    tone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No bank has more than twelve sentences: the k-th draft takes the k-th of
    # each (a colleague on the panel the one after it).
    without_points = thanknote.load_interview(data([(n, h, []) for n, h in NAMES]))
    for k in range(12):
        monkeypatch.setattr(
            thanknote.render, "chooser", lambda _iv, index, k=k: lambda _slot, n: (k + index) % n
        )
        for points in panels():
            check(thanknote.draft(interview(points), tone=tone, locale="de_DE"), tone)
        check(thanknote.draft(without_points, tone=tone, locale="de_DE"), tone)


@pytest.mark.parametrize("tone", TONES)
def test_a_point_about_the_reader_is_said_to_them(tone: str) -> None:
    points = [
        "sie sagte, sie wolle jemanden für die Alarmflut einstellen",
        "sie sagte, dass sie bald in Rente gehen wird",
        "ihr Team baut die Datenplattform aus",
    ]
    only = thanknote.load_interview(data([("Anna Weber", "Frau", points)]))
    text = thanknote.draft(only, tone=tone)[0].text
    if tone == "warm":
        expected = ["du willst jemanden", "du wirst bald in Rente gehen", "dein Team baut"]
    else:
        expected = ["Sie wollen jemanden", "Sie werden bald in Rente gehen", "Ihr Team baut"]
    # A concise note says the first two points only.
    for words in expected[:2] if tone == "concise" else expected:
        assert words in text, text


@pytest.mark.parametrize("tone", TONES)
def test_what_a_point_meant_follows_it_and_replaces_the_strength(tone: str) -> None:
    linked = {
        "point": "die neue Rufbereitschaft",
        "link": "ich habe selbst Bereitschaften organisiert",
    }
    iv = interview([linked], strength="Ich bringe zehn Jahre Erfahrung mit Datenplattformen mit")
    text = thanknote.draft(iv, tone=tone)[0].text
    assert "Rufbereitschaft. Ich habe selbst Bereitschaften organisiert." in text
    assert "zehn Jahre" not in text
    plain = interview(["die neue Rufbereitschaft"], strength="Ich bringe zehn Jahre Erfahrung mit")
    assert "Ich bringe zehn Jahre Erfahrung mit." in thanknote.draft(plain, tone=tone)[0].text


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (dt.date(2026, 11, 24), "heute"),
        (dt.date(2026, 11, 26), "am Dienstag"),
        (dt.date(2026, 12, 24), "am 24. November"),
        (dt.date(2027, 1, 8), "am 24. November 2026"),
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_the_day_is_said_as_a_person_would(tone: str, today: dt.date, said: str) -> None:
    for note in thanknote.draft(interview(POINTS[:3]), tone=tone, today=today):
        first = sentences(body(note))[0]
        assert re.search(rf"\s{re.escape(said)}\b(?! \d)", first), first


# -- the company inside a sentence ---------------------------------------------

KINDS = ("thank_you", "card", "follow_up", "rejection_reply")
# A preposition (or "Teil von") right before a name that needs an article of its own.
BARE_AFTER_PREPOSITION = r"\b(?:bei|für|von|zu|über|an|in|mit|aus)\s+{name}"


def drafts_for(company: str, **interview_fields: Any) -> list[thanknote.Note]:
    """Every kind and tone of note, with every sentence of every bank, for ``company``."""
    found = []
    raw = data([(n, h, POINTS[i * 2 : i * 2 + 2]) for i, (n, h) in enumerate(NAMES)])
    raw["interview"] |= {"company": company, **interview_fields}
    iv = thanknote.load_interview(raw)
    for kind in KINDS:
        for tone in TONES:
            found += thanknote.draft(iv, tone=tone, kind=kind)  # type: ignore[arg-type]
    return found


def every_sentence(company: str, monkeypatch: pytest.MonkeyPatch) -> list[thanknote.Note]:
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
    for note in every_sentence("Stadtwerke Leipzig", monkeypatch):
        text = " ".join(note.text.split())
        assert "bei den Stadtwerken Leipzig" in text, (note.kind, note.tone, note.text)
        assert not re.search(BARE_AFTER_PREPOSITION.format(name="Stadtwerke"), text), note.text
        assert "Teil von" not in text, note.text
        assert note.report.ok, [f.message for f in note.report.errors]


@pytest.mark.parametrize(
    ("company", "phrase"),
    [
        ("Klinikum Rheinaue", "beim Klinikum Rheinaue"),
        ("Universität Leipzig", "an der Universität Leipzig"),
        ("Verlag Morgenstern", "beim Verlag Morgenstern"),
        ("Nordlicht Robotik GmbH", "bei der Nordlicht Robotik GmbH"),
        ("Brauhaus Software AG", "bei der Brauhaus Software AG"),
    ],
)
def test_a_name_with_an_article_keeps_it_everywhere(company: str, phrase: str) -> None:
    first = company.split()[0]
    for note in drafts_for(company):
        text = " ".join(note.text.split())
        assert phrase in text, (note.kind, note.tone, note.text)
        assert not re.search(BARE_AFTER_PREPOSITION.format(name=re.escape(first)), text), text


def test_a_brand_name_stands_bare_after_bei(monkeypatch: pytest.MonkeyPatch) -> None:
    for note in every_sentence("Siemens", monkeypatch):
        text = " ".join(note.text.split())
        assert "bei Siemens" in text, (note.kind, note.tone, note.text)
        assert not re.search(r"\b(?:für|von|zu|über)\s+Siemens", text), text
        assert note.report.ok, [f.message for f in note.report.errors]


def test_the_interviews_own_phrase_for_the_company_is_used_as_it_is() -> None:
    for note in drafts_for("Acme", at_company="in der Zentrale von Acme"):
        assert "in der Zentrale von Acme" in " ".join(note.text.split()), note.text
