"""Safe file names and atomic, all-or-nothing, no-clobber writes.

Every file thanknote writes goes through :func:`write_files`: names are built
from a small safe alphabet, each target must sit directly inside the output
folder, nothing that exists is replaced unless the caller asks, and a batch
appears whole or not at all.

How a batch is written:

1. The files go into a staging folder ``.thanknote-<random>.tmp`` (inside
   the output folder, or inside its parent when the output folder does not
   exist yet), each created with mode ``0o666`` so the umask applies, and
   each fsynced. The writer holds an ``flock`` on the staging folder for as
   long as it lives, so other writers can tell a live batch from a dead one.
2. A new output folder is made by renaming the staging folder's ``new/``
   into place: one atomic step, so a kill leaves all files or none.
3. Into an existing folder, every target is checked first (conflicts,
   folders, pipes) and then each file is hard-linked into place, in sorted
   name order (``os.link`` fails if the name exists: "create if absent" in
   one step). With ``overwrite`` the old file is first hard-linked into the
   staging folder as a backup, then replaced with ``os.replace``. If any step
   fails, the files already placed are taken back (the backups restored).
   Writers into the same folder take an ``flock`` on the folder itself for
   the check and the moves, so two batches never interleave; the sorted
   order alone already guarantees that of two writers of the same names
   exactly one wins, even where ``flock`` does not work (some network file
   systems), since both race for the first name.
4. The folder is fsynced after the move.

A kill between the first and the last link of step 3 (a few milliseconds
for a thousand files) leaves part of a batch visible; the staging folder is
the journal: every placed file is still a hard link of a file in its
``new/`` folder. The next write into that folder sees that no live process
holds the staging folder's lock, takes back the files that are still the
dead batch's own (same inode), restores the backups and deletes the staging
folder. Staging folders whose lock cannot be tested (no ``flock`` on that
file system) and loose ``.thanknote-*.tmp`` files of older releases are
deleted once they are an hour old, measured against the file system's own
clock (the mtime of the staging folder just created), never the local one.

Trade-offs: a lock file would serialise writers everywhere but leaves a file
behind and breaks on network file systems; links need a file system with
hard links (on one without, each file is moved with a check-then-rename, and
a killed batch cannot be taken back).

Kept whole: writing a batch atomically (the staging folder, the no-clobber
links, the locks and the recovery of a killed batch) is one protocol whose
steps rely on one another's guarantees.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

from thanknote.errors import InvalidOptionError, OutputExistsError

if sys.platform != "win32":
    import fcntl

__all__ = ["make_folder", "safe_stem", "unique_stems", "write_atomic", "write_files"]

_UNSAFE = re.compile(r"[^a-z0-9]+")
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
_MAX_STEM = 60
# Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ŋ": "n",
        "ĸ": "k",
        "ƒ": "f",
    }
)
_POSITIONAL = re.compile(r"(?P<prefix>.+)-[0-9]+")

_TMP_PREFIX = ".thanknote-"
_TMP_SUFFIX = ".tmp"
_STALE_AFTER = 3600.0  # seconds; only for leftovers whose owner cannot be asked
_NEW, _DONE, _OLD, _SCRATCH = "new", "done", "old", "scratch"
_NO_LINKS = frozenset(
    {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}
)
_NO_LOCKS = frozenset(
    {errno.ENOLCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EINVAL, errno.EBADF, errno.ENOSYS}
)
# Hard-link a symlink itself (Linux ``link``) where ``follow_symlinks`` is honoured.
_LINK_FOLLOWS = os.link not in os.supports_follow_symlinks
_O_DIRECTORY: int = getattr(os, "O_DIRECTORY", 0)
_O_NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC: int = getattr(os, "O_CLOEXEC", 0)
_O_BINARY: int = getattr(os, "O_BINARY", 0)


def safe_stem(name: str, fallback: str) -> str:
    """Turn a person's name into a file-name stem: ``"Jürgen Weiß"`` → ``"jurgen-weiss"``.

    Only ``a-z``, ``0-9`` and single hyphens survive, so the stem can hold no
    separator, dot, control character or hidden-file prefix. Accents are
    dropped and Latin letters without a decomposition are spelled out
    (``ß`` → ``ss``, ``ł`` → ``l``, ``ø`` → ``o``, ``æ`` → ``ae``).

    A reserved device name, or a name with no Latin letters or digits
    (Cyrillic, Greek, CJK, Arabic…), gives ``fallback``. When ``fallback``
    ends in a position number (``interviewer-3``, as
    :func:`~thanknote.write_notes` passes) and the name has letters in another
    script, the number is replaced with six hex
    digits of the name's SHA-256 (``interviewer-5f2c1a``): the stem then
    stays the same person's whatever the order of the panel, and names stay
    in the safe alphabet (no bidirectional text, look-alike letters or
    normalisation differences between file systems).
    """
    latin = unicodedata.normalize("NFKD", name.lower()).translate(_LATIN)
    ascii_name = latin.encode("ascii", "ignore").decode()
    stem = _UNSAFE.sub("-", ascii_name).strip("-")[:_MAX_STEM].rstrip("-")
    if stem and stem not in _RESERVED:
        return stem
    positional = _POSITIONAL.fullmatch(fallback)
    if stem or positional is None or not any(c.isalnum() for c in name):
        return fallback  # a reserved name, no letters at all, or a fixed fallback
    key = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{positional['prefix']}-{digest[:6]}"


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
    """Write several files into ``folder``: all of them or none, without clobbering.

    Files are created with mode ``0o666`` less the umask. Leftovers of
    batches killed earlier in ``folder`` are cleaned up first.

    Args:
        folder: Output folder; created if missing.
        files: File name (no folders) → content.
        overwrite: Replace files that exist. Without it, if any target exists
            nothing at all is written.

    Returns:
        The paths written, in the order given.

    Raises:
        InvalidOptionError: A name is not a plain file name, or (with
            ``overwrite``) a target is a folder, pipe or device; nothing
            is written.
        OutputExistsError: A target exists and ``overwrite`` is false.
    """
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise InvalidOptionError("folder", root, f"{root} is not a folder")
    targets = [_target(root, name) for name in files]
    if targets and not os.path.lexists(root) and _write_new_folder(root, files):
        return tuple(targets)
    make_folder(root)
    if targets:
        _write_into(root, targets, files, overwrite=overwrite)
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
    write_files(target.parent, {target.name: data}, overwrite=overwrite)


def _target(root: Path, name: str) -> Path:
    if not name or name in (".", "..") or Path(name).name != name or "\\" in name or "\x00" in name:
        raise InvalidOptionError("file name", name, f"{name!r} is not a plain file name")
    return root / name


def _write_new_folder(root: Path, files: Mapping[str, bytes]) -> bool:
    """Build the folder in the parent and rename it into place; false if it appeared meanwhile."""
    parent = root.parent
    make_folder(parent)
    try:
        stage = _Staging(parent)
    except OSError:
        return False  # parent not writable: the ordinary path gives the clear error
    with stage:
        with _folder_lock(parent):
            _clean(parent, stage.now, skip=stage.path)
        for name, data in files.items():
            stage.write(name, data)
        _fsync_dir(stage.new)
        try:
            os.rename(stage.new, root)
        except OSError as err:
            if err.errno in (errno.EEXIST, errno.ENOTEMPTY, errno.ENOTDIR, errno.EISDIR):
                return False
            raise
        stage.committed = True
        _fsync_dir(parent)
    return True


def _write_into(
    root: Path, targets: Sequence[Path], files: Mapping[str, bytes], *, overwrite: bool
) -> None:
    with _Staging(root) as stage:
        with _folder_lock(root):
            _clean(root, stage.now, skip=stage.path)
            _check(targets, overwrite=overwrite)
        for name, data in files.items():
            stage.write(name, data)
        with _folder_lock(root):
            _check(targets, overwrite=overwrite)
            stage.commit(root, sorted(files), overwrite=overwrite)
        _fsync_dir(root)


def _check(targets: Sequence[Path], *, overwrite: bool) -> None:
    """Refuse the batch before anything is placed: every conflict, or a target that is no file."""
    conflicts: list[str] = []
    for target in targets:
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            continue
        if not overwrite:
            conflicts.append(str(target))
            continue
        if stat.S_ISLNK(info.st_mode):
            try:
                info = os.stat(target)
            except OSError:
                continue  # a dangling link is replaced, never followed
        if not stat.S_ISREG(info.st_mode):
            raise InvalidOptionError("file", target, f"{target} exists and is not a regular file")
    if conflicts:
        raise OutputExistsError(conflicts)


class _Staging:
    """A locked ``.thanknote-<random>.tmp`` folder: files in ``new/``, backups in ``old/``."""

    def __init__(self, parent: Path) -> None:
        self.path, self.fd = _locked_tmp(parent)
        # The file system's "now": the mtime of the folder it has just made.
        self.now = os.fstat(self.fd).st_mtime if self.fd is not None else self.path.stat().st_mtime
        self.new = self.path / _NEW
        self.committed = False
        self.keep = False  # a failed take-back leaves the journal for the next write
        self._ids: dict[str, tuple[int, int]] = {}
        try:
            os.mkdir(self.new)  # 0o777 less the umask: it may become the output folder
        except BaseException:
            self._close()
            raise

    def __enter__(self) -> _Staging:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._close()

    def _close(self) -> None:
        try:
            if self.committed:
                # Mark the batch complete before deleting, so a kill while
                # deleting can never look like a half-placed batch.
                with contextlib.suppress(FileNotFoundError):
                    os.rename(self.new, self.path / _DONE)
            if not self.keep:
                shutil.rmtree(self.path, ignore_errors=True)
        finally:
            if self.fd is not None:
                os.close(self.fd)  # releases the lock

    def write(self, name: str, data: bytes) -> None:
        """Write ``new/<name>`` (mode 0o666 less the umask) and fsync it."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY
        fd = os.open(self.new / name, flags, 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            info = os.fstat(handle.fileno())
        self._ids[name] = (info.st_dev, info.st_ino)

    def commit(self, root: Path, names: Sequence[str], *, overwrite: bool) -> None:
        """Place every file, in the given order; on any failure take back what was placed."""
        placed: list[tuple[str, bool]] = []
        try:
            for name in names:
                target = root / name
                if overwrite:
                    backup = self._backup(target, name)
                    self._replace(self.new / name, target)
                else:
                    backup = False
                    _link_no_clobber(self.new / name, target)
                placed.append((name, backup))
            self.committed = True
        except BaseException:
            try:
                self._take_back(root, placed)
            except BaseException:
                self.keep = True
                raise
            raise

    def _backup(self, target: Path, name: str) -> bool:
        old = self.path / _OLD
        with contextlib.suppress(FileExistsError):
            os.mkdir(old, 0o700)
        try:
            # A symlink is kept as the link itself, never the file it names.
            os.link(target, old / name, follow_symlinks=_LINK_FOLLOWS)
        except FileNotFoundError:
            return False
        except OSError as err:
            if err.errno not in _NO_LINKS:
                raise
            try:  # no hard links here: move the old file aside (briefly absent)
                os.rename(target, old / name)
            except FileNotFoundError:
                return False
        return True

    def _replace(self, source: Path, target: Path) -> None:
        # Replace through a second link, so that new/<name> keeps naming the
        # placed file and a later write can recognise it after a kill.
        scratch = self.path / _SCRATCH
        try:
            os.link(source, scratch)
        except OSError as err:
            if err.errno not in _NO_LINKS:
                raise
            os.replace(source, target)
            return
        os.replace(scratch, target)

    def _take_back(self, root: Path, placed: Sequence[tuple[str, bool]]) -> None:
        for name, backup in reversed(placed):
            target = root / name
            if _file_id(target) != self._ids.get(name):
                continue  # not ours (any more): leave it
            if backup:
                os.replace(self.path / _OLD / name, target)
            else:
                os.unlink(target)


def _link_no_clobber(source: Path, target: Path) -> None:
    # A hard link fails if the target exists, which makes "create only if
    # absent" a single atomic step; file systems without hard links fall back
    # to a check followed by a rename.
    try:
        os.link(source, target)
    except FileExistsError:
        raise OutputExistsError([str(target)]) from None
    except OSError as err:
        if err.errno not in _NO_LINKS:
            raise
        if os.path.lexists(target):
            raise OutputExistsError([str(target)]) from None
        os.rename(source, target)


def _locked_tmp(parent: Path) -> tuple[Path, int | None]:
    """Make a staging folder and lock it; retry in the rare case a cleaner got there first."""
    for _ in range(10):
        path = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, suffix=_TMP_SUFFIX, dir=parent))
        fd = _open_dir(path)
        if fd is None:
            if os.path.isdir(path):
                return path, None  # folders cannot be opened here (Windows): no lock
            continue  # a cleaner removed it in the instant before it was opened
        if _lock(fd, wait=False) is not False and _file_id(path) == _fd_id(fd):
            return path, fd
        os.close(fd)  # a cleaner took it in the instant between mkdtemp and flock
    raise OSError(errno.EAGAIN, f"cannot lock a staging folder in {parent}")


