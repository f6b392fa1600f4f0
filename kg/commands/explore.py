"""Read commands over the store: show, companies, facilities, competitors, timeline,
footprint, path, why, query and analyze. Each opens the store, calls `kg.service`
or `kg.analysis`, and prints with `kg.render`.
"""

from __future__ import annotations

import shlex
from typing import Annotated, Any

import typer

from kg import service
from kg.commands._common import FormatOpt, StoreOpt, store
from kg.render import Format, Section, emit


def register(app: typer.Typer) -> None:
    """Add the read commands to the app."""
    for name, fn in (("show", show_cmd), ("companies", companies_cmd),
                     ("facilities", facilities_cmd), ("competitors", competitors_cmd),
                     ("timeline", timeline_cmd), ("footprint", footprint_cmd),
                     ("path", path_cmd), ("why", why_cmd), ("query", query_cmd),
                     ("analyze", analyze_cmd)):
        app.command(name)(fn)


# ---------------------------------------------------------------- sections
# Built apart from the commands so `kg demo` prints the very same tables.

def companies_section(s: Any, match: str | None = None, every: bool = False) -> Section:
    rows, more = service.companies(s, match, every=every)
    notes = [f"the {len(rows)} most reported; `--all` lists every one"] if more else []
    return Section("companies", rows, ("name", "key", "facilities", "events", "articles"),
                   empty="no companies stored yet; run `kg ingest PATH` first", notes=notes)


def facilities_section(s: Any, **filters: str | None) -> Section:
    rows = s.query("facilities", {k: v for k, v in filters.items() if v})
    return Section("facilities", rows, ("operator_name", "facility_kind", "city_name",
                                        "country_code", "statuses", "articles", "facility"),
                   empty="no facility matches")


def competitors_section(s: Any, company: str) -> Section:
    return Section("competitors", service.competitors(s, company),
                   ("rival", "articles", "evidence"), title=f"competitors of {company}",
                   empty="no rival stored")


def why_section(s: Any, subject: str, relation: str, obj: str) -> Section:
    rows = service.why(s, subject, relation, obj)
    return Section("why", rows, ("evidence", "title", "published", "article", "confidence"),
                   title=f"why: {subject} {relation.upper()} {obj}")


# ---------------------------------------------------------------- commands

