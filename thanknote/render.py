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

import contextvars
import datetime as dt
import functools
import math
import os
import re
import string
import time
import types
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import jinja2
import jinja2.nodes
import jinja2.sandbox
from markupsafe import Markup, escape

from thanknote._company import at_company_phrase, position_in_prose
from thanknote._deferred import Deferred
from thanknote._header import text_problem
from thanknote._locales import parse_locale
from thanknote._names import family_name, last_name
from thanknote._points import UNPLACED, Point, place
from thanknote._resources import builtin_templates, plugin_folders
from thanknote._wording import chooser, decision_by, decision_when, on_day
from thanknote.errors import (
    InvalidOptionError,
    TemplateError,
    TemplateNotFoundError,
    TemplateRenderError,
)
from thanknote.languages import language_code, language_pack, resolve_locale
from thanknote.model import KINDS, TONES, Interview, Interviewer, Note, NoteKind, Tone

__all__ = [
    "CONTEXT_NAMES",
    "DEFAULT_LOCALE",
    "DEFAULT_TONE",
    "FILTERS",
    "KINDS",
    "TEMPLATE_PACK_GROUP",
    "NoteBuilder",
    "TemplateLimits",
    "draft",
    "template_packs",
]

DEFAULT_TONE: Tone = "warm"
DEFAULT_LOCALE = "en_US"
_ONE_RECIPIENT = frozenset({"follow_up", "rejection_reply"})
_MAX_POINTS_IN_NOTE = 3

CONTEXT_NAMES = frozenset(
    {
        "candidate", "interviewer", "interview", "points", "own_points", "shared_points",
        "others", "locale", "language", "tone", "kind", "variant", "panel_size",
        "choose", "on_day", "at_company", "decision_by", "decision_when", "position",
        "family_name",
    }
)  # fmt: skip
"""Every name a text template can use; HTML templates also get ``paragraphs``
and ``subject``."""

_SUBJECT = re.compile(r"\A[ \t]*Subject:[ \t]*(?P<subject>[^\n]*)\n", re.IGNORECASE)
_UNDEFINED = re.compile(r"'(?P<name>[^']+)' is undefined|has no attribute '(?P<attr>[^']+)'")
_SPACES = re.compile(r"(?<=\S)[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[,.](?:\s|$))")
_BLANK_RUN = re.compile(r"\n{3,}")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
# Wherever _SPACES or _SPACE_BEFORE_PUNCT could match, this matches too.
_UNTIDY = re.compile(r"[ \t]{2}|[ \t][,.]")
_LINT_IGNORE = re.compile(r"\{#-?\s*thanknote:\s*ignore\[(?P<codes>[^\]]*)\]\s*-?#\}")


