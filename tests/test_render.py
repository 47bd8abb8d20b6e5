"""Specification of note rendering: addressing, content, variety and errors."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from pathlib import Path

import attrs
import pytest
from builders import interview_with, panel_data

import thanknote
from thanknote.model import TONES
from thanknote.testing import make_interview

ALL_TONES = list(TONES)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


def trigram_jaccard(a: str, b: str) -> float:
    def grams(text: str) -> set[tuple[str, ...]]:
        w = words(text)
        return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}

    x, y = grams(a), grams(b)
    return len(x & y) / len(x | y)


class TestOneNotePerInterviewer:
    def test_one_note_each_in_input_order(self, panel: thanknote.Interview) -> None:
        notes = thanknote.draft(panel)
        assert [n.interviewer for n in notes] == list(panel.interviewers)

    def test_each_note_is_addressed_to_its_interviewer(self, panel: thanknote.Interview) -> None:
        for note, person in zip(thanknote.draft(panel), panel.interviewers, strict=True):
            assert note.to == f"{person.name} <{person.email}>"
            assert note.sender == "Sam Lee <sam.lee@example.com>"

    @pytest.mark.parametrize("tone", ALL_TONES)
    def test_every_note_names_the_position_and_the_company(
        self, panel: thanknote.Interview, tone: str
    ) -> None:
        for note in thanknote.draft(panel, tone=tone):  # type: ignore[arg-type]
            assert "Data Engineer" in note.text
            assert "Acme Robotics" in note.text

    @pytest.mark.parametrize("tone", ALL_TONES)
    def test_every_note_has_a_subject_and_html(self, panel: thanknote.Interview, tone: str) -> None:
        for note in thanknote.draft(panel, tone=tone):  # type: ignore[arg-type]
            assert note.subject
            assert note.html is not None
            assert note.html.startswith("<!DOCTYPE html>")

    @pytest.mark.parametrize("tone", ALL_TONES)
    def test_each_note_opens_with_the_interviewers_own_first_point(
        self, panel: thanknote.Interview, tone: str
    ) -> None:
        for note in thanknote.draft(panel, tone=tone):  # type: ignore[arg-type]
            own = note.interviewer.talking_points[0]
            assert own.removeprefix("her ") in note.text

    def test_own_points_come_before_shared_ones(self, panel: thanknote.Interview) -> None:
        note = thanknote.draft(panel, tone="formal")[2]
        text = note.text
        assert text.index("the warehouse cost dashboard") < text.index("streaming ingestion")

    def test_a_leading_possessive_is_turned_to_the_reader(self, panel: thanknote.Interview) -> None:
        note = thanknote.draft(panel, tone="formal")[0]
        assert "your on-call rotation redesign" in note.text
        assert "her on-call" not in note.text


class TestSalutation:
    @pytest.mark.parametrize(
        ("index", "formal", "warm"),
        [
            (0, "Dear Ms. Reyes,", "Dana,"),
            (1, "Dear Tomás,", "Tomás,"),  # no honorific: never guessed, first name
            (2, "Dear Dr. Natarajan,", "Priya,"),
            (3, "Dear Wei,", "Wei,"),  # the first name the overrides give
        ],
    )
    def test_formal_uses_honorific_and_family_name_warm_the_first_name(
        self, panel: thanknote.Interview, index: int, formal: str, warm: str
    ) -> None:
        assert thanknote.draft(panel, tone="formal")[index].text.startswith(formal)
        first_line = thanknote.draft(panel, tone="warm")[index].text.splitlines()[0]
        assert first_line.endswith(" " + warm)

    def test_a_particle_stays_with_the_family_name(self) -> None:
        data = panel_data(1)
        data["interviewers"][0].update(name="Anna van der Berg", honorific="Dr.")
        note = thanknote.draft(thanknote.load_interview(data), tone="formal")[0]
        assert note.text.startswith("Dear Dr. van der Berg,")


class TestPanelDistinctness:
    @pytest.mark.parametrize("tone", ALL_TONES)
    def test_no_two_notes_of_a_four_person_panel_share_most_wording(
        self, panel: thanknote.Interview, tone: str
    ) -> None:
        notes = thanknote.draft(panel, tone=tone)  # type: ignore[arg-type]
        for a, b in itertools.combinations(notes, 2):
            assert trigram_jaccard(a.text, b.text) < 0.5, (a.interviewer.name, b.interviewer.name)

    @pytest.mark.parametrize("tone", ALL_TONES)
    def test_notes_differ_even_when_nobody_has_own_points(self, tone: str) -> None:
        data = panel_data(4)
        for person in data["interviewers"]:
            person["talking_points"] = []
        notes = thanknote.draft(thanknote.load_interview(data), tone=tone)  # type: ignore[arg-type]
        for a, b in itertools.combinations(notes, 2):
            assert trigram_jaccard(a.text, b.text) < 0.5

    def test_subjects_differ_across_the_panel(self, panel: thanknote.Interview) -> None:
        subjects = [n.subject for n in thanknote.draft(panel)]
        assert len(set(subjects)) == len(subjects)


class TestTalkingPointCounts:
    @pytest.mark.parametrize("count", [0, 1, 2, 3, 6])
    @pytest.mark.parametrize("tone", ALL_TONES)
    def test_any_number_of_points_renders_clean_prose(self, count: int, tone: str) -> None:
        data = panel_data(4)
        data["interview"]["talking_points"] = []
        for i, person in enumerate(data["interviewers"]):
            person["talking_points"] = [f"topic {i}-{k}" for k in range(count)]
        for note in thanknote.draft(thanknote.load_interview(data), tone=tone):  # type: ignore[arg-type]
            assert "  " not in note.text
            assert " ." not in note.text and " ," not in note.text
            assert "\n\n\n" not in note.text
            assert note.text.endswith("\n") and not note.text.endswith("\n\n")
            if count:
                assert f"topic {note.interviewer.talking_points[0].split()[1]}" in note.text

    def test_at_most_three_points_appear_in_one_note(self) -> None:
        data = panel_data(1)
        data["interview"]["talking_points"] = []
        data["interviewers"][0]["talking_points"] = [f"topic {k}" for k in range(6)]
        note = thanknote.draft(thanknote.load_interview(data), tone="formal")[0]
        assert "topic 2" in note.text
        assert "topic 3" not in note.text


class TestCard:
    @pytest.mark.parametrize("tone", ALL_TONES)
    def test_a_card_has_no_subject_or_html_and_stays_under_80_words(
        self, panel: thanknote.Interview, tone: str
    ) -> None:
        for note in thanknote.draft(panel, kind="card", tone=tone):  # type: ignore[arg-type]
            assert note.subject is None
            assert note.html is None
            assert len(note.text.split()) <= 80
            assert "Acme Robotics" in note.text


class TestDeterminism:
    def test_same_input_gives_identical_notes(self) -> None:
        first = thanknote.draft(interview_with(4))
        second = thanknote.draft(interview_with(4))
        assert [(n.subject, n.text, n.html) for n in first] == [
            (n.subject, n.text, n.html) for n in second
        ]

    def test_a_fresh_builder_gives_the_same_notes_as_the_shared_one(
        self, panel: thanknote.Interview
    ) -> None:
        assert thanknote.NoteBuilder().draft(panel) == thanknote.draft(panel)


class TestEscaping:
    def test_html_escapes_values_and_text_keeps_them(self) -> None:
        data = panel_data(1)
        # In the candidate's own words about a point, which are never reworded.
        data["interviewers"][0]["talking_points"] = [
            {"point": "the Kafka migration", "link": "<script>alert('x')</script> & I mean it"}
        ]
        note = thanknote.draft(thanknote.load_interview(data))[0]
        assert "<script>alert('x')</script> & I mean it" in note.text
        assert note.html is not None
        assert "<script>" not in note.html
        assert "&lt;script&gt;" in note.html


class TestLocale:
    def test_dates_follow_the_locale(self, panel: thanknote.Interview) -> None:
        later = dt.date(2027, 1, 4)
        us = thanknote.draft(panel, tone="formal", locale="en_US", today=later)[0].text
        gb = thanknote.draft(panel, tone="formal", locale="en_GB", today=later)[0].text
        assert "on November 24, 2026" in us
        assert "on 24 November 2026" in gb

    def test_lists_follow_the_locale(self, panel: thanknote.Interview) -> None:
        source = "{{ ['a', 'b', 'c']|format_list }}"
        us = thanknote.draft(panel, locale="en_US", template_source=source)[0].text
        gb = thanknote.draft(panel, locale="en_GB", template_source=source)[0].text
        assert us.strip() == "a, b, and c"
        assert gb.strip() == "a, b and c"

    def test_a_regional_locale_falls_back_to_the_language_templates(
        self, panel: thanknote.Interview
    ) -> None:
        note = thanknote.draft(panel, locale="en_AU")[0]
        assert note.locale == "en_AU"
        assert note.template == "en/thank_you/warm.txt.j2"

    def test_an_unknown_locale_is_an_option_error(self, panel: thanknote.Interview) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="unknown locale"):
            thanknote.draft(panel, locale="zz_QQ")

    def test_an_unknown_tone_is_an_option_error(self, panel: thanknote.Interview) -> None:
        with pytest.raises(ValueError, match="tone: expected one of formal, warm, concise"):
            thanknote.draft(panel, tone="chummy")  # type: ignore[arg-type]


class TestUserTemplates:
    def test_a_user_folder_overrides_a_builtin_by_name(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        folder = tmp_path / "en" / "thank_you"
        folder.mkdir(parents=True)
        (folder / "warm.txt.j2").write_text(
            "Subject: Hello\n\nThanks, {{ interviewer.first_name }}!\n", encoding="utf-8"
        )
        notes = thanknote.draft(panel, template_dirs=[tmp_path])
        assert notes[0].text == "Thanks, Dana!\n"
        assert notes[0].subject == "Hello"
        assert notes[0].html is not None  # the built-in layout still wraps it

    def test_a_template_file_can_be_given_directly(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        path = tmp_path / "mine.txt.j2"
        path.write_text(
            "Dear {{ interviewer.name }}, thank you. {{ points|format_list }}\n", encoding="utf-8"
        )
        note = thanknote.draft(panel, template=path)[2]
        assert note.text.startswith("Dear Priya Natarajan, thank you. the warehouse cost")
        assert note.subject is None
        assert note.template == "mine.txt.j2"

    def test_a_sibling_html_template_is_used_for_html(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        (tmp_path / "mine.txt.j2").write_text("Hi {{ interviewer.first_name }}\n", "utf-8")
        (tmp_path / "mine.html.j2").write_text("<b>{{ paragraphs[0] }}</b>", "utf-8")
        assert (
            thanknote.draft(panel, template=tmp_path / "mine.txt.j2")[0].html == "<b>Hi Dana</b>\n"
        )

    def test_a_missing_variable_names_template_line_variable_and_interviewer(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        path = tmp_path / "broken.txt.j2"
        path.write_text(
            "Dear {{ interviewer.name }},\n\nI met {{ interviewer.nickname }}.\n", "utf-8"
        )
        with pytest.raises(thanknote.TemplateRenderError) as caught:
            thanknote.draft(panel, template=path)
        err = caught.value
        assert (err.line, err.variable, err.interviewer) == (3, "nickname", "Dana Reyes")
        assert err.template is not None and err.template.endswith("broken.txt.j2")
        assert "broken.txt.j2:3" in str(err) and "Dana Reyes" in str(err)

    def test_an_undefined_top_level_name_is_reported(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        path = tmp_path / "broken.txt.j2"
        path.write_text("Hello {{ recruiter }}\n", "utf-8")
        with pytest.raises(thanknote.TemplateRenderError, match="'recruiter'") as caught:
            thanknote.draft(panel, template=path)
        assert caught.value.line == 1

    def test_a_syntax_error_names_template_and_line(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        path = tmp_path / "broken.txt.j2"
        path.write_text("Hello\n{% if points %}\nno end\n", "utf-8")
        with pytest.raises(
            thanknote.TemplateRenderError, match=r"broken\.txt\.j2:\d+: syntax error"
        ):
            thanknote.draft(panel, template=path)

    def test_a_missing_template_file_is_a_lookup_error(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        with pytest.raises(LookupError, match="does not exist"):
            thanknote.draft(panel, template=tmp_path / "absent.txt.j2")

    def test_user_templates_render_in_the_sandbox(
        self, tmp_path: Path, panel: thanknote.Interview
    ) -> None:
        path = tmp_path / "evil.txt.j2"
        path.write_text("{{ interviewer.__class__.__init__.__globals__ }}\n", "utf-8")
        with pytest.raises(thanknote.TemplateRenderError):
            thanknote.draft(panel, template=path)

    def test_a_template_folder_that_does_not_exist_is_refused(self, tmp_path: Path) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="not a folder"):
            thanknote.NoteBuilder([tmp_path / "nope"])


def test_a_templates_lint_ignores_follow_the_file_when_it_changes(tmp_path: Path) -> None:
    template = tmp_path / "note.txt.j2"
    template.write_text("{# thanknote: ignore[TN311] #}Subject: x\n\nHi\n", encoding="utf-8")
    interview = make_interview(interviewers=1)
    assert thanknote.draft(interview, template=template)[0].lint_ignore == ("TN311",)
    template.write_text("{# thanknote: ignore[TN312] #}Subject: x\n\nHi\n", encoding="utf-8")
    os.utime(template, ns=(1, 10**18))  # a later time, whatever the clock's resolution
    assert thanknote.draft(interview, template=template)[0].lint_ignore == ("TN312",)


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR"])
@pytest.mark.parametrize("kind", ["thank_you", "card", "follow_up", "rejection_reply"])
def test_a_company_ending_in_a_full_stop_ends_a_sentence_once(locale: str, kind: str) -> None:
    data = panel_data(2, locale=locale)
    data["interview"]["company"] = "Gómez e Hijos S.L."
    for tone in TONES:
        for note in thanknote.draft(interview_with(**data), tone=tone, kind=kind):  # type: ignore[arg-type]
            assert "S.L.." not in note.text
            assert not thanknote.lint(note).by_rule("TN302")


@pytest.mark.parametrize(
    ("line", "tidy"),
    [
        (
            "Merci pour votre question « Comment faire\u202f?\u202f».",
            "« Comment faire\u202f?\u202f»\n",
        ),
        ("Thanks for your question “Did I ever work nights?”.", "“Did I ever work nights?”\n"),
        ("She said “Really!”.", "“Really!”\n"),
        ("Your question, “Did I ever work nights?”, was one.", "nights?”, was one.\n"),
        ("It was “good”.", "“good”.\n"),
    ],
)
def test_a_quoted_question_that_ends_a_sentence_takes_no_full_stop(
    tmp_path: Path, line: str, tidy: str
) -> None:
    template = tmp_path / "note.txt.j2"
    template.write_text(f"Subject: x\n\n{line}\n", encoding="utf-8")
    [note, *_] = thanknote.draft(make_interview(interviewers=1), template=template)
    assert note.text.endswith(tidy), note.text


def test_an_ellipsis_in_a_template_stays() -> None:
    [note] = thanknote.draft(
        interview_with(1),
        template_source="Subject: Hi\n\nWell... thanks, {{ interviewer.first_name }}.\n",
    )
    assert note.text == "Well... thanks, Dana.\n"


# -- the register of a warm note --------------------------------------------------

# (locale, an honorific in that language, the familiar form, the polite one). A
# warm note in a language whose warm tone is familiar (du, tu, tú, você) stays
# warm for a reader the user names by their honorific, but says the polite form
# ([address] warm_to_honorific in the pack). English and French say
# "you"/"vous" in both tones; Spain keeps tú (see tests/test_wording_es.py).
FAMILIAR = [
    ("de_DE", "Frau", r"\b(?:du|dich|dir|dein\w*)\b", r"\b(?:Sie|Ihnen)\b"),
    ("es_MX", "Sra.", r"\b(?:tú|te|ti|tu|tus|contigo)\b", r"\b(?:usted|le|sus?)\b"),
    # Italian often says the polite form with the verb alone: the greeting tells it.
    ("it_IT", "Dott.ssa", r"\b(?:ti|te|tu|tuo|tua|hai|sei)\b", r"^Gentile Dott\.ssa Reyes,"),
    ("pt_BR", "Sra.", r"\b(?:você|te|teu|tua)\b", r"\b(?:a senhora|Sra\. Dana)\b"),
    # European Portuguese leaves the pronoun unsaid: its greeting tells the two apart.
    ("pt_PT", "Sra.", r"^Olá Dana,", r"^Cara Dana,"),
]


def one_reader(locale: str, honorific: str | None) -> thanknote.Interview:
    """Dana Reyes alone, given with ``honorific`` (or none), for a note in ``locale``."""
    data = panel_data(1, locale=locale)
    data["interviewers"][0].pop("honorific")
    if honorific is not None:
        data["interviewers"][0]["honorific"] = honorific
    return interview_with(**data)


def without_polite_warmth(monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    """Make the locale's pack one whose warm templates cannot say the polite form."""
    from thanknote.languages import language_pack

    address = language_pack(locale[:2]).lexicon.address
    monkeypatch.delitem(address, "warm_to_honorific")


