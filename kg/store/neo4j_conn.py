"""Connecting to Neo4j: settings from options or `NEO4J_*`, and driver errors made kg errors.

Shared by the Neo4j store and the `kg cypher` console. The password is never
printed: `repr(settings)` hides it and no message quotes it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kg.errors import ConnectionError_, QueryError, StoreError

DEFAULT_URI = "bolt://localhost:7687"
# How long a managed transaction is retried on transient errors (a dropped
# connection, a leader switch) before the error reaches the user.
RETRY_SECONDS = 15.0


@dataclass(frozen=True)
class Neo4jSettings:
    """Where and as whom to connect; `password` is kept out of `repr`."""

    uri: str = DEFAULT_URI
    username: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str | None = None

    @classmethod
    def resolve(cls, uri: str | None = None, username: str | None = None,
                password: str | None = None, database: str | None = None) -> Neo4jSettings:
        """Options first, then `NEO4J_URI`, `NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`."""
        env = os.environ
        return cls(uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
                   username=username or env.get("NEO4J_USERNAME") or "neo4j",
                   password=password if password is not None else env.get("NEO4J_PASSWORD"),
                   database=database or env.get("NEO4J_DATABASE") or None)

    @property
    def auth(self) -> tuple[str, str] | None:
        # No password means auth is off on the server (a local test server).
        return (self.username, self.password) if self.password else None

    @property
    def where(self) -> str:
        """The server and database, for messages (no credentials)."""
        return f"{self.uri} (database {self.database or 'default'})"


def connect(settings: Neo4jSettings, *, retry_seconds: float = RETRY_SECONDS) -> Any:
    """A driver on `settings`, connectivity and credentials checked; kg errors otherwise."""
    from neo4j import GraphDatabase

    with translate(settings):
        try:
            driver = GraphDatabase.driver(settings.uri, auth=settings.auth,
                                          max_transaction_retry_time=retry_seconds,
                                          connection_timeout=10.0,
                                          # Unknown-label hints on an empty graph are noise.
                                          notifications_min_severity="OFF")
        except ValueError as err:  # a malformed URI
            raise ConnectionError_(
                f"Bad Neo4j URI {settings.uri!r}: {err}. Use a form such as "
                "bolt://localhost:7687 or neo4j+s://host (NEO4J_URI).") from err
        try:
            driver.verify_connectivity()
        except BaseException:
            driver.close()
            raise
    return driver


@contextmanager
def translate(settings: Neo4jSettings, doing: str = "talking to") -> Iterator[None]:
    """Turn driver exceptions raised inside the block into kg errors naming the fix."""
    from neo4j import exceptions as nx

    try:
        yield
    except nx.AuthError as err:
        raise ConnectionError_(
            f"Neo4j at {settings.uri} refused the credentials of user {settings.username!r}. "
            "Check NEO4J_USERNAME and NEO4J_PASSWORD (or --username / the password prompt)."
        ) from err
    except (nx.ServiceUnavailable, nx.SessionExpired, nx.IncompleteCommit) as err:
        raise ConnectionError_(
            f"Lost or could not open the connection to Neo4j at {settings.uri} while "
            f"{doing} it ({type(err).__name__}). If a write was under way it was rolled back "
            "(no article is half-written); check the server is running and reachable, "
            "then rerun the command."
        ) from err
    except nx.ClientError as err:
        code = err.code or ""
        if "DatabaseNotFound" in code or "database does not exist" in str(err.message).lower():
            raise StoreError(
                f"Neo4j at {settings.uri} has no database {settings.database!r}. "
                "Set NEO4J_DATABASE (or --database) to an existing one; `SHOW DATABASES` "
                "lists them (Community has only 'neo4j' and 'system')."
            ) from err
        if "Security" in code:
            raise ConnectionError_(
                f"Neo4j at {settings.uri} refused the request: {err.message} "
                "Check the user's rights and NEO4J_USERNAME / NEO4J_PASSWORD.") from err
        if "Statement" in code:
            raise QueryError(f"Neo4j rejected the Cypher: {err.message}") from err
        raise StoreError(f"Neo4j at {settings.where} refused the request: {err.message}") from err
    except nx.DatabaseUnavailable as err:
        raise StoreError(f"Database {settings.database or 'default'} on {settings.uri} is not "
                         f"available: {err.message}. Start it (START DATABASE) or wait "
                         "until it is online.") from err
    except nx.ConfigurationError as err:
        raise ConnectionError_(f"Cannot use Neo4j at {settings.uri}: {err}. Check NEO4J_URI "
                               "(bolt:// or neo4j://, +s for TLS).") from err
