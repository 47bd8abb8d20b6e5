"""Rendering notes from Jinja templates: :class:`NoteBuilder` and :func:`draft`.

Template names follow ``<language>/<kind>/<tone>.<format>.j2``, for example
``en/thank_you/warm.txt.j2`` and ``en/thank_you/warm.html.j2``; a kind with
one template for every tone is ``<language>/<kind>.txt.j2`` (``en/card.txt.j2``,
``en/follow_up.txt.j2``). HTML falls back to the shared ``_layout.html.j2``.
User folders are searched before the built-ins, so a file of the same name in
a user folder replaces the built-in one.

The plain-text template is the single source of a note's wording. Its first
line may be ``Subject: …``; the rest is the body. The HTML template is a
layout: it receives the body's paragraphs and wraps them, escaping every
value, so the two versions of a note can never say different things.
"""

from __future__ import annotations

import functools
import os
import re
import types
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox
from markupsafe import Markup, escape

from thanknote._header import text_problem
from thanknote._resources import builtin_templates
from thanknote.errors import (
    InvalidOptionError,
    TemplateError,
    TemplateNotFoundError,
    TemplateRenderError,
)
from thanknote.languages import language_code, language_pack, resolve_locale
from thanknote.load import parse_locale
from thanknote.model import TONES, Interview, Interviewer, Note, NoteKind, Tone

__all__ = [
    "CONTEXT_NAMES",
    "DEFAULT_LOCALE",
    "DEFAULT_TONE",
    "FILTERS",
    "KINDS",
    "TEMPLATE_PACK_GROUP",
    "NoteBuilder",
    "draft",
    "template_packs",
]

DEFAULT_TONE: Tone = "warm"
DEFAULT_LOCALE = "en_US"
KINDS: tuple[NoteKind, ...] = ("thank_you", "card", "follow_up", "rejection_reply")
_ONE_RECIPIENT = frozenset({"follow_up", "rejection_reply"})
_MAX_POINTS_IN_NOTE = 3

CONTEXT_NAMES = frozenset(
    {
        "candidate", "interviewer", "interview", "points", "own_points", "shared_points",
        "others", "locale", "language", "tone", "kind", "variant", "panel_size",
    }
)  # fmt: skip
"""Every name a text template can use; HTML templates also get ``paragraphs``
and ``subject``."""

_SUBJECT = re.compile(r"\A[ \t]*Subject:[ \t]*(?P<subject>[^\n]*)\n", re.IGNORECASE)
_UNDEFINED = re.compile(r"'(?P<name>[^']+)' is undefined|has no attribute '(?P<attr>[^']+)'")
_SPACES = re.compile(r"(?<=\S)[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[,.](?:\s|$))")
_BLANK_RUN = re.compile(r"\n{3,}")
_FIRST_WORD = re.compile(r"[^\W\d_]+\b")
_LINT_IGNORE = re.compile(r"\{#-?\s*thanknote:\s*ignore\[(?P<codes>[^\]]*)\]\s*-?#\}")


