"""kg's own error types. The CLI turns these into messages in one place."""

from __future__ import annotations


class KGError(Exception):
    """Base error: `str(err)` says what went wrong and how to fix it."""


class StoreError(KGError):
    """A store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the store."""


class ConnectionError_(StoreError):
    """A server (Neo4j, SPARQL endpoint) could not be reached or refused us."""


class QueryError(KGError):
    """A query is unknown, malformed or missing a parameter."""


class InputError(KGError):
    """User input (a file, an option value) is unusable."""
