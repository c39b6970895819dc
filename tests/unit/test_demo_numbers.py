"""The demo generator writes its clients' search keys without parsing each number: the national
form it assumes for its UK numbers is the one phonenumbers gives, for every range it uses."""

from __future__ import annotations

import random
from datetime import datetime

import phonenumbers

from acudesk.domain.clients import ClientData, search_key
from acudesk.domain.text import digits_only
from acudesk.services.demo import DEMO_REGION, DRAMA_RANGES, _client_rows, _national_digits


def test_the_national_form_of_every_demo_range():
    for prefix in DRAMA_RANGES:
        for suffix in ("000", "457", "999"):
            number = phonenumbers.parse(prefix + suffix, DEMO_REGION)
            assert phonenumbers.is_valid_number(number), prefix + suffix
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            assert _national_digits(prefix + suffix) == digits_only(national)


def test_demo_rows_carry_the_search_key_the_rules_give():
    rows = list(_client_rows(40, 0, random.Random(7), datetime(2026, 11, 23, 9, 0)))
    for row in rows:
        data = ClientData(
            row["first_name"],
            row["last_name"],
            date_of_birth=row["date_of_birth"],
            phone=row["phone"],
            email=row["email"],
        )
        assert row["search_key"] == search_key(data, DEMO_REGION)  # parsed here, not there
