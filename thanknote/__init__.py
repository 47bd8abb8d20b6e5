"""thanknote: one personal thank-you note per interviewer, checked and timed.

The public API lives here and only here; every other module is an
implementation detail. Names are imported on first use, so that
``import thanknote`` costs almost nothing and a program that only lints never
loads the template engine.

:data:`_EXPORTS` is the one list of public names: ``__all__`` and the lazy
lookup are made from it. The ``TYPE_CHECKING`` imports repeat it for type
checkers, which do not run code; a test keeps the two in step.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Registers the functions behind the deprecated Note.report, to_email and
# mailto; it imports nothing until one of them is used.
from thanknote import _deprecated

if TYPE_CHECKING:
    from thanknote._holidays import public_holidays as public_holidays
    from thanknote._version import __version__ as __version__
    from thanknote.batch import DraftResult as DraftResult
    from thanknote.batch import draft_many as draft_many
    from thanknote.errors import InvalidConfigError as InvalidConfigError
    from thanknote.errors import InvalidInterviewError as InvalidInterviewError
    from thanknote.errors import InvalidOptionError as InvalidOptionError
    from thanknote.errors import LintRuleError as LintRuleError
    from thanknote.errors import OutputExistsError as OutputExistsError
    from thanknote.errors import Problem as Problem
    from thanknote.errors import TemplateError as TemplateError
    from thanknote.errors import TemplateNotFoundError as TemplateNotFoundError
    from thanknote.errors import TemplateRenderError as TemplateRenderError
    from thanknote.errors import ThanknoteError as ThanknoteError
    from thanknote.errors import UnsupportedLanguageError as UnsupportedLanguageError
    from thanknote.etiquette import Custom as Custom
    from thanknote.etiquette import thank_you_custom as thank_you_custom
    from thanknote.export import mailto as mailto
    from thanknote.export import to_email as to_email
    from thanknote.export import write_notes as write_notes
    from thanknote.languages import FallbackLanguageWarning as FallbackLanguageWarning
    from thanknote.languages import LanguagePack as LanguagePack
    from thanknote.languages import available_languages as available_languages
    from thanknote.linting.config import LintConfig as LintConfig
    from thanknote.linting.engine import Linter as Linter
    from thanknote.linting.engine import lint as lint
    from thanknote.linting.engine import lint_panel as lint_panel
    from thanknote.linting.findings import Finding as Finding
    from thanknote.linting.findings import LintReport as LintReport
    from thanknote.linting.findings import Severity as Severity
    from thanknote.linting.protocol import Hit as Hit
    from thanknote.linting.protocol import LintContext as LintContext
    from thanknote.linting.protocol import Rule as Rule
    from thanknote.linting.protocol import rule as rule
    from thanknote.linting.registry import RuleRegistry as RuleRegistry
    from thanknote.linting.text import NoteText as NoteText
    from thanknote.load import check_interview as check_interview
    from thanknote.load import load_interview as load_interview
    from thanknote.model import Candidate as Candidate
    from thanknote.model import Interview as Interview
    from thanknote.model import Interviewer as Interviewer
    from thanknote.model import Note as Note
    from thanknote.model import Plan as Plan
    from thanknote.model import Reply as Reply
    from thanknote.model import Step as Step
    from thanknote.plan_export import agenda_to_ics as agenda_to_ics
    from thanknote.plan_export import plan_to_ics as plan_to_ics
    from thanknote.plan_export import plan_to_json as plan_to_json
    from thanknote.preview import preview_html as preview_html
    from thanknote.render import NoteBuilder as NoteBuilder
    from thanknote.render import TemplateLimits as TemplateLimits
    from thanknote.render import draft as draft
    from thanknote.schedule import FollowUpPolicy as FollowUpPolicy
    from thanknote.schedule import plan_follow_up as plan_follow_up
    from thanknote.schema import interview_schema as interview_schema
    from thanknote.search import Agenda as Agenda
    from thanknote.search import AgendaItem as AgendaItem
    from thanknote.search import agenda as agenda
    from thanknote.search import mark_done as mark_done
    from thanknote.template_check import check_templates as check_templates

_EXPORTS: dict[str, tuple[str, ...]] = {
    "thanknote._holidays": ("public_holidays",),
    "thanknote._version": ("__version__",),
    "thanknote.batch": ("DraftResult", "draft_many"),
    "thanknote.errors": (
        "InvalidConfigError",
        "InvalidInterviewError",
        "InvalidOptionError",
        "LintRuleError",
        "OutputExistsError",
        "Problem",
        "TemplateError",
        "TemplateNotFoundError",
        "TemplateRenderError",
        "ThanknoteError",
        "UnsupportedLanguageError",
    ),
    "thanknote.etiquette": ("Custom", "thank_you_custom"),
    "thanknote.export": ("mailto", "to_email", "write_notes"),
    "thanknote.languages": ("FallbackLanguageWarning", "LanguagePack", "available_languages"),
    "thanknote.linting.config": ("LintConfig",),
    "thanknote.linting.engine": ("Linter", "lint", "lint_panel"),
    "thanknote.linting.findings": ("Finding", "LintReport", "Severity"),
    "thanknote.linting.protocol": ("Hit", "LintContext", "Rule", "rule"),
    "thanknote.linting.registry": ("RuleRegistry",),
    "thanknote.linting.text": ("NoteText",),
    "thanknote.load": ("check_interview", "load_interview"),
    "thanknote.model": ("Candidate", "Interview", "Interviewer", "Note", "Plan", "Reply", "Step"),
    "thanknote.plan_export": ("agenda_to_ics", "plan_to_ics", "plan_to_json"),
    "thanknote.preview": ("preview_html",),
    "thanknote.render": ("NoteBuilder", "TemplateLimits", "draft"),
    "thanknote.schedule": ("FollowUpPolicy", "plan_follow_up"),
    "thanknote.schema": ("interview_schema",),
    "thanknote.search": ("Agenda", "AgendaItem", "agenda", "mark_done"),
    "thanknote.template_check": ("check_templates",),
}
"""Each public name, under the module that defines it."""

_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_WHERE)

del _deprecated  # imported for its registration only


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
