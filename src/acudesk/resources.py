"""One resolver for resources/ and forms/: from the repo, an installed wheel, or PyInstaller."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def candidate_roots() -> list[Path]:
    """Where the shipped folders may live, most specific first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder build: datas are copied under _internal/
        roots.append(Path(bundle))
    roots.append(_PACKAGE_DIR / "_data")  # a wheel: force-included beside the package
    roots.append(_PACKAGE_DIR.parent.parent)  # the repo: src/acudesk -> repo root
    return roots


def find_root(kind: str, roots: list[Path]) -> Path:
    for root in roots:
        if (root / kind).is_dir():
            return root / kind
    searched = ", ".join(str(r / kind) for r in roots)
    raise FileNotFoundError(f"acudesk cannot find its {kind} folder (looked in {searched})")


@cache
def resources_dir() -> Path:
    return find_root("resources", candidate_roots())


@cache
def forms_dir() -> Path:
    return find_root("forms", candidate_roots())


def resource(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource("icons", "acudesk.svg")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"acudesk is missing its resource {'/'.join(parts)}")
    return path
