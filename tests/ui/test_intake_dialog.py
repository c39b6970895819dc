"""The intake form, filled in with real clicks and typing; checked on screen and in the DB."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from acudesk.domain.intake import Consent, IntakeData
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.ui.intake import intake_dialog
from acudesk.ui.intake.drafts import offer_drafts
from tests.ui import intake_support
from tests.ui.intake_support import open_dialog, sign
from tests.ui.widgets import button, click, named

# Shared fixtures: a reception user and the client Anna Rossi.
client = intake_support.client
reception = intake_support.reception

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _quick_drafts(monkeypatch):
    monkeypatch.setattr(intake_dialog, "DRAFT_DELAY_MS", 150)


def fill_health(qtbot, dialog):
    click(qtbot, named(dialog, "pregnancy"))
    click(qtbot, named(dialog, "pacemaker"))
    detail = named(dialog, "pacemaker detail")
    assert detail.isVisible()  # the detail opens only once the box is ticked
    qtbot.keyClicks(detail, "Medtronic Azure")
    assert not named(dialog, "diabetes detail").isVisible()


def fill_medicines(qtbot, dialog, procedure_date="01/10/2026"):
    click(qtbot, button(dialog, "Next →"))
    qtbot.keyClicks(named(dialog, "Medications"), "Levothyroxine 50 mcg")
    qtbot.keyClicks(named(dialog, "Allergies and sensitivities"), "Nickel, Bismuth Oxychloride")
    click(qtbot, button(dialog, "Add procedure"))
    kind = named(dialog, "Procedure 1")
    kind.setCurrentIndex(kind.findData("dermal-filler"))
    qtbot.keyClicks(named(dialog, "Procedure 1 date"), procedure_date)
    qtbot.keyClicks(named(dialog, "Procedure 1 area"), "lips")


def fill_skin_and_consent(qtbot, dialog):
    click(qtbot, button(dialog, "Next →"))
    click(qtbot, named(dialog, "Fitzpatrick III"))
    click(qtbot, named(dialog, "Glogau II"))
    click(qtbot, named(dialog, "Skin type sensitive"))
    click(qtbot, named(dialog, "Redness / rosacea"))
    click(qtbot, button(dialog, "Next →"))
    click(qtbot, named(dialog, "I consent to treatment"))
    sign(qtbot, dialog.ui.signaturePad)


def test_fill_sign_and_save_an_intake(qtbot, services, reception, client):
    dialog = open_dialog(qtbot, services, reception, client)
    consent_text = named(dialog, "Consent text").toPlainText()
    assert consent_text == services.settings.current().consent_text
    fill_health(qtbot, dialog)
    fill_medicines(qtbot, dialog)
    fill_skin_and_consent(qtbot, dialog)
    with qtbot.waitSignal(dialog.intake_saved) as saved:
        click(qtbot, button(dialog, "Save intake"))
    assert saved.args == [client.id]

    latest = services.intake.latest(reception, client.id)
    data = latest.data
    assert data.conditions == ("pregnancy", "pacemaker")
    assert data.condition_details == {"pacemaker": "Medtronic Azure"}
    assert data.allergies == ("Nickel", "Bismuth Oxychloride")
    assert data.medications == ("Levothyroxine 50 mcg",)
    assert [(p.kind.value, p.done_on, p.area) for p in data.procedures] == [
        ("dermal-filler", date(2026, 10, 1), "lips")
    ]
    assert (data.skin.fitzpatrick, data.skin.glogau, data.skin.skin_type) == (3, 2, "sensitive")
    assert data.skin.concerns == ("redness",)
    assert data.consent.treatment and not data.consent.photos
    assert data.consent.signature_png.startswith(PNG_SIGNATURE)
    assert data.consent.signed_on == date(2026, 11, 23) == data.taken_on
    alert_ids = {a.id for a in services.intake.alerts(reception, client.id)}
    assert {"pregnancy", "pacemaker"} <= alert_ids
    assert "no-consent" not in alert_ids
    assert services.intake.drafts(reception) == []  # saving removes the draft


def test_a_procedure_in_the_future_is_shown_next_to_the_table_and_nothing_is_lost(
    qtbot, services, reception, client
):
    dialog = open_dialog(qtbot, services, reception, client)
    fill_health(qtbot, dialog)
    fill_medicines(qtbot, dialog, procedure_date="01/12/2026")
    fill_skin_and_consent(qtbot, dialog)
    click(qtbot, button(dialog, "Save intake"))

    assert services.intake.latest(reception, client.id) is None
    assert dialog.isVisible()
    assert dialog.ui.pages.currentWidget() is dialog.ui.medicinesPage  # where the error is
    message = named(dialog, "Procedures message")
    assert isinstance(message, QLabel) and message.isVisible()
    assert "future" in message.text() and "Dermal filler" in message.text()
    assert named(dialog, "Procedure 1 date").property("invalid") is True
    assert "⚠" in dialog.ui.stepList.item(1).text()
    # Everything typed is still there.
    assert named(dialog, "pregnancy").isChecked()
    allergies = named(dialog, "Allergies and sensitivities")
    assert isinstance(allergies, QPlainTextEdit)
    assert allergies.toPlainText() == "Nickel, Bismuth Oxychloride"
    assert not dialog.ui.signaturePad.is_empty()

    date_edit = named(dialog, "Procedure 1 date")
    assert isinstance(date_edit, QLineEdit)
    date_edit.clear()
    qtbot.keyClicks(date_edit, "01/11/2026")
    with qtbot.waitSignal(dialog.intake_saved):
        click(qtbot, button(dialog, "Save intake"))
    assert services.intake.latest(reception, client.id).data.procedures[0].done_on == date(
        2026, 11, 1
    )


def test_a_draft_is_kept_while_typing_and_offered_back(qtbot, services, reception, client):
    dialog = open_dialog(qtbot, services, reception, client)
    fill_health(qtbot, dialog)
    fill_medicines(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(services.intake.drafts(reception)), timeout=10_000)
    assert "Draft kept" in named(dialog, "Draft status").text()

    dialog.close()  # asks: keep, discard or cancel
    assert dialog.isVisible() and dialog.close_prompt is not None
    click(qtbot, button(dialog.close_prompt, "Keep as draft"))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    prompt = offer_drafts(services, reception, None)
    assert prompt is not None
    qtbot.addWidget(prompt)
    assert "unfinished intake for Anna Rossi (saved 09:00)" in prompt.text()
    with qtbot.waitSignal(prompt.resumed) as resumed:
        click(qtbot, button(prompt, "Resume"))
    again = resumed.args[0]
    qtbot.waitExposed(again)
    assert named(again, "pregnancy").isChecked() and named(again, "pacemaker").isChecked()
    assert named(again, "pacemaker detail").text() == "Medtronic Azure"
    assert named(again, "Allergies and sensitivities").toPlainText() == (
        "Nickel\nBismuth Oxychloride"
    )
    assert named(again, "Procedure 1 date").text() == "01/10/2026"
    assert again.ui.pages.currentWidget() is again.ui.medicinesPage  # back where they were

    again.close()
    click(qtbot, button(again.close_prompt, "Discard"))
    qtbot.waitUntil(lambda: not again.isVisible())
    assert services.intake.drafts(reception) == []
    assert offer_drafts(services, reception, None) is None


def test_an_intake_saved_meanwhile_elsewhere_is_reported_and_nothing_is_lost(
    qtbot, services, reception, client, sqlite_path, clock
):
    dialog = open_dialog(qtbot, services, reception, client)
    fill_health(qtbot, dialog)
    fill_medicines(qtbot, dialog)
    fill_skin_and_consent(qtbot, dialog)

    other_db = open_database(f"sqlite:///{sqlite_path}").db  # the second workstation
    try:
        elsewhere = build_services(other_db, clock)
        elsewhere.intake.record(
            reception,
            client.id,
            IntakeData(taken_on=date(2026, 11, 23), consent=Consent(treatment=True)),
            based_on=None,
        )
    finally:
        other_db.dispose()

    click(qtbot, button(dialog, "Save intake"))
    banner = named(dialog, "Message")
    assert banner.isVisible() and "while you were filling this one in" in banner.text()
    assert len(services.intake.history(reception, client.id)) == 1
    assert named(dialog, "pacemaker detail").text() == "Medtronic Azure"
    assert not dialog.ui.signaturePad.is_empty()
    assert services.intake.drafts(reception)  # kept safe as a draft meanwhile

    with qtbot.waitSignal(dialog.intake_saved):  # having seen theirs, save this one too
        click(qtbot, button(dialog, "Save intake"))
    history = services.intake.history(reception, client.id)
    assert len(history) == 2 and history[0].data.conditions == ("pregnancy", "pacemaker")


def test_without_permission_the_form_says_so_and_keeps_the_text(qtbot, services, reception, client):
    deactivated = dataclasses.replace(reception, active=False)  # e.g. while the form was open
    dialog = open_dialog(qtbot, services, deactivated, client)
    fill_health(qtbot, dialog)
    click(qtbot, button(dialog, "Save intake"))
    click(qtbot, button(dialog.consent_question, "Save anyway"))  # no consent ticked here
    banner = named(dialog, "Message")
    assert banner.isVisible() and "deactivated" in banner.text()
    assert services.intake.latest(reception, client.id) is None
    assert named(dialog, "pregnancy").isChecked()


def test_the_consent_steps_warning_goes_once_the_date_is_put_right(
    qtbot, services, reception, client
):
    dialog = open_dialog(qtbot, services, reception, client)
    fill_health(qtbot, dialog)
    fill_medicines(qtbot, dialog)
    fill_skin_and_consent(qtbot, dialog)
    date_edit = named(dialog, "Date", QLineEdit)
    date_edit.clear()
    qtbot.keyClicks(date_edit, "31/02/2026")
    click(qtbot, button(dialog, "Save intake"))
    consent_step = dialog.ui.stepList.item(3)
    assert "⚠" in consent_step.text() and consent_step.toolTip()
    assert named(dialog, "Date").property("invalid") is True

    date_edit.clear()
    qtbot.keyClicks(date_edit, "23/11/2026")
    assert "⚠" not in consent_step.text() and not consent_step.toolTip()
    with qtbot.waitSignal(dialog.intake_saved):
        click(qtbot, button(dialog, "Save intake"))


def test_an_intake_without_consent_or_signature_asks_before_it_is_saved(
    qtbot, services, reception, client
):
    dialog = open_dialog(qtbot, services, reception, client)
    fill_health(qtbot, dialog)
    click(qtbot, button(dialog, "Save intake"))
    question = dialog.consent_question
    assert question is not None and question.isVisible()
    assert "not consented to treatment" in question.text()
    assert "not signed" in question.text()
    click(qtbot, button(question, "Go back"))
    assert dialog.isVisible() and dialog.ui.pages.currentIndex() == 3  # the consent step
    assert services.intake.latest(reception, client.id) is None

    click(qtbot, button(dialog, "Save intake"))
    click(qtbot, button(dialog.consent_question, "Save anyway"))
    saved = services.intake.latest(reception, client.id)
    assert saved is not None and not saved.data.consent.treatment
    assert not dialog.isVisible()
