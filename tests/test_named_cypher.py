"""Named Cypher queries are twins of the SPARQL ones: same names, headers and parameters."""

from __future__ import annotations

from kg.queries import list_all_queries, load_queries


def test_every_sparql_query_has_a_cypher_twin_with_the_same_header() -> None:
    sparql, cypher = load_queries("sparql"), load_queries("cypher")
    assert set(sparql) == set(cypher)
    for name, q in sparql.items():
        assert cypher[name].description == q.description, name
        assert cypher[name].params == q.params, name


def test_both_languages_are_listed() -> None:
    listed = list_all_queries()
    assert set(listed) == {"sparql", "cypher"}
    assert [q["name"] for q in listed["sparql"]] == [q["name"] for q in listed["cypher"]]
