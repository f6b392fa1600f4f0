"""From one extraction record to the nodes and edges it asserts (backend-neutral).

`build_article_graph` is pure apart from the `Resolver` it consults and teaches:
it resolves company names, mints the deterministic ids of `kg.identity`, and
returns what the article says, each edge with its evidence. Stores turn the
result into quads (Oxigraph) or MERGE statements (Neo4j).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg import model
from kg.identity import (
    Resolution,
    Resolver,
    city_id,
    country_id,
    event_id,
    facility_id,
    name_key,
    normalise_text,
    short_hash,
)
from loaders.record import Evidence, Extraction

NodeRef = tuple[str, str]  # (kind name, id)

_FACILITY_EVENTS = frozenset({"facility_opening", "facility_announcement", "expansion"})


@dataclass(slots=True)
class Node:
    kind: str
    id: str
    props: dict[str, Any]


@dataclass(slots=True)
class Edge:
    type: str  # model.EdgeKind.name
    src: NodeRef
    dst: NodeRef
    confidence: float = 1.0
    evidence: Evidence | None = None
    role: str | None = None


@dataclass
class ArticleGraph:
    """Everything one article asserts, plus how its company names were resolved."""

    article: Node
    nodes: dict[NodeRef, Node] = field(default_factory=dict)
    edges: dict[tuple[str, NodeRef, NodeRef], Edge] = field(default_factory=dict)
    resolutions: list[Resolution] = field(default_factory=list)
    new_aliases: list[tuple[str, str, str]] = field(default_factory=list)

    def node(self, kind: str, id_: str, **props: Any) -> NodeRef:
        ref = (kind, id_)
        n = self.nodes.get(ref)
        if n is None:
            self.nodes[ref] = Node(kind, id_, {k: v for k, v in props.items() if v is not None})
        else:  # first value wins within one article; fill what is missing
            for k, v in props.items():
                if v is not None:
                    n.props.setdefault(k, v)
        return ref

    def edge(self, kind: model.EdgeKind, src: NodeRef, dst: NodeRef, confidence: float = 1.0,
             evidence: Evidence | None = None, role: str | None = None) -> None:
        if kind.symmetric and dst[1] < src[1]:
            src, dst = dst, src
        k = (kind.name, src, dst)
        old = self.edges.get(k)
        if old is None or (old.evidence is None and evidence is not None):
            self.edges[k] = Edge(kind.name, src, dst, confidence, evidence, role)


def article_key(x: Extraction, text: str | None) -> str:
    """Content id: hash of the normalised text, else of the url (or title and record id)."""
    if text:
        return short_hash(normalise_text(text))
    basis = x.url or f"{x.title or ''}\n{x.id}"
    return short_hash("record:" + normalise_text(basis))


def roles(event_type: str, n: int) -> list[str]:
    """The role of each company of an event, by position (the extractor's order)."""
    if event_type == "acquisition":
        return ["acquirer"] + ["target"] * (n - 1)
    if event_type == "partnership":
        return ["partner"] * n
    if event_type == "investment":
        return ["investor"] + ["subject"] * (n - 1)
    if event_type in _FACILITY_EVENTS:
        return ["operator"] * n
    return ["subject"] * n


def build_article_graph(x: Extraction, resolver: Resolver, text: str | None = None,
                        article_id: str | None = None) -> ArticleGraph:
    """Nodes and edges asserted by `x`; teaches `resolver` the aliases the record reveals.

    `article_id` forces the article's id (a store replaying a stored record).
    """
    aid = article_id or article_key(x, text)
    g = ArticleGraph(Node("Article", aid, {k: v for k, v in {
        "recordId": x.id, "url": x.url, "title": x.title, "published": x.published,
        "extractor": x.extractor}.items() if v is not None}))
    art: NodeRef = ("Article", aid)
    local: dict[str, str] = {}  # name key -> company id, for this record's own references

    def company(name: str, mentions: Sequence[str] = (), **props: Any) -> NodeRef:
        cid = local.get(name_key(name))
        if cid is None:
            res = resolver.resolve(name, mentions)
            g.new_aliases.extend(resolver.learn(res, mentions))
            g.resolutions.append(res)
            cid = res.target
            for m in (name, *mentions):
                local.setdefault(name_key(m), cid)
        return g.node("Company", cid, name=name, **props)

    def country(code: str | None) -> NodeRef | None:
        return g.node("Country", country_id(code), name=country_id(code),
                      isoCode=country_id(code)) if code else None

    cities: dict[str, NodeRef] = {}

    def city(name: str, cc: str | None, gid: int | None = None) -> NodeRef:
        plain = city_id(name, cc)
        cid = city_id(name, cc, gid)
        if not gid:  # a city seen before with its GeoNames id keeps that id
            hit = resolver.aliases.get(plain)
            cid = hit[0] if hit else cid
        elif plain not in resolver.aliases:
            resolver.aliases[plain] = (cid, "geonames")
            g.new_aliases.append((plain, cid, "geonames"))
        ref = g.node("City", cid, name=name, geonamesId=gid)
        cities.setdefault(name.casefold(), ref)
        cref = country(cc)
        if cref:
            g.edge(model.IN_COUNTRY, ref, cref)
        return ref

    for c in x.companies:
        ref = company(c.name, list(c.mentions), countryCode=c.country, sector=c.sector)
        g.edge(model.MENTIONS, art, ref, c.confidence, c.evidence)
        if c.parent:
            g.edge(model.SUBSIDIARY_OF, ref, company(c.parent), c.confidence, c.evidence)
    for ci in x.cities:
        g.edge(model.MENTIONS, art, city(ci.name, ci.country, ci.geonames_id),
               ci.confidence, ci.evidence)
    for code in x.countries:
        named = country(code)
        if named:
            g.edge(model.MENTIONS, art, named)

    def place(name: str | None, cc: str | None) -> NodeRef | None:
        if name:
            return cities.get(name.casefold()) or city(name, cc)
        return country(cc)

    facilities: list[tuple[NodeRef, NodeRef, NodeRef | None, str | None]] = []
    for f in x.facilities:
        op = company(f.operator)
        where = place(f.city, f.country)
        fid = facility_id(op[1], f.kind, where[1] if where else None, f.ordinal)
        fac = g.node("Facility", fid, name=f"{g.nodes[op].props['name']} {f.kind}",
                     facilityKind=f.kind, status=f.status, ordinal=f.ordinal,
                     capacity=f.capacity, investment=f.investment)
        g.edge(model.OPERATES, op, fac, f.confidence, f.evidence)
        g.edge(model.MENTIONS, art, fac, f.confidence, f.evidence)
        if where and where[0] == "City":
            g.edge(model.LOCATED_IN, fac, where, f.confidence, f.evidence)
            if f.kind == "headquarters":
                g.edge(model.HEADQUARTERED_IN, op, where, f.confidence, f.evidence)
        cref = country(f.country)
        if cref:
            g.edge(model.IN_COUNTRY, fac, cref, f.confidence, f.evidence)
        facilities.append((fac, op, where, f.country))

    for p in x.competitors:
        g.edge(model.COMPETES_WITH, company(p.a), company(p.b), p.confidence, p.evidence)
    for p in x.subsidiaries:
        g.edge(model.SUBSIDIARY_OF, company(p.a), company(p.b), p.confidence, p.evidence)

    for e in x.events:
        comps = [company(n) for n in e.companies]
        cc = e.country
        where = place(e.city, e.country)
        if where and where[0] == "City" and not cc:
            cc = next((dst[1] for dst, _ in _out(g, where, "IN_COUNTRY")), None)
        # The place in the id is the country, so tellings that differ on the city still merge.
        eid = event_id(e.type, [c[1] for c in comps], cc or (where[1] if where else None), e.date)
        ev = g.node("Event", eid, name=_event_name(e.type, g, comps), eventType=e.type,
                    date=e.date, amount=e.amount)
        g.edge(model.REPORTS, art, ev, e.confidence, e.evidence)
        for ref, role in zip(comps, roles(e.type, len(comps)), strict=True):
            g.edge(model.INVOLVES, ev, ref, e.confidence, e.evidence, role)
        if where:
            g.edge(model.AT, ev, where, e.confidence, e.evidence)
        if e.type in _FACILITY_EVENTS:
            for fac, op, fwhere, fcc in facilities:
                if op in comps and (fwhere == where or (where is None and fcc == cc)):
                    g.edge(model.CONCERNS, ev, fac, e.confidence, e.evidence)
    return g


def _out(g: ArticleGraph, src: NodeRef, type_: str) -> list[tuple[NodeRef, Edge]]:
    return [(e.dst, e) for (t, s, _), e in g.edges.items() if t == type_ and s == src]


def _event_name(type_: str, g: ArticleGraph, comps: list[NodeRef]) -> str:
    names = ", ".join(str(g.nodes[c].props.get("name", c[1])) for c in comps)
    return f"{type_.replace('_', ' ')}: {names}" if names else type_.replace("_", " ")
