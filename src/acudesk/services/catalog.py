"""The shipped point catalogue and its diagrams, read once and checked before use."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from acudesk.domain.points import CatalogError, PointCatalog, check_catalog, parse_catalog
from acudesk.resources import resource


def load_catalog(path: Path) -> PointCatalog:
    """Read, parse and check a catalogue file; CatalogError lists every problem found."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(f"acudesk cannot read its point catalogue {path.name}: {exc}") from exc
    catalog = parse_catalog(raw)
    problems = check_catalog(catalog)
    if problems:
        listed = "\n".join(f"- {problem}" for problem in problems)
        raise CatalogError(f"the point catalogue {path.name} has problems:\n{listed}")
    return catalog


@cache
def point_catalog() -> PointCatalog:
    """The catalogue shipped in resources/catalog/points.json."""
    return load_catalog(resource("catalog", "points.json"))


def diagram_path(diagram_id: str) -> Path:
    """The SVG file of a diagram named in the catalogue."""
    catalog = point_catalog()
    if diagram_id not in catalog.diagrams:
        raise KeyError(f"no diagram {diagram_id!r} in the point catalogue")
    return resource("diagrams", catalog.diagrams[diagram_id].file)
