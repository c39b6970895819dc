"""The layer contracts in pyproject.toml name every module of acudesk, or name it as one of the
few exceptions; and the headless commands really run without Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import acudesk

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(acudesk.__file__).resolve().parent

# Outside the "Only ui imports Qt" and "Nothing imports ui" contracts, and nothing else is.
EXCEPTIONS = {
    "acudesk.ui": "the GUI",
    "acudesk.app": "the composition root (builds the windows; draws `acudesk chart` with Qt)",
    "acudesk.__main__": "`python -m acudesk`, which runs acudesk.app",
}


def _contract(name: str) -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (found,) = [c for c in contracts if c["name"] == name]
    return found


def _top_level_modules() -> set[str]:
    names = {
        f"acudesk.{path.stem if path.is_file() else path.name}"
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__")
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    return names


def test_every_module_is_under_the_qt_and_ui_contracts_or_a_named_exception():
    for name in ("Only ui imports Qt", "Nothing imports ui but the composition root"):
        contract = _contract(name)
        covered = set(contract["source_modules"])  # type: ignore[arg-type]
        assert covered | set(EXCEPTIONS) == _top_level_modules(), name
        assert not covered & set(EXCEPTIONS), name
        assert not contract.get("allow_indirect_imports"), f"{name}: indirect imports count"
    assert (
        "acudesk.app"
        in _contract("Nothing imports ui but the composition root")["forbidden_modules"]
    )  # type: ignore[operator]


def test_the_headless_commands_load_no_qt():
    probe = (
        "import sys\n"
        "import acudesk.cli\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith(('acudesk.ui', 'acudesk.app')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
