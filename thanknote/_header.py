"""Text that may travel in an email header: one line, no controls, no encoded words.

One check, used by the loader (which reports it with the field's path) and by
the records' validators (which refuse it in values built by hand), so the two
can never disagree about what is safe.

Why each kind of character is refused:

* line breaks and other controls (``Cc``: C0, DEL, C1), line and paragraph
  separators: a break inside a header value starts a header of its own;
* bidirectional embeddings, overrides and isolates: they make a header or a
  name display something other than what it holds;
* lone surrogates: the text cannot be encoded, so printing or writing it fails
  far from where it came in;
* ``=?``, the opening of an RFC 2047 encoded word: the standard library decodes
  such a word when it parses a header, so ``=?utf-8?q?=0D=0ABcc=3A_...?=`` in a
  name or subject can add a recipient or a header after every check of the raw
  text has passed. No name, company, title or subject needs the two characters.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["text_problem"]

# Every character the module docstring refuses, as one class: Cc is C0, DEL and C1;
# Zl and Zp are U+2028 and U+2029; Cs the surrogates; then the bidi controls
# (a test keeps the class equal to those Unicode categories).
_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def text_problem(value: str, *, header: bool = True) -> str | None:
    """Say why ``value`` cannot be used, or return ``None`` when it can.

    Args:
        value: The text to check.
        header: The value may reach an email header (a name, a subject), so an
            encoded word is refused too. Body text (talking points) may hold one.
    """
    if not (value.isascii() and value.isprintable()):
        # Printable ASCII holds no control, bidi or surrogate; anything else is
        # searched once for a refused character.
        found = _REFUSED.search(value)
        if found is not None:
            char = found.group()
            if unicodedata.category(char) == "Cs":
                return f"contains a lone surrogate (U+{ord(char):04X}), which is not text"
            return f"contains a line break or control character (U+{ord(char):04X})"
    if header and "=?" in value:
        return "contains '=?', which mail software reads as an encoded word"
    return None