class NoteBuilder:
    """Renders one note per interviewer from Jinja templates.

    A builder owns its Jinja environments and their compiled-template cache;
    reuse one builder for many interviews. It holds no per-interview state,
    so one builder may serve several threads.

    Args:
        template_dirs: Folders searched, in order, before the built-in
            templates. A file there replaces the built-in of the same name.
        tone: Tone used when neither the call nor the interview gives one.
        locale: Locale used when neither the call nor the interview gives one.
        sandboxed: Render in Jinja's immutable sandbox. ``None`` (the
            default) sandboxes exactly when templates come from the user.
        packs: Also search the template packs installed under the
            ``thanknote.templates`` entry-point group (after the user's
            folders, before the built-ins).
        fallback: Language to write in when a locale's language has no
            language pack (``"en"``); without it, such a locale is an error.
    """

    def __init__(
        self,
        template_dirs: Sequence[str | os.PathLike[str]] = (),
        *,
        tone: Tone = DEFAULT_TONE,
        locale: str = DEFAULT_LOCALE,
        sandboxed: bool | None = None,
        packs: bool = True,
        fallback: str | None = None,
    ) -> None:
        self.template_dirs = tuple(Path(d) for d in template_dirs)
        for folder in self.template_dirs:
            if not folder.is_dir():
                raise InvalidOptionError("template_dirs", folder, f"{folder} is not a folder")
        self.packs = template_packs() if packs else ()
        self.tone = _check_tone(tone)
        self.locale = _check_locale(locale)
        self.sandboxed = sandboxed
        self.fallback = fallback
        self._environments: dict[tuple[Path | None, bool, Path | None], jinja2.Environment] = {}

    def draft(
        self,
        interview: Interview,
        *,
        tone: Tone | None = None,
        locale: str | None = None,
        kind: NoteKind = "thank_you",
        template: str | os.PathLike[str] | None = None,
        template_source: str | None = None,
        fallback: str | None = None,
    ) -> tuple[Note, ...]:
        """Draft one note per interviewer, in the interview's order.

        Args:
            interview: The interview, as returned by ``load_interview``.
            tone: ``"formal"``, ``"warm"`` or ``"concise"``; defaults to the
                interview's tone, then the builder's.
            locale: Locale identifier; defaults to the interview's, then the
                builder's.
            kind: ``"thank_you"`` (email), ``"card"`` (handwritten card),
                ``"follow_up"`` (the email after the decision time) or
                ``"rejection_reply"`` (the answer to a no).
            template: Path to the user's own text template, used instead of
                the built-in one. A sibling file ending in ``.html.j2``
                instead of ``.txt.j2`` is used for the HTML version.
            template_source: The text of a template, for hosts that keep
                templates in a database; it always renders in the sandbox
                unless the builder was made with ``sandboxed=False``.
            fallback: Language to write in when the locale's language has
                no language pack (``"en"``): the note, its dates and lists are
                then all in that language, with a ``FallbackLanguageWarning``.
                Defaults to the builder's.

        Returns:
            A tuple with one :class:`~thanknote.Note` per interviewer; for a
            follow-up or a rejection reply, one note to the hiring manager
            (or the first interviewer when none is marked).

        Raises:
            InvalidOptionError: Unknown tone, locale or kind.
            UnsupportedLanguageError: No language pack for the locale's
                language, and no fallback.
            TemplateNotFoundError: No template for that kind and tone.
            TemplateRenderError: The template has a syntax error or uses a
                value that does not exist.
        """
        if not isinstance(interview, Interview):
            raise InvalidOptionError(
                "interview", interview, "expected an Interview; load one with load_interview()"
            )
        tone = _check_tone(tone or interview.tone or self.tone)
        locale = _check_locale(locale or interview.locale or self.locale)
        locale = resolve_locale(locale, fallback or self.fallback)
        if kind not in KINDS:
            raise InvalidOptionError("kind", kind, f"expected one of {', '.join(KINDS)}")
        if template is not None and template_source is not None:
            raise InvalidOptionError(
                "template", template, "give a template or its source, not both"
            )
        text_template, html_template = self._templates(
            kind, tone, locale, template, template_source
        )
        ignore = _lint_ignores(text_template, template_source)
        people = range(len(interview.interviewers))
        if kind in _ONE_RECIPIENT:
            people = range(_lead(interview), _lead(interview) + 1)
        return tuple(
            self._render(
                interview, index, kind=kind, tone=tone, locale=locale,
                text_template=text_template, html_template=html_template, ignore=ignore,
            )
            for index in people
        )  # fmt: skip

    # -- templates -------------------------------------------------------------

    def _environment(
        self, extra: Path | None, *, untrusted: bool = False, language: Path | None = None
    ) -> jinja2.Environment:
        key = (extra, untrusted, language)
        env = self._environments.get(key)
        if env is None:
            folders = [
                *([extra] if extra else []),
                *self.template_dirs,
                *self.packs,
                builtin_templates(),
                *([language] if language else []),
            ]
            user_supplied = untrusted or extra is not None or bool(self.template_dirs)
            sandboxed = user_supplied if self.sandboxed is None else self.sandboxed
            cls = jinja2.sandbox.ImmutableSandboxedEnvironment if sandboxed else jinja2.Environment
            env = cls(
                loader=jinja2.FileSystemLoader([str(f) for f in folders], encoding="utf-8"),
                # Built-in templates do not change while a program runs; the
                # user's may (an editor open beside a server), so they reload.
                auto_reload=user_supplied,
                undefined=jinja2.StrictUndefined,
                autoescape=jinja2.select_autoescape(
                    enabled_extensions=("html", "htm", "html.j2", "htm.j2"),
                    default_for_string=False,
                    default=False,
                ),
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=True,
            )
            env.filters.update(FILTERS)
            self._environments[key] = env
        return env

    def _templates(
        self,
        kind: NoteKind,
        tone: Tone,
        locale: str,
        template: str | os.PathLike[str] | None,
        source: str | None = None,
    ) -> tuple[jinja2.Template, jinja2.Template | None]:
        languages = _language_chain(locale)
        pack = language_pack(locale)
        # A language installed as a plugin brings its own templates folder.
        root = None if pack.origin == "built-in" else pack.root
        html_names = (
            []
            if kind == "card"
            else [f"{lang}/{kind}/{tone}.html.j2" for lang in languages] + ["_layout.html.j2"]
        )
        if source is not None:
            env = self._environment(None, untrusted=True, language=root)
            try:
                text = env.from_string(source)
            except jinja2.TemplateSyntaxError as err:
                err.name = err.name or "<template string>"
                raise _syntax_error(err) from None
            html = self._select(env, html_names) if html_names else None
            return text, html
        if template is not None:
            path = Path(template)
            if not path.is_file():
                problem = "is not a file" if path.exists() else "does not exist"
                raise TemplateNotFoundError(
                    f"template file {path} {problem}", template=str(path), searched=[str(path)]
                )
            env = self._environment(path.resolve().parent, language=root)
            sibling = _html_sibling(path.name)
            if sibling and (path.parent / sibling).is_file():
                html_names = [sibling]
            text_names = [path.name]
        else:
            env = self._environment(None, language=root)
            text_names = [
                name
                for lang in languages
                for name in (f"{lang}/{kind}/{tone}.txt.j2", f"{lang}/{kind}.txt.j2")
            ]
        text = self._select(env, text_names)
        html = self._select(env, html_names) if html_names else None
        return text, html

    def _select(self, env: jinja2.Environment, names: Sequence[str]) -> jinja2.Template:
        try:
            return env.select_template(list(names))
        except jinja2.TemplatesNotFound:
            raise TemplateNotFoundError(
                f"no template found; tried {', '.join(names)}", template=names[0], searched=names
            ) from None
        except jinja2.TemplateSyntaxError as err:
            raise _syntax_error(err) from None
        except UnicodeDecodeError:
            raise TemplateRenderError(
                f"{names[0]}: a template must be UTF-8 text", template=names[0]
            ) from None

    # -- rendering ---------------------------------------------------------------

    def _render(
        self,
        interview: Interview,
        index: int,
        *,
        kind: NoteKind,
        tone: Tone,
        locale: str,
        text_template: jinja2.Template,
        html_template: jinja2.Template | None,
        ignore: tuple[str, ...],
    ) -> Note:
        person = interview.interviewers[index]
        context = template_context(interview, person, tone=tone, locale=locale, kind=kind)
        raw = _run(text_template, context, person)
        subject, body = _split_subject(raw)
        if kind == "card":
            subject = None
        elif subject is not None and (problem := text_problem(subject)) is not None:
            name = text_template.filename or text_template.name or "<template string>"
            raise TemplateRenderError(
                f"{name}: the Subject line {problem}; a subject is an email header "
                f"(drafting the note to {person.name})",
                template=name,
                interviewer=person.name,
            )
        html = None
        if html_template is not None:
            paragraphs = body.rstrip("\n").split("\n\n")
            html_context = {**context, "paragraphs": paragraphs, "subject": subject}
            html = _tidy_html(_run(html_template, html_context, person))
        return Note(
            kind=kind,
            interviewer=person,
            interview=interview,
            to=person.mailbox,
            sender=interview.candidate.mailbox,
            subject=subject,
            text=body,
            html=html,
            template=text_template.name or "<template string>",
            locale=locale,
            tone=tone,
            lint_ignore=ignore,
        )


