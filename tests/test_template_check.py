"""Specification of ``check_templates``: syntax, names, rendering, lint."""

from __future__ import annotations

from pathlib import Path

import thanknote


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_builtin_templates_are_clean() -> None:
    assert thanknote.check_templates() == ()


def test_a_syntax_error_is_reported_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, "en/thank_you/warm.txt.j2", "Hello\n\n{% if points %}\nno end\n")
    [problem] = thanknote.check_templates(tmp_path)
    assert problem.field.startswith("en/thank_you/warm.txt.j2:")
    assert "syntax error" in problem.message


def test_a_name_the_builder_does_not_provide_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "en/thank_you/warm.txt.j2", "Dear {{ recruiter }},\n")
    problems = thanknote.check_templates(tmp_path)
    assert any("'recruiter'" in p.message for p in problems)


def test_a_template_whose_notes_fail_the_lint_pass_is_reported(tmp_path: Path) -> None:
    write(
        tmp_path, "en/thank_you/warm.txt.j2", "Subject: Hi\n\nHello {{ interviewer.first_name }}.\n"
    )
    problems = thanknote.check_templates(tmp_path)
    messages = " ".join(p.message for p in problems)
    assert "TN101" in messages and "TN121" in messages
    assert all(p.source == str(tmp_path) for p in problems)
