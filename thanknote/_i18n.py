"""Translating thanknote's own messages: lint findings, plan reasons, CLI lines.

The ``.po`` files in ``thanknote/locale/<language>/LC_MESSAGES/thanknote.po``
are the source of truth. They are read directly with Babel on first use of
a language (no compile step), and cached. Messages are marked in the code
with :func:`N_` so that ``pybabel extract -F babel.cfg -k N_ -o
thanknote/locale/thanknote.pot .`` finds them; placeholders use
``str.format`` names (``{name}``), which translators keep as they are.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

__all__ = ["DOMAIN", "N_", "translate"]

DOMAIN = "thanknote"
_FOLDER = Path(__file__).resolve().parent / "locale"


def N_(message: str) -> str:  # noqa: N802 - the name pybabel looks for
    """Mark a message for extraction; translation happens where it is shown."""
    return message


@functools.lru_cache(maxsize=16)
def _catalog(language: str) -> dict[str, str]:
    path = _FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {
        str(message.id): str(message.string)
        for message in catalog
        if message.id and isinstance(message.string, str) and message.string
        and not message.fuzzy
    }  # fmt: skip


def translate(locale: str | None, message: str, /, **params: Any) -> str:
    """``message`` in the locale's language (English when untranslated), filled in.

    Args:
        locale: A locale such as ``"de_AT"``; its language picks the catalog.
        message: The English message, as marked with :func:`N_`.
        **params: Values for the ``{placeholders}``.
    """
    language = (locale or "en").replace("-", "_").split("_")[0].lower()
    text = message if language == "en" else _catalog(language).get(message, message)
    return text.format(**params) if params else text
