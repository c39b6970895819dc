"""Qt's translator for the core's messages, installed behind the domain's hook for a test."""

from __future__ import annotations

from collections.abc import Iterator

from acudesk.ui.forms import catalogues

MESSAGES = next(c for c in catalogues.CATALOGUES if c.name == "messages")


def messages_in(qapp, language: str) -> Iterator[None]:
    """Install messages_<language>.qm and point the hook at Qt; undo both afterwards."""
    from PySide6.QtCore import QTranslator

    from acudesk.ui.i18n_hook import connect_domain_translations, disconnect_domain_translations

    translator = QTranslator()
    assert translator.load(str(catalogues.qm_path(MESSAGES, language)))
    assert qapp.installTranslator(translator)
    connect_domain_translations(language)
    try:
        yield
    finally:
        disconnect_domain_translations()
        qapp.removeTranslator(translator)
