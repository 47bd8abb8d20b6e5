"""Understanding a talking point as the user jotted it, before a template places it.

People write talking points in every shape: a noun phrase ("replacing nightly
batch jobs with Kafka"), a clause ("the team is moving to Epic"), a report of
speech ("she said the team is moving to Epic"), a question they were asked
("asked me about conflict resolution", "How would I handle a difficult
nurse?"), something shared ("we both ran the Chicago marathon") or a
quotation. Templates place a point where a noun phrase goes ("our conversation
about …"), so each point is turned into one, with the words of its language's
pack (``[talking_points]``, see docs/language-packs.md):

* the person is turned towards the reader: "her rotation redesign" → "your
  rotation redesign", "Lee's idea" in the note to Lee → "your idea", and in a
  reported clause "she wants" → "you want";
* each shape gets its frame: "how the team is moving to Epic", "your point
  that you want someone to fix alarm fatigue", "your question about how I
  would handle a difficult nurse", "the fact that we both ran the Chicago
  marathon";
* what only the writer needed goes: an aside after " -- " or a spaced em
  dash ("asked about pushback -- told him about my last job"), a trailing
  "lol" or smiley, the "??" of a guess ("sometime in Q2??"); then trailing
  punctuation, and a first word that is not a name starts in lower case.

A pack without shapes leaves a point's words as they are, tidied.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from thanknote.errors import InvalidOptionError
from thanknote.languages import Lexicon, language_pack

__all__ = ["Point", "Shape", "as_noun_phrase", "place", "shapes"]

_TRAILING = re.compile(r"[\s.!;,:…]+$")
# A note to self after a double hyphen or a spaced em dash. A spaced en dash
# stays: names and titles use it ("Cadre de santé – service de chirurgie").
_ASIDE = re.compile(r"\s+(?:--+|—|-+>|=>|→)\s+")
# Laughter and smileys at the end, as people type them in several languages.
_CHATTER = re.compile(
    r"(?:\s+(?:lol|lmao|rofl|mdr|xd|(?:ha|he|ja|je|ah|rs|k){2,}h?)|\s*[:;]-?[()dp]|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF])+$",
    re.IGNORECASE,
)
# "??", "?!", "!!?": a guess or a surprise, not a question.
_UNSURE = re.compile(r"\s*[?!]*(?:\?[?!]|![?!])$")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


KINDS = frozenset({"topic", "clause", "question", "shared", "quote"})
"""What a placed point is, for a template choosing a sentence to put it in."""


class Point(str):
    """A talking point placed for a template: the noun phrase, with what it is.

    It *is* the noun phrase ("your question about how I would handle a
    difficult nurse"), so a template that only prints points keeps working;
    a template that gives each point its own sentence reads the rest.

    Attributes:
        kind: ``"topic"`` (a thing talked about), ``"clause"`` (something
            said: "the team is moving to Epic"), ``"question"`` (asked of the
            candidate), ``"shared"`` ("we both ran …") or ``"quote"``.
        core: The words a sentence for that kind is built around: the topic,
            the clause, what the question was about, what is shared ("we both
            ran the Chicago marathon") or the quoted words.
        link: What the point meant to the candidate, in their own words, as
            a sentence; empty when they gave none.
    """

    __slots__ = ("core", "kind", "link")
    kind: str
    core: str
    link: str

    def __new__(cls, phrase: str, *, kind: str = "topic", core: str = "", link: str = "") -> Point:
        point = super().__new__(cls, phrase)
        point.kind = kind
        point.core = core or phrase
        point.link = link
        return point

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self), self.kind, self.core, self.link))


def _rebuild(phrase: str, kind: str, core: str, link: str) -> Point:
    return Point(phrase, kind=kind, core=core, link=link)


@attrs.frozen(kw_only=True)
class Shape:
    """One shape of talking point and the noun phrase it becomes.

    Attributes:
        name: What the shape is ("clause", "speech", "question" …).
        pattern: Matches the whole point, ignoring case; its named groups
            are the parts the frame reuses.
        frame: The noun phrase, with ``{group}`` for each part.
        turn: The groups whose third person is turned towards the reader
            ("she wants" → "you want").
        kind: What a point of this shape is (see :class:`Point`).
        core: The words a sentence for that kind is built around, with
            ``{group}`` for each part; the noun phrase when not given.
    """

    name: str
    pattern: re.Pattern[str]
    frame: str
    turn: frozenset[str] = frozenset()
    kind: str = "topic"
    core: str = ""


# Parts of a frame quoted as the user wrote them keep their case.
_QUOTED = frozenset({"question", "quote"})


@functools.lru_cache(maxsize=16)
def shapes(language: str) -> tuple[Shape, ...]:
    """The shapes a language's pack knows, in the order they are tried."""
    pack = language_pack(language)
    found = []
    for index, row in enumerate(pack.lexicon.point_shapes):
        where = f"{pack.folder / 'language.toml'}: talking_points.shapes[{index}]"
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as err:
            raise InvalidOptionError("language pack", where, f"{where}: pattern: {err}") from None
        turn = row.get("turn", [])
        if not isinstance(turn, list) or not set(turn) <= set(pattern.groupindex):
            raise InvalidOptionError(
                "language pack", where, f"{where}: turn must list groups of the pattern"
            )
        kind = row.get("kind", "topic")
        if kind not in KINDS:
            raise InvalidOptionError(
                "language pack", where, f"{where}: kind must be one of {', '.join(sorted(KINDS))}"
            )
        turned = frozenset(turn)
        core = row.get("core", "")
        found.append(
            Shape(
                name=row["name"],
                pattern=pattern,
                frame=row["frame"],
                turn=turned,
                kind=kind,
                core=core,
            )
        )
    return tuple(found)


def as_noun_phrase(
    point: str, language: str, names: tuple[str, ...] = (), *, towards_reader: bool = True
) -> str:
    """The talking point as a noun phrase a template can place, said to its reader.

    The same as :func:`place`, as a plain string.
    """
    return str(place(point, language, names, towards_reader=towards_reader))


@functools.lru_cache(maxsize=4096)  # the same points are placed note after note
def place(
    point: str,
    language: str,
    names: tuple[str, ...] = (),
    *,
    towards_reader: bool = True,
    link: str = "",
) -> Point:
    """The talking point as a template places it, said to its reader.

    Args:
        point: The point as the user wrote it.
        language: The note's language code.
        names: The reader's names (full, first, last), so that "Lee's idea"
            in the note to Lee becomes "your idea".
        towards_reader: The point is this reader's own; a point shared by the
            whole panel keeps its possessives ("her" may be anyone's).
        link: What the point meant to the candidate, as they wrote it; it
            becomes a sentence (a capital first, a full stop last).
    """
    words = language_pack(language).lexicon
    text = " ".join(point.split())
    quoted = text[:1] in "\"“'‘«„" and text[-1:] in "\"”'’»“"
    if not quoted:
        text = _ASIDE.split(text, maxsplit=1)[0]
        text = _spelt_out(text, language)
        text = _UNSURE.sub("", _CHATTER.sub("", text))
        text = _TRAILING.sub("", text) if not text.endswith("?") else text.rstrip()
    as_written = text
    if not quoted:
        # The user's first word, not ours: a frame or a courtesy form the pack
        # puts first ("Ihre", "la Sua") keeps its capital.
        text = _first_word_lower(text, words)
    if towards_reader:
        text = _named_reader(text, words, names)
        text = _towards_reader(text, words, names)
    for shape in shapes(language):
        match = shape.pattern.fullmatch(text)
        if match is None:
            continue
        # A quoted part keeps the user's words exactly, capitals included.
        same = len(text) == len(as_written)
        parts = {
            key: (_turned(value, words) if towards_reader else value)
            if key in shape.turn
            else (as_written[match.start(key) : match.end(key)] if same else value)
            if key in _QUOTED
            else _first_word_lower(value, words)
            for key, value in match.groupdict(default="").items()
        }
        phrase = shape.frame.format_map(_Parts(parts, text))
        core = shape.core.format_map(_Parts(parts, text)) if shape.core else phrase
        return Point(phrase, kind=shape.kind, core=core, link=_sentence(link))
    if words.unplaced_frame and _reads_as_a_clause(text, language):
        # No shape knows it, and it is no noun phrase: a sentence cannot take
        # it after "about". It is quoted in a frame that holds any words.
        quoted_point = words.unplaced_frame.format(point=text)
        return Point(quoted_point, kind="topic", core=quoted_point, link=_sentence(link))
    return Point(text, link=_sentence(link))


def _reads_as_a_clause(text: str, language: str) -> bool:
    """Whether a point no shape knows holds a verb or a break a noun phrase has not.

    A question word first makes an indirect question ("how the pipelines are
    monitored"), which stands after "about" as a noun phrase does.
    """
    folded = text.casefold()
    first = folded.split(" ", 1)[0]
    if first in _QUESTION_WORDS:
        return False
    pattern = _clause_marks(language)
    return pattern is not None and pattern.search(folded) is not None


# Words that open an indirect question, in the built-in languages.
_QUESTION_WORDS = frozenset(
    {"how", "what", "why", "when", "where", "which", "who", "whether", "wie", "was", "warum",
     "wann", "wo", "ob", "welche", "welcher", "comment", "pourquoi", "quand", "où", "quel",
     "quelle", "cómo", "qué", "cuándo", "dónde", "cuál", "come", "perché",
     "quando", "dove", "quale", "cosa", "como", "onde", "qual"}
)  # fmt: skip


@functools.lru_cache(maxsize=32)
def _clause_marks(language: str) -> re.Pattern[str] | None:
    verbs = language_pack(language).lexicon.clause_words
    if not verbs:
        return None
    words = "|".join(re.escape(v.casefold()) for v in sorted(verbs, key=len, reverse=True))
    # A verb as a whole word, or punctuation that joins two thoughts (a comma
    # does not: "Kafka, Flink and Spark" is one noun phrase).
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])|[;:]\s|\s[-—+]\s")


