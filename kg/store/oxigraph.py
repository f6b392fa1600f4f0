"""The embedded store: pyoxigraph (RocksDB) on disk, one named graph per article.

Each article is written in one transaction (`Store.extend` / `Store.update`
are all-or-nothing), so a crash leaves the store as it was before that
article and a rerun completes it. Bookkeeping (stored records, ingest times,
aliases, the merge log, unmerge overrides) lives in the `tkg:meta` graph.

The store's default graph is the *set* union of the article graphs plus the
ontology, kept in the same transactions as the article graphs. Named queries
read it instead of pyoxigraph's union-of-graphs view, in which a triple stated
by N articles appears N times and every join multiplies (docs/store.md).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, unquote

import pyoxigraph as ox

from kg import model, summary
from kg.errors import QueryError, StoreError, StoreLockedError
from kg.graph import article_key, build_article_graph
from kg.identity import Resolver, short_hash
from kg.model import ID, PROV, tkg
from kg.queries import bind_values, check_params, get_query, sparql_terms
from kg.rdf import (
    META,
    PRED,
    A,
    article_iri,
    article_text,
    graph_block,
    iri,
    key_line,
    literal,
    parse_lines,
    update_data,
)
from kg.store.base import ForgetResult, IngestResult, MergeLog, Store
from loaders.record import Extraction

N, L = ox.NamedNode, ox.Literal
P = {t: N(getattr(tkg, t)) for t in (
    "record", "recordHash", "recordId", "ingestedAt", "aliasKey", "aliasOf", "rule", "mergeId",
    "mergedName", "into", "undoes", "loggedAt", "Alias", "Merge", "Override", "pending",
    "seq", "page", "lastSeq", "lastPage")}
P_DERIVED = N(PROV + "wasDerivedFrom")
ONTOLOGY_GRAPH = N("https://techkg.dev/ontology")
DEFAULT = ox.DefaultGraph()
# Marks a store whose default graph holds the union of its article graphs (layout 2).
P_LAYOUT = N(model.TKG + "storeLayout")
LAYOUT = L("2")
# Marks a store whose tkg:summary graph holds exact counts (kg/summary.py).
SUMMARY_LAYOUT = L("summary-1")
EDGE_VALUES = " ".join(f"<{e.iri}>" for e in model.EDGE_KINDS)
_XSD_NUM = {model.XSD + t: int for t in ("integer", "int", "long")} | {
    model.XSD + t: float for t in ("double", "decimal", "float")}


def _now() -> ox.Literal:
    return L(datetime.now(UTC).isoformat(timespec="seconds"), datatype=N(model.XSD + "dateTime"))


def _solutions(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
               ) -> ox.QuerySolutions:
    """A SELECT's rows (every query here is a SELECT; anything else is a bug)."""
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError(f"expected SELECT results, got {type(result).__name__}")
    return result


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph) -> str:
    """The lexical value of an IRI, blank node or literal."""
    if isinstance(term, (ox.Triple, ox.DefaultGraph)):
        raise TypeError(f"expected an IRI or literal, got {term!r}")
    return term.value


def _value(term: Any) -> Any:
    """A SPARQL result term as a plain Python value."""
    if isinstance(term, ox.Literal):
        if term.datatype.value == model.XSD + "boolean":
            return term.value == "true"
        conv = _XSD_NUM.get(term.datatype.value)
        return conv(term.value) if conv else term.value
    return None if term is None else term.value


def _plain(x: Any) -> dict[str, Any]:
    # `dataclasses.asdict` deep-copies recursively and costs more than the rest of ingest;
    # our record dataclasses hold plain values, lists of strings and one Evidence.
    d = {f: getattr(x, f) for f in _FIELDS.setdefault(type(x), tuple(
        f.name for f in dataclasses.fields(x)))}
    ev = d.get("evidence")
    if ev is not None:
        d["evidence"] = ev.to_dict()
    return d


