"""The registry of language packs: which languages thanknote can write and judge.

A language pack is one folder named by its language code (``de``, ``pt``),
holding everything that language needs: its templates, its message catalog
(``thanknote.po``, compiled to ``thanknote.mo`` when the package is built) and
its lexicon, ``language.toml``: the words of salutations and closings, thanks
and interest with their look-alikes, decision-time phrases, function words
and the rest. No Python module names a language; each asks the pack.

The built-in packs are the folders of the built-in templates that hold a
``language.toml``. Other packs are found through the ``thanknote.languages``
entry-point group: each entry point names a folder laid out like the
built-in one (``<root>/<code>/language.toml``), or a callable returning it;
the entry points are read only when a language is asked for that is not
built in, or when every language is listed. A pack's lexicon is read once
per process, on first use.

Kept whole: a :class:`Lexicon`, the pack that holds it and the reader that
builds it from ``language.toml`` share the lexicon's fields, and the reader
checks each field against the class it fills.
"""

from __future__ import annotations

import functools
import json
import re
import warnings
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from thanknote._locales import language_code
from thanknote._resources import builtin_templates, plugin_folders
from thanknote.errors import InvalidOptionError, UnsupportedLanguageError

__all__ = [
    "LANGUAGE_PACK_GROUP",
    "FallbackLanguageWarning",
    "LanguagePack",
    "Lexicon",
    "Statement",
    "available_languages",
    "iter_language_codes",
    "known_languages",
    "language_code",
    "language_pack",
    "resolve_locale",
    "when_packs_change",
]

LANGUAGE_PACK_GROUP = "thanknote.languages"
LEXICON_FILE = "language.toml"
COMPILED_LEXICON_FILE = "language.json"  # written into wheels by the build step
COMPILED_SHARED_FILE = "language.shared.json"  # likewise: the fields of SHARED_FIELDS only


class FallbackLanguageWarning(UserWarning):
    """A locale's language has no pack; the fallback language was used instead."""


@attrs.frozen(kw_only=True)
class Statement:
    """One statement of interest a pack spells out in full (``[[interest.statements]]``).

    Attributes:
        pattern: The statement, a phrase as in the other lists; ``{name}``
            stands for a fragment of ``[interest.fragments]``.
        words: Words it cannot match without; the rule looks for it only in
            sentences holding one of them.
        group: Read and kept for packs that give it; the rule now compiles
            only the statements a sentence's words allow, one by one.
        direct: It carries its own object ("would love to join"), so it
            counts wherever it stands.
    """

    pattern: str
    words: frozenset[str]
    group: int = 0
    direct: bool = False


