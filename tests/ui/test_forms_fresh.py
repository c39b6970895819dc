"""The committed ui_<name>.py files are what `make forms` would write from forms/*.ui today."""

from __future__ import annotations

import pytest

from acudesk.ui.forms import build

UI_FILES = build.ui_files()


def test_every_form_has_a_generated_module():
    missing = [f.name for f in UI_FILES if not build.output_path(f).exists()]
    assert missing == [], f"run 'make forms': no generated module for {missing}"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[f.stem for f in UI_FILES])
def test_generated_module_is_fresh(ui_file):
    committed = build.output_path(ui_file).read_text(encoding="utf-8")
    assert committed == build.generate(ui_file), f"{ui_file.name} changed: run 'make forms'"


def test_generated_text_is_headed_and_has_no_version_line():
    text = build.generate(next(f for f in UI_FILES if f.stem == "login_dialog"))
    assert text.startswith("# Generated from forms/login_dialog.ui by 'make forms'. Do not edit.\n")
    assert "Created by" not in text
    assert "def setupUi(self, LoginDialog) -> None:" in text
