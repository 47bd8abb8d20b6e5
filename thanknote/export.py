"""Turning notes into things other programs take: email drafts, JSON, files.

Plans and agendas are exported by :mod:`thanknote.plan_export`; their
functions are also importable from here, where they used to live.

Outputs are deterministic: the same notes always give the same bytes. Email
drafts therefore carry no ``Date`` or ``Message-ID`` (a mail client adds
them when the note is sent) and their MIME boundary is derived from the
content rather than picked by chance.
"""

from __future__ import annotations

import email.policy
import hashlib
import json
import os
import warnings
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import quote

from thanknote._files import safe_stem, unique_stems, write_files
from thanknote._header import text_problem
from thanknote._json import JSON_SCHEMA_VERSION, person_to_dict
from thanknote.errors import InvalidOptionError
from thanknote.model import FORMATS, Format, Note
from thanknote.plan_export import (  # kept importable from here, where they were first
    STEP_LABELS,
    agenda_to_ics,
    plan_to_ics,
    plan_to_json,
    step_label,
)

__all__ = [
    "FORMATS",
    "JSON_SCHEMA_VERSION",
    "MAILTO_LIMIT",
    "STEP_LABELS",
    "Format",
    "MailtoLengthWarning",
    "agenda_to_ics",
    "mailto",
    "mailto_link",
    "note_to_dict",
    "notes_to_json",
    "plan_to_ics",
    "plan_to_json",
    "render_note",
    "step_label",
    "to_email",
    "write_notes",
]

_SUFFIX: dict[Format, str] = {"text": ".txt", "html": ".html", "eml": ".eml", "json": ".json"}


def to_email(note: Note, sender: str | None = None, *, unsent: bool = True) -> EmailMessage:
    """Build an RFC 5322 draft of ``note`` with the standard library.

    Without ``Date`` or ``Message-ID``, so that the same note always gives
    the same bytes.

    Args:
        note: The note to send.
        sender: ``From`` header; defaults to the candidate's mailbox.
        unsent: Add ``X-Unsent: 1``, so that mail clients (Outlook, Apple
            Mail, Thunderbird) open the file as a draft to edit and send,
            rather than as a message already received.

    Returns:
        ``multipart/alternative`` (text and HTML) when the note has HTML,
        else a ``text/plain`` message.
    """
    origin = sender if sender is not None else note.sender
    addresses = [a for a in (origin, note.to) if a]
    # An address with a non-ASCII local part (josé@…) needs SMTPUTF8: headers
    # in UTF-8 rather than an encoded word, which no server would deliver to.
    utf8 = any(not a.rpartition("<")[2].isascii() for a in addresses)
    message = EmailMessage(policy=_UTF8 if utf8 else email.policy.default)
    if origin:
        _set_mailbox(message, "From", origin)
    if note.to:
        _set_mailbox(message, "To", note.to)
    if note.subject:
        _refuse_unsafe("subject", note.subject)
        message["Subject"] = note.subject
    if unsent:
        message["X-Unsent"] = "1"
    message.set_content(note.text)
    if note.html is not None:
        message.add_alternative(note.html, subtype="html")
        digest = hashlib.sha256((note.text + "\0" + note.html).encode()).hexdigest()
        message.set_boundary(f"==thanknote-{digest[:32]}==")
    return message


_UTF8 = email.policy.default.clone(utf8=True)


def _refuse_unsafe(option: str, value: str) -> None:
    problem = text_problem(value)
    if problem is not None:
        raise InvalidOptionError(option, value, f"{option} {problem}")


def _set_mailbox(message: EmailMessage, header: str, value: str) -> None:
    # The records already refuse what could forge a header; this checks the
    # header as the standard library parsed it, so that a value built any
    # other way still cannot name a second recipient or break the line.
    _refuse_unsafe(header.lower(), value)
    message[header] = value
    parsed = message[header]
    addresses = getattr(parsed, "addresses", ())
    if len(addresses) != 1 or any(c in str(parsed) for c in "\r\n"):
        del message[header]
        raise InvalidOptionError(
            header.lower(), value, f"{header} must be exactly one mailbox, got {value!r}"
        )


MAILTO_LIMIT = 2000
"""Longer ``mailto:`` links are cut off or refused by some browsers and mail clients."""


