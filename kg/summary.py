"""Counts the listings read instead of counting the whole graph (docs/store.md, "Summary").

The `tkg:summary` graph holds how many nodes of each class and distinct edges of each
relation the graph has (`?class tkg:count n`, `?relation tkg:count n`); per company,
how many articles mention it, how many distinct facilities it operates and how many
distinct events involve it; per article, how many facts it states (`tkg:factCount`).
Counting these at query time reads every mention in the store (4 s for `stats` at
100,000 articles); reading them is a lookup.

A store keeps the counts exact in the same transaction as each write: it knows which
default-graph triples the write adds (new to the graph) and removes (no other article
states them), and `changes` turns those into count triples to delete and insert. Each
count is a function of the set of default-graph triples, so the deltas are exact.
`recount` recomputes everything from the graph (an older store, an RDF import).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pyoxigraph as ox

from kg import model
from kg.model import ID, tkg
from kg.rdf import PRED, A

N, L = ox.NamedNode, ox.Literal

SUMMARY = N(tkg.summary)
COUNT, ARTICLES = N(tkg.count), N(tkg.articleCount)
FACILITIES, EVENTS = N(tkg.facilityCount), N(tkg.eventCount)
FACTS = N(tkg.factCount)
_CLASSES = frozenset(N(k.iri) for k in model.NODE_KINDS)
_EDGES = frozenset(PRED.values())
_MENTIONS, _OPERATES, _INVOLVES = PRED["MENTIONS"], PRED["OPERATES"], PRED["INVOLVES"]
_COMPANY = f"{ID}company/"

Triple = ox.Triple | ox.Quad
Key = tuple[ox.NamedNode, ox.NamedNode]  # (class, relation or company; count predicate)


def _counted(t: Triple) -> Iterator[Key]:
    """The counts a default-graph triple adds one to when new."""
    p, o = t.predicate, t.object
    if not isinstance(o, ox.NamedNode):
        return
    if p == A:
        if o in _CLASSES:
            yield o, COUNT
    elif p in _EDGES:
        yield p, COUNT
        if p == _MENTIONS:
            if o.value.startswith(_COMPANY):
                yield o, ARTICLES
        elif p == _OPERATES and isinstance(t.subject, ox.NamedNode):
            yield t.subject, FACILITIES
        elif p == _INVOLVES:
            yield o, EVENTS


def counted(t: Triple) -> bool:
    """Whether a default-graph triple counts toward the summary."""
    return next(_counted(t), None) is not None


def _int(term: Any) -> int:
    return int(term.value)


def deltas(added: Iterable[Triple], removed: Iterable[Triple] = ()) -> Counter[Key]:
    """Count changes for default-graph triples a write adds and removes (each distinct,
    each really new or really gone)."""
    out: Counter[Key] = Counter()
    for t in added:
        for k in _counted(t):
            out[k] += 1
    for t in removed:
        for k in _counted(t):
            out[k] -= 1
    return out


def changes(delta: Counter[Key], current: Callable[[ox.NamedNode, ox.NamedNode], int]
            ) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """(count quads to delete, count quads to insert) applying `delta`; `current(s, p)`
    reads a count as stored (0 when absent). A count that falls to 0 is dropped."""
    dels: list[ox.Quad] = []
    ins: list[ox.Quad] = []
    for (s, p), d in delta.items():
        if d == 0:
            continue
        old = current(s, p)
        if old:
            dels.append(ox.Quad(s, p, L(old), SUMMARY))
        if old + d < 0:
            raise AssertionError(f"summary count {s.value} {p.value} would fall below 0")
        if old + d:
            ins.append(ox.Quad(s, p, L(old + d), SUMMARY))
    return dels, ins


def article_facts(article: ox.NamedNode, n: int) -> list[ox.Quad]:
    """The count quad of an article's facts (assertions), written with the article."""
    return [ox.Quad(article, FACTS, L(n), SUMMARY)] if n else []


def reader(db: ox.Store) -> Callable[[ox.NamedNode, ox.NamedNode], int]:
    """`current` for `changes`, reading the summary graph of a pyoxigraph store."""
    def current(s: ox.NamedNode, p: ox.NamedNode) -> int:
        for q in db.quads_for_pattern(s, p, None, SUMMARY):
            return _int(q.object)
        return 0
    return current


def stats(db: ox.Store) -> dict[str, int]:
    """Node and edge counts by name (Company, OPERATES, …) read from the summary graph."""
    names = {k.iri: k.name for k in model.NODE_KINDS} | {e.iri: e.name for e in model.EDGE_KINDS}
    out = dict.fromkeys(names.values(), 0)
    for q in db.quads_for_pattern(None, COUNT, None, SUMMARY):
        name = isinstance(q.subject, ox.NamedNode) and names.get(q.subject.value)
        if name:
            out[name] = _int(q.object)
    return out


# Every count of the summary as (?s ?p ?n) rows, computed from the graph. DISTINCT
# everywhere, so it is also right where the default graph is the union of the graphs
# and repeats a triple once per article (a remote endpoint).
_T = f"<{model.TKG}"
RECOUNTS = (
    f"""SELECT ?s ?p ?n WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?x) AS ?n) WHERE {{
      ?s {_T}neo4jLabel> ?l . ?x a ?s }} GROUP BY ?s }} BIND({COUNT} AS ?p) }}""",
    f"""SELECT ?s ?p ?n WHERE {{ {{ SELECT ?s (COUNT(*) AS ?n) WHERE {{
      SELECT DISTINCT ?x ?s ?o WHERE {{ ?s {_T}neo4jType> ?r . ?x ?s ?o }} }} GROUP BY ?s }}
  BIND({COUNT} AS ?p) }}""",
    f"""SELECT ?s ?p ?n WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?a) AS ?n) WHERE {{
      ?a {_MENTIONS} ?s . ?s a {_T}Company> }} GROUP BY ?s }} BIND({ARTICLES} AS ?p) }}""",
    f"""SELECT ?s ?p ?n WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?f) AS ?n) WHERE {{
      ?s {_OPERATES} ?f }} GROUP BY ?s }} BIND({FACILITIES} AS ?p) }}""",
    f"""SELECT ?s ?p ?n WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?e) AS ?n) WHERE {{
      ?e {_INVOLVES} ?s }} GROUP BY ?s }} BIND({EVENTS} AS ?p) }}""",
    f"""SELECT ?s ?p ?n WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?x) AS ?n) WHERE {{
      GRAPH ?s {{ ?x <{model.PROV}wasDerivedFrom> ?s }} }} GROUP BY ?s }} BIND({FACTS} AS ?p) }}""",
)


def recount(select: Callable[[str], Iterable[Any]]) -> list[ox.Quad]:
    """Every count quad of the summary, computed from the graph by `select` (a store's
    SELECT: rows indexable by variable name, values pyoxigraph terms)."""
    return [ox.Quad(r["s"], r["p"], ox.Literal(_int(r["n"])), SUMMARY)
            for q in RECOUNTS for r in select(q)]
