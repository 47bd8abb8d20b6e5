"""Patterns the lint rules derive from the language packs, compiled once on first use.

The words live in each pack's ``language.toml`` (see :mod:`thanknote.languages`);
this module turns them into what the rules run. Two kinds of knowledge are
used differently:

* a note's *structure* (its greeting, its closing, where a sentence ends,
  which words are names or function words) is found with the words of every
  available language, because a note may be written in a language other than
  its locale, and the rule that says so must still read it;
* *judging* a note (does it thank, does it state interest) uses only the
  words of the note's own language. A language whose pack gives no phrases
  for a judgement leaves that rule silent rather than guessing.

Kept whole: each pattern here is compiled from the packs once and cached,
and the rules share them, so they live together behind one cache.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from thanknote.languages import (
    Lexicon,
    known_languages,
    language_code,
    shared_lexicon,
    when_packs_change,
)
from thanknote.languages import language_pack as _pack

__all__ = [
    "Gratitude",
    "Interest",
    "abbreviations",
    "closing_pattern",
    "equivalent_words",
    "function_word_counts",
    "function_words",
    "generic_words",
    "gratitude",
    "greeting_pattern",
    "guess_language",
    "honorific_words",
    "interest",
    "interest_pattern",
    "lexicon",
    "month_names",
    "not_a_topic",
    "pasted_pattern",
    "pasted_triggers",
    "same_titles",
    "specifics_cues",
    "stop_words",
    "weak_words",
]


def _alternatives(phrases: Iterable[str]) -> str:
    return "|".join(phrases)


def _any(phrases: tuple[str, ...], flags: int = 0) -> re.Pattern[str] | None:
    # Every phrase starts at a word start (see docs/language-packs.md).
    return re.compile(rf"\b(?:{_alternatives(phrases)})", flags) if phrases else None


@functools.lru_cache(maxsize=64)
def lexicon(locale: str) -> Lexicon | None:
    """The lexicon of a locale's language, or ``None`` when no pack has it."""
    from thanknote.errors import UnsupportedLanguageError

    try:
        return _pack(language_code(locale)).lexicon
    except UnsupportedLanguageError:
        return None


def _every() -> Iterator[Lexicon]:
    """The part of every known pack's lexicon a note of any language is read with."""
    return (shared_lexicon(pack) for pack in known_languages())


@functools.cache
def greeting_pattern() -> re.Pattern[str]:
    """A salutation line's opening word and the name after it, in any language."""
    words = _alternatives(g for each in _every() for g in each.greetings)
    return re.compile(
        rf"(?P<greeting>{words})\b"
        r"[ \t]*(?P<name>[^\n,:;!.?]{0,60}?(?:\.[^\n,:;!?]{0,40}?)?)[ \t]*(?:[,:;!—–-]|$)",
        re.MULTILINE,
    )


@functools.cache
def closing_pattern() -> re.Pattern[str]:
    """A closing line ("Best regards,", "Mit freundlichen Grüßen"), in any language."""
    words = _alternatives(c for each in _every() for c in each.closings)
    return re.compile(rf"[ \t]*(?:{words})[ \t]*[,.!]?[ \t]*$")


@functools.cache
def abbreviations() -> tuple[str, ...]:
    """Abbreviations whose full stop does not end a sentence, lower case, without it."""
    found = (a.lower().removesuffix(".") for words in _every() for a in words.abbreviations)
    return tuple(dict.fromkeys(found))


@functools.cache
def month_names() -> frozenset[str]:
    """Every known pack's month names in lower case ("dezember", "décembre").

    From the packs' ``[dates] months``, which spares loading Babel's locale
    data for every language on a cold start; from Babel for a pack without.
    """
    names: set[str] = set()
    for pack in known_languages():
        names.update(shared_lexicon(pack).month_names or _babel_months(pack.code))
    return frozenset(names)


