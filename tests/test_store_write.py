"""The embedded store's text write path (kg/rdf.py `article_text`, OxigraphStore.prepare and
_commit): every value reaches the store exactly as given, whatever characters it holds, and
no value can add a quad of its own; new entities are found as before."""

from __future__ import annotations

import math

import pyoxigraph as ox
import pytest
from store_records import aws_article, deal_article

from kg.rdf import article_text, iri, literal, parse_lines
from kg.store.oxigraph import OxigraphStore
from loaders.record import Company, Evidence, Extraction, Facility

AWKWARD = [
    'double "quotes" and \'single\'',
    "back\\slash \\n not a newline \\u0041 not an A",
    "new\nline, carriage\rreturn, tab\t, form\ffeed, back\bspace",
    "nul \x00 escape \x1b del \x7f unit sep \x1f",
    "non-BMP \U0001F600 \U00010348, accents Zürich, CJK 東京",
    "line sep \u2028 para sep \u2029 bom \ufeff nbsp \xa0",
    '" . <https://evil.example/s> <https://evil.example/p> "x',
    "} GRAPH <https://evil.example/g> { <https://evil.example/s> <https://evil.example/p> 1 .",
    "",
]


def test_literal_is_pyoxigraphs_literal():
    values: list[object] = [*AWKWARD, 0, 7, -3, 2**70, True, False, 0.8, 1.0, 1e20, 1e-7, -0.0,
                            0.1 + 0.2, float("inf")]
    for v in values:
        (q,) = parse_lines([f"<https://x.example/s> <https://x.example/p> {literal(v)} ."])
        assert q.object == ox.Literal(v), v  # type: ignore[arg-type]
    (q,) = parse_lines([f"<https://x.example/s> <https://x.example/p> {literal(math.nan)} ."])
    assert str(q.object) == str(ox.Literal(math.nan))


def test_a_lone_surrogate_is_refused_like_pyoxigraph_refuses_it():
    with pytest.raises(ValueError):
        ox.Literal("\ud800")
    store = OxigraphStore(None, kb_lookup=lambda n: None)
    x = deal_article("s1", "Buyer \ud800 Corp", "Target Co", "2024-01-02", "A deal.")
    with pytest.raises(ValueError):
        store.add(x)
    assert store.stats()["articles"] == 0


def awkward_article(i: int, text: str) -> Extraction:
    sentence = f"Sentence {i}: {text}"
    e = Evidence(sentence, 0, len(sentence))
    return Extraction(
        id=f"awk-{i} {text}", url=f"https://news.example/awkward/{i}", title=text,
        published="2024-05-06",
        companies=[Company(f"Awk {i} {text}", [], evidence=e), Company("Plain Co", [], evidence=e)],
        facilities=[Facility("Plain Co", "data_center", f"Town {text}", "IE", "announced",
                             capacity=text, evidence=e)])


@pytest.mark.parametrize("i", range(len(AWKWARD)))
def test_awkward_values_are_stored_exactly_and_add_no_quads(i):
    text = AWKWARD[i]
    store = OxigraphStore(None, kb_lookup=lambda n: None)
    plain = OxigraphStore(None, kb_lookup=lambda n: None)
    x = awkward_article(i, text)
    res = store.add(x)
    plain.add(awkward_article(i, "plain"))
    db = store.dataset
    art = iri("Article", res.article)
    titles = [q.object for q in db.quads_for_pattern(art, ox.NamedNode("https://schema.org/headline"),
                                                     None, art)]
    assert titles == [ox.Literal(text)]
    evidence = {q.object.value for q in db.quads_for_pattern(
        None, ox.NamedNode("https://techkg.dev/ontology#evidence"), None, art)}
    assert evidence == {f"Sentence {i}: {text}"}
    # The record stored in the meta graph reads back as the record given.
    assert [r for _, r in store.records()] == [x]
    # Nothing else was written: the same quads, graphs and subjects as a plain article.
    assert sum(1 for _ in db) == sum(1 for _ in plain.dataset)
    assert not any("evil.example" in str(q) and not isinstance(q.object, ox.Literal)
                   for q in db)
    assert sum(1 for _ in db.named_graphs()) == sum(1 for _ in plain.dataset.named_graphs())


def test_replacing_an_awkward_article_goes_through_the_update_text():
    store = OxigraphStore(None, kb_lookup=lambda n: None)
    store.add(awkward_article(1, AWKWARD[0]))
    x = awkward_article(1, "\n".join(AWKWARD))  # same url: a changed article
    res = store.add(x)
    assert res.replaced
    assert [r for _, r in store.records()] == [x]


def test_article_text_is_the_same_graph_as_its_lines():
    from kg.graph import build_article_graph
    from kg.identity import Resolver

    ag = build_article_graph(aws_article(), Resolver(kb_lookup=lambda n: None))
    rdf = article_text(ag)
    assert len(set(rdf.graph)) == len(rdf.graph)
    assert set(rdf.own) | set(rdf.shared) <= set(rdf.graph)
    art = f"<{iri('Article', ag.article.id).value}>"
    assert all(art in t for t in rdf.own)
    assert not any(t.startswith(art) for t in rdf.shared)
    # The default-graph lines are every line but the assertions'.
    assert {t for t in rdf.graph if "/a/" not in t.split(" ", 1)[0]} == set(rdf.own + rdf.shared)


def test_new_entities_once_known_and_again_after_forget():
    store = OxigraphStore(None, kb_lookup=lambda n: None)
    first = store.add(deal_article("d1", "Orvane Systems", "Tessel Labs", "2024-02-01",
                                   "Orvane Systems bought Tessel Labs."))
    assert {"Company:orvane-systems", "Company:tessel-labs"} <= set(first.new_entities)
    again = store.add(deal_article("d2", "Orvane Systems", "Quillon", "2024-03-01",
                                   "Orvane Systems bought Quillon."))
    assert "Company:orvane-systems" not in again.new_entities
    assert "Company:quillon" in again.new_entities
    store.forget("d1")
    store.forget("d2")  # both gone: the entities left the default graph, and the store knows
    back = store.add(deal_article("d3", "Orvane Systems", "Quillon", "2024-04-01",
                                  "Orvane Systems bought Quillon again."))
    assert {"Company:orvane-systems", "Company:quillon"} <= set(back.new_entities)


def test_a_batch_writes_the_union_once_and_the_store_remembers_it():
    store = OxigraphStore(None, kb_lookup=lambda n: None)
    store.known_lines = 5  # generations turn over at once: lookups still answer right
    recs = [deal_article(f"b{i}", "Orvane Systems", f"Target {i}", "2024-02-01",
                         f"Orvane Systems bought Target {i}.") for i in range(6)]
    res = store.add_many(recs[:3]) + store.add_many(recs[3:])
    assert [r.new_entities.count("Company:orvane-systems") for r in res] == [1, 1, 1, 0, 0, 0]
    assert store.stats()["Company"] == 7
    key = ox.Quad(iri("Company", "orvane-systems"), ox.NamedNode("https://techkg.dev/ontology#key"),
                  ox.Literal("orvane-systems"))
    assert key in store.dataset
