"""Each device's audit chain, as HQ keeps and checks it (DESIGN §5, §6).

The entries travel with the batches. HQ keeps every one it receives, then walks the chain from
where it last verified: ``audit_held_through`` advances over every entry that links up, and the
first one that does not is named (a gap: entries not yet received; broken: an entry that does not
verify). An entry sent again with other contents is counted as an edit. None of this ever
refuses a batch: the records are the point, the chain is evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import insert, select
from sqlmodel import Session, col

from contract.auditrule import entry_hash, utc_text
from contract.wire import AuditIn
from sync.server.models import AuditRecord, Device, table


def take_audit(session: Session, device: Device, entries: Iterable[AuditIn],
               now: datetime) -> None:
    """Keep the entries HQ did not hold, count re-sent ones that differ, then check the chain."""
    by_seq: dict[int, AuditIn] = {}
    for entry in entries:
        by_seq.setdefault(entry.seq, entry)
    if not by_seq:
        return
    held = {row.seq: row for row in session.execute(select(AuditRecord).where(
        col(AuditRecord.device_id) == device.device_id,
        col(AuditRecord.seq).in_(list(by_seq)))).scalars()}
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
    check_chain(session, device)


def check_chain(session: Session, device: Device) -> None:
    """Advance ``audit_held_through`` over every entry that links up; name the first break."""
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
            status, problem = "broken", f"audit entry {row.seq} does not follow the one before it"
            break
        if entry_hash(prev_hash, row.seq, row.at, row.actor, row.action, row.target,
                      row.details) != row.hash:
            status, problem = "broken", f"audit entry {row.seq} was changed after it was written"
            break
        seq, prev_hash = row.seq, row.hash
    device.audit_held_through, device.audit_last_hash = seq, prev_hash
    if not status and device.audit_edits:
        status = "edited"
        problem = (f"{device.audit_edits} audit entries were sent again with contents "
                   "different from the copies HQ holds")
    device.audit_status, device.audit_problem = status or "intact", problem
