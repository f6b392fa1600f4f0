"""The embedded store's default graph: the deduplicated union of the article graphs' nodes and
edges, kept in step by ingest, replace and forget (kg/store/oxigraph.py, docs/store.md)."""

from __future__ import annotations

import json

import pyoxigraph as ox

from kg.store.oxigraph import META, ONTOLOGY_GRAPH, OxigraphStore, record_json
from kg.summary import SUMMARY
from loaders.record import Company, Evidence, Extraction, Facility, Pair


def story(rid: str, rival: str, sentence: str) -> Extraction:
    ev = Evidence(sentence, 0, len(sentence))
    return Extraction(
        id=rid, url=f"https://news.example/{rid}", title=f"Story {rid}", published="2024-05-02",
        companies=[Company("Norvale Robotics", [], evidence=ev), Company(rival, [], evidence=ev)],
        facilities=[Facility("Norvale Robotics", "factory", "Lyon", "FR", "announced",
                             evidence=ev)],
        competitors=[Pair("Norvale Robotics", rival, 0.8, ev)])


def default_triples(st: OxigraphStore) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in st._db.quads_for_pattern(None, None, None, ox.DefaultGraph())
            if q.subject.value.startswith("https://techkg.dev/id/")}


def expected_union(st: OxigraphStore) -> set[tuple[str, str, str]]:
    out = set()
    for g in st._db.named_graphs():
        if g in (META, ONTOLOGY_GRAPH, SUMMARY):
            continue
        quads = list(st._db.quads_for_pattern(None, None, None, g))
        # Everything but the assertions (`<article>/a/<hash>`), which stay in their graph.
        out |= {(str(q.subject), str(q.predicate), str(q.object)) for q in quads
                if "/a/" not in q.subject.value}
    return out


def test_default_graph_is_the_union_of_nodes_and_edges_once():
    st = OxigraphStore(None, kb_lookup=lambda n: None)
    st.add_many([story("a1", "Brisco Motion", "Norvale and Brisco compete in Lyon."),
                 story("a2", "Brisco Motion", "Norvale builds a Lyon factory, rivalling Brisco.")])
    assert default_triples(st) == expected_union(st)
    # Assertions stay in their article graph only.
    assert not any("/a/" in s for s, _, _ in default_triples(st))


def test_forget_keeps_shared_triples_and_drops_the_rest():
    st = OxigraphStore(None, kb_lookup=lambda n: None)
    st.add_many([story("a1", "Brisco Motion", "Norvale and Brisco compete in Lyon."),
                 story("a2", "Kelmar Drives", "Norvale faces Kelmar in robotics.")])
    st.forget("a2")
    union = default_triples(st)
    assert union == expected_union(st)
    assert not any("kelmar" in s for s, _, _ in union)
    assert any("norvale-robotics" in s for s, _, _ in union)
    rows = st.query("competitors", {"company": "Norvale Robotics"})
    assert [(r["a"], r["b"]) for r in rows] == [("brisco-motion", "norvale-robotics")]


def test_replacing_an_article_updates_the_union():
    st = OxigraphStore(None, kb_lookup=lambda n: None)
    st.add(story("a1", "Brisco Motion", "Norvale and Brisco compete in Lyon."))
    st.add(story("a1", "Kelmar Drives", "Norvale and Kelmar compete in Lyon."))  # same url
    union = default_triples(st)
    assert union == expected_union(st)
    assert not any("brisco" in s for s, _, _ in union)


def test_store_without_union_gets_it_on_open(tmp_path):
    with OxigraphStore(tmp_path / "s", kb_lookup=lambda n: None) as st:
        st.add(story("a1", "Brisco Motion", "Norvale and Brisco compete in Lyon."))
        want = default_triples(st)
        # Make it look like a store written before the default graph existed.
        st._db.remove_graph(ox.DefaultGraph())
        st._db.update("DELETE WHERE { GRAPH <https://techkg.dev/ontology#meta> "
                      "{ ?s <https://techkg.dev/ontology#storeLayout> ?o } }")
    with OxigraphStore(tmp_path / "s", kb_lookup=lambda n: None) as st:
        assert default_triples(st) == want
        assert st.query("competitors", {"company": "Norvale Robotics"})


def test_record_json_matches_to_dict():
    x = story("a1", "Brisco Motion", 'Quotes "and" backslashes \\ and accents: Zürich.')
    assert record_json(x) == json.dumps(x.to_dict(), sort_keys=True, ensure_ascii=False)