TEMPLATE_PACK_GROUP = "thanknote.templates"


def template_packs() -> tuple[Path, ...]:
    """Folders of the template packs installed under ``thanknote.templates``.

    Each entry point names a folder: a path, or a callable returning one
    (``importlib.resources.files("mypack") / "templates"`` works). A pack
    adds templates by name and language, laid out like the built-ins.
    """
    from importlib.metadata import entry_points

    folders = []
    for point in sorted(entry_points(group=TEMPLATE_PACK_GROUP), key=lambda p: p.name):
        value = point.load()
        folder = Path(str(value() if callable(value) else value))
        if not folder.is_dir():
            raise InvalidOptionError(
                "template pack", point.name, f"{point.value} does not name a folder ({folder})"
            )
        folders.append(folder)
    return tuple(folders)


def _lead(interview: Interview) -> int:
    """The hiring manager's place in the panel, or 0 when none is marked."""
    return next((i for i, p in enumerate(interview.interviewers) if p.hiring_manager), 0)


def draft(
    interview: Interview,
    *,
    tone: Tone | None = None,
    locale: str | None = None,
    kind: NoteKind = "thank_you",
    template: str | os.PathLike[str] | None = None,
    template_dirs: Sequence[str | os.PathLike[str]] = (),
    template_source: str | None = None,
    fallback: str | None = None,
) -> tuple[Note, ...]:
    """Draft one personalised note per interviewer.

    A shortcut for ``NoteBuilder(template_dirs).draft(interview, ...)`` that
    reuses builders, so repeated calls do not recompile templates.

    Args:
        interview: The interview, as returned by ``load_interview``.
        tone: ``"formal"``, ``"warm"`` or ``"concise"``.
        locale: Locale identifier such as ``"en_US"``.
        kind: ``"thank_you"`` (email) or ``"card"`` (handwritten card).
        template: Path to the user's own text template.
        template_dirs: Folders searched before the built-in templates.
        template_source: The text of a template (rendered in the sandbox).
        fallback: Language to write in when the locale's language has no
            language pack (``"en"``); without it that is an error.

    Returns:
        One :class:`~thanknote.Note` per interviewer, in input order.
    """
    builder = _builder(tuple(str(Path(d).resolve()) for d in template_dirs))
    return builder.draft(
        interview,
        tone=tone,
        locale=locale,
        kind=kind,
        template=template,
        template_source=template_source,
        fallback=fallback,
    )


