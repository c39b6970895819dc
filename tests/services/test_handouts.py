"""Aftercare handouts through the service, from real completed sessions on real databases."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import AcudeskError, PermissionDenied, ValidationError
from acudesk.domain.intake import SkinAssessment
from acudesk.domain.products import ProductCategory
from acudesk.domain.recommendations import explain
from acudesk.domain.settings import HandoutSettings
from acudesk.domain.users import NewUser, Role, User
from acudesk.services.audit import recent_events
from acudesk.services.registry import build_services
from acudesk.store.models import HandoutRecord
from tests.conftest import FakeClock
from tests.services.handouts_support import add_client, completed_session, treatment_chart


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


@pytest.fixture
def catalogue(services):
    services.products.ensure_house_catalogue()


@pytest.fixture
def done(services, admin, practitioner, catalogue):
    """A completed session of a client who reacts to shea butter."""
    client = add_client(services, admin, allergies=("Shea butter",))
    return completed_session(services, practitioner, client)


def test_the_sheet_says_what_was_done(services, practitioner, done):
    sheet = services.handouts.sheet_for(practitioner, done.id)
    assert sheet.client_name == "Anna Rossi" and sheet.language == "en"
    assert sheet.practitioner == "Pat"
    assert sheet.clinic.name == "Willow Clinic"
    # ST3 cheek+nose, LI20 nose+cheek, ST6 jaw+cheek, ST32 thigh, SP10 thigh+knee
    assert sheet.areas == ("cheeks", "nose", "jawline", "thighs", "knees")
    assert sheet.needle_count == 5
    assert sheet.electro is True and sheet.gua_sha is True
    assert sheet.reactions == ("a small bruise", "feeling faint")
    assert sheet.next_appointment == datetime(2026, 11, 30, 10, 30)
    assert sheet.chart is not None and sheet.chart.needle_count == 5


def test_no_electro_and_no_reactions_when_none_were_charted(
    services, admin, practitioner, catalogue
):
    client = add_client(services, admin, "Bea", "Neri")
    plain = completed_session(
        services,
        practitioner,
        client,
        chart=treatment_chart(electro=False, bruise=False),
        events=(),
        next_appointment=None,
        gua_sha=False,
    )
    sheet = services.handouts.sheet_for(practitioner, plain.id)
    assert sheet.electro is False and sheet.gua_sha is False
    assert sheet.reactions == () and sheet.next_appointment is None


def test_products_leave_out_what_the_client_reacts_to(services, admin, practitioner, done):
    allergic = services.handouts.sheet_for(practitioner, done.id)
    assert allergic.products
    for pick in allergic.products:
        assert not any("Shea" in i for i in pick.product.ingredients), pick.product.name
    # The same client without the allergy is offered a shea product: the rule did the work.
    other = completed_session(services, practitioner, add_client(services, admin, "Cara", "Blu"))
    offered = services.handouts.sheet_for(practitioner, other.id).products
    assert any("Shea" in i for p in offered for i in p.product.ingredients)
    text = pdf_text(services.handouts.preview(practitioner, done.id))
    assert "Barrier Comfort Cream" not in text
    assert allergic.products[0].product.name in text


def test_the_practitioners_picks_replace_the_catalogues(services, practitioner, done):
    result = services.products.recommend_for_client(practitioner, done.client_id)
    chosen = (result.picks[0],)
    sheet = services.handouts.sheet_for(practitioner, done.id, picks=chosen)
    assert sheet.products == chosen


def test_language_from_the_client_unless_given(services, admin, practitioner, catalogue):
    client = add_client(services, admin, "Giulia", "Bianchi", language="it")
    session = completed_session(services, practitioner, client)
    sheet = services.handouts.sheet_for(practitioner, session.id)
    assert sheet.language == "it" and "guance" in sheet.areas
    assert services.handouts.sheet_for(practitioner, session.id, language="en").language == "en"


def test_an_open_session_has_no_sheet(services, admin, practitioner, catalogue):
    client = add_client(services, admin, "Dora", "Verdi")
    opened = services.sessions.start(practitioner, client.id)
    with pytest.raises(ValidationError) as caught:
        services.handouts.issue(practitioner, opened.id)
    assert "complete it first" in caught.value.message


def test_issue_keeps_the_pdf_and_its_sha256_and_reprint_gives_the_same_bytes(
    services, practitioner, done
):
    issued = services.handouts.issue(practitioner, done.id)
    assert issued.pdf.startswith(b"%PDF")
    assert issued.sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert "Anna Rossi" in pdf_text(issued.pdf)
    given = services.handouts.issued(practitioner, done.id)
    assert [(h.id, h.sha256, h.issued_by, h.language, h.page_size) for h in given] == [
        (issued.id, issued.sha256, "Pat", "en", "A4")
    ]
    assert given[0].size == len(issued.pdf)
    assert services.handouts.reprint(practitioner, issued.id) == issued.pdf


def test_reprint_refuses_a_copy_that_no_longer_matches(services, practitioner, done):
    issued = services.handouts.issue(practitioner, done.id)
    with services.db.unit_of_work() as session:
        session.execute(
            update(HandoutRecord).where(HandoutRecord.id == issued.id).values(pdf=b"%PDF-tampered")
        )
    with pytest.raises(AcudeskError, match="does not match"):
        services.handouts.reprint(practitioner, issued.id)


def test_permission_and_audit(services, admin, practitioner, done, make_user):
    issued = services.handouts.issue(practitioner, done.id)
    services.handouts.reprint(practitioner, issued.id)
    events = [(e.action, e.entity, e.entity_id) for e in recent_events(services.db, admin)]
    assert ("create", "handout", str(issued.id)) in events
    assert ("export", "handout", str(issued.id)) in events
    reception = make_user("rita", Role.RECEPTION)  # reception prints at check-out
    assert services.handouts.issue(reception, done.id).id != issued.id
    gone = User(reception.id, "rita", "Rita", Role.RECEPTION, active=False)
    with pytest.raises(PermissionDenied):
        services.handouts.issue(gone, done.id)
    with pytest.raises(PermissionDenied):
        services.handouts.reprint(gone, issued.id)
    with services.db.read_only() as session:
        assert len(session.scalars(select(HandoutRecord.id)).all()) == 2


def test_paper_size_and_logo_come_from_the_settings(services, admin, practitioner, done):
    with pytest.raises(ValidationError) as caught:
        services.settings.update_handouts(admin, HandoutSettings("A5"))
    assert "page_size" in caught.value.errors
    with pytest.raises(PermissionDenied):
        services.settings.update_handouts(practitioner, HandoutSettings("Letter"))
    services.settings.update_handouts(admin, HandoutSettings("Letter", tiny_png()))
    assert services.settings.handouts() == HandoutSettings("Letter", tiny_png())
    assert services.handouts.sheet_for(practitioner, done.id).logo_png == tiny_png()
    issued = services.handouts.issue(practitioner, done.id)
    box = PdfReader(io.BytesIO(issued.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert services.handouts.issued(practitioner, done.id)[0].page_size == "Letter"


def tiny_png() -> bytes:
    """A real 2x2 PNG, written by hand so the test needs no imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_todays_completed_sessions_for_the_batch(services, admin, practitioner, done, clock):
    other = completed_session(services, practitioner, add_client(services, admin, "Eva", "Rosa"))
    today = services.handouts.todays_completed_sessions(practitioner)
    assert [(s.session_id, s.client_name) for s in today] == [
        (done.id, "Anna Rossi"),
        (other.id, "Eva Rosa"),
    ]
    services.handouts.issue(practitioner, done.id)
    pending = services.handouts.todays_completed_sessions(practitioner, without_handout=True)
    assert [session_id for session_id, _name in pending] == [other.id]
    clock.advance(days=1)
    assert services.handouts.todays_completed_sessions(practitioner) == []


