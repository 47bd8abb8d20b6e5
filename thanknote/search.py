"""A whole job search at once: what is due across many interview files.

:func:`agenda` reads every interview file of a folder (or the files given),
with the replies and done steps of each one's progress file (see
:mod:`thanknote._progress`), plans each with the follow-up planner and
gathers the steps still to do, overdue ones first. A file that cannot be
read or planned is reported, by name, field and reason, and the others are
still planned. :func:`mark_done` records a step as done in the progress
file, never in the interview file.

Each step has a key that stays the same from one run to the next: its kind,
and for a step addressed to someone, that person's name as a file name
gives it (``thank_you:dana-reyes``, ``follow_up_email:dana-reyes``,
``review``).
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal

import attrs

from thanknote._files import safe_stem, unique_stems
from thanknote._progress import append_done, is_progress_file, progress_path, read_progress
from thanknote.errors import InvalidInterviewError, InvalidOptionError, Problem, ThanknoteError
from thanknote.load import load_interview
from thanknote.model import Interview, Plan, Step, StepKind
from thanknote.schedule import FollowUpPolicy, plan_follow_up

__all__ = ["Agenda", "AgendaItem", "Status", "agenda", "mark_done", "step_keys"]

Status = Literal["overdue", "today", "upcoming", "later"]
_RANK: dict[Status, int] = {"overdue": 0, "today": 1, "upcoming": 2, "later": 3}
_SUFFIXES = (".toml", ".json")
_FOLLOW_UPS: frozenset[str] = frozenset({"follow_up_email", "follow_up_call"})
_NOTES_WRITTEN: frozenset[str] = frozenset({"review", "thank_you"})


@attrs.frozen(kw_only=True)
class AgendaItem:
    """One step still to do, and the interview it belongs to.

    Attributes:
        source: The interview file, as given or as found in the folder.
        company: The interview's company.
        position: The position applied for.
        key: The step's key within its file (``"follow_up_email:dana-reyes"``),
            as ``thanknote done`` takes it.
        step: The step, with its window in the recipient's time zone.
        status: ``"overdue"`` (its window closed before ``today``),
            ``"today"``, ``"upcoming"`` (within the agenda's days) or
            ``"later"``; each judged on the dates of the step's own zone.
        locale: The locale the plan was worded in.
        uid: A calendar UID made from the file's name and the key, so that it
            stays the same whatever the day the agenda is made.
    """

    source: str
    company: str
    position: str
    key: str
    step: Step
    status: Status
    locale: str | None
    uid: str


@attrs.frozen(kw_only=True)
class Agenda:
    """The steps still to do across a set of interview files.

    Attributes:
        today: The day the agenda is made for.
        days: How many days after ``today`` count as upcoming.
        items: Every step not done yet, of every file that could be planned:
            overdue first, then today's, then upcoming and later ones, each
            group by start.
        errors: One problem per thing wrong with a file that could not be
            planned (its ``source``, ``field`` and ``message``); those files
            have no items.
    """

    today: dt.date
    days: int
    items: tuple[AgendaItem, ...] = ()
    errors: tuple[Problem, ...] = ()

    @property
    def due(self) -> tuple[AgendaItem, ...]:
        """The items that are overdue, due today, or due within ``days``."""
        return tuple(item for item in self.items if item.status != "later")

    @property
    def ok(self) -> bool:
        """Whether every file was read and planned."""
        return not self.errors


def agenda(
    sources: Iterable[str | os.PathLike[str]],
    *,
    today: dt.date,
    days: int = 7,
    policy: FollowUpPolicy | None = None,
    locale: str | None = None,
    fallback: str | None = None,
) -> Agenda:
    """Plan every interview file given, or found in the folders given, at once.

    A folder contributes its ``.toml`` and ``.json`` files (not those in
    subfolders, and not progress files). Each file is planned with the
    replies of its progress file, and the steps marked done there are left
    out: a thank-you note marked sent also counts the drafting and rereading
    as done, and one follow-up (email or call) counts for both.

    Args:
        sources: Interview files and folders of them.
        today: The day to make the agenda for; the library never reads the
            clock.
        days: How many days after ``today`` to count as upcoming.
        policy: The planner's rules; defaults to :class:`~thanknote.FollowUpPolicy`.
        locale: Word every plan in this locale rather than each interview's.
        fallback: Language for plans whose locale has no language pack.

    Returns:
        An :class:`Agenda`; a file that could not be read or planned is in
        its ``errors`` and the others are planned all the same.

    Raises:
        InvalidOptionError: ``today`` is not a date, or ``days`` is negative.
    """
    if not isinstance(today, dt.date) or isinstance(today, dt.datetime):
        raise InvalidOptionError("today", today, "expected a date")
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidOptionError("days", days, "expected a whole number of days, 0 or more")
    errors: list[Problem] = []
    files = list(_files(sources, errors))
    names = collections.Counter(path.name for path in files)
    now = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    ranked: list[tuple[tuple[int, dt.datetime, int, int], AgendaItem]] = []
    for number, path in enumerate(files):
        label = str(path)
        try:
            plan, done = _plan(path, now, policy, locale, fallback)
        except InvalidInterviewError as err:
            errors.extend(err.errors or [Problem(field="", message=str(err), source=label)])
            continue
        except InvalidOptionError as err:
            where = str(progress_path(path)) if err.option.startswith("replies") else label
            errors.append(Problem(field=err.option, message=err.message, source=where))
            continue
        except ThanknoteError as err:  # no language pack for the locale, say
            errors.append(Problem(field="locale", message=str(err), source=label))
            continue
        # The file's name identifies it, so the folder may move; two files of
        # the same name from different folders fall back to their full paths.
        identity = path.name if names[path.name] == 1 else str(path.resolve())
        interview = plan.interview
        for order, (key, step) in enumerate(zip(step_keys(plan), plan.steps, strict=True)):
            if _is_done(step.kind, key, done):
                continue
            status = _status(step, today, days)
            item = AgendaItem(
                source=label,
                company=interview.company,
                position=interview.position,
                key=key,
                step=step,
                status=status,
                locale=plan.locale,
                uid=_uid(identity, key, order, plan),
            )
            start = step.start.astimezone(dt.UTC)
            ranked.append(((_RANK[status], start, number, order), item))
    ranked.sort(key=lambda pair: pair[0])
    return Agenda(
        today=today, days=days, items=tuple(item for _, item in ranked), errors=tuple(errors)
    )


def step_keys(plan: Plan) -> tuple[str, ...]:
    """The key of each of the plan's steps, in order (``"thank_you:dana-reyes"``)."""
    people = plan.interview.interviewers
    stems = unique_stems(safe_stem(p.name, f"interviewer-{i + 1}") for i, p in enumerate(people))
    return tuple(
        step.kind
        if step.recipient is None
        else f"{step.kind}:{stems[people.index(step.recipient)]}"
        for step in plan.steps
    )


def mark_done(path: str | os.PathLike[str], step: str, *, at: dt.datetime) -> tuple[str, ...]:
    """Record a step of an interview as done, in the interview's progress file.

    The interview file is not touched; the progress file gets a ``[[done]]``
    table at its end and keeps everything else as it was.

    Args:
        path: The interview file.
        step: A step's key (``"thank_you:dana-reyes"``), or a kind alone
            (``"thank_you"``) for every step of that kind.
        at: When it was done (timezone-aware); recorded in the file.

    Returns:
        The keys newly recorded; empty when they were all done already.

    Raises:
        InvalidOptionError: ``at`` is naive, or the interview has no such
            step; the message lists the steps it has.
        InvalidInterviewError: The interview or its progress file cannot be
            read; or the progress file cannot take another table.
    """
    if not isinstance(at, dt.datetime) or at.utcoffset() is None:
        raise InvalidOptionError("at", at, "expected a timezone-aware datetime")
    source = Path(path)
    # Which steps there are does not depend on the language, so the plan is
    # made in English: a file whose language has no pack can still be marked.
    plan, done = _plan(source, at, None, "en_US", None)
    keys = step_keys(plan)
    chosen = [k for k in dict.fromkeys(keys) if step in (k, k.partition(":")[0])]
    if not chosen:
        raise InvalidOptionError(
            "step",
            step,
            f"{source} has no step {step!r}; its steps: {', '.join(dict.fromkeys(keys))}",
        )
    new = [key for key in chosen if key not in done and key.partition(":")[0] not in done]
    if new:
        append_done(progress_path(source), new, at=at, interview=source.name)
    return tuple(new)


def _files(sources: Iterable[str | os.PathLike[str]], errors: list[Problem]) -> Iterator[Path]:
    if isinstance(sources, str | os.PathLike):
        sources = [sources]
    for source in sources:
        path = Path(source)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except (OSError, ValueError) as err:
            errors.append(Problem(field="", message=f"cannot read: {err}", source=str(path)))
            continue
        if not exists:
            errors.append(Problem(field="", message="no such file or folder", source=str(path)))
        elif is_dir:
            yield from _folder(path, errors)
        elif is_progress_file(path):
            message = "a progress file; give the interview file beside it"
            errors.append(Problem(field="", message=message, source=str(path)))
        else:
            yield path


def _folder(folder: Path, errors: list[Problem]) -> Sequence[Path]:
    try:
        found = sorted(
            entry
            for entry in folder.iterdir()
            if entry.suffix.lower() in _SUFFIXES
            and not is_progress_file(entry)
            and not entry.is_dir()
        )
    except OSError as err:
        message = f"cannot read folder: {err.strerror or err}"
        errors.append(Problem(field="", message=message, source=str(folder)))
        return []
    if not found:
        message = "no interview files (.toml, .json) in this folder"
        errors.append(Problem(field="", message=message, source=str(folder)))
    return found


def _plan(
    path: Path,
    now: dt.datetime,
    policy: FollowUpPolicy | None,
    locale: str | None,
    fallback: str | None,
) -> tuple[Plan, frozenset[str]]:
    interview: Interview = load_interview(path)
    progress = read_progress(progress_path(path))
    plan = plan_follow_up(
        interview,
        now=now,
        policy=policy,
        replies=progress.replies,
        locale=locale,
        fallback=fallback,
    )
    return plan, frozenset(progress.done)


def _is_done(kind: StepKind, key: str, done: frozenset[str]) -> bool:
    if key in done or kind in done:  # a kind alone, written by hand, stands for all its steps
        return True
    kinds = {k.partition(":")[0] for k in done}
    if kind in _FOLLOW_UPS:
        return bool(kinds & _FOLLOW_UPS)  # one follow-up, then stop
    if kind == "review":
        return "thank_you" in kinds
    if kind == "draft":
        return bool(kinds & _NOTES_WRITTEN)
    return False


def _status(step: Step, today: dt.date, days: int) -> Status:
    if step.end.date() < today:
        return "overdue"
    if step.start.date() <= today:
        return "today"
    if (step.start.date() - today).days <= days:
        return "upcoming"
    return "later"


def _uid(identity: str, key: str, order: int, plan: Plan) -> str:
    # Two steps share a key only when a step recurs (two rejections); their
    # place among the steps of that key tells them apart.
    same = sum(1 for s in plan.steps[:order] if (s.kind, s.recipient) == _pair(plan.steps[order]))
    text = "\0".join([identity, key, str(same)])
    return hashlib.sha256(text.encode()).hexdigest()[:32] + "@thanknote"


def _pair(step: Step) -> tuple[StepKind, object]:
    return step.kind, step.recipient