@pytest.mark.parametrize(("locale", "honorific", "familiar", "polite"), FAMILIAR)
def test_a_warm_note_to_a_reader_with_an_honorific_stays_warm_and_polite(
    locale: str, honorific: str, familiar: str, polite: str
) -> None:
    interview = one_reader(locale, honorific)
    [note] = thanknote.draft(interview, tone="warm")
    assert note.tone == "warm"
    assert note.template == f"{locale[:2]}/thank_you/warm.txt.j2"
    assert re.search(polite, note.text, re.MULTILINE), note.text
    assert not re.search(familiar, note.text, re.MULTILINE), note.text
    assert note.text != thanknote.draft(interview, tone="formal")[0].text


@pytest.mark.parametrize(("locale", "honorific", "familiar", "polite"), FAMILIAR)
def test_a_warm_note_to_a_reader_without_an_honorific_stays_familiar(
    locale: str, honorific: str, familiar: str, polite: str
) -> None:
    [note] = thanknote.draft(one_reader(locale, None), tone="warm")
    assert note.tone == "warm"
    assert note.template == f"{locale[:2]}/thank_you/warm.txt.j2"
    assert re.search(familiar, note.text, re.MULTILINE), note.text
    assert not re.search(polite, note.text, re.MULTILINE), note.text


