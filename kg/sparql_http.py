"""A small SPARQL 1.1 Protocol and Graph Store Protocol client over urllib.

Why urllib: it is in the standard library, and the protocol is three POSTs and
a PUT; rdflib's SPARQLStore would add a per-triple Python layer we do not need,
and httpx is not a dependency. Results are parsed by pyoxigraph, so remote and
embedded stores hand the same term objects to the same code.

Every failure becomes a `kg.errors` type: `ConnectionError_` when the endpoint is
down or refuses a write, `QueryError` when it rejects a query.
"""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import pyoxigraph as ox

from kg.errors import ConnectionError_, QueryError

RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


class SparqlHTTP:
    """Endpoints of one dataset: `<url>/query`, `<url>/update`, `<url>/store` (Oxigraph's names).

    `union_default_graph` asks the server to query the union of the named graphs
    (Oxigraph's `union-default-graph` parameter); techkg keeps facts in
    per-article graphs, and the named queries are written against their union.
    """

    def __init__(self, url: str, *, query: str = "query", update: str = "update",
                 store: str = "store", timeout: float = 60.0,
                 union_default_graph: bool = True) -> None:
        self.url = url.rstrip("/")
        self.query_url = f"{self.url}/{query}"
        self.update_url = f"{self.url}/{update}"
        self.store_url = f"{self.url}/{store}"
        self.timeout = timeout
        self.union = union_default_graph

    # ------------------------------------------------------------- transport
    def _send(self, url: str, data: bytes | None, headers: dict[str, str],
              method: str = "POST", what: str = "request") -> tuple[bytes, str]:
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            body = err.read().decode("utf-8", "replace").strip()[:400]
            if what == "query" and err.code == 400:
                raise QueryError(f"The SPARQL endpoint {self.url} rejected the query "
                                 f"(HTTP 400): {body}") from None
            raise ConnectionError_(
                f"The SPARQL endpoint {self.url} refused the {what} (HTTP {err.code} "
                f"{err.reason}): {body or 'no details'}. Check the endpoint allows "
                "SPARQL Update / Graph Store writes and that the URL names the dataset.") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise ConnectionError_(
                f"Cannot reach the SPARQL endpoint at {self.url} ({reason}). Start the "
                "server or fix the URL in --store sparql+http://HOST:PORT[/DATASET].") from None

    # --------------------------------------------------------------- queries
    def query(self, text: str) -> Any:
        """Run a query: QuerySolutions (SELECT), QueryBoolean (ASK) or a list of Triples."""
        url = self.query_url + ("?union-default-graph" if self.union else "")
        body, ctype = self._send(url, text.encode("utf-8"), {
            "Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": f"{RESULTS_JSON}, {NTRIPLES};q=0.9"}, what="query")
        if ctype.startswith(NTRIPLES):
            return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        return ox.parse_query_results(io.BytesIO(body), format=ox.QueryResultsFormat.JSON)

    def ask(self, text: str) -> bool:
        return bool(self.query(text))

    def update(self, text: str) -> None:
        """Run a SPARQL Update request (the server applies it as one transaction)."""
        self._send(self.update_url, text.encode("utf-8"),
                   {"Content-Type": "application/sparql-update; charset=utf-8"}, what="update")

    # ------------------------------------------------------ graph store protocol
    def put_graph(self, graph: str, data: bytes, content_type: str = NTRIPLES) -> None:
        """Replace the named graph `graph` with `data` (Graph Store Protocol PUT)."""
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        self._send(url, data, {"Content-Type": content_type}, method="PUT",
                   what="graph store write")

    def get_graph(self, graph: str) -> bytes:
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        return self._send(url, None, {"Accept": NTRIPLES}, method="GET",
                          what="graph store read")[0]

    def ping(self) -> None:
        """Raise ConnectionError_ unless the endpoint answers a trivial query."""
        self.query("ASK {}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUM = {_XSD + t: int for t in ("integer", "int", "long", "short", "nonNegativeInteger")} | {
    _XSD + t: float for t in ("double", "decimal", "float")}


def py_value(term: Any) -> Any:
    """A SPARQL result term as a plain Python value (numbers and booleans converted)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt == _XSD + "boolean":
            return term.value == "true"
        conv = _NUM.get(dt)
        if conv:
            try:
                return conv(term.value)
            except ValueError:
                return term.value
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value
