"""RDF throughput: export, load into the embedded store, push to a SPARQL endpoint,
beside rdflib's in-memory Graph parsing the same file, in the same run.

    python bench/bench_rdf.py --articles 10000
    python bench/bench_rdf.py --articles 100000 --formats nq,nt --rdflib-stream   # long
    python bench/bench_rdf.py --articles 100000 --workdir W --steps remote,parse  # reuse W

Records are synthetic (made up here: 5 companies, a facility, a rivalry and an
event each, drawn from pools so entities recur across articles). Steps, each
timed and printed as quads (triples) per second:

1. ingest the records into an embedded store on disk (kg's normal write path);
2. `export` it to N-Quads and to N-Triples (streaming);
3. `import` the N-Quads file into a fresh embedded store (one transaction, or
   checked then batched above 64 MB);
4. push the records to `oxigraph serve` on loopback through `SparqlStore`
   (SPARQL Update, 128 articles a request);
5. rdflib `Graph().parse()` of the N-Triples file (in memory), and pyoxigraph's
   parser over the same file for scale. With `--rdflib-stream`, rdflib's N-Triples
   parser feeds a counting sink instead of a Graph: the same parser over the same file
   without holding it (at 100,000 articles an in-memory Graph needs more RAM than the
   machine has).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the oxigraph test server helper

from kg.rdf_export import dataset, export_rdf  # noqa: E402
from kg.rdf_import import import_rdf  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402
from loaders.record import City, Company, Event, Evidence, Extraction, Facility, Pair  # noqa: E402

CITIES = [("Dublin", "IE", 2964574), ("Seoul", "KR", 1835848), ("Austin", "US", 4671654),
          ("Osaka", "JP", 1853909), ("Lyon", "FR", 2996944), ("Pune", "IN", 1259229),
          ("Θεσσαλονίκη", "GR", 734077), ("Zürich", "CH", 2657896)]
KINDS = ["data_center", "cloud_region", "fab", "office", "campus"]
EVENTS = ["acquisition", "partnership", "investment", "facility_opening"]


def record(i: int, rng: random.Random, companies: int) -> Extraction:
    names = [f"Company {rng.randrange(companies)} Ltd" for _ in range(5)]
    city, cc, gid = rng.choice(CITIES)
    s = f'Report {i}: {names[0]} said "{rng.choice(KINDS)}" work in {city} goes on.'
    ev = Evidence(s, 0, len(s))
    return Extraction(
        id=f"bench-{i}", url=f"https://news.example/{i}", title=f"{names[0]} in {city}",
        published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
        companies=[Company(n, [n], evidence=ev) for n in names],
        cities=[City(city, cc, gid, evidence=ev)], countries=[cc],
        facilities=[Facility(names[0], rng.choice(KINDS), city, cc, "opened", evidence=ev)],
        competitors=[Pair(names[0], names[1], 0.8, ev)],
        events=[Event(rng.choice(EVENTS), names[:2], city, cc, f"2024-{1 + i % 12:02d}",
                      "$1B", 0.9, ev)])


def rate(n: int, seconds: float) -> str:
    return f"{n:>11,} quads {seconds:8.1f} s {n / seconds:>11,.0f} /s"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip-remote", action="store_true")
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--rdflib-stream", action="store_true",
                    help="rdflib parses into a counting sink, not an in-memory Graph")
    ap.add_argument("--formats", default="nq,nt,ttl,jsonld",
                    help="export formats to time, comma-separated (nq and nt are always made)")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--steps", default="ingest,export,import,remote,parse",
                    help="steps to run, comma-separated; a step left out reuses what an "
                         "earlier run left in --workdir (the store, the export files)")
    args = ap.parse_args(argv)
    steps = set(args.steps.split(","))
    if args.skip_remote:
        steps.discard("remote")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-rdf-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    n = args.articles
    # Records and the store's quad total are only needed by the steps that write records.
    writes = bool(steps & {"ingest", "remote"})
    records = [record(i, rng, max(50, n // 4)) for i in range(n)] if writes else []
    print(f"bench_rdf: {n:,} synthetic articles, work dir {work}")

    t = time.perf_counter()
    store = OxigraphStore(work / "store", kb_lookup=lambda name: None)
    if "ingest" in steps:
        for i in range(0, n, 2000):
            store.add_many(records[i:i + 2000])
    ingest_s = time.perf_counter() - t
    total = store.quad_count() if writes else 0
    if "ingest" in steps:
        print(f"ingest (records -> embedded store)   {rate(total, ingest_s)}")

    formats = ["nq", "nt"] + [f for f in args.formats.split(",") if f not in ("nq", "nt")]
    files = {fmt: work / f"export.{fmt}" for fmt in formats}
    for fmt in formats if "export" in steps else []:
        path = files[fmt]
        t = time.perf_counter()
        with path.open("wb") as f:
            q = export_rdf(dataset(store), fmt, f)
        s = time.perf_counter() - t
        print(f"export {fmt:<7} ({path.stat().st_size / 1e6:7.1f} MB)     {rate(q, s)}")
    store.close()
    if "import" in steps:
        bench_import(work, files)
    if "remote" in steps:
        bench_remote(work, records, total)
    if "parse" in steps:
        bench_parse(files["nt"], args.skip_rdflib, args.rdflib_stream)


def bench_import(work: Path, files: dict[str, Path]) -> None:
    t = time.perf_counter()
    with OxigraphStore(work / "imported", kb_lookup=lambda name: None) as copy:
        res = import_rdf(copy, files["nq"])
    print(f"import nq -> embedded store           {rate(res.quads, time.perf_counter() - t)}")
    t = time.perf_counter()
    with OxigraphStore(work / "imported-nt", kb_lookup=lambda name: None) as copy:
        res_nt = import_rdf(copy, files["nt"])
    print(f"import nt -> embedded store           {rate(res_nt.quads, time.perf_counter() - t)}")



def bench_remote(work: Path, records: list[Extraction], total: int) -> None:
    from oxigraph_server import OxigraphServer

    from kg.store.sparql import SparqlStore

    server = OxigraphServer(work / "server").start()
    try:
        t = time.perf_counter()
        remote = SparqlStore(server.url, kb_lookup=lambda name: None)
        for i in range(0, len(records), 2000):
            remote.add_many(records[i:i + 2000])
        s = time.perf_counter() - t
        remote.close()
        print(f"push records -> oxigraph serve        {rate(total, s)}")
    finally:
        server.stop()


def bench_parse(nt: Path, skip_rdflib: bool, stream: bool) -> None:
    import pyoxigraph as ox

    t = time.perf_counter()
    parsed = sum(1 for _ in ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES))
    print(f"pyoxigraph parse nt (no store)        {rate(parsed, time.perf_counter() - t)}")
    if not skip_rdflib and stream:
        from rdflib.plugins.parsers.ntriples import W3CNTriplesParser

        class Count:
            n = 0

            def triple(self, s: object, p: object, o: object) -> None:
                self.n += 1

        sink = Count()
        t = time.perf_counter()
        with nt.open("rb") as fh:
            W3CNTriplesParser(sink).parse(fh)
        print(f"rdflib N-Triples parser (no Graph)    {rate(sink.n, time.perf_counter() - t)}")
    elif not skip_rdflib:
        from rdflib import Graph

        gc.collect()
        t = time.perf_counter()
        g = Graph().parse(nt, format="nt")
        s = time.perf_counter() - t
        print(f"rdflib Graph().parse nt (in memory)   {rate(parsed, s)}"
              f"  -> {len(g):,} distinct triples")


if __name__ == "__main__":
    main()
