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
* what only the writer needed goes: an aside after a spaced dash ("asked
  about pushback -- told him about my last job", "readmission dashboard -
  rebuilt by hand"), a trailing "lol" or smiley, the "??" of a guess
  ("sometime in Q2??"); then trailing punctuation, and a first word that is
  not a name starts in lower case.

A point no shape knows is placed only when it stands as a noun phrase: short,
one thought (no "!", ":" or ";" inside, a comma only in a list), no finite
verb, and, in languages whose nouns need an article, opened by one. Of "small
team, designers talk to customers every week!! love this" the first part is
kept. Anything else is a note to self that no sentence can hold: its kind is
``"unplaced"``, the built-in templates leave it out, and
:func:`thanknote.check_interview` names it (:func:`unplaced_points`).

A pack without shapes leaves a point's words as they are, tidied.

What the writer jotted for themselves never reaches the note. Two kinds of
shape in the pack, tried before any other wherever they are listed, say
what that is: ``kind = "reminder"``, a whole point that is a to-do or a
thing to avoid ("send portfolio?", "Referenzen schicken?", "oferecer o case
de NPS?"), which is left out (:func:`is_reminder`), never shown as a
question the reader asked; and ``kind = "aside"``, the words of an aside in
parentheses or after the last comma that are the writer's own ("(told her
about Harrogate)"), which go while the rest is placed
(:func:`without_asides`). An aside that is a reminder goes too.

Kept whole: reading a talking point into a phrase a sentence can hold is one
pipeline; each helper is a step of :func:`place` and reads the same lexicon.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from thanknote._names import leading_titles
from thanknote.errors import InvalidOptionError
from thanknote.languages import Lexicon, known_languages, language_pack, shared_lexicon

__all__ = [
    "MOST_POINTS",
    "Point",
    "Shape",
    "as_noun_phrase",
    "is_reminder",
    "place",
    "said_in_note",
    "shapes",
    "unplaced_points",
    "why_unplaced",
    "with_links",
    "without_asides",
]

_TRAILING = re.compile(r"[\s.!;,:…]+$")
# A note to self after a spaced dash or an arrow: in a jotted point it
# separates the topic from what the writer remembers about it ("ProWein in
# March – our own stand for the first time").
_ASIDE = re.compile(r"\s+(?:-+|–|—|-+>|=>|→)\s+")
# Marks that end a thought or join two: a point holding one is no noun phrase
# ("gros enjeu : convaincre …", "love this!! great team", "caiu p/ 94%").
# A colon between figures is a ratio or a time ("ratios 1:5", "10:30").
_BREAK = re.compile(r"[;!?+=~<>]|(?<!\d):|:(?!\d)|\.\s|\.\.|…|(?<=\w)/(?=\s)|\s[&/]\s*$")
_HEAD = re.compile(r",\s|!+\s*|;\s|\s\(")
# "Frage von ihr: wie gehe ich …?", "Jonas: „Wir deployen freitags“": a label
# of a few words before a question or a quotation says where it came from.
_LABEL = re.compile(r"(?:[^\W\d_][\w'’.-]*\s){0,3}[^\W\d_][\w'’.-]*\s?:\s+(?=\S)")
# Laughter and smileys at the end, as people type them in several languages.
_CHATTER = re.compile(
    r"(?:\s+(?:lol|lmao|rofl|mdr|xd|(?:ha|he|ja|je|ah|rs|k){2,}h?)|,\s*(?:ok|okay|obvs)"
    r"|\s*[:;]-?[()dp]|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF])+$",
    re.IGNORECASE,
)
# "??", "?!", "!!?": a guess or a surprise, not a question.
_UNSURE = re.compile(r"\s*[?!]*(?:\?[?!]|![?!])$")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


KINDS = frozenset({"topic", "clause", "question", "shared", "quote"})
"""What a placed point is, for a template choosing a sentence to put it in."""

UNPLACED = "unplaced"
"""The kind of a point no sentence can hold as written (see :func:`unplaced_points`)."""

MOST_POINTS = 3
"""The most points one note says: a note that names more reads as a list."""


def said_in_note(points: Sequence[Point], most: int = MOST_POINTS) -> tuple[int, ...]:
    """Which of ``points`` a note says, by their places, in the order it says them.

    Those tied to the candidate's own words come first, so that a short
    note (a card, a concise one) that names only one or two keeps them; the
    user's order holds otherwise. At most ``most`` (a concise note says two),
    never more than :data:`MOST_POINTS`.
    """
    order = sorted(range(len(points)), key=lambda i: not points[i].link)
    return tuple(order[: min(most, MOST_POINTS)])


def with_links(points: Sequence[str], links: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Each talking point with the candidate's line tied to it ("" when none)."""
    return zip(points, links or ("",) * len(points), strict=True)


PROMISE = "promise"
"""The kind of a note to self that is something to send the reader ("send portfolio"):
templates keep the promise in the close ("I will send you my portfolio")."""


class Point(str):
    """A talking point placed for a template: the noun phrase, with what it is.

    It *is* the noun phrase ("your question about how I would handle a
    difficult nurse"), so a template that only prints points keeps working;
    a template that gives each point its own sentence reads the rest.

    Attributes:
        kind: ``"topic"`` (a thing talked about), ``"clause"`` (something
            said: "the team is moving to Epic"), ``"question"`` (asked of the
            candidate), ``"shared"`` ("we both ran …"), ``"quote"``, or
            ``"unplaced"`` for a note to self that no sentence can hold.
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
        lower: The groups whose first word is written in lower case, as a
            word that only opened the user's sentence ("¿Tengo …?").
        kind: What a point of this shape is (see :class:`Point`).
        core: The words a sentence for that kind is built around, with
            ``{group}`` for each part; the noun phrase when not given.
    """

    name: str
    pattern: re.Pattern[str]
    frame: str
    turn: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()
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
        turn, lower = row.get("turn", []), row.get("lower", [])
        for key, groups in (("turn", turn), ("lower", lower)):
            if not isinstance(groups, list) or not set(groups) <= set(pattern.groupindex):
                raise InvalidOptionError(
                    "language pack", where, f"{where}: {key} must list groups of the pattern"
                )
        kind = row.get("kind", "topic")
        if kind in (REMINDER, ASIDE):
            continue  # read by is_reminder and without_asides, before any shape
        if kind not in KINDS | {UNPLACED, PROMISE}:
            known = ", ".join(sorted(KINDS | {UNPLACED, PROMISE, REMINDER, ASIDE}))
            raise InvalidOptionError(
                "language pack", where, f"{where}: kind must be one of {known}"
            )
        turned = frozenset(turn)
        core = row.get("core", "")
        found.append(
            Shape(
                name=row["name"],
                pattern=pattern,
                frame=row["frame"],
                turn=turned,
                lower=frozenset(lower),
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
    placed = _place(point, language, names, towards_reader=towards_reader, link=link)
    written = " ".join(point.split())
    if placed.kind not in (UNPLACED, "quote") and _clipped(str(placed), language):
        # "4 J. im Ing.büro": an abbreviation no pack writes out would stand
        # in the note as typed.
        return Point(written, kind=UNPLACED, link=placed.link)
    words = language_pack(language).lexicon
    if placed.kind == "topic" and (
        (_lower_case_phrase(point, words) and not _lower_case_topic(point, words))
        or _pasted_clause(placed.core, language)
    ):
        # "team 12 leute": a noun phrase of a language whose nouns take a
        # capital, with none, would show its misspelt nouns in the note; "a
        # coordenadora falou do projeto" is a sentence, which no frame for a
        # topic can hold.
        return Point(written, kind=UNPLACED, link=placed.link)
    if placed.kind == "topic" and _opens_on_a_subject(placed.core, words):
        # "er macht die Probenvorbereitung", "ils implantent un WMS": no
        # shape read the sentence, and a subject pronoun opens no noun phrase.
        return Point(written, kind=UNPLACED, link=placed.link)
    if placed.kind == "question" and " + " in placed.core:
        # "asked about bilanci riclassificati + la centrale rischi": a plus
        # between two things is the language's "and"; where a noun needs its
        # article, only before one, or the point stays notes-speak and out.
        openers = _openers(words.topic_openers)
        after = placed.core.split(" + ", 1)[1].split(" ", 1)[0].casefold()
        if openers and after not in openers:
            return Point(written, kind=UNPLACED, link=placed.link)
        said = f" {_and_word(language)} "
        return Point(
            _PLUS.sub(said, placed),
            kind=placed.kind,
            core=_PLUS.sub(said, placed.core),
            link=placed.link,
        )
    if placed.kind in ("topic", "question") and (
        _pasted_figure(placed.core, words) or _noun_after_percent(placed.core, words)
    ):
        # "rehabilitación 48 viviendas", "ocupación 85%", "temporada alta 92%
        # ocupación": a figure jotted straight after a noun or before one,
        # where a sentence needs a word between them ("de", "of"); no frame
        # can hold it, so the point is left out.
        return Point(written, kind=UNPLACED, link=placed.link)
    if placed.kind in ("topic", "question") and _noun_chain(placed.core, words):
        # "die Revision Pendelbahn im April": two nouns jotted side by side,
        # where a sentence needs an article or a preposition between them;
        # which one depends on a gender the pack cannot know.
        return Point(written, kind=UNPLACED, link=placed.link)
    if placed.kind == "topic" and ", " in point and _comma_tail(placed.core, words):
        # "new TMS rollout in january, still on whiteboards now": a shape
        # took the fragment after the comma into its topic, which no frame
        # can hold ("our talk about the rollout, still on whiteboards now").
        # The part before the comma is said when it stands as a topic.
        # A comma the pack set itself ("il nuovo reparto, operativo da
        # marzo") stands in an apposition it knows: only the user's counts.
        head = written.split(", ", 1)[0].rstrip()
        again = place(head, language, names, towards_reader=towards_reader, link=link)
        if len(head.split()) >= 3 and again.kind != UNPLACED and not _comma_tail(again.core, words):
            return again
        return Point(written, kind=UNPLACED, link=placed.link)
    return placed


def _place(
    point: str,
    language: str,
    names: tuple[str, ...],
    *,
    towards_reader: bool,
    link: str,
) -> Point:
    """:func:`place`, before a noun phrase is checked for its capitals."""
    words = language_pack(language).lexicon
    text = " ".join(point.split())
    # The candidate's own words keep their sense, but not their shorthand or
    # a word typed without its accent ("j'ai gere les deux" → "géré").
    link = own_words(link, language) if link else link
    quoted = text[:1] in "\"“'‘«„" and text[-1:] in "\"”'’»“"
    if not quoted and _held_back(text, language):
        # "BHI membership - don't bring up yet": the writer's own word not to
        # raise it, so the whole point stays out of the note.
        return Point(text, kind=UNPLACED, link=_sentence(link))
    if not quoted and _nouns_in_lower_case(text, words):
        # "sanierung ca 40 km kanal bis 2030": a German noun without its
        # capital is a spelling mistake in the note; the user is told instead.
        return Point(text, kind=UNPLACED, link=_sentence(link))
    if not quoted:
        before, *aside = _ASIDE.split(text, maxsplit=1)
        if not link and aside and _answers_for_self(aside[0], words):
            # "asked about forklift cert + OSHA 30 - have both": the answer
            # jotted after the dash is the candidate's own line for the point.
            link = own_words(aside[0], language)
        text = before
        text = without_asides(text, language)
        text = _own_note_dropped(text, language)
        label = _LABEL.match(text)
        if label and _is_shorthand(label.group().rstrip(": "), language):
            # "q: why do u want to leave retail??": jotted shorthand ("q" for
            # the reader's question) is a word of the point, not who said it.
            label = None
        rest = text[label.end() :] if label else ""
        quoted = len(rest) > 1 and rest[0] in "\"“'‘«„" and rest[-1] in "\"”'’»“"
        if quoted or rest.endswith("?"):
            text = rest
    if not quoted:
        # "usw." goes before the shorthand would write it out ("und so weiter")
        text = _ETC.sub("", _ASIDE.split(text, maxsplit=1)[0])
        paired = _pair(text, language, names, towards_reader, link)
        if paired is not None:
            return paired
        text = _spelt_out(text, language)
        text = _written_out(text, language)
        text = _without_trailing_count(text, language)
        text = _UNSURE.sub("", _CHATTER.sub("", text))
        text = _TRAILING.sub("", text) if not text.endswith("?") else text.rstrip()
        # "¡¡los dos somos de Cádiz!!": the opening marks go with the closing ones
        text = text.lstrip("¡ ") if text.startswith("¡") else text
    if not quoted:
        spliced = _spliced_head(text, words)
        if spliced is not None:
            # "most work rn is fit-outs downtown, couple hospital jobs in
            # spring": a fragment after a comma would make a comma splice in
            # the note; a first part that is a thought of its own (a clause,
            # a question, something shared) is said alone. A bare topic keeps
            # what follows it, which may be the news ("loja do centro, fechou
            # em maio").
            placed = place(spliced, language, names, towards_reader=towards_reader, link=link)
            if placed.kind not in (UNPLACED, "topic"):
                return placed
    if not quoted and towards_reader:
        promised = _promised(text, language, link)
        if promised is not None:
            return promised
    if not quoted and is_reminder(text, language):
        # "send portfolio?", "oferecer o case de NPS?": the writer's to-do,
        # never a question the reader asked.
        return Point(text, kind=UNPLACED, link=_sentence(link))
    as_written = text
    if not quoted:
        # The user's first word, not ours: a frame or a courtesy form the pack
        # puts first ("Ihre", "la Sua") keeps its capital.
        text = _first_word_lower(text, words)
        if not words.topic_openers:
            # Where a noun needs no article, no later step retries the point
            # in lower case: "Temporary accommodation review".
            text = _sentence_case_lowered(text, words) or text
    if _only_names(text, names):
        # "Eng.ª Teresa": a note about the reader, not a topic to discuss with them.
        return Point(text, kind=UNPLACED, link=_sentence(link))
    if towards_reader:
        text = _reader_named_after(text, words, names)
        text = _named_reader(text, words, names)
        text = _towards_reader(text, words, names)
    for shape in shapes(language):
        match = shape.pattern.fullmatch(text) if shape.kind != PROMISE else None
        if match is None:
            continue
        # A quoted part keeps the user's words exactly, capitals included.
        same = len(text) == len(as_written)
        parts = {
            key: (_turned_each(value, words, language) if towards_reader else value)
            if key in shape.turn
            else (as_written[match.start(key) : match.end(key)] if same else value)
            if key in _QUOTED
            else _first_word_lower(value, words, always=key in shape.lower)
            for key, value in match.groupdict(default="").items()
        }
        alone = _ONE_GROUP.fullmatch(shape.frame)
        inner = parts.get(alone.group(1), "") if alone is not None else ""
        if shape.kind == "topic" and inner and len(inner) < len(text):
            # "mentioned her plan for a new wing", "re: their rota": what
            # follows the verb or the preposition is a point of its own.
            named = place(inner, language, names, towards_reader=towards_reader)
            if named.kind != UNPLACED:
                return Point(str(named), kind=named.kind, core=named.core, link=_sentence(link))
            if (
                words.topic_openers
                and inner[:1].islower()
                and text.startswith(inner)
                and not _opens_noun_phrase(inner.split(), words)
            ):
                # "notti circa 30": what the shape keeps of the point's start is a
                # common noun without the article its language needs, which no
                # sentence can hold. A word kept from after a verb is a subject as
                # it was said ("falamos de futebol").
                return Point(text, kind=UNPLACED, link=_sentence(link))
        said = _said_as_a_topic(parts.get("clause", ""), shape.kind, language)
        if said is not None:
            # "sie sagte, Repowering im Windpark ab 2027": what was said is a
            # noun phrase, not a clause; it is placed as the topic it is.
            placed = place(said, language, names, towards_reader=towards_reader, link=link)
            if placed.kind == "topic":
                return placed
        if shape.kind == "clause" and _verbless(match.groupdict().get("clause") or "", language):
            # "she said game menu from jan": what was said has no verb, so no
            # frame for a clause can hold it ("your point that game menu …").
            return Point(text, kind=UNPLACED, link=_sentence(link))
        phrase = shape.frame.format_map(_Parts(parts, text))
        core = shape.core.format_map(_Parts(parts, text)) if shape.core else phrase
        if shape.kind == "clause" and words.article_missing:
            phrase, core = _with_articles(phrase, language), _with_articles(core, language)
        if shape.kind not in _QUOTED and _break(core, language):
            # "she said the team is new!! love them": the shape fits, the words do not.
            return Point(text, kind=UNPLACED, link=_sentence(link))
        return Point(phrase, kind=shape.kind, core=core, link=_sentence(link))
    if words.unplaced_frame and _reads_as_a_clause(text, language):
        # No shape knows it, and it is no noun phrase: this pack quotes it in
        # a frame that holds any words.
        quoted_point = words.unplaced_frame.format(point=text)
        return Point(quoted_point, kind="topic", core=quoted_point, link=_sentence(link))
    topic = _as_topic(text, language)
    if topic is not None and topic != text:
        # The first part may be a shape the pack knows ("the Kafka migration").
        placed = place(topic, language, names, towards_reader=towards_reader, link=link)
        return placed if placed.kind != UNPLACED else Point(topic, link=_sentence(link))
    if topic is not None:
        return Point(topic, link=_sentence(link))
    head = _HEAD.split(text, maxsplit=1)[0].rstrip()
    # "Reducción de scrap": the capital only starts the user's sentence, and
    # the pack's shapes read the noun in lower case; "migration vers le
    # cloud, gros chantier": the first part may be one the shapes know.
    for again in (_sentence_case_lowered(text, words), head if head != text else None):
        if again is None:
            continue
        placed = place(again, language, names, towards_reader=towards_reader, link=link)
        # A first part of two bare words ("small team") says too little as it stands.
        if placed.kind != UNPLACED and (again != head or placed != head or len(head.split()) > 2):
            return placed
    return Point(text, kind=UNPLACED, link=_sentence(link))


_ONE_GROUP = re.compile(r"\{(\w+)\}")


@functools.lru_cache(maxsize=16)
def _article_places(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    pack = language_pack(language)
    places = []
    for article, where in pack.lexicon.article_missing.items():
        try:
            places.append((article, re.compile(where)))
        except re.error as err:
            path = f"{pack.folder / 'language.toml'}: talking_points.article_missing.{article}"
            raise InvalidOptionError("language pack", path, f"{path}: {err}") from None
    return tuple(places)


def _with_articles(clause: str, language: str) -> str:
    # "the team is moving to new system": a headline drops the article that
    # a sentence cannot do without; it goes where the pack's pattern ends.
    for article, where in _article_places(language):
        clause = where.sub(rf"\g<0>{article} ", clause)
    return clause


# ", 3 rooms", ", 120 inscritos", ", ~80 Zimmer": a figure jotted after the
# point, which no sentence around it can hold.
_TRAILING_COUNT = re.compile(r",\s+\S{0,12}?\d[\d.,%]*\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s*$")


def _without_trailing_count(text: str, language: str) -> str:
    found = _TRAILING_COUNT.search(text)
    if found is None or f" {_and_word(language)} " in found.group():
        return text  # "rooms 1, 2 and 3": a list
    return text[: found.start()]


# Two things jotted with a slash between them ("inspecciones del GCBA /
# libro de registro"); a plus joins thoughts as often as things.
# "Elternabende / Notengebung", "spedizioni internazionali + dogana"
_PAIR = re.compile(r"(?<=\w)\s+[/+]\s+(?=\w)")


def _pair(
    text: str, language: str, names: tuple[str, ...], towards_reader: bool, link: str
) -> Point | None:
    """Two jotted items placed each as a point of its own, then joined.

    Two topics are joined with the language's "and", each with its own
    article ("las inspecciones del GCBA y el libro de registro"); a second
    item that is a remark, not a thing, is left out. ``None`` (the point
    is read whole) when there is not exactly one such join, when the first
    item is no topic, or when the second reads as a clause of both.
    """
    parts = _PAIR.split(text)
    joined = len(parts) != 2  # by "and": both items are things, or the point is whole
    if joined:
        parts = _bare_pair(text, language)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    if "+" in text and len(parts[1].split()) > 3:
        # "Leasingverträge + Abrechnung laufen über Cronjobs": after a plus, a
        # longer second part is the rest of a clause both items share.
        return None
    first = place(parts[0], language, names, towards_reader=towards_reader)
    if first.kind != "topic":
        return None  # "asked me about lean / 5S": the second item is the question's too
    second = place(parts[1], language, names, towards_reader=towards_reader)
    if second.kind == UNPLACED and len(parts[1].split()) == 1:
        # "polyvalence salle / bar": one word that stands nowhere alone is
        # the first item's own, and the two are read whole.
        return None
    if second.kind == UNPLACED:
        # "plumbing + heating, mostly residential": the second item up to a comma
        second = place(_HEAD.split(parts[1], maxsplit=1)[0], language, names)
    if second.kind == "topic":
        both = f"{first} {_and_word(language)} {second}"
        return Point(both, kind="topic", core=both, link=_sentence(link))
    if joined:
        return None
    if _reads_as_a_clause(parts[1], language):
        return None  # "Leasingverträge + Abrechnung laufen über Cronjobs": one clause
    # "rastreabilidade lote a lote / ainda muitos registos em papel": a remark
    # that is no thing to name; the first item is the point.
    return Point(str(first), kind=first.kind, core=first.core, link=_sentence(link))


def _bare_pair(text: str, language: str) -> list[str]:
    """Two items joined by the language's "and", the second without its article.

    Only where a noun needs one ("le recrutement et formation" → "le
    recrutement et la formation"); elsewhere, or when the second item has
    its article, the point is read whole.
    """
    openers = language_pack(language).lexicon.topic_openers
    if not openers:
        return []
    parts = re.split(rf"\s+{re.escape(_and_word(language))}\s+", text)
    if len(parts) != 2 or not parts[1]:
        return []
    second = parts[1].casefold()
    if second[:1].isdigit():
        return []  # "140 bénévoles et 6 boutiques": counts share one article
    if any(second.startswith(o) if o[-1:] in "'’" else second.split()[0] == o for o in openers):
        return []
    # "la gestione del magazzino e dei resi", "in terza e quarta": after a
    # preposition, "and" joins the words that follow it, not two things.
    small = language_pack(language).lexicon.function_words
    if any(w in small for w in [*parts[0].casefold().split()[1:], second.split()[0]]):
        return []
    return parts


def _said_as_a_topic(clause: str, kind: str, language: str) -> str | None:
    """What a report of speech says, when it is a noun phrase rather than a clause.

    Only a capitalised first word that is no function word counts ("Repowering
    …", "Umstellung auf SAP"): a lower-case one may start a clause whose verb
    the pack does not list ("das Team wächst").
    """
    if kind != "clause" or not clause[:1].isupper():
        return None
    words = language_pack(language).lexicon
    if _common(clause.split(" ", 1)[0], words):
        return None
    return clause if _stands_as_topic(clause, language) else None


# Notes-speak a letter does not print: "incident reports / first aid" (a slash
# between words, with spaces) and a parenthesis of examples ending in "etc."
# ("trade fairs (ProWein, etc.)"). "24/7" and "and/or" keep their slash.
_SLASH = re.compile(r"(?<=\w) / (?=\w)")
_PLUS = re.compile(r"(?<=\w) \+ (?=\w)")
_EXAMPLES = re.compile(r"\s*\([^()]*\b(?:etc|usw|ecc)\.?\)|\s*\([^()]*…\)")


_ETC = re.compile(r",?\s+(?:etc|usw|ecc|u\.\s?s\.\s?w|etcetera|etcétera)\.?$", re.IGNORECASE)


def _written_out(text: str, language: str) -> str:
    """The point without the notes-speak a letter would not print."""
    text = _ETC.sub("", _EXAMPLES.sub("", text))
    if " / " in text:
        parts = _SLASH.split(text)
        if len(parts) > 2:
            # "Denkmalpflege / Landesamt / Kirchengemeinde": the words either
            # side of each slash are a list, written as the language writes one.
            from babel.lists import format_list

            head, _, first = parts[0].rpartition(" ")
            last, _, tail = parts[-1].partition(" ")
            said = format_list([first, *parts[1:-1], last], locale=language)
            text = " ".join(p for p in (head, said, tail) if p)
        else:
            text = _SLASH.sub(f" {_and_word(language)} ", text)
    return text


@functools.lru_cache(maxsize=16)
def _and_word(language: str) -> str:
    # The language's own "and", as Babel joins a list of two.
    from babel.lists import format_list

    return (
        format_list(["\x00", "\x01"], locale=language).split("\x00", 1)[1].split("\x01")[0].strip()
    )


def _only_names(text: str, names: tuple[str, ...]) -> bool:
    """Whether the point is nothing but the reader's name, titles and all."""
    rest = _without_titles(text).strip()
    return bool(rest) and rest.casefold() in {n.casefold() for n in names if n}


_TRAILING_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)\s*$")


def _own_note_dropped(text: str, language: str) -> str:
    """The point without a closing parenthesis that is a sentence of the writer's.

    "my worst snagging list ever (told her about Harrogate)": what the
    candidate did, not the topic. A parenthesis that names something ("the
    quiz (step 3)") stays.
    """
    found = _TRAILING_PARENTHESIS.search(text)
    if found is None or not _reads_as_a_clause(found.group(1), language):
        return text
    return text[: found.start()]


def _sentence_case_lowered(text: str, words: Lexicon) -> str | None:
    """The point with its first letter in lower case, where a capital only starts it.

    Only when the first word ends as only common words do in the language
    (``noun_endings``: "-ción", "-ment", English "-ary") and the second word
    is not capitalised: "Kafka en producción" and "Black Friday" are names.
    """
    said = text.split()
    if not words.noun_endings or len(said) < 2:
        return None
    first, second = said[0], said[1]
    # A second word in capitals is an acronym ("Accreditamento ACCREDIA"):
    # only a second capitalised word makes the two a name.
    named = second[:1].isupper() and not second.isupper()
    if not (first[:1].isupper() and first[1:].islower()) or named:
        return None
    if not first.casefold().endswith(words.noun_endings):
        return None
    return first[:1].lower() + text[1:]


def unplaced_points(
    points: tuple[str, ...], language: str, names: tuple[str, ...] = ()
) -> tuple[int, ...]:
    """The places of the points no sentence can hold as written.

    Args:
        points: The talking points as the user wrote them.
        language: The note's language code.
        names: The reader's names, as for :func:`place`.
    """
    return tuple(
        i for i, point in enumerate(points) if place(point, language, names).kind == UNPLACED
    )


def _lower_case_phrase(text: str, words: Lexicon) -> bool:
    # Two words or more, not one capital, where nouns take one.
    return (
        words.lower_case_noun is not None
        and text == text.lower()
        and len(re.findall(r"[^\W\d_]{2,}", text)) > 1
    )


def _lower_case_topic(text: str, words: Lexicon) -> bool:
    # "spätdienst bis 22 uhr": a noun phrase the pack reads whole in lower case.
    found = words.lower_case_topic
    return found is not None and _compiled(found).fullmatch(" ".join(text.split())) is not None


# A short word and a full stop inside a word ("s.bonifacio", "Ing.büro"), or
# before a word in lower case or a figure ("4 J. im", "a eng. disse").
_CLIPPED = re.compile(
    r"(?<![\w.])[^\W\d_]{1,4}\.(?:(?=[^\W\d_]{4})(?=\w*[a-zß-ÿ])[^\W\d_]+|(?=\s+[\da-zß-ÿ]))"
)


def _clipped(text: str, language: str) -> str | None:
    """The first abbreviation in the text that the note would show as typed, if any.

    The pack's own abbreviations ("ca.", "bzw.", "dott.ssa") are words of
    the language and pass.
    """
    known = {a.casefold() for a in language_pack(language).lexicon.abbreviations}
    for match in _CLIPPED.finditer(text):
        word = match.group().casefold()
        if word not in known and word.rstrip(".") + "." not in known:
            return match.group()
    return None


def _nouns_in_lower_case(text: str, words: Lexicon) -> bool:
    # Not one capital, and a noun the pack can tell by its article or its
    # ending: a point no note can hold without a spelling mistake. An acronym
    # or a code keeps its capitals ("tarifvertrag TVöD E9", "team (12 MA)"):
    # the pattern reads it as "#", and the other words decide.
    if words.lower_case_noun is None:
        return False
    text = " ".join("#" if _is_code(word) else word for word in text.split())
    if text != text.lower():
        return False
    return _compiled(words.lower_case_noun).search(text) is not None


def _is_code(word: str) -> bool:
    # "TVöD", "MA)", "E9", "PV-anlagen": two capitals, or a capital and a figure.
    capitals = sum(c.isupper() for c in word)
    return capitals >= 2 or (capitals == 1 and any(c.isdigit() for c in word))


@functools.lru_cache(maxsize=32)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_LOWER_CASE = (
    "it is all in lower case, and the language writes its nouns with a capital; "
    "write {what} as it should read in the note"
)


def why_unplaced(point: str, language: str, names: tuple[str, ...] = ()) -> str:
    """Why no sentence can hold the point, and how to write it so that one can.

    The advice is for :func:`thanknote.check_interview`: it names what is in
    the way and, where it can, gives words to paste in.
    """
    words = language_pack(language).lexicon
    if _held_back(" ".join(point.split()), language):
        return (
            "your own note beside it says not to raise it, so the note leaves it out; "
            "remove that note once the point may be said"
        )
    if _nouns_in_lower_case(" ".join(point.split()), words) or _lower_case_phrase(point, words):
        return _LOWER_CASE.format(what="the point")
    text = _ASIDE.split(" ".join(point.split()), maxsplit=1)[0]
    if is_reminder(_spelt_out(without_asides(text, language), language), language):
        return (
            "it reads as a reminder to yourself (something to do or to leave unsaid), not "
            "something said in the interview, so the note leaves it out; if the interviewer "
            "asked it, say so (“she asked whether …”)"
        )
    clipped = _clipped(_spelt_out(text, language), language)
    if clipped is not None:
        return (
            f"“{clipped}” is shorthand the note would show as typed; write the word out, "
            "or the point as it should read in the note"
        )
    text = _TRAILING.sub("", text)
    pasted = _pasted_figure(text, words)
    if pasted is not None:
        return (
            f"“{pasted.group()}” puts a figure straight after a noun, which a sentence "
            "does not; write the words between them (“the occupancy of 85%”)"
        )
    before_noun = _noun_after_percent(text, words)
    if before_noun is not None:
        return (
            f"“{before_noun.group()}” puts a noun straight after a percentage, which a "
            "sentence in this language does not; write the word between them (“85% of the beds”)"
        )
    chain = _noun_chain(text, words)
    if chain is not None:
        return (
            f"“{chain.group()}” sets two nouns side by side as notes do; write the word a "
            "sentence puts between them (“the overhaul of the cable car”)"
        )
    if _reports_no_verb(_spelt_out(text, language), language):
        return (
            "what was said has no verb; write it as the sentence it was (“she said the game "
            "menu starts in January”) or as a topic (“the new game menu”)"
        )
    if _opens_on_a_subject(text, words):
        return (
            f"it is a sentence about “{text.split()[0]}” that the note cannot turn to its "
            "reader; write it as a topic (“the new sample preparation”) or as what was "
            "said (“she said …”)"
        )
    said = text.split()
    mark = _break(text, language)
    if _only_names(text, names):
        return "it names the reader, not something you talked about; say what the point was"
    if mark is not None:
        why = f"“{mark.group().strip()}” ends a thought or joins two"
    elif _COMMA.search(text) and not _is_list(text, words):
        why = "its comma joins two thoughts"
    elif len(said) > words.topic_words:
        why = f"it runs to {len(said)} words"
    elif _reads_as_a_clause(text, language):
        why = "it reads as a sentence of its own"
    elif words.topic_openers and said:
        some = ", ".join(words.topic_openers[:3])
        return (
            f"a noun needs its article here ({some} …): if the point names a thing, start it "
            "with the one it takes; otherwise write it as a short phrase"
        )
    else:
        why = "it does not read as a phrase"
    return (
        f"{why}; write the topic as a short phrase, or say who said what "
        "(“she said …”, “asked me about …”)"
    )


def _as_topic(text: str, language: str) -> str | None:
    """The point as a noun phrase a sentence can hold, or ``None``.

    When the whole point is not one, its first part may be: "onboarding
    drop-off in the builder, ~40% quit at step 3" is talked about as the
    drop-off.
    """
    if _stands_as_topic(text, language):
        return text
    head = _HEAD.split(text, maxsplit=1)[0].rstrip()
    if head != text and len(head.split()) >= 3 and _stands_as_topic(head, language):
        return head
    return None


def _stands_as_topic(text: str, language: str) -> bool:
    words = language_pack(language).lexicon
    said = text.split()
    if not said or len(said) > words.topic_words or _break(text, language):
        return False
    if _COMMA.search(text) and not _is_list(text, words):
        return False
    if text.count("(") != text.count(")"):
        return False
    if _reads_as_a_clause(text, language):
        return False
    return not words.topic_openers or _opens_noun_phrase(said, words)


def _spliced_head(text: str, words: Lexicon) -> str | None:
    # The part before the first ", " of a point that is no list and no
    # question, when it has three words or more and does not stop on a
    # function word ("she said that, given …"), and what follows the comma
    # is a fragment, not a clause of its own opening on its subject ("close
    # takes 5 days, they want 3") or an article ("…, einen Flügel zu …").
    if ", " not in text or text.endswith("?") or _is_list(text, words):
        return None
    head, tail = (part.strip() for part in text.split(", ", 1))
    if words.comma_before_clauses and set(tail.casefold().split()) & set(words.clause_words):
        # German sets a comma before every subclause ("…, weil sie wachsen"):
        # only a tail with no verb ("…, kaum Fluktuation") is a fragment.
        return None
    said = head.split()
    if len(said) < 3 or said[-1].casefold() in words.function_words:
        return None
    first = tail.split()[0].casefold() if tail else ""
    if not first or _common(first, words):
        return None
    if first in _openers(words.topic_openers):
        return None
    return head


_FIGURE = re.compile(r"([^\W\d_]+)\s+\d[\d.,]*(?:\s?%|\s+([^\W\d_][\w'’-]*))")


# "les contrôles qualité 3 fois par mois": how often something happens may
# follow its noun in every built-in language.
_HOW_OFTEN = frozenset({"times", "fois", "veces", "volte", "vezes", "mal"})


def _pasted_figure(core: str, words: Lexicon) -> re.Match[str] | None:
    # A common noun (told by its ending), a figure, then a percent sign or,
    # where nouns take articles, a noun of its own: "ocupación 85%",
    # "rehabilitación 48 viviendas". "la fase 2 del proyecto", "section 8
    # housing" and "the 85% rate" stay.
    if not words.noun_endings:
        return None
    for found in _FIGURE.finditer(core):
        noun, after = found.group(1), found.group(2)
        if not noun.islower() or not noun.endswith(words.noun_endings):
            continue
        if after is None:
            return found
        if after.casefold() in _HOW_OFTEN:
            continue
        if words.topic_openers and after.islower() and not _common(after, words):
            return found
    return None


_PERCENT_THEN_WORD = re.compile(r"\d[\d.,]*\s?%\s+([^\W\d_][\w'’-]*)")


def _noun_after_percent(core: str, words: Lexicon) -> re.Match[str] | None:
    # Where nouns take articles, a percentage joins its noun with a word of
    # its own ("92 % de ocupación", "60 % des clients"): "92% ocupación" is
    # notes-speak. English and German say "92% occupancy", "92 % Auslastung".
    # Only a noun told by its ending counts: a preposition may follow ("92 %
    # en été"), and the pack's lists do not hold every one.
    if not words.topic_openers or not words.noun_endings:
        return None
    for found in _PERCENT_THEN_WORD.finditer(core):
        after = found.group(1)
        if after.islower() and after.endswith(words.noun_endings):
            return found
    return None


def _noun_chain(core: str, words: Lexicon) -> re.Match[str] | None:
    if words.noun_chain is None:
        return None
    return _compiled(words.noun_chain).search(core)


def _verbless(clause: str, language: str) -> bool:
    # What a report of speech says, when the pack can tell it has no verb:
    # no clause word and no word with an ending a finite verb may have.
    words = language_pack(language).lexicon
    if not words.verb_forms or not clause or _reads_as_a_clause(clause, language):
        return False
    said = re.findall(r"[^\W\d_][\w'’-]*", clause.casefold().replace("’", "'"))
    return not any(word.endswith(words.verb_forms) for word in said)


def _reports_no_verb(text: str, language: str) -> bool:
    # A report of speech whose clause has no verb (see _verbless); the part
    # before a comma is read, as place reads it.
    head = text.split(", ", 1)[0]
    for shape in shapes(language):
        match = shape.pattern.fullmatch(head) if shape.kind == "clause" else None
        if match is not None and "clause" in match.groupdict():
            return _verbless(match.group("clause") or "", language)
    return False


def _opens_on_a_subject(point: str, words: Lexicon) -> bool:
    # A third-person subject pronoun first ("er macht …", "she runs …").
    said = point.split(maxsplit=1)
    return bool(said) and said[0].casefold() in words.subjects


def _common(word: str, words: Lexicon) -> bool:
    # A word every sentence uses ("de", "the", "which"), in the pack's lists.
    folded = word.casefold()
    return folded in words.function_words or folded in words.stop_words


def _comma_tail(core: str, words: Lexicon) -> bool:
    # A topic going on after ", " with a fragment of its own, not a list and
    # not a clause that hangs on it ("the rota, which changes weekly").
    if ", " not in core or _is_list(core, words):
        return False
    tail = core.split(", ", 1)[1].split()
    first = tail[0].casefold() if tail else ""
    return bool(first) and not _common(first, words)


# A comma between words; one between figures is a decimal comma ("99,5 %").
_COMMA = re.compile(r",(?!\d)|(?<!\d),")


def _is_list(text: str, words: Lexicon) -> bool:
    # "Kafka, Flink and Spark": the last comma's part joins the list with a
    # conjunction; "small team, designers talk to customers" has none.
    commas = list(_COMMA.finditer(text))
    if not commas:
        return False
    last = text[commas[-1].end() :].casefold().split()
    joins = {"and", "or", "&", *(w.casefold() for w in words.phrase_breaks)}
    return bool(last) and any(word in joins for word in last)


def _opens_noun_phrase(said: list[str], words: Lexicon) -> bool:
    first = said[0]
    folded = first.casefold()
    openers = _openers(words.topic_openers)
    if folded in openers or any(folded.startswith(o) for o in openers if o.endswith(("'", "’"))):
        return True
    if first[:1].isdigit():
        return True
    # A name or an acronym: "SAP", "S/4HANA", "iPhone", "Black Friday". A
    # single capitalised word may only start the user's sentence, and so may
    # one before an acronym ("Accreditamento ACCREDIA").
    inner = any(c.isupper() for c in first[1:]) or any(c.isdigit() for c in first)
    second = said[1] if len(said) > 1 else ""
    return inner or (first[:1].isupper() and second[:1].isupper() and not second.isupper())


@functools.lru_cache(maxsize=32)
def _openers(openers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(o.casefold() for o in openers)


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
     "quando", "dove", "quale", "cosa", "como", "onde", "qual", "wer", "wieviel",
     "si", "combien", "qui", "cuántos", "cuántas", "cuánto", "cuánta", "quién", "quiénes",
     "quanto", "quanti", "quante", "chi", "quantos", "quantas", "quem"}
)  # fmt: skip


# Words that open a clause inside a noun phrase ("el proyecto que tienen",
# "ce qui fait rester", "whether the team grows"): the question words, and
# the relative words and conjunctions that are not also those.
_CLAUSE_OPENERS = _QUESTION_WORDS | frozenset(
    {"que", "quoi", "dont", "ce", "se", "che", "cui", "dass", "der", "die", "das", "den", "dem",
     "welches", "cuyo", "cuya", "donde", "cuando", "quien", "that", "whom", "whose", "if",
     "cual", "porque"}
)  # fmt: skip
# Before one of the pack's verbs, an article makes it a noun ("le fait de …").
_ARTICLES = frozenset(
    {"le", "la", "les", "l", "un", "une", "the", "a", "an", "el", "los", "las", "il", "lo", "gli",
     "o", "os", "as", "um", "uma", "ein", "eine", "sein", "ihr", "der", "die", "das", "den", "dem"}
)  # fmt: skip
# A subject pronoun after a noun is English's relative clause without "that"
# ("the app they built"), not a sentence.
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def _pasted_clause(core: str, language: str) -> bool:
    """Whether a noun phrase holds a sentence of its own.

    "a coordenadora pedagógica falou do projeto", "l'infirmière cadre m'a
    parlé du manque d'effectif": a subject and its verb, with no word that
    makes the verb part of the phrase before it.
    """
    pattern = _clause_marks(language)
    found = pattern.search(core.casefold()) if pattern is not None else None
    if found is None or found.group().strip() in _PRONOUNS:
        return False
    before = re.findall(r"[^\W\d_]+", core.casefold()[: found.start()])
    if not before:
        return False  # the verb first: a shape's business, not a pasted subject
    # German "die" is an article first ("die Anträge kommen …") and a relative
    # pronoun only after a noun ("die Kollegin, die …").
    opening = before[1:] if before[0] in _ARTICLES else before
    return not (_CLAUSE_OPENERS.intersection(opening) or before[-1] in _ARTICLES)


def _alternatives(words: Iterable[str]) -> str:
    # The longest first, so that "aron" is tried before "on".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=32)
def _clause_marks(language: str) -> re.Pattern[str] | None:
    lexicon = language_pack(language).lexicon
    verbs, endings = lexicon.clause_words, lexicon.clause_endings
    if not verbs and not endings:
        return None
    said = [re.escape(v.casefold()) for v in sorted(verbs, key=len, reverse=True)]
    if endings:
        # "subió", "calarono": a tense no noun ends in; three letters before
        # it, so that a short word is not taken for one ("dió", "vera").
        tails = _alternatives(e.casefold() for e in endings)
        said.append(rf"[^\W\d_]{{3,}}(?:{tails})")
    words = "|".join(said)
    # A verb as a whole word, or punctuation that joins two thoughts (a comma
    # does not: "Kafka, Flink and Spark" is one noun phrase).
    # A hyphen joins a word to the next, as in "go-live": no verb stands there.
    return re.compile(rf"(?<![\w'’-])(?:{words})(?![\w'’-])|[;:]\s|\s[-—+]\s")


def _written(said: str, table: Mapping[str, str]) -> str:
    # "HR" is human resources, not "hr" (hour): a word in capitals is an
    # acronym, written out only where the shorthand spells its letters
    # ("OTC" → "over-the-counter"); a single capital is a letter ("raggi X").
    written = table.get(said.lower())
    if written is None:
        # "İ" matches "i" without case, but lowers to "i̇": no shorthand of ours.
        return said
    if said.isalpha() and said.isupper():
        initials = "".join(w[:1] for w in re.split(r"[\s-]+", written)).casefold()
        return written if initials == said.casefold() else said
    return written


_ROUGHLY = re.compile(r"~\s*(?=[\d$€£¥])")


def _spaced(found: re.Match[str], written: str) -> str:
    # "2gg" → "2 giorni": a word written out after a figure stands apart;
    # a single letter after a figure is a sign ("3x": three times) and stays.
    start = found.start()
    if not start or not found.string[start - 1].isdigit():
        return written
    said = found.group()
    return said if len(said) == 1 and said.isalpha() else f" {written}"


def _respelt(found: re.Match[str], respelt: Mapping[str, str]) -> str:
    # A name keeps its spelling ("Bilbao"): only a word in lower case, or
    # the capital that starts the jotted sentence, is respelt.
    said, text = found.group(), found.string
    start = found.start()
    while start and text[start - 1].isalpha():
        start -= 1
    if text[start].isupper() and (start > 0 or " " not in text.strip()):
        return said
    written = respelt.get(said.lower())
    if written is None:
        return said  # "İ" matched without case, but is none of ours
    return written.upper() if said.isupper() else written


def _spelt_out(text: str, language: str) -> str:
    """The point with its shorthand spelt out.

    The pack's shorthand ("asked abt" → "asked about"), and a month
    abbreviated with a full stop ("ab Feb." → "ab Februar").
    """
    found = _shorthand(language)
    if found is not None:
        table, pattern = found
        text = pattern.sub(
            lambda m: m.group() if _or_more(m) else _spaced(m, _written(m.group(), table)), text
        )
        if "~" in table and "~" in text:
            # "~12%", "~ 400 loaves": roughly that figure
            text = _ROUGHLY.sub(table["~"] + " ", text)
    endings = _respelt_endings(language)
    if endings is not None:
        respelt, ending = endings
        text = ending.sub(lambda m: _respelt(m, respelt), text)
    elisions = _elisions(language)
    if elisions is not None:
        # "l ufficio", "qu il": the apostrophe a phone keyboard made hard to type.
        text = elisions.sub(lambda m: m.group(1) + "'", text)
    capitals = _capital_endings(language)
    if capitals is not None:
        # "die einarbeitung": a word with an ending only nouns have takes the
        # capital the language gives every noun.
        text = capitals.sub(lambda m: m.group()[0].upper() + m.group()[1:], text)
    months = _months(language)
    if months is not None:
        text = _months_written_out(text, months, language)
    days = _weekdays(language)
    if days is not None:
        # "on the same friday", "am freitag": where the language writes a
        # weekday with a capital, a jotted one takes it.
        text = days.sub(lambda m: m.group().capitalize(), text)
    return text


def _or_more(found: re.Match[str]) -> bool:
    # "180+ covers": a plus right after a figure is "or more", said as typed.
    start, text = found.start(), found.string
    return found.group() == "+" and start > 0 and text[start - 1].isdigit()


@functools.lru_cache(maxsize=32)
def _weekdays(language: str) -> re.Pattern[str] | None:
    from babel import Locale, UnknownLocaleError

    try:
        wide = Locale.parse(language).days["format"]["wide"].values()
    except (UnknownLocaleError, ValueError):
        return None
    named = "|".join(sorted({re.escape(str(d).casefold()) for d in wide if str(d)[:1].isupper()}))
    return re.compile(rf"(?<![\w'’-])(?:{named})(?![\w'’-])") if named else None


def _months_written_out(text: str, months: _Months, language: str) -> str:
    # "July/Aug" → "July and August"; "Feb." or "Feb 12" → "February …". A
    # short month alone stays: "Jan" may be a name, "Mar" a word.
    def wide(word: str) -> str:
        return months.names.get(word.casefold(), word)

    if "/" in text:
        text = months.pair.sub(
            lambda m: f"{wide(m.group(1))} {_and_word(language)} {wide(m.group(2))}", text
        )
    if "." in text:
        text = months.dotted.sub(lambda m: wide(m.group(1)), text)
    text = months.by_number.sub(lambda m: wide(m.group(1) or m.group(2)), text)
    after = _after_opener(language)
    if after is not None:
        # "opens in Feb", "bis Jan": after a word that opens a time, with the
        # capital a name of a month is jotted with, it is the month.
        text = after.sub(lambda m: m.group(1) + wide(m.group(2)), text)
    return text


@functools.lru_cache(maxsize=32)
def _after_opener(language: str) -> re.Pattern[str] | None:
    months = _months(language)
    openers = language_pack(language).lexicon.decision_said_openers
    if months is None or not openers:
        return None
    stems = sorted((k for k, v in months.names.items() if k != v.casefold()), key=len, reverse=True)
    said = _alternatives(openers)
    short = "|".join(re.escape(w[:1].upper() + w[1:]) for w in stems)
    # In lower case ("in march", "by jan") a month after such a word is
    # jotted in haste, never a name: "Jan" with its capital may be a person.
    lower = _alternatives(months.names)
    return re.compile(rf"(?<![\w'’])((?i:{said})\s+)({short}|{lower})(?![\w.])")


class _Months(NamedTuple):
    """A language's month names, for the shorthand people jot them in."""

    names: Mapping[str, str]  # every name and short name, folded → the name
    pair: re.Pattern[str]  # two months joined by a slash
    dotted: re.Pattern[str]  # a short name with its full stop
    by_number: re.Pattern[str]  # a short name next to a number ("Feb 12")


@functools.lru_cache(maxsize=32)
def _months(language: str) -> _Months | None:
    # From Babel's month names and abbreviations ("Feb.", "févr.", "fev.").
    from babel import Locale, UnknownLocaleError

    try:
        months = Locale.parse(language).months
    except (UnknownLocaleError, ValueError):
        return None
    names: dict[str, str] = {}
    short: set[str] = set()
    for context in ("format", "stand-alone"):
        wide = months[context]["wide"]
        for number, abbreviated in months[context]["abbreviated"].items():
            name = str(wide[number])
            names.setdefault(name.casefold(), name)
            stem = str(abbreviated).rstrip(".")
            if stem.casefold() != name.casefold():
                names.setdefault(stem.casefold(), name)
                short.add(stem.casefold())
    if not short:
        return None

    every, stems = _alternatives(names), _alternatives(short)
    return _Months(
        names=names,
        pair=re.compile(rf"(?<![\w.])({every})\.?/({every})\.?(?![\w/])", re.IGNORECASE),
        dotted=re.compile(rf"(?<![\w.])({stems})\.(?!\w)", re.IGNORECASE),
        by_number=re.compile(
            rf"(?<![\w.])({stems})(?=\s?\d)|(?<=\d\s)({stems})(?![\w.])", re.IGNORECASE
        ),
    )


def _break(text: str, language: str) -> re.Match[str] | None:
    """The first mark that ends a thought or joins two, past the pack's abbreviations."""
    for mark in _BREAK.finditer(text):
        if mark.group().startswith(".") and _after_abbreviation(text, mark.start(), language):
            continue
        return mark
    return None


def _after_abbreviation(text: str, stop: int, language: str) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("z. B.", "Dr.", "m.")."""
    if stop >= 1 and text[stop - 1].isalpha() and (stop == 1 or not text[stop - 2].isalnum()):
        return True  # one letter: an initial or a short form ("J. Smith", "m. Denkmalamt")
    before = text[: stop + 1].casefold()
    return any(
        before.endswith(short)
        and (len(before) == len(short) or not before[-len(short) - 1].isalnum())
        for short in _abbreviations(language)
    )


@functools.lru_cache(maxsize=32)
def _abbreviations(language: str) -> tuple[str, ...]:
    # The language's own, with its honorifics and titles, and every pack's:
    # people jot "vs.", "etc." and "St." whatever they write in.
    words = language_pack(language).lexicon
    every = (a for pack in known_languages() for a in shared_lexicon(pack).abbreviations)
    found = (*words.abbreviations, *words.honorifics, *words.titles, *every)
    return tuple(dict.fromkeys(a.casefold() for a in found if a.endswith(".")))


@functools.lru_cache(maxsize=32)
def _shorthand(language: str) -> tuple[Mapping[str, str], re.Pattern[str]] | None:
    table = {k.lower(): v for k, v in language_pack(language).lexicon.shorthand.items()}
    if not table:
        return None
    # Longest first, and only as whole words: "w/o" before "w/", never "abtest".
    # A key in "*" is an ending (see _respelt_endings), "~" a mark before a figure.
    keys = [k for k in table if k != "~" and not k.startswith("*")]
    words = _alternatives(keys)
    words = words or "(?!)"  # "~" alone: nothing for this pattern to find
    # "+" is no shorthand inside "C++"; after a figure ("2gg") and before a
    # slash and a word ("dias/semana") it is.
    return table, re.compile(rf"(?<![^\W\d]|[/+])(?:{words})(?![\w+]|/(?![^\W\d_]))", re.IGNORECASE)


def _is_shorthand(word: str, language: str) -> bool:
    found = _shorthand(language)
    return found is not None and word.casefold() in found[0]


@functools.lru_cache(maxsize=16)
def _respelt_endings(language: str) -> tuple[Mapping[str, str], re.Pattern[str]] | None:
    # "*cion" = "*ción": an ending typed without its accent, in any word of
    # at least three letters before it ("certificacion" → "certificación").
    table = {
        key[1:].lower(): value[1:]
        for key, value in language_pack(language).lexicon.shorthand.items()
        if key.startswith("*") and value.startswith("*") and len(key) > 2
    }
    if not table:
        return None
    endings = _alternatives(table)
    return table, re.compile(rf"(?<=[^\W\d_]{{3}})(?:{endings})(?![\w'’-])", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _capital_endings(language: str) -> re.Pattern[str] | None:
    endings = language_pack(language).lexicon.capital_endings
    if not endings:
        return None
    said = _alternatives(endings)
    # Three letters at least before the ending: "ion" alone is no noun.
    return re.compile(rf"(?<![\w'’-])[^\W\d_]{{3,}}?(?:{said})(?![\w'’-])")


@functools.lru_cache(maxsize=16)
def _elisions(language: str) -> re.Pattern[str] | None:
    elided = language_pack(language).lexicon.elided
    if not elided:
        return None
    said = _alternatives(elided)
    # In lower case only: a capital letter alone is a name ("le permis C et le CE").
    return re.compile(rf"(?<![\w'’-])({said})\s+(?=[aeiouàâäéèêëìíîïòóôöùúûüh])")


@functools.lru_cache(maxsize=256)
def own_words(text: str, language: str, *, strength: bool = False) -> str:
    """The candidate's own words (a point's link, their strength) as the note says them.

    Their sense is kept, but not their shorthand, a word typed without its
    accent, nor a missing subject where the language needs one: "did 2 yrs
    of nights" is "I did 2 years of nights" (the pack's ``own_openers``).
    Words no note can hold give ``""``, and the note leaves them out:
    German nouns typed in lower case, shorthand shown as typed, and, where
    the pack says how the candidate speaks of themselves (``own_markers``),
    a line tied to a point that is a reaction jotted for themselves ("nice
    moment", "she gets it"). A strength (``strength=True``) is theirs by
    definition and may be a noun phrase ("experienced charge nurse").
    """
    said = _said_as_own(text, language)
    return said if _why_not_own(text, said, language, strength=strength) is None else ""


def why_own_words_left_out(text: str, language: str, *, strength: bool = False) -> str | None:
    """Why the note leaves out the candidate's own words, or ``None`` when it uses them."""
    return _why_not_own(text, _said_as_own(text, language), language, strength=strength)


def _why_not_own(text: str, said: str, language: str, *, strength: bool) -> str | None:
    words = language_pack(language).lexicon
    if _nouns_in_lower_case(" ".join(text.split()), words):
        return _LOWER_CASE.format(what="it")
    if _clipped(said, language):
        return "it keeps shorthand the note would show as typed; write the words out"
    # Chatter at the end is gone already (see _said_as_own); marks remain.
    if _UNSURE.search(said) or _NOTES_SPEAK.search(said):
        return (
            "it has chatter or notes-speak a letter does not carry (“!!”, “->”, “ + ”, “ - ”); "
            "write it as you would send it"
        )
    if words.own_markers is None:
        return None
    reader = _reader_subject(said, words)
    if reader:
        return (
            f"it speaks of the reader as “{reader}”; write it about yourself (what the "
            "point meant to you, what you bring to it)"
        )
    if not strength and _own_markers(words.own_markers).search(said) is None:
        return (
            "it has no word for you (such as “I” or “my”), so it reads as a note to "
            "yourself; write it as the note should say it (“I …”, “my …”)"
        )
    return None


_FIGURE_AFTER_COMMA = re.compile(r",\s+(\d[\w+%.,/–-]*(?:\s+[^\W\d][\w'’-]*){0,3})[.\s]*$")

# Marks people jot in their own line but never send: an arrow, "!!", a plus
# or a spaced dash joining two thoughts ("SPRAT Level 1 - finally gets used",
# "NL C1 + 2 ans au trib -> pile ça").
_NOTES_SPEAK = re.compile(r"-+>|=>|→|!!|\s\+\s|\s-\s|\?\?")


# A first word that can only be the candidate speaking of themselves.
_FIRST_PERSON = frozenset({"i", "ich", "je", "j'", "j’", "yo", "io", "eu"})


def _answers_for_self(aside: str, words: Lexicon) -> bool:
    # Only an aside that opens as the candidate's own sentence: a verb the
    # pack gives the candidate's subject ("have both" → "I have both") or a
    # first-person pronoun. "top", "sí, muchos huéspedes" are reactions and
    # notes; they stay out.
    said = aside.casefold().split()
    if not said:
        return False
    first = said[0]
    two = " ".join(said[:2])
    opener = words.own_openers.get(two, words.own_openers.get(first))
    apostrophe = first[:2] in ("j'", "j’")
    return bool(opener) or first in _FIRST_PERSON or apostrophe


def _reader_subject(text: str, words: Lexicon) -> str | None:
    # "same as me, she gets it": a third person in the candidate's own line
    # is the reader, whom a letter calls "you"; a word that is already the
    # reader's form (German "Sie") is not.
    for word in re.findall(r"[^\W\d_]+", text):
        turned = words.subjects.get(word.casefold())
        if turned is not None and turned != word:
            return str(word)
    return None


@functools.lru_cache(maxsize=8)
def _own_markers(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _said_as_own(text: str, language: str) -> str:
    words = language_pack(language).lexicon
    # "… buceo científico, ok", "love this lol": chatter at the end goes.
    text = _spelt_out(_CHATTER.sub("", " ".join(text.split())), language)
    # "… em Vila Verde, 2 anos", "… for 2 years, 180+ covers": a figure
    # jotted after the last comma is an aside, which a letter puts in
    # parentheses rather than leave as a fragment.
    text = _FIGURE_AFTER_COMMA.sub(r" (\1)", text)
    head, _, rest = text.partition(" ")
    if not rest or not head[1:].islower():
        return text  # one word, or an acronym ("ICU"), is left as written
    second, _, after = rest.partition(" ")
    pair = words.own_openers.get(f"{head} {second}".casefold()) if after else None
    if pair:
        return f"{pair} {after}"  # "happy to do nights": two words the pack knows
    opener = words.own_openers.get(head.casefold())
    if opener is None:
        return text
    if opener == "":
        # "yo llevo 6 años …", "io insegno da 8 anni": a subject pronoun the
        # language says only to stress it goes, unless it is one of two ("io
        # e il mio team abbiamo …"); the word after it may be an opener too
        # ("yo trabaje …" → "trabajé …").
        joined = rest.split(" ", 1)[0].casefold() in words.phrase_breaks
        return text if joined else _said_as_own(rest, language)
    return f"{opener} {rest}"


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
    said = _without_titles(text)
    folded = said.casefold()
    for name in sorted((n for n in names if n), key=len, reverse=True):
        size = len(name)
        if folded.startswith(name.casefold()) and said[size : size + 1] == " ":
            rest = said[size + 1 :]
            return f"{words.reader_name_as} {rest}" if words.reader_name_as else rest
    return text


def _without_titles(text: str) -> str:
    # "Frau Weber meinte, …", "Dr. Lee said …": the reader named with a title.
    titles = leading_titles(text)
    return text[len(titles) :].lstrip() if titles else text


def _reader_named_after(text: str, words: Lexicon, names: tuple[str, ...]) -> str:
    # "a ideia da Rita" in the note to Rita: the name after one of the pack's
    # words is said as the pronoun its shapes turn ("a ideia dela" → "a sua
    # ideia"), as "Jake said …" is read as "they said …".
    for name in sorted((n for n in names if n), key=len, reverse=True):
        for before, said in words.reader_name_after.items():
            pattern = rf"(?<!\w)(?i:{re.escape(before)})\s+{re.escape(name)}(?!\w)"
            text = re.sub(pattern, said, text)
    return text


def _towards_reader(text: str, words: Lexicon, names: tuple[str, ...]) -> str:
    # A leading possessive ("her", "his") or the reader's own name in the
    # possessive ("Lee's") is the reader's: "your". Another possessive later
    # in the point may be about someone else, so it stays, unless it is the
    # same word before a noun ("his story about starting the foundation in
    # his garage": one person's story and garage).
    first = _FIRST_WORD.match(text)
    if first is None:
        return text
    replacement = words.possessives.get(first.group().lower())
    if replacement is not None:
        rest = text[first.end() :]
        if " " not in replacement:
            again = re.compile(rf"(?<![\w'’-]){re.escape(first.group().lower())}(?=\s+(\w+))")
            rest = again.sub(
                lambda m: m.group() if _common(m.group(1), words) else replacement,
                rest,
            )
        return replacement + rest
    for name in sorted(names, key=len, reverse=True):
        for ending in words.name_possessives:
            said = name + ending
            if name and text.startswith(said) and text[len(said) : len(said) + 1] in (" ", ""):
                return (words.reader_possessive or name) + text[len(said) :]
    return text


def _turned_each(clause: str, words: Lexicon, language: str) -> str:
    """Each clause of a jotted pair said to the reader, the second joined by "and".

    "close takes 5 days, they want 3" → "close takes 5 days, and you want 3":
    a second subject after a comma is the reader too.
    """
    second = _second_subject(language)
    found = second.search(clause) if second is not None else None
    if found is None:
        return _turned(clause, words)
    first, rest = clause[: found.start()], clause[found.end() :]
    joined = found.group("joined") or _and_word(language)  # "…, but they hire in spring" keeps it
    return f"{_turned(first, words)}, {joined.strip()} {_turned(rest, words)}"


@functools.lru_cache(maxsize=16)
def _second_subject(language: str) -> re.Pattern[str] | None:
    subjects = language_pack(language).lexicon.subjects
    said = _alternatives(subjects)
    return re.compile(rf",\s+(?P<joined>\w+\s+)?(?=(?i:{said})\s)") if said else None


def _turned(clause: str, words: Lexicon) -> str:
    """A clause about the reader in the third person, said to them ("she wants" → "you want")."""
    first = _FIRST_WORD.match(clause)
    if first is None:
        return clause
    subject = words.subjects.get(first.group().lower())
    if subject is None:
        # "her team doubles next year": the reader's team
        return _yours(first.group(), words) + clause[first.end() :]
    rest = clause[first.end() :]
    verb = _FIRST_WORD.match(rest.lstrip())
    if verb is None:
        return subject + rest
    offset = len(rest) - len(rest.lstrip())
    said = verb.group()
    agreed = words.agreement.get(said.lower())
    if agreed is None:
        agreed = _drop_ending(said, words.verb_endings)
    after = _FIRST_WORD.sub(lambda m: _yours(m.group(), words), rest[offset + verb.end() :])
    return subject + rest[:offset] + agreed + after


def _yours(word: str, words: Lexicon) -> str:
    # "they lost their head chef" said to them: "you lost your head chef". A
    # possessive that needs more than one word ("o seu") would double the
    # article a clause already has.
    said = words.possessives.get(word) if word.islower() else None
    return said if said is not None and " " not in said else word


def _drop_ending(verb: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if verb.endswith(ending) and len(verb) > len(ending) + 2 and not verb.endswith("ss"):
            return verb[: -len(ending)]
    return verb


def _first_word_lower(text: str, words: Lexicon, *, always: bool = False) -> str:
    # "How would I …" and "The team's …" start a sentence in the user's notes,
    # not in the middle of ours; a name ("Kafka", "Epic") keeps its capital.
    # A group the shape lists in `lower` opens on a word that is never a name
    # ("¿Tengo licencia …?" → "si tengo licencia …").
    first = _FIRST_WORD.match(text)
    if first is None:
        return text
    word = first.group()
    lower = word.lower()
    common = always or _common(lower, words)
    if word[:1].isupper() and word[1:].islower() and (common or lower in words.weak_words):
        return lower + text[first.end() :]
    return text


# -- what the writer jotted for themselves ------------------------------------------

REMINDER = "reminder"
"""The kind of shape that marks a whole point as a note to self."""

ASIDE = "aside"
"""The kind of shape that marks an aside's words as the writer's own."""

_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
# The last part after a comma or semicolon: "asked about X, told her about Y".
_LAST_PART = re.compile(r"\s*[,;]\s+([^,;()]+)$")  # never inside a parenthesis


@functools.lru_cache(maxsize=32)
def _patterns(language: str, kind: str) -> tuple[re.Pattern[str], ...]:
    pack = language_pack(language)
    found = []
    for index, row in enumerate(pack.lexicon.point_shapes):
        if row.get("kind") != kind:
            continue
        try:
            found.append(re.compile(row["pattern"], re.IGNORECASE))
        except re.error as err:
            where = f"{pack.folder / 'language.toml'}: talking_points.shapes[{index}]"
            raise InvalidOptionError("language pack", where, f"{where}: pattern: {err}") from None
    return tuple(found)


def _promised(text: str, language: str, link: str) -> Point | None:
    """The thing a note to self says to send the reader, as a promise the note keeps.

    "send portfolio by Friday" is "my portfolio by Friday": the pack's
    shapes of kind ``"promise"`` say which notes are such promises and what
    they become; a language without them leaves such a point out.
    """
    for shape in shapes(language):
        if shape.kind != PROMISE:
            continue
        match = shape.pattern.fullmatch(text)
        if match is not None:
            parts = _Parts({k: v or "" for k, v in match.groupdict().items()}, text)
            said = " ".join(shape.frame.format_map(parts).split())
            return Point(said, kind=PROMISE, core=said, link=_sentence(link))
    return None


def is_reminder(text: str, language: str) -> bool:
    """Whether the words are a note to self: something to do or to avoid saying."""
    said = " ".join(text.split()).strip()
    return any(p.fullmatch(said) for p in _patterns(language, REMINDER))


def _is_own(aside: str, language: str) -> bool:
    said = " ".join(aside.split()).strip(" .!")
    if not said:
        return False
    return is_reminder(said, language) or any(p.fullmatch(said) for p in _patterns(language, ASIDE))


def _held_back(text: str, language: str) -> bool:
    """Whether an aside of the writer's own says not to raise the point.

    "BHI membership - don't bring up yet", "salary (not now)", "Gehalt –
    nicht ansprechen": a note to self with a negation in it.
    """
    negation = _negation(language)
    if negation is None:
        return False
    # After a dash or an arrow, in brackets or after the last comma: a note
    # to self with a negation ("don't bring up yet") holds the point back; a
    # remark ("no idea why") or a name ("Epic, not Cerner") does not.
    asides = [m.group(1) for m in _PARENTHESIS.finditer(text)]
    asides += _ASIDE.split(text, maxsplit=1)[1:]
    last = _LAST_PART.search(text)
    asides += [last.group(1)] if last is not None else []
    return any(
        negation.search(a) and is_reminder(a.strip(" .!"), language) and not _ABOUT_WORDS.search(a)
        for a in asides
    )


# "don't say 'rushed'", "nicht „Chaos“ sagen": a word to avoid, not the topic.
_ABOUT_WORDS = re.compile(
    r"\b(?:say|use\s+the\s+word|sagen|dire|decir|dizer)\b|[\"“„«]|(?<!\w)['‘]", re.IGNORECASE
)


@functools.lru_cache(maxsize=32)
def _negation(language: str) -> re.Pattern[str] | None:
    said = language_pack(language).lexicon.negations
    if not said:
        return None
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(said)})", re.IGNORECASE)


def without_asides(text: str, language: str) -> str:
    """The point without the asides that are the writer's own.

    "asked me about my worst snagging list ever (told her about Harrogate)"
    → "asked me about my worst snagging list ever"; "the Kirkstall scheme
    (140 units)" keeps its parenthesis, which names a thing.
    """
    if not _patterns(language, REMINDER) and not _patterns(language, ASIDE):
        return text
    kept = _PARENTHESIS.sub(lambda m: "" if _is_own(m.group(1), language) else m.group(), text)
    while True:
        last = _LAST_PART.search(kept)
        if last is None or not _is_own(last.group(1), language):
            return kept.strip()
        kept = kept[: last.start()]
