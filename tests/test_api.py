"""The public surface: names other programs rely on."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
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
        "Hit",
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
        "mailto",
        "mark_done",
        "plan_follow_up",
        "plan_to_ics",
        "plan_to_json",
        "preview_html",
        "public_holidays",
        "rule",
        "thank_you_custom",
        "to_email",
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


def _type_checking_imports() -> dict[str, str]:
    source = Path(thanknote.__file__).read_text(encoding="utf-8")
    block = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    found = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names:
            # "as" itself: the explicit re-export type checkers look for.
            assert alias.asname == alias.name, alias.name
            found[alias.name] = node.module
    return found


def test_the_type_checking_imports_agree_with_the_export_table() -> None:
    table = {name: module for module, names in thanknote._EXPORTS.items() for name in names}
    assert _type_checking_imports() == table


def test_every_export_is_defined_where_the_table_says() -> None:
    for module, names in thanknote._EXPORTS.items():
        for name in names:
            assert hasattr(importlib.import_module(module), name), (module, name)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (lambda note: note.report, lambda note: thanknote.lint(note)),
        (lambda note: note.to_email().as_bytes(), lambda note: thanknote.to_email(note).as_bytes()),
        (
            lambda note: note.to_email("Bot <bot@example.com>", unsent=False).as_bytes(),
            lambda note: thanknote.to_email(note, "Bot <bot@example.com>", unsent=False).as_bytes(),
        ),
        (lambda note: note.mailto(), lambda note: thanknote.mailto(note)),
    ],
    ids=["report", "to_email", "to_email with arguments", "mailto"],
)
def test_the_old_note_methods_still_work_and_say_what_replaces_them(
    panel: thanknote.Interview, old: Callable[[Any], object], new: Callable[[Any], object]
) -> None:
    note = thanknote.draft(panel)[0]
    with pytest.warns(DeprecationWarning, match=r"use thanknote\.") as caught:
        value = old(note)
    assert value == new(note)
    assert caught[0].filename == __file__  # the warning points at the caller


def test_linting_a_note_uses_its_interview_kind_and_silenced_rules(
    panel: thanknote.Interview,
) -> None:
    note = attrs.evolve(thanknote.draft(panel, kind="card")[0], lint_ignore=("TN101",))
    assert thanknote.lint(note) == thanknote.lint(
        note.text,
        interview=panel,
        interviewer=note.interviewer,
        locale=note.locale,
        kind="card",
        ignore=("TN101",),
    )


@pytest.mark.parametrize(
    ("module", "name", "public"),
    [
        ("thanknote.linting.rule", "rule", "rule"),
        ("thanknote.linting.rule", "Hit", "Hit"),
        ("thanknote.linting.rule", "RuleRegistry", "RuleRegistry"),
        ("thanknote.linting.rule", "ENTRY_POINT_GROUP", None),
    ],
)
def test_the_old_rule_module_still_hands_out_its_names_with_a_warning(
    module: str, name: str, public: str | None
) -> None:
    old = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match=name):
        value = getattr(old, name)
    if public is not None:
        assert value is getattr(thanknote, public)


def test_the_old_custom_module_still_imports_with_a_warning() -> None:
    sys.modules.pop("thanknote.custom", None)
    with pytest.warns(DeprecationWarning, match="thanknote.custom is deprecated"):
        old = importlib.import_module("thanknote.custom")
    assert old.thank_you_custom is thanknote.thank_you_custom
