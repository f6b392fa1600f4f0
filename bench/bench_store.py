"""Benchmark the embedded Oxigraph store alone: ingest rate, RSS, named-query latency.

    python bench/bench_store.py --articles 10000              # records cached in /tmp
    python bench/bench_store.py --articles 100000 --runs 20 > bench-store-100k.txt

Steps:
1. records: the synthetic corpus of `bench/gen_corpus.py` (same seed, same bytes) is
   read and extracted with `--workers` processes once, and the extraction records are
   cached as JSON Lines (`--records`, default /tmp/techkg-records-<N>-s<seed>.jsonl), so
   reruns measure the store and nothing else. The first run prints the rate of this
   read + extract step; `bench/bench_kg.py` measures read + extract + store together.
2. store ingest: a fresh store at `--store` (default: a temp dir) gets the records in
   `store.add_many` batches of `--batch`; the time in `add_many` is the store-only rate,
   the wall time (incl. JSON parsing) the records-to-store rate. RSS of this process is
   sampled every N/10 articles, so a leak shows as a rising column.
3. queries: every named query, parameters picked from the records (the company with most
   facility reports, its city, country and kind, its main rival), `--runs` times after one
   warm-up run, in a freshly opened store: median and p95 in ms.

Targets (issue): store ingest well above 500 articles/s so that extraction, not the store,
bounds end-to-end ingest; RSS flat; every named query under 50 ms median at 100,000.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_corpus  # noqa: E402  (sibling script, not a package)
from bench_kg import bench_queries, param_values, pick_params  # noqa: E402

from kg.store.oxigraph import OxigraphStore  # noqa: E402
from loaders.record import Extraction  # noqa: E402

TARGET_QUERY_MS = 50.0


def rss_mb() -> float:
    """Resident set size of this process now, in MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def make_records(n: int, seed: int, workers: int, out: Path) -> None:
    """Generate the corpus, extract it and write one extraction record per line to `out`."""
    from loaders.batch import extract_many
    from loaders.formats import ReadProblem
    from loaders.readers import iter_articles

    corpus = out.with_suffix(".corpus.jsonl")
    gen_corpus.main(["--articles", str(n), "--seed", str(seed), "--out", str(corpus)])
    t = time.perf_counter()
    tmp = out.with_suffix(".part")
    k = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for x in extract_many(iter_articles([corpus]), workers=workers):
            if isinstance(x, ReadProblem):
                raise SystemExit(f"bench: unreadable corpus record: {x}")
            fh.write(json.dumps(x.to_dict(), ensure_ascii=False) + "\n")
            k += 1
            if k % 5000 == 0:
                print(f"           ... extracted {k}", file=sys.stderr, flush=True)
    tmp.rename(out)
    corpus.unlink()
    dt = time.perf_counter() - t
    print(f"extract    {k} articles read + extracted in {dt:.1f}s = {k / dt:.0f} articles/s "
          f"({workers} workers)")


def read_records(path: Path) -> Iterator[Extraction]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield Extraction.from_dict(json.loads(line))


def tally_params(path: Path) -> dict[str, str]:
    """Realistic parameters: the company with most facility reports, its place, its rival."""
    tally: dict[str, Any] = {}
    for _ in pick_params(read_records(path), tally):
        pass
    return param_values(tally)


