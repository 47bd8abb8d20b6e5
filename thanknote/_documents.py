"""Reading a ``.toml`` or ``.json`` file into a mapping, with guards on its size and shape.

Only a regular file is read, at most :data:`MAX_FILE_BYTES` of it, and the
shape of its text (lines, nesting, keys, list items, dots) is bounded before
the parser sees it, so no file can block the reader or keep the parser busy.
A JSON key given twice is an error rather than silently the last one.
"""

from __future__ import annotations

import collections
import itertools
import json
import os
import re
import stat
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from thanknote._describe import field_path, kind_of
from thanknote.errors import InvalidInterviewError, Problem

__all__ = ["MAX_FILE_BYTES", "read_document"]

MAX_FILE_BYTES = 1_000_000
"""Largest interview file read; a bigger one is refused rather than parsed."""
# Bounds on the shape of a TOML or JSON file, checked before it is parsed. An
# interview needs brackets 4 deep, a few hundred lines, keys and list items,
# and keys of at most 3 parts; the limits leave room for comments and long
# lists. Within them tomllib reads any file in well under a second: its work
# grows with the square of a dotted key's parts and, by some 10 µs a dot,
# with the dots of all table headers.
_MAX_DEPTH = 32
_MAX_LINES = 10_000
_MAX_KEYS = 5_000
_MAX_ITEMS = 10_000
_MAX_DOTS = 8  # on one line, outside strings and comments
_MAX_ALL_DOTS = 1_000  # in the whole file, outside strings and comments


def read_document(path: Path, label: str) -> Mapping[str, Any]:
    """Read a ``.toml`` or ``.json`` file with the loader's guards on size and shape.

    For the files that travel with an interview (its progress file), so that
    they are read as carefully as the interview itself.

    Raises:
        InvalidInterviewError: The file cannot be read or parsed; its one
            problem names ``label``.
    """
    return _read_file(path, label)


def _read_file(path: Path, label: str) -> Mapping[str, Any]:
    def fail(message: str) -> InvalidInterviewError:
        return InvalidInterviewError([Problem(field="", message=message, source=label)], label)

    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise fail(f"unsupported file type {suffix or '(none)'!r}; use .toml or .json")
    raw = _read_regular(path, fail)
    if len(raw) > MAX_FILE_BYTES:
        raise fail(f"file is larger than {MAX_FILE_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise fail(f"not UTF-8 text (byte {err.start})") from None
    if suffix == ".toml":
        return _parse_toml(text, fail)
    return _parse_json(text, label, fail)


_Fail = Callable[[str], InvalidInterviewError]


def _read_regular(path: Path, fail: _Fail) -> bytes:
    """Read at most one byte past the size limit, and only from a regular file.

    The kind of file is checked before it is opened, so a named pipe cannot
    block the read, and again on the descriptor, opened without blocking, so
    a pipe swapped in between the two steps is not read either.
    """
    try:
        mode = path.stat().st_mode
    except OSError as err:
        raise fail(f"cannot read file: {err.strerror or err}") from None
    except ValueError:  # a NUL character in the path
        raise fail("cannot read file: the path holds a NUL character") from None
    if not stat.S_ISREG(mode):
        raise fail(f"not a regular file ({_file_kind(mode)}); give a .toml or .json file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise fail(f"cannot read file: {err.strerror or err}") from None
    with open(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise fail(f"not a regular file ({_file_kind(mode)}); give a .toml or .json file")
        try:
            return handle.read(MAX_FILE_BYTES + 1)
        except OSError as err:
            raise fail(f"cannot read file: {err.strerror or err}") from None


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )  # fmt: skip
    return next((name for is_kind, name in kinds if is_kind(mode)), "a special file")


# Strings and comments are cut out before the shape of a file is measured, so
# brackets, dots and equals signs inside them do not count. Each pattern also
# matches an unterminated string (to the end of its line, or of the text) and
# never backtracks, so a pass over any text is linear.
_TOML_SKIP = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]?|"(?!""))*+(?:"""(?:""?)?|\Z)'
    r"|'''(?:[^']|'(?!''))*+(?:'''(?:''?)?|\Z)"
    r'|"(?:[^"\\\n]|\\.)*+"?'
    r"|'[^'\n]*+'?"
    r"|#[^\n]*+"
)
_JSON_SKIP = re.compile(r'"(?:[^"\\]|\\[\s\S]?)*+"?')
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _depth(shape: str) -> int:
    """How deep the brackets of ``shape`` (its strings already cut out) nest."""
    brackets = _NOT_BRACKET.sub("", shape)
    if brackets.count("[") + brackets.count("{") <= _MAX_DEPTH:
        return 0  # too few to go past the limit, however they nest
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)))


