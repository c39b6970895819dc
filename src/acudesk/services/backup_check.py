"""What a backup holds, checked: SQLite's integrity_check, the schema revision, the row counts.

A backup is only reported made, and only restored, once it reads back whole here.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.services.pg_tools import BackupFailed, archive_data
from acudesk.store.migrate import known_revisions
from acudesk.store.schema import SCHEMA_HEAD

# The tables whose rows a backup's summary counts, in the order people think of them.
COUNTED = ("client", "intake", "treatment_session", "handout", "app_user", "audit_event")
COUNT_LABELS = LazyTexts(
    "backup",
    {
        "client": QT_TRANSLATE_NOOP("backup", "clients"),
        "intake": QT_TRANSLATE_NOOP("backup", "intakes"),
        "treatment_session": QT_TRANSLATE_NOOP("backup", "sessions"),
        "handout": QT_TRANSLATE_NOOP("backup", "handouts"),
        "app_user": QT_TRANSLATE_NOOP("backup", "users"),
        "audit_event": QT_TRANSLATE_NOOP("backup", "audit events"),
    },
)
TAKEN_AT_KEY = "backup.taken_at"  # a setting written just before each copy: when it was taken


class BackupUnusable(BackupFailed):
    """The file is not a sound acudesk backup that this version can restore."""


@dataclass(frozen=True, slots=True)
class BackupFacts:
    """A checked backup: where, which kind, its schema revision, when taken, rows per table."""

    path: Path
    is_sqlite: bool
    revision: str
    taken_at: datetime | None
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != SCHEMA_HEAD

    def counts_text(self) -> str:
        """ "120 clients, 80 intakes, …" in the interface language."""
        return ", ".join(f"{self.counts[t]:,} {COUNT_LABELS[t]}" for t in COUNTED)


def _unusable(path: Path, reason: str) -> BackupUnusable:
    #: {path} is the file chosen; {reason} says what is wrong with it.
    return BackupUnusable(
        translate("backup", "{path} cannot be restored: {reason}").format(path=path, reason=reason)
    )


def check_revision(path: Path, revision: str | None) -> str:
    """The revision, refused when missing or newer than this version of acudesk knows."""
    if not revision:
        raise _unusable(path, translate("backup", "it holds no acudesk database."))
    if revision not in known_revisions():
        #: {revision} and {head} are schema revisions such as 0007.
        reason = translate(
            "backup",
            "it was made by a newer version of acudesk (schema {revision}; this version knows "
            "up to {head}). Install the newer version first.",
        )
        raise _unusable(path, reason.format(revision=revision, head=SCHEMA_HEAD))
    return revision


def _parse_time(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def read_facts(conn: Connection, path: Path, *, is_sqlite: bool) -> BackupFacts:
    """Revision, time taken and counts of an open database (a SQLite copy, a scratch server
    database)."""
    tables = set(inspect(conn).get_table_names())
    revision = None
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    revision = check_revision(path, revision)
    missing = [t for t in COUNTED if t not in tables]
    if missing:
        #: {tables} are database table names.
        reason = translate("backup", "tables are missing: {tables}.")
        raise _unusable(path, reason.format(tables=", ".join(missing)))
    counts = {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in COUNTED}
    taken = conn.execute(
        text("SELECT value FROM setting WHERE key = :key"), {"key": TAKEN_AT_KEY}
    ).scalar()
    return BackupFacts(path, is_sqlite, revision, _parse_time(taken), counts)


def inspect_sqlite(path: Path) -> BackupFacts:
    """Check a SQLite backup file read-only: integrity_check first, then what it holds."""
    from sqlalchemy import create_engine

    if not path.is_file():
        raise _unusable(path, translate("backup", "there is no such file."))
    uri = f"file:{path}?mode=ro"
    try:
        raw = sqlite3.connect(uri, uri=True)
        try:
            rows = raw.execute("PRAGMA integrity_check").fetchall()
        finally:
            raw.close()
    except sqlite3.Error as error:
        raise _unusable(path, _sqlite_reason(error)) from error
    if [tuple(r) for r in rows] != [("ok",)]:
        #: {problem} is SQLite's first complaint, e.g. "Page 5 is never used".
        reason = translate("backup", "the file is damaged ({problem}).")
        raise _unusable(path, reason.format(problem=rows[0][0]))
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        with engine.connect() as conn:
            return read_facts(conn, path, is_sqlite=True)
    except sqlite3.Error as error:
        raise _unusable(path, _sqlite_reason(error)) from error
    finally:
        engine.dispose()


def _sqlite_reason(error: sqlite3.Error) -> str:
    words = str(error).lower()
    if "not a database" in words or "malformed" in words or "encrypted" in words:
        return translate("backup", "it is damaged or is not an acudesk backup.")
    return str(error)


_COPY = re.compile(r"^COPY (?:public\.)?\"?(\w+)\"? ")


def archive_counts(lines: Iterable[str]) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Rows per table in pg_restore's SQL output, and the rows of the small tables we read."""
    counts: dict[str, int] = {}
    kept: dict[str, list[str]] = {"alembic_version": [], "setting": []}
    table = None
    for line in lines:
        if table is None:
            match = _COPY.match(line)
            if match:
                table = match.group(1)
                counts[table] = 0
            continue
        if line.rstrip("\n") == "\\.":
            table = None
            continue
        counts[table] += 1
        if table in kept:
            kept[table].append(line.rstrip("\n"))
    return counts, kept


