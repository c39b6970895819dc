"""The screening alerts on a client's header: one compact line per alert, by severity.

Each line shows a severity chip and the message; "What to do" opens the advice under it
(it is also the line's tooltip). The banner hides itself when there is nothing to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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

# Severity colours belong to this widget (like a chart's ink), keyed on a ``severity``
# property so a line's look follows its data; the theme's error red is the "block" ink.
_SHADES = {
    Severity.BLOCK: ("#fcebea", "#efb8b3", ERROR),
    Severity.CAUTION: ("#fdf3e1", "#eccf96", "#9a5b00"),
    Severity.INFO: ("#e9f1fa", "#bcd2ec", "#2a5f9e"),
}
STYLE_SHEET = "\n".join(
    f"""
QFrame[severity="{sev.value}"] {{ background: {bg}; border: 1px solid {border};
    border-radius: 8px; }}
QFrame[severity="{sev.value}"] QLabel {{ background: transparent; border: none; }}
QFrame[severity="{sev.value}"] QLabel[chip="{sev.value}"] {{ background: {ink}; color: white;
    border-radius: 4px; padding: 2px 7px; font-size: 8pt; font-weight: 700; letter-spacing: 1px; }}
QFrame[severity="{sev.value}"] QPushButton {{ background: transparent; border: none;
    color: {ink}; padding: 2px 4px; min-width: 0; text-decoration: underline; }}"""
    for sev, (bg, border, ink) in _SHADES.items()
)


def _chip_texts() -> list[str]:
    return [translate("AlertsBanner", text) for text in CHIP_TEXT.values()]


class AlertLineWidget(QFrame):
    """One alert: chip, message, and its advice shown on demand."""

    def __init__(self, alert: Alert, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setProperty("severity", alert.severity.value)
        severity = translate("AlertsBanner", SEVERITY_NAMES[alert.severity])
        self.setAccessibleName(
            translate("AlertsBanner", "{severity}: {message}").format(
                severity=severity, message=alert.message
            )
        )
        self.setAccessibleDescription(alert.action)
        self.setToolTip(
            translate("AlertsBanner", "What to do: {action}").format(action=alert.action)
        )
        chip = QLabel(translate("AlertsBanner", CHIP_TEXT[alert.severity]))
        chip.setProperty("chip", alert.severity.value)
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        widest = max(chip.fontMetrics().horizontalAdvance(t) for t in _chip_texts())
        chip.setFixedWidth(widest + 30)
        self.message_label = QLabel(alert.message)
        self.message_label.setWordWrap(True)
        self.toggle_button = QPushButton(translate("AlertsBanner", "What to do"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle_button.setAccessibleName(
            translate("AlertsBanner", "What to do: {message}").format(message=alert.message)
        )
        self.action_label = QLabel(alert.action)
        self.action_label.setWordWrap(True)
        self.action_label.setVisible(False)
        self.action_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message_label, 1)
        top.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(4)
        layout.addLayout(top)
        indent = QHBoxLayout()
        indent.addSpacing(chip.width() + 10)
        indent.addWidget(self.action_label, 1)
        layout.addLayout(indent)
        self.toggle_button.toggled.connect(self._on_toggle_button_toggled)

    def _on_toggle_button_toggled(self, checked: bool) -> None:
        self.action_label.setVisible(checked)
        self.toggle_button.setText(
            translate("AlertsBanner", "Hide")
            if checked
            else translate("AlertsBanner", "What to do")
        )


class AlertsBanner(QFrame):
    """Shows a client's screening alerts, most severe first; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            line = AlertLineWidget(alert, self)
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
