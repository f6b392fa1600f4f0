"""Named queries: `queries/<language>/<name>.<ext>` files with a declarative header.

Header lines at the top of a file::

    # description: Facilities operated by a company
    # param: company (company, required)
    # param: since (date, optional)

Types: `string`, `int`, `date` (YYYY[-MM[-DD]]), `company` (a company name,
bound as its resolved company key), `relation` (an edge type such as
OPERATES, bound as its predicate), `entity` (any node's name or key; a
company name is bound as its company key). Values are always bound by the store, never
pasted into the query text. In SPARQL every parameter is also projected
(pyoxigraph substitution requires it) and an absent optional one is bound to
"" so the query can test `?p = ""`; the store drops parameter columns from rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
EXTENSIONS = {"sparql": ".rq", "cypher": ".cypher"}
PARAM_TYPES = ("string", "int", "date", "company", "entity", "relation")

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
        out[p.name] = v
    return out


def list_all_queries() -> dict[str, list[dict[str, object]]]:
    """The named queries of every language, by language (`{"sparql": [...], "cypher": [...]}`)."""
    return {lang: list_queries(lang) for lang in EXTENSIONS
            if (QUERIES_DIR / lang).is_dir()}
