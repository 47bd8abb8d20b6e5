"""Email addresses: what counts as one that a message can be sent to."""

from __future__ import annotations

import re

__all__ = ["is_email"]

# A domain label: letters (any script, for internationalised domains), digits
# and inner hyphens; no underscore, no hyphen at either end.
_LABEL = re.compile(r"(?!-)[^\W_]+(?:-+[^\W_]+)*")
# The local part of an unquoted address: RFC 5322's atext, plus letters of
# any script (RFC 6531), dot-separated.
_ATOM = re.compile(r"[^\W_]|[!#$%&'*+/=?^_`{|}~-]")


def is_email(text: str) -> bool:
    """Whether ``text`` is a plain ``local@domain.tld`` address a message can be sent to.

    The domain must have a dot, labels of letters, digits and inner hyphens,
    and an alphabetic top-level label; the local part may use letters of any
    script (``josé@acme.com``). Quoted local parts are accepted as the
    standard library parses them.
    """
    import email.errors  # imported late: import thanknote stays cheap
    from email.headerregistry import Address

    local, at, domain = text.rpartition("@")
    if not at or not local or not _domain(domain):
        return False
    if local.startswith('"'):
        try:
            address = Address(addr_spec=text)
        except (ValueError, IndexError, email.errors.MessageError):
            return False
        return f'"{address.username}"@{address.domain}' == text or address.addr_spec == text
    return all(part and all(_ATOM.fullmatch(c) for c in part) for part in local.split("."))


def _domain(domain: str) -> bool:
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return False
    top = labels[-1]
    return len(top) >= 2 and (top.isalpha() or top.startswith("xn--"))
