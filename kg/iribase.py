"""The base IRI of techkg instance data, and rewriting IRIs from one base to another.

The embedded store always mints `https://techkg.dev/id/<kind>/<id>` (`kg.model.ID`,
ids from `kg.identity`), so IRIs are stable across runs. An export may publish
the same graph under another base (`--base-iri` or `$TECHKG_BASE_IRI`); an import
maps that base back. Only IRIs that start with the old base are rewritten.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.errors import InputError
from kg.model import ID

ENV = "TECHKG_BASE_IRI"
STORE_BASE = ID  # what the embedded store mints; never changes


def base_iri(value: str | None = None) -> str:
    """The base to publish under: `value`, else `$TECHKG_BASE_IRI`, else `https://techkg.dev/id/`.

    Raises InputError unless it is an absolute http(s) IRI ending in `/` or `#`.
    """
    base = value or os.environ.get(ENV) or STORE_BASE
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or base[-1] not in "/#":
        raise InputError(f"Base IRI {base!r} is not usable: give an absolute http(s) IRI "
                         "ending in '/' or '#', e.g. https://data.example.org/techkg/.")
    if any(c in base for c in ' <>"{}|\\^`'):
        raise InputError(f"Base IRI {base!r} contains characters not allowed in an IRI.")
    return base


def rebaser(old: str, new: str) -> Callable[[ox.Quad], ox.Quad] | None:
    """A function mapping a quad's IRIs from base `old` to `new`; None when they are equal."""
    if old == new:
        return None
    n = len(old)

    def term(t: object) -> object:
        if isinstance(t, ox.NamedNode) and t.value.startswith(old):
            return ox.NamedNode(new + t.value[n:])
        return t

    def quad(q: ox.Quad) -> ox.Quad:
        return ox.Quad(term(q.subject), term(q.predicate), term(q.object),  # type: ignore[arg-type]
                       term(q.graph_name))  # type: ignore[arg-type]

    return quad


def rebase(quads: Iterable[ox.Quad], old: str, new: str) -> Iterator[ox.Quad]:
    """`quads` with base `old` replaced by `new` (lazily)."""
    f = rebaser(old, new)
    return iter(quads) if f is None else map(f, quads)