class MailtoLengthWarning(UserWarning):
    """A ``mailto:`` link is longer than common clients accept."""


def mailto(note: Note) -> str:
    """Build an RFC 6068 ``mailto:`` link that opens the note in a mail client.

    Every part is percent-encoded as UTF-8; line breaks become ``%0D%0A``.
    A link longer than :data:`MAILTO_LIMIT` characters is still returned, with
    a :class:`MailtoLengthWarning`.
    """
    return mailto_link(note, stacklevel=3)


def mailto_link(note: Note, *, stacklevel: int = 2) -> str:
    """:func:`mailto`, warning ``stacklevel`` frames up (for the wrappers of it)."""
    address = note.interviewer.email or ""
    fields = []
    if note.subject:
        fields.append("subject=" + quote(note.subject, safe=""))
    body = note.text.replace("\r\n", "\n").replace("\n", "\r\n")
    fields.append("body=" + quote(body, safe=""))
    link = "mailto:" + quote(address, safe="@") + "?" + "&".join(fields)
    if len(link) > MAILTO_LIMIT:
        warnings.warn(
            f"mailto link for {note.interviewer.name} is {len(link)} characters; some clients "
            f"accept only {MAILTO_LIMIT} (use thanknote.to_email() or a file instead)",
            MailtoLengthWarning,
            stacklevel=stacklevel,
        )
    return link


def note_to_dict(note: Note) -> dict[str, Any]:
    """Describe a note as plain JSON-ready data."""
    return {
        "kind": note.kind,
        "interviewer": person_to_dict(note.interviewer),
        "to": note.to,
        "from": note.sender,
        "subject": note.subject,
        "text": note.text,
        "html": note.html,
        "template": note.template,
        "locale": note.locale,
        "tone": note.tone,
    }


def notes_to_json(notes: Sequence[Note]) -> str:
    """Serialise notes as one JSON document with a ``schema_version``."""
    document = {"schema_version": JSON_SCHEMA_VERSION, "notes": [note_to_dict(n) for n in notes]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_note(note: Note, format: Format) -> bytes:
    """Render one note in a file format: text, HTML, ``.eml`` or JSON.

    Raises:
        InvalidOptionError: Unknown format, or HTML asked of a card.
    """
    if format == "text":
        return _text(note).encode()
    if format == "html":
        if note.html is None:
            raise InvalidOptionError("format", format, f"a {note.kind} note has no HTML version")
        return note.html.encode()
    if format == "eml":
        return to_email(note).as_bytes()
    if format == "json":
        return (json.dumps(note_to_dict(note), ensure_ascii=False, indent=2) + "\n").encode()
    raise InvalidOptionError("format", format, f"expected one of {', '.join(FORMATS)}")


def write_notes(
    notes: Sequence[Note],
    folder: str | os.PathLike[str],
    *,
    format: Format = "text",
    overwrite: bool = False,
) -> tuple[Path, ...]:
    """Write one file per note into ``folder``, named after the interviewer.

    Names use only ``a-z``, ``0-9`` and hyphens (``dana-reyes.txt``); two
    interviewers whose names give the same stem get ``-2``, ``-3``. Each file
    is written atomically.

    Args:
        notes: The notes, usually the result of ``draft``.
        folder: Output folder; created if missing.
        format: ``"text"``, ``"html"``, ``"eml"`` or ``"json"``.
        overwrite: Replace existing files. Without it, if any target exists
            nothing is written and :class:`~thanknote.OutputExistsError`
            lists every conflict.

    Returns:
        The paths written, in the order of ``notes``.
    """
    if format not in _SUFFIX:
        raise InvalidOptionError("format", format, f"expected one of {', '.join(FORMATS)}")
    stems = unique_stems(
        safe_stem(n.interviewer.name, f"interviewer-{i + 1}") for i, n in enumerate(notes)
    )
    files = {
        stem + _SUFFIX[format]: render_note(n, format) for stem, n in zip(stems, notes, strict=True)
    }
    return write_files(folder, files, overwrite=overwrite)


def _text(note: Note) -> str:
    headers = [
        f"{name}: {value}" for name, value in (("To", note.to), ("Subject", note.subject)) if value
    ]
    return "\n".join(headers) + "\n\n" + note.text if headers else note.text
