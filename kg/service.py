"""What the `kg` commands do, on top of the public store API (`Store` and named queries).

Each function takes an open `Store` and returns plain data (dicts, dataclasses)
that `kg.render` prints; nothing here prints or exits, so the same calls serve
the CLI, the demo and scripts.
"""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError, QueryError
from kg.store.base import Store
from loaders.formats import ReadProblem
from loaders.record import Article, Extraction

# Articles sent to `Store.add_many` at once: large enough to batch writes, small
# enough that progress moves and memory stays flat on big inputs.
INGEST_BATCH = 256  # = OxigraphStore.batch_articles: one write batch per call


@dataclass
class IngestSummary:
    """What `ingest` did: one row per article read, one per skipped input, and totals."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    merged: list[dict[str, str]] = field(default_factory=list)
    new_entities: int = 0
    facts: int = 0

    def count(self, status: str) -> int:
        return sum(1 for a in self.articles if a["status"] == status)

    def totals(self) -> dict[str, int]:
        return {"articles": len(self.articles), "new": self.count("new"),
                "replaced": self.count("replaced"),
                "already_stored": self.count("already stored"),
                "new_entities": self.new_entities, "merged": len(self.merged),
                "facts": self.facts, "skipped": len(self.skipped)}


def _paired(items: Iterable[Article | ReadProblem],
            pending: deque[Article | ReadProblem]) -> Iterator[Article | ReadProblem]:
    # extract_many yields one result per item, in order, but drops the article
    # text the store needs for the content id; remember items as they go in.
    for item in items:
        pending.append(item)
        yield item


def ingest(store: Store, paths: Sequence[str | Path], *, workers: int = 1,
           field_map: Mapping[str, str] | None = None, pattern: str | None = None,
           on_article: Callable[[int, str], None] | None = None,
           on_skip: Callable[[ReadProblem], None] | None = None) -> IngestSummary:
    """Read, extract and store every article under `paths`; idempotent.

    `on_article(done, source)` is called as articles are extracted and
    `on_skip(problem)` for each skipped input, so a caller can show progress.
    """
    from loaders.batch import extract_many
    from loaders.readers import iter_articles

    summary = IngestSummary()
    pending: deque[Article | ReadProblem] = deque()
    batch: list[tuple[Extraction, Article]] = []
    items = iter_articles(paths, field_map=field_map, pattern=pattern)
    results = extract_many(_paired(items, pending), workers=workers)
    try:
        for res in results:
            item = pending.popleft()
            if isinstance(res, ReadProblem):
                summary.skipped.append({"source": res.source, "line": res.line,
                                        "reason": res.message})
                if on_skip:
                    on_skip(res)
                continue
            assert isinstance(item, Article)
            batch.append((res, item))
            if on_article:
                on_article(len(summary.articles) + len(batch), res.source or res.id)
            if len(batch) >= INGEST_BATCH:
                _store_batch(store, batch, summary)
                batch = []
        _store_batch(store, batch, summary)
    finally:
        getattr(results, "close", lambda: None)()
    return summary


def _store_batch(store: Store, batch: list[tuple[Extraction, Article]],
                 summary: IngestSummary) -> None:
    if not batch:
        return
    results = store.add_many([x for x, _ in batch], [a.text for _, a in batch])
    for (x, a), r in zip(batch, results, strict=True):
        status = "already stored" if r.unchanged else "replaced" if r.replaced else "new"
        summary.articles.append({
            "source": x.source or a.source or x.id, "article": r.article, "record": x.id,
            "title": x.title, "status": status, "new_entities": len(r.new_entities),
            "facts": 0 if r.unchanged else r.facts})
        summary.new_entities += len(r.new_entities)
        summary.merged += r.merged
        summary.facts += 0 if r.unchanged else r.facts


# ------------------------------------------------------------------ lookups
def articles(store: Store, match: str | None = None,
             page: int | None = None) -> list[dict[str, Any]]:
    """Stored articles (content id, record id, title, date, facts, sequence number): one
    page of 100 in the order written (None: the newest page), or every article `match`
    finds."""
    return store.query("articles", {"match": match} if match else {"page": page})


@dataclass(frozen=True)
class Paged:
    """A named query that returns one page: its rows per page (the LIMIT in its .rq and
    .cypher texts, which a test keeps equal: a LIMIT cannot be a parameter) and the
    parameters that ask for the page after a given last row (keyset pages)."""

    size: int
    after: Callable[[dict[str, Any]], dict[str, Any]]


PAGED = {
    "companies": Paged(100, lambda r: {"before": r["articles"], "after": r["key"]}),
    "company": Paged(50, lambda r: {"after": f"{r['relation']} {r['direction']} {r['other']}"}),
    "facts": Paged(50, lambda r: {"after": f"{r['relation']} {r['subject']} {r['object']}"}),
}


def pages(store: Store, name: str, params: Mapping[str, Any], *,
          limit: int | None = None) -> tuple[list[dict[str, Any]], bool]:
    """Rows of paged query `name`, page after page until `limit` rows (None: all), and
    whether more follow. Each page starts after the last row seen, so it stays a lookup
    at any size; a page shorter than the page size is the last."""
    paged, ask = PAGED[name], dict(params)
    rows: list[dict[str, Any]] = []
    while True:
        page = store.query(name, ask)
        rows += page
        if len(page) < paged.size:
            return rows, False
        if limit is not None and len(rows) >= limit:
            return rows, True
        ask |= paged.after(page[-1])


def companies(store: Store, match: str | None = None, *,
              every: bool = False) -> tuple[list[dict[str, Any]], bool]:
    """Companies, most reported first, and whether more follow: the first page of 100,
    or with `every` all of them (pages start after the articles count and key of the
    last row seen)."""
    return pages(store, "companies", {"match": match} if match else {},
                 limit=None if every else PAGED["companies"].size)


def article(store: Store, key: str) -> dict[str, Any]:
    """The stored article with content id or record id `key` ({} if none): a lookup."""
    rows = store.query("article", {"id": key})
    return rows[0] if rows else {}


def lookup(store: Store, name: str) -> list[dict[str, Any]]:
    """Entities `name` denotes (kind, key, label): by key, by name, or as a resolved
    company; a country's name also denotes the country (stored under its ISO code)."""
    rows = store.query("lookup", {"name": name})
    code = _country(name)
    if code and code != name:
        rows += [r for r in store.query("lookup", {"name": code})
                 if r["kind"] == "Country" and r not in rows]
    return rows


