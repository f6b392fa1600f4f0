"""The floor of the store's ingest cost: RocksDB's own work for the quads of a layout.

    python bench/store_floor.py --articles 3000

Takes cached extraction records (those `bench/bench_store.py` writes), turns each into
the TriG text the store writes (`OxigraphStore.prepare`, Python only: timed apart), then
bulk-loads that text into fresh Oxigraph stores in batches of 256, as `add_many` does,
and reports the CPU per article of the load alone (every thread of the process,
RocksDB's included; flushed and compacted at the end so deferred work is counted):

* the layout as stored;
* leaner assertions: no `rdf:type tkg:Assertion` and no `prov:wasDerivedFrom` (both can
  be derived: the assertion IRI and its graph name the article);
* leaner still: no assertion for edges whose subject is the article itself (MENTIONS,
  REPORTS), whose provenance is then the article graph alone.

None of this writes the default graph, the summary counts or the meta log, which the
real ingest adds in one SPARQL update per batch, and nothing here extracts. So the
figures bound from below what any ingest of that layout costs on this machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.store.oxigraph import OxigraphStore
from loaders.record import Extraction

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDF_SUBJECT = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>"
ASSERTION = b"<https://techkg.dev/ontology#Assertion>"
DERIVED = b"<http://www.w3.org/ns/prov#wasDerivedFrom>"
BATCH = 256


def _is_assertion(subject: bytes) -> bool:
    return b"/a/" in subject  # assertion IRIs are <article>/a/<hash>


def lean(text: bytes) -> bytes:
    """The text without the two assertion triples that can be derived."""
    out = []
    for line in text.split(b"\n"):
        subject, _, rest = line.partition(b" ")
        if _is_assertion(subject) and (rest.startswith(RDF_TYPE + b" " + ASSERTION)
                                       or rest.startswith(DERIVED)):
            continue
        out.append(line)
    return b"\n".join(out)


def no_article_subject(text: bytes) -> bytes:
    """The text without the assertions of edges whose subject is the article itself."""
    lines = text.split(b"\n")
    article = lines[0].split(b" ")[1]  # "GRAPH <article> {"
    drop = set()
    for line in lines:
        parts = line.split(b" ", 3)
        if len(parts) > 2 and parts[1] == RDF_SUBJECT and parts[2] == article:
            drop.add(parts[0])
    return b"\n".join(x for x in lines if x.split(b" ", 1)[0] not in drop)


def _statements(text: bytes) -> int:
    return sum(1 for line in text.split(b"\n") if line.rstrip().endswith(b" ."))


def load_cost(texts: list[bytes]) -> float:
    """CPU seconds to bulk-load `texts` into a fresh store, BATCH articles at a time."""
    db = ox.Store(tempfile.mkdtemp(prefix="techkg-floor-"))
    start = time.process_time()
    for i in range(0, len(texts), BATCH):
        db.bulk_load(b"".join(texts[i:i + BATCH]), format=ox.RdfFormat.TRIG, lenient=True)
    db.flush()
    db.optimize()
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--records", type=Path, default=Path("/tmp/techkg-records-10000-s0.jsonl"),
                    help="cached records (bench/bench_store.py --articles 10000 writes these)")
    args = ap.parse_args()
    with args.records.open(encoding="utf-8") as fh:
        records = [Extraction.from_dict(json.loads(line))
                   for line in itertools.islice(fh, args.articles)]
    n = len(records)
    store = OxigraphStore(tempfile.mkdtemp(prefix="techkg-floor-"))
    start = time.process_time()
    texts = [store.prepare(r, None).quads for r in records]
    print(f"{n} articles; prepare (Python: graph, identity, text): "
          f"{(time.process_time() - start) / n * 1000:.2f} ms CPU per article")
    store.close()
    layouts: list[tuple[str, Callable[[bytes], bytes]]] = [
        ("as stored", lambda t: t),
        ("lean assertions", lean),
        ("lean, no assertions on article-subject edges", lambda t: no_article_subject(lean(t))),
    ]
    for name, shape in layouts:
        shaped = [shape(t) for t in texts]
        per = sum(_statements(t) for t in shaped) / n
        cost = load_cost(shaped)
        print(f"{name}: {per:.0f} quads per article (article + meta graphs), bulk load "
              f"{cost / n * 1000:.2f} ms CPU per article")


if __name__ == "__main__":
    main()
