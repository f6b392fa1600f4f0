"""Run a real Neo4j Community server from the jars that tools/neo4j/fetch.sh puts in lib/.

No Docker, no tarball: Java 17+ and the Maven Central jars are enough. Used by the
test fixtures (tests/neo4j_fixture.py) and by hand:

    python tools/neo4j_server.py start [--port 7687] [--auth] [--fresh]
    python tools/neo4j_server.py status
    python tools/neo4j_server.py stop

From Python:

    with Neo4jServer() as server:          # auth off, free port, temp folder
        driver = GraphDatabase.driver(server.uri)
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TOOLS_DIR.parent
LIB_DIR = TOOLS_DIR / "neo4j" / "lib"
FETCH_SCRIPT = TOOLS_DIR / "neo4j" / "fetch.sh"
# The CLI keeps its server here (git-ignored) so data survives stop/start.
CLI_HOME = REPO_ROOT / ".neo4j"
STATE_FILE = CLI_HOME / "server.json"

MIN_JAVA = 17
# The --add-opens flags are the ones the neo4j launch script passes for Java 17+;
# without them Netty and the page cache fall back to slower paths or fail.
JVM_FLAGS = [
    "-Xms512m",
    "-Xmx1g",
    # A test server lives for seconds to minutes: the C1 compiler alone and the serial
    # collector cut start-up from ~12-20 s to ~10 s and RSS from ~600 to ~340 MiB on
    # 2 cores. Long benchmarks can pass jvm_flags without them.
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
]


# Bolt waits 5 s twice on shutdown (Netty quiet period, thread pool drain) by default;
# a throwaway test server has nothing to drain, so stop() takes ~1 s instead of ~11 s.
# These are internal settings of the pinned 5.26: strict config validation makes the
# server refuse to start, naming the setting, if a later version drops them.
FAST_SHUTDOWN = {
    "internal.dbms.bolt.netty_server_shutdown_quiet_period": "0",
    "internal.server.bolt.thread_pool_shutdown_wait_time": "0s",
    "internal.server.bolt.connection_shutdown_wait_time": "0s",
}


class Neo4jServerError(RuntimeError):
    """The server could not be set up, started or stopped; the message says how to fix it."""


def find_java() -> str | None:
    """Path of the java binary ($JAVA_HOME/bin/java first, then PATH), or None."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    return shutil.which("java")


def java_problem(java: str | None = None) -> str | None:
    """Why the found Java cannot run Neo4j 5 (missing or older than 17), or None if it can."""
    java = java or find_java()
    if java is None:
        return "no java on PATH or in $JAVA_HOME (Debian: apt-get install openjdk-17-jre-headless)"
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not match:
        return f"could not read the version of {java}: {out.stderr.strip()[:200]}"
    major = int(match.group(1))
    if major == 1:  # "1.8.0" style
        major = int(match.group(2) or 0)
    if major < MIN_JAVA:
        return f"{java} is Java {major}; Neo4j 5 needs Java {MIN_JAVA} or newer (set JAVA_HOME)"
    return None


def jars_present(lib_dir: Path = LIB_DIR) -> bool:
    """True when fetch.sh has completed a download into lib_dir."""
    return (lib_dir / ".complete").is_file() and any(lib_dir.glob("neo4j-*.jar"))


def fetch_jars(lib_dir: Path = LIB_DIR) -> None:
    """Run fetch.sh (idempotent) so lib_dir holds the Neo4j jars; raise with Maven's output."""
    if lib_dir != LIB_DIR:
        raise Neo4jServerError(f"fetch.sh only fills {LIB_DIR}, not {lib_dir}")
    if shutil.which("mvn") is None:
        raise Neo4jServerError(
            f"the Neo4j jars are missing from {lib_dir} and Maven is not installed: "
            "install it (Debian: apt-get install maven), then run tools/neo4j/fetch.sh"
        )
    out = subprocess.run(["bash", str(FETCH_SCRIPT)], capture_output=True, text=True, check=False)
    if out.returncode != 0 or not jars_present(lib_dir):
        raise Neo4jServerError(
            f"tools/neo4j/fetch.sh failed (exit {out.returncode}); its output:\n"
            f"{_tail(out.stdout + out.stderr, 30)}"
        )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _read_tail(path: Path, lines: int = 40) -> str:
    try:
        return _tail(path.read_text(errors="replace"), lines)
    except OSError:
        return f"(no log at {path})"


