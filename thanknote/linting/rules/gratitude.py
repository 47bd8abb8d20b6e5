"""Rules TN101–TN102: does the note really thank the reader, and early enough?

The words come from the note's language pack (``[gratitude]``): phrases of
thanks ("thank you", "I appreciate your time", "vielen Dank"), look-alikes
that thank nobody ("thanks to the new pipeline", "I'd appreciate it if…",
"dank des neuen Systems"), and negations ("no thanks"). Thanks inside a
quotation never counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from thanknote._i18n import N_
from thanknote.linting.patterns import Gratitude, gratitude
from thanknote.linting.protocol import Hit, LintContext, rule
from thanknote.linting.text import FoundSpans, NoteText, Span

__all__ = ["gratitude_spans", "late_gratitude", "missing_gratitude"]


def gratitude_spans(text: NoteText, locale: str = "en") -> FoundSpans | None:
    """Every stretch of real thanks in the note, in order, found as asked for.

    Memoised per text. Returns ``None`` for a language whose pack gives no
    phrases of thanks.
    """

    def find() -> FoundSpans | None:
        words = gratitude(locale)
        return None if words is None else FoundSpans(_find(text, words))

    return text.memo(("gratitude", locale), find)


# How far before a phrase of thanks a negation or look-alike may start, and
# how far after it a look-alike may look ahead.
_BEFORE = 60
_AFTER = 100


def _find(text: NoteText, words: Gratitude) -> Iterator[Span]:
    lower = text.lower
    if words.triggers:
        # Every phrase holds a trigger word: look only in the rough sentences
        # around them, which come in order.
        if text.vocabulary.isdisjoint(words.triggers):
            return
        found: Iterator[re.Match[str]] = (
            m
            for window in text.windows(words.triggers)
            for m in words.phrases.finditer(lower, *window)
        )
    else:
        found = words.phrases.finditer(lower)
    for match in found:
        start, end = match.span()
        if text.in_quotes(start):
            continue
        if (
            words.negated is not None
            and words.negated.search(lower[max(0, start - 30) : start])
            and not (words.undone is not None and words.undone.match(lower, end))
        ):
            continue
        if words.look_alikes is not None and _overlapped(words.look_alikes, lower, start, end):
            continue
        yield Span(start, end)


def _overlapped(look_alikes: re.Pattern[str], lower: str, start: int, end: int) -> bool:
    """Whether a look-alike overlaps ``lower[start:end]``."""
    for alike in look_alikes.finditer(lower, max(0, start - _BEFORE), end + _AFTER):
        if alike.start() >= end:
            return False  # the rest start later still
        if alike.end() > start:
            return True
    return False


@rule("TN101", "missing-gratitude", "error", "The note never thanks the reader.")
def missing_gratitude(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note with no real thanks anywhere."""
    spans = gratitude_spans(text, context.locale)
    if spans is None or spans:
        return
    at = text.insertion_point()
    yield Hit(
        at,
        at,
        N_("the note never thanks the reader for their time"),
        N_(
            "open with a sentence of thanks, such as “Thank you for taking the time to meet "
            "with me.”"
        ),
    )


@rule("TN102", "late-gratitude", "info", "The thanks comes after the first two sentences.")
def late_gratitude(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report thanks that only comes after the first two sentences."""
    spans = gratitude_spans(text, context.locale)
    first = spans.first() if spans else None
    if first is None or text.sentence_index(first.start) < 2:
        return
    yield Hit(
        first.start,
        first.end,
        N_("the first thanks comes late; readers expect it in the first sentence or two"),
        N_("move the thanks up, right after the greeting"),
    )
