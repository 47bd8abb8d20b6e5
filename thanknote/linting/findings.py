"""What the lint pass reports: :class:`Finding` and :class:`LintReport`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import attrs

__all__ = ["SEVERITIES", "Finding", "LintReport", "Severity", "severity_rank"]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
_RANK = {"info": 0, "warning": 1, "error": 2}


def severity_rank(severity: str) -> int:
    """Order severities: info < warning < error."""
    return _RANK[severity]


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the lint pass noticed in a note.

    Attributes:
        code: Stable code such as ``"TN101"``.
        rule: Stable kebab-case rule name such as ``"missing-gratitude"``.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        message: What is wrong, in one sentence.
        start: Character offset where the problem starts, into exactly the
            text that was linted. For something missing, where to add it.
        end: Character offset just after the problem (``start`` when the
            finding marks a place rather than a stretch of text).
        line: 1-based line of ``start``.
        column: 1-based column of ``start``.
        suggestion: What to write instead, or what to add and where.
        note: For panel findings, the 0-based index of the note concerned.
    """

    code: str
    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    suggestion: str | None = None
    note: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as JSON-ready data."""
        return attrs.asdict(self)


def _sorted(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(
        sorted(
            findings,
            key=lambda f: (
                -1 if f.note is None else f.note,
                f.start,
                f.end,
                -severity_rank(f.severity),
                f.code,
            ),
        )
    )


def _counts(value: Mapping[str, int] | Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((code, count) for code, count in items if count))


@attrs.frozen(kw_only=True)
class LintReport:
    """Every finding for one text, sorted by position.

    Attributes:
        findings: The findings, sorted by note, position, then severity.
        truncated: For each rule that found more than a report keeps (see
            ``LintConfig.max_findings``), its code and how many findings were
            left out, as ``(code, count)`` pairs sorted by code; empty when
            nothing was left out. ``dict(report.truncated)`` gives a mapping.
            The findings kept are the rule's first ones.
    """

    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_sorted)
    truncated: tuple[tuple[str, int], ...] = attrs.field(default=(), converter=_counts)

    @property
    def ok(self) -> bool:
        """True when no finding has severity ``"error"``."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings of severity ``"error"``."""
        return self.at_least("error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Findings of severity ``"warning"`` exactly."""
        return tuple(f for f in self.findings if f.severity == "warning")

    def at_least(self, severity: Severity) -> tuple[Finding, ...]:
        """Findings at ``severity`` or above (``"warning"`` includes errors)."""
        floor = severity_rank(severity)
        return tuple(f for f in self.findings if severity_rank(f.severity) >= floor)

    def by_rule(self, rule: str) -> tuple[Finding, ...]:
        """Findings of one rule, given by code (``"TN101"``) or name."""
        return tuple(f for f in self.findings if rule in (f.code, f.rule))

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)
