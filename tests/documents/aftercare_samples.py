"""Sample aftercare sheets for the tests, the benchmarks and the screenshots."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from acudesk.documents.aftercare import AftercareSheet
from acudesk.domain.chart import ChartDocument, Placement, PlacementKind
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.handouts import load_handout_template
from acudesk.domain.points import Side
from acudesk.domain.products import Product, ProductCategory
from acudesk.domain.recommendations import Recommendation

CLINIC = ClinicDetails(
    "Lotus Skin & Acupuncture", "12 Linden Row\nBath BA1 2QT", "+44 1225 555 013"
)


def product(pid: int, name: str, brand: str, category: ProductCategory) -> Product:
    return Product(pid, name, brand, category, ("Aqua", "Glycerin"), fragrance_free=True)


PRODUCTS = (
    Recommendation(
        ProductCategory.GENTLE_CLEANSER,
        product(1, "Calm Milk Cleanser", "Verdelune", ProductCategory.GENTLE_CLEANSER),
        "Fragrance-free and non-stripping: cleans without tightening freshly treated skin.",
    ),
    Recommendation(
        ProductCategory.SOOTHING_SERUM,
        product(2, "Centella Recovery Serum", "Maison Aubépine", ProductCategory.SOOTHING_SERUM),
        "Centella and panthenol soothe redness; chosen for your sensitive skin.",
    ),
    Recommendation(
        ProductCategory.MINERAL_SUNSCREEN,
        product(3, "Sheer Zinc SPF 30", "Coastline", ProductCategory.MINERAL_SUNSCREEN),
        "Mineral filters only (zinc oxide): the gentlest sun protection after treatment.",
    ),
    Recommendation(
        ProductCategory.MINERAL_POWDER,
        product(4, "Pure Veil Powder", "Terra Mina", ProductCategory.MINERAL_POWDER),
        "Bismuth-free mineral powder in a shade for Fitzpatrick type III; from tomorrow.",
    ),
)


def sample_chart() -> ChartDocument:
    doc = ChartDocument()
    spots = [
        ("face-front", 0.38, 0.30, 1, Side.RIGHT),
        ("face-front", 0.62, 0.30, 1, Side.LEFT),
        ("face-front", 0.5, 0.25, 3, Side.MIDLINE),
        ("face-front", 0.36, 0.55, 2, Side.RIGHT),
        ("face-front", 0.64, 0.55, 2, Side.LEFT),
        ("face-front", 0.42, 0.66, 1, Side.RIGHT),
        ("face-front", 0.58, 0.66, 1, Side.LEFT),
        ("face-profile", 0.55, 0.45, 1, Side.RIGHT),
        ("face-profile", 0.60, 0.55, 1, Side.RIGHT),
    ]
    for n, (diagram, x, y, needles, side) in enumerate(spots):
        doc.add(Placement(f"n{n}", PlacementKind.NEEDLE, diagram, x, y, side=side, needles=needles))
    doc.update("n3", electro_pair="e1")
    doc.update("n5", electro_pair="e1")
    doc.add(Placement("b1", PlacementKind.BRUISE, "face-front", 0.68, 0.50, side=Side.LEFT))
    doc.add(Placement("r1", PlacementKind.REDNESS, "face-front", 0.45, 0.20))
    doc.add(Placement("m1", PlacementKind.MARK, "face-profile", 0.5, 0.3, side=Side.RIGHT))
    return doc


def sample_sheet(language: str = "en", **changes: object) -> AftercareSheet:
    chart = sample_chart()
    sheet = AftercareSheet(
        clinic=CLINIC,
        logo_png=b"",
        client_name="Zoë Ashworth-Müller",
        language=language,
        session_date=datetime(2026, 11, 24, 10, 30),
        practitioner="Dr Maria Conti",
        areas=("forehead", "cheeks", "jawline"),
        needle_count=chart.needle_count,
        electro=True,
        gua_sha=True,
        chart=chart,
        reactions=("Small bruise: left cheek",),
        products=PRODUCTS,
        next_appointment=datetime(2026, 12, 1, 16, 0),
        template=load_handout_template(language),
    )
    return replace(sheet, **changes)  # type: ignore[arg-type]
