"""File ▸ Print all of today's handouts: three completed sessions, a cancel, the summary."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from acudesk.domain.users import Role
from acudesk.ui.handouts.batch_print import BatchPrint
from acudesk.ui.shell.actions import Menu
from acudesk.ui.shell.main_window import MainWindow
from tests.services.handouts_support import add_client, completed_session


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


@pytest.fixture
def three(services, admin, practitioner):
    services.products.ensure_house_catalogue()
    names = [("Anna", "Rossi"), ("Bea", "Neri"), ("Cara", "Blu")]
    return [
        completed_session(services, practitioner, add_client(services, admin, first, last))
        for first, last in names
    ]


@pytest.fixture
def window(qtbot, services, practitioner, relay):
    shown = MainWindow(services, practitioner, relay)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def pdf_printer(path) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def kept(services, user, sessions) -> int:
    return sum(len(services.handouts.issued(user, s.id)) for s in sessions)


def test_the_file_menu_offers_it_with_ctrl_shift_p(qtbot, window, three):
    action = window.action("printTodaysHandoutsAction")
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    assert action in window.menu(Menu.FILE).actions()
    action.trigger()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=5000
    )
    QApplication.activeModalWidget().reject()


def test_batch_prints_every_session_of_today_without_a_handout(
    qtbot, services, practitioner, window, three, tmp_path
):
    batch = BatchPrint(services.handouts, services.settings, practitioner, window)
    steps = []
    batch.sheet_printed.connect(lambda index, name: steps.append((index, name, batch.progress)))
    out = tmp_path / "today.pdf"
    result = batch.run(pdf_printer(out))
    assert result.printed == ["Anna Rossi", "Bea Neri", "Cara Blu"] and not result.cancelled
    assert [isinstance(p, QProgressDialog) for _i, _n, p in steps] == [True] * 3
    assert kept(services, practitioner, three) == 3
    assert len(PdfReader(str(out)).pages) >= 3  # one job, every sheet in it
    summary = window.findChild(QMessageBox, "batchSummaryBox")
    assert summary is not None and "Printed 3 aftercare sheets." in summary.text()
    # Run again: nothing left to print, and it says so.
    box = BatchPrint(services.handouts, services.settings, practitioner, window).start()
    assert isinstance(box, QMessageBox) and "Nothing to print" in box.text()


def test_cancelling_after_the_first_sheet_stops_the_run(
    qtbot, services, practitioner, window, three, tmp_path
):
    batch = BatchPrint(services.handouts, services.settings, practitioner, window)

    def cancel_after_first(index, _name):
        if index == 0:
            batch.progress.cancel()

    batch.sheet_printed.connect(cancel_after_first)
    result = batch.run(pdf_printer(tmp_path / "today.pdf"))
    assert result.printed == ["Anna Rossi"]
    assert result.not_reached == ["Bea Neri", "Cara Blu"]
    assert kept(services, practitioner, three) == 1
    assert "Stopped before 2: Bea Neri, Cara Blu" in result.summary()
    # The next run picks up the two that were not reached.
    again = BatchPrint(services.handouts, services.settings, practitioner, window).run(
        pdf_printer(tmp_path / "rest.pdf")
    )
    assert again.printed == ["Bea Neri", "Cara Blu"]
    assert kept(services, practitioner, three) == 3
