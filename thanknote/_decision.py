"""Reading what the interviewer said about the decision's timing.

``decision_expected`` is kept exactly as the user wrote it; this module turns
it into the day by which the decision should have been made, counted from
the interview's day. It reads a date, an ISO 8601 duration (``P7D``,
``P2W``, ``P1M``) and plain English: "a week", "2 weeks", "ten days",
"10 business days", "two to three weeks" (the longer end counts), "by
Friday", "next Tuesday", "end of the week", "end of the month", "within a
month", "within 48 hours", "mid-December", "early next month", "first week
of December", "by the 5th", "December 4" — and the same kinds of phrases in
every language pack ("eine Woche", "Anfang Dezember", "innerhalb von zwei
Wochen", "sous quinze jours", "d'ici la fin du mois", "a principios de
diciembre"). Vague answers ("soon", "ASAP", "not sure", "zeitnah") mean no
stated time. Jotted forms are read too: hedges ("or so", "max", "~"), short
units ("2 wks"), "a week or two", "Monday or Tuesday" (the later day), "the
week of December 7", an ISO week ("KW 50"), and talk before the time
("should know by Friday"), never past a negation.

With a holiday calendar that names its days (see :mod:`thanknote._holidays`),
a phrase may name a holiday: "after Thanksgiving" is due at the end of the
working week that follows it, "before Easter" on the last working day before
it. Business days skip the calendar's holidays as well as the weekend.

Readings that pick a day: "early" a month is its 10th, "mid" its 15th, "late"
or "end" its last day; "the Nth week" of a month is the week holding its
(7N-3)th day, as ISO 8601 counts weeks, and is due on that week's last working
day; "the 5th" is the next 5th after the interview; N hours are the N/24 days
they reach into, rounded up.

A wait is at most two years (:data:`LONGEST_WAIT`): "3000000 business days"
is refused at once, like any unreadable phrase, instead of being counted out.
A month and day ("February 29") is the next such date on or after the
interview's day, and must exist in that year.

Kept whole: every phrase reader here counts with the same working days and
calendar helpers; it is one grammar, read from the top down.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Container, Iterator

from thanknote._business_days import (
    NO_HOLIDAYS,
    add_business_days,
    is_business_day,
    next_business_day,
)
from thanknote._holidays import named_dates

__all__ = [
    "ACCEPTED_FORMS",
    "ANY_HOLIDAY",
    "LONGEST_WAIT",
    "MAX_COUNTS",
    "UnreadablePhraseError",
    "decision_day",
    "is_readable",
    "names_a_day",
    "units_written_out",
]

ACCEPTED_FORMS = (
    "a date (2026-12-01), an ISO 8601 duration (P7D, P2W, P1M) or a phrase such as "
    "'a week', '2 weeks', 'ten days', '10 business days', 'within 48 hours', 'by Friday', "
    "'next Tuesday', 'end of the month', 'within a month', 'mid-December', "
    "'early next month', 'first week of December', 'by the 5th', or a public holiday "
    "of the plan's calendar such as 'after Thanksgiving'"
)

LONGEST_WAIT = dt.timedelta(days=731)
"""The longest wait a relative phrase or duration may state: two years."""

MAX_COUNTS: dict[str, int] = {
    "business": 520, "working": 520, "day": 731, "fortnight": 52, "week": 104, "month": 24,
    "hour": 731 * 24,
}  # fmt: skip
"""The largest count of each unit a phrase may state (about two years), checked
before anything is counted, so that a huge number is refused at once."""

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2,
    "a couple": 2, "couple of": 2, "couple": 2, "a few": 3, "few": 3, "a day or": 2,
}  # fmt: skip
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_VAGUE = frozenset(
    {"soon", "shortly", "asap", "as soon as possible", "quickly", "unknown", "tbd", "tba", "tbc",
     "soonish", "in due course", "not sure", "unsure", "unclear", "no idea", "none", "n/a",
     "no timeline", "no timeline given", "no date", "no date given", "not given", "not said",
     "didn't say", "did not say", "to be confirmed", "to be decided", "later", "undecided"}
)  # fmt: skip
_FILLER = re.compile(
    r"\b(?:about|around|roughly|approximately|approx\.?|maybe|probably|hopefully|ideally|in|"
    r"within|by|after|over|the|next few|up to|sometime|some time|of|decision|expected|they said"
    r"|or so|give or take|at the latest|at most|max|tops|or sooner|if not sooner)\b"
)
# Notes-speak and hedges, put the way the readers below expect: "2 wks",
# "~2 weeks", "ASAP-ish", "within the next two weeks", "a week or two".
# Units jotted short, written out in the number they take: "2 wks", "1 wk",
# "48h", "~10 days". Read here, and said back by a note that repeats the phrase.
_UNITS = (
    (re.compile(r"(?<=\d)\s*wks\b|\bwks\b"), " weeks"),
    (re.compile(r"(?<=\d)\s*wk\b|\bwk\b"), " week"),
    (re.compile(r"(?<=\d)\s*(?:hrs|h)\b|\bhrs\b"), " hours"),
    (re.compile(r"(?<=\d)\s*hr\b|\bhr\b"), " hour"),
    (re.compile(r"(?<=\d)\s*(?:mos|mths)\b|\b(?:mos|mths)\b"), " months"),
    (re.compile(r"(?<=\d)\s*(?:mo|mth)\b|\bmth\b"), " month"),
    (re.compile(r"(?<=\d)\s*(?:d|dys?)\b"), " days"),
    (re.compile(r"\s*~\s*"), " about "),
)
_SHORT_UNITS = (
    # "KW 51", "CW 3", "Kalenderwoche 2": a week as ISO 8601 numbers it
    (re.compile(r"\b(?:kw|cw|calendar week|kalenderwoche)\s*\.?\s*(\d{1,2})\b"), r"isoweek \1"),
    (re.compile(r"^(?:in\s+)?(?:the\s+)?new year$"), "early january"),
    (re.compile(r"-ish\b|(?<=\d)ish\b"), ""),
    # "the next two weeks", "the coming 10 days": a count from now
    (
        re.compile(
            r"\b(?:the\s+)?(?:next|coming|following)\s+(?=(?:\d+|a couple|couple|a few|few|"
            r"two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen)\b)"
        ),
        "",
    ),
    # "the coming weeks", "the next few weeks": a few of them
    (re.compile(r"\b(?:the\s+)?(?:coming|next|following)\s+(days|weeks|months)\b"), r"a few \1"),
    # "a week or two", "one month or two": the longer end counts, as in "1 to 2 weeks"
    (
        re.compile(r"\b(a|an|one|\d+)\s+(day|week|month)s?\s+or\s+(two|three|\d+)\b"),
        r"\1 to \3 \2s",
    ),
    (re.compile(r"\bfirst half (?:of )?"), "mid "),
    (re.compile(r"\bsecond half (?:of )?"), "end "),
    (
        re.compile(
            r"\b(early|mid|late|end|beginning|start)\s+(?:of\s+)?(?:in\s+)?(?:the\s+)?new year\b"
        ),
        r"\1 january",
    ),
)
# Words that turn what follows around: a phrase is never read past them.
_NEGATIONS = frozenset(
    {"not", "no", "never", "nicht", "kein", "keine", "pas", "non", "nunca", "não", "nem", "ni",
     "nie", "jamais"}
)  # fmt: skip
_TIME_WORDS = frozenset(
    {*_WEEKDAYS, *_MONTHS, *(w for k in _NUMBERS for w in k.split()), "early", "mid", "late", "end",
     "beginning", "start", "middle", "next", "this", "last", "first", "second", "third", "fourth",
     "week", "weeks", "day", "days", "month", "months", "year", "business", "working", "hours",
     "fortnight", "before", "until", "till", "after", "isoweek", "good", "easter", "christmas"}
)  # fmt: skip
_LEAD_WORDS = 6  # "they hope to decide within 10 days": at most this many go
_NUMBER = (
    r"(\d+|a couple of|a couple|couple of|couple|a few|few|a day or|an|a|"
    + "|".join(sorted((k for k in _NUMBERS if " " not in k and len(k) > 1), key=len, reverse=True))
    + ")"
)
_SPAN = re.compile(
    rf"^(?:{_NUMBER}\s*(?:-|to|or)\s*)?{_NUMBER}\s+"
    r"(business days?|working days?|days?|weeks?|fortnights?|months?|hours?)$"
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "last": -1}  # fmt: skip
_PART = {"early": 10, "beginning": 10, "start": 10, "mid": 15, "middle": 15}
_WEEK_OF = re.compile(r"(\w+)\s+week\s+(\w+|next month|this month)")
_PART_OF = re.compile(r"(early|beginning|start|mid|middle|late|end)\s+(\w+|next month|this month)")
_DAY_OF_MONTH = re.compile(r"(?:day\s+)?(\d{1,2})(?:st|nd|rd|th|er|º|ª)?")
_NAMED = re.compile(r"(after|before|by|until|till|up to)\s+(?:the\s+)?([^\W\d_][^\d]{1,60})")


class _AnyHoliday:
    """A calendar without holidays that takes any name for one, for checks at load time.

    Which holidays count is known only when a plan is made (``--holidays
    DE-BY``), so a file naming one is read then; until then, the phrase's
    shape is enough.
    """

    def __contains__(self, day: object) -> bool:
        return False


ANY_HOLIDAY: Container[dt.date] = _AnyHoliday()
"""A stand-in calendar under which "after <any name>" is readable."""
_ISO_DURATION = re.compile(r"^p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?$")


# An answer in another language is read by turning its words into the English
# ones above, with the words of that language's pack: whole phrases first,
# then word by word (see docs/language-packs.md, [decision]).


@functools.lru_cache(maxsize=32)
def _translator(
    code: str,
) -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str] | None, dict[str, str]]:
    """A pack's phrases (longest first), its range pattern and its words, with Babel's calendar."""
    from babel import Locale, UnknownLocaleError

    from thanknote.languages import language_pack

    words = language_pack(code).lexicon
    phrases = tuple(
        (_whole(foreign), english)
        for foreign, english in sorted(words.decision_phrases.items(), key=lambda kv: -len(kv[0]))
    )
    ranges = "|".join(re.escape(r) for r in words.decision_ranges)
    between = re.compile(rf"\b(\d+|[^\W\d_]+)\s+(?:{ranges})\s+(?=\S+\s+\S)") if ranges else None
    table: dict[str, str] = {}
    try:
        local, english = Locale.parse(code), Locale("en")
    except (UnknownLocaleError, ValueError):
        local = None
    for kind in ("days", "months") if local is not None else ():
        for width in ("abbreviated", "wide"):
            for key, name in getattr(local, kind)["format"][width].items():
                target = getattr(english, kind)["format"]["wide"][key].lower()
                table[name.lower().rstrip(".")] = target
    # The pack's own words come last and win: "dez" is ten in Portuguese
    # though "dez." is December, "sept" seven in French though "sept." is September.
    table.update(words.decision_words)
    return phrases, between, table


def _whole(phrase: str) -> re.Pattern[str]:
    # A phrase matches whole words only: "a fine" must not match inside "la
    # fine". Where it starts or ends with a space, that space is the boundary.
    before = r"(?<!\w)" if phrase[:1].isalnum() else ""
    after = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return re.compile(before + re.escape(phrase) + after)


def _to_english(phrase: str, code: str) -> str:
    phrases, between, table = _translator(code)
    for foreign, english in phrases:
        phrase = foreign.sub(english, phrase)
    if between is not None:
        phrase = between.sub(r"\1 to ", phrase)
    return " ".join(w for w in (table.get(word, word) for word in phrase.split()) if w)


def in_language(value: str, code: str) -> bool:
    """Whether the phrase has a word of the language whose pack reads it.

    "una semana" and "entro una settimana" do; "a week" in a Spanish or an
    Italian interview does not, though its "a" is also their word: no
    word of it reads otherwise in English, so a note must not repeat it.
    """
    raw = _folded_phrase(value).replace(",", " ")
    phrases, _, table = _translator(code)
    if any(foreign.search(raw) for foreign, _ in phrases):
        return True
    return any(table.get(word, word) not in ("", word) for word in raw.split())


def _languages(first: str | None) -> Iterator[str]:
    """The interview's language first, if it has a pack; then every other one."""
    from thanknote.languages import iter_language_codes, known_languages

    if first and first in {pack.code for pack in known_languages()}:
        yield first
    yield from (code for code in iter_language_codes() if code != first)


