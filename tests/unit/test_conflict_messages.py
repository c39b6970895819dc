"""What a person reads when another computer saved first."""

from __future__ import annotations

from datetime import date, datetime

from acudesk.domain.errors import AcudeskError, ConflictError

AT = datetime(2026, 11, 23, 10, 42)


def test_who_when_and_what_changed():
    error = ConflictError.saved_elsewhere(
        "this client", by="Anna", at=AT, changed=["phone", "notes"], today=AT.date()
    )
    assert error.message == (
        "Anna saved this client on another computer at 10:42 (phone, notes changed) while you "
        "had it open. Your changes are not saved yet and are still here: reload to see theirs, "
        "then apply yours again."
    )
    assert (error.by, error.at, error.field) == ("Anna", AT, None)
    assert isinstance(error, AcudeskError) and str(error) == error.message


def test_an_earlier_day_is_named_and_an_unknown_person_is_someone():
    error = ConflictError.saved_elsewhere("this session", at=AT, today=date(2026, 11, 24))
    assert error.message.startswith(
        "Someone saved this session on another computer on 23 Nov 2026 at 10:42 while"
    )
    assert ConflictError.saved_elsewhere("this product").message.startswith(
        "Someone saved this product on another computer while you had it open."
    )


def test_a_clash_at_the_same_moment():
    error = ConflictError.at_the_same_moment("this user account")
    assert error.message.startswith("This user account was saved on another computer at the same")
    assert error.by is None and "still here" in error.message
