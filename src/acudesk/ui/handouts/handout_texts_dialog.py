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
from acudesk.services.settings import SettingsService
from acudesk.ui.forms.ui_handout_texts_dialog import Ui_HandoutTextsDialog
from acudesk.ui.handouts.handout_items_widget import HandoutItemsWidget
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.theme import restyle

SECTION_NAMES = {
    "expect": QT_TRANSLATE_NOOP("HandoutTextsDialog", "What to expect"),
    "do": QT_TRANSLATE_NOOP("HandoutTextsDialog", "Do"),
    "avoid": QT_TRANSLATE_NOOP("HandoutTextsDialog", "Avoid"),
}


class HandoutTextsDialog(QDialog):
    """Save makes one call, settings.update_handout_template, for the language shown."""

    def __init__(
        self, settings: SettingsService, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoutTextsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._user = user
        self._saved: dict[str, HandoutTemplate] = {}
        self._drafts: dict[str, HandoutTemplate] = {}
        self.sections: dict[str, HandoutItemsWidget] = {}
        ui = self.ui
        layouts = {"expect": ui.expectLayout, "do": ui.doLayout, "avoid": ui.avoidLayout}
        for section_id in SECTION_IDS:
            widget = HandoutItemsWidget(
                translate("HandoutTextsDialog", SECTION_NAMES[section_id]), self
            )
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
            self._saved[language] = self._settings.handout_template(language)
        return self._saved[language]

    def _show(self, template: HandoutTemplate) -> None:
        for section_id, widget in self.sections.items():
            widget.set_items(template.section(section_id).items)
        self.ui.callTextEdit.setPlainText(template.call_clinic.text)
        self.ui.callTimingEdit.setText(template.call_clinic.timing)
        own = self._stored(self._language) != load_handout_template(self._language)
        name = self.ui.languageCombo.currentText()
        source = (
            translate("HandoutTextsDialog", "Sheets in {language} print your clinic's text.")
            if own
            else translate("HandoutTextsDialog", "Sheets in {language} print acudesk's text.")
        )
        self.ui.sourceLabel.setText(source.format(language=name))
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
            saved = self._settings.update_handout_template(self._user, self._language, self.typed())
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
            translate("HandoutTextsDialog", "Saved: sheets in {language} print this text.").format(
                language=self.ui.languageCombo.currentText()
            ),
            notice=True,
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
            translate("HandoutTextsDialog", "Restore acudesk's text"),
            translate(
                "HandoutTextsDialog",
                "Print acudesk's own advice on sheets in {language} again? "
                "Your clinic's text for {language} is removed.",
            ).format(language=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restored = self._settings.reset_handout_template(self._user, self._language)
        except AcudeskError as error:
            self.say(error.message)
            return
        self._saved[self._language] = restored
        self._show(restored)
        self.say(
            translate(
                "HandoutTextsDialog", "Sheets in {language} print acudesk's text again."
            ).format(language=name),
            notice=True,
        )

    def reject(self) -> None:
        unsaved = self.unsaved_languages()
        if unsaved:
            names = translate("HandoutTextsDialog", " and ").join(
                LANGUAGE_NAMES.get(code, code) for code in unsaved
            )
            answer = QMessageBox.question(
                self,
                translate("HandoutTextsDialog", "Close without saving?"),
                translate(
                    "HandoutTextsDialog",
                    "The advice you changed in {languages} is not saved. Close and lose it?",
                ).format(languages=names),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
