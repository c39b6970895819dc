"""Client list headers recognised by meaning: five languages, accents, case, punctuation and
the words that only say whose the column is; and the person's own column choices on top."""

from __future__ import annotations

import pytest

from acudesk.domain.csv_format import (
    FIELD_LABELS,
    CsvFormatError,
    apply_column_choices,
    guess_mapping,
)
from acudesk.domain.csv_headers import fold_header, header_table, parse_header_table

MEANINGS = {
    "Patient first name": "first_name",
    "Client Surname": "last_name",
    "Patient's phone": "phone",
    "PATIENT": "full_name",
    "Cognome": "last_name",
    "Nome del paziente": "first_name",
    "Data di nascita": "date_of_birth",
    "Cellulare": "phone",
    "Apellido": "last_name",
    "Apellidos": "last_name",
    "Fecha de nacimiento": "date_of_birth",
    "Teléfono móvil": "phone",
    "Correo electrónico": "email",
    "Nom de famille": "last_name",
    "Prénom": "first_name",
    "Téléphone": "phone",
    "Date de naissance": "date_of_birth",
    "Médecin traitant": "physician",
    "Nachname": "last_name",
    "Vorname": "first_name",
    "Geburtsdatum": "date_of_birth",
    "E-Mail-Adresse": "email",
    "Straße": "address",
    "Geschlecht": "gender",
    "D.O.B.": "date_of_birth",
    "  first_NAME  ": "first_name",
}


@pytest.mark.parametrize(("header", "field"), MEANINGS.items())
def test_a_header_is_read_by_what_it_means(header, field):
    assert guess_mapping([header]) == {0: field}


def test_unknown_headers_stay_unmapped_and_the_first_column_of_a_field_wins():
    assert guess_mapping(["Colonna A", "Client", "Client ID"]) == {1: "full_name"}
    assert guess_mapping(["Cognome", "Nachname"]) == {0: "last_name"}


def test_folding_drops_accents_case_and_punctuation():
    assert fold_header("Nº de Téléphone") == "no de telephone"
    assert fold_header("Straße") == "strasse"


def test_the_shipped_table_is_checked_when_read():
    assert header_table().field_for("cognome") == "last_name"
    fields = tuple(FIELD_LABELS)
    with pytest.raises(ValueError, match="format"):
        parse_header_table({"format": "other", "fields": {}}, fields)
    with pytest.raises(ValueError, match="unknown field"):
        parse_header_table({"format": "acudesk-client-headers/1", "fields": {"x": []}}, fields)
    with pytest.raises(ValueError, match="two fields"):
        parse_header_table(
            {
                "format": "acudesk-client-headers/1",
                "fields": {"first_name": ["Nome"], "last_name": ["nome"]},
            },
            fields,
        )


def test_column_choices_go_on_top_of_the_guess():
    headers = ["Nome", "Tel. casa", "Cellulare", "Extra"]
    guessed = guess_mapping(headers)
    assert guessed == {0: "first_name", 2: "phone"}
    chosen = apply_column_choices(
        headers, guessed, {"tel casa": "phone", "Extra": "Notes", "nome": "full name"}
    )
    assert chosen == {0: "full_name", 1: "phone", 3: "notes"}  # one column per field
    assert apply_column_choices(headers, guessed, {"Cellulare": "ignore"}) == {0: "first_name"}
    with pytest.raises(CsvFormatError, match="no column called “Fax”"):
        apply_column_choices(headers, guessed, {"Fax": "phone"})
    with pytest.raises(CsvFormatError, match="“shoe size” is not a client field"):
        apply_column_choices(headers, guessed, {"Extra": "shoe size"})