@attrs.frozen(kw_only=True)
class TemplateLimits:
    """Bounds on the work a template from the user may cause.

    They apply wherever a template renders in the sandbox (templates given
    with ``template=``, ``template_source=`` or ``template_dirs=``); going
    past one stops drafting with ``TemplateRenderError`` naming the template,
    the interviewer and the limit. The defaults leave every sensible note
    far inside; a web application drafting from its users' templates may
    tighten them, say ``TemplateLimits(max_seconds=0.2, max_output=20_000)``.

    Attributes:
        max_output: Characters one rendered template (text or HTML) may have;
            a single ``{{ … }}`` may not print more either.
        max_string: Length of any string a template builds, and the size
            (items plus characters) of any list, tuple or dict; also the
            largest width a format, a padding or an indent may ask for.
        max_loop: Iterations of any one ``{% for %}`` loop, and the length of
            the longest ``range()``.
        max_digits: Decimal digits of the largest integer ``*`` and ``**``
            may produce.
        max_depth: How deeply tags and expressions may nest in one template.
        max_seconds: Wall-clock time for one ``draft()`` call's rendering,
            checked at every loop iteration and call a template makes. It
            bounds work only: a note that renders in time is the same
            whatever the clock says.
    """

    max_output: int = 100_000
    max_string: int = 100_000
    max_loop: int = 1_000
    max_digits: int = 4_300
    max_depth: int = 50
    max_seconds: float = 2.0

    def __attrs_post_init__(self) -> None:
        for field in attrs.fields(type(self)):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise InvalidOptionError(
                    f"limits.{field.name}", value, f"expected a positive number, got {value!r}"
                )
            if field.name != "max_seconds" and not isinstance(value, int):
                raise InvalidOptionError(
                    f"limits.{field.name}", value, f"expected a whole number, got {value!r}"
                )


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
        limits: Bounds on output, loops, strings, numbers, nesting and time
            for templates rendered in the sandbox (see :class:`TemplateLimits`;
            the defaults when ``None``). They do not apply to templates
            rendered outside it (``sandboxed=False``).
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
        limits: TemplateLimits | None = None,
    ) -> None:
        if limits is not None and not isinstance(limits, TemplateLimits):
            raise InvalidOptionError("limits", limits, "expected a TemplateLimits")
        self.limits = limits if limits is not None else TemplateLimits()
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
        self._found: dict[
            tuple[str, str, str, str | bytes | None],
            tuple[jinja2.Template, jinja2.Template | None],
        ] = {}

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
        today: dt.date | None = None,
        to: str | None = None,
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
            today: The day the notes will be sent. A note sent on the
                interview day says "today", one sent within the week names
                the weekday, a later one the date (with the year only when
                it differs). Without it the weekday is used, as notes go out
                within a day.
            to: The name of one interviewer: the note to that person only.
                For a follow-up or a rejection reply, the person it answers
                (the one who sent the rejection) instead of the hiring
                manager.

        Returns:
            A tuple with one :class:`~thanknote.Note` per interviewer; for a
            follow-up or a rejection reply, one note to ``to``, else to the
            hiring manager (or the first interviewer when none is marked).

        Raises:
            InvalidOptionError: Unknown tone, locale or kind, or ``to`` names
                nobody in the interview.
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
        # One time budget for the whole call, however many notes it renders.
        deadline = time.monotonic() + self.limits.max_seconds
        tone = _check_tone(tone or interview.tone or self.tone)
        locale = _check_locale(locale or interview.locale or self.locale)
        locale = resolve_locale(locale, fallback or self.fallback)
        if kind not in KINDS:
            raise InvalidOptionError("kind", kind, f"expected one of {', '.join(KINDS)}")
        if today is not None and (not isinstance(today, dt.date) or isinstance(today, dt.datetime)):
            raise InvalidOptionError("today", today, "expected a date (datetime.date)")
        if template is not None and template_source is not None:
            raise InvalidOptionError(
                "template", template, "give a template or its source, not both"
            )
        text_template, html_template = self._templates(
            kind, tone, locale, template, template_source
        )
        ignore = _lint_ignores(text_template, template_source)
        people = range(len(interview.interviewers))
        if to is not None:
            chosen = _named(interview, to)
            people = range(chosen, chosen + 1)
        elif kind in _ONE_RECIPIENT:
            lead = interview.interviewers.index(interview.lead)
            people = range(lead, lead + 1)
        return tuple(
            self._render(
                interview, index, kind=kind, tone=tone, locale=locale,
                text_template=text_template, html_template=html_template, ignore=ignore,
                deadline=deadline, today=today,
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
            options: dict[str, Any] = {
                "loader": _FolderLoader(folders),
                # Built-in templates do not change while a program runs; the
                # user's may (an editor open beside a server), so they reload.
                "auto_reload": user_supplied,
                "undefined": jinja2.StrictUndefined,
                "autoescape": jinja2.select_autoescape(
                    enabled_extensions=("html", "htm", "html.j2", "htm.j2"),
                    default_for_string=False,
                    default=False,
                ),
                "trim_blocks": True,
                "lstrip_blocks": True,
                "keep_trailing_newline": True,
            }
            if sandboxed:
                env = _LimitedSandbox(self.limits, **options)
            else:
                env = jinja2.Environment(**options)
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
        if source is not None:
            return self._find_templates(kind, tone, locale, template, source)
        # Looked up once per kind, tone, locale and file; a template changed
        # on disk since (the user's own, being edited) is looked up afresh.
        key = (kind, tone, locale, None if template is None else os.fspath(template))
        found = self._found.get(key)
        if found is None or not all(t.is_up_to_date for t in found if t is not None):
            found = self._found[key] = self._find_templates(kind, tone, locale, template)
        return found

    def _find_templates(
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
            except TemplateError:
                raise
            except Exception as err:  # any failure to compile is the template's
                raise _compile_error(err, "<template string>") from None
            html = self._select(env, html_names) if html_names else None
            return text, html
        if template is not None:
            path = Path(template)
            if not path.is_file():
                problem = "is not a file" if path.exists() else "does not exist"
                raise TemplateNotFoundError(
                    f"template file {path} {problem}", template=str(path), searched=[str(path)]
                )
            # The caller named this file, so it is used even through a link;
            # its folder (where the file really is) is searched for the HTML
            # sibling and for what the template includes, imports or extends.
            real = path.resolve()
            env = self._environment(real.parent, language=root)
            sibling = _html_sibling(real.name)
            if sibling and (real.parent / sibling).is_file():
                html_names = [sibling]
            text_names = [real.name]
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
        except TemplateError:
            raise
        except Exception as err:  # any failure to compile is the template's
            raise _compile_error(err, names[0]) from None

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
        deadline: float,
        today: dt.date | None = None,
    ) -> Note:
        person = interview.interviewers[index]
        context = template_context(
            interview, person, tone=tone, locale=locale, kind=kind, today=today
        )
        raw = _run(text_template, context, person, deadline)
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
            html = Deferred(
                functools.partial(self._render_html, html_template, context, body, subject, person)
            )
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

    def _render_html(
        self,
        template: jinja2.Template,
        context: dict[str, Any],
        body: str,
        subject: str | None,
        person: Interviewer,
    ) -> str:
        # Rendered when first read, with a time budget of its own.
        paragraphs = body.rstrip("\n").split("\n\n")
        html_context = {**context, "paragraphs": paragraphs, "subject": subject}
        deadline = time.monotonic() + self.limits.max_seconds
        return _tidy_html(_run(template, html_context, person, deadline))


TEMPLATE_PACK_GROUP = "thanknote.templates"


def template_packs() -> tuple[Path, ...]:
    """Folders of the template packs installed under ``thanknote.templates``.

    Each entry point names a folder: a path, or a callable returning one
    (``importlib.resources.files("mypack") / "templates"`` works). A pack
    adds templates by name and language, laid out like the built-ins.
    """
    return tuple(folder for _, folder in plugin_folders(TEMPLATE_PACK_GROUP, "template pack"))


def _named(interview: Interview, name: object) -> int:
    """The place in the panel of the interviewer called ``name`` (case aside)."""
    people = interview.interviewers
    if isinstance(name, str):
        for wanted in (name.strip(), name.strip().casefold()):
            for index, person in enumerate(people):
                if wanted in (person.name, person.name.casefold()):
                    return index
    names = ", ".join(p.name for p in people)
    raise InvalidOptionError("to", name, f"{name!r} is not in the interview ({names})")


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
    today: dt.date | None = None,
    to: str | None = None,
) -> tuple[Note, ...]:
    """Draft one personalised note per interviewer.

    A shortcut for ``NoteBuilder(template_dirs).draft(interview, ...)`` that
    reuses builders, so repeated calls do not recompile templates.

    Args:
        interview: The interview, as returned by ``load_interview``.
        tone: ``"formal"``, ``"warm"`` or ``"concise"``.
        locale: Locale identifier such as ``"en_US"``.
        kind: ``"thank_you"`` (email), ``"card"`` (handwritten card),
            ``"follow_up"`` (the email after the decision time) or
            ``"rejection_reply"`` (the answer to a no).
        template: Path to the user's own text template.
        template_dirs: Folders searched before the built-in templates.
        template_source: The text of a template (rendered in the sandbox).
        fallback: Language to write in when the locale's language has no
            language pack (``"en"``); without it that is an error.
        today: The day the notes will be sent, so that a note says "today"
            or names the weekday as a person would.
        to: One interviewer's name: only the note to them; for a follow-up
            or a rejection reply, who it answers.

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
        today=today,
        to=to,
    )


@functools.lru_cache(maxsize=16)
def _builder(template_dirs: tuple[str, ...]) -> NoteBuilder:
    return NoteBuilder(template_dirs)


def template_context(
    interview: Interview,
    person: Interviewer,
    *,
    tone: Tone,
    locale: str,
    kind: NoteKind,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Build the mapping a text template is rendered with (see ``CONTEXT_NAMES``)."""
    language = language_code(locale)
    # Points as the user jotted them, turned into noun phrases said to the
    # reader ("she said the team is moving" → "your point that the team is moving").
    names = (person.name, person.first_name, person.last_name)
    own = _placed(place(p, language, names, link=link) for p, link in _linked(person))
    shared = _placed(
        place(p, language, towards_reader=False, link=link)
        for p, link in _linked(interview)
        if p not in person.talking_points
    )
    index = interview.interviewers.index(person)
    return {
        "candidate": interview.candidate,
        "interviewer": person,
        "interview": interview,
        # A point the candidate tied to themselves leads, so that a short
        # note (a card, a concise one) that names only one or two keeps it.
        "points": tuple(sorted(own + shared, key=lambda p: not p.link))[:_MAX_POINTS_IN_NOTE],
        "own_points": own,
        "shared_points": shared,
        "others": tuple(p for p in interview.interviewers if p is not person),
        "locale": locale,
        "language": language,
        "tone": tone,
        "kind": kind,
        "variant": index,
        "panel_size": len(interview.interviewers),
        "choose": chooser(interview, index),
        "on_day": on_day(interview.day, today, locale),
        "at_company": at_company_phrase(interview, locale),
        "position": position_in_prose(interview.position),
        "family_name": _family_name(person, language),
        "decision_by": decision_by(interview.decision_expected, interview.day, today, locale),
        "decision_when": decision_when(interview.decision_expected, interview.day, today, locale),
    }


def _placed(points: Iterable[Point]) -> tuple[Point, ...]:
    # A note to self no sentence can hold ("small team!! love this") stays out
    # of the note; check_interview tells the user how to write it.
    return tuple(p for p in points if p.kind != UNPLACED)


def _family_name(person: Interviewer, language: str) -> str:
    # The split the record made ("Ruiz" … "Ortega" → "Ortega") unless the
    # language names two surnames and the user gave no family name of their own.
    surnames = language_pack(language).lexicon.surnames
    if surnames == 1 or person.last_name != last_name(person.name):
        return person.last_name
    return family_name(person.name, surnames)


def _linked(record: Interview | Interviewer) -> Iterator[tuple[str, str]]:
    links = record.links or ("",) * len(record.talking_points)
    return zip(record.talking_points, links, strict=True)


def _lint_ignores(template: jinja2.Template, source: str | None = None) -> tuple[str, ...]:
    """Rule codes a template silences with ``{# thanknote: ignore[TN311, cliche] #}``."""
    if source is None:
        if template.filename is None:
            return ()
        # Read once per compiled template: Jinja compiles a file again when it
        # changes, and the new template object reads it again.
        known = _IGNORES.get(template)
        if known is None:
            try:
                known = _ignores_in(Path(template.filename).read_text(encoding="utf-8"))
            except OSError:
                known = ()
            _IGNORES[template] = known
        return known
    return _ignores_in(source)


_IGNORES: weakref.WeakKeyDictionary[jinja2.Template, tuple[str, ...]] = weakref.WeakKeyDictionary()


def _ignores_in(source: str) -> tuple[str, ...]:
    return tuple(
        code.strip()
        for match in _LINT_IGNORE.finditer(source)
        for code in match.group("codes").split(",")
        if code.strip()
    )


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
    if "\n\n\n" in joined:
        joined = _BLANK_RUN.sub("\n\n", joined)
    return joined.strip("\n") + "\n"


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
    # The command line lowers --tone; the API is as forgiving ("Formal").
    if isinstance(tone, str):
        tone = tone.lower()
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


# -- templates from the user: which files they may use, how much they may do -----


class _LimitError(Exception):
    """A template went past a :class:`TemplateLimits` bound while rendering or compiling.

    Raised inside Jinja and turned into ``TemplateRenderError`` (or, for
    :class:`_NotAllowedError`, ``TemplateNotFoundError``) at the edge, where
    the template, the line and the interviewer are known.
    """

    def __init__(self, message: str, template: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.template = template


class _NotAllowedError(_LimitError):
    """A template asked for a file that is not a template in the template folders."""


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)


class _FolderLoader(jinja2.FileSystemLoader):
    """Loads ``*.j2`` files from the template folders, and nothing else.

    Names are looked up in each folder in turn, as with Jinja's own loader;
    but only names ending in ``.j2`` are served, and a file reached through a
    link must really lie inside one of the folders. So a template can neither
    include the ``.env`` beside it nor ``/etc/hostname`` through a link.
    """

    def __init__(self, folders: Sequence[Path]) -> None:
        super().__init__([str(f) for f in folders], encoding="utf-8")
        self.folders = tuple(folders)
        self.roots = tuple(f.resolve() for f in folders)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if not template.endswith(".j2"):
            raise _NotAllowedError(
                f"{template!r} may not be used: only files ending in .j2 are templates", template
            )
        pieces = template.split("/")
        if any(p == ".." or os.sep in p or (os.altsep and os.altsep in p) for p in pieces):
            raise jinja2.TemplateNotFound(template)
        pieces = [p for p in pieces if p and p != "."]
        for folder in self.folders:
            candidate = folder.joinpath(*pieces)
            if not candidate.is_file():
                continue
            real = candidate.resolve()
            if not any(real.is_relative_to(root) for root in self.roots):
                raise _NotAllowedError(
                    f"{template!r} may not be used: it is a link to a file outside the "
                    "template folders",
                    template,
                )
            # Read what was checked, not the link again.
            source = real.read_bytes().decode(self.encoding)
            seen = _identity(os.stat(real))

            def uptodate(candidate: Path = candidate, seen: tuple[int, ...] = seen) -> bool:
                # One stat through any link: a link pointed elsewhere since, or
                # a file replaced or edited, is a new file, checked afresh.
                try:
                    return _identity(os.stat(candidate)) == seen
                except OSError:
                    return False

            return source, os.path.normpath(candidate), uptodate
        raise jinja2.TemplateNotFound(template)


class _Budget:
    """What one rendering of a sandboxed template has used so far."""

    __slots__ = ("deadline", "limits", "printed")

    def __init__(self, limits: TemplateLimits, deadline: float | None) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds if deadline is None else deadline
        self.printed = 0

    def tick(self) -> None:
        # The clock is read at every loop iteration and call to bound how long
        # a hostile template can keep a server busy. It never decides what a
        # note says: a note renders in full, the same as without the clock, or
        # not at all.
        if time.monotonic() > self.deadline:
            raise _LimitError(
                f"rendering took longer than {self.limits.max_seconds:g} s {_TIMED_OUT}"
            )


_TIMED_OUT = "(TemplateLimits.max_seconds)"
_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "thanknote_template_budget", default=None
)
# Macros, call blocks and {% set %} blocks print into strings that are printed
# again, so a template's expressions may print more than its output holds;
# this many times the output limit bounds the memory they can fill.
_PRINTED_FACTOR = 10
_CONTAINERS = (list, tuple, dict, set, frozenset)
_SIZED = (str, bytes, *_CONTAINERS)
_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_DIGITS = re.compile(r"\d+")
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "to_bytes", "expandtabs"})


