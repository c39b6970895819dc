"""The intake form's fields as one object: fill it from an IntakeData, collect one back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from acudesk.domain.dates import DateOrder, DateParseError, parse_date
from acudesk.domain.intake import Consent, IntakeData, split_list
from acudesk.ui.forms.ui_intake_dialog import Ui_IntakeDialog
from acudesk.ui.intake.conditions import ConditionRows
from acudesk.ui.intake.procedures import (
    ProceduresTable,
    RawRow,
    date_placeholder,
    format_typed_date,
    procedures_hint,
)
from acudesk.ui.intake.skin import SkinFields
from acudesk.ui.intake.suggestions import add_condition_suggestions
from acudesk.ui.widgets.field_errors import FieldErrors

HEALTH, MEDICINES, SKIN, CONSENT = range(4)
_PAGE_OF_FIELD = {
    "conditions": HEALTH,
    "fitzpatrick": SKIN,
    "glogau": SKIN,
    "skin_type": SKIN,
    "concerns": SKIN,
    "goals": SKIN,
    "signed_on": CONSENT,
    "taken_on": CONSENT,
    "signature": CONSENT,
}


def page_of(field_name: str) -> int:
    if field_name.startswith("detail."):
        return HEALTH
    if field_name.startswith("procedure."):
        return MEDICINES
    return _PAGE_OF_FIELD.get(field_name, CONSENT)


class IntakeForm:
    """Every input of the intake dialog, read and written as domain values."""

    def __init__(self, ui: Ui_IntakeDialog, order: DateOrder, today: Callable[[], date]) -> None:
        self.ui = ui
        self._order = order
        self._today = today
        self.conditions = ConditionRows(ui.conditionsLayout, ui.conditionsBox)
        # What the medications and allergies typed imply, offered to be ticked.
        self.suggestions = add_condition_suggestions(ui, self.conditions)
        self.procedures = ProceduresTable(ui.proceduresTable, ui.proceduresError, order, today)
        self.skin = SkinFields(
            ui.fitzpatrickLayout,
            ui.glogauLayout,
            ui.skinTypeButtons,
            ui.concernsLayout,
            ui.goalsEdit,
            ui.skinContent,
        )
        fields: dict[str, tuple[QWidget, object]] = {
            "conditions": (ui.conditionsBox, ui.conditionsError),
            "fitzpatrick": (ui.fitzpatrickGroup, ui.fitzpatrickError),
            "glogau": (ui.glogauGroup, ui.glogauError),
            "skin_type": (ui.skinTypeBox, ui.skinTypeError),
            "concerns": (ui.concernsGroup, ui.concernsError),
            "goals": (ui.goalsEdit, ui.goalsError),
            "signed_on": (ui.signedOnEdit, ui.signedOnError),
            "taken_on": (ui.signedOnEdit, ui.signedOnError),
            "signature": (ui.signaturePad, ui.signatureError),
            **self.conditions.error_fields(),
        }
        self.errors = FieldErrors(fields, fallback=ui.bannerLabel)  # type: ignore[arg-type]
        ui.signedOnEdit.setText(format_typed_date(today(), order))
        ui.signedOnEdit.setPlaceholderText(date_placeholder(order))
        ui.proceduresHint.setText(procedures_hint(order))  # in the clinic's date order

    def on_change(self, listener: Callable[..., None]) -> None:
        """``listener`` takes any arguments: it is connected to signals directly."""
        ui = self.ui
        self.conditions.on_change(listener)
        self.procedures.on_change(listener)
        self.skin.on_change(listener)
        ui.medicationsEdit.textChanged.connect(listener)
        ui.allergiesEdit.textChanged.connect(listener)
        ui.treatmentCheck.toggled.connect(listener)
        ui.photosCheck.toggled.connect(listener)
        ui.signaturePad.signature_changed.connect(listener)
        ui.signedOnEdit.textEdited.connect(listener)

    def collect(self) -> tuple[IntakeData, dict[str, str]]:
        """The form as an IntakeData, and what could not be read (a date typed wrong).

        Rows or dates that cannot be read are left out of the data, so a draft can always
        be kept; the caller does not save an intake while there are errors.
        """
        ui = self.ui
        errors: dict[str, str] = {}
        conditions, details = self.conditions.values()
        procedures, procedure_errors = self.procedures.collect()
        errors.update(procedure_errors)
        try:
            taken_on = parse_date(ui.signedOnEdit.text(), self._order, today=self._today())
        except DateParseError as error:
            errors["signed_on"] = str(error)
            taken_on = self._today()
        signature = ui.signaturePad.to_png()
        data = IntakeData(
            taken_on=taken_on,
            conditions=conditions,
            condition_details=details,
            medications=split_list(ui.medicationsEdit.toPlainText()),
            allergies=split_list(ui.allergiesEdit.toPlainText()),
            procedures=procedures,
            skin=self.skin.values(),
            consent=Consent(
                treatment=ui.treatmentCheck.isChecked(),
                photos=ui.photosCheck.isChecked(),
                signed_on=taken_on if signature else None,
                signature_png=signature,
            ),
        )
        return data, errors

    def fill(self, data: IntakeData, raw_rows: list[RawRow] | None = None) -> None:
        ui = self.ui
        self.conditions.set_values(data.conditions, data.condition_details)
        ui.medicationsEdit.setPlainText("\n".join(data.medications))
        ui.allergiesEdit.setPlainText("\n".join(data.allergies))
        if raw_rows is not None:
            self.procedures.set_raw_rows(raw_rows)
        else:
            self.procedures.set_procedures(data.procedures)
        self.skin.set_values(data.skin)
        ui.treatmentCheck.setChecked(data.consent.treatment)
        ui.photosCheck.setChecked(data.consent.photos)
        if data.consent.signature_png:
            ui.signaturePad.load_png(data.consent.signature_png, read_only=False)
        else:
            ui.signaturePad.clear()
        ui.signedOnEdit.setText(format_typed_date(data.taken_on, self._order))

    def show_errors(self, errors: dict[str, str]) -> int:
        """Put each message next to its field; return the page that holds the first one."""
        self.clear_errors()
        procedure_errors = {k: v for k, v in errors.items() if k.startswith("procedure.")}
        others = {k: v for k, v in errors.items() if k not in procedure_errors}
        self.errors.show(others)
        self.procedures.show_errors(procedure_errors)
        return page_of(next(iter(errors)))

    def shows(self, name: str) -> bool:
        """Whether the message about ``name`` is still shown (editing a field clears its own);
        a problem of the procedures' table stays until the next Save."""
        return name not in self.errors.names() or bool(self.errors.message(name))

    def clear_errors(self) -> None:
        self.errors.clear()
        self.procedures.clear_errors()