@attrs.frozen(kw_only=True)
class Lexicon:
    """The words of one language, as its ``language.toml`` gives them.

    Phrase lists are regular-expression fragments matched against the
    lower-cased note, one alternative per entry; word lists are plain words.
    Every field but ``name`` may be left out: a rule that needs a list a
    pack does not give stays silent for that language rather than guess.

    Attributes:
        name: The language's own name ("Deutsch").
        address: How a note addresses its reader in each tone ("Sie", "du").
        honorifics: Words before a name that are not part of it ("Frau").
        titles: Academic and professional titles ("Dr. med.", "Lic.").
        particles: Lower-case name particles that belong to the family name.
        surnames: How many surnames a person's name ends with, where a
            formal salutation names them all (2 in Spanish: "Sra. Ruiz
            Ortega"); 1 elsewhere.
        same_titles: Spellings of one title, each mapped to one form
            ("sra" → "señora"), so that "Sra." and "Señora" agree.
        function_words: The language's most frequent short words.
        stop_words: Further words that never name a topic on their own.
        weak_words: Words too vague to make a topic, though they may
            qualify one ("main", "new").
        generic_words: Words any note uses, whatever was discussed.
        equivalents: Spellings of a word in a name that mean the same
            ("saint" → "st", "&" → "and"), so "Saint Brigid's" is no
            misspelling of "St. Brigid's".
        greetings: Phrases that open a salutation line.
        closings: Phrases that form a closing line.
        abbreviations: Abbreviations whose full stop does not end a sentence.
        pasted: Word sequences no sentence has, left by a jotted note pasted
            into one ("about she said", "of asked me").
        pasted_triggers: Words every ``pasted`` sequence holds; the rule
            then looks only around them.
        gratitude: Phrases of thanks.
        gratitude_look_alikes: Phrases that hold a word of thanks but thank
            nobody (a cause, a request); thanks they overlap does not count.
        gratitude_triggers: Words every phrase of thanks holds; the rule then
            looks only around them (faster on long notes).
        gratitude_negations: Thanks right after one of these, with at most
            one word between, is withheld ("no thanks").
        gratitude_negation_undone_by: Right after the thanks, these undo the
            negation ("can't thank you enough").
        interest: Phrases stating interest in the job; they count only in a
            sentence about the job (see ``about_the_job``).
        interest_statements: Statements of interest spelt out with their
            words and groups, for languages that need more than phrases.
        interest_fragments: Parts shared by several statements.
        about_the_job: Words that aim a statement of interest at the job.
        interest_reach: How many words after a statement ``about_the_job``
            may come; without it, anywhere in the statement's sentence.
        negations: Words that turn a statement of interest around.
        negation_undone_by: Phrases that keep a negated statement positive
            ("could not be more excited").
        clause_breaks: Words that start a new clause ("but").
        withdrawal: Phrases of a writer taking their candidacy back.
        specifics_cues: Phrases after which a concrete topic may follow ("we
            talked about"); without them, a note linted without its
            interview is not judged for specifics.
        specifics_back_cues: Phrases after a topic ("we discussed").
        phrase_breaks: Words that end the phrase a cue introduces ("and").
        the_job: Words naming the job itself, which is never a topic.
        decision_phrases: Phrases of a decision time, mapped to English ones.
        decision_words: Words of a decision time, mapped to English ones.
        decision_ranges: Words between two numbers of a range ("bis").
        decision_by_date: The decision day as an adverbial, ``{date}`` for
            the day ("by {date}", "bis {date}"): see ``decision_when``.
        decision_said_openers: First words of a decision time that reads,
            as the user wrote it, as an adverbial a note can repeat ("early"
            next week, "within" two weeks, "Anfang" Dezember).
        decision_said_nouns: Those of the openers that are nouns in a
            language that writes nouns with a capital ("Anfang", "Ende"):
            the time is repeated with the capital the user gave it.
        decision_approximate: Words that make a count of time approximate
            ("or so", "about", "environ"): such a count is never said as a
            day nobody named, only as it was said.
        decision_count_opener: The word such a count jotted without an
            opener takes when it is said back ("a week or so" → "in a week
            or so"). Without it the note names no time for it.
        possessives: Leading possessives of a talking point and the reader's
            form ("her" → "your").
        name_possessives: Endings that make a name possessive ("'s"): the
            reader's own name with one becomes ``reader_possessive``.
        reader_possessive: The reader's possessive ("your").
        subjects: Third-person subjects of a reported clause and the reader's
            form ("she" → "you").
        agreement: Verbs after such a subject and their form after the
            reader's ("is" → "are").
        verb_endings: Endings dropped from other verbs there ("wants" → "want").
        clause_words: Finite verbs that show a point no shape knows is a
            clause, not a noun phrase ("is", "will", "soll", "veut").
        elided: Words that lose their vowel before one ("l", "dell", "qu"):
            one jotted apart from the next word ("l ufficio") takes its
            apostrophe ("l'ufficio").
        clause_endings: Endings only a finite verb has ("ó", "aron",
            "aient"): a word of three letters or more before such an ending
            counts as one of ``clause_words`` ("subió", "baissaient").
        verb_forms: Endings a finite verb of the language may have ("s",
            "ed"): what a report of speech says ("she said game menu from
            jan") with no word so ending and no ``clause_words`` has no verb,
            and the point is left out rather than said as "your point that
            game menu from January". Empty (the default): not checked.
        unplaced_frame: The noun phrase a point that cannot stand after a
            preposition is quoted in, with ``{point}`` for its words ("the
            point “{point}”"); without it (the built-in packs), such a point
            is left out of the note and :func:`thanknote.check_interview`
            says so.
        topic_openers: Words that open a noun phrase able to follow a
            preposition ("le", "la", "votre", "del"), in languages where a
            bare noun cannot ("notre échange sur déploiement"); a point that
            starts with none of them, nor with a name, is not placed.
        topic_words: The most words a point placed as a noun phrase may
            have; a longer one is a note to self.
        lower_case_noun: Where the language writes every noun with a
            capital: a pattern that finds a noun in a point jotted all in
            lower case ("den betrieb", "sanierung"), which is then left out.
        noun_chain: A pattern that finds two nouns jotted side by side where
            a sentence needs a word between them ("Revision Pendelbahn" for
            "die Revision der Pendelbahn"): a point with one is left out and
            :func:`thanknote.check_interview` names the pair.
        lower_case_topic: Where nouns take a capital, a pattern a whole point
            jotted in lower case may match to be placed as a noun phrase, its
            words all known ("spätdienst bis 22 uhr" → "der Spätdienst bis 22
            Uhr"); any other noun phrase in lower case is left out.
        article_missing: Articles a jotted clause left out, each with a
            pattern matching where it goes ("moving to new system" → "moving
            to a new system").
        noun_endings: Endings only common nouns have ("ción", "ment"): a
            point whose capitalised first word ends so is read in lower
            case, its capital only starting the user's sentence.
        sample_points: Talking points in the language for the sample
            interviews that check templates, one row per interviewer.
        reader_name_as: What a point that opens with the reader's own name
            ("Jake said …", "Thomas m'a dit …") has in its place, so that the
            shapes for "she said …" read it: a pronoun, or "" to drop the
            name where the language's shapes need no subject.
        reader_name_after: Words before the reader's own name anywhere in a
            point and what the two become ("da Rita" → "dela", "a Rita" →
            "ela"), so that the shapes for the reader's pronoun read them:
            "a ideia da Rita" in the note to Rita is "a sua ideia".
        capital_endings: Endings only nouns have, in a language that writes
            every noun with a capital: a word typed in lower case with one
            ("einarbeitung") takes its capital.
        own_markers: A pattern (case-insensitive) that finds the candidate
            speaking of themselves ("I", "my", "ich", "j'"); the candidate's
            own words (a link, a strength) without one are a reaction jotted
            for themselves ("nice moment", "rompió el hielo"), which the
            note leaves out. Without it, their words are all used.
        own_openers: First words the candidate's own words (a link, a
            strength) may open with, without the subject the language needs,
            and what they become: "did" → "I did", "ai" → "j'ai"; an empty
            value drops a subject pronoun the language leaves out ("io").
        shorthand: Abbreviations people jot and the words they stand for
            ("abt" → "about", "w/" → "with"), spelt out in a point.
        point_shapes: The shapes of talking point and the noun phrase each
            becomes (``[[talking_points.shapes]]``: name, pattern, frame,
            turn, and the kind and core a sentence is built from).
        today: The interview day said on the day it happened ("today").
        on_weekday: The day said within the week after, ``{weekday}`` for
            its name ("on {weekday}"); ``on_weekdays`` gives the seven
            phrases instead, Monday first, where they differ in more than
            the name ("na segunda-feira", "no sábado").
        on_date: The day said later, ``{date}`` for the date ("on {date}").
        month_names: The months' names in lower case ("dezember"); without
            them, Babel's are used.
        first_day: How the first day of a month is written in a date, where
            it is not "1" ("1er").
        at_company: "At the company" for a bare name, ``{company}`` for the
            name ("bei {company}"); without it, the bare name.
        keep_legal_form: Letters in the language name a company with its
            legal form ("bei der Nordlicht Robotik GmbH"); elsewhere it is
            left out of a sentence.
        comma_before_clauses: The language sets a comma before every
            subordinate or infinitive clause ("plant, einen Flügel zu
            eröffnen"), so a comma in a point marks no second thought.
        at_company_starting: For names that start with a common noun and
            need an article, those first words and the phrase to use
            instead, ``{rest}`` for the words after them ("Klinikum" →
            "beim {company}", "Stadtwerke" → "bei den Stadtwerken{rest}").
        at_company_ending: For names whose first word is a compound of a
            common noun, the end of that word and the phrase to use ("schule"
            → "bei der {company}" for "Tanzschule Lindner", "eria" →
            "presso la {company}"), tried when no first word above matches.
    """

    name: str
    address: Mapping[str, str] = attrs.field(factory=dict)
    honorifics: tuple[str, ...] = attrs.field(default=())
    titles: tuple[str, ...] = attrs.field(default=())
    particles: tuple[str, ...] = attrs.field(default=())
    surnames: int = 1
    same_titles: Mapping[str, str] = attrs.field(factory=dict)
    function_words: tuple[str, ...] = attrs.field(default=())
    stop_words: tuple[str, ...] = attrs.field(default=())
    weak_words: tuple[str, ...] = attrs.field(default=())
    generic_words: tuple[str, ...] = attrs.field(default=())
    equivalents: Mapping[str, str] = attrs.field(factory=dict)
    greetings: tuple[str, ...] = attrs.field(default=())
    closings: tuple[str, ...] = attrs.field(default=())
    abbreviations: tuple[str, ...] = attrs.field(default=())
    pasted: tuple[str, ...] = attrs.field(default=())
    pasted_triggers: tuple[str, ...] = attrs.field(default=())
    gratitude: tuple[str, ...] = attrs.field(default=())
    gratitude_look_alikes: tuple[str, ...] = attrs.field(default=())
    gratitude_triggers: tuple[str, ...] = attrs.field(default=())
    gratitude_negations: tuple[str, ...] = attrs.field(default=())
    gratitude_negation_undone_by: tuple[str, ...] = attrs.field(default=())
    interest: tuple[str, ...] = attrs.field(default=())
    interest_statements: tuple[Statement, ...] = attrs.field(default=())
    interest_fragments: Mapping[str, str] = attrs.field(factory=dict)
    about_the_job: tuple[str, ...] = attrs.field(default=())
    interest_reach: int | None = None
    negations: tuple[str, ...] = attrs.field(default=())
    negation_undone_by: tuple[str, ...] = attrs.field(default=())
    clause_breaks: tuple[str, ...] = attrs.field(default=())
    withdrawal: tuple[str, ...] = attrs.field(default=())
    specifics_cues: tuple[str, ...] = attrs.field(default=())
    specifics_back_cues: tuple[str, ...] = attrs.field(default=())
    phrase_breaks: tuple[str, ...] = attrs.field(default=())
    the_job: tuple[str, ...] = attrs.field(default=())
    decision_phrases: Mapping[str, str] = attrs.field(factory=dict)
    decision_words: Mapping[str, str] = attrs.field(factory=dict)
    decision_ranges: tuple[str, ...] = attrs.field(default=())
    decision_by_date: str | None = None
    decision_said_openers: tuple[str, ...] = attrs.field(default=())
    decision_said_nouns: tuple[str, ...] = attrs.field(default=())
    decision_approximate: tuple[str, ...] = attrs.field(default=())
    decision_count_opener: str | None = None
    possessives: Mapping[str, str] = attrs.field(factory=dict)
    name_possessives: tuple[str, ...] = attrs.field(default=())
    reader_possessive: str | None = None
    subjects: Mapping[str, str] = attrs.field(factory=dict)
    agreement: Mapping[str, str] = attrs.field(factory=dict)
    verb_endings: tuple[str, ...] = attrs.field(default=())
    shorthand: Mapping[str, str] = attrs.field(factory=dict)
    reader_name_as: str | None = None
    reader_name_after: Mapping[str, str] = attrs.field(factory=dict)
    own_openers: Mapping[str, str] = attrs.field(factory=dict)
    own_markers: str | None = None
    capital_endings: tuple[str, ...] = attrs.field(default=())
    clause_words: tuple[str, ...] = attrs.field(default=())
    clause_endings: tuple[str, ...] = attrs.field(default=())
    elided: tuple[str, ...] = attrs.field(default=())
    verb_forms: tuple[str, ...] = attrs.field(default=())
    unplaced_frame: str | None = None
    topic_openers: tuple[str, ...] = attrs.field(default=())
    topic_words: int = 14
    noun_endings: tuple[str, ...] = attrs.field(default=())
    sample_points: tuple[tuple[str, ...], ...] = attrs.field(default=())
    point_shapes: tuple[Mapping[str, Any], ...] = attrs.field(default=())
    article_missing: Mapping[str, str] = attrs.field(factory=dict)
    lower_case_noun: str | None = None
    noun_chain: str | None = None
    lower_case_topic: str | None = None
    today: str | None = None
    on_weekday: str | None = None
    on_weekdays: tuple[str, ...] = attrs.field(default=())
    on_date: str | None = None
    month_names: tuple[str, ...] = attrs.field(default=())
    first_day: str | None = None
    at_company: str | None = None
    keep_legal_form: bool = False
    comma_before_clauses: bool = False
    at_company_starting: Mapping[str, str] = attrs.field(factory=dict)
    at_company_ending: Mapping[str, str] = attrs.field(factory=dict)


