"""A process killed mid-ingest leaves the store as before the article; a rerun completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.store.oxigraph import OxigraphStore

TESTS = Path(__file__).resolve().parent

# Dies with os._exit halfway through the text the second article's batch bulk-loads.
DIE_MID_TRANSACTION = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, sys.argv[2])
    from store_records import aws_article, microsoft_article
    from test_store_crash import HalfReader
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(sys.argv[1], kb_lookup=lambda n: None)
    store.add(aws_article())
    store.write_hook = lambda text: HalfReader(text, lambda: os._exit(9))
    store.add(microsoft_article())
    print("not reached")
""")

# Dies after the second article's graph is bulk-written, before the update that adds its
# default-graph triples, aliases and merges and clears its `tkg:pending` marker.
DIE_BEFORE_UNION = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, sys.argv[2])
    from store_records import aws_article, microsoft_article
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(sys.argv[1], kb_lookup=lambda n: None)
    store.add(aws_article())
    store._new_union_triples = lambda batch: os._exit(9)
    store.add(microsoft_article())
    print("not reached")
""")

# Ingests batches forever, printing after each committed batch, until killed.
INGEST_FOREVER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from store_records import deal_article
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(sys.argv[1], kb_lookup=lambda n: None)
    store.batch_articles = 25
    for start in range(0, 100000, 25):
        batch = [deal_article(f"r{i}", f"Buyer {i}", f"Target {i}", "2024-01-02",
                              f"Buyer {i} takes over Target {i}.")
                 for i in range(start, start + 25)]
        store.add_many(batch)
        print(start + 25, flush=True)
""")


class HalfReader:
    """A reader of `data` in small chunks that calls `fail` once half of it is read: a
    write cut short in the middle of a batch's bulk load."""

    def __init__(self, data: bytes, fail: Callable[[], object]) -> None:
        self.data, self.pos, self.fail = data, 0, fail

    def read(self, n: int = -1) -> bytes:
        if self.pos >= len(self.data) // 2:
            self.fail()
        n = 4096 if n is None or n < 0 else min(n, 4096)
        out = self.data[self.pos:self.pos + n]
        self.pos += len(out)
        return out


def run(script: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script, str(path), str(TESTS)],
                          capture_output=True, text=True, timeout=120)


def reference(tmp_path: Path) -> tuple[dict[str, int], dict[str, int], str]:
    """Stats of an uncrashed store after the first and after both articles; the second's id."""
    from store_records import aws_article, microsoft_article

    with OxigraphStore(tmp_path / "ref", kb_lookup=lambda n: None) as ref:
        ref.add(aws_article())
        only_first = ref.stats()
        second = ref.add(microsoft_article()).article
        return only_first, ref.stats(), second


def test_exit_inside_transaction_leaves_store_as_before(tmp_path):
    from store_records import microsoft_article

    path = tmp_path / "store"
    out = run(DIE_MID_TRANSACTION, path)
    assert out.returncode == 9, out.stderr
    only_first, both, _ = reference(tmp_path)

    with OxigraphStore(path, kb_lookup=lambda n: None) as store:
        assert store.stats() == only_first
        assert store.merges() == []  # the merge the second article made is not on disk
        res = store.add(microsoft_article())  # the rerun completes it
        assert not res.unchanged and res.merged
        assert store.stats() == both


def test_exit_between_bulk_write_and_commit_rolls_the_batch_back(tmp_path):
    import pyoxigraph as ox
    from store_records import microsoft_article

    path = tmp_path / "store"
    out = run(DIE_BEFORE_UNION, path)
    assert out.returncode == 9, out.stderr
    only_first, _, second = reference(tmp_path)

    raw = ox.Store(str(path))  # before the store opens: the second graph is there, marked
    assert raw.contains_named_graph(ox.NamedNode(f"https://techkg.dev/id/article/{second}"))
    del raw
    with OxigraphStore(path, kb_lookup=lambda n: None) as store:  # opening rolls it back
        assert store.stats() == only_first
        assert not store.dataset.contains_named_graph(
            ox.NamedNode(f"https://techkg.dev/id/article/{second}"))
        assert store.merges() == []
        assert not list(store.dataset.quads_for_pattern(
            None, ox.NamedNode("https://techkg.dev/ontology#pending"), None, None))
        res = store.add(microsoft_article())  # the rerun completes it
        assert not res.unchanged


def test_sigkill_during_bulk_ingest_loses_only_the_open_batch(tmp_path):
    path = tmp_path / "store"
    with subprocess.Popen([sys.executable, "-c", INGEST_FOREVER, str(path), str(TESTS)],
                          stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for _ in range(3):  # let a few batches commit, then kill while the next one is written
            child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)

    with OxigraphStore(path, kb_lookup=lambda n: None) as store:
        stats = store.stats()
        n = stats["articles"]
        assert n >= 75 and n % 25 == 0  # whole batches only
        # Every stored article is complete: one event, two companies each.
        assert stats["Event"] == n and stats["Company"] == 2 * n and stats["INVOLVES"] == 2 * n


def test_error_mid_batch_is_rolled_back_at_once(tmp_path):
    import pyoxigraph as ox
    from store_records import aws_article, microsoft_article

    store = OxigraphStore(tmp_path / "store", kb_lookup=lambda n: None)
    store.add(aws_article())
    before = store.stats()

    def disk_full() -> None:
        raise RuntimeError("disk full")

    store.write_hook = lambda text: HalfReader(text, disk_full)
    with pytest.raises(RuntimeError):
        store.add(microsoft_article())
    store.write_hook = None
    # No marker left for the next open to find: the batch is gone already.
    assert not list(store.dataset.quads_for_pattern(
        None, ox.NamedNode("https://techkg.dev/ontology#pending"), None, None))
    assert store.stats() == before
    assert not store.add(microsoft_article()).unchanged  # the same process can retry
    store.close()
