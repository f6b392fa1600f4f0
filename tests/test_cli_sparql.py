"""`kg sparql` (one-shot, file, console), `kg export` and `kg import` from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from ld_records import all_records
from oxigraph_server import oxigraph_server
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, QueryError
from kg.sparql_console import console, statement_done
from kg.store import open_store
from kg.store.oxigraph import OxigraphStore

__all__ = ["oxigraph_server"]
runner = CliRunner()
COUNT = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a tkg:Company }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    with OxigraphStore(path, kb_lookup=lambda n: None) as s:
        s.add_many(all_records())
    return path


def kg(*args: str) -> str:
    res = runner.invoke(app, list(args))
    assert res.exit_code == 0, (args, res.output, res.exception)
    return res.stdout


def test_one_shot_query_with_prefixes_predeclared(store_path):
    rows = json.loads(kg("sparql", "-q", COUNT, "--format", "json", "--store", str(store_path)))
    assert rows == [{"n": 8}]
    out = kg("sparql", "-q", "ASK { ?c schema:name 'Ümlaut AG' }", "--format", "csv",
             "--store", str(store_path))
    assert list(csv.DictReader(io.StringIO(out))) == [{"result": "True"}]


def test_query_from_file_as_table(store_path, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?name WHERE { ?c a tkg:City ; schema:name ?name } ORDER BY ?name\n",
                  encoding="utf-8")
    out = kg("sparql", "-f", str(rq), "--store", str(store_path))
    assert "Dublin" in out and "Θεσσαλονίκη" in out


def test_bad_query_says_where(store_path):
    res = runner.invoke(app, ["sparql", "-q", "SELECT ?x WHERE {\n ?x ?y \n}",
                              "--store", str(store_path)])
    assert isinstance(res.exception, QueryError)
    assert "line 3" in str(res.exception)


def test_console_runs_multiline_statements(store_path):
    assert statement_done("SELECT * { ?s ?p ?o };")
    assert statement_done("SELECT * { ?s ?p ?o }\n")
    assert not statement_done("SELECT *")
    out = io.StringIO()
    with OxigraphStore(store_path, kb_lookup=lambda n: None) as s, create_pipe_input() as inp:
        inp.send_text(f"{COUNT.replace('WHERE', chr(13) + 'WHERE')};\r"
                      "SELECT ?k WHERE { ?c a tkg:Country ; tkg:key ?k } ORDER BY ?k\r\r"
                      "SELECT oops\r\r\\q\r")
        console(s, input=inp, output=DummyOutput(), out=out, history=None)
    text = out.getvalue()
    assert "8" in text
    assert "GR" in text and "IE" in text
    assert "Error: SPARQL syntax error" in text


def test_remote_one_shot_and_export_import(oxigraph_server, store_path, tmp_path):
    url = f"sparql+{oxigraph_server.url}"
    with open_store(url, kb_lookup=lambda n: None) as s:
        s.add_many(all_records())
    rows = json.loads(kg("sparql", "-q", COUNT, "--format", "json", "--store", url))
    assert rows == [{"n": 8}]
    nq = tmp_path / "x.nq"
    kg("export", "--format", "nq", "--output", str(nq), "--base-iri", "https://ex.org/kg/",
       "--store", str(store_path))
    copy = tmp_path / "copy"
    out = kg("import", str(nq), "--base-iri", "https://ex.org/kg/", "--store", str(copy))
    assert "new articles" in out
    again = tmp_path / "y.nq"
    kg("export", "--format", "nq", "--output", str(again), "--base-iri", "https://ex.org/kg/",
       "--store", str(copy))
    assert sorted(nq.read_text().splitlines()) == sorted(again.read_text().splitlines())
    res = runner.invoke(app, ["export", "--format", "csv", "--store", str(store_path)])
    assert isinstance(res.exception, InputError)
