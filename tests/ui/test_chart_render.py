"""render_chart draws offscreen; `acudesk chart` (run by acudesk.app, which owns the Qt
drawing) writes a session's chart as a PNG."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor, QImage

from acudesk.app import main
from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.clients import ClientInput
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.points import Side
from acudesk.domain.treatment import PreCheck
from acudesk.services.catalog import point_catalog
from acudesk.services.sessions import SessionService
from acudesk.ui.chart import palette
from acudesk.ui.chart.render import render_chart
from tests.conftest import ADMIN_PASSWORD

PNG = b"\x89PNG\r\n\x1a\nsig"


def _chart() -> ChartDocument:
    doc = ChartDocument()
    catalog = point_catalog()
    st6 = catalog.point("ST6")
    x, y = catalog.position(st6, "face-front", Side.RIGHT)
    doc.add(Placement("n1", PlacementKind.NEEDLE, "face-front", x, y, "ST6", Side.RIGHT))
    doc.add(Placement("b1", PlacementKind.BRUISE, "body-front", 0.45, 0.5))
    return doc


def _is_needle_colour(colour: QColor) -> bool:
    needle = palette.NEEDLE
    return (
        abs(colour.red() - needle.red()) < 40
        and abs(colour.green() - needle.green()) < 40
        and abs(colour.blue() - needle.blue()) < 40
    )


def test_render_has_the_width_asked_and_draws_the_needle(qapp):
    doc = _chart()
    image = render_chart(doc, point_catalog(), "face-front", 800)
    assert isinstance(image, QImage)
    assert (image.width(), image.height()) == (800, round(800 * 760 / 600))
    needle = doc.get("n1")
    at = image.pixelColor(round(needle.x * 800), round(needle.y * image.height()))
    assert _is_needle_colour(at)
    bare = render_chart(ChartDocument(), point_catalog(), "face-front", 800, show_points=False)
    same_spot = bare.pixelColor(round(needle.x * 800), round(needle.y * image.height()))
    assert not _is_needle_colour(same_spot)


def test_render_of_the_left_profile_mirrors_the_needle(qapp):
    catalog = point_catalog()
    doc = ChartDocument()
    x, y = catalog.position(catalog.point("ST6"), "face-profile", Side.LEFT)
    doc.add(Placement("l", PlacementKind.NEEDLE, "face-profile", x, y, "ST6", Side.LEFT))
    image = render_chart(doc, catalog, "face-profile", 600)
    assert _is_needle_colour(image.pixelColor(round((1 - x) * 600), round(y * 760)))


def test_acudesk_chart_writes_the_chart_of_a_session_as_png(
    qapp, tmp_path, sqlite_path, services, admin, monkeypatch, capsys
):
    # qapp first: the export would otherwise make a bare QGuiApplication, and the widget
    # tests that happen to run after it in this process could not make their windows.
    client = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 20), consent=Consent(True, False, date(2026, 11, 20), PNG)
        ),
        based_on=None,
    )
    chart = _chart()
    chart.add(Placement(new_id(), PlacementKind.NEEDLE, "face-front", 0.5, 0.1, "GV20"))
    room = SessionService(services.db, services.clock)
    opened = room.start(admin, client.id)
    checked = PreCheck(True, True, opened.data.precheck.intake_id)  # needles after the check
    session = room.save(admin, opened, replace(opened.data, precheck=checked), chart.to_list())
    out = tmp_path / "chart.png"
    monkeypatch.setenv("ACUDESK_PASSWORD", ADMIN_PASSWORD)
    argv = ["--database", str(sqlite_path), "chart", str(session.id), "-o", str(out)]
    code = main([*argv, "--user", "owner", "--width", "640"], clock=services.clock)
    assert code == 0, capsys.readouterr().err
    assert "face-front" in capsys.readouterr().out  # the busiest diagram by default
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, round(640 * 760 / 600))
    capsys.readouterr()
    assert (
        main([*argv, "--user", "owner", "--width", "10"], clock=services.clock) == 1
    )  # a message, no traceback
    assert capsys.readouterr().err == "acudesk: The width is 64 to 8000 pixels.\n"
