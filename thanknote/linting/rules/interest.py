"""Rules TN121–TN122: does the writer say they want the job?

Interest is a first-person statement aimed at the position, the company or
joining them: "I am very interested in the role", "I would love to join the
team", "it confirmed my enthusiasm for the position". Not interest: "I look
forward to hearing from you" (a polite close), anything negated ("I'm no
longer sure I'm interested"), interest in something else ("I'm interested
in hiking", "interest rates", "your interest in my background").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from thanknote._company import in_prose, position_in_prose
from thanknote._i18n import N_
from thanknote.linting.patterns import Interest, interest, interest_pattern
from thanknote.linting.protocol import Hit, LintContext, rule
from thanknote.linting.text import FoundSpans, NoteText, Span

__all__ = ["interest_spans", "missing_interest", "unnamed_interest"]


def withdraws(text: NoteText, words: Interest) -> bool:
    """Whether the writer takes their candidacy back ("I have accepted another offer")."""
    lower = text.lower
    if words.withdrawal is None:
        return False
    if words.withdrawal_cues is not None:
        whole, starts = words.withdrawal_cues
        if text.vocabulary.isdisjoint(whole) and not any(cue in lower for cue in starts):
            return False
    return any(not text.in_quotes(m.start()) for m in words.withdrawal.finditer(lower))


def interest_spans(
    text: NoteText, names: tuple[str, ...] = (), locale: str = "en"
) -> FoundSpans | None:
    """Every stretch that states interest in the job, in order, found as asked for.

    Memoised per text.

    Args:
        text: The note.
        names: The company and position, when known; naming them counts as
            aiming at the job.
        locale: The note's locale; ``None`` comes back for a language whose
            pack gives no statements of interest.
    """

    def find() -> FoundSpans | None:
        words = interest(locale)
        if words is None:
            return None
        return FoundSpans(() if withdraws(text, words) else _find(text, names, words))

    return text.memo(("interest", locale), find)


_FIRST_WORDS: dict[int, re.Pattern[str]] = {}


def _aims_at_job(
    text: NoteText, start: int, end: int, names: tuple[str, ...], words: Interest
) -> bool:
    """Whether the words after a statement (or its sentence) point at the job or employer."""
    source = text.text
    if words.reach is None:
        # The whole sentence is the window: judge each sentence once, however
        # many statements it holds, or a long one is read once per statement.
        sentence = text.sentence_at(start)
        return text.memo(
            ("aimed", sentence, names, words.locale),
            lambda: _aimed(source[sentence.start : sentence.end], names, words),
        )
    reach = _FIRST_WORDS.get(words.reach)
    if reach is None:
        reach = _FIRST_WORDS[words.reach] = re.compile(rf"(?:\s*\S+){{1,{words.reach}}}")
    after = reach.match(source, end, text.sentence_at(start).end)
    return _aimed(source[end : after.end()] if after else "", names, words)


def _aimed(window: str, names: tuple[str, ...], words: Interest) -> bool:
    """Whether ``window`` names the job or the employer."""
    folded = window.casefold()
    if any(part in folded for name in names for part in _name_parts(name)):
        return True
    return words.about is not None and words.about.search(window) is not None


@functools.lru_cache(maxsize=256)
def _name_parts(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in re.findall(r"\w{3,}", name))


@functools.lru_cache(maxsize=1024)
def _pattern_for(locale: str, held: frozenset[str]) -> re.Pattern[str]:
    """The statements that may match a sentence holding the trigger words ``held``."""
    words = interest(locale)
    assert words is not None
    chosen = frozenset(
        number
        for number, (_, _, _, needed) in enumerate(words.statements)
        if not needed.isdisjoint(held)
    )
    return interest_pattern(locale, chosen)


def _find(text: NoteText, names: tuple[str, ...], words: Interest) -> Iterator[Span]:
    lower = text.lower
    matches: Iterator[re.Match[str]]
    if words.triggers is None:
        matches = interest_pattern(words.locale).finditer(lower)
    else:
        # A statement lies within one sentence and holds one of its words: each
        # sentence is searched only for the statements its own words allow.
        matches = (
            match
            for sentence, held in text.sentences_with(words.triggers)
            for match in _pattern_for(words.locale, held).finditer(
                lower, sentence.start, sentence.end
            )
        )
    for match in matches:
        start, end = match.span()
        if text.in_quotes(start):
            continue
        sentence = text.sentence_at(start)
        lead = lower[max(sentence.start, start - 40) : start]
        lead = words.clause_break.split(lead)[
            -1
        ]  # a negation elsewhere in the sentence is not ours
        head = lead + lower[start:end]
        if (
            words.negated is not None
            and words.negated.search(head)
            and not (words.undone is not None and words.undone.search(head))
        ):
            continue
        if match.lastgroup == "aimed" and not _aims_at_job(text, start, end, names, words):
            continue
        yield Span(start, end)


def _names(context: LintContext) -> tuple[str, ...]:
    if context.interview is None:
        return ()
    interview = context.interview
    # As the note may write them too: without a legal form or a gender marker.
    return (
        interview.company,
        interview.position,
        in_prose(interview.company),
        position_in_prose(interview.position),
    )


def _mentions(source: str, span: Span, names: tuple[str, ...]) -> bool:
    window = source[span.start : span.end].casefold()
    return any(name.casefold() in window for name in names)


@rule("TN121", "missing-interest", "error", "The writer never says they want the job.")
def missing_interest(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note that never states interest in the position or the company."""
    spans = interest_spans(text, _names(context), context.locale)
    if spans is None or spans:
        return
    at = text.closing.start if text.closing else len(text.text.rstrip())
    if context.interview is not None:
        suggestion = N_(
            "before the closing, add a sentence saying you are keen on the {position} "
            "position at {company}"
        )
        params = {"position": context.interview.position, "company": context.interview.company}
    else:
        suggestion = N_(
            "before the closing, add a sentence saying you are keen on the position and the company"
        )
        params = {}
    yield Hit(
        at,
        at,
        N_(
            "the note never says that you want the job; a polite close is not a statement "
            "of interest"
        ),
        suggestion,
        params,
    )


@rule("TN122", "unnamed-interest", "warning", "Interest that names neither position nor company.")
def unnamed_interest(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report interest that never names the position or the company, when both are known."""
    names = _names(context)
    spans = interest_spans(text, names, context.locale)
    if not spans or not names:
        return
    source = text.text
    # Each sentence once: many statements in one long sentence would read it
    # again for each of them.
    seen: set[Span] = set()
    for span in spans:
        sentence = text.sentence_at(span.start)
        if sentence in seen:
            continue
        seen.add(sentence)
        if _mentions(source, sentence, names):
            return
    first = spans.first()
    assert first is not None
    company, position = names[:2]
    yield Hit(
        first.start,
        first.end,
        N_("the interest you state names neither the {position} position nor {company}"),
        N_("name them in that sentence: “… the {position} position at {company}”"),
        {"position": position, "company": company},
    )
