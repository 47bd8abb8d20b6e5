"""Specification of hardened writes: all-or-nothing batches, races, kills, umask, names."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import panel_data
from hypothesis import given
from hypothesis import strategies as st

import thanknote
from thanknote import _files
from thanknote._files import safe_stem, write_atomic, write_files
from thanknote.export import write_notes

ROOT = Path(thanknote.__file__).resolve().parents[1]
HOUR = 3600


@pytest.fixture
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip fsync in tests that write hundreds of files (about 4 ms each on a real disk)."""
    monkeypatch.setattr(os, "fsync", lambda fd: None)


@pytest.fixture
def fast_tmp(tmp_path: Path) -> Iterator[Path]:
    """A folder in memory when there is one: some tests write thousands of files."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir=shm, prefix="thanknote-test-") as folder:
        yield Path(folder)


def batch(count: int, tag: str = "new") -> dict[str, bytes]:
    return {f"note-{i:04d}.txt": f"{tag} {i}\n".encode() for i in range(count)}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".thanknote-"))


def fs_now(folder: Path) -> float:
    """The file system's clock: the mtime of a file created just now."""
    probe = folder / "probe"
    probe.write_bytes(b"")
    now = probe.stat().st_mtime
    probe.unlink()
    return now


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


# --- names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Jürgen Weiß", "jurgen-weiss"),
        ("JÜRGEN WEISS", "jurgen-weiss"),
        ("Łukasz Żółtowski", "lukasz-zoltowski"),
        ("Søren Ørsted", "soren-orsted"),
        ("Ægir Œdipe", "aegir-oedipe"),
        ("Đorđe Balašević", "dorde-balasevic"),
        ("Þóra Guðmundsdóttir", "thora-gudmundsdottir"),
        ("Ǿrjan", "orjan"),
        ("Straße ẞ", "strasse-ss"),
    ],
)
def test_latin_letters_are_spelled_out_not_dropped(name: str, stem: str) -> None:
    assert safe_stem(name, "interviewer-1") == stem


def _old_safe_stem(name: str, fallback: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].rstrip("-")
    return stem if stem and stem not in _files._RESERVED else fallback


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_names_keep_the_stems_they_always_had(name: str) -> None:
    assert safe_stem(name, "interviewer-1") == _old_safe_stem(name, "interviewer-1")
    assert safe_stem(name, "fallback") == _old_safe_stem(name, "fallback")


@pytest.mark.parametrize(
    "name", ["Иван Петров", "Γιώργος Παπαδόπουλος", "王伟", "محمد علي", "김민준", "דנה"]
)
def test_other_scripts_get_a_stable_stem_from_the_name_not_the_position(name: str) -> None:
    stem = safe_stem(name, "interviewer-1")
    assert re.fullmatch(r"interviewer-[0-9a-f]{6}", stem)
    assert safe_stem(name, "interviewer-7") == stem  # same person, any place in the panel
    assert safe_stem(f"  {name.upper()} ", "interviewer-2") == stem
    assert safe_stem(unicodedata.normalize("NFD", name), "interviewer-3") == stem


def test_different_names_in_other_scripts_get_different_stems() -> None:
    names = ["Иван Петров", "Иван Петрова", "王伟", "王芳", "محمد", "Γιώργος"]
    assert len({safe_stem(n, "interviewer-1") for n in names}) == len(names)


@pytest.mark.parametrize(("name", "fallback"), [("..", "interviewer-3"), ("王伟", "card")])
def test_names_without_letters_or_a_fixed_fallback_keep_the_fallback(
    name: str, fallback: str
) -> None:
    assert safe_stem(name, fallback) == fallback


def test_write_notes_names_files_after_every_interviewer(tmp_path: Path) -> None:
    data = panel_data(4)
    names = ["Jürgen Weiß", "Иван Петров", "王伟", "Ana Łoś"]
    for person, name in zip(data["interviewers"], names, strict=True):
        person["name"] = name
        person.pop("first_name", None)
        person.pop("last_name", None)
    notes = thanknote.draft(thanknote.load_interview(data))
    names = [p.name for p in write_notes(notes, tmp_path, format="eml")]
    assert names[0] == "jurgen-weiss.eml" and names[3] == "ana-los.eml"
    assert names[1] == safe_stem("Иван Петров", "interviewer-1") + ".eml"
    assert names[2] == safe_stem("王伟", "interviewer-1") + ".eml"
    assert all(re.fullmatch(r"[a-z0-9-]+\.eml", n) for n in names)


