"""The recommendations widget, standalone: picks with reasons, switching a pick, what was
left out, and a client without an intake."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton

from acudesk.domain.clients import ClientInput
from acudesk.domain.intake import IntakeData, SkinAssessment
from acudesk.domain.products import ProductCategory
from acudesk.domain.users import Role
from acudesk.ui.products.recommendations_widget import RecommendationsWidget
from tests.ui.widgets import named


@pytest.fixture
def client(services, admin):
    services.products.ensure_house_catalogue()
    made = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    services.intake.record(
        admin,
        made.id,
        IntakeData(
            taken_on=date(2026, 11, 23),
            allergies=("Nuts",),
            skin=SkinAssessment(fitzpatrick=2, skin_type="sensitive", concerns=("redness",)),
        ),
        based_on=None,
    )
    return made


@pytest.fixture
def widget(qtbot, services, admin, client):
    shown = RecommendationsWidget(services, admin, client.id)
    qtbot.addWidget(shown)
    shown.resize(700, 700)
    shown.show()
    return shown


def test_one_pick_per_category_with_its_reason(widget):
    picks = widget.picks()
    assert [p.category for p in picks] == sorted(
        {p.category for p in picks}, key=list(ProductCategory).index
    )
    foundation = named(widget, "Mineral foundation pick", QComboBox)
    # Made for sensitive skin beats made for every skin type.
    assert foundation.currentText() == "Light Veil Foundation — acudesk House"
    reason = named(widget, "Mineral foundation reason", QLabel).text()
    assert "shades for type II" in reason and "free of bismuth oxychloride" in reason
    for pick in picks:
        assert "Shea" not in " ".join(pick.product.ingredients)
    assert not named(widget, "Recommendations notice").isVisible()


def test_changing_a_pick_changes_its_reason_and_what_picks_returns(qtbot, widget):
    foundation = named(widget, "Mineral foundation pick", QComboBox)
    options = [foundation.itemText(i) for i in range(foundation.count())]
    assert options == [
        "Light Veil Foundation — acudesk House",
        "Pure Mineral Foundation — Mineral Atelier",
    ]  # the bismuth one and the deep shades are not offered
    with qtbot.waitSignal(widget.picks_changed):
        foundation.setCurrentIndex(1)
    chosen = {p.category: p for p in widget.picks()}[ProductCategory.MINERAL_FOUNDATION]
    assert chosen.product.name == "Pure Mineral Foundation"
    assert named(widget, "Mineral foundation reason", QLabel).text() == chosen.reason
    assert "for every skin type" in chosen.reason


def test_what_was_left_out_is_there_for_the_practitioner(qtbot, widget):
    left_out = named(widget, "Left out", QLabel)
    assert not left_out.isVisible()
    button = widget.findChild(QToolButton)
    button.click()
    assert left_out.isVisible()
    assert "Classic Loose Mineral Foundation" in left_out.text()
    assert "bismuth oxychloride" in left_out.text()
    assert "Barrier Comfort Cream" in left_out.text() and "reported: Nuts" in left_out.text()


def test_a_client_without_an_intake_is_warned(qtbot, services, admin):
    services.products.ensure_house_catalogue()
    made = services.clients.create(admin, ClientInput(first_name="Bea", last_name="Neri"))
    shown = RecommendationsWidget(services, admin, made.id)
    qtbot.addWidget(shown)
    shown.show()
    assert "no intake yet" in named(shown, "Recommendations notice").text()
    assert shown.picks()


def test_an_error_is_a_message_not_a_crash(qtbot, services, admin, make_user, client):
    services.users.set_active(admin, make_user("rita", Role.RECEPTION).id, False)
    nobody = next(u for u in services.users.list_users(admin) if u.username == "rita")
    shown = RecommendationsWidget(services, nobody, client.id)
    qtbot.addWidget(shown)
    shown.show()
    assert "deactivated" in named(shown, "Recommendations notice").text()
    assert shown.picks() == []


def test_an_allergy_acudesk_does_not_know_is_shown_and_never_claimed(
    qtbot, services, admin, widget, client
):
    warning = named(widget, "Allergies to check", QLabel)
    assert not warning.isVisible()  # "Nuts" is understood
    latest = services.intake.latest(admin, client.id)
    services.intake.record(
        admin,
        client.id,
        IntakeData(
            taken_on=date(2026, 11, 23),
            allergies=("Nuts", "Xyzzol"),
            skin=latest.data.skin,
        ),
        based_on=latest.id,
    )
    widget.reload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old rows
    assert warning.isVisible()
    assert warning.text() == (
        "'Xyzzol' matches no ingredient acudesk knows: check these products by hand."
    )
    reasons = [named(widget, f"{p.category.label} reason", QLabel).text() for p in widget.picks()]
    assert reasons and all("none of the ingredients you react to" not in r for r in reasons)
    assert all(r.endswith("free of Nuts") for r in reasons)
