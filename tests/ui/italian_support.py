"""Reading every text a person sees on a window, and telling English left on an Italian screen.

English is recognised two ways: a text (or a piece of it between " · ", new lines and
colons) that is an English source of the catalogues whose Italian differs, with its
placeholders and counts filled in; or a text holding a word that only English has. Data
(client and clinic names, point codes and the catalogue's English point names) is not
walked: the tests leave out the widgets that show it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from html import unescape
from xml.etree import ElementTree

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from acudesk.ui.forms import catalogues

# Words no Italian sentence of these screens holds (case-sensitive, whole words).
ENGLISH_ONLY = frozenset(
    {
        "the",
        "and",
        "with",
        "your",
        "for",
        "from",
        "this",
        "that",
        "what",
        "when",
        "where",
        "which",
        "who",
        "Save",
        "Cancel",
        "Close",
        "Remove",
        "Search",
        "Print",
        "Session",
        "Sessions",
        "Client",
        "Clients",
        "Intake",
        "Needle",
        "Needles",
        "needles",
        "needle",
        "Settings",
        "Users",
        "Products",
        "Sign",
        "Next",
        "Back",
        "Apply",
        "Open",
        "Edit",
        "Help",
        "Add",
        "New",
        "Show",
        "Hide",
        "Name",
        "Phone",
        "Date",
        "Yes",
        "Choose",
        "Enter",
        "Click",
        "Press",
        "Today",
        "today",
        "Every",
        "every",
        "There",
        "here",
        "Leave",
        "Keep",
        "Delete",
        "Discard",
        "Reason",
        "Skin",
        "skin",
        "Health",
        "Consent",
        "Notes",
        "Treatment",
        "Point",
        "Points",
        "Handout",
        "Handouts",
        "Alert",
        "Alerts",
        "Procedure",
        "Procedures",
        "Bruise",
        "Redness",
        "Bleeding",
        "Mark",
        "Undo",
        "Redo",
        "Fit",
        "Page",
    }
)
_TAGS = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PIECES = re.compile(r"\s+·\s+|\n|:\s+|;\s+")


def clean(text: str) -> str:
    """What a person reads: no markup, no mnemonic ampersands, spaces folded."""
    text = unescape(_TAGS.sub(" ", text.replace("<br>", "\n"))).replace("&&", "\0")
    text = text.replace("&", "").replace("\0", "&")
    return "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()


def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\}|%L?n)", clean(source))
    regex = "".join(
        ".+" if p.startswith("{") else r"\d[\d.,]*" if p.startswith("%") else re.escape(p)
        for p in parts
    )
    return re.compile(regex, re.S)


def _messages() -> list[tuple[str, list[str]]]:
    """(source, its Italian texts) for every message of the Italian catalogues."""
    found = []
    for catalogue in catalogues.CATALOGUES:
        path = catalogues.ts_path(catalogue, "it")
        for message in ElementTree.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            texts = [] if translation is None else [t.text or "" for t in translation.iter()]
            found.append((message.findtext("source") or "", [t for t in texts if t.strip()]))
    return found


@cache
def english_sources() -> tuple[re.Pattern[str], ...]:
    """Every Italian catalogue's sources whose translation is not the same text."""
    return tuple(
        _pattern(source)
        for source, texts in _messages()
        if clean(source) and _WORD.search(source) and all(clean(t) != clean(source) for t in texts)
    )


@cache
def italian_texts() -> frozenset[str]:
    """The Italian of every message: a word both languages write ("Note") is Italian here."""
    return frozenset(clean(t) for _source, texts in _messages() for t in texts)


def english_in(text: str) -> str:
    """Why ``text`` reads as English ("" when it does not)."""
    text = clean(text)
    if not text:
        return ""
    for piece in [text, *(p.strip(" .,()") for p in _PIECES.split(text))]:
        if not piece or piece in italian_texts():
            continue
        if any(p.fullmatch(piece) for p in english_sources()):
            return f"English source text {piece!r}"
    words = set(_WORD.findall(text)) & ENGLISH_ONLY
    return f"English words {sorted(words)}" if words else ""


def _header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a model that keeps columnCount to itself (a list model)
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def visible_texts(window: QWidget, skip: Iterable[QWidget] = ()) -> list[tuple[str, str]]:
    """(where, text) for every text shown on ``window`` and its visible children."""
    skipped = list(skip)

    def hidden(widget: QWidget) -> bool:
        return not widget.isVisibleTo(window) or any(
            s is widget or s.isAncestorOf(widget) for s in skipped
        )

    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                found += [("menu", t) for t in _menu_texts(action.menu())]
    if isinstance(window, QWizard):
        page = window.currentPage()
        if page is not None:
            found += [("wizard page", page.title()), ("wizard page", page.subTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and hidden(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts.append(widget.placeholderText())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            texts += _header_texts(widget)
        found += [(where, t) for t in texts if t]
    return found


def english_left(window: QWidget, skip: Iterable[QWidget] = ()) -> list[str]:
    """Each text on ``window`` that reads as English, and why; empty when all is Italian."""
    return [
        f"{where}: {text!r} ({why})"
        for where, text in visible_texts(window, skip)
        if (why := english_in(text))
    ]
