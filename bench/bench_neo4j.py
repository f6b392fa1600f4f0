"""Relationships written per second into Neo4j: batched UNWIND/MERGE vs one MERGE per fact.

    python bench/bench_neo4j.py [--articles 10000] [--naive-articles 1000]

Uses $NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD) when set, else starts a
throw-away server from tools/neo4j tuned for throughput, unlike the test server: full
JIT (C2), the parallel collector and a 2 GB heap, so a 1000-article transaction does
not wait on GC.
The records are synthetic Extraction records made here (so the figure is the
store's, not the extractor's): companies, cities, facilities, rivalries and deals
drawn from small pools, so facts repeat across articles as in real news. The naive
path runs one auto-commit MERGE statement per fact on the first --naive-articles
articles; both rates are relationships written per second of wall time.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "tools"))

from kg.graph import build_article_graph  # noqa: E402
from kg.identity import Resolver  # noqa: E402
from loaders.record import (  # noqa: E402
    City,
    Company,
    Event,
    Evidence,
    Extraction,
    Facility,
    Pair,
)

CITIES = [("Dublin", "IE", 2964574), ("Paris", "FR", 2988507), ("Tokyo", "JP", 1850147),
          ("Austin", "US", 4671654), ("Seoul", "KR", 1835848), ("Berlin", "DE", 2950159),
          ("Toronto", "CA", 6167865), ("Madrid", "ES", 3117735)]
KINDS = ["data_center", "fab", "factory", "office", "cloud_region"]


def records(n: int, seed: int = 7) -> list[Extraction]:
    rnd = random.Random(seed)
    names = [f"Firm {i:04d} Systems" for i in range(n // 5 + 10)]
    out = []
    for i in range(n):
        a, b, c = rnd.sample(names, 3)
        city, cc, gid = rnd.choice(CITIES)
        s = f"{a} will open a site in {city}; it competes with {b}."
        ev = Evidence(s, 0, len(s))
        out.append(Extraction(
            id=f"bench-{i}", url=f"https://bench.example/{i}", title=f"{a} in {city}",
            published=f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            companies=[Company(x, [x], evidence=ev) for x in (a, b, c)],
            cities=[City(city, cc, gid, evidence=ev)], countries=[cc],
            facilities=[Facility(a, rnd.choice(KINDS), city, cc, "announced", evidence=ev)],
            competitors=[Pair(a, b, 0.8, ev)], subsidiaries=[Pair(c, a, 0.7, ev)],
            events=[Event("acquisition", [a, c], None, cc, "2024-05-01", "$1B", 0.9, ev)]))
    return out


NAIVE = ("MERGE (s:{sk} {{id: $s}}) MERGE (o:{dk} {{id: $o}}) "
         "MERGE (s)-[r:{t}]->(o) ON CREATE SET r.sources = [$a] "
         "ON MATCH SET r.sources = CASE WHEN $a IN r.sources THEN r.sources "
         "ELSE r.sources + $a END")


def naive(driver: object, database: str | None, xs: list[Extraction]) -> tuple[int, float]:
    """One auto-commit MERGE per fact; returns (relationships, seconds)."""
    resolver = Resolver(kb_lookup=lambda name: None)
    n, started = 0, time.perf_counter()
    with driver.session(database=database) as s:  # type: ignore[attr-defined]
        for x in xs:
            ag = build_article_graph(x, resolver)
            for e in ag.edges.values():
                s.run(NAIVE.format(sk=e.src[0], dk=e.dst[0], t=e.type),
                      s=e.src[1], o=e.dst[1], a=ag.article.id).consume()
                n += 1
    return n, time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--naive-articles", type=int, default=1_000)
    args = ap.parse_args()
    server = None
    if not os.environ.get("NEO4J_URI"):
        from neo4j_server import JVM_FLAGS, Neo4jServer

        dropped = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms512m", "-Xmx1g")
        flags = [f for f in JVM_FLAGS if f not in dropped]
        flags += ["-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"]
        server = Neo4jServer(jvm_flags=flags).start()
        os.environ["NEO4J_URI"] = server.uri
    from kg.store.neo4j import Neo4jStore

    try:
        xs = records(args.articles)
        store = Neo4jStore(kb_lookup=lambda name: None)
        store.wipe()
        started = time.perf_counter()
        results = store.add_many(xs)
        batched_s = time.perf_counter() - started
        rels = store.stats()["relationships"]
        facts = sum(r.facts for r in results)
        store.wipe()
        n_naive, naive_s = naive(store._driver, store.settings.database, xs[:args.naive_articles])
        store.wipe()
        store.close()
    finally:
        if server is not None:
            server.stop()
    b_rate, n_rate = facts / batched_s, n_naive / naive_s
    print(f"articles: {args.articles}  facts asserted: {facts}  distinct relationships: {rels}")
    print(f"batched UNWIND/MERGE ({Neo4jStore.batch_articles} articles per transaction): "
          f"{facts} facts in {batched_s:.1f} s = {b_rate:,.0f} relationships/s")
    print(f"one MERGE per fact (auto-commit, first {args.naive_articles} articles): "
          f"{n_naive} facts in {naive_s:.1f} s = {n_rate:,.0f} relationships/s")
    print(f"ratio: {b_rate / n_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