_FIELDS: dict[type, tuple[str, ...]] = {}


def record_json(x: Extraction) -> str:
    """`json.dumps(x.to_dict(), sort_keys=True, ensure_ascii=False)`, computed faster."""
    def ev(p: Any) -> dict[str, Any] | None:
        return p.evidence.to_dict() if p.evidence else None

    d = {"id": x.id, "url": x.url, "title": x.title, "published": x.published,
         "companies": [_plain(c) for c in x.companies], "cities": [_plain(c) for c in x.cities],
         "countries": list(x.countries), "facilities": [_plain(f) for f in x.facilities],
         "competitors": [[p.a, p.b] for p in x.competitors],
         "competitor_evidence": [{"confidence": p.confidence, "evidence": ev(p)}
                                 for p in x.competitors],
         "subsidiaries": [[p.a, p.b] for p in x.subsidiaries],
         "subsidiary_evidence": [{"confidence": p.confidence, "evidence": ev(p)}
                                 for p in x.subsidiaries],
         "events": [_plain(e) for e in x.events], "source": x.source, "extractor": x.extractor}
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


@dataclasses.dataclass
class Prepared:
    """One article made ready to write (see `OxigraphStore.prepare`).

    Its triples are N-Triples text (`kg.rdf.article_text`), not pyoxigraph objects:
    building ~400 `Quad`s per article cost more than writing them (docs/store.md,
    "Transactions"). `union` and `all()` parse the text for the rarer paths that want
    objects (replacing an article, the remote store).
    """

    result: IngestResult
    quads: bytes  # TriG (UTF-8): `GRAPH <article> {…}` and its bookkeeping `GRAPH tkg:meta {…}`
    log: list[ox.Quad]  # aliases and merges it adds to the meta graph (shared, not per article)
    candidates: list[str]  # its node and edge triples (lines), candidates for the default graph
    own: int  # the first `own` candidates name the article itself (no other article states them)
    # Of `candidates`, those not in the default graph when prepared (line -> quad), once each.
    fresh: dict[str, ox.Quad]

    @property
    def union(self) -> list[ox.Quad]:
        """Its node and edge triples, candidates for the default graph."""
        return parse_lines(self.candidates)

    def all(self) -> list[ox.Quad]:
        """Everything of this article a store without a derived default graph writes."""
        return list(ox.parse(self.quads, format=ox.RdfFormat.TRIG)) + self.log


# Node and edge triples of a graph (not META, not assertions) into the default graph.
_UNION_INSERT = ("INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} FILTER({graph} != "
                 + str(META) + " && {graph} != " + str(summary.SUMMARY) + ") "
                 "FILTER NOT EXISTS {{ GRAPH {graph} {{ ?s a <" + tkg.Assertion + "> }} }} }}")


def sole_triples(graph: ox.NamedNode) -> str:
    """Query text for the triples of `graph` no other article graph states: those leave
    the default graph with it. `graph` is an IRI we minted, safe to splice into the text."""
    return (f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(?g != {graph} && ?g != {META}) }} }}")


