"""The audit rows the services write through the unit of work: entity type and id in their own
columns, who acted (or the name given when nobody is signed in), the clock's time."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.store.models import AuditEventRecord


def trail(services, after_id: int = 0) -> list[tuple[str, str, str, str, str]]:
    with services.db.read_only() as session:
        rows = session.scalars(
            select(AuditEventRecord)
            .where(AuditEventRecord.id > after_id)
            .order_by(AuditEventRecord.id)
        )
        return [(r.username, r.action, r.entity, r.entity_id, r.detail) for r in rows]


def last_id(services) -> int:
    with services.db.read_only() as session:
        return max(session.scalars(select(AuditEventRecord.id)), default=0)


def test_each_write_and_clinical_read_leaves_one_row(services, admin, clock):
    start = last_id(services)
    anna = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    clock.advance(minutes=2)
    services.clients.update(
        admin, anna, ClientInput(first_name="Anna", last_name="Rossi", phone="020 7946 0123")
    )
    services.intake.alerts(admin, anna.id)
    services.sessions.history(admin, anna.id)
    assert trail(services, start) == [
        ("owner", "create", "client", str(anna.id), ""),
        ("owner", "update", "client", str(anna.id), "phone"),
        ("owner", "read", "alerts", str(anna.id), ""),
        ("owner", "read", "session", "", "history"),
    ]
    with services.db.read_only() as session:
        clients = session.scalars(
            select(AuditEventRecord.client_id).where(AuditEventRecord.id > start)
        ).all()
    assert clients == [anna.id] * 4  # each in its own column, for the viewer's filter
    with services.db.read_only() as session:
        times = list(
            session.scalars(select(AuditEventRecord.occurred_at).where(AuditEventRecord.id > start))
        )
    assert times[0] == clock.now.replace(minute=0) and times[1:] == [clock.now] * 3


def test_nobody_signed_in_is_named_and_refused_writes_leave_no_row(services, admin):
    services.products.ensure_house_catalogue()
    with pytest.raises(AcudeskError):
        services.users.sign_in("  Nobody ", "wrong")
    start = last_id(services)
    with pytest.raises(ValidationError):
        services.clients.create(admin, ClientInput(first_name="", last_name=""))
    assert trail(services, start) == []
    imported, failed = trail(services)[-2:]
    assert imported[:3] == ("acudesk", "import", "product")
    assert failed == ("nobody", "sign-in-failed", "user", "", "unknown account")
