"""Specification of safe file names and atomic, no-clobber writes."""

from __future__ import annotations

from pathlib import Path

import pytest

import thanknote
from thanknote._files import safe_stem, unique_stems, write_files


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Dana Reyes", "dana-reyes"),
        ("José Núñez-García", "jose-nunez-garcia"),
        ("Margaret O'Neill", "margaret-o-neill"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "fallback"),
        (".hidden", "hidden"),
        ("CON", "fallback"),
        ("王伟", "fallback"),
        ("a\x00b\nc", "a-b-c"),
        ("x" * 200, "x" * 60),
    ],
)
def test_safe_stem_keeps_only_a_safe_alphabet(name: str, stem: str) -> None:
    assert safe_stem(name, "fallback") == stem


def test_repeated_stems_are_numbered_in_order() -> None:
    assert unique_stems(["a", "a", "b", "a"]) == ["a", "a-2", "b", "a-3"]


@pytest.mark.parametrize("name", ["../x.txt", "sub/x.txt", "..", "", "a\\b.txt"])
def test_names_that_leave_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(thanknote.InvalidOptionError):
        write_files(tmp_path, {name: b"x"})
    assert list(tmp_path.iterdir()) == []


def test_a_conflict_lists_every_existing_file_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"A")
    (tmp_path / "c.txt").write_bytes(b"C")
    with pytest.raises(FileExistsError) as caught:
        write_files(tmp_path, {"a.txt": b"1", "b.txt": b"2", "c.txt": b"3"})
    assert isinstance(caught.value, thanknote.OutputExistsError)
    assert caught.value.conflicts == (str(tmp_path / "a.txt"), str(tmp_path / "c.txt"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "c.txt"]


def test_a_dangling_symlink_counts_as_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(thanknote.OutputExistsError):
        write_files(tmp_path, {"a.txt": b"1"})
    assert not (tmp_path / "elsewhere").exists()


def test_writes_create_the_folder_and_the_exact_bytes(tmp_path: Path) -> None:
    paths = write_files(tmp_path / "new" / "dir", {"a.txt": b"\xe2\x9c\x93"})
    assert paths[0].read_bytes() == b"\xe2\x9c\x93"
