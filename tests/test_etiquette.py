"""Specification of the per-country custom for thank-you notes."""

from __future__ import annotations

import pytest

import thanknote


@pytest.mark.parametrize(
    ("locale", "expectation"),
    [("en_US", "expected"), ("en_GB", "common"), ("fr_CA", "common"), ("de_DE", "less usual"),
     ("de_AT", "less usual"), ("es_ES", "less usual"), ("es_MX", "varies")],
)  # fmt: skip
def test_the_custom_follows_the_locales_country(locale: str, expectation: str) -> None:
    custom = thanknote.thank_you_custom(locale)
    assert custom is not None
    assert custom.expectation == expectation
    assert custom.advice.endswith(".")


@pytest.mark.parametrize("locale", ["de", "en", "mn_MN"])
def test_no_country_or_an_unknown_one_gives_nothing(locale: str) -> None:
    assert thanknote.thank_you_custom(locale) is None
