"""`kg extract`: read articles, extract records, write them as JSON Lines, JSON or tables.

A thin command over `loaders.readers.iter_articles` and `loaders.batch.extract_encoded`.
For JSON output each worker hands back the record's text, so the parent process only
reads and writes (more workers, more throughput); tables and `--validate` take the
`Extraction` itself.
Skipped inputs are reported on stderr and counted; the exit status tells a
script whether anything was skipped.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from typer.core import TyperCommand

from kg.errors import InputError
from loaders.batch import extract_encoded
from loaders.formats import ReadProblem
from loaders.readers import DEFAULT_MAX_BYTES, iter_articles
from loaders.record import Extraction

try:  # recent typer vendors its own click; older releases use click itself
    from typer._click.exceptions import UsageError as _UsageError
except ImportError:  # pragma: no cover
    from click import UsageError as _UsageError  # type: ignore[assignment]

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_SKIPPED = 2
EXIT_INVALID = 3

# Past this many articles a run is long enough to deserve a progress bar.
_PROGRESS_AFTER = 8
_SCHEMA = "extraction.schema.json"


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class _ExtractCommand(TyperCommand):
    """Usage errors exit 1 here, since exit 2 means "some inputs were skipped"."""

    def make_context(self, info_name: str | None, args: list[str],
                     parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except _UsageError as err:
            # Shown here rather than re-raised: kg.cli.main does not catch typer's
            # vendored click exceptions, and the code must be 1 on both paths.
            err.show()
            raise SystemExit(EXIT_USAGE) from None


HELP = f"""Extract companies, places, facilities, rivalries and events from articles.

PATH is a file, a folder (read recursively) or - for stdin. Formats are told \
by extension: .txt .md .html .json .jsonl .csv .xml/.rss/.atom (stdin is \
sniffed). Each article gives one record; see schemas/extraction.schema.json.

\b
Examples:
  kg extract article.txt
  kg extract news/ --glob '*.jsonl' --workers 0 -o records.jsonl
  cat feed.jsonl | kg extract - --field text=body --field published=date
  kg extract report.md --format table

\b
Exit status:
  {EXIT_OK}  every input was read and extracted
  {EXIT_USAGE}  usage error (bad option value, unwritable --output, ...)
  {EXIT_SKIPPED}  some inputs were skipped (each is listed on stderr as
     'skipped: path:line: reason'); the other records were still written
  {EXIT_INVALID}  --validate found a record that does not match the schema