class UnreadablePhraseError(ValueError):
    """The phrase matches none of the accepted forms."""


class ImpossibleDayError(UnreadablePhraseError):
    """The phrase is read, but names no day a plan can hold.

    A date no calendar has ("February 29" in 2027, "2026-02-30") or a wait
    past the longest one a phrase may state ("1000000 weeks", two years):
    a mistake in the file rather than words no reader knows.
    """


def decision_day(
    value: str | dt.date | None,
    day: dt.date,
    weekend: frozenset[int],
    language: str | None = None,
    *,
    holidays: Container[dt.date] = NO_HOLIDAYS,
) -> dt.date | None:
    """The day by which the decision is due, or ``None`` when no time was given.

    Args:
        value: ``decision_expected`` as written.
        day: The interview's day.
        weekend: Weekday numbers of the weekend, for business days.
        language: The interview's language, whose words are tried first;
            the other packs' words are tried after it.
        holidays: Dates that are not business days either. A mapping of
            dates to names also lets the phrase name a holiday ("after
            Thanksgiving").

    Raises:
        UnreadablePhraseError: The phrase is in none of the accepted forms.
    """
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return _read(value, day, _Days(weekend, holidays), language)
    except (OverflowError, ValueError) as err:
        if isinstance(err, UnreadablePhraseError):
            raise
        raise ImpossibleDayError(value) from None  # "1000000 weeks": past the calendar


