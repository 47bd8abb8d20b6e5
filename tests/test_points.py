"""Talking points as people jot them, turned into what a template can place."""

from __future__ import annotations

import re
import types

import attrs
import pytest

import thanknote
from thanknote._points import (
    as_noun_phrase,
    own_words,
    place,
    why_own_words_left_out,
    why_unplaced,
)
from thanknote.testing import make_interview

READER = ("Lee Park", "Lee", "Park")


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("replacing nightly batch jobs with Kafka", "replacing nightly batch jobs with Kafka"),
        ("Kafka migration", "the Kafka migration"),
        ("her on-call rotation redesign", "your on-call rotation redesign"),
        ("his 20 years in the ICU.", "your 20 years in the ICU"),
        ("Lee's idea for a nurse residency", "your idea for a nurse residency"),
        ("Park’s plan for the night shift", "your plan for the night shift"),
        ("the team is moving to Epic", "how the team is moving to Epic"),
        ("The hospital plans to open a new wing.", "how the hospital plans to open a new wing"),
        # a change jotted in the past is a clause, never a topic after "about"
        (
            "guest scores dipped on check-in wait times",
            "how guest scores dipped on check-in wait times",
        ),
        ("revenue climbed in Q3", "how revenue climbed in Q3"),
        ("the improved rota", "the improved rota"),
        # a relative pronoun before the verb keeps a noun phrase
        ("the team who runs the warehouse", "the team who runs the warehouse"),
        ("she said the team is moving to Epic", "your point that the team is moving to Epic"),
        (
            "she wants someone to fix alarm fatigue",
            "your point that you want someone to fix alarm fatigue",
        ),
        ("He mentioned that he is retiring in May", "your point that you are retiring in May"),
        ("asked me about conflict resolution", "your question about conflict resolution"),
        (
            "asked how I would prioritise alerts",
            "your question about how I would prioritise alerts",
        ),
        (
            "How would I handle a difficult nurse?",
            "your question about how I would handle a difficult nurse",
        ),
        ("How do we measure success?", "your question about how we measure success"),
        ("Would I be open to nights?", "your question about whether I would be open to nights"),
        ("Did I ever work nights?", "your question, “Did I ever work nights?”"),
        ("we both ran the Chicago marathon", "the fact that we both ran the Chicago marathon"),
        ("we've both run Boston", "the fact that we have both run Boston"),
        ("we're both from Leeds", "the fact that we are both from Leeds"),
        ("turns out we both know Dr. Patel", "the fact that we both know Dr. Patel"),
        ("she mentioned the new hangar", "the new hangar"),
        ("explained their triage process", "your triage process"),
        ("told me about the merger", "the merger"),
        ("mentioned her plan for a new wing", "your plan for a new wing"),
        ("she mentioned they are hiring", "your point that you are hiring"),
        ("said the team is 6 people", "your point that the team is 6 people"),
        ("he mentioned they lost their head chef", "your point that you lost your head chef"),
        ("she said her team doubles next year", "your point that your team doubles next year"),
        ("re: her rota redesign", "your rota redesign"),
        ('"We hire for curiosity"', "your words, “We hire for curiosity”"),
        ("I led the SAP rollout", "how I led the SAP rollout"),
    ],
)
def test_every_shape_of_point_becomes_a_noun_phrase_said_to_the_reader(
    jotted: str, placed: str
) -> None:
    assert as_noun_phrase(jotted, "en", READER) == placed


def test_someone_elses_name_stays_as_written() -> None:
    assert as_noun_phrase("Lee's idea for a residency", "en", ("Dana Reyes",)) == (
        "Lee's idea for a residency"
    )


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("Dr. Park said the team is moving to Epic", "your point that the team is moving to Epic"),
        ("Ms. Park said the team is moving to Epic", "your point that the team is moving to Epic"),
        ("Dr. Reyes said the team is moving to Epic", "Dr. Reyes said the team is moving to Epic"),
    ],
)
def test_the_reader_named_with_a_title_is_the_reader(jotted: str, placed: str) -> None:
    assert as_noun_phrase(jotted, "en", READER) == placed


def test_a_point_about_someone_else_keeps_its_person_after_the_first_word() -> None:
    assert as_noun_phrase("the way her team reviews code", "en") == "the way her team reviews code"


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("asked how I'd handle pushback -- told him about my last job",
         "your question about how I would handle pushback"),
        ("the warehouse move — no idea why", "the warehouse move"),
        ("we both grew up in Cleveland lol", "the fact that we both grew up in Cleveland"),
        ("the offsite in Lisbon haha", "the offsite in Lisbon"),
        ("the new office :)", "the new office"),
        ("the hackathon 🎉", "the hackathon"),
        ("moving to React sometime in Q2??", "your plans for moving to React sometime in Q2"),
        ("the reorg?!", "the reorg"),
        ("ProWein in March – our own stand for the first time", "ProWein in March"),
        ("haha", "haha"),
    ],
)  # fmt: skip
def test_what_only_the_writer_needed_goes(jotted: str, placed: str) -> None:
    assert as_noun_phrase(jotted, "en") == placed


@pytest.mark.parametrize(
    ("language", "placed"),
    [
        ("de", "die Umstellung auf Kafka"),  # "-ung" tells the article for certain
        ("fr", "Umstellung auf Kafka"),
        ("es", "Umstellung auf Kafka"),
        ("it", "Umstellung auf Kafka"),
        ("pt", "Umstellung auf Kafka"),
    ],
)
def test_other_languages_keep_the_words_and_lose_the_trailing_full_stop(
    language: str, placed: str
) -> None:
    assert as_noun_phrase("Umstellung auf Kafka.", language) == placed