def process_rss_bytes(pid: int) -> int | None:
    """Resident memory of a process from /proc (Linux), or None if unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


class Neo4jServer:
    """One Neo4j Community server process on 127.0.0.1, HTTP off, data in a folder of its own.

    `auth=None` turns authentication off; `auth=("neo4j", password)` sets that initial
    password before the first start (Community only has the user `neo4j` to begin with,
    and the password must be at least 8 characters). `workdir=None` uses a temp folder
    that stop() deletes; a given workdir is kept, so its data survives restarts.
    `extra_config` adds or overrides neo4j.conf lines; `jvm_flags` replaces JVM_FLAGS.
    """

    def __init__(
        self,
        port: int | None = None,
        auth: tuple[str, str] | None = None,
        workdir: str | os.PathLike[str] | None = None,
        *,
        lib_dir: Path = LIB_DIR,
        startup_timeout: float = 120.0,
        extra_config: dict[str, str] | None = None,
        jvm_flags: list[str] | None = None,
    ) -> None:
        if auth is not None and auth[0] != "neo4j":
            raise ValueError(
                f"Neo4j Community can only set the initial password of user 'neo4j', "
                f"not {auth[0]!r}; pass auth=('neo4j', password)"
            )
        self._fixed_port = port
        self.port = port or 0
        self.auth = auth
        self.lib_dir = Path(lib_dir)
        self.startup_timeout = startup_timeout
        self.extra_config = {**FAST_SHUTDOWN, **(extra_config or {})}
        self.jvm_flags = list(JVM_FLAGS if jvm_flags is None else jvm_flags)
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir is not None else None
        self.process: subprocess.Popen[bytes] | None = None
        self.startup_seconds: float | None = None

    # -- public surface -------------------------------------------------------------
    @property
    def uri(self) -> str:
        """Bolt URI of the server, e.g. bolt://127.0.0.1:7687."""
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """File that receives the server's stdout and stderr."""
        assert self.workdir is not None, "start() the server first"
        return self.workdir / "logs" / "console.log"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def rss_bytes(self) -> int | None:
        """Resident memory of the Java process, or None when not running."""
        return process_rss_bytes(self.process.pid) if self.process else None

    def start(self, *, detach: bool = False) -> Neo4jServer:
        """Start the server and return once a Bolt client can connect (or raise with the log).

        `detach=True` leaves the server running when this Python process exits (CLI use).
        """
        problem = java_problem()
        if problem:
            raise Neo4jServerError(problem)
        if not jars_present(self.lib_dir):
            raise Neo4jServerError(
                f"the Neo4j jars are missing from {self.lib_dir}: run tools/neo4j/fetch.sh"
            )
        if self.workdir is None:
            self.workdir = Path(tempfile.mkdtemp(prefix="techkg-neo4j-"))
        # A port picked by free_port() can be taken before Java binds it; try a new one.
        attempts = 1 if self._fixed_port else 3
        for attempt in range(attempts):
            self.port = self._fixed_port or free_port()
            try:
                self._launch()
                self._wait_until_ready()
                break
            except Neo4jServerError as err:
                self._kill()
                if attempt + 1 < attempts and "Address already in use" in str(err):
                    continue
                self._cleanup()
                raise
        if not detach:
            atexit.register(self.stop)
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM the server, wait up to `timeout` s, then SIGKILL; delete a temp workdir."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self._kill()
        self.process = None
        self._cleanup()
        atexit.unregister(self.stop)

    def __enter__(self) -> Neo4jServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- internals ------------------------------------------------------------------
    def _write_config(self) -> Path:
        assert self.workdir is not None
        conf_dir = self.workdir / "conf"
        dirs = {name: self.workdir / name for name in ("data", "logs", "run", "plugins", "import")}
        for path in [conf_dir, *dirs.values()]:
            path.mkdir(parents=True, exist_ok=True)
        lines = [
            "server.default_listen_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{self.port}",
            f"server.bolt.advertised_address=127.0.0.1:{self.port}",
            "server.http.enabled=false",
            "server.https.enabled=false",
            f"dbms.security.auth_enabled={'true' if self.auth else 'false'}",
            "dbms.usage_report.enabled=false",
            "server.memory.pagecache.size=256m",
            "db.tx_log.preallocate=false",
            *(f"server.directories.{name}={path}" for name, path in dirs.items()),
            *(f"{key}={value}" for key, value in self.extra_config.items()),
        ]
        (conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n")
        return conf_dir

    def _java_env(self, conf_dir: Path) -> dict[str, str]:
        assert self.workdir is not None
        return {**os.environ, "NEO4J_HOME": str(self.workdir), "NEO4J_CONF": str(conf_dir)}

    def _set_initial_password(self, java: str, conf_dir: Path) -> None:
        """Write data/dbms/auth.ini with the admin tool, which only works before the first start."""
        assert self.auth is not None and self.workdir is not None
        if (self.workdir / "data" / "databases" / "system").exists():
            return  # an existing database keeps the password it already has
        cmd = [
            java,
            "-Xmx256m",
            "-cp",
            str(self.lib_dir / "*"),
            "org.neo4j.cli.AdminTool",
            "dbms",
            "set-initial-password",
            self.auth[1],
        ]
        out = subprocess.run(
            cmd, capture_output=True, text=True, check=False, env=self._java_env(conf_dir)
        )
        if out.returncode != 0:
            # The tool's output does not echo the password, so it is safe to show.
            raise Neo4jServerError(
                f"neo4j-admin dbms set-initial-password failed (exit {out.returncode}):\n"
                f"{_tail(out.stdout + out.stderr, 20)}"
            )

    def _launch(self) -> None:
        java = find_java()
        assert java is not None and self.workdir is not None
        conf_dir = self._write_config()
        if self.auth:
            self._set_initial_password(java, conf_dir)
        cmd = [
            java,
            *self.jvm_flags,
            "-cp",
            str(self.lib_dir / "*"),
            "org.neo4j.server.CommunityEntryPoint",
            f"--home-dir={self.workdir}",
            f"--config-dir={conf_dir}",
            "--console-mode",
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            # A session of its own keeps a Ctrl-C in the terminal from killing the
            # server before stop() can shut it down cleanly.
            self.process = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
                env=self._java_env(conf_dir),
                start_new_session=True,
            )

    def _wait_until_ready(self) -> None:
        # Imported here so `--help` and the jar checks work without the driver.
        from neo4j import GraphDatabase
        from neo4j.exceptions import ServiceUnavailable, SessionExpired

        assert self.process is not None
        started = time.monotonic()
        deadline = started + self.startup_timeout
        while True:
            if self.process.poll() is not None:
                raise Neo4jServerError(
                    f"Neo4j exited with code {self.process.returncode} while starting; "
                    f"last lines of {self.log_path}:\n{_read_tail(self.log_path)}"
                )
            if self._port_open():
                driver = GraphDatabase.driver(self.uri, auth=self.auth, connection_timeout=5)
                try:
                    driver.verify_connectivity()
                    self.startup_seconds = time.monotonic() - started
                    return
                except (ServiceUnavailable, SessionExpired, OSError):
                    pass  # Bolt is up but the databases are still starting
                finally:
                    driver.close()
            if time.monotonic() > deadline:
                raise Neo4jServerError(
                    f"Neo4j did not accept Bolt connections on {self.uri} within "
                    f"{self.startup_timeout:.0f} s; last lines of {self.log_path}:\n"
                    f"{_read_tail(self.log_path)}"
                )
            time.sleep(0.25)

    def _port_open(self) -> bool:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(0.5)
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    def _kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def _cleanup(self) -> None:
        if self._own_workdir and self.workdir is not None and self.process is None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None


# -- command line: a background server for manual use and `kg cypher` demos ------------
def _pid_is_our_server(pid: int) -> bool:
    """True when pid is alive and is a Neo4j started from CLI_HOME (guards against pid reuse)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False
    return "CommunityEntryPoint" in cmdline and str(CLI_HOME) in cmdline


def _read_state() -> dict[str, object] | None:
    try:
        return dict(json.loads(STATE_FILE.read_text()))
    except (OSError, ValueError):
        return None


def _cli_start(args: argparse.Namespace) -> int:
    state = _read_state()
    if state and _pid_is_our_server(int(str(state["pid"]))):
        print(f"already running: {state['uri']} (pid {state['pid']})")
        return 0
    if not jars_present():
        fetch_jars()
    workdir = CLI_HOME / "server"
    if args.fresh:
        shutil.rmtree(workdir, ignore_errors=True)
    auth = None
    if args.auth:
        password = os.environ.get("NEO4J_PASSWORD")
        if not password:
            print("--auth needs the password in $NEO4J_PASSWORD (8+ characters)", file=sys.stderr)
            return 2
        auth = ("neo4j", password)
    server = Neo4jServer(port=args.port, auth=auth, workdir=workdir).start(detach=True)
    CLI_HOME.mkdir(parents=True, exist_ok=True)
    STATE_FILE.write_text(
        json.dumps(
            {
                "pid": server.pid,
                "uri": server.uri,
                "workdir": str(workdir),
                "log": str(server.log_path),
                "auth": bool(auth),
            },
            indent=2,
        )
        + "\n"
    )
    print(f"started in {server.startup_seconds:.1f} s: {server.uri} (pid {server.pid})")
    print(f"export NEO4J_URI={server.uri}")
    return 0


def _cli_stop(_args: argparse.Namespace) -> int:
    state = _read_state()
    if not state:
        print("not running (no state file)")
        return 0
    pid = int(str(state["pid"]))
    if _pid_is_our_server(pid):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while _pid_is_our_server(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _pid_is_our_server(pid):
            os.kill(pid, signal.SIGKILL)
        print(f"stopped pid {pid}")
    else:
        print(f"not running (pid {pid} is gone)")
    STATE_FILE.unlink(missing_ok=True)
    return 0


def _cli_status(_args: argparse.Namespace) -> int:
    state = _read_state()
    if state and _pid_is_our_server(int(str(state["pid"]))):
        rss = process_rss_bytes(int(str(state["pid"]))) or 0
        print(
            f"running: {state['uri']} (pid {state['pid']}, RSS {rss / 2**20:.0f} MiB, "
            f"log {state['log']})"
        )
        return 0
    print("not running")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start", help="start a server in the background (data in .neo4j/)")
    start.add_argument("--port", type=int, default=None, help="Bolt port (default: a free one)")
    start.add_argument(
        "--auth",
        action="store_true",
        help="turn auth on; user neo4j, password from $NEO4J_PASSWORD",
    )
    start.add_argument("--fresh", action="store_true", help="delete the old data first")
    start.set_defaults(func=_cli_start)
    sub.add_parser("stop", help="stop the background server").set_defaults(func=_cli_stop)
    sub.add_parser("status", help="is it running, and where").set_defaults(func=_cli_status)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except Neo4jServerError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
