"""Benchmark techkg end to end on a synthetic corpus: extract, ingest, store size, queries.

    python bench/bench_kg.py                       # 10,000 articles, 2 workers
    python bench/bench_kg.py --articles 100000 --workers 2 > bench-100k.txt

Steps, each timed separately:
1. write the corpus with `bench/gen_corpus.py` (or read `--corpus FILE.jsonl`);
2. extraction only (`loaders.batch.extract_many`) over the first `--extract-sample`
   articles;
3. end to end: read the JSON Lines file, extract with `--workers` processes and
   ingest into a fresh embedded Oxigraph store (`open_store`), sampling RSS of
   this process and of the workers every `--rss-every` articles;
4. store size on disk;
5. every named query (`kg.queries.list_queries`), with parameters picked from the
   extracted records (the company with most facility reports, its city, kind and
   main rival), `--runs` times in a child process that is killed after
   `--query-timeout` seconds: median and p95 latency.

Targets (issue): ingest >= 500 articles/s end to end on 2 cores; RSS flat at
100,000 articles; every named query under 50 ms median at 100,000 articles.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_corpus  # noqa: E402  (sibling script, not a package)

from kg.queries import list_queries  # noqa: E402
from kg.store import open_store  # noqa: E402
from loaders.batch import extract_many  # noqa: E402
from loaders.formats import ReadProblem  # noqa: E402
from loaders.readers import iter_articles  # noqa: E402
from loaders.record import Extraction  # noqa: E402

TARGET_INGEST = 500.0  # articles/s end to end
TARGET_QUERY_MS = 50.0  # median, per named query


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size of a process now, in MB (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children_rss_mb() -> float:
    """Summed RSS of this process's live child processes (the extraction workers)."""
    total = 0.0
    for task in Path("/proc/self/task").iterdir():
        try:
            kids = (task / "children").read_text().split()
        except OSError:
            continue
        total += sum(rss_mb(k) for k in kids)
    return total


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def only_articles(items: Iterator[Any]) -> Iterator[Extraction]:
    for x in items:
        if isinstance(x, ReadProblem):
            raise SystemExit(f"bench: the corpus has an unreadable record: {x}")
        yield x


def bench_extract(corpus: Path, sample: int, workers: int) -> tuple[int, float]:
    items = itertools.islice(iter_articles([corpus]), sample)
    t = time.perf_counter()
    n = sum(1 for _ in only_articles(extract_many(items, workers=workers)))
    return n, time.perf_counter() - t


def bench_ingest(corpus: Path, store_path: Path, workers: int, batch: int,
                 every: int, tally: dict[str, Any]) -> dict[str, Any]:
    """Read, extract and store every article; time the whole and the store part alone."""
    samples: list[tuple[int, float, float]] = []
    n, store_s = 0, 0.0
    t0 = time.perf_counter()
    store = open_store(f"oxigraph:{store_path}")
    extractions = pick_params(
        only_articles(extract_many(iter_articles([corpus]), workers=workers)), tally)
    while True:
        chunk = list(itertools.islice(extractions, batch))
        if not chunk:
            break
        t = time.perf_counter()
        if batch == 1:
            store.add(chunk[0])
        else:
            store.add_many(chunk)
        store_s += time.perf_counter() - t
        before, n = n, n + len(chunk)
        if n // every != before // every or n == len(chunk):
            samples.append((n, rss_mb(), children_rss_mb()))
            print(f"           ... {n} articles, {time.perf_counter() - t0:.0f}s, "
                  f"rss {samples[-1][1]:.0f} MB", file=sys.stderr, flush=True)
    total = time.perf_counter() - t0
    samples.append((n, rss_mb(), 0.0))
    stats = store.stats()
    store.close()
    return {"n": n, "seconds": total, "store_seconds": store_s, "samples": samples,
            "stats": stats}


