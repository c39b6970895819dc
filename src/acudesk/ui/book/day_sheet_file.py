"""The Book's sheets: the day shown (or, in the week view, the whole clinic's week) as a PDF
file the person names, readable by its owner only."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from acudesk.domain.book_places import Location
from acudesk.domain.errors import AcudeskError
from acudesk.domain.text import slug
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.ui.i18n import translate


@dataclass(frozen=True, slots=True)
class SheetAsked:
    """Which sheet: a location's ``day`` by room or practitioner, or with ``week`` its week."""

    location: Location
    day: date
    by_room: bool
    week: bool

    @property
    def suggested_name(self) -> str:
        if self.week:
            monday = self.day - timedelta(days=self.day.weekday())
            return f"week-sheet-{slug(self.location.name)}-{monday.isoformat()}.pdf"
        return f"day-sheet-{slug(self.location.name)}-{self.day.isoformat()}.pdf"


def label_sheet_button(button: QPushButton, week: bool) -> None:
    """The button says what it saves: the day shown, or the whole clinic's week."""
    if week:
        button.setText(translate("BookScreen", "Week &sheet…"))
        button.setToolTip(
            translate("BookScreen", "Save the whole clinic's week as a PDF to print, day by day")
        )
    else:
        button.setText(translate("BookScreen", "Day &sheet…"))
        button.setToolTip(
            translate("BookScreen", "Save the day as a PDF to print, a section per column")
        )


def ask_sheet_path(parent: QWidget, asked: SheetAsked) -> Path | None:
    """The save dialog, in Documents with a suggested name; None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    title = (
        translate("BookScreen", "Save the week sheet")
        if asked.week
        else translate("BookScreen", "Save the day sheet")
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(folder) / asked.suggested_name),
        translate("BookScreen", "PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def save_sheet(book: BookService, user: User, asked: SheetAsked, path: Path) -> tuple[bool, str]:
    """Write the sheet at ``path``; whether it was saved, and the notice saying so (or why not)."""
    try:
        pdf = (
            book.week_sheet(user, asked.location.id, asked.day)
            if asked.week
            else book.day_sheet(user, asked.location.id, asked.day, by_room=asked.by_room)
        )
        write_private(path, pdf)
    except AcudeskError as error:
        return False, error.message
    except OSError as error:
        return False, translate(
            "BookScreen", "The day sheet could not be saved: {problem}."
        ).format(problem=error.strerror or error)
    if asked.week:
        return True, translate("BookScreen", "Week sheet saved as {name}.").format(name=path.name)
    return True, translate("BookScreen", "Day sheet saved as {name}.").format(name=path.name)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path``, mode 0600 whatever the umask (it names clients)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
    path.chmod(0o600)
