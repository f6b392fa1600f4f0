"""The property-graph form of `ArticleGraph`s: UNWIND rows and the Cypher that writes them.

`Batch` collects many articles and `Batch.write(tx, now)` writes them inside one
transaction, in an order chosen so that each statement does the least work:

1. one MERGE per node label, one row per distinct node of the batch (the values
   of all its articles folded into that row); it returns each node's element id
   and whether the node is new;
2. relationships found by element id (no index seek), one statement per
   (type, start label, end label) and per kind of write: a relationship whose
   start is the article, or that touches a node new in this batch, cannot exist
   yet and is CREATEd with its properties as one map; the others are MERGEd,
   again one row per distinct relationship with the provenance of all the
   batch's articles behind it appended at once.

So a relationship many articles assert (a city's IN_COUNTRY) is rewritten once per
batch, not once per article. Labels, types and property keys in the Cypher text
come from `kg.model` only; every value travels as a parameter.

Node properties are merged, not overwritten: a scalar keeps the smallest value
seen (what `MIN` gives on the embedded store), `names`, `statuses`, `dates` and
`amounts` keep every distinct value with a count of the articles stating it. Each
relationship carries its provenance as parallel lists, one entry per source
article: `sources`, `evidence`, `starts`, `ends`, `fields`, `confidences`,
`extractors`, `roles` ("" / -1 where there is none, since Neo4j lists hold no
nulls), plus `first_seen` / `last_seen`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kg import model
from kg.graph import ArticleGraph
from kg.model import PAGE_SIZE

LABELS = frozenset(k.name for k in model.NODE_KINDS)
# Every node property kg.graph sets, per label (the Article's are set whole, not merged).
NODE_PROPS: dict[str, tuple[str, ...]] = {
    "Company": ("name", "countryCode", "sector"),
    "City": ("name", "geonamesId"),
    "Country": ("name", "isoCode"),
    "Facility": ("name", "facilityKind", "status", "ordinal", "capacity", "investment"),
    "Event": ("name", "eventType", "date", "amount"),
}
# Properties the queries read with MIN or filter on any value: every distinct value is
# kept in a list with a count of the articles that state it, so `forget` can take an
# article's values back out and the scalar stays the smallest value still stated.
MULTI = {"name": "names", "status": "statuses", "date": "dates", "amount": "amounts"}
REL_LISTS = ("sources", "evidence", "starts", "ends", "fields", "confidences", "extractors",
             "roles")
_MIN = "reduce(m = null, x IN coalesce(n.{l}, []) | CASE WHEN m IS NULL OR x < m THEN x ELSE m END)"


_MIN_OF = "reduce(m = n.{p}, x IN coalesce(row.v.{p}, []) | " \
    "CASE WHEN m IS NULL OR x < m THEN x ELSE m END)"


def _merge_node(label: str) -> str:
    """MERGE one row per node: `row.v.<prop>` lists the batch's values (distinct for the
    multi-valued ones, with article counts in `row.c.<prop>`); returns id, element id, new."""
    scalars, lists, counts, mins = [], [], [], []
    for p in NODE_PROPS[label]:
        if p not in MULTI:
            scalars.append(f"n.{p} = {_MIN_OF.format(p=p)}")
            continue
        lst, cnt, v, c = MULTI[p], f"{p}Counts", f"row.v.{p}", f"row.c.{p}"
        lists.append(f"n.{lst} = CASE WHEN {v} IS NULL THEN n.{lst} ELSE coalesce(n.{lst}, []) "
                     f"+ [x IN {v} WHERE NOT x IN coalesce(n.{lst}, [])] END")
        counts.append(f"n.{cnt} = [i IN range(0, size(coalesce(n.{lst}, [])) - 1) | "
                      f"coalesce(n.{cnt}[i], 0) + reduce(k = 0, j IN range(0, size(coalesce("
                      f"{v}, [])) - 1) | k + CASE WHEN {v}[j] = n.{lst}[i] THEN {c}[j] "
                      f"ELSE 0 END)]")
        mins.append(f"n.{p} = {_MIN.format(l=lst)}")
    sets = " SET ".join(", ".join(x) for x in (scalars + lists, counts, mins) if x)
    # The marker tells a node made by this MERGE from one that was there (MERGE itself
    # does not say); it is removed before the transaction ends.
    return (f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) ON CREATE SET n.kgNew = true "
            f"WITH n, row, n.kgNew IS NOT NULL AS created REMOVE n.kgNew SET {sets} "
            f"RETURN row.id AS id, elementId(n) AS eid, created")


def _unmerge_node(label: str) -> str | None:
    multi = [p for p in NODE_PROPS[label] if p in MULTI]
    if not multi:
        return None
    keeps = ", ".join(
        f"[i IN range(0, size(coalesce(n.{MULTI[p]}, [])) - 1) WHERE n.{p}Counts[i] - "
        f"CASE WHEN n.{MULTI[p]}[i] = row.p.{p} THEN 1 ELSE 0 END > 0] AS k_{p}" for p in multi)
    sets = ", ".join(
        f"n.{p}Counts = [i IN k_{p} | n.{p}Counts[i] - CASE WHEN n.{MULTI[p]}[i] = row.p.{p} "
        f"THEN 1 ELSE 0 END], n.{MULTI[p]} = [i IN k_{p} | n.{MULTI[p]}[i]]" for p in multi)
    mins = ", ".join(f"n.{p} = {_MIN.format(l=MULTI[p])}" for p in multi)
    return (f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) WITH n, row, {keeps} "
            f"SET {sets} SET {mins} RETURN 0 AS removed, 0 AS kept")


def _create_rel(type_: str, src: str, dst: str) -> str:
    """CREATE relationships that cannot exist yet; `row.p` holds all their properties."""
    return (f"UNWIND $rows AS row MATCH (s:{src}) WHERE elementId(s) = row.s "
            f"MATCH (o:{dst}) WHERE elementId(o) = row.o CREATE (s)-[r:{type_}]->(o) SET r = row.p")


def _merge_rel(type_: str, src: str, dst: str) -> str:
    """MERGE relationships between existing nodes, appending the batch's provenance once."""
    init = ", ".join(f"r.{k} = []" for k in REL_LISTS)
    add = ", ".join(f"r.{k} = r.{k} + CASE WHEN whole THEN row.{k} "
                    f"ELSE [i IN keep | row.{k}[i]] END" for k in REL_LISTS)
    # Sources already recorded (a record written twice by two processes) are skipped, so
    # no article is counted twice.
    return (f"UNWIND $rows AS row MATCH (s:{src}) WHERE elementId(s) = row.s "
            f"MATCH (o:{dst}) WHERE elementId(o) = row.o "
            f"MERGE (s)-[r:{type_}]->(o) ON CREATE SET {init}, r.first_seen = $now "
            f"WITH r, row, [i IN range(0, size(row.sources) - 1) "
            f"WHERE NOT row.sources[i] IN r.sources] AS keep "
            f"WITH r, row, keep, size(keep) = size(row.sources) AS whole WHERE size(keep) > 0 "
            f"SET {add}, r.last_seen = $now")


