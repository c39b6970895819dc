"""The point catalogue browser: search, details, and showing the point on its chart."""

from __future__ import annotations

from acudesk.services.catalog import point_catalog
from acudesk.ui.chart.browser import PointBrowserWidget
from acudesk.ui.chart.point_catalogue_screen import PointCatalogueScreen
from tests.ui.chart_support import make_editor
from tests.ui.widgets import named


def test_search_by_code_pinyin_and_english_name(qtbot):
    browser = PointBrowserWidget(point_catalog())
    qtbot.addWidget(browser)
    search = named(browser, "Search points")
    for text, expected in (("st6", "ST6"), ("jiache", "ST6"), ("Hundred Meetings", "GV20")):
        search.clear()
        qtbot.keyClicks(search, text)
        assert browser.codes_shown()[0] == expected


def test_selecting_a_result_shows_details_and_says_which_point(qtbot):
    browser = PointBrowserWidget(point_catalog())
    qtbot.addWidget(browser)
    qtbot.keyClicks(named(browser, "Search points"), "SP6")
    with qtbot.waitSignal(browser.point_selected) as selected:
        browser.results.setCurrentRow(0)
    assert selected.args == ["SP6"]
    details = named(browser, "Point details").text()
    assert "Sanyinjiao" in details and "Traditionally avoided in pregnancy" in details


def test_no_match_says_so(qtbot):
    browser = PointBrowserWidget(point_catalog())
    qtbot.addWidget(browser)
    qtbot.keyClicks(named(browser, "Search points"), "zzzz")
    assert browser.codes_shown() == []
    assert "No point matches" in named(browser, "Point details").text()


def test_editor_points_tab_switches_to_a_diagram_showing_the_point(qtbot):
    editor = make_editor(qtbot, "face-front")
    editor.browser.select("LI4")
    assert editor.scene.diagram_id in ("body-front", "body-back")
    assert editor.view.zoom() > 1.2  # centred and zoomed in on it


def test_catalogue_screen_shows_the_selected_point(qtbot):
    screen = PointCatalogueScreen(point_catalog())
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    screen.browser.select("BL23")
    assert screen.scene.diagram_id == "body-back"
    assert screen.scene.point_item("BL23") is not None


def test_main_window_has_a_point_catalogue_for_everyone(qtbot, services, admin, make_user, relay):
    from acudesk.domain.users import Role
    from acudesk.ui.shell.main_window import MainWindow

    user = make_user("rita", Role.RECEPTION)
    window = MainWindow(services, user, relay)
    qtbot.addWidget(window)
    assert isinstance(window.show_screen("Point catalogue"), PointCatalogueScreen)