class _Days:
    """Which days are worked: the weekend and the holidays, read together."""

    __slots__ = ("holidays", "weekend")

    def __init__(self, weekend: frozenset[int], holidays: Container[dt.date]) -> None:
        self.weekend = weekend
        self.holidays = holidays

    def works(self, day: dt.date) -> bool:
        return is_business_day(day, self.weekend, self.holidays)

    def add(self, day: dt.date, count: int) -> dt.date:
        return add_business_days(day, count, self.weekend, self.holidays)

    def next(self, day: dt.date) -> dt.date:
        return next_business_day(day, self.weekend, self.holidays)


_ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# "11.12." and "11.12.2026": a European date, day first.
_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})?(?![\d.])")
# "4/12" and "4/12/2026": a date written day first with slashes, as every
# language with a pack but English writes it ("até o dia 4/12"); English
# ones are left to the other readings, as "12/4" is a different day in the
# US and in Britain.
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
# "am 11. Dezember": the full stop of an ordinal day; "l'11 dicembre": an elided article.
_ORDINAL_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(?=\s+[^\W\d_])")
_ELIDED = re.compile(r"(?<![\w])l['’](?=\d)")


def _dates_written_out(raw: str, language: str | None = None) -> str:
    def dotted(found: re.Match[str]) -> str:
        day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return found.group()
        return f"{_ENGLISH_MONTHS[month - 1]} {day}" + (f" {year}" if year else "")

    raw = _DOTTED_DATE.sub(dotted, raw)
    if language is not None and language != "en":
        raw = _SLASHED_DATE.sub(dotted, raw)
    return _ELIDED.sub("", _ORDINAL_DOT.sub(r"\1", raw))


