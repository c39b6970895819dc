"""The common e-mail address, checked without the full validator.

Nearly every address on a client list is plain: letters, digits and ``. _ + -`` before the
@-sign, a lower-case domain of ordinary labels ending in letters. For such an address the
full check (email-validator) changes nothing and costs some 40 microseconds, most of a long
import's time after the phone numbers. ``plain_address`` recognises only that shape and
answers the address unchanged; anything else (capitals after the @-sign, quotes, Unicode,
Punycode, reserved names, lengths near a limit) is left to the validator. A property test
holds the two to the same answer on every address this accepts.
"""

from __future__ import annotations

import functools
import re

_LOCAL = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PLAIN = re.compile(rf"({_LOCAL})@((?:{_LABEL}\.)+[a-z]{{2,63}})")
_LOCAL_MAX = 64  # RFC 5321's limits, kept well inside: the validator decides near them
_WHOLE_MAX = 200


def plain_address(text: str) -> str | None:
    """``text`` when it is a plain address the validator would accept as it is, else None
    (which says nothing about whether it is valid)."""
    if len(text) > _WHOLE_MAX:
        return None
    found = _PLAIN.fullmatch(text)
    if found is None:
        return None
    local, domain = found[1], found[2]
    if len(local) > _LOCAL_MAX or "--" in domain or local.lower() in _mailbox_names():
        return None
    if _reserved_domains().search(domain):
        return None
    return text


@functools.cache
def _reserved_domains() -> re.Pattern[str]:
    """A domain that is, or ends in, one of the names reserved for special use."""
    from email_validator import SPECIAL_USE_DOMAIN_NAMES

    names = "|".join(re.escape(name) for name in SPECIAL_USE_DOMAIN_NAMES)
    return re.compile(rf"(?:^|\.)(?:{names})$")


@functools.cache
def _mailbox_names() -> frozenset[str]:
    """postmaster, abuse, ...: names the validator writes in lower case."""
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

    return frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)
