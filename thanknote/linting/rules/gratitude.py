"""Rules TN101–TN102: does the note really thank the reader, and early enough?

Real thanks is "thank you", "many thanks", "I appreciate(d) your time",
"I'm grateful". Not thanks: "thanks to the new pipeline" (a cause), "no
thanks", "Thanksgiving", "a thankless task", "I'd appreciate it if…" (a
request), or thanks that only appear inside a quotation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from thanknote._i18n import N_
from thanknote.languages import language_code
from thanknote.linting.patterns import gratitude_patterns
from thanknote.linting.rule import Hit, LintContext, rule
from thanknote.linting.text import FoundSpans, NoteText, Span

__all__ = ["gratitude_spans", "late_gratitude", "missing_gratitude"]


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Every form of thanks in one pattern, run on the lower-cased text."""
    return re.compile(
        # "thank you", "thanks", "thank everyone", but not "thank-you note"
        r"\b(?:thank(?:[ \t-]?you|s|\s+(?:you|everyone|all|each|the|both|dr|mr|ms|mrs))"
        r"|thx|tnx|thanx)\b"
        r"(?![ \t-]*(?:note|card|letter|email|e-mail|message)s?\b)"
        # "I appreciate(d) your time", "much appreciated", "my appreciation"
        r"|\b(?:i|we|i've|i’ve|i\s+(?:really|truly|greatly|sincerely|do|so|very\s+much))\s+"
        r"(?:\w+\s+)?appreciat(?:e|ed)\b(?!\s+it\s+if)"
        r"|\b(?:much|greatly|truly|really|sincerely|deeply|very\s+much|so)\s+appreciated\b"
        r"|\b(?:my|our|sincere|deep|great)\s+appreciation\b"
        r"|\bappreciat(?:e|ed)\s+(?:your|the|you|our|all|having|meeting|being|getting|hearing"
        r"|learning|talking|speaking|that\s+you|how\s+you|everything)\b"
        r"|\b(?:grateful|gratitude)\b"
        r"|\bthankful\s+(?:for|to\s+(?:you|have|meet|hear|learn)|that\s+you)\b"
        r"|\bmuch\s+obliged\b|\bcheers\s+for\b"
    )


# Every form of thanks holds one of these words; the pattern runs only in
# the rough sentences around them (see NoteText.windows).
_TRIGGERS = frozenset(
    """thank thanks thankyou thankful thx tnx thanx appreciate appreciated appreciation
    grateful gratitude obliged cheers""".split()
)
_CAUSAL = re.compile(r"\s+to\s+(?!you\b|all\b|everyone\b|each\b|both\b)")
# These run on the lower-cased text.
_FOR_SOON = re.compile(r"^(?:\W+\w+){0,6}?\W+for\b")
_NEGATED = re.compile(r"(?:\bno|\bnot|n't|n’t|\bnever|\bwithout)\s+(?:\w+\s+)?$")
_ENOUGH = re.compile(r"\s+enough\b")  # "I can't thank you enough"
_REQUEST = re.compile(r"(?:would|'d|’d|could)\s+(?:\w+\s+)?$")


def gratitude_spans(text: NoteText, locale: str = "en") -> FoundSpans | None:
    """Every stretch of real thanks in the note, in order, found as asked for.

    Memoised per text. Returns ``None`` for a language the lint pass does
    not know.
    """
    memo = text.__dict__.setdefault("_gratitude", {})
    if locale not in memo:
        patterns = gratitude_patterns(locale)
        if patterns is not None:
            memo[locale] = FoundSpans(_find_phrases(text, *patterns))
        elif _judges_by_default(locale):
            memo[locale] = FoundSpans(_find(text))  # windows come in order
        else:
            memo[locale] = None
    found: FoundSpans | None = memo[locale]
    return found


def _find_phrases(
    text: NoteText, thanks: re.Pattern[str], look_alikes: re.Pattern[str] | None
) -> tuple[Span, ...]:
    lower = text.lower
    # Causes ("dank des …") and requests ("wäre Ihnen dankbar, wenn …") hold a
    # thanks word that thanks nobody.
    excluded = [m.span() for m in look_alikes.finditer(lower)] if look_alikes else []
    return tuple(
        Span(*m.span())
        for m in thanks.finditer(lower)
        if not any(a <= m.start() < b for a, b in excluded) and not text.in_quotes(m.start())
    )


def _find(text: NoteText) -> Iterator[Span]:
    source = text.lower
    if text.vocabulary.isdisjoint(_TRIGGERS):
        return
    pattern = _pattern()
    for match in (
        m for window in text.windows(_TRIGGERS) for m in pattern.finditer(source, *window)
    ):
        start, end = match.span()
        if text.in_quotes(start):
            continue
        before = source[max(0, start - 30) : start]
        word = match.group()
        if _NEGATED.search(before) and not _ENOUGH.match(source, end):
            continue
        if "appreciat" in word and _REQUEST.search(before + word.split("appreciat")[0]):
            continue
        causal = word.startswith("thanks") and _CAUSAL.match(source, end)
        if causal and not _FOR_SOON.match(source[end : end + 60]):
            continue
        yield Span(start, end)


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


def _judges_by_default(locale: str) -> bool:
    return language_code(locale) == "en"