@pytest.mark.parametrize(("locale", "honorific", "familiar", "polite"), FAMILIAR)
def test_a_pack_that_cannot_be_warm_and_polite_gives_such_a_reader_the_formal_note(
    locale: str, honorific: str, familiar: str, polite: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_polite_warmth(monkeypatch, locale)
    interview = one_reader(locale, honorific)
    [note] = thanknote.draft(interview, tone="warm")
    assert note.tone == "formal"
    assert note.template == f"{locale[:2]}/thank_you/formal.txt.j2"
    assert not re.search(familiar, note.text, re.MULTILINE), note.text
    assert note.text == thanknote.draft(interview, tone="formal")[0].text


@pytest.mark.parametrize(
    ("locale", "honorific", "greeting"),
    [("en_US", "Ms.", "Hi Dana,"), ("en_GB", "Dr", "Hi Dana,"),
     ("fr_FR", "Mme", "Bonjour Madame Reyes,"), ("fr_FR", "Dr", "Bonjour Docteur Reyes,")],
)  # fmt: skip
def test_a_warm_note_where_warm_already_says_you_stays_warm(
    locale: str, honorific: str, greeting: str
) -> None:
    [note] = thanknote.draft(one_reader(locale, honorific), tone="warm")
    assert note.tone == "warm"
    assert note.template == f"{locale[:2]}/thank_you/warm.txt.j2"
    assert note.text.startswith(greeting + "\n"), note.text


@pytest.mark.parametrize("kind", ["card", "follow_up", "rejection_reply"])
@pytest.mark.parametrize(("locale", "honorific", "familiar", "polite"), FAMILIAR)
def test_every_kind_of_warm_note_to_a_reader_with_an_honorific_is_polite(
    locale: str, honorific: str, familiar: str, polite: str, kind: str
) -> None:
    interview = one_reader(locale, honorific)
    [note] = thanknote.draft(interview, tone="warm", kind=kind)  # type: ignore[arg-type]
    [formal] = thanknote.draft(interview, tone="formal", kind=kind)  # type: ignore[arg-type]
    assert note.tone == "warm"
    assert note.text != formal.text
    assert not re.search(familiar, note.text, re.MULTILINE), note.text


@pytest.mark.parametrize("kind", ["card", "follow_up", "rejection_reply"])
@pytest.mark.parametrize(("locale", "honorific"), [(f[0], f[1]) for f in FAMILIAR])
def test_without_polite_warmth_every_kind_falls_back_to_the_formal_note(
    locale: str, honorific: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_polite_warmth(monkeypatch, locale)
    interview = one_reader(locale, honorific)
    [note] = thanknote.draft(interview, tone="warm", kind=kind)  # type: ignore[arg-type]
    [formal] = thanknote.draft(interview, tone="formal", kind=kind)  # type: ignore[arg-type]
    assert note.tone == "formal"
    assert (note.template, note.text) == (formal.template, formal.text)


@pytest.mark.parametrize("how", ["template", "template_source"])
@pytest.mark.parametrize(("locale", "honorific"), [(f[0], f[1]) for f in FAMILIAR])
def test_a_users_own_template_is_never_swapped_for_the_formal_one(
    locale: str, honorific: str, how: str, tmp_path: Path
) -> None:
    source = "Subject: Hallo\n\nHallo {{ interviewer.first_name }}, danke!\n"
    path = tmp_path / "mine.txt.j2"
    path.write_text(source, encoding="utf-8")
    given = {"template": path} if how == "template" else {"template_source": source}
    [note] = thanknote.draft(one_reader(locale, honorific), tone="warm", **given)  # type: ignore[arg-type]
    assert note.tone == "warm"
    assert note.text == "Hallo Dana, danke!\n"


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("decision", [None, "next week"])
def test_something_noted_to_send_the_reader_is_promised_in_the_close(
    tone: str, decision: str | None
) -> None:
    interview = make_interview(interviewers=1)
    person = attrs.evolve(
        interview.interviewers[0], talking_points=("the new rota", "send portfolio by Friday")
    )
    interview = attrs.evolve(
        interview, interviewers=(person,), talking_points=(), decision_expected=decision
    )
    text = " ".join(thanknote.draft(interview, tone=tone)[0].text.split())  # type: ignore[arg-type]
    assert re.search(r"I will (?:send you|follow up with|get) my portfolio by Friday", text), text
    assert "about send" not in text
