"""Copy a store into another (`kg push neo4j`): replay the stored extraction records.

Replaying records rather than exporting facts keeps one write path: the target
builds its nodes and relationships exactly as an ingest would, with the source's
article ids, aliases and merge log (undone merges stay undone), so every entity
keeps its id and `forget` / `unmerge` keep working on the copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import StoreError
from kg.store.base import Store
from loaders.record import Extraction

BATCH = 512


def stored_records(store: Store) -> Iterator[tuple[str, Extraction]]:
    """(article id, record) of every article in `store`, in ingest order."""
    own = getattr(store, "records", None)
    if not callable(own):
        raise StoreError(f"Cannot read the stored records of a {store.name!r} store; "
                         "push from the embedded oxigraph store (--from PATH).")
    yield from own()


def copy_store(src: Store, dst: Any, on_batch: Callable[[int], None] | None = None
               ) -> dict[str, int]:
    """Copy `src` into `dst` (a Neo4jStore): aliases, merge log, then every record."""
    resolver = getattr(src, "resolver", None)
    aliases = dict(resolver.aliases) if resolver is not None else {}
    dst.import_bookkeeping(aliases, src.merges())
    done = new = 0
    batch: list[tuple[str, Extraction]] = []
    for item in stored_records(src):
        batch.append(item)
        if len(batch) >= BATCH:
            new += sum(not r.unchanged for r in dst.add_records(batch))
            done += len(batch)
            batch = []
            if on_batch:
                on_batch(done)
    if batch:
        new += sum(not r.unchanged for r in dst.add_records(batch))
        done += len(batch)
    return {"articles": done, "written": new, "unchanged": done - new,
            "aliases": len(aliases), "merges": len(src.merges())}
