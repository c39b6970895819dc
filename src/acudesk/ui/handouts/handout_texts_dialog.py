"""For admins: the aftercare advice the handout prints, per language, edited as tables.

What is typed for one language stays on screen while the other is looked at, and after a
refused save; closing with unsaved text asks first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from acudesk.domain.clients import LANGUAGES as LANGUAGE_NAMES
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.handouts import (
    LANGUAGES,
    SECTION_IDS,
    HandoutItem,
    HandoutTemplate,
    load_handout_template,
)
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_handout_texts_dialog import Ui_HandoutTextsDialog
from acudesk.ui.handouts.handout_items_widget import HandoutItemsWidget
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.theme import restyle

SECTION_NAMES = {"expect": "What to expect", "do": "Do", "avoid": "Avoid"}


class HandoutTextsDialog(QDialog):
    """Save makes one call, services.settings.update_handout_template, for the language shown."""

    def __init__(self, services: Services, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoutTextsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._saved: dict[str, HandoutTemplate] = {}
        self._drafts: dict[str, HandoutTemplate] = {}
        self.sections: dict[str, HandoutItemsWidget] = {}
        ui = self.ui
        layouts = {"expect": ui.expectLayout, "do": ui.doLayout, "avoid": ui.avoidLayout}
        for section_id in SECTION_IDS:
            widget = HandoutItemsWidget(SECTION_NAMES[section_id], self)
            layouts[section_id].addWidget(widget)
            self.sections[section_id] = widget
        fields: dict[str, tuple[QWidget, QLabel]] = {
            s: (w.table, w.error_label) for s, w in self.sections.items()
        }
        fields["call_clinic"] = (self.ui.callTextEdit, self.ui.callError)
        self._errors = FieldErrors(fields, fallback=self.ui.messageLabel)
        for section_id, widget in self.sections.items():
            widget.items_edited.connect(lambda s=section_id: self._errors.clear(s))
        for code in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self._language = LANGUAGES[0]
        self.ui.languageCombo.currentIndexChanged.connect(
            self._on_language_combo_current_index_changed
        )
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.restoreButton.clicked.connect(self._on_restore_button_clicked)
        self.ui.closeButton.clicked.connect(self.reject)
        self._show(self._stored(self._language))

    @property
    def language(self) -> str:
        return self._language

    def _stored(self, language: str) -> HandoutTemplate:
        if language not in self._saved:
            self._saved[language] = self._services.settings.handout_template(language)
        return self._saved[language]

    def _show(self, template: HandoutTemplate) -> None:
        for section_id, widget in self.sections.items():
            widget.set_items(template.section(section_id).items)
        self.ui.callTextEdit.setPlainText(template.call_clinic.text)
        self.ui.callTimingEdit.setText(template.call_clinic.timing)
        own = self._stored(self._language) != load_handout_template(self._language)
        name = self.ui.languageCombo.currentText()
        self.ui.sourceLabel.setText(
            f"Sheets in {name} print your clinic's text."
            if own
            else f"Sheets in {name} print acudesk's text."
        )
        self.ui.restoreButton.setEnabled(own)
        self._errors.clear()

    def typed(self) -> HandoutTemplate:
        """The template with the advice as it is on screen now (not checked)."""
        base = self._stored(self._language)
        sections = tuple(replace(s, items=self.sections[s.id].items()) for s in base.sections)
        call = HandoutItem(self.ui.callTextEdit.toPlainText(), self.ui.callTimingEdit.text())
        return replace(base, sections=sections, call_clinic=call)

    def unsaved_languages(self) -> list[str]:
        drafts = {**self._drafts, self._language: self.typed()}
        return [code for code, draft in drafts.items() if draft != self._stored(code)]

    def say(self, text: str, *, notice: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setVisible(bool(text))
        label.setProperty("role", "notice" if notice else "error")
        restyle(label)

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        self._drafts[self._language] = self.typed()
        self._language = str(self.ui.languageCombo.currentData())
        draft = self._drafts.pop(self._language, None)
        self._show(draft if draft is not None else self._stored(self._language))
        self.say("")

    def _on_save_button_clicked(self) -> None:
        try:
            saved = self._services.settings.update_handout_template(
                self._user, self._language, self.typed()
            )
        except ValidationError as error:
            self.say("")
            self._errors.show(error.errors)
            self._go_to_first(error.errors)
            return
        except AcudeskError as error:  # e.g. no longer an admin
            self.say(error.message)
            return
        self._saved[self._language] = saved
        self._show(saved)
        self.say(
            f"Saved: sheets in {self.ui.languageCombo.currentText()} print this text.", notice=True
        )

    def _go_to_first(self, errors: dict[str, str]) -> None:
        tabs = [*SECTION_IDS, "call_clinic"]
        concerned = [tabs.index(field) for field in errors if field in tabs]
        if concerned:
            self.ui.sectionTabs.setCurrentIndex(min(concerned))

    def _on_restore_button_clicked(self) -> None:
        name = self.ui.languageCombo.currentText()
        answer = QMessageBox.question(
            self,
            "Restore acudesk's text",
            f"Print acudesk's own advice on sheets in {name} again? "
            f"Your clinic's text for {name} is removed.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restored = self._services.settings.reset_handout_template(self._user, self._language)
        except AcudeskError as error:
            self.say(error.message)
            return
        self._saved[self._language] = restored
        self._show(restored)
        self.say(f"Sheets in {name} print acudesk's text again.", notice=True)

    def reject(self) -> None:
        unsaved = self.unsaved_languages()
        if unsaved:
            names = " and ".join(LANGUAGE_NAMES.get(code, code) for code in unsaved)
            answer = QMessageBox.question(
                self,
                "Close without saving?",
                f"The advice you changed in {names} is not saved. Close and lose it?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
