"""Point the domain's translation hook at Qt, so that the messages rules and services make
(errors, alerts, labels) come out of the installed messages_<lang>.qm catalogue.

The language installer calls ``connect_domain_translations()`` once it has installed the
translators; nothing else in the UI needs to know the hook exists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acudesk.domain import i18n


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def connect_domain_translations(language: str = "") -> None:
    """From now on ``acudesk.domain.i18n.translate`` asks the application's translators
    (``language``: theirs, so that worker processes install the same catalogue)."""
    i18n.set_translator(_qt_translate, language)


def disconnect_domain_translations() -> None:
    """Back to the English sources (as the CLI speaks)."""
    i18n.set_translator(None)
