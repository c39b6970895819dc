"""Telling text that does not fit its widget: a label cut off, a button whose words run past
its edges, a table header of half a word.

Each visible label, button, check box, radio button, group box title and table header is
measured with its own font (``QFontMetrics.horizontalAdvance``, line by line) against the room
its widget has (``contentsRect``, a header's section); a word-wrapped label by the height its
text needs at its width. With ``ACUDESK_SHOTS=folder`` in the environment, ``look`` also saves
a picture of each window it checks, for a person to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

LAPTOP = (1366, 768)
DESKTOP = (1920, 1080)
ROOM = (1366, 728)  # a laptop's screen less its task bar: what a window may take
SLACK = 1  # rounding between the metrics and the layout


def _shown(text: str) -> str:
    """What a button or label shows for ``text``: no mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    margin = 2 * label.margin()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        plain = re.sub(r"<[^>]+>", " ", text) if rich else text
        word = max(plain.split(), key=metrics.horizontalAdvance, default="")
        if metrics.horizontalAdvance(word) > rect.width() - margin + SLACK:
            return f"the word {word!r} is wider than the label ({rect.width()} px)"
        return None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        needed = int(doc.idealWidth())
    else:
        needed = _widest(metrics, _shown(text) if label.buddy() else text)
    if needed > rect.width() - margin + SLACK:
        return f"needs {needed} px, has {rect.width() - margin}"
    lines = text.count("\n") + 1 if not rich else 1
    if lines * metrics.height() > rect.height() + SLACK + 2:
        return f"needs {lines * metrics.height()} px of height, has {rect.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _shown(button.text())
    if not text.strip():
        return None
    if isinstance(button, QCheckBox | QRadioButton):
        needed = button.sizeHint().width()
        return f"needs {needed} px, has {button.width()}" if needed > button.width() else None
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            icon = 0
        else:
            icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    else:
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    style = button.style()
    padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) // 2 + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        padding += 14
    needed = button.fontMetrics().horizontalAdvance(text) + icon + padding
    if isinstance(button, QPushButton):  # a style sheet's padding: the button's own measure
        needed = min(needed, button.sizeHint().width())
    if needed > button.width() + SLACK:
        return f"needs {needed} px, has {button.width()}"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    text = _shown(box.title())
    if not text:
        return None
    font = QFont(box.font())
    font.setBold(True)  # the house style's titles; measuring bold errs on the safe side
    needed = QFontMetrics(font).horizontalAdvance(text) + 16 + (20 if box.isCheckable() else 0)
    return f"needs {needed} px, has {box.width()}" if needed > box.width() else None


def _header_problems(header: QHeaderView) -> list[tuple[str, str]]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    found = []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    font = QFont(header.font())
    font.setBold(True)
    bold = QFontMetrics(font)  # Fusion draws the sorted column's title in bold
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        value = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        text = str(value) if value not in (None, "") else ""
        size = header.sectionSize(section)
        if not text:
            continue
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        needed = _widest(bold if sorted_here else metrics, text) + margin
        if sorted_here:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 4
        if header.orientation() == Qt.Orientation.Horizontal and needed > size + SLACK:
            found.append((text, f"column needs {needed} px, has {size}"))
    return found


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # the drop button
    needed = combo.fontMetrics().horizontalAdvance(text) + arrow + 8
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    return f"needs {needed} px, has {combo.width()}" if needed > combo.width() + SLACK else None


def _list_problems(view: QListView) -> list[tuple[str, str]]:
    """Rows of a list whose text is cut (a list elides what its row cannot hold)."""
    model = view.model()
    found: list[tuple[str, str]] = []
    if model is None or view.wordWrap():
        return found
    metrics = view.fontMetrics()
    for row in range(model.rowCount(view.rootIndex())):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        text = index.data(Qt.ItemDataRole.DisplayRole)
        rect = view.visualRect(index)
        if not isinstance(text, str) or not text or rect.width() <= 0:
            continue
        needed = _widest(metrics, text) + 8
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            needed += view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            needed += view.iconSize().width() + 6 if view.iconSize().width() > 0 else 22
        if needed > rect.width() + SLACK:
            found.append((text, f"row needs {needed} px, has {rect.width()}"))
    return found


def clipped(root: QWidget) -> list[str]:
    """Every visible text under ``root`` (itself included) that its widget cuts off."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem: str | None = None
        text = ""
        if isinstance(widget, QLabel):
            text, problem = widget.text(), _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            text, problem = widget.text(), _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            text, problem = widget.title(), _group_problem(widget)
        elif isinstance(widget, QComboBox):
            text, problem = widget.currentText(), _combo_problem(widget)
        elif isinstance(widget, QListView) and not isinstance(widget, QHeaderView):
            for row_text, row_problem in _list_problems(widget):
                found.append(f"list {_name(widget)} {row_text[:80]!r}: {row_problem}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                tab_text = _shown(widget.tabText(index))
                room = widget.tabRect(index).width()
                needed = widget.fontMetrics().horizontalAdvance(tab_text) + 12
                if widget.isTabVisible(index) and room and needed > room + SLACK:
                    found.append(f"tab {tab_text!r} of {_name(widget)}: needs {needed}, has {room}")
        elif isinstance(widget, QToolBar):
            hidden = [
                a.text()
                for a in widget.actions()
                if a.isVisible()
                and not (widget.widgetForAction(a) and widget.widgetForAction(a).isVisible())
            ]
            hidden = [t for t in hidden if t]
            if hidden:
                found.append(f"toolbar {_name(widget)} hides {hidden} behind its » button")
        elif isinstance(widget, QHeaderView):
            for header_text, header_problem in _header_problems(widget):
                found.append(
                    f"{_name(widget.parentWidget() or widget)} header {header_text!r}: "
                    f"{header_problem}"
                )
        if problem:
            found.append(f"{type(widget).__name__} {_name(widget)} {text[:80]!r}: {problem}")
    return found


def settle(widget: QWidget) -> None:
    """Let the layouts finish (a shown layout places new children on the next turn)."""
    for _turn in range(3):
        QApplication.processEvents()
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    QApplication.processEvents()


def shoot(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when ACUDESK_SHOTS names a folder."""
    folder = os.environ.get("ACUDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def fits_room(widget: QWidget) -> str | None:
    """Why ``widget``'s window does not fit a laptop's screen (None when it does)."""
    window = widget.window()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    w, h = ROOM
    if window.width() > w or window.height() > h:
        return f"{_name(window)} opens at {window.width()}x{window.height()}, more than {w}x{h}"
    if least.width() > w or least.height() > h:
        return f"{_name(window)} needs at least {least.width()}x{least.height()}"
    return None
