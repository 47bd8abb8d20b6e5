"""Running rules over a note: :class:`Linter`, :func:`lint` and :func:`lint_panel`."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeGuard

from thanknote.errors import InvalidOptionError, LintRuleError
from thanknote.languages import resolve_locale
from thanknote.linting.config import LintConfig, designates, exact_codes
from thanknote.linting.findings import Finding, LintReport, Severity
from thanknote.linting.greeting import matches_person, name_words
from thanknote.linting.patterns import guess_language
from thanknote.linting.protocol import LintContext, Rule, _FunctionRule
from thanknote.linting.registry import RuleRegistry
from thanknote.linting.text import NoteText

if TYPE_CHECKING:
    import datetime as dt

    from thanknote.model import Interview, Interviewer, Note, NoteKind

__all__ = ["Linter", "lint", "lint_panel"]


class Linter:
    """Runs a registry's rules under a configuration.

    Build one and reuse it: it resolves which rules run once, and holds no
    state between calls, so one linter may serve several threads.

    The work is bounded: a text over ``config.max_chars`` characters is
    refused, and each rule reports at most ``config.max_findings`` findings
    per text (the rest are counted in :attr:`LintReport.truncated`). A rule
    that raises is reported as a :class:`~thanknote.LintRuleError`
    naming the rule and where it comes from.

    Args:
        registry: The rules; defaults to the built-ins plus installed plugins.
        config: Selection, severities and limits; defaults to all rules.

    Raises:
        InvalidConfigError: The configuration names codes no rule has.
    """

    def __init__(
        self, *, registry: RuleRegistry | None = None, config: LintConfig | None = None
    ) -> None:
        self.registry = registry if registry is not None else RuleRegistry.default()
        self.config = config if config is not None else LintConfig()
        self.config.check_codes(self.registry)
        self._codes = exact_codes(self.registry)
        self._rules: tuple[tuple[Rule, Severity], ...] = tuple(
            (r, self.config.severity_of(r, self._codes))
            for r in self.registry
            if self.config.enabled(r, self._codes)
        )
        # Each rule with the call that gives its first findings and the count of the rest.
        self._runs: tuple[tuple[Rule, Severity, _Run], ...] = tuple(
            (r, severity, _runner(r)) for r, severity in self._rules
        )

    def lint(
        self,
        text: str | Note,
        *,
        interview: Interview | None = None,
        interviewer: Interviewer | str | None = None,
        locale: str | None = None,
        kind: NoteKind | None = None,
        sent_at: dt.datetime | None = None,
        ignore: Iterable[str] = (),
        fallback: str | None = None,
    ) -> LintReport:
        """Lint one note; see :func:`thanknote.lint`."""
        if not isinstance(text, str) and _is_note(text):
            drafted = text
            text = drafted.text
            interview = interview or drafted.interview
            interviewer = interviewer or drafted.interviewer
            locale = locale or drafted.locale
            kind = kind or drafted.kind
            ignore = (*drafted.lint_ignore, *ignore)
        if not isinstance(text, str):
            raise InvalidOptionError("text", text, f"expected a str, got {type(text).__name__}")
        self._check_size(text, "text")
        if sent_at is not None and sent_at.utcoffset() is None:
            raise InvalidOptionError("sent_at", sent_at, "must be timezone-aware")
        note = NoteText(text)
        given = locale or (interview.locale if interview else None)
        if given is None:
            # Nothing says which language the note is in: the note itself
            # does, so that a German note is never judged by English rules.
            guess = guess_language(note.vocabulary)
            given = guess[0] if guess else "en_US"
        locale = resolve_locale(given, fallback)
        person = _resolve(interview, interviewer, note)
        context = LintContext(
            interview=interview,
            interviewer=person,
            locale=locale,
            kind=kind or "thank_you",
            sent_at=sent_at,
            max_words=self.config.max_words,
            min_words=self.config.min_words,
        )
        skip = tuple(ignore)
        limit = self.config.max_findings
        findings: list[Finding] = []
        truncated: dict[str, int] = {}
        for rule, severity, run in self._runs:
            if skip and designates(skip, rule, self._codes):
                continue
            try:
                kept, more = run(note, context, limit)
                for finding in kept:
                    findings.append(_placed(finding, severity, note))
            except Exception as err:  # re-raised below, naming the rule
                raise LintRuleError(
                    rule.code,
                    rule.name,
                    self.registry.origin(rule.code),
                    f"{type(err).__name__}: {err}",
                ) from err
            if more:
                truncated[rule.code] = more
        return LintReport(findings=findings, truncated=truncated)

    def _check_size(self, text: str, option: str) -> None:
        limit = self.config.max_chars
        if len(text) > limit:
            raise InvalidOptionError(
                option,
                text,
                f"{len(text):,} characters is over the limit of {limit:,} for one note "
                "(LintConfig.max_chars, max-chars in the configuration)",
            )

    def lint_panel(self, notes: Sequence[Note]) -> LintReport:
        """Compare the notes of one interview; see :func:`thanknote.lint_panel`."""
        from thanknote.linting.rules.panel import panel_findings

        for index, note in enumerate(notes):
            self._check_size(note.text, f"notes[{index}].text")
        active = {rule.code: severity for rule, severity in self._rules}
        findings = [
            _placed(finding, active[finding.code], NoteText(notes[finding.note or 0].text))
            for finding in panel_findings(notes)
            if finding.code in active
        ]
        return LintReport(findings=findings)


_Run = Callable[[NoteText, LintContext, int], tuple[list[Finding], int]]


def _runner(rule: Rule) -> _Run:
    """The call giving a rule's first ``limit`` findings and how many more it has."""
    if isinstance(rule, _FunctionRule):
        return rule.check_at_most

    def run(note: NoteText, context: LintContext, limit: int) -> tuple[list[Finding], int]:
        kept: list[Finding] = []
        more = 0
        for finding in rule.check(note, context):
            if more or len(kept) == limit:
                more += 1
            else:
                kept.append(finding)
        return kept, more

    return run