def _extent(value: object, cap: int) -> int:
    """Characters and items in ``value`` (nested ones too), counted until past ``cap``."""
    if isinstance(value, str | bytes):
        return len(value)
    if not isinstance(value, _CONTAINERS):
        return 1
    if isinstance(value, list | tuple):
        # Most lists a template builds hold only strings: count them in one
        # pass, and walk the general way only on meeting a container.
        total = len(value)
        for item in value:
            if isinstance(item, str):
                total += len(item)
            elif isinstance(item, _SIZED):
                break
        else:
            return total
    total = 0
    stack: list[object] = [value]
    while stack and total <= cap:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, _CONTAINERS):
            total += len(item)
            if total <= cap:
                children = (*item.keys(), *item.values()) if isinstance(item, dict) else item
                stack.extend(c for c in children if isinstance(c, _SIZED))
    return total


def _too_long(what: str, limits: TemplateLimits) -> _LimitError:
    return _LimitError(
        f"{what} would be more than {limits.max_string:,} characters or items long "
        "(TemplateLimits.max_string)"
    )


def _check_extent(value: object, limits: TemplateLimits, what: str) -> None:
    if _extent(value, limits.max_string) > limits.max_string:
        raise _too_long(what, limits)


def _check_width(value: object, limits: TemplateLimits, what: str) -> None:
    if isinstance(value, int) and value > limits.max_string:
        raise _LimitError(
            f"{what} asks for a width of {value:,}, more than {limits.max_string:,} "
            "(TemplateLimits.max_string)"
        )