JOTTED = [
    "she said the team is moving to Epic",
    "asked me about conflict resolution",
    "we both ran the Chicago marathon",
    "How would I handle a difficult nurse?",
    "his 20 years in the ICU.",
    "Lee's idea for a nurse residency",
    "she wants someone to fix alarm fatigue",
]
# A clause pasted after a preposition, doubled end punctuation, a third-person
# possessive or subject aimed at the reader.
BROKEN = re.compile(
    r"\b(?:about|of|on|with|discussing|hearing about)\s+(?:she|he|asked|we both|how would)\b"
    r"|[?!.]\s*[.?!](?!\.)|\b(?:her|his)\s+(?:20 years|idea)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("tone", ["formal", "warm", "concise"])
@pytest.mark.parametrize("kind", ["thank_you", "card"])
def test_notes_from_jotted_points_have_no_pasted_clause(tone: str, kind: str) -> None:
    interview = make_interview(interviewers=4)
    names = ["Lee Park", "Dana Reyes", "Tomás Okafor", "Priya Natarajan"]
    people = [
        attrs.evolve(person, name=name, first_name=name.split()[0], last_name=name.split()[-1],
                     talking_points=JOTTED[i * 2 : i * 2 + 2])
        for i, (person, name) in enumerate(zip(interview.interviewers, names, strict=True))
    ]  # fmt: skip
    interview = attrs.evolve(interview, interviewers=people)
    for note in thanknote.draft(interview, tone=tone, kind=kind):  # type: ignore[arg-type]
        assert BROKEN.search(note.text) is None, note.text
        if note.interviewer.name == "Lee Park":
            assert "Lee's" not in note.text  # "your idea", in the note to Lee


@pytest.mark.parametrize(
    ("jotted", "kind", "core"),
    [
        ("the sepsis alert model", "topic", "the sepsis alert model"),
        ("she said the team is moving to Epic", "clause", "the team is moving to Epic"),
        (
            "she wants someone to fix alarm fatigue",
            "clause",
            "you want someone to fix alarm fatigue",
        ),
        ("asked me about conflict resolution", "question", "conflict resolution"),
        (
            "How would I handle a difficult nurse?",
            "question",
            "how I would handle a difficult nurse",
        ),
        ("we both ran the Chicago marathon", "shared", "we both ran the Chicago marathon"),
        ('"We hire for curiosity"', "quote", "We hire for curiosity"),
    ],
)
def test_a_placed_point_knows_its_kind_and_core(jotted: str, kind: str, core: str) -> None:
    point = place(jotted, "en", READER)
    assert (point.kind, point.core) == (kind, core)
    assert str(point) == as_noun_phrase(jotted, "en", READER)


@pytest.mark.parametrize(
    ("link", "sentence"),
    [
        ("i led our Cerner go-live in 2023", "I led our Cerner go-live in 2023."),
        ("  I led it.  ", "I led it."),
        ("Would my experience help?", "Would my experience help?"),
        ("", ""),
    ],
)
def test_a_link_becomes_a_sentence_of_the_candidates_own(link: str, sentence: str) -> None:
    assert place("the move to Epic", "en", link=link).link == sentence


def test_a_placed_point_survives_pickling() -> None:
    import pickle

    point = place("asked me about conflict resolution", "en", link="I mediate often")
    again = pickle.loads(pickle.dumps(point))
    assert (str(again), again.kind, again.core, again.link) == (
        str(point), point.kind, point.core, point.link
    )  # fmt: skip


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_point_with_a_link_is_followed_by_the_link_at_once(tone: str) -> None:
    # As its own sentence, after a colon, or as the reason the point caught
    # the candidate's attention ("…, because I led a go-live.").
    interview = make_interview(interviewers=1)
    person = attrs.evolve(
        interview.interviewers[0], talking_points=("the move to Epic",), links=("I led a go-live.",)
    )
    interview = attrs.evolve(interview, interviewers=(person,), talking_points=())
    text = " ".join(thanknote.draft(interview, tone=tone)[0].text.split())  # type: ignore[arg-type]
    said = r"the move to Epic[^.:?!]*(?:\. |: |, because |, since )I led a go-live\."
    assert re.search(said, text), text


def test_the_candidates_strength_closes_the_loop_when_no_point_has_a_link() -> None:
    interview = make_interview(interviewers=1)
    candidate = attrs.evolve(interview.candidate, strength="I have run two go-lives")
    text = thanknote.draft(attrs.evolve(interview, candidate=candidate))[0].text
    assert "I have run two go-lives." in text


def test_a_strength_jotted_without_its_subject_is_said_with_it() -> None:
    interview = make_interview(interviewers=1)
    candidate = attrs.evolve(interview.candidate, strength="ran two hospital go-lives")
    text = thanknote.draft(attrs.evolve(interview, candidate=candidate))[0].text
    assert "I ran two hospital go-lives." in " ".join(text.split())


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_the_jotted_example_drafts_notes_that_lint_clean(tone: str) -> None:
    from pathlib import Path

    example = Path(__file__).parent.parent / "examples" / "interview_jotted.toml"
    interview = thanknote.load_interview(example)
    notes = thanknote.draft(interview, tone=tone)  # type: ignore[arg-type]
    for note in notes:
        assert not thanknote.lint(note).at_least("warning"), (
            note.text,
            thanknote.lint(note).findings,
        )
        assert not re.search(r"\b(?:her|his|she|he)\b", note.text), note.text
    assert not thanknote.lint_panel(notes).at_least("warning")


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("asked abt conflict w/ PMs", "your question about conflict with PMs"),
        ("abt conflict w/ PMs -> told her the checkout story", "conflict with PMs"),
        ("the audit => long story", "the audit"),
        ("mgmt reviews b/c of audits", "the management reviews because of audits"),
        ("the DC ops review", "the DC operations review"),
        ("the mfg line in Ohio", "the manufacturing line in Ohio"),
        ("the R&D budget", "the R&D budget"),
        ("the abtest dashboard", "the abtest dashboard"),
        ("W/O a plan", "without a plan"),
        ("revenue up ~12% last yr", "the news that revenue is up about 12% last year"),
        ("Jan from HR", "Jan from HR"),
        ("she said the site opens in Feb, 3 rooms", "your point that the site opens in February"),
        ("rooms 1, 2 and 3", "rooms 1, 2 and 3"),
        ("the new depot opens in Feb", "how the new depot opens in February"),
    ],
)  # fmt: skip
def test_shorthand_is_spelt_out_as_whole_words(jotted: str, placed: str) -> None:
    assert as_noun_phrase(jotted, "en", ("Priya Shah", "Priya", "Shah")) == placed


@pytest.mark.parametrize(
    ("jotted", "placed", "core"),
    [
        ("her 30 years at the school", "your 30 years at the school",
         "you have spent 30 years at the school"),
        ("his 20 years in the ICU.", "your 20 years in the ICU",
         "you have spent 20 years in the ICU"),
        ("they're opening 3 new branches next year",
         "the news that you are opening 3 new branches next year",
         "you are opening 3 new branches next year"),
        ("they plan to move to Epic", "the news that you plan to move to Epic",
         "you plan to move to Epic"),
        ("her years of work", "your years of work", "your years of work"),
    ],
)  # fmt: skip
def test_a_career_or_a_plan_of_theirs_is_said_to_the_reader(
    jotted: str, placed: str, core: str
) -> None:
    point = place(jotted, "en", ("Sonia Reyes", "Sonia", "Reyes"))
    assert (str(point), point.core) == (placed, core)


@pytest.mark.parametrize(
    ("jotted", "language", "name", "placed"),
    [
        ("jake said theyre opening 2 stores in spring", "en", "Jake Miller",
         "your point that you are opening 2 stores in spring"),
        ("Thomas m'a dit qu'ils lancent une offre au printemps", "fr", "Thomas Girard",
         "votre remarque selon laquelle vous lancez une offre au printemps"),
        ("Marta dijo que reabren el hotel en marzo", "es", "Marta Ruiz",
         "su comentario de que reabren el hotel en marzo"),
        ("Jake's idea for the pop-up", "en", "Jake Miller", "your idea for the pop-up"),
        ("Jakeline's team", "en", "Jake Miller", "Jakeline's team"),
    ],
)  # fmt: skip
def test_a_point_that_opens_with_the_readers_name_is_said_to_them(
    jotted: str, language: str, name: str, placed: str
) -> None:
    first, last = name.split()
    assert str(place(jotted, language, (name, first, last))) == placed


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt"])
def test_a_point_opening_with_the_readers_name_never_keeps_it(language: str) -> None:
    # Whatever the shape, the reader is not named in the third person.
    for jotted in ("Anna {v} das Team wächst", "Anna {v} que l'équipe grandit"):
        point = place(jotted.format(v="x"), language, ("Anna Weber", "Anna", "Weber"))
        assert not str(point).startswith("Anna "), point


