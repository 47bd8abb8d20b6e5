"""Lint configuration: which rules run, at what severity, with which limits.

Read from ``[tool.thanknote.lint]`` in a ``pyproject.toml`` or from a
``[lint]`` table in a ``thanknote.toml``::

    [tool.thanknote.lint]
    select = ["TN1", "TN2"]          # codes, code prefixes or rule names
    ignore = ["TN325"]
    fail-on = "warning"              # the CLI exits 1 at or above this
    max-words = 220
    min-words = 40
    [tool.thanknote.linting.severity]
    too-long = "error"

Unknown keys, codes and levels are errors, never silently ignored.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from thanknote.errors import InvalidConfigError, Problem
from thanknote.linting.findings import SEVERITIES, Severity
from thanknote.linting.rule import Rule, RuleRegistry

__all__ = ["CONFIG_FILES", "LintConfig", "find_config"]

CONFIG_FILES = ("thanknote.toml", "pyproject.toml")
_KEYS = ("select", "ignore", "severity", "fail-on", "max-words", "min-words")


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _pairs(
    value: Mapping[str, Severity] | Iterable[tuple[str, Severity]],
) -> tuple[tuple[str, Severity], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted(items))


@attrs.frozen(kw_only=True)
class LintConfig:
    """Which rules run and how strictly.

    Attributes:
        select: Codes, code prefixes (``"TN1"``) or names to run; empty runs all.
        ignore: Codes, prefixes or names never to run.
        severity: Per-rule severity overrides, as ``(code or name, level)`` pairs.
        fail_on: Lowest severity that makes the command line exit 1.
        max_words: A note above this many words is long.
        min_words: A note below this many words is short.
    """

    select: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    severity: tuple[tuple[str, Severity], ...] = attrs.field(default=(), converter=_pairs)
    fail_on: Severity = "error"
    max_words: int = 250
    min_words: int = 50

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str | None = None) -> LintConfig:
        """Build a configuration from a ``[tool.thanknote.lint]``-shaped mapping.

        Raises:
            InvalidConfigError: A key, value or level is not valid.
        """
        problems: list[Problem] = []

        def bad(field: str, message: str) -> None:
            problems.append(Problem(field=field, message=message, source=source))

        for key in data:
            if key not in _KEYS:
                import difflib

                close = difflib.get_close_matches(key, _KEYS, n=1)
                bad(key, "unknown setting" + (f"; did you mean {close[0]!r}?" if close else ""))
        fields: dict[str, Any] = {}
        for key in ("select", "ignore"):
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                bad(key, "expected a list of codes or rule names")
            else:
                fields[key] = tuple(value)
        levels = data.get("severity", {})
        if not isinstance(levels, Mapping):
            bad("severity", "expected a table of rule = level")
        else:
            for name, level in levels.items():
                if level not in SEVERITIES:
                    bad(
                        f"severity.{name}",
                        f"expected one of {', '.join(SEVERITIES)}, got {level!r}",
                    )
            fields["severity"] = dict(levels)
        fail_on = data.get("fail-on", "error")
        if fail_on not in SEVERITIES:
            bad("fail-on", f"expected one of {', '.join(SEVERITIES)}, got {fail_on!r}")
        else:
            fields["fail_on"] = fail_on
        for key in ("max-words", "min-words"):
            if key in data:
                value = data[key]
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    bad(key, f"expected a positive whole number, got {value!r}")
                else:
                    fields[key.replace("-", "_")] = value
        if problems:
            raise InvalidConfigError(problems, source)
        return cls(**fields)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> LintConfig:
        """Read the configuration from a ``pyproject.toml`` or ``thanknote.toml``.

        A file without a lint table gives the defaults.

        Raises:
            InvalidConfigError: The file cannot be read or its table is invalid.
        """
        path = Path(path)
        label = str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise InvalidConfigError(
                [Problem(field="", message=f"cannot read configuration: {err}", source=label)],
                label,
            ) from None
        table = _lint_table(data, path.name)
        return cls.from_mapping(table or {}, source=label)

    def check_codes(self, registry: RuleRegistry) -> None:
        """Make sure every code, prefix and name refers to a registered rule.

        Raises:
            InvalidConfigError: Some entry matches no rule.
        """
        problems = []
        codes = registry.codes()
        for key, entries in (
            ("select", self.select),
            ("ignore", self.ignore),
            ("severity", tuple(name for name, _ in self.severity)),
        ):
            for entry in entries:
                if entry in registry or any(code.startswith(entry) for code in codes):
                    continue
                problems.append(
                    Problem(
                        field=key, message=f"{entry!r} matches no rule (known: {', '.join(codes)})"
                    )
                )
        if problems:
            raise InvalidConfigError(problems)

    def enabled(self, rule: Rule) -> bool:
        """Whether ``rule`` runs under this configuration."""
        if self.select and not any(_refers(entry, rule) for entry in self.select):
            return False
        return not any(_refers(entry, rule) for entry in self.ignore)

    def severity_of(self, rule: Rule) -> Severity:
        """The severity ``rule`` reports at under this configuration."""
        for entry, level in self.severity:
            if _refers(entry, rule):
                return level
        return rule.severity


def _refers(entry: str, rule: Rule) -> bool:
    return entry == rule.name or rule.code.startswith(entry)


def _lint_table(data: Mapping[str, Any], filename: str) -> Mapping[str, Any] | None:
    if filename == "pyproject.toml":
        table = data.get("tool", {}).get("thanknote", {}).get("lint")
    else:
        table = data.get("lint")
    return table if isinstance(table, Mapping) else None


def find_config(start: str | os.PathLike[str]) -> Path | None:
    """Find the nearest configuration file at or above ``start``.

    A ``thanknote.toml`` wins over a ``pyproject.toml`` in the same folder;
    a ``pyproject.toml`` counts only if it has a ``[tool.thanknote.lint]`` table.
    """
    folder = Path(start).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if not path.is_file():
                continue
            if name == "thanknote.toml":
                return path
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if _lint_table(data, name) is not None:
                return path
    return None