def pick_params(x_iter: Iterator[Extraction], tally: dict[str, Any]) -> Iterator[Extraction]:
    """Pass records through, counting companies, facilities and rivals for query params."""
    from collections import Counter

    firms: Counter[str] = tally.setdefault("firms", Counter())
    places: Counter[tuple[str, str | None, str | None, str]] = tally.setdefault("places",
                                                                                Counter())
    rivals: Counter[tuple[str, str]] = tally.setdefault("rivals", Counter())
    for x in x_iter:
        tally.setdefault("article", x.id)  # the first record: `article` looks it up by id
        firms.update({f.operator for f in x.facilities})
        places.update((f.operator, f.city, f.country, f.kind) for f in x.facilities)
        rivals.update((p.a, p.b) for p in x.competitors)
        yield x


def param_values(tally: dict[str, Any]) -> dict[str, str]:
    """Realistic parameter values: the company with most facility reports, its facility, rival."""
    firm = tally["firms"].most_common(1)[0][0] if tally.get("firms") else ""
    place = next((k for k, _ in tally["places"].most_common() if k[0] == firm and k[1]),
                 (firm, "", "", ""))
    rival = next((b if a == firm else a for (a, b), _ in tally["rivals"].most_common()
                  if firm in (a, b)), "")
    return {"company": firm, "match": firm[:4].lower(), "since": "2024-01-01",
            "entity": firm, "name": firm, "city": place[1] or "", "country": place[2] or "",
            "kind": place[3], "subject": firm, "relation": "COMPETES_WITH", "object": rival,
            "id": tally.get("article", "")}


def _time_query(store_path: Path, name: str, params: dict[str, str], runs: int,
                conn: Any) -> None:
    """Child process: open the store, run one named query `runs` times, send timings back."""
    store = open_store(f"oxigraph:{store_path}")
    times, rows = [], 0
    for i in range(runs):
        t = time.perf_counter()
        rows = len(store.query(name, params))
        times.append((time.perf_counter() - t) * 1000)
        conn.send((list(times), rows))
        if i == 0 and times[0] > 2000:  # a very slow query: a few runs tell enough
            runs = min(runs, 3)
    store.close()
    conn.send(None)


