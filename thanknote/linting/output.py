"""Formatting lint reports for people (text) and programs (JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from thanknote.linting.findings import LintReport

__all__ = ["LINT_SCHEMA_VERSION", "report_json", "report_lines"]

LINT_SCHEMA_VERSION = 1
"""Bumped whenever a field of the JSON report changes meaning or goes away."""


def report_lines(report: LintReport, path: str) -> list[str]:
    """``path:line:col: CODE [severity] message`` per finding, each with its suggestion."""
    lines = []
    for f in report.findings:
        lines.append(f"{path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}")
        if f.suggestion:
            lines.append(f"    suggestion: {f.suggestion}")
    return lines


def report_json(reports: Sequence[tuple[str, LintReport]]) -> str:
    """One JSON document for several files' reports, with a ``schema_version``."""
    document = {
        "schema_version": LINT_SCHEMA_VERSION,
        "files": [
            {
                "path": path,
                "ok": report.ok,
                "findings": [f.to_dict() for f in report.findings],
            }
            for path, report in reports
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
