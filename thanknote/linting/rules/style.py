"""Rules TN301–TN332: leftovers, length, tone and timing.

A placeholder left in ("[Company]") is an error: it shows the note is a
form letter. The rest are habits that make a good note weaker: too long or
too short, pushy or desperate lines, exclamation marks, salary talk,
apologising for oneself, stock phrases, and sending too soon or too late.
Idioms of the genre ("thank you very much") are never flagged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from thanknote._i18n import N_
from thanknote.linting.patterns import pasted_pattern, pasted_triggers
from thanknote.linting.protocol import Hit, LintContext, rule
from thanknote.linting.text import NoteText

if TYPE_CHECKING:
    import datetime as dt  # a note with a sending time brings it

__all__ = [
    "cliche",
    "exclamations",
    "placeholder",
    "pushy",
    "salary_talk",
    "self_deprecation",
    "sent_late",
    "sent_too_soon",
    "too_long",
    "too_short",
]

# Each kind of placeholder, with a cheap test that must pass before its
# pattern runs: most notes contain none of these characters or words.
_PLACEHOLDERS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("[",), re.compile(r"\[[^\[\]\n]{1,40}\]")),  # [Name], [Company Name]
    (("<",), re.compile(r"<(?![^<>\n]*[@:/])[A-Za-z][^<>\n]{0,40}>")),  # <Company>, not <a@b.c>
    (("{",), re.compile(r"\{\{[^{}\n]{0,60}\}\}|\{%[^{}\n]{0,60}%\}|\{[A-Za-z_][\w .-]{0,40}\}")),
    (
        # Upper case only: Spanish "todo" and Portuguese "todo" are ordinary words.
        ("xxx", "todo", "tbd", "fixme", "???"),
        re.compile(r"\b(?:XXX+|xxx+)\b|\bTODO\b|\bTBD\b|\bFIXME\b|\?\?\?+"),
    ),
    (
        ("(",),
        re.compile(
            r"\((?:insert|add|enter|your|name\s+of|company\s+name|fill\s+in)\b[^()\n]{0,60}\)",
            re.IGNORECASE,
        ),
    ),
    (
        ("name", "job title", "first last"),
        re.compile(
            r"\b(?:Company|Interviewer|Hiring\s+Manager|Recipient|Candidate)(?:'s)?\s+Name\b"
            r"|\bYour\s+Name\b|\bJob\s+Title\b|\bFirst\s+Last\b",
            re.IGNORECASE,
        ),
    ),
)


@functools.cache
def _phrases(kind: str) -> re.Pattern[str]:
    lists = {
        "pushy": [
            r"i\s+(?:really\s+|desperately\s+)?need\s+this\s+job",
            r"did\s+i\s+get\s+(?:the|this)\s+(?:job|position|role|offer)",
            r"any\s+(?:news|updates?|word)\s+(?:yet|so\s+far)",
            r"(?:any|an)\s+updates?\s*\?",
            r"(?:have|has)\s+(?:you|the\s+team)\s+(?:made\s+a\s+decision|decided)\s+yet",
            r"when\s+(?:can|do)\s+i\s+start",
            r"i\s+expect\s+(?:to\s+hear|an?\s+(?:answer|offer|response|decision))",
            r"(?:please\s+)?(?:respond|reply|get\s+back\s+to\s+me)\s+(?:asap|as\s+soon\s+as\s+possible|immediately|right\s+away)",
            r"i(?:'|’)?m\s+desperate|i\s+am\s+desperate",
            r"(?:still\s+)?waiting\s+(?:on|for)\s+your\s+(?:answer|reply|response|decision)",
            r"why\s+haven(?:'|’)?t\s+(?:you|i)",
            r"i\s+deserve\s+(?:this|the)\s+(?:job|role|position)",
            r"you\s+won(?:'|’)?t\s+regret\s+hiring\s+me",
            r"(?:other|competing)\s+offers?\s+(?:on\s+the\s+table|pending|waiting)",
            r"i\s+need\s+(?:an?\s+)?(?:answer|decision)\s+by",
            r"hire\s+me\b",
        ],
        "salary": [
            r"salar(?:y|ies)",
            r"compensation",
            r"(?:signing|sign-on|annual|performance)?\s*bonus(?:es)?",
            r"benefits?\s+(?:package|plan)",
            r"stock\s+options?",
            r"equity\s+(?:grant|stake|package)",
            r"paid\s+time\s+off|\bpto\b",
            r"vacation\s+(?:days|time|policy)",
            r"401\s*\(?k\)?",
            r"pay\s+(?:rate|range|scale|band|raise)",
            r"hourly\s+rate",
            r"relocation\s+(?:package|allowance)",
            r"pension",
            r"health\s+insurance",
        ],
        "apology": [
            r"(?:i(?:'|’)?m|i\s+am)\s+(?:so\s+|very\s+|really\s+)?sorry",
            r"sorry\s+(?:for|about|if|that)\b",
            r"i\s+apologi[sz]e",
            r"apologies\s+(?:for|if)",
            r"forgive\s+me",
            r"i\s+(?:know|realize|realise)\s+i(?:'|’)?m\s+not\s+(?:the\s+)?(?:best|most|ideal|strongest)",
            r"i\s+(?:may|might)\s+not\s+(?:have\s+)?(?:be(?:en)?\s+)?(?:the\s+)?(?:best|most|strongest)",
            r"i\s+(?:was\s+(?:so\s+)?nervous|rambled|messed\s+up|blanked|stumbled)",
            r"(?:despite|given)\s+my\s+(?:lack|limited)",
            r"i\s+lack\s+(?:the\s+)?(?:experience|skills|qualifications)",
        ],
        "cliche": [
            r"think\s+outside\s+the\s+box",
            r"team\s+player",
            r"hit\s+the\s+ground\s+running",
            r"go-getter",
            r"synerg(?:y|ies|ize|ise)",
            r"(?:a\s+)?perfect\s+fit",
            r"i\s+am\s+writing\s+to",
            r"(?:please\s+)?do\s+not\s+hesitate|don(?:'|’)?t\s+hesitate",
            r"to\s+whom\s+it\s+may\s+concern",
            r"at\s+the\s+end\s+of\s+the\s+day",
            r"results-driven|self-starter|detail-oriented",
            r"(?:110|a\s+hundred\s+and\s+ten)\s*(?:%|percent)",
            r"move\s+the\s+needle",
            r"wear\s+many\s+hats",
            r"passionate\s+about",
        ],
    }
    # The lists are lower case and run on the lower-cased text: no IGNORECASE.
    return re.compile(r"\b(?:" + "|".join(lists[kind]) + r")")


@rule("TN301", "placeholder", "error", "A template placeholder left in the note.")
def placeholder(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report ``[Name]``, ``<Company>``, ``{{ x }}``, ``XXX``, ``TODO`` and similar leftovers."""
    lower = text.lower
    found: list[re.Match[str]] = []
    for hints, pattern in _PLACEHOLDERS:
        if any(hint in lower for hint in hints):
            found += pattern.finditer(text.text)
    # Keep the first of overlapping matches: "[Your Name]" holds "Your Name".
    kept: list[re.Match[str]] = []
    for match in sorted(found, key=lambda m: (m.start(), -m.end())):
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    for match in kept:
        yield Hit(
            match.start(),
            match.end(),
            N_("placeholder “{found}” left in the note"),
            N_("replace it with the real value"),
            {"found": match.group()},
        )


