"""Choices of wording a template makes: which sentence of a bank, and how a day is said.

Two people interviewing for the same role and both using thanknote write to
the same hiring manager, so the wording cannot depend only on the
interviewer's place in the panel. Each template slot (the opening thanks, a
sentence about a point, the statement of interest …) picks one of its
alternatives from a hash of the interview's content: the same interview
always gives the same notes, another candidate most likely other ones. The
panel index is added after the hash, so colleagues in one panel still get
different sentences in every slot that has at least as many alternatives as
the panel has members.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable

from babel import Locale
from babel.dates import format_date, format_skeleton

from thanknote._business_days import NO_HOLIDAYS, next_business_day, weekend_days
from thanknote._decision import (
    UnreadablePhraseError,
    counts_days,
    decision_day,
    in_language,
    names_a_day,
    units_written_out,
)
from thanknote._holidays import locale_holidays
from thanknote.errors import InvalidOptionError
from thanknote.languages import language_code, language_pack
from thanknote.model import Interview

__all__ = ["chooser", "decision_by", "decision_when", "on_day"]

_WEEK = 7
_ONE = re.compile(r"(?<!\d)1(?!\d)")
_SHORT_WEEKDAY = re.compile(r"(?<!E)E{1,3}(?!E)")


def chooser(interview: Interview, index: int) -> Callable[[str, int], int]:
    """``choose(slot, n)`` for the note to the ``index``-th interviewer.

    Args:
        interview: Whose content seeds the choice: the candidate, the role
            and the day (not the interviewer, so that a panel shares one
            seed and the index keeps its notes apart).
        index: The interviewer's place in the panel.
    """
    return functools.partial(_choose, _seed(interview), index)


@functools.lru_cache(maxsize=256)
def _seed(interview: Interview) -> bytes:
    person = interview.candidate
    said = "\x1f".join(
        (
            person.name, person.email or "", interview.company, interview.position,
            interview.day.isoformat(), *interview.talking_points,
            *(p for someone in interview.interviewers for p in someone.talking_points),
        )
    )  # fmt: skip
    return hashlib.blake2b(said.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@functools.lru_cache(maxsize=4096)
def _choose(seed: bytes, index: int, slot: str, n: int) -> int:
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise InvalidOptionError("choose", n, f"choose({slot!r}, n) needs a whole number n ≥ 1")
    digest = hashlib.blake2b(seed + str(slot).encode("utf-8", "surrogatepass"), digest_size=8)
    return (int.from_bytes(digest.digest(), "big") + index) % n


@functools.lru_cache(maxsize=1024)
def on_day(day: dt.date, today: dt.date | None, locale: str) -> str:
    """The interview day as a note sent on ``today`` says it, in the locale's language.

    "today" on the day itself; the weekday within the week after (and when
    ``today`` is not known, since notes go out within a day); otherwise the
    date, with the year only when it is not ``today``'s.
    """
    words = language_pack(language_code(locale)).lexicon
    if today is not None and today == day and words.today:
        return words.today
    if today is None or 0 <= (today - day).days < _WEEK:
        if words.on_weekdays:
            return words.on_weekdays[day.weekday()]
        weekday = format_date(day, "EEEE", locale=locale)
        return (words.on_weekday or "{weekday}").format(weekday=weekday)
    skeleton = "MMMMd" if today.year == day.year else "yMMMMd"
    date = format_skeleton(skeleton, day, locale=locale)
    date = _first_day(date, day, words.first_day)
    return (words.on_date or "{date}").format(date=date)


@functools.lru_cache(maxsize=1024)
def decision_by(
    said: str | dt.date | None, day: dt.date, sent: dt.date | None, locale: str
) -> str | None:
    """The day the decision is due, as a note names it ("Friday, December 4").

    A day that falls on the locale's weekend, or on a public holiday of its
    country when the optional ``holidays`` package is installed, moves to the
    next working day.
    ``None`` when nothing was said, when it cannot be read, or when the day
    is already past on the day the note is sent (``sent``; the interview day
    when unknown). The weekday comes first and the year only when it is not
    the sending year, in the locale's own order ("Freitag, 4. Dezember").
    """
    weekend = weekend_days(locale)
    found = locale_holidays(locale)
    # Not "or": a calendar of the holidays package is empty until first asked.
    days_off = NO_HOLIDAYS if found is None else found
    try:
        due = decision_day(said, day, weekend, language_code(locale), holidays=days_off)
    except (UnreadablePhraseError, InvalidOptionError):
        return None
    if due is not None:
        # "in ten days" from a Thursday: nobody decides on a Sunday, or on Christmas Day
        due = next_business_day(due, weekend, days_off)
    sent = sent or day
    if due is None or due <= sent:
        return None
    text = format_date(due, _full_weekday(locale, due.year == sent.year), locale=locale)
    words = language_pack(language_code(locale)).lexicon
    text = _first_day(text, due, words.first_day)
    return text


@functools.lru_cache(maxsize=1024)
def decision_when(
    said: str | dt.date | None, day: dt.date, sent: dt.date | None, locale: str
) -> str | None:
    """When the decision is due, as an adverbial a sentence can end on.

    A time the interviewer named (a date, a weekday, a day of a month) or
    counted out ("a week", "10 business days") is the day, in the pack's
    ``[decision] by_date`` frame ("by Friday, December 4"). A vaguer one is
    repeated as it was said ("early next week", "before Christmas", "Anfang
    Dezember"): turning it into a date would promise a day nobody named.
    That needs the words to open as an adverbial does in the note's language
    (``said_openers``) and the note to go out within a day of the interview,
    while "next week" still means the same week.
    ``None`` otherwise, and whenever :func:`decision_by` is.
    """
    by = decision_by(said, day, sent, locale)
    if by is None:
        return None
    code = language_code(locale)
    words = language_pack(code).lexicon
    if isinstance(said, dt.date):
        return (words.decision_by_date or "{date}").format(date=by)
    phrase = _TRAILING_MARKS.sub("", " ".join(str(said).split()))
    head, _, aside = phrase.partition(", ")
    if aside and not any(c.isdigit() for c in aside):
        # "Ende nächste Woche, er ruft an": what follows the time is an
        # aside of the writer's, not part of it ("by Friday, December 4" is).
        phrase = head
    first = phrase.split(" ", 1)[0].split("-", 1)[0].casefold()  # "mid-December"
    elided = re.match(r"\w+['’]", first)  # "all'inizio di dicembre"
    recent = sent is None or (sent - day).days <= 1
    openers = _folded(words.decision_said_openers)
    # The opener is a common word ("Early", "A principios"), never a name.
    as_said = recent and (first in openers or (elided is not None and elided.group() in openers))
    if code != "en" and not in_language(phrase, code) and counts_days(phrase, code):
        # "a week" in a Spanish note: its "a" opens Spanish adverbials too,
        # but the phrase is English, and its last day is a day nobody named.
        return None
    if code == "en":
        phrase = units_written_out(phrase)  # "within 2 wks" is notes-speak in a letter
    if first in _folded(words.decision_said_nouns):
        said_as = phrase[:1].upper() + phrase[1:]  # "Anfang Dezember": a noun keeps its capital
    else:
        said_as = phrase[:1].lower() + phrase[1:]
    if as_said and counts_days(phrase, code):
        return said_as  # "within two weeks", not its last day
    if counts_days(phrase, code) and _approximate(phrase, words.decision_approximate):
        # "a week or so": its last day would be a day nobody named.
        opener = words.decision_count_opener
        return f"{opener} {said_as}" if recent and opener else None
    if names_a_day(phrase, code):
        return (words.decision_by_date or "{date}").format(date=by)
    return said_as if as_said else None


_TRAILING_MARKS = re.compile(r"[\s.!;,:…]+$")


def _approximate(phrase: str, markers: tuple[str, ...]) -> bool:
    words = re.findall(r"[\w'’]+", phrase.casefold())
    folded = " " + " ".join(words) + " "
    return any(f" {marker.casefold()} " in folded for marker in markers)


@functools.lru_cache(maxsize=64)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _first_day(text: str, day: dt.date, first: str | None) -> str:
    # The first of the month as the language writes it in a date ("1er décembre").
    return _ONE.sub(first, text, count=1) if day.day == 1 and first else text


@functools.lru_cache(maxsize=64)
def _full_weekday(locale: str, same_year: bool) -> str:
    # The locale's pattern for a weekday and a date, with the weekday spelt
    # out: Babel's skeletons give "Fri, November 27" where a letter says
    # "Friday, November 27".
    skeleton = "MMMMEd" if same_year else "yMMMMEd"
    pattern = Locale.parse(locale).datetime_skeletons[skeleton].pattern
    return _SHORT_WEEKDAY.sub("EEEE", pattern)
