"""Finding the built-in templates, wherever thanknote is running from.

In an installed wheel the templates live inside the package
(``thanknote/templates``, placed there at build time). In an editable
install or a plain checkout they are the top-level ``templates/`` folder
next to the package. Both are tried, in that order.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from thanknote._entry_points import entry_points_of
from thanknote.errors import InvalidOptionError

__all__ = ["builtin_templates", "plugin_folders"]

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def builtin_templates() -> Path:
    """Return the folder holding the built-in templates.

    Raises:
        FileNotFoundError: Neither location exists, which means a broken
            installation (a wheel built without its templates).
    """
    for candidate in (_PACKAGE / "templates", _PACKAGE.parent / "templates"):
        if (candidate / "_layout.html.j2").is_file():
            return candidate
    raise FileNotFoundError(
        f"thanknote's built-in templates are missing (looked in {_PACKAGE / 'templates'} "
        f"and {_PACKAGE.parent / 'templates'}); reinstall the package"
    )


def plugin_folders(group: str, what: str) -> tuple[tuple[str, Path], ...]:
    """The folders named by the entry points of ``group``, as ``(entry point, folder)``.

    Each entry point names a folder: a path, or a callable returning one
    (``importlib.resources.files("mypack") / "templates"`` works).

    Raises:
        InvalidOptionError: An entry point cannot be loaded or names no
            folder; the message names it (``what`` says what it was for).
    """
    found = []
    for point in entry_points_of(group):
        origin = f"{point.name} = {point.value}"
        try:
            value = point.load()
            folder = Path(os.fspath(value() if callable(value) else value))
        except Exception as err:  # a broken plugin must name itself
            raise InvalidOptionError(what, point.name, f"entry point {origin}: {err}") from err
        if not folder.is_dir():
            raise InvalidOptionError(
                what, point.name, f"{point.value} does not name a folder ({folder})"
            )
        found.append((origin, folder))
    return tuple(found)
