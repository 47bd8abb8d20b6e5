"""Specification of plugin discovery (``thanknote._entry_points``)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from builders import install_plugin

from thanknote._entry_points import entry_points_of

GROUP = "thanknote.test-group"


def test_a_group_nobody_declares_has_no_entry_points() -> None:
    assert entry_points_of(GROUP) == ()


def test_a_distribution_installed_while_running_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    assert entry_points_of(GROUP) == ()
    install_plugin(tmp_path, "late", GROUP, "late = late_module:thing")
    [point] = entry_points_of(GROUP)
    assert (point.name, point.value) == ("late", "late_module:thing")


def test_entry_points_come_sorted_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path / "b", "bee", GROUP, "zeta = m:z")
    install_plugin(tmp_path / "a", "ay", GROUP, "alpha = m:a")
    monkeypatch.syspath_prepend(str(tmp_path / "b"))
    monkeypatch.syspath_prepend(str(tmp_path / "a"))
    assert [p.name for p in entry_points_of(GROUP)] == ["alpha", "zeta"]


def test_a_zip_on_the_path_is_left_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\n")
        zipped.writestr("zipped-1.0.dist-info/entry_points.txt", f"[{GROUP}]\nz = m:z\n")
    monkeypatch.syspath_prepend(str(archive))
    assert [p.name for p in entry_points_of(GROUP)] == ["z"]


def test_looking_for_plugins_that_are_not_there_imports_no_metadata_library() -> None:
    code = (
        "import sys; from thanknote._entry_points import entry_points_of; "
        f"entry_points_of({GROUP!r}); print('importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