def _spelt_out(text: str, language: str) -> str:
    """The point with the pack's shorthand spelt out ("asked abt" → "asked about")."""
    found = _shorthand(language)
    if found is None:
        return text
    table, pattern = found
    return pattern.sub(lambda m: table[m.group().lower()], text)


@functools.lru_cache(maxsize=32)
def _shorthand(language: str) -> tuple[Mapping[str, str], re.Pattern[str]] | None:
    table = {k.lower(): v for k, v in language_pack(language).lexicon.shorthand.items()}
    if not table:
        return None
    # Longest first, and only as whole words: "w/o" before "w/", never "abtest".
    words = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(?<![\w/])(?:{words})(?![\w/])", re.IGNORECASE)


def _sentence(text: str) -> str:
    # The candidate's own words, made to stand as a sentence of the note.
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


class _Parts(dict[str, str]):
    """The parts a frame names, and ``{point}`` for the whole point."""

    def __init__(self, parts: Mapping[str, str], point: str) -> None:
        super().__init__(parts)
        self.point = point

    def __missing__(self, key: str) -> str:
        if key == "point":
            return self.point
        raise KeyError(key)


def _named_reader(text: str, words: Lexicon, names: tuple[str, ...]) -> str:
    # "Jake said they're opening …" in the note to Jake: the name is the
    # subject the shapes know as a pronoun ("they said …"), or, in languages
    # whose shapes need none, nothing ("Thomas m'a dit …" → "m'a dit …").
    if words.reader_name_as is None:
        return text
    folded = text.casefold()
    for name in sorted((n for n in names if n), key=len, reverse=True):
        size = len(name)
        if folded.startswith(name.casefold()) and text[size : size + 1] == " ":
            rest = text[size + 1 :]
            return f"{words.reader_name_as} {rest}" if words.reader_name_as else rest
    return text