@functools.lru_cache(maxsize=16)
def _builder(template_dirs: tuple[str, ...]) -> NoteBuilder:
    return NoteBuilder(template_dirs)


def template_context(
    interview: Interview, person: Interviewer, *, tone: Tone, locale: str, kind: NoteKind
) -> dict[str, Any]:
    """Build the mapping a text template is rendered with (see ``CONTEXT_NAMES``)."""
    language = language_code(locale)
    own = tuple(_as_said_to(p, language) for p in person.talking_points)
    shared = tuple(p for p in interview.talking_points if p not in person.talking_points)
    index = interview.interviewers.index(person)
    return {
        "candidate": interview.candidate,
        "interviewer": person,
        "interview": interview,
        "points": (own + shared)[:_MAX_POINTS_IN_NOTE],
        "own_points": own,
        "shared_points": shared,
        "others": tuple(p for p in interview.interviewers if p is not person),
        "locale": locale,
        "language": language,
        "tone": tone,
        "kind": kind,
        "variant": index,
        "panel_size": len(interview.interviewers),
    }


def _lint_ignores(template: jinja2.Template, source: str | None = None) -> tuple[str, ...]:
    """Rule codes a template silences with ``{# thanknote: ignore[TN311, cliche] #}``."""
    if source is None:
        if template.filename is None:
            return ()
        try:
            source = Path(template.filename).read_text(encoding="utf-8")
        except OSError:
            return ()
    return tuple(
        code.strip()
        for match in _LINT_IGNORE.finditer(source)
        for code in match.group("codes").split(",")
        if code.strip()
    )


