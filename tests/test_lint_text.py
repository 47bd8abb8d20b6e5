"""How a note is taken apart before the rules run."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thanknote.lint.text import NoteText, tokens

WORD = re.compile(r"\w+(?:['’]\w+)*")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thank you, dana.", ["thank", "you", "dana"]),
        ("i'm keen", ["i'm", "keen"]),
        ("i’m keen", ["i'm", "keen"]),
        ("'quoted' words", ["quoted", "words"]),
        ("on-call rota", ["on", "call", "rota"]),
        ("l’entretien — très bien", ["l'entretien", "très", "bien"]),
        ("snake_case 42%", ["snake_case", "42"]),
        ("“kafka”…", ["kafka"]),
        ("", []),
    ],
)
def test_tokens_split_words_like_the_word_pattern(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@given(st.text())
def test_tokens_agree_with_the_word_pattern_on_any_text(text: str) -> None:
    lower = text.lower()
    assert tokens(lower) == [w.replace("’", "'") for w in WORD.findall(lower)]


def test_vocabulary_holds_each_lowercase_word_once() -> None:
    note = NoteText("Dear Dana,\n\nThank you, Dana. THANK you again!")
    assert note.vocabulary == {"dear", "dana", "thank", "you", "again"}


def test_body_words_leave_out_greeting_and_closing() -> None:
    note = NoteText("Dear Dana,\n\nThe Kafka plan was great.\n\nBest regards,\nSam")
    assert note.body_words == ("the", "kafka", "plan", "was", "great")
