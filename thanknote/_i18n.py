"""Translating thanknote's own messages: lint findings, plan reasons, CLI lines.

Each language pack holds its catalog: ``thanknote.po`` in the pack's folder,
compiled to ``thanknote.mo`` beside it when the package is built (see
``hatch_build.py``) and read with the standard library's :mod:`gettext`. Run
from a checkout, where nothing was compiled, the ``.po`` is read with Babel
instead. Either way a catalog is read once per process, on first use.
Messages are marked in the code with :func:`N_` so that ``pybabel extract -F
babel.cfg -k N_ -o templates/thanknote.pot .`` finds them; placeholders use
``str.format`` names (``{name}``), which translators keep as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from thanknote._locales import language_code

__all__ = ["DOMAIN", "N_", "translate"]

DOMAIN = "thanknote"


def N_(message: str) -> str:  # noqa: N802 - the name pybabel looks for
    """Mark a message for extraction; translation happens where it is shown."""
    return message


def _as_written(message: str) -> str:
    return message


@functools.lru_cache(maxsize=16)
def _catalog(language: str) -> Callable[[str], str]:
    from thanknote.errors import UnsupportedLanguageError
    from thanknote.languages import language_pack

    try:
        folder = language_pack(language).folder
    except UnsupportedLanguageError:
        return _as_written
    compiled = folder / f"{DOMAIN}.mo"
    if compiled.is_file():
        import gettext

        with compiled.open("rb") as handle:
            return gettext.GNUTranslations(handle).gettext
    source = folder / f"{DOMAIN}.po"
    if not source.is_file():
        return _as_written
    from babel.messages.pofile import read_po

    with source.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    messages = {
        str(message.id): str(message.string)
        for message in catalog
        if message.id and isinstance(message.string, str) and message.string
        and not message.fuzzy
    }  # fmt: skip
    return lambda message: messages.get(message, message)


def translate(locale: str | None, message: str, /, **params: Any) -> str:
    """``message`` in the locale's language (as written when untranslated), filled in.

    Args:
        locale: A locale such as ``"de_AT"``; its language picks the catalog.
        message: The English message, as marked with :func:`N_`.
        **params: Values for the ``{placeholders}``.
    """
    language = language_code(locale) if locale else ""
    text = _catalog(language)(message) if language else message
    return text.format(**params) if params else text
