"""The documentation: its rule examples hold, it builds without a warning, its examples run."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import thanknote

DOCS = Path(__file__).resolve().parent.parent / "docs"
SPHINX = ("sphinx", "myst_parser", "furo")
missing = [name for name in SPHINX if importlib.util.find_spec(name) is None]
needs_sphinx = pytest.mark.skipif(
    bool(missing),
    reason=f"{', '.join(missing)} not installed; pip install -e '.[docs]' to build the docs",
)


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("thanknote_docs", DOCS / "_ext/thanknote_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_rule_fires_on_its_example_and_not_once_fixed():
    docs = generator()
    examples = docs.rule_examples()
    assert [e.rule.code for e in examples] == list(thanknote.RuleRegistry.builtin().codes())
    assert docs.check_rule_examples(examples) == []


def test_a_rule_that_stops_firing_on_its_example_is_reported(tmp_path):
    docs = generator()
    broken = tmp_path / "rule_examples.toml"
    text = docs.EXAMPLES.read_text("utf-8")
    broken.write_text(text.replace("[Company]", "Acme Robotics"), "utf-8")
    problems = docs.check_rule_examples(docs.rule_examples(broken))
    assert problems == ["TN301 (placeholder) does not fire on its example note"]


def test_the_api_page_documents_every_public_name():
    assert generator().undocumented() == []


def test_the_cli_page_covers_every_command_and_option():
    docs = generator()
    page = docs.cli_page(docs.command_parser())
    for command in ("draft", "lint", "plan", "agenda", "done", "preview", "init", "schema"):
        assert f".. program:: thanknote {command}\n" in page
    assert ".. option:: --fail-on" in page


@pytest.mark.parametrize("page", sorted(DOCS.rglob("*.md")), ids=lambda p: p.name)
def test_every_python_example_is_run_by_the_doctest_builder(page):
    """A plain ```python block would never run; examples are {doctest} or {testcode}."""
    assert not re.search(r"^\s*(```|~~~)\s*(python|py|pycon)\s*$", page.read_text("utf-8"), re.M)


def sphinx(builder: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            builder,
            str(DOCS),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@needs_sphinx
def test_the_site_builds_without_a_warning_with_a_page_per_rule(tmp_path):
    done = sphinx("html", tmp_path)
    assert done.returncode == 0, done.stderr
    assert not done.stderr.strip(), done.stderr
    for code in thanknote.RuleRegistry.builtin().codes():
        assert (tmp_path / "reference" / "rules" / f"{code.lower()}.html").is_file()
    assert (tmp_path / "reference" / "cli.html").is_file()
    assert "thanknote.Interview" in (tmp_path / "reference" / "api.html").read_text("utf-8")


@needs_sphinx
def test_the_examples_in_the_docs_run(tmp_path):
    done = sphinx("doctest", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    summary = (tmp_path / "output.txt").read_text("utf-8")
    assert "0 failures in tests" in summary
    assert not re.search(r"^\s*0 tests", summary, re.M)
