"""thanknote: one personal thank-you note per interviewer, checked and timed.

The public API lives here and only here; every other module is an
implementation detail. Names are imported on first use, so that
``import thanknote`` costs almost nothing and a program that only lints never
loads the template engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from thanknote._holidays import public_holidays
    from thanknote._version import __version__
    from thanknote.batch import DraftResult, draft_many
    from thanknote.custom import Custom, thank_you_custom
    from thanknote.errors import (
        InvalidConfigError,
        InvalidInterviewError,
        InvalidOptionError,
        LintRuleError,
        OutputExistsError,
        Problem,
        TemplateError,
        TemplateNotFoundError,
        TemplateRenderError,
        ThanknoteError,
        UnsupportedLanguageError,
    )
    from thanknote.export import agenda_to_ics, plan_to_ics, plan_to_json, write_notes
    from thanknote.languages import FallbackLanguageWarning, LanguagePack, available_languages
    from thanknote.linting.config import LintConfig
    from thanknote.linting.engine import Linter, lint, lint_panel
    from thanknote.linting.findings import Finding, LintReport, Severity
    from thanknote.linting.rule import LintContext, Rule, RuleRegistry
    from thanknote.linting.text import NoteText
    from thanknote.load import check_interview, load_interview
    from thanknote.model import Candidate, Interview, Interviewer, Note, Plan, Reply, Step
    from thanknote.preview import preview_html
    from thanknote.render import NoteBuilder, TemplateLimits, draft
    from thanknote.schedule import FollowUpPolicy, plan_follow_up
    from thanknote.schema import interview_schema
    from thanknote.search import Agenda, AgendaItem, agenda, mark_done
    from thanknote.template_check import check_templates

__all__ = [
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

_WHERE = {
    "Agenda": "thanknote.search",
    "AgendaItem": "thanknote.search",
    "agenda": "thanknote.search",
    "agenda_to_ics": "thanknote.export",
    "mark_done": "thanknote.search",
    "Custom": "thanknote.custom",
    "thank_you_custom": "thanknote.custom",
    "Candidate": "thanknote.model",
    "DraftResult": "thanknote.batch",
    "Finding": "thanknote.linting.findings",
    "FollowUpPolicy": "thanknote.schedule",
    "Interview": "thanknote.model",
    "Interviewer": "thanknote.model",
    "InvalidConfigError": "thanknote.errors",
    "InvalidInterviewError": "thanknote.errors",
    "InvalidOptionError": "thanknote.errors",
    "LintRuleError": "thanknote.errors",
    "LintConfig": "thanknote.linting.config",
    "LintContext": "thanknote.linting.rule",
    "LintReport": "thanknote.linting.findings",
    "Linter": "thanknote.linting.engine",
    "Note": "thanknote.model",
    "NoteBuilder": "thanknote.render",
    "NoteText": "thanknote.linting.text",
    "OutputExistsError": "thanknote.errors",
    "Plan": "thanknote.model",
    "Problem": "thanknote.errors",
    "Reply": "thanknote.model",
    "Rule": "thanknote.linting.rule",
    "RuleRegistry": "thanknote.linting.rule",
    "Severity": "thanknote.linting.findings",
    "Step": "thanknote.model",
    "TemplateError": "thanknote.errors",
    "TemplateNotFoundError": "thanknote.errors",
    "TemplateRenderError": "thanknote.errors",
    "TemplateLimits": "thanknote.render",
    "ThanknoteError": "thanknote.errors",
    "UnsupportedLanguageError": "thanknote.errors",
    "FallbackLanguageWarning": "thanknote.languages",
    "LanguagePack": "thanknote.languages",
    "available_languages": "thanknote.languages",
    "__version__": "thanknote._version",
    "check_interview": "thanknote.load",
    "check_templates": "thanknote.template_check",
    "draft": "thanknote.render",
    "draft_many": "thanknote.batch",
    "interview_schema": "thanknote.schema",
    "lint": "thanknote.linting.engine",
    "lint_panel": "thanknote.linting.engine",
    "load_interview": "thanknote.load",
    "plan_follow_up": "thanknote.schedule",
    "plan_to_ics": "thanknote.export",
    "plan_to_json": "thanknote.export",
    "preview_html": "thanknote.preview",
    "public_holidays": "thanknote._holidays",
    "write_notes": "thanknote.export",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'thanknote' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    # The public names only: not the helpers this module imports for itself.
    return sorted(__all__)
