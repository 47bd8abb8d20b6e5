"""The follow-up planner: when to send, when to follow up, how, and when to stop.

:func:`plan_follow_up` is a pure function of the interview, the moment the
plan is made and the replies received so far. Its rules, each a value of
:class:`FollowUpPolicy` that a host may change:

* Write the notes as soon as the interview ends, then set them aside for an
  hour and reread them (``review_delay``).
* Send each thank-you from one hour to 24 hours after the interview ends
  (``thank_you_within``), inside the recipient's sending hours
  (``send_hours``, on business days); when no such hours fall in that day,
  the next business morning.
* Follow up by email on the first business day after the stated decision
  time has passed, never on it or before; without a stated time, after
  ``default_wait`` business days. By default not on the first day of the
  working week (``avoid_week_start``), when inboxes are fullest. One
  follow-up (``max_follow_ups``), then stop.
* Offer a call instead only to someone who agreed to one and gave a number,
  between 10 and 11 in their time zone (``call_hours``).
* A reply cancels the follow-ups still pending; a rejection adds a gracious
  reply (``reply_within``).

Business days come from the locale's weekend (Babel); time arithmetic uses
:mod:`zoneinfo`, so windows stay right across daylight-saving changes.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Iterator

import attrs

from thanknote._business_days import (
    add_business_days,
    is_business_day,
    next_business_day,
    weekend_days,
)
from thanknote._decision import ACCEPTED_FORMS, UnreadablePhraseError, decision_day
from thanknote._i18n import N_, translate
from thanknote.errors import InvalidInterviewError, InvalidOptionError, Problem
from thanknote.languages import language_code, resolve_locale
from thanknote.load import parse_locale
from thanknote.model import Interview, Interviewer, Plan, Reply, Step, StepKind

__all__ = ["FollowUpPolicy", "plan_follow_up"]

_ORDER: dict[StepKind, int] = {
    "draft": 0, "review": 1, "thank_you": 2, "follow_up_email": 3, "follow_up_call": 4,
    "reply_to_decision": 5,
}  # fmt: skip


def _hours(value: tuple[int, int]) -> tuple[int, int]:
    start, end = value
    if not 0 <= start < end <= 24:
        raise ValueError(f"hours must satisfy 0 <= start < end <= 24, got {value}")
    return (start, end)


@attrs.frozen(kw_only=True)
class FollowUpPolicy:
    """The rules behind every date of a plan; change any of them per host.

    Attributes:
        review_delay: How long the drafts rest before the reread.
        thank_you_within: Latest send time after the interview's end.
        send_hours: Local hours (start, end) in which to send a note.
        default_wait: Business days to wait when no decision time was given.
        avoid_week_start: Move a follow-up off the first day of the working
            week (Monday in most locales).
        email_hours: Local hours for the follow-up email.
        call_hours: Local hours for a follow-up call.
        max_follow_ups: How many follow-ups at most; then the plan stops.
        follow_up_gap: Business days between follow-ups, if more than one.
        reply_within: How soon to answer a rejection.
        assumed_end_hour: When only the interview's date is known, the hour
            it is taken to have ended.
    """

    review_delay: dt.timedelta = dt.timedelta(hours=1)
    thank_you_within: dt.timedelta = dt.timedelta(hours=24)
    send_hours: tuple[int, int] = attrs.field(default=(8, 20), converter=_hours)
    default_wait: int = attrs.field(default=7, validator=attrs.validators.ge(1))
    avoid_week_start: bool = True
    email_hours: tuple[int, int] = attrs.field(default=(9, 12), converter=_hours)
    call_hours: tuple[int, int] = attrs.field(default=(10, 11), converter=_hours)
    max_follow_ups: int = attrs.field(default=1, validator=attrs.validators.ge(0))
    follow_up_gap: int = attrs.field(default=5, validator=attrs.validators.ge(1))
    reply_within: dt.timedelta = dt.timedelta(hours=48)
    assumed_end_hour: int = 17


def plan_follow_up(
    interview: Interview,
    *,
    now: dt.datetime,
    policy: FollowUpPolicy | None = None,
    replies: Iterable[Reply] = (),
    locale: str | None = None,
    fallback: str | None = None,
) -> Plan:
    """Plan the thank-you notes and the follow-up for an interview.

    Args:
        interview: The interview, as returned by ``load_interview``.
        now: When the plan is made; must be timezone-aware. It is recorded
            in the plan (and in calendar exports); it never moves a date.
        policy: The rules; defaults to :class:`FollowUpPolicy`.
        replies: What came back from the employer so far.
        locale: For the weekend and the wording of reasons; defaults to the
            interview's locale, then ``en_US``.
        fallback: Language for the reasons when the locale's language has no
            language pack (``"en"``); the country's weekend still counts.

    Returns:
        A :class:`~thanknote.Plan` with its steps sorted by start.

    Raises:
        InvalidOptionError: ``now`` (or a reply time) is naive, or the
            locale is unknown.
        InvalidInterviewError: ``decision_expected`` cannot be read.
        UnsupportedLanguageError: No language pack for the locale's language,
            and no fallback.
    """
    if not isinstance(now, dt.datetime):
        raise InvalidOptionError("now", now, "expected a timezone-aware datetime")
    if now.utcoffset() is None:
        raise InvalidOptionError("now", now, "must be timezone-aware")
    try:
        return _plan(interview, now, policy, replies, locale, fallback)
    except OverflowError:
        raise InvalidOptionError(
            "dates", interview.start, "a date of this plan falls outside the calendar's range"
        ) from None


def _plan(
    interview: Interview,
    now: dt.datetime,
    policy: FollowUpPolicy | None,
    replies: Iterable[Reply],
    locale: str | None,
    fallback: str | None = None,
) -> Plan:
    rules = policy if policy is not None else FollowUpPolicy()
    try:
        tag = parse_locale(locale or interview.locale or "en_US")
    except ValueError as err:
        raise InvalidOptionError("locale", locale, str(err)) from None
    tag = resolve_locale(tag, fallback)
    planner = _Planner(interview, rules, tag)
    steps = list(planner.thank_you_steps())
    decision = planner.decision()
    follow_ups = list(planner.follow_up_steps(decision))
    received = sorted(replies, key=lambda r: r.at)
    names = [p.name for p in interview.interviewers]
    for reply in received:
        if reply.sender is not None and reply.sender not in names:
            raise InvalidOptionError(
                "replies",
                reply.sender,
                f"{reply.sender!r} is not in the interview ({', '.join(names)})",
            )
        follow_ups = [s for s in follow_ups if s.start < reply.at]
        if reply.kind == "rejection":
            steps.append(planner.rejection_reply(reply))
    steps += follow_ups
    steps.sort(key=lambda s: (s.start, _ORDER[s.kind], _index(interview, s.recipient)))
    first = next((s for s in follow_ups if s.kind == "follow_up_email"), None)
    return Plan(
        interview=interview,
        now=now,
        locale=tag,
        steps=tuple(steps),
        decision_day=decision,
        follow_up_day=first.start.date() if first else None,
    )


def _index(interview: Interview, person: Interviewer | None) -> int:
    return -1 if person is None else interview.interviewers.index(person)


class _Planner:
    def __init__(self, interview: Interview, policy: FollowUpPolicy, locale: str) -> None:
        self.interview = interview
        self.policy = policy
        self.locale = locale
        self.weekend = weekend_days(locale)
        self.zone = _zone_of(interview)
        self.end = self._end()

    # -- when the interview ended ------------------------------------------------

    def _end(self) -> dt.datetime:
        interview = self.interview
        if isinstance(interview.end, dt.datetime):
            return interview.end.astimezone(self.zone)
        if isinstance(interview.start, dt.datetime):
            return (interview.start + dt.timedelta(hours=1)).astimezone(self.zone)
        day = interview.end or interview.start
        return dt.datetime.combine(day, dt.time(self.policy.assumed_end_hour), self.zone)

    def zone_of(self, person: Interviewer | None) -> dt.tzinfo:
        if person is not None and person.timezone:
            return zoneinfo.ZoneInfo(person.timezone)
        return self.zone

    # -- thank-you notes -----------------------------------------------------------

    def thank_you_steps(self) -> Iterator[Step]:
        rules = self.policy
        written = self.end + rules.review_delay
        yield Step(
            kind="draft",
            start=self.end,
            end=written,
            channel=None,
            recipient=None,
            template=None,
            reason=self._(
                "Write the notes as soon as the interview ends, {when}, while the "
                "details are fresh.",
                when=_when(self.end, self.locale),
            ),
        )
        yield Step(
            kind="review",
            start=written,
            end=written + dt.timedelta(hours=1),
            channel=None,
            recipient=None,
            template=None,
            reason=self._(
                "Set the drafts aside for an hour, then reread each one with fresh eyes from "
                "{when} before anything is sent.",
                when=_when(written, self.locale),
            ),
        )
        deadline = self.end + rules.thank_you_within
        for person in self.interview.interviewers:
            zone = self.zone_of(person)
            window = self._send_window(written, deadline, zone)
            card = not person.email
            late = window[0] >= deadline
            yield Step(
                kind="thank_you",
                start=window[0],
                end=window[1],
                channel="card" if card else "email",
                recipient=person,
                template="card" if card else "thank_you",
                reason=self._thank_you_reason(person, window, late, card),
            )

    def _send_window(
        self, earliest: dt.datetime, deadline: dt.datetime, zone: dt.tzinfo
    ) -> tuple[dt.datetime, dt.datetime]:
        """The first stretch of sending hours in ``[earliest, deadline]``, or the next morning."""
        start_hour, end_hour = self.policy.send_hours
        day = earliest.astimezone(zone).date()
        for _ in range(14):
            if is_business_day(day, self.weekend):
                opens = _at(day, start_hour, zone)
                closes = _at(day, end_hour, zone)
                begin, finish = max(opens, earliest), min(closes, deadline)
                if begin < finish:
                    return begin.astimezone(zone), finish.astimezone(zone)
                if opens >= deadline:
                    # Nothing fits within the day after the interview: the next
                    # business morning is the first polite moment.
                    return opens, min(closes, opens + dt.timedelta(hours=4))
            day += dt.timedelta(days=1)
        return earliest, deadline  # pragma: no cover - two weeks without a business day

    def _thank_you_reason(
        self,
        person: Interviewer,
        window: tuple[dt.datetime, dt.datetime],
        late: bool,
        card: bool,
    ) -> str:
        params = {
            "name": person.name,
            "when": _span(window[0], window[1], self.locale),
            "zone": _zone_name(window[0]),
        }
        if card and late:
            message = N_(
                "Mail a handwritten card to {name} {when} ({zone}): the first day after the "
                "interview falls outside working hours, so the next business morning is the "
                "earliest polite moment."
            )
        elif late:
            message = N_(
                "Send the thank-you note to {name} {when} ({zone}): the first day after the "
                "interview falls outside working hours, so the next business morning is the "
                "earliest polite moment."
            )
        elif card:
            message = N_(
                "Mail a handwritten card to {name} {when} ({zone}): not within the first hour, "
                "so you can reread it, and within a day, while the conversation is fresh."
            )
        else:
            message = N_(
                "Send the thank-you note to {name} {when} ({zone}): not within the first hour, "
                "so you can reread it, and within a day, while the conversation is fresh."
            )
        return self._(message, **params)

    def _(self, message: str, /, **params: object) -> str:
        return translate(self.locale, message, **params)

    # -- the decision and the follow-up --------------------------------------------

    def decision(self) -> dt.date | None:
        said = self.interview.decision_expected
        try:
            due = decision_day(said, self.interview.day, self.weekend, language_code(self.locale))
            if due is not None and due < self.interview.day:
                raise UnreadablePhraseError(said)  # a decision before the interview
            return due
        except UnreadablePhraseError:
            raise InvalidInterviewError(
                [
                    Problem(
                        field="interview.decision_expected",
                        message=f"cannot read {said!r}; write {ACCEPTED_FORMS}",
                        source=self.interview.source,
                    )
                ],
                self.interview.source,
            ) from None

    def recipient(self) -> Interviewer:
        people = self.interview.interviewers
        return next((p for p in people if p.hiring_manager), people[0])

    def follow_up_steps(self, decision: dt.date | None) -> Iterator[Step]:
        rules = self.policy
        if rules.max_follow_ups == 0:
            return
        person = self.recipient()
        zone = self.zone_of(person)
        passed = decision or add_business_days(self.interview.day, rules.default_wait, self.weekend)
        # The decision time has passed only once its last day is over where
        # the interview took place, whatever the recipient's clock says.
        earliest = _at(passed + dt.timedelta(days=1), 0, self.zone)
        day = self._polite_day(passed + dt.timedelta(days=1))
        for count in range(rules.max_follow_ups):
            start, end, day = self._window_on(day, rules.email_hours, zone, earliest)
            yield Step(
                kind="follow_up_email",
                start=start,
                end=end,
                channel="email",
                recipient=person,
                template="follow_up",
                reason=self._follow_up_reason(person, decision, passed, start, count),
            )
            if person.may_call and person.phone:
                call_start, call_end, _ = self._window_on(day, rules.call_hours, zone, earliest)
                yield Step(
                    kind="follow_up_call",
                    start=call_start,
                    end=call_end,
                    channel="phone",
                    recipient=person,
                    template=None,
                    optional=True,
                    reason=self._(
                        "Instead of the email, you may call {name} {when} ({zone}): they said "
                        "a call was welcome, and mid-morning is when people are most likely "
                        "at their desk.",
                        name=person.name,
                        when=_span(call_start, call_end, self.locale),
                        zone=_zone_name(call_start),
                    ),
                )
            day = self._polite_day(add_business_days(day, rules.follow_up_gap, self.weekend))

    def _polite_day(self, day: dt.date) -> dt.date:
        day = next_business_day(day, self.weekend)
        if self.policy.avoid_week_start and _starts_week(day, self.weekend):
            day = next_business_day(day + dt.timedelta(days=1), self.weekend)
        return day

    def _window_on(
        self, day: dt.date, hours: tuple[int, int], zone: dt.tzinfo, earliest: dt.datetime
    ) -> tuple[dt.datetime, dt.datetime, dt.date]:
        """The hours window on ``day`` (or the next business day) that starts after ``earliest``."""
        while _at(day, hours[0], zone) < earliest or not is_business_day(day, self.weekend):
            day = next_business_day(day + dt.timedelta(days=1), self.weekend)
        return _at(day, hours[0], zone), _at(day, hours[1], zone), day

    def _follow_up_reason(
        self,
        person: Interviewer,
        decision: dt.date | None,
        passed: dt.date,
        start: dt.datetime,
        count: int,
    ) -> str:
        params = {
            "name": person.name,
            "day": _day(start.date(), self.locale),
            "due": _day(passed, self.locale),
            "wait": self.policy.default_wait,
            "said": self.interview.decision_expected,
        }
        if count:
            return self._(
                "If nothing has come back, email {name} once more on {day} to restate your "
                "interest; then let it rest.",
                **params,
            )
        if decision is None:
            return self._(
                "No decision time was given, so wait {wait} business days; {day} is the first "
                "polite day to email {name}, restate your interest and ask whether they need "
                "anything more from you.",
                **params,
            )
        if isinstance(self.interview.decision_expected, str):
            return self._(
                "You were told “{said}”, so the decision is due by {due}; {day} is the first "
                "polite day after it to email {name}, restate your interest and ask whether "
                "they need anything more from you.",
                **params,
            )
        return self._(
            "The decision was expected by {due}; {day} is the first polite day after it to "
            "email {name}, restate your interest and ask whether they need anything more "
            "from you.",
            **params,
        )

    # -- replies -------------------------------------------------------------------------

    def rejection_reply(self, reply: Reply) -> Step:
        people = self.interview.interviewers
        person = next((p for p in people if p.name == reply.sender), self.recipient())
        start = reply.at.astimezone(self.zone_of(person))
        end = start + self.policy.reply_within
        return Step(
            kind="reply_to_decision",
            start=start,
            end=end,
            channel="email",
            recipient=person,
            template="rejection_reply",
            reason=self._(
                "Answer {name} by {when}: thank them, ask to be kept in mind for future "
                "openings, and move on to the next opportunity.",
                name=person.name,
                when=_when(end, self.locale),
            ),
        )


def _zone_of(interview: Interview) -> dt.tzinfo:
    if interview.timezone:
        return zoneinfo.ZoneInfo(interview.timezone)
    if isinstance(interview.start, dt.datetime) and interview.start.tzinfo is not None:
        return interview.start.tzinfo
    return dt.UTC


def _zone_name(moment: dt.datetime) -> str:
    """The time zone a moment is shown in: "America/Chicago", or "UTC-05:00"."""
    key = getattr(moment.tzinfo, "key", None)
    if key:
        return str(key)
    offset = moment.utcoffset() or dt.timedelta(0)
    sign, minutes = (
        ("-" if offset < dt.timedelta(0) else "+"),
        abs(offset) // dt.timedelta(minutes=1),
    )
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _at(day: dt.date, hour: int, zone: dt.tzinfo) -> dt.datetime:
    if hour == 24:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), zone)
    return dt.datetime.combine(day, dt.time(hour), zone)


def _starts_week(day: dt.date, weekend: frozenset[int]) -> bool:
    """Whether ``day`` is the first business day after the weekend."""
    return (day.weekday() - 1) % 7 in weekend


def _day(day: dt.date, locale: str) -> str:
    from babel.dates import format_date

    return format_date(day, "full", locale=locale)


def _when(moment: dt.datetime, locale: str) -> str:
    from babel.dates import format_time

    return translate(
        locale,
        N_("{day} at {time}"),
        day=_day(moment.date(), locale),
        time=format_time(moment, "short", locale=locale),
    )


def _span(start: dt.datetime, end: dt.datetime, locale: str) -> str:
    from babel.dates import format_time

    first = format_time(start, "short", locale=locale)
    last = format_time(end, "short", locale=locale)
    if start.date() == end.date():
        return translate(
            locale, N_("on {day} between {first} and {last}"), day=_day(start.date(), locale),
            first=first, last=last,
        )  # fmt: skip
    return translate(
        locale,
        N_("between {first} and {last}"),
        first=_when(start, locale),
        last=_when(end, locale),
    )
