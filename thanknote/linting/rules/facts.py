"""Rules TN201–TN213: the note against the facts of the interview.

A misspelt name, a note addressed to the wrong panel member, the company or
the position written wrong, or the name of another company the candidate
is talking to: each costs more than any weak sentence. These rules need the
interview; without it they stay silent.

Kept whole: rules TN201–TN213 share the helpers that measure how far a word
is from a name; split, the rules on names and those on the company would
import the same private helpers.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from thanknote._company import at_company_phrase, in_prose, position_in_prose
from thanknote._i18n import N_
from thanknote.linting.greeting import fold, matches_person, name_words
from thanknote.linting.patterns import (
    equivalent_words,
    honorific_words,
    month_names,
    same_titles,
)
from thanknote.linting.protocol import Hit, LintContext, rule
from thanknote.linting.text import NoteText, Span, tokens

if TYPE_CHECKING:
    from thanknote.model import Interview, Interviewer

__all__ = [
    "distance",
    "generic_salutation",
    "honorific_mismatch",
    "misspelt_company",
    "misspelt_name",
    "misspelt_position",
    "other_company",
    "wrong_recipient",
]

_GENERIC_NAMES = frozenset(
    {"hiring manager", "hiring team", "team", "all", "everyone", "there", "sir or madam",
     "sir/madam", "whom it may concern", "to whom it may concern", "recruiter", "interviewer",
     "panel", "hiring committee", "committee", "folks", "friend", "colleague", "colleagues"}
)  # fmt: skip
# Capitalised words of four letters or more, in the Latin, Greek and Cyrillic
# scripts (the others have no capitals, or none a name here is likely to
# use). An explicit set of first letters lets the regex engine skip ahead;
# the look-behind that makes it a word start comes after that letter.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я](?<![\w'’].)[\w'’]{3,}")


def distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment edit distance, exact up to ``limit``.

    Above ``limit`` it stops early and returns some number above ``limit``.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # Each edit changes at most one letter on each side, so letters one side
    # has and the other lacks are a lower bound; it spares most of the table.
    only_a, only_b = Counter(a), Counter(b)
    only_a.subtract(b)
    only_b.subtract(a)
    if (
        max(sum(n for n in only_a.values() if n > 0), sum(n for n in only_b.values() if n > 0))
        > limit
    ):
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _near(word: str, target: str) -> bool:
    """A likely misspelling: close to ``target`` but not equal to it."""
    if word == target:
        return False
    allowed = 1 if len(target) <= 6 else 2
    return distance(word, target, allowed) <= allowed


def _salutation(text: NoteText) -> tuple[Span, str | None, list[str]] | None:
    def split() -> tuple[Span, str | None, list[str]] | None:
        span = text.salutation_name
        if span is None:
            return None
        honorific, words = name_words(text.text[span.start : span.end])
        return span, honorific, words

    return text.memo("salutation-words", split)  # two rules ask


@rule("TN201", "misspelt-name", "error", "A name close to, but not exactly, the interviewer's.")
def misspelt_name(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report near-misses of any panel member's name, in the greeting or the body."""
    if context.interview is None:
        return
    people = context.interview.interviewers
    known = _known_words(context.interview)
    # Most notes hold no near-miss: ask of each distinct capitalised word
    # first (the answers are cached) before looking at every occurrence.
    distinct = {
        w.replace("’", "'").strip("'") for w in map(str.lower, _CAPITALISED.findall(text.text))
    }
    targets = _name_targets(people)
    if all(_closest(word, targets) is None for word in distinct - known):
        return
    greeting = text.salutation_name
    for match in _CAPITALISED.finditer(text.text):
        word = match.group()
        folded = word.lower().replace("’", "'").strip("'")
        if folded in known or not word[0].isupper():
            continue
        in_greeting = greeting is not None and greeting.start <= match.start() < greeting.end
        if not in_greeting and len(word) < 5:
            continue  # "Data" is not a misspelt "Dana"; short names are checked in the greeting
        if not in_greeting and folded in month_names():
            continue  # "due in March" is no misspelt "Marsh"; "Dear Dr. March" still is
        near = _nearest_name(folded, people)
        if near is not None:
            person, target = near
            yield Hit(
                match.start(),
                match.end(),
                N_("“{word}” looks like a misspelling of {name}'s name"),
                N_("{target}"),
                {"word": word, "name": person.name, "target": target},
            )


@functools.lru_cache(maxsize=64)
def _known_words(interview: Interview) -> frozenset[str]:
    """Words of the interview's names: never a misspelling of anything."""
    names = [p.name for p in interview.interviewers]
    names += [w for p in interview.interviewers for w in (p.first_name, p.last_name)]
    names += [interview.candidate.name, interview.company, interview.position]
    return frozenset(w for name in names for w in tokens(name.lower()))


