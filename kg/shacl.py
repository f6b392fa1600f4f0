"""SHACL validation of techkg data against schemas/shapes.ttl (pySHACL).

`validate_graph(g)` checks an rdflib Graph and returns the violations as plain
dicts (focus node, path, value, message, shape), sorted so reports are stable.
`load_file` and `load_store` build that graph from an export file or from the
article graphs of the embedded store (their union: the shapes are about the
nodes, whichever article told them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import model
from kg.errors import InputError

SHAPES_PATH = model.ONTOLOGY_PATH.parent / "shapes.ttl"
SH = "http://www.w3.org/ns/shacl#"
XSD_STRING = model.XSD + "string"


@dataclass
class Report:
    conforms: bool
    violations: list[dict[str, str]] = field(default_factory=list)
    triples: int = 0


def _short(term: Any) -> str:
    if term is None:
        return ""
    s = str(term)
    for pre, name in ((model.TKG, "tkg:"), (model.SCHEMA, "schema:"), (model.PROV, "prov:"),
                      (model.RDF, "rdf:"), (model.OWL, "owl:"), (model.XSD, "xsd:")):
        if s.startswith(pre):
            return name + s[len(pre):]
    return s


def _shape(results: Any, r: Any, sh: Any) -> str:
    """The named shape that failed: property shapes are blank nodes, so name their parent."""
    from rdflib import URIRef

    shape = results.value(r, sh.sourceShape)
    if isinstance(shape, URIRef):
        return _short(shape).replace("https://techkg.dev/shapes#", "tkgsh:")
    return ""


def validate_graph(data: Any) -> Report:
    """Run the techkg shapes over the rdflib Graph `data`; violations readable, sorted."""
    import pyshacl
    from rdflib import Graph, Namespace

    sh = Namespace(SH)
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                            advanced=False, allow_warnings=True)
    out: list[dict[str, str]] = []
    for r in results.subjects(predicate=None, object=sh.ValidationResult):
        path = results.value(r, sh.resultPath)
        out.append({
            "focus": _short(results.value(r, sh.focusNode)),
            "path": _short(path) if path is not None else "",
            "value": _short(results.value(r, sh.value)),
            "message": str(results.value(r, sh.resultMessage) or ""),
            "severity": _short(results.value(r, sh.resultSeverity)).rsplit("#", 1)[-1],
            "shape": _shape(results, r, sh),
        })
    out.sort(key=lambda v: (v["focus"], v["path"], v["message"]))
    return Report(bool(conforms), out, len(data))


def load_file(path: Path, fmt: str | None = None) -> Any:
    """An rdflib Graph with every triple of the RDF file (graphs merged)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.rdf_export import RDF_FORMATS
    from kg.rdf_import import guess_format

    if not path.is_file():
        raise InputError(f"{path}: no such file; give the path of an RDF file to validate.")
    fmt = guess_format(path, fmt)
    g = Graph()
    try:
        for q in ox.parse(path=str(path), format=RDF_FORMATS[fmt]):
            g.add((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)))
    except SyntaxError as err:
        raise InputError(f"{path}:{err.lineno}: not valid {fmt} ({err.msg}); fix the file "
                         "or pass --format.") from None
    return g


def load_store(store: Any) -> Any:
    """An rdflib Graph with the union of the store's article graphs."""
    from rdflib import Graph

    from kg.rdf_export import dataset, iter_quads

    g = Graph()
    for q in iter_quads(dataset(store)):
        g.add((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)))
    return g


def _rdflib(t: Any) -> Any:
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == XSD_STRING:  # RDF 1.1: a simple literal is an xsd:string
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value))
