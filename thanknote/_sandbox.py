"""The sandbox for templates from the user: which files they may read, how much they may do.

Kept whole: it is one job, bounding a template someone else wrote, and its
parts (the budget, the checks on sizes, formats and calls, the compile-time
instrumentation and the environment that calls them) only make sense
together; split, each piece would import the others' private hooks.

:class:`TemplateLimits` says how much; :class:`_LimitedSandbox` enforces it
inside Jinja and raises :class:`_LimitError`, which the renderer turns into
a ``TemplateRenderError`` naming the template and the interviewer.
"""

from __future__ import annotations

import contextvars
import functools
import math
import os
import re
import string
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import jinja2
import jinja2.nodes
import jinja2.sandbox

from thanknote._filters import FILTERS
from thanknote.errors import InvalidOptionError

__all__ = ["TemplateLimits"]


@attrs.frozen(kw_only=True)
class TemplateLimits:
    """Bounds on the work a template from the user may cause.

    They apply wherever a template renders in the sandbox (templates given
    with ``template=``, ``template_source=`` or ``template_dirs=``); going
    past one stops drafting with ``TemplateRenderError`` naming the template,
    the interviewer and the limit. The defaults leave every sensible note
    far inside; a web application drafting from its users' templates may
    tighten them, say ``TemplateLimits(max_seconds=0.2, max_output=20_000)``.

    Attributes:
        max_output: Characters one rendered template (text or HTML) may have;
            a single ``{{ … }}`` may not print more either.
        max_string: Length of any string a template builds, and the size
            (items plus characters) of any list, tuple or dict; also the
            largest width a format, a padding or an indent may ask for.
        max_loop: Iterations of any one ``{% for %}`` loop, and the length of
            the longest ``range()``.
        max_digits: Decimal digits of the largest integer ``*`` and ``**``
            may produce.
        max_depth: How deeply tags and expressions may nest in one template.
        max_seconds: Wall-clock time for one ``draft()`` call's rendering,
            checked at every loop iteration and call a template makes. It
            bounds work only: a note that renders in time is the same
            whatever the clock says.
    """

    max_output: int = 100_000
    max_string: int = 100_000
    max_loop: int = 1_000
    max_digits: int = 4_300
    max_depth: int = 50
    max_seconds: float = 2.0

    def __attrs_post_init__(self) -> None:
        for field in attrs.fields(type(self)):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise InvalidOptionError(
                    f"limits.{field.name}", value, f"expected a positive number, got {value!r}"
                )
            if field.name != "max_seconds" and not isinstance(value, int):
                raise InvalidOptionError(
                    f"limits.{field.name}", value, f"expected a whole number, got {value!r}"
                )


class _LimitError(Exception):
    """A template went past a :class:`TemplateLimits` bound while rendering or compiling.

    Raised inside Jinja and turned into ``TemplateRenderError`` (or, for
    :class:`_NotAllowedError`, ``TemplateNotFoundError``) at the edge, where
    the template, the line and the interviewer are known.
    """

    def __init__(self, message: str, template: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.template = template


class _NotAllowedError(_LimitError):
    """A template asked for a file that is not a template in the template folders."""


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)


class _FolderLoader(jinja2.FileSystemLoader):
    """Loads ``*.j2`` files from the template folders, and nothing else.

    Names are looked up in each folder in turn, as with Jinja's own loader;
    but only names ending in ``.j2`` are served, and a file reached through a
    link must really lie inside one of the folders. So a template can neither
    include the ``.env`` beside it nor ``/etc/hostname`` through a link.
    """

    def __init__(self, folders: Sequence[Path]) -> None:
        super().__init__([str(f) for f in folders], encoding="utf-8")
        self.folders = tuple(folders)
        self.roots = tuple(f.resolve() for f in folders)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if not template.endswith(".j2"):
            raise _NotAllowedError(
                f"{template!r} may not be used: only files ending in .j2 are templates", template
            )
        pieces = template.split("/")
        if any(p == ".." or os.sep in p or (os.altsep and os.altsep in p) for p in pieces):
            raise jinja2.TemplateNotFound(template)
        pieces = [p for p in pieces if p and p != "."]
        for folder in self.folders:
            candidate = folder.joinpath(*pieces)
            if not candidate.is_file():
                continue
            real = candidate.resolve()
            if not any(real.is_relative_to(root) for root in self.roots):
                raise _NotAllowedError(
                    f"{template!r} may not be used: it is a link to a file outside the "
                    "template folders",
                    template,
                )
            # Read what was checked, not the link again.
            source = real.read_bytes().decode(self.encoding)
            seen = _identity(os.stat(real))

            def uptodate(candidate: Path = candidate, seen: tuple[int, ...] = seen) -> bool:
                # One stat through any link: a link pointed elsewhere since, or
                # a file replaced or edited, is a new file, checked afresh.
                try:
                    return _identity(os.stat(candidate)) == seen
                except OSError:
                    return False

            return source, os.path.normpath(candidate), uptodate
        raise jinja2.TemplateNotFound(template)


