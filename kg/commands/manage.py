"""Commands that change or describe the store: ingest, forget, articles, stats, merges,
unmerge, and demo (ingest the bundled examples into a fresh store and query it).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from kg import service
from kg.commands import explore
from kg.commands._common import Exit1OnUsage, FormatOpt, StoreOpt, store
from kg.errors import InputError
from kg.model import PAGE_SIZE
from kg.render import Format, Section, console, emit

EXIT_SKIPPED = 2
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def register(app: typer.Typer) -> None:
    """Add the store-management commands to the app."""
    app.command("ingest", cls=Exit1OnUsage, no_args_is_help=True)(ingest_cmd)
    for name, fn in (("forget", forget_cmd), ("articles", articles_cmd), ("stats", stats_cmd),
                     ("merges", merges_cmd), ("unmerge", unmerge_cmd), ("demo", demo_cmd)):
        app.command(name)(fn)


class _Progress:
    """A rich progress line on stderr, shown only on a terminal once a run passes a second."""

    def __init__(self) -> None:
        self.console = console(stderr=True)
        self.started = time.perf_counter()
        self.bar: Any = None
        self.task: Any = None

    def article(self, done: int, source: str) -> None:
        if self.bar is None:
            if not self.console.is_terminal or time.perf_counter() - self.started < 1.0:
                return
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.completed} articles"),
                                TimeElapsedColumn(), TextColumn("{task.description}"),
                                console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("", total=None)
        self.bar.update(self.task, completed=done, description=source[-60:])

    def skip(self, problem: Any) -> None:
        if self.bar is not None:
            self.bar.console.print(f"skipped: {problem}", markup=False, highlight=False)
        else:
            print(f"skipped: {problem}", file=sys.stderr, flush=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _ingest(s: Any, paths: list[str], workers: int, field: list[str] | None,
            glob: str | None) -> service.IngestSummary:
    from kg.commands.extract import parse_fields

    progress = _Progress()
    try:
        return service.ingest(s, paths, workers=workers, field_map=parse_fields(field or []),
                              pattern=glob, on_article=progress.article, on_skip=progress.skip)
    finally:
        progress.stop()


def _summary_sections(summary: service.IngestSummary) -> list[Section]:
    t = summary.totals()
    notes = [f"{t['articles']} articles: {t['new']} new, {t['replaced']} replaced, "
             f"{t['already_stored']} already stored (no change); {t['new_entities']} new "
             f"entities, {t['merged']} merged names, {t['facts']} facts; "
             f"{t['skipped']} inputs skipped."]
    return [Section("articles", summary.articles,
                    ("source", "status", "article", "new_entities", "facts"), notes=notes),
            Section("merged", summary.merged, ("name", "into", "rule", "id"),
                    title="names merged into an existing company", empty="none"),
            Section("skipped", summary.skipped, ("source", "line", "reason"),
                    title="skipped inputs", empty="none"),
            Section("totals", [t], title="")]


def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...",
                                               help="Files, folders, or - for stdin.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=0,
                                         help="Extraction processes; 0 = one per core.")] = 1,
    field: Annotated[list[str] | None, typer.Option(
        "--field", metavar="NAME=COLUMN", help="Read our field NAME from COLUMN of JSON/CSV "
        "records, e.g. --field text=body; repeatable.")] = None,
    glob: Annotated[str | None, typer.Option("--glob", "-g", help="In folders, only files "
                                             "matching this pattern, e.g. '*.jsonl'.")] = None,
    store_spec: StoreOpt = None, fmt: FormatOpt = Format.table,
) -> None:
    """Read articles, extract their facts and add them to the store (idempotent).

    Exit status: 0 all read; 1 error; 2 some inputs were skipped (listed).
    Example: kg ingest examples/articles/
    """
    with store(store_spec) as s:
        summary = _ingest(s, paths, workers, field, glob)
    emit(_summary_sections(summary), fmt)
    if summary.skipped:
        raise SystemExit(EXIT_SKIPPED)


def forget_cmd(article: Annotated[str, typer.Argument(help="Content id or record id.")],
               store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Remove an article and the facts no other article states."""
    with store(store_spec) as s:
        emit(Section("forgotten", [service.forget(s, article)]), fmt)