def _too_many_digits(operator: str, limits: TemplateLimits) -> _LimitError:
    return _LimitError(
        f"'{operator}' would make a number of more than {limits.max_digits:,} digits "
        "(TemplateLimits.max_digits)"
    )


def _check_binop(operator: str, left: Any, right: Any, limits: TemplateLimits) -> None:
    """Refuse ``**``, ``*``, ``+`` and ``%`` whose result would be too large to build."""
    ints = isinstance(left, int) and isinstance(right, int)
    if operator == "**":
        # The digits of left ** right, without computing it.
        if (
            ints
            and right > 0
            and abs(left) > 1
            and (right > 4 * limits.max_digits or right * math.log10(abs(left)) > limits.max_digits)
        ):
            raise _too_many_digits("**", limits)
    elif operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str | bytes | list | tuple) and isinstance(times, int):
                if times > 0 and _extent(seq, limits.max_string) * times > limits.max_string:
                    raise _too_long("the result of '*'", limits)
                return
        if ints and (left.bit_length() + right.bit_length()) * math.log10(2) > limits.max_digits:
            raise _too_many_digits("*", limits)
    elif operator == "+":
        sequences = (str, bytes, list, tuple)
        if isinstance(left, sequences) and isinstance(right, sequences):
            cap = limits.max_string
            if _extent(left, cap) + _extent(right, cap) > cap:
                raise _too_long("the result of '+'", limits)
    elif operator == "%" and isinstance(left, str | bytes):
        _check_printf(left, limits)