@pytest.mark.parametrize(
    ("jotted", "language", "placed"),
    [
        ("onboarding drop-off in the pattern builder, ~40% quit at step 3", "en",
         "the onboarding drop-off in the pattern builder"),
        ("readmission dashboard - still rebuilt by hand every month", "en",
         "the readmission dashboard"),
        ("Routenplanung für die Kuriere, der Dienst ist ein Monolith", "de",
         "die Routenplanung für die Kuriere"),
        ("la clientèle d'affaires en semaine, encore trop faible", "fr",
         "la clientèle d'affaires en semaine"),
        ("Kafka, Flink and Spark", "en", "Kafka, Flink and Spark"),
        ("how the pipelines are monitored", "en", "how the pipelines are monitored"),
        ("the Kafka migration", "en", "the Kafka migration"),
        ("SAP S/4HANA sur deux sites", "fr", "SAP S/4HANA sur deux sites"),
        ("Black Friday y la campaña de Navidad", "es", "Black Friday y la campaña de Navidad"),
    ],
)  # fmt: skip
def test_a_point_that_stands_as_a_noun_phrase_is_placed_whole_or_by_its_first_part(
    jotted: str, language: str, placed: str
) -> None:
    point = place(jotted, language)
    assert (point, point.kind) == (placed, "topic")


@pytest.mark.parametrize(
    ("jotted", "language"),
    [
        ("he pulled up the Figma file from the 2024 rebrand", "en"),
        ("Jordan's dog Pepper sat in on the whole interview", "en"),
        ("small team, designers talk to customers directly every week!! love this", "en"),
        ("Team soll bis 2028 von 6 auf 10 Leute wachsen", "de"),
        ("Leasingverträge + Abrechnung laufen über Cronjobs", "de"),
        ("le preocupa depender tanto del distribuidor de Alemania", "es"),
        ("personal de noche", "es"),
        ("analyste risques pour la banque", "fr"),
        ("gros enjeu : convaincre les services achats", "fr"),
        ("serve un piano, consumi d'acqua", "it"),
        ("time novo, só 4 pessoas", "pt"),
        ("time pequeno; adorei a sala", "pt"),
        ("we both think quick huddles > long handoff reports", "en"),
        # a verb or a subject no shape knows: a clause, never a topic
        ("kitchen does a lot of sous vide", "en"),
        ("she played semi-pro herself till knee injury", "en"),
        ("need someone for Year 9 + Year 10 maths", "en"),
        ("liked that I've done both shop floor + stock mgmt", "en"),
        ("want a Python/SQL person", "en"),
        ("expect 3 rounds of interviews", "en"),
        (" ".join(["word"] * 20), "en"),
    ],
)  # fmt: skip
def test_a_note_to_self_no_sentence_can_hold_is_not_placed(jotted: str, language: str) -> None:
    assert place(jotted, language, ("Jordan Lee", "Jordan", "Lee")).kind == "unplaced"


@pytest.mark.parametrize(
    ("jotted", "language", "advice"),
    [
        ("small team!! love this", "en", "“!” ends a thought"),
        ("small team, designers talk to customers", "en", "its comma joins two thoughts"),
        (" ".join(["word"] * 20), "en", "it runs to 20 words"),
        ("the team is moving to Epic", "en", "a sentence of its own"),
        ("déploiement de SAP", "fr", "a noun needs its article here (le, la, les …)"),
    ],
)  # fmt: skip
def test_the_advice_for_a_point_left_out_says_what_is_in_the_way(
    jotted: str, language: str, advice: str
) -> None:
    assert advice in why_unplaced(jotted, language)


@pytest.mark.parametrize(
    ("jotted", "language"),
    [
        ("BHI membership - don't bring up yet", "en"),
        ("the audit (don't mention)", "en"),
        ("salary, don't ask yet", "en"),
        ("Gehalt – nicht ansprechen", "de"),
        ("le salaire -> ne pas en parler", "fr"),
        ("sueldo - no mencionar todavía", "es"),
        ("stipendio – non chiedere ancora", "it"),
        ("salário - não falar ainda", "pt"),
    ],
)
def test_a_point_the_writer_holds_back_stays_out_with_its_reason(
    jotted: str, language: str
) -> None:
    assert place(jotted, language).kind == "unplaced"
    assert "not to raise it" in why_unplaced(jotted, language)


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("asked about snagging; don't say rushed", "your question about snagging"),
        ("the warehouse move — no idea why", "the warehouse move"),
        ("Epic for charting, not Cerner", "Epic for charting"),
    ],
)
def test_a_remark_or_a_word_to_avoid_beside_a_point_does_not_hold_it_back(
    jotted: str, placed: str
) -> None:
    assert as_noun_phrase(jotted, "en") == placed


def test_a_label_before_a_question_or_a_quotation_is_dropped() -> None:
    assert place("Frage von ihr: wie gehe ich mit Verzögerungen um?", "de").kind == "question"
    assert place("Jonas: „Wir deployen freitags.“", "de").kind == "quote"
    assert place("gros enjeu : convaincre les achats", "fr").kind == "unplaced"


def test_a_plus_inside_a_name_is_no_shorthand() -> None:
    assert place("the C++ migration", "en") == "the C++ migration"


@pytest.mark.parametrize(
    ("jotted", "kind", "placed"),
    [
        # The capital only starts the user's sentence: read in lower case.
        ("Migração dos pipelines para a nuvem", "topic", "a migração dos pipelines para a nuvem"),
        # A name, or a word whose ending does not say it is a common noun.
        ("Kafka em produção", "unplaced", "Kafka em produção"),
        ("Taxa de abandono alta", "unplaced", "Taxa de abandono alta"),
    ],
)  # fmt: skip
def test_a_sentence_case_capital_is_dropped_only_before_a_common_noun(
    jotted: str, kind: str, placed: str
) -> None:
    point = place(jotted, "pt")
    assert (point.kind, point) == (kind, placed)


@pytest.mark.parametrize(
    ("jotted", "language", "placed"),
    [
        ("migration vers le cloud, gros chantier", "fr", "la migration vers le cloud"),
        ("magazzino automatico!! chiedere tempi", "it", "il magazzino automatico"),
    ],
)
def test_the_first_part_of_a_note_to_self_may_be_a_shape_the_pack_knows(
    jotted: str, language: str, placed: str
) -> None:
    assert place(jotted, language) == placed


