"""Extraction throughput: articles per second, in-process and through `extract_many`.

    python bench/bench_extract.py                 # 3000 synthetic articles of 2-4 KB
    python bench/bench_extract.py --articles 500 --size 1000-2000
    python bench/bench_extract.py --baseline 41b0c17   # also: that commit's extractor, side by side
    python bench/bench_extract.py --mypyc              # also: this tree compiled with mypyc

Synthetic articles are built from templates below (invented wording, names
varied from lists so no two are alike). Every figure is measured after a
warm-up, so the one-off gazetteer build (~1-2 s) is not counted. The dev
corpus, if present, is only read.

`--baseline REV` compares with the `loaders/` of git revision REV: both extract the
same synthetic articles in fresh processes, taking turns, and the best CPU time of
each is reported, so other load on the machine affects both alike. `--against DIR`
does the same with the `loaders/` found in DIR (a build of it, say), and `--mypyc`
with this tree's rule modules compiled by mypyc in a temporary folder.

Every report says which code ran: pure Python, or which `loaders` modules were
compiled extensions (a mypyc build on PYTHONPATH).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import loaders
from loaders.batch import extract_many
from loaders.extract import extract
from loaders.gazetteer import default_gazetteer
from loaders.readers import iter_articles
from loaders.record import Article, Extraction

DEV_CORPUS = Path("/work/shared/corpus/dev/articles.jsonl")

COMPANIES = ["Intel", "Microsoft", "Google", "Amazon", "Nvidia", "Samsung", "TSMC", "Apple",
             "Meta", "Oracle", "IBM", "AMD", "Micron", "Qualcomm", "Cisco", "Dell",
             "Equinix", "Digital Realty", "Alibaba", "Tencent", "SAP", "Ericsson", "Nokia"]
CITIES = [("Phoenix", "Arizona"), ("Dublin", "Ireland"), ("Frankfurt", "Germany"),
          ("Osaka", "Japan"), ("Austin", "Texas"), ("Columbus", "Ohio"),
          ("Singapore", "Singapore"), ("Madrid", "Spain"), ("Hyderabad", "India"),
          ("Warsaw", "Poland"), ("Sao Paulo", "Brazil"), ("Melbourne", "Australia"),
          ("Dresden", "Germany"), ("Boise", "Idaho"), ("Querétaro", "Mexico")]
FACILITIES = ["data center", "chip plant", "fab", "cloud region", "research center",
              "campus", "assembly factory", "regional headquarters", "engineering office"]
VERBS = ["opened", "announced", "broke ground on", "completed", "unveiled plans for",
         "said it would build", "expanded"]
AMOUNTS = ["$1.2 billion", "$650 million", "€2 billion", "$4.5bn", "£300 million", "$80m"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

LEADS = [
    "{co} {verb} a {fac} in {city}, {region}, on {day}, a project worth {amount}.",
    "On {day}, {co} {verb} a new {fac} outside {city}, {region}, for about {amount}.",
    "{co} has {verb} its {ordinal} {fac} in {city}, {region}, the company said on {day}.",
]
MIDDLES = [
    "The site will employ roughly {n} people once it is running, local officials said.",
    "The move puts {co} in closer competition with {rival}, which runs a similar site "
    "near {city2}.",
    "{rival} and {co} have both been adding capacity as demand for computing keeps rising.",
    "Analysts said the {fac} would help {co} keep pace with rivals such as {rival} and "
    "{rival2}.",
    "Construction is expected to take {years} years, with the first phase finished by {year}.",
    "The {fac} will draw up to {mw} MW of power, and the utility has agreed to add supply.",
    "{co} said it had also signed a partnership with {rival2} to share cooling technology.",
    "Earlier this year {rival} opened an office in {city2}, {region2}.",
    "A spokesperson for {co} declined to say how many more sites are planned in {region}.",
    "The investment follows a weak quarter for {rival}, whose shares fell after the news.",
]
CLOSE = [
    "Neither company replied to a request for further comment.",
    "The regional government said permits were granted earlier in the month.",
    "Shares of {co} were little changed in early trading.",
]
ORDINALS = ["first", "second", "third", "fourth", "fifth"]


def synthetic_article(i: int, rng: random.Random, lo: int, hi: int) -> Article:
    """An invented news article of `lo`..`hi` bytes naming companies, cities and facilities."""
    target = rng.randint(lo, hi)
    co, rival, rival2 = rng.sample(COMPANIES, 3)
    (city, region), (city2, region2) = rng.sample(CITIES, 2)
    fac = rng.choice(FACILITIES)

    def fill(t: str) -> str:
        return t.format(co=co, rival=rival, rival2=rival2, city=city, region=region,
                        city2=city2, region2=region2, fac=fac, verb=rng.choice(VERBS),
                        amount=rng.choice(AMOUNTS), day=rng.choice(WEEKDAYS),
                        ordinal=rng.choice(ORDINALS), n=rng.randrange(200, 3000, 50),
                        years=rng.randint(2, 5), year=rng.randint(2025, 2030),
                        mw=rng.randrange(50, 500, 10))

    paras = [fill(rng.choice(LEADS))]
    size = len(paras[0])
    while size < target:
        sents = " ".join(fill(rng.choice(MIDDLES)) for _ in range(rng.randint(2, 4)))
        paras.append(sents)
        size += len(sents) + 2
    paras.append(fill(rng.choice(CLOSE)))
    title = f"{co} bets on {city} with new {fac}"
    return Article(id=f"syn-{i}", text="\n\n".join(paras), title=title,
                   published=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")


def _timed(run: Callable[[], int]) -> tuple[int, float]:
    t = time.perf_counter()
    n = run()
    return n, time.perf_counter() - t


def _count(results: Iterable[object]) -> int:
    return sum(1 for _ in results)


def _json_line(res: Extraction) -> str:
    """What `kg extract` writes for a record (made in the worker, as there)."""
    return json.dumps(res.to_dict(), ensure_ascii=False)


@contextlib.contextmanager
def _cpu_split(lines: list[str], n: int) -> Iterator[None]:
    """Add to the last of `lines` the CPU time per article this process and its finished
    worker processes spent in the block: on a busy machine wall time says little, and
    the parent's share is what limits the gain from more workers."""
    parent = time.process_time()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    yield
    parent = time.process_time() - parent
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = (now.ru_utime + now.ru_stime) - (kids.ru_utime + kids.ru_stime)
    lines[-1] += f"  CPU ms/art: parent {1000 * parent / n:.3f}, workers {1000 * workers / n:.3f}"


