"""Property: a record file changed anywhere into anything (wrong types, deep nesting,
Infinity, 1e30, huge integers, lone surrogates, NUL, 5 MB of text, rule-breaking values)
is either imported whole or refused with a message naming where; never a crash, never
half imported. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import copy
import itertools
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.record_check import DocumentError, load_document
from acudesk.domain.users import NewUser, Role
from acudesk.services.records import RecordFormatError
from acudesk.services.registry import build_services
from acudesk.store.models import (
    ClientRecord,
    IntakeRecord,
    SessionAmendmentRecord,
    TreatmentSessionRecord,
)
from tests.services.handouts_support import add_client, completed_session

TABLES = (ClientRecord, IntakeRecord, TreatmentSessionRecord, SessionAmendmentRecord)
names = itertools.count(1)


def _deep(levels: int) -> Any:
    value: Any = "bottom"
    for _ in range(levels):
        value = [value]
    return value


ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([-5, 0, 10_000, 2**31, -(2**31) - 1, 1e30, float("inf"), float("nan")]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["\ud800", "a\x00b", "x" * 5_000_000, "2026-13-40", "", "completed"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.sampled_from([60, 5000]).map(_deep),  # a new one each time: later changes go into it
)


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    out = [path]
    if len(path) > 8:  # not into a deep value put there by an earlier change
        return out
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.extend(_paths(item, (*path, i)))
    return out


def _put(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    *head, last = path
    target = document
    for step in head:
        target = target[step]
    target[last] = value
    return document


@pytest.fixture
def clinic(any_db, clock):
    services = build_services(any_db, clock)
    admin = services.clinic.set_up(
        ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    client = add_client(services, admin)
    completed_session(services, admin, client)
    exported = services.records.export_record(admin, client.id)
    return services, admin, exported


def _counts(services) -> tuple[int, ...]:
    with services.db.read_only() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) for t in TABLES)


@given(data=st.data())
def test_a_changed_record_is_imported_whole_or_refused_with_where(clinic, data):
    services, admin, exported = clinic
    document = copy.deepcopy(exported)
    document["client"]["last_name"] = f"Fuzz{chr(65 + next(names) % 26)}{next(names)}"
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(document)[1:]))
        document = _put(document, path, data.draw(ODD))
    before = _counts(services)
    try:
        services.records.import_record(admin, document)
    except ValidationError as error:
        assert all(error.errors.values()) and all(error.errors)
        assert _counts(services) == before
    except AcudeskError as error:
        assert error.message
        assert _counts(services) == before
    else:
        assert _counts(services) != before


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["sessions"][0].update(course_number=-5), "sessions[0].course_number"),
        (lambda d: d["sessions"][0].update(retention_minutes=10_000), "retention_minutes"),
        (lambda d: d["sessions"][0].update(needles_out=None), "sessions[0].needles_out"),
        (lambda d: d["sessions"][0]["precheck"].update(alerts_reviewed=False), "precheck"),
        (lambda d: d["sessions"][0]["notes"].update(plan="x" * 5_000_000), "sessions[0].plan"),
        (lambda d: d["sessions"][0].update(precheck=[1]), "precheck: expected an object"),
        (lambda d: d["sessions"][0].update(course_length=1e30), "out of range"),
        (lambda d: d["sessions"][0].update(course_length=2**40), "out of range"),
        (lambda d: d["sessions"][0].update(retention_minutes=float("inf")), "out of range"),
        (lambda d: d["client"].update(notes="\ud800"), "client.notes: contains a character"),
        (lambda d: d["client"].update(notes="a\x00"), "client.notes: contains a NUL"),
        (lambda d: d.update(sessions=_deep(5000)), "nested too deeply"),
    ],
)
def test_what_the_screens_refuse_a_record_cannot_bring_in(clinic, change, where):
    services, admin, exported = clinic
    document = copy.deepcopy(exported)
    document["client"]["last_name"] = "Imported"
    change(document)
    before = _counts(services)
    with pytest.raises((ValidationError, RecordFormatError)) as caught:
        services.records.import_record(admin, document)
    error = caught.value
    said = " ".join(f"{k}: {v}" for k, v in getattr(error, "errors", {}).items()) or str(error)
    assert where in said
    assert _counts(services) == before


def test_a_file_nested_without_end_is_refused_not_a_crash():
    with pytest.raises(DocumentError, match="nested too deeply"):
        load_document("[" * 100_000 + "]" * 100_000)
    with pytest.raises(DocumentError, match="out of range"):
        load_document(json.dumps({"a": 1e300}))
