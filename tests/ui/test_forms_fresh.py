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


def test_a_form_imports_only_the_qt_names_it_uses():
    source = (
        "from PySide6.QtCore import (QCoreApplication, QDate,\n"
        "    QSize, Qt)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtWidgets import QLabel\n"
        "import os\n"
        "\n"
        "class Ui_X(object):\n"
        "    def setupUi(self, X) -> None:\n"
        "        X.resize(QSize(1, 2))\n"
        "        self.label = QLabel(X)\n"
        "        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft)\n"
        "        QCoreApplication.translate('X', 'x')\n"
    )
    pruned = build.only_used_imports(source)
    assert pruned.splitlines()[:3] == [
        "from PySide6.QtCore import QCoreApplication, QSize, Qt",
        "from PySide6.QtWidgets import QLabel",
        "import os",
    ]
    assert pruned.endswith(source.split("import os\n", 1)[1])
    compile(pruned, "pruned", "exec")


def test_every_generated_form_imports_what_it_uses_and_nothing_more():
    import ast

    for ui_file in UI_FILES:
        tree = ast.parse(build.output_path(ui_file).read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
            for alias in node.names
        }
        used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        assert imported <= used, (ui_file.name, imported - used)
        missing = {n for n in used if n.startswith("Q") and n not in imported}
        assert not missing, (ui_file.name, missing)
