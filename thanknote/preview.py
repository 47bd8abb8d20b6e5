"""The preview page: every note as it will be read, with its findings on its words.

:func:`preview_html` builds one self-contained HTML page (inline CSS, no
script, nothing fetched; a Content-Security-Policy says so to the browser)
for a panel's notes: each note's subject and body with every lint finding
marked on the words it is about and explained beside them, how alike the
notes of the panel read, and the follow-up plan as a timeline.

A finding with a stretch of text is a ``<mark>`` over exactly those words
(cut at paragraph breaks and where findings overlap, so that each piece of
text sits in one mark), followed by its number; a finding that marks a place
(something missing) is a caret with its number at that place; a finding
about the whole note (the panel's) is listed beside the note only. Marks
differ by underline style and symbol as well as colour, and each points to
its explanation with ``aria-describedby``.

Kept whole: the views of the notes, of the panel and of the plan fill one
page template, and each of the three is well under the limit on its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import jinja2

from thanknote._i18n import N_, translate
from thanknote._version import __version__
from thanknote.errors import InvalidOptionError
from thanknote.linting.engine import Linter
from thanknote.linting.findings import Finding, LintReport, severity_rank
from thanknote.model import Note, Plan
from thanknote.plan_export import step_label

if TYPE_CHECKING:
    from thanknote.model import Step

__all__ = ["preview_html"]

_SYMBOL = {"error": "✕", "warning": "▲", "info": "i"}
_SEVERITY_WORD = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def preview_html(
    notes: Sequence[Note],
    *,
    plan: Plan | None = None,
    linter: Linter | None = None,
) -> str:
    """Build a self-contained HTML page showing notes as their readers will see them.

    The page needs no network and no script: its CSS is inline and a
    Content-Security-Policy forbids anything else. It is in the notes'
    language, follows the reader's light or dark setting, and can be read
    with a keyboard and a screen reader.

    Args:
        notes: The notes of one interview, usually the result of ``draft``.
        plan: The follow-up plan to show as a timeline, from
            ``plan_follow_up``; without it the page has no timeline.
        linter: Lints each note and the panel; defaults to each note's own
            ``report`` and :func:`~thanknote.lint_panel`.

    Returns:
        The page, as text (write it encoded as UTF-8).

    Raises:
        InvalidOptionError: No notes, notes of different interviews, or a
            plan for another interview.
    """
    notes = tuple(notes)
    if not notes:
        raise InvalidOptionError("notes", notes, "give at least one note to preview")
    for index, note in enumerate(notes):
        if not isinstance(note, Note):
            raise InvalidOptionError(
                f"notes[{index}]", note, f"expected a Note, got {type(note).__name__}"
            )
    interview = notes[0].interview
    if any(note.interview != interview for note in notes):
        raise InvalidOptionError("notes", notes, "the notes belong to different interviews")
    if plan is not None and plan.interview != interview:
        raise InvalidOptionError("plan", plan, "the plan is for another interview")
    locale = notes[0].locale
    if linter is None:
        from thanknote.linting.engine import lint, lint_panel

        reports = [lint(note) for note in notes]
        panel = lint_panel(notes)
    else:
        reports = [_linted(linter, note) for note in notes]
        panel = linter.lint_panel(notes)

    def _(message: str, /, **params: object) -> str:
        return translate(locale, message, **params)

    cards = [
        _note_view(index, note, report, panel, _)
        for index, (note, report) in enumerate(zip(notes, reports, strict=True))
    ]
    context: dict[str, Any] = {
        "_": _,
        "language": _language_tag(locale),
        "interview": interview,
        "notes": cards,
        "pairs": _pairs(notes),
        "threshold": f"{_threshold():.0%}",
        "timeline": _timeline(plan, _) if plan is not None else None,
        "totals": _counts(finding for card in cards for finding in card.findings),
        "version": __version__,
        "symbols": _SYMBOL,
        "severity_word": {key: _(word) for key, word in _SEVERITY_WORD.items()},
    }
    return _template().render(context)


def _linted(linter: Linter, note: Note) -> LintReport:
    return linter.lint(
        note.text,
        interview=note.interview,
        interviewer=note.interviewer,
        locale=note.locale,
        kind=note.kind,
        ignore=note.lint_ignore,
    )


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("_preview.html.j2")


def _language_tag(locale: str) -> str:
    return locale.replace("_", "-")


# -- notes -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Item:
    """A finding as the page lists it: its number, ids and where it sits."""

    finding: Finding
    number: int
    id: str  # the explanation's id, which marks point to
    ref: str  # the id of its number in the text, which the explanation links back to
    place: str  # "span", "gap" or "note"
    words: str


@attrs.frozen(kw_only=True)
class _Piece:
    """A run of a paragraph: text, marked text, a finding's number, or a caret."""

    kind: str  # "text", "mark", "ref" or "gap"
    lines: tuple[str, ...] = ()
    items: tuple[_Item, ...] = ()

    @property
    def severity(self) -> str:
        return max((i.finding.severity for i in self.items), key=severity_rank)

    @property
    def describedby(self) -> str:
        return " ".join(item.id for item in self.items)


