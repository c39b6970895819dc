"""Write the next numbered Alembic migration: ``make migration MESSAGE="what changes"``.

Alembic's own CLI cannot run acudesk's env.py (it needs the live connection acudesk passes),
so this does what `alembic revision --autogenerate` would: it migrates a throwaway SQLite
database to the current head, compares it with the models, writes
``versions/<NNNN>_<slug>.py`` from script.py.mako, and moves SCHEMA_HEAD to the new revision.
Read the file it writes before committing: autogenerate misses renames and data changes.
"""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from acudesk.store.engine import Database
from acudesk.store.migrate import MIGRATIONS_DIR, _alembic_config, upgrade

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.py"


def next_revision_id(head: str) -> str:
    return f"{int(head) + 1:04d}"


def file_slug(message: str) -> str:
    """A file-name fragment: lower-case ASCII words joined by underscores, at most 40 long."""
    words = re.findall(r"[a-z0-9]+", message.lower())
    return "_".join(words)[:40].rstrip("_") or "change"


def set_schema_head(revision: str, schema_file: Path = SCHEMA_FILE) -> None:
    text = schema_file.read_text(encoding="utf-8")
    line = f'SCHEMA_HEAD = "{revision}"'
    updated, count = re.subn(r'^SCHEMA_HEAD = "\d+"$', line, text, count=1, flags=re.M)
    if count != 1:
        raise RuntimeError(f"no SCHEMA_HEAD line in {schema_file}")
    schema_file.write_text(updated, encoding="utf-8")


def _never_asked() -> datetime:
    raise AssertionError("a throwaway database is not copied aside")


def new_migration(
    message: str, migrations_dir: Path = MIGRATIONS_DIR, schema_file: Path = SCHEMA_FILE
) -> Path:
    """Autogenerate the next revision against the models; returns the file written."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    cfg.set_main_option("script_location", str(migrations_dir))
    head = ScriptDirectory.from_config(cfg).get_current_head() or "0000"
    revision = next_revision_id(head)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'head.sqlite3'}")
        try:
            upgrade(db, clock=_never_asked, backup=False)  # no copy aside: no time needed
            with db.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.revision(
                    cfg,
                    message=message,
                    autogenerate=True,
                    rev_id=revision,
                    head=head,
                )
        finally:
            db.dispose()
    (written,) = (migrations_dir / "versions").glob(f"{revision}_*.py")
    target = written.with_name(f"{revision}_{file_slug(message)}.py")
    written.rename(target)
    set_schema_head(revision, schema_file)
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    message = " ".join(args).strip()
    if not message:
        print('Say what the migration changes: make migration MESSAGE="add room table"')
        return 2
    path = new_migration(message)
    print(f"Wrote {path}; SCHEMA_HEAD is now {path.name[:4]}. Read it, then run make test.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
