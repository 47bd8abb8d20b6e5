"""The benchmark scripts still run (tiny sizes; no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "benchmarks"


def test_the_benchmark_runs_and_prints_its_table() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "bench.py"), "--quick"],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "| drafting, per note" in result.stdout
    assert "streamed" in result.stdout
    assert "| `agenda` over 20 interview files" in result.stdout


def test_the_lint_benchmark_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "bench_lint.py"), "--notes", "3", "--repeat", "1"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "thanknote" in result.stdout
