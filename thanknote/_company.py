"""The company's name inside a sentence, where a bare name does not always fit."""

from __future__ import annotations

import functools

from thanknote.languages import language_pack
from thanknote.model import Interview

__all__ = ["at_company", "at_company_phrase"]


@functools.lru_cache(maxsize=256)
def at_company(company: str, locale: str) -> str:
    """The words for "at ``company``" in the locale's language.

    A name that starts with a common noun takes an article, and sometimes
    an inflected noun, in most languages ("beim Klinikum Nord", "bei den
    Stadtwerken Leipzig", "au Lycée Jean-Moulin"): the language pack lists
    such first words. Any other name is used bare, in the pack's phrase
    for "at" ("bei Siemens", "chez Renault").
    """
    words = language_pack(locale).lexicon
    folded = company.casefold()
    for start in sorted(words.at_company_starting, key=len, reverse=True):
        size = len(start)
        if folded.startswith(start.casefold()) and (
            len(company) == size or not company[size].isalnum()
        ):
            phrase = words.at_company_starting[start]
            return phrase.replace("{rest}", company[size:]).replace("{company}", company)
    return (words.at_company or "{company}").replace("{company}", company)


def at_company_phrase(interview: Interview, locale: str) -> str:
    """The interview's own ``at_company``, else the one :func:`at_company` gives."""
    return interview.at_company or at_company(interview.company, locale)
