"""The ontology reads as a linked-data engineer expects, and kg/vocab.py is generated from it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg import model
from kg.vocab import TKG

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Namespace(model.SCHEMA)
ORG = Namespace("http://www.w3.org/ns/org#")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(model.ONTOLOGY_PATH, format="turtle")


def _gen_vocab():
    spec = importlib.util.spec_from_file_location("gen_vocab", ROOT / "tools" / "gen_vocab.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_vocab"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_generated_vocabulary_is_up_to_date():
    text = _gen_vocab().render()
    committed = (ROOT / "kg" / "vocab.py").read_text(encoding="utf-8")
    assert committed == text, "kg/vocab.py is stale: run python tools/gen_vocab.py"


def test_vocabulary_is_strict():
    assert TKG.competesWith == URIRef(model.TKG + "competesWith")
    with pytest.raises(AttributeError):
        _ = TKG.competesWit


def test_ontology_header_has_version_and_description(onto):
    o = URIRef("https://techkg.dev/ontology")
    assert (o, RDF.type, OWL.Ontology) in onto
    assert onto.value(o, OWL.versionInfo) is not None
    assert str(onto.value(o, OWL.versionIRI)).startswith("https://techkg.dev/ontology/")


def test_every_term_has_label_and_comment(onto):
    terms = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(model.TKG)}
    assert len(terms) > 50
    missing = [str(t) for t in terms
               if onto.value(t, RDFS.label) is None or onto.value(t, RDFS.comment) is None]
    assert missing == []


def test_every_relation_has_domain_and_range_and_alignment(onto):
    for e in model.EDGE_KINDS:
        p = URIRef(e.iri)
        assert onto.value(p, RDFS.domain) is not None, e.name
        assert onto.value(p, RDFS.range) is not None, e.name
    assert (TKG.competesWith, RDF.type, OWL.SymmetricProperty) in onto
    assert (TKG.operates, RDFS.subPropertyOf, ORG.hasSite) in onto
    assert (TKG.subsidiaryOf, RDFS.subPropertyOf, ORG.subOrganizationOf) in onto
    assert (TKG.at, RDFS.subPropertyOf, SCHEMA.location) in onto
    assert (TKG.Facility, RDFS.subClassOf, ORG.Site) in onto
    for cls, parent in (("Company", "Organization"), ("City", "City"), ("Country", "Country"),
                        ("Event", "Event"), ("Article", "NewsArticle")):
        assert (TKG[cls], RDFS.subClassOf, SCHEMA[parent]) in onto, cls
    assert onto.value(TKG.geonamesId, RDFS.range) == URIRef(model.XSD + "integer")
    assert "ISO 3166" in str(onto.value(TKG.isoCode, RDFS.label))
    assert onto.value(TKG.Company, RDFS.label) == Literal("Company")
