"""Running one compiled template, and turning what goes wrong into thanknote errors.

A template error names the template, its line, the variable and the
interviewer; a template that goes past a limit names the limit. The text it
gives back is tidied here too: the subject line split off, runs of spaces
and blank lines left by empty values closed up.
"""

from __future__ import annotations

import re
import types
from collections.abc import Mapping
from typing import Any

import jinja2

from thanknote._sandbox import _BUDGET, _Budget, _LimitedSandbox, _LimitError, _NotAllowedError
from thanknote.errors import TemplateError, TemplateNotFoundError, TemplateRenderError
from thanknote.model import Interviewer

_SUBJECT = re.compile(r"\A[ \t]*Subject:[ \t]*(?P<subject>[^\n]*)\n", re.IGNORECASE)


_UNDEFINED = re.compile(r"'(?P<name>[^']+)' is undefined|has no attribute '(?P<attr>[^']+)'")


_SPACES = re.compile(r"(?<=\S)[ \t]{2,}")


_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[,.](?:\s|$))")


_BLANK_RUN = re.compile(r"\n{3,}")


_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
# A quoted question that ends the sentence ends it: "votre question
# « Comment … ? »", never "« … ? »." (its mark is the sentence's).
_STOP_AFTER_QUOTED_MARK = re.compile(r"([?!][\u202f\u00a0 ]?[»”\"’])\.")


# Wherever _SPACES or _SPACE_BEFORE_PUNCT could match, this matches too.
_UNTIDY = re.compile(r"[ \t]{2}|[ \t][,.]")


def _run(
    template: jinja2.Template,
    context: Mapping[str, Any],
    person: Interviewer,
    deadline: float | None = None,
) -> str:
    env = template.environment
    budget = _Budget(env.limits, deadline) if isinstance(env, _LimitedSandbox) else None
    token = _BUDGET.set(budget)
    try:
        if budget is None:
            return template.render(context)
        # Piece by piece, so that a template printing too much stops early.
        pieces = []
        size = 0
        for piece in template.generate(context):
            size += len(piece)
            if size > budget.limits.max_output:
                raise _LimitError(
                    f"the output is longer than {budget.limits.max_output:,} characters "
                    "(TemplateLimits.max_output)"
                )
            pieces.append(piece)
        return "".join(pieces)
    except jinja2.TemplateSyntaxError as err:
        raise _syntax_error(err, person) from None
    except _LimitError as err:
        raise _refusal(err, template, person) from None
    except TemplateError:
        raise
    except Exception as err:  # any failure inside a template is the template's
        raise _render_error(err, template, person) from None
    finally:
        _BUDGET.reset(token)


def _syntax_error(
    err: jinja2.TemplateSyntaxError, person: Interviewer | None = None
) -> TemplateRenderError:
    name = err.filename or err.name or "<template>"
    who = f" (drafting the note to {person.name})" if person else ""
    return TemplateRenderError(
        f"{name}:{err.lineno}: syntax error: {err.message}{who}",
        template=name,
        interviewer=person.name if person else None,
        line=err.lineno,
    )


def _render_error(
    err: Exception, template: jinja2.Template, person: Interviewer
) -> TemplateRenderError:
    name = template.filename or template.name or "<template>"
    if name == "<template>":
        name = "<template string>"
    line = _template_line(err.__traceback__)
    missing = _UNDEFINED.search(str(err)) if isinstance(err, jinja2.UndefinedError) else None
    variable = (missing.group("name") or missing.group("attr")) if missing else None
    where = f"{name}:{line}" if line else name
    what = f"undefined variable {variable!r}" if variable else f"{type(err).__name__}: {err}"
    if isinstance(err, RecursionError):
        what += "; a macro or a recursive loop calls itself too deeply"
    return TemplateRenderError(
        f"{where}: {what} (drafting the note to {person.name})",
        template=name,
        interviewer=person.name,
        line=line,
        variable=variable,
    )


def _refusal(err: _LimitError, template: jinja2.Template, person: Interviewer) -> TemplateError:
    """The error for a template that went past a limit or used a file it may not."""
    name = template.filename or template.name or "<template string>"
    if name == "<template>":
        name = "<template string>"
    line = _template_line(err.__traceback__)
    where = f"{name}:{line}" if line else name
    message = f"{where}: {err.message} (drafting the note to {person.name})"
    if isinstance(err, _NotAllowedError):
        return TemplateNotFoundError(
            message, template=name, interviewer=person.name, searched=[err.template or name]
        )
    return TemplateRenderError(message, template=name, interviewer=person.name, line=line)


def _compile_error(err: Exception, name: str) -> TemplateError:
    """The error for a template that cannot be compiled, before any note is drafted."""
    if isinstance(err, _NotAllowedError):
        refused = err.template or name
        return TemplateNotFoundError(err.message, template=refused, searched=[refused])
    if isinstance(err, _LimitError):
        return TemplateRenderError(err.message, template=err.template or name)
    return TemplateRenderError(
        f"{name}: cannot be compiled: {type(err).__name__}: {err}", template=name
    )


def _template_line(tb: types.TracebackType | None) -> int | None:
    # Jinja rewrites tracebacks so that template frames carry the template's
    # file name and line; the innermost such frame is where it failed.
    line = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if (
            code.co_filename.endswith(".j2")
            or code.co_filename == "<template>"
            or code.co_name in ("root", "template")
        ):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _split_subject(raw: str) -> tuple[str | None, str]:
    match = _SUBJECT.match(raw)
    if match is None:
        return None, _tidy(raw)
    subject = " ".join(match.group("subject").split()) or None
    return subject, _tidy(raw[match.end() :])


def _tidy(text: str) -> str:
    # Templates are easier to write when conditionals may leave stray spaces
    # and blank lines; the note the reader sees must not have them.
    if _UNTIDY.search(text):
        lines = [
            _SPACE_BEFORE_PUNCT.sub("", _SPACES.sub(" ", ln.rstrip())) for ln in text.splitlines()
        ]
    else:  # neither substitution could change a line: only trailing spaces go
        lines = [ln.rstrip() for ln in text.splitlines()]
    joined = "\n".join(lines)
    if ".." in joined:
        # A name that ends in a full stop ("Gómez e Hijos S.L.") at the end
        # of a sentence: one stop, not two. An ellipsis stays.
        joined = _DOUBLE_STOP.sub(".", joined)
    if "?" in joined or "!" in joined:
        joined = _STOP_AFTER_QUOTED_MARK.sub(r"\1", joined)
    if "\n\n\n" in joined:
        joined = _BLANK_RUN.sub("\n\n", joined)
    return joined.strip("\n") + "\n"


def _tidy_html(html: str) -> str:
    return "\n".join(ln.rstrip() for ln in html.strip().splitlines()) + "\n"
