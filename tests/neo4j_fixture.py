"""Pytest fixtures for a real Neo4j server: `neo4j_uri`, `neo4j_auth`, `neo4j_launcher`.

Load it from tests/conftest.py with `pytest_plugins = ["neo4j_fixture"]`, or import the
fixtures into a test module. Where the server comes from, in order:

1. `NEO4J_URI` is set: that server, with `NEO4J_USERNAME`/`NEO4J_PASSWORD` (auth off when
   no password is set).
2. Otherwise one Neo4j Community server per test session, started from the jars in
   tools/neo4j/lib/ (fetched from Maven Central on first use when `mvn` exists).
3. No Java 17 or no jars and no Maven: the test is skipped, or fails under `CI=true`,
   where a skipped Neo4j suite would hide a broken install.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

TOOLS_DIR = Path(__file__).resolve().parents[1] / "tools"
# Appended, not prepended: tools/ holds a folder named `neo4j` (the jars), which must
# not shadow the neo4j driver package.
if str(TOOLS_DIR) not in sys.path:
    sys.path.append(str(TOOLS_DIR))

import neo4j_server  # noqa: E402  (needs the sys.path entry above)
from neo4j_server import Neo4jServer, Neo4jServerError  # noqa: E402

__all__ = ["Neo4jServer", "Neo4jServerError", "neo4j_auth", "neo4j_launcher", "neo4j_uri"]

HOW_TO_FIX = (
    "Neo4j tests need Java 17+ and Maven: install them (Debian: apt-get install "
    "openjdk-17-jre-headless maven), then run tools/neo4j/fetch.sh; or set NEO4J_URI "
    "(with NEO4J_USERNAME/NEO4J_PASSWORD) to use a running server."
)


def _unavailable(reason: str) -> None:
    """Skip locally; fail under CI=true, where a skipped Neo4j suite would pass unnoticed."""
    message = f"{reason}\n{HOW_TO_FIX}"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def neo4j_runtime(pytestconfig: pytest.Config) -> Path:
    """The jar folder, once Java 17+ is found and the jars are present (fetched if need be)."""
    problem = neo4j_server.java_problem()
    if problem:
        _unavailable(f"Cannot start Neo4j: {problem}.")
    if not neo4j_server.jars_present():
        # Said aloud because a cold Maven cache makes this a silent minute or two.
        reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None and shutil.which("mvn"):
            reporter.write_line("neo4j_fixture: fetching Neo4j jars with tools/neo4j/fetch.sh ...")
        try:
            neo4j_server.fetch_jars()
        except neo4j_server.Neo4jServerError as err:
            _unavailable(f"Cannot get the Neo4j jars: {err}")
    return neo4j_server.LIB_DIR


@pytest.fixture(scope="session")
def neo4j_launcher(neo4j_runtime: Path) -> Iterator[Callable[..., neo4j_server.Neo4jServer]]:
    """A factory for extra servers, `neo4j_launcher(auth=(...))` -> unstarted Neo4jServer.

    Use it as a context manager; servers still running at the end of the session are stopped.
    """
    made: list[neo4j_server.Neo4jServer] = []

    def launch(**kwargs: Any) -> neo4j_server.Neo4jServer:
        server = neo4j_server.Neo4jServer(lib_dir=neo4j_runtime, **kwargs)
        made.append(server)
        return server

    yield launch
    for server in made:
        server.stop()


@pytest.fixture(scope="session")
def _neo4j_endpoint(
    request: pytest.FixtureRequest,
) -> Iterator[tuple[str, tuple[str, str] | None]]:
    uri = os.environ.get("NEO4J_URI")
    if uri:
        password = os.environ.get("NEO4J_PASSWORD")
        user = os.environ.get("NEO4J_USERNAME", "neo4j")
        yield uri, ((user, password) if password else None)
        return
    launcher = request.getfixturevalue("neo4j_launcher")
    server = launcher()
    try:
        server.start()
    except neo4j_server.Neo4jServerError as err:
        pytest.fail(f"Neo4j did not start: {err}", pytrace=False)
    try:
        yield server.uri, None
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_uri(_neo4j_endpoint: tuple[str, tuple[str, str] | None]) -> str:
    """Bolt URI of the session's Neo4j server, e.g. bolt://127.0.0.1:40123."""
    return _neo4j_endpoint[0]


@pytest.fixture(scope="session")
def neo4j_auth(_neo4j_endpoint: tuple[str, tuple[str, str] | None]) -> tuple[str, str] | None:
    """(user, password) for `neo4j_uri`, or None when the server has auth off."""
    return _neo4j_endpoint[1]
