"""Before an intake is saved without the client's consent to treatment or without a signature:
say so in plain words and let the person confirm (Save anyway) or go back to the consent step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from acudesk.domain.intake import Consent
from acudesk.ui.i18n import translate


def missing_consent(consent: Consent) -> list[str]:
    """What the consent step lacks, each in a person's words ([] when nothing is missing)."""
    missing = []
    if not consent.treatment:
        missing.append(translate("ConsentQuestion", "The client has not consented to treatment."))
    if not consent.is_signed:
        missing.append(translate("ConsentQuestion", "The client has not signed the intake."))
    return missing


def ask_to_save_anyway(
    parent: QWidget, missing: list[str], save: Callable[[], None], back: Callable[[], None]
) -> QMessageBox:
    """A window-modal question; ``save`` on "Save anyway", ``back`` on "Go back"."""
    text = (
        "\n".join(missing)
        + "\n\n"
        + translate(
            "ConsentQuestion",
            "Without consent and a signature no practitioner should treat this client. Save the "
            "intake anyway, and get the consent and signature before any treatment?",
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ConsentQuestion", "Save without consent?"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("consentQuestionBox")
    anyway = box.addButton(
        translate("ConsentQuestion", "Save anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    go_back = box.addButton(
        translate("ConsentQuestion", "Go back"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(go_back)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is anyway:
            save()
        else:
            back()

    box.buttonClicked.connect(clicked)
    box.open()
    return box