# Where each field lives in language.toml: (table, key).
_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "address": ("address",),
    "honorifics": ("names", "honorifics"),
    "titles": ("names", "titles"),
    "particles": ("names", "particles"),
    "surnames": ("names", "surnames"),
    "same_titles": ("names", "same"),
    "function_words": ("words", "function"),
    "stop_words": ("words", "stop"),
    "weak_words": ("words", "weak"),
    "generic_words": ("words", "generic"),
    "equivalents": ("words", "equivalent"),
    "greetings": ("letter", "greetings"),
    "closings": ("letter", "closings"),
    "abbreviations": ("letter", "abbreviations"),
    "pasted": ("letter", "pasted"),
    "pasted_triggers": ("letter", "pasted_triggers"),
    "gratitude": ("gratitude", "phrases"),
    "gratitude_look_alikes": ("gratitude", "look_alikes"),
    "gratitude_triggers": ("gratitude", "triggers"),
    "gratitude_negations": ("gratitude", "negations"),
    "gratitude_negation_undone_by": ("gratitude", "negation_undone_by"),
    "interest": ("interest", "phrases"),
    "interest_statements": ("interest", "statements"),
    "interest_fragments": ("interest", "fragments"),
    "about_the_job": ("interest", "about_the_job"),
    "interest_reach": ("interest", "reach"),
    "negations": ("interest", "negations"),
    "negation_undone_by": ("interest", "negation_undone_by"),
    "clause_breaks": ("interest", "clause_breaks"),
    "withdrawal": ("interest", "withdrawal"),
    "specifics_cues": ("specifics", "cues"),
    "specifics_back_cues": ("specifics", "back_cues"),
    "phrase_breaks": ("specifics", "phrase_breaks"),
    "the_job": ("specifics", "the_job"),
    "decision_phrases": ("decision", "phrases"),
    "decision_words": ("decision", "words"),
    "decision_ranges": ("decision", "ranges"),
    "decision_by_date": ("decision", "by_date"),
    "decision_said_openers": ("decision", "said_openers"),
    "decision_said_nouns": ("decision", "said_nouns"),
    "decision_approximate": ("decision", "approximate"),
    "decision_count_opener": ("decision", "count_opener"),
    "possessives": ("talking_points", "possessives"),
    "name_possessives": ("talking_points", "name_possessives"),
    "reader_possessive": ("talking_points", "reader_possessive"),
    "subjects": ("talking_points", "subjects"),
    "agreement": ("talking_points", "agreement"),
    "verb_endings": ("talking_points", "verb_endings"),
    "shorthand": ("talking_points", "shorthand"),
    "reader_name_as": ("talking_points", "reader_name_as"),
    "reader_name_after": ("talking_points", "reader_name_after"),
    "own_openers": ("talking_points", "own_openers"),
    "own_markers": ("talking_points", "own_markers"),
    "capital_endings": ("talking_points", "capital_endings"),
    "clause_words": ("talking_points", "clause_words"),
    "clause_endings": ("talking_points", "clause_endings"),
    "elided": ("talking_points", "elided"),
    "verb_forms": ("talking_points", "verb_forms"),
    "unplaced_frame": ("talking_points", "unplaced_frame"),
    "topic_openers": ("talking_points", "topic_openers"),
    "topic_words": ("talking_points", "topic_words"),
    "noun_endings": ("talking_points", "noun_endings"),
    "sample_points": ("samples", "talking_points"),
    "point_shapes": ("talking_points", "shapes"),
    "article_missing": ("talking_points", "article_missing"),
    "lower_case_noun": ("talking_points", "lower_case_noun"),
    "noun_chain": ("talking_points", "noun_chain"),
    "lower_case_topic": ("talking_points", "lower_case_topic"),
    "today": ("dates", "today"),
    "on_weekday": ("dates", "on_weekday"),
    "on_weekdays": ("dates", "on_weekdays"),
    "on_date": ("dates", "on_date"),
    "month_names": ("dates", "months"),
    "first_day": ("dates", "first_day"),
    "at_company": ("company", "at"),
    "keep_legal_form": ("company", "keep_legal_form"),
    "comma_before_clauses": ("talking_points", "comma_before_clauses"),
    "at_company_starting": ("company", "at_starting_with"),
    "at_company_ending": ("company", "at_ending_with"),
}
# The fields the lint reads from every known pack, whatever the note's language
# (to guess it, to find the salutation, the closing and the sentences).
SHARED_FIELDS = (
    "name", "honorifics", "titles", "function_words", "stop_words", "weak_words",
    "generic_words", "equivalents", "greetings", "closings", "abbreviations", "month_names",
)  # fmt: skip
_MAPPINGS = frozenset(
    {
        "address",
        "article_missing",
        "decision_phrases",
        "decision_words",
        "possessives",
        "interest_fragments",
        "same_titles",
        "equivalents",
        "subjects",
        "agreement",
        "at_company_starting",
        "at_company_ending",
        "shorthand",
        "reader_name_after",
        "own_openers",
    }
)