def test_a_first_part_of_two_bare_words_is_not_enough() -> None:
    assert place("small team, designers talk to customers!! love this", "en").kind == "unplaced"


def test_a_point_that_only_names_the_reader_is_not_placed() -> None:
    names = ("Teresa Albuquerque", "Teresa", "Albuquerque")
    assert place("Eng.ª Teresa – empresa familiar", "pt", names).kind == "unplaced"
    assert "names the reader" in why_unplaced("Eng.ª Teresa", "pt", names)


def test_a_closing_parenthesis_that_is_the_writers_own_sentence_goes() -> None:
    point = place("asked about my worst snagging list ever (told her about Harrogate)", "en")
    assert "Harrogate" not in point
    assert place("onboarding drop-off at step 3 (the quiz)", "en").endswith("(the quiz)")


# -- reminders and asides: what the writer jotted for themselves --------------------

REMINDERS = [
    ("offer the NPS case?", "en"),
    ("send portfolio?", "en"),
    ("maybe offer the NPS case?", "en"),
    ("follow up re: salary", "en"),
    ("mention my PMP?", "en"),
    ("ask about parking", "en"),
    ("don't say 'rushed'", "en"),
    ("todo: thank her for the tour", "en"),
    ("Check references?", "en"),
    ("email the slides to her", "en"),
]


@pytest.mark.parametrize(("jotted", "language"), REMINDERS)
def test_a_reminder_to_oneself_is_not_placed(jotted: str, language: str) -> None:
    assert place(jotted, language, READER).kind == "unplaced"


@pytest.mark.parametrize("jotted", [jotted for jotted, _ in REMINDERS])
def test_the_advice_for_a_reminder_says_it_is_one(jotted: str) -> None:
    assert "reminder to yourself" in why_unplaced(jotted, "en", READER)


@pytest.mark.parametrize(
    ("jotted", "kind", "placed"),
    [
        # The interviewer's own question, or their request, is theirs.
        ("How would I handle nights?", "question", "your question about how I would handle nights"),
        ("she asked whether I'd send references", "question",
         "your question about whether I would send references"),
        ("Tell me about a time you failed?", "question",
         "your question, “Tell me about a time you failed?”"),
        ('"send me your portfolio"', "quote", "your words, “send me your portfolio”"),
        # A noun that is also a verb, used as a noun.
        ("the offer letter timing", "topic", "the offer letter timing"),
        ("review process for new hires", "topic", "the review process for new hires"),
        ("call schedule", "topic", "the call schedule"),
    ],
)  # fmt: skip
def test_what_only_looks_like_a_reminder_is_placed(jotted: str, kind: str, placed: str) -> None:
    point = place(jotted, "en", READER)
    assert (point.kind, str(point)) == (kind, placed)


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("asked me about my worst snagging list ever (told her about Harrogate)",
         "your question about my worst snagging list ever"),
        ("asked about my worst snagging list, told her about Harrogate",
         "your question about my worst snagging list"),
        ("the Kirkstall scheme (remember to ask about phase 2)", "the Kirkstall scheme"),
        ("the Kirkstall scheme (mention Leeds) and its phase 2",
         "the Kirkstall scheme and its phase 2"),
        ("the Kirkstall scheme (her idea)", "the Kirkstall scheme"),
        ("she said the team is growing (follow up on this)",
         "your point that the team is growing"),
        ("asked about snagging; don't say rushed", "your question about snagging"),
        ("the Kirkstall scheme, remember to send photos", "the Kirkstall scheme"),
        # What names a thing stays.
        ("the Kirkstall scheme (140 units)", "the Kirkstall scheme (140 units)"),
        ("Kafka, Flink and Spark", "Kafka, Flink and Spark"),
    ],
)  # fmt: skip
def test_a_private_aside_inside_a_point_goes_and_the_rest_is_placed(
    jotted: str, placed: str
) -> None:
    assert str(place(jotted, "en", ("Aisha Rahman", "Aisha", "Rahman"))) == placed


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("Kirkstall riverside scheme", "the Kirkstall riverside scheme"),
        ("Kirkstall riverside scheme - 140 units, phase 2 starts spring",
         "the Kirkstall riverside scheme"),
        ("Kafka migration", "the Kafka migration"),
        ("Epic rollout in the spring", "the Epic rollout in the spring"),
        ("self-scheduling pilot for 12-hr shifts", "the self-scheduling pilot for 12-hour shifts"),
        ("data sharing agreement with social care (cross-dept)",
         "the data sharing agreement with social care (cross-department)"),
        ("Temporary accommodation review – cost pressures", "the temporary accommodation review"),
        ("new case mgmt system going in next yr",
         "the new case management system going in next year"),
        ("new CRM platform due in March", "the new CRM platform due in March"),
        ("lead service line replacement program, 2028 target",
         "the lead service line replacement program"),
        # A name, a plural, a gerund or a mass noun takes no article.
        ("Black Friday", "Black Friday"),
        ("ProWein in March", "ProWein in March"),
        ("Python programming", "Python programming"),
        ("Excel skills", "Excel skills"),
        ("holiday staffing for the walk-in flu shot clinics",
         "holiday staffing for the walk-in flu shot clinics"),
        ("the Kafka migration", "the Kafka migration"),
        ("her plan to move off SAS", "your plan to move off SAS"),
    ],
)  # fmt: skip
def test_a_bare_singular_head_noun_takes_the_article(jotted: str, placed: str) -> None:
    assert str(place(jotted, "en", READER)) == placed


def test_a_contraction_in_a_question_is_spelt_out() -> None:
    point = place("she asked how I'd handle a tech who keeps missing counts", "en", READER)
    assert point.core == "how I would handle a tech who keeps missing counts"


@pytest.mark.parametrize(
    ("jotted", "language", "placed"),
    [
        ("incident reports / first aid", "en", "incident reports and first aid"),
        ("Kafka / Flink", "de", "Kafka und Flink"),
        ("lean / 5S no chão de fábrica", "pt", "lean e 5S no chão de fábrica"),
        ("24/7 support", "en", "24/7 support"),
        ("and/or clauses in contracts", "en", "and/or clauses in contracts"),
        ("trade fairs (ProWein, etc.)", "en", "trade fairs"),
        ("el manejo de ferias (ProWein, etc.)", "es", "el manejo de ferias"),
        ("the reorg (HR, legal…)", "en", "the reorg"),
    ],
)
def test_notes_speak_is_written_out(jotted: str, language: str, placed: str) -> None:
    assert as_noun_phrase(jotted, language) == placed


