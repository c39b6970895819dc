"""The screening alerts on a client's header: one compact line per alert, by severity.

Each line shows a severity chip and the message on one line (cut with "…" when long);
"What to do" opens the whole message and the advice under it (the advice is also the line's
tooltip). At the desk, a client with no intake yet reads "intake needed" in amber: a task for
reception, not a red STOP (the session still treats it as blocking). The banner hides itself
when there is nothing to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.screening import Alert, Severity
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.ui.widgets.theme import ERROR

CHIP_TEXT = {
    Severity.BLOCK: QT_TRANSLATE_NOOP("AlertsBanner", "STOP"),
    Severity.CAUTION: QT_TRANSLATE_NOOP("AlertsBanner", "CAUTION"),
    Severity.INFO: QT_TRANSLATE_NOOP("AlertsBanner", "NOTE"),
}
SEVERITY_NAMES = {
    Severity.BLOCK: QT_TRANSLATE_NOOP("AlertsBanner", "Block"),
    Severity.CAUTION: QT_TRANSLATE_NOOP("AlertsBanner", "Caution"),
    Severity.INFO: QT_TRANSLATE_NOOP("AlertsBanner", "Info"),
}
SHOWN_AT_FIRST = 3
INTAKE_NEEDED = "intake"  # the look of a missing intake at the desk

# Severity colours belong to this widget (like a chart's ink), keyed on a ``severity``
# property so a line's look follows its data; the theme's error red is the "block" ink.
_SHADES = {
    Severity.BLOCK: ("#fcebea", "#efb8b3", ERROR),
    Severity.CAUTION: ("#fdf3e1", "#eccf96", "#9a5b00"),
    Severity.INFO: ("#e9f1fa", "#bcd2ec", "#2a5f9e"),
}
_INTAKE_SHADE = ("#fdf6e7", "#e6d3a3", "#7a5a12")
STYLE_SHEET = "\n".join(
    f"""
QFrame[severity="{sev}"] {{ background: {bg}; border: 1px solid {border};
    border-radius: 8px; }}
QFrame[severity="{sev}"] QLabel {{ background: transparent; border: none; }}
QFrame[severity="{sev}"] QLabel[chip="{sev}"] {{ background: {ink}; color: white;
    border-radius: 4px; padding: 2px 7px; font-size: 8pt; font-weight: 700; letter-spacing: 1px; }}
QFrame[severity="{sev}"] QPushButton {{ background: transparent; border: none;
    color: {ink}; padding: 2px 4px; min-width: 0; text-decoration: underline; }}"""
    for sev, (bg, border, ink) in [
        *((sev.value, shade) for sev, shade in _SHADES.items()),
        (INTAKE_NEEDED, _INTAKE_SHADE),
    ]
)


def _chip_texts() -> list[str]:
    return [translate("AlertsBanner", text) for text in CHIP_TEXT.values()]


def _chip_width(texts: list[str]) -> int:
    """Room for the widest chip as the style sheet draws it (bold 8 pt, spaced letters)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(8)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1)
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(t) for t in texts) + 24