def _nearest_name(word: str, people: tuple[Interviewer, ...]) -> tuple[Interviewer, str] | None:
    index = _closest(word, _name_targets(people))
    if index is None:
        return None
    person = people[index // 3]
    return person, _name_parts(person)[index % 3]


def _name_parts(person: Interviewer) -> tuple[str, str, str]:
    # The given name, the family name, and the family name's last word: a
    # misspelt "van der Burg" shows as its capitalised "Burg".
    # A name of punctuation alone ("," or "-") has no last word.
    last_words = person.last_name.split()
    return person.first_name, person.last_name, last_words[-1] if last_words else ""


@functools.lru_cache(maxsize=64)
def _name_targets(people: tuple[Interviewer, ...]) -> tuple[str, ...]:
    return tuple(fold(t) for p in people for t in _name_parts(p))


@functools.lru_cache(maxsize=4096)
def _closest(word: str, targets: tuple[str, ...]) -> int | None:
    # The same few names are checked against the same words note after note.
    for index, target in enumerate(targets):
        if len(target) >= 3 and _near(word, target):
            return index
    return None


@rule("TN202", "wrong-recipient", "error", "The greeting names another panel member.")
def wrong_recipient(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a greeting addressed to someone other than this note's interviewer."""
    person = context.interviewer
    found = _salutation(text)
    if person is None or found is None:
        return
    span, _, words = found
    if not words or matches_person(words, person):
        return
    for other in context.others:
        if matches_person(words, other):
            yield Hit(
                span.start,
                span.end,
                N_("this note is for {name} but the greeting names {other}"),
                N_("{target}"),
                {"name": person.name, "other": other.name, "target": person.first_name},
            )
            return


@rule("TN203", "honorific-mismatch", "warning", "The honorific differs from the one given.")
def honorific_mismatch(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report an honorific in the greeting that differs from the input's, or is guessed."""
    person = context.interviewer
    found = _salutation(text)
    if person is None or found is None or found[1] is None:
        return
    span, honorific, _ = found
    assert honorific is not None
    if person.honorific is None:
        yield Hit(
            span.start,
            span.start + len(honorific),
            N_(
                "the interview gives no honorific for {name}; check that “{honorific}” is how "
                "they introduce themselves"
            ),
            N_("{target}"),
            {"name": person.name, "honorific": honorific, "target": person.name},
        )
    elif _title(honorific, context.locale) != _title(person.honorific.split()[0], context.locale):
        yield Hit(
            span.start,
            span.start + len(honorific),
            N_("“{honorific}” differs from the honorific given for {name}, “{given}”"),
            N_("{target}"),
            {"honorific": honorific, "name": person.name, "given": person.honorific,
             "target": person.honorific},
        )  # fmt: skip


def _title(word: str, locale: str) -> str:
    # One form for the spellings of a title ("Sra." and "Señora"), from the packs.
    folded = word.rstrip(".").casefold()
    return same_titles(locale).get(folded, folded)


@rule("TN205", "title-as-name", "error", "The greeting holds a title but no name.")
def title_as_name(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a greeting whose only "name" is a title ("Hallo med.,", "Hi Dr.,")."""
    found = _salutation(text)
    if found is None:
        return
    span, honorific, words = found
    if honorific is None or any(w.casefold() not in honorific_words() for w in words):
        return
    person = context.interviewer
    yield Hit(
        span.start,
        span.end,
        N_("the greeting names a title, “{title}”, not the person"),
        N_("{target}"),
        {"title": text.text[span.start : span.end], "target": person.name if person else "…"},
    )


@rule("TN204", "generic-salutation", "warning", "A greeting that could go to anyone.")
def generic_salutation(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report "Dear Hiring Manager" and the like in a note meant for one person."""
    span = text.salutation_name
    if span is None:
        return
    name = " ".join(text.text[span.start : span.end].casefold().split()).strip(" .")
    if name in _GENERIC_NAMES:
        target = context.interviewer.first_name if context.interviewer else "…"
        yield Hit(
            span.start,
            span.end,
            N_("the greeting could go to anyone; address the note to the person you met"),
            N_("{target}"),
            {"target": target},
        )


def _near_phrase(text: NoteText, phrase: str, ratio: float) -> Iterator[tuple[int, int, str]]:
    """Stretches of ``text`` that look like ``phrase`` with a few letters wrong."""
    target = fold(phrase)
    allowed = max(1, int(len(target) * ratio))
    window = _window(len(phrase.split()))
    low, high = len(target) - allowed, len(target) + allowed
    source, lower = text.text, text.lower
    # A misspelt name nearly always keeps its first or second letter.
    starts = _starts(target[0]) if target[:1].isalnum() else None
    if starts is None:
        return
    # In ASCII text the lower-cased text is already folded: weed out most
    # candidates on it before folding any.
    plain = lower.isascii()
    head, tail = target[:2], target[-2:]
    for first in starts.finditer(lower):
        # A candidate is ``high`` characters at most: the window reads no
        # further than one character past that. Read to its end, a long run
        # of hyphenated words ("a-a-a-…") was read again from every start.
        begin = first.start()
        match = window.match(source, begin, begin + high + 1)
        if match is None or not low <= match.end() - match.start() <= high:
            continue
        if _GOES_ON.match(source, match.end()):
            continue  # its last word goes on past where the window stopped reading
        if plain and not (
            lower.startswith(head, match.start()) or lower.endswith(tail, 0, match.end())
        ):
            continue
        found, stop = match.group(), match.end()
        if found.endswith(".") and not target.endswith("."):
            found, stop = found[:-1], stop - 1  # the sentence's full stop, not the name's
        candidate = fold(found)
        if candidate == target or (candidate[:2] != target[:2] and candidate[-2:] != target[-2:]):
            continue  # a typo leaves one end of the name intact
        if distance(candidate, target, allowed) <= allowed:
            yield match.start(), stop, found


_WINDOW_WORD = r"\w+(?:[&'’.-]\w+)*\.?"
# What would make a window's last word longer (see _window).
_GOES_ON = re.compile(r"\w|[&'’.-]\w")


@functools.lru_cache(maxsize=16)
def _window(size: int) -> re.Pattern[str]:
    # Each word is as long as it can be, whatever follows it: a separator or
    # a space can never match where a word goes on, so the match never backs
    # off into a word. A match cut short at ``endpos`` is therefore the real
    # one unless ``_GOES_ON`` matches right after it.
    word = _WINDOW_WORD
    return re.compile(word + (r"\s+" + word) * (size - 1))


@functools.lru_cache(maxsize=64)
def _starts(letter: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(letter)}(?<!\w.)")


@rule("TN211", "misspelt-company", "error", "The company's name written wrong.")
def misspelt_company(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report the company's name with letters wrong ("Acme Robotic")."""
    interview = context.interview
    if interview is not None:
        # "bei den Stadtwerken Leipzig" inflects the name it is given for.
        at = fold(at_company_phrase(interview, context.locale))
        # "Nordlicht Robotik" for "Nordlicht Robotik GmbH", and the word after it.
        short = _NAME_PART.findall(fold(in_prose(interview.company)))
        for hit in _misspellings(text, interview.company, 0.2, context.locale):
            found = fold(text.text[hit.start : hit.end])
            if found not in at and _NAME_PART.findall(found)[: len(short)] != short:
                yield hit


@rule("TN212", "misspelt-position", "warning", "The position's title written wrong.")
def misspelt_position(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report the position's title with a letter or two wrong ("Data Enginer")."""
    interview = context.interview
    if interview is not None:
        # "Sachbearbeiter Bauaufsicht" for "Sachbearbeiter (m/w/d) Bauaufsicht".
        short = fold(position_in_prose(interview.position))
        for hit in _misspellings(text, interview.position, 0.12, context.locale):
            if fold(text.text[hit.start : hit.end]) != short:
                yield hit


_NAME_PART = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&")


def _canonical(name: str, locale: str) -> str:
    """A name compared without its punctuation, with equivalent words made one.

    "Saint Brigid's Medical Centre" and "St. Brigid's Medical Center" agree;
    accents still count ("Nuñez" is not "Núñez").
    """
    same = equivalent_words(locale)
    words = (w.replace("’", "'") for w in _NAME_PART.findall(fold(name)))
    return " ".join(same.get(w, w) for w in words)


def _misspellings(text: NoteText, name: str, ratio: float, locale: str) -> Iterator[Hit]:
    target = _canonical(name, locale)
    for start, end, found in _near_phrase(text, name, ratio):
        if _canonical(found, locale) == target:
            continue  # another spelling of the same name ("Saint" for "St.")
        yield Hit(
            start,
            end,
            N_("“{found}” looks like a misspelling of {name}"),
            N_("{name}"),
            {"found": found, "name": name},
        )


@rule("TN213", "other-company", "error", "Another company the candidate applies to.")
def other_company(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report the name of another company the candidate is in touch with."""
    if context.interview is None:
        return
    lower = text.lower
    for name in context.interview.candidate.other_companies:
        wanted = name.lower()
        if wanted == context.interview.company.lower():
            continue
        at = lower.find(wanted)
        while at != -1:
            end = at + len(wanted)
            whole = (at == 0 or not lower[at - 1].isalnum()) and (
                end == len(lower) or not lower[end].isalnum()
            )
            if whole:
                yield Hit(
                    at,
                    end,
                    N_("“{found}” is another company you applied to; this note is for {company}"),
                    N_("{company}"),
                    {"found": text.text[at:end], "company": context.interview.company},
                )
            at = lower.find(wanted, end)
