"""Formatting lint reports for people (text) and programs (JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from thanknote.linting.findings import Finding, LintReport

__all__ = ["LINT_SCHEMA_VERSION", "describe", "report_json", "report_lines"]

LINT_SCHEMA_VERSION = 1
"""Bumped whenever a field of the JSON report changes meaning or goes away."""


def describe(finding: Finding) -> str:
    """``CODE [severity] message``: a finding as every text output shows it.

    The command line, the template check and :func:`report_lines` put
    where it is in front (a path and position, or the note it concerns).
    """
    return f"{finding.code} [{finding.severity}] {finding.message}"


def report_lines(report: LintReport, path: str) -> list[str]:
    """``path:line:col: CODE [severity] message`` per finding, each with its suggestion.

    A rule that found more than the report keeps adds a last line,
    ``path: CODE: N more findings not shown``.
    """
    lines = []
    for f in report.findings:
        lines.append(f"{path}:{f.line}:{f.column}: {describe(f)}")
        if f.suggestion:
            lines.append(f"    suggestion: {f.suggestion}")
    for code, count in report.truncated:
        lines.append(f"{path}: {code}: {count} more {_findings(count)} not shown")
    return lines


def _findings(count: int) -> str:
    return "finding" if count == 1 else "findings"


def report_json(reports: Sequence[tuple[str, LintReport]]) -> str:
    """One JSON document for several files' reports, with a ``schema_version``.

    Each file has ``path``, ``ok``, ``findings`` and ``truncated``: the
    number of findings left out per rule code (empty when none was).
    """
    document = {
        "schema_version": LINT_SCHEMA_VERSION,
        "files": [
            {
                "path": path,
                "ok": report.ok,
                "findings": [f.to_dict() for f in report.findings],
                "truncated": dict(report.truncated),
            }
            for path, report in reports
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