@attrs.frozen(kw_only=True)
class LanguagePack:
    """One language thanknote can write notes in and lint them for.

    Attributes:
        code: The language code, the folder's name (``"de"``).
        folder: The pack's folder: its templates, catalog and lexicon.
        origin: ``"built-in"``, or the entry point that added the pack.
    """

    code: str
    folder: Path
    origin: str = "built-in"

    @property
    def root(self) -> Path:
        """The folder above the pack, where template names such as ``de/card.txt.j2`` start."""
        return self.folder.parent

    @property
    def name(self) -> str:
        """The language's own name, from its lexicon ("Deutsch")."""
        return self.lexicon.name

    @property
    def lexicon(self) -> Lexicon:
        """The pack's words, read from ``language.toml`` on first use."""
        return _read_lexicon(self.folder)


def shared_lexicon(pack: LanguagePack) -> Lexicon:
    """The fields of :data:`SHARED_FIELDS` of a pack's lexicon (the others empty).

    Linting a note of any language reads them from every known pack. A
    built wheel holds them apart (``language.shared.json``), so that a cold
    ``thanknote lint`` does not read five lexicons whole for an English note;
    without that file, or when it is stale, this is the whole lexicon.
    """
    return _read_shared(pack.folder)


@functools.cache
def _read_shared(folder: Path) -> Lexicon:
    path = folder / LEXICON_FILE
    try:
        data = _compiled(folder, path.read_bytes(), COMPILED_SHARED_FILE)
    except OSError:
        data = None
    return _read_lexicon(folder) if data is None else _lexicon_of(data, path)


