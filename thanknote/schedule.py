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
  reply to whoever sent it, due ``reply_within`` later counted on working
  days only (a rejection on a Friday is answered by Tuesday, not Sunday), and
  cancels the thank-you notes not yet due to go out.

Business days come from the locale's weekend (Babel) and public holidays
(``FollowUpPolicy.holidays``: by default those of the locale's country when
the optional ``holidays`` package is installed; without it the plan carries a
notice that holidays were not considered), judged on the local date of the
person a step concerns: a follow-up to Tokyo is never on a Tokyo
Monday. Time arithmetic is done in real (UTC) time and then shown in the
person's zone with :mod:`zoneinfo`, so across a daylight-saving change "an
hour" is sixty real minutes, 24 hours are 24 real hours, and no window starts
at a local time that does not exist.

An interview whose end is not given is taken to last :data:`ASSUMED_LENGTH`
(one hour) from its start; one given only as a day, to end at
``FollowUpPolicy.assumed_end_hour``.

Kept whole: the policy, its checks and the planner that reads it change
together, and the time helpers below the planner exist only for its steps;
split, the planner would reach into the private checks of a policy module.
"""

from __future__ import annotations

import datetime as dt
import typing
import zoneinfo
from collections.abc import Container, Iterable, Iterator, Sequence
from typing import cast

import attrs

from thanknote._business_days import (
    add_business_days,
    is_business_day,
    next_business_day,
    weekend_days,
)
from thanknote._decision import (
    ACCEPTED_FORMS,
    LONGEST_WAIT,
    MAX_COUNTS,
    UnreadablePhraseError,
    decision_day,
)
from thanknote._holidays import holidays_installed, locale_holidays
from thanknote._i18n import N_, translate
from thanknote._locales import parse_locale
from thanknote.errors import InvalidInterviewError, InvalidOptionError, Problem
from thanknote.languages import language_code, resolve_locale
from thanknote.model import (
    ASSUMED_LENGTH,
    Interview,
    Interviewer,
    Plan,
    Reply,
    ReplyKind,
    Step,
    StepKind,
)

__all__ = ["ASSUMED_LENGTH", "FollowUpPolicy", "check_reply", "interview_end", "plan_follow_up"]


MAX_FOLLOW_UPS = 12
"""The most follow-ups a policy may ask for."""

_REPLY_KINDS: frozenset[str] = frozenset(typing.get_args(ReplyKind))

_ORDER: dict[StepKind, int] = {
    "draft": 0, "review": 1, "thank_you": 2, "follow_up_email": 3, "follow_up_call": 4,
    "reply_to_decision": 5,
}  # fmt: skip


def _pair(value: Sequence[int]) -> tuple[int, int]:
    # A list from a configuration file becomes a tuple; anything else is left
    # for _check_policy to refuse with the field's name.
    if isinstance(value, list | tuple) and len(value) == 2:
        return (value[0], value[1])
    return cast("tuple[int, int]", value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_policy(policy: FollowUpPolicy) -> None:
    """Refuse a policy value the planner cannot use, naming the field.

    Raises:
        InvalidOptionError: The first field found wrong.
    """
    for name in ("send_hours", "email_hours", "call_hours"):
        hours = getattr(policy, name)
        if not (
            isinstance(hours, tuple)
            and len(hours) == 2
            and all(_is_int(h) for h in hours)
            and 0 <= hours[0] < hours[1] <= 24
        ):
            raise InvalidOptionError(
                name, hours, "expected (start, end) hours with 0 <= start < end <= 24"
            )
    counts = {
        "default_wait": (1, MAX_COUNTS["business"]),
        "follow_up_gap": (1, MAX_COUNTS["business"]),
        "max_follow_ups": (0, MAX_FOLLOW_UPS),
        "assumed_end_hour": (0, 23),
    }
    for name, (low, high) in counts.items():
        value = getattr(policy, name)
        if not (_is_int(value) and low <= value <= high):
            raise InvalidOptionError(name, value, f"expected a whole number from {low} to {high}")
    for name in ("review_delay", "thank_you_within", "reply_within"):
        value = getattr(policy, name)
        least = "0" if name == "review_delay" else "more than 0"
        if not (
            isinstance(value, dt.timedelta)
            and (value >= dt.timedelta(0) if name == "review_delay" else value > dt.timedelta(0))
            and value <= LONGEST_WAIT
        ):
            raise InvalidOptionError(
                name, value, f"expected a timedelta of {least} and at most {LONGEST_WAIT.days} days"
            )
    if policy.review_delay >= policy.thank_you_within:
        raise InvalidOptionError(
            "review_delay", policy.review_delay, "must be shorter than thank_you_within"
        )
    if not isinstance(policy.avoid_week_start, bool):
        raise InvalidOptionError("avoid_week_start", policy.avoid_week_start, "expected a bool")
    days_off = policy.holidays
    if days_off is not None and (
        not isinstance(days_off, Container) or isinstance(days_off, str | bytes)
    ):
        raise InvalidOptionError(
            "holidays",
            days_off,
            "expected a container of dates (a set, a holidays.HolidayBase), or None",
        )


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
            it is taken to have ended. (With a start time but no end, the
            interview is taken to last :data:`ASSUMED_LENGTH`.)
        holidays: Dates that are not working days, besides the weekend: any
            container that supports ``date in holidays`` (a set, a
            ``holidays.HolidayBase``, :func:`~thanknote.public_holidays`).
            A mapping of dates to names also lets a decision time name a
            holiday ("after Thanksgiving"). ``None``, the default, takes the
            locale's country's holidays when the optional ``holidays``
            package is installed; an empty set counts weekends only.

    Raises:
        InvalidOptionError: A value is out of range (hours outside 0-24 or
            not increasing, counts below their minimum or above about two
            years' worth, a negative or longer than two years delay, more
            than :data:`MAX_FOLLOW_UPS` follow-ups); ``option`` names the field.
    """

    review_delay: dt.timedelta = dt.timedelta(hours=1)
    thank_you_within: dt.timedelta = dt.timedelta(hours=24)
    send_hours: tuple[int, int] = attrs.field(default=(8, 20), converter=_pair)
    default_wait: int = 7
    avoid_week_start: bool = True
    email_hours: tuple[int, int] = attrs.field(default=(9, 12), converter=_pair)
    call_hours: tuple[int, int] = attrs.field(default=(10, 11), converter=_pair)
    max_follow_ups: int = 1
    follow_up_gap: int = 5
    reply_within: dt.timedelta = dt.timedelta(hours=48)
    assumed_end_hour: int = 17
    # Not hashed: a holidays.HolidayBase is a dict.
    holidays: Container[dt.date] | None = attrs.field(default=None, hash=False)

    def __attrs_post_init__(self) -> None:
        _check_policy(self)


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
        InvalidOptionError: ``now`` is naive; a reply is not a
            :class:`~thanknote.Reply`, has an unknown kind, a naive time, a
            time before the interview or a sender outside the panel; a policy
            value is out of range; or the locale is unknown. ``option`` names
            the field (``"replies.kind"``, ``"send_hours"``...).
        InvalidInterviewError: ``decision_expected`` cannot be read.
        UnsupportedLanguageError: No language pack for the locale's language,
            and no fallback.
    """
    if not isinstance(now, dt.datetime):
        raise InvalidOptionError("now", now, "expected a timezone-aware datetime")
    if now.utcoffset() is None:
        raise InvalidOptionError("now", now, "must be timezone-aware")
    if policy is not None:
        if not isinstance(policy, FollowUpPolicy):
            raise InvalidOptionError("policy", policy, "expected a FollowUpPolicy")
        _check_policy(policy)  # again: attrs validators can be switched off
    try:
        return _plan(interview, now, policy, tuple(replies), locale, fallback)
    except OverflowError:
        raise InvalidOptionError(
            "dates", interview.start, "a date of this plan falls outside the calendar's range"
        ) from None


def check_reply(reply: Reply, interview: Interview, *, field: str = "replies") -> None:
    """Refuse a reply the planner cannot place, as :func:`plan_follow_up` does.

    The command line checks each reply it is given with this too, so that a
    reply is judged the same way whichever way it comes in.

    Args:
        reply: The reply to check.
        interview: The interview it answers.
        field: How the error names the reply ("replies", "--rejected").

    Raises:
        InvalidOptionError: Not a :class:`~thanknote.Reply`, an unknown kind,
            a naive time, a time before the interview began, or a sender
            outside the panel; ``option`` is ``field`` and the reply's field
            ("replies.at").
    """
    _check_replies((reply,), interview, _interview_began(interview), field)


def _check_replies(
    replies: tuple[Reply, ...], interview: Interview, began: dt.datetime, field: str = "replies"
) -> None:
    """Refuse a reply the planner cannot place, naming its field."""
    names = [p.name for p in interview.interviewers]
    for reply in replies:
        if not isinstance(reply, Reply):
            raise InvalidOptionError(field, reply, "expected a thanknote.Reply")
        if reply.kind not in _REPLY_KINDS:
            raise InvalidOptionError(
                f"{field}.kind", reply.kind, f"expected one of {', '.join(sorted(_REPLY_KINDS))}"
            )
        if not isinstance(reply.at, dt.datetime) or reply.at.utcoffset() is None:
            raise InvalidOptionError(f"{field}.at", reply.at, "must be a timezone-aware datetime")
        if _utc(reply.at) < _utc(began):
            raise InvalidOptionError(
                f"{field}.at",
                reply.at,
                f"{reply.at.isoformat()} is before the interview began ({began.isoformat()})",
            )
        if reply.sender is not None and reply.sender not in names:
            raise InvalidOptionError(
                f"{field}.sender",
                reply.sender,
                f"{reply.sender!r} is not in the interview ({', '.join(names)})",
            )


def _plan(
    interview: Interview,
    now: dt.datetime,
    policy: FollowUpPolicy | None,
    replies: tuple[Reply, ...],
    locale: str | None,
    fallback: str | None = None,
) -> Plan:
    rules = policy if policy is not None else FollowUpPolicy()
    try:
        asked = parse_locale(locale or interview.locale or "en_US")
    except ValueError as err:
        raise InvalidOptionError("locale", locale, str(err)) from None
    tag = resolve_locale(asked, fallback)
    # The weekend is the asked-for locale's, even when the reasons are written
    # in the fallback language: "he" with fallback "en" keeps Israel's week.
    notices: list[str] = []
    days_off = rules.holidays
    if days_off is None:
        days_off = locale_holidays(asked)
        if days_off is None:
            notices.append(_no_holidays_notice(tag, asked))
    planner = _Planner(interview, rules, tag, weekend_days(asked), days_off)
    _check_replies(replies, interview, planner.began)
    steps = list(planner.thank_you_steps())
    decision = planner.decision()
    follow_ups = list(planner.follow_up_steps(decision))
    for reply in sorted(replies, key=lambda r: _utc(r.at)):
        follow_ups = [s for s in follow_ups if _utc(s.start) < _utc(reply.at)]
        if reply.kind == "rejection":
            # Nothing is thanked for after a no: notes not yet due are
            # dropped, one already due closes when the rejection arrives.
            steps = [_until(s, reply.at) for s in steps if _utc(s.start) < _utc(reply.at)]
            steps.append(planner.rejection_reply(reply))
    steps += follow_ups
    steps.sort(key=lambda s: (_utc(s.start), _ORDER[s.kind], _index(interview, s.recipient)))
    first = next((s for s in follow_ups if s.kind == "follow_up_email"), None)
    return Plan(
        interview=interview,
        now=now,
        locale=tag,
        steps=tuple(steps),
        decision_day=decision,
        follow_up_day=first.start.date() if first else None,
        notices=tuple(notices),
    )


def _index(interview: Interview, person: Interviewer | None) -> int:
    return -1 if person is None else interview.interviewers.index(person)


def interview_end(interview: Interview, policy: FollowUpPolicy | None = None) -> dt.datetime:
    """When the interview ended, as the planner takes it, in the interview's zone.

    The stated end; else the start plus :data:`ASSUMED_LENGTH` (real time);
    else, for an interview known only by its day, ``policy.assumed_end_hour``
    on that day (the last day, when an end day is given).
    """
    zone = _zone_of(interview)
    ended = interview.ended  # the lint pass's timing rules read the same
    if ended is not None:
        return _local(ended, zone)
    hour = (policy or FollowUpPolicy()).assumed_end_hour
    return _at(interview.end or interview.start, hour, zone)


def _interview_began(interview: Interview) -> dt.datetime:
    """When the interview began; for a day without a time, that day's first moment."""
    zone = _zone_of(interview)
    if isinstance(interview.start, dt.datetime):
        return _local(interview.start, zone)
    return _at(interview.start, 0, zone)