def _country(name: str) -> str | None:
    from kg.queries import country_code

    try:
        return country_code(name) if len(name) > 2 else None
    except QueryError:
        return None


def _entity(store: Store, name: str) -> str:
    """`name`, or the ISO code of the country it names if no entity has that name."""
    code = _country(name)
    return code if code and not store.query("lookup", {"name": name}) else name


def company_key(store: Store, name: str) -> str:
    """The stored company `name` denotes (its key); `InputError` with suggestions if none."""
    for r in lookup(store, name):
        if r["kind"] == "Company":
            return str(r["key"])
    names = [str(r["name"]) for r in store.query("companies", {})]
    raise InputError(f"No company {name!r} in the store.{_did_you_mean(name, names)} "
                     "List them with `kg companies` (or `kg companies --match TEXT`).")


def _did_you_mean(name: str, names: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(set(names)), n=3, cutoff=0.6)
    lower = name.casefold()
    close += [n for n in names if lower in n.casefold() and n not in close][:3]
    return f" Did you mean: {', '.join(close[:5])}?" if close else ""


def facts(store: Store, entity: str, *,
          limit: int | None = None) -> tuple[list[dict[str, Any]], bool]:
    """Facts touching `entity` (by name or key) with their sources, page after page until
    `limit` rows (None: all), and whether more follow."""
    return pages(store, "facts", {"entity": entity}, limit=limit)


SHOW_FACTS = 100  # facts per entity `show` gives unless asked for all
SHOW_ARTICLES = 20  # articles per fact `show` looks up unless asked for all