@attrs.frozen(kw_only=True)
class _NoteView:
    index: int
    id: str
    note: Note
    heading: str
    paragraphs: tuple[tuple[_Piece, ...], ...]
    findings: tuple[_Item, ...]
    counts: dict[str, int]


def _note_view(index: int, note: Note, report: LintReport, panel: LintReport, _: Any) -> _NoteView:
    prefix = f"note-{index + 1}"
    own = list(report.findings)
    about_panel = [f for f in panel.findings if f.note == index]
    items: list[_Item] = []
    for number, finding in enumerate([*own, *about_panel], start=1):
        if number > len(own):
            place = "note"
        elif note.text[finding.start : finding.end].strip():
            place = "span"
        else:
            place = "gap"
        items.append(
            _Item(
                finding=finding,
                number=number,
                id=f"{prefix}-finding-{number}",
                ref=f"{prefix}-at-{number}",
                place=place,
                words=note.text[finding.start : finding.end] if place == "span" else "",
            )
        )
    heading = _("note to {name}", name=note.interviewer.name)
    return _NoteView(
        index=index,
        id=prefix,
        note=note,
        heading=heading[:1].upper() + heading[1:],
        paragraphs=_paragraphs(note.text, items),
        findings=tuple(items),
        counts=_counts(items),
    )


def _counts(items: Any) -> dict[str, int]:
    counts = dict.fromkeys(_SYMBOL, 0)
    for item in items:
        counts[item.finding.severity] += 1
    return counts


