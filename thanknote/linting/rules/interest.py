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

from thanknote._i18n import N_
from thanknote.languages import language_code
from thanknote.linting.patterns import interest_patterns
from thanknote.linting.rule import Hit, LintContext, rule
from thanknote.linting.text import FoundSpans, NoteText, Span

__all__ = ["interest_spans", "missing_interest", "unnamed_interest"]

_FEELING = (
    r"interested|excited|enthusiastic|keen|eager|thrilled|delighted|motivated|energi[sz]ed"
    r"|enthused|passionate|hopeful|drawn"
)
_JOIN_VERB = (
    r"join|joining|contribute|contributing|bring|bringing|be\s+part|being\s+part|become|becoming"
    r"|work(?:ing)?\s+(?:with|at|for|on|alongside|together|in|here|there)|help(?:ing)?"
    r"|take\s+on|taking\s+on|build(?:ing)?|support(?:ing)?|lead(?:ing)?|serve|serving"
    r"|get\s+started|start(?:ing)?\s+(?:work|working|the\s+role|in|at|there|here|soon|asap"
    r"|immediately|right\s+away)|be\s+(?:a|an|the|on|your|one|part)|step\s+into|continue"
    r"|grow(?:ing)?|take\s+(?:it|this|that|them)\s+on|come\s+(?:aboard|on\s+board)"
)
_TARGET = re.compile(
    r"\b(?:role|position|job|opportunit(?:y|ies)|team|company|organi[sz]ation|firm|join|joining|"
    r"contribut\w*|work(?:ing)?|part|offer|candidacy|here|school|hospital|store|clinic|"
    r"department|agency|group|practice|program(?:me)?|ward|lab|studio|office|crew|staff|"
    r"post|vacancy|career|opening|there|here|aboard|board|member|start|started|full-time)\b"
    r"|\b(?:at|join|with|for|to)\s+(?-i:[A-Z])\w+",  # a named employer: "at Maplewood"
    re.IGNORECASE,
)
_TARGET_WORDS = 10  # how far after a feeling word its object may reach
_FIRST_WORDS = re.compile(rf"(?:\s*\S+){{1,{_TARGET_WORDS}}}")
# These three run on the lower-cased text.
_NEGATION = re.compile(
    r"\b(?:not|no\s+longer|never|hardly|unsure|doubt|doubtful|less|nor)\b|n't\b|n’t\b|\bno\b",
)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\bbut\b")
_POSITIVE_NEGATION = re.compile(
    r"\b(?:not\s+only|can(?:'|’)?t\s+wait|cannot\s+wait|could(?:n't|n’t|\s+not)\s+be\s+more"
    r"|no\s+doubt|never\s+been\s+more|not\s+have\s+been\s+more|wouldn(?:'|’)t\s+hesitate)",
)


