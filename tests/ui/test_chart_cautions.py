"""Cautioned points ask for a reason; electro-stimulation follows pacemaker and epilepsy rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from acudesk.domain.point_cautions import point_cautions
from acudesk.domain.points import Side
from acudesk.domain.treatment import Confirmation
from acudesk.services.catalog import point_catalog
from acudesk.ui.chart.dialogs import CautionDialog
from tests.ui.chart_support import (
    alert,
    click_at,
    click_point,
    make_editor,
    open_dialog,
    placement_position,
)
from tests.ui.widgets import named, press


def _pregnant_editor(qtbot):
    editor = make_editor(qtbot, "body-front")
    alerts = [alert("pregnancy")]
    editor.set_alerts(alerts)
    editor.set_cautions(point_cautions(point_catalog().points.values(), alerts))
    return editor


def test_cautioned_points_are_drawn_as_such(qtbot):
    editor = _pregnant_editor(qtbot)
    assert editor.scene.point_item("SP6", Side.RIGHT).cautioned
    assert editor.scene.point_item("LI4", Side.LEFT).cautioned
    assert not editor.scene.point_item("ST36", Side.RIGHT).cautioned
    assert "Traditionally avoided in pregnancy" in editor.scene.point_item("SP6").toolTip()


def test_cautioned_point_asks_for_a_reason_then_places_and_confirms(qtbot):
    editor = _pregnant_editor(qtbot)
    confirmations: list[Confirmation] = []
    editor.confirmation_given.connect(confirmations.append)
    click_point(qtbot, editor, "SP6", Side.RIGHT)
    dialog = open_dialog(CautionDialog)
    assert dialog is not None
    assert "Traditionally avoided in pregnancy." in named(dialog, "Caution messages").text()
    assert len(editor.document()) == 0  # nothing until confirmed
    ok = [b for b in dialog.findChildren(type(dialog.buttons.buttons()[0])) if "Place" in b.text()]
    assert not ok[0].isEnabled()  # a reason is required
    qtbot.keyClicks(named(dialog, "Reason"), "Post-partum, client confirmed not pregnant")
    press(qtbot, dialog, "Place needle")
    (placement,) = list(editor.document())
    assert placement.point == "SP6"
    assert placement.caution == "Post-partum, client confirmed not pregnant"
    assert confirmations == [
        Confirmation("SP6", "pregnancy", "Post-partum, client confirmed not pregnant")
    ]


def test_cancelling_the_caution_places_nothing(qtbot):
    editor = _pregnant_editor(qtbot)
    click_point(qtbot, editor, "LI4", Side.LEFT)
    dialog = open_dialog(CautionDialog)
    press(qtbot, dialog, "Cancel")
    assert len(editor.document()) == 0
    assert editor.undo_stack().count() == 0


def _two_needles(qtbot, alerts):
    editor = make_editor(qtbot)
    editor.set_alerts(alerts)
    click_point(qtbot, editor, "ST6", Side.RIGHT)
    click_point(qtbot, editor, "ST6", Side.LEFT)
    return editor, list(editor.document())


def test_pairing_two_needles_draws_a_link_and_unpair_removes_it(qtbot):
    editor, (first, second) = _two_needles(qtbot, [])
    editor.controller.begin_pairing(first.id)
    assert "second needle" in named(editor, "Chart hint").text()
    click_at(qtbot, editor, placement_position(editor, second.id))
    pair = editor.document().get(first.id).electro_pair
    assert pair and editor.document().get(second.id).electro_pair == pair
    assert len(editor.scene.links()) == 1
    editor.controller.unpair(second.id)
    assert editor.scene.links() == []
    assert editor.document().get(first.id).electro_pair is None


def test_the_placement_menu_offers_pairing_and_removal(qtbot):
    editor, (first, _) = _two_needles(qtbot, [])
    menu = editor.placement_menu(first.id)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Add note…", "Needles…", "Pair for electro-stimulation", "Remove"]
    next(a for a in menu.actions() if a.text() == "Remove").trigger()
    assert first.id not in editor.document()


def test_pacemaker_refuses_pairing_with_a_clear_message(qtbot):
    editor, (first, second) = _two_needles(qtbot, [alert("pacemaker")])
    editor.controller.begin_pairing(first.id)
    box = open_dialog(QMessageBox)
    assert box is not None
    assert "not allowed" in box.text() and "Pacemaker" in box.text()
    box.accept()
    click_at(qtbot, editor, placement_position(editor, second.id))
    assert not editor.document().uses_electro


def test_epilepsy_asks_before_pairing(qtbot):
    editor, (first, second) = _two_needles(qtbot, [alert("epilepsy")])
    editor.controller.begin_pairing(first.id)
    box = open_dialog(QMessageBox)
    assert box is not None and "Epilepsy" in box.text()
    press(qtbot, box, "Pair anyway")
    QApplication.processEvents()
    click_at(qtbot, editor, placement_position(editor, second.id))
    assert editor.document().uses_electro


def test_epilepsy_cancel_leaves_needles_unpaired(qtbot):
    editor, (first, second) = _two_needles(qtbot, [alert("epilepsy")])
    editor.controller.begin_pairing(first.id)
    press(qtbot, open_dialog(QMessageBox), "Cancel")
    click_at(qtbot, editor, placement_position(editor, second.id), Qt.KeyboardModifier.NoModifier)
    assert not editor.document().uses_electro


def test_needles_and_note_from_the_menu_dialogs(qtbot):
    editor, (first, _) = _two_needles(qtbot, [])
    editor.controller.edit_needles(first.id)
    dialog = editor.controller.dialog
    dialog.setIntValue(3)
    dialog.accept()
    assert editor.document().get(first.id).needles == 3
    assert named(editor, "Needle count").text() == "4 needles"
    editor.controller.edit_note(first.id)
    dialog = editor.controller.dialog
    dialog.setTextValue("deqi, client relaxed")
    dialog.accept()
    assert editor.document().get(first.id).note == "deqi, client relaxed"
    editor.undo_stack().undo()
    assert editor.document().get(first.id).note == ""
