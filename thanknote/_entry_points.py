"""The entry points of a plugin group, found without importing ``importlib.metadata`` for nothing.

Plugins (lint rules, template packs, language packs) are published under
entry-point groups. ``importlib.metadata`` takes longer to import than the
rest of a ``thanknote lint`` run, and nearly always finds no plugin. So the
``entry_points.txt`` files on ``sys.path`` are read first, and the library
is asked only when one of them declares the group. What was read is kept
until ``sys.path`` or one of its folders changes (installing a distribution
adds a folder beside the others).
"""

from __future__ import annotations

import functools
import importlib.machinery
import os
import stat
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["entry_points_of"]


def entry_points_of(group: str) -> tuple[EntryPoint, ...]:
    """Every entry point published under ``group``, sorted by name."""
    declared = _groups(*_state())
    if declared is not None and group not in declared:
        return ()
    from importlib.metadata import entry_points

    return tuple(sorted(entry_points(group=group), key=lambda p: p.name))


def _state() -> tuple[tuple[str, ...], tuple[int, ...], bool]:
    folders = tuple(sys.path)
    marks = []
    plain = all(
        finder is importlib.machinery.PathFinder or not hasattr(finder, "find_distributions")
        for finder in sys.meta_path
    )
    for entry in folders:
        try:
            info = os.stat(entry or os.curdir)
        except OSError:
            marks.append(-1)
            continue
        if not stat.S_ISDIR(info.st_mode):
            plain = False  # a zip file: only importlib.metadata reads those
        marks.append(info.st_mtime_ns)
    return folders, tuple(marks), plain


@functools.lru_cache(maxsize=8)
def _groups(folders: tuple[str, ...], marks: tuple[int, ...], plain: bool) -> frozenset[str] | None:
    """The groups any ``entry_points.txt`` declares; ``None`` when they cannot all be read."""
    if not plain:
        return None
    groups: set[str] = set()
    for folder in folders:
        try:
            entries = list(os.scandir(folder or os.curdir))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(entry.path, "entry_points.txt"), encoding="utf-8") as file:
                    text = file.read()
            except (OSError, UnicodeDecodeError):
                continue
            groups.update(
                line.strip()[1:-1].strip()
                for line in text.splitlines()
                if line.strip().startswith("[") and line.strip().endswith("]")
            )
    return frozenset(groups)
