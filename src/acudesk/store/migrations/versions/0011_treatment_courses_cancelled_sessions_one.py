"""treatment courses, cancelled sessions, one open session per client

Revision ID: 0011
Revises: 0010

- ``treatment_course``: a client's courses, numbered per client, with a planned length and
  ``closed_at`` (NULL while open); at most one open course per client (partial unique index).
- ``treatment_session.course_id`` (the course it belongs to), ``cancelled_at`` and
  ``cancel_reason`` (status ``cancelled``); at most one open session per client (partial
  unique index, the same on SQLite and PostgreSQL).

Existing data: a client's sessions, oldest first, are grouped into courses where their
numbering starts again (a session numbered no higher than the one before it opens a new
course). A course's planned length is the length its latest session was given. Every course
but the client's last is closed (when its last session ended); the last stays open unless its
planned sessions are all done and completed. Where a client had several open sessions, all but
the newest are cancelled, with a reason saying so, dated when they started.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

OPEN_SESSION = sa.text("status = 'open'")
OPEN_COURSE = sa.text("closed_at IS NULL")
DUPLICATE_OPEN = (
    "Left open beside a later open session of the same client; cancelled by the upgrade "
    "that keeps one open session per client."
)

_session = sa.table(
    "treatment_session",
    sa.column("id", sa.Integer),
    sa.column("client_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("started_at", sa.DateTime),
    sa.column("completed_at", sa.DateTime),
    sa.column("course_number", sa.Integer),
    sa.column("course_length", sa.Integer),
    sa.column("course_id", sa.Integer),
    sa.column("cancelled_at", sa.DateTime),
    sa.column("cancel_reason", sa.Text),
)
_course = sa.table(
    "treatment_course",
    sa.column("id", sa.Integer),
    sa.column("client_id", sa.Integer),
    sa.column("number", sa.Integer),
    sa.column("planned_length", sa.Integer),
    sa.column("started_at", sa.DateTime),
    sa.column("closed_at", sa.DateTime),
    sa.column("version", sa.Integer),
)


def upgrade() -> None:
    op.create_table(
        "treatment_course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("planned_length", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_treatment_course_client_id_client"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_course")),
    )
    with op.batch_alter_table("treatment_course", schema=None) as batch_op:
        batch_op.create_index(
            "uq_treatment_course_client_number", ["client_id", "number"], unique=True
        )
        batch_op.create_index(
            "uq_treatment_course_one_open",
            ["client_id"],
            unique=True,
            sqlite_where=OPEN_COURSE,
            postgresql_where=OPEN_COURSE,
        )
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("course_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cancelled_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=True))

    _fill_courses(op.get_bind())

    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_treatment_session_course_id"), ["course_id"], unique=False
        )
        batch_op.create_index(
            "uq_treatment_session_one_open",
            ["client_id"],
            unique=True,
            sqlite_where=OPEN_SESSION,
            postgresql_where=OPEN_SESSION,
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_treatment_session_course_id_treatment_course"),
            "treatment_course",
            ["course_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def _fill_courses(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.select(_session).order_by(_session.c.client_id, _session.c.started_at, _session.c.id)
    ).all()
    by_client: dict[int, list[Any]] = {}
    for row in rows:
        by_client.setdefault(row.client_id, []).append(row)
    for client_id, sessions in by_client.items():
        _cancel_extra_open(bind, sessions)
        groups: list[list[Any]] = []
        for row in sessions:
            if not groups or row.course_number <= groups[-1][-1].course_number:
                groups.append([])
            groups[-1].append(row)
        for number, group in enumerate(groups, start=1):
            last = group[-1]
            length = max(1, last.course_length)
            ended = last.completed_at or last.started_at
            finished = last.status == "completed" and len(group) >= length
            closed = ended if number < len(groups) or finished else None
            course_id = bind.execute(
                sa.insert(_course)
                .values(
                    client_id=client_id,
                    number=number,
                    planned_length=length,
                    started_at=group[0].started_at,
                    closed_at=closed,
                    version=1,
                )
                .returning(_course.c.id)
            ).scalar_one()
            bind.execute(
                sa.update(_session)
                .where(_session.c.id.in_([r.id for r in group]))
                .values(course_id=course_id, course_length=length)
            )


def _cancel_extra_open(bind: sa.Connection, sessions: list[Any]) -> None:
    """All but the newest open session of a client are cancelled, saying why."""
    still_open = [r for r in sessions if r.status == "open"]
    for row in still_open[:-1]:
        bind.execute(
            sa.update(_session)
            .where(_session.c.id == row.id)
            .values(status="cancelled", cancelled_at=row.started_at, cancel_reason=DUPLICATE_OPEN)
        )


def downgrade() -> None:
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_treatment_session_course_id_treatment_course"), type_="foreignkey"
        )
        batch_op.drop_index("uq_treatment_session_one_open")
        batch_op.drop_index(batch_op.f("ix_treatment_session_course_id"))
    # Before 0008 there was no "cancelled": such a session was an open one, never completed.
    op.execute(sa.update(_session).where(_session.c.status == "cancelled").values(status="open"))
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("cancelled_at")
        batch_op.drop_column("course_id")
    with op.batch_alter_table("treatment_course", schema=None) as batch_op:
        batch_op.drop_index("uq_treatment_course_one_open")
        batch_op.drop_index("uq_treatment_course_client_number")
    op.drop_table("treatment_course")
