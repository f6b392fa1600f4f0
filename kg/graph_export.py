"""Export for graph tools (Gephi, yEd, networkx, Neo4j import): GraphML and CSV.

Entities become nodes (id = their IRI under the chosen base) with their
properties; relations become edges with their type and the number of articles
that assert them. Reified assertions and provenance stay in the RDF formats.
Memory holds the set of node IRIs seen and one counter per distinct edge, not
the quads: the article graphs are walked one at a time.

CSV writes two files into a directory: `nodes.csv` (id, kind, key, name and one
column per property) and `edges.csv` (source, target, type, articles).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg import model
from kg.iribase import STORE_BASE
from kg.rdf import KEY, META, A
from kg.rdf_export import ONTOLOGY_GRAPH

KINDS = {model.TKG + k.name: k.name for k in model.NODE_KINDS}
EDGES = {e.iri: e.name for e in model.EDGE_KINDS}
# Node property columns: (column, predicate IRI, GraphML type).
PROPS: tuple[tuple[str, str, str], ...] = (
    ("name", model.SCHEMA + "name", "string"), ("key", model.TKG + "key", "string"),
    ("url", model.SCHEMA + "url", "string"), ("title", model.SCHEMA + "headline", "string"),
    ("published", model.SCHEMA + "datePublished", "string"),
    ("date", model.SCHEMA + "startDate", "string"),
    *((p, model.TKG + p, t) for p, t in (
        ("recordId", "string"), ("sector", "string"), ("countryCode", "string"),
        ("isoCode", "string"), ("geonamesId", "long"), ("facilityKind", "string"),
        ("status", "string"), ("ordinal", "int"), ("capacity", "string"),
        ("investment", "string"), ("eventType", "string"), ("amount", "string"))),
)
_PRED_COL = {iri: col for col, iri, _ in PROPS}
# Bookkeeping graphs, never exported; the default graph repeats the article graphs' union.
_NOT_ARTICLES = frozenset({META, ONTOLOGY_GRAPH, ox.DefaultGraph()})


def _rebased(value: str, base: str) -> str:
    return base + value[len(STORE_BASE):] if value.startswith(STORE_BASE) else value


def iter_nodes(db: ox.Store, base: str = STORE_BASE) -> Iterator[dict[str, Any]]:
    """One dict per entity (first value of each property), each entity once."""
    seen: set[str] = set()
    for q in db.quads_for_pattern(None, KEY, None, None):
        s: Any = q.subject  # our data has no RDF-star triples as terms
        if s.value in seen or q.graph_name in _NOT_ARTICLES:
            continue
        seen.add(s.value)
        row: dict[str, Any] = {"id": _rebased(s.value, base), "kind": ""}
        for p in db.quads_for_pattern(s, None, None, q.graph_name):
            obj: Any = p.object
            if p.predicate == A and obj.value in KINDS:
                row["kind"] = KINDS[obj.value]
            col = _PRED_COL.get(p.predicate.value)
            if col and col not in row:
                row[col] = obj.value
        yield row


def iter_edges(db: ox.Store, base: str = STORE_BASE) -> Iterator[dict[str, Any]]:
    """One dict per distinct relation (source, target, type) with how many articles state it."""
    for pred, name in EDGES.items():
        counts: dict[tuple[str, str], int] = {}
        for q in db.quads_for_pattern(None, ox.NamedNode(pred), None, None):
            if q.graph_name not in _NOT_ARTICLES:
                s: Any = q.subject
                o: Any = q.object
                k = (s.value, o.value)
                counts[k] = counts.get(k, 0) + 1
        for (s, o), n in sorted(counts.items()):
            yield {"source": _rebased(s, base), "target": _rebased(o, base), "type": name,
                   "articles": n}


def write_graphml(db: ox.Store, out: IO[str], base: str = STORE_BASE) -> tuple[int, int]:
    """Write GraphML (nodes, then edges) to `out`; returns (nodes, edges) written."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
              '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n')
    for col, _, typ in PROPS:
        out.write(f'  <key id="{col}" for="node" attr.name="{col}" attr.type="{typ}"/>\n')
    out.write('  <key id="type" for="edge" attr.name="type" attr.type="string"/>\n'
              '  <key id="articles" for="edge" attr.name="articles" attr.type="int"/>\n'
              '  <graph id="techkg" edgedefault="directed">\n')
    nn = ne = 0
    for row in iter_nodes(db, base):
        out.write(f"    <node id={quoteattr(row['id'])}>")
        out.write("".join(f'<data key="{k}">{escape(str(v))}</data>'
                          for k, v in row.items() if k != "id"))
        out.write("</node>\n")
        nn += 1
    for e in iter_edges(db, base):
        out.write(f"    <edge source={quoteattr(e['source'])} target={quoteattr(e['target'])}>"
                  f'<data key="type">{e["type"]}</data>'
                  f'<data key="articles">{e["articles"]}</data></edge>\n')
        ne += 1
    out.write("  </graph>\n</graphml>\n")
    return nn, ne


def write_csv(db: ox.Store, folder: Path, base: str = STORE_BASE) -> tuple[int, int]:
    """Write `folder/nodes.csv` and `folder/edges.csv`; returns (nodes, edges) written."""
    folder.mkdir(parents=True, exist_ok=True)
    nn = ne = 0
    with (folder / "nodes.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["id", "kind", *(c for c, _, _ in PROPS)])
        w.writeheader()
        for row in iter_nodes(db, base):
            w.writerow(row)
            nn += 1
    with (folder / "edges.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["source", "target", "type", "articles"])
        w.writeheader()
        for e in iter_edges(db, base):
            w.writerow(e)
            ne += 1
    return nn, ne
