"""Print query results as rich tables (people), JSON or CSV (scripts), on stdout.

A result is one or more `Section`s (a title, columns, rows of plain dicts).
JSON prints a single section as a list of row objects and several sections as
one object keyed by section name; CSV prints one header and, for several
sections, a leading `section` column, so every format stays one parseable
document.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import IO, Any


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@dataclass
class Section:
    """One table of a result. `columns` picks and orders the keys shown in a table."""

    name: str
    rows: list[dict[str, Any]]
    columns: Sequence[str] = ()
    title: str | None = None
    empty: str = "(nothing)"  # what the table form says when there are no rows
    notes: list[str] = field(default_factory=list)  # printed under the table only

    def cols(self) -> list[str]:
        if self.columns:
            return list(self.columns)
        seen: dict[str, None] = {}
        for r in self.rows:
            seen.update(dict.fromkeys(r))
        return list(seen)


def emit(sections: Section | Sequence[Section], fmt: Format | str = Format.table,
         out: IO[str] | None = None) -> None:
    """Write `sections` to `out` (stdout) in `fmt`."""
    out = out or sys.stdout
    secs = [sections] if isinstance(sections, Section) else list(sections)
    fmt = Format(fmt)
    if fmt is Format.json:
        doc: Any = secs[0].rows if len(secs) == 1 else {s.name: s.rows for s in secs}
        out.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is Format.csv:
        _csv(secs, out)
    else:
        _tables(secs, out)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3g}"
    if isinstance(v, list | tuple):
        return ", ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _csv(secs: list[Section], out: IO[str]) -> None:
    many = len(secs) > 1
    cols: list[str] = (["section"] if many else [])
    for s in secs:
        cols += [c for c in s.cols() if c not in cols]
    w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for s in secs:
        for r in s.rows:
            row = {k: _cell(v) for k, v in r.items()}
            if many:
                row["section"] = s.name
            w.writerow(row)


def console(out: IO[str] | None = None, *, stderr: bool = False) -> Any:
    """A rich console; wide when not a terminal, so piped tables are not cut at 80 columns."""
    from rich.console import Console

    stream = out or (sys.stderr if stderr else sys.stdout)
    tty = hasattr(stream, "isatty") and stream.isatty()
    return Console(file=stream, width=None if tty else 160, highlight=False, soft_wrap=False)


def _tables(secs: list[Section], out: IO[str]) -> None:
    from rich.table import Table

    con = console(out)
    for i, s in enumerate(secs):
        if i:
            con.print()
        title = s.title if s.title is not None else s.name
        if not s.rows:
            con.print(f"[bold]{title}[/bold]: {s.empty}" if title else s.empty)
        else:
            t = Table(title=title or None, title_justify="left", title_style="bold")
            for c in s.cols():
                t.add_column(c.replace("_", " "), overflow="fold")  # "operator name"
            for r in s.rows:
                t.add_row(*(_cell(r.get(c)) for c in s.cols()))
            con.print(t)
        for n in s.notes:
            con.print(n, markup=False)
