"""The graph model as Python constants, mirroring `schemas/techkg.ttl`.

The ontology is the source of truth; this module is the small table every store
reads without parsing Turtle at import time. `tests/test_model.py` parses the
ontology and fails if the two disagree, and `ontology_table()` rebuilds the
table from the Turtle for tools that want it (Neo4j schema generation).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

TKG: Final = "https://techkg.dev/ontology#"
ID: Final = "https://techkg.dev/id/"
SCHEMA: Final = "https://schema.org/"
PROV: Final = "http://www.w3.org/ns/prov#"
RDF: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS: Final = "http://www.w3.org/2000/01/rdf-schema#"
OWL: Final = "http://www.w3.org/2002/07/owl#"
XSD: Final = "http://www.w3.org/2001/XMLSchema#"
GEONAMES: Final = "https://sws.geonames.org/"

ONTOLOGY_PATH: Final = Path(__file__).resolve().parent.parent / "schemas" / "techkg.ttl"


@dataclass(frozen=True, slots=True)
class NodeKind:
    """A node class: `name` is both its Neo4j label and its IRI local name."""

    name: str

    @property
    def iri(self) -> str:
        return TKG + self.name


@dataclass(frozen=True, slots=True)
class EdgeKind:
    """A relation: property-graph type `name`, RDF predicate `iri`, allowed ends."""

    name: str
    local: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    symmetric: bool = False

    @property
    def iri(self) -> str:
        return TKG + self.local


COMPANY, FACILITY, CITY, COUNTRY, EVENT, ARTICLE = (
    NodeKind(n) for n in ("Company", "Facility", "City", "Country", "Event", "Article")
)
NODE_KINDS: Final = (COMPANY, FACILITY, CITY, COUNTRY, EVENT, ARTICLE)

OPERATES = EdgeKind("OPERATES", "operates", ("Company",), ("Facility",))
LOCATED_IN = EdgeKind("LOCATED_IN", "locatedIn", ("Facility",), ("City",))
IN_COUNTRY = EdgeKind("IN_COUNTRY", "inCountry", ("City", "Facility"), ("Country",))
HEADQUARTERED_IN = EdgeKind("HEADQUARTERED_IN", "headquarteredIn", ("Company",), ("City",))
COMPETES_WITH = EdgeKind("COMPETES_WITH", "competesWith", ("Company",), ("Company",), True)
SUBSIDIARY_OF = EdgeKind("SUBSIDIARY_OF", "subsidiaryOf", ("Company",), ("Company",))
INVOLVES = EdgeKind("INVOLVES", "involves", ("Event",), ("Company",))
CONCERNS = EdgeKind("CONCERNS", "concerns", ("Event",), ("Facility",))
AT = EdgeKind("AT", "at", ("Event",), ("City", "Country"))
REPORTS = EdgeKind("REPORTS", "reports", ("Article",), ("Event",))
MENTIONS = EdgeKind("MENTIONS", "mentions", ("Article",),
                    ("Company", "Facility", "City", "Country"))
EDGE_KINDS: Final = (OPERATES, LOCATED_IN, IN_COUNTRY, HEADQUARTERED_IN, COMPETES_WITH,
                     SUBSIDIARY_OF, INVOLVES, CONCERNS, AT, REPORTS, MENTIONS)
EDGES_BY_NAME: Final = {e.name: e for e in EDGE_KINDS}
EDGES_BY_NAME_IRI: Final = {e.iri: e.name for e in EDGE_KINDS}

# Articles per page of the `articles` listing: an article's tkg:page is its sequence
# number (order of writing) divided by this, plus 1, so a page is read by lookup
# (docs/store.md, "Pages").
PAGE_SIZE: Final = 100

ROLES: Final = ("acquirer", "target", "partner", "operator", "investor", "subject")


class _Vocab:
    """`tkg.<term>` gives the IRI of an ontology term; a typo raises instead of minting one."""

    _terms = frozenset({
        *(k.name for k in NODE_KINDS), *(e.local for e in EDGE_KINDS),
        "Assertion", "Extraction", "key", "geonamesId", "isoCode", "countryCode", "sector",
        "facilityKind", "status", "ordinal", "capacity", "investment", "eventType", "amount",
        "contentHash", "recordId", "role", "evidence", "start", "end", "field", "confidence",
        "extractor", "ingestedAt", "neo4jLabel", "neo4jType",
        "meta", "Alias", "Merge", "Override", "aliasKey", "aliasOf", "rule", "mergeId",
        "mergedName", "into", "undoes", "loggedAt", "record", "recordHash", "pending",
        "summary", "count", "articleCount", "facilityCount", "eventCount", "factCount",
        "seq", "page", "lastSeq", "lastPage",
    })

    def __getattr__(self, name: str) -> str:
        if name not in self._terms:
            raise AttributeError(f"tkg:{name} is not a term of schemas/techkg.ttl")
        return TKG + name


tkg: Final = _Vocab()


def ontology_table(
    path: Path = ONTOLOGY_PATH,
) -> tuple[dict[str, str], dict[str, dict[str, object]]]:
    """Read the ontology: ({class local name: neo4j label}, {neo4j type: edge facts}).

    Edge facts are `local`, `domain` and `range` (tuples of class local names,
    unions expanded) and `symmetric`. Imports pyoxigraph, so call it lazily.
    """
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    pre = f"PREFIX tkg: <{TKG}> PREFIX owl: <{OWL}> PREFIX rdfs: <{RDFS}> PREFIX rdf: <{RDF}> "

    def select(text: str) -> ox.QuerySolutions:
        result = store.query(pre + text)
        assert isinstance(result, ox.QuerySolutions)  # every query here is a SELECT
        return result

    classes = {
        s["c"].value.removeprefix(TKG): s["l"].value
        for s in select("SELECT ?c ?l { ?c tkg:neo4jLabel ?l }")
    }

    def ends(prop: str, which: str) -> tuple[str, ...]:
        q = (f"SELECT ?c {{ {{ <{prop}> rdfs:{which} ?c FILTER(isIRI(?c)) }} UNION "
             f"{{ <{prop}> rdfs:{which}/owl:unionOf/rdf:rest*/rdf:first ?c }} }}")
        return tuple(sorted(s["c"].value.removeprefix(TKG) for s in select(q)))

    edges: dict[str, dict[str, object]] = {}
    for s in select("SELECT ?p ?t { ?p tkg:neo4jType ?t }"):
        prop = s["p"].value
        sym = bool(store.query(pre + f"ASK {{ <{prop}> a owl:SymmetricProperty }}"))
        edges[s["t"].value] = {"local": prop.removeprefix(TKG), "domain": ends(prop, "domain"),
                               "range": ends(prop, "range"), "symmetric": sym}
    return classes, edges
