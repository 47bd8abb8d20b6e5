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

The parts with a job of their own live beside it: the sandbox and its
limits (:mod:`thanknote._sandbox`), the filters (:mod:`thanknote._filters`) and
running a template with its errors (:mod:`thanknote._running`).

Kept whole: :class:`NoteBuilder` is one object (finding a template, the
environments it is compiled in and the loop over the panel share its caches
and options), and :func:`template_context` stays beside it because it is
where a note's wording is chosen, and tests replace the chooser it calls here.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import jinja2
import jinja2.nodes
import jinja2.sandbox

from thanknote._company import at_company_phrase, position_in_prose
from thanknote._deferred import Deferred
from thanknote._filters import FILTERS
from thanknote._header import text_problem
from thanknote._locales import parse_locale
from thanknote._names import family_name, last_name
from thanknote._points import PROMISE, UNPLACED, Point, own_words, place, said_in_note, with_links
from thanknote._resources import builtin_templates, plugin_folders
from thanknote._running import _compile_error, _run, _split_subject, _syntax_error, _tidy_html
from thanknote._sandbox import (
    TemplateLimits,
    _FolderLoader,
    _LimitedSandbox,
)
from thanknote._wording import chooser, decision_by, decision_when, on_day
from thanknote.errors import (
    InvalidOptionError,
    TemplateError,
    TemplateNotFoundError,
    TemplateRenderError,
)
from thanknote.languages import language_code, language_pack, resolve_locale
from thanknote.model import KINDS, TONES, Candidate, Interview, Interviewer, Note, NoteKind, Tone

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

CONTEXT_NAMES = frozenset(
    {
        "candidate", "interviewer", "interview", "points", "own_points", "shared_points",
        "others", "locale", "language", "tone", "kind", "variant", "panel_size",
        "choose", "on_day", "at_company", "decision_by", "decision_when", "position",
        "family_name", "address", "promises",
    }
)  # fmt: skip
"""Every name a text template can use; HTML templates also get ``paragraphs``
and ``subject``."""

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
        notes = []
        for index in people:
            used, text, html = tone, text_template, html_template
            if template is None and template_source is None:
                used = _register(tone, interview.interviewers[index], locale)
                if used != tone:
                    text, html = self._templates(kind, used, locale, None)
            notes.append(
                self._render(
                    interview, index, kind=kind, tone=used, locale=locale,
                    text_template=text, html_template=html, ignore=ignore,
                    deadline=deadline, today=today,
                )
            )  # fmt: skip
        return tuple(notes)

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


# The key of a pack's [address] table that gives how its warm notes address
# a reader who has an honorific ("Lieber Herr Hofstetter" … "Sie").
_WARM_TO_HONORIFIC = "warm_to_honorific"


def _register(tone: Tone, person: Interviewer, locale: str) -> Tone:
    """The tone a built-in note takes for ``person``: formal where warmth would be too familiar.

    A warm note in a language whose warm tone says "du", "tu" or "tú"
    would address a reader the user calls "Herr", "Dott.ssa" or "Sra."
    as a friend. A pack whose warm templates can say the polite form
    declares it (``warm_to_honorific`` in its ``[address]`` table) and keeps
    the warm note; for any other, such a reader gets the formal note.
    """
    if tone != "warm" or person.honorific is None:
        return tone
    address = language_pack(language_code(locale)).lexicon.address
    if _WARM_TO_HONORIFIC in address or address.get("warm", "") == address.get("formal", ""):
        return tone
    return "formal"


def _address(tone: Tone, person: Interviewer, language: str) -> str:
    """How the note addresses ``person`` ("Sie", "du"): the ``address`` context variable."""
    address = language_pack(language).lexicon.address
    if tone == "warm" and person.honorific is not None and _WARM_TO_HONORIFIC in address:
        return address[_WARM_TO_HONORIFIC]
    return address.get(tone, "")


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
    return shared_builder(template_dirs).draft(
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


def shared_builder(template_dirs: Sequence[str | os.PathLike[str]] = ()) -> NoteBuilder:
    """The builder :func:`draft` keeps for these template folders (made once)."""
    return _builder(tuple(str(Path(d).resolve()) for d in template_dirs))


@functools.lru_cache(maxsize=16)
def _builder(template_dirs: tuple[str, ...]) -> NoteBuilder:
    return NoteBuilder(template_dirs)


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


# -- templates from the user: which files they may use, how much they may do -----


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
    placed = [place(p, language, names, link=link) for p, link in _linked(person)]
    own = _placed(p for p in placed if p.kind != PROMISE)
    shared = _placed(
        place(p, language, towards_reader=False, link=link)
        for p, link in _linked(interview)
        if p not in person.talking_points
    )
    index = interview.interviewers.index(person)
    day = interview.day  # a time zone conversion: done once, not per phrase
    return {
        "candidate": _as_said(interview.candidate, language),
        "interviewer": person,
        "interview": interview,
        "points": tuple((own + shared)[i] for i in said_in_note(own + shared)),
        "own_points": own,
        # What the candidate noted to send this reader: the close keeps the promise.
        "promises": tuple(p for p in placed if p.kind == PROMISE),
        "shared_points": shared,
        "others": tuple(p for p in interview.interviewers if p is not person),
        "locale": locale,
        "language": language,
        "tone": tone,
        "kind": kind,
        "variant": index,
        "panel_size": len(interview.interviewers),
        "choose": chooser(interview, index),
        "on_day": on_day(day, today, locale),
        "at_company": at_company_phrase(interview, locale),
        "position": _position(interview.position, language),
        "family_name": _family_name(person, language),
        "address": _address(tone, person, language),
        "decision_by": decision_by(interview.decision_expected, day, today, locale),
        "decision_when": decision_when(interview.decision_expected, day, today, locale),
    }


def _position(position: str, language: str) -> str:
    # A job title is a noun: where nouns take a capital, one typed without
    # it ("tischlergeselle") would be a misspelling in the note.
    said = position_in_prose(position)
    if said[:1].islower() and language_pack(language).lexicon.lower_case_noun:
        return said[:1].upper() + said[1:]
    return said


def _as_said(candidate: Candidate, language: str) -> Candidate:
    # The strength is the candidate's own words, said as a note says them:
    # "ran a 40-person team" needs its "I" after "since".
    if not candidate.strength:
        return candidate
    said = own_words(candidate.strength, language, strength=True)
    return attrs.evolve(candidate, strength=said or None)


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
    return with_links(record.talking_points, record.links)