def show(store: Store, name: str, *, every: bool = False) -> list[dict[str, Any]]:
    """Each entity called `name` with its facts and, per fact, the articles behind it.

    Returns one dict per matching entity: `kind`, `key`, `name`, `facts` (each with
    `relation`, `direction`, `other`, `other_kind`, `evidence`, `articles` as
    [{article, title, published}] and `articles_total`) and `more` (facts left out).
    Unless `every`, an entity gives its first 100 facts (by relation, subject, object)
    and a fact its first 20 articles, so a hub (a country of thousands of facilities)
    answers in seconds. `InputError` if nothing matches.
    """
    found = {(str(r["kind"]), str(r["key"])) for r in lookup(store, name)}
    found = {f for f in found if f[0] != "Article"}
    if not found:
        names = [str(r["name"]) for r in companies(store, every=True)[0]]
        raise InputError(f"No entity {name!r} in the store.{_did_you_mean(name, names)} "
                         "Give a company, city, country or facility name or key; "
                         "`kg companies` and `kg facilities` list them.")
    by_fact: dict[tuple[str, str, str], dict[str, Any]] = {}
    more: set[tuple[str, str]] = set()
    for kind, key in sorted(found):
        rows, cut = facts(store, key, limit=None if every else SHOW_FACTS)
        by_fact |= {(str(r["relation"]), str(r["subject"]), str(r["object"])): r for r in rows}
        if cut:
            more.add((kind, key))
    rows = list(by_fact.values())
    per_fact = None if every else SHOW_ARTICLES
    titles = {key: article(store, key) for key in
              dict.fromkeys(a for r in rows for a in str(r["sources"]).split()[:per_fact])}

    def matches(r: dict[str, Any], end: str) -> bool:
        return (str(r[f"{end}_kind"]), str(r[end])) in found

    entities: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, key in found:
        entities[(kind, key)] = {"kind": kind, "key": key, "name": key, "facts": [],
                                 "more": (kind, key) in more}
    for r in rows:
        for me, other, direction in (("subject", "object", "out"), ("object", "subject", "in")):
            if not matches(r, me):
                continue
            ref = (str(r[f"{me}_kind"]), str(r[me]))
            ent = entities[ref]
            ent["name"] = r[f"{me}_name"]
            ent["facts"].append({
                "relation": r["relation"], "direction": direction, "other": r[f"{other}_name"],
                "other_kind": r[f"{other}_kind"], "other_key": r[other], "role": r["role"],
                "evidence": r["evidence"],
                "articles": [{"article": a, "title": titles.get(a, {}).get("title"),
                              "published": titles.get(a, {}).get("published")}
                             for a in str(r["sources"]).split()[:per_fact]],
                "articles_total": len(str(r["sources"]).split())})
    return sorted(entities.values(), key=lambda e: (e["kind"] != "Company", -len(e["facts"])))


def edges(store: Store) -> list[dict[str, Any]]:
    """Every edge between two entities with both ends' kinds, keys and names (no articles):
    the entity graph of `kg path` and `kg analyze`."""
    return store.query("edges", {})


def path(store: Store, a: str, b: str) -> list[dict[str, Any]]:
    """A shortest path between entities `a` and `b` over the stored edges, each hop with
    its articles (`articles`, `sources`) and an evidence sentence, looked up by `why` for
    that hop only."""
    from kg import analysis

    g = analysis.entity_graph(edges(store))
    start = analysis.find_node(g, lookup(store, a), a)
    end = analysis.find_node(g, lookup(store, b), b)
    hops = analysis.path(g, start, end)
    for h in hops:
        rows = store.query("why", {"subject": h.pop("subject"), "object": h.pop("object"),
                                   "relation": h.pop("relation_name")})
        sources = sorted({str(r["article"]) for r in rows})
        h |= {"articles": len(sources), "sources": " ".join(sources),
              "evidence": min((str(r["evidence"]) for r in rows if r.get("evidence")),
                              default=None)}
    return hops


def why(store: Store, subject: str, relation: str, obj: str) -> list[dict[str, Any]]:
    """The articles and evidence sentences behind `subject relation obj`; `InputError` if none."""
    rows = store.query("why", {"subject": _entity(store, subject), "relation": relation,
                               "object": _entity(store, obj)})
    if not rows:
        raise InputError(f"No stored article says {subject!r} {relation.upper()} {obj!r}. "
                         f"See what is known with `kg show {_quote(subject)}`.")
    return rows


def _quote(s: str) -> str:
    return f'"{s}"' if " " in s else s


def forget(store: Store, article: str) -> dict[str, Any]:
    """Remove an article (content id or record id) and the facts only it asserted."""
    res = store.forget(article)
    if not res.found:
        raise InputError(f"No stored article {article!r}: give its content id or record id, "
                         "as listed by `kg articles`.")
    return {"article": res.article, "quads_removed": res.quads_removed,
            "facts_removed": res.facts_removed, "facts_kept": res.facts_kept}


def competitors(store: Store, company: str) -> list[dict[str, Any]]:
    """Rivals of `company`: one row per rival, with article count and a sample sentence."""
    key = company_key(store, company)
    out = []
    for r in store.query("competitors", {"company": key}):
        mine_a = r["a"] == key
        out.append({"rival": r["b_name"] if mine_a else r["a_name"],
                    "key": r["b"] if mine_a else r["a"],
                    "articles": r["articles"], "evidence": r["evidence"]})
    return out


def footprint(store: Store, company: str) -> list[dict[str, Any]]:
    """Countries and cities where `company` operates facilities, with their kinds."""
    return store.query("footprint", {"company": company_key(store, company)})
