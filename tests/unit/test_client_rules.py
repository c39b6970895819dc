from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acudesk.domain.clients import (
    ClientInput,
    ClientRules,
    changed_fields,
    client_keys,
    search_key,
    search_terms,
    validate_client,
)
from acudesk.domain.dates import DateOrder, DateParseError, parse_date

RULES = ClientRules("GB", DateOrder.DAY_FIRST, date(2026, 11, 23))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985-03-12", date(1985, 3, 12)),
        ("12/03/1985", date(1985, 3, 12)),
        ("12.3.1985", date(1985, 3, 12)),
        ("12-03-85", date(1985, 3, 12)),
        ("19850312", date(1985, 3, 12)),
        ("1/2/05", date(2005, 2, 1)),
    ],
)
def test_dates_day_first(text, expected):
    assert parse_date(text, today=RULES.today) == expected


def test_dates_month_first():
    assert parse_date("03/12/1985", DateOrder.MONTH_FIRST, today=RULES.today) == date(1985, 3, 12)


@pytest.mark.parametrize("text", ["31/02/1990", "yesterday", "12/13/1990", "", "1/2"])
def test_bad_dates(text):
    with pytest.raises(DateParseError):
        parse_date(text, today=RULES.today)


def test_valid_client_is_normalised():
    data, errors = validate_client(
        ClientInput(
            first_name="  Zoë ",
            last_name="Ní  Bhriain",
            date_of_birth="29/02/1980",
            phone="020 7946 0123",
            email="Zoe@Example.COM",
        ),
        RULES,
    )
    assert errors == {}
    assert (data.first_name, data.last_name) == ("Zoë", "Ní Bhriain")
    assert data.date_of_birth == date(1980, 2, 29)
    assert data.phone == "+44 20 7946 0123"
    assert data.email == "Zoe@example.com"


def test_names_in_any_script():
    for first, last in [
        ("Ελένη", "Παπαδοπούλου"),
        ("Наталья", "Петрова"),
        ("美咲", "中村"),
        ("فاطمة", "حداد"),
    ]:
        _, errors = validate_client(ClientInput(first_name=first, last_name=last), RULES)
        assert errors == {}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date_of_birth", "01/01/2030", "in the future"),
        ("date_of_birth", "01/01/1890", "more than 120 years"),
        ("date_of_birth", "32/01/1990", "not a real date"),
        ("phone", "12345", "does not exist"),
        ("phone", "call me", "not a phone number"),
        ("email", "anna@", "not valid"),
        ("language", "fr", "Handouts are available in"),
    ],
)
def test_field_messages(field, value, message):
    _, errors = validate_client(ClientInput(first_name="Anna", **{field: value}), RULES)
    assert message in errors[field]


def test_a_name_is_required():
    _, errors = validate_client(ClientInput(), RULES)
    assert errors == {"first_name": "Enter the client's name."}


def test_italian_number_from_abroad():
    data, errors = validate_client(
        ClientInput(first_name="Giulia", phone="+39 06 6988 0000"), RULES
    )
    assert errors == {} and data.phone.startswith("+39 06")


def test_search_terms_fold_accents_dates_and_phones():
    assert search_terms("ZOË  mül", RULES) == ["zoe", "mul"]
    assert search_terms("12/03/1985", RULES) == ["1985-03-12"]
    assert search_terms("(020) 7946-0123", RULES) == ["02079460123"]
    assert search_terms("+44 20 7946", RULES) == ["44207946"]
    assert search_terms("0044 20 7946 0001", RULES) == ["442079460001"]
    assert search_terms("0001", RULES) == ["0001"]  # a fragment, not the prefix 00
    assert search_terms("00123", RULES) == ["00123"]


def test_search_key_holds_every_way_in():
    data, _ = validate_client(
        ClientInput(
            first_name="Zoë",
            last_name="Rossi",
            phone="020 7946 0123",
            email="z@example.com",
            date_of_birth="1980-02-29",
        ),
        RULES,
    )
    key = search_key(data, "GB")
    for term in ("zoe", "rossi", "z@example.com", "442079460123", "02079460123", "1980-02-29"):
        assert term in key


def test_changed_fields_names_what_differs():
    a, _ = validate_client(ClientInput(first_name="Anna", phone="020 7946 0123"), RULES)
    b, _ = validate_client(ClientInput(first_name="Anna", phone="020 7946 0999", notes="x"), RULES)
    assert changed_fields(a, b) == ["phone", "notes"]


@settings(max_examples=300, deadline=None)
@given(
    st.builds(
        ClientInput,
        first_name=st.text(max_size=300),
        last_name=st.text(max_size=50),
        date_of_birth=st.text(max_size=30),
        phone=st.text(max_size=50),
        email=st.text(max_size=300),
        notes=st.text(max_size=2000),
        language=st.text(max_size=5),
    )
)
def test_validator_never_crashes_on_random_text(value):
    data, errors = validate_client(value, RULES)
    assert isinstance(errors, dict)
    assert len(data.first_name) <= 1000 and len(data.notes) <= 10_000
    assert all(isinstance(v, str) and v for v in errors.values())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_search_terms_never_crash(text):
    terms = search_terms(text, RULES)
    assert len(terms) <= 8


def test_age_on_counts_whole_years():
    from acudesk.domain.clients import age_on

    assert age_on(date(1980, 2, 29), date(2026, 2, 28)) == 45
    assert age_on(date(1980, 2, 29), date(2026, 3, 1)) == 46
    assert age_on(None, date(2026, 1, 1)) is None


def test_a_number_given_on_many_lines_is_the_same_client_data_each_time():
    """Checking a number is memoised; what each client gets from it is not shortened."""
    rows = [ClientInput(first_name=n, phone=" 020 7946 0456 ") for n in ("Kim", "Lee", "Max")]
    for value in rows:
        data, errors = validate_client(value, RULES)
        assert errors == {}
        assert data.phone == "+44 20 7946 0456"
        # Both forms a person may type find the client, on every line, not only the first.
        assert client_keys(data, "GB")["search_key"].split()[-2:] == ["442079460456", "02079460456"]
    for _ in range(2):  # a refusal is said every time (and never remembered as a number)
        _, errors = validate_client(ClientInput(first_name="Ann", phone="020 7946"), RULES)
        assert "does not exist" in errors["phone"]


def test_a_row_with_a_spelled_out_name_parses_its_number_once(monkeypatch):
    """A name that folds to other letters has its keys worked out twice (to check they fit,
    then to store them): the national form is remembered for both, not parsed again."""
    import phonenumbers

    from acudesk.domain.client_rows import check_rows
    from acudesk.domain.csv_format import CsvRow
    from acudesk.domain.phones import _phone_forms

    _phone_forms.cache_clear()  # the number may have been checked by an earlier test
    parsed: list[str] = []
    real_parse = phonenumbers.parse
    monkeypatch.setattr(
        phonenumbers,
        "parse",
        lambda text, *a, **k: parsed.append(text) or real_parse(text, *a, **k),
    )
    row = CsvRow(2, ("Ξανθή", "Παπαδοπούλου", "020 7946 0817"))
    [checked] = check_rows([row], {0: "first_name", 1: "last_name", 2: "phone"}, 3, RULES)
    assert checked.keys is not None and checked.problems == ()
    assert checked.keys["search_key"].split()[-2:] == ["442079460817", "02079460817"]
    assert parsed == ["020 7946 0817"]
