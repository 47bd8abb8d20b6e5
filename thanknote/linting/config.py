"""Lint configuration: which rules run, at what severity, with which limits.

Read from ``[tool.thanknote.lint]`` in a ``pyproject.toml`` or from a
``[lint]`` table in a ``thanknote.toml``::

    [tool.thanknote.lint]
    select = ["TN1", "TN2"]          # codes, code prefixes or rule names
    ignore = ["TN325"]
    fail-on = "warning"              # the CLI exits 1 at or above this
    max-words = 220
    min-words = 40
    max-chars = 20000                # longer texts are refused (default 100,000)
    max-findings = 20                # per rule and note; the rest are counted
    [tool.thanknote.lint.severity]
    too-long = "error"

An entry of ``select``, ``ignore`` or ``severity`` is a rule's name, its code
or a prefix of codes; an entry that is itself a rule's code stands for that
rule alone ("TN101" is not also a plugin's "TN1011"; "TN1" is every TN1xx).
Unknown keys, codes and levels are errors, never silently ignored.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from thanknote._kinds import strings
from thanknote.errors import InvalidConfigError, Problem
from thanknote.linting.findings import SEVERITIES, Severity
from thanknote.linting.protocol import Rule
from thanknote.linting.registry import RuleRegistry, builtin_codes

__all__ = [
    "CONFIG_FILES",
    "MAX_CHARS",
    "MAX_FINDINGS",
    "LintConfig",
    "designates",
    "exact_codes",
    "find_config",
    "refers",
]

CONFIG_FILES = ("thanknote.toml", "pyproject.toml")
_KEYS = (
    "select", "ignore", "severity", "fail-on", "max-words", "min-words", "max-chars", "max-findings"
)  # fmt: skip

MAX_CHARS = 100_000
"""The longest text the lint pass takes by default: a thank-you note is about 1,000."""

MAX_FINDINGS = 10_000
"""How many findings one rule reports on one text by default; the rest are counted."""


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
        max_chars: A longer text is refused with an ``InvalidOptionError``
            (:data:`MAX_CHARS` by default), so the time and memory a lint
            takes stay bounded.
        max_findings: At most this many findings of one rule for one text
            (:data:`MAX_FINDINGS` by default); how many more there were is
            in :attr:`LintReport.truncated <thanknote.LintReport.truncated>`.
    """

    select: tuple[str, ...] = attrs.field(default=(), converter=strings)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=strings)
    severity: tuple[tuple[str, Severity], ...] = attrs.field(default=(), converter=_pairs)
    fail_on: Severity = "error"
    max_words: int = 250
    min_words: int = 50
    max_chars: int = attrs.field(default=MAX_CHARS, validator=attrs.validators.ge(1))
    max_findings: int = attrs.field(default=MAX_FINDINGS, validator=attrs.validators.ge(1))

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
        for key in ("max-words", "min-words", "max-chars", "max-findings"):
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
            data = _parsed(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:  # TOMLDecodeError and UnicodeDecodeError are
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
        exact = exact_codes(registry)
        for key, entries in (
            ("select", self.select),
            ("ignore", self.ignore),
            ("severity", tuple(name for name, _ in self.severity)),
        ):
            for entry in entries:
                if any(refers(entry, rule, exact) for rule in registry):
                    continue
                problems.append(
                    Problem(
                        field=key, message=f"{entry!r} matches no rule (known: {', '.join(codes)})"
                    )
                )
        if problems:
            raise InvalidConfigError(problems)

    def enabled(self, rule: Rule, codes: Collection[str] | None = None) -> bool:
        """Whether ``rule`` runs under this configuration.

        ``codes`` are the codes an entry stands for exactly rather than as a
        prefix (see :func:`refers`); by default the built-in ones.
        """
        exact = builtin_codes() if codes is None else codes
        if self.select and not designates(self.select, rule, exact):
            return False
        return not designates(self.ignore, rule, exact)

    def severity_of(self, rule: Rule, codes: Collection[str] | None = None) -> Severity:
        """The severity ``rule`` reports at under this configuration."""
        exact = builtin_codes() if codes is None else codes
        for entry, level in self.severity:
            if refers(entry, rule, exact):
                return level
        return rule.severity


def refers(entry: str, rule: Rule, codes: Collection[str] = ()) -> bool:
    """Whether a ``select``, ``ignore`` or ``severity`` entry designates ``rule``.

    An entry designates a rule by its name, its code, or a prefix of its
    code; an entry among ``codes`` (the codes of known rules) is a code and
    designates that rule only. So "TN1" designates TN101 and TN102, while
    "TN101" does not designate a plugin's "TN1011".
    """
    if entry == rule.name or entry == rule.code:
        return True
    return entry not in codes and rule.code.startswith(entry)


def designates(entries: Iterable[str], rule: Rule, codes: Collection[str] = ()) -> bool:
    """Whether any of ``entries`` designates ``rule`` (see :func:`refers`).

    The one test of selection: ``select`` and ``ignore`` in the
    configuration, and the codes a single text or template silences.
    """
    return any(refers(entry, rule, codes) for entry in entries)


def exact_codes(registry: RuleRegistry) -> frozenset[str]:
    """The codes that entries stand for exactly: the registry's and the built-in ones."""
    return frozenset(registry.codes()) | builtin_codes()


def _lint_table(data: Mapping[str, Any], filename: str) -> Mapping[str, Any] | None:
    if filename == "pyproject.toml":
        table = data.get("tool", {}).get("thanknote", {}).get("lint")
    else:
        table = data.get("lint")
    return table if isinstance(table, Mapping) else None


def _parsed(text: str) -> dict[str, Any]:
    import tomllib  # only when there is a configuration to read

    return tomllib.loads(text)


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
                text = path.read_text(encoding="utf-8")
                # A project's pyproject.toml without a word of thanknote cannot
                # hold its table: not parsing it keeps a cold lint quick.
                if "thanknote" not in text:
                    continue
                data = _parsed(text)
            except (OSError, ValueError):
                continue
            if _lint_table(data, name) is not None:
                return path
    return None
