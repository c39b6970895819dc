"""Fixtures for document tests: a real signature picture and clients with full intakes."""

from __future__ import annotations

import math
import struct
import zlib
from datetime import date

import pytest

from acudesk.domain.clients import ClientInput
from acudesk.domain.intake import Consent, IntakeData, Procedure, ProcedureKind, SkinAssessment


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def signature_png(width: int = 480, height: int = 160) -> bytes:
    """A pen stroke on a transparent background, as the signature pad saves it (RGBA PNG)."""
    ink = (24, 38, 92, 255)
    pixels = [[(0, 0, 0, 0)] * width for _ in range(height)]
    for step in range(4000):
        t = step / 4000
        x = 20 + t * (width - 40)
        y = height / 2 + 38 * math.sin(t * 9 * math.pi) * (1 - t * 0.6) + 12 * math.cos(t * 23)
        for dx in range(-2, 3):
            for dy in range(-2, 3):
                px, py = int(x) + dx, int(y) + dy
                if 0 <= px < width and 0 <= py < height:
                    pixels[py][px] = ink
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )


def full_intake(signed: bool = True, taken_on: date = date(2026, 11, 20)) -> IntakeData:
    return IntakeData(
        taken_on=taken_on,
        conditions=("anticoagulants", "pacemaker", "hypertension", "skin-infection"),
        condition_details={
            "anticoagulants": "Warfarin since 2024",
            "hypertension": "controlled",
            "skin-infection": "left cheek",
        },
        medications=("Warfarin 5 mg", "Ramipril 2.5 mg"),
        allergies=("Nickel", "Bismuth Oxychloride", "Fragrance (parfum)"),
        procedures=(
            Procedure(ProcedureKind.DERMAL_FILLER, date(2026, 11, 1), "lips"),
            Procedure(ProcedureKind.CHEMICAL_PEEL, date(2026, 3, 14), "full face"),
        ),
        skin=SkinAssessment(
            3,
            2,
            "sensitive",
            ("redness", "fine-lines", "pigmentation"),
            "Softer lines around the eyes and a brighter, more even tone before the wedding "
            "in June.",
        ),
        consent=Consent(
            True,
            False,
            date(2026, 11, 20) if signed else None,
            signature_png() if signed else b"",
        ),
    )


@pytest.fixture
def make_client(services, admin):
    def make(first: str, last: str, **extra: str):
        return services.clients.create(
            admin,
            ClientInput(
                first_name=first,
                last_name=last,
                date_of_birth=extra.get("date_of_birth", "02/03/1985"),
                phone=extra.get("phone", "+44 7911 123456"),
                email=extra.get("email", "client@example.com"),
            ),
        )

    return make