def _check_printf(pattern: str | bytes, limits: TemplateLimits) -> None:
    """Refuse ``%`` formatting that asks for huge widths (``'%0900000000d' % 1``)."""
    text = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
    for field in _PRINTF_FIELD.finditer(text):
        for number in field.groups():
            if number == "*":
                raise _LimitError("'*' widths in % formatting are not allowed in templates")
            if number:
                _check_width(_number(number), limits, "% formatting")


def _number(digits: str) -> int:
    # Python refuses to read ints of thousands of digits; any such is too wide.
    return int(digits) if len(digits) <= 18 else 10**18


def _check_format_spec(pattern: str, limits: TemplateLimits) -> None:
    """Refuse ``str.format`` fields that ask for huge widths (``'{:0900000000}'``)."""
    try:
        fields = list(string.Formatter().parse(pattern))
    except ValueError:
        return  # the call itself reports the broken pattern
    for _, _, spec, _ in fields:
        if not spec:
            continue
        if "{" in spec:
            raise _LimitError("format() fields inside a format spec are not allowed in templates")
        for number in _DIGITS.findall(spec):
            _check_width(_number(number), limits, "format()")


def _gather(items: Iterable[Any], limits: TemplateLimits, what: str, sep: int = 0) -> list[Any]:
    """``list(items)``, stopping as soon as it grows past ``max_string``."""
    gathered = []
    size = 0
    for item in items:
        size += _extent(item, limits.max_string) + sep
        if size > limits.max_string:
            raise _too_long(what, limits)
        gathered.append(item)
    return gathered