def test_handouts_are_stored_on_both_databases(any_db):
    services = build_services(any_db, FakeClock())
    admin = services.clinic.set_up(
        ClinicDetails("Willow Clinic"), NewUser("owner", "Olivia Owner", Role.ADMIN, "pass-word-1")
    )
    services.products.ensure_house_catalogue()
    session = completed_session(services, admin, add_client(services, admin))
    issued = services.handouts.issue(admin, session.id)
    assert services.handouts.reprint(admin, issued.id) == issued.pdf
    assert services.handouts.issued(admin, session.id)[0].size == len(issued.pdf)
    assert [s.session_id for s in services.handouts.todays_completed_sessions(admin)] == [
        session.id
    ]


def test_cli_writes_the_pdf_and_keeps_the_handout(
    services, admin, practitioner, done, sqlite_path, tmp_path, monkeypatch, capsys
):
    from acudesk.cli import main

    monkeypatch.setenv("ACUDESK_PASSWORD", "password-123")
    out = tmp_path / "aftercare.pdf"
    argv = ["--database", str(sqlite_path), "aftercare", str(done.id), "-o", str(out)]
    assert main([*argv, "--lang", "it", "--user", "pat"], clock=services.clock) == 0
    assert "Wrote the aftercare sheet" in capsys.readouterr().out
    text = pdf_text(out.read_bytes())
    assert "Anna Rossi" in text and "guance" in text
    (kept,) = services.handouts.issued(practitioner, done.id)
    assert kept.language == "it" and kept.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert kept.issued_at == services.clock()  # the CLI's services run on the test's clock
    assert main([*argv, "--user", "pat"], clock=services.clock) == 0
    assert len(services.handouts.issued(admin, done.id)) == 2
    missing = ["--database", str(sqlite_path), "aftercare", "9999", "-o", str(out)]
    assert main([*missing, "--user", "pat"], clock=services.clock) == 1
    assert "no longer exists" in capsys.readouterr().err


