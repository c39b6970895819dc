"""Where a sheet goes: the print dialog (with the clinic's paper set up) or a PDF file.

A page setup chosen (paper, orientation) is remembered until acudesk closes: every printer
made afterwards starts from it, the clinic's paper size only until then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from acudesk.domain.text import slug
from acudesk.ui.handouts.pdf_printing import prepare_printer
from acudesk.ui.i18n import translate


def default_file_name(last_name: str, day: date) -> str:
    """ "aftercare-<last>-<date>.pdf", the name as a slug so any disk takes it."""
    return f"aftercare-{slug(last_name)}-{day.isoformat()}.pdf"


class _PageSetupMemory:
    """The page layout last accepted in a page setup dialog, for this run of acudesk."""

    layout: QPageLayout | None = None


_remembered = _PageSetupMemory()


def remember_page_setup(printer: QPrinter) -> None:
    _remembered.layout = QPageLayout(printer.pageLayout())


def forget_page_setup() -> None:
    _remembered.layout = None


def new_printer(page_size: str, document_name: str) -> QPrinter:
    """A printer on the page setup chosen earlier in this run, else on the clinic's paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, page_size, document_name)
    if _remembered.layout is not None:
        printer.setPageLayout(_remembered.layout)
        printer.setFullPage(True)  # the sheet carries its own margins
    return printer


def ask_page_setup(parent: QWidget, printer: QPrinter) -> QPageSetupDialog:
    """Qt's page setup dialog on ``printer`` (window-modal, not blocking); what is accepted
    stays on ``printer`` and is remembered for the printers made afterwards."""
    dialog = QPageSetupDialog(printer, parent)
    dialog.setWindowTitle(translate("HandoutOutput", "Page setup for the aftercare sheet"))
    dialog.accepted.connect(lambda: remember_page_setup(printer))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def ask_printer(
    parent: QWidget,
    page_size: str,
    document_name: str,
    ready: Callable[[QPrinter], Any],
    printer: QPrinter | None = None,
) -> QPrintDialog:
    """The print dialog over ``parent`` on ``printer`` (a new one on the remembered page setup
    or the clinic's paper when None); ``ready`` runs when Print is pressed. A new printer
    belongs to the dialog, which stays until its parent closes."""
    if printer is None:
        printer = new_printer(page_size, document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("HandoutOutput", "Print the aftercare sheet"))
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
        parent,
        translate("HandoutOutput", "Save the aftercare sheet"),
        str(Path(folder) / suggested),
        translate("HandoutOutput", "PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
