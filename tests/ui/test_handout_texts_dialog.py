"""Clinic ▸ Handout texts…: the advice tables, per language, saved through the real service."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
)

from acudesk.domain.handouts import HandoutItem, load_handout_template
from acudesk.domain.users import Role
from acudesk.ui.handouts.handout_texts_dialog import HandoutTextsDialog
from acudesk.ui.shell.main_window import MainWindow
from tests.ui.widgets import message_under, named, press, type_into

SHIPPED = load_handout_template("en")


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    """Closing a dialog with unsaved text asks; at teardown the answer is Yes, never a wait."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)


@pytest.fixture
def dialog(qtbot, services, admin):
    shown = HandoutTextsDialog(services.settings, admin)
    qtbot.addWidget(shown)
    shown.resize(780, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def table(dialog, section: str) -> QTableView:
    named(dialog, "Sections", QTabWidget).setCurrentIndex(
        ["What to expect", "Do", "Avoid"].index(section)
    )
    return named(dialog, f"{section} items", QTableView)


def cells(view: QTableView) -> list[tuple[str, str]]:
    model = view.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def editor_of(view: QTableView) -> QLineEdit:
    (editor,) = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def enter(qtbot, view: QTableView, editor: QLineEdit, text: str) -> None:
    """Type into an open cell editor and press Enter; the view takes the text a moment later."""
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def edit_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    """Type into a cell as a person does: select it, type, press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = editor_of(view)
    editor.selectAll()
    enter(qtbot, view, editor, text)


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_the_clinic_menu_offers_handout_texts_to_admins_only(
    qtbot, services, admin, make_user, relay
):
    reception = MainWindow(services, make_user("rita", Role.RECEPTION), relay)
    qtbot.addWidget(reception)
    assert "&Clinic" not in [a.text() for a in reception.menuBar().actions()]
    window = MainWindow(services, admin, relay)
    qtbot.addWidget(window)
    (clinic,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Clinic"]
    assert [a.text() for a in clinic.actions()] == [
        "&Book set-up…",
        "Consent &text…",
        "&Handout texts…",
        "",  # the separator before the audit log
        "&Audit log",
    ]
    clinic.actions()[2].trigger()
    qtbot.waitUntil(lambda: window.findChild(HandoutTextsDialog) is not None)
    opened = window.findChild(HandoutTextsDialog)
    assert opened.isVisible() and opened.language == "en"


def test_the_tables_show_acudesks_advice_with_timings(dialog):
    assert cells(table(dialog, "Avoid")) == [
        (i.text, i.timing) for i in SHIPPED.section("avoid").items
    ]
    assert len(cells(table(dialog, "What to expect"))) == 3
    assert named(dialog, "When to call us").toPlainText() == SHIPPED.call_clinic.text
    assert named(dialog, "Whose text").text() == "Sheets in English print acudesk's text."
    assert named(dialog, "Sections").findChild(QTableView) is not None


def test_editing_a_timing_and_saving_keeps_the_clinics_text(qtbot, dialog, services):
    avoid = table(dialog, "Avoid")
    row = next(r for r, (text, _t) in enumerate(cells(avoid)) if text.startswith("Alcohol"))
    edit_cell(qtbot, avoid, row, 1, "72 hours at least")
    press(qtbot, dialog, "Save")
    saved = services.settings.handout_template("en").section("avoid").items[row]
    assert saved == HandoutItem("Alcohol (it can make bruising more likely)", "72 hours at least")
    assert "Saved" in named(dialog, "Handout texts message").text()
    assert named(dialog, "Whose text").text() == "Sheets in English print your clinic's text."
    assert dialog.unsaved_languages() == []


def test_add_move_and_remove_rows(qtbot, dialog, services):
    do = table(dialog, "Do")
    press(qtbot, dialog, "Add")
    enter(qtbot, do, editor_of(do), "Sleep on your back tonight")
    assert cells(do)[3] == ("Sleep on your back tonight", "")
    press(qtbot, dialog, "Move up")
    press(qtbot, dialog, "Move up")
    assert [t for t, _ in cells(do)][1] == "Sleep on your back tonight"
    press(qtbot, dialog, "Move down")
    assert [t for t, _ in cells(do)][2] == "Sleep on your back tonight"
    do.setCurrentIndex(do.model().index(0, 0))
    press(qtbot, dialog, "Remove")
    press(qtbot, dialog, "Save")
    texts = [i.text for i in services.settings.handout_template("en").section("do").items]
    assert texts == [
        SHIPPED.section("do").items[1].text,
        "Sleep on your back tonight",
        SHIPPED.section("do").items[2].text,
    ]


def test_an_empty_row_is_refused_next_to_its_table_and_nothing_typed_is_lost(
    qtbot, dialog, services
):
    avoid = table(dialog, "Avoid")
    edit_cell(qtbot, avoid, 0, 1, "two whole days")
    named(dialog, "Sections", QTabWidget).setCurrentIndex(0)
    press(qtbot, dialog, "Add")  # on What to expect, left empty
    qtbot.keyClick(editor_of(table(dialog, "What to expect")), Qt.Key.Key_Escape)
    named(dialog, "When to call us").clear()
    press(qtbot, dialog, "Save")
    assert (
        message_under(dialog, "What to expect")
        == "Row 4 has no advice: type it, or remove the row."
    )
    assert named(dialog, "Sections", QTabWidget).currentIndex() == 0  # the first concerned
    named(dialog, "Sections", QTabWidget).setCurrentIndex(3)
    assert message_under(dialog, "When to call us") == (
        "Say when to call the clinic: this text cannot be empty."
    )
    assert services.settings.handout_template("en") == SHIPPED  # nothing kept
    assert cells(table(dialog, "Avoid"))[0][1] == "two whole days"  # nothing lost
    assert len(cells(table(dialog, "What to expect"))) == 4
    # Typing into the refused table clears its message; filling the row lets it save.
    expect = table(dialog, "What to expect")
    edit_cell(qtbot, expect, 3, 0, "Some tiredness in the evening")
    assert message_under(dialog, "What to expect") == ""
    type_into(
        qtbot, named(dialog, "Sections"), "When to call us", "Call us if anything worries you."
    )
    press(qtbot, dialog, "Save")
    kept = services.settings.handout_template("en")
    assert kept.section("expect").items[3].text == "Some tiredness in the evening"
    assert kept.section("avoid").items[0].timing == "two whole days"


def test_switching_language_keeps_what_was_typed_in_each(qtbot, dialog, services):
    avoid = table(dialog, "Avoid")
    edit_cell(qtbot, avoid, 0, 1, "tomorrow morning")
    language = named(dialog, "Handout text language")
    language.setCurrentIndex(language.findData("it"))
    assert dialog.language == "it"
    italian = load_handout_template("it")
    assert cells(table(dialog, "Avoid"))[0] == (
        italian.section("avoid").items[0].text,
        italian.section("avoid").items[0].timing,
    )
    language.setCurrentIndex(language.findData("en"))
    assert cells(table(dialog, "Avoid"))[0][1] == "tomorrow morning"
    assert dialog.unsaved_languages() == ["en"]


def test_closing_with_unsaved_text_asks_first(qtbot, dialog, monkeypatch):
    edit_cell(qtbot, table(dialog, "Do"), 0, 1, "all week")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    press(qtbot, dialog, "Close")
    assert dialog.isVisible() and "English is not saved" in asked[0]
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    press(qtbot, dialog, "Close")
    assert not dialog.isVisible()


def test_restore_puts_acudesks_text_back(qtbot, services, admin, monkeypatch):
    edited = load_handout_template("it")
    services.settings.update_handout_template(
        admin, "it", replace(edited, call_clinic=HandoutItem("Chiamaci."))
    )
    dialog = HandoutTextsDialog(services.settings, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not named(dialog, "Handout texts message").isVisible()
    language = named(dialog, "Handout text language")
    language.setCurrentIndex(language.findData("it"))
    assert named(dialog, "When to call us").toPlainText() == "Chiamaci."
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    press(qtbot, dialog, "Restore acudesk's text")
    assert "Italiano" in asked[0]
    assert (
        named(dialog, "When to call us").toPlainText()
        == load_handout_template("it").call_clinic.text
    )
    assert services.settings.handout_template("it") == load_handout_template("it")
    assert not dialog.ui.restoreButton.isEnabled()


def test_a_cell_still_being_typed_in_is_saved(qtbot, dialog, services):
    expect = table(dialog, "What to expect")
    index = expect.model().index(2, 1)
    expect.setCurrentIndex(index)
    expect.setFocus()
    expect.edit(index)
    editor = editor_of(expect)
    editor.selectAll()
    qtbot.keyClicks(editor, "about 8 sessions")  # no Enter: Save is clicked straight away
    press(qtbot, dialog, "Save")
    kept = services.settings.handout_template("en").section("expect").items[2]
    assert kept.timing == "about 8 sessions"