def _clean(folder: Path, now: float, *, skip: Path) -> None:
    """Delete leftovers of dead writers in ``folder``, taking back half-placed batches."""
    try:
        with os.scandir(folder) as entries:
            stale = [
                entry
                for entry in entries
                if entry.name.startswith(_TMP_PREFIX) and entry.name.endswith(_TMP_SUFFIX)
            ]
    except OSError:
        return
    for entry in stale:
        if Path(entry.path) != skip:
            with contextlib.suppress(OSError):
                _clean_one(folder, Path(entry.path), now)


def _clean_one(folder: Path, path: Path, now: float) -> None:
    info = os.lstat(path)
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return  # someone else's: never act on files another user planted
    old_enough = now - info.st_mtime > _STALE_AFTER
    if stat.S_ISREG(info.st_mode):
        if old_enough:  # a temporary file of an older release: it holds no lock
            os.unlink(path)
        return
    if not stat.S_ISDIR(info.st_mode):
        return
    fd = _open_dir(path, follow=False)
    if fd is None:
        return
    try:
        if _fd_id(fd) != (info.st_dev, info.st_ino):
            return
        locked = _lock(fd, wait=False)
        if locked is False or (locked is None and not old_enough):
            return  # its writer is alive, or may be
        _recover(folder, path)
    finally:
        os.close(fd)


