"""The README's first two commands: the main job runs, and CI runs the test command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    """The commands of the README's fenced bash blocks, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_the_readme_starts_with_the_two_commands() -> None:
    first, second = readme_commands()[:2]
    assert "pip install -e ." in first and first.endswith("kg demo")
    assert "pip install -e '.[test]'" in second and "pytest" in second


def test_ci_runs_the_readme_test_command() -> None:
    test_command = readme_commands()[1].split("&&")[-1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci, f"{test_command!r} is not what .ci/run runs"


def test_the_main_job_command_runs_on_the_embedded_store(tmp_path: Path) -> None:
    command = readme_commands()[0].replace("python3 ", f"{sys.executable} ", 1)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_STORE"))}
    env["HOME"] = str(tmp_path)  # the demo's store and caches go to a fresh place
    env["TECHKG_CACHE"] = os.environ.get("TECHKG_CACHE", str(tmp_path / "cache"))
    done = subprocess.run(command, shell=True, cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert "Alibaba Cloud" in out
    assert "Amazon Web Services" in out  # a rival of Alibaba Cloud, with its evidence
    assert "Tokyo" in out
