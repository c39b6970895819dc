"""Synthetic histories for the demo clinic: intakes with signatures, and courses of sessions.

Everything goes through the real services (rules, audit), signed by the demo users, so the
demo shows what a working clinic's records look like. Made-up people only.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import replace
from datetime import datetime, time, timedelta

from sqlalchemy import select

from acudesk.domain.chart import ChartDocument, Placement, PlacementKind, new_id
from acudesk.domain.intake import Consent, IntakeData, Procedure, ProcedureKind, SkinAssessment
from acudesk.domain.point_cautions import point_cautions, unconfirmed
from acudesk.domain.points import Side
from acudesk.domain.screening import Alert
from acudesk.domain.treatment import PreCheck, SessionNotes
from acudesk.services.clock import Clock
from acudesk.store.engine import Database
from acudesk.store.models import ClientRecord

FACE_PROTOCOL = ("GV20", "EX-HN3", "GB14", "TE23", "ST2", "LI20", "ST4", "ST6", "CV24")
CONCERN_SETS = (
    ("fine-lines", "forehead-lines"),
    ("nasolabial-folds", "sagging"),
    ("dullness", "uneven-tone"),
    ("redness", "sensitivity"),
    ("jowls", "double-chin"),
)
CONDITION_SETS = (
    (),
    (),
    (),
    ("migraine",),
    ("anticoagulants",),
    ("needle-phobia",),
    ("metal-allergy",),
    ("hypertension",),
)


def signature_png(rng: random.Random, width: int = 240, height: int = 80) -> bytes:
    """A scribble that looks like a signature: a greyscale PNG made without any GUI library."""
    pixels = bytearray(b"\xff" * width * height)
    x, y = 10.0, height / 2
    for _ in range(900):
        x += rng.uniform(0.1, 0.35)
        y = min(height - 8, max(8, y + rng.uniform(-2.2, 2.2)))
        for dx in (0, 1):
            px, py = int(x) + dx, int(y)
            if 0 <= px < width:
                pixels[py * width + px] = 30
    raw = b"".join(b"\x00" + bytes(pixels[r * width : (r + 1) * width]) for r in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _chart(rng: random.Random) -> list[dict[str, object]]:
    from acudesk.services.catalog import point_catalog

    catalog = point_catalog()
    doc = ChartDocument()
    for code in FACE_PROTOCOL:
        point = catalog.point(code)
        for side in point.sides():
            x, y = catalog.position(point, "face-front", side)
            doc.add(Placement(new_id(), PlacementKind.NEEDLE, "face-front", x, y, code, side))
    if rng.random() < 0.3:
        doc.add(
            Placement(
                new_id(),
                PlacementKind.BRUISE,
                "face-front",
                0.36,
                0.62,
                side=Side.RIGHT,
                note="small, pressed",
            )
        )
    return doc.to_list()


def seed_histories(db: Database, clients: int = 30, *, clock: Clock, seed: int = 7) -> int:
    """Give the first ``clients`` demo clients an intake and a course in progress.

    The histories end before ``clock``'s today; intakes are recorded at its time.
    """
    from acudesk.services.registry import build_services
    from acudesk.services.sessions import SessionService

    rng = random.Random(seed)
    today = clock().date()
    services = build_services(db, clock)
    reception = services.users.sign_in("reception", "reception-demo")
    practitioner = services.users.sign_in("practitioner", "practitioner-demo")
    with db.read_only() as session:
        ids = list(
            session.scalars(select(ClientRecord.id).order_by(ClientRecord.id).limit(clients))
        )
    done = 0
    for client_id in ids:
        taken = today - timedelta(days=rng.randint(40, 300))
        procedures: tuple[Procedure, ...] = ()
        if rng.random() < 0.2:
            procedures = (
                Procedure(
                    ProcedureKind.BOTULINUM_TOXIN,
                    today - timedelta(days=rng.randint(5, 60)),
                    "forehead",
                ),
            )
        intake = IntakeData(
            taken_on=taken,
            conditions=rng.choice(CONDITION_SETS),
            medications=("Warfarin 3 mg",) if rng.random() < 0.1 else (),
            allergies=rng.choice(((), (), ("fragrance",), ("nickel",), ("lanolin", "nuts"))),
            procedures=procedures,
            skin=SkinAssessment(
                rng.randint(1, 5),
                rng.randint(1, 3),
                rng.choice(("normal", "dry", "oily", "combination", "sensitive")),
                rng.choice(CONCERN_SETS),
                "Fresher, firmer skin",
            ),
            consent=Consent(True, rng.random() < 0.6, taken, signature_png(rng)),
        )
        intake = replace(
            intake,
            condition_details={c: "controlled" for c in intake.conditions if c == "hypertension"},
        )
        services.intake.record(reception, client_id, intake, based_on=None)
        sessions_done = rng.randint(1, 6)
        start = datetime.combine(taken + timedelta(days=3), time(10, 0))
        for n in range(sessions_done):
            when = start + timedelta(days=7 * n, hours=rng.randint(0, 6))
            if when.date() >= today:
                break
            room = SessionService(db, clock=_fixed(when))
            opened = room.start(practitioner, client_id)  # needles once the pre-check is done
            chart = _confirmed(_chart(rng), room.alerts(practitioner, client_id))
            data = replace(
                opened.data,
                precheck=PreCheck(True, True, opened.data.precheck.intake_id),
                needles_out=sum(1 for p in chart if p["kind"] == "needle"),
                notes=SessionNotes("Facial protocol", "Relaxed, mild redness", "Weekly"),
            )
            room.complete(practitioner, opened, data, chart)
        done += 1
    return done


def _confirmed(chart: list[dict[str, object]], alerts: list[Alert]) -> list[dict[str, object]]:
    """The practitioner's confirmation on every needle a caution concerns, as a click asks."""
    from acudesk.services.catalog import point_catalog

    doc = ChartDocument.from_list(chart)
    cautions = point_cautions(point_catalog().points.values(), alerts)
    for placement, _concerns in unconfirmed(doc, cautions):
        doc.update(placement.id, caution="Checked with the client: the area has settled")
    return doc.to_list()


def _fixed(moment: datetime) -> Clock:
    return lambda: moment
