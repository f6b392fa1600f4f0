"""Run the extractor over a stream of articles, in this process or a worker pool.

`extract_many` takes what `iter_articles` yields and gives back, in the same
order, an `Extraction` for each `Article` and the `ReadProblem`s unchanged, so a
caller can report skipped inputs where they occurred:

    items = iter_articles(["news/"])
    for out in extract_many(items, workers=2):
        if isinstance(out, ReadProblem):
            print("skipped:", out, file=sys.stderr)
        else:
            print(json.dumps(out.to_dict()))

Memory stays bounded whatever the input size: at most a few chunks per worker
are in flight at once, and the input is read only as results are taken.

`extract_encoded` does the same and hands back `encode(extraction)` instead, computed
in the worker: a caller that only writes each record's JSON gets the line, and the
parent process (which reads every input and writes every output) stays light, so
more workers give more throughput. With `screen=True` the worker also runs
`readers.check_article` (the English test) on each article, which callers of
`iter_articles(..., check=False)` leave to it.

An article the extractor fails on (a bug in a rule) comes back as a `ReadProblem` naming
it, so one bad article never ends a long run.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from typing import Any, TypeVar

from loaders.extract import extract
from loaders.formats import ReadProblem
from loaders.gazetteer import default_gazetteer
from loaders.readers import check_article
from loaders.record import Article, Extraction

__all__ = ["extract_encoded", "extract_many", "resolve_workers"]

T = TypeVar("T")

# Chunks in flight per worker: enough to keep every worker busy while the
# parent reads input and writes output, few enough to bound memory.
_CHUNKS_PER_WORKER = 4
# After each worker's first chunk, chunks are this many times `chunksize`: each chunk
# costs the parent a round trip through the pool (a small input still gets one chunk
# per worker at first, a large one pays for fewer round trips).
_LATER_CHUNKS = 4


def resolve_workers(workers: int) -> int:
    """The number of processes `workers` stands for: 0 means one per CPU core.

    >>> resolve_workers(3)
    3
    """
    if workers < 0:
        raise ValueError(f"workers must be 0 (one per core) or more, not {workers}")
    if workers == 0:
        return os.cpu_count() or 1
    return workers


def extract_many(items: Iterable[Article | ReadProblem], workers: int = 1, chunksize: int = 16,
                 *, screen: bool = False) -> Iterator[Extraction | ReadProblem]:
    """Yield `extract(article)` for each article and each `ReadProblem` as is, in input order.

    `workers=1` runs in this process; more uses a process pool (with fork, the
    workers inherit the gazetteer this process builds once; elsewhere each builds
    its own); `workers=0` uses one process per CPU core.
    Articles are sent to workers `chunksize` at a time at first, then
    `_LATER_CHUNKS` times that. `screen`: see the module's docstring.
    """
    return _run(items, functools.partial(_one, screen=screen), workers, chunksize)


def extract_encoded(items: Iterable[Article | ReadProblem], encode: Callable[[Extraction], T],
                    workers: int = 1, chunksize: int = 16, *,
                    screen: bool = False) -> Iterator[T | ReadProblem]:
    """As `extract_many`, yielding `encode(extract(article))` for each article, computed
    where the article is extracted. `encode` must be picklable (a module-level function
    or a `functools.partial` of one) when `workers` is not 1."""
    return _run(items, functools.partial(_one, encode=encode, screen=screen), workers,
                chunksize)


def _run(items: Iterable[Article | ReadProblem], job: Callable[[Article | ReadProblem], Any],
         workers: int, chunksize: int) -> Iterator[Any]:
    n = resolve_workers(workers)
    if chunksize < 1:
        raise ValueError(f"chunksize must be 1 or more, not {chunksize}")
    if n == 1:
        return map(job, items)
    return _in_pool(items, job, n, chunksize)


def _one(item: Article | ReadProblem, encode: Callable[[Extraction], Any] | None = None,
         screen: bool = False) -> Any:
    if screen:
        item = check_article(item)
    if isinstance(item, ReadProblem):
        return item
    try:
        res = extract(item, default_gazetteer())
    except Exception as exc:  # a bug in a rule: skip this article, go on with the rest
        where, _, line = (item.source or item.id).rpartition(":")
        if not (where and line.isdigit()):
            where, line = item.source or f"article {item.id}", ""
        return ReadProblem(where, int(line) if line else None,
                           f"the extractor failed on this article ({type(exc).__name__}: "
                           f"{exc}); the other articles are not affected; please report it "
                           "with the article")
    return encode(res) if encode is not None else res


def _chunk(job: Callable[[Article | ReadProblem], Any],
           items: list[Article | ReadProblem]) -> list[Any]:
    return [job(item) for item in items]


def _init_worker() -> None:
    # Build the gazetteer once per worker, before the first chunk arrives; with
    # fork, a gazetteer the parent already built is inherited and this is free.
    default_gazetteer()


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the parent's loaded modules (and gazetteer, if built), so
    # workers start in milliseconds; elsewhere use the platform default.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _in_pool(items: Iterable[Article | ReadProblem], job: Callable[[Article | ReadProblem], Any],
             workers: int, chunksize: int) -> Iterator[Any]:
    # Pool.imap would read the whole input ahead on its feeder thread; submitting
    # chunks ourselves with a bounded queue of pending results keeps memory flat.
    source = iter(items)
    context = _context()
    if context.get_start_method() == "fork":
        # Built here once, the gazetteer is inherited by every worker: each worker
        # building its own costs a CPU core ~1.5 s per worker.
        default_gazetteer()
    pool: Pool = context.Pool(workers, initializer=_init_worker)
    pending: deque[AsyncResult[list[Any]]] = deque()
    limit = workers * _CHUNKS_PER_WORKER
    sent = 0
    finished = False
    try:
        while True:
            while len(pending) < limit:
                size = chunksize if sent < workers else chunksize * _LATER_CHUNKS
                chunk = list(itertools.islice(source, size))
                if not chunk:
                    break
                pending.append(pool.apply_async(_chunk, (job, chunk)))
                sent += 1
            if not pending:
                break
            yield from pending.popleft().get()
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # the caller stopped early or a worker raised: stop the rest now
            pool.terminate()
        pool.join()
