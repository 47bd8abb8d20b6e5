"""Which rules run: the :class:`RuleRegistry` and the ``thanknote.rules`` plugins.

A :class:`RuleRegistry` is an ordinary object owned by whoever builds it;
there is no global registry. Third-party rules are found through the
``thanknote.rules`` entry-point group: each entry point names a rule object,
a rule class, or a callable returning an iterable of rules.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from thanknote.errors import InvalidOptionError
from thanknote.linting.findings import SEVERITIES
from thanknote.linting.protocol import Rule, _FunctionRule

__all__ = ["BUILTIN_ORIGIN", "ENTRY_POINT_GROUP", "RuleRegistry", "builtin_codes"]

ENTRY_POINT_GROUP = "thanknote.rules"
BUILTIN_ORIGIN = "thanknote"
"""The origin :meth:`RuleRegistry.origin` gives thanknote's own rules."""


class RuleRegistry:
    """An ordered set of rules with unique codes and names.

    A code or a name must be a non-empty string without spaces or control
    characters. A rule that is not thanknote's own may not take a built-in
    rule's code or name, nor a code that begins one (``"TN1"``), which
    would change what that prefix selects.

    Args:
        rules: The rules to start with.

    Raises:
        InvalidOptionError: A rule is refused (see :meth:`register`).
    """

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        self._names: dict[str, str] = {}
        self._origins: dict[str, str] = {}
        for item in rules:
            self.register(item)

    @classmethod
    def builtin(cls) -> RuleRegistry:
        """A registry holding thanknote's own rules."""
        from thanknote.linting.rules import BUILTIN_RULES

        return cls(BUILTIN_RULES)

    @classmethod
    def default(cls) -> RuleRegistry:
        """The built-in rules plus every rule installed under ``thanknote.rules``."""
        registry = cls.builtin()
        registry.load_entry_points()
        return registry

    def register(self, item: Rule, *, origin: str | None = None) -> None:
        """Add a rule.

        Args:
            item: The rule.
            origin: Where it comes from, for error messages (see
                :meth:`origin`); defaults to the module that defines it.

        Raises:
            InvalidOptionError: The object is not a rule; its code or name is
                empty or holds a space or a control character; it takes a
                built-in rule's code or name (or a code that begins one); or
                its code or name is taken.
        """
        # A rule made by @rule is one without asking the protocol, whose
        # structural check is slow enough to show on every cold start.
        made_here = type(item) is _FunctionRule
        if not (made_here or isinstance(item, Rule)) or item.severity not in SEVERITIES:
            raise InvalidOptionError("rule", item, f"{item!r} does not satisfy the Rule protocol")
        code, name = item.code, item.name
        builtin = _builtin_rules()
        own = builtin.get(code) is item if isinstance(code, str) else False
        where = origin or _origin_of(item)
        for kind, value in (("code", code), ("name", name)):
            problem = _identifier_problem(value)
            if problem:
                raise InvalidOptionError(
                    "rule", item, f"rule {kind} {value!r} from {where} {problem}"
                )
        if not own:
            for kind, value, clash in (
                ("code", code, builtin.get(code)),
                ("name", name, _builtin_named(name)),
            ):
                if clash is not None:
                    raise InvalidOptionError(
                        "rule",
                        item,
                        f"rule {kind} {value} of {code} ({name}) from {where} is already "
                        f"registered to thanknote's built-in rule {clash.code} ({clash.name}); "
                        f"give the rule a {kind} of its own",
                    )
            begun = next((c for c in builtin if c.startswith(code)), None)
            if begun is not None:
                raise InvalidOptionError(
                    "rule",
                    item,
                    f"rule code {code} from {where} begins the built-in code {begun}, so "
                    f"selecting {code} would no longer select {begun}; use a prefix of your own",
                )
        if code in self._rules:
            raise InvalidOptionError("rule", item, f"rule code {code} is already registered")
        if name in self._names:
            raise InvalidOptionError("rule", item, f"rule name {name} is already registered")
        if code in self._names or name in self._rules:
            taken = code if code in self._names else name
            raise InvalidOptionError(
                "rule", item, f"{taken} is already another rule's code or name"
            )
        self._rules[code] = item
        self._names[name] = code
        self._origins[code] = BUILTIN_ORIGIN if own else where

    def load_entry_points(self) -> None:
        """Register every rule published under the ``thanknote.rules`` group.

        Raises:
            InvalidOptionError: A plugin's rule is refused (see :meth:`register`);
                the message names the plugin.
        """
        from thanknote._entry_points import entry_points_of

        for point in entry_points_of(ENTRY_POINT_GROUP):
            dist = getattr(point, "dist", None)
            origin = f"entry point {point.name} = {point.value}"
            if dist is not None:
                origin = f"plugin {dist.name} ({origin})"
            try:
                loaded = point.load()
                if isinstance(loaded, type):
                    loaded = loaded()
                items = [loaded] if isinstance(loaded, Rule) else list(loaded())
            except Exception as err:  # a broken plugin must name itself
                raise InvalidOptionError(
                    "lint rule plugin", point.name, f"{origin} cannot be loaded: {err}"
                ) from err
            for item in items:
                self.register(item, origin=origin)

    def origin(self, key: str) -> str:
        """Where the rule with this code or name comes from.

        ``"thanknote"`` for a built-in rule; for a plugin, its distribution
        and entry point; otherwise the module that defines the rule.

        Raises:
            KeyError: No rule has this code or name.
        """
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return self._origins[found.code]

    def get(self, key: str) -> Rule | None:
        """Find a rule by code or by name."""
        return self._rules.get(key) or self._rules.get(self._names.get(key, ""))

    def codes(self) -> tuple[str, ...]:
        """Every registered code, in registration order."""
        return tuple(self._rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None


@functools.cache
def _builtin_rules() -> dict[str, Rule]:
    from thanknote.linting.rules import BUILTIN_RULES

    return {r.code: r for r in BUILTIN_RULES}


def builtin_codes() -> frozenset[str]:
    """The codes of thanknote's own rules."""
    return _builtin_code_set()


@functools.cache
def _builtin_code_set() -> frozenset[str]:
    return frozenset(_builtin_rules())


def _builtin_named(name: str) -> Rule | None:
    return next((r for r in _builtin_rules().values() if r.name == name), None)


def _identifier_problem(value: object) -> str | None:
    """Why ``value`` cannot be a rule's code or name, or ``None``."""
    if not isinstance(value, str):
        return f"is a {type(value).__name__}, not a string"
    if not value:
        return "is empty"
    if any(c.isspace() for c in value):
        return "holds a space"
    if not value.isprintable():
        return "holds a control or invisible character"
    return None


def _origin_of(item: object) -> str:
    # A rule made with @rule is defined where its function is.
    defined = item.function if isinstance(item, _FunctionRule) else type(item)
    return f"module {getattr(defined, '__module__', None) or '?'}"
