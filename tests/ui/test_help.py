"""Help: a guide for each role in both languages, with pictures, and a shortcuts sheet made
from the actions registry."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser

from acudesk.domain.users import Role
from acudesk.ui.i18n import install_language
from acudesk.ui.shell.actions import ACTIONS
from acudesk.ui.shell.help_dialog import GUIDES, SHORTCUTS, HelpDialog, help_dir, shortcuts_markdown
from acudesk.ui.shell.main_window import MainWindow
from tests.ui.widgets import named

ROLE_TITLES = {
    Role.RECEPTION: "# Guide for reception",
    Role.PRACTITIONER: "# Guide for practitioners",
    Role.ADMIN: "# Guide for administrators",
}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.fixture
def italian(qapp):
    install_language(qapp, "it")
    yield
    install_language(qapp, "en")


def opened_help(qtbot, window: MainWindow, action: str) -> HelpDialog:
    window.action(action).trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog)]
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    return dialogs[0]


@pytest.mark.parametrize("role", list(ROLE_TITLES))
def test_the_user_guide_opens_at_the_guide_for_ones_role(qtbot, services, make_user, role, relay):
    user = make_user(f"u{role.value}", role)
    window = MainWindow(services, user, relay)
    qtbot.addWidget(window)
    assert window.action("userGuideAction").shortcut().toString() == "F1"
    dialog = opened_help(qtbot, window, "userGuideAction")
    text = named(dialog, "Guide text", QTextBrowser).toMarkdown()
    assert text.startswith(ROLE_TITLES[role])
    dialog.close()


def test_every_guide_exists_in_both_languages_with_pictures_that_load(qtbot, services, admin):
    dialog = HelpDialog(admin)
    qtbot.addWidget(dialog)
    for language in ("en", "it"):
        for guide in GUIDES:
            if guide == SHORTCUTS:
                continue
            path = help_dir() / language / f"{guide}.md"
            pictures = IMAGE.findall(path.read_text(encoding="utf-8"))
            assert pictures, f"{path} has no screenshot"
            for picture in pictures:
                assert f"/{language}-" in picture, (path, picture)  # the same language
                file = (path.parent / picture).resolve()
                assert file.exists() and file.stat().st_size < 60_000, file
    dialog.show_guide("admin")
    image = dialog.ui.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("../screens/en-settings.png")
    )
    assert image is not None and not image.isNull()


def test_the_guides_speak_italian(qtbot, services, admin, italian):
    dialog = HelpDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.ui.guideCombo.currentText() == "Guida per gli amministratori"
    assert dialog.ui.browser.toMarkdown().startswith("# Guida per gli amministratori")
    dialog.show_guide(SHORTCUTS)
    assert dialog.ui.browser.toMarkdown().startswith("# Scorciatoie da tastiera")
    assert "Cerca un cliente" in dialog.ui.browser.toPlainText()


def test_the_shortcuts_sheet_lists_every_action_that_has_a_shortcut(qtbot, services, admin, relay):
    sheet = shortcuts_markdown()
    keyed = [a for a in ACTIONS if a.shortcut]
    assert len(keyed) >= 10
    for action in keyed:
        keys = QKeySequence(action.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text.replace("&", "").rstrip("…")
        assert f"| **{keys}** | {text} |" in sheet, action.name
    window = MainWindow(services, admin, relay)
    qtbot.addWidget(window)
    dialog = opened_help(qtbot, window, "shortcutsAction")
    assert dialog.ui.guideCombo.currentData() == SHORTCUTS
    shown = dialog.ui.browser.toPlainText()
    assert "Ctrl+Shift+B" in shown and "Back up now" in shown and "F1" in shown
    dialog.close()