@pytest.mark.parametrize(
    ("jotted", "topic"),
    [
        ("re: permit delays w/ Pima County", "permit delays with Pima County"),
        ("about the new depot", "the new depot"),
        ("regarding Q1 targets", "Q1 targets"),
    ],
)
def test_an_english_point_opened_by_about_names_its_topic_alone(jotted: str, topic: str) -> None:
    # Never "to hear about about permit delays".
    placed = place(jotted, "en", ())
    assert (placed.kind, str(placed)) == ("topic", topic)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("team moving to new case mgmt system in jan",
         "the team is moving to a new case management system in January"),
        ("clinic opening a 2nd location in spring",
         "the clinic is opening a 2nd location in spring"),
        ("nurses moving to 12-hour shifts next month",
         "the nurses are moving to 12-hour shifts next month"),
        ("radio system being replaced in march", "the radio system is being replaced in March"),
        ("night shifts being cut to 10 hours", "the night shifts are being cut to 10 hours"),
        ("he drove the 40 for 11 yrs before dispatch",
         "you drove the 40 for 11 years before dispatch"),
        ("she taught in Leeds for years", "you taught in Leeds for years"),
    ],
)  # fmt: skip
def test_news_jotted_as_a_headline_is_said_as_a_clause(jotted: str, core: str) -> None:
    placed = place(jotted, "en", READER)
    assert (placed.kind, placed.core) == ("clause", core)


@pytest.mark.parametrize(
    ("jotted", "placed"),
    [
        ("team building day", "team building day"),  # no news: a topic
        ("machine learning roadmap", "the machine learning roadmap"),
        ("Acme opening a plant in Ohio", "Acme opening a plant in Ohio"),  # a name, as written
        ("staff scheduling in the ICU", "staff scheduling in the ICU"),
    ],
)  # fmt: skip
def test_a_noun_phrase_with_an_ing_word_stays_a_topic(jotted: str, placed: str) -> None:
    point = place(jotted, "en", READER)
    assert (point.kind, str(point)) == ("topic", placed)


@pytest.mark.parametrize(
    ("jotted", "language", "core"),
    [
        ("asked what I'd do on the same friday", "en", "what I would do on the same Friday"),
        ("go-live in march", "en", "go-live in March"),
        ("review by jan", "en", "review by January"),
        ("the Jan report", "en", "the Jan report"),  # a capital without "in", "by" …: a name
        ("Probetag am freitag", "de", "Probetag am Freitag"),
        ("la réunion de lundi", "fr", "la réunion de lundi"),  # French days take no capital
    ],
)  # fmt: skip
def test_weekdays_and_months_jotted_in_lower_case_are_written_as_the_language_does(
    jotted: str, language: str, core: str
) -> None:
    assert place(jotted, language, READER).core.endswith(core)


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("team moving to new case system in May", "the team is moving to a new case system in May"),
        ("clinic opening 2nd location in spring", "the clinic is opening a 2nd location in spring"),
        ("team getting new manager next month", "the team is getting a new manager next month"),
        ("office moving to new premises in May", "the office is moving to new premises in May"),
        ("they are hiring new nurses", "you are hiring new nurses"),  # a plural needs none
    ],
)  # fmt: skip
def test_a_headline_gets_back_the_article_a_sentence_needs(jotted: str, core: str) -> None:
    assert place(jotted, "en", READER).core == core


def test_a_pack_article_pattern_that_does_not_compile_names_its_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from thanknote import _points
    from thanknote.languages import language_pack

    english = language_pack("en")
    broken = attrs.evolve(english.lexicon, article_missing={"a": "(to"})
    pack = types.SimpleNamespace(lexicon=broken, folder=english.folder)
    monkeypatch.setattr(_points, "language_pack", lambda code: pack)
    with pytest.raises(thanknote.InvalidOptionError, match=r"article_missing\.a: missing \)"):
        _points._article_places("en-broken")


def test_a_word_with_an_ending_only_nouns_have_takes_its_capital(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from thanknote import _points
    from thanknote.languages import language_pack

    german = language_pack("de")
    lexicon = attrs.evolve(german.lexicon, capital_endings=("ung", "heit"))
    pack = types.SimpleNamespace(lexicon=lexicon, folder=german.folder)
    monkeypatch.setattr(_points, "language_pack", lambda code: pack)
    said = _points._spelt_out("die einarbeitung mit mentorin, ion, ABTEILUNG", "de-capitals")
    assert said == "die Einarbeitung mit mentorin, ion, ABTEILUNG"


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("she said close takes 5 days, they want 3", "close takes 5 days, and you want 3"),
        ("he said the team is small, but they hire in spring",
         "the team is small, but you hire in spring"),
        ("she said she likes the unit, they hire twice a year",
         "you like the unit, and you hire twice a year"),
    ],
)  # fmt: skip
def test_a_second_clause_about_the_reader_is_said_to_them_too(jotted: str, core: str) -> None:
    assert place(jotted, "en", READER).core == core


@pytest.mark.parametrize(
    ("jotted", "core"),
    [
        ("she said she likes the new rota", "you like the new rota"),  # not "you lik"
        ("he said he manages 40 people", "you manage 40 people"),
        ("she said she teaches the new hires", "you teach the new hires"),
        ("she said she does the rota", "you do the rota"),
    ],
)  # fmt: skip
def test_a_verb_said_to_the_reader_agrees_with_you(jotted: str, core: str) -> None:
    assert place(jotted, "en", READER).core == core


@pytest.mark.parametrize(
    ("language", "link", "sentence"),
    [("en", "not yet but it's the step im working toward",
      "Not yet but it's the step I am working toward."),
     ("es", "estuve 3 temporadas, educacion infantil", "Estuve 3 temporadas, educación infantil."),
     ("pt", "a gestao de estoque era minha", "A gestão de estoque era minha.")],
)  # fmt: skip
def test_a_link_loses_its_shorthand_but_keeps_its_words(
    language: str, link: str, sentence: str
) -> None:
    assert place("Project Atlas", language, READER, link=link).link == sentence


@pytest.mark.parametrize(
    ("language", "words", "said"),
    [("en", "did exactly that at my last job", "I did exactly that at my last job"),
     ("en", "Ran a 40-person warehouse team", "I ran a 40-person warehouse team"),
     ("en", "I ran a 40-person warehouse team", "I ran a 40-person warehouse team"),
     ("en", "experienced charge nurse", "experienced charge nurse"),
     ("en", "led", "led"),
     ("fr", "ai géré deux équipes", "j'ai géré deux équipes"),
     ("fr", "utilise Pronote depuis 3 ans", "j'utilise Pronote depuis 3 ans"),
     ("fr", "encadre une équipe de 6", "j'encadre une équipe de 6"),
     ("fr", "pilote de ligne pendant 10 ans", "pilote de ligne pendant 10 ans"),
     ("de", "hab zwei Jahre Nachtdienst gemacht", "ich habe zwei Jahre Nachtdienst gemacht"),
     ("de", "Will mehr Verantwortung übernehmen", "ich will mehr Verantwortung übernehmen"),
     ("de", "Kenn die OÖ Bauordnung sehr gut", "ich kenne die OÖ Bauordnung sehr gut"),
     ("de", "möchte gern im Schichtdienst bleiben", "ich möchte gern im Schichtdienst bleiben"),
     ("es", "estuve 3 temporadas", "estuve 3 temporadas"),
     ("es", "trabaje 2 temporadas en Formigal", "trabajé 2 temporadas en Formigal"),
     ("de", "3 jahre stationsleitung", ""),
     ("de", "Bauingenieurin, 4 J. im Ing.büro", "")],
)  # fmt: skip
def test_the_candidates_own_words_take_the_subject_the_language_needs(
    language: str, words: str, said: str
) -> None:
    assert own_words(words, language, strength=True) == said