@functools.cache
def _read_lexicon(folder: Path) -> Lexicon:
    path = folder / LEXICON_FILE
    try:
        source = path.read_bytes()
        data = _compiled(folder, source, COMPILED_LEXICON_FILE) or _parsed(source)
    except (OSError, ValueError) as err:  # a TOMLDecodeError or UnicodeDecodeError is one
        raise InvalidOptionError(
            "language pack", str(path), f"{path}: cannot be read: {err}"
        ) from None
    return _lexicon_of(data, path)


def _lexicon_of(data: dict[str, Any], path: Path) -> Lexicon:
    """The lexicon of a parsed ``language.toml``, its values checked and converted."""
    values: dict[str, Any] = {}
    for field, where in _FIELDS.items():
        value: Any = data
        for key in where:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            continue
        if field == "interest_statements":
            values[field] = _read_statements(value, path)
            continue
        if field == "point_shapes":
            values[field] = _read_shapes(value, path)
            continue
        if field == "surnames":
            if not isinstance(value, int) or isinstance(value, bool) or value not in (1, 2):
                problem = "names.surnames must be 1 or 2"
                raise InvalidOptionError("language pack", str(path), f"{path}: {problem}")
            values[field] = value
            continue
        if field in ("keep_legal_form", "comma_before_clauses"):
            if not isinstance(value, bool):
                place = ".".join(_FIELDS[field])
                raise InvalidOptionError(
                    "language pack", str(path), f"{path}: {place} must be true or false"
                )
            values[field] = value
            continue
        if field in ("interest_reach", "topic_words"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                place = ".".join(_FIELDS[field])
                raise InvalidOptionError(
                    "language pack", str(path), f"{path}: {place} must be a positive number"
                )
            values[field] = value
            continue
        if field == "sample_points":
            if not isinstance(value, list) or not all(
                isinstance(row, list) and all(isinstance(v, str) for v in row) for row in value
            ):
                raise InvalidOptionError(
                    "language pack",
                    str(path),
                    f"{path}: samples.talking_points must be a list of lists of strings",
                )
            values[field] = tuple(tuple(row) for row in value)
            continue
        patterns = ("lower_case_noun", "lower_case_topic", "own_markers", "noun_chain")
        if field in patterns and isinstance(value, str):
            try:
                re.compile(value)
            except re.error as err:
                raise InvalidOptionError(
                    "language pack", str(path), f"{path}: talking_points.{field}: {err}"
                ) from None
        if field == "on_weekdays" and (not isinstance(value, list) or len(value) != 7):
            raise InvalidOptionError(
                "language pack", str(path), f"{path}: dates.on_weekdays needs seven phrases"
            )
        strings = (
            "name", "reader_possessive", "today", "on_weekday", "on_date", "first_day",
            "at_company", "reader_name_as", "unplaced_frame", "decision_by_date", "lower_case_noun",
            "decision_count_opener",
            "lower_case_topic", "own_markers", "noun_chain",
        )  # fmt: skip
        expected = dict if field in _MAPPINGS else str if field in strings else list
        if not isinstance(value, expected) or (
            expected is list and not all(isinstance(v, str) for v in value)
        ):
            kind = {dict: "a table", str: "a string", list: "a list of strings"}[expected]
            raise InvalidOptionError(
                "language pack", str(path), f"{path}: {'.'.join(where)} must be {kind}"
            )
        # Converted here rather than by attrs converters on the record: seventy
        # of them made the Lexicon class a good part of a cold lint's start.
        if isinstance(value, list):
            value = tuple(value)
        elif isinstance(value, dict):
            value = dict(value)
        values[field] = value
    if "name" not in values:
        raise InvalidOptionError("language pack", str(path), f"{path}: name is missing")
    return Lexicon(**values)


def _compiled(folder: Path, source: bytes, name: str) -> dict[str, Any] | None:
    """The lexicon as the wheel's build step parsed it, if it is of this very source.

    TOML is read by pure Python and the six built-in lexicons take longer to
    parse than a ``thanknote lint`` run takes otherwise; a built wheel holds
    each one also as JSON (``language.json``), with a checksum of the TOML
    it was made from. An edited ``language.toml`` no longer matches and is
    read itself.
    """
    try:
        compiled = json.loads((folder / name).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(compiled, dict) or compiled.get("source_checksum") != _checksum(source):
        return None
    data = compiled.get("lexicon")
    return data if isinstance(data, dict) else None


def _parsed(source: bytes) -> dict[str, Any]:
    import tomllib  # only when no compiled lexicon matches

    return tomllib.loads(source.decode("utf-8"))


def _checksum(source: bytes) -> str:
    # Only to see that the TOML is the one compiled, not a guard against
    # anyone: CRC-32 is enough, and hashlib alone takes longer to import
    # than the whole check.
    return f"crc32:{zlib.crc32(source):08x}:{len(source)}"


def _read_shapes(value: object, path: Path) -> tuple[Mapping[str, Any], ...]:
    # Only the form is checked here; the patterns are compiled (and a bad one
    # reported) when the language's talking points are first placed.
    rows = value if isinstance(value, list) else [None]
    for index, row in enumerate(rows):
        if not isinstance(row, dict) or not all(
            isinstance(row.get(k), str) for k in ("name", "pattern", "frame")
        ):
            where = f"{path}: talking_points.shapes[{index}]"
            raise InvalidOptionError(
                "language pack", str(path), f"{where}: needs a name, a pattern and a frame"
            )
    return tuple(rows)


def _read_statements(value: object, path: Path) -> tuple[Statement, ...]:
    def fail(index: int, what: str) -> InvalidOptionError:
        where = f"{path}: interest.statements[{index}]"
        return InvalidOptionError("language pack", str(path), f"{where}: {what}")

    if not isinstance(value, list):
        raise fail(0, "must be an array of tables ([[interest.statements]])")
    statements = []
    for index, row in enumerate(value):
        if not isinstance(row, dict) or not isinstance(row.get("pattern"), str):
            raise fail(index, "needs a pattern")
        words = row.get("words", "")
        group = row.get("group", 0)
        direct = row.get("direct", False)
        if not isinstance(words, str) or not words.split():
            raise fail(index, "needs words: the words it cannot match without")
        if not isinstance(group, int) or not isinstance(direct, bool):
            raise fail(index, "group must be a number and direct true or false")
        unknown = set(row) - {"pattern", "words", "group", "direct"}
        if unknown:
            raise fail(index, f"unknown keys {', '.join(sorted(unknown))}")
        statements.append(
            Statement(
                pattern=row["pattern"], words=frozenset(words.split()), group=group, direct=direct
            )
        )
    return tuple(statements)


@functools.cache
def _builtin() -> dict[str, LanguagePack]:
    root = builtin_templates()
    return {
        folder.name: LanguagePack(code=folder.name, folder=folder)
        for folder in sorted(root.iterdir())
        if (folder / LEXICON_FILE).is_file()
    }


@functools.cache
def _installed() -> dict[str, LanguagePack]:
    found: dict[str, LanguagePack] = {}
    for origin, root in plugin_folders(LANGUAGE_PACK_GROUP, "language pack"):
        for folder in sorted(root.iterdir()):
            if (folder / LEXICON_FILE).is_file():
                pack = LanguagePack(code=folder.name, folder=folder, origin=origin)
                found.setdefault(folder.name, pack)
    return found


_used: dict[str, LanguagePack] = {}
_listeners: list[Callable[[], object]] = []


def when_packs_change(listener: Callable[[], object]) -> None:
    """Call ``listener`` whenever :func:`known_languages` gains a pack (to drop caches)."""
    _listeners.append(listener)


def known_languages() -> tuple[LanguagePack, ...]:
    """The built-in packs and the installed ones used so far, without looking for others.

    What the lint pass needs of every language (greetings, closings,
    abbreviations, function words) comes from these: looking up the installed
    packs costs more than linting a hundred notes, so a pack installed as a
    plugin joins once its language is first asked for.
    """
    return (*_builtin().values(), *_used.values())


def available_languages() -> tuple[LanguagePack, ...]:
    """Every language thanknote can write and lint: the built-in packs, then installed ones.

    A pack installed under the ``thanknote.languages`` entry-point group
    with the code of a built-in language does not replace it (templates can
    be replaced through template folders instead).
    """
    packs = dict(_builtin())
    for code, pack in _installed().items():
        packs.setdefault(code, pack)
    return tuple(packs[code] for code in sorted(packs))


def iter_language_codes() -> Iterator[str]:
    """The codes of the built-in packs, then, only if asked for more, the installed ones."""
    yield from _builtin()
    yield from (code for code in _installed() if code not in _builtin())


def language_pack(locale: str) -> LanguagePack:
    """The pack for a locale's language.

    Raises:
        UnsupportedLanguageError: No pack has that language; the error lists
            the languages there are.
    """
    code = language_code(locale)
    pack = _builtin().get(code) or _used.get(code)
    if pack is None:
        pack = _installed().get(code)
        if pack is None:
            raise UnsupportedLanguageError(locale, tuple(p.code for p in available_languages()))
        _used[code] = pack
        for listener in _listeners:
            listener()
    return pack


def resolve_locale(locale: str, fallback: str | None = None) -> str:
    """The locale to write in: ``locale`` itself when its language has a pack.

    Args:
        locale: A normalised locale (``"nl_NL"``).
        fallback: A language to write in when ``locale``'s has no pack
            (``"en"``). Dates and lists then follow the fallback language too,
            so that a note never mixes two languages; a
            :class:`FallbackLanguageWarning` says so.

    Raises:
        UnsupportedLanguageError: No pack for the language, and no fallback.
    """
    try:
        language_pack(locale)
    except UnsupportedLanguageError:
        if fallback is None:
            raise
        language_pack(fallback)  # the fallback must exist itself
        replacement = _with_territory(language_code(fallback), locale)
        warnings.warn(
            f"no language pack for {locale}; writing in {replacement} instead",
            FallbackLanguageWarning,
            stacklevel=3,
        )
        return replacement
    return locale


def _with_territory(language: str, locale: str) -> str:
    # "nl_NL" with an English fallback becomes "en_NL" when Babel knows it, so
    # the country's conventions (weekend, date order) stay; else plain "en".
    from babel import Locale, UnknownLocaleError

    parts = locale.split("_")
    if len(parts) > 1:
        candidate = f"{language}_{parts[-1]}"
        try:
            return str(Locale.parse(candidate))
        except (UnknownLocaleError, ValueError):
            pass
    return language
