"""SHACL: every export conforms to schemas/shapes.ttl; a broken graph shows its violations."""

from __future__ import annotations

from pathlib import Path

import pytest
from ld_records import all_records
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf_export import RDF_FORMATS, dataset, export_rdf
from kg.shacl import load_file, load_store, validate_graph
from kg.store.oxigraph import OxigraphStore

ID, T = "https://techkg.dev/id/", "https://techkg.dev/ontology#"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("shacl") / "store"
    with OxigraphStore(path, kb_lookup=lambda n: None) as s:
        s.add_many(all_records())
    return path


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_every_export_conforms(store_path, tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    with OxigraphStore(store_path, kb_lookup=lambda n: None) as s, out.open("wb") as f:
        export_rdf(dataset(s), fmt, f, "https://data.example.org/kg/")
    report = validate_graph(load_file(out))
    assert report.conforms, report.violations
    assert report.triples > 400


def test_store_conforms(store_path):
    with OxigraphStore(store_path, kb_lookup=lambda n: None) as s:
        assert validate_graph(load_store(s)).conforms


def test_broken_graph_shows_focus_path_and_message(store_path):
    with OxigraphStore(store_path, kb_lookup=lambda n: None) as s:
        g = load_store(s)
    aws, ie = URIRef(ID + "company/amazon-web-services"), URIRef(ID + "country/IE")
    g.add((aws, URIRef(T + "operates"), ie))  # range violation: a country is no facility
    g.set((ie, URIRef(T + "isoCode"), Literal("ireland")))  # pattern violation
    g.add((URIRef(ID + "city/geonames:2964574"), URIRef(T + "geonamesId"), Literal("x")))
    report = validate_graph(g)
    assert not report.conforms
    by = {(v["focus"], v["path"]): v for v in report.violations}
    rng = by[(str(ie), "")]
    assert rng["message"] == "the object of tkg:operates must be a tkg:Facility"
    assert rng["shape"] == "tkgsh:operatesRange"
    iso = by[(str(ie), "tkg:isoCode")]
    assert "ISO 3166-1 alpha-2" in iso["message"] and iso["value"] == "ireland"
    assert (ID + "city/geonames:2964574", "tkg:geonamesId") in by


def test_cli_validate_prints_violations_and_exits_1(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix tkg: <https://techkg.dev/ontology#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "<https://techkg.dev/id/company/a> a tkg:Company ; tkg:key \"a\" ; schema:name \"A\" ;\n"
        "  tkg:operates <https://techkg.dev/id/city/x> .\n"
        "<https://techkg.dev/id/city/x> a tkg:City ; tkg:key \"x\" .\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["validate", str(bad), "--format", "csv"])
    assert res.exit_code == 1
    assert "the object of tkg:operates must be a tkg:Facility" in res.stdout
    assert "needs a string schema:name" in res.stdout
    assert "https://techkg.dev/id/city/x" in res.stdout


def test_cli_validate_store_conforms(store_path: Path):
    res = CliRunner().invoke(app, ["validate", "--store", str(store_path)])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output
