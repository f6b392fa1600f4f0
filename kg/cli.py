"""The `kg` command line: thin commands over the library.

Each command group lives in `kg/commands/` and registers itself here. Errors of
type `KGError` become one-line messages (exit 1) in `main`; real bugs keep their
traceback (without locals, which could hold credentials).
"""

from __future__ import annotations

import sys

import typer

from kg.commands import explore as explore_cmds
from kg.commands import extract as extract_cmds
from kg.commands import linked as linked_cmds
from kg.commands import manage as manage_cmds
from kg.commands import neo4j as neo4j_cmds
from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="techkg: turn tech-industry news into a knowledge graph.\n\n"
    "Extract companies, facilities, places, rivalries and deals from articles, "
    "store them as one graph, and query it.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)



@app.callback()
def _root() -> None:
    """techkg: turn tech-industry news into a knowledge graph."""


for module in (extract_cmds,
               manage_cmds,
               explore_cmds,
               linked_cmds,
               neo4j_cmds):
    module.register(app)


def main() -> None:
    """Console entry point: run the app, turning `KGError` into a clean message.

    Click handles its own usage errors (exit 2) in standalone mode; our errors
    carry what went wrong and how to fix it, and become one line on stderr (exit 1).
    """
    try:
        app()
    except KGError as err:
        typer.secho(f"Error: {err}", fg=typer.colors.RED, err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.secho("Aborted.", err=True)
        sys.exit(130)
