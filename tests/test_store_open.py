"""Opening the embedded store where its folders do not exist yet (a fresh machine)."""

from __future__ import annotations

from pathlib import Path

from kg.store import open_store


def test_a_store_in_folders_that_do_not_exist_yet_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store"
    with open_store(str(path)) as store:
        assert store.stats()["articles"] == 0
    assert path.exists()


def test_the_default_store_goes_under_kg_store(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KG_STORE", str(tmp_path / "fresh" / "home" / "store"))
    with open_store(None) as store:
        assert store.stats()["articles"] == 0
