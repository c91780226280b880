"""What HQ stores (SQLModel tables). Secrets — token and code hashes — exist only here.

The tables live in their own SQLAlchemy registry, so importing the server next to the device's
core (as the tests do) never mixes the two schemas. Every table name starts with ``hq_``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Index,
    LargeBinary,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from contract.auditrule import GENESIS
from sync.server.schemas import ANSWERED_STATUSES

hq_registry = registry()


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and read back time-zone aware, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("HQ stores only time-zone aware timestamps")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _when(nullable: bool = False) -> Any:
    return Field(sa_column=Column(UtcDateTime(), nullable=nullable))


class HQTable(SQLModel, registry=hq_registry):
    """Base of every HQ table (its own metadata, apart from the device's)."""


class Setting(HQTable, table=True):
    """A named value HQ keeps about itself (its identity, the change counter)."""

    __tablename__ = "hq_setting"
    key: str = Field(primary_key=True, max_length=64)
    value: str


class Counter(HQTable, table=True):
    """A sequence whose row lock orders its users (commit order = number order)."""

    __tablename__ = "hq_counter"
    name: str = Field(primary_key=True, max_length=32)
    value: int = 0


class Device(HQTable, table=True):
    """An enrolled laptop, its token's hash, and what HQ knows of its sync and audit chain."""

    __tablename__ = "hq_device"
    device_id: str = Field(primary_key=True, max_length=36)
    checkpoint: str = Field(index=True, max_length=32)
    token_hash: str = Field(max_length=64, unique=True)
    enrolled_at: datetime = _when()
    revoked_at: datetime | None = _when(nullable=True)
    last_batch_at: datetime | None = _when(nullable=True)
    last_batch_id: str | None = Field(default=None, max_length=36)
    # Any authenticated sync request (a batch or a fetch of updates): a laptop with nothing to
    # send still fetches updates each round, so this, not the last batch, says it is alive.
    last_contact_at: datetime | None = _when(nullable=True)
    batches_received: int = 0
    records_held: int = 0
    audit_held_through: int = 0
    audit_last_hash: str = Field(default=GENESIS, max_length=64)
    audit_status: str = Field(default="intact", max_length=16)
    audit_problem: str = ""
    audit_edits: int = 0
    # The end of the device's chain as its last batch said (seq 0 and "" before any said it).
    audit_head_seq: int = 0
    audit_head_hash: str = Field(default="", max_length=64)
    # Set when the device's chain forked right after a ``restore`` entry: the seq restored to.
    audit_restored_from: int | None = None


class EnrollmentCode(HQTable, table=True):
    """A one-time enrollment code, kept only as a hash, with its expiry and who used it."""

    __tablename__ = "hq_enrollment_code"
    code_hash: str = Field(primary_key=True, max_length=64)
    checkpoint: str = Field(max_length=32)
    created_at: datetime = _when()
    expires_at: datetime = _when()
    device_id: str | None = Field(default=None, max_length=36)
    used_at: datetime | None = _when(nullable=True)
    # Set by ``controlroom enroll --device``: the one device id this code may re-enroll (an
    # enrolled or revoked device takes no other code).
    reenrolls_device_id: str | None = Field(default=None, max_length=36)


class RecordRevision(HQTable, table=True):
    """Every revision HQ accepted, exactly as hashed (``data`` is the canonical JSON)."""

    __tablename__ = "hq_record_revision"
    kind: str = Field(primary_key=True, max_length=16)
    uuid: str = Field(primary_key=True, max_length=36)
    revision: int = Field(primary_key=True)
    hash: str = Field(max_length=64)
    data: str = Field(sa_column=Column(Text, nullable=False))
    device_id: str = Field(max_length=36)
    checkpoint: str = Field(max_length=32)
    batch_id: str = Field(max_length=36)
    updated_at: datetime = _when()
    received_at: datetime = _when()
    # When retention removed the personal fields from ``data`` (``hash`` is kept, so the same
    # revision sent again is still a duplicate); None while ``data`` is as received.
    purged_at: datetime | None = _when(nullable=True)


class Crossing(HQTable, table=True):
    """The current (highest) revision of a crossing: only what the national tally needs."""

    __tablename__ = "hq_crossing"
    __table_args__ = (Index("ix_hq_crossing_checkpoint_day", "checkpoint", "local_day"),
                      Index("ix_hq_crossing_local_day", "local_day"),
                      # The national picture's late amendments of a range, without a scan.
                      Index("ix_hq_crossing_late_day", "late", "local_day", "checkpoint"))
    uuid: str = Field(primary_key=True, max_length=36)
    revision: int
    # The device that created the record: the only one whose revisions HQ takes (DESIGN §5).
    owner_device_id: str = Field(max_length=36)
    checkpoint: str = Field(max_length=32)
    local_day: date
    household_uuid: str = Field(index=True, max_length=36)
    voided: bool = False
    late: bool = False


class CrossingCount(HQTable, table=True):
    """One tally key a current, not voided crossing adds to its day (``n`` times)."""

    __tablename__ = "hq_crossing_count"
    __table_args__ = (Index("ix_hq_crossing_count_day", "local_day", "checkpoint"),)
    crossing_uuid: str = Field(primary_key=True, max_length=36)
    dimension: str = Field(primary_key=True, max_length=32)
    value: str = Field(primary_key=True)
    checkpoint: str = Field(max_length=32)
    local_day: date
    n: int = 1


class DayTally(HQTable, table=True):
    """The tally keys of one checkpoint's day, summed: ``hq_crossing_count`` per day, kept in
    step with it by ingest (in the same transaction). A month's national tally reads a few
    thousand of these rows instead of millions of per-crossing ones."""

    __tablename__ = "hq_day_tally"
    local_day: date = Field(primary_key=True)
    checkpoint: str = Field(primary_key=True, max_length=32)
    dimension: str = Field(primary_key=True, max_length=32)
    value: str = Field(primary_key=True)
    n: int = 0


class Household(HQTable, table=True):
    """What the tally counts of a household: its first day (over every crossing of it, voided
    too) and whether anyone in it is not voided; kept by ingest as its crossings arrive."""

    __tablename__ = "hq_household"
    # With ``living`` in it, a month's households are counted from the index alone (at
    # 5,000,000 crossings: 6 ms instead of 120 ms on SQLite; docs/benchmarks.md).
    __table_args__ = (Index("ix_hq_household_first_day_living", "first_day", "living"),
                      Index("ix_hq_household_checkpoint_first_day_living", "checkpoint",
                            "first_day", "living"))
    household_uuid: str = Field(primary_key=True, max_length=36)
    # Where it was recorded: its crossings all come from the one device that writes them.
    checkpoint: str = Field(default="", max_length=32, sa_column_kwargs={"server_default": ""})
    first_day: date
    living: bool = True


# The desk works from the complaints still waiting for an answer: few, and the newest, behind
# years of answered ones. Their own (partial) indexes find them without walking past the
# others. A query uses them only when it says exactly this (see ``complaints._conditions``).
OPEN_COMPLAINT = ("status NOT IN (" + ", ".join(f"'{status}'" for status in ANSWERED_STATUSES)
                  + ")")
# The filters the queue offers, by the columns that lead their indexes.
QUEUE_FILTERS = {"": (), "checkpoint": ("checkpoint",), "category": ("category",),
                 "assignee": ("assigned_to",)}


def _queue_indexes() -> tuple[Index, ...]:
    """Indexes that hand the complaints queue one urgency's rows already oldest first, after
    each filter's column: a page reads a few index entries, never every complaint. Each filter
    has one over every complaint and one over the open ones; one status has its own."""
    indexes = [Index("ix_hq_complaint_status_queue", "status", "urgency", "taken_at")]
    for name, leading in QUEUE_FILTERS.items():
        infix = f"_{name}" if name else ""
        indexes.append(Index(f"ix_hq_complaint{infix}_queue", *leading, "urgency", "taken_at"))
        indexes.append(Index(f"ix_hq_complaint{infix}_open_queue", *leading, "urgency",
                             "taken_at", postgresql_where=text(OPEN_COMPLAINT),
                             sqlite_where=text(OPEN_COMPLAINT)))
    return tuple(indexes)


class Complaint(HQTable, table=True):
    """The current revision of a complaint; ``status``, the assignee and notes are HQ's own."""

    __tablename__ = "hq_complaint"
    __table_args__ = _queue_indexes()
    uuid: str = Field(primary_key=True, max_length=36)
    revision: int
    # The device that created the record: the only one whose revisions HQ takes (DESIGN §5).
    owner_device_id: str = Field(max_length=36)
    checkpoint: str = Field(max_length=32)
    category: str
    description: str = Field(sa_column=Column(Text, nullable=False))
    crossing_uuid: str | None = Field(default=None, max_length=36)
    contact: str = ""
    urgency: str = Field(default="normal", max_length=16)
    taken_by: str
    taken_at: datetime = _when()
    received_at: datetime = _when()
    status: str = Field(default="received", max_length=24)
    status_updated_at: datetime | None = _when(nullable=True)
    # When retention removed the description and contact; None while kept.
    purged_at: datetime | None = _when(nullable=True)
    # The staff user working it (a complaints officer or above), and since when.
    assigned_to: str | None = Field(default=None, max_length=64)
    assigned_at: datetime | None = _when(nullable=True)


class ComplaintAssignment(HQTable, table=True):
    """Who assigned a complaint to whom, and when (``assigned_to`` None: taken off anyone)."""

    __tablename__ = "hq_complaint_assignment"
    id: int | None = Field(default=None, primary_key=True)
    complaint_uuid: str = Field(index=True, max_length=36)
    at: datetime = _when()
    assigned_by: str = Field(max_length=64)
    assigned_to: str | None = Field(default=None, max_length=64)


class ComplaintNote(HQTable, table=True):
    """An internal note on a complaint. It may name people, so retention empties ``text``
    with the complaint's own personal fields."""

    __tablename__ = "hq_complaint_note"
    id: int | None = Field(default=None, primary_key=True)
    complaint_uuid: str = Field(index=True, max_length=36)
    at: datetime = _when()
    author: str = Field(max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))


