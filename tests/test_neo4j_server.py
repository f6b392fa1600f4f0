"""The Neo4j test server: it starts from the Maven jars, answers Cypher, and enforces auth."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

# Registers the fixtures; harmless when tests/conftest.py registers the plugin too.
# (Not imported here: an imported plugin module cannot get pytest's assert rewriting.)
pytest_plugins = ["neo4j_fixture"]
pytestmark = pytest.mark.neo4j

# Characters that break string-built Cypher; a bound parameter must carry them intact.
AWKWARD = 'Acme "Fab" {North} O\'Neil \\ C:\\temp\\ $name `tick` }) DETACH DELETE n //'


def test_server_answers_cypher(neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> None:
    with GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert records[0]["one"] == 1
        assert driver.get_server_info().agent.startswith("Neo4j/5.")


def test_parameter_with_quotes_braces_backslashes_round_trips(
    neo4j_uri: str, neo4j_auth: tuple[str, str] | None
) -> None:
    marker = secrets.token_hex(8)  # keeps this test's node apart on a shared server
    with GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
        try:
            driver.execute_query(
                "CREATE (:ServerTest {marker: $marker, name: $name})",
                marker=marker,
                name=AWKWARD,
            )
            records, _, _ = driver.execute_query(
                "MATCH (n:ServerTest {marker: $marker}) RETURN n.name AS name", marker=marker
            )
            assert [r["name"] for r in records] == [AWKWARD]
        finally:
            driver.execute_query("MATCH (n:ServerTest {marker: $marker}) DELETE n", marker=marker)


@pytest.mark.slow
def test_auth_rejects_wrong_password_and_accepts_right_one(
    neo4j_launcher: Callable[..., Any],
) -> None:
    password = secrets.token_urlsafe(16)
    with neo4j_launcher(auth=("neo4j", password)) as server:
        with GraphDatabase.driver(server.uri, auth=("neo4j", password + "x")) as driver:
            with pytest.raises(AuthError):
                driver.verify_connectivity()
        with GraphDatabase.driver(server.uri, auth=("neo4j", password)) as driver:
            records, _, _ = driver.execute_query("RETURN 2 AS two")
            assert records[0]["two"] == 2
    assert server.pid is None  # stopped on leaving the block


def test_community_refuses_other_initial_users(neo4j_launcher: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="only set the initial password of user 'neo4j'"):
        neo4j_launcher(auth=("admin", "secret-pass"))