def _recover(folder: Path, path: Path) -> None:
    """Take back the files a dead batch had placed, restore its backups, delete it."""
    try:
        with os.scandir(path / _NEW) as entries:
            leftovers = [(e.name, e.stat(follow_symlinks=False)) for e in entries]
    except (FileNotFoundError, NotADirectoryError):
        leftovers = []  # nothing was placed, or the batch completed
    for name, info in leftovers:
        target = folder / name
        if not stat.S_ISREG(info.st_mode) or _file_id(target) != (info.st_dev, info.st_ino):
            continue
        backup = path / _OLD / name
        if os.path.lexists(backup):
            os.replace(backup, target)
        else:
            os.unlink(target)
    if leftovers:
        _fsync_dir(folder)
    shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``folder`` itself, where the file system allows."""
    fd = _open_dir(folder)
    try:
        if fd is not None:
            _lock(fd, wait=True)
        yield
    finally:
        if fd is not None:
            os.close(fd)


def _lock(fd: int, *, wait: bool) -> bool | None:
    """Lock ``fd`` exclusively: true if locked, false if held elsewhere, None if unsupported."""
    if sys.platform == "win32":
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError as err:
        if err.errno in _NO_LOCKS:
            return None
        raise
    return True


def _open_dir(path: Path, *, follow: bool = True) -> int | None:
    flags = os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC | (0 if follow else _O_NOFOLLOW)
    try:
        return os.open(path, flags)
    except OSError:
        return None


def _fsync_dir(path: Path) -> None:
    """Make a folder's entries durable, where the platform can (not on Windows)."""
    fd = _open_dir(path)
    if fd is None:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _fd_id(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_dev, info.st_ino
