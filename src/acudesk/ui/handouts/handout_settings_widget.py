"""The Handouts card of the clinic settings: paper size and the logo on every sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.settings import HandoutSettings
from acudesk.domain.users import User
from acudesk.services.settings import SettingsService
from acudesk.ui.clinic.settings_choices import fill_paper_combo
from acudesk.ui.forms.ui_handout_settings_widget import Ui_HandoutSettingsWidget
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.theme import restyle

# A logo is printed about 5 cm wide: 1,200 pixels is 600 dpi there, and keeps it small.
LOGO_MAX_PIXELS = 1200


def logo_png(image: QImage) -> bytes:
    """``image`` as PNG bytes, scaled down when it is larger than a sheet needs."""
    if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
        image = image.scaled(
            LOGO_MAX_PIXELS,
            LOGO_MAX_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; 6.12 wants str
    buffer.close()
    return bytes(data.data())


class HandoutSettingsWidget(QFrame):
    """A card of the settings form: the page's one Save calls ``save``."""

    def __init__(
        self, settings: SettingsService, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoutSettingsWidget()
        self.ui.setupUi(self)
        self._settings = settings
        self._user = user
        self._logo = b""
        ui = self.ui
        fill_paper_combo(ui.pageSizeCombo, "A4")
        self._errors = FieldErrors(
            {
                "page_size": (ui.pageSizeCombo, ui.pageSizeError),
                "logo": (ui.chooseLogoButton, ui.logoError),
            }
        )
        ui.chooseLogoButton.clicked.connect(self._on_choose_logo_button_clicked)
        ui.removeLogoButton.clicked.connect(self._on_remove_logo_button_clicked)
        self._say("")
        self.load()

    def load(self) -> None:
        current = self._settings.handouts()
        combo = self.ui.pageSizeCombo
        combo.setCurrentIndex(max(0, combo.findData(current.page_size)))
        self._show_logo(current.logo_png)
        self._loaded = self.value()

    def has_unsaved_changes(self) -> bool:
        return self.value() != self._loaded

    def value(self) -> HandoutSettings:
        return HandoutSettings(str(self.ui.pageSizeCombo.currentData()), self._logo)

    def _show_logo(self, png: bytes) -> None:
        self._logo = png
        preview = self.ui.logoPreview
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            room = preview.minimumSize()  # the preview has a fixed size
            preview.setPixmap(
                pixmap.scaled(
                    room.width() - 16,
                    room.height() - 16,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            preview.setPixmap(QPixmap())
            preview.setText(
                translate("HandoutSettingsWidget", "No logo: the clinic's name heads the sheet")
            )
        preview.setProperty("role", "" if png else "hint")
        restyle(preview)
        self.ui.removeLogoButton.setEnabled(bool(png))

    def set_logo_file(self, path: Path) -> bool:
        """Read a picture for the logo (shown, not saved until the settings are saved)."""
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self._errors.show(
                {
                    "logo": translate(
                        "HandoutSettingsWidget",
                        "{file} is not a picture acudesk can read: choose a PNG or JPEG.",
                    ).format(file=path.name)
                }
            )
            return False
        self._errors.clear("logo")
        self._show_logo(logo_png(image))
        self._say(translate("HandoutSettingsWidget", "Logo chosen: press Save settings to use it."))
        return True

    def _on_choose_logo_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("HandoutSettingsWidget", "Choose the clinic's logo"),
            folder,
            translate("HandoutSettingsWidget", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        if chosen:
            self.set_logo_file(Path(chosen))

    def _on_remove_logo_button_clicked(self) -> None:
        self._show_logo(b"")
        self._say(
            translate(
                "HandoutSettingsWidget",
                "Logo removed: press Save settings to print without it.",
            )
        )

    def save(self) -> bool:
        try:
            saved = self._settings.update_handouts(self._user, self.value())
        except ValidationError as error:
            self._errors.show(error.errors)
            return False
        except AcudeskError as error:
            self._errors.show({"logo": error.message})
            return False
        self._errors.clear()
        self._show_logo(saved.logo_png)
        self._loaded = self.value()
        self._say(
            translate("HandoutSettingsWidget", "Saved. New sheets print on {paper} paper.").format(
                paper=saved.page_size
            )
        )
        return True

    def _say(self, text: str) -> None:
        label: QLabel = self.ui.handoutsNotice
        label.setText(text)
        label.setVisible(bool(text))
