"""The device's audit chain at HQ (DESIGN §5, §6): kept, checked, gaps and edits noted."""

from __future__ import annotations

from tests.support.controlroom import ControlRoom
from tests.sync.payloads import (
    audit_entries,
    batch,
    crossing,
    device_health,
    post_batch,
    record,
    statuses,
)


def test_an_intact_chain_is_held_through_its_last_entry(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    chain = audit_entries(1, 5)

    first = post_batch(controlroom, device, batch(device, [record(crossing())], chain[:3]))
    second = post_batch(controlroom, device, batch(device, [], chain[2:]))  # 3 sent again

    assert first.json()["audit_held_through"] == 3
    assert second.json()["audit_held_through"] == 5
    health = device_health(controlroom, device.device_id)
    assert (health["audit_status"], health["audit_held_through"], health["audit_problem"]) == (
        "intact", 5, "")


def test_a_gap_is_noted_in_device_health_and_healed_when_filled(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    chain = audit_entries(1, 6)

    statuses(post_batch(controlroom, device, batch(device, [record(crossing())], chain[:2])))
    answer = post_batch(controlroom, device, batch(device, [record(crossing())], chain[4:]))

    assert statuses(answer) == ["accepted"]  # a gap never refuses the batch
    assert answer.json()["audit_held_through"] == 2
    health = device_health(controlroom, device.device_id)
    assert health["audit_status"] == "gap"
    assert health["audit_problem"] == "audit entries 3–4 are missing"

    filled = post_batch(controlroom, device, batch(device, [], chain[2:4]))
    assert filled.json()["audit_held_through"] == 6
    assert device_health(controlroom, device.device_id)["audit_status"] == "intact"


def test_edited_entries_break_the_chain(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    chain = audit_entries(1, 4)
    chain[2] = {**chain[2], "action": "delete"}  # changed after it was hashed

    answer = post_batch(controlroom, device, batch(device, [record(crossing())], chain))

    assert statuses(answer) == ["accepted"]
    assert answer.json()["audit_held_through"] == 2
    health = device_health(controlroom, device.device_id)
    assert health["audit_status"] == "broken"
    assert health["audit_problem"] == "audit entry 3 was changed after it was written"


def test_an_entry_sent_again_with_other_contents_is_noted(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    chain = audit_entries(1, 3)
    post_batch(controlroom, device, batch(device, [], chain))
    rewritten = audit_entries(1, 3)  # same seqs, different targets: a rewritten history

    answer = post_batch(controlroom, device, batch(device, [], rewritten))

    assert answer.json()["audit_held_through"] == 3
    health = device_health(controlroom, device.device_id)
    assert health["audit_status"] == "edited"
    assert "3 audit entries were sent again" in health["audit_problem"]
