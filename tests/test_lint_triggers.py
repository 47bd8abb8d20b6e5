"""The rules that look only around trigger words miss nothing the full pattern finds.

Gratitude, interest and the phrase rules skip notes without their trigger
words and search only near them. That is right only if every match of
their patterns holds a trigger word; these properties check it on text
built from the patterns' own words.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote
from thanknote.linting import patterns
from thanknote.linting.rules import interest, style
from thanknote.linting.text import NoteText


def _pasted(language: str) -> re.Pattern[str]:
    pattern = patterns.pasted_pattern(language)
    assert pattern is not None
    return pattern


CORPORA = Path(__file__).resolve().parent / "lint_corpus"
# Every language whose pack lets the thanks rule look only around trigger words.
TRIGGERED = [p.code for p in thanknote.available_languages() if p.lexicon.gratitude_triggers]
# Every language whose pack lets the broken-sentence rule look only around trigger words.
PASTED_TRIGGERED = [p.code for p in thanknote.available_languages() if p.lexicon.pasted_triggers]
# Every language whose statements of interest all give their words.
INTEREST_TRIGGERED = [
    p.code
    for p in thanknote.available_languages()
    if (found := patterns.interest(p.code)) is not None and found.triggers is not None
]
# Sentences of real notes (full of thanks and interest), phrases the style
# rules know, and words of the patterns themselves: generated text matches
# the patterns often, in ways nobody listed.
_SENTENCES = sorted(
    {
        part.strip()
        for name in ("notes.toml", "holdout.toml")
        for note in tomllib.loads((CORPORA / name).read_text(encoding="utf-8"))["notes"]
        for part in re.split(r"(?<=[.!?])\s+", note["text"])
        if part.strip()
    }
)
_PHRASES = [
    "I really need this job", "did I get the job", "any updates?", "team player",
    "my salary expectations", "the benefits package", "sorry for rambling", "I was so nervous",
    "think outside the box", "I'm passionate about", "when can I start", "hire me",
]  # fmt: skip
_WORDS = sorted(
    set(
        re.findall(
            r"[a-z’']+",
            " ".join(
                [
                    *(g.phrases.pattern for g in map(patterns.gratitude, TRIGGERED)),
                    *(patterns.interest_pattern(code).pattern for code in INTEREST_TRIGGERED),
                ]
                + [style._phrases(kind).pattern for kind in style._TRIGGERS]
                + [_pasted(code).pattern for code in PASTED_TRIGGERED]
            ),
        )
    )
)
TEXTS = st.lists(
    st.one_of(
        st.sampled_from(_SENTENCES),
        st.sampled_from(_PHRASES),
        st.sampled_from(_WORDS),
        st.sampled_from([" ", "\n", ". ", "! ", "? ", ", ", "“", "”"]),
    ),
    max_size=12,
).map(" ".join)


def _everywhere(pattern: re.Pattern[str], text: NoteText) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text.lower)]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(TRIGGERED))
def test_thanks_are_found_around_trigger_words_as_everywhere(raw: str, language: str) -> None:
    text = NoteText(raw)
    words = patterns.gratitude(language)
    assert words is not None
    near = [
        m.span()
        for w in text.windows(words.triggers)
        for m in words.phrases.finditer(text.lower, *w)
    ]
    assert near == _everywhere(words.phrases, text)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(INTEREST_TRIGGERED))
def test_the_interest_pattern_for_a_note_finds_what_the_full_one_finds(
    raw: str, language: str
) -> None:
    text = NoteText(raw)
    words = patterns.interest(language)
    assert words is not None and words.triggers is not None
    chosen = interest._pattern_for(language, text.vocabulary & words.triggers)
    found = [m.span() for m in chosen.finditer(text.lower)]
    assert found == _everywhere(patterns.interest_pattern(language), text)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(sorted(style._TRIGGERS)))
def test_phrases_are_found_around_trigger_words_as_everywhere(raw: str, kind: str) -> None:
    text = NoteText(raw)
    pattern = style._phrases(kind)
    triggers = style._triggers(kind)
    near = [m.span() for w in text.windows(triggers) for m in pattern.finditer(text.lower, *w)]
    assert near == _everywhere(pattern, text)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(PASTED_TRIGGERED))
def test_pasted_phrases_are_found_around_trigger_words_as_everywhere(
    raw: str, language: str
) -> None:
    text = NoteText(raw)
    pattern, triggers = _pasted(language), patterns.pasted_triggers(language)
    assert triggers is not None
    near = [m.span() for w in text.windows(triggers) for m in pattern.finditer(text.lower, *w)]
    assert near == _everywhere(pattern, text)
