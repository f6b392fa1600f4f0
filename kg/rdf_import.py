"""Read a techkg RDF export back into the embedded store.

Quad formats (nq, trig, jsonld) keep one named graph per article, so the store
gets its articles back as they were exported; triple formats (ttl, nt, xml)
carry no graphs, and their triples go into one graph, `<base>graph/imported`.
Import adds (RDF set union): importing the same file twice changes nothing.

A malformed file is rejected with its line and column and nothing written:
files up to `ONE_TRANSACTION_BYTES` load in one transaction; larger ones are
parsed once to check them, then bulk-loaded (or loaded in batches when IRIs
must be rebased), so only an I/O failure mid-load could leave part of one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.iribase import STORE_BASE, rebase
from kg.model import XSD, tkg
from kg.rdf import META
from kg.rdf_export import RDF_FORMATS

ONE_TRANSACTION_BYTES = 64 * 1024 * 1024
BATCH_QUADS = 200_000
EXTENSIONS = {".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld",
              ".json": "jsonld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}
IMPORTED_GRAPH = ox.NamedNode(STORE_BASE + "graph/imported")
ARTICLE_PREFIX = STORE_BASE + "article/"
_RECORD_ID, _RECORD_HASH = ox.NamedNode(tkg.recordId), ox.NamedNode(tkg.recordHash)
_INGESTED = ox.NamedNode(tkg.ingestedAt)


@dataclass
class ImportResult:
    path: str
    format: str
    quads: int
    articles: int  # article graphs new to the store


def guess_format(path: Path, fmt: str | None = None) -> str:
    """`fmt` if given, else the format named by the file extension; InputError if unknown."""
    if fmt:
        if fmt not in RDF_FORMATS:
            raise InputError(f"Unknown RDF format {fmt!r}: use one of {', '.join(RDF_FORMATS)}.")
        return fmt
    found = EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise InputError(f"{path}: cannot tell the RDF format from the extension "
                         f"{path.suffix!r}; pass --format ({', '.join(RDF_FORMATS)}).")
    return found


def _parse(path: Path, fmt: str) -> Iterator[ox.Quad]:
    """Quads of the file; triples land in IMPORTED_GRAPH. SyntaxError carries the line."""
    quad_format = fmt in ("nq", "trig", "jsonld")
    for q in ox.parse(path=str(path), format=RDF_FORMATS[fmt]):
        if not quad_format or isinstance(q.graph_name, ox.DefaultGraph):
            q = ox.Quad(q.subject, q.predicate, q.object, IMPORTED_GRAPH)
        yield q


def _syntax_error(path: Path, fmt: str, err: SyntaxError) -> InputError:
    where = f"{path}:{err.lineno}" + (f":{err.offset}" if err.offset else "")
    msg = (err.msg or str(err)).replace("Parser error ", "")
    return InputError(f"{where}: not valid {fmt} ({msg}). Nothing was imported; fix the file "
                      "(or pass the right --format) and run the import again.")


class _Tracker:
    """Watches the quads going by for article graphs, to write their store bookkeeping."""

    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.graphs: dict[str, str | None] = {}  # new article graph IRI -> record id
        self.n = 0

    def watch(self, quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
        for q in quads:
            self.n += 1
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_PREFIX):
                aid = g.value[len(ARTICLE_PREFIX):]
                if aid not in self.known:
                    if q.predicate == _RECORD_ID and q.subject == g:
                        obj: Any = q.object
                        self.graphs[g.value] = obj.value
                    else:
                        self.graphs.setdefault(g.value, None)
            yield q

    def meta(self, digest: str) -> Iterator[ox.Quad]:
        """tkg:meta quads making imported articles known to the store (no stored record)."""
        now = ox.Literal(datetime.now(UTC).isoformat(timespec="seconds"),
                         datatype=ox.NamedNode(XSD + "dateTime"))
        for g, rid in self.graphs.items():
            art = ox.NamedNode(g)
            yield ox.Quad(art, _INGESTED, now, META)
            yield ox.Quad(art, _RECORD_HASH, ox.Literal(f"import:{digest}"), META)
            yield ox.Quad(art, _RECORD_ID, ox.Literal(rid or g.rsplit("/", 1)[1]), META)


def import_rdf(store: Any, path: Path, fmt: str | None = None,
               base: str = STORE_BASE) -> ImportResult:
    """Load the RDF file at `path` (IRIs under `base`) into the embedded `store`."""
    from kg.rdf_export import dataset

    db = dataset(store)
    if not path.is_file():
        raise InputError(f"{path}: no such file; give the path of a techkg RDF export.")
    fmt = guess_format(path, fmt)
    size = path.stat().st_size
    digest = hashlib.sha256(f"{path.resolve()}:{size}".encode()).hexdigest()[:12]
    known = set(getattr(store, "_articles", {}))
    tracker = _Tracker(known)

    def stream() -> Iterator[ox.Quad]:
        yield from tracker.watch(rebase(_parse(path, fmt), base, STORE_BASE))
        yield from tracker.meta(digest)

    try:
        if size <= ONE_TRANSACTION_BYTES:
            db.extend(stream())  # one transaction: a syntax error leaves the store untouched
        else:
            # Check the whole file first (and learn its article graphs), then load it.
            for _ in tracker.watch(rebase(_parse(path, fmt), base, STORE_BASE)):
                pass
            if base == STORE_BASE:  # nothing to rewrite: pyoxigraph's bulk loader, no Python
                quad_format = fmt in ("nq", "trig", "jsonld")
                db.bulk_load(path=str(path), format=RDF_FORMATS[fmt],
                             to_graph=None if quad_format else IMPORTED_GRAPH)
            else:
                batch: list[ox.Quad] = []
                for q in rebase(_parse(path, fmt), base, STORE_BASE):
                    batch.append(q)
                    if len(batch) >= BATCH_QUADS:
                        db.extend(batch)
                        batch = []
                db.extend(batch)
            db.extend(tracker.meta(digest))
    except SyntaxError as err:
        raise _syntax_error(path, fmt, err) from None
    except OSError as err:
        raise InputError(f"{path}: cannot read or store it ({err}). Nothing was imported "
                         "from a file that failed to read; check the file and the store.") from err
    index = getattr(store, "index_graphs", None)
    if index:  # the embedded store's queries read a union graph: add what was imported
        index([*tracker.graphs, IMPORTED_GRAPH.value])
    reload = getattr(store, "reload", None)
    if reload:
        reload()  # the store's in-memory indexes learn the imported articles
    return ImportResult(str(path), fmt, tracker.n, len(tracker.graphs))
