"""Specification of the package's module sizes: a long module says why it stays whole.

A module over :data:`LIMIT` lines either does two jobs and is split, or
states in its docstring, in a paragraph that begins ``Kept whole:``, in one
or two sentences, why its parts belong together. The reason is for the
reader who opens the file wondering whether to split it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "thanknote"
LIMIT = 400
MARK = "Kept whole:"

MODULES = sorted(PACKAGE.rglob("*.py"))
LONG = [path for path in MODULES if len(path.read_text("utf-8").splitlines()) > LIMIT]


def reason(path: Path) -> str | None:
    """The paragraph of the module docstring that begins with the mark, or ``None``."""
    docstring = ast.get_docstring(ast.parse(path.read_text("utf-8"))) or ""
    for paragraph in docstring.split("\n\n"):
        if paragraph.startswith(MARK):
            return " ".join(paragraph.split())
    return None


def sentences(text: str) -> int:
    # "e.g." and the like do not occur in these reasons; a full stop, colon
    # or semicolon ends a clause, only a full stop a sentence.
    return len(re.findall(r"[.!?](?:\s|$)", text))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


@pytest.mark.parametrize("path", LONG, ids=_name)
def test_a_module_over_the_limit_says_why_it_stays_whole(path: Path) -> None:
    found = reason(path)
    assert found is not None, f"{_name(path)}: over {LIMIT} lines with no '{MARK}' paragraph"
    words = found.removeprefix(MARK).split()
    assert len(words) >= 8, f"{_name(path)}: the reason is too short to say anything"
    assert 1 <= sentences(found) <= 2, f"{_name(path)}: the reason takes more than two sentences"


@pytest.mark.parametrize(
    ("docstring", "found"),
    [
        (
            '"""Title.\n\nKept whole: one object with its helpers.\n"""',
            "Kept whole: one object with its helpers.",
        ),
        ('"""Title.\n\nThis module is long: it does a lot.\n"""', None),
        ('"""Title. Kept whole: not a paragraph of its own."""', None),
        ("x = 1\n", None),
    ],
)
def test_the_reason_is_a_paragraph_that_begins_with_the_mark(
    tmp_path: Path, docstring: str, found: str | None
) -> None:
    module = tmp_path / "module.py"
    module.write_text(docstring, "utf-8")
    assert reason(module) == found


def test_the_scan_sees_the_long_modules() -> None:
    # The check above must not pass by finding no file at all.
    assert len(MODULES) > 20
    assert any(path.name == "cli.py" for path in LONG)
