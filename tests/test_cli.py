"""Specification of the command line: output, files, exit codes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import thanknote
from thanknote.cli import main

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "interview.toml")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class TestDraft:
    def test_prints_one_note_per_interviewer(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = run(capsys, "draft", EXAMPLE)
        assert code == 0
        assert err == ""
        assert out.count("To: ") == 3
        assert "Subject: " in out and "Dana," in out

    def test_json_output_has_a_schema_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "draft", EXAMPLE, "--format", "json", "--tone", "formal")
        assert code == 0
        document = json.loads(out)
        assert document["schema_version"] == 1
        assert document["notes"][0]["text"].startswith("Dear Ms. Reyes,")

    def test_writes_files_and_refuses_to_overwrite(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        out_dir = tmp_path / "notes"
        code, _, _ = run(capsys, "draft", EXAMPLE, "-o", str(out_dir), "--format", "eml")
        assert code == 0
        assert sorted(p.name for p in out_dir.iterdir()) == [
            "dana-reyes.eml",
            "priya-natarajan.eml",
            "tomas-okafor.eml",
        ]
        (out_dir / "dana-reyes.eml").write_text("edited", encoding="utf-8")
        code, _, err = run(capsys, "draft", EXAMPLE, "-o", str(out_dir), "--format", "eml")
        assert code == 2
        assert "dana-reyes.eml exists" in err and "nothing was written" in err
        assert (out_dir / "dana-reyes.eml").read_text(encoding="utf-8") == "edited"

    def test_force_replaces_files(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        (tmp_path / "dana-reyes.txt").write_text("edited", encoding="utf-8")
        code, _, _ = run(capsys, "draft", EXAMPLE, "-o", str(tmp_path), "--force")
        assert code == 0
        assert "Dana," in (tmp_path / "dana-reyes.txt").read_text(encoding="utf-8")

    def test_eml_without_a_folder_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = run(capsys, "draft", EXAMPLE, "--format", "eml")
        assert (code, out) == (2, "")
        assert "-o DIR" in err

    def test_invalid_input_prints_one_line_per_problem_and_exits_2(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        bad = tmp_path / "bad.toml"
        bad.write_text(
            Path(EXAMPLE)
            .read_text(encoding="utf-8")
            .replace('email = "tomas.okafor@acme.example"', 'email = "tomas"')
            .replace('talking_points = ["replacing', 'talking_point = ["replacing'),
            encoding="utf-8",
        )
        code, out, err = run(capsys, "draft", str(bad))
        assert (code, out) == (2, "")
        assert err.splitlines() == [
            f"thanknote: {bad}: interviewers[0].talking_point: unknown field; "
            "did you mean 'talking_points'?",
            f"thanknote: {bad}: interviewers[1].email: 'tomas' is not an email address",
        ]

    def test_warnings_go_to_stderr_and_drafting_goes_on(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "i.json"
        data = {
            "candidate": {"name": "Sam Lee"},
            "interview": {"company": "Acme", "position": "Engineer", "start": "2026-11-24"},
            "interviewers": [{"name": "Dana Reyes"}],
        }
        path.write_text(json.dumps(data), encoding="utf-8")
        code, out, err = run(capsys, "draft", str(path))
        assert code == 0
        assert "Dana" in out
        assert err.startswith(f"thanknote: warning: {path}: interviewers[0].talking_points:")

    def test_a_missing_file_exits_2(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        code, _, err = run(capsys, "draft", str(tmp_path / "nope.toml"))
        assert code == 2
        assert "cannot read file" in err

    def test_a_template_error_exits_2_with_its_location(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        template = tmp_path / "t.txt.j2"
        template.write_text("{{ interviewer.nickname }}\n", encoding="utf-8")
        code, _, err = run(capsys, "draft", EXAMPLE, "--template", str(template))
        assert code == 2
        assert "t.txt.j2:1: undefined variable 'nickname'" in err

    def test_card_kind(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "draft", EXAMPLE, "--kind", "card")
        assert code == 0
        assert "Subject:" not in out


class TestInit:
    def test_writes_a_starter_file_that_loads(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "interview.toml"
        code, out, _ = run(capsys, "init", str(path))
        assert code == 0
        assert str(path) in out
        text = path.read_text(encoding="utf-8")
        for question in ("contacted", "call", "decide", "email"):
            assert question in text
        assert thanknote.load_interview(path).interviewers[0].hiring_manager

    def test_refuses_to_overwrite(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "interview.toml"
        path.write_text("mine", encoding="utf-8")
        code, _, err = run(capsys, "init", str(path))
        assert code == 2
        assert "exists" in err
        assert path.read_text(encoding="utf-8") == "mine"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"thanknote {thanknote.__version__}"


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "draft" in err


def test_python_dash_m_runs_the_same_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "thanknote", "draft", EXAMPLE, "--tone", "concise"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Subject: ") == 3


GOOD_NOTE = (
    "Dear Dana,\n\nThank you for meeting with me on Tuesday. I keep thinking about your plan to "
    "move the nightly batch jobs onto Kafka. I am very keen on the Data Engineer position at "
    "Acme Robotics and would be glad to help with the migration. If a code sample would help, "
    "I can send one right away.\n\nBest regards,\nSam Lee\n"
)
BAD_NOTE = "Hi Dnaa,\n\nAny updates yet? [Your Name]\n"


class TestLint:
    def test_a_clean_note_exits_0(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "dana.txt"
        path.write_text(GOOD_NOTE, encoding="utf-8")
        assert run(capsys, "lint", str(path), "--interview", EXAMPLE) == (0, "", "")

    def test_findings_print_path_line_column_and_exit_1(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "bad.txt"
        path.write_text(BAD_NOTE, encoding="utf-8")
        code, out, _ = run(capsys, "lint", str(path), "--interview", EXAMPLE)
        assert code == 1
        assert f"{path}:1:4: TN201 [error] “Dnaa” looks like a misspelling" in out
        assert "    suggestion: Dana" in out

    def test_fail_on_and_ignore_change_the_exit_code(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "n.txt"
        path.write_text(GOOD_NOTE.replace("Tuesday.", "Tuesday!! Really!"), encoding="utf-8")
        assert run(capsys, "lint", str(path))[0] == 0
        assert run(capsys, "lint", str(path), "--fail-on", "warning")[0] == 1
        assert run(capsys, "lint", str(path), "--fail-on", "warning", "--ignore", "TN322")[0] == 0

    def test_json_output(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "bad.txt"
        path.write_text(BAD_NOTE, encoding="utf-8")
        code, out, _ = run(capsys, "lint", str(path), "--format", "json", "--select", "TN301")
        document = json.loads(out)
        assert code == 1
        assert document["schema_version"] == 1
        [finding] = document["files"][0]["findings"]
        assert BAD_NOTE[finding["start"] : finding["end"]] == "[Your Name]"

    def test_reads_stdin(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(BAD_NOTE))
        code, out, _ = run(capsys, "lint", "-")
        assert code == 1
        assert out.startswith("<stdin>:")

    def test_eml_drafts_are_linted_against_their_recipient(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        run(capsys, "draft", EXAMPLE, "-o", str(tmp_path), "--format", "eml")
        code, out, _ = run(capsys, "lint", *map(str, sorted(tmp_path.glob("*.eml"))),
                           "--interview", EXAMPLE)  # fmt: skip
        assert (code, out) == (0, "")

    def test_an_unreadable_file_exits_2_after_linting_the_rest(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "bad.txt"
        path.write_text(BAD_NOTE, encoding="utf-8")
        code, out, err = run(capsys, "lint", str(tmp_path / "missing.txt"), str(path))
        assert code == 2
        assert "missing.txt: cannot read file" in err
        assert "TN301" in out

    def test_a_byte_order_mark_is_not_part_of_the_note(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
        plain.write_text(BAD_NOTE, encoding="utf-8")
        marked.write_bytes(b"\xef\xbb\xbf" + BAD_NOTE.encode("utf-8"))
        _, out_plain, _ = run(capsys, "lint", str(plain))
        _, out_marked, _ = run(capsys, "lint", str(marked))
        assert out_marked.replace("marked.txt", "plain.txt") == out_plain

    def test_a_file_not_in_utf_8_names_the_byte_counted_from_its_start(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "latin1.txt"
        path.write_bytes(b"\xef\xbb\xbfDear Jos\xe9,")
        code, _, err = run(capsys, "lint", str(path))
        assert code == 2
        assert "latin1.txt: not UTF-8 text (byte 11)" in err

    def test_a_config_file_is_found_and_used(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (tmp_path / "thanknote.toml").write_text('[lint]\nignore = ["TN3", "TN2"]\n', "utf-8")
        path = tmp_path / "bad.txt"
        path.write_text(BAD_NOTE, encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        _, out, _ = run(capsys, "lint", "bad.txt")
        assert "TN301" not in out and "TN101" in out

    def test_a_bad_config_exits_2(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        config = tmp_path / "thanknote.toml"
        config.write_text('[lint]\nselect = ["TN999"]\n', "utf-8")
        code, _, err = run(capsys, "lint", "--config", str(config), EXAMPLE)
        assert code == 2
        assert "TN999" in err


def test_templates_check_passes_for_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates", "check")
    assert code == 0
    assert "cleanly" in out


def test_draft_reports_each_notes_findings_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    template = tmp_path / "t.txt.j2"
    template.write_text("Hello {{ interviewer.first_name }}.\n", encoding="utf-8")
    code, out, err = run(capsys, "draft", EXAMPLE, "--template", str(template))
    assert code == 0
    assert out.count("Hello ") == 3
    assert "thanknote: note to Dana Reyes:" in err and "TN101" in err


class TestPlan:
    def test_prints_a_readable_agenda(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "plan", EXAMPLE, "--now", "2026-11-24T13:00-05:00")
        assert code == 0
        agenda = out.replace("\u202f", " ")  # Babel puts a narrow space before AM/PM
        assert (
            "Dec 2, 2026 9:00 AM – 12:00 PM (America/Chicago)  follow-up email to Dana Reyes"
            in agenda
        )
        assert "(optional)" in out

    def test_json_and_ics(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        ics = tmp_path / "plan.ics"
        code, out, _ = run(
            capsys, "plan", EXAMPLE, "--now", "2026-11-24T13:00-05:00", "--format", "json",
            "--ics", str(ics),
        )  # fmt: skip
        assert code == 0
        assert json.loads(out)["follow_up_day"] == "2026-12-02"
        assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
        code, _, err = run(capsys, "plan", EXAMPLE, "--now", "2026-11-24T13:00-05:00",
                           "--ics", str(ics))  # fmt: skip
        assert code == 2 and "exists" in err

    def test_a_rejection_reply(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(
            capsys, "plan", EXAMPLE, "--now", "2026-11-24T13:00-05:00",
            "--reply", "rejection@2026-11-30T10:00-05:00@Dana Reyes",
        )  # fmt: skip
        assert code == 0
        assert "reply to the decision to Dana Reyes" in out
        assert "follow-up email" not in out

    @pytest.mark.parametrize(
        ("argv", "fragment"),
        [
            (["--now", "2026-11-24T13:00"], "UTC offset"),
            (["--now", "tomorrow"], "ISO 8601"),
            (["--reply", "maybe@2026-11-30T10:00-05:00"], "answer, offer or rejection"),
        ],
    )
    def test_bad_options_exit_2(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
    ) -> None:
        code, _, err = run(capsys, "plan", EXAMPLE, *argv)
        assert code == 2 and fragment in err


def test_draft_a_follow_up(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "draft", EXAMPLE, "--kind", "follow_up")
    assert code == 0
    assert out.count("To: ") == 1 and "To: Dana Reyes" in out
    assert "TN1" not in err


@pytest.mark.parametrize(
    "argv",
    [["draft", EXAMPLE, "--tone", "formel"], ["draft"], ["plan", EXAMPLE, "--format", "xml"]],
)
def test_usage_errors_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("thanknote: ")


def test_the_tone_is_case_insensitive(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "draft", EXAMPLE, "--tone", "Formal")[0] == 0


def test_an_unedited_starter_file_is_flagged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "interview.toml"
    run(capsys, "init", str(path))
    code, _, err = run(capsys, "draft", str(path))
    assert code == 0
    assert "unedited starter file" in err


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_the_language_examples_draft_and_mention_the_custom(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    path = str(Path(EXAMPLE).parent / f"interview_{lang}.toml")
    code, out, err = run(capsys, "draft", path)
    assert code == 0
    assert out.count("To: ") == 2
    custom = thanknote.thank_you_custom(f"{lang}_{'DE' if lang == 'de' else lang.upper()}")
    assert custom is not None
    assert custom.expectation == "less usual"
    assert custom.advice in err  # in the note's language
    assert "TN1" not in err


class TestLanguages:
    def test_a_locale_without_a_pack_exits_2_listing_the_languages(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = run(capsys, "draft", EXAMPLE, "--locale", "nl_NL")
        assert code == 2 and out == ""
        [line] = err.splitlines()
        assert line.startswith("thanknote: no language pack for nl_NL; available: ")
        for pack in thanknote.available_languages():
            assert pack.code in line

    def test_the_fallback_drafts_in_english_and_says_so(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = run(capsys, "draft", EXAMPLE, "--locale", "nl_NL", "--fallback", "en")
        assert code == 0
        assert "thanknote: warning: no language pack for nl_NL; writing in en_NL instead" in err
        assert "Thank you" in out and "Traceback" not in err

    def test_an_unknown_locale_is_one_line_not_a_traceback(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, _, err = run(capsys, "draft", EXAMPLE, "--locale", "xx")
        assert code == 2 and err.startswith("thanknote: ") and "Traceback" not in err

    def test_lint_takes_the_notes_locale(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        note = tmp_path / "nota.txt"
        note.write_text(
            "Gentile Dott.ssa Rossi,\n\nLa ringrazio per il colloquio di ieri sul nuovo "
            "magazzino di Verona. Sono molto interessata alla posizione di analista presso "
            "Lanificio Serra.\n\nCordiali saluti,\nGiulia Neri\n",
            "utf-8",
        )
        code, out, _ = run(capsys, "lint", str(note), "--locale", "it_IT")
        assert code == 0 and "TN101" not in out and "TN121" not in out and "TN501" not in out
        _, out, _ = run(capsys, "lint", str(note))  # the note's own language judges it
        assert "TN501" not in out and "parole" in out  # Italian rules, Italian messages
        _, out, _ = run(capsys, "lint", str(note), "--locale", "en_US")
        assert "TN501" in out


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class TestLintingDraftedFiles:
    @pytest.mark.parametrize(
        ("kind", "format"),
        [
            (kind, format)
            for kind in ("thank_you", "card", "follow_up", "rejection_reply")
            for format in ("text", "eml", "json")
            if (kind, format) != ("card", "eml")  # a card is not an email
        ],
    )
    def test_a_drafted_file_read_back_gives_no_finding_drafting_did_not_give(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, format: str
    ) -> None:
        interview = thanknote.load_interview(EXAMPLE)
        notes = thanknote.draft(interview, kind=kind)  # type: ignore[arg-type]
        paths = thanknote.write_notes(notes, tmp_path, format=format)  # type: ignore[arg-type]
        drafted = {(f.code, f.line) for n in notes for f in thanknote.lint(n).findings}
        _, out, err = run(capsys, "lint", *map(str, paths), "--interview", EXAMPLE)
        assert "Traceback" not in err
        codes = {line.split()[1] for line in out.splitlines() if line.startswith(str(tmp_path))}
        assert codes <= {code for code, _ in drafted}, out

    @pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt"])
    def test_drafts_in_another_language_lint_clean_without_the_interview(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
    ) -> None:
        interview = thanknote.load_interview(EXAMPLES / f"interview_{language}.toml")
        paths = thanknote.write_notes(thanknote.draft(interview), tmp_path, format="eml")
        _, out, _ = run(capsys, "lint", *map(str, paths))
        assert "[error]" not in out and "TN501" not in out, out

    @pytest.mark.parametrize(
        ("language", "plain", "said"),
        [
            ("de", "Ich schreibe Ihnen wegen der Stelle.", "bedankt"),
            ("fr", "Je vous écris au sujet du poste.", "remercie"),
            ("es", "Le escribo por el puesto.", "agradece"),
            ("it", "Le scrivo in merito alla posizione.", "ringrazia"),
            ("pt", "Escrevo a respeito da vaga.", "agradece"),
        ],
    )
    def test_a_draft_without_its_thanks_is_flagged_by_its_own_languages_rules(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, plain: str,
        said: str,
    ) -> None:  # fmt: skip
        interview = thanknote.load_interview(EXAMPLES / f"interview_{language}.toml")
        note = thanknote.draft(interview, tone="formal")[0]
        first = note.text.split("\n\n")[1]
        path = tmp_path / "without-thanks.txt"
        path.write_text(note.text.replace(first, plain), "utf-8")
        _, out, _ = run(capsys, "lint", str(path))
        assert "TN101" in out and said in out, out  # its language's rules and message


def test_a_note_too_long_to_lint_is_reported_and_the_rest_are_linted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 30_000, "utf-8")
    fine = tmp_path / "fine.txt"
    fine.write_text("Dear Dana,\n\nThank you.\n\nBest,\nSam\n", "utf-8")
    code, out, err = run(capsys, "lint", str(huge), str(fine))
    assert code == 2
    assert f"{huge}: " in err and "characters" in err
    assert str(fine) in out  # linted all the same


def test_draft_today_says_today_in_notes_sent_on_the_interview_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "draft", EXAMPLE, "--today", "2026-11-24")
    assert code == 0
    # The interview day is "today"; a weekday may still name the decision day.
    assert " today" in out and "on Tuesday" not in out


def test_draft_today_must_be_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(capsys, "draft", EXAMPLE, "--today", "24/11")
    assert caught.value.code == 2
    assert "not a date like 2026-11-24" in capsys.readouterr().err


class TestFileModes:
    """Every file the commands write is made with mode 0o666 less the user's umask."""

    @pytest.fixture(
        params=[(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)], ids=lambda p: f"umask-{p[0]:03o}"
    )
    def umask(self, request: pytest.FixtureRequest) -> Iterator[int]:
        mask, mode = request.param
        old = os.umask(mask)
        try:
            yield mode
        finally:
            os.umask(old)

    def test_notes_written_with_o_follow_the_umask(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, umask: int
    ) -> None:
        out = tmp_path / "drafts"
        assert run(capsys, "draft", EXAMPLE, "-o", str(out), "--format", "eml")[0] == 0
        again = ("draft", EXAMPLE, "-o", str(out), "--format", "eml", "--force")
        assert run(capsys, *again)[0] == 0  # replaced in place, atomically
        written = sorted(out.iterdir())
        assert len(written) == 3
        assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {umask}

    def test_the_starter_file_follows_the_umask(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, umask: int
    ) -> None:
        path = tmp_path / "interview.toml"
        assert run(capsys, "init", str(path))[0] == 0
        assert stat.S_IMODE(path.stat().st_mode) == umask


# What a cold `thanknote lint FILE` must not load: an editor or a pre-commit
# hook that lints on every save pays for each module on every run.
# (tomllib and datetime may load: a checkout reads its packs' TOML, a wheel their JSON.)
_NOT_FOR_LINTING = ("jinja2", "thanknote.model", "thanknote.render", "shutil", "email")


def test_linting_a_file_loads_neither_templates_nor_records(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "Dear Dana,\n\nThank you for your time today. I enjoyed hearing about the move to "
        "Kafka, and I am excited about the Data Engineer role at Acme.\n\nBest regards,\nSam\n",
        encoding="utf-8",
    )
    code = (
        "import sys, thanknote.cli\n"
        f"code = thanknote.cli.main(['lint', {str(note)!r}])\n"
        f"print(code, sorted(m for m in {_NOT_FOR_LINTING!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert done.stdout.split("\n")[-2] == "0 []"