def _check_replace(
    text: object, old: object, new: object, count: object, limits: TemplateLimits
) -> None:
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return
    found = len(text) + 1 if not old else text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    if len(text) + found * (len(new) - len(old)) > limits.max_string:
        raise _too_long("the result of replace", limits)


def _check_method(
    method: Any, args: tuple[Any, ...], kwargs: dict[str, Any], limits: TemplateLimits
) -> tuple[Any, ...]:
    """Refuse calls of built-in methods that would build a huge string; return the arguments."""
    name = method.__name__
    owner = getattr(method, "__self__", None)
    if name in _WIDTH_METHODS:
        for value in (*args, *kwargs.values()):
            _check_width(value, limits, f"{name}()")
        if name == "expandtabs" and isinstance(owner, str | bytes):
            tabsize = args[0] if args else kwargs.get("tabsize", 8)
            tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
            if isinstance(tabsize, int) and len(owner) + tabs * tabsize > limits.max_string:
                raise _too_long("the result of expandtabs()", limits)
    elif name == "replace" and isinstance(owner, str) and len(args) >= 2:
        count = args[2] if len(args) > 2 else kwargs.get("count", -1)
        _check_replace(owner, args[0], args[1], count, limits)
    elif name == "translate" and isinstance(owner, str) and args and isinstance(args[0], dict):
        longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
        if len(owner) * longest > limits.max_string:
            raise _too_long("the result of translate()", limits)
    elif name == "join" and isinstance(owner, str | bytes) and args:
        items = _gather(args[0], limits, "the result of join()", len(owner))
        return (items, *args[1:])
    return args


def _filter_arg(rest: tuple[Any, ...], kwargs: Mapping[str, Any], i: int, key: str) -> Any:
    return rest[i] if len(rest) > i else kwargs.get(key)


def _check_filter(
    name: str, value: Any, rest: tuple[Any, ...], kwargs: Mapping[str, Any], limits: TemplateLimits
) -> Any:
    """Refuse a filter call that would build too much; return the value to filter."""
    what = f"the result of |{name}"
    if name in ("center", "batch", "slice"):
        key = {"center": "width", "batch": "linecount", "slice": "slices"}[name]
        _check_width(_filter_arg(rest, kwargs, 0, key), limits, f"|{name}")
    elif name == "indent" and isinstance(value, str):
        width = _filter_arg(rest, kwargs, 0, "width")
        size = len(width) if isinstance(width, str) else width if isinstance(width, int) else 4
        if len(value) + (value.count("\n") + 1) * size > limits.max_string:
            raise _too_long(what, limits)
    elif name == "wordwrap" and isinstance(value, str):
        wrap = _filter_arg(rest, kwargs, 2, "wrapstring")
        if isinstance(wrap, str) and len(value) * (1 + len(wrap)) > limits.max_string:
            raise _too_long(what, limits)
    elif name == "replace":
        old, new = _filter_arg(rest, kwargs, 0, "old"), _filter_arg(rest, kwargs, 1, "new")
        _check_replace(value, old, new, _filter_arg(rest, kwargs, 2, "count"), limits)
    elif name == "format" and isinstance(value, str):
        _check_printf(value, limits)
    elif name == "join":
        separator = _filter_arg(rest, kwargs, 0, "d")
        sep = len(separator) if isinstance(separator, str) else 0
        return _gather(value, limits, what, sep)
    elif name in ("list", "sum"):
        return _gather(value, limits, what)
    return value


def _guard_filter(name: str, func: Callable[..., Any], limits: TemplateLimits) -> Any:
    """Wrap a filter so that what it takes and what it makes stay within ``max_string``."""
    # Filters marked pass_context and the like get that argument first.
    first = 0 if getattr(func, "jinja_pass_arg", None) is None else 1

    def guarded(*args: Any, **kwargs: Any) -> Any:
        if len(args) > first:
            value = args[first]
            _check_extent(value, limits, f"the value given to |{name}")
            checked = _check_filter(name, value, args[first + 1 :], kwargs, limits)
            if checked is not value:
                args = (*args[:first], checked, *args[first + 1 :])
        result = func(*args, **kwargs)
        _check_extent(result, limits, f"the result of |{name}")
        return result

    # Keeps the pass_context-style markers Jinja reads from the function.
    return functools.update_wrapper(guarded, func)


