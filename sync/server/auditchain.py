"""Each device's audit chain, as HQ keeps and checks it (DESIGN §5, §6).

The entries travel with the batches. HQ keeps every one it receives, then walks the chain from
where it last verified: ``audit_held_through`` advances over every entry that links up, and the
first one that does not is named (a gap: entries not yet received; broken: an entry that does not
verify). An entry sent again with other contents is counted as an edit.

Entries deleted on the device never travel, so each batch also says where the device's chain
ends now (its head) and carries its users' signed anchors (``contract.wire.AuditAnchor``). HQ
flags the device when the head is behind what HQ holds (``rolled_back``) or contradicts an entry
HQ holds (``rewritten``), and when an anchor names an entry HQ then receives with another hash,
or that the device's chain no longer reaches (entries deleted before they were sent). A chain
that forks right after a ``restore`` entry is a backup put back: HQ sets the branch it held
aside (kept, as evidence) and reports ``restored`` for IT to check, not tampering.

None of this ever refuses a batch: the records are the point, the chain is evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, literal, select
from sqlmodel import Session, col

from contract.auditrule import GENESIS, entry_hash, utc_text
from contract.wire import AuditAnchor, AuditHead, AuditIn
from sync.server.models import (
    AuditAnchorRecord,
    AuditRecord,
    Device,
    SupersededAuditRecord,
    table,
)

RESTORE_ACTION = "restore"


def take_audit(session: Session, device: Device, entries: Iterable[AuditIn], now: datetime,
               *, head: AuditHead | None = None,
               anchors: Sequence[AuditAnchor] = ()) -> None:
    """Keep the entries HQ did not hold (after setting aside a branch a restore left behind),
    count re-sent ones that differ, keep the head and anchors, then check the chain."""
    by_seq: dict[int, AuditIn] = {}
    for entry in entries:
        by_seq.setdefault(entry.seq, entry)
    held = _held(session, device, list(by_seq))
    restored_from = _restore_fork(session, device, by_seq, held)
    if restored_from is not None:
        _set_aside(session, device, restored_from, now)
        held = {seq: row for seq, row in held.items() if seq <= restored_from}
    new_rows = []
    for seq, entry in sorted(by_seq.items()):
        fields = {"at": utc_text(entry.at), "actor": entry.actor, "action": entry.action,
                  "target": entry.target, "details": entry.details,
                  "prev_hash": entry.prev_hash, "hash": entry.hash}
        if seq in held:
            if any(getattr(held[seq], name) != value for name, value in fields.items()):
                device.audit_edits += 1
            continue
        new_rows.append({"device_id": device.device_id, "seq": seq, "received_at": now,
                         **fields})
    if new_rows:
        session.execute(insert(table(AuditRecord)), new_rows)
    _keep_anchors(session, device, anchors, now)
    # A batch without a head (an older version of the app) leaves no head to judge by.
    device.audit_head_seq, device.audit_head_hash = (head.seq, head.hash) if head else (0, "")
    check_chain(session, device)


def _held(session: Session, device: Device, seqs: list[int]) -> dict[int, AuditRecord]:
    if not seqs:
        return {}
    return {row.seq: row for row in session.execute(select(AuditRecord).where(
        col(AuditRecord.device_id) == device.device_id,
        col(AuditRecord.seq).in_(seqs))).scalars()}


def _hashes(session: Session, device: Device, seqs: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(seqs))
    if not wanted:
        return {}
    rows = session.execute(select(col(AuditRecord.seq), col(AuditRecord.hash)).where(
        col(AuditRecord.device_id) == device.device_id, col(AuditRecord.seq).in_(wanted)))
    return {seq: hashed for seq, hashed in rows}


def _restore_fork(session: Session, device: Device, by_seq: dict[int, AuditIn],
                  held: dict[int, AuditRecord]) -> int | None:
    """The seq a restore went back to, when the first entry that differs from HQ's copy is a
    ``restore`` entry following HQ's own entry before it; else None."""
    for seq, entry in sorted(by_seq.items()):
        if seq not in held or held[seq].hash == entry.hash:
            continue
        if entry.action != RESTORE_ACTION:
            return None
        before = GENESIS if seq == 1 else _hashes(session, device, [seq - 1]).get(seq - 1)
        return seq - 1 if entry.prev_hash == before else None
    return None


def _set_aside(session: Session, device: Device, restored_from: int, now: datetime) -> None:
    """Move HQ's entries after ``restored_from`` apart (kept, as evidence) and forget the
    anchors that named them: the device goes on from its backup."""
    entries = table(AuditRecord)
    branch = (entries.c.device_id == device.device_id) & (entries.c.seq > restored_from)
    kept = table(SupersededAuditRecord)
    session.execute(insert(kept).from_select(
        ["device_id", "seq", "hash", "at", "actor", "action", "target", "details", "prev_hash",
         "received_at", "superseded_at", "restored_from"],
        select(entries.c.device_id, entries.c.seq, entries.c.hash, entries.c.at,
               entries.c.actor, entries.c.action, entries.c.target, entries.c.details,
               entries.c.prev_hash, entries.c.received_at,
               literal(now, kept.c.superseded_at.type).label("superseded_at"),
               literal(restored_from, kept.c.restored_from.type).label("restored_from"))
        .where(branch)))
    session.execute(delete(entries).where(branch))
    session.execute(delete(table(AuditAnchorRecord)).where(
        col(AuditAnchorRecord.device_id) == device.device_id,
        col(AuditAnchorRecord.seq) > restored_from))
    if device.audit_held_through > restored_from:
        device.audit_held_through = restored_from
        device.audit_last_hash = (GENESIS if restored_from == 0 else
                                  _hashes(session, device, [restored_from])[restored_from])
    device.audit_restored_from = restored_from