def _read(value: str, day: dt.date, days: _Days, language: str | None = None) -> dt.date | None:
    raw = " ".join(value.strip().lower().replace("‑", "-").split())
    raw = _dates_written_out(raw, language).rstrip(".")
    if raw in _VAGUE:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise ImpossibleDayError(raw) from None
    duration = _ISO_DURATION.fullmatch(raw)
    if duration and raw != "p":
        years, months, weeks, count = (int(g or 0) for g in duration.groups())
        if 12 * years + months > MAX_COUNTS["month"] or 7 * weeks + count > MAX_COUNTS["day"]:
            raise ImpossibleDayError(raw)  # "P3000000D": past any sane wait
        due = _add_months(day, 12 * years + months) + dt.timedelta(weeks=weeks, days=count)
        if due - day > LONGEST_WAIT:
            raise ImpossibleDayError(raw)
        return due
    phrase = _plain(raw)
    if phrase in _VAGUE:
        return None
    found = _relative(phrase, day, days)
    said, plain = [raw], [phrase]
    for code in () if found is not None else _languages(language):
        english = _to_english(raw.replace(",", " "), code)
        said.append(english)
        plain.append(_plain(english))
        if plain[-1] in _VAGUE:
            return None  # "zeitnah", "a breve": no time was given
        found = _relative(plain[-1], day, days)
        if found is not None:
            break
    # A holiday's name is tried last: "before Christmas" is the pack's
    # December 23 whatever the calendar, and a name is looked up only when
    # nothing else reads the phrase.
    for text in said if found is None else ():
        found = _holiday_phrase(text, day, days)
        if found is not None:
            break
    # Only then is talk around the time left out ("should know by Friday"),
    # before it or after it ("within two weeks, once references are back").
    for text in plain if found is None else ():
        found = _tail(text, day, days)
        if found is not None:
            break
    if found is None:
        head = _head(raw, day, days, language)
        if head is _NO_TIME:
            return None  # "soon, once references are back"
        found = head if isinstance(head, dt.date) else None
    if found is None:
        raise UnreadablePhraseError(raw)
    return found


