"""The lint extension point: the :class:`Rule` protocol, its context and registry.

A rule is any object with ``code``, ``name``, ``severity`` and a ``check``
method; it needs no import of thanknote to qualify. Built-in rules are plain
functions wrapped once by :func:`rule`. A :class:`RuleRegistry` is an
ordinary object owned by whoever builds it; there is no global registry.
Third-party rules are found through the ``thanknote.rules`` entry-point
group: each entry point names a rule object, a rule class, or a callable
returning an iterable of rules.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

import attrs

from thanknote._i18n import translate
from thanknote.errors import InvalidOptionError
from thanknote.linting.findings import SEVERITIES, Finding, Severity
from thanknote.linting.text import NoteText
from thanknote.model import Interview, Interviewer

__all__ = ["ENTRY_POINT_GROUP", "Hit", "LintContext", "Rule", "RuleRegistry", "rule"]

ENTRY_POINT_GROUP = "thanknote.rules"


@attrs.frozen(kw_only=True)
class LintContext:
    """What a rule may know besides the text.

    Attributes:
        interview: The interview the note belongs to, when known.
        interviewer: The person the note is for, when known.
        locale: Locale of the note (``"en_US"``).
        kind: ``"thank_you"`` or ``"card"``.
        sent_at: When the note is (to be) sent, for the timing rules.
        max_words: Above this many words a note is long.
        min_words: Below this many words a note says too little.
    """

    interview: Interview | None = None
    interviewer: Interviewer | None = None
    locale: str = "en_US"
    kind: str = "thank_you"
    sent_at: dt.datetime | None = None
    max_words: int = 250
    min_words: int = 50

    @property
    def language(self) -> str:
        """The note's language: ``"en"`` for ``"en_US"``."""
        return _language(self.locale)

    @property
    def others(self) -> tuple[Interviewer, ...]:
        """The other interviewers of the panel."""
        if self.interview is None:
            return ()
        return tuple(p for p in self.interview.interviewers if p != self.interviewer)


@functools.lru_cache(maxsize=64)
def _language(locale: str) -> str:
    return locale.split("_")[0].lower()


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


@attrs.frozen(kw_only=True)
class _FunctionRule:
    code: str
    name: str
    severity: Severity
    summary: str
    function: _Check = attrs.field(repr=False)

    def check(self, text: NoteText, context: LintContext) -> list[Finding]:
        # A list, not a generator: most rules find nothing, and this runs
        # once per rule per note.
        locale = context.locale
        return [
            Finding(
                code=self.code,
                rule=self.name,
                severity=self.severity,
                message=translate(locale, hit.message, **hit.params),
                start=hit.start,
                end=hit.end,
                suggestion=(
                    None
                    if hit.suggestion is None
                    else translate(locale, hit.suggestion, **hit.params)
                ),
            )
            for hit in self.function(text, context)
        ]


def rule(code: str, name: str, severity: Severity, summary: str) -> Callable[[_Check], Rule]:
    """Turn a function ``(text, context) -> Iterable[Hit]`` into a :class:`Rule`."""

    def wrap(function: _Check) -> Rule:
        return _FunctionRule(
            code=code, name=name, severity=severity, summary=summary, function=function
        )

    return wrap


class RuleRegistry:
    """An ordered set of rules with unique codes and names.

    Args:
        rules: The rules to start with.
    """

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        self._names: dict[str, str] = {}
        for item in rules:
            self.register(item)

    @classmethod
    def builtin(cls) -> RuleRegistry:
        """A registry holding thanknote's own rules."""
        from thanknote.linting.rules import BUILTIN_RULES

        return cls(BUILTIN_RULES)

    @classmethod
    def default(cls) -> RuleRegistry:
        """The built-in rules plus every rule installed under ``thanknote.rules``."""
        registry = cls.builtin()
        registry.load_entry_points()
        return registry

    def register(self, item: Rule) -> None:
        """Add a rule.

        Raises:
            InvalidOptionError: The object is not a rule, or its code or name
                is taken.
        """
        if not isinstance(item, Rule) or item.severity not in SEVERITIES:
            raise InvalidOptionError("rule", item, f"{item!r} does not satisfy the Rule protocol")
        if item.code in self._rules:
            raise InvalidOptionError("rule", item, f"rule code {item.code} is already registered")
        if item.name in self._names:
            raise InvalidOptionError("rule", item, f"rule name {item.name} is already registered")
        self._rules[item.code] = item
        self._names[item.name] = item.code

    def load_entry_points(self) -> None:
        """Register every rule published under the ``thanknote.rules`` group."""
        from importlib.metadata import entry_points

        for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
            loaded = point.load()
            if isinstance(loaded, type):
                loaded = loaded()
            items = [loaded] if isinstance(loaded, Rule) else list(loaded())
            for item in items:
                self.register(item)

    def get(self, key: str) -> Rule | None:
        """Find a rule by code or by name."""
        return self._rules.get(key) or self._rules.get(self._names.get(key, ""))

    def codes(self) -> tuple[str, ...]:
        """Every registered code, in registration order."""
        return tuple(self._rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None
