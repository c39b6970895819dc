"""Each migration upgrades real data, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from acudesk.store.engine import Database
from acudesk.store.migrate import _alembic_config, upgrade


def test_0002_fills_search_keys_for_existing_clients(any_db_url, clock):
    db = Database(any_db_url)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO client (first_name, last_name, preferred_name, date_of_birth, "
                "gender, phone, email, address, emergency_contact, physician, language, "
                "referral_source, notes, archived, search_name, search_last, phone_digits, "
                "email_key, created_at, updated_at, version) VALUES ('Zoë', 'Müller', '', "
                "'1980-02-29', '', '+44 20 7946 0123', 'zoe@example.com', '', '', '', 'en', '', "
                "'', false, 'zoe muller', 'muller', '442079460123', 'zoe@example.com', "
                "'2026-01-01 10:00:00', '2026-01-01 10:00:00', 1)"
            )
        )
    upgrade(db, clock=clock)
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT name_key, sort_key, search_key FROM client")).one()
    db.dispose()
    assert row.name_key == "zoe muller"
    assert row.sort_key.startswith("muller")
    assert "02079460123" in row.search_key and "1980-02-29" in row.search_key


def test_0006_gives_existing_users_no_language_so_they_follow_the_computer(any_db_url, clock):
    db = Database(any_db_url)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(
            text(
                "INSERT INTO app_user (username, display_name, role, password_hash, active, "
                "failed_attempts, created_at, version) VALUES ('owner', 'Olivia Owner', "
                "'admin', 'x', true, 0, '2026-01-01 10:00:00', 1)"
            )
        )
    upgrade(db, clock=clock)
    with db.engine.begin() as conn:
        assert conn.execute(text("SELECT language FROM app_user")).scalar_one() is None
        conn.execute(text("UPDATE app_user SET language = 'it'"))
        assert conn.execute(text("SELECT language FROM app_user")).scalar_one() == "it"
    db.dispose()


def test_the_audit_chain_migration_chains_the_events_already_there(any_db_url, clock):
    from alembic.script import ScriptDirectory

    from acudesk.domain.audit import AuditAction
    from acudesk.store.audit import add_event
    from acudesk.store.audit_chain import verify

    db = Database(any_db_url)
    cfg = _alembic_config()
    before = ScriptDirectory.from_config(cfg).get_revision("0009").down_revision  # the chain's
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, str(before))
        for entity, ident, detail in [("client", "7", ""), ("user", "", "unknown user")] * 3:
            conn.execute(
                text(
                    "INSERT INTO audit_event (occurred_at, user_id, username, action, entity, "
                    "entity_id, detail) VALUES ('2026-01-01 10:00:00.250000', NULL, 'owner', "
                    "'read', :entity, :ident, :detail)"
                ),
                {"entity": entity, "ident": ident, "detail": detail},
            )
    upgrade(db, clock=clock)
    with db.read_only() as session:
        report = verify(session)
    assert report.intact and report.checked == 6
    with db.engine.connect() as conn:
        clients = conn.execute(text("SELECT client_id FROM audit_event ORDER BY seq")).scalars()
        assert list(clients) == [7, None] * 3
    with db.unit_of_work() as session:  # the app's next event joins the chain
        add_event(
            session, occurred_at=clock(), user_id=None, username="owner",
            action=AuditAction.READ, entity="client", entity_id=7, detail="", client_id=7,
        )  # fmt: skip
    with db.read_only() as session:
        assert verify(session).checked == 7 and verify(session).intact
    db.dispose()


def _session_row(conn, client_id: int, started: str, status: str, number: int, length: int):
    conn.execute(
        text(
            "INSERT INTO treatment_session (client_id, practitioner, started_at, status, "
            "course_number, course_length, retention_minutes, gua_sha, chart, details, "
            "completed_at, version) VALUES (:c, 'Pat', :s, :st, :n, :l, 30, false, '[]', '{}', "
            ":done, 1)"
        ),
        {
            "c": client_id,
            "s": started,
            "st": status,
            "n": number,
            "l": length,
            "done": started if status == "completed" else None,
        },
    )


def test_courses_migration_groups_sessions_and_keeps_one_open_session(any_db_url, clock):
    """Sessions numbered 1, 2, 3 of 3 then 1, 2 of 6 become course 1 (closed) and course 2
    (open); of two open sessions the older is cancelled with a reason."""
    from acudesk.store.schema import SCHEMA_HEAD

    db = Database(any_db_url)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
        conn.execute(
            text(
                "INSERT INTO client (first_name, last_name, preferred_name, gender, phone, "
                "email, address, emergency_contact, physician, language, referral_source, "
                "notes, archived, phone_digits, email_key, name_key, "
                "sort_key, search_key, created_at, updated_at, version) VALUES ('Anna', "
                "'Rossi', '', '', '', '', '', '', '', 'en', '', '', false, "
                "'', '', 'anna rossi', 'rossi anna', 'anna rossi', "
                "'2026-01-01 10:00:00', '2026-01-01 10:00:00', 1)"
            )
        )
        client = conn.execute(text("SELECT id FROM client")).scalar_one()
        for day, status, number, length in (
            (1, "completed", 1, 3),
            (2, "completed", 2, 3),
            (3, "completed", 3, 3),
            (4, "open", 1, 6),
            (5, "open", 2, 6),
        ):
            _session_row(conn, client, f"2026-10-0{day} 10:00:00", status, number, length)
    upgrade(db, clock=clock)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_HEAD
        )
        courses = conn.execute(
            text(
                "SELECT number, planned_length, closed_at IS NULL AS still_open "
                "FROM treatment_course ORDER BY number"
            )
        ).all()
        sessions = conn.execute(
            text(
                "SELECT s.status, c.number, s.cancel_reason FROM treatment_session s JOIN "
                "treatment_course c ON c.id = s.course_id ORDER BY s.started_at"
            )
        ).all()
    db.dispose()
    assert [tuple(c) for c in courses] == [(1, 3, False), (2, 6, True)]
    assert [(s[0], s[1]) for s in sessions] == [
        ("completed", 1),
        ("completed", 1),
        ("completed", 1),
        ("cancelled", 2),
        ("open", 2),
    ]
    assert "one open session per client" in sessions[3][2]
