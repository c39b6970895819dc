"""The look: Fusion, a calm teal-and-sand palette, and a small style sheet keyed on ``role``.

Forms mark widgets with a dynamic ``role`` property (title, subtitle, hint, error, notice,
primary, card, caption, figure, nav) and this sheet styles them, so no screen sets colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

ACCENT = "#2f7d6d"
ACCENT_DARK = "#23695b"
TEXT = "#1f2a2e"
MUTED = "#5d6b70"
WINDOW = "#f5f6f3"
SURFACE = "#ffffff"
BORDER = "#d5dcd8"
ERROR = "#b3261e"
NOTICE = "#1d6b3a"

STYLE_SHEET = f"""
QWidget {{ color: {TEXT}; }}
QLabel[role="title"] {{ font-size: 17pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ color: {MUTED}; font-size: 10.5pt; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="caption"] {{ color: {MUTED}; font-size: 8.5pt; font-weight: 600;
    letter-spacing: 1px; }}
QLabel[role="figure"] {{ color: {ACCENT_DARK}; font-size: 26pt; font-weight: 600; }}
QLabel[role="fieldname"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; padding-bottom: 2px; }}
QLabel[role="notice"] {{ color: {NOTICE}; }}
QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px;
    padding: 10px; }}
QLineEdit, QPlainTextEdit, QComboBox {{ background: {SURFACE}; border: 1px solid {BORDER};
    border-radius: 6px; padding: 5px 8px; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {ERROR}; }}
QPushButton {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;
    padding: 6px 16px; min-width: 64px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #9aa5a8; background: #eef0ee; }}
QPushButton[role="primary"], QPushButton:default {{ background: {ACCENT}; color: white;
    border: 1px solid {ACCENT_DARK}; font-weight: 600; }}
QPushButton[role="primary"]:hover, QPushButton:default:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9cbfb7; border-color: #9cbfb7; }}
QListWidget[role="nav"] {{ background: #e8eeea; border: none; border-right: 1px solid {BORDER};
    padding-top: 12px; outline: 0; }}
QListWidget[role="nav"]::item {{ padding: 10px 18px; margin: 2px 8px; border-radius: 6px; }}
QListWidget[role="nav"]::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget[role="nav"]::item:hover:!selected {{ background: #dbe5df; }}
QTableView, QTableWidget {{ background: {SURFACE}; border: 1px solid {BORDER};
    border-radius: 6px; alternate-background-color: #f3f6f4; selection-background-color: #cfe4dd;
    selection-color: {TEXT}; }}
QTableView::item, QTableWidget::item {{ padding: 4px 8px; }}
QHeaderView::section {{ background: #eef2ef; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 8px; font-weight: 600; }}
QGroupBox {{ border: 1px solid {BORDER}; border-radius: 8px; margin-top: 14px;
    padding: 12px 10px 8px 10px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {MUTED};
    font-weight: 600; }}
QStatusBar {{ background: #eef2ef; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QMenuBar {{ background: {WINDOW}; }}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url("{{chevron}}"); width: 12px; height: 12px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""


def palette() -> QPalette:
    pal = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f3f6f4",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a979b",
        QPalette.ColorRole.Link: ACCENT_DARK,
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    return pal


def app_icon() -> QIcon:
    from acudesk.resources import resource

    return QIcon(str(resource("icons", "acudesk.svg")))


def style_sheet() -> str:
    from acudesk.resources import resource

    chevron = resource("icons", "chevron-down.svg").as_posix()
    return STYLE_SHEET.replace("{chevron}", chevron)


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont(app.font())
    font.setPointSizeF(10.0)
    app.setFont(font)
    app.setStyleSheet(style_sheet())
    app.setWindowIcon(app_icon())


def restyle(widget: QWidget) -> None:
    """Re-apply the sheet after a dynamic property the sheet depends on has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def say(label: QLabel, message: str, *, error: bool = False) -> None:
    """Show ``message`` in a screen's message line (hidden when empty), as an error or not."""
    label.setText(message)
    label.setVisible(bool(message))
    label.setProperty("role", "error" if error else "notice")
    restyle(label)


def fit_bold(button: QPushButton) -> None:
    """Room for a button's text in the bold the sheet gives a default button (a size hint
    taken before it became the default, or by a message box, is too narrow)."""
    font = QFont(button.font())
    font.setWeight(QFont.Weight.DemiBold)
    text = button.text().replace("&", "")
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(text) + 40)