ARTICLE_MERGE = ("UNWIND $rows AS row MERGE (a:Article {id: row.id}) "
                 "SET a += row.p, a.ingestedAt = $now RETURN row.id AS id, elementId(a) AS eid")
SEQUENCE = "MERGE (s:Sequence {name: 'article'}) SET s.last = $last"
ALIAS_MERGE = ("UNWIND $rows AS row MERGE (x:Alias {key: row.key}) "
               "ON CREATE SET x.target = row.target, x.rule = row.rule, x.kind = row.kind")
MERGE_LOG = ("UNWIND $rows AS row MERGE (m:Merge {id: row.id}) ON CREATE SET m.name = row.name, "
             "m.key = row.key, m.into = row.into, m.rule = row.rule, m.article = row.article, "
             "m.loggedAt = $now")


def _check(name: str) -> str:
    # Names pasted into Cypher text must be our own identifiers, never data.
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a model identifier: {name!r}")
    return name


Ref = tuple[str, str]  # (label, id)


@dataclass
class Batch:
    """Rows of many articles, ready for one transaction (`write`)."""

    # label -> node id -> {"id", "v": {prop: values}, "c": {prop: counts}}
    nodes: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(dict))
    # Relationships that start at their own article: one row each, always new.
    own: dict[tuple[str, str, str], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list))
    # The others: (type, start label, end label) -> (start id, end id) -> provenance lists.
    shared: dict[tuple[str, str, str], dict[tuple[str, str], dict[str, list[Any]]]] = field(
        default_factory=lambda: defaultdict(dict))
    articles: list[dict[str, Any]] = field(default_factory=list)
    aliases: list[dict[str, str]] = field(default_factory=list)
    merges: list[dict[str, str]] = field(default_factory=list)
    facts: int = 0
    last_seq: int = -1  # the sequence number of the batch's last article
    results: list[Any] = field(default_factory=list)  # the IngestResult of each article
    _ids: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.articles)

    def __contains__(self, aid: str) -> bool:
        return aid in self._ids

    def add(self, ag: ArticleGraph, record: str, record_hash: str, seq: int) -> None:
        """Add one article's nodes, relationships and bookkeeping; `seq` is its sequence
        number (the order of writing) and files it under page `seq // PAGE_SIZE + 1`."""
        self.last_seq = seq
        aid = ag.article.id
        self._ids.add(aid)
        ext = str(ag.article.props.get("extractor", "unknown"))
        edges = []
        contributed = []
        for n in ag.nodes.values():
            self._fold_node(n.kind, n.id, n.props)
            contributed.append([n.kind, n.id, {k: v for k, v in n.props.items() if k in MULTI}])
        for e in ag.edges.values():
            ev = e.evidence
            prov = (aid, ev.sentence if ev else "", int(ev.start) if ev else -1,
                    int(ev.end) if ev else -1, ev.field if ev else "", float(e.confidence),
                    ext, e.role or "")
            group = (e.type, e.src[0], e.dst[0])
            if e.src == ("Article", aid):
                self.own[group].append({"s": aid, "o": e.dst[1], "p": dict(zip(
                    REL_LISTS, ([x] for x in prov), strict=True))})
            else:
                lists = self.shared[group].setdefault(
                    (e.src[1], e.dst[1]), {k: [] for k in REL_LISTS})
                for k, x in zip(REL_LISTS, prov, strict=True):
                    lists[k].append(x)
            edges.append([e.type, e.src[0], e.src[1], e.dst[0], e.dst[1]])
        self.facts += len(ag.edges)
        self.articles.append({"id": aid, "p": {
            **ag.article.props, "record": record, "recordHash": record_hash,
            "facts": len(ag.edges), "seq": seq, "page": seq // PAGE_SIZE + 1,
            "edges": json.dumps(edges, ensure_ascii=False),
            "nodes": json.dumps(contributed, ensure_ascii=False)}})
        for key, target, rule in ag.new_aliases:
            self.aliases.append({"key": key, "target": target, "rule": rule,
                                 "kind": "City" if rule == "geonames" else "Company"})

    def _fold_node(self, label: str, id_: str, props: dict[str, Any]) -> None:
        row = self.nodes[label].get(id_)
        if row is None:
            row = self.nodes[label][id_] = {"id": id_, "v": {}, "c": {}}
        for p, x in props.items():
            values = row["v"].setdefault(p, [])
            if p not in MULTI:
                values.append(x)  # the smallest is taken in Cypher, as Neo4j orders values
                continue
            counts = row["c"].setdefault(p, [])
            try:
                counts[values.index(x)] += 1
            except ValueError:
                values.append(x)
                counts.append(1)

    def write(self, tx: Any, now: str, after_first: Callable[[int], None] | None = None
              ) -> set[Ref]:
        """Write the batch with `tx` (a transaction); returns the nodes it created.

        Nodes first (their element ids are then used to find them), relationships next,
        bookkeeping last. `after_first(n)` is called after the first statement.
        """
        eids: dict[Ref, str] = {}
        created: set[Ref] = set()
        count = 0

        def run(cypher: str, params: dict[str, Any]) -> list[Any]:
            nonlocal count
            rows = list(tx.run(cypher, params))
            count += 1
            if count == 1 and after_first is not None:
                after_first(len(self.nodes) + len(self.own) + 2 * len(self.shared) + 4)
            return rows

        for r in run(ARTICLE_MERGE, {"rows": self.articles, "now": now}):
            eids[("Article", r["id"])] = r["eid"]
        run(SEQUENCE, {"last": self.last_seq})
        for label in sorted(self.nodes):
            for r in run(_merge_node(_check(label)), {"rows": list(self.nodes[label].values())}):
                eids[(label, r["id"])] = r["eid"]
                if r["created"]:
                    created.add((label, r["id"]))
        for (t, s, d), rows in sorted(self.own.items()):
            run(_create_rel(_check(t), _check(s), _check(d)),
                {"rows": [{"s": eids[(s, r["s"])], "o": eids[(d, r["o"])],
                           "p": {**r["p"], "first_seen": now, "last_seen": now}}
                          for r in rows]})
        for (t, s, d), by_pair in sorted(self.shared.items()):
            fresh, old = [], []
            for (sid, oid), lists in by_pair.items():
                ends = {"s": eids[(s, sid)], "o": eids[(d, oid)]}
                if (s, sid) in created or (d, oid) in created:
                    # A node made by this batch has no relationship yet: nothing to merge with.
                    fresh.append({**ends, "p": {**lists, "first_seen": now, "last_seen": now}})
                else:
                    old.append({**ends, **lists})
            if fresh:
                run(_create_rel(_check(t), _check(s), _check(d)), {"rows": fresh})
            if old:
                run(_merge_rel(_check(t), _check(s), _check(d)), {"rows": old, "now": now})
        if self.aliases:
            run(ALIAS_MERGE, {"rows": self.aliases})
        if self.merges:
            run(MERGE_LOG, {"rows": self.merges, "now": now})
        return created


