"""argon2id password hashing (argon2-cffi), imported lazily: start-up does not need it."""

from __future__ import annotations

import os
from functools import cache
from typing import Any

# The test suite hashes hundreds of passwords; it asks for argon2's cheapest parameters
# (still argon2id). Hashes made that way are upgraded at the next sign-in without it.
FAST_HASH_ENV = "ACUDESK_TEST_FAST_HASH"


@cache
def _hasher() -> Any:
    from argon2 import PasswordHasher

    if os.environ.get(FAST_HASH_ENV) == "1":
        from argon2.profiles import CHEAPEST

        return PasswordHasher.from_parameters(CHEAPEST)
    return PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return bool(_hasher().check_needs_rehash(password_hash))
