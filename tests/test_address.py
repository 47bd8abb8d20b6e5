"""Which email addresses a note may be sent to, and how they travel in a draft."""

from __future__ import annotations

import attrs
import pytest

import thanknote
from thanknote._address import is_email
from thanknote.testing import make_interview


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("dana.reyes@acme.example", True),
        ("d.r+jobs@a-b.co.uk", True),
        ("josé@acme.com", True),  # a local part in any script (RFC 6531)
        ("dana@münchen.de", True),  # an internationalised domain
        ("dana@xn--mnchen-3ya.de", True),
        ('"dana reyes"@acme.com', True),
        ("dana@-acme.com", False),  # a label starting with a hyphen
        ("dana@acme-.com", False),
        ("dana@acme_corp.com", False),  # no underscore in a host name
        ("acme_corp.com", False),
        ("dana@acme", False),
        ("dana@acme.com.", False),
        ("a..b@acme.com", False),
        ("da na@acme.com", False),
        ("dana@acme.c0m", False),
        ("dana@acme.com>, evil@example.org", False),
    ],
)
def test_what_counts_as_an_address(text: str, ok: bool) -> None:
    assert is_email(text) is ok


def test_a_non_ascii_address_travels_in_utf8_not_as_an_encoded_word() -> None:
    interview = make_interview()
    person = attrs.evolve(interview.interviewers[0], email="josé@acme.com")
    interview = attrs.evolve(interview, interviewers=[person, *interview.interviewers[1:]])
    raw = thanknote.to_email(thanknote.draft(interview)[0]).as_bytes()
    assert "To: Dana Reyes <josé@acme.com>".encode() in raw
    assert b"=?utf-8?" not in raw.split(b"\n\n")[0]


def test_drafts_are_marked_unsent_so_mail_clients_open_them_for_editing() -> None:
    note = thanknote.draft(make_interview())[0]
    assert thanknote.to_email(note)["X-Unsent"] == "1"
    assert "X-Unsent" not in thanknote.to_email(note, unsent=False)
