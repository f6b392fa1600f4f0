"""A real Oxigraph SPARQL server on loopback for the remote-store tests.

`OxigraphServer(path).start()` runs `oxigraph serve --location PATH --bind
127.0.0.1:PORT` (the `oxigraph` PyPI package) on a free port and waits until
it answers; `stop()` ends that one process. Import the `oxigraph_url` fixture
into a test module to get one server per module.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_command() -> list[str]:
    exe = shutil.which("oxigraph")
    if exe:
        return [exe]
    return [sys.executable, "-m", "oxigraph"]


class OxigraphServer:
    """One `oxigraph serve` process with its data directory."""

    def __init__(self, location: Path, port: int | None = None, *,
                 read_only: bool = False) -> None:
        self.location = location
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = "serve-read-only" if read_only else "serve"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20.0) -> OxigraphServer:
        self.proc = subprocess.Popen(
            [*oxigraph_command(), self.command, "--location", str(self.location),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"oxigraph serve exited with {self.proc.returncode}: {err}")
            try:
                urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"oxigraph serve did not answer on {self.url} in {timeout}s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if self.proc and self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server")).start()
    try:
        yield server
    finally:
        server.stop()
