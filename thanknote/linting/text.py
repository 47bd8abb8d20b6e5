"""A note's text, taken apart once for every rule: words, sentences, parts.

:class:`NoteText` finds the salutation ("Dear Ms. Reyes,"), the closing
("Best regards," and the signature below it), the body between them, the
sentences of the body and the stretches inside quotation marks. Every
position is a character offset into exactly the text given, so findings can
point at it.

Kept whole: :class:`NoteText` is one object, taken apart once and cached,
and the helpers below it (tokens, stems, spans) are what it is built from.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, Generic, NamedTuple, TypeVar, overload

from thanknote.linting.patterns import (
    abbreviations,
    closing_pattern,
    greeting_pattern,
    month_names,
)

__all__ = ["FoundSpans", "NoteText", "Span", "Word", "stem", "tokens"]


_T = TypeVar("_T")


class Span(NamedTuple):
    """A stretch of the text: ``text[start:end]``."""

    start: int
    end: int


class Word(NamedTuple):
    """One word with its offsets and its lowercase form."""

    start: int
    end: int
    lower: str


_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Each kind of quotation with the character that must be present for it.
_QUOTES = (
    ('"', re.compile(r'"[^"\n]{1,300}"')),
    ("“", re.compile(r"“[^”]{1,300}”")),
    ("„", re.compile(r"„[^“”]{1,300}[“”]")),
    ("«", re.compile(r"«[^»]{1,300}»")),
    # single quotes, telling a closing quote from an apostrophe ("don't")
    ("'", re.compile(r"(?<!\w)'(?=\S)(?:[^'\n]|'(?=\w)){1,300}?(?<=\S)'(?!\w)")),
    ("‘", re.compile(r"‘(?:[^’\n]|’(?=\w)){1,300}?’(?!\w)")),
)
_OPENING_SINGLE = re.compile(r"'(?<!\w')(?=\S)")  # the quote first: see _SENTENCE_END
# Tokens without offsets, for rules that only ask which words occur: a
# translation table splits ASCII text at C speed, where a regex costs five
# times as much. Every character outside words and apostrophes separates.
_SEPARATE = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'")}
)
_SEPARATE_BYTES = bytes(
    ord(" ") if c < 128 and not (chr(c).isalnum() or chr(c) in "_'") else c for c in range(256)
)
_HAS_WORD = re.compile(r"\w")
_NEWLINE = re.compile("\n")
_ROUGH_END = re.compile("[.!?]|\n\n")  # what ends a rough sentence (see NoteText.around)


# A sentence's end: a blank line, or marks not right after another mark,
# with the quotes and brackets that close on them. The pattern starts with
# a plain set of characters: Python's regex engine only skips ahead quickly
# over text when it does, never when a pattern opens with an assertion.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)[ \t]*\n"  # a blank line
    r"|(?<![.!?…].)(?<!\n)[.!?…]*[\"”’')\]]*(?=\s|$))"
)


class _Abbreviations(NamedTuple):
    """Every pack's abbreviations, looked up by the letter before their full stop.

    A full stop after an abbreviation ("Dr.", "e.g.", "z. B.") ends no
    sentence. The abbreviations are looked up here rather than written into
    the sentence pattern as look-behinds: that pattern, compiled on every
    cold start, took longer to compile than a whole note takes to lint.
    """

    words: frozenset[str]  # lower case, without the last full stop
    lengths: dict[str, tuple[int, ...]]  # their lengths, by their last letter
    heads: dict[str, tuple[str, ...]]  # "z" → ("b",): a stop inside "z. b."
    head_lengths: dict[str, tuple[int, ...]]


@functools.cache
def _abbreviation_index() -> _Abbreviations:
    words = frozenset(abbreviations())
    lengths: dict[str, set[int]] = {}
    heads: dict[str, list[str]] = {}
    for word in words:
        lengths.setdefault(word[-1:], set()).add(len(word))
        parts = word.split(". ")
        for cut in range(1, len(parts)):
            heads.setdefault(". ".join(parts[:cut]), []).append(". ".join(parts[cut:]))
    head_lengths: dict[str, set[int]] = {}
    for head in heads:
        head_lengths.setdefault(head[-1:], set()).add(len(head))
    return _Abbreviations(
        words=words,
        lengths={k: tuple(sorted(v)) for k, v in lengths.items()},
        heads={k: tuple(v) for k, v in heads.items()},
        head_lengths={k: tuple(sorted(v)) for k, v in head_lengths.items()},
    )


def _starts_a_word(lower: str, at: int) -> bool:
    # As the look-behind (?<![^\W\d_]|\.) had it: no letter and no full stop before.
    if at == 0:
        return True
    before = lower[at - 1]
    return before != "." and not (before.isalnum() and not before.isdecimal())


def _after_abbreviation(lower: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` belongs to an abbreviation, and ends nothing."""
    index = _abbreviation_index()
    last = lower[stop - 1 : stop]
    for length in index.lengths.get(last, ()):
        begin = stop - length
        if begin >= 0 and lower[begin:stop] in index.words and _starts_a_word(lower, begin):
            return True
    for length in index.head_lengths.get(last, ()):
        begin = stop - length
        rests = index.heads.get(lower[begin:stop], ()) if begin >= 0 else ()
        if rests and _starts_a_word(lower, begin):
            # "z. b.": the first stop, followed by the rest of it, ends nothing.
            after = lower[stop + 1 : stop + 24]
            rest = after.lstrip()
            if len(rest) < len(after) and any(rest.startswith(r + ".") for r in rests):
                return True
    return False


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "ment", "ion")


