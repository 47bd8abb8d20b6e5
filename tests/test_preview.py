"""The preview page: notes as read, findings on their words, panel and plan (read as HTML)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from builders import FLAWED

import thanknote
from thanknote.linting.text import NoteText

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NOW = dt.datetime(2026, 11, 24, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.fixture(scope="module")
def example() -> thanknote.Interview:
    return thanknote.load_interview(EXAMPLES / "interview.toml")


@pytest.fixture(scope="module")
def flawed(example: thanknote.Interview, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    template = tmp_path_factory.mktemp("templates") / "flawed.txt.j2"
    template.write_text(FLAWED, encoding="utf-8")
    return thanknote.draft(example, template=template)


def words(text: str) -> str:
    return " ".join(text.split())


class Page(HTMLParser):
    """The parts of the page the tests look at."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.marked: dict[str, str] = {}  # finding id -> text of its marks, in order
        self.text: list[str] = []
        self._marks: list[list[str]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "mark":
            self._marks.append(str(found["data-findings"]).split())

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._marks.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for ids in self._marks:
            for finding in ids:
                self.marked[finding] = self.marked.get(finding, "") + data

    def all(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.tags
            if t == tag and all(wanted[k] in str(a.get(k, "")).split() for k in wanted)
        ]

    @property
    def words(self) -> str:
        return words(" ".join(self.text))


def preview(notes: Iterable[thanknote.Note], **options: object) -> Page:
    return Page(thanknote.preview_html(list(notes), **options))  # type: ignore[arg-type]


class TestSelfContained:
    def test_has_no_script_and_names_nothing_to_fetch(self, example: thanknote.Interview) -> None:
        html = thanknote.preview_html(thanknote.draft(example))
        page = Page(html)
        assert not page.all("script")
        assert not page.all("link")
        assert not [a for _, a in page.tags if "src" in a]
        assert not re.search(r"https?://", html)
        assert "url(" not in html

    def test_tells_the_browser_to_load_nothing(self, example: thanknote.Interview) -> None:
        [policy] = Page(thanknote.preview_html(thanknote.draft(example))).all(
            "meta", **{"http-equiv": "Content-Security-Policy"}
        )
        assert "default-src 'none'" in str(policy["content"])

    def test_follows_the_readers_colour_scheme(self, example: thanknote.Interview) -> None:
        html = thanknote.preview_html(thanknote.draft(example))
        assert "@media (prefers-color-scheme: dark)" in html
        assert Page(html).all("meta", name="color-scheme")

    def test_the_same_notes_give_the_same_page(self, example: thanknote.Interview) -> None:
        plan = thanknote.plan_follow_up(example, now=NOW)
        first = thanknote.preview_html(thanknote.draft(example), plan=plan)
        assert thanknote.preview_html(thanknote.draft(example), plan=plan) == first


class TestNotes:
    def test_shows_every_note_with_its_subject_and_body(self, example: thanknote.Interview) -> None:
        notes = thanknote.draft(example)
        page = preview(notes)
        assert len(page.all("article", **{"class": "note"})) == len(notes)
        for note in notes:
            assert words(note.text) in page.words
            assert str(note.subject) in page.words

    def test_a_note_without_findings_says_so(self, example: thanknote.Interview) -> None:
        notes = thanknote.draft(example)
        assert all(not thanknote.lint(n).findings for n in notes)
        assert preview(notes).words.count("No findings.") >= len(notes)

    def test_values_from_the_interview_are_escaped(self, example: thanknote.Interview) -> None:
        person = attrs.evolve(
            example.interviewers[0], talking_points=("<script>alert(1)</script> & <b>it</b>",)
        )
        interview = attrs.evolve(example, interviewers=(person,))
        html = thanknote.preview_html(thanknote.draft(interview))
        assert "<script" not in html
        assert "<b>" not in html
        assert "&lt;script&gt;" in html
        assert "&lt;b&gt;" in html

    def test_is_in_the_notes_language(self) -> None:
        interview = thanknote.load_interview(EXAMPLES / "interview_de.toml")
        page = preview(thanknote.draft(interview))
        assert page.all("html")[0]["lang"] == "de-DE"
        assert "Befunde" in page.words


class TestFindings:
    def test_each_finding_with_words_is_marked_on_exactly_those_words(self, flawed: tuple) -> None:
        page = preview(flawed)
        for index, note in enumerate(flawed, start=1):
            spans = [f for f in thanknote.lint(note).findings if note.text[f.start : f.end].strip()]
            assert spans
            for number, finding in enumerate(thanknote.lint(note).findings, start=1):
                if finding in spans:
                    marked = page.marked[f"note-{index}-finding-{number}"]
                    assert words(marked) == words(note.text[finding.start : finding.end])

    def test_a_finding_that_marks_a_place_is_a_caret_there(self, flawed: tuple) -> None:
        note = flawed[0]
        places = [n for n, f in enumerate(thanknote.lint(note).findings, 1) if f.start == f.end]
        assert places
        page = preview(flawed)
        for number in places:
            [caret] = page.all("a", id=f"note-1-at-{number}")
            assert "gap" in str(caret["class"]).split()
            assert f"note-1-finding-{number}" not in page.marked

    def test_every_mark_and_number_points_to_its_explanation(self, flawed: tuple) -> None:
        page = preview(flawed)
        marks = page.all("mark")
        refs = [a for a in page.all("a") if "ref" in str(a.get("class")).split()]
        assert marks
        assert refs
        for element in marks + refs:
            for target in str(element["aria-describedby"]).split():
                assert target in page.ids
        for ref in refs:
            assert str(ref["href"]).lstrip("#") in page.ids
            assert ref["aria-label"]

    def test_each_explanation_gives_message_suggestion_and_a_way_back(self, flawed: tuple) -> None:
        page = preview(flawed)
        for number, finding in enumerate(thanknote.lint(flawed[0]).findings, start=1):
            [item] = page.all("li", id=f"note-1-finding-{number}")
            assert f"sev-{finding.severity}" in str(item["class"]).split()
            assert words(finding.message) in page.words
            assert words(str(finding.suggestion)) in page.words
            assert page.all("a", href=f"#note-1-at-{number}")

    def test_overlapping_findings_are_each_marked_whole(self, example: thanknote.Interview) -> None:
        note = thanknote.draft(example)[0]
        text = note.text
        first = text.index("It was")
        second = text.index("grateful")
        end_of_paragraph = text.index("\n\n", second)
        spans = [
            ("X001", first, second + 8),  # crosses the next one
            ("X002", second, end_of_paragraph + 10),  # runs into the next paragraph
            ("X003", second, second + 8),  # inside both
        ]
        linter = thanknote.Linter(registry=thanknote.RuleRegistry([Spans(spans)]))
        page = preview([note], linter=linter)
        report = linter.lint(text, interview=note.interview, interviewer=note.interviewer)
        assert len(report.findings) == len(spans)
        for number, finding in enumerate(report.findings, start=1):
            marked = page.marked[f"note-1-finding-{number}"]  # paragraphs run together
            assert marked == re.sub(r"\s*\n\s*\n\s*", "", text[finding.start : finding.end])
            assert len(page.all("a", id=f"note-1-at-{number}")) == 1

    def test_a_linter_of_your_own_decides_what_is_found(self, flawed: tuple) -> None:
        linter = thanknote.Linter(config=thanknote.LintConfig(select=["TN301"]))
        page = preview(flawed, linter=linter)
        codes = {t for t in page.words.split() if re.fullmatch(r"TN\d{3}", t)}
        assert codes == {"TN301"}

    def test_panel_findings_are_listed_beside_the_note_but_not_marked(self, flawed: tuple) -> None:
        panel = thanknote.lint_panel(flawed)
        assert panel.by_rule("TN401")
        page = preview(flawed)
        for finding in panel.findings:
            index = (finding.note or 0) + 1
            number = len(thanknote.lint(flawed[index - 1]).findings) + 1
            assert page.all("li", id=f"note-{index}-finding-{number}")
            assert f"note-{index}-finding-{number}" not in page.marked


class TestPanel:
    def test_every_pair_of_notes_is_compared(self, example: thanknote.Interview) -> None:
        page = preview(thanknote.draft(example))
        assert len(page.all("li", **{"class": "pair"})) == 3

    def test_notes_that_read_alike_are_flagged_in_words(self, flawed: tuple) -> None:
        page = preview(flawed)
        assert len(page.all("li", **{"class": "alike"})) == 3
        assert page.words.count("reads alike") == 3

    def test_a_single_note_has_nothing_to_compare(self, example: thanknote.Interview) -> None:
        page = preview(thanknote.draft(example)[:1])
        assert "nothing to compare" in page.words


class TestPlan:
    def test_every_step_is_on_the_timeline_in_order(self, example: thanknote.Interview) -> None:
        plan = thanknote.plan_follow_up(example, now=NOW)
        page = preview(thanknote.draft(example), plan=plan)
        starts = [a["datetime"] for a in page.all("time", **{"class": "start"})]
        assert starts[:1] + starts[2:] == [s.start.isoformat() for s in plan.steps]
        assert starts[1] == NOW.isoformat()  # between a step begun and the next
        for step in plan.steps:
            assert words(step.reason) in page.words

    def test_marks_now_and_what_is_already_past(self, example: thanknote.Interview) -> None:
        plan = thanknote.plan_follow_up(example, now=NOW + dt.timedelta(hours=3))
        page = preview(thanknote.draft(example), plan=plan)
        assert len(page.all("li", **{"class": "now"})) == 1
        assert page.all("li", **{"class": "past"})
        assert "already past" in page.words

    def test_without_a_plan_there_is_no_timeline(self, example: thanknote.Interview) -> None:
        page = preview(thanknote.draft(example))
        assert "plan" not in page.ids
        assert not page.all("a", href="#plan")


class TestAccessible:
    def test_has_landmarks_and_one_main_heading(self, example: thanknote.Interview) -> None:
        page = preview(thanknote.draft(example), plan=thanknote.plan_follow_up(example, now=NOW))
        for landmark in ("header", "nav", "main", "footer"):
            assert len(page.all(landmark)) == 1
        assert len(page.all("h1")) == 1
        assert page.all("a", href="#notes")  # a link past the contents

    def test_every_labelled_region_names_a_heading_that_exists(self, flawed: tuple) -> None:
        page = preview(flawed)
        labelled = [a for _, a in page.tags if a.get("aria-labelledby")]
        assert labelled
        for element in labelled:
            assert element["aria-labelledby"] in page.ids

    def test_severity_is_written_not_only_coloured(self, flawed: tuple) -> None:
        page = preview(flawed)
        for severity in ("Error", "Warning", "Info"):
            assert severity.lower() in page.words.lower()
        assert "text-decoration-style: wavy" in thanknote.preview_html(flawed)


class TestBadInput:
    def test_refuses_no_notes(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match="at least one note"):
            thanknote.preview_html([])

    def test_refuses_something_that_is_not_a_note(self) -> None:
        with pytest.raises(thanknote.InvalidOptionError, match=r"notes\[0\]"):
            thanknote.preview_html(["Dear Dana"])  # type: ignore[list-item]

    def test_refuses_notes_of_different_interviews(self, example: thanknote.Interview) -> None:
        other = thanknote.load_interview(EXAMPLES / "interview_de.toml")
        notes = [*thanknote.draft(example), *thanknote.draft(other)]
        with pytest.raises(thanknote.InvalidOptionError, match="different interviews"):
            thanknote.preview_html(notes)

    def test_refuses_a_plan_for_another_interview(self, example: thanknote.Interview) -> None:
        other = thanknote.load_interview(EXAMPLES / "interview_de.toml")
        plan = thanknote.plan_follow_up(other, now=NOW)
        with pytest.raises(thanknote.InvalidOptionError, match="another interview"):
            thanknote.preview_html(thanknote.draft(example), plan=plan)


@attrs.frozen
class Spans:
    """A lint rule that reports given stretches of text, to test how marks are cut."""

    spans: list[tuple[str, int, int]]
    code: str = "X001"
    name: str = "given-spans"
    severity: thanknote.Severity = "warning"

    def check(self, text: NoteText, context: thanknote.LintContext) -> Iterable[thanknote.Finding]:
        for code, start, end in self.spans:
            yield thanknote.Finding(
                code=code,
                rule=self.name,
                severity=self.severity,
                message=f"span {code}",
                start=start,
                end=end,
            )


class TestCommandLine:
    """``thanknote preview FILE [-o PAGE]``."""

    def run(self, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
        from thanknote.cli import main

        code = main(["preview", str(EXAMPLES / "interview.toml"), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    def test_prints_the_page_without_o(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = self.run(capsys, "--now", NOW.isoformat())
        assert (code, err) == (0, "")
        assert out.startswith("<!DOCTYPE html>")
        assert Page(out).all("section", id="plan")

    def test_writes_the_page_with_o(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        page = tmp_path / "page.html"
        code, out, _ = self.run(capsys, "-o", str(page), "--now", NOW.isoformat())
        assert code == 0
        assert out.strip() == str(page)
        example = thanknote.load_interview(EXAMPLES / "interview.toml")
        expected = thanknote.preview_html(
            thanknote.draft(example), plan=thanknote.plan_follow_up(example, now=NOW)
        )
        assert page.read_text(encoding="utf-8") == expected

    def test_refuses_to_overwrite_without_force(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        page = tmp_path / "page.html"
        page.write_text("mine", encoding="utf-8")
        code, _, err = self.run(capsys, "-o", str(page))
        assert code == 2
        assert f"{page} exists" in err
        assert page.read_text(encoding="utf-8") == "mine"
        code, _, _ = self.run(capsys, "-o", str(page), "--force")
        assert code == 0
        assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    def test_a_missing_interview_file_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        from thanknote.cli import main

        code = main(["preview", str(tmp_path / "missing.toml")])
        _, err = capsys.readouterr()
        assert code == 2
        assert err.count("\n") == 1
        assert "missing.toml" in err and "cannot read" in err

    @pytest.mark.parametrize(
        ("where", "says"),
        [
            ("a-file/page.html", "is not a folder"),
            ("a-folder", "is not a regular file"),
            ("", "give a file name"),
        ],
    )
    def test_an_output_that_cannot_be_written_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str, says: str
    ) -> None:
        (tmp_path / "a-file").write_text("x", encoding="utf-8")
        (tmp_path / "a-folder").mkdir()
        code, out, err = self.run(capsys, "-o", str(tmp_path / where) if where else "")
        assert code == 2
        assert says in err
        assert out == ""

    def test_a_write_the_system_refuses_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import thanknote._files

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(thanknote._files, "write_files", refuse)
        page = tmp_path / "page.html"
        code, _, err = self.run(capsys, "-o", str(page))
        assert code == 2
        assert err == f"thanknote: {page}: cannot write: Permission denied\n"
        assert not page.exists()

    def test_a_naive_now_is_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, _, err = self.run(capsys, "--now", "2026-11-24T13:00")
        assert code == 2
        assert "--now" in err
