"""The codebase keeps to its own standards: ruff (E, F, I, B, UP) everywhere, mypy strict
on the library packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean() -> None:
    done = subprocess.run([sys.executable, "-m", "ruff", "check", ".", "--output-format",
                           "concise"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]


def test_mypy_strict_is_clean_on_the_library() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "loaders", "kg"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