def _babel_months(code: str) -> frozenset[str]:
    from babel import Locale, UnknownLocaleError

    try:
        months = Locale.parse(code).months
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(
        str(name).lower() for context in ("format", "stand-alone")
        for name in months[context]["wide"].values()
    )  # fmt: skip


@functools.cache
def function_words() -> dict[str, frozenset[str]]:
    """Each language's function words, by language code."""
    return {p.code: frozenset(shared_lexicon(p).function_words) for p in known_languages()}


@functools.cache
def stop_words() -> frozenset[str]:
    """Function and stop words of every language: never a topic on their own."""
    return frozenset(w for words in _every() for w in (*words.function_words, *words.stop_words))


@functools.cache
def not_a_topic() -> frozenset[str]:
    """Stop words and weak words of every language: never a topic alone."""
    return stop_words() | weak_words()


@functools.cache
def weak_words() -> frozenset[str]:
    """Words of every language too vague to make a topic on their own."""
    return frozenset(w for words in _every() for w in words.weak_words)


@functools.cache
def generic_words() -> frozenset[str]:
    """Words of any language that every note uses, whatever was discussed."""
    return frozenset(w for words in _every() for w in words.generic_words)


@functools.lru_cache(maxsize=16)
def equivalent_words(locale: str) -> dict[str, str]:
    """Words of names that mean the same ("saint" → "st"), the locale's language's first."""
    return _merged(locale, lambda words: words.equivalents)


def _merged(locale: str, table_of: Callable[[Lexicon], Mapping[str, str]]) -> dict[str, str]:
    # Every known pack's table, with the locale's own language winning where
    # two languages disagree ("&" is "and" in English, "und" in German).
    table: dict[str, str] = {}
    for words in _every():
        table.update(table_of(words))
    own = lexicon(locale)
    if own is not None:
        table.update(table_of(own))
    return table


@functools.cache
def honorific_words() -> frozenset[str]:
    """Honorifics and titles of every language, lower case, without full stops."""
    return frozenset(
        word.lower().rstrip(".")
        for words in _every()
        for entry in (*words.honorifics, *words.titles)
        for word in entry.split()
    )


# The compiled patterns are named tuples, not attrs classes: their classes are
# built on every cold start, and an attrs class takes several times longer.
class Gratitude(NamedTuple):
    """What a language's thanks look like, compiled (see :class:`~thanknote.languages.Lexicon`)."""

    phrases: re.Pattern[str]
    look_alikes: re.Pattern[str] | None
    triggers: frozenset[str]
    negated: re.Pattern[str] | None  # runs on the text just before the thanks
    undone: re.Pattern[str] | None  # runs right after it


@functools.lru_cache(maxsize=16)
def same_titles(locale: str) -> dict[str, str]:
    """Spellings of one title mapped to one form: the locale's language's first, then the rest."""
    return _merged(locale, lambda words: words.same_titles)


@functools.lru_cache(maxsize=16)
def gratitude(locale: str) -> Gratitude | None:
    """The compiled thanks of a locale's language, or ``None`` when its pack has none."""
    words = lexicon(locale)
    if words is None or not words.gratitude:
        return None
    phrases = _any(words.gratitude)
    assert phrases is not None
    negations = words.gratitude_negations
    undone = words.gratitude_negation_undone_by
    return Gratitude(
        phrases=phrases,
        look_alikes=_any(words.gratitude_look_alikes),
        triggers=frozenset(words.gratitude_triggers),
        negated=re.compile(rf"\b(?:{_alternatives(negations)})\s+(?:\w+\s+)?$")
        if negations
        else None,
        undone=re.compile(rf"\s+\b(?:{_alternatives(undone)})") if undone else None,
    )


