"""Streaming RDF export of the embedded store: one named graph per article.

`export_rdf(db, fmt, out)` walks the article graphs one at a time (never the
whole dataset) and hands an iterator of quads to pyoxigraph's serializer, which
writes as it reads, so memory stays flat however many articles there are. The
store's own bookkeeping (`tkg:meta`), its counts (`tkg:summary`) and the ontology
graph are left out.

Quad formats (nq, trig, jsonld) keep the article graphs; triple formats (ttl,
nt, xml) give the union of them, so a node told by two articles is written
twice (the same triple: RDF sets read it once).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any

import pyoxigraph as ox

from kg import model
from kg.iribase import STORE_BASE, rebase
from kg.rdf import META
from kg.summary import SUMMARY

ONTOLOGY_GRAPH = ox.NamedNode("https://techkg.dev/ontology")
CONTEXT_PATH = model.ONTOLOGY_PATH.parent / "context.jsonld"
CONTEXT_URL = "https://techkg.dev/context.jsonld"  # where schemas/context.jsonld is published

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = frozenset({"nq", "trig", "jsonld"})
PREFIXES = {"tkg": model.TKG, "schema": model.SCHEMA, "prov": model.PROV, "rdf": model.RDF,
            "owl": model.OWL, "xsd": model.XSD, "org": "http://www.w3.org/ns/org#"}


def dataset(store: Any) -> ox.Store:
    """The pyoxigraph dataset behind an embedded store; InputError for other stores."""
    from kg.errors import InputError

    db = getattr(store, "dataset", None)
    if not isinstance(db, ox.Store):
        raise InputError(f"The {getattr(store, 'name', '?')} store has no local RDF dataset: "
                         "export and import work on the embedded oxigraph store (--store PATH).")
    return db


def article_graphs(db: ox.Store) -> list[ox.NamedNode]:
    """Names of the article graphs, sorted so exports are byte-stable across runs."""
    skip = {META, ONTOLOGY_GRAPH, SUMMARY}
    return sorted((g for g in db.named_graphs() if g not in skip and isinstance(g, ox.NamedNode)),
                  key=lambda g: g.value)


def iter_quads(db: ox.Store, base: str = STORE_BASE) -> Iterator[ox.Quad]:
    """Every quad of every article graph, graph by graph, under IRI base `base`."""
    def raw() -> Iterator[ox.Quad]:
        for g in article_graphs(db):
            yield from db.quads_for_pattern(None, None, None, g)
    return rebase(raw(), STORE_BASE, base)


class _Counter:
    def __init__(self, it: Iterator[Any]) -> None:
        self.it, self.n = it, 0

    def __iter__(self) -> Iterator[Any]:
        for x in self.it:
            self.n += 1
            yield x


def export_rdf(db: ox.Store, fmt: str, out: IO[bytes], base: str = STORE_BASE,
               context_url: str | None = None) -> int:
    """Write the article graphs to `out` in `fmt` (a key of RDF_FORMATS); returns quads written.

    JSON-LD embeds schemas/context.jsonld, or refers to `context_url` when given.
    """
    quads = _Counter(iter_quads(db, base))
    if fmt == "jsonld":
        write_jsonld(quads, out, context_url)
    elif fmt in QUAD_FORMATS:
        ox.serialize(quads, out, RDF_FORMATS[fmt], prefixes=PREFIXES)
    else:
        triples = (q.triple for q in quads)
        prefixes = None if fmt == "nt" else PREFIXES
        ox.serialize(triples, out, RDF_FORMATS[fmt], prefixes=prefixes)
    return quads.n


# ------------------------------------------------------------------ JSON-LD
# pyoxigraph writes expanded JSON-LD; we write compact JSON-LD against our published
# context, one named graph object per article, so people and JSON tools can read it.

@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The `@context` object of schemas/context.jsonld."""
    doc: dict[str, Any] = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))
    return doc["@context"]  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _terms() -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    """({property IRI: (term, coerced type IRI or "@id" or None)}, {class IRI: term})."""
    ctx = context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def expand(curie: str) -> str:
        pre, _, local = curie.partition(":")
        return prefixes[pre] + local if pre in prefixes else curie

    props: dict[str, tuple[str, str | None]] = {}
    classes: dict[str, str] = {}
    for term, val in ctx.items():
        if term.startswith("@") or term in prefixes:
            continue
        if isinstance(val, str) and term[0].isupper():
            classes[expand(val)] = term
        elif isinstance(val, str):
            props[expand(val)] = (term, None)
        else:
            t = val.get("@type")
            props[expand(val["@id"])] = (term, t if t == "@id" or t is None else expand(t))
    return props, classes


_XSD_STRING = model.XSD + "string"


def _value(obj: Any, coerce: str | None) -> Any:
    if isinstance(obj, ox.NamedNode):
        return obj.value if coerce == "@id" else {"@id": obj.value}
    if isinstance(obj, ox.BlankNode):
        return {"@id": f"_:{obj.value}"}
    if obj.language:
        return {"@value": obj.value, "@language": obj.language}
    dt = obj.datatype.value
    if dt == coerce or (dt == _XSD_STRING and coerce is None):
        return obj.value  # lexical form kept as a string, so "0.80" stays "0.80"
    return {"@value": obj.value, "@type": dt}


def _node_objects(quads: list[ox.Quad]) -> list[dict[str, Any]]:
    props, classes = _terms()
    nodes: dict[str, dict[str, Any]] = {}
    for q in quads:
        s: Any = q.subject
        sid = s.value if isinstance(s, ox.NamedNode) else f"_:{s.value}"
        node = nodes.setdefault(sid, {"@id": sid})
        p = q.predicate.value
        if p == model.RDF + "type" and isinstance(q.object, ox.NamedNode):
            node.setdefault("@type", []).append(classes.get(q.object.value, q.object.value))
            continue
        term, coerce = props.get(p, (p, None))
        node.setdefault(term, []).append(_value(q.object, coerce))
    for node in nodes.values():  # single values unwrapped, as people write JSON-LD
        for k, v in node.items():
            if isinstance(v, list) and len(v) == 1:
                node[k] = v[0]
    return list(nodes.values())


def write_jsonld(quads: Any, out: IO[bytes], context_url: str | None = None) -> None:
    """Compact JSON-LD with the techkg context (inline, or `context_url`); a `@graph` per graph.

    Streams per article: only one article graph is held in memory at a time.
    """
    out.write(b'{\n"@context": ')
    out.write(json.dumps(context_url or context(), ensure_ascii=False).encode())
    out.write(b',\n"@graph": [')
    first = True
    current: Any = None
    buf: list[ox.Quad] = []

    def flush() -> None:
        nonlocal first
        if not buf:
            return
        g = buf[0].graph_name
        body: dict[str, Any]
        nodes = _node_objects(buf)
        body = ({"@id": g.value, "@graph": nodes} if isinstance(g, ox.NamedNode)
                else {"@graph": nodes})
        out.write((b"\n" if first else b",\n") + json.dumps(body, ensure_ascii=False).encode())
        first = False
        buf.clear()

    for q in quads:
        if q.graph_name != current:
            flush()
            current = q.graph_name
        buf.append(q)
    flush()
    out.write(b"\n]}\n")
