"""A remote SPARQL 1.1 store: `--store sparql+http://HOST:PORT[/DATASET]`.

Writes go to the endpoint as SPARQL Update, one request per batch of articles
(`DROP` the article's graph and bookkeeping, then `INSERT DATA`), which the
server applies as one transaction: an article is on the server whole or not at
all, and a rerun is idempotent (unchanged records are skipped, changed ones
replaced). The ontology graph is uploaded once with the Graph Store Protocol.

Entity resolution needs the aliases and merge log, so the store mirrors the
server's `tkg:meta` graph (without stored records) and entity keys in an
in-memory embedded store. The mirror learns a batch only after the server
accepted it: a refused or failed push leaves it as it was.

Options ride in the URL query: `?query=sparql&update=update&store=data` for
servers whose endpoints are named otherwise (Fuseki: `/ds/sparql`, `/ds/update`,
`/ds/data`); `union=0` if the server already queries the union of graphs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import pyoxigraph as ox

from kg import model
from kg.errors import StoreError
from kg.queries import bind_values, check_params, get_query, sparql_terms
from kg.rdf import KEY, META, update_data
from kg.rdf_export import ONTOLOGY_GRAPH
from kg.sparql_http import SparqlHTTP, py_value
from kg.store.base import ForgetResult, IngestResult, Store
from kg.store.oxigraph import OxigraphStore
from loaders.record import Extraction

EDGE_VALUES = " ".join(f"<{e.iri}>" for e in model.EDGE_KINDS)
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
        db = self._local.dataset
        db.extend(ox.Quad(t.subject, t.predicate, t.object, META) for t in meta)
        db.extend(ox.Quad(t.subject, t.predicate, t.object) for t in keys)
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
        pending: list[tuple[str, list[ox.Quad]]] = []
        try:
            for x, text in zip(extractions, texts, strict=True):
                prep = self._local.prepare(x, text)
                results.append(prep.result)
                if prep.quads:
                    pending.append((prep.result.article, prep.all()))
                if len(pending) >= self.batch_articles:
                    self._push(pending)
                    pending = []
            self._push(pending)
        except BaseException:
            self._local.reload()  # forget what the unpushed batch taught the mirror
            raise
        return results

    def _push(self, pending: list[tuple[str, list[ox.Quad]]]) -> None:
        if not pending:
            return
        ops = []
        quads: list[ox.Quad] = []
        for aid, qs in pending:
            art = ox.NamedNode(f"{model.ID}article/{aid}")
            ops.append(f"DROP SILENT GRAPH {art} ; "
                       f"DELETE WHERE {{ GRAPH {META} {{ {art} ?p ?o }} }}")
            quads += qs
        ops.append(f"INSERT DATA {{\n{update_data(quads)}\n}}")
        self.http.update(" ;\n".join(ops))
        # Accepted by the server: now the mirror may learn it.
        keep = [q for q in quads if q.graph_name == META and q.predicate != _RECORD]
        keep += [ox.Quad(q.subject, KEY, q.object) for q in quads if q.predicate == KEY]
        self._local.dataset.extend(keep)

    # ----------------------------------------------------------------- forget
    def forget(self, article: str) -> ForgetResult:
        aid = self._local.article_id(article)
        if aid is None:
            return ForgetResult(article, found=False)
        art = ox.NamedNode(f"{model.ID}article/{aid}")
        rows = list(self.http.query(
            "SELECT (COUNT(*) AS ?all) (SUM(IF(?shared, 1, 0)) AS ?kept) WHERE {"
            f" GRAPH {art} {{ ?s ?p ?o }} VALUES ?p {{ {EDGE_VALUES} }}"
            f" BIND(EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {art}) }} AS ?shared) }}"))
        total = py_value(rows[0]["all"]) or 0 if rows else 0
        kept = py_value(rows[0]["kept"]) or 0 if rows else 0
        removed = list(self.http.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH {art} {{ ?s ?p ?o }} }}"))
        n = py_value(removed[0]["n"]) if removed else 0
        self.http.update(f"DROP SILENT GRAPH {art} ; "
                         f"DELETE WHERE {{ GRAPH {META} {{ {art} ?p ?o }} }}")
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
        out: dict[str, int] = {"articles": self._local.article_count,
                               "merges": sum(1 for m in self._local.merges() if not m["undone"])}
        for k in model.NODE_KINDS:
            out[k.name] = 0
        for s in self.http.query(
                "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?t } "
                f"FILTER(?g != {META}) }} GROUP BY ?t"):
            name = s["t"].value.rsplit("#", 1)[-1]
            if name in out:
                out[name] = py_value(s["n"])
        for e in model.EDGE_KINDS:
            out[e.name] = 0
        for s in self.http.query(
                "SELECT ?p (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } "
                f"VALUES ?p {{ {EDGE_VALUES} }} }} }} GROUP BY ?p"):
            out[model.EDGES_BY_NAME_IRI[s["p"].value]] = py_value(s["n"])
        return out

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