def inspect_pgdump(path: Path) -> BackupFacts:
    """Check a pg_dump archive without a server: every table's data read back through
    pg_restore, the revision and the counts taken from it."""
    if not path.is_file():
        raise _unusable(path, translate("backup", "there is no such file."))
    with path.open("rb") as head:
        if head.read(5) != b"PGDMP":
            raise _unusable(path, translate("backup", "it is not a pg_dump archive of acudesk."))
    try:
        counts, kept = archive_counts(archive_data(path))
    except BackupFailed as error:
        raise _unusable(path, error.message) from error
    revision = check_revision(path, kept["alembic_version"][0] if kept["alembic_version"] else None)
    missing = [t for t in COUNTED if t not in counts]
    if missing:
        reason = translate("backup", "tables are missing: {tables}.")
        raise _unusable(path, reason.format(tables=", ".join(missing)))
    # COPY rows of setting: key, value (and, since 0010, version), tab-separated.
    settings = {row.split("\t")[0]: row.split("\t")[1] for row in kept["setting"] if "\t" in row}
    taken = _parse_time(settings.get(TAKEN_AT_KEY))
    return BackupFacts(path, False, revision, taken, {t: counts[t] for t in COUNTED})


def checksum_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksum(path: Path) -> None:
    """The backup's SHA-256 beside it (``name.sha256``, owner-only), as `sha256sum` writes it."""
    from acudesk.store.private_files import write_private_text

    write_private_text(checksum_path(path), f"{_sha256(path)}  {path.name}\n")


def inspect_backup(path: Path) -> BackupFacts:
    """A SQLite file or a pg_dump archive, by its first bytes; refused when the checksum
    written beside it at backup time no longer matches (damage a check may not see)."""
    sidecar = checksum_path(path)
    if sidecar.exists():
        try:
            expected = sidecar.read_text(encoding="ascii", errors="replace").split()[0]
            matches = expected == _sha256(path)
        except (OSError, IndexError):
            matches = False
        if not matches:
            raise _unusable(
                path,
                translate(
                    "backup", "it has changed since it was made (its SHA-256 checksum differs)."
                ),
            )
    try:
        with path.open("rb") as head:
            magic = head.read(16)
    except OSError as error:
        raise _unusable(path, str(error.strerror or error)) from error
    if magic.startswith(b"PGDMP"):
        return inspect_pgdump(path)
    if magic.startswith(b"SQLite format 3"):
        return inspect_sqlite(path)
    raise _unusable(path, translate("backup", "it is damaged or is not an acudesk backup."))