def _row(name: str, n: int, seconds: float, base: float | None = None) -> str:
    rate = n / seconds if seconds else 0.0
    ratio = f"{rate / base:5.2f}x" if base else "     "
    return f"{name:<34} {n:>6} {seconds:>8.2f} {rate:>10.1f} {1000 * seconds / n:>8.2f} {ratio}"


# The modules `--mypyc` compiles: those on the path of `extract()`, but `record` and
# `geo`. Compiled, `__reduce__ = _reduce` in a record class body becomes a dataclass
# field (`to_dict` and pickling break), and a compiled `Place` cannot read the city cache
# that pure Python pickled, nor the other way round. Both cost little in Python.
_NOT_COMPILED = {"__init__", "record", "geo", "batch", "readers", "formats"}


def implementation() -> str:
    """Which code `loaders` runs here: pure Python, or which modules are compiled."""
    compiled = sorted(name.split(".", 1)[1] for name, mod in list(sys.modules.items())
                      if name.startswith("loaders.")
                      and str(getattr(mod, "__file__", "")).endswith((".so", ".pyd")))
    if not compiled:
        return "pure Python"
    return f"compiled: {len(compiled)} modules ({', '.join(compiled)})"


def _cpu_ms_per_article(arts: list[Article]) -> float:
    """In-process CPU time per article, one pass after a warm-up (as in the table)."""
    gz = default_gazetteer()
    for a in arts[:50]:
        extract(a, gz)
    t = time.process_time()
    for a in arts:
        extract(a, gz)
    return 1000 * (time.process_time() - t) / len(arts)


