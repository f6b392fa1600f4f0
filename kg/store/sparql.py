"""A remote SPARQL 1.1 store: `--store sparql+http://HOST:PORT[/DATASET]`.

Writes go to the endpoint as SPARQL Update, one request per batch of articles
(`DROP` the article's graph and bookkeeping, then `INSERT DATA`), which the
server applies as one transaction: an article is on the server whole or not at
all, and a rerun is idempotent (unchanged records are skipped, changed ones
replaced). The ontology graph is uploaded once with the Graph Store Protocol.

Entity resolution needs the aliases and merge log, so the store mirrors the
server's `tkg:meta` graph (without stored records) and entity keys in an
in-memory embedded store. The mirror learns a batch only after the server
accepted it: a refused or failed push leaves it as it was. The mirror also
holds the node types, the edges and the `tkg:summary` counts (kg/summary.py),
so each push can carry the count changes it makes in the same request.

Options ride in the URL query: `?query=sparql&update=update&store=data` for
servers whose endpoints are named otherwise (Fuseki: `/ds/sparql`, `/ds/update`,
`/ds/data`); `union=0` if the server already queries the union of graphs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import pyoxigraph as ox

from kg import model, summary
from kg.errors import StoreError
from kg.queries import bind_values, check_params, get_query, sparql_terms
from kg.rdf import KEY, META, A, article_iri, update_data
from kg.rdf_export import ONTOLOGY_GRAPH
from kg.sparql_http import SparqlHTTP, py_value
from kg.store.base import ForgetResult, IngestResult, Store
from kg.store.oxigraph import P_LAYOUT, SUMMARY_LAYOUT, OxigraphStore, Prepared, sole_triples
from loaders.record import Extraction

EDGE_VALUES = " ".join(f"<{e.iri}>" for e in model.EDGE_KINDS)
CLASS_VALUES = " ".join(f"<{k.iri}>" for k in model.NODE_KINDS)
_RECORD = ox.NamedNode(model.TKG + "record")  # stored record JSON: left on the server only


class SparqlStore(Store):
    """Knowledge graph on a SPARQL 1.1 endpoint, one named graph per article."""

    name = "sparql"
    context_aware = True
    transaction_aware = True
    batch_articles = 128  # articles per update request

    def __init__(self, url: str | None, *, kb_lookup: Callable[[str], str | None] | None = None,
                 timeout: float = 60.0) -> None:
        if not url or not url.startswith(("http://", "https://")):
            raise StoreError(f"A SPARQL store needs an endpoint URL, got {url!r}: use "
                             "--store sparql+http://HOST:PORT[/DATASET].")
        parts = urlsplit(url)
        opts = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        self.http = SparqlHTTP(base, query=opts.get("query", "query"),
                               update=opts.get("update", "update"),
                               store=opts.get("store", "store"), timeout=timeout,
                               union_default_graph=opts.get("union", "1") != "0")
        self.url = base
        self.http.ping()
        self._local = OxigraphStore(None, kb_lookup=kb_lookup)
        self._ensure_ontology()
        self._pull_state()

    # ------------------------------------------------------------------ state
    def _ensure_ontology(self) -> None:
        if not self.http.ask(f"ASK {{ GRAPH {ONTOLOGY_GRAPH} {{ ?s ?p ?o }} }}"):
            self.http.put_graph(ONTOLOGY_GRAPH.value, model.ONTOLOGY_PATH.read_bytes(),
                                "text/turtle")

    def _pull_state(self) -> None:
        """Mirror the server's bookkeeping (records left there) and entity keys locally."""
        meta = self.http.query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {META} {{ ?s ?p ?o "
            f"FILTER(?p != <{model.TKG}record>) }} }}")
        keys = self.http.query(f"CONSTRUCT {{ ?s {KEY} ?k }} WHERE {{ GRAPH ?g {{ ?s {KEY} ?k }} "
                               f"FILTER(?g != {META}) }}")
        # What the summary counts: node types and edges (kg/summary.py).
        counted = self.http.query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"VALUES ?p {{ {EDGE_VALUES} }} }} UNION {{ GRAPH ?g {{ ?s a ?o }} "
            f"VALUES ?o {{ {CLASS_VALUES} }} BIND({A} AS ?p) }} FILTER(?g != {META}) }}")
        mark = ox.Quad(META, P_LAYOUT, SUMMARY_LAYOUT, META)
        if not self.http.ask(f"ASK {{ GRAPH {META} {{ {mark.subject} {mark.predicate} "
                             f"{mark.object} }} }}"):  # pushed by an older techkg: count now
            self.http.update(f"DROP SILENT GRAPH {summary.SUMMARY} ; INSERT DATA {{ "
                             f"{update_data([*summary.recount(self.http.query), mark])} }}")
        counts = self.http.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {summary.SUMMARY} "
                                 "{ ?s ?p ?o } }")
        db = self._local.dataset
        db.extend(ox.Quad(t.subject, t.predicate, t.object, META) for t in meta)
        db.extend(ox.Quad(t.subject, t.predicate, t.object) for t in keys)
        db.extend(ox.Quad(t.subject, t.predicate, t.object) for t in counted)
        db.extend(ox.Quad(t.subject, t.predicate, t.object, summary.SUMMARY) for t in counts)
        self._local.reload()

    @property
    def resolver(self) -> Any:
        return self._local.resolver

    # ----------------------------------------------------------------- ingest
    def add_many(self, extractions: list[Extraction],
                 texts: list[str | None] | None = None) -> list[IngestResult]:
        """Push records, `batch_articles` per update request; each request all-or-nothing."""
        texts = texts or [None] * len(extractions)
        results: list[IngestResult] = []
        pending: list[Prepared] = []
        try:
            for x, text in zip(extractions, texts, strict=True):
                prep = self._local.prepare(x, text)
                results.append(prep.result)
                if prep.result.replaced:  # alone: its old triples leave the counts first
                    self._push(pending)
                    pending = []
                    self._push([prep], self._sole_triples(prep.result.article))
                elif prep.quads:
                    pending.append(prep)
                if len(pending) >= self.batch_articles:
                    self._push(pending)
                    pending = []
            self._push(pending)
        except BaseException:
            self._local.reload()  # forget what the unpushed batch taught the mirror
            raise
        return results

    def _sole_triples(self, aid: str) -> list[ox.Quad]:
        """The counted triples only this article states on the server (they leave with it)."""
        rows = self.http.query(sole_triples(article_iri(aid)))
        return [t for t in (ox.Quad(r["s"], r["p"], r["o"]) for r in rows) if summary.counted(t)]

    def _push(self, batch: list[Prepared], gone: list[ox.Quad] | None = None,
              forget: str | None = None) -> None:
        """One update request: drop the batch's articles (or `forget`'s), write their graphs,
        and change the summary counts by what their triples add and `gone` removes."""
        if not batch and not forget:
            return
        db = self._local.dataset
        out = set(gone or ())
        candidates = dict.fromkeys(t for p in batch for t in p.union if summary.counted(t))
        added = [t for t in candidates if t in out or t not in db]
        dropped = [p.result.article for p in batch] + ([forget] if forget else [])
        # The mirror numbered the batch and holds the counts: it works out their changes.
        dels, ins = self._local.count_changes(added, gone or (), batch, dropped)
        ops = []
        quads: list[ox.Quad] = []
        for aid in dropped:
            art = article_iri(aid)
            ops.append(f"DROP SILENT GRAPH {art} ; "
                       f"DELETE WHERE {{ GRAPH {META} {{ {art} ?p ?o }} }}")
        for p in batch:
            quads += p.all()
        if dels:
            ops.append(f"DELETE DATA {{\n{update_data(dels)}\n}}")
        ops.append(f"INSERT DATA {{\n{update_data(quads + ins)}\n}}")
        self.http.update(" ;\n".join(ops))
        # Accepted by the server: now the mirror may learn it.
        keep = [q for q in quads if q.graph_name == META and q.predicate != _RECORD]
        keep += [ox.Quad(q.subject, KEY, q.object) for q in quads if q.predicate == KEY]
        for q in [*(gone or ()), *dels]:
            db.remove(q)
        db.extend(keep + added + ins)

    # ----------------------------------------------------------------- forget
    def forget(self, article: str) -> ForgetResult:
        aid = self._local.article_id(article)
        if aid is None:
            return ForgetResult(article, found=False)
        art = article_iri(aid)
        rows = list(self.http.query(
            "SELECT (COUNT(*) AS ?all) (SUM(IF(?shared, 1, 0)) AS ?kept) WHERE {"
            f" GRAPH {art} {{ ?s ?p ?o }} VALUES ?p {{ {EDGE_VALUES} }}"
            f" BIND(EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {art}) }} AS ?shared) }}"))
        total = py_value(rows[0]["all"]) or 0 if rows else 0
        kept = py_value(rows[0]["kept"]) or 0 if rows else 0
        removed = list(self.http.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH {art} {{ ?s ?p ?o }} }}"))
        n = py_value(removed[0]["n"]) if removed else 0
        self._push([], self._sole_triples(aid), forget=aid)
        self._local.dataset.update(f"DELETE WHERE {{ GRAPH {META} {{ {art} ?p ?o }} }}")
        self._local.reload()
        return ForgetResult(aid, True, n, total - kept, kept)

    # ------------------------------------------------------------------ merges
    def merges(self) -> list[dict[str, Any]]:
        return self._local.merges()

    def unmerge(self, merge_id: str) -> dict[str, Any]:
        raise StoreError("Unmerge is not available on a remote SPARQL store: it replays stored "
                         "records. Unmerge in the embedded store, then push with `kg export` "
                         "and the endpoint's loader, or re-ingest into the endpoint.")

    # ------------------------------------------------------------------ reads
    def stats(self) -> dict[str, int]:
        # The mirror holds the server's summary counts (kept exact by every push).
        return {"articles": self._local.article_count,
                "merges": sum(1 for m in self._local.merges() if not m["undone"])
                } | summary.stats(self._local.dataset)

    def query(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        q = get_query(name, "sparql")
        values = check_params(q, dict(params or {}))
        sols = self.http.query(bind_values(q.text, sparql_terms(q, values, self.resolver)))
        drop = {p.name for p in q.params}
        names = [v.value for v in sols.variables if v.value not in drop]
        return [{n: py_value(s[n]) for n in names} for s in sols]

    def select(self, text: str) -> Any:
        """Run any query text on the endpoint (for `kg sparql`)."""
        return self.http.query(text)

    def close(self) -> None:
        local = getattr(self, "_local", None)
        if local is not None:
            local.close()
            self._local = None  # type: ignore[assignment]
