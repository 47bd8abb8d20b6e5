"""Turning a follow-up plan or an agenda into things other programs take: JSON and iCalendar.

Outputs are deterministic: the same plan always gives the same bytes. Event
UIDs come from the interview and the step, never from the clock, so a
calendar that imports a newer file updates its events instead of adding
copies. Notes are exported by :mod:`thanknote.export`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zoneinfo
from typing import TYPE_CHECKING, Any

from thanknote._i18n import N_, translate
from thanknote._json import JSON_SCHEMA_VERSION, person_to_dict
from thanknote.errors import InvalidOptionError
from thanknote.model import Plan, Step

if TYPE_CHECKING:
    from thanknote.search import Agenda

__all__ = [
    "JSON_SCHEMA_VERSION",
    "STEP_LABELS",
    "agenda_to_ics",
    "plan_to_ics",
    "plan_to_json",
    "step_label",
]


def plan_to_json(plan: Plan) -> str:
    """Serialise a plan as one JSON document with a ``schema_version``."""
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "now": plan.now.isoformat(),
        "locale": plan.locale,
        "decision_day": plan.decision_day.isoformat() if plan.decision_day else None,
        "follow_up_day": plan.follow_up_day.isoformat() if plan.follow_up_day else None,
        "notices": list(plan.notices),
        "steps": [
            {
                "kind": step.kind,
                "start": step.start.isoformat(),
                "end": step.end.isoformat(),
                "channel": step.channel,
                "recipient": person_to_dict(step.recipient) if step.recipient else None,
                "template": step.template,
                "optional": step.optional,
                "reason": step.reason,
            }
            for step in plan.steps
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


STEP_LABELS = {
    "draft": N_("write the notes"),
    "review": N_("reread the notes"),
    "thank_you": N_("thank-you note"),
    "follow_up_email": N_("follow-up email"),
    "follow_up_call": N_("follow-up call"),
    "reply_to_decision": N_("reply to the decision"),
}
"""What each kind of step is called, in English; translated where it is shown."""


def step_label(step: Step, locale: str | None) -> str:
    """A step's name and recipient in the plan's language: "follow-up email to Dana Reyes"."""
    label = translate(locale, STEP_LABELS[step.kind])
    if step.recipient is not None:
        label += " " + translate(locale, N_("to {name}"), name=step.recipient.name)
    return label[:1].upper() + label[1:]


def plan_to_ics(plan: Plan) -> bytes:
    """Export a plan as an iCalendar file: one event per step, each with a reminder.

    Titles and reminders are in the plan's language, from its language pack.

    UIDs are derived from the interview and the step, so exporting the same
    plan again gives the same file and calendar apps update the events
    instead of adding copies. ``DTSTAMP`` is the plan's ``now``.

    Raises:
        InvalidOptionError: The optional ``icalendar`` package is missing
            (``pip install "thanknote[calendar]"``).
    """
    calendar = _calendar("-//thanknote//follow-up plan//EN")
    stamp = plan.now.astimezone(dt.UTC)
    for step in plan.steps:
        _add_event(calendar, step, step_label(step, plan.locale), _uid(plan, step), stamp)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def agenda_to_ics(agenda: Agenda) -> bytes:
    """Export an agenda as one iCalendar feed: every step still to do, of every file.

    Each event's UID comes from its file's name and its step's key
    (:attr:`AgendaItem.uid <thanknote.AgendaItem.uid>`), never from the day
    the agenda was made, so importing a newer feed into the same calendar
    updates its events rather than adding copies. Titles name the company
    (``"Follow-up email to Dana Reyes · Acme Robotics"``); ``DTSTAMP`` is the
    agenda's day. Steps marked done are left out.

    Raises:
        InvalidOptionError: The optional ``icalendar`` package is missing
            (``pip install "thanknote[calendar]"``).
    """
    calendar = _calendar("-//thanknote//agenda//EN")
    stamp = dt.datetime.combine(agenda.today, dt.time(), tzinfo=dt.UTC)
    for item in agenda.items:
        summary = f"{step_label(item.step, item.locale)} · {item.company}"
        _add_event(calendar, item.step, summary, item.uid, stamp, source=item.source)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _calendar(product: str) -> Any:
    try:
        import icalendar
    except ImportError:
        raise InvalidOptionError(
            "ics",
            "icalendar",
            'calendar export needs the icalendar package: pip install "thanknote[calendar]"',
        ) from None
    calendar = icalendar.Calendar()
    calendar.add("prodid", product)
    calendar.add("version", "2.0")
    return calendar


def _add_event(
    calendar: Any,
    step: Step,
    summary: str,
    uid: str,
    stamp: dt.datetime,
    *,
    source: str | None = None,
) -> None:
    import icalendar

    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", _calendar_time(step.start))
    event.add("dtend", _calendar_time(step.end))
    event.add("summary", summary)
    event.add("description", step.reason if source is None else f"{step.reason}\n\n{source}")
    if step.optional:
        event.add("transp", "TRANSPARENT")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(minutes=-15))
    event.add_component(alarm)
    calendar.add_component(event)


def _uid(plan: Plan, step: Step) -> str:
    interview = plan.interview
    same = [s for s in plan.steps if (s.kind, s.recipient) == (step.kind, step.recipient)]
    identity = "\0".join(
        [
            str(same.index(step)),
            interview.candidate.name,
            interview.company,
            interview.position,
            interview.start.isoformat(),
            step.kind,
            step.recipient.name if step.recipient else "",
            step.template or "",
        ]
    )
    return hashlib.sha256(identity.encode()).hexdigest()[:32] + "@thanknote"


def _calendar_time(moment: dt.datetime) -> dt.datetime:
    # Named zones travel as TZID with a VTIMEZONE; a bare offset has no name,
    # so it is written in UTC.
    return moment if isinstance(moment.tzinfo, zoneinfo.ZoneInfo) else moment.astimezone(dt.UTC)
