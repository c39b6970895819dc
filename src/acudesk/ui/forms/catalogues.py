"""Qt Linguist catalogues: lupdate the .ts files from the sources, lrelease them into .qm.

Run by the forms build step (``make forms``). Each catalogue gathers the strings of its own
source folders into resources/translations/<catalogue>_<language>.ts; the committed .qm
next to it is what lrelease makes of that .ts. Both steps are deterministic (no source
locations, messages sorted, vanished strings dropped) so a test can compare the committed
files with a fresh run and fail when either is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Languages the interface is translated into. English is the source text, so its catalogues
# hold only the messages with a count, which need their singular ("%n minute") spelled out.
LANGUAGES = ("en", "it")
PLURAL_ONLY = frozenset({"en"})


@dataclass(frozen=True, slots=True)
class Catalogue:
    """One .ts/.qm pair per language, holding the strings of ``sources`` (repo folders)."""

    name: str
    sources: tuple[str, ...]


CATALOGUES = (
    # The screens: hand-written widgets and the Designer forms (not their generated modules).
    Catalogue("acudesk", ("src/acudesk/ui", "forms")),
    # Messages that come from the Qt-free core: errors, alerts, names, the printed day sheet.
    Catalogue("messages", ("src/acudesk/domain", "src/acudesk/services", "src/acudesk/documents")),
)
_SKIPPED = "src/acudesk/ui/forms"  # ui_*.py repeat the .ui files; build modules hold no text


def repo_root() -> Path:
    from acudesk.resources import forms_dir

    return forms_dir().parent


def translations_dir() -> Path:
    return repo_root() / "resources" / "translations"


def ts_path(catalogue: Catalogue, language: str) -> Path:
    return translations_dir() / f"{catalogue.name}_{language}.ts"


def qm_path(catalogue: Catalogue, language: str) -> Path:
    return ts_path(catalogue, language).with_suffix(".qm")


def source_files(catalogue: Catalogue) -> list[str]:
    """Every .py and .ui file of the catalogue, repo-relative, in a fixed order."""
    root = repo_root()
    files: list[str] = []
    for folder in catalogue.sources:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.suffix in {".py", ".ui"} and not relative.startswith(_SKIPPED):
                files.append(relative)
    return files


def _tool(name: str) -> list[str]:
    """pyside6-<name> next to this Python (the venv), else on PATH, else through PySide6."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return [str(beside)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    launcher = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    return [sys.executable, "-c", launcher]


def _run(command: list[str]) -> None:
    result = subprocess.run(
        command, cwd=repo_root(), capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")


def lupdate(catalogue: Catalogue, language: str, ts_file: Path) -> None:
    """Merge the catalogue's current source strings into ``ts_file`` (created if absent)."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(source_files(catalogue)) + "\n", encoding="utf-8")
        _run(
            [
                *_tool("lupdate"),
                f"@{listing}",
                "-silent",
                "-locations",
                "none",
                "-no-ui-lines",
                "-no-obsolete",
                "-sort-messages",
                *(["-pluralonly"] if language in PLURAL_ONLY else []),
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_file),
            ]
        )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    _run([*_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)])


def build() -> list[Path]:
    """Update every catalogue's .ts and .qm whose content changed; return the files written."""
    translations_dir().mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for catalogue in CATALOGUES:
        for language in LANGUAGES:
            ts_file, qm_file = ts_path(catalogue, language), qm_path(catalogue, language)
            before = ts_file.read_bytes() if ts_file.exists() else None
            lupdate(catalogue, language, ts_file)
            if ts_file.read_bytes() != before:
                written.append(ts_file)
            with tempfile.TemporaryDirectory() as folder:
                fresh = Path(folder) / qm_file.name
                lrelease(ts_file, fresh)
                if not qm_file.exists() or qm_file.read_bytes() != fresh.read_bytes():
                    shutil.copyfile(fresh, qm_file)
                    written.append(qm_file)
    return written


def unfinished_sources(ts_file: Path) -> list[str]:
    """Source texts in ``ts_file`` still waiting for a translation (or marked vanished)."""
    from xml.etree import ElementTree

    waiting = []
    for message in ElementTree.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in {"unfinished", "vanished", "obsolete"}:
            waiting.append(message.findtext("source") or "")
    return waiting


def unfinished() -> dict[Path, int]:
    """How many strings each catalogue still needs translated."""
    counts = {}
    for catalogue in CATALOGUES:
        for language in LANGUAGES:
            ts_file = ts_path(catalogue, language)
            waiting = unfinished_sources(ts_file) if ts_file.exists() else []
            if waiting:
                counts[ts_file] = len(waiting)
    return counts