def units_written_out(phrase: str) -> str:
    """The phrase with its units written out ("within 2 wks" → "within 2 weeks")."""
    for short, said in _UNITS:
        phrase = short.sub(said, phrase)
    return " ".join(phrase.split())


_MONTH_NAMES = "|".join(_ENGLISH_MONTHS)
# "Friday, December 4", "viernes 4 de diciembre": the weekday of a date goes,
# so the date is read, not the next such weekday.
_WEEKDAY_OF_DATE = re.compile(
    rf"\b(?:{'|'.join(n.lower() for n in calendar.day_name)}),?\s+(?:the\s+)?"
    rf"(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b|(?:{_MONTH_NAMES})\s+\d)"
)


def _plain(phrase: str) -> str:
    """The phrase with its notes-speak written out and its hedges and filler gone."""
    phrase = _WEEKDAY_OF_DATE.sub("", units_written_out(phrase))
    for pattern, said in _SHORT_UNITS:
        phrase = pattern.sub(said, phrase)
    return " ".join(_FILLER.sub(" ", phrase).split())


def _tail(phrase: str, day: dt.date, days: _Days) -> dt.date | None:
    """The phrase read whole, or else from a later word on.

    "they hope to decide within 10 days", "should know by Friday": what comes
    before the time is talk around it. Never past a negation ("not before
    March" is no "March").
    """
    either = phrase.split(" or ")
    if len(either) == 2:
        # "Monday or Tuesday", "this week or early next week": the later one
        read = [_relative(side, day, days) for side in either]
        return None if None in read else max(d for d in read if d is not None)
    words = phrase.split()
    for start in range(1, min(len(words), _LEAD_WORDS + 1)):
        left = words[start - 1]
        if left in _NEGATIONS or left in _TIME_WORDS or not left.isalpha():
            return None  # "February 29" is no "29", "not before March" no "March"
        found = _relative(" ".join(words[start:]), day, days)
        if found is not None:
            return found
    return None


_NO_TIME = object()  # a head that says no time was given ("soon, …")


def _head(raw: str, day: dt.date, days: _Days, language: str | None) -> object:
    """The time at the start of the phrase, read without the condition after it.

    "within the next two weeks, once references are back", "early next week,
    probably Tuesday", "in zwei Wochen, wenn alle Gespräche geführt sind":
    cut at a comma or before a word that opens a condition, the time is read
    as it was said. Never past a negation ("March, not before").
    """
    words = raw.replace(",", " ,").split()
    if any(word in _NEGATIONS for word in words):
        return None
    cuts = [i for i, word in enumerate(words) if i and (word == "," or word in _CONDITIONS)]
    for end in reversed(cuts):
        head = " ".join(w for w in words[:end] if w != ",")
        try:
            found = _read(head, day, days, language)
        except UnreadablePhraseError:
            continue
        return _NO_TIME if found is None else found
    return None


# Words that open a condition on a time already said ("… once references are back").
_CONDITIONS = frozenset(
    {"once", "when", "if", "assuming", "pending", "depending", "provided", "unless", "after",
     "but", "because", "since", "though", "although", "probably", "hopefully", "maybe",
     "wenn", "sobald", "falls", "sofern", "nachdem", "weil", "quand", "lorsque", "dès",
     "cuando", "quando", "appena", "assim", "depois", "dopo", "porque", "parce", "perché"}
)  # fmt: skip