# Every statement of interest the lint pass knows, in the order they are tried,
# each with its family (see _FAMILIES) and the words it cannot match without.
# Statements in the group "direct" carry their own object ("would love to join"); those in "aimed"
# ("excited", "my strong interest") count only when the words after them aim
# at the job. Only the statements whose words are in a note are compiled into
# the pattern run over it: the full alternation costs far more per character.
_STATEMENTS: tuple[tuple[str, int, str, str], ...] = (
    ("direct", 1,
     r"\b(?:would|should|'d|’d|will|i)\s+(?:\w+\s+){0,2}?(?:love|like|welcome|relish|want|"
     r"be\s+(?:so\s+|very\s+|really\s+)?(?:glad|happy|delighted|thrilled|excited|"
     r"honou?red|proud|pleased|eager|keen))\s+(?:\w+\s+){0,4}?to\s+"
     rf"(?:{_JOIN_VERB})\b",
     "love like welcome relish want glad happy delighted thrilled excited honored honoured "
     "proud pleased eager keen"),
    ("direct", 2,
     r"\b(?:want|wanted|wish|hope|hoping|look(?:ing)?\s+forward|can(?:'|’)?t\s+wait|ready)\s+"
     rf"(?:\w+\s+){{0,2}}?to\s+(?:{_JOIN_VERB})\b",
     "want wanted wish hope hoping forward wait ready"),
    ("direct", 2, r"\bwant(?:ed)?\s+(?:this|the|that)\s+(?:job|role|position|post|opportunity)\b",
     "want wanted"),
    ("direct", 2,
     r"\b(?:job|role|position|post|opportunity)\s+(?:that\s+)?i\s+(?:\w+\s+)?"
     r"(?:want|wanted|am\s+after)\b",
     "want wanted after"),
    ("direct", 3,
     r"\b(?:exactly|just|precisely)\s+what\s+i(?:'m|’m|\s+am)\s+(?:after|looking\s+for)",
     "after looking"),
    ("direct", 2,
     r"\b(?:hope|wish|want)\s+(?:that\s+)?i\s+(?:can|could|will|get\s+to|may|might)\s+"
     rf"(?:{_JOIN_VERB})\b",
     "hope wish want"),
    ("direct", 3, r"\binteresting\s+to\s+(?:work|join)\b", "interesting"),
    ("direct", 3, r"\bjump\s+at\s+(?:it|the\s+(?:chance|opportunity))\b", "jump"),
    ("direct", 3,
     r"\bas\s+(?:a\s+)?(?:member|part)\s+of\s+(?:your|the)\s+(?:team|staff|crew|practice)\b",
     "member part"),
    ("direct", 1,
     r"\b(?:would|'d|’d)\s+(?:\w+\s+)?(?:love|like|be\s+glad|be\s+happy)\s+to\s+\w+\s+"
     r"(?:\w+\s+){0,3}?(?:for|with|alongside)\s+(?:you|your)\b",
     "love like glad happy"),
    ("direct", 3, r"\bcount\s+me\s+in\b", "count"),
    ("direct", 3, r"\bsign\s+me\s+up\b", "sign"),
    ("direct", 2, r"\bwant\s+to\s+be\s+(?:in|at|part\s+of|there|here|on)\b", "want"),
    ("direct", 2,
     r"\bis\s+where\s+i\s+(?:\w+\s+)?(?:want|hope|would\s+like|'d\s+like|’d\s+like)\s+to\b",
     "want hope like"),
    ("direct", 2, r"\bthe\s+one\s+i\s+(?:\w+\s+)?want\b", "want"),
    ("direct", 3, r"\bmy\s+(?:first|top)\s+choice\b", "choice"),
    ("direct", 1, r"\bi(?:'d|’d|\s+would)\s+most\s+like\s+to\s+(?:be|join|work)\b", "like"),
    ("direct", 3, r"\bsee\s+myself\s+(?:working|building|joining|at|in|on|as|growing|staying)\b",
     "myself"),
    ("direct", 3, r"\bbe\s+considered\s+(?:further\s+)?for\b", "considered"),
    ("direct", 2, r"\bhope\s+to\s+be\s+joining\b", "hope"),
    ("direct", 1,
     r"\b(?:love|like|honou?red|proud|glad|happy|pleased|delighted|thrilled)\s+to\s+\w+"
     r"(?:\s+\w+){0,4}?\s+as\s+(?:a|an|the|your|\w+(?:'s|’s))\s+\w+",
     "love like honored honoured proud glad happy pleased delighted thrilled"),
    ("direct", 2,
     r"\bexactly\s+the\s+(?:\w+\s+){0,3}?(?:i|i'm|i’m)\s+(?:hope|want|am\s+looking|"
     r"have\s+been\s+looking)",
     "hope hoped hopes hopeful hoping want wants wanted looking"),
    ("direct", 1,
     r"\b(?:one|a\s+role|a\s+position|a\s+job)\s+i\s+would\s+(?:very\s+much\s+|really\s+"
     r"|truly\s+)?(?:like|love)\s+to\b",
     "like love"),
    ("direct", 2, r"\b(?:fits|matches)\s+what\s+i\s+(?:want|hope|am\s+looking)",
     "hope hoped hopes hopeful hoping want wants wanted looking"),
    ("direct", 1,
     r"\b(?:would|'d|’d)\s+(?:\w+\s+)?(?:love|like|welcome|relish|value)\s+"
     r"(?:the|a|an|this)\s+(?:chance|opportunity)\b",
     "chance opportunity"),
    ("direct", 1,
     r"\b(?:role|position|job|opportunity)\s+(?:is|feels|seems|sounds)\s+(?:like\s+)?"
     r"(?:a\s+|an\s+|the\s+)?(?:great|perfect|natural|strong|excellent|ideal|exciting|"
     r"wonderful|right)\s+(?:fit|match|next\s+step|opportunity)",
     "fit match step opportunity"),
    ("aimed", 4, rf"\b(?:{_FEELING})\b",
     _FEELING.replace("|", " ").replace("energi[sz]ed", "energized energised")),
    ("aimed", 5, r"\ball\s+in\s+on\b", "all"),
    ("aimed", 5, r"\bmy\s+dream\b", "dream"),
    ("aimed", 5,
     r"\b(?:my|strong|keen|continued|sincere|genuine|real|great|deep|growing|high)\s+"
     r"(?:\w+\s+)?(?:interest|enthusiasm|excitement|eagerness|desire|appetite)\b"
     r"(?!\s+rates?\b)",
     "interest enthusiasm excitement eagerness desire appetite"),
)  # fmt: skip
_STATEMENT_WORDS = tuple(frozenset(words.split()) for _, _, _, words in _STATEMENTS)
# Any one of these in a note means some statement may match.
_TRIGGERS = frozenset().union(*_STATEMENT_WORDS)
# Statements are compiled by family (the number after the group), not one by
# one, so that the patterns a long stream of notes needs stay few (at most
# 2**5) and stay compiled: 1 "would love/like to …", 2 "want/hope/looking
# …", 3 rare set phrases, 4 feelings, 5 "my strong interest" and the like.
_FAMILIES = tuple(family for _, family, _, _ in _STATEMENTS)


