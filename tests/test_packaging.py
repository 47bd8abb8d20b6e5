"""Specification of the package's metadata: what an installer and an index read."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest
from babel import Locale

import thanknote

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# The distribution that provides each module thanknote imports from outside
# the standard library.
DISTRIBUTIONS = {
    "attrs": "attrs", "babel": "babel", "icalendar": "icalendar", "jinja2": "jinja2",
    "markupsafe": "markupsafe", "holidays": "holidays",
}  # fmt: skip


def names(requirements: list[str]) -> set[str]:
    return {r.split(";")[0].split("[")[0].split(">")[0].split("=")[0].strip() for r in requirements}


def imported_outside_stdlib() -> set[str]:
    """Top-level modules imported anywhere in thanknote/, inside functions too."""
    found: set[str] = set()
    for path in (ROOT / "thanknote").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"thanknote"}


def test_every_module_imported_is_declared() -> None:
    """A module imported directly is a dependency, even if another dependency brings it."""
    optional = PROJECT["optional-dependencies"]
    declared = names(PROJECT["dependencies"]) | names(optional["calendar"] + optional["holidays"])
    imported = imported_outside_stdlib()
    assert imported <= set(DISTRIBUTIONS), imported - set(DISTRIBUTIONS)
    assert {DISTRIBUTIONS[module] for module in imported} <= declared


def test_markupsafe_is_a_dependency_of_its_own() -> None:
    assert "markupsafe" in names(PROJECT["dependencies"])


@pytest.mark.parametrize(
    "code", [pack.code for pack in thanknote.available_languages() if pack.origin == "built-in"]
)
def test_every_language_with_a_pack_has_a_natural_language_classifier(code: str) -> None:
    language = Locale.parse(code).english_name
    assert f"Natural Language :: {language}" in PROJECT["classifiers"]


@pytest.mark.parametrize("label", ["Documentation", "Changelog", "Issues", "Source"])
def test_the_project_links_to_its_pages(label: str) -> None:
    assert PROJECT["urls"][label].startswith("https://")


def test_test_docs_and_dev_extras_are_apart() -> None:
    extras = PROJECT["optional-dependencies"]
    assert {"pytest", "hypothesis", "jsonschema"} <= names(extras["test"])
    assert not {"ruff", "mypy", "sphinx"} & names(extras["test"])
    assert {"sphinx", "myst-parser"} <= names(extras["docs"])
    assert {"thanknote", "ruff", "mypy"} <= names(extras["dev"])
    assert "thanknote[test]" in extras["dev"]


def test_the_source_distribution_carries_the_message_extraction_config() -> None:
    include = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"][
        "build"
    ]["targets"]["sdist"]["include"]
    assert "babel.cfg" in include
    assert (ROOT / "babel.cfg").is_file()