def _keep_anchors(session: Session, device: Device, anchors: Sequence[AuditAnchor],
                  now: datetime) -> None:
    if not anchors:
        return
    held = {(name, seq) for name, seq in session.execute(
        select(col(AuditAnchorRecord.username), col(AuditAnchorRecord.seq)).where(
            col(AuditAnchorRecord.device_id) == device.device_id))}
    fresh = {(a.user, a.seq): a for a in anchors if (a.user, a.seq) not in held}
    if fresh:
        session.execute(insert(table(AuditAnchorRecord)), [
            {"device_id": device.device_id, "username": a.user, "seq": a.seq, "hash": a.hash,
             "at": utc_text(a.at), "signature": a.signature, "received_at": now}
            for a in fresh.values()])


def check_chain(session: Session, device: Device) -> None:
    """Advance ``audit_held_through`` over every entry that links up; name the first problem."""
    walked = _walk(session, device)
    # A head or an anchor that contradicts HQ's copy says what happened (the log was cut or
    # rewritten); the break the walk meets after it is only its consequence.
    status, problem = _judge_head(session, device)
    if not status:
        status, problem = _judge_anchors(session, device)
    if not status:
        status, problem = walked
    if not status and device.audit_edits:
        status = "edited"
        problem = (f"{device.audit_edits} audit entries were sent again with contents "
                   "different from the copies HQ holds")
    if not status and device.audit_restored_from is not None:
        status = "restored"
        problem = (f"restored from a backup at audit entry {device.audit_restored_from}; the "
                   "entries HQ held after it are kept apart for IT to check")
    device.audit_status, device.audit_problem = status or "intact", problem


def _walk(session: Session, device: Device) -> tuple[str, str]:
    seq, prev_hash = device.audit_held_through, device.audit_last_hash
    status, problem = "", ""
    entries = table(AuditRecord)
    beyond = session.execute(select(entries).where(
        entries.c.device_id == device.device_id, entries.c.seq > seq).order_by(entries.c.seq))
    for row in beyond:
        if row.seq != seq + 1:
            first, last = seq + 1, row.seq - 1
            status, problem = "gap", (f"audit entry {first} is missing" if first == last
                                      else f"audit entries {first}–{last} are missing")
            break
        if row.prev_hash != prev_hash:
            # The entry before it is HQ's verified copy: the device's one differs now.
            status, problem = "rewritten", (f"audit entry {row.seq} does not follow the entry "
                                            f"{row.seq - 1} HQ holds: the device's log was "
                                            "rewritten after it was sent")
            break
        if entry_hash(prev_hash, row.seq, row.at, row.actor, row.action, row.target,
                      row.details) != row.hash:
            status, problem = "broken", f"audit entry {row.seq} was changed after it was written"
            break
        seq, prev_hash = row.seq, row.hash
    device.audit_held_through, device.audit_last_hash = seq, prev_hash
    return status, problem


def _judge_head(session: Session, device: Device) -> tuple[str, str]:
    """Whether the chain's end, as the device last said, still agrees with what HQ holds."""
    if not device.audit_head_hash:
        return "", ""  # a device that never said (an older version)
    head = device.audit_head_seq
    if head and _hashes(session, device, [head]).get(head, device.audit_head_hash) \
            != device.audit_head_hash:
        return "rewritten", (f"the device's audit entry {head} differs from the one HQ holds: "
                             "its log was rolled back or rewritten after it was sent")
    top = session.execute(select(func.max(col(AuditRecord.seq))).where(
        col(AuditRecord.device_id) == device.device_id)).scalar_one() or 0
    if head < top:
        return "rolled_back", (f"the device's audit log now ends at entry {head}, but HQ holds "
                               f"it up to entry {top}: entries were deleted after they were sent")
    return "", ""


def _judge_anchors(session: Session, device: Device) -> tuple[str, str]:
    """Hold the entries HQ received to the anchors it holds; an anchor whose entry HQ holds
    with its hash has done its work and is let go (the entry itself is the evidence now)."""
    anchors = session.execute(select(AuditAnchorRecord).where(
        col(AuditAnchorRecord.device_id) == device.device_id)
        .order_by(col(AuditAnchorRecord.seq))).scalars().all()
    held = _hashes(session, device, [a.seq for a in anchors])
    for anchor in anchors:
        there = held.get(anchor.seq)
        if there == anchor.hash:
            session.delete(anchor)
        elif there is not None:
            return "rewritten", (f"{anchor.username}'s anchor names audit entry {anchor.seq}, "
                                 "but the entry HQ received there differs: the log was "
                                 "rewritten before it was sent")
        elif device.audit_head_hash and device.audit_head_seq < anchor.seq:
            return "rolled_back", (f"{anchor.username}'s anchor names audit entry {anchor.seq}, "
                                   "but the device's log now ends at entry "
                                   f"{device.audit_head_seq}: entries were deleted before they "
                                   "were sent")
    return "", ""
