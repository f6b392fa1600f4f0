"""The graph commands end to end: a store built from examples/articles by `kg ingest`,
then every read and write command checked for what it prints, not only its exit code."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
runner = CliRunner()


def kg(*args: str, store: Path | None = None, ok: bool = True) -> str:
    argv = list(args) + (["--store", str(store)] if store else [])
    res = runner.invoke(app, argv)
    if ok:
        assert res.exit_code == 0, (argv, res.output, res.exception)
    return res.stdout


def kg_json(*args: str, store: Path) -> object:
    return json.loads(kg(*args, "--format", "json", store=store))


def kg_process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    exe = shutil.which("kg")
    cmd = [exe] if exe else [sys.executable, "-c", "from kg.cli import main; main()"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("kg") / "store"
    summary = kg_json("ingest", str(EXAMPLES), store=path)
    assert summary["totals"][0]["articles"] == summary["totals"][0]["new"] >= 10
    assert summary["totals"][0]["skipped"] == 0
    return path


def test_ingest_again_changes_nothing(store):
    before = kg_json("stats", store=store)
    again = kg_json("ingest", str(EXAMPLES), store=store)
    assert {a["status"] for a in again["articles"]} == {"already stored"}
    assert again["totals"][0]["facts"] == again["totals"][0]["new_entities"] == 0
    assert kg_json("stats", store=store) == before
    assert "already stored" in kg("ingest", str(EXAMPLES), store=store)


def test_companies_and_stats(store):
    names = {r["name"] for r in kg_json("companies", store=store)}
    assert {"Alibaba Cloud", "Amazon Web Services", "Honda"} <= names
    assert [r["name"] for r in kg_json("companies", "--match", "alibaba cl", store=store)] == \
        ["Alibaba Cloud"]
    stats = {r["what"]: r["count"] for r in kg_json("stats", store=store)}
    assert stats["articles"] == 10 and stats["COMPETES_WITH"] > 0
    rows = list(csv.DictReader(io.StringIO(kg("companies", "--format", "csv", store=store))))
    assert "Alibaba Cloud" in {r["name"] for r in rows}
    assert "Alibaba Cloud" in kg("companies", store=store)  # the rich table
    assert kg_json("companies", "--all", store=store) == kg_json("companies", store=store)


def test_competitors_facilities_footprint(store):
    rivals = kg_json("competitors", "Alibaba Cloud", store=store)
    assert "Amazon Web Services" in {r["rival"] for r in rivals}
    assert all(r["evidence"] for r in rivals)
    tokyo = kg_json("facilities", "--city", "Tokyo", store=store)
    ali = [r for r in tokyo if r["operator_name"] == "Alibaba Cloud"]
    assert [(r["facility_kind"], r["country_code"]) for r in ali] == [("data_center", "JP")]
    only = kg_json("facilities", "--company", "Alibaba Cloud", "--country", "jp", store=store)
    assert {r["city_name"] for r in only} == {"Tokyo"}
    where = kg_json("footprint", "Alibaba Cloud", store=store)
    assert {"JP", "SG"} <= {r["country"] for r in where}
    assert "Tokyo" in {r["city"] for r in where}


def test_show_lists_facts_with_their_articles(store):
    (ali,) = [e for e in kg_json("show", "Alibaba Cloud", store=store) if e["kind"] == "Company"]
    assert ali["key"] == "alibaba-cloud"
    rival = next(f for f in ali["facts"] if f["relation"] == "COMPETES_WITH"
                 and f["other"] == "Amazon Web Services")
    assert rival["articles"][0]["title"].startswith("Alibaba Cloud opens fifth Tokyo")
    city = kg_json("show", "Tokyo", store=store)
    assert city[0]["kind"] == "City"
    assert "Honda" in {f["other"] for f in city[0]["facts"]}


def test_a_country_can_be_named_as_well_as_coded(store):
    # Countries are stored under their ISO code; a user types the name.
    [jp] = kg_json("show", "Japan", store=store)
    assert (jp["kind"], jp["key"]) == ("Country", "JP") and jp["facts"]
    assert kg_json("show", "JP", store=store) == [jp]
    by_name = kg_json("facilities", "--country", "Japan", store=store)
    assert by_name and by_name == kg_json("facilities", "--country", "jp", store=store)
    hop = kg_json("path", "Tokyo", "Japan", store=store)
    assert [(h["from"], h["relation"], h["to"]) for h in hop] == [("Tokyo", "IN_COUNTRY", "JP")]
    assert kg_json("why", "Tokyo", "IN_COUNTRY", "Japan", store=store)
    res = kg_process("facilities", "--country", "Japn", "--store", str(store))
    assert res.returncode != 0 and "'Japn' is not a country" in res.stderr


def test_why_gives_the_sentence(store):
    rows = kg_json("why", "Alibaba Cloud", "COMPETES_WITH", "Amazon Web Services", store=store)
    assert any("Alibaba Cloud competes with Amazon Web Services" in r["evidence"] for r in rows)
    # Rivalry is symmetric: asking the other way round finds the same sentence.
    back = kg_json("why", "Amazon Web Services", "competes_with", "Alibaba Cloud", store=store)
    assert {r["evidence"] for r in back} == {r["evidence"] for r in rows}


def test_timeline(store):
    rows = kg_json("timeline", "--company", "Alibaba Cloud", store=store)
    assert rows and all("Alibaba Cloud" in r["name"] for r in rows)
    since = kg_json("timeline", "--since", "2026", store=store)
    assert since and all(r["date"] >= "2026" for r in since)


def test_path_has_evidence_per_hop(store):
    hops = kg_json("path", "Alibaba Cloud", "Honda", store=store)
    assert hops[0]["from"] == "Alibaba Cloud" and hops[-1]["to"] == "Honda"
    assert all(h["evidence"] and h["sources"] for h in hops)
    assert all(a["to"] == b["from"] for a, b in zip(hops, hops[1:], strict=False))


def test_query_named_and_list(store):
    listed = kg_json("query", "--list", store=store)
    why = next(q for q in listed if q["name"] == "why")
    assert "subject (entity, required)" in why["params"]
    assert why["languages"] == "sparql, cypher"  # the Neo4j store runs the Cypher twin
    rows = kg_json("query", "facilities", "-p", "city=Tokyo", store=store)
    assert "Alibaba Cloud" in {r["operator_name"] for r in rows}


def test_query_pages_say_how_to_get_the_next_and_all_walks_them(tmp_path):
    from kg.store.oxigraph import OxigraphStore
    from loaders.record import Company, Evidence, Extraction, Pair

    def said(text: str) -> Evidence:
        return Evidence(text, 0, len(text))

    rivals = [f"Trevane {i:03d}" for i in range(110)]
    path = tmp_path / "store"
    with OxigraphStore(path) as s:
        s.add_many([Extraction(
            id="t1", url="https://news.example/t1", title="Rivals", published="2024-05-01",
            companies=[Company(n, [n], evidence=said(n)) for n in ("Ostrava Cloud", *rivals)],
            competitors=[Pair("Ostrava Cloud", r, 0.8, said(f"Ostrava Cloud vs {r}."))
                         for r in rivals])])
    out = kg("query", "company", "-p", "company=Ostrava Cloud", store=path)
    assert "more rows: -p 'after=COMPETES_WITH out trevane-049' (or --all)" in out
    page = kg_json("query", "company", "-p", "company=Ostrava Cloud", store=path)
    rest = kg_json("query", "company", "-p", "company=Ostrava Cloud",
                   "-p", "after=COMPETES_WITH out trevane-049", store=path)
    every = kg_json("query", "company", "-p", "company=Ostrava Cloud", "--all", store=path)
    assert len(page) == len(rest) == 50 and len(every) == 111  # + its mention
    assert every[:100] == page + rest
    shown = kg("show", "Ostrava Cloud", store=path)
    assert "first 100 facts shown: --all for every one, or kg query facts " \
           "-p entity=ostrava-cloud --all" in shown
    [full] = kg_json("show", "Ostrava Cloud", "--all", store=path)
    assert not full["more"] and len(full["facts"]) == 111
    res = kg_process("query", "facts", "--store", str(path))
    assert res.returncode != 0 and "needs parameter 'entity'" in res.stderr


def test_analyze(store):
    out = kg_json("analyze", store=store)
    assert "Alibaba Cloud" in {r["company"] for r in out["central"]}
    assert any({"Honda", "Tata Motors"} <= set(c["companies"]) for c in out["communities"])
    foot = {r["company"]: r for r in out["footprints"]}
    assert foot["Alibaba Cloud"]["countries"] >= 5


def test_merges_and_unmerge(tmp_path):
    store = tmp_path / "s"
    kg("ingest", str(EXAMPLES), store=store)
    merges = kg_json("merges", store=store)
    assert merges and all(not m["undone"] for m in merges)
    m = merges[0]
    out = kg_json("unmerge", m["id"], store=store)
    assert out == [{**out[0], "merge": m["id"], "name": m["name"], "into": m["into"]}]
    assert next(x for x in kg_json("merges", store=store) if x["id"] == m["id"])["undone"]


def test_forget_removes_an_articles_own_facts(tmp_path):
    store = tmp_path / "s"
    kg("ingest", str(EXAMPLES), store=store)
    (art,) = kg_json("articles", "--match", "alibaba-cloud-tokyo", store=store)
    (res,) = kg_json("forget", art["record"], store=store)
    assert res["article"] == art["article"] and res["facts_removed"] > 0
    assert kg_json("facilities", "--city", "Tokyo", "--kind", "data_center", store=store) == []
    assert "Alibaba Cloud" not in {r["name"] for r in kg_json("companies", store=store)}
    assert kg_json("articles", "--match", art["article"], store=store) == []
    # Facts other articles still state survive.
    assert "Honda" in {r["name"] for r in kg_json("companies", store=store)}


def test_demo(tmp_path):
    out = json.loads(kg("demo", "--store", str(tmp_path / "d"), "--format", "json"))
    assert out["ingest"][0]["articles"] >= 10
    assert "Alibaba Cloud" in {r["name"] for r in out["companies"]}
    assert "Amazon Web Services" in {r["rival"] for r in out["competitors"]}
    assert any("competes with" in r["evidence"] for r in out["why"])
    assert "why: Alibaba Cloud COMPETES_WITH" in kg("demo", "--store", str(tmp_path / "d"))


def test_errors_are_clear_messages(tmp_path, store):
    proc = kg_process("query", "no-such-query", "--store", str(store))
    assert proc.returncode == 1
    assert "Unknown query 'no-such-query'" in proc.stderr and "companies" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = kg_process("query", "why", "-p", "subject=AWS", "--store", str(store))
    assert proc.returncode == 1 and "needs parameter" in proc.stderr
    proc = kg_process("competitors", "Alibaba Clod", "--store", str(store))
    assert proc.returncode == 1 and "Did you mean: Alibaba Cloud" in proc.stderr
    proc = kg_process("forget", "0000", "--store", str(store))
    assert proc.returncode == 1 and "kg articles" in proc.stderr


def test_ingest_reports_skipped_inputs_with_exit_2(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "note.txt").write_text(
        "Quillion opens an office in Berlin\n\nQuillion Systems said on Monday that it "
        "opened a new office in Berlin, Germany, its second in Europe.", encoding="utf-8")
    proc = kg_process("ingest", str(tmp_path), "--store", str(tmp_path / "s"),
                      "--format", "json")
    assert proc.returncode == 2, proc.stderr
    out = json.loads(proc.stdout)
    assert out["totals"][0]["articles"] == 1 and out["totals"][0]["skipped"] == 1
    assert out["skipped"][0]["source"].endswith("empty.txt")
    assert "skipped:" in proc.stderr