def ingest(records: Path, store_path: Path, n: int, batch: int,
           commit: int | None = None) -> dict[str, Any]:
    every = max(1, n // 10)
    samples: list[tuple[int, float]] = []
    done, store_s, store_cpu = 0, 0.0, 0.0
    t0 = time.perf_counter()
    with OxigraphStore(store_path) as store:
        if commit:
            store.batch_articles = commit
        it = read_records(records)
        while chunk := list(itertools.islice(it, batch)):
            t, c = time.perf_counter(), time.process_time()
            store.add_many(chunk)
            store_s += time.perf_counter() - t
            store_cpu += time.process_time() - c  # all threads, RocksDB's included
            before, done = done, done + len(chunk)
            if done // every != before // every:
                samples.append((done, rss_mb()))
                print(f"           ... {done} articles, {time.perf_counter() - t0:.0f}s, "
                      f"rss {samples[-1][1]:.0f} MB", file=sys.stderr, flush=True)
        stats = store.stats()
    return {"n": done, "seconds": time.perf_counter() - t0, "store_seconds": store_s,
            "store_cpu": store_cpu, "samples": samples, "stats": stats}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the embedded store alone.")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2, help="extraction processes (first run)")
    ap.add_argument("--batch", type=int, default=256, help="articles per add_many call")
    ap.add_argument("--commit", type=int,
                    help="articles per write batch inside add_many (store.batch_articles; "
                         "default: the store's)")
    ap.add_argument("--runs", type=int, default=30, help="timed runs per named query")
    ap.add_argument("--query-timeout", type=float, default=60.0,
                    help="seconds before a named query's runs are abandoned (default 60)")
    ap.add_argument("--records", type=Path, help="extraction records cache (JSON Lines)")
    ap.add_argument("--store", type=Path, help="store directory (default: temp, removed)")
    ap.add_argument("--extract-only", action="store_true", help="only build the records cache")
    args = ap.parse_args(argv)
    n = args.articles
    records = args.records or Path(tempfile.gettempdir()) / f"techkg-records-{n}-s{args.seed}.jsonl"
    if not records.exists():
        make_records(n, args.seed, args.workers, records)
    if args.extract_only:
        return 0
    store_path = args.store or Path(tempfile.mkdtemp(prefix="techkg-bench-store-"))
    if store_path.exists():
        shutil.rmtree(store_path)
    try:
        ing = ingest(records, store_path, n, args.batch, args.commit)
        print(f"ingest     {ing['n']} records in {ing['seconds']:.1f}s = "
              f"{ing['n'] / ing['seconds']:.0f} articles/s (records file to store); "
              f"store.add_many alone {ing['store_seconds']:.1f}s = "
              f"{ing['n'] / ing['store_seconds']:.0f} articles/s (batch {args.batch}, "
              f"commit {args.commit or OxigraphStore.batch_articles}); "
              f"CPU time in add_many {ing['store_cpu']:.1f}s = "
              f"{ing['n'] / ing['store_cpu']:.0f} articles per CPU-second")
        print("rss        articles  MB")
        for k, mb in ing["samples"]:
            print(f"           {k:>8}  {mb:5.0f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak rss   {peak:.0f} MB (getrusage maxrss, whole run)")
        size = sum(p.stat().st_size for p in store_path.rglob("*") if p.is_file()) / 1e6
        print(f"store      {size:.0f} MB on disk; "
              + ", ".join(f"{k}={v}" for k, v in ing["stats"].items() if v))
        values = tally_params(records)
        results = bench_queries(store_path, values, args.runs, args.query_timeout)
        print("\nqueries    (each in a fresh process on the stored graph; params from the records)")
        print(f"{'query':<12} {'median ms':>10} {'p95 ms':>9} {'runs':>5} {'rows':>7}  params")
        slow = []
        for r in results:
            if "skipped" in r:
                slow.append(f"{r['name']} ({r['skipped']})")
                print(f"{r['name']:<12} {'-':>10} {'-':>9} {'-':>5} {'-':>7}  {r['params']} "
                      f"{r['skipped']}")
                continue
            flag = " *" if r["median"] > TARGET_QUERY_MS else ""
            if flag:
                slow.append(f"{r['name']} {r['median']:.0f} ms")
            print(f"{r['name']:<12} {r['median']:>10.1f} {r['p95']:>9.1f} {r['runs']:>5} "
                  f"{r['rows']:>7}  {r['params']}{flag}")
        print(f"\nsummary    n={ing['n']} store-only={ing['n'] / ing['store_seconds']:.0f}/s, "
              f"peak rss {peak:.0f} MB, queries over {TARGET_QUERY_MS:.0f} ms median: "
              f"{', '.join(slow) or 'none'}")
    finally:
        if args.store is None:
            shutil.rmtree(store_path, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
