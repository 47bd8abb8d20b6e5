"""Safe file names and atomic, no-clobber writes.

Every file thanknote writes goes through :func:`write_files`: names are built
from a small safe alphabet, each target must sit directly inside the output
folder, nothing that exists is replaced unless the caller asks, and each file
appears whole or not at all (written to a temporary file in the same folder,
then linked or renamed into place).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from thanknote.errors import InvalidOptionError, OutputExistsError

__all__ = ["make_folder", "safe_stem", "unique_stems", "write_atomic", "write_files"]

_UNSAFE = re.compile(r"[^a-z0-9]+")
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
_MAX_STEM = 60


def safe_stem(name: str, fallback: str) -> str:
    """Turn a person's name into a file-name stem: ``"José Núñez"`` → ``"jose-nunez"``.

    Only ``a-z``, ``0-9`` and single hyphens survive, so the stem can hold no
    separator, dot, control character or hidden-file prefix. A name with no
    Latin letters at all (or a reserved device name) gives ``fallback``.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = _UNSAFE.sub("-", ascii_name.lower()).strip("-")[:_MAX_STEM].rstrip("-")
    return stem if stem and stem not in _RESERVED else fallback


def unique_stems(stems: Iterable[str]) -> list[str]:
    """Disambiguate repeated stems in order: ``a, a, b`` → ``a, a-2, b``."""
    seen: set[str] = set()
    result: list[str] = []
    for stem in stems:
        candidate, n = stem, 1
        while candidate in seen:
            n += 1
            candidate = f"{stem}-{n}"
        seen.add(candidate)
        result.append(candidate)
    return result


def write_files(
    folder: str | os.PathLike[str], files: Mapping[str, bytes], *, overwrite: bool = False
) -> tuple[Path, ...]:
    """Write several files into ``folder``, atomically and without clobbering.

    Args:
        folder: Output folder; created if missing.
        files: File name (no folders) → content.
        overwrite: Replace files that exist. Without it, if any target exists
            nothing at all is written.

    Returns:
        The paths written, in the order given.

    Raises:
        InvalidOptionError: A name is not a plain file name.
        OutputExistsError: A target exists and ``overwrite`` is false.
    """
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise InvalidOptionError("folder", root, f"{root} is not a folder")
    targets = [_target(root, name) for name in files]
    if not overwrite:
        conflicts = [str(t) for t in targets if t.exists() or t.is_symlink()]
        if conflicts:
            raise OutputExistsError(conflicts)
    make_folder(root)
    for target, data in zip(targets, files.values(), strict=True):
        write_atomic(target, data, overwrite=overwrite)
    return tuple(targets)


def make_folder(folder: Path) -> None:
    """Create ``folder`` and its parents, with a clear error when that is impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InvalidOptionError(
            "folder", folder, f"cannot create folder {folder}: {err.strerror or err}"
        ) from None


def write_atomic(target: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write one file whole or not at all; refuse to replace it unless asked.

    Only a regular file is ever replaced: a directory, a device such as
    ``/dev/null`` or a pipe is refused even with ``overwrite``.

    Raises:
        OutputExistsError: ``target`` exists and ``overwrite`` is false.
        InvalidOptionError: ``target`` exists and is not a regular file.
    """
    if target.exists() and not target.is_file():
        raise InvalidOptionError("file", target, f"{target} exists and is not a regular file")
    make_folder(target.parent)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".thanknote-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            _link_no_clobber(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _link_no_clobber(tmp: Path, target: Path) -> None:
    # A hard link fails if the target exists, which makes "create only if
    # absent" a single atomic step; filesystems without hard links fall back
    # to a check followed by a rename.
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputExistsError([str(target)]) from None
    except OSError as err:
        if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if target.exists() or target.is_symlink():
            raise OutputExistsError([str(target)]) from None
        os.replace(tmp, target)


def _target(root: Path, name: str) -> Path:
    if not name or name in (".", "..") or Path(name).name != name or "\\" in name or "\x00" in name:
        raise InvalidOptionError("file name", name, f"{name!r} is not a plain file name")
    return root / name
