"""Help: a user guide for each role and the keyboard shortcuts, in the interface language.

The guides are Markdown files in resources/help/<language>/ with screenshots beside them in
resources/help/screens/ (made by `make help-screens`). The shortcuts sheet is written here,
from the actions registry, each time it is shown: it lists exactly what the menus do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from acudesk.domain.users import Role, User
from acudesk.resources import resources_dir
from acudesk.ui.forms.ui_help_dialog import Ui_HelpDialog
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, current_language, translate
from acudesk.ui.shell.actions import ACTIONS, Menu

SHORTCUTS = "shortcuts"
GUIDES = {  # file name (without .md) -> its title in the Guide list
    "reception": QT_TRANSLATE_NOOP("HelpDialog", "Guide for reception"),
    "practitioner": QT_TRANSLATE_NOOP("HelpDialog", "Guide for practitioners"),
    "admin": QT_TRANSLATE_NOOP("HelpDialog", "Guide for administrators"),
    SHORTCUTS: QT_TRANSLATE_NOOP("HelpDialog", "Keyboard shortcuts"),
}
ROLE_GUIDES = {Role.RECEPTION: "reception", Role.PRACTITIONER: "practitioner", Role.ADMIN: "admin"}


def help_dir() -> Path:
    return resources_dir() / "help"


def guide_path(guide: str, language: str) -> Path:
    """The guide in ``language``, else in English."""
    path = help_dir() / language / f"{guide}.md"
    return path if path.exists() else help_dir() / "en" / f"{guide}.md"


def shortcuts_markdown() -> str:
    """Every menu action that has a shortcut, menu by menu, in the interface language."""
    lines = [
        "# " + translate("HelpDialog", "Keyboard shortcuts"),
        "",
        translate(
            "HelpDialog",
            "These keys work wherever the command's menu is; Ctrl+F and Ctrl+N also from a "
            "session window. Everywhere: Tab moves to the next field, Enter presses the "
            "highlighted button, Esc closes a dialog.",
        ),
    ]
    for menu in Menu:
        entries = [a for a in ACTIONS if a.menu is menu and a.shortcut]
        if not entries:
            continue
        lines += ["", "## " + translate("MenuActions", menu.value).replace("&", ""), ""]
        lines += [
            "| {keys} | {command} | {what} |".format(
                keys=translate("HelpDialog", "Keys"),
                command=translate("HelpDialog", "Command"),
                what=translate("HelpDialog", "What it does"),
            ),
            "|---|---|---|",
        ]
        for action in entries:
            keys = QKeySequence(action.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            text = translate("MenuActions", action.text).replace("&", "").rstrip("…")
            tip = action.tool_tip or action.status_tip
            what = translate("MenuActions", tip) if tip else ""
            lines.append(f"| **{keys}** | {text} | {what} |")
    return "\n".join(lines) + "\n"


class HelpDialog(QDialog):
    def __init__(self, user: User, guide: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self._language = current_language()
        browser = self.ui.browser
        browser.setSearchPaths([str(help_dir() / self._language), str(help_dir() / "en")])
        for name, title in GUIDES.items():
            self.ui.guideCombo.addItem(translate("HelpDialog", title), name)
        self.ui.guideCombo.currentIndexChanged.connect(self._on_guide_combo_current_index_changed)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.show_guide(guide or ROLE_GUIDES.get(user.role, "reception"))

    def show_guide(self, guide: str) -> None:
        combo = self.ui.guideCombo
        combo.setCurrentIndex(max(0, combo.findData(guide)))
        self._show(str(combo.currentData()))

    def _on_guide_combo_current_index_changed(self, _index: int) -> None:
        self._show(str(self.ui.guideCombo.currentData()))

    def _show(self, guide: str) -> None:
        browser = self.ui.browser
        if guide == SHORTCUTS:
            browser.setMarkdown(shortcuts_markdown())
        else:
            browser.setMarkdown(guide_path(guide, self._language).read_text(encoding="utf-8"))
        browser.verticalScrollBar().setValue(0)