def show_cmd(name: Annotated[str, typer.Argument(help="Entity name or key, e.g. 'AWS'.")],
             every: Annotated[bool, typer.Option(
                 "--all", help=f"Every fact and every article behind it (default: the first "
                 f"{service.SHOW_FACTS} facts, {service.SHOW_ARTICLES} articles each).")] = False,
             store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Show an entity with its facts and the articles behind each fact.

    Example: kg show "Alibaba Cloud"
    """
    with store(store_spec) as s:
        entities = service.show(s, name, every=every)
    if fmt is Format.json:
        emit(Section("entities", entities), fmt)
        return
    sections = []
    for e in entities:
        rows = [{**{k: f[k] for k in ("relation", "direction", "other", "other_kind",
                                      "role", "evidence")},
                 "articles": "; ".join(a["title"] or a["article"] for a in f["articles"])
                 + (f" (+{f['articles_total'] - len(f['articles'])} more)"
                    if f["articles_total"] > len(f["articles"]) else "")}
                for f in e["facts"]]
        notes = [f"first {len(rows)} facts shown: --all for every one, or kg query facts "
                 f"-p {shlex.quote('entity=' + e['key'])} --all"] if e["more"] else []
        sections.append(Section(f"{e['kind']} {e['key']}", rows,
                                title=f"{e['name']} ({e['kind']}, key {e['key']})",
                                empty="no facts besides its name", notes=notes))
    emit(sections, fmt)


def companies_cmd(match: Annotated[str | None, typer.Option(
                      "--match", "-m", help="Only companies whose name or key contains this.")]
                  = None,
                  every: Annotated[bool, typer.Option(
                      "--all", help="Every company, not only the 100 most reported.")] = False,
                  store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List stored companies with facility, event and article counts, most reported first.

    The first 100; `--all` for every one.
    """
    with store(store_spec) as s:
        emit(companies_section(s, match, every), fmt)


def facilities_cmd(
    company: Annotated[str | None, typer.Option(help="Operator name, e.g. 'AWS'.")] = None,
    city: Annotated[str | None, typer.Option(help="City name, e.g. Tokyo.")] = None,
    country: Annotated[str | None, typer.Option(
        help="Country: ISO code or name, e.g. JP or Japan.")] = None,
    kind: Annotated[str | None, typer.Option(help="data_center, cloud_region, fab, "
                                                  "factory, office, campus, ...")] = None,
    status: Annotated[str | None, typer.Option(help="announced, planned, opened, ...")] = None,
    store_spec: StoreOpt = None, fmt: FormatOpt = Format.table,
) -> None:
    """List facilities with operator, kind, status and place; every filter is optional."""
    with store(store_spec) as s:
        if company:
            company = service.company_key(s, company)
        emit(facilities_section(s, company=company, city=city, country=country, kind=kind,
                                status=status), fmt)


def competitors_cmd(company: Annotated[str, typer.Argument(help="Company name.")],
                    store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List the rivals of a company, with the sentence that says so."""
    with store(store_spec) as s:
        emit(competitors_section(s, company), fmt)


def timeline_cmd(
    company: Annotated[str | None, typer.Option(help="Only events involving it.")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY[-MM[-DD]]: only events from then.")]
    = None,
    store_spec: StoreOpt = None, fmt: FormatOpt = Format.table,
) -> None:
    """List events (openings, deals, investments) in date order."""
    with store(store_spec) as s:
        params = {"since": since} if since else {}
        if company:
            params["company"] = service.company_key(s, company)
        rows = s.query("timeline", params)
    emit(Section("timeline", rows, ("date", "type", "name", "amount", "place", "articles",
                                    "evidence"), empty="no events"), fmt)


def footprint_cmd(company: Annotated[str, typer.Argument(help="Company name.")],
                  store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List the countries and cities where a company operates facilities."""
    with store(store_spec) as s:
        rows = service.footprint(s, company)
    emit(Section("footprint", rows, ("country", "city", "facilities", "kinds"),
                 title=f"footprint of {company}", empty="no facility stored"), fmt)


def path_cmd(a: Annotated[str, typer.Argument(help="First entity.")],
             b: Annotated[str, typer.Argument(help="Second entity.")],
             store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Show how two entities are connected: a shortest path, with the evidence per hop."""
    with store(store_spec) as s:
        hops = service.path(s, a, b)
    emit(Section("path", hops,
                 ("from", "relation", "to", "evidence", "sources"),
                 title=f"path: {a} -> {b}"), fmt)


def why_cmd(subject: Annotated[str, typer.Argument(help="Subject entity, e.g. 'Alibaba Cloud'.")],
            relation: Annotated[str, typer.Argument(help="OPERATES, COMPETES_WITH, ...")],
            obj: Annotated[str, typer.Argument(metavar="OBJECT", help="Object entity.")],
            store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Show the sentences (and articles) behind one fact: SUBJECT RELATION OBJECT."""
    with store(store_spec) as s:
        emit(why_section(s, subject, relation, obj), fmt)


def query_cmd(
    name: Annotated[str | None, typer.Argument(help="Named query, see --list.")] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="KEY=VALUE", help="A parameter; repeatable.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List named queries.")] = False,
    every: Annotated[bool, typer.Option(
        "--all", help="For a query that answers a page at a time (companies, company, "
        "facts): every page, not only the first.")] = False,
    store_spec: StoreOpt = None, fmt: FormatOpt = Format.table,
) -> None:
    """Run a named query from queries/ with bound parameters (never pasted into the text).

    Example: kg query facilities -p city=Tokyo

    companies, company and facts answer a page at a time (see --list); the next page
    starts after the last row (-p after=..., as the note says), or --all walks them.
    """
    from kg.errors import QueryError
    from kg.queries import get_query, list_all_queries, list_queries

    if list_ or name is None:
        # The same names in every language: SPARQL for the embedded and remote stores,
        # Cypher for Neo4j; `languages` says which files exist.
        langs = {lang: {str(q["name"]) for q in qs} for lang, qs in list_all_queries().items()}
        rows = [{"name": q["name"], "description": q["description"],
                 "params": ", ".join(f"{p['name']} ({p['type']}"
                                     f"{', required' if p['required'] else ''})"
                                     for p in q["params"]),  # type: ignore[attr-defined]
                 "languages": ", ".join(lang for lang in sorted(langs, reverse=True)
                                        if q["name"] in langs[lang])}
                for q in list_queries()]
        emit(Section("queries", rows, ("name", "params", "languages", "description")), fmt)
        return
    params: dict[str, str] = {}
    for p in param or []:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"-p {p!r} is not KEY=VALUE; e.g. -p company=AWS.")
        params[key.strip()] = value
    get_query(name)  # unknown names fail before the store is opened
    with store(store_spec) as s:
        if name not in service.PAGED:
            emit(Section(name, s.query(name, params), empty="no rows"), fmt)
            return
        rows, more = service.pages(s, name, params,
                                   limit=None if every else service.PAGED[name].size)
    nxt = service.PAGED[name].after(rows[-1]) if more else {}
    notes = ["more rows: " + " ".join(f"-p {shlex.quote(f'{k}={v}')}" for k, v in nxt.items())
             + " (or --all)"] if more else []
    emit(Section(name, rows, empty="no rows", notes=notes), fmt)


def analyze_cmd(top: Annotated[int, typer.Option(min=1, help="Companies to rank.")] = 10,
                store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Graph analysis: central companies, rival communities, footprint sizes."""
    from kg import analysis

    with store(store_spec) as s:
        g = analysis.entity_graph(service.edges(s))
    emit([Section("central", analysis.central_companies(g, top),
                  title="most central companies (betweenness over the entity graph)"),
          Section("communities", analysis.competitor_communities(g),
                  title="competitor communities (greedy modularity on COMPETES_WITH)",
                  empty="no rivalries stored"),
          Section("footprints", analysis.footprints(g)[:top],
                  title="widest footprints (facilities, cities, countries)",
                  empty="no facilities stored")], fmt)