# --- all or nothing ---------------------------------------------------------


def test_a_new_folder_appears_whole_and_leaves_no_staging_behind(tmp_path: Path) -> None:
    out = tmp_path / "out" / "notes"
    paths = write_files(out, batch(5))
    assert [p.read_bytes() for p in paths] == list(batch(5).values())
    assert leftovers(tmp_path / "out") == [] and leftovers(out) == []


def test_a_conflict_that_appears_during_the_move_takes_back_every_placed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = _files._link_no_clobber

    def racing(source: Path, target: Path) -> None:
        if target.name == "note-0020.txt":
            target.write_bytes(b"someone else's")
        link(source, target)

    monkeypatch.setattr(_files, "_link_no_clobber", racing)
    with pytest.raises(thanknote.OutputExistsError) as caught:
        write_files(tmp_path, batch(40))
    assert caught.value.conflicts == (str(tmp_path / "note-0020.txt"),)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note-0020.txt"]
    assert (tmp_path / "note-0020.txt").read_bytes() == b"someone else's"


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_force_checks_every_target_before_replacing_any(tmp_path: Path, kind: str) -> None:
    write_files(tmp_path, batch(5, "old"))
    blocker = tmp_path / "note-0003.txt"
    blocker.unlink()
    if kind == "folder":
        blocker.mkdir()
    else:
        os.mkfifo(blocker)
    with pytest.raises(thanknote.InvalidOptionError, match="not a regular file"):
        write_files(tmp_path, batch(5), overwrite=True)
    for i in (0, 1, 2, 4):
        assert (tmp_path / f"note-{i:04d}.txt").read_bytes() == f"old {i}\n".encode()
    assert leftovers(tmp_path) == []