class OxigraphStore(MergeLog, Store):
    """Knowledge graph in a pyoxigraph store at `path` (None: in memory, for tests)."""

    name = "oxigraph"
    context_aware = True
    transaction_aware = True
    batch_articles = 256  # articles per write batch in add_many
    _index: tuple[dict[str, str], dict[str, str]] | None = None  # see `_articles`
    _seq: int | None = None  # the last sequence number given (see `_next_seq`)
    # Fault-injection point for crash tests: wraps the TriG text each batch bulk-loads.
    write_hook: Callable[[bytes], bytes | IO[bytes]] | None = None
    # Default-graph lines known to be there (two generations, see `_fresh`); emptied by
    # anything that removes default-graph triples (`_replace`).
    _known: tuple[set[str], set[str]] | None = None
    known_lines = 100_000  # lines per generation of `_known`

    def __init__(self, path: Path | str | None = None, *,
                 kb_lookup: Callable[[str], str | None] | None = None) -> None:
        self.path = Path(path) if path is not None else None
        try:
            self._db = ox.Store(str(self.path)) if self.path else ox.Store()
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreLockedError(
                    f"The store at {self.path} is open in another process (its lock file is "
                    "held). Close the other kg command first, or point --store / KG_STORE "
                    "at another directory.") from err
            raise StoreError(f"Cannot open the store at {self.path}: {err}. Check the path "
                             "is a techkg store directory you can write to.") from err
        self._kb_lookup = kb_lookup
        if not self._db.contains_named_graph(ONTOLOGY_GRAPH):
            # The ontology rides along so queries can map predicates to relation names.
            self._db.load(path=str(model.ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE,
                          to_graph=ONTOLOGY_GRAPH)
        if ox.Quad(META, P_LAYOUT, LAYOUT, META) not in self._db:
            self._build_union()
        self._roll_back_pending()
        if ox.Quad(META, P_LAYOUT, SUMMARY_LAYOUT, META) not in self._db:
            self.rebuild_summary()
        if self._stored_seq() < 0:
            self._number_articles()
        self.reload()

    def _build_union(self) -> None:
        """Fill the default graph from the article graphs and the ontology (older stores)."""
        self._update(f"{_UNION_INSERT.format(graph='?g')} ; "
                     f"INSERT DATA {{ GRAPH {META} {{ {META} {P_LAYOUT} {LAYOUT} }} }}")

    def index_graphs(self, graphs: Iterable[str]) -> None:
        """Add the node and edge triples of named graphs written behind the store's back
        (an RDF import) to the default graph the queries read, and recount the summary."""
        seqs: list[ox.Quad] = []
        for g in graphs:
            self._update(_UNION_INSERT.format(graph=N(g)))
            if g.startswith(f"{ID}article/") and not any(
                    True for _ in self._db.quads_for_pattern(N(g), P["seq"], None, META)):
                seqs += self._next_seq(N(g))
        self.rebuild_summary()
        if seqs:  # imported articles take their places in the listing's order
            self._store_numbers(seqs)

    def rebuild_summary(self) -> None:
        """Recompute the tkg:summary counts from the default graph (kg/summary.py)."""
        counts = summary.recount(lambda q: _solutions(self._db.query(q)))
        mark = ox.Quad(META, P_LAYOUT, SUMMARY_LAYOUT, META)
        self._update(f"DROP SILENT GRAPH {summary.SUMMARY} ; "
                     f"INSERT DATA {{ {update_data([*counts, mark])} }}")

    # ------------------------------------------------------------------ state
    @property
    def dataset(self) -> ox.Store:
        """The pyoxigraph dataset itself, for RDF export and import (kg/rdf_export.py)."""
        return self._db

    @property
    def article_count(self) -> int:
        if self._index is not None:
            return len(self._articles)
        rows = _solutions(self._db.query(
            f"SELECT (COUNT(*) AS ?n) {{ GRAPH {META} {{ ?a {P['recordHash']} ?h }} }}"))
        return int(_value(next(iter(rows))["n"]))

    @property
    def _articles(self) -> dict[str, str]:
        """Content id -> record hash of every stored article. Read from the meta graph on
        first use, not on open: 5 s at 100,000 articles that a query does not need."""
        return self._article_index()[0]

    @property
    def _record_ids(self) -> dict[str, str]:
        """Record id -> content id."""
        return self._article_index()[1]

    def _article_index(self) -> tuple[dict[str, str], dict[str, str]]:
        if self._index is None:
            hashes = {_text(q.subject).rsplit("/", 1)[1]: _text(q.object)
                      for q in self._db.quads_for_pattern(None, P["recordHash"], None, META)}
            ids = {_text(q.object): _text(q.subject).rsplit("/", 1)[1]
                   for q in self._db.quads_for_pattern(None, P["recordId"], None, META)}
            self._index = hashes, ids
        return self._index

    def _stored_seq(self) -> int:
        """The last sequence number as stored (-1: none given yet)."""
        for q in self._db.quads_for_pattern(META, P["lastSeq"], None, META):
            return int(_text(q.object))
        return -1

    def _next_seq(self, art: ox.NamedNode) -> list[ox.Quad]:
        """The meta quads giving a newly written article the next sequence number and its
        page (the `articles` listing reads a page by lookup). The counter itself is stored
        by `seq_change`, in the update that ends the write."""
        if self._seq is None:
            self._seq = self._stored_seq()
        self._seq += 1
        return [ox.Quad(art, P["seq"], L(self._seq), META),
                ox.Quad(art, P["page"], L(self._seq // model.PAGE_SIZE + 1), META)]

    def _number_articles(self) -> None:
        """Give sequence numbers, in ingest order, to the articles of a store written
        before stores numbered them (see "Pages" in docs/store.md)."""
        rows = _solutions(self._db.query(
            f"SELECT ?a WHERE {{ GRAPH {META} {{ ?a {P['recordHash']} ?h "
            f"OPTIONAL {{ ?a {P['ingestedAt']} ?t }} }} }} ORDER BY ?t ?a"))
        quads = [q for r in rows for q in self._next_seq(r["a"])]
        if quads:
            self._store_numbers(quads)

    def count_changes(self, added: Iterable[ox.Quad], gone: Iterable[ox.Quad],
                      written: list[Prepared], dropped: list[str]
                      ) -> tuple[list[ox.Quad], list[ox.Quad]]:
        """(quads to delete, to insert) keeping the summary counts and the article numbers
        right through one write: default-graph triples `added` and `gone`, articles
        `written` (their fact counts) and `dropped` (content ids whose old fact counts go)."""
        dels, ins = summary.changes(summary.deltas(added, gone), summary.reader(self._db))
        seq_dels, seq_ins = self.seq_change()
        for aid in dropped:
            dels += self._db.quads_for_pattern(article_iri(aid), summary.FACTS, None,
                                               summary.SUMMARY)
        for p in written:
            ins += summary.article_facts(article_iri(p.result.article), p.result.facts)
        return dels + seq_dels, ins + seq_ins

    def _store_numbers(self, quads: list[ox.Quad]) -> None:
        """Write the numbering quads of articles written behind the store's back (an
        older store, an import) with the counter they advanced."""
        dels, ins = self.seq_change()
        self._update(f"DELETE DATA {{ {update_data(dels)} }} ; "
                     f"INSERT DATA {{ {update_data(quads + ins)} }}")

    def seq_change(self) -> tuple[list[ox.Quad], list[ox.Quad]]:
        """(quads to delete, to insert) storing the last sequence number given and its page."""
        old = self._stored_seq()
        if self._seq is None or self._seq == old:
            return [], []

        def counter(seq: int) -> list[ox.Quad]:
            return [ox.Quad(META, P["lastSeq"], L(seq), META),
                    ox.Quad(META, P["lastPage"], L(seq // model.PAGE_SIZE + 1), META)]
        return (counter(old) if old >= 0 else []), counter(self._seq)

    def records(self) -> Iterator[tuple[str, Extraction]]:
        """(article id, stored record) of every article, in ingest order."""
        rows = _solutions(self._db.query(
            f"SELECT ?a ?r ?t WHERE {{ GRAPH {META} {{ ?a {P['record']} ?r . "
            f"OPTIONAL {{ ?a {P['ingestedAt']} ?t }} }} }} ORDER BY ?t ?a"))
        for row in rows:
            yield _text(row["a"]).rsplit("/", 1)[1], Extraction.from_dict(json.loads(
                _text(row["r"])))

    def reload(self) -> None:
        """Rebuild the in-memory indexes (articles, aliases, merges) from the meta graph
        (after writes behind the store's back, such as an RDF import)."""
        self._index = None  # see `_articles`
        self._seq = None
        self.resolver = Resolver(kb_lookup=self._kb_lookup)
        # Constant IRIs of our own vocabulary only; no user input reaches this text.
        rows = _solutions(self._db.query(
            f"SELECT ?k ?t ?r {{ GRAPH {META} {{ ?a {P['aliasKey']} ?k ; "
            f"{P['aliasOf']} ?t ; {P['rule']} ?r }} }}"))
        for s in rows:
            self.resolver.aliases[s["k"].value] = (unquote(s["t"].value.rsplit("/", 1)[1]),
                                                   s["r"].value)
        self._merges: dict[str, dict[str, Any]] = {}
        for q in self._db.quads_for_pattern(None, A, P["Merge"], META):
            m = {p.predicate.value.rsplit("#", 1)[1]: _value(p.object)
                 for p in self._db.quads_for_pattern(q.subject, None, None, META)}
            self._merges[m["mergeId"]] = {
                "id": m["mergeId"], "name": m["mergedName"], "key": m["aliasKey"],
                "into": unquote(m["into"].rsplit("/", 1)[1]), "rule": m["rule"],
                "article": m.get("wasDerivedFrom", "").rsplit("/", 1)[-1],
                "at": m["loggedAt"], "undone": False}
        for q in self._db.quads_for_pattern(None, P["undoes"], None, META):
            mid = _text(q.object).rsplit("/", 1)[1]
            if mid in self._merges:
                m = self._merges[mid]
                m["undone"] = True
                self.resolver.overrides.add((m["key"], m["into"]))

    # ------------------------------------------------------------------ writes
    # A batch of new articles is written in two steps (docs/store.md, "Transactions"):
    # 1. their named graphs and per-article meta go in as TriG text through `bulk_load`,
    #    three times cheaper than a transaction but not atomic, bracketed by `tkg:pending`
    #    markers that are written (transactionally) first;
    # 2. one SPARQL update, atomic, adds their default-graph triples, aliases and merges
    #    and deletes the markers.
    # A crash before step 2 ends leaves markers; the next open drops the graphs they name,
    # so the store is as before the batch and a rerun completes it.

    def _commit(self, batch: list[Prepared]) -> None:
        if not batch:
            return
        markers = [ox.Quad(META, P["pending"], article_iri(p.result.article), META)
                   for p in batch]
        text = b"".join(p.quads for p in batch)
        try:
            self._db.extend(markers)
            # lenient: no IRI validation; every IRI is built from percent-encoded parts
            # (kg/rdf.py), and validating them cost a tenth of the whole write.
            self._db.bulk_load(self.write_hook(text) if self.write_hook else text,
                               format=ox.RdfFormat.TRIG, lenient=True)
            new = self._new_union_triples(batch)
            dels, ins = self.count_changes(new.values(), (), batch, [])
            shared = "\n".join(new) + "\n" + update_data(ins + [q for p in batch for q in p.log])
            self._update(f"DELETE DATA {{ {update_data(markers + dels)} }} ; "
                         f"INSERT DATA {{ {shared} }}")
            self._learn(batch)
        except OSError as err:
            raise StoreError(f"Writing to the store at {self.path} failed: {err}. The "
                             "batch is rolled back when the store is next opened; rerun the "
                             "ingest.") from err

    def _roll_back_pending(self) -> None:
        """Drop the graphs of a batch a crash interrupted (see the comment above `_commit`)."""
        pending = [q.object for q in self._db.quads_for_pattern(META, P["pending"], None, META)]
        for art in pending:  # IRIs we minted from hex hashes: safe inside the update text
            self._update(f"DROP SILENT GRAPH {art} ; "
                         f"DELETE WHERE {{ GRAPH {META} {{ {art} ?p ?o }} }} ; "
                         f"DELETE DATA {{ GRAPH {META} {{ {META} {P['pending']} {art} }} }}")

    def _new_union_triples(self, batch: list[Prepared]) -> dict[str, ox.Quad]:
        """The batch's node/edge triples not yet in the default graph, once each (line ->
        quad). Each article found its own when prepared (`_fresh`); two articles of a
        batch may both have found one."""
        out: dict[str, ox.Quad] = {}
        for p in batch:
            out |= p.fresh
        return out

    def _fresh(self, own: list[str], shared: list[str]) -> dict[str, ox.Quad]:
        """The default-graph lines of an article not in the default graph now, parsed.

        `own` lines name the article itself, which is not stored: new without a look.
        Most `shared` lines are there already (an entity's name and key repeat in every
        article naming it): those seen before are skipped by `_known`, the rest cost a
        point lookup each, far less than writing a quad into its indexes again.
        """
        young, old = self._known or (set(), set())
        todo: list[str] = []
        for t in shared:
            if t in young:
                continue
            if t in old:
                young.add(t)
                continue
            todo.append(t)
        todo = list(dict.fromkeys(todo))
        db = self._db
        out = dict(zip(own, parse_lines(own), strict=True))
        out |= {t: q for t, q in zip(todo, parse_lines(todo), strict=True) if q not in db}
        return out

    def _learn(self, batch: list[Prepared]) -> None:
        """Remember the shared lines of a committed batch as in the default graph; the
        oldest generation goes when the young one is full, so memory stays bounded."""
        young, old = self._known or (set(), set())
        for p in batch:
            young.update(p.candidates[p.own:])
        if len(young) > self.known_lines:
            young, old = set(), young
        self._known = young, old

    def _forget_known(self) -> None:
        self._known = None

    def _update(self, text: str) -> None:
        try:
            self._db.update(text)
        except OSError as err:
            raise StoreError(f"Updating the store at {self.path} failed: {err}. Nothing "
                             "was changed; rerun the command.") from err

    # ----------------------------------------------------------------- ingest
    def add_many(self, extractions: list[Extraction],
                 texts: list[str | None] | None = None) -> list[IngestResult]:
        """Ingest records, `batch_articles` new articles per write batch (all-or-nothing)."""
        texts = texts or [None] * len(extractions)
        batch: list[Prepared] = []
        results: list[IngestResult] = []
        try:
            for x, text in zip(extractions, texts, strict=True):
                prep = self.prepare(x, text)
                results.append(prep.result)
                if prep.result.replaced:  # replacing needs a delete: its own update
                    self._commit(batch)
                    batch = []
                    self._replace(prep)
                elif prep.quads:
                    batch.append(prep)
                    if len(batch) >= self.batch_articles:
                        self._commit(batch)
                        batch = []
            self._commit(batch)
        except BaseException:
            # A batch cut short may have left part of its graphs behind its markers: drop
            # them now, not at the next open, then forget what this process learned.
            try:
                self._roll_back_pending()
            finally:
                self.reload()
            raise
        return results

    def prepare(self, x: Extraction, text: str | None, *, force: bool = False,
                 aid: str | None = None) -> Prepared:
        """The quads of one record, and what ingesting it means (new entities, merges)."""
        record = record_json(x)
        aid = aid or article_key(x, text)
        rhash = short_hash(record)
        old = self._articles.get(aid)
        if old == rhash and not force:
            return Prepared(IngestResult(aid, unchanged=True), b"", [], [], 0, {})
        ag = build_article_graph(x, self.resolver, text, article_id=aid)
        rdf = article_text(ag)
        log: list[ox.Quad] = []
        res = IngestResult(aid, replaced=old is not None, facts=len(ag.edges))
        art = article_iri(aid)
        subj = f"<{art.value}>"
        meta = [f"{subj} <{P['recordHash'].value}> {literal(rhash)} .",
                f"{subj} <{P['record'].value}> {literal(record)} .",
                f"{subj} <{P['recordId'].value}> {literal(x.id)} .",
                f"{subj} <{P['ingestedAt'].value}> {_now()} ."]
        meta += [f"{q.subject} {q.predicate} {q.object} ." for q in self._next_seq(art)]
        for key, target, rule in ag.new_aliases:
            a = N(f"{ID}alias/{quote(key, safe=':-_.')}")
            kind = "City" if rule == "geonames" else "Company"
            log += [ox.Quad(a, A, P["Alias"], META), ox.Quad(a, P["aliasKey"], L(key), META),
                      ox.Quad(a, P["aliasOf"], iri(kind, target), META),
                      ox.Quad(a, P["rule"], L(rule), META)]
        for r in ag.resolutions:
            mid = short_hash(f"{r.key}>{r.target}", 10)
            if r.merged and mid not in self._merges:
                m = N(f"{ID}merge/{mid}")
                log += [ox.Quad(m, A, P["Merge"], META), ox.Quad(m, P["mergeId"], L(mid), META),
                          ox.Quad(m, P["mergedName"], L(r.name), META),
                          ox.Quad(m, P["aliasKey"], L(r.key), META),
                          ox.Quad(m, P["into"], iri("Company", r.target), META),
                          ox.Quad(m, P["rule"], L(r.rule), META),
                          ox.Quad(m, P_DERIVED, art, META), ox.Quad(m, P["loggedAt"], _now(), META)]
                entry = {"id": mid, "name": r.name, "key": r.key, "into": r.target,
                         "rule": r.rule, "article": aid, "at": None, "undone": False}
                self._merges[mid] = entry
                res.merged.append({k: str(v) for k, v in entry.items() if k in
                                   ("id", "name", "into", "rule")})
        # (A replaced article's default-graph triples are worked out again by `_replace`.)
        fresh = self._fresh(rdf.own, rdf.shared)
        # Every node states its key in the default graph: a new key is a new entity.
        res.new_entities = [f"{k}:{i}" for k, i in ag.nodes if key_line(k, i) in fresh]
        self._articles[aid] = rhash
        self._record_ids[x.id] = aid
        res.quads = len(rdf.graph) + len(meta) + len(log)
        trig = graph_block(art, rdf.graph) + graph_block(META, meta)
        return Prepared(res, trig.encode(), log, rdf.own + rdf.shared, len(rdf.own), fresh)

    def _replace(self, prep: Prepared | None, aid: str | None = None) -> None:
        """Swap an article's graph for `prep`'s (None: remove it), its default-graph triples
        and summary counts with it, in one update."""
        art = article_iri(prep.result.article if prep else str(aid))
        gone = [ox.Quad(r["s"], r["p"], r["o"]) for r in _solutions(
            self._db.query(sole_triples(art)))]
        keep, db = set(gone), self._db
        self._forget_known()  # `gone` leaves the default graph
        added = list(dict.fromkeys(t for t in (prep.union if prep else ())
                                   if t in keep or t not in db))
        dels, ins = self.count_changes(added, gone, [prep] if prep else [],
                                       [prep.result.article if prep else str(aid)])
        # `art` is minted by us from a hex hash, so it is safe inside the update text.
        self._update(f"DELETE DATA {{ {update_data(gone + dels)} }} ; DROP SILENT GRAPH {art} ; "
                     f"DELETE WHERE {{ GRAPH {META} {{ {art} ?p ?o }} }} ; "
                     f"INSERT DATA {{ {update_data((prep.all() if prep else []) + added + ins)} }}")

    # ----------------------------------------------------------------- forget
    def article_id(self, article: str) -> str | None:
        """The content id of a stored article given its content id or record id."""
        if article in self._articles:
            return article
        return self._record_ids.get(article)

    def forget(self, article: str) -> ForgetResult:
        aid = self.article_id(article)
        if aid is None:
            return ForgetResult(article, found=False)
        art = article_iri(aid)
        counts = next(iter(_solutions(self._db.query(
            "SELECT ?g (COUNT(*) AS ?all) (SUM(IF(?shared, 1, 0)) AS ?kept) WHERE {"
            f" GRAPH ?g {{ ?s ?p ?o }} VALUES ?p {{ {EDGE_VALUES} }}"
            " BIND(EXISTS { GRAPH ?h { ?s ?p ?o } FILTER(?h != ?g) } AS ?shared) } GROUP BY ?g",
            substitutions={ox.Variable("g"): art}))), None)
        total = _value(counts["all"]) if counts and counts["all"] else 0
        kept = _value(counts["kept"]) if counts and counts["kept"] else 0
        removed = sum(1 for _ in self._db.quads_for_pattern(None, None, None, art))
        self._replace(None, aid)
        self.reload()
        return ForgetResult(aid, True, removed, total - kept, kept)

    # ------------------------------------------------------------------ merges
    def unmerge(self, merge_id: str) -> dict[str, Any]:
        """Undo a merge: record an override, drop the alias, re-ingest affected articles."""
        m = self._merge_to_undo(merge_id)
        if m is None:
            return self._undone_already(merge_id)
        target = iri("Company", m["into"])
        o = N(f"{ID}override/{merge_id}")
        alias = N(f"{ID}alias/{quote(m['key'], safe=':-_.')}")
        ins = [ox.Quad(o, A, P["Override"], META),
               ox.Quad(o, P["undoes"], N(f"{ID}merge/{merge_id}"), META),
               ox.Quad(o, P["aliasKey"], L(m["key"]), META), ox.Quad(o, P["into"], target, META),
               ox.Quad(o, P["loggedAt"], _now(), META)]
        dels = [q for q in self._db.quads_for_pattern(alias, None, None, META)
                if any(True for _ in self._db.quads_for_pattern(alias, P["aliasOf"], target, META))]
        self._update((f"DELETE DATA {{ {update_data(dels)} }} ; " if dels else "")
                     + f"INSERT DATA {{ {update_data(ins)} }}")
        self.reload()
        # Articles that mention the merged-into company may have used the name: replay them.
        graphs = {_text(q.graph_name).rsplit("/", 1)[1]
                  for q in self._db.quads_for_pattern(None, PRED["MENTIONS"], target, None)
                  if q.graph_name != DEFAULT}
        for aid in sorted(graphs):
            stored = next(
                self._db.quads_for_pattern(article_iri(aid), P["record"], None, META), None)
            if stored is None:
                continue
            x = Extraction.from_dict(json.loads(_text(stored.object)))
            self._replace(self.prepare(x, None, force=True, aid=aid))
        self.reload()
        return {"merge": merge_id, "name": m["name"], "into": m["into"], "reingested": len(graphs)}

    # ------------------------------------------------------------------ reads
    def stats(self) -> dict[str, int]:
        # No quad total here: pyoxigraph counts quads by reading them all (24 s at 100,000
        # articles); `quad_count()` gives it when asked for.
        out: dict[str, int] = {"articles": self.article_count,
                               "merges": sum(1 for m in self._merges.values() if not m["undone"])}
        return out | summary.stats(self._db)

    def quad_count(self) -> int:
        """Every quad of the dataset (article graphs, meta, ontology, default graph); slow
        on a large store: it reads them all."""
        return len(self._db)

    def query(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        q = get_query(name, "sparql")
        values = check_params(q, dict(params or {}))
        try:
            sols = _solutions(self._db.query(bind_values(q.text, sparql_terms(q, values,
                                                                              self.resolver))))
        except SyntaxError as err:
            raise QueryError(f"{q.path}: the query does not parse: {err}") from err
        names = [v.value for v in sols.variables if v.value not in values and
                 v.value not in {p.name for p in q.params}]
        return [{n: _value(s[n]) for n in names} for s in sols]

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            try:
                db.flush()
            except OSError:
                pass
            del self._db
