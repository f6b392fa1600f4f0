"""Stores looked up by name and imported only when opened, so `kg --help` loads no driver.

`open_store(None)` opens the default embedded Oxigraph store; a spec is
`"oxigraph"`, `"oxigraph:/some/path"`, a bare path, or (later) `"neo4j"` /
`"sparql+http://host/ds"`.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.store.base import ForgetResult, IngestResult, Store

# name -> "module:Class"; the module is imported on first use only.
STORES: dict[str, str] = {
    "oxigraph": "kg.store.oxigraph:OxigraphStore",
    "neo4j": "kg.store.neo4j:Neo4jStore",
    "sparql": "kg.store.sparql:SparqlStore",
}

__all__ = ["STORES", "ForgetResult", "IngestResult", "Store", "default_store_path", "open_store"]


def default_store_path() -> Path:
    """`$KG_STORE` if set, else `<user data dir>/techkg/store`."""
    env = os.environ.get("KG_STORE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("techkg")) / "store"


def open_store(spec: str | None = None, **options: Any) -> Store:
    """Open the store named by `spec` (see module doc); raises `StoreError` on a bad spec."""
    name, arg = "oxigraph", None
    if spec:
        head, sep, rest = spec.partition(":")
        if head in STORES:
            name, arg = head, (rest or None)
        elif head.startswith("sparql+"):
            name, arg = "sparql", spec.removeprefix("sparql+")
        elif sep and head.isalpha() and len(head) > 1 and not Path(spec).exists():
            raise StoreError(f"Unknown store {head!r} in {spec!r}: use one of "
                             f"{', '.join(sorted(STORES))}, or a directory path for oxigraph.")
        else:
            arg = spec
    module_name, _, cls_name = STORES[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        raise StoreError(f"Store {name!r} is not available ({err.name} is missing): "
                         "install it or use the default 'oxigraph' store.") from err
    cls: type[Store] = getattr(module, cls_name)
    if name == "oxigraph":
        path = Path(arg) if arg else default_store_path()
        try:  # a new store may sit in folders that do not exist yet (a fresh user data dir)
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"Cannot create the folder for the store at {path}: {err}. "
                             "Choose another place with --store PATH or KG_STORE.") from err
        return cls(path, **options)  # type: ignore[call-arg]
    return cls(arg, **options)  # type: ignore[call-arg]
