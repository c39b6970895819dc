"""The interface language: Qt translators for acudesk's catalogues and Qt's own, and the locale.

Adding a string to a screen: write ``translate("Context", "English text")`` where it is shown
(the context names the screen, e.g. "ClientsScreen"; a literal, so lupdate can read it; plural
counts as ``translate("Context", "%n clients", None, count)``, positionally), or type it in a
Designer form. Then ``make forms`` adds it to resources/translations/acudesk_it.ts, where it
waits as unfinished until translated (Qt Linguist: ``pyside6-linguist``, or by hand), and
``make forms`` again compiles the .qm. A test fails while a string is missing or unfinished.
Values held in tables are marked with ``QT_TRANSLATE_NOOP("Context", "text")`` and translated
where they are shown. Placeholders are named and filled after translation:
``translate("MainWindow", "Backed up to {path}").format(path=...)``.

English is the source language: its catalogues hold only the singular of counted messages
("%n minute"), so English is installed like any other language.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from acudesk.domain.clients import LANGUAGES as LANGUAGE_NAMES
from acudesk.domain.users import INTERFACE_LANGUAGES, User

SOURCE_LANGUAGE = "en"
_TRANSLATOR_NAME = "acudesk-translator"
# Qt's own catalogues: the buttons of standard dialogs (Yes, Cancel), context menus, pickers.
_QT_CATALOGUES = ("qtbase",)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; ``%n`` in ``text`` becomes ``n`` in its plural form."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def language_name(code: str) -> str:
    """A language as its own speakers write it ("Italiano"), so anyone can find theirs."""
    return LANGUAGE_NAMES.get(code, code)


def system_language() -> str:
    """The computer's language when acudesk speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in INTERFACE_LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    """The interface language installed now (the default locale's language)."""
    code = QLocale().name().split("_")[0]
    return code if code in INTERFACE_LANGUAGES else SOURCE_LANGUAGE


def language_for(user: User | None) -> str:
    """The language a person's screens use: their choice, else the computer's."""
    if user is not None and user.language in INTERFACE_LANGUAGES:
        return user.language
    return system_language()


def locale_for(language: str) -> QLocale:
    """The computer's own locale when it speaks ``language`` (keeps its region), else the
    language's main one."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def translations_dir() -> Path:
    from acudesk.resources import resources_dir

    return resources_dir() / "translations"


def catalogue_files(language: str) -> list[Path]:
    """Every catalogue shipped for ``language``: acudesk's screens, the core's messages, and
    Qt's own when the Qt installation carries it."""
    ours = sorted(translations_dir().glob(f"*_{language}.qm"))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt = [qt_dir / f"{name}_{language}.qm" for name in _QT_CATALOGUES]
    return ours + [path for path in qt if path.exists()]


def install_language(app: QCoreApplication, language: str) -> list[Path]:
    """Make ``language`` the interface language: translators and the default locale.

    Replaces whatever an earlier call installed; returns the catalogues now loaded. Widgets
    built afterwards speak the language; open ones keep their text until rebuilt.
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    QLocale.setDefault(locale_for(language))
    loaded: list[Path] = []
    for path in catalogue_files(language):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(str(path)):
            app.installTranslator(translator)
            loaded.append(path)
        else:
            translator.setParent(None)
    # The core's messages (errors, alerts, labels) come out of the same translators.
    from acudesk.ui.i18n_hook import connect_domain_translations

    connect_domain_translations(language if language != "en" else "")
    return loaded


def installed_catalogues(app: QCoreApplication) -> int:
    """How many translators install_language has put in place."""
    return len(app.findChildren(QTranslator, _TRANSLATOR_NAME))


# How date and date-time fields show their value: the month in words (in the screens'
# language), never a day and a month as two numbers a reader could take either way round.
DATE_EDIT_FORMAT = "d MMM yyyy"
DATE_TIME_EDIT_FORMAT = "ddd d MMM yyyy  HH:mm"


# Dates, times and numbers as the interface language writes them (QLocale's default).
def number_text(value: int) -> str:
    """1,234 in English, 1.234 in Italian."""
    return QLocale().toString(value)


def day_text(value: date) -> str:
    """ "1 Nov 2026" / "1 nov 2026": unambiguous whatever date order the reader is used to."""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_EDIT_FORMAT)


def weekday_text(value: date) -> str:
    """ "Monday" / "Lunedì", capitalised to start a line."""
    name = QLocale().toString(QDate(value.year, value.month, value.day), "dddd")
    return name[:1].upper() + name[1:]


def time_text(value: datetime | time) -> str:
    """ "14:05": the clinic's day runs on a 24-hour clock in every language."""
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate where it is defined (a table, a constant); ``translate``
    it with the same context where it is shown."""
    return text
