"""thanknote: one personal thank-you note per interviewer, checked and timed.

The public API lives here and only here; every other module is an
implementation detail.
"""

from thanknote._version import __version__
from thanknote.batch import DraftResult, draft_many
from thanknote.errors import (
    InvalidConfigError,
    InvalidInterviewError,
    InvalidOptionError,
    OutputExistsError,
    Problem,
    TemplateError,
    TemplateNotFoundError,
    TemplateRenderError,
    ThanknoteError,
)
from thanknote.export import plan_to_ics, plan_to_json, write_notes
from thanknote.lint.config import LintConfig
from thanknote.lint.engine import Linter, lint, lint_panel
from thanknote.lint.findings import Finding, LintReport, Severity
from thanknote.lint.rule import LintContext, Rule, RuleRegistry
from thanknote.lint.text import NoteText
from thanknote.load import check_interview, load_interview
from thanknote.model import Candidate, Interview, Interviewer, Note, Plan, Reply, Step
from thanknote.render import NoteBuilder, draft
from thanknote.schedule import FollowUpPolicy, plan_follow_up
from thanknote.template_check import check_templates

__all__ = [
    "Candidate",
    "DraftResult",
    "Finding",
    "FollowUpPolicy",
    "Interview",
    "Interviewer",
    "InvalidConfigError",
    "InvalidInterviewError",
    "InvalidOptionError",
    "LintConfig",
    "LintContext",
    "LintReport",
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
    "TemplateNotFoundError",
    "TemplateRenderError",
    "ThanknoteError",
    "__version__",
    "check_interview",
    "check_templates",
    "draft",
    "draft_many",
    "lint",
    "lint_panel",
    "load_interview",
    "plan_follow_up",
    "plan_to_ics",
    "plan_to_json",
    "write_notes",
]