class Closeout(HQTable, table=True):
    """The current revision of a day close-out and HQ's reconciliation of it."""

    __tablename__ = "hq_closeout"
    __table_args__ = (Index("ix_hq_closeout_checkpoint_day", "checkpoint", "day"),)
    uuid: str = Field(primary_key=True, max_length=36)
    revision: int
    # The device that created the record: the only one whose revisions HQ takes (DESIGN §5).
    owner_device_id: str = Field(max_length=36)
    checkpoint: str = Field(max_length=32)
    day: date
    frozen_total: int
    tally_hash: str = Field(max_length=64)
    tally_hash_matches: bool = True
    closed_by: str
    signed_name: str = ""
    closed_at: datetime = _when()
    held: int = 0
    missing: int = 0
    reconciled: bool = False


class Change(HQTable, table=True):
    """Something that flows down to a checkpoint (``updates?since=``), in commit order."""

    __tablename__ = "hq_change"
    __table_args__ = (Index("ix_hq_change_checkpoint_seq", "checkpoint", "seq"),
                      # A complaint's history reads its status changes.
                      Index("ix_hq_change_record_uuid", "record_uuid"))
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    checkpoint: str = Field(max_length=32)
    kind: str = Field(max_length=16)  # "complaint" (a status HQ set) or "closeout"
    record_uuid: str = Field(max_length=36)
    status: str | None = Field(default=None, max_length=24)
    changed_at: datetime = _when()
    changed_by: str = ""


