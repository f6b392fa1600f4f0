"""The RDF form of an `ArticleGraph`: entity IRIs and the quads of one article's graph.

Layout (docs/store.md): each article's facts live in the named graph whose
name is the article's IRI; each edge is a plain triple plus a `tkg:Assertion`
node carrying its evidence, confidence and the article it came from. The
extractor version and the `tkg:Extraction` run are stated once per article,
not once per assertion (docs/store.md, "Quad layout").

The quads are written as text, one N-Triples line per triple (`article_text`): the
embedded store bulk-loads them as TriG and updates with them as SPARQL, so ingest
builds no Python term objects (docs/store.md, "Transactions"). Every IRI is built
here from percent-encoded parts and every literal is escaped by `literal`, so no
value can break out of its term.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from json.encoder import encode_basestring
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
CLASS = {k.name: N(k.iri) for k in model.NODE_KINDS}
PRED = {e.name: N(e.iri) for e in model.EDGE_KINDS}

# The same terms as N-Triples text, for the lines `article_text` writes.
_A, _KEY, _SAME_AS = f"<{A.value}>", f"<{KEY.value}>", f"<{OWL}sameAs>"
_CLASS = {k: f"<{v.value}>" for k, v in CLASS.items()}
_PRED = {k: f"<{v.value}>" for k, v in PRED.items()}
_SUBJ, _PREDICATE, _OBJ = f"<{RDF}subject>", f"<{RDF}predicate>", f"<{RDF}object>"
_DERIVED, _USED = f"<{PROV}wasDerivedFrom>", f"<{PROV}used>"
_ASSERTION, _EXTRACTION = f"<{tkg.Assertion}>", f"<{tkg.Extraction}>"
_CONF, _EXTRACTOR, _ROLE = f"<{tkg.confidence}>", f"<{tkg.extractor}>", f"<{tkg.role}>"
_EVIDENCE, _START, _END = f"<{tkg.evidence}>", f"<{tkg.start}>", f"<{tkg.end}>"
_FIELD, _HASH = f"<{tkg.field}>", f"<{tkg.contentHash}>"
_INTEGER = f"^^<{XSD}integer>"
_DATE = {10: f"^^<{XSD}date>", 7: f"^^<{XSD}gYearMonth>"}
_GYEAR = f"^^<{XSD}gYear>"

# Node property -> predicate; everything not listed is a tkg: term of the same name.
_PROP_PRED = {
    "name": NAME, "url": N(SCHEMA + "url"), "title": N(SCHEMA + "headline"),
    "published": N(SCHEMA + "datePublished"), "date": N(SCHEMA + "startDate"),
}

# A string literal in N-Triples, Turtle and SPARQL alike: `"…"` with `"`, `\`, and the
# control characters escaped (JSON's escapes are a subset of theirs), done in C.
string_literal = encode_basestring


def literal(v: object) -> str:
    """`v` as an N-Triples literal, exactly as `str(ox.Literal(v))` would write it
    (up to escaping): strings plain, ints `xsd:integer`, floats `xsd:double`."""
    if type(v) is str:
        return string_literal(v)
    if type(v) is int:
        return f'"{v}"{_INTEGER}'
    return str(L(v))  # type: ignore[arg-type]  # floats, bools; pyoxigraph's form or error


@lru_cache(maxsize=65536)
def iri_text(kind: str, id_: str) -> str:
    """`<IRI>` of node `id_` of `kind` (see `iri`), as N-Triples text."""
    return f"<{ID}{kind.lower()}/{quote(id_, safe=':-_.+,@')}>"


@lru_cache(maxsize=65536)
def iri(kind: str, id_: str) -> ox.NamedNode:
    """IRI of node `id_` of `kind`: `https://techkg.dev/id/<kind>/<id>` (id percent-encoded)."""
    return N(iri_text(kind, id_)[1:-1])


def article_iri(article_id: str) -> ox.NamedNode:
    """IRI of an article, which is also the name of its graph."""
    return iri("Article", article_id)


def _date(value: str) -> str:
    return string_literal(value) + _DATE.get(len(value), _GYEAR)


@lru_cache(maxsize=256)
def _pred(prop: str) -> str:
    return f"<{(_PROP_PRED.get(prop) or N(getattr(tkg, prop))).value}>"


def key_line(kind: str, id_: str) -> str:
    """The line stating a node's `tkg:key`: every node has one, in every graph naming it."""
    return f"{iri_text(kind, id_)} {_KEY} {string_literal(id_)} ."