def _measure_in(pythonpath: Path | None, args: argparse.Namespace) -> tuple[float, str]:
    """`_cpu_ms_per_article` in a fresh process importing `loaders` from `pythonpath`,
    and `implementation()` there."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")])
    cmd = [sys.executable, __file__, "--cpu-only", "--articles", str(args.articles),
           "--size", args.size, "--seed", str(args.seed)]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    impl, ms = out.strip().splitlines()[-1].split("\t")
    return float(ms), impl


ROOT = Path(__file__).resolve().parent.parent


def _side_by_side(label: str, other: Path, args: argparse.Namespace, turns: int = 3) -> str:
    """A line comparing the extractor in `other` (a folder holding `loaders/`) with this
    tree's: CPU time per article, best of `turns` fresh processes each, taking turns."""
    theirs: list[float] = []
    ours: list[float] = []
    for _ in range(turns):  # taking turns spreads any change in machine load
        o, o_impl = _measure_in(other, args)
        n, n_impl = _measure_in(ROOT, args)
        theirs.append(o)
        ours.append(n)
    o, n = min(theirs), min(ours)
    faster = f"this tree {o / n:.2f}x faster" if n <= o else f"{label} {n / o:.2f}x faster"
    return (f"in-process CPU, best of {turns} fresh runs each: {label} [{o_impl}] {o:.2f} "
            f"ms/article ({1000 / o:.0f}/s), this tree [{n_impl}] {n:.2f} ms/article "
            f"({1000 / n:.0f}/s): {faster}")


