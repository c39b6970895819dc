"""The intake offers to tick what the medications and allergies typed imply: clicked and
typed for real, checked on screen and, after Save, in the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from acudesk.domain.intake import IntakeData
from acudesk.ui.intake.intake_dialog import IntakeStart
from tests.ui import intake_support
from tests.ui.intake_support import open_dialog
from tests.ui.widgets import button, click, named

# Shared fixtures: a reception user and the client Anna Rossi.
client = intake_support.client
reception = intake_support.reception

BLOOD_THINNERS = "Takes blood thinners (anticoagulant / antiplatelet)"


def lines_in(widget) -> list[str]:
    """The suggestion sentences a person reads in ``widget`` (none while it is hidden)."""
    if not widget.isVisible():
        return []
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_a_medication_typed_offers_its_condition_and_tick_it_ticks_it(
    qtbot, services, reception, client
):
    dialog = open_dialog(qtbot, services, reception, client)
    qtbot.addWidget(dialog)
    under_lists = named(dialog, "Suggested conditions from the lists")
    click(qtbot, button(dialog, "Next →"))
    assert lines_in(under_lists) == []
    qtbot.keyClicks(named(dialog, "Medications"), "Warfarin 3 mg")
    assert lines_in(under_lists) == [f"Warfarin suggests '{BLOOD_THINNERS}'."]

    click(qtbot, button(dialog, "Tick it"))
    assert named(dialog, "anticoagulants").isChecked()
    assert named(dialog, "anticoagulants detail").text() == "Warfarin 3 mg"
    assert lines_in(under_lists) == []  # ticked: nothing left to suggest

    click(qtbot, button(dialog, "Save intake"))
    click(qtbot, button(dialog.consent_question, "Save anyway"))
    saved = services.intake.latest(reception, client.id)
    assert saved is not None
    assert saved.data.conditions == ("anticoagulants",)
    assert saved.data.condition_details == {"anticoagulants": "Warfarin 3 mg"}
    assert saved.data.medications == ("Warfarin 3 mg",)


def test_the_line_also_stands_next_to_the_conditions_until_the_box_is_ticked(
    qtbot, services, reception, client
):
    dialog = open_dialog(qtbot, services, reception, client)
    qtbot.addWidget(dialog)
    beside_conditions = named(dialog, "Suggested conditions")
    click(qtbot, button(dialog, "Next →"))
    qtbot.keyClicks(named(dialog, "Allergies and sensitivities"), "nickel, Xarelto")
    click(qtbot, button(dialog, "← Back"))
    assert lines_in(beside_conditions) == ["Nickel suggests 'Metal (nickel) allergy'."]
    click(qtbot, named(dialog, "metal-allergy"))  # ticked by hand
    assert lines_in(beside_conditions) == []
    click(qtbot, named(dialog, "metal-allergy"))  # and unticked again
    assert lines_in(beside_conditions) == ["Nickel suggests 'Metal (nickel) allergy'."]


def test_a_reviewed_intake_with_the_condition_ticked_suggests_nothing(
    qtbot, services, reception, client
):
    data = IntakeData(
        taken_on=date(2026, 11, 23),
        conditions=("anticoagulants",),
        medications=("Eliquis 5 mg bd", "Keppra 500 mg"),
    )
    dialog = open_dialog(qtbot, services, reception, client, IntakeStart(data=data))
    qtbot.addWidget(dialog)
    beside_conditions = named(dialog, "Suggested conditions")
    assert lines_in(beside_conditions) == ["Keppra (levetiracetam) suggests 'Epilepsy'."]
    click(qtbot, named(beside_conditions, "Tick 'Epilepsy'"))
    assert named(dialog, "epilepsy").isChecked()
    assert lines_in(beside_conditions) == []
