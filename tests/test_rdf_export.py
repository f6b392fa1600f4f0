"""RDF export and import: every format, per-article graphs, base IRIs, the fixed point,
awkward literals, graph-tool formats, and malformed files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from ld_records import AWKWARD_NAME, AWKWARD_SENTENCE, all_records

from kg.errors import InputError
from kg.graph_export import write_csv, write_graphml
from kg.iribase import ENV, base_iri
from kg.rdf_export import QUAD_FORMATS, RDF_FORMATS, dataset, export_rdf
from kg.rdf_import import IMPORTED_GRAPH, import_rdf
from kg.store.oxigraph import OxigraphStore

BASE = "https://data.example.org/techkg/"


def new_store(path: Path | None = None) -> OxigraphStore:
    return OxigraphStore(path, kb_lookup=lambda n: None)


@pytest.fixture(scope="module")
def store():
    s = new_store()
    s.add_many(all_records())
    yield s
    s.close()


def quads_of(path: Path, fmt: str) -> set[str]:
    return {str(q) for q in ox.parse(path=str(path), format=RDF_FORMATS[fmt])}


def export(s, fmt: str, path: Path, base: str = BASE) -> int:
    with path.open("wb") as f:
        return export_rdf(dataset(s), fmt, f, base)


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_export_import_export_is_a_fixed_point(store, tmp_path, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    n = export(store, fmt, first)
    assert n > 500
    with new_store(tmp_path / "copy") as copy:
        res = import_rdf(copy, first, base=BASE)
        assert res.quads == n
        export(copy, fmt, second)
    assert quads_of(first, fmt) == quads_of(second, fmt)
    assert len(quads_of(first, fmt)) > 400


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_quad_formats_keep_one_graph_per_article(store, tmp_path, fmt):
    path = tmp_path / f"x.{fmt}"
    export(store, fmt, path)
    graphs = {q.graph_name.value for q in ox.parse(path=str(path), format=RDF_FORMATS[fmt])}
    assert len(graphs) == len(all_records())
    assert all(g.startswith(BASE + "article/") for g in graphs)
    with new_store(tmp_path / "copy") as copy:
        assert import_rdf(copy, path, base=BASE).articles == len(all_records())
        assert copy.stats()["articles"] == len(all_records())
        # The imported graph answers the named queries like the original.
        assert copy.query("competitors") == store.query("competitors")
        assert copy.query("facilities") == store.query("facilities")


def test_triple_formats_import_into_one_graph(store, tmp_path):
    path = tmp_path / "x.ttl"
    export(store, "ttl", path)
    with new_store(tmp_path / "copy") as copy:
        import_rdf(copy, path, base=BASE)
        graphs = {g.value for g in dataset(copy).named_graphs()}
        assert IMPORTED_GRAPH.value in graphs
        assert copy.query("companies") == store.query("companies")


def test_iris_are_stable_and_use_the_configured_base(store, tmp_path, monkeypatch):
    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    export(store, "nq", a)
    with new_store() as again:  # a second run over the same records mints the same IRIs
        again.add_many(all_records())
        export(again, "nq", b)
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text(encoding="utf-8")
    assert "<https://data.example.org/techkg/company/amazon-web-services>" in text
    assert "https://techkg.dev/id/" not in text
    assert "<https://sws.geonames.org/2964574/>" in text
    monkeypatch.setenv(ENV, "https://env.example/kg#")
    assert base_iri() == "https://env.example/kg#"
    assert base_iri("https://opt.example/") == "https://opt.example/"
    with pytest.raises(InputError, match="ending in '/' or '#'"):
        base_iri("https://no-slash.example/kg")
    with pytest.raises(InputError, match="absolute http"):
        base_iri("urn:x:")


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_awkward_literals_round_trip_through_every_format(store, tmp_path, fmt):
    path = tmp_path / f"x.{fmt}"
    export(store, fmt, path)
    parsed = list(ox.parse(path=str(path), format=RDF_FORMATS[fmt]))
    values = {q.object.value for q in parsed if isinstance(q.object, ox.Literal)}
    assert AWKWARD_NAME in values
    assert AWKWARD_SENTENCE in values
    assert 'Ümlaut AG & Sakura "Denki" 株式会社: Ελληνικά' in values
    assert "https://news.example/awk?a=1&b=<2>" in values
    assert '2 "GW" > 1' in values
    # and the same literals come back out of a store loaded from the file
    with new_store(tmp_path / "copy") as copy:
        import_rdf(copy, path, base=BASE)
        names = {r["name"] for r in copy.query("companies")}
        assert {AWKWARD_NAME, "Ümlaut AG"} <= names


def test_awkward_literals_in_graphml_and_csv(store, tmp_path):
    buf = io.StringIO()
    nodes, edges = write_graphml(dataset(store), buf, BASE)
    g = nx.read_graphml(io.BytesIO(buf.getvalue().encode("utf-8")))
    assert g.number_of_nodes() == nodes and g.number_of_edges() == edges
    names = {d.get("name") for _, d in g.nodes(data=True)}
    assert AWKWARD_NAME in names and "Θεσσαλονίκη" in names
    kinds = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"OPERATES", "COMPETES_WITH", "MENTIONS"} <= kinds
    write_csv(dataset(store), tmp_path / "csv", BASE)
    with (tmp_path / "csv" / "nodes.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert AWKWARD_NAME in {r["name"] for r in rows}
    assert len(rows) == nodes
    with (tmp_path / "csv" / "edges.csv").open(encoding="utf-8", newline="") as f:
        edge_rows = list(csv.DictReader(f))
    rival = [r for r in edge_rows if r["type"] == "COMPETES_WITH"]
    assert any(r["articles"] == "2" for r in rival)  # AWS v Microsoft told by two articles


def test_jsonld_uses_the_published_context(store, tmp_path):
    import json

    path = tmp_path / "x.jsonld"
    export(store, "jsonld", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    ctx = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "context.jsonld")
                     .read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == ctx
    nodes = [n for g in doc["@graph"] for n in g["@graph"]]
    company = next(n for n in nodes if n.get("@type") == "Company")
    assert {"key", "name"} <= set(company)
    out = io.BytesIO()
    export_rdf(dataset(store), "jsonld", out, BASE, context_url="https://techkg.dev/context.jsonld")
    assert json.loads(out.getvalue())["@context"] == "https://techkg.dev/context.jsonld"


@pytest.mark.parametrize(("fmt", "text", "line"), [
    ("nq", '<http://a/s> <http://a/p> "ok" <http://a/g> .\n<http://a/s> <http://a/p> bad .\n', 2),
    ("ttl", '@prefix a: <http://a/> .\n\na:s a:p "x" .\na:s a:p "unterminated .\n', 4),
    ("jsonld", '{"@graph": [\n {"@id": "http://a/s",\n  "http://a/p": }\n]}', 3),
])
def test_malformed_import_names_the_line_and_writes_nothing(tmp_path, fmt, text, line):
    path = tmp_path / f"bad.{fmt}"
    path.write_text(text, encoding="utf-8")
    with new_store(tmp_path / "s") as s:
        before = len(dataset(s))
        with pytest.raises(InputError, match=rf"bad\.{fmt}:{line}\b.*Nothing was imported"):
            import_rdf(s, path)
        assert len(dataset(s)) == before
        assert s.stats()["articles"] == 0


def test_import_rejects_unknown_extension(tmp_path):
    path = tmp_path / "x.dat"
    path.write_text("", encoding="utf-8")
    with new_store() as s, pytest.raises(InputError, match="pass --format"):
        import_rdf(s, path)


@pytest.mark.parametrize(("fmt", "base"), [("nq", BASE), ("nq", None), ("ttl", None)])
def test_large_file_path_checks_then_loads(store, tmp_path, monkeypatch, fmt, base):
    import kg.rdf_import as rdf_import

    monkeypatch.setattr(rdf_import, "ONE_TRANSACTION_BYTES", 0)  # take the bulk path
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    kwargs = {"base": base} if base else {}
    with first.open("wb") as f:
        export_rdf(dataset(store), fmt, f, **kwargs)
    with new_store(tmp_path / "copy") as copy:
        import_rdf(copy, first, **kwargs)
        with second.open("wb") as f:
            export_rdf(dataset(copy), fmt, f, **kwargs)
        if fmt == "nq":
            assert copy.stats()["articles"] == len(all_records())
    assert quads_of(first, fmt) == quads_of(second, fmt)
    bad = tmp_path / f"bad.{fmt}"
    bad.write_bytes(first.read_bytes() + b"\n<http://a/s> <http://a/p> oops .\n")
    with new_store(tmp_path / "other") as other:
        with pytest.raises(InputError, match="Nothing was imported"):
            import_rdf(other, bad, **kwargs)
        assert other.stats()["articles"] == 0
