"""Finding the built-in templates, wherever thanknote is running from.

In an installed wheel the templates live inside the package
(``thanknote/templates``, placed there at build time). In an editable
install or a plain checkout they are the top-level ``templates/`` folder
next to the package. Both are tried, in that order.
"""

from __future__ import annotations

import functools
from pathlib import Path

__all__ = ["builtin_templates"]

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