def _parse_toml(text: str, fail: _Fail) -> dict[str, Any]:
    # tomllib recurses into nested arrays and inline tables, and a dotted key
    # of 40,000 parts (80 kB) keeps it busy for half a minute: the shape of
    # the text is bounded here, by measures no interview comes near, first.
    lines = text.count("\n") + 1
    if lines > _MAX_LINES:
        raise fail(f"{lines:,} lines; an interview file needs at most {_MAX_LINES:,}")
    shape = _TOML_SKIP.sub("_", text)
    if _depth(shape) > _MAX_DEPTH:
        raise fail(f"invalid TOML: lists or tables nested more than {_MAX_DEPTH} levels deep")
    if (keys := shape.count("=")) > _MAX_KEYS:
        raise fail(f"{keys:,} keys; an interview file needs at most {_MAX_KEYS:,}")
    if (items := shape.count(",")) > _MAX_ITEMS:
        raise fail(f"{items:,} list items; an interview file needs at most {_MAX_ITEMS:,}")
    for number, line in enumerate(shape.split("\n"), 1):
        if line.count(".") > _MAX_DOTS:
            raise fail(
                f"invalid TOML: line {number} has more than {_MAX_DOTS} dots outside strings; "
                "no key of an interview has that many parts"
            )
    if (dots := shape.count(".")) > _MAX_ALL_DOTS:
        raise fail(
            f"{dots:,} dots outside strings; an interview file needs at most {_MAX_ALL_DOTS:,}"
        )
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise fail(f"invalid TOML: {err}") from None
    except RecursionError:  # the checks above should make this unreachable
        raise fail("invalid TOML: nested too deeply") from None
    except ValueError as err:  # an integer too long to convert
        raise fail(f"invalid TOML: {_value_error(err)}") from None


def _parse_json(text: str, label: str, fail: _Fail) -> dict[str, Any]:
    if _depth(_JSON_SKIP.sub("_", text)) > _MAX_DEPTH:
        raise fail(f"invalid JSON: lists or objects nested more than {_MAX_DEPTH} levels deep")
    repeated: dict[int, tuple[str, ...]] = {}
    kept: list[dict[str, Any]] = []  # keeps the ids in ``repeated`` valid

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        table = dict(pairs)
        if len(table) < len(pairs):  # json.loads alone would keep the last silently
            counts = collections.Counter(key for key, _ in pairs)
            repeated[id(table)] = tuple(key for key, count in counts.items() if count > 1)
            kept.append(table)
        return table

    try:
        data = json.loads(text, object_pairs_hook=build)
    except json.JSONDecodeError as err:
        raise fail(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None
    except RecursionError:  # the depth check should make this unreachable
        raise fail("invalid JSON: nested too deeply") from None
    except ValueError as err:  # an integer too long to convert
        raise fail(f"invalid JSON: {_value_error(err)}") from None
    if not isinstance(data, dict):
        raise fail(f"expected a JSON object at the top, got {kind_of(data)}")
    if repeated:
        message = "given twice; JSON would keep only the last one, so keep one"
        fields = _repeated_fields(data, repeated)
        problems = [Problem(field=field, message=message, source=label) for field in fields]
        raise InvalidInterviewError(problems, label)
    return data


def _value_error(err: ValueError) -> str:
    if "integer string conversion" in str(err):
        return f"a number has more than {sys.get_int_max_str_digits():,} digits"
    return str(err).partition("\n")[0]


def _repeated_fields(data: object, repeated: Mapping[int, Sequence[str]]) -> list[str]:
    """The paths of the keys given twice, in the order of the document."""
    found: list[str] = []
    stack: list[tuple[object, str]] = [(data, "")]
    while stack:  # a loop, not recursion: nothing here relies on the depth check
        value, path = stack.pop()
        if isinstance(value, dict):
            found.extend(field_path(path, key) for key in repeated.get(id(value), ()))
            stack.extend((item, field_path(path, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((value[i], f"{path}[{i}]") for i in reversed(range(len(value))))
    return found