def names_a_day(value: str, language: str | None = None) -> bool:
    """Whether the phrase names a day or counts one out.

    "a week", "10 business days", "P2W", "by Friday", "tomorrow", "December
    4", "am 4.12.": each gives a day a note may name ("by Tuesday, December
    1"). A vaguer time ("early next week", "before Christmas", "end of the
    month") does not, even where the planner reads it as a day.
    """
    raw = _folded_phrase(value)
    if (_ISO_DURATION.fullmatch(raw) and raw != "p") or _NUMERIC_DATE.search(raw):
        return True
    for code, phrase in _readings(raw, language):
        if phrase in _COUNTED or _SPAN.fullmatch(phrase):
            return True
        # Word by word only: a pack's phrases turn vague times into days
        # ("early next week" → "next tuesday") for the planner's sake.
        words = raw.replace(",", " ").split()
        if code is not None:
            table = _translator(code)[2]
            words = [table.get(word, word) for word in words]
        if "after" in words:
            return False  # "after December 10": the day the decision is not due by
        if any(w in _WEEKDAYS or w == "tomorrow" for w in words):
            return True
        if any(w in _MONTHS for w in words) and any(_DAY_NUMBER.fullmatch(w) for w in words):
            return True
    return False


def counts_days(value: str, language: str | None = None) -> bool:
    """Whether the phrase counts days out ("within two weeks", "in 10 business days").

    Such a phrase gives the planner a day, but a note sent soon after the
    interview repeats it as said: "by Wednesday, December 16" for "within
    two weeks" would promise a day the interviewer never named.
    """
    return any(
        phrase in _COUNTED - {"tomorrow"} or _SPAN.fullmatch(phrase)
        for _, phrase in _readings(_folded_phrase(value), language)
    )


def _folded_phrase(value: str) -> str:
    return " ".join(value.strip().lower().split()).rstrip(".")


def _readings(raw: str, language: str | None) -> Iterator[tuple[str | None, str]]:
    """The phrase read as English, then in the note's own language, without filler.

    Only those two: other packs' words would misread it ("do" is Thursday
    in German, "di" Tuesday).
    """
    from thanknote.languages import known_languages

    known = {pack.code for pack in known_languages()}
    for code in (None, *([language] if language in known else [])):
        english = raw if code is None else _to_english(raw.replace(",", " "), code)
        yield code, _plain(english)


_COUNTED = frozenset(
    {"a day", "one day", "week", "a week", "one week", "month", "a month", "one month",
     "fortnight", "a fortnight", "tomorrow"}
)  # fmt: skip
_NUMERIC_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|(?<!\d)\d{1,2}[./]\d{1,2}(?:[./]|\b)")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?")