class _Budget:
    """What one rendering of a sandboxed template has used so far."""

    __slots__ = ("deadline", "limits", "printed")

    def __init__(self, limits: TemplateLimits, deadline: float | None) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds if deadline is None else deadline
        self.printed = 0

    def tick(self) -> None:
        # The clock is read at every loop iteration and call to bound how long
        # a hostile template can keep a server busy. It never decides what a
        # note says: a note renders in full, the same as without the clock, or
        # not at all.
        if time.monotonic() > self.deadline:
            raise _LimitError(
                f"rendering took longer than {self.limits.max_seconds:g} s {_TIMED_OUT}"
            )


_TIMED_OUT = "(TemplateLimits.max_seconds)"


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "thanknote_template_budget", default=None
)


# Macros, call blocks and {% set %} blocks print into strings that are printed
# again, so a template's expressions may print more than its output holds;
# this many times the output limit bounds the memory they can fill.
_PRINTED_FACTOR = 10


_CONTAINERS = (list, tuple, dict, set, frozenset)


_SIZED = (str, bytes, *_CONTAINERS)


_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


_DIGITS = re.compile(r"\d+")


_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "to_bytes", "expandtabs"})


_TEXT = (str, bytes)

# Attribute checks remembered per sandbox: enough for every (type, attribute)
# pair a set of templates reads, and a bound for one that makes up names.
_MAX_REMEMBERED = 4096


def _extent(value: object, cap: int) -> int:
    """Characters and items in ``value`` (nested ones too), counted until past ``cap``."""
    # Called for nearly every value a sandboxed template makes, most of them
    # plain strings: those are told by their exact type, the cheapest test.
    kind = type(value)
    if kind is str or isinstance(value, _TEXT):
        return len(value)  # type: ignore[arg-type]
    if kind is int or not isinstance(value, _CONTAINERS):
        return 1
    if isinstance(value, list | tuple):
        # Most lists a template builds hold only strings: count them in one
        # pass, and walk the general way only on meeting a container.
        total = len(value)
        for item in value:
            if isinstance(item, str):
                total += len(item)
            elif isinstance(item, _SIZED):
                break
        else:
            return total
    total = 0
    stack: list[object] = [value]
    while stack and total <= cap:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, _CONTAINERS):
            total += len(item)
            if total <= cap:
                children = (*item.keys(), *item.values()) if isinstance(item, dict) else item
                stack.extend(c for c in children if isinstance(c, _SIZED))
    return total


def _too_long(what: str, limits: TemplateLimits) -> _LimitError:
    return _LimitError(
        f"{what} would be more than {limits.max_string:,} characters or items long "
        "(TemplateLimits.max_string)"
    )


def _check_extent(value: object, limits: TemplateLimits, what: str) -> None:
    size = len(value) if type(value) is str else _extent(value, limits.max_string)
    if size > limits.max_string:
        raise _too_long(what, limits)


def _check_width(value: object, limits: TemplateLimits, what: str) -> None:
    if isinstance(value, int) and value > limits.max_string:
        raise _LimitError(
            f"{what} asks for a width of {value:,}, more than {limits.max_string:,} "
            "(TemplateLimits.max_string)"
        )


def _too_many_digits(operator: str, limits: TemplateLimits) -> _LimitError:
    return _LimitError(
        f"'{operator}' would make a number of more than {limits.max_digits:,} digits "
        "(TemplateLimits.max_digits)"
    )


