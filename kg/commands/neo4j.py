"""Neo4j commands: `kg push neo4j` (copy the embedded store across) and `kg cypher`
(Cypher on the configured Neo4j: an interactive console, or one-shot with -c / -f).

Connection settings come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
NEO4J_DATABASE, or --uri / --username / --database; the password only from the
environment, so it never appears in a shell history or a process list.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.commands._common import FormatOpt, StoreOpt, store
from kg.errors import InputError
from kg.render import Format, Section, emit

UriOpt = Annotated[str | None, typer.Option(
    "--uri", help="Bolt URI, e.g. bolt://localhost:7687. Default: $NEO4J_URI.",
    show_default=False)]
UserOpt = Annotated[str | None, typer.Option(
    "--username", help="Default: $NEO4J_USERNAME, else neo4j. Password: $NEO4J_PASSWORD.",
    show_default=False)]
DbOpt = Annotated[str | None, typer.Option(
    "--database", help="Default: $NEO4J_DATABASE, else the server's default.",
    show_default=False)]


class Target(StrEnum):
    neo4j = "neo4j"


def register(app: typer.Typer) -> None:
    """Add `push` and `cypher` to the app."""
    app.command("push")(push_cmd)
    app.command("cypher")(cypher_cmd)


def push_cmd(
    target: Annotated[Target, typer.Argument(help="Where to copy the store: neo4j.")],
    source: Annotated[str | None, typer.Option(
        "--from", metavar="STORE", envvar="KG_STORE",
        help="Store to copy (path or spec). Default: $KG_STORE, else the default store.",
        show_default=False)] = None,
    uri: UriOpt = None, username: UserOpt = None, database: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Copy a store into Neo4j by replaying its stored records (idempotent).

    Aliases and the merge log go first, so every entity keeps its id.
    Example: kg push neo4j --from ~/news-store
    """
    from kg.store.neo4j import Neo4jStore
    from kg.store.transfer import copy_store

    with store(source) as src, Neo4jStore(uri, username=username, database=database) as dst:
        def progress(done: int) -> None:
            print(f"{done} articles copied ...", file=sys.stderr, flush=True)

        totals = copy_store(src, dst, on_batch=progress)
        totals["relationships"] = dst.stats()["relationships"]
    emit(Section("pushed", [totals], title=f"pushed to {target.value}"), fmt)


def cypher_cmd(
    command: Annotated[str | None, typer.Option(
        "--command", "-c", help="Run these statements (';'-separated) and exit.")] = None,
    file: Annotated[Path | None, typer.Option(
        "--file", "-f", exists=True, dir_okay=False, readable=True,
        help="Run the statements of this .cypher file and exit.")] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="NAME=VALUE", help="Bind $NAME to the string VALUE; "
        "repeatable.")] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Allow changes (write transactions). Default: read-only.")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="table, json or csv (one-shot).")]
    = Format.table,
    uri: UriOpt = None, username: UserOpt = None, database: DbOpt = None,
    store_spec: StoreOpt = None,
) -> None:
    """Cypher on the configured Neo4j: a console, or one-shot with -c / -f.

    The console: statements end with ';', :schema, :queries, :param name => value,
    :help; history is kept across sessions. Example: kg cypher -c "MATCH (c:Company)
    RETURN c.name LIMIT 5" --format json
    """
    from kg.cypher_console import CypherSession, interactive, run_script
    from kg.store.neo4j_conn import Neo4jSettings

    if store_spec and not store_spec.startswith("neo4j"):
        store_spec = None  # $KG_STORE naming the embedded store does not apply here
    if store_spec and store_spec.startswith("neo4j:") and not uri:
        uri = store_spec.removeprefix("neo4j:")
    if command is not None and file is not None:
        raise InputError("Give either -c STATEMENTS or -f FILE, not both.")
    params: dict[str, object] = {}
    for p in param or []:
        name, sep, value = p.partition("=")
        if not sep or not name.strip().isidentifier():
            raise InputError(f"-p {p!r} is not NAME=VALUE; e.g. -p company=AWS.")
        params[name.strip()] = value
    settings = Neo4jSettings.resolve(uri, username, None, database)
    session = CypherSession(settings, write=write)
    session.params.update(params)
    try:
        if command is not None:
            run_script(session, command, fmt)
        elif file is not None:
            run_script(session, file.read_text(encoding="utf-8"), fmt)
        else:
            interactive(session)
    finally:
        session.close()
