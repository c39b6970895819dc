"""The plain-address shortcut gives the full validator's answer on every address it accepts.

``plain_address`` may decline any address (the validator then decides); what it must never do
is accept an address the validator refuses, or accept it in another form.
"""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from acudesk.domain.clients import normalise_email
from acudesk.domain.email_plain import plain_address

_TRICKY = "aAzZ09._+-@!#$%&'*/=?^`{|}~\"() ,;:<>[]\\éßİı\u00a0\u200bK\u212a"
_LABELS = ["com", "it", "co", "uk", "example", "xn--bcher-kva", "ab--cd", "-a", "a-", "1", "123"]
_ENDINGS = [
    "com",
    "it",
    "local",
    "localhost",
    "invalid",
    "test",
    "onion",
    "in-addr.arpa",
    "c0m",
    "x",
]


def _validator(text: str) -> str | None:
    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError:
        return None


def _agrees(text: str) -> bool:
    shortcut = plain_address(text)
    if shortcut is not None:
        assert shortcut == _validator(text), text
    return shortcut is not None


_local = st.one_of(  # mostly near the plain shape, where a wrong shortcut would hide
    st.lists(st.text(alphabet="abAZ09_+-", min_size=1, max_size=14), min_size=1, max_size=5).map(
        ".".join
    ),
    st.text(alphabet="abAZ09._+-", min_size=1, max_size=70),
    st.text(alphabet=_TRICKY, max_size=70),
)
_label = st.one_of(
    st.sampled_from(_LABELS),
    st.from_regex(r"[a-z0-9]([a-z0-9-]{0,64}[a-z0-9])?", fullmatch=True),
    st.text(alphabet="az09-", min_size=1, max_size=66),
    st.text(alphabet="abcXYZ019-_é", max_size=66),
)


@st.composite
def _addresses(draw: st.DrawFn) -> str:
    labels = draw(st.lists(_label, min_size=1, max_size=5))
    ending = draw(st.one_of(st.sampled_from(_ENDINGS), st.text(alphabet="az", max_size=64), _label))
    return f"{draw(_local)}@{'.'.join([*labels, ending])}"


@settings(max_examples=1500, deadline=None)
@given(_addresses())
@example("postmaster@clinic.it")
@example("Info@clinic.it")
@example("a..b@clinic.it")
@example(".a@clinic.it")
@example("a@clinic.IT")
@example("anna@xn--bcher-kva.ch")
@example("anna@ab--cd.com")
@example("anna@host.local")
@example("anna@123.456")
@example("a" * 64 + "@clinic.it")
@example("a" * 65 + "@clinic.it")
@example("anna@" + "b" * 63 + ".com")
@example("anna@" + "b" * 64 + ".com")
def test_an_accepted_address_is_the_validators_answer(text: str) -> None:
    event("shortcut taken" if _agrees(text) else "left to the validator")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_any_text_at_all(text: str) -> None:
    _agrees(text)


@pytest.mark.parametrize(
    "text",
    ["anna.rossi@example.com", "a_b+c-d@mail.clinic.co.uk", "x@y.it", "mario.bianchi55@gmail.com"],
)
def test_common_addresses_take_the_shortcut(text: str) -> None:
    assert plain_address(text) == text == _validator(text)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Anna@Example.COM", "Anna@example.com"),  # the validator lowers the domain
        ("POSTMASTER@clinic.it", "postmaster@clinic.it"),  # and the names of RFC 2142
        ("anna@münchen.de", "anna@münchen.de"),
    ],
)
def test_others_are_left_to_the_validator(text: str, normalised: str) -> None:
    assert plain_address(text) is None
    assert normalise_email(text) == normalised


@pytest.mark.parametrize(
    "text", ["anna@clinic", "anna@@clinic.it", "anna@clinic.local", "a b@c.it"]
)
def test_refused_addresses_are_still_refused(text: str) -> None:
    assert plain_address(text) is None
    with pytest.raises(ValueError, match="not valid"):
        normalise_email(text)
