"""The client's intake tab: summary, history, review as a new record, printing, consent text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QListWidget

from acudesk.domain.intake import Consent, IntakeData, Procedure, ProcedureKind, SkinAssessment
from acudesk.ui.intake.consent_text_dialog import ConsentTextDialog
from acudesk.ui.intake.intake_widget import IntakeWidget, pdf_file_name
from acudesk.ui.shell.main_window import MainWindow
from tests.ui import intake_support
from tests.ui.intake_support import sign
from tests.ui.widgets import button, click, named

# Shared fixtures: a reception user and the client Anna Rossi.
client = intake_support.client
reception = intake_support.reception


def first_intake(signature: bytes) -> IntakeData:
    return IntakeData(
        taken_on=date(2026, 1, 5),
        conditions=("diabetes", "metal-allergy"),
        condition_details={"diabetes": "controlled"},
        allergies=("Nickel",),
        procedures=(Procedure(ProcedureKind.BOTULINUM_TOXIN, date(2025, 12, 1), "forehead"),),
        skin=SkinAssessment(4, 3, "dry", ("fine-lines",), "Softer forehead lines"),
        consent=Consent(True, False, date(2026, 1, 5), signature),
    )


@pytest.fixture
def signature(qtbot) -> bytes:
    from acudesk.ui.widgets.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    sign(qtbot, pad)
    return pad.to_png()


def make_tab(qtbot, services, user, client) -> IntakeWidget:
    tab = IntakeWidget(services, user, client.id)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_no_intake_yet_offers_a_new_one(qtbot, services, reception, client):
    tab = make_tab(qtbot, services, reception, client)
    assert button(tab, "New intake").isEnabled()
    assert tab.ui.emptyTitle.isVisible()
    click(qtbot, button(tab, "New intake"))
    assert tab.dialog is not None and tab.dialog.isVisible()
    assert not named(tab.dialog, "diabetes").isChecked()
    tab.dialog.reject()  # nothing typed: closes without asking
    assert tab.dialog is None


def test_summary_shows_the_latest_intake_readably(qtbot, services, reception, client, signature):
    services.intake.record(reception, client.id, first_intake(signature), based_on=None)
    tab = make_tab(qtbot, services, reception, client)
    text = named(tab, "Intake summary").toPlainText()
    for expected in (
        "Diabetes — controlled",
        "Metal (nickel) allergy",
        "Nickel",
        "Botulinum toxin (Botox), 1 Dec 2025 — forehead",
        "IV — Olive or light brown",
        "III — Advanced",
        "Dry",
        "Fine lines and wrinkles",
        "Softer forehead lines",
        "Signed on 5 Jan 2026",
    ):
        assert expected in text, expected
    assert "Taken 5 Jan 2026 · recorded by Rita" in named(tab, "Intake date").text()
    stored = named(tab, "Stored signature")
    assert stored.isVisible() and stored.to_png() == signature and stored.is_read_only()


def test_review_adds_a_new_intake_and_the_history_keeps_both(
    qtbot, services, reception, client, signature
):
    services.intake.record(reception, client.id, first_intake(signature), based_on=None)
    tab = make_tab(qtbot, services, reception, client)
    click(qtbot, button(tab, "Review intake"))
    dialog = tab.dialog
    assert dialog is not None
    # Pre-filled from the latest, except consent: the client gives it and signs again.
    assert named(dialog, "diabetes").isChecked()
    assert named(dialog, "diabetes detail").currentText() == "Controlled"
    assert dialog.ui.signaturePad.is_empty()
    assert not named(dialog, "I consent to treatment").isChecked()
    click(qtbot, named(dialog, "diabetes"))  # no longer applies
    dialog.go_to(3)
    click(qtbot, named(dialog, "I consent to treatment"))
    sign(qtbot, dialog.ui.signaturePad)
    with qtbot.waitSignal(dialog.intake_saved):
        click(qtbot, button(dialog, "Save intake"))
    assert "Intake saved" in named(tab, "Notice").text()

    history = services.intake.history(reception, client.id)
    assert [i.data.taken_on for i in history] == [date(2026, 11, 23), date(2026, 1, 5)]
    assert history[0].data.conditions == ("metal-allergy",)
    assert history[1].data.conditions == ("diabetes", "metal-allergy")  # untouched
    listing = named(tab, "Intake history")
    assert isinstance(listing, QListWidget) and listing.count() == 2
    assert "Diabetes" not in named(tab, "Intake summary").toPlainText()

    listing.setCurrentRow(1)  # read the earlier one
    assert "Diabetes — controlled" in named(tab, "Intake summary").toPlainText()
    assert "earlier intake (5 Jan 2026)" in named(tab, "Notice").text()


def test_print_summary_saves_a_pdf(
    qtbot, services, reception, client, signature, tmp_path, monkeypatch
):
    services.intake.record(reception, client.id, first_intake(signature), based_on=None)
    tab = make_tab(qtbot, services, reception, client)
    target = tmp_path / "summary.pdf"
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    click(qtbot, button(tab, "Print summary…"))
    assert asked == ["intake-rossi-2026-01-05.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    assert "saved to" in named(tab, "Notice").text()


def test_pdf_file_name_is_safe():
    name = pdf_file_name("D'Angelo / Smith", "2026-11-23")
    assert name == "intake-d-angelo-smith-2026-11-23.pdf"  # the same slug as the aftercare sheet
    assert pdf_file_name("", "2026-11-23") == "intake-client-2026-11-23.pdf"


def test_admin_edits_the_consent_text_from_the_clinic_menu(
    qtbot, services, admin, reception, relay
):
    at_the_desk = MainWindow(services, reception, relay)
    qtbot.addWidget(at_the_desk)
    assert [a.text() for a in at_the_desk.menuBar().actions()] == ["&File", "&Book", "&Help"]
    window = MainWindow(services, admin, relay)
    qtbot.addWidget(window)
    action = window.action("consentTextAction")
    assert action.text() == "Consent &text…" and action.isEnabled()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Clinic", "&Book", "&Help"]  # before the Book
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ConsentTextDialog) is not None)
    assert window.findChild(ConsentTextDialog).isVisible()


def test_consent_text_dialog_saves_and_refuses_empty(qtbot, services, admin):
    dialog = ConsentTextDialog(services.settings, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = named(dialog, "Consent text")
    edit.clear()
    click(qtbot, button(dialog, "Save"))
    assert named(dialog, "Consent text message").text() == "The consent text cannot be empty."
    qtbot.keyClicks(edit, "I agree to fine-needle treatment at Willow Clinic.")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, button(dialog, "Save"))
    assert services.settings.current().consent_text == (
        "I agree to fine-needle treatment at Willow Clinic."
    )


def test_two_intakes_of_one_day_read_apart_in_the_history(
    qtbot, services, reception, client, signature, clock
):
    services.intake.record(reception, client.id, first_intake(signature), based_on=None)
    first = services.intake.latest(reception, client.id)
    clock.advance(minutes=95)
    services.intake.record(reception, client.id, first_intake(signature), based_on=first.id)
    tab = make_tab(qtbot, services, reception, client)
    rows = named(tab, "Intake history", QListWidget)
    newer, older = rows.item(0).text(), rows.item(1).text()
    assert newer != older
    assert "no. 2 of 2" in newer and "(latest)" in newer
    assert "no. 1 of 2" in older
    assert newer.endswith(
        services.intake.latest(reception, client.id).recorded_at.strftime("%H:%M")
    )
