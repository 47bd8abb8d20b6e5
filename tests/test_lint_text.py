"""How a note is taken apart before the rules run."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thanknote.linting.text import FoundSpans, NoteText, Span, tokens

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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("I met Dr. Reyes. She was kind.", ["I met Dr. Reyes.", "She was kind."]),
        ("Tools, e.g. Kafka, help. Yes.", ["Tools, e.g. Kafka, help.", "Yes."]),
        ("It grew 3.5 times. Wow...", ["It grew 3.5 times.", "Wow..."]),
        ('She said "go." Then left.', ['She said "go."', "Then left."]),
        ("No full stop\n\nNew paragraph", ["No full stop", "New paragraph"]),
        ("I said no. Then yes.", ["I said no. Then yes."]),  # "no." reads as "No. 5"
    ],
)
def test_sentences_end_at_marks_and_blank_lines_but_not_abbreviations(
    body: str, expected: list[str]
) -> None:
    note = NoteText(body)
    assert [body[s.start : s.end] for s in note.sentences] == expected


def test_the_closing_line_is_the_last_sentence() -> None:
    text = "Dear Dana,\n\nThank you. I am keen.\n\nBest regards,\nSam"
    note = NoteText(text)
    assert [text[s.start : s.end] for s in note.sentences][-1] == "Best regards,"


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("Hi Dana,\n\nThanks!\n\nBest regards,\nSam Lee\n", "Best regards,"),
        ("Thanks for today.\n\nCheers\n", "Cheers"),
        ("Hi Dana,\n\nGreat talk today.\n\nSam", None),
        ("Best regards,\n" + "line\n" * 13, None),  # too far from the end
    ],
)
def test_the_closing_is_found_near_the_end(text: str, closing: str | None) -> None:
    span = NoteText(text).closing
    assert (text[span.start : span.end] if span else None) == closing


def test_windows_are_the_rough_sentences_around_words() -> None:
    text = "Hi Dana. I need this job! Truly, I need it? Bye."
    note = NoteText(text)
    assert [text[s.start : s.end].strip() for s in note.windows({"need", "absent"})] == [
        "I need this job!",
        "Truly, I need it?",
    ]


@pytest.mark.parametrize(
    ("offset", "index", "holding"),
    [
        (0, 0, None),  # in the greeting
        (11, 0, "One."),
        (14, 0, None),  # the space between sentences
        (15, 1, "Two."),
        (100, 2, None),  # past the end
    ],
)
def test_sentence_lookup_by_offset(offset: int, index: int, holding: str | None) -> None:
    text = "Hi Dana,\n\nOne. Two.\n\nBest,"
    note = NoteText(text)
    assert note.sentence_index(offset) == index
    span = note.sentence_holding(offset)
    assert (text[span.start : span.end] if span else None) == holding


def test_found_spans_are_found_only_as_far_as_asked() -> None:
    pulled: list[int] = []

    def spans() -> Iterator[Span]:
        for start in (1, 5, 9):
            pulled.append(start)
            yield Span(start, start + 2)

    found = FoundSpans(spans())
    assert found.first() == Span(1, 3)
    assert bool(found) and pulled == [1]
    assert list(found) == [Span(1, 3), Span(5, 7), Span(9, 11)]
    assert list(found) == [Span(1, 3), Span(5, 7), Span(9, 11)]  # again, from memory
    assert pulled == [1, 5, 9]


def test_found_spans_can_be_empty() -> None:
    found = FoundSpans(())
    assert not found and found.first() is None and list(found) == []


SENTENCE_PIECES = st.sampled_from(
    ["Dear Dana,", "\n", "\n\n", " ", "One", "two.", "Dr.", "e.g.", "!", "?", "…", '"', "x", "—",
     "Best regards,", "Sam", "3.5", "é"]
)  # fmt: skip


@given(st.lists(SENTENCE_PIECES, max_size=25).map("".join), st.integers(-2, 120))
def test_sentence_lookups_agree_with_the_list_of_sentences(text: str, offset: int) -> None:
    note = NoteText(text)
    probe = NoteText(text)  # asked about the offset before it has listed its sentences
    sentences = note.sentences
    starts = [s.start for s in sentences]
    index = max(bisect.bisect_right(starts, offset) - 1, 0) if sentences else -1
    holding = next((s for s in sentences if s.start <= offset < s.end), None)
    assert probe.sentence_index(offset) == index
    assert probe.sentence_holding(offset) == holding
    assert probe.sentences == sentences


class TestMemo:
    def test_the_factory_runs_once_per_key_and_text(self) -> None:
        text = NoteText("Thank you, Dana.")
        calls: list[str] = []

        def work(value: str) -> str:
            calls.append(value)
            return value.upper()

        assert text.memo(("k", "en"), lambda: work("a")) == "A"
        assert text.memo(("k", "en"), lambda: work("b")) == "A"
        assert text.memo(("k", "de"), lambda: work("c")) == "C"
        assert NoteText(text.text).memo(("k", "en"), lambda: work("d")) == "D"
        assert calls == ["a", "c", "d"]

    def test_nothing_is_also_remembered(self) -> None:
        text = NoteText("Hi.")
        calls: list[None] = []
        for _ in range(2):
            assert text.memo("none", lambda: calls.append(None)) is None
        assert len(calls) == 1


def _cuts_by_look_behinds(text: str) -> list[int]:
    # The sentence ends as a single pattern once found them, with every
    # abbreviation written into it as a look-behind: the reference.
    from thanknote.linting.patterns import abbreviations

    by_length: dict[int, list[str]] = {}
    for word in abbreviations():
        by_length.setdefault(len(word), []).append(re.escape(word))
    not_after = "".join(
        rf"(?<!(?<![^\W\d_]|\.)(?:{'|'.join(words)})\.)" for words in by_length.values()
    )
    for word in abbreviations():
        parts = word.split(". ")
        for cut in range(1, len(parts)):
            head, rest = ". ".join(parts[:cut]), ". ".join(parts[cut:])
            not_after += rf"(?!(?<=(?<![^\W\d_]|\.){re.escape(head)}\.)\s+{re.escape(rest)}\.)"
    pattern = re.compile(
        r"[.!?…\n](?:(?<=\n)[ \t]*\n"
        rf"|(?<![.!?…].)(?<!\n){not_after}[.!?…]*[\"”’')\]]*(?=\s|$))"
    )
    return [m.end() for m in pattern.finditer(text)]


ABBREVIATED = st.lists(
    st.sampled_from(
        ["z. B.", "z.B.", "Dr.", "e.g.", "p. ex.", "d. h.", "u. a.", "etc.", "Nr.", "M.", "Mme.",
         "No.", "Sr.", "ca.", "x", "Haus", "One", "two", " ", "  ", "\n", ". ", "! ", "?", "…",
         "3.5", "é.", "(", ")", '"', "”", "dr.", "DR.", "xz.", "b.", "B. "]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(ABBREVIATED)
def test_abbreviations_end_no_sentence_as_the_look_behinds_had_it(text: str) -> None:
    from thanknote.linting.text import _SENTENCE_END, _after_abbreviation

    lower = NoteText(text).lower
    found = [
        m.end()
        for m in _SENTENCE_END.finditer(lower)
        if not (lower[m.start()] == "." and _after_abbreviation(lower, m.start()))
    ]
    assert found == _cuts_by_look_behinds(lower)
