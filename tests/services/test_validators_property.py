"""Property: whatever a screen, the CLI or a script hands a service (any text, NUL and lone
surrogates included, any number), the service saves it or refuses it with a message; never
a crash, and what it saved reads back as it was checked. On SQLite and PostgreSQL, with the
derandomised profile of tests/conftest.py."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acudesk.domain.clients import ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import AcudeskError
from acudesk.domain.intake import CONDITIONS_BY_ID, Consent, IntakeData, SkinAssessment
from acudesk.domain.products import ProductCategory, ProductInput
from acudesk.domain.screening import ScreeningSettings
from acudesk.domain.treatment import SessionNotes
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from tests.services.handouts_support import PNG, add_client

EXAMPLES = int(os.environ.get("ACUDESK_FUZZ_EXAMPLES", "40"))
ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("aß\x00\ud800 \n\t'%_é田"), max_size=40),
    st.sampled_from(["", " ", "x" * 600, "ß" * 100, "a\x00b", "\ud800"]),
)
NUMBER = st.one_of(st.integers(-10, 600), st.integers(-(2**40), 2**40))


@pytest.fixture
def desk(any_db, clock):
    services = build_services(any_db, clock)
    admin = services.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    client = add_client(services, admin)
    return services, admin, client


def _attempt(save) -> object | None:
    """What the service saved, or None when it refused with a message."""
    try:
        return save()
    except AcudeskError as error:
        assert error.message
        return None


@settings(max_examples=EXAMPLES)
@given(st.lists(ODD_TEXT, min_size=13, max_size=13))
def test_client_details(desk, texts):
    services, admin, _ = desk
    value = ClientInput(*texts)
    saved = _attempt(lambda: services.clients.create(admin, value, allow_duplicate=True))
    if saved is not None:
        assert services.clients.get(admin, saved.id).data == services.clients.check(value)


@settings(max_examples=EXAMPLES)
@given(
    conditions=st.lists(st.sampled_from([*CONDITIONS_BY_ID, "made-up"]), max_size=3),
    items=st.lists(ODD_TEXT, max_size=4),
    goals=ODD_TEXT,
    fitzpatrick=st.one_of(st.none(), NUMBER),
    day=st.dates(date(1900, 1, 1), date(2030, 1, 1)),
)
def test_intake(desk, conditions, items, goals, fitzpatrick, day):
    services, admin, client = desk
    latest = services.intake.latest(admin, client.id)
    data = IntakeData(
        taken_on=day,
        conditions=tuple(conditions),
        medications=tuple(items),
        allergies=tuple(reversed(items)),
        skin=SkinAssessment(fitzpatrick=fitzpatrick, goals=goals),
        consent=Consent(True, False, day, PNG),
    )
    based_on = latest.id if latest else None
    saved = _attempt(lambda: services.intake.record(admin, client.id, data, based_on=based_on))
    if saved is not None:
        stored = {i.id: i.data for i in services.intake.history(admin, client.id)}
        assert stored[saved.id] == saved.data


@settings(max_examples=EXAMPLES)
@given(numbers=st.lists(NUMBER, min_size=5, max_size=5), notes=st.lists(ODD_TEXT, min_size=3))
def test_session(desk, numbers, notes):
    services, admin, client = desk
    left = services.sessions.open_session(admin, client.id)  # one open session a client
    if left is not None:
        services.sessions.cancel(admin, left, "the next example")
    opened = services.sessions.start(admin, client.id)
    course, length, retention, needles_in, needles_out = numbers
    data = replace(
        opened.data,
        course_number=course,
        course_length=length,
        retention_minutes=retention,
        needles_in=needles_in,
        needles_out=needles_out,
        notes=SessionNotes(*notes[:3]),
    )
    saved = _attempt(lambda: services.sessions.save(admin, opened, data, []))
    if saved is not None:
        assert services.sessions.get(admin, opened.id).data == saved.data


@settings(max_examples=EXAMPLES)
@given(
    texts=st.lists(ODD_TEXT, min_size=3, max_size=3),
    ingredients=st.lists(ODD_TEXT, max_size=4),
    shades=st.one_of(st.none(), st.tuples(NUMBER, NUMBER)),
    category=st.sampled_from(list(ProductCategory)),
)
def test_product(desk, texts, ingredients, shades, category):
    services, admin, _ = desk
    name, brand, notes = texts  # the name first: most examples have one
    value = ProductInput(
        name, brand, category, tuple(ingredients), fitzpatrick_range=shades, notes=notes
    )
    saved = _attempt(lambda: services.products.create(admin, value))
    if saved is not None:
        assert services.products.get(admin, saved.id) == saved


@settings(max_examples=EXAMPLES)
@given(
    region=st.one_of(st.sampled_from(["GB", "IT"]), ODD_TEXT),
    consent=ODD_TEXT,
    months=NUMBER,
    wait=NUMBER,
)
def test_settings(desk, region, consent, months, wait):
    services, admin, _ = desk
    loaded = services.settings.current()
    kind = next(iter(loaded.screening.waiting_days), None)
    waits = {kind: wait} if kind is not None else {}
    wanted = replace(
        loaded,
        phone_region=region,
        consent_text=consent,
        screening=ScreeningSettings(waiting_days=waits, review_months=months),
    )
    saved = _attempt(lambda: services.settings.update(admin, wanted))
    if saved is not None:
        assert services.settings.current() == saved
