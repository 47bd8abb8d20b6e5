"""The lint extension point: the :class:`Rule` protocol and what a rule is given.

A rule is any object with ``code``, ``name``, ``severity`` and a ``check``
method; it needs no import of thanknote to qualify. A rule written as a
function ``(text, context) -> Iterable[Hit]`` is wrapped once by
:func:`rule`. Which rules run is the job of :mod:`.registry`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, runtime_checkable

import attrs

from thanknote._i18n import translate
from thanknote._locales import language_code
from thanknote.linting.findings import Finding, Severity
from thanknote.linting.text import NoteText

if TYPE_CHECKING:
    import datetime as dt

    from thanknote.model import Interview, Interviewer, NoteKind

__all__ = ["Hit", "LintContext", "Rule", "rule"]


@attrs.frozen(kw_only=True)
class LintContext:
    """What a rule may know besides the text.

    Attributes:
        interview: The interview the note belongs to, when known.
        interviewer: The person the note is for, when known.
        locale: Locale of the note (``"en_US"``).
        kind: What the note is: ``"thank_you"``, ``"card"``,
            ``"follow_up"`` or ``"rejection_reply"``.
        sent_at: When the note is (to be) sent, for the timing rules.
        max_words: Above this many words a note is long.
        min_words: Below this many words a note says too little.
    """

    interview: Interview | None = None
    interviewer: Interviewer | None = None
    locale: str = "en_US"
    kind: NoteKind = "thank_you"
    sent_at: dt.datetime | None = None
    max_words: int = 250
    min_words: int = 50

    @property
    def language(self) -> str:
        """The note's language: ``"en"`` for ``"en_US"``."""
        return language_code(self.locale)

    @property
    def others(self) -> tuple[Interviewer, ...]:
        """The other interviewers of the panel."""
        if self.interview is None:
            return ()
        return tuple(p for p in self.interview.interviewers if p != self.interviewer)


@runtime_checkable
class Rule(Protocol):
    """A lint rule.

    Attributes:
        code: Stable code, such as ``"TN101"``; third-party rules should use
            their own prefix.
        name: Stable kebab-case name, such as ``"missing-gratitude"``.
        severity: Default severity; configuration may change it.
    """

    @property
    def code(self) -> str:
        """Stable code such as ``"TN101"``."""
        ...

    @property
    def name(self) -> str:
        """Stable kebab-case name such as ``"missing-gratitude"``."""
        ...

    @property
    def severity(self) -> Severity:
        """Default severity."""
        ...

    def check(self, text: NoteText, context: LintContext) -> Iterable[Finding]:
        """Yield the findings for ``text``; offsets index ``text.text``."""
        ...


@attrs.frozen
class Hit:
    """What a built-in rule function reports; :func:`rule` makes it a Finding.

    ``message`` and ``suggestion`` are English messages marked with ``N_``,
    with ``{placeholders}`` filled from ``params`` after translation into
    the note's language.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    params: dict[str, Any] = attrs.field(factory=dict)


_Check = Callable[[NoteText, LintContext], Iterable[Hit]]


class _FunctionRule(NamedTuple):
    # A named tuple, not an attrs class: the class is built on every cold
    # start, and an attrs class takes several times longer to build.
    code: str
    name: str
    severity: Severity
    summary: str
    function: _Check

    def check(self, text: NoteText, context: LintContext) -> list[Finding]:
        # A list, not a generator: most rules find nothing, and this runs
        # once per rule per note.
        locale = context.locale
        return [self._finding(hit, locale) for hit in self.function(text, context)]

    def check_at_most(
        self, text: NoteText, context: LintContext, limit: int
    ) -> tuple[list[Finding], int]:
        """The first ``limit`` findings, and how many more there are.

        The rest are counted, not translated: a text with thousands of the
        same mistake costs little more than finding them.
        """
        locale = context.locale
        kept: list[Finding] = []
        more = 0
        for hit in self.function(text, context):
            if more or len(kept) == limit:
                more += 1
            else:
                kept.append(self._finding(hit, locale))
        return kept, more

    def _finding(self, hit: Hit, locale: str) -> Finding:
        return Finding(
            code=self.code,
            rule=self.name,
            severity=self.severity,
            message=translate(locale, hit.message, **hit.params),
            start=hit.start,
            end=hit.end,
            suggestion=(
                None if hit.suggestion is None else translate(locale, hit.suggestion, **hit.params)
            ),
        )


def rule(code: str, name: str, severity: Severity, summary: str) -> Callable[[_Check], Rule]:
    """Turn a function ``(text, context) -> Iterable[Hit]`` into a :class:`Rule`."""

    def wrap(function: _Check) -> Rule:
        return _FunctionRule(
            code=code, name=name, severity=severity, summary=summary, function=function
        )

    return wrap
