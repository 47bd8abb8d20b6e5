"""Checking a folder of templates before any note is sent from it.

:func:`check_templates` parses every template (syntax errors with their
line), makes sure each uses only the names the builder provides, renders the
note templates against sample interviews (0, 1 and 3 talking points, with and
without honorifics, one interviewer and a panel of four) and lints every
note it gets. Anything at warning level or above is a problem.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal, cast

import jinja2
import jinja2.meta

from thanknote._resources import builtin_templates
from thanknote._samples import sample_interviews
from thanknote.errors import Problem, TemplateError
from thanknote.linting.engine import lint_panel
from thanknote.model import TONES, NoteKind, Tone
from thanknote.render import CONTEXT_NAMES, FILTERS, KINDS, NoteBuilder

__all__ = ["check_templates"]

_HTML_NAMES = CONTEXT_NAMES | {"paragraphs", "subject"}
_NOTE_TEMPLATE = re.compile(
    r"(?P<lang>[a-z]{2,3}(?:_[A-Za-z]+)?)/(?P<kind>[a-z_]+)(?:/(?P<tone>\w+))?\.txt\.j2"
)


def check_templates(folder: str | os.PathLike[str] | None = None) -> tuple[Problem, ...]:
    """Check every template in ``folder`` (default: the built-in templates).

    Returns:
        Every problem found, each with the template's name and line in
        ``field`` and the folder in ``source``; empty when all is well.
    """
    root = Path(folder) if folder is not None else builtin_templates()
    problems: list[Problem] = []

    def report(field: str, message: str, severity: str = "error") -> None:
        level: Literal["error", "warning"] = "error" if severity == "error" else "warning"
        problems.append(Problem(field=field, message=message, source=str(root), severity=level))

    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(root), str(builtin_templates())]))
    env.filters.update(FILTERS)
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.j2"))
    renderable = []
    for name in names:
        try:
            source = (root / name).read_text(encoding="utf-8")
            ast = env.parse(source, name=name)
            used = jinja2.meta.find_undeclared_variables(ast)
        except jinja2.TemplateSyntaxError as err:
            report(f"{name}:{err.lineno}", f"syntax error: {err.message}")
            continue
        except (OSError, UnicodeDecodeError) as err:
            report(name, f"cannot read: {err}")
            continue
        allowed = _HTML_NAMES if ".html" in name else CONTEXT_NAMES
        for unknown in sorted(used - allowed):
            report(name, f"uses {unknown!r}, which the builder does not provide")
        match = _NOTE_TEMPLATE.fullmatch(name)
        if match and match.group("kind") in KINDS:
            renderable.append((name, match))
    builder = NoteBuilder([root]) if root != builtin_templates() else NoteBuilder()
    for name, match in renderable:
        tone_name = match.group("tone")
        if tone_name is not None and tone_name not in TONES:
            continue  # a helper template, not a note
        tones: list[Tone] = [tone_name] if tone_name is not None else list(TONES)
        kind = cast(NoteKind, match.group("kind"))  # checked against KINDS above
        for label, interview in sample_interviews().items():
            for tone in tones:
                try:
                    notes = builder.draft(
                        interview,
                        tone=tone,
                        locale=match.group("lang"),
                        kind=kind,
                    )
                except TemplateError as err:
                    report(name, f"{label}: {err}")
                    break
                for note in notes:
                    for finding in note.report.at_least("warning"):
                        report(
                            name,
                            f"{label}, {tone}, note to {note.interviewer.name}, "
                            f"line {finding.line}: {finding.code} [{finding.severity}] "
                            f"{finding.message}",
                            finding.severity,
                        )
                for finding in lint_panel(notes).at_least("warning"):
                    message = f"{label}, {tone}: {finding.code} {finding.message}"
                    if not any(p.message == message for p in problems):
                        report(name, message, "warning")
    return tuple(problems)
