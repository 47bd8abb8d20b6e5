"""The functions behind the deprecated ``Note.report``, ``to_email`` and ``mailto``.

The package imports this module, so the records get them through
:mod:`thanknote._hooks` without importing the lint engine or the exporters;
those are imported only when a deprecated spelling is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from thanknote import _hooks

if TYPE_CHECKING:
    from email.message import EmailMessage

    from thanknote.linting.findings import LintReport
    from thanknote.model import Note

__all__: list[str] = []


def _report(note: Note) -> LintReport:
    from thanknote.linting.engine import lint

    return lint(note)


def _to_email(note: Note, sender: str | None = None, *, unsent: bool = True) -> EmailMessage:
    from thanknote.export import to_email

    return to_email(note, sender=sender, unsent=unsent)


def _mailto(note: Note) -> str:
    from thanknote.export import mailto_link

    # The caller of the deprecated method, past it and this function.
    return mailto_link(note, stacklevel=4)


_hooks.NOTE_METHODS.update(report=_report, to_email=_to_email, mailto=_mailto)