class _Planner:
    def __init__(
        self,
        interview: Interview,
        policy: FollowUpPolicy,
        locale: str,
        weekend: frozenset[int] | None = None,
        holidays: Container[dt.date] | None = None,
    ) -> None:
        self.interview = interview
        self.policy = policy
        self.locale = locale
        self.weekend = weekend if weekend is not None else weekend_days(locale)
        self.holidays: Container[dt.date] = holidays if holidays is not None else frozenset()
        self.zone = _zone_of(interview)
        self.began = _interview_began(interview)
        self.end = interview_end(interview, policy)

    def zone_of(self, person: Interviewer | None) -> dt.tzinfo:
        if person is not None and person.timezone:
            return zoneinfo.ZoneInfo(person.timezone)
        return self.zone

    # -- thank-you notes -----------------------------------------------------------

    def thank_you_steps(self) -> Iterator[Step]:
        rules = self.policy
        written = _later(self.end, rules.review_delay)
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
            end=_later(written, dt.timedelta(hours=1)),
            channel=None,
            recipient=None,
            template=None,
            reason=self._(
                "Set the drafts aside for an hour, then reread each one with fresh eyes from "
                "{when} before anything is sent.",
                when=_when(written, self.locale),
            ),
        )
        deadline = _later(self.end, rules.thank_you_within)
        for person in self.interview.interviewers:
            zone = self.zone_of(person)
            window = self._send_window(written, deadline, zone)
            card = not person.email
            late = _utc(window[0]) >= _utc(deadline)
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
        # Compared in UTC: two times in one zone compare by their wall clocks,
        # which is wrong across a change (01:30 before and after the clocks go back).
        first, last = _utc(earliest), _utc(deadline)
        day = earliest.astimezone(zone).date()
        for _ in range(14):
            if is_business_day(day, self.weekend, self.holidays):
                opens = _utc(_at(day, start_hour, zone))
                closes = _utc(_at(day, end_hour, zone))
                begin, finish = max(opens, first), min(closes, last)
                if begin < finish:
                    return _local(begin, zone), _local(finish, zone)
                if opens >= last:
                    # Nothing fits within the day after the interview: the next
                    # business morning is the first polite moment.
                    latest = min(closes, opens + dt.timedelta(hours=4))
                    return _local(opens, zone), _local(latest, zone)
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

    def _working_later(
        self, start: dt.datetime, delta: dt.timedelta, zone: dt.tzinfo
    ) -> dt.datetime:
        """``start`` plus ``delta``, counting whole days on working days only.

        A moment that lands on a weekend or a holiday moves to the next
        working day at the same local time: 48 hours from Friday 09:00 is
        Tuesday 09:00, and a reply received on a Saturday starts its clock
        on Monday.
        """
        whole, rest = divmod(delta, dt.timedelta(days=1))
        moment = self._on_working_day(_local(start, zone), zone)
        if whole:
            day = add_business_days(moment.date(), whole, self.weekend, self.holidays)
            moment = _local(dt.datetime.combine(day, moment.time(), zone), zone)
        return self._on_working_day(_later(moment, rest), zone)

    def _on_working_day(self, moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
        day = next_business_day(moment.date(), self.weekend, self.holidays)
        if day == moment.date():
            return moment
        return _local(dt.datetime.combine(day, moment.time(), zone), zone)

    def _(self, message: str, /, **params: object) -> str:
        return translate(self.locale, message, **params)

    # -- the decision and the follow-up --------------------------------------------

    def decision(self) -> dt.date | None:
        said = self.interview.decision_expected
        try:
            due = decision_day(
                said,
                self.interview.day,
                self.weekend,
                language_code(self.locale),
                holidays=self.holidays,
            )
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
        return self.interview.lead

    def follow_up_steps(self, decision: dt.date | None) -> Iterator[Step]:
        rules = self.policy
        if rules.max_follow_ups == 0:
            return
        person = self.recipient()
        zone = self.zone_of(person)
        passed = decision or add_business_days(
            self.interview.day, rules.default_wait, self.weekend, self.holidays
        )
        # The decision time has passed only once its last day is over where
        # the interview took place, whatever the recipient's clock says.
        earliest = _at(passed + dt.timedelta(days=1), 0, self.zone)
        # From there on, days are the recipient's: their date is the one that
        # must be a business day and not the first of their working week.
        day = earliest.astimezone(zone).date()
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
            day = add_business_days(day, rules.follow_up_gap, self.weekend, self.holidays)

    def _polite_day(self, day: dt.date) -> dt.date:
        day = next_business_day(day, self.weekend, self.holidays)
        if self.policy.avoid_week_start and _starts_week(day, self.weekend, self.holidays):
            day = next_business_day(day + dt.timedelta(days=1), self.weekend, self.holidays)
        return day

    def _window_on(
        self, day: dt.date, hours: tuple[int, int], zone: dt.tzinfo, earliest: dt.datetime
    ) -> tuple[dt.datetime, dt.datetime, dt.date]:
        """The hours window on the first polite day from ``day`` that starts after ``earliest``.

        ``day`` is a date in ``zone``, the recipient's: the weekend and the
        first day of the working week are judged on that local date.
        """
        day = self._polite_day(day)
        while _utc(_at(day, hours[0], zone)) < _utc(earliest):
            day = self._polite_day(day + dt.timedelta(days=1))
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
        zone = self.zone_of(person)
        start = _local(reply.at, zone)
        end = self._working_later(start, self.policy.reply_within, zone)
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


def _utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC, for comparing: Python compares two times of one zone by wall clock."""
    return moment.astimezone(dt.UTC)


def _local(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """``moment`` shown in ``zone``, always through UTC.

    ``astimezone`` to a moment's own zone returns it unchanged, so a local
    time that does not exist (02:30 on a spring-forward night) would stay;
    going through UTC gives the real local time (03:30).
    """
    return moment.astimezone(dt.UTC).astimezone(zone)


def _later(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``moment`` plus ``delta`` of real time, shown in ``moment``'s zone.

    Python adds to an aware datetime in wall-clock time, so across a
    daylight-saving change "an hour later" could be zero or two real hours.
    """
    zone = moment.tzinfo
    assert zone is not None
    return (moment.astimezone(dt.UTC) + delta).astimezone(zone)


def _at(day: dt.date, hour: int, zone: dt.tzinfo) -> dt.datetime:
    """``hour`` o'clock on ``day`` in ``zone``; past it when that time does not exist there."""
    if hour == 24:
        return _local(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), zone), zone)
    return _local(dt.datetime.combine(day, dt.time(hour), zone), zone)


