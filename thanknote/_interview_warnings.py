"""The warnings about a valid interview: what makes its notes weaker without stopping them.

:func:`check_interview` is exported from :mod:`thanknote.load`, beside the
loader whose errors it completes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from thanknote._decision import ACCEPTED_FORMS, is_readable
from thanknote._locales import parse_locale
from thanknote._names import leading_titles
from thanknote.errors import Problem
from thanknote.languages import language_code
from thanknote.model import Interview, Interviewer, Tone

__all__ = ["check_interview"]


def check_interview(
    interview: Interview, *, locale: str | None = None, tone: Tone | None = None
) -> tuple[Problem, ...]:
    """Return the warnings about a valid interview.

    These never stop drafting, but each one makes a note weaker: an
    interviewer with no talking points at all gets a note with nothing
    specific in it, one with only the shared points a note much like the
    others', a point no sentence can hold as written ("small team!! love
    this") a note without it, a point beyond those its note says (three,
    two in a concise note) a note without it, one with no email address a
    draft with no recipient, and a start time whose offset contradicts the
    stated time zone usually means one of the two is wrong.

    Args:
        interview: The interview, as loaded.
        locale: The notes' locale, whose language the points are read in;
            the interview's own, or ``en_US``, when not given.
        tone: The notes' tone, which decides how many points each says;
            the interview's own, or ``warm``, when not given.
    """
    found: list[Problem] = []

    def warn(field: str, message: str) -> None:
        found.append(
            Problem(field=field, message=message, source=interview.source, severity="warning")
        )

    if _looks_unedited(interview):
        warn("", "this looks like the unedited starter file; replace the example values first")
    language = _language(locale or interview.locale)
    for j, point, why in _unplaced(interview.talking_points, language):
        warn(
            f"talking_points[{j}]",
            f"the notes leave out “{point}”{_and_link(interview.links, j)}: {why}",
        )
    strength = interview.candidate.strength
    if strength and (reason := _left_out(strength, language, strength=True)):
        warn("candidate.strength", f"the notes leave out your strength “{strength}”: {reason}")
    for j, link in enumerate(interview.links):
        if link and (reason := _left_out(link, language)):
            warn(f"talking_points[{j}].link", f"the notes leave out your line “{link}”: {reason}")
    said_tone = tone or interview.tone or "warm"  # the builders' default
    for i, person in enumerate(interview.interviewers):
        for j, link in enumerate(person.links):
            if link and (reason := _left_out(link, language)):
                warn(
                    f"interviewers[{i}].talking_points[{j}].link",
                    f"the note to {person.name} leaves out your line “{link}”: {reason}",
                )
        if interview.tone == "formal" and not person.honorific and not leading_titles(person.name):
            warn(
                f"interviewers[{i}].honorific",
                f"no honorific for {person.name}, so a formal note cannot greet them by "
                "title and family name (it uses their first name, or a greeting without a "
                "name where the language has no neutral one); give the one they use (such "
                "as Ms., Mr. or Dr.) for the greeting a person would write",
            )
        if not person.talking_points and not interview.talking_points:
            warn(
                f"interviewers[{i}].talking_points",
                f"no talking points for {person.name}; the note will have nothing specific "
                "from your conversation",
            )
        elif not person.talking_points:
            warn(
                f"interviewers[{i}].talking_points",
                f"only the shared talking points for {person.name}; add one from your "
                "conversation with them, or their note will read like the others",
            )
        for j, point, why in _unplaced(person.talking_points, language, person):
            warn(
                f"interviewers[{i}].talking_points[{j}]",
                f"the note to {person.name} leaves out “{point}”{_and_link(person.links, j)}: "
                f"{why}",
            )
        for j, point, most in _crowded_out(interview, person, language, said_tone):
            warn(
                f"interviewers[{i}].talking_points[{j}]",
                f"the note to {person.name} leaves out “{point}”: it already says {most} "
                "points, those tied to your own line first; put the ones that matter most "
                "first, or keep fewer",
            )
        if person.email is None:
            warn(
                f"interviewers[{i}].email",
                f"no email address for {person.name}; the .eml draft will have no To: line",
            )
    said = interview.decision_expected
    if isinstance(said, str) and not is_readable(said, language, interview.day):
        warn(
            "interview.decision_expected",
            f"cannot read {said!r}, so the notes do not say when the decision is due and "
            f"`plan` refuses the file; write {ACCEPTED_FORMS}",
        )
    zone = interview.zone
    if zone is not None and isinstance(interview.start, dt.datetime):
        local = interview.start.replace(tzinfo=zone)
        if local.utcoffset() != interview.start.utcoffset():
            warn(
                "interview.start",
                f"offset of {interview.start.isoformat()} differs from {interview.timezone} "
                f"on that day ({local.isoformat()}); check which one is right",
            )
    return tuple(found)


def _and_link(links: tuple[str, ...], j: int) -> str:
    # The line the candidate tied to a point goes wherever the point goes.
    return ", and the line you tied to it," if links and links[j] else ""


def _left_out(words: str, language: str | None, *, strength: bool = False) -> str | None:
    """Why the note leaves out the candidate's own words (a link, a strength), if it does."""
    from thanknote._points import why_own_words_left_out

    if language is None:
        return None
    return why_own_words_left_out(words, language, strength=strength)


def _language(locale: str | None) -> str | None:
    """The language whose pack reads the points, or ``None`` when it has none."""
    from thanknote.languages import known_languages

    try:
        code = language_code(parse_locale(locale or "en_US"))
    except ValueError:
        return None  # drafting names the bad locale; a warning would only repeat it
    return code if code in {pack.code for pack in known_languages()} else None


def _crowded_out(
    interview: Interview, person: Interviewer, language: str | None, tone: str
) -> Iterator[tuple[int, str, int]]:
    """The points a note would say but for its limit: place, words and how many it says."""
    from thanknote._points import MOST_POINTS, PROMISE, UNPLACED, place, said_in_note, with_links

    if language is None:
        return
    names = (person.name, person.first_name, person.last_name)
    places: list[int | None] = []
    points = []
    for j, (point, link) in enumerate(with_links(person.talking_points, person.links)):
        said = place(point, language, names, link=link)
        if said.kind not in (UNPLACED, PROMISE):
            places.append(j)
            points.append(said)
    for point, link in with_links(interview.talking_points, interview.links):
        said = place(point, language, towards_reader=False, link=link)
        if said.kind != UNPLACED and point not in person.talking_points:
            places.append(None)
            points.append(said)
    # A concise note says two points (its templates keep the first two).
    kept = said_in_note(points, 2 if tone == "concise" else MOST_POINTS)
    for k, at in enumerate(places):
        if at is not None and k not in kept:
            yield at, person.talking_points[at], len(kept)


def _unplaced(
    points: tuple[str, ...], language: str | None, person: Interviewer | None = None
) -> Iterator[tuple[int, str, str]]:
    """The points no sentence can hold: their place, their words and why."""
    from thanknote._points import unplaced_points, why_unplaced

    if language is None:
        return
    names = (person.name, person.first_name, person.last_name) if person else ()
    for j in unplaced_points(points, language, names):
        yield j, points[j], why_unplaced(points[j], language, names)


def _looks_unedited(interview: Interview) -> bool:
    from thanknote._starter import STARTER_VALUES

    values = {interview.company, interview.position, interview.candidate.name}
    values |= {p.name for p in interview.interviewers}
    values |= {point for p in interview.interviewers for point in p.talking_points}
    return bool(values & STARTER_VALUES)