@pytest.mark.parametrize(
    ("language", "line", "said"),
    [("en", "I led our Cerner go-live in 2023", "I led our Cerner go-live in 2023"),
     ("en", "did exactly that at my last job", "I did exactly that at my last job"),
     ("en", "wanted to do my level 3 for ages", "I have wanted to do my level 3 for ages"),
     # a reaction jotted for oneself, or the reader in the third person
     ("en", "laughed abt sunday dinners, nice moment", ""),
     ("en", "same as me, she gets it", ""),
     ("en", "She gets it, and so do I", ""),
     ("de", "Wie Sie sagten: Ich kenne das gut", "Wie Sie sagten: Ich kenne das gut"),
     # chatter at the end goes, and the rest is said
     ("en", "love this lol", "I love this"),
     ("es", "tengo el título de buceo científico, ok", "tengo el título de buceo científico"),
     # notes-speak: an arrow, "!!", a plus or a spaced hyphen joining thoughts
     ("en", "my SPRAT Level 1 from last year - finally gets used", ""),
     ("fr", "mon NL C1 + 2 ans au tribunal -> pile ça", ""),
     ("es", "Armé el huerto de la escuela!! lo puedo revivir", ""),
     ("en", "I led the go-live – twice", "I led the go-live – twice"),
     ("de", "netter Moment", ""),
     ("de", "Ich mag kleine Teams.", "Ich mag kleine Teams."),
     ("fr", "j'ai grandi avec un potager", "j'ai grandi avec un potager"),
     ("fr", "joli moment", ""),
     ("es", "Rompió el hielo", ""),
     ("es", "estuve 3 temporadas en Formigal", "estuve 3 temporadas en Formigal"),
     ("es", "trabaje 2 temporadas en Formigal", "trabajé 2 temporadas en Formigal"),
     ("it", "bel momento", ""),
     ("it", "ho seguito un corso HACCP", "ho seguito un corso HACCP"),
     ("pt", "quebrou o gelo", ""),
     ("pt", "Momento mais leve da entrevista.", ""),
     ("pt", "trabalhei 5 anos com SAP", "trabalhei 5 anos com SAP"),
     # a strength is the candidate's by definition: a noun phrase is enough
     ("en", "experienced charge nurse", "")],
)  # fmt: skip
def test_a_line_tied_to_a_point_is_used_only_when_it_speaks_of_the_candidate(
    language: str, line: str, said: str
) -> None:
    assert own_words(line, language) == said
    assert (why_own_words_left_out(line, language) is None) == bool(said)


def test_a_strength_needs_no_word_for_the_candidate() -> None:
    assert own_words("experienced charge nurse", "en", strength=True) == "experienced charge nurse"
    assert why_own_words_left_out("experienced charge nurse", "en", strength=True) is None


@pytest.mark.parametrize(
    ("language", "point", "kind"),
    [("it", "il negozio s.bonifacio 9 persone", "unplaced"),
     ("de", "die Arbeit im Ing.büro am Hafen", "unplaced"),
     ("de", "ca. 40 km Kanal bis 2030", "topic"),
     ("it", "la proposta della dott.ssa Rossi", "topic"),
     ("en", "Node.js and ASP.NET at St. Mary's", "topic"),
     ("en", "the U.S. expansion", "topic")],
)  # fmt: skip
def test_shorthand_no_pack_writes_out_keeps_a_point_out_of_the_note(
    language: str, point: str, kind: str
) -> None:
    assert place(point, language, READER).kind == kind


def test_the_shorthand_that_keeps_a_point_out_is_named() -> None:
    why = why_unplaced("il negozio s.bonifacio 9 persone", "it", READER)
    assert why.startswith("“s.bonifacio” is shorthand")


@pytest.mark.parametrize(
    ("language", "point", "placed"),
    [("fr", "recrutement et formation des saisonniers",
      "le recrutement et la formation des saisonniers"),
     ("it", "spedizioni e resi gestiti in sap", "le spedizioni e i resi gestiti in SAP"),
     ("it", "la gestione del magazzino e dei resi", "la gestione del magazzino e dei resi"),
     ("fr", "le planning et les congés", "le planning et les congés"),
     ("en", "hiring and onboarding", "hiring and onboarding")],
)  # fmt: skip
def test_two_bare_things_joined_by_and_take_an_article_each(
    language: str, point: str, placed: str
) -> None:
    assert str(place(point, language, READER)) == placed


@pytest.mark.parametrize(
    ("point", "kind", "said"),
    [("send portfolio by Friday", "promise", "my portfolio by Friday"),
     ("email her my writing sample", "promise", "my writing sample"),
     ("need to send the case study", "promise", "the case study"),
     ("remember to send the deck", "promise", "the deck"),
     ("send portfolio", "promise", "my portfolio"),
     ("send portfolio?", "unplaced", "send portfolio?"),
     ("send thank you note", "unplaced", "send thank you note"),
     ("don't send salary expectations yet", "unplaced", "don't send salary expectations yet")],
)  # fmt: skip
def test_something_noted_to_send_the_reader_is_a_promise(point: str, kind: str, said: str) -> None:
    placed = place(point, "en", READER)
    assert (placed.kind, str(placed)) == (kind, said)


def test_something_to_send_someone_else_stays_a_note_to_self() -> None:
    assert place("send references to the recruiter", "en", READER).kind == "unplaced"


def test_a_language_without_promises_leaves_them_out() -> None:
    assert place("Portfolio schicken", "de", READER).kind == "unplaced"


def test_a_link_jotted_without_its_subject_is_said_with_it() -> None:
    placed = place("the new rota", "en", READER, link="did exactly that at my last job")
    assert placed.link == "I did exactly that at my last job."


def test_a_pronoun_typed_without_its_apostrophe_is_still_the_reader() -> None:
    placed = place("shes rebuilding the teen section", "en", READER)
    assert placed.core == "you are rebuilding the teen section"


