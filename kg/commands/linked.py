"""Linked-data commands: export, import, validate (SHACL) and sparql (console or one-shot)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.commands._common import FormatOpt, StoreOpt, store
from kg.errors import InputError
from kg.render import Format, Section, emit


class ExportFormat(StrEnum):
    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    xml = "xml"
    graphml = "graphml"
    csv = "csv"


BaseOpt = Annotated[str | None, typer.Option(
    "--base-iri", envvar="TECHKG_BASE_IRI", metavar="IRI",
    help="Base of instance IRIs in the file. Default: $TECHKG_BASE_IRI, else "
    "https://techkg.dev/id/.", show_default=False)]


def register(app: typer.Typer) -> None:
    """Add export, import, validate and sparql to the app."""
    app.command("export")(export_cmd)
    app.command("import")(import_cmd)
    app.command("validate")(validate_cmd)
    app.command("sparql")(sparql_cmd)


def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")
                   ] = ExportFormat.nq,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write (a directory for csv). Default: stdout.")] = None,
    base: BaseOpt = None,
    context_url: Annotated[str | None, typer.Option(
        "--context-url", help="JSON-LD: refer to this context URL instead of embedding "
        "schemas/context.jsonld.")] = None,
    store_spec: StoreOpt = None,
) -> None:
    """Export the graph: RDF (one named graph per article in nq/trig/jsonld), GraphML or CSV.

    Streams article by article, so memory stays flat for large stores.
    """
    from kg.graph_export import write_csv, write_graphml
    from kg.iribase import base_iri
    from kg.rdf_export import dataset, export_rdf

    b = base_iri(base)
    with store(store_spec) as s:
        db = dataset(s)
        if fmt is ExportFormat.csv:
            if output is None:
                raise InputError("CSV export writes nodes.csv and edges.csv: give a directory "
                                 "with --output DIR.")
            nodes, edges = write_csv(db, output, b)
            typer.echo(f"wrote {nodes} nodes and {edges} edges to {output}/", err=True)
            return
        if fmt is ExportFormat.graphml:
            if output is None:
                nodes, edges = write_graphml(db, sys.stdout, b)
            else:
                with output.open("w", encoding="utf-8") as f:
                    nodes, edges = write_graphml(db, f, b)
            typer.echo(f"wrote {nodes} nodes and {edges} edges", err=True)
            return
        if output is None:
            n = export_rdf(db, fmt.value, sys.stdout.buffer, b, context_url)
            sys.stdout.buffer.flush()
        else:
            with output.open("wb") as f:
                n = export_rdf(db, fmt.value, f, b, context_url)
        typer.echo(f"wrote {n} quads" + (f" to {output}" if output else ""), err=True)


def import_cmd(
    file: Annotated[Path, typer.Argument(help="A techkg RDF export (nq, trig, jsonld, ttl, "
                                               "nt, xml).")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="RDF format; default: from the file extension.")] = None,
    base: BaseOpt = None,
    store_spec: StoreOpt = None,
) -> None:
    """Read a techkg RDF export into the embedded store (all of it, or nothing on an error)."""
    from kg.iribase import base_iri
    from kg.rdf_import import import_rdf

    b = base_iri(base)
    with store(store_spec) as s:
        r = import_rdf(s, file, fmt, b)
    typer.echo(f"imported {r.quads} quads ({r.articles} new articles) from {file} ({r.format})")


def validate_cmd(
    file: Annotated[Path | None, typer.Argument(
        help="RDF file to check; default: the store's data.")] = None,
    fmt: FormatOpt = Format.table,
    rdf_format: Annotated[str | None, typer.Option(
        "--rdf-format", help="Format of FILE; default: from its extension.")] = None,
    store_spec: StoreOpt = None,
) -> None:
    """Check data against the SHACL shapes in schemas/shapes.ttl; exit 1 if it does not conform."""
    from kg.shacl import load_file, load_store, validate_graph

    if file is not None:
        report = validate_graph(load_file(file, rdf_format))
        what = str(file)
    else:
        with store(store_spec) as s:
            report = validate_graph(load_store(s))
        what = "the store"
    if report.conforms:
        typer.echo(f"{what}: conforms to schemas/shapes.ttl ({report.triples} triples)", err=True)
        if fmt is not Format.table:
            emit(Section("violations", [], ("focus", "path", "value", "message")), fmt)
        return
    emit(Section("violations", report.violations,
                 ("focus", "path", "value", "message", "shape"),
                 title=f"{len(report.violations)} SHACL violations in {what}"), fmt)
    raise typer.Exit(1)


def sparql_cmd(
    query: Annotated[str | None, typer.Option("--query", "-q", help="Run this query.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Run the query in this "
                                                                  ".rq file.")] = None,
    fmt: Annotated[Format, typer.Option(
        "--format", help="table: for people; json / csv: for scripts.")] = Format.table,
    store_spec: StoreOpt = None,
) -> None:
    """SPARQL over the store: a console (no -q/-F), or one query. Prefixes are pre-declared.

    tkg:, schema:, prov:, rdf:, rdfs:, owl:, xsd:, org:, geonames:, id:. Use
    --store sparql+http://HOST:PORT to query a remote endpoint.
    """
    from kg.sparql_console import console, history_path, run_sparql

    if query and file:
        raise InputError("Give the query with -q or -f, not both.")
    if file is not None:
        try:
            query = file.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"{file}: cannot read it ({err.strerror}).") from err
    with store(store_spec) as s:
        if query is not None:
            emit(run_sparql(s, query), fmt)
        else:
            console(s, fmt, history=history_path())
