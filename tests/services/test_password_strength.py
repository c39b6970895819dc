"""ACUDESK_TEST_FAST_HASH: the test suite's cheap hashes, never a real account's."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select, update

from acudesk.services import passwords
from acudesk.store.models import UserRecord
from tests.conftest import ADMIN_PASSWORD

_OUTSIDE_PYTEST = """
import json, sys
from acudesk.services import passwords
from argon2 import extract_parameters
from argon2.profiles import CHEAPEST
from argon2 import PasswordHasher
made = passwords.hash_password("a real password")
cheap = PasswordHasher.from_parameters(CHEAPEST).hash("a real password")
print(json.dumps({
    "pytest": "pytest" in sys.modules,
    "memory": extract_parameters(made).memory_cost,
    "upgrade_cheap": passwords.needs_rehash(cheap),
    "keep_strong": not passwords.needs_rehash(made),
}))
"""


def test_the_variable_is_ignored_outside_the_test_suite():
    env = {**os.environ, passwords.FAST_HASH_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-c", _OUTSIDE_PYTEST], env=env, capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout)
    assert seen["pytest"] is False
    assert seen["memory"] == PasswordHasher().memory_cost  # full strength
    assert seen["upgrade_cheap"] is True
    assert seen["keep_strong"] is True


def test_the_suite_hashes_cheaply_but_never_weakens_a_strong_hash(services, admin):
    assert passwords.fast_hash_in_use()
    strong = PasswordHasher().hash(ADMIN_PASSWORD)
    with services.db.unit_of_work() as session:
        session.execute(update(UserRecord).values(password_hash=strong))
    assert not passwords.needs_rehash(strong)
    services.users.sign_in("owner", ADMIN_PASSWORD)
    with services.db.read_only() as session:
        kept = session.scalars(select(UserRecord.password_hash)).one()
    assert kept == strong
    assert extract_parameters(kept).memory_cost == PasswordHasher().memory_cost
