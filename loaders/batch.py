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
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool

from loaders.extract import extract
from loaders.formats import ReadProblem
from loaders.gazetteer import default_gazetteer
from loaders.record import Article, Extraction

__all__ = ["extract_many", "resolve_workers"]

# Chunks in flight per worker: enough to keep every worker busy while the
# parent reads input and writes output, few enough to bound memory.
_CHUNKS_PER_WORKER = 4


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


def extract_many(items: Iterable[Article | ReadProblem], workers: int = 1,
                 chunksize: int = 16) -> Iterator[Extraction | ReadProblem]:
    """Yield `extract(article)` for each article and each `ReadProblem` as is, in input order.

    `workers=1` runs in this process; more uses a process pool (each worker
    builds its gazetteer once); `workers=0` uses one process per CPU core.
    Articles are sent to workers `chunksize` at a time.
    """
    n = resolve_workers(workers)
    if chunksize < 1:
        raise ValueError(f"chunksize must be 1 or more, not {chunksize}")
    if n == 1:
        return _in_process(items)
    return _in_pool(items, n, chunksize)


def _one(item: Article | ReadProblem) -> Extraction | ReadProblem:
    if isinstance(item, ReadProblem):
        return item
    return extract(item, default_gazetteer())


def _in_process(items: Iterable[Article | ReadProblem]) -> Iterator[Extraction | ReadProblem]:
    for item in items:
        yield _one(item)


def _chunk(items: list[Article | ReadProblem]) -> list[Extraction | ReadProblem]:
    return [_one(item) for item in items]


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


def _in_pool(items: Iterable[Article | ReadProblem], workers: int,
             chunksize: int) -> Iterator[Extraction | ReadProblem]:
    # Pool.imap would read the whole input ahead on its feeder thread; submitting
    # chunks ourselves with a bounded queue of pending results keeps memory flat.
    source = iter(items)
    pool: Pool = _context().Pool(workers, initializer=_init_worker)
    pending: deque[AsyncResult[list[Extraction | ReadProblem]]] = deque()
    limit = workers * _CHUNKS_PER_WORKER
    finished = False
    try:
        while True:
            while len(pending) < limit:
                chunk = list(itertools.islice(source, chunksize))
                if not chunk:
                    break
                pending.append(pool.apply_async(_chunk, (chunk,)))
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
