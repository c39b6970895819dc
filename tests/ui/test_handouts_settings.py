"""The Handouts card of the clinic settings: paper size and logo, and what the sheet does."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLabel

from acudesk.domain.users import Role
from acudesk.ui.clinic.settings_screen import SettingsScreen
from tests.services.handouts_support import add_client, completed_session
from tests.ui.widgets import message_under, named, press


@pytest.fixture
def screen(qtbot, services, admin, relay):
    shown = SettingsScreen(services.settings, services.clinic, admin, relay)
    qtbot.addWidget(shown)
    shown.resize(1000, 900)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_letter_paper_makes_letter_sheets(qtbot, screen, services, admin, make_user):
    card = named(screen, "Handouts")
    combo = named(card, "Paper size", QComboBox)
    assert combo.currentData() == "A4"
    combo.setCurrentIndex(combo.findData("Letter"))
    press(qtbot, screen, "Save settings")
    assert "Letter" in named(card, "Handout settings saved", QLabel).text()
    assert services.settings.handouts().page_size == "Letter"
    services.products.ensure_house_catalogue()
    practitioner = make_user("pat", Role.PRACTITIONER)
    done = completed_session(services, practitioner, add_client(services, admin))
    pdf = services.handouts.issue(practitioner, done.id).pdf
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_logo_chosen_previewed_saved_and_removed(qtbot, screen, services, tmp_path):
    card = screen.handouts_card
    picture = QImage(3000, 1000, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2f6f62"))
    path = tmp_path / "logo.jpg"
    assert picture.save(str(path))
    assert card.set_logo_file(path)
    preview = named(card, "Logo preview", QLabel)
    assert not preview.pixmap().isNull() and preview.pixmap().width() <= 240
    assert services.settings.handouts().logo_png == b""  # not saved yet
    press(qtbot, screen, "Save settings")
    stored = services.settings.handouts().logo_png
    assert stored.startswith(b"\x89PNG")
    assert QImage.fromData(stored).width() == 1200  # scaled down to what a sheet needs
    press(qtbot, card, "Remove logo")
    assert preview.pixmap().isNull() and "No logo" in preview.text()
    press(qtbot, screen, "Save settings")
    assert services.settings.handouts().logo_png == b""


def test_a_file_that_is_not_a_picture_is_refused_next_to_the_logo(screen, tmp_path):
    card = screen.handouts_card
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    assert not card.set_logo_file(path)
    assert "not a picture" in message_under(card, "Logo")
