"""Rule TN111: does the note say anything concrete from the conversation?

With the interview at hand, a note is specific when it echoes at least one
of its interviewer's talking points. Echoing is judged on meaning-bearing
words, stemmed, so "your plan to move nightly batch jobs onto Kafka" echoes
the point "replacing nightly batch jobs with Kafka": two of the point's
content words must reappear (one, for a one-word point). Without the
interview, the note must point at something concrete after a reference to
the conversation ("what you said about the intake backlog"), a number or
a proper name, rather than generic praise ("learning more about the role").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from thanknote._i18n import N_
from thanknote.linting.patterns import (
    Cues,
    generic_words,
    not_a_topic,
    specifics_cues,
    stop_words,
)
from thanknote.linting.protocol import Hit, LintContext, rule
from thanknote.linting.text import NoteText, stem

__all__ = ["content_stems", "echoed_points", "missing_specifics"]

# The words of every language pack: function and stop words never count as
# echoing a talking point, nor do the words every note uses.
# The word lists are asked of the packs on first use, not on import.
_function = stop_words
_stop = not_a_topic
_POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"[A-Z](?<!\w.)[A-Z0-9]{1,5}\b")  # the letter first: see text.py
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
# A figure is concrete; a date or a time of day is not. Only whether there is
# one counts. A figure is tried once per run of digits, commas and full
# stops, at the run's first character (the character first: see text.py),
# from the run's first digit that starts a word: every later one reaches the
# same end and fails the same way, and trying each ("1.1.1.1…") made a long
# run quadratic. Search a sentence's own text, so that the run starts in it.
_NUMBER = re.compile(
    r"[$£€]\s?\d[\d,.]*"
    r"|[\d,.](?<![\d,.].)(?>(?<=\b\d)[\d,.]*|[\d,.]*?(?<=[,.])\d[\d,.]*)"
    r"\s?(?:%|percent\b|per\s+cent\b|k\b|x\b)",
    re.IGNORECASE,
)


_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
     "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12"}  # fmt: skip


def _number(word: str) -> str:
    """Spell numbers one way: "forty" and "40" are the same point."""
    return _NUMBER_WORDS.get(word, word)


def _meaningful(word: str) -> bool:
    return word not in _stop() and word not in generic_words()


def content_stems(words: Sequence[str]) -> tuple[str, ...]:
    """Stems of the meaning-bearing words among ``words`` (lowercase)."""
    bare = [_POSSESSIVE.sub("", w) for w in words]
    kept = [stem(w) for w in bare if _meaningful(w) and (len(w) > 2 or w.isdigit())]
    if not kept:  # a point made only of common words still deserves a match
        kept = [stem(w) for w in bare if w not in _stop() and len(w) > 2]
    return tuple(dict.fromkeys(kept))


@functools.lru_cache(maxsize=1024)
def _point_shape(
    point: str, common: frozenset[str]
) -> tuple[tuple[str, ...], frozenset[tuple[str, str]], frozenset[str]]:
    """A point's content stems, its telling word pairs and the acronyms it could go by.

    Words in ``common`` (those of the company and the position, singular or
    plural) are left out of the stems: every note names them.
    """
    words = [_POSSESSIVE.sub("", w) for w in _WORDS.findall(point.lower())]
    function, stop = _function(), _stop()
    telling = [w for w in words if w not in common and w.removesuffix("s") not in common]
    pairs = frozenset(
        (stem(_number(a)), stem(_number(b)))
        for a, b in itertools.pairwise(words)
        if a not in function
        and b not in function
        and a not in common
        and b not in common
        and (_meaningful(a) or _meaningful(b))
    )
    kept = [w for w in words if w not in stop]
    initials = frozenset(
        "".join(w[0] for w in kept[i:j])
        for i in range(len(kept))
        for j in range(i + 2, min(len(kept), i + 6) + 1)
    )
    return content_stems([_number(w) for w in telling or words]), pairs, initials


class _NoteIndex:
    """The note's words, arranged for matching talking points quickly.

    Only the stems are computed up front; word pairs, acronyms and the
    sorted stems for near matches are built when a point needs them.
    """

    def __init__(self, text: NoteText) -> None:
        self._text = text
        distinct = set(text.body_words)
        numbers = distinct & _NUMBER_WORDS.keys()
        if numbers:
            distinct = (distinct - numbers) | {_NUMBER_WORDS[w] for w in numbers}
        self.stems = frozenset(map(stem, distinct))

    @functools.cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        spelled = _NUMBER_WORDS.get
        return frozenset(itertools.pairwise(stem(spelled(w, w)) for w in self._text.body_words))

    @functools.cached_property
    def acronyms(self) -> frozenset[str]:
        text = self._text
        return frozenset(m.group().lower() for m in _ACRONYM.finditer(text.text, *text.body))

    @functools.cached_property
    def _sorted(self) -> list[str]:
        return sorted(self.stems)

    def has(self, wanted: str) -> bool:
        if wanted in self.stems:
            return True
        prefix = wanted[:3]
        if len(prefix) < 3:
            return False
        found = self._sorted
        at = bisect.bisect_left(found, prefix)
        while at < len(found) and found[at].startswith(prefix):
            if _meaningful(found[at]) and _alike(found[at], wanted):
                return True
            at += 1
        return False


def _alike(found: str, wanted: str) -> bool:
    """Stems of one word: "allergy"/"allergen", "labor"/"labour", "sim"/"simulat"."""
    if wanted.startswith(found):
        return True  # the note abbreviates
    shared = next(
        (i for i, (a, b) in enumerate(zip(found, wanted, strict=False)) if a != b),
        min(len(found), len(wanted)),
    )
    return shared >= 4 and shared >= 0.75 * min(len(found), len(wanted))


def _index(text: NoteText) -> _NoteIndex:
    return text.memo("specifics-index", lambda: _NoteIndex(text))


@functools.lru_cache(maxsize=256)
def _common_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for name in names for w in _WORDS.findall(name.lower()))


def echoed_points(
    text: NoteText, points: Sequence[str], *, common: Sequence[str] = ()
) -> tuple[str, ...]:
    """The talking points among ``points`` that the note echoes.

    A point is echoed when half of its content stems (two at most) are in the
    note, when two of its words stand side by side in the note ("first
    shift"), or when the note uses its acronym ("TMS" for "transportation
    management system"). Stems match across spellings and abbreviations
    ("labour"/"labor", "sim"/"simulation"). Words of ``common`` (the company
    and the position, which every note names) are no evidence.
    """
    return tuple(_echoed(text, points, common))


def _echoed(text: NoteText, points: Sequence[str], common: Sequence[str]) -> Iterator[str]:
    index = _index(text)
    shared = _common_words(tuple(common))
    for point in points:
        stems, pairs, initials = _point_shape(point, shared)
        need = min(2, (len(stems) + 1) // 2)
        if (
            (stems and _count_up_to(need, map(index.has, stems)) >= need)
            or (pairs and not pairs.isdisjoint(index.pairs))
            or (initials and not initials.isdisjoint(index.acronyms))
        ):
            yield point


def _count_up_to(need: int, answers: Iterator[bool]) -> int:
    """How many of ``answers`` are true, stopping once ``need`` are."""
    count = 0
    for answer in answers:
        count += answer
        if count >= need:
            break
    return count


def _concrete(words: Sequence[str]) -> bool:
    return any(
        len(w) > 2 and not w[0].isupper() and _meaningful(_POSSESSIVE.sub("", w.lower()))
        for w in words
    )


# A blank left to fill in, in a sample note, opens with one of these.
_PLACEHOLDER = frozenset("[{<")

# Past the words a rule looks at, how far a phrase break that starts among
# them may reach (a break is a word or a short phrase between spaces).
_BREAK_REACH = 200


def _reach(source: str, cue: re.Match[str], end: int) -> int:
    """Where the cue's first 13 words (its own included) and the 5 after it have ended."""
    last, after = cue.start(), 0
    for count, word in enumerate(_WORDS.finditer(source, cue.start(), end), 1):
        last = word.end()
        after += word.start() >= cue.end()
        if count >= 13 and after >= 5:
            break
    return last


def _topic_after(source: str, cue: re.Match[str], end: int, words: Cues) -> list[str]:
    """Words of the phrase a cue introduces, or none when it is the job itself."""
    # Only the phrase's first 13 words and the cue's next 5 count: read no
    # further (and as far as a break that starts among them may reach). Read
    # to the sentence's end, a long sentence of cues was read once per cue.
    stop = min(end, _reach(source, cue, end) + _BREAK_REACH)
    if source[cue.end() : stop].lstrip()[:1] in _PLACEHOLDER:
        return []  # "our conversation about [specific topic]": a sample, not a topic
    segment = words.phrase_end.split(source[cue.start() : stop], maxsplit=1)[0]
    after = _WORDS.findall(segment[cue.end() - cue.start() :])[:5]
    if any(w.lower() in words.the_job for w in after):
        return []  # "about the receptionist opening": the position, not a topic
    return _WORDS.findall(segment)[1:13]  # the cue's first word is never the topic


def _concrete_without_context(text: NoteText, cues: Cues) -> bool:
    """Whether some sentence points at a concrete topic of the conversation."""
    source = text.text
    for sentence in text.sentences:
        if text.closing and sentence.start >= text.closing.start:
            break
        if _NUMBER.search(source[sentence.start : sentence.end]):
            return True
        for match in cues.cues.finditer(text.lower, sentence.start, sentence.end):
            words = _topic_after(source, match, sentence.end, cues)
            if any(w[0].isupper() for w in words[:3]) or _concrete(words):
                return True  # after a strong cue even a name ("Kafka") is a topic
        if cues.back_cues is None:
            continue
        for match in cues.back_cues.finditer(text.lower, sentence.start, sentence.end):
            if _concrete(_last_words(source, sentence.start, match.start(), 8)):
                return True
    return False


def _last_words(source: str, start: int, end: int, count: int) -> list[str]:
    """The last ``count`` words of ``source[start:end]``.

    Read backwards as far as it takes, not from ``start``: a long sentence of
    cues would otherwise be read again from its start for each of them.
    """
    reach = 64
    while True:
        begin = max(start, end - reach)
        found = _WORDS.findall(source, begin, end)
        # A word cut at ``begin`` keeps its end: with one word more than
        # needed, the last ``count`` are whole.
        if begin == start or len(found) > count:
            return found[-count:] if count else []
        reach *= 2


# A follow-up restates interest and a reply to a rejection thanks and keeps the
# door open; neither needs the conversation's topics again.
_NO_POINTS_NEEDED = frozenset({"follow_up", "rejection_reply"})


@rule("TN111", "missing-specifics", "error", "Nothing concrete from the conversation.")
def missing_specifics(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note that never mentions anything from the conversation itself."""
    if context.kind in _NO_POINTS_NEEDED:
        return
    person, interview = context.interviewer, context.interview
    if interview is None:
        cues = specifics_cues(context.locale)
        if cues is None:
            return  # the language's pack gives no cues for "something concrete"
        if not _concrete_without_context(text, cues):
            at = _after_first_sentence(text)
            yield Hit(
                at,
                at,
                N_("the note has only general praise, nothing from the conversation itself"),
                N_(
                    "add a sentence about one thing you discussed: a project, a problem, "
                    "something the interviewer said"
                ),
            )
        return
    if person is not None:
        own = person.talking_points or interview.talking_points
    else:
        own = interview.talking_points + tuple(
            p for i in interview.interviewers for p in i.talking_points
        )
    common = (interview.company, interview.position)
    if not own or next(_echoed(text, own, common), None) is not None:
        return
    others = [
        (other.name, point)
        for other in context.others
        for point in echoed_points(text, other.talking_points, common=common)
    ]
    params = {"name": person.name if person else "", "point": own[0]}
    if others and person is not None:
        message = N_(
            "the note mentions none of the talking points of your conversation with {name}; "
            "“{other_point}” came up with {other}, not with {first}"
        )
        params |= {"other_point": others[0][1], "other": others[0][0], "first": person.first_name}
    elif person is not None:
        message = N_(
            "the note mentions none of the talking points of your conversation with {name}"
        )
    else:
        message = N_("the note mentions none of the talking points of your conversation")
    suggestion = N_("mention something you discussed, such as “{point}”")
    at = _after_first_sentence(text)
    yield Hit(at, at, message, suggestion, params)


def _after_first_sentence(text: NoteText) -> int:
    body = [s for s in text.sentences if not text.closing or s.start < text.closing.start]
    return body[0].end if body else text.insertion_point()
