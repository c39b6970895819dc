"""The import dialog with real widgets, on a real SQLite file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from acudesk.ui.clients.export_clients import export_clients_to
from acudesk.ui.clients.import_clients_dialog import ImportClientsDialog

CSV = (
    "Cognome;Nome;Nato il;Cellulare;Posta\n"
    "Müller;Zoë;29/02/1980;020 7946 0123;zoe@example.com\n"
    "Rossi;Anna;31/02/1990;;\n"
    "Petrova;Наталья;1975-06-01;+7 495 123-45-67;natalia@example.com\n"
)


def _dialog(qtbot, services, user, tmp_path, text=CSV):
    path = tmp_path / "clienti.csv"
    path.write_text(text, encoding="utf-8")
    dialog = ImportClientsDialog(services.transfers, user)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    return dialog


def test_italian_headers_are_recognised_by_meaning(qtbot, services, admin, tmp_path):
    dialog = _dialog(qtbot, services, admin, tmp_path)
    chosen = {h: dialog.mapping_combo(h).currentData() for h in CSV.split("\n")[0].split(";")}
    assert chosen == {
        "Cognome": "last_name",
        "Nome": "first_name",
        "Nato il": "date_of_birth",
        "Cellulare": "phone",
        "Posta": "",  # not a header acudesk knows: the person chooses
    }


def test_unknown_headers_ask_for_a_name_column(qtbot, services, admin, tmp_path):
    text = "Colonna A;Colonna B\nRossi;Anna\n"
    dialog = _dialog(qtbot, services, admin, tmp_path, text)
    assert "cannot find a name column" in dialog.ui.messageLabel.text()
    assert not dialog.ui.importButton.isEnabled()


def test_map_columns_check_rows_then_import_the_good_ones(qtbot, services, admin, tmp_path):
    text = CSV.replace("Cognome;Nome;Nato il", "Surname;First Name;Nacque")
    dialog = _dialog(qtbot, services, admin, tmp_path, text)
    assert dialog.mapping_combo("Surname").currentData() == "last_name"
    assert dialog.mapping_combo("Nacque").currentData() == ""
    # The person tells acudesk which columns hold the birth date and email.
    for header, field in (("Nacque", "date_of_birth"), ("Posta", "email")):
        combo = dialog.mapping_combo(header)
        combo.setCurrentIndex(combo.findData(field))
    summary = dialog.ui.summaryLabel.text()
    assert summary.startswith("3 rows: 2 ready to import, 1 with problems")
    problems = [
        dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count())
    ]
    assert problems == ["Line 3 (Anna Rossi), date of birth: '31/02/1990' is not a real date."]
    assert not dialog.ui.importButton.isEnabled()  # nothing imported while a row is bad
    check = dialog.ui.skipInvalidCheck
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert dialog.ui.importButton.text() == "&Import 2 clients"
    with qtbot.waitSignal(dialog.clients_imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    names = {r.display_name for r in services.clients.search(admin, "")}
    assert names == {"Zoë Müller", "Наталья Petrova"}
    assert dialog.ui.summaryLabel.text() == "Imported 2 clients."


def test_export_writes_a_csv_that_opens_safely(services, admin, tmp_path):
    from acudesk.domain.clients import ClientInput

    services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi", notes="@cmd"))
    path = tmp_path / "out.csv"
    assert export_clients_to(services.transfers, admin, path) == 1
    text = path.read_text(encoding="utf-8-sig")
    assert "'@cmd" in text and text.startswith("First Name,")


def test_export_suggests_a_file_named_for_the_clocks_day(qtbot, services, admin, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

    from acudesk.domain.clients import ClientInput
    from acudesk.ui.clients.export_clients import ask_and_export

    services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    parent = QWidget()
    qtbot.addWidget(parent)
    suggested: list[str] = []
    chosen = tmp_path / "clients.csv"

    def answer() -> None:  # what a person does in the save dialog: read the name, type another
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(20, answer)
            return
        suggested.extend(visible[0].selectedFiles())
        visible[0].selectFile(str(chosen))
        visible[0].accept()

    QTimer.singleShot(0, answer)
    done = ask_and_export(parent, services.transfers, admin, services.clock().date())

    assert [name.rsplit("/", 1)[-1] for name in suggested] == ["acudesk-clients-2026-11-23.csv"]
    assert done == (chosen, 1)
    assert chosen.read_text(encoding="utf-8-sig").splitlines()[1].startswith("Anna,Rossi")


def test_a_bad_row_corrected_in_the_preview_is_checked_again_and_imported(
    qtbot, services, admin, tmp_path
):
    text = CSV.replace(";Posta", ";E-mail")
    dialog = _dialog(qtbot, services, admin, tmp_path, text)
    assert dialog.ui.summaryLabel.text().startswith("3 rows: 2 ready to import, 1 with problems")
    assert dialog.ui.fixTable.isVisible() and dialog.ui.fixTable.rowCount() == 1
    assert "is not a real date" in dialog.fix_rows.problems_of(3)
    assert not dialog.ui.importButton.isEnabled()

    cell = dialog.fix_rows.cell(3, 2)  # line 3, the "Nato il" column
    assert cell is not None and cell.text() == "31/02/1990"
    cell.setText("28/02/1990")  # as if typed into the cell

    qtbot.waitUntil(lambda: dialog.ui.summaryLabel.text().startswith("3 rows: 3 ready"))
    assert dialog.fix_rows.problems_of(3) == "Ready to import"
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.clients_imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert imported.args == [3]
    (anna,) = services.clients.search(admin, "anna")
    assert services.clients.get(admin, anna.id).data.date_of_birth.isoformat() == "1990-02-28"


def test_a_correction_that_is_still_wrong_says_why_at_once(qtbot, services, admin, tmp_path):
    dialog = _dialog(qtbot, services, admin, tmp_path, CSV.replace(";Posta", ";E-mail"))
    cell = dialog.fix_rows.cell(3, 2)
    cell.setText("32/13/1990")
    qtbot.waitUntil(lambda: "32/13/1990" in dialog.fix_rows.problems_of(3))
    assert dialog.fix_rows.problems_of(3).startswith("date of birth:")
    assert not dialog.ui.importButton.isEnabled()
