"""The committed catalogues are what `make forms` would write today, and finished.

Each .ts holds exactly the strings its sources hold now (lupdate into a copy changes nothing:
no string missing, none left over), every message is translated, and each .qm is what
lrelease makes of its .ts.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

from acudesk.ui.forms import catalogues
from acudesk.ui.forms.build import ui_files

PAIRS = [(c, lang) for c in catalogues.CATALOGUES for lang in catalogues.LANGUAGES]
IDS = [f"{c.name}_{lang}" for c, lang in PAIRS]


@pytest.mark.parametrize(("catalogue", "language"), PAIRS, ids=IDS)
def test_the_ts_file_holds_exactly_the_strings_of_the_sources(catalogue, language, tmp_path):
    committed = catalogues.ts_path(catalogue, language)
    assert committed.exists(), f"run 'make forms': no {committed.name}"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    catalogues.lupdate(catalogue, language, fresh)
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is stale: run 'make forms', then translate what it added"
    )


@pytest.mark.parametrize(("catalogue", "language"), PAIRS, ids=IDS)
def test_every_message_is_translated(catalogue, language):
    waiting = catalogues.unfinished_sources(catalogues.ts_path(catalogue, language))
    assert waiting == [], f"{len(waiting)} strings to translate, e.g. {waiting[:5]}"


@pytest.mark.parametrize(("catalogue", "language"), PAIRS, ids=IDS)
def test_the_qm_file_is_what_lrelease_makes_of_the_ts(catalogue, language, tmp_path):
    committed = catalogues.qm_path(catalogue, language)
    assert committed.exists(), f"run 'make forms': no {committed.name}"
    fresh = tmp_path / committed.name
    catalogues.lrelease(catalogues.ts_path(catalogue, language), fresh)
    assert fresh.read_bytes() == committed.read_bytes(), f"{committed.name} is stale"


def test_plural_messages_have_every_form_and_keep_their_count():
    """Each numerus form is filled; an Italian form that drops the number is a choice only for
    one ("Mostrato il primo"), never for the plural."""
    for catalogue, language in PAIRS:
        root = ElementTree.parse(catalogues.ts_path(catalogue, language)).getroot()
        for message in root.iter("message"):
            if message.get("numerus") != "yes":
                continue
            forms = [f.text or "" for f in message.iter("numerusform")]
            source = message.findtext("source") or ""
            assert len(forms) == 2 and all(forms), (language, source)
            if "%" in source:
                assert "%" in forms[-1], (language, source, forms)


def test_placeholders_survive_translation():
    """Every {name} of the English is in the translation, so .format() fills it (a format
    spec, {limit:,}, may differ: the number is written as the language writes it)."""
    names = re.compile(r"\{(\w+)(?::[^}]*)?\}")
    for catalogue, language in PAIRS:
        root = ElementTree.parse(catalogues.ts_path(catalogue, language)).getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            wanted = set(names.findall(source))
            translation = message.find("translation")
            assert translation is not None
            texts = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in texts:
                assert set(names.findall(text)) == wanted, (language, source, text)


def test_the_sources_are_the_ui_and_the_forms_not_the_generated_modules():
    acudesk = next(c for c in catalogues.CATALOGUES if c.name == "acudesk")
    files = catalogues.source_files(acudesk)
    assert "src/acudesk/ui/shell/main_window.py" in files
    assert "forms/login_dialog.ui" in files
    assert not any(f.startswith("src/acudesk/ui/forms/") for f in files)


def test_style_roles_and_shortcuts_in_forms_are_not_offered_for_translation():
    """A translated role would lose the style sheet's look; a translated shortcut its key."""
    offending = []
    for ui_file in ui_files():
        text = Path(ui_file).read_text(encoding="utf-8")
        pattern = r'<property name="(\w+)"( stdset="0")?>\s*<string>'
        for name, dynamic in re.findall(pattern, text):
            if dynamic or name == "shortcut":
                offending.append(f"{ui_file.name}: {name}")
    assert offending == [], 'mark these <string notr="true">'
