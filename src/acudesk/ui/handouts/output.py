"""Where a sheet goes: the print dialog (with the clinic's paper set up) or a PDF file."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from acudesk.ui.handouts.pdf_printing import prepare_printer


def default_file_name(last_name: str, day: date) -> str:
    """ "aftercare-<last>-<date>.pdf", the name in plain letters so any disk takes it."""
    plain = unicodedata.normalize("NFKD", last_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "client"
    return f"aftercare-{slug}-{day.isoformat()}.pdf"


def ask_printer(
    parent: QWidget, page_size: str, document_name: str, ready: Callable[[QPrinter], Any]
) -> QPrintDialog:
    """The print dialog over ``parent``, paper already set; ``ready`` runs when Print is
    pressed. The printer belongs to the dialog, which stays until its parent closes."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, page_size, document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the aftercare sheet")
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.accepted.connect(lambda: ready(printer))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()  # open(): window-modal without blocking
    return dialog


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """The save dialog, starting in Documents with ``suggested``; None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, "Save the aftercare sheet", str(Path(folder) / suggested), "PDF (*.pdf)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