def _check_binop(operator: str, left: Any, right: Any, limits: TemplateLimits) -> None:
    """Refuse ``**``, ``*``, ``+`` and ``%`` whose result would be too large to build."""
    ints = isinstance(left, int) and isinstance(right, int)
    if operator == "**":
        # The digits of left ** right, without computing it.
        if (
            ints
            and right > 0
            and abs(left) > 1
            and (right > 4 * limits.max_digits or right * math.log10(abs(left)) > limits.max_digits)
        ):
            raise _too_many_digits("**", limits)
    elif operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str | bytes | list | tuple) and isinstance(times, int):
                if times > 0 and _extent(seq, limits.max_string) * times > limits.max_string:
                    raise _too_long("the result of '*'", limits)
                return
        if ints and (left.bit_length() + right.bit_length()) * math.log10(2) > limits.max_digits:
            raise _too_many_digits("*", limits)
    elif operator == "+":
        sequences = (str, bytes, list, tuple)
        if isinstance(left, sequences) and isinstance(right, sequences):
            cap = limits.max_string
            if _extent(left, cap) + _extent(right, cap) > cap:
                raise _too_long("the result of '+'", limits)
    elif operator == "%" and isinstance(left, str | bytes):
        _check_printf(left, limits)


def _check_printf(pattern: str | bytes, limits: TemplateLimits) -> None:
    """Refuse ``%`` formatting that asks for huge widths (``'%0900000000d' % 1``)."""
    text = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
    for field in _PRINTF_FIELD.finditer(text):
        for number in field.groups():
            if number == "*":
                raise _LimitError("'*' widths in % formatting are not allowed in templates")
            if number:
                _check_width(_number(number), limits, "% formatting")


def _number(digits: str) -> int:
    # Python refuses to read ints of thousands of digits; any such is too wide.
    return int(digits) if len(digits) <= 18 else 10**18


def _check_format_spec(pattern: str, limits: TemplateLimits) -> None:
    """Refuse ``str.format`` fields that ask for huge widths (``'{:0900000000}'``)."""
    try:
        fields = list(string.Formatter().parse(pattern))
    except ValueError:
        return  # the call itself reports the broken pattern
    for _, _, spec, _ in fields:
        if not spec:
            continue
        if "{" in spec:
            raise _LimitError("format() fields inside a format spec are not allowed in templates")
        for number in _DIGITS.findall(spec):
            _check_width(_number(number), limits, "format()")


def _gather(items: Iterable[Any], limits: TemplateLimits, what: str, sep: int = 0) -> list[Any]:
    """``list(items)``, stopping as soon as it grows past ``max_string``."""
    gathered = []
    size = 0
    for item in items:
        size += _extent(item, limits.max_string) + sep
        if size > limits.max_string:
            raise _too_long(what, limits)
        gathered.append(item)
    return gathered


def _check_replace(
    text: object, old: object, new: object, count: object, limits: TemplateLimits
) -> None:
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return
    found = len(text) + 1 if not old else text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    if len(text) + found * (len(new) - len(old)) > limits.max_string:
        raise _too_long("the result of replace", limits)


def _check_method(
    method: Any, args: tuple[Any, ...], kwargs: dict[str, Any], limits: TemplateLimits
) -> tuple[Any, ...]:
    """Refuse calls of built-in methods that would build a huge string; return the arguments."""
    name = method.__name__
    owner = getattr(method, "__self__", None)
    if name in _WIDTH_METHODS:
        for value in (*args, *kwargs.values()):
            _check_width(value, limits, f"{name}()")
        if name == "expandtabs" and isinstance(owner, str | bytes):
            tabsize = args[0] if args else kwargs.get("tabsize", 8)
            tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
            if isinstance(tabsize, int) and len(owner) + tabs * tabsize > limits.max_string:
                raise _too_long("the result of expandtabs()", limits)
    elif name == "replace" and isinstance(owner, str) and len(args) >= 2:
        count = args[2] if len(args) > 2 else kwargs.get("count", -1)
        _check_replace(owner, args[0], args[1], count, limits)
    elif name == "translate" and isinstance(owner, str) and args and isinstance(args[0], dict):
        longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
        if len(owner) * longest > limits.max_string:
            raise _too_long("the result of translate()", limits)
    elif name == "join" and isinstance(owner, str | bytes) and args:
        items = _gather(args[0], limits, "the result of join()", len(owner))
        return (items, *args[1:])
    return args