"""


def register(app: typer.Typer) -> None:
    """Add `kg extract` to the app."""
    app.command("extract", help=HELP, cls=_ExtractCommand, no_args_is_help=True)(extract_cmd)
    if app.registered_callback is None:
        # Typer runs an app with one command and no callback as that command
        # itself ("kg PATH" instead of "kg extract PATH"); a callback keeps the
        # command group whatever else is registered. kg/cli.py may set its own.
        app.callback()(_group)


def _group() -> None:
    """techkg: turn tech-industry news into a knowledge graph."""


def extract_cmd(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Files, folders, or - for stdin.", show_default=False)],
    fmt: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="jsonl: one record per line; json: one array; "
        "table: a summary per article, for people.")] = OutputFormat.jsonl,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write records to this file instead of stdout.",
        dir_okay=False, show_default=False)] = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=0, help="Processes to extract with; 0 = one per CPU core.")] = 1,
    field: Annotated[list[str] | None, typer.Option(
        "--field", metavar="NAME=COLUMN", help="Read our field NAME (id, url, title, "
        "published, text) from COLUMN of JSON/CSV records; repeatable, e.g. "
        "--field text=body.", show_default=False)] = None,
    glob: Annotated[str | None, typer.Option(
        "--glob", "-g", help="In folders, read only files matching this pattern, "
        "e.g. '*.jsonl' (default: every supported extension).",
        show_default=False)] = None,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1, help="Skip files (for JSONL/CSV: records) larger than this.")]
        = DEFAULT_MAX_BYTES,
    validate: Annotated[bool, typer.Option(
        "--validate", help="Check every record against the JSON Schema; stop with "
        f"exit {EXIT_INVALID} on the first mismatch.")] = False,
) -> None:
    try:
        field_map = parse_fields(field or [])
    except InputError as err:
        _fail(str(err), EXIT_USAGE)
    check = _validator() if validate else None
    err_console = _stderr_console()
    stats = _Stats()
    started = time.perf_counter()
    with ExitStack() as stack:
        try:
            out: IO[str] = stack.enter_context(output.open("w", encoding="utf-8")) \
                if output else sys.stdout
        except OSError as exc:
            _fail(f"cannot write --output {output}: {exc.strerror}; check the path", EXIT_USAGE)
        # the English test runs with the extraction (in the workers), not in this process
        items = iter_articles(paths, field_map=field_map, pattern=glob, max_bytes=max_bytes,
                              check=False)
        dump = _DUMPS.get(fmt)
        encode: Callable[[Extraction], Any] = functools.partial(_encode, dump) \
            if dump and not check else _as_is
        results = extract_encoded(items, encode, workers=workers, screen=True)
        stack.callback(getattr(results, "close", lambda: None))
        progress = _LazyProgress(err_console) if err_console.is_terminal else None
        if progress:
            stack.callback(progress.stop)
        writer = _WRITERS[fmt](out)
        next(writer)  # prime it: the JSON writer opens its array here
        stack.callback(writer.close)
        for res in results:
            if isinstance(res, ReadProblem):
                stats.skipped += 1
                if progress:
                    progress.console.print(f"skipped: {res}", markup=False, highlight=False)
                else:
                    print(f"skipped: {res}", file=sys.stderr, flush=True)
                continue
            if isinstance(res, Extraction):  # a table, or records to validate
                where = res.source or res.id
                payload: Any = res
                if dump:
                    record = res.to_dict()
                    if check:
                        _check(check, record, res)
                    payload = dump(record)
            else:
                where, payload = res
            writer.send(payload)
            stats.articles += 1
            if progress:
                progress.advance(stats.articles, where)
        writer.close()
    stats.report(time.perf_counter() - started)
    if stats.skipped:
        raise SystemExit(EXIT_SKIPPED)


def parse_fields(specs: list[str]) -> dict[str, str]:
    """Turn ["text=body", ...] into {"text": "body", ...}; raise `InputError` on bad syntax."""
    out: dict[str, str] = {}
    for spec in specs:
        name, sep, column = spec.partition("=")
        name, column = name.strip(), column.strip()
        if not sep or not name or not column:
            raise InputError(f"--field '{spec}' is not of the form name=column "
                             "(for example --field text=body)")
        out[name] = column
    return out


class _Stats:
    def __init__(self) -> None:
        self.articles = 0
        self.skipped = 0

    def report(self, seconds: float) -> None:
        rate = self.articles / seconds if seconds > 0 else 0.0
        noun = "article" if self.articles == 1 else "articles"
        print(f"{self.articles} {noun}, {self.skipped} skipped, {seconds:.2f} s, "
              f"{rate:.1f} articles/s", file=sys.stderr, flush=True)


def _fail(message: str, code: int) -> Any:
    # Raising SystemExit (not typer.Exit) keeps the code when kg.cli.main runs the
    # app with standalone_mode=False, where click would return typer.Exit's code.
    print(f"Error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(file=sys.stderr)


class _LazyProgress:
    """A progress display on stderr that appears only once a run has some length."""

    def __init__(self, console: Any) -> None:
        self.console = console
        self._started = time.perf_counter()
        self._progress: Any = None
        self._task: Any = None

    def advance(self, done: int, current: str) -> None:
        if self._progress is None:
            if done < _PROGRESS_AFTER:
                return
            from rich.progress import (
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.completed} articles"),
                TimeElapsedColumn(),
                TextColumn("{task.description}"), console=self.console, transient=True)
            self._progress.start()
            self._task = self._progress.add_task("", total=None)
        rate = done / max(time.perf_counter() - self._started, 1e-9)
        self._progress.update(self._task, completed=done,
                              description=f"{rate:.0f}/s  {current[-60:]}")

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


# --- records as text, made where the record is extracted (a worker) ------------------

def _dump_jsonl(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _dump_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def _encode(dump: Callable[[dict[str, Any]], str], res: Extraction) -> tuple[str, str]:
    """(where the article came from, its record as text)."""
    return res.source or res.id, dump(res.to_dict())


def _as_is(res: Extraction) -> Extraction:
    return res


# --- writers: generators fed records (their text; an Extraction for tables) -----------

def _write_jsonl(out: IO[str]) -> Any:
    while True:
        text = yield
        out.write(text + "\n")


def _write_json(out: IO[str]) -> Any:
    # One array, written record by record so a large run never sits in memory.
    first = True
    out.write("[")
    try:
        while True:
            text = yield
            out.write("\n" if first else ",\n")
            out.write(text)
            first = False
    finally:
        out.write("\n]\n" if not first else "]\n")


def _write_table(out: IO[str]) -> Any:
    from rich.console import Console

    console = Console(file=out, width=None if out.isatty() else 120,
                      highlight=False, soft_wrap=False)
    while True:
        res = yield
        _print_table(console, res)


def _print_table(console: Any, res: Extraction) -> None:
    from rich.table import Table

    def names(items: list[str], limit: int = 6) -> str:
        more = f", +{len(items) - limit} more" if len(items) > limit else ""
        return ", ".join(items[:limit]) + more

    title = f"{res.id}" + (f" — {res.title}" if res.title else "")
    summary = Table(title=title, title_justify="left", show_lines=False)
    summary.add_column("what")
    summary.add_column("count", justify="right")
    summary.add_column("found")
    summary.add_row("companies", str(len(res.companies)), names([c.name for c in res.companies]))
    summary.add_row("cities", str(len(res.cities)),
                    names([f"{c.name} ({c.country or '?'})" for c in res.cities]))
    summary.add_row("facilities", str(len(res.facilities)), "")
    summary.add_row("competitors", str(len(res.competitors)),
                    names([f"{p.a} / {p.b}" for p in res.competitors]))
    summary.add_row("events", str(len(res.events)),
                    names([f"{e.type}: {', '.join(e.companies)}" for e in res.events]))
    console.print(summary, markup=False)
    if res.facilities:
        fac = Table(title=f"facilities of {res.id}", title_justify="left")
        for col in ("operator", "kind", "city", "country", "status", "capacity", "investment"):
            fac.add_column(col)
        for f in res.facilities:
            fac.add_row(f.operator, f.kind, f.city or "", f.country or "", f.status or "",
                        f.capacity or "", f.investment or "")
        console.print(fac, markup=False)
    console.print()


_DUMPS: dict[OutputFormat, Callable[[dict[str, Any]], str]] = {
    OutputFormat.jsonl: _dump_jsonl,
    OutputFormat.json: _dump_json,
}

_WRITERS: dict[OutputFormat, Callable[[IO[str]], Any]] = {
    OutputFormat.jsonl: _write_jsonl,
    OutputFormat.json: _write_json,
    OutputFormat.table: _write_table,
}


# --- validation ----------------------------------------------------------------------

@functools.cache
def _validator() -> Callable[[dict[str, Any]], Any]:
    """The extraction JSON Schema compiled once (fastjsonschema)."""
    import fastjsonschema

    text = resources.files("schemas").joinpath(_SCHEMA).read_text(encoding="utf-8")
    return fastjsonschema.compile(json.loads(text))


def _check(check: Callable[[dict[str, Any]], Any], record: dict[str, Any],
           res: Extraction) -> None:
    import fastjsonschema

    try:
        check(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = res.source or res.id
        _fail(f"record '{res.id}' from {where} does not match schemas/{_SCHEMA}: "
              f"{exc.message} (at {exc.name}); this is an extractor bug, please report it "
              "with the article", EXIT_INVALID)


__all__ = ["HELP", "parse_fields", "register"]