@functools.lru_cache(maxsize=1024)
def _pattern_for(words: frozenset[str]) -> re.Pattern[str]:
    """The pattern of the statements that may match a sentence holding ``words``."""
    families = frozenset(
        family
        for family, needed in zip(_FAMILIES, _STATEMENT_WORDS, strict=True)
        if not needed.isdisjoint(words)
    )
    return _compiled(families)


@functools.lru_cache(maxsize=32)  # every set of the five families
def _compiled(families: frozenset[int]) -> re.Pattern[str]:
    # The statements keep their order: the first to match at a place wins.
    groups = []
    for group in ("direct", "aimed"):
        parts = [
            text for kind, family, text, _ in _STATEMENTS if kind == group and family in families
        ]
        if parts:
            groups.append(f"(?P<{group}>" + "|".join(parts) + ")")
    return re.compile("|".join(groups) or "(?!)")  # no family: a pattern that never matches


_WITHDRAWAL = re.compile(
    r"\bwithdraw(?:ing)?\s+(?:my|from)\b|\baccepted\s+(?:another|a\s+different|an\s+other|a)\s+"
    r"(?:\w+\s+)?(?:offer|position|role|job)\b|\bno\s+longer\s+(?:interested|available|pursuing|"
    r"looking|considering)\b|\bremove\s+(?:me|my\s+name|my\s+application)\b"
)


def withdraws(text: NoteText) -> bool:
    """Whether the writer takes their candidacy back ("I have accepted another offer")."""
    lower = text.lower
    if not any(cue in lower for cue in ("withdraw", "accepted", "no longer", "remove")):
        return False
    return any(not text.in_quotes(m.start()) for m in _WITHDRAWAL.finditer(lower))


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
            pack gives no phrases of interest.
    """
    memo = text.__dict__.setdefault("_interest", {})
    if locale not in memo:
        patterns = interest_patterns(locale)
        if patterns is not None:
            memo[locale] = FoundSpans(_find_phrases(text, names, *patterns))
        elif _judges_by_default(locale):
            # Sentences come in order, and matches in order within each.
            memo[locale] = FoundSpans(() if withdraws(text) else _find(text, names))
        else:
            memo[locale] = None
    result: FoundSpans | None = memo[locale]
    return result


def _find_phrases(
    text: NoteText,
    names: tuple[str, ...],
    wanted: re.Pattern[str],
    negation: re.Pattern[str] | None,
    job: re.Pattern[str] | None,
) -> tuple[Span, ...]:
    lower = text.lower
    found = []
    for match in wanted.finditer(lower):
        if text.in_quotes(match.start()):
            continue
        sentence = text.sentence_at(match.start())
        about = lower[sentence.start : sentence.end]
        named = any(part in about for name in names for part in _name_parts(name))
        if not (job is not None and job.search(about)) and not named:
            continue
        lead = _CLAUSE_BREAK.split(lower[max(sentence.start, match.start() - 40) : match.start()])[
            -1
        ]
        if negation is not None and negation.search(lead + match.group()):
            continue
        found.append(Span(*match.span()))
    return tuple(found)


def _aims_at_job(source: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """Whether the words right after a feeling word point at the job or employer."""
    words = _FIRST_WORDS.match(source, start, end)
    window = source[start : words.end()] if words else ""
    folded = window.casefold()
    if any(part in folded for name in names for part in _name_parts(name)):
        return True
    return _TARGET.search(window) is not None


@functools.lru_cache(maxsize=256)
def _name_parts(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in re.findall(r"\w{3,}", name))


def _find(text: NoteText, names: tuple[str, ...]) -> Iterator[Span]:
    source = text.text
    lower = text.lower
    # A statement lies within one sentence and holds one of its words: each
    # sentence is searched only for the statements its own words allow.
    matches = (
        match
        for sentence, words in text.sentences_with(_TRIGGERS)
        for match in _pattern_for(words).finditer(lower, sentence.start, sentence.end)
    )
    for match in matches:
        needs_target = match.lastgroup == "aimed"
        start, end = match.span()
        if text.in_quotes(start):
            continue
        sentence = text.sentence_at(start)
        lead = lower[max(sentence.start, start - 40) : start]
        lead = _CLAUSE_BREAK.split(lead)[-1]  # a negation elsewhere in the sentence is not ours
        head = lead + lower[start:end]
        if _NEGATION.search(head) and not _POSITIVE_NEGATION.search(head):
            continue
        if needs_target and not _aims_at_job(source, end, sentence.end, names):
            continue
        yield Span(start, end)


def _names(context: LintContext) -> tuple[str, ...]:
    if context.interview is None:
        return ()
    return (context.interview.company, context.interview.position)


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
    if any(_mentions(source, text.sentence_at(s.start), names) for s in spans):
        return
    first = spans.first()
    assert first is not None
    company, position = names
    yield Hit(
        first.start,
        first.end,
        N_("the interest you state names neither the {position} position nor {company}"),
        N_("name them in that sentence: “… the {position} position at {company}”"),
        {"position": position, "company": company},
    )


def _judges_by_default(locale: str) -> bool:
    return language_code(locale) == "en"