def _paragraphs(text: str, items: Sequence[_Item]) -> tuple[tuple[_Piece, ...], ...]:
    """Cut ``text`` into paragraphs of pieces, marks exactly over each finding's words."""
    bounds = _paragraph_bounds(text)
    spans = [i for i in items if i.place == "span"]
    # A place in the blank lines after a paragraph, or past the end, shows at
    # that paragraph's end; one before the first paragraph, at its start.
    gaps: list[list[tuple[int, _Item]]] = [[] for _ in bounds]
    for item in items:
        if item.place == "gap":
            at = item.finding.start
            index = max((k for k, (start, _) in enumerate(bounds) if start <= at), default=0)
            start, end = bounds[index]
            gaps[index].append((min(max(at, start), end), item))
    # Each finding's number goes after the last piece of text it covers.
    last = {item.id: _covered_end(bounds, item) for item in spans}
    paragraphs: list[tuple[_Piece, ...]] = []
    for (start, end), places in zip(bounds, gaps, strict=True):
        cuts = {start, end, *(at for at, _ in places)}
        for item in spans:
            cuts.update(p for p in (item.finding.start, item.finding.end) if start < p < end)
        ordered = sorted(cuts)
        pieces: list[_Piece] = []
        for a, b in itertools.pairwise(ordered):
            pieces.extend(_Piece(kind="gap", items=(item,)) for at, item in places if at == a)
            covering = tuple(i for i in spans if i.finding.start <= a and i.finding.end >= b)
            lines = tuple(text[a:b].split("\n"))
            if not covering:
                pieces.append(_Piece(kind="text", lines=lines))
                continue
            pieces.append(_Piece(kind="mark", lines=lines, items=covering))
            pieces.extend(_Piece(kind="ref", items=(i,)) for i in covering if last[i.id] == b)
        pieces.extend(_Piece(kind="gap", items=(item,)) for at, item in places if at == end)
        paragraphs.append(tuple(pieces))
    return tuple(paragraphs)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph, without the blank lines between them."""
    bounds = []
    at = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((at, match.start()))
        at = match.end()
    bounds.append((at, len(text.rstrip())))
    kept = [(a, b) for a, b in bounds if b > a]
    return kept or [(0, 0)]


def _covered_end(bounds: Sequence[tuple[int, int]], item: _Item) -> int:
    """Where the shown text a finding covers ends (blank lines are not shown)."""
    ends = [end for start, end in bounds if start < item.finding.end and end > item.finding.start]
    return min(max(ends), item.finding.end) if ends else item.finding.end


# -- panel -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Pair:
    first: Note
    second: Note
    first_id: str
    second_id: str
    share: float

    @property
    def percent(self) -> str:
        return f"{self.share:.0%}"

    @property
    def width(self) -> str:
        return f"{self.share * 100:.1f}%"

    @property
    def alike(self) -> bool:
        return self.share > _threshold()


def _threshold() -> float:
    # The panel rules load with the rule registry; importing them first breaks that cycle.
    from thanknote.linting.rules.panel import SIMILARITY_THRESHOLD

    return SIMILARITY_THRESHOLD


def _pairs(notes: Sequence[Note]) -> list[_Pair]:
    from thanknote.linting.rules.panel import similarity

    def names(note: Note) -> tuple[str, ...]:
        person = note.interviewer
        return (person.name, person.first_name, person.last_name)

    pairs = [
        _Pair(
            first=notes[i],
            second=notes[j],
            first_id=f"note-{i + 1}",
            second_id=f"note-{j + 1}",
            share=similarity(
                notes[i].text, notes[j].text, names_a=names(notes[i]), names_b=names(notes[j])
            ),
        )
        for j in range(len(notes))
        for i in range(j)
    ]
    return sorted(pairs, key=lambda p: -p.share)


# -- plan --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Moment:
    iso: str
    text: str


@attrs.frozen(kw_only=True)
class _Entry:
    kind: str  # a step's kind, or "now"
    label: str
    start: _Moment
    end: _Moment | None = None
    zone: str = ""
    reason: str = ""
    flags: tuple[str, ...] = ()
    optional: bool = False
    past: bool = False


def _timeline(plan: Plan, _: Any) -> list[_Entry]:
    locale = plan.locale or "en_US"
    entries: list[_Entry] = []
    now_shown = False
    for step in plan.steps:
        if not now_shown and step.start > plan.now:
            entries.append(_now(plan, locale, _))
            now_shown = True
        entries.append(_step_entry(step, plan, locale, _))
    if not now_shown:
        entries.append(_now(plan, locale, _))
    return entries


def _now(plan: Plan, locale: str, _: Any) -> _Entry:
    zone = plan.interview.zone
    now = plan.now.astimezone(zone) if zone is not None else plan.now
    return _Entry(
        kind="now",
        label=_("Now, when this plan was made"),
        start=_moment(now, locale),
        zone=_zone(now),
    )


def _step_entry(step: Step, plan: Plan, locale: str, _: Any) -> _Entry:
    flags = [_("optional")] if step.optional else []
    if step.end <= plan.now:
        flags.append(_("already past"))
    same_day = step.start.date() == step.end.date()
    end = _moment(step.end, locale, time_only=same_day)
    return _Entry(
        kind=step.kind,
        label=step_label(step, plan.locale),
        start=_moment(step.start, locale),
        end=end,
        zone=_zone(step.start),
        reason=step.reason,
        flags=tuple(flags),
        optional=step.optional,
        past=step.end <= plan.now,
    )


def _moment(value: dt.datetime, locale: str, *, time_only: bool = False) -> _Moment:
    from babel.dates import format_date, format_time

    clock = format_time(value, "short", locale=locale)
    text = clock if time_only else f"{format_date(value, 'medium', locale=locale)} {clock}"
    return _Moment(iso=value.isoformat(), text=text)


def _zone(value: dt.datetime) -> str:
    return getattr(value.tzinfo, "key", None) or value.strftime("UTC%z")
