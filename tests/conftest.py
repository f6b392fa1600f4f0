"""Shared fixtures: the real Neo4j server (tests/neo4j_fixture.py), a clean environment,
and stores by name for the contract suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["neo4j_fixture"]

NEO4J_VARS = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")
# Read once, before any test runs: the neo4j fixture decides from NEO4J_URI whether
# to use an external server, and the autouse fixture below hides these variables.
SESSION_NEO4J_ENV = {k: os.environ[k] for k in NEO4J_VARS if k in os.environ}
NEO4J_FIXTURES = {"neo4j_uri", "neo4j_auth", "_neo4j_endpoint", "neo4j_store"}


@pytest.fixture(autouse=True)
def clean_environ(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hide NEO4J_* from tests that do not ask for the Neo4j server (httpx `clean_environ`).

    A developer's own Neo4j settings must not redirect a test; tests that use the
    server see the session's values again.
    """
    for key in NEO4J_VARS:
        monkeypatch.delenv(key, raising=False)
    if NEO4J_FIXTURES & set(request.fixturenames):
        for key, value in SESSION_NEO4J_ENV.items():
            monkeypatch.setenv(key, value)


def _no_kb(name: str) -> None:
    return None


@pytest.fixture
def neo4j_store(neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> Iterator[Any]:
    """An empty Neo4jStore on the session's server (wiped before the test)."""
    from kg.store.neo4j import Neo4jStore

    user, password = neo4j_auth or (None, None)
    store = Neo4jStore(neo4j_uri, username=user, password=password, kb_lookup=_no_kb)
    store.wipe()
    try:
        yield store
    finally:
        store.close()


def open_test_store(name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """An empty store of kind `name` ("oxigraph" in tmp_path, "neo4j" on the real server)."""
    if name == "oxigraph":
        from kg.store.oxigraph import OxigraphStore

        return OxigraphStore(tmp_path / "store", kb_lookup=_no_kb)
    return request.getfixturevalue("neo4j_store")


STORE_NAMES = [pytest.param("oxigraph"), pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(params=STORE_NAMES)
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """Each store in turn, empty: the contract suite runs its assertions on every one."""
    store = open_test_store(request.param, request, tmp_path)
    try:
        yield store
    finally:
        store.close()