class Batch(HQTable, table=True):
    """A batch HQ applied, kept with its exact answer so a resend gets the same one."""

    __tablename__ = "hq_batch"
    device_id: str = Field(primary_key=True, max_length=36)
    batch_id: str = Field(primary_key=True, max_length=36)
    received_at: datetime = _when()
    records: int = 0
    response: str = Field(sa_column=Column(Text, nullable=False))


class AuditRecord(HQTable, table=True):
    """One of a device's audit entries as received (``at`` kept as the hashed UTC text)."""

    __tablename__ = "hq_audit_entry"
    device_id: str = Field(primary_key=True, max_length=36)
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: str = Field(max_length=40)
    actor: str
    action: str
    target: str = Field(default="", sa_column=Column(Text, nullable=False))
    details: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    received_at: datetime = _when()


class AuditAnchorRecord(HQTable, table=True):
    """A user's signed mark of where a device's chain ended (``contract.wire.AuditAnchor``),
    as received: HQ holds the entries it receives to it."""

    __tablename__ = "hq_audit_anchor"
    device_id: str = Field(primary_key=True, max_length=36)
    username: str = Field(primary_key=True, max_length=64)
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    hash: str = Field(max_length=64)
    at: str = Field(max_length=40)
    signature: str = Field(max_length=128)
    received_at: datetime = _when()


class SupersededAuditRecord(HQTable, table=True):
    """An audit entry HQ held on a branch a restore left behind: kept as evidence, apart from
    the chain the device goes on with."""

    __tablename__ = "hq_audit_superseded"
    device_id: str = Field(primary_key=True, max_length=36)
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    hash: str = Field(primary_key=True, max_length=64)
    at: str = Field(max_length=40)
    actor: str
    action: str
    target: str = Field(default="", sa_column=Column(Text, nullable=False))
    details: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    received_at: datetime = _when()
    superseded_at: datetime = _when()
    restored_from: int


class StaffUser(HQTable, table=True):
    """A member of the control room's staff: role, Argon2id password hash, and state."""

    __tablename__ = "hq_staff_user"
    username: str = Field(primary_key=True, max_length=64)
    full_name: str = Field(default="", max_length=100)
    role: str = Field(max_length=16)  # ``staff.roles.StaffRole``
    password_hash: str = Field(max_length=255)
    active: bool = True
    must_change_password: bool = True
    created_at: datetime = _when()
    created_by: str = Field(max_length=64)
    last_sign_in_at: datetime | None = _when(nullable=True)


