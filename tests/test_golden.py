"""Golden files: the formal and warm notes of each language, as reviewed.

Each file under ``tests/golden/`` is a note a native writer read and
approved. A change to a template that alters one shows up here as a diff to
review; after review, regenerate with ``THANKNOTE_REGENERATE=1 pytest
tests/test_golden.py`` and read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import thanknote

ROOT = Path(__file__).resolve().parent
EXAMPLES = ROOT.parent / "examples"
CASES = [
    (lang, tone, index, label)
    for lang in ("en", "de", "fr", "es")
    for tone in ("formal", "warm")
    for index, label in ((0, "honorific"), (1, "no-honorific"))
]


def _interview(lang: str) -> thanknote.Interview:
    name = "interview.toml" if lang == "en" else f"interview_{lang}.toml"
    return thanknote.load_interview(EXAMPLES / name)


@pytest.mark.parametrize(("lang", "tone", "index", "label"), CASES)
def test_the_note_matches_its_reviewed_golden_file(
    lang: str, tone: str, index: int, label: str
) -> None:
    note = thanknote.draft(_interview(lang), tone=tone)[index]  # type: ignore[arg-type]
    path = ROOT / "golden" / f"{lang}-{tone}-{label}.txt"
    rendered = f"Subject: {note.subject}\n\n{note.text}"
    if os.environ.get("THANKNOTE_REGENERATE"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")
