"""`kg cypher`: Cypher on the configured Neo4j, one-shot or as an interactive console.

`CypherSession` runs statements (read transactions unless opened with
`write=True`) and handles the console commands (`:schema`, `:queries`,
`:param`, `:params`, `:help`); `interactive()` wraps it in a prompt_toolkit
prompt with multi-line input ending at `;`, history across sessions and
completion of labels, relationship types and property names read from the server.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError, QueryError
from kg.render import Format, Section, emit
from kg.store.neo4j_conn import Neo4jSettings, connect, translate

KEYWORDS = ("MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER BY", "LIMIT",
            "SKIP", "DISTINCT", "COUNT", "CALL", "YIELD", "CREATE", "MERGE", "SET", "DELETE",
            "DETACH DELETE", "EXISTS", "AS", "AND", "OR", "NOT", "IN", "CONTAINS", "STARTS WITH",
            "ENDS WITH", "IS NULL", "IS NOT NULL", "collect", "count", "coalesce", "labels",
            "type", "size", "toLower", "SHOW INDEXES", "SHOW CONSTRAINTS")
COMMANDS = (":schema", ":queries", ":param", ":params", ":help", ":exit")
HELP = """Statements end with ';' (Enter on an unfinished one adds a line).
:schema              labels, relationship types, property keys, constraints, indexes
:queries             the named queries (queries/cypher/*.cypher) and their parameters
:param name => expr  set $name to the value of a Cypher expression, e.g. :param c => 'AWS'
:params              the parameters set so far
:help                this text;  :exit (or Ctrl-D) leaves"""
_PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$", re.S)


def plain(value: Any) -> Any:
    """A driver value as JSON-able data: nodes and relationships become dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return value


def split_statements(text: str) -> list[str]:
    """Statements of a script: split at `;` outside quotes and comments; empty ones dropped."""
    out, buf, quote, i = [], [], "", 0
    while i < len(text):
        c = text[i]
        if quote:
            buf.append(c)
            if c == "\\" and i + 1 < len(text):
                buf.append(text[i + 1])
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
            buf.append(c)
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        elif c == ";":
            out.append("".join(buf).strip())
            buf = []
        else:
            buf.append(c)
        i += 1
    out.append("".join(buf).strip())
    return [s for s in out if s]


@dataclass
class Result:
    columns: list[str]
    rows: list[dict[str, Any]]
    seconds: float
    counters: dict[str, int]


class CypherSession:
    """A connection to Neo4j that runs Cypher and the console's `:` commands."""

    def __init__(self, settings: Neo4jSettings, *, write: bool = False) -> None:
        self.settings = settings
        self.write = write
        self.params: dict[str, Any] = {}
        self.driver = connect(settings)

    def close(self) -> None:
        self.driver.close()

    def run(self, statement: str, params: dict[str, Any] | None = None) -> Result:
        """Run one statement in a read transaction (a write one with `write=True`)."""
        from neo4j import READ_ACCESS, WRITE_ACCESS

        args = {**self.params, **(params or {})}

        def work(tx: Any) -> tuple[list[str], list[dict[str, Any]], dict[str, int]]:
            res = tx.run(statement, args)
            rows = [{k: plain(v) for k, v in r.items()} for r in res]
            keys = list(res.keys())
            counters = {k: v for k, v in vars(res.consume().counters).items()
                        if isinstance(v, int) and not isinstance(v, bool) and v}
            return keys, rows, counters

        started = time.perf_counter()
        mode = WRITE_ACCESS if self.write else READ_ACCESS
        with translate(self.settings, "running Cypher on"), \
                self.driver.session(database=self.settings.database,
                                    default_access_mode=mode) as s:
            try:
                keys, rows, counters = (s.execute_write if self.write else s.execute_read)(work)
            except Exception as err:
                code = getattr(err, "code", "") or ""
                if not self.write and ("AccessMode" in code or "WriteOnReadOnly" in code):
                    raise QueryError("This console is read-only (read transactions); start it "
                                     "with `kg cypher --write` to change the graph.") from err
                raise
        return Result(keys, rows, time.perf_counter() - started, counters)

    # ---------------------------------------------------------------- : commands
    def schema(self) -> list[Section]:
        """Labels, relationship types, property keys, constraints and indexes."""
        q = {"labels": "CALL db.labels() YIELD label RETURN label ORDER BY label",
             "relationship types": "CALL db.relationshipTypes() YIELD relationshipType "
                                   "RETURN relationshipType ORDER BY relationshipType",
             "property keys": "CALL db.propertyKeys() YIELD propertyKey "
                              "RETURN propertyKey ORDER BY propertyKey",
             "constraints": "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type "
                            "RETURN name, labelsOrTypes, properties, type ORDER BY name",
             "indexes": "SHOW INDEXES YIELD name, labelsOrTypes, properties, type "
                        "RETURN name, labelsOrTypes, properties, type ORDER BY name"}
        saved, self.params = self.params, {}
        try:
            return [Section(name, self.run(text).rows) for name, text in q.items()]
        finally:
            self.params = saved

    def words(self) -> list[str]:
        """Completion words: labels, relationship types and property keys of the server."""
        found: list[str] = []
        for sec in self.schema()[:3]:
            for r in sec.rows:
                found += [str(v) for v in r.values()]
        return found

    def set_param(self, line: str) -> dict[str, Any]:
        """`:param name => expr`: evaluates the Cypher expression and binds it as $name."""
        m = _PARAM.match(line.strip())
        if not m:
            raise InputError("Write :param NAME => VALUE, e.g. :param company => 'AWS' or "
                             ":param ids => [1, 2].")
        name, expr = m.group(1), m.group(2).strip()
        # The user types Cypher here on purpose: the value is a Cypher expression.
        value = self.run(f"RETURN {expr} AS value").rows[0]["value"]
        self.params[name] = value
        return {name: value}

    def command(self, line: str) -> list[Section] | None:
        """Run a `:` command; None for :exit."""
        word = line.strip().rstrip(";").split(maxsplit=1)[0].lower()
        if word in (":exit", ":quit", ":q"):
            return None
        if word == ":schema":
            return self.schema()
        if word == ":queries":
            from kg.queries import list_queries

            rows = [{"name": q["name"], "params": ", ".join(
                        f"${p['name']} ({p['type']})" for p in q["params"]),  # type: ignore[attr-defined]
                     "description": q["description"]} for q in list_queries("cypher")]
            return [Section("named queries", rows, notes=[
                "Run one with `kg query NAME -p key=value --store neo4j`."])]
        if word == ":param":
            return [Section("param", [{"name": k, "value": json.dumps(v, default=str)}
                                      for k, v in self.set_param(line).items()])]
        if word == ":params":
            return [Section("params", [{"name": k, "value": json.dumps(v, default=str)}
                                       for k, v in self.params.items()], empty="none set")]
        if word == ":help":
            return [Section("help", [], title="", empty=HELP)]
        raise InputError(f"Unknown command {word}; try :help.")


def run_script(session: CypherSession, text: str, fmt: Format) -> None:
    """Run every statement of `text` and print each result in `fmt` (one-shot forms)."""
    statements = split_statements(text)
    if not statements:
        raise InputError("No Cypher statement given: pass -c 'MATCH ... RETURN ...' or -f FILE.")
    sections = []
    for i, st in enumerate(statements, 1):
        res = session.run(st)
        label = f"statement {i}: " if len(statements) > 1 else ""
        sections.append(Section(f"statement_{i}", res.rows, res.columns, title="",
                                empty="(no rows)", notes=[label + _timing(res)]))
    emit(sections if len(sections) > 1 else sections[0], fmt)


def _timing(res: Result) -> str:
    changes = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in res.counters.items())
    n = len(res.rows)
    return (f"{n} row{'s' if n != 1 else ''} in {res.seconds * 1000:.0f} ms"
            + (f"; {changes}" if changes else ""))


def history_path() -> Path:
    """The console history file, under the user data dir (kept across sessions)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("techkg")) / "cypher_history"


def _complete_words(session: CypherSession) -> Iterator[str]:
    yield from session.words()
    yield from KEYWORDS
    yield from COMMANDS


def interactive(session: CypherSession) -> None:
    """The console loop: read a statement (until `;`) or a `:` command, run it, print."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import WordCompleter
    from prompt_toolkit.history import FileHistory
    from prompt_toolkit.key_binding import KeyBindings

    path = history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    keys = KeyBindings()

    @keys.add("enter")
    def _enter(event: Any) -> None:
        buf = event.current_buffer
        text = buf.text.strip()
        if not text or text.endswith(";") or text.startswith(":"):
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    completer = WordCompleter(sorted(set(_complete_words(session))), ignore_case=True,
                              WORD=False, pattern=re.compile(r"(:?\w+)"))
    prompt: Any = PromptSession(history=FileHistory(str(path)), multiline=True,
                                key_bindings=keys, completer=completer,
                                prompt_continuation=lambda width, *_: "...> ".rjust(width))
    mode = "write" if session.write else "read-only"
    print(f"Connected to {session.settings.where}, {mode}. :help for help, :exit to leave.")
    while True:
        try:
            text = prompt.prompt("kg> ").strip()
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if not text:
            continue
        started = time.perf_counter()
        try:
            if text.startswith(":"):
                sections = session.command(text)
                if sections is None:
                    break
                emit(sections, Format.table)
                print(f"({(time.perf_counter() - started) * 1000:.0f} ms)")
                continue
            for st in split_statements(text):
                res = session.run(st)
                emit(Section("result", res.rows, res.columns, title="", empty="(no rows)"),
                     Format.table)
                print(_timing(res))
        except (QueryError, InputError) as err:
            print(f"Error: {err}")
        except Exception as err:  # a Cypher error must not end the session
            from neo4j.exceptions import Neo4jError

            if not isinstance(err, Neo4jError):
                raise
            print(f"Error: {getattr(err, 'message', None) or err}")
    print("Bye.")