def _starts_week(
    day: dt.date, weekend: frozenset[int], holidays: Container[dt.date] = frozenset()
) -> bool:
    """Whether ``day`` is the first business day after the weekend.

    After a long weekend (Easter Monday off) that is the Tuesday; after a
    holiday in mid-week it is no week's first day.
    """
    before = day - dt.timedelta(days=1)
    for _ in range(14):
        if before.weekday() in weekend:
            return True
        if before not in holidays:
            return False
        before -= dt.timedelta(days=1)
    return False  # pragma: no cover - two weeks of holidays


def _until(step: Step, moment: dt.datetime) -> Step:
    """``step`` closing at ``moment`` at the latest."""
    if _utc(step.end) <= _utc(moment):
        return step
    return attrs.evolve(step, end=_local(moment, step.end.tzinfo or dt.UTC))


def _no_holidays_notice(locale: str, asked: str) -> str:
    if holidays_installed():
        from thanknote._business_days import territory

        return translate(
            locale,
            N_(
                "Public holidays were not considered: none are known for {country}. Check "
                "that no date falls on one, or give the holidays to use."
            ),
            country=territory(asked) or asked,
        )
    return translate(
        locale,
        N_(
            "Public holidays were not considered, only weekends: install thanknote[holidays] "
            "or give the holidays to use, and check that no date falls on one."
        ),
    )


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
