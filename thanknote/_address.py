"""Email addresses: what counts as one that a message can be sent to."""

from __future__ import annotations

__all__ = ["is_email"]


def is_email(text: str) -> bool:
    """Whether ``text`` is a plain ``local@domain.tld`` address the standard library accepts."""
    import email.errors  # imported late: import thanknote stays cheap
    from email.headerregistry import Address

    local, at, domain = text.rpartition("@")
    if not at or not local or "." not in domain.strip(".") or ".." in domain:
        return False
    try:
        address = Address(addr_spec=text)
    except (ValueError, IndexError, email.errors.MessageError):
        return False
    return address.addr_spec == text or f'"{address.username}"@{address.domain}' == text