def _node_lines(n: Node, out: list[str]) -> None:
    s = iri_text(n.kind, n.id)
    out.append(f"{s} {_A} {_CLASS[n.kind]} .")
    out.append(f"{s} {_KEY} {string_literal(n.id)} .")
    for k, v in n.props.items():
        out.append(f"{s} {_pred(k)} {_date(v) if k in ('date', 'published') else literal(v)} .")
    if n.kind == "City" and n.props.get("geonamesId"):
        gid = quote(str(n.props["geonamesId"]), safe="")
        out.append(f"{s} {_SAME_AS} <{GEONAMES}{gid}/> .")


class ArticleText(NamedTuple):
    """An article's triples as N-Triples lines (`<s> <p> <o> .`).

    `graph` is its named graph; `own` and `shared` are the node and edge lines of
    `graph` (the same strings) that also go into the store's default graph: `own` name
    the article itself, so no other article states them; `shared` are the entities and
    the edges between them, which other articles may state too.
    """

    graph: list[str]
    own: list[str]
    shared: list[str]


def article_text(ag: ArticleGraph) -> ArticleText:
    """The article's named graph (nodes, edges, one assertion per edge) and its node and
    edge triples for the default graph, as N-Triples lines."""
    art_iri = article_iri(ag.article.id).value
    art = f"<{art_iri}>"
    own: list[str] = []
    _node_lines(ag.article, own)
    version = str(ag.article.props.get("extractor", "unknown"))
    activity = f"<{ID}extraction/{quote(version, safe='.-_')}>"
    own += [f"{art} {_HASH} {string_literal(ag.article.id)} .", f"{activity} {_USED} {art} ."]
    shared = [f"{activity} {_A} {_EXTRACTION} .",
              f"{activity} {_EXTRACTOR} {string_literal(version)} ."]
    for n in ag.nodes.values():
        _node_lines(n, shared)
    assertions: list[str] = []
    for e in ag.edges.values():
        s, p, o = iri_text(*e.src), _PRED[e.type], iri_text(*e.dst)
        (own if s == art else shared).append(f"{s} {p} {o} .")
        a = f"<{art_iri}/a/{short_hash(s[1:-1] + p[1:-1] + o[1:-1], 12)}>"
        assertions += [f"{a} {_A} {_ASSERTION} .", f"{a} {_SUBJ} {s} .",
                       f"{a} {_PREDICATE} {p} .", f"{a} {_OBJ} {o} .",
                       f"{a} {_DERIVED} {art} .", f"{a} {_CONF} {literal(float(e.confidence))} ."]
        if e.role:
            assertions.append(f"{a} {_ROLE} {string_literal(e.role)} .")
        if e.evidence is not None:
            ev = e.evidence
            assertions += [f"{a} {_EVIDENCE} {string_literal(ev.sentence)} .",
                           f'{a} {_START} "{int(ev.start)}"{_INTEGER} .',
                           f'{a} {_END} "{int(ev.end)}"{_INTEGER} .']
            if ev.field != "text":  # the body is the default; only the title is said
                assertions.append(f"{a} {_FIELD} {string_literal(ev.field)} .")
    return ArticleText(own + shared + assertions, own, shared)


def graph_block(graph: ox.NamedNode, lines: Iterable[str]) -> str:
    """`GRAPH <g> { lines }`: the same text is TriG (bulk loads) and SPARQL (INSERT DATA)."""
    return f"GRAPH <{graph.value}> {{\n" + "\n".join(lines) + "\n}\n"


def parse_lines(lines: Iterable[str], graph: ox.NamedNode | None = None) -> list[ox.Quad]:
    """N-Triples lines as pyoxigraph quads, in `graph` (None: the default graph)."""
    text = graph_block(graph, lines) if graph is not None else "\n".join(lines)
    return list(ox.parse(text.encode(), format=ox.RdfFormat.TRIG))


def article_quads(ag: ArticleGraph) -> list[ox.Quad]:
    """All quads of the article's named graph (see `article_text`)."""
    return parse_lines(article_text(ag).graph, article_iri(ag.article.id))


def update_data(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of a SPARQL `INSERT DATA` / `DELETE DATA`, default-graph triples
    bare and the rest in `GRAPH` blocks; pyoxigraph serialises (escapes) every term."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    default = "\n".join(by_graph.pop(str(ox.DefaultGraph()), []))
    return default + "\n" + "\n".join(f"GRAPH {g} {{\n{chr(10).join(ts)}\n}}"
                                      for g, ts in by_graph.items())