def _filter_arg(rest: tuple[Any, ...], kwargs: Mapping[str, Any], i: int, key: str) -> Any:
    return rest[i] if len(rest) > i else kwargs.get(key)


def _check_filter(
    name: str, value: Any, rest: tuple[Any, ...], kwargs: Mapping[str, Any], limits: TemplateLimits
) -> Any:
    """Refuse a filter call that would build too much; return the value to filter."""
    what = f"the result of |{name}"
    if name in ("center", "batch", "slice"):
        key = {"center": "width", "batch": "linecount", "slice": "slices"}[name]
        _check_width(_filter_arg(rest, kwargs, 0, key), limits, f"|{name}")
    elif name == "indent" and isinstance(value, str):
        width = _filter_arg(rest, kwargs, 0, "width")
        size = len(width) if isinstance(width, str) else width if isinstance(width, int) else 4
        if len(value) + (value.count("\n") + 1) * size > limits.max_string:
            raise _too_long(what, limits)
    elif name == "wordwrap" and isinstance(value, str):
        wrap = _filter_arg(rest, kwargs, 2, "wrapstring")
        if isinstance(wrap, str) and len(value) * (1 + len(wrap)) > limits.max_string:
            raise _too_long(what, limits)
    elif name == "replace":
        old, new = _filter_arg(rest, kwargs, 0, "old"), _filter_arg(rest, kwargs, 1, "new")
        _check_replace(value, old, new, _filter_arg(rest, kwargs, 2, "count"), limits)
    elif name == "format" and isinstance(value, str):
        _check_printf(value, limits)
    elif name == "join":
        separator = _filter_arg(rest, kwargs, 0, "d")
        sep = len(separator) if isinstance(separator, str) else 0
        return _gather(value, limits, what, sep)
    elif name in ("list", "sum"):
        return _gather(value, limits, what)
    return value


def _guard_filter(name: str, func: Callable[..., Any], limits: TemplateLimits) -> Any:
    """Wrap a filter so that what it takes and what it makes stay within ``max_string``."""
    # Filters marked pass_context and the like get that argument first.
    first = 0 if getattr(func, "jinja_pass_arg", None) is None else 1

    def guarded(*args: Any, **kwargs: Any) -> Any:
        if len(args) > first:
            value = args[first]
            _check_extent(value, limits, f"the value given to |{name}")
            checked = _check_filter(name, value, args[first + 1 :], kwargs, limits)
            if checked is not value:
                args = (*args[:first], checked, *args[first + 1 :])
        result = func(*args, **kwargs)
        _check_extent(result, limits, f"the result of |{name}")
        return result

    # Keeps the pass_context-style markers Jinja reads from the function.
    return functools.update_wrapper(guarded, func)


@jinja2.pass_context
def _print(context: jinja2.runtime.Context, value: Any) -> Any:
    """Finalize every ``{{ … }}`` of a sandboxed template: bound what it prints."""
    env = context.environment
    if isinstance(env, _LimitedSandbox):
        limits = env.limits
        size = len(value) if type(value) is str else _extent(value, limits.max_output)
        if size > limits.max_output:
            raise _LimitError(
                f"one {{{{ … }}}} would print more than {limits.max_output:,} characters "
                "(TemplateLimits.max_output)"
            )
        budget = _BUDGET.get()
        if budget is not None:
            budget.printed += size
            if budget.printed > _PRINTED_FACTOR * limits.max_output:
                raise _LimitError(
                    f"the template printed more than {_PRINTED_FACTOR * limits.max_output:,} "
                    "characters, counting macros and blocks (TemplateLimits.max_output)"
                )
    return value


