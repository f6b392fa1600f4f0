"""The property-graph form of `ArticleGraph`s: UNWIND rows and the Cypher that MERGEs them.

Pure (no driver): `Batch` collects the rows of many articles, grouped by node
label and by (relationship type, start label, end label), and `statements()`
yields (cypher, params) pairs. Labels, types and property keys in the Cypher
text come from `kg.model` only; every value travels as a parameter.

Node properties are merged, not overwritten: a scalar keeps the smallest value
seen (what `MIN` gives on the embedded store), `names`, `statuses` and `dates`
keep every distinct value. Each relationship carries its provenance as parallel
lists, one entry per source article: `sources`, `evidence`, `starts`, `ends`,
`fields`, `confidences`, `extractors`, `roles` ("" / -1 where there is none,
since Neo4j lists hold no nulls), plus `first_seen` / `last_seen`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg import model
from kg.graph import ArticleGraph

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


def _merge_node(label: str) -> str:
    scalars, lists, counts, mins = [], [], [], []
    for p in NODE_PROPS[label]:
        v = f"row.p.{p}"
        if p not in MULTI:
            scalars.append(f"n.{p} = CASE WHEN {v} IS NULL THEN n.{p} "
                           f"WHEN n.{p} IS NULL OR {v} < n.{p} THEN {v} ELSE n.{p} END")
            continue
        lst, cnt = MULTI[p], f"{p}Counts"
        lists.append(f"n.{lst} = CASE WHEN {v} IS NULL OR {v} IN coalesce(n.{lst}, []) "
                     f"THEN n.{lst} ELSE coalesce(n.{lst}, []) + {v} END")
        counts.append(f"n.{cnt} = [i IN range(0, size(coalesce(n.{lst}, [])) - 1) | "
                      f"coalesce(n.{cnt}[i], 0) + CASE WHEN n.{lst}[i] = {v} THEN 1 ELSE 0 END]")
        mins.append(f"n.{p} = {_MIN.format(l=lst)}")
    sets = " SET ".join(", ".join(x) for x in (scalars + lists, counts, mins) if x)
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET {sets}"


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


def _merge_rel(type_: str, src: str, dst: str) -> str:
    init = ", ".join(f"r.{k} = []" for k in REL_LISTS)
    add = ", ".join(f"r.{k} = r.{k} + row.{k}" for k in REL_LISTS)
    # The `NOT IN` guard makes a row of an article already recorded a no-op.
    return (f"UNWIND $rows AS row MATCH (s:{src} {{id: row.s}}) MATCH (o:{dst} {{id: row.o}}) "
            f"MERGE (s)-[r:{type_}]->(o) ON CREATE SET {init}, r.first_seen = $now "
            f"WITH r, row WHERE NOT row.sources IN r.sources "
            f"SET {add}, r.last_seen = $now")


ARTICLE_MERGE = (
    "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.p, a.ingestedAt = $now")
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


@dataclass
class Batch:
    """Rows of many articles, ready for one transaction."""

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[tuple[str, str, str], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list))
    articles: list[dict[str, Any]] = field(default_factory=list)
    aliases: list[dict[str, str]] = field(default_factory=list)
    merges: list[dict[str, str]] = field(default_factory=list)
    facts: int = 0
    results: list[Any] = field(default_factory=list)  # the IngestResult of each article

    def __len__(self) -> int:
        return len(self.articles)

    def add(self, ag: ArticleGraph, record: str, record_hash: str) -> None:
        """Add one article's nodes, relationships and bookkeeping."""
        aid = ag.article.id
        ext = str(ag.article.props.get("extractor", "unknown"))
        edges = []
        contributed = []
        for n in ag.nodes.values():
            self.nodes[n.kind].append({"id": n.id, "p": n.props})
            contributed.append([n.kind, n.id, {k: v for k, v in n.props.items() if k in MULTI}])
        for e in ag.edges.values():
            ev = e.evidence
            self.rels[(e.type, e.src[0], e.dst[0])].append({
                "s": e.src[1], "o": e.dst[1], "sources": aid,
                "evidence": ev.sentence if ev else "", "starts": int(ev.start) if ev else -1,
                "ends": int(ev.end) if ev else -1, "fields": ev.field if ev else "",
                "confidences": float(e.confidence), "extractors": ext, "roles": e.role or ""})
            edges.append([e.type, e.src[0], e.src[1], e.dst[0], e.dst[1]])
        self.facts += len(ag.edges)
        self.articles.append({"id": aid, "p": {
            **ag.article.props, "record": record, "recordHash": record_hash,
            "facts": len(ag.edges), "edges": json.dumps(edges, ensure_ascii=False),
            "nodes": json.dumps(contributed, ensure_ascii=False)}})
        for key, target, rule in ag.new_aliases:
            self.aliases.append({"key": key, "target": target, "rule": rule,
                                 "kind": "City" if rule == "geonames" else "Company"})

    def statements(self, now: str) -> list[tuple[str, dict[str, Any]]]:
        """(cypher, params) in dependency order: nodes, then relationships, then bookkeeping."""
        out: list[tuple[str, dict[str, Any]]] = []
        if self.articles:
            out.append((ARTICLE_MERGE, {"rows": self.articles, "now": now}))
        for label in sorted(self.nodes):
            if label != "Article":
                out.append((_merge_node(_check(label)), {"rows": self.nodes[label]}))
        for (t, s, d), rows in sorted(self.rels.items()):
            out.append((_merge_rel(_check(t), _check(s), _check(d)), {"rows": rows, "now": now}))
        if self.aliases:
            out.append((ALIAS_MERGE, {"rows": self.aliases}))
        if self.merges:
            out.append((MERGE_LOG, {"rows": self.merges, "now": now}))
        return out


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
