"""`kg cypher` against the real Neo4j: the console driven through a pseudo-terminal, and
the one-shot forms (-c, -f) in every output format."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pytest
from store_records import aws_article, microsoft_article
from test_cli_graph import kg_process

from kg.cypher_console import split_statements

pytestmark = pytest.mark.neo4j


@pytest.fixture
def loaded(neo4j_store: Any) -> Any:
    neo4j_store.add_many([aws_article(), microsoft_article()])
    return neo4j_store


@pytest.fixture
def env(neo4j_uri: str, neo4j_auth: tuple[str, str] | None, tmp_path: Path) -> dict[str, str]:
    out = {"NEO4J_URI": neo4j_uri, "XDG_DATA_HOME": str(tmp_path / "data"),
           "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm", "COLUMNS": "150", "LINES": "50"}
    if neo4j_auth:
        out |= {"NEO4J_USERNAME": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1]}
    return out


def test_split_statements_ignores_semicolons_in_strings_and_comments() -> None:
    assert split_statements("RETURN 'a;b' AS x; // c;d\nRETURN \"e\\\";\" AS y;;") == \
        ["RETURN 'a;b' AS x", "RETURN \"e\\\";\" AS y"]


def test_one_shot_formats(loaded: Any, env: dict[str, str], tmp_path: Path) -> None:
    q = "MATCH (c:Company) RETURN c.id AS id, c.name AS name ORDER BY id"
    res = kg_process("cypher", "-c", q, "--format", "json", env=env)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == [{"id": "amazon", "name": "Amazon"},
                                      {"id": "amazon-web-services", "name": "AWS"},
                                      {"id": "microsoft", "name": "Microsoft"}]
    res = kg_process("cypher", "-c", q + " LIMIT 1", "--format", "csv", env=env)
    assert list(csv.DictReader(io.StringIO(res.stdout))) == [{"id": "amazon", "name": "Amazon"}]
    script = tmp_path / "q.cypher"
    script.write_text("// two statements\nMATCH (a:Article) RETURN count(a) AS articles;\n"
                      "RETURN $who AS who;\n")
    res = kg_process("cypher", "-f", str(script), "-p", "who=O'Neil {x}", env=env)
    assert res.returncode == 0, res.stderr
    assert "articles" in res.stdout and "O'Neil {x}" in res.stdout
    assert "statement 1: 1 row in" in res.stdout


def test_one_shot_is_read_only_unless_write(loaded: Any, env: dict[str, str]) -> None:
    res = kg_process("cypher", "-c", "CREATE (:Company {id: 'zz'})", env=env)
    assert res.returncode == 1 and "read-only" in res.stderr and "--write" in res.stderr
    res = kg_process("cypher", "--write", "-c", "CREATE (c:Company {id: 'zz'}) RETURN c.id AS id",
                     "--format", "json", env=env)
    assert json.loads(res.stdout) == [{"id": "zz"}]
    res = kg_process("cypher", "-c", "MATCH (n RETURN n", env=env)
    assert res.returncode == 1 and "Error: Neo4j rejected the Cypher" in res.stderr
    assert "Traceback" not in res.stderr


def spawn(env: dict[str, str]) -> Any:
    exe = shutil.which("kg")
    cmd, args = (exe, ["cypher"]) if exe else (sys.executable,
                                                ["-c", "from kg.cli import main; main()", "cypher"])
    child = pexpect.spawn(cmd, args, env={**os.environ, **env}, encoding="utf-8", timeout=30,
                          dimensions=(50, 150))
    child.expect("read-only")
    child.expect("kg>")
    return child


def test_console_in_a_pseudo_terminal(loaded: Any, env: dict[str, str]) -> None:
    child = spawn(env)
    try:
        # Multi-line: Enter without ';' continues the statement.
        child.send("MATCH (c:Company)\r")
        child.expect(r"\.\.\.>")
        child.send("RETURN count(c) AS companies;\r")
        child.expect("companies")
        child.expect(r"1 row in \d+ ms")
        child.send(":param who => 'Ann \"Q\" {x}'\r")
        child.expect("who")
        child.send("RETURN $who AS greeting;\r")
        child.expect(r"Ann \"Q\" \{x\}")
        child.send(":schema\r")
        child.expect("COMPETES_WITH")
        child.expect("company_id")
        child.send(":queries\r")
        child.expect("facilities")
        child.send("CREATE (:Company {id: 'nope'});\r")
        child.expect("read-only")
        # Completion of a label read from the server.
        child.send("MATCH (n:Compe")
        child.send("\t")
        child.expect("COMPETES_WITH")
        child.send("\x15")  # Ctrl-U: clear the line
        child.send(":exit\r")
        child.expect("Bye")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    history = Path(env["XDG_DATA_HOME"]) / "techkg" / "cypher_history"
    assert "RETURN count(c) AS companies;" in history.read_text()
    # A new session finds the old statements in its history (Up arrow).
    child = spawn(env)
    try:
        child.send("\x1b[A")
        child.expect("exit")
        child.send("\x15:exit\r")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)


@pytest.fixture
def no_server_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    from neo4j_server import free_port

    yield {"NEO4J_URI": f"bolt://127.0.0.1:{free_port()}", "XDG_DATA_HOME": str(tmp_path)}


def test_console_and_store_commands_say_when_the_server_is_down(
        no_server_env: dict[str, str]) -> None:
    for args in (["cypher", "-c", "RETURN 1"], ["stats", "--store", "neo4j"]):
        res = kg_process(*args, env=no_server_env)
        assert res.returncode == 1, args
        assert "could not open the connection to Neo4j" in res.stderr
        assert "Traceback" not in res.stderr
