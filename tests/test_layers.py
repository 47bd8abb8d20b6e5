"""Specification of the package's layers: which module may import which.

Bottom to top: records and errors, language data, loading, then rendering,
linting and planning side by side (none imports another), then what is made
of them (export, agenda, preview, batch), then the shell (the CLI and the
package's own ``__init__``). Every import counts, including those inside a
function or under ``TYPE_CHECKING``: a record that imports the lint engine
in a method depends on it as much as one that imports it at the top.

Run as a script (``python tests/test_layers.py``) it prints the graph and
whether it has a circle.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "thanknote"

# (rank, group, modules): a module may import a module of a lower rank, or
# one of its own group. A name ending in "." stands for a whole package.
LAYERS: tuple[tuple[int, str, frozenset[str]], ...] = (
    (0, "records", frozenset({
        "thanknote._address", "thanknote._business_days", "thanknote._deferred",
        "thanknote._entry_points", "thanknote._fields", "thanknote._files",
        "thanknote._header", "thanknote._hooks", "thanknote._json", "thanknote._kinds",
        "thanknote._locales",
        "thanknote._names", "thanknote._version", "thanknote.errors", "thanknote.model",
    })),
    (1, "languages", frozenset({
        "thanknote._company", "thanknote._decision", "thanknote._holidays", "thanknote._i18n",
        "thanknote._points", "thanknote._resources", "thanknote._samples", "thanknote._wording",
        "thanknote.etiquette", "thanknote.languages",
    })),
    (2, "load", frozenset({
        "thanknote._describe", "thanknote._documents", "thanknote._field_reader",
        "thanknote._interview_reader", "thanknote._interview_warnings", "thanknote._progress",
        "thanknote._starter", "thanknote._zones", "thanknote.load", "thanknote.schema",
    })),
    (3, "render", frozenset({
        "thanknote._filters", "thanknote._running", "thanknote._sandbox",
        "thanknote.render",
    })),
    (3, "lint", frozenset({"thanknote.linting."})),
    (3, "schedule", frozenset({"thanknote.schedule"})),
    (4, "compose", frozenset({
        "thanknote.batch", "thanknote.export", "thanknote.plan_export", "thanknote.preview",
        "thanknote.search",
        "thanknote.template_check", "thanknote.testing",
    })),
    (5, "shell", frozenset({
        "thanknote", "thanknote.__main__", "thanknote._deprecated", "thanknote.cli",
        "thanknote.custom",
    })),
)  # fmt: skip

# Inside the lint package: the text and its words, then what a rule is
# given, then the rules, then who picks and runs them.
LINT_LAYERS: tuple[tuple[int, frozenset[str]], ...] = (
    (0, frozenset({"findings", "patterns", "text", "greeting"})),
    (1, frozenset({"protocol"})),
    (2, frozenset({"rules."})),
    (3, frozenset({"registry"})),
    (4, frozenset({"config"})),
    (5, frozenset({"engine", "output", "rule", ""})),
)


def _module_names(root: Path) -> dict[str, Path]:
    names = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports."""
    modules = _module_names(root)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                # "from thanknote import _names" imports the module _names.
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                    for a in node.names
                ]
            else:
                continue
            found.update(t for t in targets if t in modules and t != name)
        graph[name] = found
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _matches(module: str, names: frozenset[str]) -> bool:
    return module in names or any(n.endswith(".") and (module + ".").startswith(n) for n in names)


def layer_of(module: str) -> tuple[int, str]:
    """The rank and group of a module of the package."""
    for rank, group, names in LAYERS:
        if _matches(module, names):
            return rank, group
    raise LookupError(module)


def lint_layer_of(module: str) -> int:
    """The rank of a module inside ``thanknote.linting``."""
    rest = module.removeprefix("thanknote.linting").removeprefix(".")
    for rank, names in LINT_LAYERS:
        if _matches(rest, names):
            return rank
    raise LookupError(module)


def _edges(graph: Mapping[str, set[str]]) -> Iterator[tuple[str, str]]:
    for source in sorted(graph):
        for target in sorted(graph[source]):
            yield source, target


GRAPH = import_graph()


def test_the_graph_sees_imports_inside_functions() -> None:
    assert "thanknote.linting.rules" in GRAPH["thanknote.linting.registry"]  # in a method


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_every_module_has_a_layer(module: str) -> None:
    layer_of(module)
    if module.startswith("thanknote.linting"):
        lint_layer_of(module)


def test_no_module_imports_one_above_it_or_beside_it() -> None:
    wrong = []
    for source, target in _edges(GRAPH):
        (rank, group), (their_rank, their_group) = layer_of(source), layer_of(target)
        if their_rank > rank or (their_rank == rank and their_group != group):
            wrong.append(f"{source} ({group}) imports {target} ({their_group})")
    assert wrong == []


def test_inside_the_lint_package_rules_know_nothing_of_who_runs_them() -> None:
    wrong = [
        f"{source} imports {target}"
        for source, target in _edges(GRAPH)
        if source.startswith("thanknote.linting")
        and target.startswith("thanknote.linting")
        and lint_layer_of(target) > lint_layer_of(source)
    ]
    assert wrong == []


def test_the_import_graph_has_no_circle() -> None:
    assert cycles(GRAPH) == []


def test_records_import_only_the_bottom_layer() -> None:
    assert {layer_of(m)[1] for m in GRAPH["thanknote.model"]} == {"records"}


if __name__ == "__main__":
    for source in sorted(GRAPH):
        print(f"{source} -> {', '.join(sorted(GRAPH[source])) or '-'}")
    circles = cycles(GRAPH)
    for circle in circles:
        print("circle:", " -> ".join(circle))
    edges = sum(len(targets) for targets in GRAPH.values())
    print(f"{len(GRAPH)} modules, {edges} imports, {len(circles) or 'no'} circle(s)")
    sys.exit(1 if circles else 0)
