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
from thanknote._sandbox import _TIMED_OUT, TemplateLimits, _LimitedSandbox, _LimitError
from thanknote.errors import Problem, ThanknoteError
from thanknote.languages import language_code
from thanknote.linting.engine import lint, lint_panel
from thanknote.linting.output import describe
from thanknote.model import TONES, NoteKind, Tone
from thanknote.render import CONTEXT_NAMES, KINDS, NoteBuilder

__all__ = ["check_templates"]

_HTML_NAMES = CONTEXT_NAMES | {"paragraphs", "subject"}
_NOTE_TEMPLATE = re.compile(
    r"(?P<lang>[a-z]{2,3}(?:_[A-Za-z]+)?)/(?P<kind>[a-z_]+)(?:/(?P<tone>\w+))?\.txt\.j2"
)


def check_templates(
    folder: str | os.PathLike[str] | None = None, *, limits: TemplateLimits | None = None
) -> tuple[Problem, ...]:
    """Check every template in ``folder`` (default: the built-in templates).

    Args:
        folder: The folder to check.
        limits: The limits to render the sample notes under (the defaults
            when ``None``); a host that tightens them for drafting can check
            its users' templates against the same.

    Returns:
        Every problem found, each with the template's name and line in
        ``field`` and the folder in ``source``; empty when all is well. A
        problem found with several sample interviews is reported once, with
        the first of them and how many more.
    """
    root = Path(folder) if folder is not None else builtin_templates()
    problems: list[Problem] = []

    def report(field: str, message: str, severity: str = "error") -> None:
        level: Literal["error", "warning"] = "error" if severity == "error" else "warning"
        problems.append(Problem(field=field, message=message, source=str(root), severity=level))

    builder = (
        NoteBuilder([root], limits=limits)
        if root != builtin_templates()
        else NoteBuilder(limits=limits)
    )
    # The folders a template may use, as the builder's loader sees them.
    folders = tuple(f.resolve() for f in (*builder.template_dirs, *builder.packs))
    folders += (builtin_templates().resolve(),)
    # Finding the names a template uses runs Jinja's optimizer, which would
    # fold {{ 3 ** 6000000 }} for seconds: the sandbox refuses to.
    env = _LimitedSandbox(builder.limits)
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.j2"))
    renderable = []
    for name in names:
        if not any((root / name).resolve().is_relative_to(f) for f in folders):
            report(name, "is a link to a file outside the template folders, which is never used")
            continue
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
        except _LimitError as err:
            report(name, err.message)
            continue
        except RecursionError:
            report(name, "nests tags or expressions too deeply to be read")
            continue
        except Exception as err:  # whatever stops Jinja reading it is the template's
            report(name, f"cannot be read as a template: {type(err).__name__}: {err}")
            continue
        allowed = _HTML_NAMES if ".html" in name else CONTEXT_NAMES
        for unknown in sorted(used - allowed):
            report(name, f"uses {unknown!r}, which the builder does not provide")
        match = _NOTE_TEMPLATE.fullmatch(name)
        if match and match.group("kind") in KINDS:
            renderable.append((name, match))
    # The same finding usually comes back for many sample interviews: it is
    # reported once, for the first of them, with a count of the others.
    # Keyed by template, what follows the sample's label, and severity.
    found: dict[tuple[str, str, str], dict[str, None]] = {}
    for name, match in renderable:
        tone_name = match.group("tone")
        if tone_name is not None and tone_name not in TONES:
            continue  # a helper template, not a note
        tones: list[Tone] = [tone_name] if tone_name is not None else list(TONES)
        kind = cast(NoteKind, match.group("kind"))  # checked against KINDS above
        timed_out = False
        for label, interview in sample_interviews(language_code(match.group("lang"))).items():
            if timed_out:
                break
            for tone in tones:
                try:
                    notes = builder.draft(
                        interview,
                        tone=tone,
                        locale=match.group("lang"),
                        kind=kind,
                    )
                except ThanknoteError as err:
                    # A template that ran out of time would with every sample;
                    # waiting for each of them would only make the check slow.
                    timed_out = _TIMED_OUT in str(err)
                    detail = f": {err}"
                    if timed_out:
                        detail += "; the other samples were not tried"
                    found.setdefault((name, detail, "error"), {})[label] = None
                    break
                for note in notes:
                    for finding in lint(note).at_least("warning"):
                        detail = (
                            f", {tone}, note to {note.interviewer.name}, "
                            f"line {finding.line}: {describe(finding)}"
                        )
                        found.setdefault((name, detail, finding.severity), {})[label] = None
                for finding in lint_panel(notes).at_least("warning"):
                    detail = f", {tone}: {describe(finding)}"
                    found.setdefault((name, detail, "warning"), {})[label] = None
    for (name, detail, severity), labels in found.items():
        first, *others = labels
        more = ""
        if others:
            more = f" (and {len(others)} more sample interview{'s' if len(others) > 1 else ''})"
        report(name, f"{first}{more}{detail}", severity)
    return tuple(problems)
