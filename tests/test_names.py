"""Specification of how a name splits when no override is given."""

from __future__ import annotations

import pytest

from thanknote._names import first_name, last_name


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("Dana Reyes", "Dana", "Reyes"),
        ("Mary Ann Smith", "Mary", "Smith"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Anna van der Berg", "Anna", "van der Berg"),
        ("Juan de la Cruz", "Juan", "de la Cruz"),
        ("Martin Luther King Jr.", "Martin", "King"),
        ("Cher", "Cher", "Cher"),
        ("  Dana   Reyes  ", "Dana", "Reyes"),
        ("Dr. med. Anna Schmidt", "Anna", "Schmidt"),
        ("Prof. Dr.-Ing. Jonas Weber", "Jonas", "Weber"),
        ("Lic. Gabriela Núñez", "Gabriela", "Núñez"),
        ("Jean-Claude Van Damme", "Jean-Claude", "Van Damme"),
        ("Paolo De Luca", "Paolo", "De Luca"),
    ],
)
def test_first_word_is_given_name_last_word_with_particles_is_family_name(
    name: str, first: str, last: str
) -> None:
    assert (first_name(name), last_name(name)) == (first, last)