def _towards_reader(text: str, words: Lexicon, names: tuple[str, ...]) -> str:
    # A leading possessive ("her", "his") or the reader's own name in the
    # possessive ("Lee's") is the reader's: "your". Anything later in the point
    # may be about someone else, so it stays.
    first = _FIRST_WORD.match(text)
    if first is None:
        return text
    replacement = words.possessives.get(first.group().lower())
    if replacement is not None:
        return replacement + text[first.end() :]
    for name in sorted(names, key=len, reverse=True):
        for ending in words.name_possessives:
            said = name + ending
            if name and text.startswith(said) and text[len(said) : len(said) + 1] in (" ", ""):
                return (words.reader_possessive or name) + text[len(said) :]
    return text


def _turned(clause: str, words: Lexicon) -> str:
    """A clause about the reader in the third person, said to them ("she wants" → "you want")."""
    first = _FIRST_WORD.match(clause)
    if first is None:
        return clause
    subject = words.subjects.get(first.group().lower())
    if subject is None:
        return clause
    rest = clause[first.end() :]
    verb = _FIRST_WORD.match(rest.lstrip())
    if verb is None:
        return subject + rest
    offset = len(rest) - len(rest.lstrip())
    said = verb.group()
    agreed = words.agreement.get(said.lower())
    if agreed is None:
        agreed = _drop_ending(said, words.verb_endings)
    return subject + rest[:offset] + agreed + rest[offset + verb.end() :]


def _drop_ending(verb: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if verb.endswith(ending) and len(verb) > len(ending) + 2 and not verb.endswith("ss"):
            return verb[: -len(ending)]
    return verb


def _first_word_lower(text: str, words: Lexicon) -> str:
    # "How would I …" and "The team's …" start a sentence in the user's notes,
    # not in the middle of ours; a name ("Kafka", "Epic") keeps its capital.
    first = _FIRST_WORD.match(text)
    if first is None:
        return text
    word = first.group()
    lower = word.lower()
    common = lower in words.function_words or lower in words.stop_words
    if word[:1].isupper() and word[1:].islower() and (common or lower in words.weak_words):
        return lower + text[first.end() :]
    return text