# End punctuation doubled where a point's own "?" or "." met the sentence's.
_DOUBLED_END = re.compile(r"[?!]\.(?!\.)|(?<![.\d])\.\.(?![.\d])")


@rule("TN302", "broken-sentence", "warning", "A phrase pasted where it cannot stand.")
def broken_sentence(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a jotted note pasted into a sentence ("about she said …", "?.")."""
    lower = text.lower
    raw = text.text
    # A scan for what nearly no note holds: looked for only when it is there.
    doubled = "?." in raw or "!." in raw or ".." in raw
    for match in _DOUBLED_END.finditer(raw) if doubled else ():
        if not text.in_quotes(match.start()):
            yield Hit(
                match.start(),
                match.end(),
                N_("“{found}”: two marks end this sentence"),
                N_("keep one"),
                {"found": match.group()},
            )
    pasted = pasted_pattern(context.locale)
    if pasted is None:
        return
    triggers = pasted_triggers(context.locale)
    found: Iterable[re.Match[str]]
    if triggers is None:
        found = pasted.finditer(lower)
    elif text.vocabulary.isdisjoint(triggers):
        return
    else:
        found = (m for window in text.windows(triggers) for m in pasted.finditer(lower, *window))
    for match in found:
        if not text.in_quotes(match.start()):
            yield Hit(
                match.start(),
                match.end(),
                N_("“{found}” reads like a note to yourself pasted into the sentence"),
                N_("rewrite it as a phrase: “your point that …”, “your question about …”"),
                {"found": text.text[match.start() : match.end()]},
            )


@rule("TN311", "too-long", "warning", "Longer than readers take in.")
def too_long(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note over the word limit (250, or 80 for a card)."""
    limit = min(context.max_words, 80) if context.kind == "card" else context.max_words
    if text.word_count > limit:
        # The span starts at the first word over the limit.
        over = re.compile(r"\S+").finditer(text.text)
        start = next((m.start() for i, m in enumerate(over) if i == limit), 0)
        yield Hit(
            start,
            len(text.text.rstrip()),
            N_("{count} words; keep a note like this to {limit} words or fewer"),
            N_("cut what does not serve thanks, specifics or interest"),
            {"count": text.word_count, "limit": limit},
        )


@rule("TN312", "too-short", "info", "Too short to say anything personal.")
def too_short(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note under the minimum word count (cards are exempt)."""
    if context.kind != "card" and 0 < text.word_count < context.min_words:
        end = len(text.text.rstrip())
        yield Hit(
            end,
            end,
            N_("only {count} words; a note under {limit} words rarely says anything personal"),
            N_("add a sentence about something specific from the conversation"),
            {"count": text.word_count, "limit": context.min_words},
        )


# Every phrase of a list holds one of its trigger words; a note without any
# skips the list, and one with some runs it only around them.
_TRIGGERS = {
    "pushy": """need did news update updates yet far start expect asap soon immediately away
        desperate waiting haven't havent deserve regret pending table hire""",
    "salary": """salary salaries compensation bonus bonuses benefit benefits stock equity paid
        pto vacation 401 401k pay hourly relocation pension pensions insurance""",
    "apology": """sorry apologize apologise apologized apologised apologizing apologising
        apologies forgive not nervous rambled messed blanked stumbled lack lacking limited""",
    "cliche": """box player running getter synergy synergies synergize synergise synergized
        synergised synergizing synergising perfect writing hesitate whom end driven starter
        oriented 110 hundred needle hats passionate""",
}


@functools.cache
def _triggers(kind: str) -> frozenset[str]:
    return frozenset(_TRIGGERS[kind].split())


def _phrase_rule(kind: str, text: NoteText, message: str, suggestion: str) -> Iterator[Hit]:
    triggers = _triggers(kind)
    if text.vocabulary.isdisjoint(triggers):
        return
    pattern = _phrases(kind)
    for window in text.windows(triggers):
        for match in pattern.finditer(text.lower, *window):
            if text.in_quotes(match.start()):
                continue
            found = text.text[match.start() : match.end()]
            yield Hit(match.start(), match.end(), message, suggestion, {"found": found})


@rule("TN321", "pushy", "warning", "Pushy or desperate phrasing.")
def pushy(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report lines that press for a decision or sound desperate."""
    yield from _phrase_rule(
        "pushy",
        text,
        N_("“{found}” reads as pushy or anxious"),
        N_("state your interest calmly and leave the timing to them"),
    )


_MAX_EXCLAMATION_FINDINGS = 20  # a text of nothing but "!" needs no 200,000 findings


@rule("TN322", "exclamations", "warning", "More than one exclamation mark.")
def exclamations(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report every exclamation mark after the first."""
    if text.text.count("!") < 2:
        return
    marks = [m.start() for m in re.finditer("!", text.text)]
    for offset in marks[1:_MAX_EXCLAMATION_FINDINGS]:
        yield Hit(
            offset,
            offset + 1,
            N_("{count} exclamation marks; one at most keeps the tone professional"),
            ".",
            {"count": len(marks)},
        )


@rule("TN323", "salary-talk", "warning", "Salary or benefits in a thank-you note.")
def salary_talk(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report money and benefits talk, which belongs in a later conversation."""
    yield from _phrase_rule(
        "salary",
        text,
        N_("“{found}”: pay and benefits do not belong in a thank-you note"),
        N_("leave it for the offer stage"),
    )


@rule("TN324", "self-deprecation", "warning", "Apologising for oneself.")
def self_deprecation(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report apologies and self-deprecating lines."""
    yield from _phrase_rule(
        "apology",
        text,
        N_("“{found}” draws attention to a weakness"),
        N_("say what you would bring instead"),
    )


@rule("TN325", "cliche", "info", "A stock phrase.")
def cliche(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report stock phrases that make a note sound like a form letter."""
    yield from _phrase_rule(
        "cliche",
        text,
        N_("“{found}” is a stock phrase"),
        N_("say it in your own, concrete words"),
    )


def _interview_end(context: LintContext) -> dt.datetime | None:
    # The planner's rule too: without an end, the interview lasted an hour.
    # Only a thank-you (email or card) is timed from the interview: a
    # follow-up or a reply to a decision comes days later on purpose.
    if context.interview is None or context.kind not in ("thank_you", "card"):
        return None
    return context.interview.ended


@rule("TN331", "sent-too-soon", "warning", "Sent within an hour of the interview.")
def sent_too_soon(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note sent less than an hour after the interview ended."""
    end = _interview_end(context)
    if end is None or context.sent_at is None:
        return
    import datetime as dt

    if dt.timedelta(0) <= context.sent_at - end < dt.timedelta(hours=1):
        yield Hit(
            0,
            0,
            N_(
                "sent less than an hour after the interview; set the note aside and reread it first"
            ),
            N_("send after {moment}"),
            {"moment": (end + dt.timedelta(hours=1)).isoformat(timespec="minutes")},
        )


@rule("TN332", "sent-late", "warning", "Sent more than 24 hours after the interview.")
def sent_late(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Report a note sent more than a day after the interview ended."""
    end = _interview_end(context)
    if end is None or context.sent_at is None:
        return
    import datetime as dt

    if context.sent_at - end > dt.timedelta(hours=24):
        yield Hit(
            0,
            0,
            N_(
                "sent more than 24 hours after the interview; a thank-you note works best the "
                "same day"
            ),
            N_("send it as soon as you can"),
        )