class StaffToken(HQTable, table=True):
    """A signed-in staff member's bearer token, kept only as its SHA-256."""

    __tablename__ = "hq_staff_token"
    token_hash: str = Field(primary_key=True, max_length=64)
    username: str = Field(index=True, max_length=64)
    created_at: datetime = _when()
    last_used_at: datetime = _when()
    expires_at: datetime = _when()


class StaffSignInCount(HQTable, table=True):
    """Sign-in attempts counted before each password is tried, per user name and per address.

    ``key`` is the SHA-256 of ``name:<what was typed>`` or ``address:<client>``: what someone
    typed as a user name (perhaps their password) is never stored in plain."""

    __tablename__ = "hq_staff_sign_in_count"
    key: str = Field(primary_key=True, max_length=64)
    attempts: int = 0
    last_at: datetime = _when()


class StaffAuditEntry(HQTable, table=True):
    """One entry of HQ's own audit log of staff actions, hash-chained like the device's
    (``contract.auditrule``; ``at`` kept as the hashed UTC text)."""

    __tablename__ = "hq_staff_audit"
    # The audit page filters by who and by what, newest first, over years of entries.
    __table_args__ = (Index("ix_hq_staff_audit_actor_seq", "actor", "seq"),
                      Index("ix_hq_staff_audit_action_seq", "action", "seq"),
                      Index("ix_hq_staff_audit_at", "at"))
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: str = Field(max_length=40)
    actor: str = Field(max_length=64)
    action: str = Field(max_length=32)
    target: str = Field(default="", max_length=128)
    details: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


# -- HQ's reference data (DESIGN §4), sent down to every desk ---------------------------------

class PolicyDate(HQTable, table=True):
    """A dated policy value (``contract.documents.policy_key``): from ``effective_from`` on,
    documents of its type count as valid until ``value``."""

    __tablename__ = "hq_policy_date"
    __table_args__ = (UniqueConstraint("key", "effective_from",
                                       name="uq_hq_policy_date_key_from"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=64)
    value: date
    effective_from: date
    note: str = Field(default="", max_length=500)
    set_by: str = Field(max_length=64)
    set_at: datetime = _when()


class CancelledCard(HQTable, table=True):
    """A card on the cancelled list, by its type and ``document_number_key``."""

    __tablename__ = "hq_cancelled_card"
    document_type: str = Field(primary_key=True, max_length=16)
    number_key: str = Field(primary_key=True, max_length=64)
    reason: str = Field(max_length=32)
    since: date
    listed_by: str = Field(max_length=64)
    listed_at: datetime = _when()


def _digest(primary_key: bool = False, nullable: bool = False) -> Any:
    return Field(sa_column=Column(LargeBinary(8), primary_key=primary_key, nullable=nullable))


class DepartureMark(HQTable, table=True):
    """A document recorded departing at a checkpoint on a day, as its keyed hash
    (``contract.documents.departure_digest``), with how many current crossings carry it: the
    mark goes when the last of them is voided or corrected to another document."""

    __tablename__ = "hq_departure_mark"
    __table_args__ = (Index("ix_hq_departure_mark_day", "day"),)
    digest: bytes = _digest(primary_key=True)
    checkpoint: str = Field(primary_key=True, max_length=32)
    day: date = Field(primary_key=True)
    crossings: int = 1


class CrossingDigest(HQTable, table=True):
    """The digests a crossing's current revision adds to the departure marks: what a
    correction or a void takes back (the revision's own data may be purged by then)."""

    __tablename__ = "hq_crossing_digest"
    __table_args__ = (Index("ix_hq_crossing_digest_day", "day"),)
    crossing_uuid: str = Field(primary_key=True, max_length=36)
    digest: bytes = _digest(primary_key=True)
    checkpoint: str = Field(max_length=32)
    day: date


class ReferenceChange(HQTable, table=True):
    """One change to the reference data; ``seq`` is the reference version it makes. It holds
    the state it left (a card's reason and since, a mark's day), so a delta is compacted from
    the log alone and is exactly HQ's state at its last seq."""

    __tablename__ = "hq_reference_change"
    __table_args__ = (Index("ix_hq_reference_change_changed_at", "changed_at"),)
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    kind: str = Field(max_length=16)  # "policy" | "card" | "departure"
    op: str = Field(max_length=8)  # "add" | "remove"
    document_type: str | None = Field(default=None, max_length=16)
    number_key: str | None = Field(default=None, max_length=64)
    reason: str | None = Field(default=None, max_length=32)
    since: date | None = None
    digest: bytes | None = _digest(nullable=True)
    checkpoint: str | None = Field(default=None, max_length=32)
    day: date | None = None
    changed_at: datetime = _when()


metadata = hq_registry.metadata


def table(model: type[HQTable]) -> Table:
    """The Core table of a model, for set-based statements that skip the ORM's bookkeeping."""
    return metadata.tables[str(model.__tablename__)]
