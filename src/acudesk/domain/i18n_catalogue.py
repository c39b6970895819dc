"""The messages catalogue read without Qt, for processes that have no Qt application.

A worker process that checks rows (``services.parallel``) has no QTranslator; it installs
this one, read from the same messages_<lang>.ts the screens' .qm is built from, so the
problems it words come back in the language of the screens.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from acudesk.domain.i18n import Translator


def ts_translator(path: Path) -> Translator:
    """A translator over the finished entries of the Qt Linguist file ``path``."""
    texts: dict[tuple[str, str], list[str]] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or translation.get("type"):
                continue  # unfinished or obsolete: the English source stays
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts[(name, source)] = forms or [translation.text or ""]

    def translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
        forms = texts.get((context, source))
        if not forms or not any(forms):
            return source
        return forms[0] if n == 1 or len(forms) == 1 else forms[-1]

    return translate
