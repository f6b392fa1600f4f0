"""The Neo4j store: the knowledge graph as a property graph on a Neo4j server.

Nodes carry the labels of `kg.model` and a unique `id` (the same ids as the
embedded store: both build facts with `kg.graph` and resolve names with
`kg.identity`); relationships carry the types of the ontology and their
provenance (see `kg.store.neo4j_write`). Articles are written in batches, each
batch one managed transaction (`execute_write`, retried on transient errors), so
an article is all there or not at all. Bookkeeping lives in the database too:
`:Migration`, `:Alias`, `:Merge` and `:Override` nodes, and on each `:Article`
its stored record, record hash and the list of its edges (for `forget`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from kg import model
from kg.errors import QueryError
from kg.graph import article_key, build_article_graph
from kg.identity import Resolver, short_hash
from kg.queries import check_params, get_query
from kg.store.base import ForgetResult, IngestResult, MergeLog, Store
from kg.store.neo4j_conn import Neo4jSettings, connect, translate
from kg.store.neo4j_migrate import apply_migrations
from kg.store.neo4j_write import Batch, forget_statements
from loaders.record import Extraction


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Neo4jStore(MergeLog, Store):
    """Knowledge graph in the Neo4j database named by the arguments or `NEO4J_*`.

    `Neo4jStore()` reads `NEO4J_URI`, `NEO4J_USERNAME`, `NEO4J_PASSWORD` and
    `NEO4J_DATABASE`; opening checks the connection and applies pending migrations.
    """

    name = "neo4j"
    context_aware = True
    transaction_aware = True
    batch_articles = 1000  # articles per transaction in add_many
    # Fault-injection point for tests: called inside each write transaction after
    # its first statement, e.g. to cut the connection half-way through a batch.
    write_hook: Callable[[int], None] | None = None

    def __init__(self, uri: str | None = None, *, username: str | None = None,
                 password: str | None = None, database: str | None = None,
                 kb_lookup: Callable[[str], str | None] | None = None,
                 retry_seconds: float | None = None) -> None:
        self.settings = Neo4jSettings.resolve(uri, username, password, database)
        self._kb_lookup = kb_lookup
        kwargs = {} if retry_seconds is None else {"retry_seconds": retry_seconds}
        self._driver: Any = connect(self.settings, **kwargs)
        try:
            with translate(self.settings, "migrating"):
                self.migrations = apply_migrations(self._driver, self.settings.database)
            self._load_state()
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        return f"Neo4jStore({self.settings!r})"

    # ------------------------------------------------------------------ plumbing
    def _session(self, read: bool = False) -> Any:
        from neo4j import READ_ACCESS, WRITE_ACCESS

        return self._driver.session(database=self.settings.database,
                                    default_access_mode=READ_ACCESS if read else WRITE_ACCESS)

    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        with translate(self.settings, "reading from"), self._session(read=True) as s:
            rows: list[dict[str, Any]] = s.execute_read(
                lambda tx: [r.data() for r in tx.run(cypher, params)])
            return rows

    def _write(self, statements: list[tuple[str, dict[str, Any]]]) -> list[list[dict[str, Any]]]:
        """Run `statements` in one managed transaction; their rows, in order."""
        hook = self.write_hook

        def work(tx: Any) -> list[list[dict[str, Any]]]:
            out = []
            for i, (cypher, params) in enumerate(statements):
                out.append([r.data() for r in tx.run(cypher, params)])
                if hook is not None and i == 0:
                    hook(len(statements))
            return out

        with translate(self.settings, "writing to"), self._session() as s:
            return list(s.execute_write(work))

    # ------------------------------------------------------------------ state
    def _load_state(self) -> None:
        """Rebuild the in-memory indexes (articles, aliases, merges) from the database."""
        self._articles: dict[str, str] = {}
        self._record_ids: dict[str, str] = {}
        # The last sequence number given to an article (the `articles` listing's pages).
        self._seq: int = next(iter(self._read(
            "MATCH (s:Sequence {name: 'article'}) RETURN s.last AS n")), {"n": -1})["n"]
        for r in self._read("MATCH (a:Article) RETURN a.id AS id, a.recordHash AS h, "
                            "a.recordId AS rid"):
            self._articles[r["id"]] = r["h"]
            if r["rid"] is not None:
                self._record_ids[r["rid"]] = r["id"]
        self.resolver = Resolver(kb_lookup=self._kb_lookup)
        for r in self._read("MATCH (x:Alias) RETURN x.key AS k, x.target AS t, x.rule AS r"):
            self.resolver.aliases[r["k"]] = (r["t"], r["r"])
        self._merges: dict[str, dict[str, Any]] = {}
        for r in self._read("MATCH (m:Merge) OPTIONAL MATCH (o:Override {id: m.id}) "
                            "RETURN m {.*} AS m, o IS NOT NULL AS undone"):
            m = r["m"]
            self._merges[m["id"]] = {"id": m["id"], "name": m["name"], "key": m["key"],
                                     "into": m["into"], "rule": m["rule"],
                                     "article": m.get("article", ""), "at": m.get("loggedAt"),
                                     "undone": r["undone"]}
            if r["undone"]:
                self.resolver.overrides.add((m["key"], m["into"]))

    # ----------------------------------------------------------------- ingest
    def add_many(self, extractions: list[Extraction],
                 texts: list[str | None] | None = None) -> list[IngestResult]:
        """Ingest records, `batch_articles` articles per transaction (all-or-nothing)."""
        texts = texts or [None] * len(extractions)
        return self._ingest([(article_key(x, t), x) for x, t in
                             zip(extractions, texts, strict=True)])

    def add_records(self, records: list[tuple[str, Extraction]]) -> list[IngestResult]:
        """Ingest (article id, record) pairs keeping the given ids (copying another store)."""
        return self._ingest(records)

    def _ingest(self, items: list[tuple[str, Extraction]], force: bool = False
                ) -> list[IngestResult]:
        results: list[IngestResult] = []
        batch, replaced = Batch(), list[str]()
        try:
            for aid, x in items:
                if aid in batch:  # a second version of an article in the batch: write the first
                    self._commit(batch, replaced)
                    batch, replaced = Batch(), list[str]()
                res = self._prepare(batch, aid, x, force)
                results.append(res)
                if res.replaced:
                    replaced.append(aid)
                if len(batch) >= self.batch_articles:
                    self._commit(batch, replaced)
                    batch, replaced = Batch(), []
            self._commit(batch, replaced)
        except BaseException:
            self._load_state()  # the failed batch is not in the database: forget what we learned
            raise
        return results

    def _prepare(self, batch: Batch, aid: str, x: Extraction, force: bool) -> IngestResult:
        record = json.dumps(x.to_dict(), sort_keys=True, ensure_ascii=False)
        rhash = short_hash(record)
        old = self._articles.get(aid)
        if old == rhash and not force:
            return IngestResult(aid, unchanged=True)
        ag = build_article_graph(x, self.resolver, article_id=aid)
        res = IngestResult(aid, replaced=old is not None, facts=len(ag.edges))
        self._seq += 1
        batch.add(ag, record, rhash, self._seq)
        for r in ag.resolutions:
            mid = short_hash(f"{r.key}>{r.target}", 10)
            if r.merged and mid not in self._merges:
                entry = {"id": mid, "name": r.name, "key": r.key, "into": r.target,
                         "rule": r.rule, "article": aid, "at": None, "undone": False}
                self._merges[mid] = entry
                batch.merges.append({k: str(v) for k, v in entry.items()
                                     if k in ("id", "name", "key", "into", "rule", "article")})
                res.merged.append({k: str(v) for k, v in entry.items()
                                   if k in ("id", "name", "into", "rule")})
        res.new_entities = [f"{k}:{i}" for k, i in ag.nodes]  # narrowed in _commit
        res.quads = len(ag.edges) + len(ag.nodes) + 1
        self._articles[aid] = rhash
        self._record_ids[x.id] = aid
        batch.results.append(res)
        return res

    def _commit(self, batch: Batch, replaced: list[str]) -> None:
        if not len(batch):
            return
        pre = []  # a replaced article's old version goes first, in the same transaction
        for aid in replaced:
            old = self._read("MATCH (a:Article {id: $aid}) RETURN a.edges AS e, a.nodes AS n",
                             aid=aid)
            if old and old[0]["e"]:
                pre += forget_statements(aid, old[0]["e"], old[0]["n"])
        hook, now = self.write_hook, _now()

        def work(tx: Any) -> set[tuple[str, str]]:
            for i, (cypher, params) in enumerate(pre):
                tx.run(cypher, params).consume()
                if hook is not None and i == 0:
                    hook(len(pre))
            return batch.write(tx, now, None if pre else hook)

        with translate(self.settings, "writing to"), self._session() as s:
            created = s.execute_write(work)
        seen: set[tuple[str, str]] = set()
        for res in batch.results:  # a new entity is reported by the first article naming it
            fresh = []
            for ref in res.new_entities:
                kind, _, id_ = ref.partition(":")
                if (kind, id_) in created and (kind, id_) not in seen:
                    fresh.append(ref)
                seen.add((kind, id_))
            res.new_entities = fresh

    # ----------------------------------------------------------------- forget
    def forget(self, article: str) -> ForgetResult:
        aid = article if article in self._articles else self._record_ids.get(article)
        if aid is None:
            return ForgetResult(article, found=False)
        rows = self._read("MATCH (a:Article {id: $aid}) RETURN a.edges AS e, a.nodes AS n",
                          aid=aid)
        if not rows:
            self._load_state()
            return ForgetResult(article, found=False)
        statements = forget_statements(aid, rows[0]["e"] or "[]", rows[0]["n"])
        out = self._write(statements)
        removed = sum(r["removed"] or 0 for rs in out for r in rs)
        kept = sum(r["kept"] or 0 for rs in out for r in rs)
        nodes = sum(r.get("nodes", 0) for rs in out for r in rs)
        self._load_state()
        return ForgetResult(aid, True, removed + nodes, removed, kept)

    def records(self) -> list[tuple[str, Extraction]]:
        """(article id, stored record) of every article, in ingest order."""
        rows = self._read("MATCH (a:Article) RETURN a.id AS id, a.record AS r "
                          "ORDER BY a.ingestedAt, a.id")
        return [(r["id"], Extraction.from_dict(json.loads(r["r"]))) for r in rows if r["r"]]

    def import_bookkeeping(self, aliases: dict[str, tuple[str, str]],
                           merges: list[dict[str, Any]]) -> None:
        """Take over another store's aliases and merge log, so replayed records keep their ids."""
        rows = [{"key": k, "target": t, "rule": r, "kind": "City" if r == "geonames" else "Company"}
                for k, (t, r) in aliases.items()]
        log = [{k: str(m.get(k) or "") for k in ("id", "name", "key", "into", "rule", "article")}
               for m in merges]
        undone = [{"id": m["id"], "key": m["key"], "into": m["into"]} for m in merges
                  if m.get("undone")]
        self._write([
            ("UNWIND $rows AS row MERGE (x:Alias {key: row.key}) "
             "ON CREATE SET x.target = row.target, x.rule = row.rule, x.kind = row.kind",
             {"rows": rows}),
            ("UNWIND $rows AS row MERGE (m:Merge {id: row.id}) ON CREATE SET m.name = row.name, "
             "m.key = row.key, m.into = row.into, m.rule = row.rule, m.article = row.article, "
             "m.loggedAt = $now", {"rows": log, "now": _now()}),
            ("UNWIND $rows AS row MERGE (o:Override {id: row.id}) ON CREATE SET o.key = row.key, "
             "o.into = row.into, o.loggedAt = $now", {"rows": undone, "now": _now()})])
        self._load_state()

    # ------------------------------------------------------------------ merges
    def unmerge(self, merge_id: str) -> dict[str, Any]:
        """Undo a merge: record an override, drop the alias, replay the affected articles."""
        m = self._merge_to_undo(merge_id)
        if m is None:
            return self._undone_already(merge_id)
        self._write([("MERGE (o:Override {id: $id}) ON CREATE SET o.key = $key, "
                      "o.into = $into, o.loggedAt = $now", {"id": merge_id, "key": m["key"],
                                                            "into": m["into"], "now": _now()}),
                     ("MATCH (x:Alias {key: $key, target: $into}) DELETE x",
                      {"key": m["key"], "into": m["into"]})])
        self._load_state()
        # Articles that mention the merged-into company may have used the name: replay them.
        rows = self._read("MATCH (:Article)-[r:MENTIONS]->(:Company {id: $c}) "
                          "UNWIND r.sources AS aid WITH DISTINCT aid MATCH (a:Article {id: aid}) "
                          "RETURN aid, a.record AS record ORDER BY aid", c=m["into"])
        self._ingest([(r["aid"], Extraction.from_dict(json.loads(r["record"]))) for r in rows
                      if r["record"]], force=True)
        self._load_state()
        return {"merge": merge_id, "name": m["name"], "into": m["into"], "reingested": len(rows)}

    # ------------------------------------------------------------------ reads
    def stats(self) -> dict[str, int]:
        out: dict[str, int] = {"articles": len(self._articles),
                               "merges": sum(1 for m in self._merges.values() if not m["undone"])}
        for k in model.NODE_KINDS:
            out[k.name] = self._read(f"MATCH (n:{k.name}) RETURN count(n) AS n")[0]["n"]
        for e in model.EDGE_KINDS:
            out[e.name] = self._read(f"MATCH ()-[r:{e.name}]->() RETURN count(r) AS n")[0]["n"]
        out["relationships"] = sum(out[e.name] for e in model.EDGE_KINDS)
        return out

    def bind(self, name: str, params: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
        """The Cypher text of named query `name` and its parameters, bound as on every store."""
        q = get_query(name, "cypher")
        values = check_params(q, dict(params or {}))
        bound: dict[str, Any] = {}
        for p in q.params:
            v = values.get(p.name)
            if v is None:
                bound[p.name] = ""
            elif p.type == "company":
                bound[p.name] = self.resolver.resolve(str(v)).target
            elif p.type == "entity":
                r = self.resolver.resolve(str(v))
                bound[p.name] = r.target if r.rule != "new" else str(v)
            elif p.type == "relation":
                edge = model.EDGES_BY_NAME.get(str(v).upper())
                if edge is None:
                    raise QueryError(f"Unknown relation {v!r}; use one of "
                                     f"{', '.join(e.name for e in model.EDGE_KINDS)}.")
                bound[p.name] = edge.name
            else:
                bound[p.name] = v
        return q.text, bound

    def query(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        text, bound = self.bind(name, params)
        with translate(self.settings, f"running query {name!r} on"):
            return self._read(text, **bound)

    def run(self, cypher: str, params: dict[str, Any] | None = None, *,
            write: bool = False) -> list[dict[str, Any]]:
        """Run ad-hoc Cypher (a read transaction unless `write`); rows as dicts."""
        if write:
            return self._write([(cypher, dict(params or {}))])[0]
        return self._read(cypher, **dict(params or {}))

    def wipe(self) -> None:
        """Delete every node and relationship (schema and migrations stay): tests, benchmarks."""
        with translate(self.settings, "wiping"), self._session() as s:
            # Relationships first, in small transactions: dense nodes would make one
            # DETACH DELETE transaction outgrow the server's transaction memory.
            s.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS").consume()
            s.run("MATCH (n) WHERE NOT n:Migration CALL (n) { DELETE n } "
                  "IN TRANSACTIONS OF 5000 ROWS").consume()
        self._load_state()

    def close(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()
            self._driver = None
