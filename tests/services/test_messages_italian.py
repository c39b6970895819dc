"""Services speak the language of the screens: with the Italian catalogue behind the hook a
refusal, a sign-in failure and a missing record read Italian, while what is written down for
good (audit details, the intake summary PDF) stays English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from acudesk.domain.clients import ClientInput
from acudesk.domain.errors import AcudeskError, NotFound, PermissionDenied
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.users import MAX_FAILED_ATTEMPTS, Role
from acudesk.services.audit import recent_events
from tests.documents.pdf_checks import all_text
from tests.i18n_support import messages_in

PNG = b"\x89PNG\r\n\x1a\n" + b"signature"


@pytest.fixture
def italian(qapp) -> Iterator[None]:
    yield from messages_in(qapp, "it")


def test_a_refused_permission_names_the_role_in_italian(italian, services, make_user):
    practitioner = make_user("pat", Role.PRACTITIONER)
    with pytest.raises(PermissionDenied) as caught:
        services.users.list_users(practitioner)
    assert caught.value.message == (
        "Il tuo ruolo (Operatore) non consente di gestire gli account utente. "
        "Se ti serve, chiedi a un amministratore."
    )


def test_wrong_passwords_then_the_lock_in_italian(italian, services, make_user):
    make_user("rita", Role.RECEPTION, "right-password")
    messages = []
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AcudeskError) as caught:
            services.users.sign_in("rita", "wrong-password")
        messages.append(caught.value.message)
    assert messages[0] == "Nome utente o password errati."
    assert messages[-1] == "Nome utente o password errati. L'account ora è bloccato per 1 minuto."
    with pytest.raises(AcudeskError) as caught:
        services.users.sign_in("rita", "right-password")
    assert caught.value.message.startswith("Questo account è bloccato dopo troppe password")
    assert "Riprova tra 5 minuti" in caught.value.message


def test_a_record_gone_meanwhile_reads_italian(italian, services, admin):
    with pytest.raises(NotFound) as caught:
        services.clients.get(admin, 9999)
    assert caught.value.message == "Questo cliente non esiste più."


def test_the_audit_trail_keeps_english_field_names(italian, services, admin):
    client = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    services.clients.update(
        admin, client, ClientInput(first_name="Anna", last_name="Rossi", notes="Prefers mornings")
    )
    details = [e.detail for e in recent_events(services.db, admin) if e.action == "update"]
    assert details[0] == "notes"


def test_the_intake_summary_pdf_stays_english(italian, services, admin, clock):
    client = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    today = clock().date()
    intake = IntakeData(
        taken_on=today,
        conditions=("pregnancy",),
        consent=Consent(True, False, date(today.year, today.month, today.day), PNG),
    )
    saved = services.intake.record(admin, client.id, intake, based_on=None)
    text = all_text(services.intake.summary_pdf(admin, saved.id))
    assert "Pregnant or possibly pregnant" in text
    assert "Gravidanza" not in text
    # ...while the screens, asked at the same moment, read the alert in Italian.
    (alert,) = services.intake.alerts(admin, client.id)
    assert alert.message == "Gravidanza in corso o possibile."