def _depth(tree: jinja2.nodes.Node) -> int:
    """How deeply the nodes of a parsed template nest (without recursing)."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return deepest


def _hook(name: str, node: jinja2.nodes.Node, *extra: str) -> jinja2.nodes.Node:
    """``environment.<name>(node, *extra)``, called through the sandbox."""
    args: list[jinja2.nodes.Node] = [node, *(jinja2.nodes.Const(e) for e in extra)]
    call = jinja2.nodes.Call(jinja2.nodes.EnvironmentAttribute(name), args, [], None, None)
    return call.set_lineno(node.lineno)


def _instrument(tree: jinja2.nodes.Node) -> None:
    """Route loops, includes and the lists, dicts, tuples and ``~`` a template builds via limits."""
    stack = [tree]
    while stack:  # without recursing: the tree may be deep
        node = stack.pop()
        for field, value in node.iter_fields():
            if isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, jinja2.nodes.Node))
                value[:] = [_instrumented(v, node, field) for v in value]
            elif isinstance(value, jinja2.nodes.Node):
                stack.append(value)
                setattr(node, field, _instrumented(value, node, field))


def _check(name: str, node: jinja2.nodes.Node, *extra: str) -> jinja2.nodes.Node:
    """``node|<name>(*extra)``: a check called directly, as filters are.

    A call goes through the sandbox's whole call path; the checks on every
    list and ``~`` a template builds are the environment's own functions
    and need none of it.
    """
    args: list[jinja2.nodes.Expr] = [jinja2.nodes.Const(e) for e in extra]
    check = jinja2.nodes.Filter(node, name, args, [], None, None)
    return check.set_lineno(node.lineno)


def _instrumented(child: Any, parent: jinja2.nodes.Node, field: str) -> Any:
    nodes = jinja2.nodes
    if isinstance(parent, nodes.For) and field == "iter":
        return _check(_LOOP_CHECK, child)
    if isinstance(parent, nodes.Include | nodes.Import | nodes.FromImport | nodes.Extends):
        # Not for its size: so that including (a template that includes
        # itself, say) counts against the time budget like a call.
        return _hook("thanknote_sized", child, "a template name") if field == "template" else child
    if isinstance(child, nodes.Concat):
        return _check(_SIZE_CHECK, child, "a string joined with '~'")
    if isinstance(child, nodes.List | nodes.Dict):
        return _check(_SIZE_CHECK, child, f"a {type(child).__name__.lower()}")
    if isinstance(child, nodes.Tuple) and child.ctx == "load":
        return _check(_SIZE_CHECK, child, "a tuple")
    return child


# Filter names no template can write ("|" takes a name), so a template can
# neither call nor replace them.
_SIZE_CHECK = "thanknote sized"


_LOOP_CHECK = "thanknote loop"


class _LimitedSandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, held to a :class:`TemplateLimits`.

    Operators that can build huge values go through :meth:`call_binop`, every
    call through :meth:`call`, every filter through a guard, every loop and
    literal through hooks the compiler adds (:func:`_instrument`), and every
    ``{{ … }}`` through :func:`_print`.
    """

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, limits: TemplateLimits, **options: Any) -> None:
        # Jinja's optimizer folds constant expressions while compiling, before
        # any limit applies ({{ 3 ** 6000000 }} took seconds): these templates
        # compile as written. A finalize that takes the context also keeps the
        # code generator from folding what {{ … }} prints.
        super().__init__(optimized=False, finalize=_print, **options)
        self.limits = limits
        self._mutating: dict[tuple[type, str], bool] = {}

        def limited_range(*args: int) -> range:
            numbers = range(*args)
            try:
                count = len(numbers)
            except OverflowError:  # more than sys.maxsize numbers
                count = limits.max_loop + 1
            if count > limits.max_loop:
                raise _LimitError(
                    f"range() of more than {limits.max_loop:,} numbers (TemplateLimits.max_loop)"
                )
            return numbers

        self.globals["range"] = limited_range
        # Makes text of any length on request; no note needs it.
        self.globals.pop("lipsum", None)
        self.filters.update(FILTERS)
        self.filters = {name: _guard_filter(name, f, limits) for name, f in self.filters.items()}
        self.filters[_SIZE_CHECK] = self.thanknote_sized
        self.filters[_LOOP_CHECK] = self.thanknote_loop

    # -- hooks the compiled template calls -----------------------------------------

    def thanknote_loop(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """The iterable of a ``{% for %}``, cut off after ``max_loop`` items."""
        return _iterate(iterable, self.limits, _BUDGET.get())

    def thanknote_sized(self, value: Any, what: str) -> Any:
        """A value the template built, refused when larger than ``max_string``."""
        cap = self.limits.max_string
        if isinstance(value, str):  # most of them: a string joined with '~'
            if len(value) > cap:
                raise _too_long(what, self.limits)
            return value
        if type(value) is list or type(value) is tuple:
            # The rest: a list of strings (a bank of sentences), counted here.
            total = len(value)
            for item in value:
                if not isinstance(item, str):
                    break
                total += len(item)
            else:
                if total > cap:
                    raise _too_long(what, self.limits)
                return value
        _check_extent(value, self.limits, what)
        return value

    # -- the sandbox's own hooks --------------------------------------------------

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not jinja2.sandbox.SandboxedEnvironment.is_safe_attribute(self, obj, attr, value):
            return False
        # Jinja's immutable check tests the object against four abstract base
        # classes on every attribute a template reads; the answer depends only
        # on the object's type and the attribute, so it is kept per pair.
        key = (type(obj), attr)
        known = self._mutating.get(key)
        if known is None:
            known = jinja2.sandbox.modifies_known_mutable(obj, attr)
            if len(self._mutating) < _MAX_REMEMBERED:
                self._mutating[key] = known
        return not known

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        _check_binop(operator, left, right, self.limits)
        result = super().call_binop(context, operator, left, right)
        if operator == "%":
            _check_extent(result, self.limits, "the result of '%'")
        return result

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = _BUDGET.get()
        if budget is not None:
            budget.tick()
        if type(obj) is jinja2.runtime.Macro:
            # A macro of the template itself: nothing in it can be unsafe that
            # the sandbox does not check where it happens, and all it prints
            # went through _print, which counts it.
            return context.call(obj, *args, **kwargs)
        if isinstance(obj, types.BuiltinMethodType):
            args = _check_method(obj, args, kwargs, self.limits)
        result = super().call(context, obj, *args, **kwargs)
        cap = self.limits.max_string
        if (len(result) if type(result) is str else _extent(result, cap)) > cap:
            name = getattr(obj, "__name__", None) or getattr(obj, "name", None) or "a call"
            raise _too_long(f"the result of {name}()", self.limits)
        return result

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if type(value) is not types.BuiltinMethodType and type(value) is not types.MethodType:
            # Every attribute a template reads comes here: only a method can
            # be str.format (a builtin) or Markup.format (a Python method).
            return None
        formatter = super().wrap_str_format(value)
        if formatter is None:
            return None
        pattern = value.__self__
        assert isinstance(pattern, str)  # Jinja wraps only str.format and str.format_map
        limits = self.limits

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format_spec(pattern, limits)
            result = formatter(*args, **kwargs)
            _check_extent(result, limits, "the result of format()")
            return result

        return checked

    # -- compiling ------------------------------------------------------------------

    def _parse(self, source: str, name: str | None, filename: str | None) -> jinja2.nodes.Template:
        try:
            return super()._parse(source, name, filename)
        except RecursionError:
            raise _LimitError(
                f"{name or '<template string>'} nests tags or expressions too deeply to be "
                "read (TemplateLimits.max_depth)",
                name,
            ) from None

    def _generate(
        self,
        source: jinja2.nodes.Template,
        name: str | None,
        filename: str | None,
        defer_init: bool = False,
    ) -> str:
        what = name or "<template string>"
        depth = _depth(source)
        if depth > self.limits.max_depth:
            raise _LimitError(
                f"{what} nests tags or expressions {depth} levels deep, more than "
                f"{self.limits.max_depth} (TemplateLimits.max_depth)",
                name,
            )
        try:
            _instrument(source)
            source.set_environment(self)
            return super()._generate(source, name, filename, defer_init=defer_init)
        except RecursionError:
            raise _LimitError(
                f"{what} nests tags or expressions too deeply to compile "
                "(TemplateLimits.max_depth)",
                name,
            ) from None

    def _compile(self, source: str, filename: str) -> types.CodeType:
        try:
            return super()._compile(source, filename)
        except (SyntaxError, RecursionError, MemoryError) as err:
            what = "<template string>" if filename == "<template>" else filename
            reason = err.msg if isinstance(err, SyntaxError) else type(err).__name__
            raise _LimitError(
                f"{what} is too complex to compile ({reason}); nest fewer tags and "
                "expressions (TemplateLimits.max_depth)",
                what,
            ) from None


def _iterate(
    iterable: Iterable[Any], limits: TemplateLimits, budget: _Budget | None
) -> Iterator[Any]:
    for count, item in enumerate(iterable, 1):
        if count > limits.max_loop:
            raise _LimitError(
                f"a loop went past {limits.max_loop:,} iterations (TemplateLimits.max_loop)"
            )
        if budget is not None:
            budget.tick()
        yield item
