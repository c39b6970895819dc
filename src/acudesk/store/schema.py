"""The schema revision this build expects, checked at start without importing Alembic.

A test keeps SCHEMA_HEAD equal to the newest migration.
"""

from __future__ import annotations

SCHEMA_HEAD = "0016"
