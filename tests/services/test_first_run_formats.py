"""The first run's country and formats: stored as settings with the clinic, on both databases."""

from __future__ import annotations

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.dates import DateOrder
from acudesk.domain.settings import ClinicFormats, suggested_formats
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services

PASSWORD = "lotus-blossom-7"


def test_set_up_stores_country_dates_paper_and_language(any_db, clock):
    services = build_services(any_db, clock)
    heard = []
    services.bus.subscribe(heard.append)
    services.clinic.set_up(
        ClinicDetails("Clínica Sauce"),
        NewUser("olivia", "Olivia", Role.ADMIN, PASSWORD, "it"),
        ClinicFormats("us", DateOrder.MONTH_FIRST, "Letter", "it"),
    )
    settings = services.settings.current()
    assert (settings.phone_region, settings.date_order) == ("US", DateOrder.MONTH_FIRST)
    assert services.settings.handouts().page_size == "Letter"
    assert services.settings.clinic_language() == "it"
    assert heard[-1].touches_settings("date_order", "page_size")


def test_without_formats_the_defaults_hold_and_nothing_is_stored(any_db, clock):
    services = build_services(any_db, clock)
    services.clinic.set_up(ClinicDetails("Willow"), NewUser("olivia", "O", Role.ADMIN, PASSWORD))
    assert services.settings.current().phone_region == "GB"
    assert services.settings.clinic_language() is None


def test_the_suggested_formats_follow_the_country():
    assert suggested_formats("US") == (DateOrder.MONTH_FIRST, "Letter")
    assert suggested_formats("ca") == (DateOrder.DAY_FIRST, "Letter")
    assert suggested_formats("IT") == (DateOrder.DAY_FIRST, "A4")