def forget_statements(aid: str, edges_json: str, nodes_json: str | None
                      ) -> list[tuple[str, dict[str, Any]]]:
    """Cypher that removes article `aid`'s provenance; each returns (removed, kept) counts.

    The article's values leave its nodes' value lists; a relationship left without
    sources is deleted; so is an end node left with no relationship (every node
    an article asserts has one of its edges).
    """
    out: list[tuple[str, dict[str, Any]]] = []
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for kind, id_, props in json.loads(nodes_json or "[]"):
        by_label[kind].append({"id": id_, "p": props})
    for label, node_rows in sorted(by_label.items()):
        cypher = _unmerge_node(_check(label)) if label in NODE_PROPS else None
        if cypher:
            out.append((cypher, {"rows": node_rows}))
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    ends: dict[str, set[str]] = defaultdict(set)
    for type_, sk, sid, dk, did in json.loads(edges_json):
        groups[(type_, sk, dk)].append({"s": sid, "o": did})
        ends[sk].add(sid)
        ends[dk].add(did)
    keep = ", ".join(f"r.{k} = [i IN keep | r.{k}[i]]" for k in REL_LISTS)
    for (t, s, d), rows in sorted(groups.items()):
        out.append((
            f"UNWIND $rows AS row MATCH (s:{_check(s)} {{id: row.s}})-[r:{_check(t)}]->"
            f"(o:{_check(d)} {{id: row.o}}) WHERE $aid IN r.sources "
            f"WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $aid] AS keep "
            f"SET {keep} WITH r, size(keep) = 0 AS gone "
            f"FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r) "
            f"RETURN sum(CASE WHEN gone THEN 1 ELSE 0 END) AS removed, "
            f"sum(CASE WHEN gone THEN 0 ELSE 1 END) AS kept", {"rows": rows, "aid": aid}))
    for label, ids in sorted(ends.items()):
        if label == "Article":
            continue
        out.append((f"UNWIND $ids AS id MATCH (n:{_check(label)} {{id: id}}) "
                    f"WHERE NOT EXISTS {{ (n)--() }} DELETE n "
                    f"RETURN 0 AS removed, 0 AS kept, count(*) AS nodes", {"ids": sorted(ids)}))
    out.append(("MATCH (a:Article {id: $aid}) DETACH DELETE a "
                "RETURN 0 AS removed, 0 AS kept, count(*) AS nodes", {"aid": aid}))
    return out
