"""The public surface: names other programs rely on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import thanknote


def test_all_is_pinned() -> None:
    assert thanknote.__all__ == [
        "Agenda",
        "AgendaItem",
        "Candidate",
        "Custom",
        "DraftResult",
        "FallbackLanguageWarning",
        "Finding",
        "FollowUpPolicy",
        "Interview",
        "Interviewer",
        "InvalidConfigError",
        "InvalidInterviewError",
        "InvalidOptionError",
        "LanguagePack",
        "LintConfig",
        "LintContext",
        "LintReport",
        "LintRuleError",
        "Linter",
        "Note",
        "NoteBuilder",
        "NoteText",
        "OutputExistsError",
        "Plan",
        "Problem",
        "Reply",
        "Rule",
        "RuleRegistry",
        "Severity",
        "Step",
        "TemplateError",
        "TemplateLimits",
        "TemplateNotFoundError",
        "TemplateRenderError",
        "ThanknoteError",
        "UnsupportedLanguageError",
        "__version__",
        "agenda",
        "agenda_to_ics",
        "available_languages",
        "check_interview",
        "check_templates",
        "draft",
        "draft_many",
        "interview_schema",
        "lint",
        "lint_panel",
        "load_interview",
        "mark_done",
        "plan_follow_up",
        "plan_to_ics",
        "plan_to_json",
        "preview_html",
        "public_holidays",
        "thank_you_custom",
        "write_notes",
    ]


def test_every_public_name_exists_and_is_documented() -> None:
    for name in thanknote.__all__:
        value = getattr(thanknote, name)
        if name not in ("__version__", "Severity"):  # a string and a type alias
            assert value.__doc__, name


def test_every_error_is_a_thanknote_error_and_the_builtin_it_means() -> None:
    assert issubclass(thanknote.InvalidInterviewError, ValueError)
    assert issubclass(thanknote.InvalidOptionError, ValueError)
    assert issubclass(thanknote.TemplateNotFoundError, LookupError)
    assert issubclass(thanknote.TemplateRenderError, ValueError)
    assert issubclass(thanknote.OutputExistsError, FileExistsError)
    for name in (
        "InvalidInterviewError",
        "InvalidOptionError",
        "OutputExistsError",
        "TemplateError",
    ):
        assert issubclass(getattr(thanknote, name), thanknote.ThanknoteError)


def test_the_design_workflow_runs_end_to_end(panel: thanknote.Interview) -> None:
    notes = thanknote.draft(panel, tone="warm", locale="en_US")
    note = notes[0]
    assert (note.interviewer.name, note.to) == (
        "Dana Reyes",
        "Dana Reyes <dana.reyes@acme.example>",
    )
    assert note.subject and note.text and note.html


def test_the_embedding_example_runs() -> None:
    script = Path(__file__).resolve().parent.parent / "examples" / "embed.py"
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("To: ") == 2


def test_the_lint_function_and_the_linting_subpackage_do_not_shadow_each_other() -> None:
    import thanknote.linting.config

    assert callable(thanknote.lint)
    assert thanknote.linting.config.LintConfig is thanknote.LintConfig


def test_dir_lists_the_public_names_only() -> None:
    assert dir(thanknote) == sorted(thanknote.__all__)
    assert not {"Any", "TYPE_CHECKING", "annotations", "importlib"} & set(dir(thanknote))


def test_an_invalid_interview_shows_every_problem_one_per_line() -> None:
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview({"candidate": {}, "interview": {"company": "A"}}, name="x.toml")
    lines = str(caught.value).splitlines()
    assert lines[0] == "4 problems in x.toml:"
    assert lines[1:] == [
        "  candidate.name: missing",
        "  interview.position: missing",
        "  interview.start: missing",
        "  interviewers: missing; add at least one [[interviewers]] table",
    ]


def test_one_problem_reads_as_one_line() -> None:
    with pytest.raises(thanknote.InvalidInterviewError) as caught:
        thanknote.load_interview({"candidate": {"name": "A"}}, name="x.toml")
    assert "\n" in str(caught.value)  # several problems here
    problem = thanknote.Problem(field="interview.start", message="missing", source="x.toml")
    assert (
        str(thanknote.InvalidInterviewError([problem], "x.toml"))
        == "x.toml: interview.start: missing"
    )