@pytest.mark.parametrize(
    ("language", "point", "said"),
    [("en", "most work rn is tenant fit-outs downtown, couple hospital jobs in spring",
      "how most work right now is tenant fit-outs downtown"),
     ("en", "we both worked at St James's at some point, different wards",
      "the fact that we both worked at St James's at some point"),
     # a second clause opening on its subject is said too
     ("en", "she said close takes 5 days, they want 3",
      "your point that close takes 5 days, and you want 3"),
     # a bare topic keeps what follows it: that may be the news
     ("pt", "loja do centro, fechou em maio", None),
     # German sets a comma before every infinitive clause
     ("de", "das Krankenhaus plant, einen neuen Flügel zu eröffnen",
      "wie das Krankenhaus plant, einen neuen Flügel zu eröffnen"),
     # ... and before a subclause, but a tail with no verb is a fragment
     ("de", "sie meinte das Team ist sehr stabil, kaum Fluktuation",
      "der von Ihnen gegebene Hinweis, dass das Team sehr stabil ist"),
     ("de", "das Team wächst, 2 neue Stellen pro Jahr", "wie das Team wächst")],
)  # fmt: skip
def test_a_fragment_after_a_comma_is_left_out_of_a_thought_that_stands_alone(
    language: str, point: str, said: str | None
) -> None:
    placed = place(point, language, READER)
    if said is None:
        assert placed.kind == "unplaced"
    else:
        assert str(placed) == said


@pytest.mark.parametrize(
    ("point", "said"),
    [("28 associates on 2nd shift", "the 28 associates on 2nd shift"),
     ("48 hour week and parking", "the 48-hour week and parking"),
     ("new PacBio Revio in the core", "the new PacBio Revio in the core"),
     # a time of day both know of
     ("3pm cutoff for pharmacy freight", "the 3pm cutoff for pharmacy freight"),
     ("6 a.m. handover with the day crew", "the 6 a.m. handover with the day crew"),
     ("7am start", "the 7am start"),
     # a time with a preposition after it is no thing
     ("3pm on friday", "3pm on Friday"),
     # a count of time is no set of things: it stays as jotted
     ("3 days a week", "3 days a week"),
     # a verb after the plural makes it a clause
     ("28 associates are on 2nd shift", "how 28 associates are on 2nd shift"),
     ("new hires get a mentor", "how new hires get a mentor")],
)  # fmt: skip
def test_an_english_topic_jotted_with_a_count_a_time_or_new_first_takes_the(
    point: str, said: str
) -> None:
    assert str(place(point, "en", READER)) == said


def test_what_the_reader_would_do_is_said_to_them() -> None:
    said = place("she said they'd fund NVQ3 after probation", "en", READER)
    assert str(said) == "your point that you would fund NVQ3 after probation"


@pytest.mark.parametrize(
    "point",
    [
        "she said call me gwen",
        "call him gareth not dr pryce-jones",
        "said call him gareth not dr pryce-jones lol",
        "he goes by Gary",
    ],
)
def test_how_the_reader_asked_to_be_called_is_no_sentence_of_the_note(point: str) -> None:
    assert place(point, "en", READER).kind == "unplaced"


@pytest.mark.parametrize(
    ("point", "said"),
    [("İ", "İ"), ("İstanbul office", "the İstanbul office"), ("the İzmir site", "the İzmir site")],
)
def test_a_letter_that_lowers_to_two_is_no_shorthand(point: str, said: str) -> None:
    # Turkish dotted capital I matches "i" when case is ignored, but lowers
    # to "i" and a combining dot: it is kept as typed, and nothing breaks.
    assert str(place(point, "en", READER)) == said


@pytest.mark.parametrize(
    ("point", "said"),
    [("new TMS rollout in january, still on whiteboards now", "the new TMS rollout in January"),
     # a clause that hangs on the topic is no fragment
     ("the rota, which changes weekly", "the rota, which changes weekly"),
     ("Kafka, Flink and Spark", "Kafka, Flink and Spark")],
)  # fmt: skip
def test_a_fragment_a_shape_took_after_a_comma_is_left_out_of_the_topic(
    point: str, said: str
) -> None:
    assert str(place(point, "en", READER)) == said


@pytest.mark.parametrize(
    ("language", "line", "said"),
    [("en", "ran the pass at the Crown for 2 yrs, 180+ covers",
      "I ran the pass at the Crown for 2 years (180+ covers)"),
     ("pt", "acompanhei a recolha porta a porta em Vila Verde, 2 anos",
      "acompanhei a recolha porta a porta em Vila Verde (2 anos)"),
     # a figure inside the line is no aside
     ("en", "I led 3 teams, 12 people, and a budget", "I led 3 teams, 12 people, and a budget"),
     # a plus between words is "and"; after a figure, "or more"
     ("en", "I know C++ + Rust", "I know C++ and Rust")],
)  # fmt: skip
def test_a_figure_jotted_after_the_last_comma_of_the_candidates_line_is_an_aside(
    language: str, line: str, said: str
) -> None:
    assert own_words(line, language) == said


@pytest.mark.parametrize(
    ("language", "point", "kind"),
    [("es", "ocupación 85% en temporada alta", "unplaced"),
     ("es", "rehabilitación 48 viviendas en Vallecas", "unplaced"),
     ("fr", "la validation 200 échantillons par jour", "unplaced"),
     ("en", "utilization 85% on nights", "unplaced"),
     # a word between the noun and its figure, or a figure that names a part
     ("es", "la rehabilitación de 48 viviendas", "topic"),
     ("es", "la fase 2 del proyecto", "topic"),
     ("en", "the 85% utilization", "topic")],
)  # fmt: skip
def test_a_figure_jotted_straight_after_a_noun_leaves_the_point_out(
    language: str, point: str, kind: str
) -> None:
    assert place(point, language, READER).kind == kind


def test_the_user_is_told_where_a_figure_follows_a_noun() -> None:
    why = why_unplaced("rehabilitación 48 viviendas en Vallecas", "es")
    assert why.startswith("“rehabilitación 48 viviendas” puts a figure straight after a noun")


@pytest.mark.parametrize(
    ("point", "kind"),
    [("Revision Pendelbahn im April", "unplaced"),
     ("Umstellung SAP S/4", "unplaced"),
     ("Ausbau Fernwärme 2027", "unplaced"),
     ("Frage zur Einarbeitung Azubis", "unplaced"),
     # the word between them written, a set phrase, a name or a month after
     ("die Revision der Pendelbahn im April", "topic"),
     ("die Umstellung auf SAP S/4", "topic"),
     ("Abteilung Einkauf", "topic"),
     ("das Projekt Hafencity", "topic"),
     ("Werksführung Halle 4", "topic"),
     ("die Digitalisierung Ende 2026", "topic")],
)  # fmt: skip
def test_two_german_nouns_jotted_side_by_side_leave_the_point_out(point: str, kind: str) -> None:
    assert place(point, "de", READER).kind == kind


@pytest.mark.parametrize(
    ("point", "kind"),
    [("beide Lehre in Luzern gemacht", "unplaced"),
     ("beide HF am BZ Pflege in Bern gemacht", "unplaced"),
     # with its article or preposition, it is something the two share
     ("beide die Lehre in Luzern gemacht", "shared"),
     ("beide in Graz aufgewachsen", "shared")],
)  # fmt: skip
def test_what_both_did_in_german_needs_the_article_its_noun_takes(point: str, kind: str) -> None:
    assert place(point, "de", READER).kind == kind


def test_the_user_is_told_which_two_nouns_need_a_word_between_them() -> None:
    why = why_unplaced("Revision Pendelbahn im April", "de")
    assert why.startswith("“Revision Pendelbahn” sets two nouns side by side")