def test_a_failed_forced_move_restores_the_old_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_files(tmp_path, batch(4, "old"))
    replace = _files._Staging._replace

    def failing(self: Any, source: Path, target: Path) -> None:
        if target.name == "note-0005.txt":
            raise OSError(28, "No space left on device")
        replace(self, source, target)

    monkeypatch.setattr(_files._Staging, "_replace", failing)
    with pytest.raises(OSError, match="No space"):
        write_files(tmp_path, batch(8), overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(batch(4))
    assert all(p.read_bytes().startswith(b"old") for p in tmp_path.iterdir())


def test_a_forced_write_replaces_a_symlink_not_the_file_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.txt").write_bytes(b"keep")
    (tmp_path / "a.txt").symlink_to(tmp_path / "elsewhere.txt")
    write_files(tmp_path, {"a.txt": b"new"}, overwrite=True)
    assert not (tmp_path / "a.txt").is_symlink()
    assert (tmp_path / "a.txt").read_bytes() == b"new"
    assert (tmp_path / "elsewhere.txt").read_bytes() == b"keep"


def _writer(outcome: dict[str, str], out: Path, tag: str, files: dict[str, bytes]) -> None:
    try:
        write_files(out, files)
        outcome[tag] = "ok"
    except thanknote.OutputExistsError:
        outcome[tag] = "exists"


def _race(
    folder: Path, rounds: int, monkeypatch: pytest.MonkeyPatch, *, meet_at_commit: bool = False
) -> list[list[str]]:
    """Two writers of the same 40 names, in opposite orders; what happened to each.

    Both finish staging (or, with ``meet_at_commit``, both pass the last
    check) before either starts moving files into place, and each yields to
    the other between two links, so the moves really overlap.
    """
    meeting: list[threading.Barrier] = []
    this_thread = threading.local()
    write, commit, link = _files._Staging.write, _files._Staging.commit, _files._link_no_clobber
    take_back = _files._Staging._take_back

    def meet() -> None:
        if not getattr(this_thread, "met", False):
            this_thread.met = True
            with contextlib.suppress(threading.BrokenBarrierError):
                meeting[-1].wait(timeout=5)

    def write_then_meet(self: Any, name: str, data: bytes) -> None:
        write(self, name, data)
        if len(self._ids) == 40 and not meet_at_commit:
            meet()

    def meet_then_commit(self: Any, *args: Any, **kwargs: Any) -> None:
        if meet_at_commit:
            meet()
        commit(self, *args, **kwargs)

    def link_then_yield(source: Path, target: Path) -> None:
        link(source, target)
        time.sleep(0.0001)

    def slow_take_back(self: Any, *args: Any) -> None:
        time.sleep(0.002)  # a loser that is slow to clean up must not make the winner lose
        take_back(self, *args)

    monkeypatch.setattr(_files._Staging, "write", write_then_meet)
    monkeypatch.setattr(_files._Staging, "commit", meet_then_commit)
    monkeypatch.setattr(_files._Staging, "_take_back", slow_take_back)
    monkeypatch.setattr(_files, "_link_no_clobber", link_then_yield)
    results: list[list[str]] = []
    for n in range(rounds):
        out = folder / f"round-{n}"
        if n % 2:
            out.mkdir()  # odd rounds: an existing folder; even rounds: a new one
        meeting.append(threading.Barrier(2))
        outcome: dict[str, str] = {}
        forward = batch(40, "A")
        backward = dict(reversed(batch(40, "B").items()))
        threads = [
            threading.Thread(target=_writer, args=(outcome, out, "A", forward)),
            threading.Thread(target=_writer, args=(outcome, out, "B", backward)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        results.append(sorted(outcome.values()))
        if results[-1] == ["exists", "ok"]:
            winner = next(tag for tag, what in outcome.items() if what == "ok")
            contents = {p.read_bytes().split()[0].decode() for p in out.iterdir()}
            assert len(list(out.iterdir())) == 40 and contents == {winner}
        assert leftovers(out) == [] and leftovers(folder) == []
    return results


@pytest.mark.usefixtures("no_fsync")
def test_of_two_opposite_writers_exactly_one_wins(
    fast_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _race(fast_tmp, 12, monkeypatch) == [["exists", "ok"]] * 12


@pytest.mark.usefixtures("no_fsync")
def test_exactly_one_wins_even_where_folder_locks_do_not_work(
    fast_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_files, "_folder_lock", lambda folder: contextlib.nullcontext())
    assert _race(fast_tmp, 12, monkeypatch, meet_at_commit=True) == [["exists", "ok"]] * 12


# --- leftovers --------------------------------------------------------------


def _dead_staging(folder: Path, name: str, age: float = 0) -> Path:
    path = folder / name
    (path / "new").mkdir(parents=True)
    (path / "new" / "x.txt").write_bytes(b"x")
    if age:
        then = fs_now(folder) - age
        os.utime(path, (then, then))
    return path


def test_stale_leftovers_are_cleaned_at_the_next_write(tmp_path: Path) -> None:
    old_file = tmp_path / ".thanknote-old.tmp"
    old_file.write_bytes(b"")
    then = fs_now(tmp_path) - 2 * HOUR
    os.utime(old_file, (then, then))
    young_file = tmp_path / ".thanknote-young.tmp"  # an older release may still be using it
    young_file.write_bytes(b"")
    dead = _dead_staging(tmp_path, ".thanknote-dead.tmp")  # no one holds its lock
    live = _dead_staging(tmp_path, ".thanknote-live.tmp")
    link = tmp_path / ".thanknote-link.tmp"
    link.symlink_to(live)
    other = tmp_path / ".thanknote-notes.txt"
    other.write_bytes(b"")
    fd = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a writer still at work
        write_files(tmp_path, {"a.txt": b"a"})
    finally:
        os.close(fd)
    assert not old_file.exists() and not dead.exists()
    assert young_file.exists() and live.exists() and link.is_symlink() and other.exists()
    assert (live / "new" / "x.txt").exists()


def test_without_locks_only_an_hour_old_staging_folder_counts_as_dead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_files, "_lock", lambda fd, wait: None)
    fresh = _dead_staging(tmp_path, ".thanknote-fresh.tmp")
    stale = _dead_staging(tmp_path, ".thanknote-stale.tmp", age=2 * HOUR)
    write_files(tmp_path, {"a.txt": b"a"})
    assert fresh.exists() and not stale.exists()


def test_a_new_folder_write_cleans_its_parent(tmp_path: Path) -> None:
    dead = _dead_staging(tmp_path, ".thanknote-dead.tmp")
    write_files(tmp_path / "out", {"a.txt": b"a"})
    assert not dead.exists() and leftovers(tmp_path) == []


# --- modes and durability ---------------------------------------------------


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_files_respect_the_umask(tmp_path: Path, mask: int, mode: int) -> None:
    existing = tmp_path / "existing"
    existing.mkdir()
    with umask(mask):
        fresh = write_files(tmp_path / "fresh", {"a.txt": b"a"})
        into = write_files(existing, {"a.txt": b"a"})
        forced = write_files(existing, {"a.txt": b"b"}, overwrite=True)
        write_atomic(tmp_path / "single.toml", b"x")
    for path in (*fresh, *into, *forced, tmp_path / "single.toml"):
        assert stat.S_IMODE(path.stat().st_mode) == mode, path
    assert stat.S_IMODE((tmp_path / "fresh").stat().st_mode) == 0o777 & ~mask


@pytest.mark.parametrize("existing", [True, False])
def test_every_file_and_then_the_folder_are_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    synced: list[tuple[int, int, bool]] = []
    real = os.fsync

    def record(fd: int) -> None:
        info = os.fstat(fd)
        synced.append((info.st_dev, info.st_ino, stat.S_ISDIR(info.st_mode)))
        real(fd)

    monkeypatch.setattr(os, "fsync", record)
    out = tmp_path / "out"
    if existing:
        out.mkdir()
    paths = write_files(out, batch(3))
    files = {(p.stat().st_dev, p.stat().st_ino, False) for p in paths}
    assert files <= set(synced)
    folder = out if existing else tmp_path
    last_dir = [s for s in synced if s[2]][-1]
    assert last_dir == (folder.stat().st_dev, folder.stat().st_ino, True)


# --- kills ------------------------------------------------------------------

_CHILD = """
import os, sys, time
from pathlib import Path
from thanknote import _files

os.fsync = lambda fd: None
stage, after, folder, overwrite = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
count = 0

def stall():
    global count
    count += 1
    if count == after:
        print("ready", flush=True)
        time.sleep(600)

if stage == "staging":
    write = _files._Staging.write
    def hooked(self, name, data):
        write(self, name, data)
        stall()
    _files._Staging.write = hooked
elif stage == "link":
    link = _files._link_no_clobber
    def hooked(source, target):
        link(source, target)
        stall()
    _files._link_no_clobber = hooked
elif stage == "replace":
    replace = _files._Staging._replace
    def hooked(self, source, target):
        replace(self, source, target)
        stall()
    _files._Staging._replace = hooked
files = {f"note-{i:04d}.txt": f"{sys.argv[5]} {i}\\n".encode() for i in range(1000)}
_files.write_files(folder, files, overwrite=overwrite == "1")
print("done", flush=True)
"""


def kill_while(stage: str, after: int, folder: Path, *, overwrite: bool = False) -> None:
    """Start writing 1,000 files in a child, SIGKILL it when ``after`` steps of ``stage`` ran."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    args = [stage, str(after), str(folder), "1" if overwrite else "0", "killed"]
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        line = child.stdout.readline()
        assert line == "ready\n", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL


def assert_all_new(folder: Path, tag: str) -> None:
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(batch(1000)), "leftovers or missing files"
    assert all(p.read_bytes().startswith(tag.encode()) for p in folder.iterdir())


@pytest.mark.usefixtures("no_fsync")
def test_a_kill_while_staging_a_new_folder_leaves_nothing(fast_tmp: Path) -> None:
    out = fast_tmp / "out"
    kill_while("staging", 100, out)
    assert not out.exists()
    assert len(leftovers(fast_tmp)) == 1  # the dead batch, until the next write
    write_files(out, batch(1000))
    assert_all_new(out, "new")
    assert leftovers(fast_tmp) == []


@pytest.mark.usefixtures("no_fsync")
def test_a_kill_while_staging_into_a_folder_leaves_nothing(fast_tmp: Path) -> None:
    kill_while("staging", 100, fast_tmp)
    assert [p.name for p in fast_tmp.iterdir() if not p.name.startswith(".")] == []
    write_files(fast_tmp, batch(1000))
    assert_all_new(fast_tmp, "new")


@pytest.mark.usefixtures("no_fsync")
def test_a_kill_while_linking_is_taken_back_by_the_next_write(fast_tmp: Path) -> None:
    kill_while("link", 300, fast_tmp)
    # Known window: the links are one system call each, so part of the batch
    # is visible until the next write into the folder takes it back.
    assert len([p for p in fast_tmp.iterdir() if not p.name.startswith(".")]) == 300
    write_files(fast_tmp, batch(1000))
    assert_all_new(fast_tmp, "new")


@pytest.mark.usefixtures("no_fsync")
def test_a_kill_while_forcing_restores_the_old_files_at_the_next_write(fast_tmp: Path) -> None:
    write_files(fast_tmp, batch(1000, "old"))
    kill_while("replace", 300, fast_tmp, overwrite=True)
    assert sum(p.read_bytes().startswith(b"killed") for p in fast_tmp.glob("note-*")) == 300
    with pytest.raises(thanknote.OutputExistsError):
        write_files(fast_tmp, {"note-0000.txt": b""})  # still cleans first
    assert_all_new(fast_tmp, "old")
