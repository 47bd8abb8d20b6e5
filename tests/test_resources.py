"""The built-in templates are found wherever the package runs from."""

from __future__ import annotations

from thanknote._resources import builtin_templates


def test_builtin_templates_hold_every_tone_and_the_card() -> None:
    root = builtin_templates()
    for tone in ("formal", "warm", "concise"):
        assert (root / "en" / "thank_you" / f"{tone}.txt.j2").is_file()
    assert (root / "en" / "thank_you" / "formal.html.j2").is_file()
    assert (root / "_layout.html.j2").is_file()
    assert (root / "en" / "card.txt.j2").is_file()
