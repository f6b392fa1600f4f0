"""The remote SPARQL store against a real `oxigraph serve` on loopback."""

from __future__ import annotations

import re

import pytest
from ld_records import all_records
from oxigraph_server import OxigraphServer, free_port, oxigraph_server
from store_records import aws_article, microsoft_article, sort_unordered

from kg.errors import ConnectionError_, StoreError
from kg.queries import load_queries
from kg.store import open_store
from kg.store.oxigraph import OxigraphStore
from kg.store.sparql import SparqlStore, bind_values

__all__ = ["oxigraph_server"]

NO_KB = {"kb_lookup": lambda n: None}
PARAMS = {"company": "AWS", "entity": "Microsoft", "relation": "COMPETES_WITH",
          "string": "dub", "date": "2024", "int": 1, "country": "Ireland"}


@pytest.fixture(scope="module")
def local():
    s = OxigraphStore(None, **NO_KB)
    s.add_many(all_records())
    yield s
    s.close()


@pytest.fixture(scope="module")
def remote(oxigraph_server, local):
    with open_store(f"sparql+{oxigraph_server.url}", **NO_KB) as s:
        s.add_many(all_records())
    return oxigraph_server.url


def test_push_gives_the_same_graph_as_the_embedded_store(remote, local):
    with open_store(f"sparql+{remote}", **NO_KB) as s:
        assert isinstance(s, SparqlStore)
        stats = s.stats()
    assert stats == local.stats()


def test_one_named_graph_per_article_on_the_server(remote, local):
    with open_store(f"sparql+{remote}", **NO_KB) as s:
        rows = list(s.select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } "
                             "FILTER(STRSTARTS(STR(?g), 'https://techkg.dev/id/article/')) }"))
    assert len(rows) == len(all_records())


def test_push_is_idempotent(remote):
    count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
    with open_store(f"sparql+{remote}", **NO_KB) as s:  # state comes back from the server
        before = next(iter(s.select(count)))["n"].value
        res = s.add_many(all_records())
        assert all(r.unchanged for r in res)
        after = next(iter(s.select(count)))["n"].value
    assert before == after


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_named_queries_answer_as_on_the_embedded_store(remote, local, name):
    q = load_queries()[name]
    with open_store(f"sparql+{remote}", **NO_KB) as s:
        for params in ({}, {p.name: PARAMS[p.type] for p in q.params}):
            if any(p.required and p.name not in params for p in q.params):
                continue
            got = [sort_unordered(r) for r in s.query(name, params)]
            want = [sort_unordered(r) for r in local.query(name, params)]
            if not re.search(r"^ORDER BY", q.text, re.M):  # no order (edges): same rows
                got, want = (sorted(x, key=repr) for x in (got, want))
            assert got == want, (name, params)


def test_forget_removes_the_article_graph(oxigraph_server):
    with open_store(f"sparql+{oxigraph_server.url}", **NO_KB) as s:
        rid = aws_article().id
        s.add_many([aws_article(), microsoft_article()])
        res = s.forget(rid)
        assert res.found and res.quads_removed > 0
        assert s.stats()["articles"] == len(all_records()) - 1
        s.add(aws_article())  # back as it was, for the other tests
        assert s.stats()["articles"] == len(all_records())


def test_counts_on_the_server_follow_push_replace_and_forget(tmp_path):
    import dataclasses

    from kg import summary

    def server_counts(s):
        return sorted((q.subject.value, q.predicate.value, q.object.value) for q in s.select(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {summary.SUMMARY} {{ ?s ?p ?o }} }}"))

    def recounted(s):
        return sorted((q.subject.value, q.predicate.value, q.object.value)
                      for q in summary.recount(s.select))

    server = OxigraphServer(tmp_path / "db").start()
    try:
        with open_store(f"sparql+{server.url}", **NO_KB) as s:
            s.add_many(all_records())
            assert server_counts(s) == recounted(s) != []
            changed = dataclasses.replace(aws_article(), facilities=[], competitors=[])
            assert s.add(changed).replaced
            assert server_counts(s) == recounted(s)
            s.forget(microsoft_article().id)
            assert server_counts(s) == recounted(s)
            counts = server_counts(s)
        with open_store(f"sparql+{server.url}", **NO_KB) as s:  # the mirror learns them back
            assert server_counts(s) == counts
            s.forget(changed.id)
            assert server_counts(s) == recounted(s)
    finally:
        server.stop()


def test_values_are_serialised_terms_not_pasted_text():
    import pyoxigraph as ox

    text = bind_values("SELECT ?x WHERE { ?s ?p ?x FILTER(?x = ?v) }",
                       {"v": ox.Literal('a" } ; DROP ALL ; #\n')})
    assert 'VALUES (?v) { ("a\\" } ; DROP ALL ; #\\n") }' in text


def test_endpoint_down_is_a_clear_error():
    with pytest.raises(ConnectionError_, match=r"Cannot reach the SPARQL endpoint.*Start"):
        open_store(f"sparql+http://127.0.0.1:{free_port()}")
    with pytest.raises(StoreError, match="needs an endpoint URL"):
        SparqlStore("ftp://nowhere")


def test_server_gone_mid_session_leaves_nothing_half_written(tmp_path):
    server = OxigraphServer(tmp_path / "db").start()
    s = open_store(f"sparql+{server.url}", **NO_KB)
    try:
        s.add(microsoft_article())
        aliases = dict(s.resolver.aliases)
        server.stop()
        with pytest.raises(ConnectionError_, match="Cannot reach"):
            s.add(aws_article())
        # The local mirror forgot what the failed push taught it.
        assert s._local.stats()["articles"] == 1
        assert dict(s.resolver.aliases) == aliases
        server = OxigraphServer(tmp_path / "db", server.port).start()
        res = s.add(aws_article())  # the rerun completes it
        assert not res.unchanged
        assert s.stats()["articles"] == 2
    finally:
        s.close()
        server.stop()


def test_refused_update_is_a_clear_error_and_nothing_is_written(tmp_path):
    writer = OxigraphServer(tmp_path / "db").start()
    try:
        with open_store(f"sparql+{writer.url}", **NO_KB):
            pass  # uploads the ontology graph
    finally:
        writer.stop()
    server = OxigraphServer(tmp_path / "db", read_only=True).start()
    try:
        with open_store(f"sparql+{server.url}", **NO_KB) as s:
            with pytest.raises(ConnectionError_, match=r"refused the update \(HTTP 4\d\d"):
                s.add(aws_article())
            assert s._local.stats()["articles"] == 0
            assert s.resolver.aliases == {}
            stats = s.stats()
            assert stats["articles"] == 0 and stats["Company"] == 0
    finally:
        server.stop()
