"""Where the data lives: the database URL and the data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "acudesk"
DATABASE_ENV = "ACUDESK_DATABASE_URL"
DATA_DIR_ENV = "ACUDESK_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder (platformdirs), or ``ACUDESK_DATA_DIR`` when set."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "acudesk.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_database_url(cli_value: str | None, *, demo: bool = False) -> str:
    """``--database`` wins, then ``ACUDESK_DATABASE_URL``, then the local file."""
    if cli_value:
        if "://" not in cli_value:
            return sqlite_url(Path(cli_value).expanduser().resolve())
        return cli_value
    if demo:
        return sqlite_url(demo_database_path())
    env = os.environ.get(DATABASE_ENV)
    if env:
        return env
    return sqlite_url(default_database_path())
