"""Named queries: `queries/<language>/<name>.<ext>` files with a declarative header.

Header lines at the top of a file::

    # description: Facilities operated by a company
    # param: company (company, required)
    # param: since (date, optional)

Types: `string`, `int`, `date` (YYYY[-MM[-DD]]), `company` (a company name,
bound as its resolved company key), `relation` (an edge type such as
OPERATES, bound as its predicate), `entity` (any node's name or key; a
company name is bound as its company key). Values are always bound by the store as
RDF terms (SPARQL) or driver parameters (Cypher), never pasted into the query text as
raw strings. In SPARQL an absent optional parameter is bound to "" so the query can
test `?p = ""`; the store drops parameter columns from rows.

SPARQL binding (`sparql_terms`, `bind_values`): the SPARQL protocol has no parameters,
and pyoxigraph's `substitutions` join the values in after evaluating the pattern
(measured: 6 s against 60 ms for the same query at 10,000 articles). So each value
travels as an RDF term serialised by pyoxigraph (escaped by it) in a `VALUES` row that
opens every `WHERE {` and `GRAPH ?var {` group, where the engine uses it as a lookup
key. Both SPARQL stores, embedded and remote, bind this way.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import QueryError

if TYPE_CHECKING:
    from kg.identity import Resolver

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
EXTENSIONS = {"sparql": ".rq", "cypher": ".cypher"}
PARAM_TYPES = ("string", "int", "date", "company", "entity", "relation", "country")

_PARAM = re.compile(r"^(\w+)\s*\(\s*(\w+)\s*,\s*(required|optional)\s*\)\s*$")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str
    required: bool


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    language: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path


def parse_query(text: str, path: Path, language: str) -> NamedQuery:
    """Parse a named query file's header; raises QueryError naming file and line."""
    description, params = "", []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith(("#", "//")):
            break
        body = line.lstrip("#/ ").strip()
        key, sep, value = body.partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "description":
            description = value
        elif key == "param":
            m = _PARAM.match(value)
            if not m or m.group(2) not in PARAM_TYPES:
                raise QueryError(f"{path}:{lineno}: bad param line {value!r}; write "
                                 f"'param: NAME (TYPE, required|optional)' with TYPE one of "
                                 f"{', '.join(PARAM_TYPES)}.")
            params.append(Param(m.group(1), m.group(2), m.group(3) == "required"))
    if not description:
        raise QueryError(f"{path}:1: named query has no '# description:' header line; add one.")
    return NamedQuery(path.stem, language, description, tuple(params), text, path)


def load_queries(language: str = "sparql", root: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """All named queries of `language`, by name."""
    folder = root / language
    ext = EXTENSIONS[language]
    return {p.stem: parse_query(p.read_text(encoding="utf-8"), p, language)
            for p in sorted(folder.glob(f"*{ext}"))}


def get_query(name: str, language: str = "sparql") -> NamedQuery:
    """The named query `name`; QueryError listing the known names if there is none."""
    queries = load_queries(language)
    if name not in queries:
        raise QueryError(f"Unknown query {name!r}. Known {language} queries: "
                         f"{', '.join(sorted(queries)) or '(none)'}.")
    return queries[name]


def list_queries(language: str = "sparql") -> list[dict[str, object]]:
    """Name, description and parameters of each named query, for `kg query --list`."""
    return [{"name": q.name, "description": q.description,
             "params": [{"name": p.name, "type": p.type, "required": p.required}
                        for p in q.params]}
            for q in load_queries(language).values()]


def check_params(q: NamedQuery, params: dict[str, object]) -> dict[str, object]:
    """Validate `params` against `q`: unknown or missing required ones raise QueryError."""
    known = {p.name for p in q.params}
    unknown = set(params) - known
    if unknown:
        raise QueryError(f"Query {q.name!r} has no parameter {', '.join(sorted(unknown))}; "
                         f"its parameters are: {', '.join(sorted(known)) or '(none)'}.")
    out: dict[str, object] = {}
    for p in q.params:
        v = params.get(p.name)
        if v is None or v == "":
            if p.required:
                raise QueryError(f"Query {q.name!r} needs parameter {p.name!r} ({p.type}).")
            continue
        if p.type == "int":
            try:
                v = int(str(v))
            except ValueError as err:
                raise QueryError(f"Parameter {p.name!r} must be an integer, got {v!r}.") from err
        elif p.type == "date" and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(v)):
            raise QueryError(f"Parameter {p.name!r} must be a date YYYY[-MM[-DD]], got {v!r}.")
        elif p.type == "country":
            v = country_code(str(v), p.name)
        out[p.name] = v
    return out