def _as_said_to(point: str, language: str) -> str:
    # A point jotted down as "her rotation redesign" reads wrong in a note to
    # her; only a leading possessive is changed, since anything later in the
    # sentence may refer to someone else. The pack says which words those are.
    first = _FIRST_WORD.match(point)
    if first is None:
        return point
    replacement = language_pack(language).lexicon.possessives.get(first.group().lower())
    return point if replacement is None else replacement + point[first.end() :]


def _run(template: jinja2.Template, context: Mapping[str, Any], person: Interviewer) -> str:
    try:
        return template.render(context)
    except jinja2.TemplateSyntaxError as err:
        raise _syntax_error(err, person) from None
    except TemplateError:
        raise
    except Exception as err:  # any failure inside a template is the template's
        raise _render_error(err, template, person) from None


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
    return TemplateRenderError(
        f"{where}: {what} (drafting the note to {person.name})",
        template=name,
        interviewer=person.name,
        line=line,
        variable=variable,
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
    lines = [_SPACE_BEFORE_PUNCT.sub("", _SPACES.sub(" ", ln.rstrip())) for ln in text.splitlines()]
    joined = _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
    return joined + "\n"


def _tidy_html(html: str) -> str:
    return "\n".join(ln.rstrip() for ln in html.strip().splitlines()) + "\n"


def _html_sibling(name: str) -> str | None:
    for text_suffix in (".txt.j2", ".txt"):
        if name.endswith(text_suffix):
            return name[: -len(text_suffix)] + ".html.j2"
    return None


@functools.lru_cache(maxsize=64)
def _language_chain(locale: str) -> tuple[str, ...]:
    # "de_AT" looks in de_AT/ first, then de/; never in another language's folder.
    parts = locale.split("_")
    return tuple(["_".join(parts[: i + 1]) for i in range(len(parts))][::-1])


def _check_tone(tone: object) -> Tone:
    if tone not in TONES:
        raise InvalidOptionError("tone", tone, f"expected one of {', '.join(TONES)}, got {tone!r}")
    return tone


def _check_locale(locale: str) -> str:
    try:
        return parse_locale(locale)
    except ValueError as err:
        raise InvalidOptionError("locale", locale, str(err)) from None


# -- filters: Babel-backed, bound to the note's locale ---------------------------


@jinja2.pass_context
def _format_date(ctx: jinja2.runtime.Context, value: Any, format: str = "long") -> str:
    from babel.dates import format_date

    return format_date(value, format, locale=ctx["locale"])


@jinja2.pass_context
def _format_time(ctx: jinja2.runtime.Context, value: Any, format: str = "short") -> str:
    from babel.dates import format_time

    return format_time(value, format, locale=ctx["locale"])


@jinja2.pass_context
def _format_datetime(ctx: jinja2.runtime.Context, value: Any, format: str = "medium") -> str:
    from babel.dates import format_datetime

    return format_datetime(value, format, locale=ctx["locale"])


@jinja2.pass_context
def _format_list(ctx: jinja2.runtime.Context, items: Sequence[str], style: Any = "standard") -> str:
    from babel.lists import format_list

    return format_list(list(items), style=style, locale=ctx["locale"])


@jinja2.pass_eval_context
def _nl2br(eval_ctx: jinja2.nodes.EvalContext, value: str) -> Markup | str:
    if not eval_ctx.autoescape:
        return value.replace("\n", "<br>\n")
    return Markup("<br>\n").join(escape(part) for part in value.split("\n"))


FILTERS: dict[str, Any] = {
    "format_date": _format_date,
    "format_time": _format_time,
    "format_datetime": _format_datetime,
    "format_list": _format_list,
    "nl2br": _nl2br,
}