@functools.lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """Reduce an English word to a crude stem, the same way on both sides of a match.

    ``"mentoring"``, ``"mentors"`` and ``"mentor"`` all give ``"mentor"``;
    ``"replacing"`` and ``"replace"`` both give ``"replac"``. The point is
    consistency, not linguistics.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if suffix in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiosl":
                w = w[:-1]  # "planning" -> "plan", but "falling" -> "fall"
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _ordinal_date(lower: str, at: int) -> bool:
    """Whether the full stop before ``at`` is an ordinal day's, as in "am 3. Dezember"."""
    if at < 2 or lower[at - 1] != "." or not lower[at - 2].isdigit():
        return False
    word = _NEXT_WORD.match(lower, at)
    return word is not None and word.group(1) in month_names()


class FoundSpans:
    """Spans a rule finds on demand, in order.

    Asking whether there is any, or for the first, costs only what it takes
    to find that one: a pattern need not run over the rest of the note.
    """

    def __init__(self, found: Iterable[Span]) -> None:
        self._pending = iter(found)
        self._seen: list[Span] = []

    def __iter__(self) -> Iterator[Span]:
        index = 0
        while True:
            if index == len(self._seen):
                span = next(self._pending, None)
                if span is None:
                    return
                self._seen.append(span)
            yield self._seen[index]
            index += 1

    def first(self) -> Span | None:
        """The first span, or ``None``."""
        return next(iter(self), None)

    def __bool__(self) -> bool:
        return self.first() is not None