def bench_queries(store_path: Path, values: dict[str, str], runs: int,
                  timeout: float) -> list[dict[str, Any]]:
    """Median and p95 latency per named query; each runs in a child killed after `timeout` s.

    The child opens the store itself, so a query that never finishes cannot hang
    the benchmark: its row says how long it ran without finishing.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    out = []
    for q in list_queries():
        params = {p["name"]: values[p["name"]] for p in q["params"]
                  if values.get(p["name"])
                  and (p["required"] or p["name"] in ("company", "entity"))}
        missing = [p["name"] for p in q["params"] if p["required"] and p["name"] not in params]
        row: dict[str, Any] = {"name": q["name"], "params": params}
        if missing:
            out.append(row | {"skipped": f"no value for {missing}"})
            continue
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_time_query, args=(store_path, q["name"], params, runs, child))
        proc.start()
        child.close()
        last: tuple[list[float], int] | None = None
        deadline = time.monotonic() + timeout
        done = False
        while time.monotonic() < deadline:
            if parent.poll(max(0.0, min(1.0, deadline - time.monotonic()))):
                try:
                    msg = parent.recv()
                except EOFError:
                    break
                if msg is None:
                    done = True
                    break
                last = msg
        if proc.is_alive():
            proc.kill()
        proc.join()
        if last is None:
            out.append(row | {"skipped": f"no result within {timeout:.0f} s"})
            continue
        times, rows = sorted(last[0]), last[1]
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        out.append(row | {"rows": rows, "runs": len(times), "median": statistics.median(times),
                          "p95": p95, "partial": not done})
        print(f"           {q['name']}: {statistics.median(times):.1f} ms", file=sys.stderr,
              flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark extract, ingest and named queries.")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2, help="extraction processes (0: one per core)")
    ap.add_argument("--batch", type=int, default=256, help="articles per store.add_many call")
    ap.add_argument("--extract-sample", type=int, default=2000,
                    help="articles for the extraction-only rate (default 2000)")
    ap.add_argument("--rss-every", type=int, default=0, help="RSS sample period (default N/10)")
    ap.add_argument("--runs", type=int, default=30, help="runs per named query")
    ap.add_argument("--query-timeout", type=float, default=60.0,
                    help="seconds before a named query's runs are abandoned (default 60)")
    ap.add_argument("--corpus", type=Path, help="use this JSON Lines corpus instead of generating")
    ap.add_argument("--workdir", type=Path, help="where corpus and store go (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the workdir afterwards")
    args = ap.parse_args(argv)
    n = args.articles
    work = args.workdir or Path(tempfile.mkdtemp(prefix="techkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    store_path = work / "store"
    if store_path.exists():
        shutil.rmtree(store_path)
    say = print
    try:
        corpus = args.corpus
        if corpus is None:
            corpus = work / f"corpus-{n}-s{args.seed}.jsonl"
            t = time.perf_counter()
            gen_corpus.main(["--articles", str(n), "--seed", str(args.seed), "--out", str(corpus)])
            dt = time.perf_counter() - t
            say(f"corpus     {n} articles, {corpus.stat().st_size / 1e6:.0f} MB, "
                f"written in {dt:.1f}s ({n / dt:.0f} articles/s)")
        sample = min(args.extract_sample, n)
        en, es = bench_extract(corpus, sample, args.workers)
        say(f"extract    {en} articles in {es:.1f}s = {en / es:.0f} articles/s "
            f"({args.workers} workers, incl. pool start)")
        every = args.rss_every or max(1, n // 10)
        tally: dict[str, Any] = {}
        ing = bench_ingest(corpus, store_path, args.workers, args.batch, every, tally)
        rate = ing["n"] / ing["seconds"]
        store_rate = ing["n"] / ing["store_seconds"]
        say(f"ingest     {ing['n']} articles in {ing['seconds']:.1f}s = {rate:.0f} articles/s "
            f"end to end; store.add_many alone {ing['store_seconds']:.1f}s = "
            f"{store_rate:.0f} articles/s")
        say("rss        articles  main MB  workers MB")
        for k, main_mb, kids in ing["samples"]:
            say(f"           {k:>8}  {main_mb:7.0f}  {kids:10.0f}")
        say("stats      " + ", ".join(f"{k}={v}" for k, v in ing["stats"].items() if v))
        say(f"rss child  peak of finished workers "
            f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
        values = param_values(tally)
        results = bench_queries(store_path, values, args.runs, args.query_timeout)
        size = dir_size_mb(store_path)
        self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        say(f"peak rss   main process {self_peak:.0f} MB (getrusage maxrss)")
        say(f"store      {size:.0f} MB on disk ({size * 1e3 / max(1, ing['n']):.1f} KB/article)")
        say(f"\nqueries    ({args.runs} runs each; params from the data)")
        say(f"{'query':<12} {'median ms':>10} {'p95 ms':>9} {'rows':>7}  params")
        slow = []
        for r in results:
            if "skipped" in r:
                say(f"{r['name']:<12} {'-':>10} {'-':>9} {'-':>7}  {r['params']} "
                    f"SKIPPED: {r['skipped']}")
                slow.append(f"{r['name']} (no result)")
                continue
            flag = " *" if r["median"] > TARGET_QUERY_MS else ""
            flag += " (timed out after these runs)" if r["partial"] else ""
            if flag:
                slow.append(f"{r['name']} {r['median']:.0f} ms")
            say(f"{r['name']:<12} {r['median']:>10.1f} {r['p95']:>9.1f} {r['rows']:>7}  "
                f"{r['params']}{flag}")
        rss = [m for _, m, _ in ing["samples"]]
        half = rss[len(rss) // 2:] or rss
        growth = (max(half) - min(half)) if half else 0.0
        say(f"load avg   {' '.join(f'{x:.1f}' for x in os.getloadavg())} on "
            f"{os.cpu_count()} cores (other work on the machine slows every figure)")
        say(f"\nsummary    n={ing['n']} ingest={rate:.0f}/s (target {TARGET_INGEST:.0f}: "
            f"{'met' if rate >= TARGET_INGEST else 'NOT met'}), extract={en / es:.0f}/s, "
            f"rss second half {min(half):.0f}-{max(half):.0f} MB (+{growth:.0f}), "
            f"store={size:.0f} MB, queries over {TARGET_QUERY_MS:.0f} ms median: "
            f"{', '.join(slow) or 'none'}")
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
