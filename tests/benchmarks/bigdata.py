"""Large benchmark databases, built once by the real `acudesk demo` command and cached.

The cache lives in $ACUDESK_BENCH_CACHE (default ~/.cache/acudesk-bench), in a folder named
by the schema revision and a hash of the migrations and the demo generator, so a new
migration builds fresh databases and a rerun reuses them. It holds SQLite files
(demo-N.sqlite3) and the data folder of a PostgreSQL server that the benchmarks start
themselves (databases demo_N), stopped at the end of the run and kept for the next.

A million clients take a few minutes to build on each database, so those parts run only with
ACUDESK_BENCH_1M=1 (README, "Benchmarks").
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.harness import PYTHON, REPO, bench_env, run_process

MILLION = 1_000_000


def million_wanted() -> bool:
    return os.environ.get("ACUDESK_BENCH_1M", "") not in {"", "0"}


def cache_key() -> str:
    from acudesk.store.schema import SCHEMA_HEAD

    digest = hashlib.sha256()
    package = REPO / "src" / "acudesk"
    for path in [
        package / "services" / "demo.py",
        *sorted((package / "store" / "migrations" / "versions").glob("*.py")),
    ]:
        digest.update(path.read_bytes())
    return f"{SCHEMA_HEAD}-{digest.hexdigest()[:12]}"


def cache_dir() -> Path:
    root = Path(os.environ.get("ACUDESK_BENCH_CACHE") or Path.home() / ".cache" / "acudesk-bench")
    current = root / cache_key()
    current.mkdir(parents=True, exist_ok=True)
    for stale in root.iterdir():  # databases of older schemas or generators
        if stale != current and stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
    return current


def _demo(url: str, clients: int, data_dir: Path) -> float:
    started = time.perf_counter()
    run_process(
        [PYTHON, "-m", "acudesk", "--database", url, "demo", "--clients", str(clients)],
        env=bench_env({"ACUDESK_DATA_DIR": str(data_dir)}),
        cwd=REPO,
    )
    return time.perf_counter() - started


def sqlite_clients(clients: int, data_dir: Path) -> Path:
    """The cached SQLite demo database with ``clients`` clients (built now if missing)."""
    target = cache_dir() / f"demo-{clients}.sqlite3"
    if not target.exists():
        partial = target.with_name(target.name + ".partial")
        for leftover in target.parent.glob(partial.name + "*"):
            leftover.unlink()
        _demo(str(partial), clients, data_dir)
        for sidecar in target.parent.glob(partial.name + "-*"):
            sidecar.unlink()
        partial.replace(target)
    return target


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class BenchPostgres:
    """A PostgreSQL server over the cache's data folder, started by the benchmarks."""

    folder: Path
    port: int = field(default_factory=_free_port)

    def __post_init__(self) -> None:
        from tests.pgserver import _bin_dir

        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (no pg_ctl)")
        self.bin_dir = bin_dir
        self.run_as: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.folder, pw.pw_uid, pw.pw_gid)
            self.run_as = ["runuser", "-u", "postgres", "--"]

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *argv: str) -> None:
        result = subprocess.run([*self.run_as, *argv], capture_output=True, text=True)
        if result.returncode != 0:
            log = (self.folder / "log").read_text() if (self.folder / "log").exists() else ""
            raise RuntimeError(f"{argv[0]} failed: {result.stderr or result.stdout}{log[-2000:]}")

    def start(self) -> None:
        pid = self.data / "postmaster.pid"
        if pid.exists():  # a run that was killed: its server is gone, its pid file is not
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        if not (self.data / "PG_VERSION").exists():
            shutil.rmtree(self.data, ignore_errors=True)
            self._run(
                str(self.bin_dir / "initdb"),
                *("-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"),
                "--locale=C.UTF-8",
            )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            *("-D", str(self.data), "-w", "-t", "60", "-l", str(self.folder / "log")),
            "start",
            "-o",
            f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB",
        )

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def _admin(self, sql: str) -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            cursor = conn.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def fresh(self, name: str) -> str:
        """An empty database ``name`` (dropped first if there is one); its URL."""
        self._admin(f'DROP DATABASE IF EXISTS "{name}"')
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def demo(self, clients: int, data_dir: Path) -> str:
        """The database demo_N with ``clients`` demo clients, built now if missing."""
        name = f"demo_{clients}"
        have = {row[0] for row in self._admin("SELECT datname FROM pg_database")}
        if name not in have:
            partial = f"{name}_partial"
            _demo(self.fresh(partial), clients, data_dir)
            self._admin(f'ALTER DATABASE "{partial}" RENAME TO "{name}"')
        return self.url(name)


def bench_postgres() -> BenchPostgres:
    """Started on the cache's data folder; as root (PostgreSQL runs as its own user, who
    cannot enter /root) the folder is /var/tmp/acudesk-bench/KEY/postgres instead."""
    folder = cache_dir() / "postgres"
    if os.geteuid() == 0:
        outer = Path("/var/tmp/acudesk-bench")
        for stale in outer.glob("*") if outer.exists() else []:
            if stale.name != cache_key():
                shutil.rmtree(stale, ignore_errors=True)
        folder = outer / cache_key() / "postgres"
    folder.mkdir(parents=True, exist_ok=True)
    server = BenchPostgres(folder)
    server.start()
    return server
