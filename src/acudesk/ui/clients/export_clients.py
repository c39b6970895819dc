"""File > Export clients: the whole client list as a CSV file a spreadsheet opens safely."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.client_io import ClientTransferService
from acudesk.store.private_files import open_private_text
from acudesk.ui.i18n import translate


def export_clients_to(transfers: ClientTransferService, user: User, path: Path) -> int:
    """Write the CSV (UTF-8 with BOM, so spreadsheets read accents right); raise AcudeskError."""
    try:
        with open_private_text(path, encoding="utf-8-sig") as out:
            return transfers.export_csv(user, out)
    except OSError as error:
        raise AcudeskError(
            translate("ExportClients", "{path} cannot be written: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from None


def ask_and_export(
    parent: QWidget, transfers: ClientTransferService, user: User, today: date
) -> tuple[Path, int] | None:
    """Ask where (suggesting a file named after ``today``), then write; None when cancelled."""
    default = Path.home() / f"acudesk-clients-{today.isoformat()}.csv"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ExportClients", "Export clients"),
        str(default),
        translate("ExportClients", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path, export_clients_to(transfers, user, path)