def _relative(phrase: str, day: dt.date, days: _Days) -> dt.date | None:
    if phrase in ("tomorrow", "a day", "one day"):
        return day + dt.timedelta(days=1)
    if phrase in ("week", "a week", "one week"):
        return day + dt.timedelta(weeks=1)
    if phrase in ("month", "a month", "one month"):
        return _add_months(day, 1)
    if phrase in ("fortnight", "a fortnight"):
        return day + dt.timedelta(weeks=2)
    if phrase in ("hour", "an hour", "a hour", "one hour"):
        return day + dt.timedelta(days=1)
    span = _SPAN.fullmatch(phrase)
    if span:
        # "two to three weeks" and "three to two weeks" both wait the longer time.
        count = max(_count(span.group(2)), _count(span.group(1)) if span.group(1) else 0)
        unit = span.group(3)
        if count > next(most for key, most in MAX_COUNTS.items() if unit.startswith(key)):
            # Refused before counting: "3000000 business days" would take seconds.
            raise ImpossibleDayError(phrase)
        if unit.startswith(("business", "working")):
            return days.add(day, count)
        if unit.startswith("day"):
            return day + dt.timedelta(days=count)
        if unit.startswith("hour"):
            return day + dt.timedelta(days=-(-count // 24))  # 30 hours reach into day two
        if unit.startswith("fortnight"):
            return day + dt.timedelta(weeks=2 * count)
        if unit.startswith("week"):
            return day + dt.timedelta(weeks=count)
        return _add_months(day, count)
    return _calendar_phrase(phrase, day, days)


def _calendar_phrase(phrase: str, day: dt.date, days: _Days) -> dt.date | None:
    words = phrase.split()
    if len(words) == 2 and words[0] in _WEEKDAYS and words[1] == "next":
        return _next_weekday(day, _WEEKDAYS[words[0]])  # "mardi prochain", "martes que viene"
    said_day = words and words[-1] in _WEEKDAYS
    if said_day and (len(words) == 1 or (len(words) == 2 and words[0] in ("next", "on", "this"))):
        return _next_weekday(day, _WEEKDAYS[words[-1]])
    if len(words) == 3 and words[0] in _WEEKDAYS and words[1:] == ["next", "week"]:
        # "Friday next week": that weekday in the week after this one
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=1)
        return monday + dt.timedelta(days=_WEEKDAYS[words[0]])
    if phrase in ("end week", "end of week", "end this week", "this week", "week's end"):
        return _end_of_week(day, days)
    if phrase in ("end next week", "next week"):
        return _end_of_week(day + dt.timedelta(weeks=1), days)
    if phrase in ("end month", "end this month", "month's end", "this month"):
        return (
            _end_of_month(day) if _end_of_month(day) > day else _end_of_month(_add_months(day, 1))
        )
    if phrase in ("end next month", "next month"):
        return _end_of_month(_add_months(day, 1))
    if phrase in ("end year", "year end", "end this year", "year's end", "eoy"):
        year_end = dt.date(day.year, 12, 31)
        return year_end if year_end > day else year_end.replace(year=day.year + 1)
    if len(words) == 2 and words[0] == "isoweek":
        return _iso_week(int(words[1]), day, days)
    if len(words) > 1 and words[0] == "week":
        # "the week of December 14": due when that week's work ends
        named = _relative(" ".join(words[1:]), day, days)
        return None if named is None else _end_of_week(named, days)
    return _month_phrase(phrase.replace("-", " "), day, days)


def _month_phrase(phrase: str, day: dt.date, days: _Days) -> dt.date | None:
    if phrase in _MONTHS:
        # "in January", "by February", "entro febbraio": some time in that
        # month, so not due before it ends
        first = _first_of(phrase, day)
        return None if first is None else _end_of_month(first)
    part = _PART_OF.fullmatch(phrase)
    if part:
        first = _first_of(part.group(2), day)
        if first is not None:
            last = calendar.monthrange(first.year, first.month)[1]
            return first.replace(day=_PART.get(part.group(1), last))
    week = _WEEK_OF.fullmatch(phrase)
    if week and week.group(1) in _ORDINALS:
        return _week_of_month(_ORDINALS[week.group(1)], week.group(2), day, days)
    of_month = _DAY_OF_MONTH.fullmatch(phrase)
    if of_month:
        return _next_day_of_month(day, int(of_month.group(1)))
    exact = re.fullmatch(
        r"(\w+)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(\w+)", phrase
    )
    if exact:
        name = exact.group(1) or exact.group(4)
        number = int(exact.group(2) or exact.group(3))
        if name in _MONTHS and 1 <= number <= 31:
            try:
                return _upcoming(day, _MONTHS[name], number)
            except ValueError:
                # "February 29" in a year without one, "April 31"
                raise ImpossibleDayError(exact.group()) from None
    return None


def _first_of(month: str, day: dt.date) -> dt.date | None:
    """The first day of the month a phrase names: "december", "next month", "this month"."""
    if month == "next month":
        return _add_months(day.replace(day=1), 1)
    if month == "this month":
        return day.replace(day=1)
    if month in _MONTHS:
        # "end of November" said on November 24 is this November's end.
        if _MONTHS[month] == day.month:
            return day.replace(day=1)
        return _upcoming(day, _MONTHS[month], 1)
    return None


def _week_of_month(ordinal: int, month: str, day: dt.date, days: _Days) -> dt.date | None:
    """The last working day of a month's Nth week ("first week of December")."""
    if month in _MONTHS:
        this_year = dt.date(day.year, _MONTHS[month], 1)
        starts: tuple[dt.date, ...] = (this_year, this_year.replace(year=day.year + 1))
    else:
        first = _first_of(month, day)
        starts = () if first is None else (first,)
    for start in starts:
        last = start.replace(day=calendar.monthrange(start.year, start.month)[1])
        # The week holding the month's 4th day is its first, as ISO 8601
        # counts the year's weeks: most of that week's days are in the month.
        if ordinal > 0:
            anchor = start + dt.timedelta(days=3 + 7 * (ordinal - 1))
        else:
            anchor = last - dt.timedelta(days=3)
        monday = anchor - dt.timedelta(days=anchor.weekday())
        due = _end_of_week(days.next(monday), days)
        if due >= day:
            return due
    return None


def _next_day_of_month(day: dt.date, number: int) -> dt.date | None:
    """The first date after ``day`` that is the ``number``th of its month ("by the 5th")."""
    if not 1 <= number <= 31:
        return None
    month = day.replace(day=1)
    for _ in range(13):
        if number <= calendar.monthrange(month.year, month.month)[1]:
            candidate = month.replace(day=number)
            if candidate > day:
                return candidate
        month = _add_months(month, 1)
    return None  # pragma: no cover - every day number up to 31 occurs within a year


def _holiday_phrase(text: str, day: dt.date, days: _Days) -> dt.date | None:
    """A date for "after <holiday>" or "before <holiday>" from the calendar's names, or None."""
    named = _NAMED.fullmatch(" ".join(text.replace(",", " ").split()))
    if named is None:
        return None
    if isinstance(days.holidays, _AnyHoliday):
        return day + dt.timedelta(days=1)
    after = named.group(1) == "after"
    dates = named_dates(days.holidays, named.group(2), range(day.year, day.year + 2))
    while dates:
        first = dates[0]
        # One holiday may span days (Easter Sunday and Monday, the two days
        # of Christmas): "after" counts from the last of them.
        group = [d for d in dates if d - first <= dt.timedelta(days=3)]
        if after:
            due = _end_of_week(days.next(group[-1] + dt.timedelta(days=1)), days)
        else:
            due = first - dt.timedelta(days=1)
            while not days.works(due) and due > day:
                due -= dt.timedelta(days=1)
        if due >= day:
            return due
        dates = dates[len(group) :]
    return None


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text]


