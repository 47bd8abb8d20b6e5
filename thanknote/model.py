"""The value objects thanknote works on: who, where, when, and the notes.

All records are frozen, keyword-only attrs classes with tuples for sequences,
so they are hashable, picklable and safe to share between threads. They hold
already-parsed data; turning a TOML table or a JSON object into them, with
error messages that name the field, is the job of :mod:`thanknote.load`.

Kept whole: the records refer to one another and share their validators, and
a reader finds every field of every record in one file.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
import zoneinfo
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from thanknote import _hooks, _names
from thanknote._address import is_email
from thanknote._deferred import Deferred
from thanknote._header import text_problem
from thanknote._kinds import (
    FORMATS,
    KINDS,
    REPLY_KINDS,
    TONES,
    Format,
    NoteKind,
    ReplyKind,
    Tone,
    strings,
)
from thanknote.errors import InvalidOptionError

__all__ = [
    "ASSUMED_LENGTH",
    "FORMATS",
    "KINDS",
    "REPLY_KINDS",
    "TONES",
    "Candidate",
    "Format",
    "Interview",
    "Interviewer",
    "Note",
    "NoteKind",
    "Plan",
    "Reply",
    "ReplyKind",
    "Step",
    "StepKind",
    "Tone",
    "strings",
]

StepKind = Literal[
    "draft", "review", "thank_you", "follow_up_email", "follow_up_call", "reply_to_decision"
]
Channel = Literal["email", "phone", "card"]
ASSUMED_LENGTH = dt.timedelta(hours=1)
"""How long an interview with a start time but no end time is taken to last.

