"""Precision and recall of the core rules on labelled notes written by hand.

``lint_corpus/notes.toml`` is the development corpus; ``holdout.toml`` was
written separately and never used to tune the rules. Each note is labelled
with whether it thanks the reader, says something specific from the
conversation, and states interest; a rule "fires" when it reports the
element missing.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

import thanknote

CORPORA = Path(__file__).resolve().parent / "lint_corpus"
RULES = {"gratitude": "TN101", "specifics": "TN111", "interest": "TN121"}
FLOOR = 0.95


def _interviews(data: dict[str, Any]) -> dict[str, thanknote.Interview]:
    return {
        key: thanknote.Interview(
            candidate=thanknote.Candidate(name="Alex Candidate"),
            company=context["company"],
            position=context["position"],
            start=dt.date(2026, 11, 24),
            interviewers=[
                thanknote.Interviewer(name=p["name"], talking_points=p["talking_points"])
                for p in context["interviewers"]
            ],
        )
        for key, context in data.get("contexts", {}).items()
    }


def confusion(corpus: Path) -> dict[str, dict[str, int]]:
    data = tomllib.loads(corpus.read_text(encoding="utf-8"))
    interviews = _interviews(data)
    counts = {label: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for label in RULES}
    for note in data["notes"]:
        interview = interviews.get(note.get("context", ""))
        report = thanknote.lint(
            note["text"],
            interview=interview,
            interviewer=note.get("interviewer") if interview else None,
        )
        fired = {f.code for f in report}
        for label, code in RULES.items():
            missing, flagged = not note[label], code in fired
            key = ("t" if flagged == missing else "f") + ("p" if flagged else "n")
            counts[label][key] += 1
    return counts


@pytest.mark.parametrize("corpus", ["notes.toml", "holdout.toml"])
def test_core_rules_reach_the_precision_and_recall_floor(
    corpus: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = CORPORA / corpus
    if not path.exists():
        pytest.skip(f"{corpus} not present")
    counts = confusion(path)
    with capsys.disabled():
        print(f"\n{corpus}:")
        for label, c in counts.items():
            precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
            recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
            print(f"  {label:10} {c}  precision={precision:.3f} recall={recall:.3f}")
    for label, c in counts.items():
        assert c["tp"] + c["fn"] >= 25, f"{label}: too few negative examples to measure"
        assert c["tp"] / (c["tp"] + c["fp"]) >= FLOOR, (label, c)
        assert c["tp"] / (c["tp"] + c["fn"]) >= FLOOR, (label, c)


def test_the_development_corpus_is_large_enough() -> None:
    data = tomllib.loads((CORPORA / "notes.toml").read_text(encoding="utf-8"))
    assert len(data["notes"]) >= 80
