"""A second process opening a store in use gets StoreLockedError with a clear message."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from kg.store import open_store

CHILD = textwrap.dedent("""
    import sys
    from kg.errors import StoreLockedError
    from kg.store import open_store
    try:
        open_store(sys.argv[1])
    except StoreLockedError as err:
        print("LOCKED:", err)
        sys.exit(3)
    print("OPENED")
""")


def test_second_process_gets_store_locked_error(tmp_path):
    path = tmp_path / "store"
    with open_store(str(path)):
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                             text=True, timeout=60)
    assert out.returncode == 3, out.stderr
    assert "LOCKED:" in out.stdout and str(path) in out.stdout
    assert "another process" in out.stdout and "--store" in out.stdout
    # Once the first process lets go, the store opens again.
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip() == "OPENED", out.stderr


def test_store_path_from_environment(tmp_path, monkeypatch):
    from kg.store import default_store_path

    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    assert default_store_path() == tmp_path / "env-store"
    with open_store(None) as store:
        assert store.path == tmp_path / "env-store"
