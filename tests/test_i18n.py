"""The message catalogs: complete, placeholders intact, used by lint and the planner."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import thanknote
from thanknote._i18n import translate

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Every pack that ships a catalog; English is the language the messages are written in.
LANGUAGES = [
    p.code for p in thanknote.available_languages() if (p.folder / "thanknote.po").is_file()
]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def catalog(language: str) -> dict[str, str]:
    with (TEMPLATES / language / "thanknote.po").open("rb") as handle:
        return {str(m.id): str(m.string) for m in read_po(handle) if m.id}


def template_ids() -> set[str]:
    with (TEMPLATES / "thanknote.pot").open("rb") as handle:
        return {str(m.id) for m in read_po(handle) if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = catalog(language)
    assert set(messages) == template_ids()
    for source, translation in messages.items():
        assert translation, source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))


def test_the_template_lists_every_marked_message() -> None:
    code = "\n".join(p.read_text("utf-8") for p in Path(thanknote.__file__).parent.rglob("*.py"))
    marked = set(re.findall(r'N_\(\s*"([^"]+)"\s*\)', code))
    assert marked <= template_ids()


def test_english_is_the_source_and_unknown_languages_fall_back_to_it() -> None:
    message = "the note never thanks the reader for their time"
    assert translate("en_US", message) == message
    assert translate("pl_PL", message) == message
    assert translate("de_DE", message) != message


def test_lint_findings_speak_the_notes_language() -> None:
    [finding] = thanknote.lint("Ich möchte sehr gern bei Ihnen arbeiten.", locale="de_DE",
                               config=thanknote.LintConfig(select=["TN101"]))  # fmt: skip
    assert finding.message == translate("de_DE", "the note never thanks the reader for their time")


def test_plan_reasons_speak_the_plans_language() -> None:
    interview = thanknote.load_interview(
        Path(__file__).resolve().parent.parent / "examples" / "interview_fr.toml"
    )
    plan = thanknote.plan_follow_up(interview, now=dt.datetime(2026, 11, 24, tzinfo=dt.UTC))
    review = next(s for s in plan.steps if s.kind == "review")
    assert "mardi 24 novembre 2026" in review.reason
    assert "Set the drafts aside" not in review.reason
