"""Deprecated: the protocol moved to :mod:`.protocol`, the registry to :mod:`.registry`.

``thanknote.rule``, ``thanknote.Hit``, ``thanknote.Rule``,
``thanknote.LintContext`` and ``thanknote.RuleRegistry`` are the public
spellings of what plugins imported from here.
"""

from __future__ import annotations

import warnings
from typing import Any

__all__: list[str] = []  # nothing to star-import: every name here has moved

_MOVED = {
    "Hit": "protocol",
    "LintContext": "protocol",
    "Rule": "protocol",
    "rule": "protocol",
    "BUILTIN_ORIGIN": "registry",
    "ENTRY_POINT_GROUP": "registry",
    "RuleRegistry": "registry",
    "builtin_codes": "registry",
}

_PUBLIC = frozenset({"Hit", "LintContext", "Rule", "RuleRegistry", "rule"})


def __getattr__(name: str) -> Any:
    where = _MOVED.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(
        f"thanknote.linting.rule.{name} is deprecated and will be removed in the next "
        f"release; use thanknote.linting.{where}.{name}"
        + (f" or thanknote.{name}" if name in _PUBLIC else ""),
        DeprecationWarning,
        stacklevel=2,
    )
    from thanknote.linting import protocol, registry

    return getattr(protocol if where == "protocol" else registry, name)