class _once(Generic[_T]):  # noqa: N801 - used like functools.cached_property
    """A computed attribute stored on first use.

    Like :class:`functools.cached_property` without its lock, which on
    Python 3.11 costs more than most of these computations.
    """

    def __init__(self, function: Callable[[Any], _T]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _once[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object, owner: type | None = None) -> _T | _once[_T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


class NoteText:
    """The parts of a note every rule needs, computed on first use.

    Args:
        text: The note exactly as it will be sent (or as the user wrote it).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._memo: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, factory: Callable[[], _T]) -> _T:
        """What ``factory()`` gives, worked out once per text and ``key``.

        Rules share the work they do on a text through it (the phrases of
        thanks found, the salutation's words); the key names the work and
        what it depends on besides the text, such as the locale.
        """
        try:
            found: _T = self._memo[key]
        except KeyError:
            found = self._memo[key] = factory()
        return found

    @_once
    def words(self) -> tuple[Word, ...]:
        """Every word, in order."""
        new = tuple.__new__  # skips NamedTuple's Python-level __new__: this runs per word
        return tuple(new(Word, (*m.span(), m.group())) for m in _WORD.finditer(self.lower))

    @_once
    def lower(self) -> str:
        """The text in lower case, offset for offset: patterns run on it without IGNORECASE."""
        low = self.text.lower()
        if len(low) == len(self.text):
            return low
        # A few characters lower-case to two ("İ"); keep those as they are.
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)

    @_once
    def word_count(self) -> int:
        """Number of words in the whole text (runs of characters between spaces)."""
        return len(self.text.split())

    @_once
    def body_words(self) -> tuple[str, ...]:
        """The body's words in lower case, without offsets (cheap)."""
        return tuple(tokens(self.lower[self.body.start : self.body.end]))

    @_once
    def vocabulary(self) -> frozenset[str]:
        """Every distinct word of the text, in lower case: a cheap test before a pattern runs."""
        # The body is split already; greeting and closing are short. No word
        # straddles their borders, which fall after punctuation or a line.
        start, end = self.body
        lower = self.lower
        return frozenset(self.body_words).union(tokens(f"{lower[:start]} {lower[end:]}"))

    @_once
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    @_once
    def salutation(self) -> Span | None:
        """The greeting with its name ("Dear Ms. Reyes,"), if the note opens with one."""
        match = self._greeting
        return Span(match.start(), match.end()) if match else None

    @_once
    def salutation_name(self) -> Span | None:
        """The name in the greeting ("Ms. Reyes"), if any."""
        match = self._greeting
        if match is None or not match.group("name").strip():
            return None
        start, end = match.span("name")
        raw = self.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        return Span(start + lead, start + len(raw.rstrip()))

    @_once
    def _greeting(self) -> re.Match[str] | None:
        text = self.text
        start = len(text) - len(text.lstrip())
        if start == len(text):
            return None
        return greeting_pattern().match(self.lower, start)  # the patterns are lower case

    @_once
    def closing(self) -> Span | None:
        """The closing line ("Best regards,") near the end, if there is one."""
        # Look at the last 12 lines, from the bottom; only the 6 lowest short
        # lines may be the closing.
        text = self.text
        closing = closing_pattern()
        end, tried = len(text), 0
        for _ in range(12):
            start = text.rfind("\n", 0, end) + 1
            line = _strip_span(text, start, end)
            if 0 < line.end - line.start <= 40:
                if closing.fullmatch(self.lower, line.start, line.end):
                    if self.salutation and line.start < self.salutation.end:
                        return None
                    return line
                tried += 1
                if tried == 6:
                    return None
            if start == 0:
                return None
            end = start - 1
        return None

    @_once
    def body(self) -> Span:
        """The text between the salutation and the closing."""
        start = self.salutation.end if self.salutation else 0
        end = self.closing.start if self.closing else len(self.text)
        return Span(start, max(start, end))

    @_once
    def sentences(self) -> tuple[Span, ...]:
        """Sentences of the body, then the closing line as a last one."""
        found = (self._sentence_in(i) for i in range(len(self._pieces)))
        return tuple(sentence for sentence in found if sentence is not None)

    @_once
    def _pieces(self) -> list[tuple[int, int]]:
        # The body cut after each sentence's end, then the closing line: in
        # order, without gaps inside the body. Each holds one sentence at most.
        start, end = self.body
        lower = self.lower
        cuts = [start]
        for match in _SENTENCE_END.finditer(lower, start, end):
            if lower[match.start()] == "." and _after_abbreviation(lower, match.start()):
                continue
            at = match.end()
            if not (lower[at - 2 : at - 1].isdigit() and _ordinal_date(lower, at)):
                cuts.append(at)
        cuts.append(end)
        pieces = list(itertools.pairwise(cuts))
        if self.closing:
            pieces.append(self.closing)
        return pieces

    @_once
    def _piece_starts(self) -> list[int]:
        return [start for start, _ in self._pieces]

    @_once
    def _piece_sentences(self) -> dict[int, Span | None]:
        return {}

    def _sentence_in(self, index: int) -> Span | None:
        """The sentence of the ``index``-th piece, stripped, if it has a word."""
        memo = self._piece_sentences
        if index not in memo:
            start, end = self._pieces[index]
            chunk = self.text[start:end]
            body = chunk.strip()
            found = None
            if body and _HAS_WORD.search(body):
                first = start + len(chunk) - len(chunk.lstrip())
                found = tuple.__new__(Span, (first, first + len(body)))
            memo[index] = found
        return memo[index]

    def _piece_at(self, offset: int) -> int:
        """Index of the last piece starting at or before ``offset`` (-1 for none)."""
        return bisect.bisect_right(self._piece_starts, offset) - 1

    @_once
    def quoted(self) -> tuple[Span, ...]:
        """Stretches inside quotation marks, marks included."""
        text = self.text
        found = []
        for mark, pattern in _QUOTES:
            if mark not in text:
                continue
            if mark == "'":
                # Apostrophes are everywhere; only try where a quotation could open.
                for opening in _OPENING_SINGLE.finditer(text):
                    match = pattern.match(text, opening.start())
                    if match:
                        found.append(Span(*match.span()))
            else:
                found += [Span(*m.span()) for m in pattern.finditer(text)]
        found.sort()
        # Keep the outermost of overlapping quotations.
        kept: list[Span] = []
        for span in found:
            if not kept or span.start >= kept[-1].end:
                kept.append(span)
        return tuple(kept)

    def occurrences(self, word: str) -> Iterator[int]:
        """Offsets where ``word`` (lower case, from :attr:`vocabulary`) starts as a whole word."""
        return (match.start() for match in _whole_word(word).finditer(self.lower))

    def around(self, offset: int) -> Span:
        """The rough sentence holding ``offset``, without the cost of :attr:`sentences`.

        It runs from the last ".", "!", "?" or blank line before ``offset``
        to the next one, that mark included.
        """
        return self._around(offset, 0)

    def _around(self, offset: int, floor: int) -> Span:
        """:meth:`around`, knowing that a mark or a blank line starts at ``floor`` or later.

        The search back stops at ``floor`` and the search ahead at the first
        mark of any kind: rough sentence after rough sentence, the text is
        read once, where looking for each mark back to the start and ahead
        to the end read it once per sentence (a text with "!" but no "."
        took quadratic time).
        """
        low = self.lower
        start = 1 + max(
            low.rfind(".", floor, offset),
            low.rfind("!", floor, offset),
            low.rfind("?", floor, offset),
            low.rfind("\n\n", floor, offset),
        )
        size = len(low)
        found = _ROUGH_END.search(low, offset)
        end = found.start() if found else size
        return Span(start, min(end + 1, size))

    def _hits(self, words: Iterable[str]) -> list[tuple[int, str]]:
        """Each whole-word occurrence of any of ``words``, with the word, in order."""
        present = self.vocabulary.intersection(words)
        return sorted((at, word) for word in present for at in self.occurrences(word))

    def windows(self, words: Iterable[str]) -> Iterator[Span]:
        """The rough sentences (see :meth:`around`) holding any of ``words``, in order.

        They are found as they are asked for: a rule that stops at the first
        match never looks at the rest.
        """
        end = -1
        for at, _ in self._hits(words):
            if at >= end:  # rough sentences do not overlap
                # The last one ended with a mark (or a blank line) at end - 1.
                window = self._around(at, max(end - 1, 0))
                end = window.end
                yield window

    def sentences_with(self, words: Iterable[str]) -> Iterator[tuple[Span, frozenset[str]]]:
        """The sentences holding any of ``words``, each with those it holds, in order.

        They are found as they are asked for.
        """
        hits = self._hits(words)
        index = 0
        while index < len(hits):
            at, word = hits[index]
            index += 1
            sentence = self.sentence_holding(at)
            if sentence is None:
                continue
            held = {word}
            while index < len(hits) and hits[index][0] < sentence.end:
                held.add(hits[index][1])
                index += 1
            yield sentence, frozenset(held)

    def in_quotes(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quoted stretch."""
        # The stretches are sorted and do not overlap: only the last one
        # starting before ``offset`` can hold it (a search, not a scan, so
        # that a note of many quotations stays linear).
        quoted = self.quoted
        if not quoted:
            return False
        index = bisect.bisect_left(self._quote_starts, offset) - 1
        return index >= 0 and offset < quoted[index].end

    @_once
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quoted]

    def sentence_index(self, offset: int) -> int:
        """0-based index of the sentence holding ``offset``.

        An offset between two sentences counts as the earlier one's, one
        before the first sentence as the first's; a note without sentences
        gives -1. Only the sentences up to ``offset`` are looked at.
        """
        last = self._piece_at(offset)
        before = 0
        for index in range(last + 1):
            sentence = self._sentence_in(index)
            if sentence is not None and sentence.start <= offset:
                before += 1
        if before:
            return before - 1
        return 0 if self.sentences else -1

    def sentence_holding(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, or ``None`` outside every sentence."""
        index = self._piece_at(offset)
        if index < 0:
            return None
        sentence = self._sentence_in(index)
        if sentence is not None and sentence.start <= offset < sentence.end:
            return sentence
        return None

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding ``offset``, or the whole body when none does."""
        found = self.sentence_holding(offset)
        return self.body if found is None else found

    def insertion_point(self) -> int:
        """Where a missing sentence would go: just after the salutation."""
        if self.salutation is None:
            return 0
        rest = re.compile(r"[ \t]*\n?").match(self.text, self.salutation.end)
        return rest.end() if rest else self.salutation.end


def tokens(lower: str) -> list[str]:
    """The words of a lower-cased text, in order, as the word pattern would find them.

    Curly apostrophes come back straight ("i’m" gives "i'm").
    """
    if "’" in lower:
        lower = lower.replace("’", "'")
    if lower.isascii():
        spaced = lower.translate(_SEPARATE)
    else:
        # Blank out the few other characters that are not word characters, then
        # split the UTF-8 bytes: str.translate is slow outside ASCII.
        for char in {c for c in set(lower) if c > "\x7f" and not c.isalnum()}:
            lower = lower.replace(char, " ")
        raw = lower.encode("utf-8", "surrogatepass").translate(_SEPARATE_BYTES)
        spaced = raw.decode("utf-8", "surrogatepass")
    found = spaced.split()
    # Only word characters, apostrophes and spaces are left: an apostrophe
    # is stray at an edge, beside a space or beside another.
    if "'" not in spaced or not (
        " '" in spaced or "' " in spaced or "''" in spaced or spaced[0] == "'" or spaced[-1] == "'"
    ):
        return found
    # Quotation marks around a word, and doubled apostrophes, are not part of it.
    return [part.strip("'") for word in found for part in word.split("''") if part.strip("'")]


@functools.lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    # The word's letters first, so that the engine searches for them as a
    # plain string; then the look-behind that makes them a word's start.
    # "haven't" may be written "haven’t": only the part before the
    # apostrophe is looked for, and may go on.
    letters, apostrophe, _ = word.partition("'")
    end = "" if apostrophe else r"(?!\w)"
    return re.compile(rf"{re.escape(letters)}(?<!\w.{{{len(letters)}}}){end}")


def _strip_span(text: str, start: int, end: int) -> Span:
    chunk = text[start:end]
    stripped = chunk.lstrip()
    start += len(chunk) - len(stripped)
    return Span(start, start + len(stripped.rstrip()))
