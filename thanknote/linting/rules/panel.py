"""Cross-note checks for a panel: TN401 similar-notes, TN402 no-own-points.

They are rules like the others, so that configuration selects, ignores and
re-levels them by code or name, but a single text gives them nothing to
say: :func:`panel_findings` compares the notes of
:func:`thanknote.lint_panel`.

Interviewers compare the notes they receive. Two notes that share most of
their wording look mass-produced; a note that mentions nothing from its own
conversation, while the others do, looks like an afterthought.

Similarity is the Jaccard index of the two notes' sets of word 3-grams,
after each note's own interviewer's name is masked (so "Dear Dana" and
"Dear Priya" do not count as a difference). Above
:data:`SIMILARITY_THRESHOLD` the later note gets a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from thanknote._i18n import N_, translate
from thanknote.linting.findings import Finding
from thanknote.linting.protocol import Hit, LintContext, rule
from thanknote.linting.rules.specifics import echoed_points
from thanknote.linting.text import NoteText

if TYPE_CHECKING:
    from thanknote.model import Note

__all__ = ["SIMILARITY_THRESHOLD", "no_own_points", "panel_findings", "similar_notes", "similarity"]

SIMILARITY_THRESHOLD = 0.5
"""Word-3-gram Jaccard similarity above which two notes "read alike"."""


# Panel rules look at several notes at once, so a single text gives them
# nothing to say; they are registered like any rule so that configuration
# can select, ignore and re-level them by code or name.
@rule("TN401", "similar-notes", "warning", "Two notes of a panel read alike.")
def similar_notes(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Compare notes in :func:`thanknote.lint_panel`; nothing to do for one text."""
    return iter(())


@rule("TN402", "no-own-points", "warning", "A panel note without its own talking points.")
def no_own_points(text: NoteText, context: LintContext) -> Iterator[Hit]:
    """Compare notes in :func:`thanknote.lint_panel`; nothing to do for one text."""
    return iter(())


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _trigrams(text: str, names: Sequence[str]) -> set[tuple[str, ...]]:
    masked: set[str] = set()
    for name in names:
        masked.update(w.casefold() for w in _WORD.findall(name))
    words = ["·" if w.casefold() in masked else w.casefold() for w in _WORD.findall(text)]
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def similarity(
    a: str, b: str, *, names_a: Sequence[str] = (), names_b: Sequence[str] = ()
) -> float:
    """Word-3-gram Jaccard similarity of two texts, each with its own names masked."""
    x, y = _trigrams(a, names_a), _trigrams(b, names_b)
    union = x | y
    return len(x & y) / len(union) if union else 0.0


def panel_findings(notes: Sequence[Note]) -> Iterator[Finding]:
    """Yield the panel findings (without line and column) for ``notes``."""
    grams = [
        _trigrams(n.text, (n.interviewer.name, n.interviewer.first_name, n.interviewer.last_name))
        for n in notes
    ]
    for j in range(len(notes)):
        for i in range(j):
            if notes[i].interviewer == notes[j].interviewer:
                continue
            union = grams[i] | grams[j]
            score = len(grams[i] & grams[j]) / len(union) if union else 0.0
            if score > SIMILARITY_THRESHOLD:
                yield Finding(
                    code="TN401",
                    rule="similar-notes",
                    severity="warning",
                    message=translate(
                        notes[j].locale,
                        N_(
                            "the note to {name} reads much like the note to {other} ({share} "
                            "of three-word phrases shared); interviewers compare notes"
                        ),
                        name=notes[j].interviewer.name,
                        other=notes[i].interviewer.name,
                        share=f"{score:.0%}",
                    ),
                    start=0,
                    end=len(notes[j].text),
                    suggestion=translate(
                        notes[j].locale, N_("rewrite it around this interviewer's own conversation")
                    ),
                    note=j,
                )
                break
    used = [bool(echoed_points(NoteText(n.text), n.interviewer.talking_points)) for n in notes]
    for index, note in enumerate(notes):
        own = note.interviewer.talking_points
        if own and not used[index] and any(used):
            yield Finding(
                code="TN402",
                rule="no-own-points",
                severity="warning",
                message=translate(
                    note.locale,
                    N_(
                        "the note to {name} uses none of their own talking points, while the "
                        "other notes use theirs"
                    ),
                    name=note.interviewer.name,
                ),
                start=0,
                end=0,
                suggestion=translate(note.locale, N_("mention “{point}”"), point=own[0]),
                note=index,
            )
