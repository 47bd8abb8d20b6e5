"""The company and the position inside a sentence, as a person writes them.

A bare name does not always fit a sentence, and a registered name carries
what nobody says in a letter: its legal form ("Northfield Logistics LLC",
"Maison Baudry SARL") and, in a job title, the job ad's gender marker
("Sachbearbeiter (m/w/d)").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from thanknote.languages import language_pack

if TYPE_CHECKING:  # a type only: the lint rules import this module, and model imports them
    from thanknote.model import Interview

__all__ = ["at_company", "at_company_phrase", "in_prose", "position_in_prose"]


@functools.cache
def _legal_form() -> re.Pattern[str]:
    # Legal forms, as the end of a registered name ("…, Inc.", "… GmbH & Co. KG").
    # Compiled on first use: a lint run without an interview never needs it.
    return re.compile(
        r"(?:,?\s+(?:GmbH\s*&\s*Co\.?\s*KG|GmbH|gGmbH|AG|KGaA|KG|OHG|e\.\s?V\.|UG(?:\s*\(haftungsbeschränkt\))?"
        r"|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|LLP|PLC|plc|Corp\.?|P\.C\."
        r"|S\.?\s?A\.?\s?R\.?\s?L\.?|SARL|SAS|S\.A\.S\.|SASU|EURL|SCOP"
        r"|S\.\s?L\.(?:\s?[UP]\.)?|S\.\s?A\.(?:\s?U\.)?|SLU|SLP|SAU|SL|SA|S\.\s?Coop\."
        r"|S\.r\.l\.|S\.p\.A\.|Srl|SpA|S\.a\.s\.|S\.n\.c\."
        r"|Ltda\.?|LTDA\.?|Lda\.?|S/A|EIRELI"
        r"|B\.V\.|BV|N\.V\.|NV|AB|ASA|Oy|A/S|ApS))+$"
    )


@functools.cache
def _gender_marker() -> re.Pattern[str]:
    # A job ad's gender marker: "(m/w/d)", "(w/m/d)", "(gn)", "(H/F)", "(f/m/x)".
    return re.compile(
        r"\s*\((?:[mwdfhx]{1,3}(?:\s*/\s*[mwdfhx*]{1,3}){1,3}|gn\*?|all\s+genders|alle\s+geschlechter)\)",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=256)  # asked for note after note, by drafting and lint alike
def in_prose(company: str) -> str:
    """The company's name as a sentence says it: without its legal form or a tagline.

    "Quinta do Vale Escuro – Vinhos do Douro" is "Quinta do Vale Escuro" in
    a sentence; a comma stays, since it may be part of the name ("Smith,
    Jones & Co").
    """
    short = _TAGLINE.split(company, maxsplit=1)[0]
    short = _legal_form().sub("", short).rstrip(" ,")
    return short if len(short) >= 2 else company


@functools.lru_cache(maxsize=256)
def position_in_prose(position: str) -> str:
    """The job title as a sentence says it: the title itself, without qualifiers.

    A job ad's gender marker goes ("(m/w/d)"), and so does what follows a
    dash, a parenthesis or a comma ("Charge Nurse, Cardiac Step-Down Unit",
    "insegnante di inglese (primaria)"): "the Charge Nurse role" reads as a
    person says it. A subject line keeps the whole title.
    """
    short = " ".join(_gender_marker().sub("", position).split())
    short = _QUALIFIER.split(short, maxsplit=1)[0].strip()
    return short or position


# What follows a spaced dash or a parenthesis qualifies a name or a title.
_TAGLINE = re.compile(r"\s+[–—-]\s+|\s+\(")
_QUALIFIER = re.compile(r"\s+[–—-]\s+|\s*\(|,\s+")


@functools.lru_cache(maxsize=256)
def at_company(company: str, locale: str) -> str:
    """The words for "at ``company``" in the locale's language.

    A name that starts with a common noun takes an article, and sometimes
    an inflected noun, in most languages ("beim Klinikum Nord", "bei den
    Stadtwerken Leipzig", "au Lycée Jean-Moulin"): the language pack lists
    such first words, and the ends of first words that are compounds
    ("Tanzschule", "Vetreria"). Any other name is used bare, in the pack's phrase
    for "at" ("bei Siemens", "chez Renault"). A legal form is left out
    ("at Northfield Logistics" for "Northfield Logistics LLC") unless the
    language's letters keep it (German: "bei der Nordlicht Robotik GmbH").
    """
    words = language_pack(locale).lexicon
    if not words.keep_legal_form:
        company = in_prose(company)
    folded = company.casefold()
    for start in sorted(words.at_company_starting, key=len, reverse=True):
        size = len(start)
        if folded.startswith(start.casefold()) and (
            len(company) == size or not company[size].isalnum()
        ):
            phrase = words.at_company_starting[start]
            return phrase.replace("{rest}", company[size:]).replace("{company}", company)
    head = company.split(" ", 1)[0].casefold()
    # A legal form the letters keep decides the article itself ("die … GmbH").
    ending = words.at_company_ending if in_prose(company) == company else {}
    for end in sorted(ending, key=len, reverse=True):
        # "Tanzschule Lindner", "Liuteria Ferrandi": the first word's end is
        # a common noun, and the name takes its article. Longer than the end
        # alone, which the first words above would list.
        if head.endswith(end.casefold()) and len(head) > len(end) and company[:1].isupper():
            return words.at_company_ending[end].replace("{company}", company)
    return (words.at_company or "{company}").replace("{company}", company)


def at_company_phrase(interview: Interview, locale: str) -> str:
    """The interview's own ``at_company``, else the one :func:`at_company` gives."""
    return interview.at_company or at_company(interview.company, locale)