def articles_cmd(match: Annotated[str | None, typer.Option(
                     "--match", "-m", help="Id, record id, or text in the title: search "
                     "every article instead of listing a page.")] = None,
                 page: Annotated[int | None, typer.Option(
                     "--page", "-p", min=1, help="Page of 100 articles in the order they "
                     "were written, 1 = the oldest. Default: the newest page.")] = None,
                 store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List stored articles with their ids (for `kg forget`), 100 a page, newest first."""
    with store(store_spec) as s:
        rows = service.articles(s, match, page)
    shown = page or (rows[0]["seq"] // PAGE_SIZE + 1 if rows and rows[0]["seq"] is not None
                     else None)
    notes = [f"older articles: --page {shown - 1}"] if not match and shown and shown > 1 else []
    emit(Section("articles", rows, ("article", "record", "published", "facts", "title"),
                 title=None if match or not shown else f"articles, page {shown}", notes=notes,
                 empty="no articles match" if match else "no articles on this page"), fmt)


def stats_cmd(store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Count articles, nodes of each kind and facts of each relation."""
    with store(store_spec) as s:
        stats = s.stats()
    emit(Section("stats", [{"what": k, "count": v} for k, v in stats.items()]), fmt)


def merges_cmd(store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List names merged into another company, why, and whether undone."""
    with store(store_spec) as s:
        emit(Section("merges", s.merges(), ("id", "name", "into", "rule", "undone", "article"),
                     empty="no merges"), fmt)


def unmerge_cmd(merge_id: Annotated[str, typer.Argument(metavar="ID",
                                                        help="Merge id from `kg merges`.")],
                store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Undo a merge, now and for later ingests (affected articles are replayed)."""
    with store(store_spec) as s:
        emit(Section("unmerged", [s.unmerge(merge_id)]), fmt)


def examples_dir() -> Path:
    """The bundled example articles; `InputError` saying how to get them if missing."""
    if not EXAMPLES.is_dir() or not any(EXAMPLES.iterdir()):
        raise InputError(f"The example articles are not at {EXAMPLES}: they ship with the "
                         "source repository. Install from a clone (pip install -e .) to use "
                         "`kg demo`, or run `kg ingest` on your own articles.")
    return EXAMPLES


def demo_cmd(store_spec: StoreOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Ingest the bundled example articles into a fresh store and run a few queries.

    Without --store (or KG_STORE) the store goes to a new temporary folder.
    """
    import tempfile

    folder = examples_dir()
    spec = store_spec or str(Path(tempfile.mkdtemp(prefix="techkg-demo-")) / "store")
    print(f"Demo store: {spec}", file=sys.stderr, flush=True)
    with store(spec) as s:
        summary = _ingest(s, [str(folder)], 1, None, None)
        sections = [Section("ingest", [summary.totals()], title=f"ingested {folder}"),
                    explore.companies_section(s), explore.facilities_section(s),
                    explore.competitors_section(s, "Alibaba Cloud"),
                    explore.why_section(s, "Alibaba Cloud", "COMPETES_WITH",
                                        "Amazon Web Services")]
    if fmt is Format.table:
        sections[1].rows = sections[1].rows[:10]
        sections[1].notes.append("(top 10; all with: kg companies)")
        sections[2].rows = sections[2].rows[:10]
        sections[2].notes.append("(first 10; all with: kg facilities)")
    emit(sections, fmt)
    if fmt is Format.table:
        print(f"\nExplore further: kg --help, e.g. kg show \"Alibaba Cloud\" --store {spec}",
              file=sys.stderr)
