"""Compile forms/*.ui into ui_<name>.py with pyside6-uic: ``python -m acudesk.ui.forms.build``.

The same step updates the translation catalogues (see catalogues.py): the .ts files from the
sources and the forms, then the .qm files from the .ts.

The output is deterministic (no version or timestamp lines) so that a test can compare the
committed files with what this step would write and fail when one is stale.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

OUTPUT_DIR = Path(__file__).resolve().parent
# Lines uic writes that change with the Qt version or the clock, not with the form.
# uic leaves setupUi/retranslateUi unannotated; "-> None" lets typed screens call them.
_UNTYPED_DEF = re.compile(r"^(    def (?:setupUi|retranslateUi)\(self, \w+\)):$", re.M)
_UNSTABLE = re.compile(
    r"^##\s*(Created by|Created:|by: Qt User Interface Compiler).*\n(##\n)?", re.M
)


def header(ui_file: Path) -> str:
    return f"# Generated from forms/{ui_file.name} by 'make forms'. Do not edit.\n"


def uic_command() -> list[str]:
    """pyside6-uic next to this Python (the venv), else on PATH, else through PySide6 itself."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    launcher = "import sys; from PySide6.scripts.pyside_tool import uic; sys.exit(uic())"
    return [sys.executable, "-c", launcher]


def generate(ui_file: Path) -> str:
    """The text ui_<name>.py should hold for this .ui file."""
    result = subprocess.run(
        [*uic_command(), str(ui_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {ui_file.name}: {result.stderr.strip()}")
    body = _UNSTABLE.sub("", result.stdout)
    body = _UNTYPED_DEF.sub(r"\1 -> None:", body)
    return header(ui_file) + only_used_imports(body)


def only_used_imports(source: str) -> str:
    """uic imports the same long list of Qt names into every form; each name a form does not
    use still costs its first import (PySide6 makes a type when it is first asked for, some
    0.3 ms each at start-up). Each ``from PySide6... import (...)`` keeps the names used."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):  # from the end: earlier line numbers stay right
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        names = [alias.name for alias in node.names if alias.name in used or alias.asname]
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        lines[start:end] = [f"from {node.module} import {', '.join(names)}\n"] if names else []
    return "".join(lines)


def output_path(ui_file: Path) -> Path:
    return OUTPUT_DIR / f"ui_{ui_file.stem}.py"


def ui_files() -> list[Path]:
    from acudesk.resources import forms_dir

    return sorted(forms_dir().glob("*.ui"))


def build() -> list[Path]:
    """Write every ui_<name>.py whose text changed; return the files written."""
    written: list[Path] = []
    for ui_file in ui_files():
        target = output_path(ui_file)
        text = generate(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            written.append(target)
    return written


def main() -> int:
    from acudesk.ui.forms import catalogues

    written = build()
    for path in written:
        print(f"wrote {path.name}")
    if not written:
        print("forms are up to date")
    translated = catalogues.build()
    for path in translated:
        print(f"wrote {path.name}")
    if not translated:
        print("translations are up to date")
    unfinished = catalogues.unfinished()
    for ts_file, count in unfinished.items():
        print(f"{ts_file.name}: {count} strings to translate (Qt Linguist: pyside6-linguist)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
