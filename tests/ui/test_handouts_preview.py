"""Handout ▸ Preview, Print and Save as on a completed session, and Handouts given."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QLabel

from acudesk.domain.products import ProductCategory
from acudesk.domain.users import Role
from acudesk.ui.handouts.handout_preview_dialog import HandoutPreviewDialog
from acudesk.ui.handouts.handouts_given_dialog import HandoutsGivenDialog
from acudesk.ui.handouts.output import default_file_name, forget_page_setup, remember_page_setup
from tests.services.handouts_support import add_client, completed_session
from tests.ui.widgets import named


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


@pytest.fixture
def done(services, admin, practitioner):
    services.products.ensure_house_catalogue()
    client = add_client(services, admin, "Zoë", "D'Angelo")
    return completed_session(services, practitioner, client)


@pytest.fixture
def preview(qtbot, services, practitioner, done):
    dialog = HandoutPreviewDialog(services, practitioner, done, ("Zoë", "D'Angelo"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_preview_shows_the_sheet_with_the_picks_beside_it(preview, services, practitioner, done):
    view = named(preview, "Sheet preview", QPdfView)
    assert view.document() is preview.document and preview.document.pageCount() >= 1
    assert named(preview, "Page").text() == f"Page 1 of {preview.page_count()}"
    assert "Zoë D'Angelo" in text_of(preview.pdf)
    assert named(preview, "Mineral foundation pick", QComboBox).count() >= 1
    assert services.handouts.issued(practitioner, done.id) == []  # a preview is not a handout


def test_changing_a_pick_refreshes_the_preview(qtbot, preview):
    combo = named(preview, "Mineral foundation pick", QComboBox)
    assert combo.count() >= 2
    first = combo.itemText(0).split(" — ")[0]
    other = combo.itemText(1).split(" — ")[0]
    assert first in text_of(preview.pdf) and other not in text_of(preview.pdf)
    combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: other in text_of(preview.pdf), timeout=10_000)
    assert first not in text_of(preview.pdf)
    chosen = {p.category: p for p in preview.picks()}[ProductCategory.MINERAL_FOUNDATION]
    assert chosen.product.name == other


def test_language_switch_refreshes_in_italian(qtbot, preview):
    language = named(preview, "Handout language", QComboBox)
    language.setCurrentIndex(language.findData("it"))
    qtbot.waitUntil(lambda: "guance" in text_of(preview.pdf), timeout=10_000)


def test_page_navigation_and_zoom(qtbot, preview):
    if preview.page_count() > 1:
        named(preview, "Next page").click()
        qtbot.waitUntil(lambda: preview.current_page() == 1, timeout=5000)
        assert named(preview, "Page").text().startswith("Page 2 of")
        named(preview, "Previous page").click()
        qtbot.waitUntil(lambda: preview.current_page() == 0, timeout=5000)
    assert not named(preview, "Previous page").isEnabled()
    named(preview, "Zoom", QComboBox).setCurrentIndex(named(preview, "Zoom").findData(1.5))
    assert preview.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(1.5)
    named(preview, "Zoom in").click()
    assert preview.view.zoomFactor() == pytest.approx(2.0)
    named(preview, "Zoom out").click()
    named(preview, "Zoom out").click()
    assert preview.view.zoomFactor() == pytest.approx(1.25)


def test_print_to_a_pdf_printer_keeps_what_was_printed(
    preview, services, practitioner, done, tmp_path
):
    out = tmp_path / "printed.pdf"
    issued = preview.print_to(pdf_printer(out))
    assert issued is not None and out.exists()
    printed = PdfReader(str(out))
    assert len(printed.pages) == preview.page_count() >= 1
    (given,) = services.handouts.issued(practitioner, done.id)
    assert given.id == issued.id and given.sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert "Printed and kept" in named(preview, "Handout hint").text()


def test_save_as_writes_the_kept_bytes_under_the_default_name(
    preview, services, practitioner, done, tmp_path
):
    name = default_file_name("D'Angelo", done.data.started_at.date())
    assert name == "aftercare-d-angelo-2026-11-23.pdf"
    issued = preview.save_to(tmp_path / name)
    assert (tmp_path / name).read_bytes() == issued.pdf
    assert [h.id for h in services.handouts.issued(practitioner, done.id)] == [issued.id]


def test_handouts_given_reprints_the_exact_stored_bytes(
    qtbot, services, practitioner, done, tmp_path
):
    issued = services.handouts.issue(practitioner, done.id)
    dialog = HandoutsGivenDialog(services, practitioner, done, ("Zoë", "D'Angelo"))
    qtbot.addWidget(dialog)
    dialog.show()
    listed = named(dialog, "Handouts given")
    assert listed.count() == 1 and "Pat" in listed.item(0).text()
    assert dialog.save_copy(tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == issued.pdf
    assert dialog.reprint_to(pdf_printer(tmp_path / "reprint.pdf"))
    assert len(PdfReader(str(tmp_path / "reprint.pdf")).pages) >= 1
    assert len(services.handouts.issued(practitioner, done.id)) == 1  # a reprint is not a new sheet


@pytest.fixture
def fresh_page_setup():
    """Page setup is remembered for the run of the app: each test starts and ends without it."""
    forget_page_setup()
    yield
    forget_page_setup()


def test_page_setup_opens_on_the_printer_that_print_then_uses(qtbot, preview, fresh_page_setup):
    named(preview, "Page setup").click()
    setup = preview.page_setup_dialog
    assert isinstance(setup, QPageSetupDialog) and setup.printer() is preview.printer
    setup.reject()
    named(preview, "Print").click()
    assert preview.print_dialog.printer() is preview.printer
    preview.print_dialog.reject()


def test_a_letter_page_setup_prints_on_letter_pages(preview, fresh_page_setup, tmp_path):
    out = tmp_path / "letter.pdf"
    printer = preview.printer
    # What accepting Letter in the page setup dialog leaves on the printer.
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert preview.print_to(printer) is not None
    pages = PdfReader(str(out)).pages
    assert len(pages) == preview.page_count()
    assert [round(float(v)) for v in pages[0].mediabox[2:]] == [612, 792]


def test_the_page_setup_is_remembered_for_the_next_sheets(
    qtbot, services, practitioner, done, fresh_page_setup
):
    first = HandoutPreviewDialog(services, practitioner, done, ("Zoë", "D'Angelo"))
    qtbot.addWidget(first)
    assert first.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    first.printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    remember_page_setup(first.printer)  # what accepting the page setup dialog does
    later = HandoutPreviewDialog(services, practitioner, done, ("Zoë", "D'Angelo"))
    qtbot.addWidget(later)
    assert later.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    assert later.printer.fullPage()
    assert named(later, "Session details").text().endswith("A4 sheet, printed on Letter")


@pytest.mark.parametrize("picks_width", [580, 340])
def test_the_picks_wrap_inside_the_panel_and_nothing_is_cut_off(qtbot, preview, picks_width):
    preview.ui.splitter.setSizes([1240 - picks_width, picks_width])
    qtbot.wait(50)
    scroll = preview.picks_widget.ui.picksScroll
    viewport = scroll.viewport()
    combos = preview.picks_widget.findChildren(QComboBox)
    reasons = [
        w
        for w in preview.picks_widget.findChildren(QLabel)
        if w.accessibleName().endswith("reason")
    ]
    assert combos and len(reasons) == len(combos)
    for widget in [*combos, *reasons]:
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        assert right < viewport.width(), f"{widget.accessibleName()} runs past the panel"
    for reason in reasons:  # every wrapped line shown, none cut at the bottom
        assert reason.wordWrap() and reason.height() >= reason.heightForWidth(reason.width())
    longest = max(reasons, key=lambda r: len(r.text()))
    assert longest.height() >= 2 * longest.fontMetrics().height()  # it did wrap
    foundation = named(preview, "Mineral foundation pick", QComboBox)
    assert foundation.toolTip() == foundation.currentText()  # the full name, when shortened