class Interest(NamedTuple):
    """What a language's statements of interest look like (see :class:`~thanknote.Lexicon`).

    Attributes:
        locale: The locale it was made for (patterns are compiled per locale).
        statements: ``(direct, group, pattern, words)`` for each statement, in
            the order they are tried; ``words`` is empty for a phrase that
            gives none.
        triggers: Every statement's words, or ``None`` when a statement gives
            none (the whole note is then searched).
        about: What aims a statement at the job (matched ignoring case).
        reach: Words after a statement within which ``about`` must come, or
            ``None`` for anywhere in its sentence.
        negated: A negation in the statement's clause.
        undone: What keeps a negated statement positive.
        clause_break: Where a clause starts.
        withdrawal: A writer taking their candidacy back.
        withdrawal_cues: The whole words and the word starts one of which
            the text must hold for ``withdrawal`` to be worth looking for, or
            ``None`` when a phrase starts with neither.
    """

    locale: str
    statements: tuple[tuple[bool, int, str, frozenset[str]], ...]
    triggers: frozenset[str] | None
    about: re.Pattern[str] | None
    reach: int | None
    negated: re.Pattern[str] | None
    undone: re.Pattern[str] | None
    clause_break: re.Pattern[str]
    withdrawal: re.Pattern[str] | None
    withdrawal_cues: tuple[frozenset[str], tuple[str, ...]] | None


