"""The RDF form of an `ArticleGraph`: entity IRIs and the quads of one article's graph.

Layout (docs/store.md): each article's facts live in the named graph whose
name is the article's IRI; each edge is a plain triple plus a `tkg:Assertion`
node carrying its evidence, confidence and the article it came from. The
extractor version and the `tkg:Extraction` run are stated once per article,
not once per assertion (docs/store.md, "Quad layout").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote

import pyoxigraph as ox

from kg import model
from kg.graph import ArticleGraph, Node
from kg.identity import short_hash
from kg.model import GEONAMES, ID, OWL, PROV, RDF, SCHEMA, XSD, tkg

N = ox.NamedNode
L = ox.Literal

A = N(RDF + "type")
NAME = N(SCHEMA + "name")
KEY = N(tkg.key)
META = N(tkg.meta)
XSD_DATE = N(XSD + "date")
XSD_GYM = N(XSD + "gYearMonth")
XSD_GYEAR = N(XSD + "gYear")
CLASS = {k.name: N(k.iri) for k in model.NODE_KINDS}
PRED = {e.name: N(e.iri) for e in model.EDGE_KINDS}
P_SUBJ, P_PRED, P_OBJ = N(RDF + "subject"), N(RDF + "predicate"), N(RDF + "object")
P_DERIVED, P_USED = N(PROV + "wasDerivedFrom"), N(PROV + "used")
ASSERTION, EXTRACTION = N(tkg.Assertion), N(tkg.Extraction)
P_CONF, P_EXTRACTOR, P_ROLE = N(tkg.confidence), N(tkg.extractor), N(tkg.role)
P_EVIDENCE, P_START, P_END, P_FIELD = N(tkg.evidence), N(tkg.start), N(tkg.end), N(tkg.field)
SAME_AS = N(OWL + "sameAs")

# Node property -> predicate; everything not listed is a tkg: term of the same name.
_PROP_PRED = {
    "name": NAME, "url": N(SCHEMA + "url"), "title": N(SCHEMA + "headline"),
    "published": N(SCHEMA + "datePublished"), "date": N(SCHEMA + "startDate"),
}


@lru_cache(maxsize=65536)
def iri(kind: str, id_: str) -> ox.NamedNode:
    """IRI of node `id_` of `kind`: `https://techkg.dev/id/<kind>/<id>` (id percent-encoded)."""
    return N(f"{ID}{kind.lower()}/{quote(id_, safe=':-_.+,@')}")


def article_iri(article_id: str) -> ox.NamedNode:
    """IRI of an article, which is also the name of its graph."""
    return iri("Article", article_id)


def _date(value: str) -> ox.Literal:
    dt = XSD_DATE if len(value) == 10 else XSD_GYM if len(value) == 7 else XSD_GYEAR
    return L(value, datatype=dt)


@lru_cache(maxsize=256)
def _pred(prop: str) -> ox.NamedNode:
    return _PROP_PRED.get(prop) or N(getattr(tkg, prop))


def _node_quads(n: Node, g: ox.NamedNode, out: list[ox.Quad], union: list[ox.Quad]) -> None:
    s = iri(n.kind, n.id)
    triples: list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]] = [(A, CLASS[n.kind]),
                                                                    (KEY, L(n.id))]
    for k, v in n.props.items():
        triples.append((_pred(k), _date(v) if k in ("date", "published") else L(v)))
    if n.kind == "City" and n.props.get("geonamesId"):
        triples.append((SAME_AS, N(f"{GEONAMES}{n.props['geonamesId']}/")))
    for p, o in triples:
        out.append(ox.Quad(s, p, o, g))
        union.append(ox.Quad(s, p, o))


class ArticleRdf(NamedTuple):
    """An article's quads: `graph` for its named graph, `union` for the store's default graph."""

    graph: list[ox.Quad]
    union: list[ox.Quad]  # every triple of `graph` but the assertions', no graph name


def article_rdf(ag: ArticleGraph) -> ArticleRdf:
    """The article's named graph (nodes, edges, one assertion per edge) and its
    node and edge triples for the default graph."""
    art = article_iri(ag.article.id)
    out: list[ox.Quad] = []
    union: list[ox.Quad] = []
    _node_quads(ag.article, art, out, union)
    version = str(ag.article.props.get("extractor", "unknown"))
    activity = N(f"{ID}extraction/{quote(version, safe='.-_')}")
    for s, p, o in ((art, N(tkg.contentHash), L(ag.article.id)), (activity, A, EXTRACTION),
                    (activity, P_EXTRACTOR, L(version)), (activity, P_USED, art)):
        out.append(ox.Quad(s, p, o, art))
        union.append(ox.Quad(s, p, o))
    for n in ag.nodes.values():
        _node_quads(n, art, out, union)
    for e in ag.edges.values():
        s, p, o = iri(*e.src), PRED[e.type], iri(*e.dst)
        out.append(ox.Quad(s, p, o, art))
        union.append(ox.Quad(s, p, o))
        a = N(f"{art.value}/a/{short_hash(s.value + p.value + o.value, 12)}")
        out += [ox.Quad(a, A, ASSERTION, art), ox.Quad(a, P_SUBJ, s, art),
                ox.Quad(a, P_PRED, p, art), ox.Quad(a, P_OBJ, o, art),
                ox.Quad(a, P_DERIVED, art, art), ox.Quad(a, P_CONF, L(float(e.confidence)), art)]
        if e.role:
            out.append(ox.Quad(a, P_ROLE, L(e.role), art))
        if e.evidence is not None:
            ev = e.evidence
            out += [ox.Quad(a, P_EVIDENCE, L(ev.sentence), art),
                    ox.Quad(a, P_START, L(int(ev.start)), art),
                    ox.Quad(a, P_END, L(int(ev.end)), art)]
            if ev.field != "text":  # the body is the default; only the title is said
                out.append(ox.Quad(a, P_FIELD, L(ev.field), art))
    return ArticleRdf(out, union)


def article_quads(ag: ArticleGraph) -> list[ox.Quad]:
    """All quads of the article's named graph (see `article_rdf`)."""
    return article_rdf(ag).graph


def update_data(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of a SPARQL `INSERT DATA` / `DELETE DATA`, default-graph triples
    bare and the rest in `GRAPH` blocks; pyoxigraph serialises (escapes) every term."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    default = "\n".join(by_graph.pop(str(ox.DefaultGraph()), []))
    return default + "\n" + "\n".join(f"GRAPH {g} {{\n{chr(10).join(ts)}\n}}"
                                      for g, ts in by_graph.items())