@jinja2.pass_context
def _print(context: jinja2.runtime.Context, value: Any) -> Any:
    """Finalize every ``{{ … }}`` of a sandboxed template: bound what it prints."""
    env = context.environment
    if isinstance(env, _LimitedSandbox):
        limits = env.limits
        size = _extent(value, limits.max_output)
        if size > limits.max_output:
            raise _LimitError(
                f"one {{{{ … }}}} would print more than {limits.max_output:,} characters "
                "(TemplateLimits.max_output)"
            )
        budget = _BUDGET.get()
        if budget is not None:
            budget.printed += size
            if budget.printed > _PRINTED_FACTOR * limits.max_output:
                raise _LimitError(
                    f"the template printed more than {_PRINTED_FACTOR * limits.max_output:,} "
                    "characters, counting macros and blocks (TemplateLimits.max_output)"
                )
    return value


def _depth(tree: jinja2.nodes.Node) -> int:
    """How deeply the nodes of a parsed template nest (without recursing)."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return deepest


def _hook(name: str, node: jinja2.nodes.Node, *extra: str) -> jinja2.nodes.Node:
    """``environment.<name>(node, *extra)``, called through the sandbox."""
    args: list[jinja2.nodes.Node] = [node, *(jinja2.nodes.Const(e) for e in extra)]
    call = jinja2.nodes.Call(jinja2.nodes.EnvironmentAttribute(name), args, [], None, None)
    return call.set_lineno(node.lineno)


def _instrument(tree: jinja2.nodes.Node) -> None:
    """Route loops, includes and the lists, dicts, tuples and ``~`` a template builds via limits."""
    stack = [tree]
    while stack:  # without recursing: the tree may be deep
        node = stack.pop()
        for field, value in node.iter_fields():
            if isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, jinja2.nodes.Node))
                value[:] = [_instrumented(v, node, field) for v in value]
            elif isinstance(value, jinja2.nodes.Node):
                stack.append(value)
                setattr(node, field, _instrumented(value, node, field))


def _check(name: str, node: jinja2.nodes.Node, *extra: str) -> jinja2.nodes.Node:
    """``node|<name>(*extra)``: a check called directly, as filters are.

    A call goes through the sandbox's whole call path; the checks on every
    list and ``~`` a template builds are the environment's own functions
    and need none of it.
    """
    args: list[jinja2.nodes.Expr] = [jinja2.nodes.Const(e) for e in extra]
    check = jinja2.nodes.Filter(node, name, args, [], None, None)
    return check.set_lineno(node.lineno)


def _instrumented(child: Any, parent: jinja2.nodes.Node, field: str) -> Any:
    nodes = jinja2.nodes
    if isinstance(parent, nodes.For) and field == "iter":
        return _check(_LOOP_CHECK, child)
    if isinstance(parent, nodes.Include | nodes.Import | nodes.FromImport | nodes.Extends):
        # Not for its size: so that including (a template that includes
        # itself, say) counts against the time budget like a call.
        return _hook("thanknote_sized", child, "a template name") if field == "template" else child
    if isinstance(child, nodes.Concat):
        return _check(_SIZE_CHECK, child, "a string joined with '~'")
    if isinstance(child, nodes.List | nodes.Dict):
        return _check(_SIZE_CHECK, child, f"a {type(child).__name__.lower()}")
    if isinstance(child, nodes.Tuple) and child.ctx == "load":
        return _check(_SIZE_CHECK, child, "a tuple")
    return child


# Filter names no template can write ("|" takes a name), so a template can
# neither call nor replace them.
_SIZE_CHECK = "thanknote sized"
_LOOP_CHECK = "thanknote loop"


class _LimitedSandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, held to a :class:`TemplateLimits`.

    Operators that can build huge values go through :meth:`call_binop`, every
    call through :meth:`call`, every filter through a guard, every loop and
    literal through hooks the compiler adds (:func:`_instrument`), and every
    ``{{ … }}`` through :func:`_print`.
    """

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, limits: TemplateLimits, **options: Any) -> None:
        # Jinja's optimizer folds constant expressions while compiling, before
        # any limit applies ({{ 3 ** 6000000 }} took seconds): these templates
        # compile as written. A finalize that takes the context also keeps the
        # code generator from folding what {{ … }} prints.
        super().__init__(optimized=False, finalize=_print, **options)
        self.limits = limits

        def limited_range(*args: int) -> range:
            numbers = range(*args)
            try:
                count = len(numbers)
            except OverflowError:  # more than sys.maxsize numbers
                count = limits.max_loop + 1
            if count > limits.max_loop:
                raise _LimitError(
                    f"range() of more than {limits.max_loop:,} numbers (TemplateLimits.max_loop)"
                )
            return numbers

        self.globals["range"] = limited_range
        # Makes text of any length on request; no note needs it.
        self.globals.pop("lipsum", None)
        self.filters.update(FILTERS)
        self.filters = {name: _guard_filter(name, f, limits) for name, f in self.filters.items()}
        self.filters[_SIZE_CHECK] = self.thanknote_sized
        self.filters[_LOOP_CHECK] = self.thanknote_loop

    # -- hooks the compiled template calls -----------------------------------------

    def thanknote_loop(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """The iterable of a ``{% for %}``, cut off after ``max_loop`` items."""
        return _iterate(iterable, self.limits, _BUDGET.get())

    def thanknote_sized(self, value: Any, what: str) -> Any:
        """A value the template built, refused when larger than ``max_string``."""
        cap = self.limits.max_string
        if isinstance(value, str):  # most of them: a string joined with '~'
            if len(value) > cap:
                raise _too_long(what, self.limits)
            return value
        if type(value) is list or type(value) is tuple:
            # The rest: a list of strings (a bank of sentences), counted here.
            total = len(value)
            for item in value:
                if not isinstance(item, str):
                    break
                total += len(item)
            else:
                if total > cap:
                    raise _too_long(what, self.limits)
                return value
        _check_extent(value, self.limits, what)
        return value

    # -- the sandbox's own hooks --------------------------------------------------

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        _check_binop(operator, left, right, self.limits)
        result = super().call_binop(context, operator, left, right)
        if operator == "%":
            _check_extent(result, self.limits, "the result of '%'")
        return result

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = _BUDGET.get()
        if budget is not None:
            budget.tick()
        if type(obj) is jinja2.runtime.Macro:
            # A macro of the template itself: nothing in it can be unsafe that
            # the sandbox does not check where it happens, and all it prints
            # went through _print, which counts it.
            return context.call(obj, *args, **kwargs)
        if isinstance(obj, types.BuiltinMethodType):
            args = _check_method(obj, args, kwargs, self.limits)
        result = super().call(context, obj, *args, **kwargs)
        if _extent(result, self.limits.max_string) > self.limits.max_string:
            name = getattr(obj, "__name__", None) or getattr(obj, "name", None) or "a call"
            raise _too_long(f"the result of {name}()", self.limits)
        return result

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if type(value) is not types.BuiltinMethodType and type(value) is not types.MethodType:
            # Every attribute a template reads comes here: only a method can
            # be str.format (a builtin) or Markup.format (a Python method).
            return None
        formatter = super().wrap_str_format(value)
        if formatter is None:
            return None
        pattern = value.__self__
        assert isinstance(pattern, str)  # Jinja wraps only str.format and str.format_map
        limits = self.limits

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format_spec(pattern, limits)
            result = formatter(*args, **kwargs)
            _check_extent(result, limits, "the result of format()")
            return result

        return checked

    # -- compiling ------------------------------------------------------------------

    def _parse(self, source: str, name: str | None, filename: str | None) -> jinja2.nodes.Template:
        try:
            return super()._parse(source, name, filename)
        except RecursionError:
            raise _LimitError(
                f"{name or '<template string>'} nests tags or expressions too deeply to be "
                "read (TemplateLimits.max_depth)",
                name,
            ) from None

    def _generate(
        self,
        source: jinja2.nodes.Template,
        name: str | None,
        filename: str | None,
        defer_init: bool = False,
    ) -> str:
        what = name or "<template string>"
        depth = _depth(source)
        if depth > self.limits.max_depth:
            raise _LimitError(
                f"{what} nests tags or expressions {depth} levels deep, more than "
                f"{self.limits.max_depth} (TemplateLimits.max_depth)",
                name,
            )
        try:
            _instrument(source)
            source.set_environment(self)
            return super()._generate(source, name, filename, defer_init=defer_init)
        except RecursionError:
            raise _LimitError(
                f"{what} nests tags or expressions too deeply to compile "
                "(TemplateLimits.max_depth)",
                name,
            ) from None

    def _compile(self, source: str, filename: str) -> types.CodeType:
        try:
            return super()._compile(source, filename)
        except (SyntaxError, RecursionError, MemoryError) as err:
            what = "<template string>" if filename == "<template>" else filename
            reason = err.msg if isinstance(err, SyntaxError) else type(err).__name__
            raise _LimitError(
                f"{what} is too complex to compile ({reason}); nest fewer tags and "
                "expressions (TemplateLimits.max_depth)",
                what,
            ) from None


def _iterate(
    iterable: Iterable[Any], limits: TemplateLimits, budget: _Budget | None
) -> Iterator[Any]:
    for count, item in enumerate(iterable, 1):
        if count > limits.max_loop:
            raise _LimitError(
                f"a loop went past {limits.max_loop:,} iterations (TemplateLimits.max_loop)"
            )
        if budget is not None:
            budget.tick()
        yield item
