"""How the status bar and the About box name the open database, in the interface language."""

from __future__ import annotations

from urllib.parse import urlsplit

from acudesk.store.engine import DatabaseInfo
from acudesk.ui.i18n import translate


def database_text(info: DatabaseInfo) -> str:
    """ "Local file: /path/clinic.sqlite3" or "Server: clinic on db.example:5432"."""
    if info.is_sqlite:
        where = str(info.path) if info.path else translate("DatabaseText", "in memory")
        return translate("DatabaseText", "Local file: {path}").format(path=where)
    parts = urlsplit(info.url)  # the password is already hidden
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return translate("DatabaseText", "Server: {database} on {host}").format(
        database=parts.path.lstrip("/"), host=f"{host}{port}"
    )