def _cues(phrases: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    r"""The first words of ``phrases``: whole words, and the starts of longer ones.

    A phrase's letters up to a space or a word boundary ("no\s+longer") are
    a whole word, to be looked up among the text's words; letters followed
    by anything else ("withdraw(?:ing)?") only start one.
    """
    whole: list[str] = []
    starts: list[str] = []
    for phrase in phrases:
        found = re.match(r"([^\W\d_]+)(\\[sb])?", phrase)
        if found is None:
            return None
        (whole if found.group(2) else starts).append(found.group(1))
    return frozenset(whole), tuple(dict.fromkeys(starts))


@functools.lru_cache(maxsize=16)
def interest(locale: str) -> Interest | None:
    """The compiled statements of interest of a locale's language, or ``None``."""
    words = lexicon(locale)
    if words is None or not (words.interest or words.interest_statements):
        return None

    def expand(pattern: str) -> str:
        for name, fragment in words.interest_fragments.items():
            pattern = pattern.replace("{" + name + "}", fragment)
        return rf"\b(?:{pattern})"

    statements = tuple(
        (s.direct, s.group, expand(s.pattern), s.words) for s in words.interest_statements
    ) + tuple((False, 0, expand(p), frozenset()) for p in words.interest)
    every = [w for *_, w in statements]
    withdrawal = words.withdrawal
    return Interest(
        locale=locale,
        statements=statements,
        triggers=frozenset().union(*every) if all(every) else None,
        about=_any(words.about_the_job, re.IGNORECASE),
        reach=words.interest_reach,
        negated=_any(words.negations),
        undone=_any(words.negation_undone_by),
        clause_break=re.compile(
            "|".join(["[,;:—–]", *(rf"\b(?:{w})" for w in words.clause_breaks)])
        ),
        withdrawal=_any(withdrawal),
        withdrawal_cues=_cues(withdrawal),
    )


@functools.lru_cache(maxsize=1024)
def interest_pattern(locale: str, chosen: frozenset[int] | None = None) -> re.Pattern[str]:
    """The statements numbered ``chosen`` (all when ``None``) in one pattern, in their order.

    A match's ``lastgroup`` says whether the statement was ``"direct"`` or
    ``"aimed"``. Leaving out a statement that cannot match a text finds
    what the whole pattern finds there, and compiling a few statements
    costs a fraction of compiling them all: a note linted once pays only
    for the statements its sentences may hold.
    """
    found = interest(locale)
    assert found is not None
    parts: dict[str, list[str]] = {"direct": [], "aimed": []}
    for number, (direct, _, pattern, _) in enumerate(found.statements):
        if chosen is None or number in chosen:
            parts["direct" if direct else "aimed"].append(pattern)
    alternatives = [f"(?P<{kind}>" + "|".join(p) + ")" for kind, p in parts.items() if p]
    return re.compile("|".join(alternatives) or "(?!)")  # no statement: never matches


@functools.lru_cache(maxsize=16)
def pasted_pattern(locale: str) -> re.Pattern[str] | None:
    """Words that cannot follow each other in a sentence ("about she said"), or ``None``."""
    words = lexicon(locale)
    return _any(words.pasted) if words is not None else None


@functools.lru_cache(maxsize=16)
def pasted_triggers(locale: str) -> frozenset[str] | None:
    """Words every sequence of :func:`pasted_pattern` holds, or ``None`` when not given."""
    words = lexicon(locale)
    return frozenset(words.pasted_triggers) if words is not None and words.pasted_triggers else None


class Cues(NamedTuple):
    """What marks a concrete topic in a note linted without its interview."""

    cues: re.Pattern[str]
    back_cues: re.Pattern[str] | None
    phrase_end: re.Pattern[str]
    the_job: frozenset[str]


@functools.lru_cache(maxsize=16)
def specifics_cues(locale: str) -> Cues | None:
    """The topic cues of a locale's language (lower case, for the lower-cased text), or ``None``."""
    words = lexicon(locale)
    if words is None or not words.specifics_cues:
        return None
    back = words.specifics_back_cues
    breaks = "|".join(words.phrase_breaks)
    return Cues(
        cues=_lower_case(rf"\b(?:{_alternatives(words.specifics_cues)})"),
        back_cues=_lower_case(rf"\b(?:{_alternatives(back)})") if back else None,
        phrase_end=re.compile(r"[,.;:!?—–]" + (rf"|\s(?:{breaks})\s" if breaks else "")),
        the_job=frozenset(words.the_job),
    )


def _lower_case(pattern: str) -> re.Pattern[str]:
    r"""A pattern for the lower-cased text, ignoring case only if it holds a capital.

    IGNORECASE makes a long pattern a sixth slower to compile, a cost every
    cold lint pays; the built-in packs write their cues in lower case. An
    upper-case escape (``\S``) keeps the flag, which changes nothing.
    """
    upper = any(c.isupper() for c in pattern)
    return re.compile(pattern, re.IGNORECASE if upper else 0)


_ENOUGH_TO_TELL = 4


def function_word_counts(vocabulary: AbstractSet[str]) -> dict[str, int]:
    """How many distinct function words of each language a text uses."""
    return {code: len(vocabulary & words) for code, words in function_words().items()}


def guess_language(
    vocabulary: AbstractSet[str], counts: dict[str, int] | None = None
) -> tuple[str, int, int] | None:
    """Guess which available language a text is in, from its distinct words.

    Args:
        vocabulary: The text's words in lower case (see
            :attr:`~thanknote.NoteText.vocabulary`).
        counts: :func:`function_word_counts` of it, when already known.

    Returns:
        The language, how many of its function words the text uses and how
        many of the runner-up's, or ``None`` when the text uses too few
        function words to tell.
    """
    ranked = sorted(
        ((count, code) for code, count in (counts or function_word_counts(vocabulary)).items()),
        key=lambda item: -item[0],
    )
    if len(ranked) < 2:
        return None
    (top, best), (second, _) = ranked[0], ranked[1]
    # On the notes of the test corpora, four distinct function words tell a
    # note in the wrong language 99% of the time, and 76% of the time from
    # its first one to three sentences, with no false alarm; six counted
    # with repeats (the earlier rule) told 96% and 66%.
    if top < _ENOUGH_TO_TELL:
        return None
    return best, top, second


def _forget() -> None:
    # A pack installed as a plugin was used for the first time: what is
    # derived from every known pack must be derived again.
    for derived in (
        greeting_pattern, closing_pattern, abbreviations, month_names, function_words,
        stop_words, weak_words, not_a_topic, generic_words, honorific_words, same_titles,
        equivalent_words,
    ):  # fmt: skip
        derived.cache_clear()


when_packs_change(_forget)
