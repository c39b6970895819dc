"""Messages next to the field they concern: one small helper every form uses."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from acudesk.ui.widgets.theme import restyle


class FieldErrors:
    """Maps field names (as services name them) to an input and the error label under it.

    Labels are hidden while empty; an input with a message is marked ``invalid`` for the
    style sheet; editing an input clears its own message.
    """

    def __init__(
        self, fields: Mapping[str, tuple[QWidget, QLabel]], fallback: QLabel | None = None
    ) -> None:
        self._fields = dict(fields)
        self._fallback = fallback
        for name, (widget, _label) in self._fields.items():
            self._watch(name, widget)
        self.clear()

    def _watch(self, name: str, widget: QWidget) -> None:
        def clear_this(*_args: object) -> None:
            self.clear(name)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear_this)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(clear_this)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear_this)

    def _labels(self) -> list[QLabel]:
        labels = [label for _w, label in self._fields.values()]
        return [*labels, self._fallback] if self._fallback is not None else labels

    def clear(self, name: str | None = None) -> None:
        if name is not None:
            widget, label = self._fields[name]
            _set_label(label, "")
            _mark(widget, False)
            return
        for label in self._labels():
            _set_label(label, "")
        for widget, _label in self._fields.values():
            _mark(widget, False)

    def show(self, errors: Mapping[str, str]) -> QWidget | None:
        """Show each message under its field; return the first input concerned, focused.

        Messages for fields this form does not have go to the fallback label.
        """
        first: QWidget | None = None
        stray: list[str] = []
        for name, message in errors.items():
            if name not in self._fields:
                stray.append(message)
                continue
            widget, label = self._fields[name]
            _set_label(label, message)
            _mark(widget, True)
            first = first or widget
        if stray and self._fallback is not None:
            _set_label(self._fallback, " ".join(stray))
        if first is not None:
            first.setFocus()
        if errors:
            _grow_to_fit(next(iter(self._fields.values()))[1].window())
        return first

    def names(self) -> list[str]:
        return list(self._fields)

    def message(self, name: str) -> str:
        return self._fields[name][1].text()


def _set_label(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        restyle(widget)


def _grow_to_fit(window: QWidget) -> None:
    """A dialog grows to make room for wrapped messages instead of squeezing its labels."""
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
