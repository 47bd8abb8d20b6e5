"""Locale identifiers: normalising one, and the language it names.

The loader, the renderer, the planner, the lint pass and the message
catalogs all read locales; they read them here, so that ``"pt-br"`` and
``"pt_BR"`` mean one thing everywhere. Babel is imported only when a locale
is normalised.
"""

from __future__ import annotations

import functools

__all__ = ["language_code", "parse_locale"]


@functools.lru_cache(maxsize=256)
def language_code(locale: str) -> str:
    """The language part of a locale: ``"pt"`` for ``"pt_BR"`` or ``"pt-BR"``."""
    return locale.replace("-", "_").split("_")[0].lower()


@functools.lru_cache(maxsize=256)
def parse_locale(value: str) -> str:
    """Normalise a locale identifier with Babel (``"en-us"`` → ``"en_US"``).

    Raises:
        ValueError: Babel does not know the locale.
    """
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(value.strip().replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError) as err:
        raise ValueError(f"unknown locale {value!r}") from err