def _placed(finding: Finding, severity: Severity, note: NoteText) -> Finding:
    size = len(note.text)
    start = min(max(finding.start, 0), size)
    end = min(max(finding.end, start), size)
    line, column = note.line_column(start)
    return Finding(
        code=finding.code,
        rule=finding.rule,
        severity=severity,
        message=finding.message,
        start=start,
        end=end,
        line=line,
        column=column,
        suggestion=finding.suggestion,
        note=finding.note,
    )


def _resolve(
    interview: Interview | None, interviewer: Interviewer | str | None, note: NoteText
) -> Interviewer | None:
    if interview is None:
        if isinstance(interviewer, str):
            raise InvalidOptionError("interviewer", interviewer, "naming one needs the interview")
        return interviewer
    from thanknote.model import Interviewer  # loaded already: there is an interview

    if isinstance(interviewer, Interviewer):
        return interviewer
    people = interview.interviewers
    if isinstance(interviewer, str):
        wanted = " ".join(interviewer.casefold().split())
        for person in people:
            if wanted in (person.name.casefold(), person.first_name.casefold()):
                return person
        names = ", ".join(p.name for p in people)
        raise InvalidOptionError("interviewer", interviewer, f"not in the interview ({names})")
    if len(people) == 1:
        return people[0]
    return _addressee(note, people)


def _addressee(note: NoteText, people: Sequence[Interviewer]) -> Interviewer | None:
    # A hand-written note to one panel member usually says whom it is for.
    span = note.salutation_name
    if span is None:
        return None
    _, words = name_words(note.text[span.start : span.end])
    found = [p for p in people if matches_person(words, p)]
    return found[0] if len(found) == 1 else None


def _is_note(value: object) -> TypeGuard[Note]:
    # Imported here: linting a text file never builds the record classes.
    from thanknote.model import Note

    return isinstance(value, Note)


@functools.cache
def _default_linter() -> Linter:
    return Linter()


def lint(
    text: str | Note,
    *,
    interview: Interview | None = None,
    interviewer: Interviewer | str | None = None,
    locale: str | None = None,
    config: LintConfig | None = None,
    kind: NoteKind | None = None,
    sent_at: dt.datetime | None = None,
    ignore: Iterable[str] = (),
    fallback: str | None = None,
) -> LintReport:
    """Check a note for gratitude, specifics, interest and costly mistakes.

    Works on any text: a drafted note or one rewritten by hand. With the
    interview (and the interviewer) the checks become stricter: talking
    points, names, the company and the position are checked against it.

    Args:
        text: The note exactly as it will be sent; findings index into it.
            A drafted :class:`~thanknote.Note` brings its own interview,
            interviewer, locale, kind and the codes its template silences;
            the other arguments, when given, take precedence.
        interview: The interview the note belongs to.
        interviewer: The person it is for, or their name. Without it, the
            greeting is used to tell who it is for.
        locale: The note's locale; defaults to the interview's, else to the
            language the note reads as (English when it is too short to tell).
        config: Rules, severities and limits; defaults to all rules.
        kind: ``"thank_you"`` (the default), ``"card"`` (which may be
            shorter), ``"follow_up"`` or ``"rejection_reply"`` (neither is
            timed from the interview).
        sent_at: When the note is sent, for the timing rules (aware).
        ignore: Codes, prefixes or names to skip for this text only.
        fallback: Language whose rules judge the note when the locale's
            language has no language pack (``"en"``), with a
            ``FallbackLanguageWarning``; without it that is an error.

    Returns:
        A :class:`~thanknote.LintReport`; ``report.ok`` is false when any
        finding is an error. Each rule reports at most ``config.max_findings``
        findings (10,000 by default); ``report.truncated`` counts the rest.

    Raises:
        InvalidOptionError: The text is not a string, or is longer than
            ``config.max_chars`` (100,000 characters by default).
        UnsupportedLanguageError: No language pack for the locale's language,
            and no fallback.
        LintRuleError: A rule failed; it names the rule and its plugin, and
            the rule's exception is its ``__cause__``.
    """
    linter = _default_linter() if config is None else Linter(config=config)
    return linter.lint(
        text,
        interview=interview,
        interviewer=interviewer,
        locale=locale,
        kind=kind,
        sent_at=sent_at,
        ignore=ignore,
        fallback=fallback,
    )


def lint_panel(notes: Sequence[Note], *, config: LintConfig | None = None) -> LintReport:
    """Compare the notes to one interview's panel with each other.

    Reports two notes that read alike (``similar-notes``, above
    :data:`~thanknote.linting.panel.SIMILARITY_THRESHOLD`) and a note that uses
    none of its own interviewer's talking points while the others use
    theirs (``no-own-points``). Each finding's ``note`` is the index of the
    note it concerns, and its offsets index that note's text.
    """
    linter = _default_linter() if config is None else Linter(config=config)
    return linter.lint_panel(notes)
