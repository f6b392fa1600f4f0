"""Named SPARQL queries: headers parse, parameters are bound (never pasted), results are right."""

from __future__ import annotations

import pytest
from store_records import aws_article, deal_article, microsoft_article

from kg.errors import QueryError
from kg.queries import get_query, list_queries, load_queries, parse_query
from kg.store.oxigraph import OxigraphStore

REQUIRED = {"companies", "company", "facilities", "competitors", "timeline", "footprint",
            "why", "stats"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with OxigraphStore(tmp_path_factory.mktemp("q") / "store", kb_lookup=lambda n: None) as s:
        s.add_many([aws_article(), microsoft_article(),
                    deal_article("d1", "Broadwing", "Vantage Chips", "2023-11-02",
                                 "Broadwing closed its purchase of Vantage Chips.")])
        yield s


def test_every_query_is_listed_with_description_and_params():
    listed = {q["name"]: q for q in list_queries()}
    assert REQUIRED <= set(listed)
    assert all(q["description"] for q in listed.values())
    assert listed["why"]["params"] == [
        {"name": "subject", "type": "entity", "required": True},
        {"name": "relation", "type": "relation", "required": True},
        {"name": "object", "type": "entity", "required": True}]


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_query_runs_without_params_or_says_what_is_missing(store, name):
    q = load_queries()[name]
    if any(p.required for p in q.params):
        with pytest.raises(QueryError, match="needs parameter"):
            store.query(name, {})
    else:
        assert isinstance(store.query(name, {}), list)


def test_bad_header_names_file_and_line(tmp_path):
    with pytest.raises(QueryError, match=r"x\.rq:2: bad param line"):
        parse_query("# description: d\n# param: who (person, required)\nSELECT * {}",
                    tmp_path / "x.rq", "sparql")


def test_unknown_query_and_param(store):
    with pytest.raises(QueryError, match="Known sparql queries"):
        store.query("nope", {})
    with pytest.raises(QueryError, match="has no parameter"):
        store.query("companies", {"bogus": 1})
    with pytest.raises(QueryError, match="Unknown relation"):
        store.query("why", {"subject": "a", "relation": "LIKES", "object": "b"})


def test_params_are_bound_not_pasted(store):
    # A value that would break out of a string literal if it were formatted into the query.
    evil = 'x" || true || "'
    assert store.query("companies", {"match": evil}) == []
    assert store.query("facilities", {"city": '") } DROP ALL #'}) == []
    assert store.stats()["articles"] == 3


def test_values_open_every_where_and_graph_group():
    import pyoxigraph as ox

    from kg.queries import bind_values

    text = ("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } } GRAPH ?g { ?s ?p ?o } "
            "GRAPH <x:g> { } }")
    bound = bind_values(text, {"company": ox.Literal('a "quoted" } name\n')})
    row = 'VALUES (?company) { ("a \\"quoted\\" } name\\n") }'
    assert bound.count(row) == 3  # two WHEREs and the GRAPH ?g group; not a fixed graph
    assert "GRAPH ?g { " + row in bound
    assert bind_values(text, {}) == text


def test_entity_bound_queries_start_from_the_entity(store):
    # The same answers whatever the entity is called: its key, a known name, an alias.
    by_key = store.query("company", {"company": "amazon-web-services"})
    assert by_key and by_key == store.query("company", {"company": "AWS"})
    why = store.query("why", {"subject": "Microsoft", "relation": "COMPETES_WITH",
                              "object": "amazon-web-services"})
    assert why and all(r["evidence"] for r in why)
    facts = store.query("facts", {"entity": "Microsoft"})
    assert facts and all("microsoft" in (f["subject"], f["object"]) for f in facts)
    assert store.query("facts", {"entity": "Nobody Known"}) == []


def test_facilities_filters(store):
    assert len(store.query("facilities", {})) == 2
    rows = store.query("facilities", {"company": "Microsoft Corp", "country": "ie"})
    assert [(r["operator"], r["city_name"], r["statuses"]) for r in rows] == \
        [("microsoft", "Dublin", "opened")]
    assert store.query("facilities", {"status": "planned"}) == []
    assert len(store.query("facilities", {"city": "dublin", "kind": "cloud_region"})) == 1


def test_company_shows_facts_with_sources(store):
    rows = store.query("company", {"company": "AWS"})
    rels = {(r["relation"], r["direction"], r["other"]) for r in rows}
    assert ("SUBSIDIARY_OF", "out", "amazon") in rels
    assert ("COMPETES_WITH", "out", "microsoft") in rels
    rival = next(r for r in rows if r["relation"] == "COMPETES_WITH")
    assert rival["articles"] == 2
    assert (rival["first_seen"], rival["last_seen"]) == ("2024-03-04", "2024-03-20")


def test_timeline_footprint_competitors(store):
    assert [r["type"] for r in store.query("timeline", {})] == \
        ["acquisition", "facility_announcement"]
    assert [r["type"] for r in store.query("timeline", {"since": "2024"})] == \
        ["facility_announcement"]
    assert [r["name"] for r in store.query("timeline", {"company": "Vantage Chips"})] == \
        ["acquisition: Broadwing, Vantage Chips"]
    assert store.query("footprint", {"company": "Amazon Web Services"}) == [
        {"country": "IE", "city": "Dublin", "facilities": 1, "kinds": "cloud_region"}]
    assert [r["b"] for r in store.query("competitors", {"company": "microsoft"})] == ["microsoft"]


def test_why_returns_evidence(store):
    rows = store.query("why", {"subject": "aws", "relation": "operates",
                               "object": "amazon-web-services|cloud_region|geonames:2964574"})
    assert [r["evidence"] for r in rows] == [
        "Amazon Web Services said it will open a cloud region near Dublin next spring."]
    assert rows[0]["start"] == 0 and rows[0]["published"] == "2024-03-04"


def test_stats_query_matches_store_stats(store):
    rows = {(r["what"], r["name"]): r["count"] for r in store.query("stats", {})}
    stats = store.stats()
    assert rows[("node", "Company")] == stats["Company"]
    assert rows[("edge", "MENTIONS")] == stats["MENTIONS"]


def test_bound_values_open_groups_but_not_a_graph_that_is_all_of_an_optional():
    import pyoxigraph as ox

    from kg.queries import bind_values

    text = bind_values("SELECT * WHERE { GRAPH ?a { ?s ?p ?v } "
                       "OPTIONAL { GRAPH ?a { ?s <urn:e> ?e } } }", {"v": ox.Literal("x")})
    row = 'VALUES (?v) { ("x") }'
    assert text.count(row) == 2  # after WHERE { and after the first GRAPH ?a {
    assert 'OPTIONAL { GRAPH ?a { ?s <urn:e> ?e } }' in text  # one pattern, as written


def test_pages_are_as_long_as_the_service_expects() -> None:
    # service.pages reads "fewer rows than a page" as the last page
    import re

    from kg import service

    for name, paged in service.PAGED.items():
        for lang in ("sparql", "cypher"):
            assert set(re.findall(r"\bLIMIT (\d+)", get_query(name, lang).text)) == \
                {str(paged.size)}, (name, lang)
