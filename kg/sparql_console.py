"""`kg sparql`: run SPARQL against the embedded store or a remote endpoint.

`run_sparql(store, text)` prepends the techkg prefixes and returns a `Section`
for `kg.render.emit` (SELECT: one row per solution; ASK: one `result` row;
CONSTRUCT/DESCRIBE: subject, predicate, object rows). `console(store)` is the
interactive loop: a statement ends with `;` or a blank line, history is kept in
`<user data dir>/techkg/sparql_history`, `\\q` or Ctrl-D leaves.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg import model
from kg.errors import KGError, QueryError
from kg.render import Format, Section, emit
from kg.sparql_http import py_value

PREFIXES = {"tkg": model.TKG, "schema": model.SCHEMA, "prov": model.PROV, "rdf": model.RDF,
            "rdfs": model.RDFS, "owl": model.OWL, "xsd": model.XSD,
            "org": "http://www.w3.org/ns/org#", "geonames": model.GEONAMES, "id": model.ID}
PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def history_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("techkg")) / "sparql_history"


def _rows(result: Any) -> Section:
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        return Section("result", [{"result": bool(result)}], ("result",))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return Section("results", [{n: py_value(s[n]) for n in names} for s in result],
                       names, empty="(no results)")
    rows = [{"subject": py_value(t.subject), "predicate": py_value(t.predicate),
             "object": py_value(t.object)} for t in result]
    return Section("triples", rows, ("subject", "predicate", "object"), empty="(no triples)")


def run_sparql(store: Any, text: str) -> Section:
    """Run query `text` (techkg prefixes pre-declared) on `store`; QueryError if malformed."""
    full = PROLOGUE + text
    remote = getattr(store, "select", None)
    if remote is not None:
        return _rows(remote(full))
    from kg.rdf_export import dataset

    try:
        return _rows(dataset(store).query(full, use_default_graph_as_union=True))
    except SyntaxError as err:
        # Positions count our prologue lines: shift them back to the user's text.
        msg = re.sub(r"(\d+):(\d+)", lambda m: f"line {int(m[1]) - len(PREFIXES)} column {m[2]}",
                     str(err.msg or err), count=1)
        raise QueryError(f"SPARQL syntax error: {msg}. Fix the query and run it again.") from None


def statement_done(text: str) -> bool:
    """A console statement is complete when it ends with `;` or with a blank line."""
    return text.rstrip().endswith(";") or text.endswith("\n") or text.strip() in ("\\q", "")


def console(store: Any, fmt: Format = Format.table, *, input: Any = None, output: Any = None,
            out: IO[str] | None = None, history: Path | None = None) -> None:
    """Interactive SPARQL loop until `\\q` or end of input (prompt_toolkit)."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings

    out = out or sys.stdout
    kb = KeyBindings()

    @kb.add("enter")
    def _(event: Any) -> None:
        buf = event.current_buffer
        if statement_done(buf.text):
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    hist: Any = InMemoryHistory()
    if history is not None:
        history.parent.mkdir(parents=True, exist_ok=True)
        hist = FileHistory(str(history))
    session: Any = PromptSession(history=hist, key_bindings=kb, multiline=True,
                                 input=input, output=output,
                                 prompt_continuation=lambda w, n, s: "   ...> ")
    out.write("techkg SPARQL console. Prefixes: " + ", ".join(PREFIXES) +
              ". End a query with ';' or a blank line; \\q quits.\n")
    while True:
        try:
            text = session.prompt("sparql> ")
        except (EOFError, KeyboardInterrupt):
            break
        text = text.strip().removesuffix(";").strip()
        if text == "\\q":
            break
        if not text:
            continue
        try:
            emit(run_sparql(store, text), fmt, out)
        except KGError as err:
            out.write(f"Error: {err}\n")
