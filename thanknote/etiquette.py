"""How usual a written thank-you after an interview is, by country.

A careful summary, not a rule: habits differ between companies and fields
far more than between borders. It is exposed as data so that a host can
show it, and ``thanknote draft`` mentions it when the locale's country is
one where a note is not expected.
"""

from __future__ import annotations

from typing import Literal

import attrs

from thanknote._i18n import N_, translate

__all__ = ["Custom", "thank_you_custom"]

Expectation = Literal["expected", "common", "varies", "less usual"]


@attrs.frozen(kw_only=True)
class Custom:
    """What is usual in one country.

    Attributes:
        territory: ISO 3166 country code, such as ``"US"``.
        expectation: ``"expected"``, ``"common"``, ``"varies"`` or
            ``"less usual"``.
        advice: One sentence on what that means for the note.
    """

    territory: str
    expectation: Expectation
    advice: str


_EXPECTED = N_(
    "A written thank-you within a day of the interview is widely expected; a missing one "
    "can be noticed."
)
_COMMON = N_(
    "A short thank-you email is common and appreciated, though not always expected; keep it "
    "brief and specific."
)
_VARIES = N_(
    "Habits vary between companies: international firms often welcome a short note, others "
    "rarely expect one; keep it brief and formal."
)
_LESS_USUAL = N_(
    "A thank-you note is less usual here; a short, formal email rarely hurts, but an "
    "effusive one can seem out of place."
)
_COUNTRIES: tuple[tuple[Expectation, str, str], ...] = (
    ("expected", _EXPECTED, "US"),
    ("common", _COMMON, "CA GB IE AU NZ SG IN PH"),
    ("varies", _VARIES, "MX AR CO CL PE BR ZA IL HK"),
    ("less usual", _LESS_USUAL, "DE AT CH LI LU FR BE MC NL ES IT PT SE NO DK FI PL CZ"),
)
_TABLE = {
    code: (expectation, advice)
    for expectation, advice, codes in _COUNTRIES
    for code in codes.split()
}


def thank_you_custom(locale: str) -> Custom | None:
    """The custom in the locale's country (``"de_AT"`` → Austria), if known.

    The advice is in the locale's language. A locale without a country
    (``"de"``) or a country not covered gives ``None``.
    """
    from babel import Locale

    territory = Locale.parse(locale.replace("-", "_")).territory
    if territory is None or territory not in _TABLE:
        return None
    expectation, advice = _TABLE[territory]
    return Custom(territory=territory, expectation=expectation, advice=translate(locale, advice))