def _next_weekday(day: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - day.weekday()) % 7 or 7
    return day + dt.timedelta(days=ahead)


def _end_of_week(day: dt.date, days: _Days) -> dt.date:
    """The last business day before the coming weekend (or ``day`` if it is that day).

    A holiday inside the week does not end it: with Wednesday off, the end of
    the week is still Friday; with Friday off, it is Thursday.
    """
    current = day
    for _ in range(6):
        if (current + dt.timedelta(days=1)).weekday() in days.weekend:
            break
        current += dt.timedelta(days=1)
    while current > day and not days.works(current):
        current -= dt.timedelta(days=1)
    return current


def _iso_week(number: int, day: dt.date, days: _Days) -> dt.date | None:
    """The end of the working week ISO 8601 numbers so, this year or, once past, the next."""
    for year in (day.year, day.year + 1):
        try:
            monday = dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            continue  # no week 53 that year
        end = _end_of_week(monday, days)
        if end >= day:
            return end
    return None


def _end_of_month(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _upcoming(day: dt.date, month: int, number: int) -> dt.date:
    """The next date with that month and day, on or after ``day``.

    The year is chosen first, then the date is checked in it: "February 29"
    said in January 2028 is 2028-02-29, said in January 2027 it does not
    exist (:class:`ValueError`).
    """
    year = day.year if (month, number) >= (day.month, day.day) else day.year + 1
    return dt.date(year, month, number)


def names_no_day(value: str, language: str | None = None, day: dt.date | None = None) -> bool:
    """Whether ``value`` is read but names a day no plan can hold (checked at load time).

    "February 29" in a year without one, "2026-02-30", "1000000 weeks": a
    mistake the file must not keep, unlike words no reader knows, which the
    notes leave out (see :func:`thanknote.check_interview`).
    """
    return isinstance(_reading_error(value, language, day, ANY_HOLIDAY), ImpossibleDayError)


def is_readable(
    value: str | dt.date,
    language: str | None = None,
    day: dt.date | None = None,
    *,
    holidays: Container[dt.date] = ANY_HOLIDAY,
) -> bool:
    """Whether ``value`` is in one of the accepted forms (checked at load time).

    Args:
        value: ``decision_expected`` as written.
        language: The interview's language, whose words are tried first.
        day: The interview's day, when known: "February 29" is then checked
            in the year it falls in. Without it, a leap year starting on a
            Monday (2024) is used, so that no month and day is refused for
            want of a year.
        holidays: The calendar holiday names are looked up in; by default
            any name is taken, as the calendar is chosen when a plan is made.
    """
    return _reading_error(value, language, day, holidays) is None


def _reading_error(
    value: str | dt.date, language: str | None, day: dt.date | None, holidays: Container[dt.date]
) -> UnreadablePhraseError | None:
    # Read on the interview's day, or in a leap year starting on a Monday
    # (2024), so that no month and day is refused for want of a year.
    try:
        decision_day(
            value, day or dt.date(2024, 1, 1), frozenset({5, 6}), language, holidays=holidays
        )
    except UnreadablePhraseError as err:
        return err
    return None
