"""Specification of each built-in rule, as tables of notes and verdicts."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from builders import interview_with

import thanknote
from thanknote.linting.patterns import guess_language
from thanknote.linting.rules.facts import distance
from thanknote.linting.text import NoteText
from thanknote.testing import make_interview

INTERVIEW = interview_with(4)
DANA = INTERVIEW.interviewers[0]
GOOD = (
    "Dear Dana,\n\nThank you for meeting with me on Tuesday. I keep thinking about your plan "
    "to move the nightly batch jobs onto Kafka, and about the on-call rotation redesign. "
    "The conversation made me even more keen on the Data Engineer position, and I would be "
    "glad to bring my pipeline experience to Acme Robotics. If a code sample or references "
    "would help, I can send them right away.\n\nBest regards,\nSam Lee\n"
)


def codes(text: str, **context: object) -> set[str]:
    return {f.code for f in thanknote.lint(text, **context)}  # type: ignore[arg-type]


def test_a_good_note_with_context_has_no_findings() -> None:
    assert thanknote.lint(GOOD, interview=INTERVIEW, interviewer=DANA).findings == ()


@pytest.mark.parametrize(
    ("sentence", "thanks"),
    [
        ("Thank you for your time yesterday.", True),
        ("Many thanks for the tour of the plant.", True),
        ("I appreciated your time on Tuesday.", True),
        ("I really appreciate you walking me through the roadmap.", True),
        ("I'm grateful you made time for me.", True),
        ("Much appreciated, the hour flew by.", True),
        ("I can't thank you enough for the candid answers.", True),
        ("Thanks to the new pipeline, deploys now take minutes.", False),
        ("No thanks is needed for the coffee, you said.", False),
        ('Your slogan "Thank you for choosing us" is everywhere.', False),
        ("I hope you had a good Thanksgiving.", False),
        ("Cleaning the labels sounds like a thankless task.", False),
        ("I would appreciate it if you could send the schedule.", False),
        ("I am sending a thank-you card to the panel.", False),
    ],
)
def test_what_counts_as_thanks(sentence: str, thanks: bool) -> None:
    assert ("TN101" not in codes(sentence)) is thanks


def test_thanks_after_two_sentences_is_an_info() -> None:
    text = (
        "Hi Dana,\n\nOur talk about Kafka was great. The batch jobs story stuck with me. "
        "I want to join Acme. Thank you for your time.\n"
    )
    report = thanknote.lint(text)
    assert [f.severity for f in report.by_rule("late-gratitude")] == ["info"]
    assert not report.by_rule("TN101")


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("I am very interested in the Data Engineer role.", True),
        ("I would love to join the team at Acme Robotics.", True),
        ("It confirmed my enthusiasm for the position.", True),
        ("I'd be thrilled to bring my experience to your team.", True),
        ("I'm excited about the chance to work at Acme.", True),
        ("I look forward to working with you.", True),
        ("I hope to have the chance to work at Acme Robotics.", True),
        ("Joining you at Acme Robotics is something I would welcome.", True),
        ("Working with the data team is something I'd really love.", True),
        ("I look forward to hearing from you.", False),
        ("I'm not sure I'm interested in a role with so much travel.", False),
        ("I am no longer interested in the position.", False),
        ("I'm interested in hiking and photography.", False),
        ("Thank you for your interest in my background.", False),
        ("We talked about interest rates.", False),
    ],
)
def test_what_counts_as_interest(sentence: str, interest: bool) -> None:
    assert ("TN121" not in codes(sentence)) is interest


def test_interest_that_names_neither_position_nor_company_is_a_warning() -> None:
    text = GOOD.replace(
        "The conversation made me even more keen on the Data Engineer position, and I would be "
        "glad to bring my pipeline experience to Acme Robotics.",
        "I would love to join the team.",
    )
    report = thanknote.lint(text, interview=INTERVIEW, interviewer=DANA)
    assert [f.code for f in report] == ["TN122"]


class TestSpecifics:
    def test_a_reworded_point_counts(self) -> None:
        assert "TN111" not in codes(GOOD, interview=INTERVIEW, interviewer=DANA)

    def test_generic_praise_is_not_specific(self) -> None:
        text = GOOD.replace(
            "I keep thinking about your plan to move the nightly batch jobs onto Kafka, and about "
            "the on-call rotation redesign.",
            "I enjoyed learning more about the role and the team culture.",
        )
        assert "TN111" in codes(text, interview=INTERVIEW, interviewer=DANA)

    def test_another_interviewers_point_does_not_count_and_is_named(self) -> None:
        text = GOOD.replace(
            "I keep thinking about your plan to move the nightly batch jobs onto Kafka, and about "
            "the on-call rotation redesign.",
            "I keep thinking about the warehouse cost dashboard.",
        )
        report = thanknote.lint(text, interview=INTERVIEW, interviewer=DANA)
        [finding] = report.by_rule("missing-specifics")
        assert "Priya Natarajan" in finding.message

    @pytest.mark.parametrize(
        ("sentence", "specific"),
        [
            ("I enjoyed our conversation about the intake backlog at the clinic.", True),
            ("You mentioned the 30% drop in churn after the redesign.", True),
            ("I enjoyed learning more about the role.", False),
            ("It was a great conversation about the company culture.", False),
        ],
    )
    def test_without_context_concrete_topics_count(self, sentence: str, specific: bool) -> None:
        assert ("TN111" not in codes(sentence)) is specific


class TestFacts:
    @pytest.mark.parametrize(
        ("greeting", "code"),
        [
            ("Dear Dnaa,", "TN201"),
            ("Dear Ms. Reyez,", "TN201"),
            ("Dear Priya,", "TN202"),
            ("Dear Mrs. Reyes,", "TN203"),
            ("Dear Hiring Manager,", "TN204"),
        ],
    )
    def test_greeting_mistakes(self, greeting: str, code: str) -> None:
        text = GOOD.replace("Dear Dana,", greeting)
        assert code in codes(text, interview=INTERVIEW, interviewer=DANA)

    def test_a_misspelt_name_has_its_exact_span(self) -> None:
        text = GOOD.replace("Dear Dana,", "Dear Ms. Reyez,")
        [finding] = thanknote.lint(text, interview=INTERVIEW, interviewer=DANA).by_rule("TN201")
        assert text[finding.start : finding.end] == "Reyez"
        assert finding.suggestion == "Reyes"

    def test_a_dropped_accent_is_a_misspelling(self) -> None:
        tomas = INTERVIEW.interviewers[1]
        text = GOOD.replace("Dear Dana,", "Dear Tomas,")
        assert "TN201" in codes(text, interview=INTERVIEW, interviewer=tomas)

    def test_the_company_written_wrong(self) -> None:
        text = GOOD.replace("to Acme Robotics", "to Acme Robotix")
        [finding] = thanknote.lint(text, interview=INTERVIEW, interviewer=DANA).by_rule("TN211")
        assert text[finding.start : finding.end] == "Acme Robotix"

    def test_the_position_written_wrong(self) -> None:
        text = GOOD.replace("Data Engineer position", "Data Enginer position")
        assert "TN212" in codes(text, interview=INTERVIEW, interviewer=DANA)

    def test_another_company_the_candidate_applies_to(self) -> None:
        data_interview = interview_with(
            4, candidate={"name": "Sam Lee", "other_companies": ["Globex"]}
        )
        text = GOOD.replace("to Acme Robotics", "to Globex")
        assert "TN213" in codes(text, interview=data_interview, interviewer="Dana Reyes")

    def test_the_addressee_is_found_from_the_greeting(self) -> None:
        text = GOOD.replace("Dear Dana,", "Dear Tomás,")
        report = thanknote.lint(text, interview=INTERVIEW)
        assert "TN111" in {f.code for f in report}  # Kafka was Dana's point, not Tomás's


@pytest.mark.parametrize(
    ("snippet", "code"),
    [
        ("Dear [Interviewer Name],", "TN301"),
        ("the role at <Company>", "TN301"),
        ("Hi {{ name }}", "TN301"),
        ("Hi {first_name}", "TN301"),
        ("the XXX team", "TN301"),
        ("TODO: add a point", "TN301"),
        ("my work on (insert project)", "TN301"),
        ("I need this job.", "TN321"),
        ("Did I get the job?", "TN321"),
        ("Any updates yet?!", "TN321"),
        ("Great!! Truly!", "TN322"),
        ("What is the salary range?", "TN323"),
        ("Are there stock options?", "TN323"),
        ("Sorry for rambling so much.", "TN324"),
        ("I know I'm not the most qualified.", "TN324"),
        ("I am a team player who thinks outside the box.", "TN325"),
    ],
)
def test_style_rules_flag_their_phrases(snippet: str, code: str) -> None:
    assert code in codes(GOOD.replace("If a code sample", snippet + " If a code sample"))


def test_genre_idioms_are_not_flagged() -> None:
    text = GOOD.replace("Thank you for meeting", "Thank you very much for meeting")
    assert thanknote.lint(text, interview=INTERVIEW, interviewer=DANA).findings == ()


def test_an_email_address_in_angle_brackets_is_not_a_placeholder() -> None:
    assert "TN301" not in codes(GOOD + "Sam Lee <sam.lee@example.com>\n")


class TestLength:
    def test_over_250_words_is_a_warning(self) -> None:
        text = GOOD + " ".join(["More detail here."] * 70)
        [finding] = thanknote.lint(text).by_rule("too-long")
        assert finding.severity == "warning"

    def test_under_50_words_is_an_info(self) -> None:
        [finding] = thanknote.lint("Thank you, Dana. I want the Data Engineer job.").by_rule(
            "TN312"
        )
        assert finding.severity == "info"

    def test_a_card_is_long_above_80_words(self) -> None:
        text = " ".join(["word"] * 90)
        assert thanknote.lint(text, kind="card").by_rule("too-long")
        assert not thanknote.lint(text, kind="card").by_rule("too-short")


class TestTiming:
    END = dt.datetime(2026, 11, 24, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

    @pytest.mark.parametrize(
        ("after", "code"),
        [(dt.timedelta(minutes=20), "TN331"), (dt.timedelta(hours=30), "TN332")],
    )
    def test_sending_too_soon_or_too_late(self, after: dt.timedelta, code: str) -> None:
        found = codes(GOOD, interview=INTERVIEW, interviewer=DANA, sent_at=self.END + after)
        assert code in found

    def test_sending_within_the_window_is_fine(self) -> None:
        sent = self.END + dt.timedelta(hours=3)
        assert codes(GOOD, interview=INTERVIEW, interviewer=DANA, sent_at=sent) == set()

    def test_a_naive_sent_at_is_refused(self) -> None:
        with pytest.raises(ValueError, match="timezone-aware"):
            thanknote.lint(GOOD, sent_at=dt.datetime(2026, 11, 24, 18))


class TestEchoing:
    """How a talking point is recognised in a note written in other words."""

    @pytest.mark.parametrize(
        ("point", "sentence"),
        [
            (
                "replacing nightly batch jobs with Kafka",
                "your plan to move nightly batch jobs to Kafka",
            ),
            ("the transportation management system migration", "the move to a new TMS"),
            (
                "volunteer retention after the first shift",
                "people rarely return after the first shift",
            ),
            ("her sepsis recognition simulation lab", "the sepsis sim was tough"),
            ("labor cost target of 28 percent", "getting labour down to your 28% target"),
            (
                "how she trains servers on allergen protocols",
                "how you teach servers about allergies",
            ),
        ],
    )
    def test_reworded_points_are_recognised(self, point: str, sentence: str) -> None:
        from thanknote.linting.rules.specifics import echoed_points

        assert echoed_points(thanknote.NoteText(f"I keep thinking about {sentence}."), [point])

    @pytest.mark.parametrize(
        ("point", "sentence"),
        [
            ("the data quality dashboard", "I look forward to the next steps with the data team."),
            ("the warehouse cost dashboard", "I enjoyed our chat about the weekend."),
        ],
    )
    def test_a_stray_shared_word_is_not_an_echo(self, point: str, sentence: str) -> None:
        from thanknote.linting.rules.specifics import echoed_points

        assert not echoed_points(thanknote.NoteText(sentence), [point])

    def test_the_company_and_position_are_no_evidence(self) -> None:
        from thanknote.linting.rules.specifics import echoed_points

        text = thanknote.NoteText("I want to be your next senior Audit Associate.")
        point = "how new associates are paired with a senior mentor"
        assert echoed_points(text, [point])
        assert not echoed_points(text, [point], common=["Harwell", "Audit Associate"])


@pytest.mark.parametrize(
    "note",
    [
        "I was very interested in the role when I applied; however, I have since accepted "
        "another offer and must withdraw my candidacy.",
        "Please remove my application; I am no longer available.",
        # Found by its first word's start alone ("withdraw…"), or by "No" as a word.
        "I was keen on the analyst role at Harwell, but I am withdrawing from the process.",
        "I was keen on the analyst role at Harwell. No longer available, I am afraid.",
    ],
)
def test_a_withdrawal_is_not_interest(note: str) -> None:
    assert "TN121" in codes(note)


def test_thanks_inside_single_quotes_is_not_thanks() -> None:
    text = "Your student said, 'Thank you for coming in, we don't get many applicants.' Nice."
    assert "TN101" in codes(text)


class TestOtherLanguages:
    @pytest.mark.parametrize(
        ("locale", "text", "missing"),
        [
            (
                "de_DE",
                "Vielen Dank für das Gespräch. Ich interessiere mich sehr für die Stelle.",
                set(),
            ),
            (
                "de_DE",
                "Dank des neuen Systems geht alles schneller. Ich möchte gerne bei Ihnen arbeiten.",
                {"TN101"},
            ),
            ("de_DE", "Herzlichen Dank. Ich bin nicht mehr an der Stelle interessiert.", {"TN121"}),
            (
                "fr_FR",
                "Je vous remercie pour notre entretien. Ce poste m'intéresse vivement.",
                set(),
            ),
            (
                "fr_FR",
                "Grâce à votre nouvel outil, tout va vite. J'aimerais rejoindre l'équipe.",
                {"TN101"},
            ),
            (
                "es_ES",
                "Muchas gracias por la entrevista. Me encantaría formar parte del equipo.",
                set(),
            ),
            (
                "es_ES",
                "Gracias a la nueva plataforma todo va bien. No me interesa el puesto.",
                {"TN101", "TN121"},
            ),
        ],
    )
    def test_thanks_and_interest_in_german_french_and_spanish(
        self, locale: str, text: str, missing: set[str]
    ) -> None:
        assert codes(text, locale=locale) & {"TN101", "TN121"} == missing

    def test_a_language_without_a_pack_is_an_error_naming_the_locale(self) -> None:
        with pytest.raises(thanknote.UnsupportedLanguageError, match="pl_PL") as caught:
            thanknote.lint("Dziękuję bardzo za rozmowę.", locale="pl_PL")
        assert "en" in caught.value.available and "pl" not in caught.value.available

    def test_with_a_fallback_the_fallback_language_judges_and_a_warning_says_so(self) -> None:
        with pytest.warns(thanknote.FallbackLanguageWarning, match="pl_PL"):
            report = thanknote.lint("Thank you for your time.", locale="pl_PL", fallback="en")
        assert not report.by_rule("missing-gratitude")

    def test_a_note_in_another_language_than_its_locale_is_a_warning(self) -> None:
        german = (
            "Vielen Dank für das Gespräch. Ich interessiere mich sehr für die Stelle und "
            "das Team bei Ihnen."
        )
        [finding] = thanknote.lint(german, locale="en_US").by_rule("wrong-language")
        assert "German" in finding.message and finding.severity == "warning"
        assert not thanknote.lint(german, locale="de_DE").by_rule("wrong-language")

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("Thank you for the time you gave me on Tuesday and for the tour of the lab. "
             "I am keen on the role.", "en"),
            ("Vielen Dank für das Gespräch und die Zeit, die Sie sich genommen haben. Ich "
             "interessiere mich sehr für die Stelle bei Ihnen.", "de"),
            ("Je vous remercie pour cet entretien et pour la visite de votre atelier. Le poste "
             "me plaît beaucoup et je suis motivé.", "fr"),
            ("Le agradezco la entrevista y el tiempo que me dedicó. El puesto me interesa "
             "mucho y es una gran oportunidad para mi carrera.", "es"),
        ],
    )  # fmt: skip
    def test_the_language_is_told_by_its_function_words(self, text: str, language: str) -> None:
        guess = guess_language(NoteText(text.lower()).vocabulary)
        assert guess is not None and guess[0] == language

    def test_too_few_function_words_tell_no_language(self) -> None:
        assert guess_language(NoteText("Thanks, Dana! Kafka rocks.").vocabulary) is None

    def test_one_english_sentence_in_a_german_locale_is_told(self) -> None:
        text = "Thank you for the tour of the lab and for your time on Tuesday."
        [finding] = thanknote.lint(text, locale="de_DE").by_rule("wrong-language")
        assert finding.severity == "warning"

    def test_spanish_todo_is_not_a_placeholder(self) -> None:
        assert "TN301" not in codes("Gracias por todo.", locale="es_ES")


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("dana", "dana", 1, 0),
        ("dana", "dnaa", 1, 1),  # two letters swapped count once
        ("reyes", "reys", 1, 1),
        ("kitten", "sitting", 3, 3),
        ("acme robotics", "acme robotix", 2, 2),
        ("exchange about", "example analytics", 3, 4),  # above the limit
        ("bb", "aaaaaa", 4, 5),
    ],
)
def test_edit_distance_is_exact_up_to_its_limit(a: str, b: str, limit: int, expected: int) -> None:
    assert min(distance(a, b, limit), limit + 1) == expected


class TestKinds:
    REPLY = (
        "Dear Dana,\n\nThank you for letting me know, and for the time you and the team gave "
        "me. I enjoyed meeting you all and would be glad to be considered for future openings "
        "at Acme Robotics.\n\nBest regards,\nSam Lee\n"
    )

    @pytest.mark.parametrize("kind", ["follow_up", "rejection_reply"])
    def test_a_follow_up_or_a_reply_to_a_no_needs_no_talking_points(self, kind: str) -> None:
        interview = make_interview()
        report = thanknote.lint(self.REPLY, interview=interview, kind=kind)
        assert not report.by_rule("missing-specifics")
        assert not report.by_rule("missing-gratitude") and not report.by_rule("missing-interest")

    def test_a_thank_you_with_the_same_words_still_needs_them(self) -> None:
        report = thanknote.lint(self.REPLY, interview=make_interview(), kind="thank_you")
        assert report.by_rule("missing-specifics")

    def test_a_follow_up_a_week_later_is_not_late(self) -> None:
        interview = make_interview()
        later = interview.ended + dt.timedelta(days=8)  # type: ignore[operator]
        report = thanknote.lint(self.REPLY, interview=interview, kind="follow_up", sent_at=later)
        assert not report.by_rule("sent-late")
        report = thanknote.lint(self.REPLY, interview=interview, kind="thank_you", sent_at=later)
        assert report.by_rule("sent-late")


class TestFactsTolerantButExact:
    INTERVIEW = thanknote.Interview(
        candidate=thanknote.Candidate(name="Sam Lee"),
        company="St. Brigid's Medical Center",
        position="Nurse Manager",
        start=dt.date(2026, 11, 24),
        interviewers=[
            thanknote.Interviewer(name="Ana Núñez", talking_points=["the new wing"]),
            thanknote.Interviewer(name="Pieter van der Berg", talking_points=["night shifts"]),
        ],
    )
    NOTE = (
        "{greeting}\n\nThank you for meeting with me about the new wing and night shifts. "
        "I would love to join {company} as {position}.\n\nBest regards,\nSam Lee\n"
    )

    def found(self, greeting: str, company: str, position: str, person: str) -> dict[str, str]:
        text = self.NOTE.format(greeting=greeting, company=company, position=position)
        report = thanknote.lint(text, interview=self.INTERVIEW, interviewer=person)
        return {f.code: text[f.start : f.end] for f in report.findings if f.code[:4] == "TN21"}

    @pytest.mark.parametrize(
        ("company", "position", "flagged"),
        [
            ("St. Brigid's Medical Center", "Nurse Manager", {}),
            ("Saint Brigid's Medical Center", "Nurse Manager", {}),  # "Saint" is "St."
            ("St Brigid's Medical Centre", "Nurse Manager", {}),
            ("St. Bridgid's Medical Center", "Nurse Manager",
             {"TN211": "St. Bridgid's Medical Center"}),
            ("St. Brigid's Medical Center", "Nurse Manger", {"TN212": "Nurse Manger"}),
        ],
    )  # fmt: skip
    def test_company_and_position(
        self, company: str, position: str, flagged: dict[str, str]
    ) -> None:
        assert self.found("Dear Ana,", company, position, "Ana Núñez") == flagged

    @pytest.mark.parametrize(
        ("greeting", "person", "misspelt"),
        [
            ("Dear Ana Nuñez,", "Ana Núñez", "Núñez"),  # accents count
            ("Dear Mr. van der Burg,", "Pieter van der Berg", "Berg"),
        ],
    )
    def test_names_are_compared_exactly(self, greeting: str, person: str, misspelt: str) -> None:
        text = self.NOTE.format(
            greeting=greeting, company="St. Brigid's Medical Center", position="Nurse Manager"
        )
        report = thanknote.lint(text, interview=self.INTERVIEW, interviewer=person)
        assert [f.suggestion for f in report.by_rule("misspelt-name")] == [misspelt]


def test_without_a_locale_a_note_is_judged_in_the_language_it_is_written_in() -> None:
    german = (
        "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch über die Umstellung auf Kafka. "
        "Ich würde sehr gern bei Ihnen arbeiten.\n\nMit freundlichen Grüßen\nSam"
    )
    found = {f.code for f in thanknote.lint(german).findings}
    assert not found & {"TN101", "TN121", "TN501"}  # German rules, not English ones
    assert {f.code for f in thanknote.lint(german, locale="en_US").findings} >= {"TN501"}


class TestPastedNotes:
    @pytest.mark.parametrize(
        ("sentence", "found"),
        [
            ("I enjoyed our talk about she said the team is moving to Epic.", "about she said"),
            ("Hearing about asked me about conflict resolution was useful.", "about asked me"),
            ("We also discussed we both ran the Chicago marathon.", "discussed we both"),
            ("I liked the part about How would I handle a difficult nurse?.", "?."),
            ("I admire your 20 years in the ICU..", ".."),
        ],
    )
    def test_a_jotted_note_pasted_into_a_sentence_is_flagged(
        self, sentence: str, found: str | None
    ) -> None:
        text = f"Dear Dana,\n\nThank you for your time. {sentence}\n\nBest regards,\nSam\n"
        hits = [
            text[f.start : f.end].lower() for f in thanknote.lint(text).by_rule("broken-sentence")
        ]
        if found is None:
            assert hits == []
        else:
            assert found.lower() in hits

    @pytest.mark.parametrize(
        "ok", ["Thank you... I mean it.", "It grew 3.5 times.", "Wait... what?"]
    )
    def test_an_ellipsis_or_a_number_is_not_doubled_punctuation(self, ok: str) -> None:
        text = f"Dear Dana,\n\nThank you for your time. {ok}\n\nBest regards,\nSam\n"
        assert not thanknote.lint(text).by_rule("broken-sentence")


@pytest.mark.parametrize(
    ("greeting", "flagged"),
    [("Hallo med.,", True), ("Hi Dr.,", True), ("Dear Dr. Weber,", False), ("Hi Anna,", False)],
)
def test_a_greeting_with_a_title_but_no_name_is_flagged(greeting: str, flagged: bool) -> None:
    text = f"{greeting}\n\nThank you for your time.\n\nBest,\nSam\n"
    assert bool(thanknote.lint(text, locale="en_US").by_rule("title-as-name")) is flagged


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("I enjoyed our conversation about [specific topic].", True),
        ("I enjoyed our conversation about {topic}.", True),
        ("I enjoyed our conversation about the Kafka migration.", False),
    ],
)
def test_a_blank_left_to_fill_in_is_not_a_specific(sentence: str, fires: bool) -> None:
    body = f"Thank you for meeting me. {sentence} I would love to join Acme."
    text = f"Dear Ann,\n\n{body}\n\nBest,\nSam"
    codes = [f.code for f in thanknote.lint(text, locale="en_US").findings]
    assert ("TN111" in codes) is fires


@pytest.mark.parametrize(
    "sentence",
    [
        "I would appreciate your keeping me in mind for other openings.",
        "Please keep me in mind for future roles.",
        "Joining Acme would mean a lot to me.",
        "I can picture myself doing good work at Acme.",
    ],
)
def test_ways_people_state_interest(sentence: str) -> None:
    text = f"Dear Ann,\n\nThank you for our talk about Kafka on Tuesday. {sentence}\n\nBest,\nSam"
    assert "TN121" not in [f.code for f in thanknote.lint(text, locale="en_US").findings]


@pytest.mark.parametrize("name", [",", "-", "·"])
def test_a_name_of_punctuation_alone_does_not_break_the_name_rules(name: str) -> None:
    person = thanknote.Interviewer(name=name, email="reader@example.org")
    interview = attrs.evolve(make_interview(interviewers=1), interviewers=(person,))
    text = (
        "Dear Dana,\n\nThank you for the talk about Kafka today. I am excited about "
        "the Data Engineer role at Acme.\n\nBest,\nSam"
    )
    report = thanknote.lint(text, interview=interview)
    assert "TN201" not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dear Dr. Marsh,\n\nThe grant renewal is due in March, and I enjoyed it.", False),
        ("Dear Dr. March,\n\nThe grant renewal is due in May, and I enjoyed it.", True),
    ],
)
def test_a_month_in_the_body_is_no_misspelt_name(text: str, flagged: bool) -> None:
    person = thanknote.Interviewer(name="Evelyn Marsh", honorific="Dr.", email="e@example.org")
    interview = attrs.evolve(make_interview(interviewers=1), interviewers=(person,))
    codes = {f.code for f in thanknote.lint(text, interview=interview).findings}
    assert ("TN201" in codes) is flagged


@pytest.mark.parametrize(
    "company", ["Brandt & Söhne GmbH", "Crux Bouldering Co.", "O'Neill & Partners"]
)
@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pt_PT"])
def test_a_drafted_interest_is_recognised_whatever_the_company_is_called(
    locale: str, company: str
) -> None:
    # "bei O'Neill & Partners einzusteigen": the name's "&", "'" and "." do not
    # hide the statement of interest around it.
    for tone in ("formal", "warm", "concise"):
        for n in range(4):
            candidate = thanknote.Candidate(name=f"Sam Lee {n}", email="sam@example.com")
            interview = make_interview(
                interviewers=2, company=company, locale=locale, candidate=candidate
            )
            for note in thanknote.draft(interview, tone=tone):  # type: ignore[arg-type]
                codes = {f.code for f in thanknote.lint(note).findings}
                assert not codes & {"TN121", "TN122"}, (tone, note.text)
