"""argon2id password hashing (argon2-cffi), imported lazily: start-up does not need it."""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Any

# The test suite hashes hundreds of passwords; it asks for argon2's cheapest parameters
# (still argon2id). Honoured only while pytest runs, so a clinic's machine with the variable
# set by mistake still hashes at full strength; and a strong hash is never replaced by a
# weaker one (see needs_rehash).
FAST_HASH_ENV = "ACUDESK_TEST_FAST_HASH"

# Signing in as nobody still checks a password, against this, so an unknown username takes
# as long as a wrong password.
_DUMMY_PASSWORD = "not anybody's password"


def fast_hash_in_use() -> bool:
    return os.environ.get(FAST_HASH_ENV) == "1" and "pytest" in sys.modules


@cache
def _hasher(fast: bool) -> Any:
    from argon2 import PasswordHasher

    if fast:
        from argon2.profiles import CHEAPEST

        return PasswordHasher.from_parameters(CHEAPEST)
    return PasswordHasher()  # argon2id with the library's current recommended parameters


def _current() -> Any:
    return _hasher(fast_hash_in_use())


@cache
def _dummy_hash(fast: bool) -> str:
    return str(_hasher(fast).hash(_DUMMY_PASSWORD))


def hash_password(password: str) -> str:
    return str(_current().hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_current().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def verify_no_account(password: str) -> bool:
    """The work of checking a password, for a username with no account: always False."""
    verify_password(_dummy_hash(fast_hash_in_use()), password)
    return False


def needs_rehash(password_hash: str) -> bool:
    """Whether a stored hash should be made again at today's strength: only ever upwards."""
    from argon2 import extract_parameters
    from argon2.exceptions import InvalidHashError

    hasher = _current()
    if not hasher.check_needs_rehash(password_hash):
        return False
    try:
        stored = extract_parameters(password_hash)
    except InvalidHashError:
        return False
    wanted = hasher
    return (
        stored.type is not wanted.type
        or stored.time_cost < wanted.time_cost
        or stored.memory_cost < wanted.memory_cost
        or stored.parallelism < wanted.parallelism
    )
