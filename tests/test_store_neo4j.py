"""The Neo4j store's own promises: migrations applied once, credentials kept out of sight,
and each failure (server down, wrong password, wrong database, a connection dropped
mid-batch) a clear kg error with no half-written article; a rerun completes."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import GraphDatabase
from neo4j_server import free_port
from store_records import aws_article, deal_article, microsoft_article
from tcp_proxy import TcpProxy

from kg import model
from kg.errors import ConnectionError_, StoreError
from kg.store import open_store
from kg.store.neo4j import Neo4jStore
from kg.store.neo4j_conn import Neo4jSettings
from kg.store.neo4j_migrate import MIGRATIONS_DIR, migration_files, split_statements

pytestmark = pytest.mark.neo4j


def no_kb(name: str) -> None:
    return None


def many_articles(n: int = 40) -> list[Any]:
    return [aws_article(), microsoft_article(),
            *(deal_article(f"deal-{i}", f"Buyer {i}", f"Target {i}", "2024-02-0" + str(i % 9 + 1),
                           f"Buyer {i} agreed to buy Target {i}.") for i in range(n))]


def graph_counts(uri: str, auth: tuple[str, str] | None) -> tuple[int, int]:
    """(nodes of the model, relationships) read straight from the server."""
    labels = [k.name for k in model.NODE_KINDS]
    with GraphDatabase.driver(uri, auth=auth) as d:
        nodes = d.execute_query("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $l) "
                                "RETURN count(n) AS c", l=labels).records[0]["c"]
        rels = d.execute_query("MATCH ()-[r]->() RETURN count(r) AS c").records[0]["c"]
    return nodes, rels


def test_migrations_are_numbered_idempotent_and_recorded_once(neo4j_store: Neo4jStore) -> None:
    files = migration_files()
    assert [f.name[:4] for f in files] == [f"{i:04d}" for i in range(1, len(files) + 1)]
    text = (MIGRATIONS_DIR / "0001_constraints.cypher").read_text()
    # Every node label of the model has its id constraint.
    for kind in model.NODE_KINDS:
        assert f"FOR (n:{kind.name}) REQUIRE n.id IS UNIQUE" in text
    assert all("IF NOT EXISTS" in s for f in files for s in split_statements(f.read_text()))
    rows = neo4j_store.run("MATCH (m:Migration) RETURN m.name AS name ORDER BY name")
    assert [r["name"] for r in rows] == [f.name for f in files]
    again = Neo4jStore(neo4j_store.settings.uri, username=neo4j_store.settings.username,
                       password=neo4j_store.settings.password)
    assert again.migrations == []  # already recorded: nothing applied the second time
    again.close()
    names = {r["name"] for r in neo4j_store.run("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"company_id", "article_id", "migration_name"} <= names


def test_settings_come_from_the_environment_and_hide_the_password(
        monkeypatch: pytest.MonkeyPatch, neo4j_uri: str) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://example.invalid:7999")
    monkeypatch.setenv("NEO4J_USERNAME", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-Pa55")
    monkeypatch.setenv("NEO4J_DATABASE", "news")
    s = Neo4jSettings.resolve()
    assert (s.uri, s.username, s.password, s.database) == \
        ("bolt://example.invalid:7999", "reader", "s3cret-Pa55", "news")
    assert "s3cret" not in repr(s) and "s3cret" not in s.where
    assert Neo4jSettings.resolve(uri=neo4j_uri, database="neo4j").uri == neo4j_uri


def test_open_store_by_name_reads_the_environment(
        monkeypatch: pytest.MonkeyPatch, neo4j_uri: str, neo4j_store: Neo4jStore) -> None:
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    with open_store("neo4j", kb_lookup=no_kb) as s:
        assert s.name == "neo4j" and s.stats()["articles"] == 0
    with open_store(f"neo4j:{neo4j_uri}", kb_lookup=no_kb) as s:
        assert s.settings.uri == neo4j_uri


def test_server_down_is_a_clear_connection_error() -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(ConnectionError_, match=r"could not open the connection to Neo4j at "
                       rf"{uri}.*check the server is running"):
        Neo4jStore(uri)


def test_unknown_database_is_named_with_the_fix(neo4j_uri: str,
                                                neo4j_auth: tuple[str, str] | None) -> None:
    user, password = neo4j_auth or (None, None)
    with pytest.raises(StoreError, match=r"has no database 'nosuchdb'.*NEO4J_DATABASE"):
        Neo4jStore(neo4j_uri, username=user, password=password, database="nosuchdb")


@pytest.mark.slow
def test_wrong_password_is_refused_without_echoing_it(
        neo4j_launcher: Callable[..., Any]) -> None:
    # A leading "-" would make neo4j-admin read the password as an option (exit 64).
    password = "pw" + secrets.token_urlsafe(12)
    with neo4j_launcher(auth=("neo4j", password)) as server:
        wrong = password + "-wrong"
        with pytest.raises(ConnectionError_, match="refused the credentials of user 'neo4j'"
                           ) as err:
            Neo4jStore(server.uri, username="neo4j", password=wrong)
        assert password not in str(err.value) and wrong not in str(err.value)
        with Neo4jStore(server.uri, username="neo4j", password=password,
                        kb_lookup=no_kb) as store:
            assert store.add(aws_article()).facts == 15
            assert password not in repr(store)


@pytest.fixture
def proxy(neo4j_uri: str, neo4j_store: Neo4jStore) -> Iterator[TcpProxy]:
    host, port = neo4j_uri.rsplit("//", 1)[1].rsplit(":", 1)
    p = TcpProxy(host, int(port))
    yield p
    p.close()


def proxied_store(proxy: TcpProxy, neo4j_auth: tuple[str, str] | None) -> Neo4jStore:
    user, password = neo4j_auth or (None, None)
    store = Neo4jStore(proxy.uri, username=user, password=password, kb_lookup=no_kb,
                       retry_seconds=2)
    store.batch_articles = 16
    return store


def test_connection_dropped_mid_batch_rolls_back_and_a_rerun_completes(
        proxy: TcpProxy, neo4j_uri: str, neo4j_auth: tuple[str, str] | None,
        tmp_path: Path) -> None:
    articles = many_articles()
    store = proxied_store(proxy, neo4j_auth)
    calls = []

    def drop(n_statements: int) -> None:
        calls.append(n_statements)
        if len(calls) == 2:  # the second batch: the first is committed by now
            proxy.refuse = True
            proxy.cut()

    store.write_hook = drop
    with pytest.raises(ConnectionError_, match="rolled back.*rerun"):
        store.add_many(articles)
    store.close()
    # Exactly the first batch is there, every one of its articles whole.
    with GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as d:
        rows = d.execute_query("MATCH (a:Article) RETURN a.id AS id, a.facts AS facts, "
                               "COUNT { ()-[r]->() WHERE a.id IN r.sources } AS have").records
    assert len(rows) == 16
    assert all(r["facts"] == r["have"] for r in rows)
    proxy.refuse = False
    store = proxied_store(proxy, neo4j_auth)
    results = store.add_many(articles)
    assert sum(r.unchanged for r in results) == 16
    store.close()
    from kg.store.oxigraph import OxigraphStore

    with OxigraphStore(tmp_path / "ref", kb_lookup=no_kb) as ref:
        ref.add_many(articles)
        expected = ref.stats()
    with Neo4jStore(neo4j_uri, username=(neo4j_auth or (None,))[0],
                    password=(neo4j_auth or (None, None))[1]) as check:
        got = {k: v for k, v in check.stats().items() if k != "relationships"}
    assert got == expected


def test_a_dropped_connection_is_retried_in_the_same_call(
        proxy: TcpProxy, neo4j_uri: str, neo4j_auth: tuple[str, str] | None) -> None:
    store = proxied_store(proxy, neo4j_auth)
    calls = []

    def drop_once(n_statements: int) -> None:
        calls.append(n_statements)
        if len(calls) == 1:
            proxy.cut()  # the driver reconnects and runs the transaction again

    store.write_hook = drop_once
    results = store.add_many(many_articles(10))
    assert len(calls) >= 2 and not any(r.unchanged for r in results)
    with GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as d:
        dup = d.execute_query("MATCH ()-[r]->() UNWIND r.sources AS s WITH r, s, count(*) AS n "
                              "WHERE n > 1 RETURN count(*) AS c").records[0]["c"]
    assert dup == 0  # the replayed transaction recorded no source twice
    assert store.stats()["articles"] == 12
    store.close()


def test_a_batch_reports_each_new_entity_once_and_leaves_no_marker(
        neo4j_store: Neo4jStore) -> None:
    aws, msft = neo4j_store.add_many([aws_article(), microsoft_article()])
    assert "Company:microsoft" in aws.new_entities  # named by both: reported by the first
    assert not set(aws.new_entities) & set(msft.new_entities)
    again = neo4j_store.add(deal_article("d9", "Microsoft", "Tiny Labs", "2024-03-01",
                                         "Microsoft bought Tiny Labs."))
    assert "Company:microsoft" not in again.new_entities
    assert "Company:tiny-labs" in again.new_entities
    # The MERGE's "created here" marker never outlives its statement.
    assert neo4j_store.run("MATCH (n) WHERE n.kgNew IS NOT NULL RETURN count(n) AS c") \
        == [{"c": 0}]