def _baseline(rev: str, args: argparse.Namespace) -> str:
    """A line comparing the extractor of git revision `rev` with this tree's."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "loaders"],
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        return _side_by_side(rev, Path(tmp), args)


def _mypyc(args: argparse.Namespace) -> str:
    """A line comparing this tree's extractor compiled with mypyc (built in a temporary
    folder, never in the tree: a stale extension would shadow edits to the .py files)
    with the same code run by the interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "loaders", Path(tmp) / "loaders",
                        ignore=shutil.ignore_patterns("__pycache__"))
        sources = sorted(f"loaders/{p.name}" for p in (ROOT / "loaders").glob("*.py")
                         if p.stem not in _NOT_COMPILED)
        t = time.perf_counter()
        build = subprocess.run([sys.executable, "-m", "mypyc", "--ignore-missing-imports",
                                *sources], cwd=tmp, capture_output=True, text=True)
        if build.returncode:
            return "mypyc build failed:\n" + (build.stdout + build.stderr)[-3000:]
        print(f"mypyc build of {len(sources)} modules: {time.perf_counter() - t:.0f} s",
              file=sys.stderr)
        return _side_by_side("mypyc build", Path(tmp), args)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000, help="synthetic articles (default 3000)")
    ap.add_argument("--size", default="2000-4000",
                    help="synthetic article size range in bytes, LO-HI (default 2000-4000)")
    ap.add_argument("--chunksize", type=int, default=16, help="extract_many chunk size")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-dev", action="store_true", help="skip the dev corpus")
    ap.add_argument("--baseline", metavar="REV",
                    help="also time the extractor of git revision REV, side by side")
    ap.add_argument("--against", metavar="DIR", type=Path,
                    help="also time the loaders/ in DIR (e.g. a compiled build), side by side")
    ap.add_argument("--mypyc", action="store_true",
                    help="also time this tree compiled with mypyc (a ~2 minute build), "
                         "side by side")
    ap.add_argument("--cpu-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    try:
        lo, hi = (int(x) for x in args.size.split("-"))
    except ValueError:
        ap.error("--size must be LO-HI in bytes, e.g. 2000-4000")

    rng = random.Random(args.seed)
    arts = [synthetic_article(i, rng, lo, hi) for i in range(args.articles)]
    if args.cpu_only:  # one side of a comparison, run in a fresh process
        ms = _cpu_ms_per_article(arts)
        print(f"{implementation()}\t{ms:.4f}")
        return 0
    sizes = [len(a.text.encode()) for a in arts]
    print(f"{len(arts)} synthetic articles, {min(sizes)}-{max(sizes)} bytes "
          f"(mean {statistics.mean(sizes):.0f})", file=sys.stderr)
    if args.against and not (args.against / "loaders").is_dir():
        ap.error(f"--against: no loaders/ folder in {args.against}")

    t = time.perf_counter()
    gz = default_gazetteer()
    print(f"gazetteer build: {time.perf_counter() - t:.2f} s (not counted below)",
          file=sys.stderr)
    for a in arts[:50]:  # warm-up: caches, lazy imports
        extract(a, gz)

    header = f"{'run':<34} {'arts':>6} {'seconds':>8} {'arts/s':>10} {'ms/art':>8} ratio"
    lines = [header, "-" * len(header)]
    cpu = time.process_time()
    n, s_single = _timed(lambda: _count(extract(a, gz) for a in arts))
    cpu = time.process_time() - cpu
    base = n / s_single
    lines.append(_row("extract() in-process", n, s_single))
    for w in (1, 2):
        with _cpu_split(lines, len(arts)):
            n, s = _timed(lambda w=w: _count(extract_many(arts, workers=w,
                                                           chunksize=args.chunksize)))
            lines.append(_row(f"extract_many(workers={w})", n, s, base))
    # what `kg extract` does: records to JSON lines, in the workers (imported here: the
    # `--cpu-only` runs of `--baseline` import this file with an older `loaders`)
    from loaders.batch import extract_encoded

    for w in (1, 2):
        with _cpu_split(lines, len(arts)):
            n, s = _timed(lambda w=w: sum(1 for x in extract_encoded(
                arts, _json_line, workers=w, chunksize=args.chunksize) if isinstance(x, str)))
            lines.append(_row(f"to JSON, extract_encoded(workers={w})", n, s, base))

    if DEV_CORPUS.exists() and not args.no_dev:
        dev = [a for a in iter_articles([DEV_CORPUS]) if isinstance(a, Article)]
        per: list[float] = []
        for a in dev:
            t = time.perf_counter()
            extract(a, gz)
            per.append(time.perf_counter() - t)
        total = sum(per)
        lines.append(_row("dev corpus, extract() in-process", len(dev), total, None))
        n, s = _timed(lambda: _count(extract_many(dev, workers=2, chunksize=args.chunksize)))
        lines.append(_row("dev corpus, extract_many(workers=2)", n, s, len(dev) / total))
        q = statistics.quantiles(per, n=20)
        kb = statistics.mean(len(a.text.encode()) for a in dev) / 1024
        lines.append(f"dev corpus per article (mean {kb:.1f} KB): median {1000 * q[9]:.1f} ms, "
                     f"p95 {1000 * q[18]:.1f} ms, max {1000 * max(per):.1f} ms")
    lines.append(f"in-process CPU time: {1000 * cpu / len(arts):.2f} ms/article "
                 f"({len(arts) / cpu:.0f} articles/s per core if it had the core to itself)")
    lines.append(f"code: {implementation()}, from {Path(loaders.__file__).parent}")
    if args.baseline:
        lines.append(_baseline(args.baseline, args))
    if args.against:
        lines.append(_side_by_side(str(args.against), args.against.resolve(), args))
    if args.mypyc:
        lines.append(_mypyc(args))
    print("\n".join(lines))
    # This run keeps one or two cores busy; a higher load means other processes
    # took CPU time from it, so the figures are low and the workers=2 gain understated.
    print(f"cores: {os.cpu_count()}, 1-minute load average at the end: "
          f"{os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
