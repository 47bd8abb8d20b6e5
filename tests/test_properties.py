"""Properties over arbitrary input: loading never crashes, drafting never crashes."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from builders import panel_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thanknote

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)
KEYS = st.sampled_from(
    ["candidate", "interview", "interviewers", "name", "email", "company", "position", "start",
     "end", "timezone", "talking_points", "tone", "locale", "decision_expected", "may_call"]
)  # fmt: skip
SHAPED = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(JSON, SHAPED))
def test_loading_any_json_value_gives_an_interview_or_an_invalid_interview_error(
    value: Any,
) -> None:
    if not isinstance(value, dict):
        value = {"interviewers": value}
    result: object
    try:
        result = thanknote.load_interview(value)
    except thanknote.InvalidInterviewError as err:
        result = err
    if isinstance(result, thanknote.InvalidInterviewError):
        assert result.problems
        assert all(p.message for p in result.problems)
    else:
        assert isinstance(result, thanknote.Interview)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=3000))
def test_loading_any_file_text_never_crashes(text: str) -> None:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".toml", ".json"):
            path = Path(folder) / f"i{suffix}"
            path.write_text(text, encoding="utf-8")
            with contextlib.suppress(thanknote.InvalidInterviewError):
                thanknote.load_interview(path)


NAMES = st.text(
    alphabet=st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"]), min_size=1, max_size=60
).filter(lambda s: s.strip())
PIECES = st.sampled_from(
    [
        "O'Brien",
        "José",
        "Zoë",
        "e\u0301",
        "שרה כהן",
        "محمد",
        "李伟",
        "👩🏽‍💻 Dev",
        "d'Arc",
        "Nguyễn",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(NAMES, PIECES), min_size=1, max_size=4, unique_by=lambda s: s.casefold()),
    st.lists(st.one_of(NAMES, PIECES), max_size=5),
    st.one_of(NAMES, PIECES),
    st.sampled_from(["formal", "warm", "concise"]),
    st.sampled_from(["thank_you", "card", "follow_up", "rejection_reply"]),
)
def test_drafting_any_valid_interview_never_crashes(
    names: list[str], points: list[str], company: str, tone: str, kind: str
) -> None:
    data = panel_data(1)
    data["interview"]["company"] = company
    data["interview"]["talking_points"] = points
    data["interviewers"] = [{"name": n, "talking_points": points[:2]} for n in names]
    try:
        interview = thanknote.load_interview(json.loads(json.dumps(data)))
    except thanknote.InvalidInterviewError:
        return  # e.g. two names that fold to the same person
    notes = thanknote.draft(interview, tone=tone, kind=kind)  # type: ignore[arg-type]
    for note in notes:
        assert note.text.endswith("\n")
        assert thanknote.lint(note) is not None
    thanknote.lint_panel(notes)
