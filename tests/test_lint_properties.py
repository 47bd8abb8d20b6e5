"""Properties of the lint pass over arbitrary text."""

from __future__ import annotations

from builders import interview_with
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thanknote

INTERVIEW = interview_with(4)
PIECES = st.sampled_from(
    [
        "Dear Dana,", "Hi Dnaa!!", "Thank you", "thanks to", "[Name]", "{{ x }}", "Kafka",
        "\n", "\n\n", " ", ".", "!", "?", '"', "“", "”", "Acme Robotix", "I'm interested in",
        "Ms.", "Best,", "👋🏽", "e\u0301", "שלום", "مرحبا", "\u200f", "\r\n", "\t", "XXX",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(st.text(max_size=30), PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.booleans())
def test_lint_never_crashes_and_spans_stay_inside_the_text(text: str, with_context: bool) -> None:
    context = (
        {"interview": INTERVIEW, "interviewer": INTERVIEW.interviewers[0]} if with_context else {}
    )
    report = thanknote.lint(text, **context)  # type: ignore[arg-type]
    for finding in report:
        assert 0 <= finding.start <= finding.end <= len(text)
        before = text[: finding.start]
        assert finding.line == before.count("\n") + 1
        assert finding.column == finding.start - (before.rfind("\n") + 1) + 1
    assert list(report.findings) == sorted(
        report.findings,
        key=lambda f: (f.start, f.end, -{"info": 0, "warning": 1, "error": 2}[f.severity], f.code),
    )


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_linting_is_deterministic(text: str) -> None:
    assert thanknote.lint(text, interview=INTERVIEW) == thanknote.lint(text, interview=INTERVIEW)
