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
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TypeAlias, cast

import jinja2
import jinja2.meta

from thanknote._resources import builtin_templates
from thanknote._samples import sample_interviews
from thanknote._sandbox import _TIMED_OUT, TemplateLimits, _LimitedSandbox, _LimitError
from thanknote.errors import Problem, ThanknoteError
from thanknote.languages import language_code
from thanknote.linting.engine import lint, lint_panel
from thanknote.linting.output import describe
from thanknote.model import TONES, Interview, Note, NoteKind, Tone
from thanknote.render import CONTEXT_NAMES, KINDS, NoteBuilder

__all__ = ["check_templates"]

_HTML_NAMES = CONTEXT_NAMES | {"paragraphs", "subject"}
_NOTE_TEMPLATE = re.compile(
    r"(?P<lang>[a-z]{2,3}(?:_[A-Za-z]+)?)/(?P<kind>[a-z_]+)(?:/(?P<tone>\w+))?\.txt\.j2"
)

_Level: TypeAlias = Literal["error", "warning"]
_Said: TypeAlias = tuple[str, str, _Level]  # field, message, severity
# The same finding usually comes back for many sample interviews: it is
# reported once, for the first of them, with a count of the others. Keyed by
# template, what follows the sample's label, and severity; the labels in order.
_Found: TypeAlias = dict[tuple[str, str, str], dict[str, None]]


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
    builder = (
        NoteBuilder([root], limits=limits)
        if root != builtin_templates()
        else NoteBuilder(limits=limits)
    )
    said, renderable = _read_templates(root, builder)
    found: _Found = {}
    for name, match in renderable:
        _try_samples(builder, name, match, found)
    said += _counted(found)
    return tuple(
        Problem(field=field, message=message, source=str(root), severity=level)
        for field, message, level in said
    )


def _read_templates(
    root: Path, builder: NoteBuilder
) -> tuple[list[_Said], list[tuple[str, re.Match[str]]]]:
    """Read every template under ``root``: what is wrong, and the note templates to render."""
    # The folders a template may use, as the builder's loader sees them.
    folders = tuple(f.resolve() for f in (*builder.template_dirs, *builder.packs))
    folders += (builtin_templates().resolve(),)
    # Finding the names a template uses runs Jinja's optimizer, which would
    # fold {{ 3 ** 6000000 }} for seconds: the sandbox refuses to.
    env = _LimitedSandbox(builder.limits)
    said: list[_Said] = []
    renderable = []
    for name in sorted(p.relative_to(root).as_posix() for p in root.rglob("*.j2")):
        if not any((root / name).resolve().is_relative_to(f) for f in folders):
            message = "is a link to a file outside the template folders, which is never used"
            said.append((name, message, "error"))
            continue
        used = _names_used(env, root, name)
        if isinstance(used, tuple):
            said.append((*used, "error"))
            continue
        allowed = _HTML_NAMES if ".html" in name else CONTEXT_NAMES
        for unknown in sorted(used - allowed):
            said.append((name, f"uses {unknown!r}, which the builder does not provide", "error"))
        match = _NOTE_TEMPLATE.fullmatch(name)
        if match and match.group("kind") in KINDS:
            renderable.append((name, match))
    return said, renderable


def _names_used(env: _LimitedSandbox, root: Path, name: str) -> set[str] | tuple[str, str]:
    """The names the template ``name`` takes from its context, or where and why it is unreadable."""
    try:
        source = (root / name).read_text(encoding="utf-8")
        ast = env.parse(source, name=name)
        return jinja2.meta.find_undeclared_variables(ast)
    except jinja2.TemplateSyntaxError as err:
        return f"{name}:{err.lineno}", f"syntax error: {err.message}"
    except (OSError, UnicodeDecodeError) as err:
        return name, f"cannot read: {err}"
    except _LimitError as err:
        return name, err.message
    except RecursionError:
        return name, "nests tags or expressions too deeply to be read"
    except Exception as err:  # whatever stops Jinja reading it is the template's
        return name, f"cannot be read as a template: {type(err).__name__}: {err}"


def _try_samples(builder: NoteBuilder, name: str, match: re.Match[str], found: _Found) -> None:
    """Draft the note template ``name`` for every sample interview and tone, and lint the notes."""
    tone_name = match.group("tone")
    if tone_name is not None and tone_name not in TONES:
        return  # a helper template, not a note
    tones: list[Tone] = [tone_name] if tone_name is not None else list(TONES)
    for label, interview in sample_interviews(language_code(match.group("lang"))).items():
        if not _try_sample(builder, name, match, tones, label, interview, found):
            break


def _try_sample(
    builder: NoteBuilder,
    name: str,
    match: re.Match[str],
    tones: list[Tone],
    label: str,
    interview: Interview,
    found: _Found,
) -> bool:
    """Draft and lint one sample in each tone; ``False`` when the template ran out of time."""
    kind = cast(NoteKind, match.group("kind"))  # checked against KINDS by the caller
    for tone in tones:
        try:
            notes = builder.draft(interview, tone=tone, locale=match.group("lang"), kind=kind)
        except ThanknoteError as err:
            # A template that ran out of time would with every sample;
            # waiting for each of them would only make the check slow.
            timed_out = _TIMED_OUT in str(err)
            detail = f": {err}"
            if timed_out:
                detail += "; the other samples were not tried"
            found.setdefault((name, detail, "error"), {})[label] = None
            return not timed_out
        _lint_sample(notes, name, tone, label, found)
    return True


def _lint_sample(notes: Sequence[Note], name: str, tone: Tone, label: str, found: _Found) -> None:
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


def _counted(found: _Found) -> list[_Said]:
    """Each finding once, with the first sample it came with and how many more."""
    said: list[_Said] = []
    for (name, detail, severity), labels in found.items():
        first, *others = labels
        more = ""
        if others:
            more = f" (and {len(others)} more sample interview{'s' if len(others) > 1 else ''})"
        level: _Level = "error" if severity == "error" else "warning"
        said.append((name, f"{first}{more}{detail}", level))
    return said