The one rule for a missing end, used by the planner and by the lint pass's
timing rules alike (see :attr:`Interview.ended`)."""


def _one_line(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    # These values reach email headers: the loader's check, applied to records
    # built by hand too, so that no value can add a header or a recipient.
    if value is not None:
        problem = text_problem(value)
        if problem is not None:
            raise InvalidOptionError(
                attribute.name, value, f"{attribute.name} {problem}: {value!r}"
            )


def _plain_text(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        problem = text_problem(item, header=False)
        if problem is not None:
            raise InvalidOptionError(attribute.name, item, f"{problem}: {item!r}")


def _address(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    _one_line(instance, attribute, value)
    if value is not None and not is_email(value):
        raise InvalidOptionError(attribute.name, value, f"not an email address: {value!r}")


def _non_blank(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        raise InvalidOptionError(attribute.name, value, "must not be blank")
    _one_line(instance, attribute, value)


def _aware_if_datetime(
    instance: object, attribute: attrs.Attribute[Any], value: dt.date | None
) -> None:
    if isinstance(value, dt.datetime) and value.utcoffset() is None:
        raise InvalidOptionError(
            attribute.name, value, f"must be timezone-aware, got {value.isoformat()}"
        )


# The other converters of the sequence fields, beside _kinds.strings.
def _people(items: Iterable[Interviewer]) -> tuple[Interviewer, ...]:
    return tuple(items)


def _steps(items: Iterable[Step]) -> tuple[Step, ...]:
    return tuple(items)


def _one_per_point(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    # Links sit beside the points they belong to, so the two must line up.
    _plain_text(instance, attribute, value)
    if value and len(value) != len(instance.talking_points):
        raise InvalidOptionError(
            attribute.name,
            value,
            f"{len(value)} links for {len(instance.talking_points)} talking points;"
            ' give one per point ("" where there is none), or none',
        )


def _mailbox(name: str, email: str | None) -> str | None:
    # Like email.headerregistry.Address, and unlike email.utils.formataddr,
    # this keeps non-ASCII names readable (encoding them is the job of the
    # message that carries the header), at a fraction of the cost.
    if not email:
        return None
    if any(c in _SPECIALS for c in name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{email}>"


_SPECIALS = frozenset('()<>[]:;@\\,."')


@attrs.frozen(kw_only=True, cache_hash=True)  # the lint pass caches by interview
class Candidate:
    """The person who was interviewed and is writing the notes.

    Attributes:
        name: Full name, as it should appear under the note.
        email: Address the notes are sent from, if known.
        phone: Phone number for the signature, if wanted.
        other_companies: Other employers the candidate is talking to; a
            note that names one of them is flagged by the lint pass.
        strength: One line, in the candidate's own words, on what they bring
            to the job ("I have run two EHR go-lives"); a note uses it when
            no talking point has a link of its own.
    """

    name: str = attrs.field(validator=_non_blank)
    email: str | None = attrs.field(default=None, validator=_address)
    phone: str | None = attrs.field(default=None, validator=_one_line)
    other_companies: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=_plain_text
    )
    strength: str | None = attrs.field(default=None, validator=_one_line)

    @property
    def mailbox(self) -> str | None:
        """``"Name <address>"`` for a From header, or ``None`` without an address."""
        return _mailbox(self.name, self.email)


@attrs.frozen(kw_only=True, cache_hash=True)  # the lint pass caches by interview
class Interviewer:
    """Someone the candidate met, and what to remember about them.

    Attributes:
        name: Full name exactly as the person writes it.
        honorific: Used verbatim ("Dr.", "Ms.", "Frau"). Unless given, the
            titles the name begins with ("Dr Helen Marsh" → "Dr"); never
            guessed from a first name.
        first_name: Given name used in a warm salutation. Derived from
            ``name`` unless given.
        last_name: Family name used after the honorific in a formal
            salutation. Derived from ``name`` unless given.
        title: Job title, such as "Engineering Manager".
        email: Where the note goes.
        phone: For a follow-up call, if one was agreed.
        timezone: IANA time zone key of the interviewer, if it differs from
            the interview's.
        may_call: The interviewer said a call is welcome.
        hiring_manager: This person makes the hiring decision.
        talking_points: What stood out in the conversation with this person.
        links: For each talking point, what it meant to the candidate or what
            they bring to it, in their own words ("I led our Cerner go-live
            in 2023"), or ``""``; empty when no point has one.
    """

    name: str = attrs.field(validator=_non_blank)
    honorific: str | None = attrs.field(
        default=attrs.Factory(lambda self: _names.leading_titles(self.name), takes_self=True),
        validator=_one_line,
    )
    first_name: str = attrs.field(
        default=attrs.Factory(lambda self: _names.first_name(self.name), takes_self=True),
        validator=_one_line,
    )
    last_name: str = attrs.field(
        default=attrs.Factory(lambda self: _names.last_name(self.name), takes_self=True),
        validator=_one_line,
    )
    title: str | None = attrs.field(default=None, validator=_one_line)
    email: str | None = attrs.field(default=None, validator=_address)
    phone: str | None = attrs.field(default=None, validator=_one_line)
    timezone: str | None = attrs.field(default=None, validator=_one_line)
    may_call: bool = False
    hiring_manager: bool = False
    talking_points: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=_plain_text
    )
    links: tuple[str, ...] = attrs.field(default=(), converter=strings, validator=_one_per_point)

    @property
    def mailbox(self) -> str | None:
        """``"Name <address>"`` for a To header, or ``None`` without an address."""
        return _mailbox(self.name, self.email)


@attrs.frozen(kw_only=True, cache_hash=True)  # the lint pass caches by interview
class Interview:
    """One interview (or one round of a panel) and everyone in it.

    Attributes:
        candidate: Who is writing.
        company: The employer, as the company writes its own name.
        position: The job title applied for.
        at_company: The words for "at the company" in the note's language,
            when the bare name does not fit a sentence ("bei den Stadtwerken
            Leipzig", "au Lycée Jean-Moulin"); else the language pack's
            article rules give them.
        start: When the interview began: an aware datetime, or a date.
        end: When it ended, if known; same kind as ``start``.
        timezone: IANA time zone key where the interview took place.
        decision_expected: What was said about the decision's timing, kept
            exactly as given (a phrase, an ISO 8601 duration or a date) for
            the follow-up planner.
        talking_points: Points that came up with everyone, used after each
            interviewer's own.
        links: For each of those points, what it meant to the candidate, or
            ``""`` (see :attr:`Interviewer.links`).
        interviewers: Everyone met, in the order the notes are drafted.
        locale: Locale identifier for the notes (``"en_US"``), if given.
        tone: Default tone for the notes, if given.
        source: The file the interview was loaded from, for messages.
    """

    candidate: Candidate
    company: str = attrs.field(validator=_non_blank)
    position: str = attrs.field(validator=_non_blank)
    at_company: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_non_blank)
    )
    start: dt.date = attrs.field(validator=_aware_if_datetime)
    end: dt.date | None = attrs.field(default=None, validator=_aware_if_datetime)
    timezone: str | None = attrs.field(default=None, validator=_one_line)
    decision_expected: str | dt.date | None = None
    talking_points: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=_plain_text
    )
    links: tuple[str, ...] = attrs.field(default=(), converter=strings, validator=_one_per_point)
    interviewers: tuple[Interviewer, ...] = attrs.field(converter=_people)
    locale: str | None = None
    tone: Tone | None = None
    source: str | None = attrs.field(default=None, eq=False)

    @interviewers.validator
    def _at_least_one(
        self, attribute: attrs.Attribute[Any], value: tuple[Interviewer, ...]
    ) -> None:
        if not value:
            raise InvalidOptionError(
                "interviewers", value, "an interview needs at least one interviewer"
            )

    @property
    def zone(self) -> zoneinfo.ZoneInfo | None:
        """The interview's time zone as a :class:`zoneinfo.ZoneInfo`, if known."""
        return zoneinfo.ZoneInfo(self.timezone) if self.timezone else None

    @property
    def ended(self) -> dt.datetime | None:
        """When the interview ended, as the planner and the lint pass both take it.

        The stated end, else the start plus :data:`ASSUMED_LENGTH` (in real
        time); ``None`` when only days are known.
        """
        if isinstance(self.end, dt.datetime):
            return self.end
        if isinstance(self.start, dt.datetime):
            offset = self.start.utcoffset()
            assert offset is not None  # validated as aware
            utc = (self.start - offset).replace(tzinfo=dt.UTC) + ASSUMED_LENGTH
            return utc.astimezone(self.start.tzinfo)
        return None

    @property
    def lead(self) -> Interviewer:
        """Who a follow-up or a reply to the decision goes to.

        The hiring manager (the first one marked), else the first
        interviewer.
        """
        return next((p for p in self.interviewers if p.hiring_manager), self.interviewers[0])

    @property
    def day(self) -> dt.date:
        """The calendar day of the interview, in the interview's own time zone."""
        if isinstance(self.start, dt.datetime):
            zone = self.zone
            return (self.start.astimezone(zone) if zone else self.start).date()
        return self.start


@attrs.frozen(kw_only=True)
class Note:
    """One drafted note, addressed to one interviewer.

    Attributes:
        kind: What the note is: ``"thank_you"`` (an email), ``"card"``
            (a short handwritten card without subject or HTML),
            ``"follow_up"`` (the email after the decision time) or
            ``"rejection_reply"`` (the answer to a no).
        interviewer: The person the note is for.
        interview: The interview the note belongs to.
        to: ``"Name <address>"`` of the interviewer, or ``None`` without an
            address.
        sender: ``"Name <address>"`` of the candidate, or ``None``.
        subject: The email subject line; ``None`` for a card.
        text: The plain-text body.
        html: The HTML body, or ``None`` for a card. A drafted note renders
            it when it is first read, so a caller that never reads it does
            not pay for it; a template error in it is raised then.
        template: Name of the text template that produced the note; it shows
            which language folder the note came from.
        locale: The locale the note was drafted for.
        tone: The tone the note was drafted in.
        lint_ignore: Rule codes or names the template silences with a
            ``{# thanknote: ignore[CODE, ...] #}`` comment.
    """

    kind: NoteKind
    interviewer: Interviewer
    interview: Interview = attrs.field(repr=False)
    to: str | None = attrs.field(validator=_one_line)
    sender: str | None = attrs.field(validator=_one_line)
    subject: str | None = attrs.field(validator=_one_line)
    text: str
    _html: str | Deferred | None = attrs.field(alias="html")
    template: str
    locale: str
    tone: Tone
    lint_ignore: tuple[str, ...] = attrs.field(default=(), converter=strings)

    @property
    def html(self) -> str | None:
        """The HTML body, or ``None`` for a card (rendered on first read)."""
        html = self._html
        return html.value() if isinstance(html, Deferred) else html

    @functools.cached_property
    def report(self) -> Any:
        """The lint report for this note's text (deprecated).

        .. deprecated:: 0.2.0
            Use ``thanknote.lint(note)``, which returns the same
            :class:`~thanknote.LintReport`.
        """
        # attrs serves a cached property of a slotted class from a generated
        # __getattr__: one frame more between the caller and this line.
        _deprecated("note.report", "thanknote.lint(note)", stacklevel=4)
        return _hooks.NOTE_METHODS["report"](self)

    def to_email(self, sender: str | None = None, *, unsent: bool = True) -> Any:
        """Build an RFC 5322 draft of this note (deprecated).

        .. deprecated:: 0.2.0
            Use ``thanknote.to_email(note, sender=..., unsent=...)``.
        """
        _deprecated("note.to_email()", "thanknote.to_email(note)")
        return _hooks.NOTE_METHODS["to_email"](self, sender, unsent=unsent)

    def mailto(self) -> str:
        """An RFC 6068 ``mailto:`` link that opens this note (deprecated).

        .. deprecated:: 0.2.0
            Use ``thanknote.mailto(note)``.
        """
        _deprecated("note.mailto()", "thanknote.mailto(note)")
        link: str = _hooks.NOTE_METHODS["mailto"](self)
        return link


def _deprecated(old: str, new: str, *, stacklevel: int = 3) -> None:
    # 3: the line that used the old spelling, past the method and this helper.
    warnings.warn(
        f"{old} is deprecated and will be removed in the next release; use {new}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def _one_of(attribute: attrs.Attribute[Any], value: object, allowed: tuple[str, ...]) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise InvalidOptionError(
            attribute.name, value, f"expected one of {', '.join(allowed)}, got {value!r}"
        )


def _aware(instance: object, attribute: attrs.Attribute[Any], value: dt.datetime) -> None:
    if not isinstance(value, dt.datetime):
        raise InvalidOptionError(
            attribute.name, value, f"expected a timezone-aware datetime, got {value!r}"
        )
    if value.utcoffset() is None:
        raise InvalidOptionError(
            attribute.name, value, f"must be timezone-aware, got {value.isoformat()}"
        )


def _optional_name(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidOptionError(attribute.name, value, f"expected a name, got {value!r}")
    _non_blank(instance, attribute, value)


@attrs.frozen(kw_only=True)
class Reply:
    """Something that came back from the employer.

    Attributes:
        kind: ``"answer"`` (any reply), ``"offer"`` or ``"rejection"``.
        at: When it arrived (timezone-aware).
        sender: Name of the interviewer who wrote, if one of the panel.
    """

    kind: ReplyKind = attrs.field(validator=lambda _, a, v: _one_of(a, v, REPLY_KINDS))
    at: dt.datetime = attrs.field(validator=_aware)
    sender: str | None = attrs.field(default=None, validator=_optional_name)


@attrs.frozen(kw_only=True)
class Step:
    """One thing to do, and the window in which to do it.

    Attributes:
        kind: ``"draft"``, ``"review"``, ``"thank_you"``, ``"follow_up_email"``,
            ``"follow_up_call"`` or ``"reply_to_decision"``.
        start: Earliest moment to act (timezone-aware, in the recipient's
            time zone when there is one).
        end: Latest moment to act.
        channel: ``"email"``, ``"phone"`` or ``"card"``; ``None`` for work
            that sends nothing (drafting, reviewing).
        recipient: The interviewer concerned, if any.
        template: The note kind to draft for it, if any.
        optional: An alternative to another step rather than a must.
        reason: One sentence saying why this window, with its dates.
    """

    kind: StepKind
    start: dt.datetime = attrs.field(validator=_aware)
    end: dt.datetime = attrs.field(validator=_aware)
    channel: Channel | None
    recipient: Interviewer | None
    template: NoteKind | None
    optional: bool = False
    reason: str

    @end.validator
    def _after_start(self, attribute: attrs.Attribute[Any], value: dt.datetime) -> None:
        if value < self.start:
            raise InvalidOptionError("end", value, "a step cannot end before it starts")


@attrs.frozen(kw_only=True)
class Plan:
    """When to send, when to follow up, and how.

    Attributes:
        interview: The interview planned for.
        now: The moment the plan was made.
        steps: Every step, sorted by start.
        decision_day: The day by which the decision was said to be due, if
            anything was said.
        follow_up_day: The earliest polite day to follow up, if a follow-up
            is still planned.
        locale: The locale the plan's reasons are worded in.
        notices: What the plan could not take into account, said once each
            in the plan's language (public holidays, when no calendar of
            them was available).
    """

    interview: Interview = attrs.field(repr=False)
    now: dt.datetime = attrs.field(validator=_aware)
    locale: str | None = None
    steps: tuple[Step, ...] = attrs.field(converter=_steps)
    decision_day: dt.date | None = None
    follow_up_day: dt.date | None = None
    notices: tuple[str, ...] = attrs.field(default=(), converter=strings)

    @property
    def upcoming(self) -> tuple[Step, ...]:
        """Steps whose window has not closed at ``now``."""
        return tuple(step for step in self.steps if step.end > self.now)
