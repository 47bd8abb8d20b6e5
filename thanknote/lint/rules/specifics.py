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

import functools
import re
from collections.abc import Iterator, Sequence

from thanknote.lint.rule import Hit, LintContext, rule
from thanknote.lint.text import NoteText, stem

__all__ = ["content_stems", "echoed_points", "missing_specifics"]

_STOP = frozenset(
    """a an the and or nor but of for to in on at by with from about into onto over under
    as is are was were be been being am it its it's this that these those how what which
    who whom why when where your yours you his her hers their theirs our ours my me i we
    they he she them us there here than then so very really just also more most much
    many some any all each every both new own such not no can could would should will
    shall may might must do does did done have has had having get got one ones way ways
    whole within without across among between through during before after since until
    per via high low big small large main key top best better first last early late
    general overall""".split()
)
_GENERIC = frozenset(
    """role position job company team teams work working culture opportunity opportunities
    organization organisation mission values vision conversation conversations
    discussion chat talk talks interview interviews time day today project projects
    challenge challenges thing things idea ideas plan plans goal goals future growth
    direction priorities environment people everyone process step steps great good nice
    interesting exciting excited amazing wonderful fantastic insight insights insightful
    ahead lot bit learn learning learned hear hearing heard know knowing meet meeting
    met part responsibilities daily business industry field area department group staff
    colleagues join joining contribute contributing apply application candidacy next
    soon forward back again everything anything something stuff questions question
    answers answer experience experiences skills skill background discussing discussed
    enjoyed enjoy appreciated appreciate thank thanks grateful hope hoping look looking
    sharing shared share office visit tour chance sense picture view perspective
    approach offer fit agency school hospital store clinic firm practice unit department
    division week weeks month months year years hour hours minute minutes morning
    afternoon evening tomorrow yesterday tonight monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
_CUE = re.compile(
    r"\b(?:(?:conversation|discussion|discussions|chat|talk|talking|hearing|learning|speaking|"
    r"exchange|questions?|said|told\s+me|asked|story|stories|example|anecdote|session|demo|"
    r"presentation|walkthrough|details?|overview|update|news)\s+"
    r"(?:about|on|of|through|how|that|regarding|into)|"
    r"(?:hear|learn|see|know)\s+(?:that|how|about|the|your|of)|"
    r"(?:digging|dig|dive|diving|getting)\s+into|discussing|explaining|describing|"
    r"talking\s+through|walk(?:ed|ing)?\s+me\s+through|showing\s+me|telling\s+me|"
    r"you\s+(?:mentioned|described|explained|shared|showed|outlined|raised|posed|pointed\s+out|"
    r"asked|sketched)|your\s+(?:\w+(?:'s|’s)?\s+){0,2}?(?:plan|idea|story|example|description|"
    r"account|point|take|explanation|work|insights?\s+(?:on|into))|the\s+part\s+about|"
    r"especially|particularly|in\s+particular|insight\s+into|what\s+you\s+said)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s$")
_NUMBER = re.compile(r"\b\d[\d,.%]*\b")


def content_stems(words: Sequence[str]) -> tuple[str, ...]:
    """Stems of the meaning-bearing words among ``words`` (lowercase)."""
    words = [_POSSESSIVE.sub("", w) for w in words]
    kept = [stem(w) for w in words if w not in _STOP and w not in _GENERIC and len(w) > 2]
    if not kept:  # a point made only of common words still deserves a match
        kept = [stem(w) for w in words if w not in _STOP and len(w) > 2]
    return tuple(dict.fromkeys(kept))


@functools.lru_cache(maxsize=1024)
def _point_stems(point: str) -> tuple[str, ...]:
    return content_stems(re.findall(r"\w+(?:['’]\w+)*", point.lower()))


def _note_stems(text: NoteText) -> frozenset[str]:
    cached = text.__dict__.get("_stems")
    if cached is None:
        cached = frozenset(stem(w.lower) for w in text.words_in(text.body))
        text.__dict__["_stems"] = cached
    return cached


def echoed_points(text: NoteText, points: Sequence[str]) -> tuple[str, ...]:
    """The talking points among ``points`` that the note echoes.

    A point is echoed when half of its content stems, and at most two, are
    in the note; a short word in the note that begins a longer one in the
    point ("sim" for "simulation") counts as that word.
    """
    present = _note_stems(text)
    found = []
    for point in points:
        stems = _point_stems(point)
        need = min(2, (len(stems) + 1) // 2)
        if stems and sum(_present(s, present) for s in stems) >= need:
            found.append(point)
    return tuple(found)


def _present(point_stem: str, present: frozenset[str]) -> bool:
    if point_stem in present:
        return True
    # Only clear abbreviations ("sim", "admin"): the short form is a rare word
    # and at most about half the long one, so "week" never stands for "weekend".
    return len(point_stem) >= 5 and any(
        len(word) >= 3
        and 2 * len(word) <= len(point_stem) + 1
        and point_stem.startswith(word)
        and word not in _GENERIC
        and word not in _STOP
        for word in present
    )


def _concrete_without_context(text: NoteText) -> bool:
    source = text.text
    for sentence in text.sentences:
        if text.closing and sentence.start >= text.closing.start:
            break
        for match in _CUE.finditer(source, sentence.start, sentence.end):
            tail = source[match.end() : sentence.end]
            words = re.findall(r"\w+(?:['’]\w+)*", tail.lower())[:12]
            if any(w not in _STOP and w not in _GENERIC and len(w) > 2 for w in words):
                return True
        if _NUMBER.search(source, sentence.start, sentence.end):
            return True
    return False


@rule("TN111", "missing-specifics", "error", "Nothing concrete from the conversation.")
def missing_specifics(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note that never mentions anything from the conversation itself."""
    if not text.words:
        return
    person, interview = context.interviewer, context.interview
    at = _after_first_sentence(text)
    if interview is None:
        if not _concrete_without_context(text):
            yield Hit(
                at,
                at,
                "the note has only general praise, nothing from the conversation itself",
                "add a sentence about one thing you discussed: a project, a problem, "
                "something the interviewer said",
            )
        return
    if person is not None:
        own = person.talking_points or interview.talking_points
    else:
        own = interview.talking_points + tuple(
            p for i in interview.interviewers for p in i.talking_points
        )
    if not own or echoed_points(text, own):
        return
    who = f" with {person.name}" if person else ""
    others = [
        (other.name, point)
        for other in context.others
        for point in echoed_points(text, other.talking_points)
    ]
    message = f"the note mentions none of the talking points of your conversation{who}"
    if others and person is not None:
        name, point = others[0]
        message += f"; “{point}” came up with {name}, not with {person.first_name}"
    yield Hit(at, at, message, f"mention something you discussed{who}, such as “{own[0]}”")


def _after_first_sentence(text: NoteText) -> int:
    body = [s for s in text.sentences if not text.closing or s.start < text.closing.start]
    return body[0].end if body else text.insertion_point()
