"""The Changes value and the change bus that carries it."""

from __future__ import annotations

import pytest

from acudesk.domain.changes import NO_CHANGES, Changes
from acudesk.services.changes import ChangeBus


def test_changes_merge_and_answer_per_client():
    a = Changes.of(clients=[1], settings=["date_order"])
    b = Changes.of(intakes=(2,), session_clients=[3], sessions=[40])
    both = a | b
    assert both.client_ids == {1, 2, 3}
    assert both.touches_client(2) and not both.touches_client(4)
    assert both.touches_settings("date_order") and not both.touches_settings("phone_region")
    assert both.touches_settings()
    assert not b.touches_settings()
    assert not NO_CHANGES and both
    assert Changes.of(everything=True).touches_client(99)


def test_changes_are_immutable():
    changes = Changes.of(clients=[1])
    with pytest.raises(AttributeError):
        changes.clients = frozenset({2})  # type: ignore[misc]


def test_bus_delivers_to_every_subscriber_until_they_leave():
    bus = ChangeBus()
    seen: list[tuple[str, Changes]] = []
    stop_a = bus.subscribe(lambda c: seen.append(("a", c)))
    bus.subscribe(lambda c: seen.append(("b", c)))
    bus.publish(Changes.of(products=[5]))
    bus.publish(NO_CHANGES)  # nothing changed: nobody is woken
    stop_a()
    stop_a()  # twice is harmless
    bus.publish(Changes.of(users=[7]))
    assert [(who, c.products or c.users) for who, c in seen] == [
        ("a", {5}),
        ("b", {5}),
        ("b", {7}),
    ]


def test_a_failing_subscriber_does_not_starve_the_others():
    bus = ChangeBus()
    seen: list[Changes] = []

    def broken(_: Changes) -> None:
        raise RuntimeError("screen gone")

    bus.subscribe(broken)
    bus.subscribe(seen.append)
    with pytest.raises(RuntimeError):
        bus.publish(Changes.of(clients=[1]))
    assert len(seen) == 1