@functools.cache
def country_names() -> dict[str, str]:
    """Country name, common name or alias, case-folded -> ISO alpha-2 code."""
    from loaders.geo import countries

    return {name.casefold(): code for name, code in countries().items()}


def country_code(value: str, what: str = "country") -> str:
    """The ISO alpha-2 code `value` names: the code itself (any case) or a country's name,
    common name or alias ("Japan", "South Korea", "UK"); `QueryError` otherwise."""
    v = value.strip()
    code = country_names().get(v.casefold())  # names first: "UK" is GB
    if code is None and re.fullmatch(r"[A-Za-z]{2}", v):
        return v.upper()
    if code is None:
        raise QueryError(f"Parameter {what!r}: {value!r} is not a country; give its ISO "
                         "code (JP) or its name (Japan).")
    return code


def list_all_queries() -> dict[str, list[dict[str, object]]]:
    """The named queries of every language, by language (`{"sparql": [...], "cypher": [...]}`)."""
    return {lang: list_queries(lang) for lang in EXTENSIONS
            if (QUERIES_DIR / lang).is_dir()}


_GROUP = re.compile(r"\bWHERE\s*\{|\bGRAPH\s+\?\w+\s*\{", re.IGNORECASE)


def sparql_terms(q: NamedQuery, values: dict[str, object], resolver: Resolver) -> dict[str, Any]:
    """RDF terms for the parameters of `q` (checked `values`; absent ones become "").

    A company parameter binds the company key the store's resolver gives, an entity
    parameter too unless the name is new to the store (then the name itself, matched
    against keys and names).
    """
    from kg import model

    out: dict[str, Any] = {}
    for p in q.params:
        v = values.get(p.name)
        if v is None:
            term: Any = ox.Literal("")
        elif p.type == "company":
            term = ox.Literal(resolver.resolve(str(v)).target)
        elif p.type == "entity":
            r = resolver.resolve(str(v))
            term = ox.Literal(r.target if r.rule != "new" else str(v))
        elif p.type == "relation":
            edge = model.EDGES_BY_NAME.get(str(v).upper())
            if edge is None:
                raise QueryError(f"Unknown relation {v!r}; use one of "
                                 f"{', '.join(e.name for e in model.EDGE_KINDS)}.")
            term = ox.NamedNode(edge.iri)
        else:
            term = ox.Literal(v if isinstance(v, str | int | float | bool) else str(v))
        out[p.name] = term
    return out


def bind_values(text: str, bindings: dict[str, Any]) -> str:
    """`text` with `VALUES (?a ?b) { (t1 t2) }` opening every WHERE and GRAPH ?var group.

    The terms are pyoxigraph terms, serialised (escaped) by pyoxigraph. The same value
    in every group changes no answer and lets each group start from it (module doc).
    """
    if not bindings:
        return text
    names = " ".join(f"?{k}" for k in bindings)
    row = " ".join(str(v) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "

    def opened(m: re.Match[str]) -> str:
        # A GRAPH block that is all of an OPTIONAL stays one pattern: with a VALUES
        # join inside, oxigraph evaluates the OPTIONAL over the whole store.
        if re.search(r"OPTIONAL\s*\{\s*$", text[max(0, m.start() - 40):m.start()]):
            return m.group(0)
        return m.group(0) + block
    return _GROUP.sub(opened, text)
