"""File > Export clients: the whole client list as a CSV file a spreadsheet opens safely."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.registry import Services


def export_clients_to(services: Services, user: User, path: Path) -> int:
    """Write the CSV (UTF-8 with BOM, so spreadsheets read accents right); raise AcudeskError."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            return services.transfers.export_csv(user, out)
    except OSError as error:
        raise AcudeskError(f"{path} cannot be written: {error.strerror or error}.") from None


def ask_and_export(parent: QWidget, services: Services, user: User) -> tuple[Path, int] | None:
    default = Path.home() / f"acudesk-clients-{date.today().isoformat()}.csv"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Export clients", str(default), "CSV files (*.csv)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path, export_clients_to(services, user, path)
