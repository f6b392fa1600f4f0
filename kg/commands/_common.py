"""Options and helpers shared by the graph commands (`--store`, `--format`, opening a store)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer
from typer.core import TyperCommand

from kg.render import Format

if TYPE_CHECKING:
    from kg.store.base import Store

StoreOpt = Annotated[str | None, typer.Option(
    "--store", "-s", envvar="KG_STORE", metavar="PATH",
    help="Store directory (or spec such as oxigraph:PATH). Default: $KG_STORE, else "
    "<user data dir>/techkg/store.", show_default=False)]

FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", help="table: for people; json / csv: for scripts (stdout).")]


@contextmanager
def store(spec: str | None) -> Iterator[Store]:
    """Open the store named by `spec` (imported only now, so `kg --help` loads no driver)."""
    from kg.store import open_store

    with open_store(spec) as s:
        yield s


class Exit1OnUsage(TyperCommand):
    """Usage errors exit 1, for commands where exit 2 means "some inputs were skipped"."""

    def make_context(self, info_name: str | None, args: list[str],
                     parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as err:
            err.exit_code = 1
            raise