@pytest.mark.parametrize(
    ("point", "kind"),
    [("she said game menu from jan, venison from the estate", "unplaced"),
     ("he said big push on retention", "unplaced"),
     # a name first: what was said is the topic it names
     ("she said Epic go-live in March", "topic"),
     # a verb, even one no list holds, keeps the clause
     ("she said the budget doubles next year", "clause"),
     ("she said they hired 3 nurses", "clause"),
     ("he said it isn't settled", "clause")],
)  # fmt: skip
def test_a_report_of_speech_with_no_verb_is_left_out(point: str, kind: str) -> None:
    assert place(point, "en", READER).kind == kind


def test_the_user_is_told_what_was_said_has_no_verb() -> None:
    why = why_unplaced("he said big push on retention", "en")
    assert why.startswith("what was said has no verb")


@pytest.mark.parametrize(
    ("language", "point", "link"),
    [("en", "asked about forklift cert + OSHA 30 - have both", "I have both."),
     ("en", "asked me about nights - I did 4 yrs of them", "I did 4 years of them."),
     ("fr", "m'a demandé si j'ai le CACES - j'ai le R489 depuis 2021", "J'ai le R489 depuis 2021."),
     # a reaction or a note after the dash is no answer of the candidate's
     ("fr", "visite de l'atelier -> top", ""),
     ("es", "preguntó si hablo inglés - sí, muchos huéspedes extranjeros", "")],
)  # fmt: skip
def test_an_answer_jotted_after_a_dash_is_the_candidates_own_line(
    language: str, point: str, link: str
) -> None:
    assert place(point, language, READER).link == link


def test_a_line_tied_to_the_point_wins_over_an_answer_after_its_dash() -> None:
    placed = place("asked about nights - have done them", "en", READER, link="I like nights")
    assert placed.link == "I like nights."


@pytest.mark.parametrize(
    ("language", "point", "kind", "core"),
    [("it", "mi ha chiesto dei bilanci riclassificati + la centrale rischi", "question",
      "sui bilanci riclassificati e la centrale rischi"),
     ("en", "asked me about the rota + the budget", "question", "the rota and the budget"),
     # where a noun needs its article, a plus before a bare noun stays notes-speak
     ("it", "mi ha chiesto dei bilanci riclassificati + centrale rischi", "unplaced",
      "mi ha chiesto dei bilanci riclassificati + centrale rischi")],
)  # fmt: skip
def test_a_plus_between_two_things_is_the_languages_and(
    language: str, point: str, kind: str, core: str
) -> None:
    placed = place(point, language, READER)
    assert (placed.kind, placed.core) == (kind, core)


@pytest.mark.parametrize(
    ("language", "point"),
    [("it", "l'obiettivo di accuratezza del 99,5%"),
     ("de", "die Quote von 3,5 Prozent"),
     ("fr", "le taux de service de 98,7 %")],
)  # fmt: skip
def test_a_decimal_comma_is_no_comma_between_two_thoughts(language: str, point: str) -> None:
    assert place(point, language, READER).kind == "topic"


@pytest.mark.parametrize(
    ("language", "point", "said"),
    [("en", "his story about starting the foundation in his garage",
      "your story about starting the foundation in your garage"),
     ("fr", "son projet de relancer son équipe", "votre projet de relancer votre équipe"),
     # a pronoun with no noun after it may be someone else
     ("en", "her plan to promote her", "your plan to promote her")],
)  # fmt: skip
def test_the_leading_possessive_repeated_before_a_noun_is_the_readers_too(
    language: str, point: str, said: str
) -> None:
    assert place(point, language, READER).core == said


@pytest.mark.parametrize(
    ("language", "point"),
    [("de", "er macht die Probenvorbereitung"),
     ("fr", "ils implantent un nouveau WMS au printemps")],
)  # fmt: skip
def test_a_sentence_opening_on_a_subject_no_shape_reads_is_left_out_with_its_reason(
    language: str, point: str
) -> None:
    assert place(point, language, READER).kind == "unplaced"
    assert why_unplaced(point, language).startswith(f"it is a sentence about “{point.split()[0]}”")


@pytest.mark.parametrize(
    ("language", "point", "core"),
    [("es", "los 2 hicimos el máster en Granada", "ambos hicimos el máster en Granada"),
     ("fr", "on est tous les 2 passés par l'AFPA de Vénissieux",
      "nous sommes tous les deux passés par l'AFPA de Vénissieux"),
     ("it", "abbiamo studiato tutti e 2 a Padova", "abbiamo studiato tutti e due a Padova"),
     ("pt", "nós 2 estudamos em Coimbra", "ambos estudamos em Coimbra")],
)  # fmt: skip
def test_both_jotted_with_a_figure_is_something_shared(
    language: str, point: str, core: str
) -> None:
    placed = place(point, language, READER)
    assert (placed.kind, placed.core) == ("shared", core)


@pytest.mark.parametrize(
    "point",
    ["nos platicó que el piso de geriatría tiene 30 camas", "nos contó que el piso tiene 30 camas",
     "me platicó que el piso de geriatría tiene 30 camas"],
)  # fmt: skip
def test_what_the_reader_told_us_in_mexican_spanish_is_their_point(point: str) -> None:
    assert place(point, "es", READER).kind == "clause"


@pytest.mark.parametrize(
    ("language", "point", "core"),
    [("en", "our kids go to the same school", "our kids go to the same school"),
     ("en", "our dogs are both rescues", "our dogs are both rescues"),
     ("fr", "nos enfants vont à la même école primaire à Limoilou",
      "nos enfants vont à la même école primaire à Limoilou"),
     ("fr", "on a les deux travaillé de nuit pendant des années",
      "nous avons tous les deux travaillé de nuit pendant des années"),
     ("it", "ci piace a entrambe fare trekking", "a entrambe piace fare trekking"),
     ("it", "a tutti e due piace il jazz", "a tutti e due piace il jazz")],
)  # fmt: skip
def test_what_two_families_share_is_something_shared(language: str, point: str, core: str) -> None:
    placed = place(point, language, READER)
    assert (placed.kind, placed.core) == ("shared", core)


@pytest.mark.parametrize(
    ("language", "point", "said"),
    [("en", "team meeting 2x a week", "twice a week"),
     ("de", "Teamsitzung 2x pro Woche", "zweimal pro Woche"),
     ("fr", "la réunion 1x par semaine", "une fois par semaine"),
     ("es", "la reunión 3x por semana", "tres veces por semana"),
     ("it", "mi ha chiesto se posso fare 2x la settimana il turno di notte", "due volte"),
     ("pt", "a reunião 2x por semana", "duas vezes por semana"),
     # a shift pattern is no count of times
     ("pt", "o plantão 12x36", "12x36")],
)  # fmt: skip
def test_how_often_jotted_as_a_figure_and_x_is_written_out(
    language: str, point: str, said: str
) -> None:
    assert said in str(place(point, language, READER))
