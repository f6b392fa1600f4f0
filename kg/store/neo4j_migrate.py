"""Neo4j schema migrations: the numbered `schemas/neo4j/NNNN_name.cypher` files, applied once.

Each file holds `;`-terminated statements that are idempotent on their own
(`CREATE CONSTRAINT ... IF NOT EXISTS`), so a migration interrupted half-way is
simply applied again. A file counts as applied once a `(:Migration {name})` node
records it, with its checksum and time.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kg.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "schemas" / "neo4j"
_NAME = re.compile(r"^\d{4}_[a-z0-9_]+\.cypher$")


def migration_files(folder: Path = MIGRATIONS_DIR) -> list[Path]:
    """The migration files in order; StoreError naming a file whose name breaks the pattern."""
    files = sorted(folder.glob("*.cypher"))
    for f in files:
        if not _NAME.match(f.name):
            raise StoreError(f"{f}: migration files are named NNNN_what.cypher "
                             "(four digits, lower-case words); rename it.")
    return files


def split_statements(text: str) -> list[str]:
    """Statements of a migration file: `//` comment lines dropped, split at `;` line ends."""
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", body) if s.strip()]


def apply_migrations(driver: Any, database: str | None,
                     folder: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply the migrations not yet recorded in the database; returns the names applied now."""
    with driver.session(database=database) as session:
        done = {r["name"] for r in session.run("MATCH (m:Migration) RETURN m.name AS name")}
        applied = []
        for f in migration_files(folder):
            if f.name in done:
                continue
            text = f.read_text(encoding="utf-8")
            # Schema commands cannot share a transaction with writes: auto-commit each.
            for statement in split_statements(text):
                session.run(statement).consume()
            session.run("MERGE (m:Migration {name: $name}) "
                        "SET m.checksum = $sum, m.appliedAt = $at",
                        name=f.name, sum=hashlib.sha256(text.encode()).hexdigest()[:16],
                        at=datetime.now(UTC).isoformat(timespec="seconds")).consume()
            applied.append(f.name)
    return applied
