"""Measure store ingest rate and one query's latency; compare with rdflib in memory.

Run: python bench/store_ingest.py [N_ARTICLES]. Records are synthetic (made up
here, ~5 companies, 2 facilities, a rivalry and an event each), shaped like
real extractor output.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from kg.graph import build_article_graph
from kg.identity import Resolver
from kg.rdf import article_quads
from kg.store.oxigraph import OxigraphStore
from loaders.record import City, Company, Event, Evidence, Extraction, Facility, Pair

KINDS = ["data_center", "cloud_region", "fab", "office", "campus"]
CITIES = [("Dublin", "IE", 2964574), ("Seoul", "KR", 1835848), ("Austin", "US", 4671654),
          ("Osaka", "JP", 1853909), ("Lyon", "FR", 2996944), ("Pune", "IN", 1259229)]


def record(i: int, rng: random.Random) -> Extraction:
    names = [f"Company {rng.randrange(400)} Inc." for _ in range(5)]
    city, cc, gid = rng.choice(CITIES)
    s = Evidence(f"Sentence number {i} says something about {names[0]} in {city}.", 0, 60)
    return Extraction(
        id=f"bench-{i}", url=f"https://bench.example/{i}", title=f"Bench article {i}",
        published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
        companies=[Company(n, [n], evidence=s) for n in names],
        cities=[City(city, cc, gid, evidence=s)], countries=[cc],
        facilities=[Facility(names[k], rng.choice(KINDS), city, cc, "announced", evidence=s)
                    for k in range(2)],
        competitors=[Pair(names[0], names[1], 0.8, s)],
        events=[Event("investment", names[:2], city, cc, f"2024-{1 + i % 12:02d}", "$1B", 0.9, s)],
    )


def bench_oxigraph(records: list[Extraction], path: Path) -> tuple[float, float, int]:
    with OxigraphStore(path, kb_lookup=lambda n: None) as store:
        t = time.perf_counter()
        store.add_many(records)
        ingest = time.perf_counter() - t
        t = time.perf_counter()
        rows = store.query("facilities", {"company": "Company 7", "country": "IE"})
        q = time.perf_counter() - t
        return ingest, q, len(rows)


def bench_rdflib(records: list[Extraction]) -> tuple[float, float, int]:
    import rdflib

    ds = rdflib.Dataset()
    resolver = Resolver(kb_lookup=lambda n: None)
    t = time.perf_counter()
    for x in records:
        for q in article_quads(build_article_graph(x, resolver)):
            g = ds.graph(rdflib.URIRef(q.graph_name.value))
            o = q.object
            obj = rdflib.Literal(o.value, datatype=o.datatype.value) if hasattr(o, "datatype") \
                else rdflib.URIRef(o.value)
            g.add((rdflib.URIRef(q.subject.value), rdflib.URIRef(q.predicate.value), obj))
    ingest = time.perf_counter() - t
    text = (Path(__file__).resolve().parent.parent / "queries/sparql/facilities.rq").read_text()
    t = time.perf_counter()
    params = {"company": "company-7", "country": "IE", "city": "", "kind": "", "status": ""}
    binds = {k: rdflib.Literal(v) for k, v in params.items()}
    ds.default_union = True
    rows = list(ds.query(text, initBindings=binds))
    q = time.perf_counter() - t
    return ingest, q, len(rows)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    rng = random.Random(7)
    records = [record(i, rng) for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        ingest, q, rows = bench_oxigraph(records, Path(tmp) / "store")
    print(f"oxigraph: {n} articles in {ingest:.2f}s = {n / ingest:.0f} articles/s; "
          f"facilities query {q * 1000:.1f} ms ({rows} rows)")
    m = min(n, 2000)
    ingest, q, rows = bench_rdflib(records[:m])
    print(f"rdflib (memory): {m} articles in {ingest:.2f}s = {m / ingest:.0f} articles/s; "
          f"facilities query {q * 1000:.1f} ms ({rows} rows)")


if __name__ == "__main__":
    main()
