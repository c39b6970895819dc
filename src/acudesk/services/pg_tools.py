"""PostgreSQL's own client programs (pg_dump, pg_restore), run for a clinic server's backups."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from acudesk.domain.errors import AcudeskError
from acudesk.domain.i18n import translate


class BackupFailed(AcudeskError):
    """The backup could not be written, or the copy written is not sound."""


def tool(name: str) -> str:
    """The path of a PostgreSQL client program, or BackupFailed saying how to get it."""
    exe = shutil.which(name)
    if exe is None:
        #: {tool} is pg_dump or pg_restore, PostgreSQL's own programs.
        raise BackupFailed(
            translate(
                "backup",
                "{tool} is not installed on this computer, so the server database cannot be "
                "backed up or restored from here. Do it on the server, or install the "
                "PostgreSQL client tools.",
            ).format(tool=name)
        )
    return exe


def connection_args(
    url: str | URL, database: str | None = None
) -> tuple[list[str], dict[str, str]]:
    """The --host/--port/--username/--dbname options and the environment (PGPASSWORD)."""
    parsed = make_url(url) if isinstance(url, str) else url
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    args = [f"--host={parsed.host or 'localhost'}", f"--dbname={database or parsed.database}"]
    if parsed.port:
        args.append(f"--port={parsed.port}")
    if parsed.username:
        args.append(f"--username={parsed.username}")
    return args, env


def run_tool(name: str, args: list[str], env: dict[str, str]) -> None:
    """Run ``name`` to the end; BackupFailed with its own message when it fails."""
    result = subprocess.run(
        [tool(name), *args],
        env=env,
        capture_output=True,
        text=True,
        errors="replace",  # it may quote a damaged archive's bytes
        check=False,
    )
    if result.returncode != 0:
        #: {tool} is pg_dump or pg_restore; {problem} is its own message.
        raise BackupFailed(
            translate("backup", "{tool} failed: {problem}").format(
                tool=name, problem=result.stderr.strip() or result.returncode
            )
        )


def archive_data(path: Path) -> Iterator[str]:
    """The lines of a pg_dump archive's table data as pg_restore writes them as SQL (COPY blocks):
    reading them all proves every data block of the archive is there and decompresses."""
    args = [tool("pg_restore"), "--data-only", "--file=-", str(path)]
    with subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",  # a damaged archive may write anything: its exit code tells
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        yield from process.stdout
        problem = process.stderr.read().strip()
        code = process.wait()
    if code != 0:
        raise BackupFailed(
            translate("backup", "{tool} failed: {problem}").format(
                tool="pg_restore", problem=problem or code
            )
        )