class OneLineLabel(QLabel):
    """A label that keeps to one line: a text too long for it ends in "…"."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._elide()

    def is_cut(self) -> bool:
        return self.text() != self.full_text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )
        if shown != self.text():
            self.setText(shown)


class AlertLineWidget(QFrame):
    """One alert: chip and message on one line; the whole message and the advice on demand."""

    def __init__(self, alert: Alert, parent: QWidget | None = None, *, desk: bool = False) -> None:
        super().__init__(parent)
        self.alert = alert
        calm = desk and alert.no_intake
        self.setProperty("severity", INTAKE_NEEDED if calm else alert.severity.value)
        message = (
            translate(
                "AlertsBanner", "No intake yet: take it with the client before the first treatment."
            )
            if calm
            else alert.message
        )
        severity = (
            translate("AlertsBanner", "Intake needed")
            if calm
            else translate("AlertsBanner", SEVERITY_NAMES[alert.severity])
        )
        self.setAccessibleName(
            translate("AlertsBanner", "{severity}: {message}").format(
                severity=severity, message=message
            )
        )
        self.setAccessibleDescription(alert.action)
        self.setToolTip(
            translate("AlertsBanner", "What to do: {action}").format(action=alert.action)
        )
        chip = QLabel(
            translate("AlertsBanner", "INTAKE NEEDED")
            if calm
            else translate("AlertsBanner", CHIP_TEXT[alert.severity])
        )
        chip.setProperty("chip", INTAKE_NEEDED if calm else alert.severity.value)
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip.setFixedWidth(_chip_width([*_chip_texts(), chip.text()]))
        self.message_label = OneLineLabel(message)
        self.message_label.setAccessibleName(translate("AlertsBanner", "Alert message"))
        self.toggle_button = QPushButton(translate("AlertsBanner", "What to do"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle_button.setAccessibleName(
            translate("AlertsBanner", "What to do: {message}").format(message=alert.message)
        )
        self.details_label = QLabel(message)  # the whole message, when its line cuts it
        self.details_label.setWordWrap(True)
        self.details_label.setVisible(False)
        self.action_label = QLabel(alert.action)
        self.action_label.setWordWrap(True)
        self.action_label.setVisible(False)
        self.action_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out(chip)
        self.toggle_button.toggled.connect(self._on_toggle_button_toggled)

    def _lay_out(self, chip: QLabel) -> None:
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.message_label, 1)
        top.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(2)
        layout.addLayout(top)
        for label in (self.details_label, self.action_label):
            indent = QHBoxLayout()
            indent.addSpacing(chip.width() + 10)
            indent.addWidget(label, 1)
            layout.addLayout(indent)

    def _on_toggle_button_toggled(self, checked: bool) -> None:
        self.action_label.setVisible(checked)
        self.details_label.setVisible(checked and self.message_label.is_cut())
        self.toggle_button.setText(
            translate("AlertsBanner", "Hide")
            if checked
            else translate("AlertsBanner", "What to do")
        )


class AlertsBanner(QFrame):
    """Shows a client's screening alerts, most severe first; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = False  # the client page: a missing intake is a task (see the module)
        self.setAccessibleName(translate("AlertsBanner", "Screening alerts"))
        self.setStyleSheet(STYLE_SHEET)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(5)
        self._lines: list[AlertLineWidget] = []
        self.more_button = QPushButton()
        self.more_button.setAccessibleName(translate("AlertsBanner", "More alerts"))
        self.more_button.setProperty("severity", "")
        self.more_button.setFlat(True)
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self._layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._alerts: list[Alert] = []
        self.set_alerts([])

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        ordered = sorted(alerts, key=lambda a: a.severity.rank)
        for line in self._lines:
            self._layout.removeWidget(line)
            line.deleteLater()
        self._lines = []
        for position, alert in enumerate(ordered):
            line = AlertLineWidget(alert, self, desk=self.desk)
            self._layout.insertWidget(position, line)
            self._lines.append(line)
        self._alerts = list(ordered)
        self._show_lines(expanded=False)
        self.setVisible(bool(ordered))

    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def alert_ids(self) -> list[str]:
        return [a.id for a in self._alerts]

    def lines(self) -> list[AlertLineWidget]:
        return list(self._lines)

    def _show_lines(self, *, expanded: bool) -> None:
        hidden = 0 if expanded else max(0, len(self._lines) - SHOWN_AT_FIRST)
        for position, line in enumerate(self._lines):
            line.setVisible(expanded or position < SHOWN_AT_FIRST)
        self.more_button.setVisible(hidden > 0)
        self.more_button.setText(translate("AlertsBanner", "Show %n more alerts", None, hidden))

    def _on_more_button_clicked(self) -> None:
        self._show_lines(expanded=True)
