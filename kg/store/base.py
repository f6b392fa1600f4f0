"""The store contract every backend (Oxigraph, Neo4j, SPARQL endpoint) fulfils."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, ClassVar

from kg.errors import InputError
from loaders.record import Extraction


@dataclass
class IngestResult:
    """What one `add` changed. `unchanged` means the article was already stored as is."""

    article: str  # the article's content id
    unchanged: bool = False
    replaced: bool = False  # an earlier version of the same article was replaced
    new_entities: list[str] = field(default_factory=list)  # "Kind:id"
    merged: list[dict[str, str]] = field(default_factory=list)  # merge log entries made
    facts: int = 0  # edges asserted by this article
    quads: int = 0


@dataclass
class ForgetResult:
    """What `forget` removed: the article, its quads, the facts no other article keeps."""

    article: str
    found: bool
    quads_removed: int = 0
    facts_removed: int = 0  # edges no remaining article asserts
    facts_kept: int = 0  # edges other articles still assert


class Store:
    """Base class: a knowledge-graph store opened on a location, closed once.

    Capability flags follow rdflib's: `context_aware` (facts grouped per
    article, so forgetting one is exact), `transaction_aware` (each article is
    written all-or-nothing).
    """

    name: ClassVar[str] = "base"
    context_aware: ClassVar[bool] = False
    transaction_aware: ClassVar[bool] = False

    def add(self, extraction: Extraction, text: str | None = None) -> IngestResult:
        """Ingest one extraction record; idempotent (a rerun changes nothing)."""
        return self.add_many([extraction], [text])[0]

    def add_many(self, extractions: list[Extraction],
                 texts: list[str | None] | None = None) -> list[IngestResult]:
        """Ingest several records; backends may batch them into fewer transactions."""
        texts = texts or [None] * len(extractions)
        return [self.add(x, t) for x, t in zip(extractions, texts, strict=True)]

    def forget(self, article: str) -> ForgetResult:
        """Remove an article (by content id or record id) and the facts only it asserted."""
        raise NotImplementedError

    def stats(self) -> dict[str, int]:
        """Counts: nodes per kind, edges per type, articles, merges."""
        raise NotImplementedError

    def query(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run the named query `name` with bound `params`; rows as plain dicts."""
        raise NotImplementedError

    def merges(self) -> list[dict[str, Any]]:
        """The merge log: each name folded into another entity, why, and if undone."""
        raise NotImplementedError

    def unmerge(self, merge_id: str) -> dict[str, Any]:
        """Undo a merge now and for later ingests; returns the override recorded."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (files, locks, connections). Safe to call twice."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class MergeLog:
    """The merge log a store mirrors in memory (`_merges`, by merge id), shared by the
    stores that keep one: listing, and finding the merge an unmerge undoes."""

    _merges: dict[str, dict[str, Any]]

    def merges(self) -> list[dict[str, Any]]:
        return sorted(self._merges.values(), key=lambda m: (m["into"], m["name"]))

    def _merge_to_undo(self, merge_id: str) -> dict[str, Any] | None:
        """The merge `merge_id`, or None when it is undone already; unknown ids raise."""
        m = self._merges.get(merge_id)
        if m is None:
            raise InputError(f"No merge with id {merge_id!r}; list merges to see their ids.")
        return None if m["undone"] else m

    def _undone_already(self, merge_id: str) -> dict[str, Any]:
        m = self._merges[merge_id]
        return {"merge": merge_id, "name": m["name"], "into": m["into"], "reingested": 0}
