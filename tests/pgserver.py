"""A throwaway PostgreSQL server for the store tests, over the system's own binaries.

Started once per test run in a temp folder, on a free loopback port, and stopped at the end.
Each test gets a fresh database. When CI=true (or ACUDESK_REQUIRE_POSTGRES=1) and no server
can be started, the tests fail instead of skipping.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _required() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"} or bool(
        os.environ.get("ACUDESK_REQUIRE_POSTGRES")
    )


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    port: int
    folder: Path
    bin_dir: Path
    run_as: list[str]
    _names = itertools.count(1)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"acudesk_test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(
            [
                *self.run_as,
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PgServer:
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL is not installed (no pg_ctl on PATH or in /usr/lib/postgresql)"
        )
    folder = Path(tempfile.mkdtemp(prefix="acudesk-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError as error:
            raise RuntimeError("running as root and there is no 'postgres' user") from error
        os.chown(folder, pw.pw_uid, pw.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    port = _free_port()
    steps = [
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-t",
            "30",
            "-l",
            str(folder / "log"),
            "start",
            "-o",
            f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off",
        ],
    ]
    for step in steps:
        result = subprocess.run([*run_as, *step], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            log = (folder / "log").read_text() if (folder / "log").exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(
                f"{Path(step[0]).name} failed: {result.stderr or result.stdout}{log}"
            )
    return PgServer(port, folder, bin_dir, run_as)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PgServer]:
    try:
        server = start_server()
    except (RuntimeError, OSError) as error:
        if _required():
            pytest.fail(f"PostgreSQL is required here (CI) but could not start: {error}")
        pytest.skip(f"PostgreSQL not available: {error}")
    yield server
    server.stop()
