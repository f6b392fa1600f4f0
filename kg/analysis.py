"""Graph algorithms (networkx) over the stored facts: paths, centrality, rival communities.

`entity_graph(rows)` turns the rows of the `facts` named query into an
undirected networkx graph of entities (articles left out: they are the
evidence, not the connections). Each edge keeps every fact between its two
ends, so a path can show the sentences behind each hop.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.errors import InputError

Node = tuple[str, str]  # (kind, key)


def entity_graph(rows: Iterable[dict[str, Any]]) -> nx.Graph:
    """Undirected graph of entities from rows of the `edges` (or `facts`) query; node attrs
    `kind`, `name`; edge attr `facts` (the rows between the two). Rows are taken in
    (relation, subject, object) order, so the graph is the same whatever order a store
    returns them in."""
    g = nx.Graph()
    for r in sorted(rows, key=lambda r: (r["relation"], r["subject"], r["object"])):
        if r["subject_kind"] == "Article" or r["object_kind"] == "Article":
            continue
        s: Node = (r["subject_kind"], r["subject"])
        o: Node = (r["object_kind"], r["object"])
        g.add_node(s, kind=s[0], name=r["subject_name"])
        g.add_node(o, kind=o[0], name=r["object_name"])
        if s == o:
            continue
        if not g.has_edge(s, o):
            g.add_edge(s, o, facts=[])
        g.edges[s, o]["facts"].append(r)
    return g


def find_node(g: nx.Graph, candidates: Iterable[dict[str, Any]], name: str) -> Node:
    """The graph node among `candidates` (rows of the `lookup` query) for `name`."""
    nodes = [(str(c["kind"]), str(c["key"])) for c in candidates]
    nodes = [n for n in nodes if n in g]
    if not nodes:
        raise InputError(f"{name!r} is not connected to anything in the store (no such "
                         "company, city, country, facility or event). Check the name with "
                         "`kg show` or `kg companies`.")
    return sorted(nodes, key=lambda n: (n[0] != "Company", -g.degree(n)))[0]


def path(g: nx.Graph, a: Node, b: Node) -> list[dict[str, Any]]:
    """Hops of a shortest path from `a` to `b`: `from`, `relation` (as stored, marked
    "(reverse)" where the walk goes against it), `to`, and the stored edge itself
    (`subject`, `relation_name`, `object`) for looking its evidence up. `InputError` if the
    two are not connected."""
    try:
        nodes = nx.shortest_path(g, a, b)
    except nx.NetworkXNoPath as err:
        raise InputError(f"{g.nodes[a]['name']!r} and {g.nodes[b]['name']!r} are not "
                         "connected by any stored fact.") from err
    hops = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        fact = g.edges[u, v]["facts"][0]
        forward = (fact["subject_kind"], fact["subject"]) == u
        hops.append({"from": g.nodes[u]["name"], "from_kind": u[0],
                     "relation": fact["relation"] if forward else f"{fact['relation']} (reverse)",
                     "to": g.nodes[v]["name"], "to_kind": v[0], "subject": fact["subject"],
                     "relation_name": fact["relation"], "object": fact["object"]})
    return hops


def central_companies(g: nx.Graph, top: int = 10) -> list[dict[str, Any]]:
    """Companies ranked by betweenness over the whole entity graph, with their degree."""
    if g.number_of_nodes() == 0:
        return []
    between = nx.betweenness_centrality(g, k=min(len(g), 500), seed=7)
    rows = [{"company": d["name"], "key": n[1], "degree": g.degree(n),
             "betweenness": round(between.get(n, 0.0), 4)}
            for n, d in g.nodes(data=True) if d["kind"] == "Company"]
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["company"]))
    return rows[:top]


def competitor_communities(g: nx.Graph) -> list[dict[str, Any]]:
    """Groups of rivals: greedy-modularity communities of the COMPETES_WITH graph."""
    rivals = nx.Graph()
    for u, v, d in g.edges(data=True):
        if any(f["relation"] == "COMPETES_WITH" for f in d["facts"]):
            rivals.add_edge(u, v)
    if rivals.number_of_edges() == 0:
        return []
    from networkx.algorithms.community import greedy_modularity_communities

    groups = greedy_modularity_communities(rivals)
    out = []
    for i, members in enumerate(sorted(groups, key=lambda c: (-len(c), sorted(c))), 1):
        names = sorted(g.nodes[n]["name"] for n in members)
        out.append({"community": i, "size": len(names), "companies": names})
    return out


def footprints(g: nx.Graph) -> list[dict[str, Any]]:
    """Per company: facilities operated and the distinct cities and countries they are in."""
    out = []
    for n, d in g.nodes(data=True):
        if d["kind"] != "Company":
            continue
        facs = [f for f in g.neighbors(n) if f[0] == "Facility"
                and any(x["relation"] == "OPERATES" for x in g.edges[n, f]["facts"])]
        cities: set[Node] = set()
        countries: set[Node] = set()
        for f in facs:
            for p in g.neighbors(f):
                if p[0] == "City":
                    cities.add(p)
                    countries.update(c for c in g.neighbors(p) if c[0] == "Country")
                elif p[0] == "Country":
                    countries.add(p)
        if facs:
            out.append({"company": d["name"], "key": n[1], "facilities": len(facs),
                        "cities": len(cities), "countries": len(countries)})
    out.sort(key=lambda r: (-r["countries"], -r["cities"], -r["facilities"], r["company"]))
    return out