def test_an_italian_sheet_gives_its_reasons_and_categories_in_italian(
    services, admin, practitioner, catalogue
):
    skin = SkinAssessment(fitzpatrick=3, skin_type="sensitive", concerns=("redness", "dryness"))
    client = add_client(
        services, admin, "Giulia", "Bianchi", allergies=("Shea butter",), language="it", skin=skin
    )
    session = completed_session(services, practitioner, client)
    # The practitioner's picks were explained in English on screen; the sheet says them again.
    picks = services.products.recommend_for_client(practitioner, client.id).picks
    assert "helps with redness" in picks[0].reason
    sheet = services.handouts.sheet_for(practitioner, session.id, picks=picks)
    assert [p.product for p in sheet.products] == [p.product for p in picks]
    for pick in sheet.products:
        assert pick.reason == explain(pick.product, skin, ("Shea butter",), language="it")
    text = pdf_text(services.handouts.preview(practitioner, session.id))
    for italian in (
        "per pelle sensibile",
        "utile in caso di rossore e secchezza",
        "tonalità per il fototipo III",
        "solo filtri solari minerali (ossido di zinco)",  # Daily Mineral Shield has no TiO2
        "senza ossicloruro di bismuto",
        "nessuno degli ingredienti a cui reagisci",
        "· Cipria minerale",  # the category beside the product's brand
        "· Protezione solare minerale",
    ):
        assert italian in text, italian
    for english in ("helps with", "for sensitive skin", "Fragrance-free", "you react to"):
        assert english not in text, english
    for category in ProductCategory:
        assert f"· {category.label}" not in text, category
    # The same session on an English sheet keeps the English reasons.
    english = services.handouts.sheet_for(practitioner, session.id, language="en", picks=picks)
    assert english.products == tuple(picks)
    english_text = pdf_text(services.handouts.preview(practitioner, session.id, language="en"))
    assert "helps with redness and dryness" in english_text
    assert f"· {ProductCategory.MINERAL_SUNSCREEN.label}" in english_text
