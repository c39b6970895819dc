"""A SQLite file left at an older schema revision, as an older acudesk wrote it."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from acudesk.store.engine import Database
from acudesk.store.migrate import _alembic_config

OLDER_REVISION = "0006"


def sqlite_file_at(path: Path, revision: str = OLDER_REVISION) -> Path:
    db = Database(f"sqlite:///{path}")
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.dispose()
    return path
