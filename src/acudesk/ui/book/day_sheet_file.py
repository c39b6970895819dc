"""Where the day sheet goes: a PDF file the person names, readable by its owner only."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from acudesk.domain.text import slug
from acudesk.ui.i18n import translate


def ask_day_sheet_path(parent: QWidget, location: str, day: date) -> Path | None:
    """The save dialog, in Documents with a suggested name; None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = f"day-sheet-{slug(location)}-{day.isoformat()}.pdf"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("BookScreen", "Save the day sheet"),
        str(Path(folder) / suggested),
        translate("BookScreen", "PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path``, mode 0600 whatever the umask (it names clients)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
    path.chmod(0o600)
