"""The summary counts (kg/summary.py) stay exact through every kind of write: after each
step they equal a recount from the graph, and the listings that read them agree with a
count done by hand over the default graph."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pyoxigraph as ox
from store_records import alibaba_articles, aws_article, deal_article, microsoft_article

from kg import summary
from kg.model import TKG
from kg.store.oxigraph import OxigraphStore

DEFAULT = ox.DefaultGraph()


def stored_counts(st: OxigraphStore) -> set[tuple[str, str, int]]:
    return {(q.subject.value, q.predicate.value, int(q.object.value))
            for q in st.dataset.quads_for_pattern(None, None, None, summary.SUMMARY)}


def recounted(st: OxigraphStore) -> set[tuple[str, str, int]]:
    return {(q.subject.value, q.predicate.value, int(q.object.value))
            for q in summary.recount(lambda text: st.dataset.query(text))}


def by_hand(st: OxigraphStore) -> dict[str, tuple[int, int, int]]:
    """(facilities, events, articles) per company key, counted from default-graph triples."""
    db = st.dataset
    keys = {q.subject.value: q.object.value
            for q in db.quads_for_pattern(None, ox.NamedNode(TKG + "key"), None, DEFAULT)}
    fac: Counter[str] = Counter()
    evs: Counter[str] = Counter()
    arts: Counter[str] = Counter()
    for q in db.quads_for_pattern(None, ox.NamedNode(TKG + "operates"), None, DEFAULT):
        fac[keys[q.subject.value]] += 1
    for q in db.quads_for_pattern(None, ox.NamedNode(TKG + "involves"), None, DEFAULT):
        evs[keys[q.object.value]] += 1
    for q in db.quads_for_pattern(None, ox.NamedNode(TKG + "mentions"), None, DEFAULT):
        if "/company/" in q.object.value:
            arts[keys[q.object.value]] += 1
    return {k: (fac[k], evs[k], arts[k]) for k in set(fac) | set(evs) | set(arts)}


def check(st: OxigraphStore) -> None:
    assert stored_counts(st) == recounted(st)
    listed = {r["key"]: (r["facilities"], r["events"], r["articles"])
              for r in st.query("companies", {})}
    assert {k: v for k, v in listed.items() if v != (0, 0, 0)} == by_hand(st)
    stats = {(r["what"], r["name"]): r["count"] for r in st.query("stats", {})}
    assert stats[("node", "Article")] == st.stats()["Article"] == st.article_count


def test_counts_stay_exact_through_ingest_replace_forget_and_unmerge(tmp_path):
    with OxigraphStore(tmp_path / "s", kb_lookup=lambda n: None) as st:
        st.add(aws_article())
        check(st)
        st.add_many([microsoft_article(),
                     deal_article("d1", "Microsoft", "Nuance", "2024-01-02",
                                  "Microsoft bought Nuance."),
                     deal_article("d2", "Microsoft", "Nuance", "2024-01-02",
                                  "Microsoft completed its purchase of Nuance.")])
        check(st)
        assert st.stats()["Event"] == 2 and st.stats()["COMPETES_WITH"] == 1
        # A changed record replaces its article: counts follow both the removal and the add.
        changed = dataclasses.replace(aws_article(), facilities=[], competitors=[])
        assert st.add(changed).replaced
        check(st)
        st.forget("d1")
        check(st)
        a, b = alibaba_articles()
        st.add_many([a, b])
        (merge,) = [m for m in st.merges() if m["name"] == "Alibaba"]
        assert st.unmerge(merge["id"])["reingested"] == 2  # replays both articles through replace
        check(st)
        for rid in ("rec-aws-1", "rec-msft-1", "d2", a.id, b.id):
            st.forget(rid)
        assert stored_counts(st) == set()
        assert st.query("stats", {}) == []


def test_a_store_without_counts_gets_them_on_open(tmp_path):
    path = tmp_path / "s"
    with OxigraphStore(path, kb_lookup=lambda n: None) as st:
        st.add_many([aws_article(), microsoft_article()])
        expected = stored_counts(st)
        # As an older store, or one whose graphs came in behind the store's back.
        st.dataset.update(f"DROP GRAPH {summary.SUMMARY} ; DELETE DATA {{ GRAPH <{TKG}meta> "
                          f"{{ <{TKG}meta> <{TKG}storeLayout> \"summary-1\" }} }}")
    with OxigraphStore(path, kb_lookup=lambda n: None) as st:
        assert stored_counts(st) == expected != set()
        check(st)


def test_a_store_without_sequence_numbers_gets_them_on_open(tmp_path):
    path = tmp_path / "s"
    with OxigraphStore(path, kb_lookup=lambda n: None) as st:
        st.add_many([aws_article(), microsoft_article()])
        listed = st.query("articles", {})
        meta = f"<{TKG}meta>"
        st.dataset.update(
            f"DELETE WHERE {{ GRAPH {meta} {{ ?a <{TKG}seq> ?s ; <{TKG}page> ?p }} }} ; "
            f"DELETE WHERE {{ GRAPH {meta} {{ ?m <{TKG}lastSeq> ?l ; <{TKG}lastPage> ?lp }} }}")
        assert st.query("articles", {}) == []  # as a store written before pages
    with OxigraphStore(path, kb_lookup=lambda n: None) as st:
        again = st.query("articles", {})
    # Numbered in ingest order (one batch shares its time: then by article id).
    assert sorted(r["record"] for r in again) == sorted(r["record"] for r in listed)
    assert [r["seq"] for r in again] == [1, 0]
