"""HQ holds each device's chain to the head and anchors its batches carry (issue 9, item 3):
a chain cut short or rewritten after it was sent, or anchored entries that never arrive, flag
the device; a chain that forks right after a ``restore`` entry is reported as a restore."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, text

from contract.auditrule import GENESIS, entry_hash
from tests.support.controlroom import ControlRoom, Enrolled
from tests.sync.payloads import batch, device_health, new_uuid, post_batch


def chain(first: int, actions: list[str], prev_hash: str = GENESIS) -> list[dict[str, Any]]:
    """Entries ``first``... with these actions, chained by the contract's rule."""
    entries = []
    for seq, action in enumerate(actions, start=first):
        at = datetime(2025, 4, 1, 6, tzinfo=UTC) + timedelta(minutes=seq)
        body = {"seq": seq, "at": at.isoformat(), "actor": "clerk1", "action": action,
                "target": new_uuid(), "details": "{}"}
        digest = entry_hash(prev_hash, seq, at, "clerk1", action, body["target"], "{}")
        entries.append({**body, "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    return entries


def head(entry: dict[str, Any]) -> dict[str, Any]:
    return {"seq": entry["seq"], "hash": entry["hash"]}


def anchor(entry: dict[str, Any], user: str = "clerk1") -> dict[str, Any]:
    return {"user": user, "seq": entry["seq"], "hash": entry["hash"],
            "at": "2025-04-01T08:00:00+00:00", "signature": "c2lnbmVk"}


def send(hq: ControlRoom, device: Enrolled, audit: list[dict[str, Any]],
         audit_head: dict[str, Any], anchors: list[dict[str, Any]] = ()) -> dict[str, Any]:
    body = {**batch(device, [], audit), "audit_head": audit_head,
            "audit_anchors": list(anchors)}
    answer = post_batch(hq, device, body)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def audit_state(hq: ControlRoom, device: Enrolled) -> tuple[str, str]:
    health = device_health(hq, device.device_id)
    return health["audit_status"], health["audit_problem"]


def test_an_intact_chain_with_its_head_and_anchor(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    entries = chain(1, ["login", "create", "create", "sync"])

    answer = send(controlroom, device, entries, head(entries[-1]), [anchor(entries[-1])])

    assert (answer["audit_held_through"], answer["audit_held_hash"]) == (4, entries[-1]["hash"])
    assert audit_state(controlroom, device) == ("intact", "")


def test_a_head_behind_what_hq_holds_is_a_rollback(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    entries = chain(1, ["login"] + ["create"] * 5)
    send(controlroom, device, entries, head(entries[-1]))

    send(controlroom, device, [], head(entries[3]))  # the last two deleted on the device

    assert audit_state(controlroom, device) == (
        "rolled_back", "the device's audit log now ends at entry 4, but HQ holds it up to "
        "entry 6: entries were deleted after they were sent")


def test_a_head_that_contradicts_hq_is_a_rewrite(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    entries = chain(1, ["login"] + ["create"] * 5)
    send(controlroom, device, entries, head(entries[-1]))
    rewritten = chain(3, ["create"] * 3, prev_hash=entries[1]["hash"])

    send(controlroom, device, [], head(rewritten[-1]))  # recomputed, marked as sent

    status, problem = audit_state(controlroom, device)
    assert status == "rewritten"
    assert problem.startswith("the device's audit entry 5 differs from the one HQ holds")


def test_an_anchored_entry_that_arrives_with_another_hash(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    entries = chain(1, ["login"] + ["create"] * 4)
    # Five entries on the device, three sent so far, the clerk's anchor on the fifth.
    send(controlroom, device, entries[:3], head(entries[-1]), [anchor(entries[-1])])
    rewritten = chain(4, ["create", "create"], prev_hash=entries[2]["hash"])

    send(controlroom, device, rewritten, head(rewritten[-1]))  # 4 and 5 redone before sending

    assert audit_state(controlroom, device) == (
        "rewritten", "clerk1's anchor names audit entry 5, but the entry HQ received there "
        "differs: the log was rewritten before it was sent")


def test_an_anchor_the_chain_no_longer_reaches(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    entries = chain(1, ["login"] + ["create"] * 4)

    # Entries 4 and 5 were deleted before they were ever sent; the anchor on 5 survived.
    send(controlroom, device, entries[:3], head(entries[2]), [anchor(entries[-1])])

    assert audit_state(controlroom, device) == (
        "rolled_back", "clerk1's anchor names audit entry 5, but the device's log now ends at "
        "entry 3: entries were deleted before they were sent")


def test_a_fork_right_after_a_restore_entry_is_a_restore(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    entries = chain(1, ["login"] + ["create"] * 5)
    send(controlroom, device, entries, head(entries[-1]), [anchor(entries[-1])])
    after_restore = chain(4, ["restore", "login"], prev_hash=entries[2]["hash"])

    answer = send(controlroom, device, after_restore, head(after_restore[-1]))

    assert (answer["audit_held_through"], answer["audit_held_hash"]) == (
        5, after_restore[-1]["hash"])
    assert audit_state(controlroom, device) == (
        "restored", "restored from a backup at audit entry 3; the entries HQ held after it are "
        "kept apart for IT to check")
    engine = create_engine(controlroom.db_url)
    try:
        with engine.connect() as connection:
            kept = connection.execute(text(
                "SELECT seq, hash FROM hq_audit_superseded ORDER BY seq")).all()
    finally:
        engine.dispose()
    assert [tuple(row) for row in kept] == [(e["seq"], e["hash"]) for e in entries[3:]]


def test_a_fork_without_a_restore_entry_is_a_rewrite(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    entries = chain(1, ["login"] + ["create"] * 5)
    send(controlroom, device, entries, head(entries[-1]))
    forked = chain(4, ["create", "login"], prev_hash=entries[2]["hash"])

    send(controlroom, device, forked, head(forked[-1]))

    assert audit_state(controlroom, device)[0] == "rewritten"
