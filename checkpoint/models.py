"""The device's tables (DESIGN §4).

Crossings, complaints and day close-outs are the synced aggregates: each row carries
``revision`` (bumped by every local change) and ``synced_revision`` (the highest revision HQ
acknowledged), so *pending* is simply ``revision > synced_revision``. Nothing is ever deleted:
mistakes are voided with a reason.

Times are stored as naive UTC; days (``local_day``) are dates in the checkpoint's time zone,
computed once when the row is written, so tallies never convert time zones at read time.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Dialect, Index, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

UUID_LENGTH = 36


class FlagSet(TypeDecorator[frozenset[str]]):
    """A small set of codes stored as one comma-joined, sorted text ("" for none).

    The one place the stored form is made and read: everywhere in Python it is a frozenset.
    """

    impl = String
    cache_ok = True

    def process_bind_param(self, value: frozenset[str] | None, dialect: Dialect) -> str:
        return ",".join(sorted(value or ()))

    def process_result_value(self, value: str | None, dialect: Dialect) -> frozenset[str]:
        return frozenset(flag for flag in (value or "").split(",") if flag)


class Setting(SQLModel, table=True):
    """One configuration value (checkpoint code, time zone, retention days, ...)."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True, max_length=64)
    value: str


class PolicyDate(SQLModel, table=True):
    """A dated policy value, e.g. the date PoR cards are extended to (DESIGN §4: data, not code)."""

    __tablename__ = "policy_date"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, max_length=64)
    value: date
    effective_from: date
    note: str = ""


class ReferenceCard(SQLModel, table=True):
    """A card on HQ's cancelled-cards list (HQ's reference data; only sync writes it).

    Keyed as both ends key a number (``contract.documents.document_number_key``). WITHOUT
    ROWID: the row lives in its key's b-tree, so the desk's lookup is one descent however many
    million cards are held, and the key is not stored twice.
    """

    __tablename__ = "reference_card"
    __table_args__ = {"sqlite_with_rowid": False}
    document_type: str = Field(primary_key=True, max_length=16)
    number_key: str = Field(primary_key=True, max_length=64)
    reason: str = Field(max_length=24)  # a card_reasons code
    since: date


class ReferenceDeparture(SQLModel, table=True):
    """A document recorded departing at a checkpoint on a day, as HQ's keyed digest of its
    type and number (``contract.documents.departure_digest``): no name, no number.

    The primary key leads with the digest, so finding a typed document is one b-tree descent;
    the day index lets the device forget days HQ no longer holds without reading every row.
    """

    __tablename__ = "reference_departure"
    __table_args__ = (Index("ix_reference_departure_day", "day"),
                      {"sqlite_with_rowid": False})
    digest: bytes = Field(sa_column=Column(LargeBinary(8), primary_key=True))
    checkpoint: str = Field(primary_key=True, max_length=32)
    day: date = Field(primary_key=True)


class User(SQLModel, table=True):
    """A person who signs in. The password itself lives only as a key slot (see ``keyslots``)."""

    __tablename__ = "user"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=64)
    # The name as the person writes it, shown on sheets and close-outs; "" until IT types it.
    full_name: str = Field(default="", max_length=100)
    role: str = Field(max_length=16)
    active: bool = True
    must_change_password: bool = False
    created_at: datetime
    created_by: str = Field(max_length=64)
    # The user's public keys (base64) and the IT admin's signature over this row's grant
    # (``grants``): a row edited behind the app's back no longer verifies.
    sign_public: str | None = Field(default=None, max_length=64)
    box_public: str | None = Field(default=None, max_length=64)
    grant_signature: str | None = Field(default=None, max_length=128)


class Crossing(SQLModel, table=True):
    """One person crossing (departing), with the people travelling with them as a household."""

    __tablename__ = "crossing"
    __table_args__ = (
        Index("ix_crossing_day", "local_day"),
        Index("ix_crossing_household", "household_uuid"),
        Index("ix_crossing_pending", "revision", "synced_revision"),
        # One per sort order of the records list, each ending in the tie-breaker uuid, so a
        # page continues from the row before it without sorting (checkpoint.search). Each
        # costs about 60 MB and 6 s to build per million crossings: columns with a handful of
        # values (sex, sync state) are filtered, not sorted.
        Index("ix_crossing_crossed_at", "crossed_at", "uuid"),
        Index("ix_crossing_recorded_at", "recorded_at", "uuid"),
        Index("ix_crossing_full_name", "full_name", "uuid"),
        Index("ix_crossing_father_name", "father_name", "uuid"),
        Index("ix_crossing_origin", "origin_province", "crossed_at", "uuid"),
        Index("ix_crossing_recorded_by", "recorded_by", "uuid"),
        # Only the unsynced rows, in the order sync sends them: finding what is pending stays
        # instant however many million records are already synced.
        Index("ix_crossing_unsynced", "updated_at",
              sqlite_where=text("revision > synced_revision")),
    )
    uuid: str = Field(primary_key=True, max_length=UUID_LENGTH)
    checkpoint: str = Field(max_length=32)
    direction: str = Field(default="departure", max_length=16)
    crossed_at: datetime
    local_day: date
    recorded_by: str = Field(max_length=64)
    recorded_at: datetime
    household_uuid: str = Field(max_length=UUID_LENGTH)
    # Where the person stood in the household as entered (0 is the head): how the household is
    # listed, whatever the UUIDs.
    household_position: int = 0
    full_name: str
    father_name: str = ""
    full_name_native: str = ""
    father_name_native: str = ""
    # Folded search keys (checkpoint.folding): what search matches, never what is shown.
    name_key: str = ""
    father_key: str = ""
    sex: str | None = Field(default=None, max_length=1)
    birth_date: date | None = None
    age_years: int | None = None
    age_estimated: bool = False
    nationality: str | None = Field(default=None, max_length=3)
    origin_province: str = Field(max_length=8)
    origin_district: str = ""
    destination_province: str | None = Field(default=None, max_length=8)
    return_type: str | None = Field(default=None, max_length=16)
    vrf_number: str = ""
    # A small fixed set of codes, always read whole: stored as one text column (FlagSet).
    vulnerabilities: frozenset[str] = Field(
        default=frozenset(), sa_column=Column(FlagSet, nullable=False))
    remarks: str = ""
    voided: bool = False
    void_reason: str = ""
    # Created, corrected or voided after its day was closed out: an amendment on the next sheet.
    late: bool = False
    revision: int = 1
    synced_revision: int = 0
    updated_at: datetime
    # When retention removed the personal fields (``checkpoint.retention``); None while kept.
    purged_at: datetime | None = None


class DocumentCheck(SQLModel, table=True):
    """One document looked at for a crossing; part of the crossing aggregate."""

    __tablename__ = "document_check"
    __table_args__ = (
        Index("ix_document_number", "document_type", "number_key"),
        # The records search: a document number by its first characters, whatever its type.
        Index("ix_document_check_number_key", "number_key"),
    )
    id: int | None = Field(default=None, primary_key=True)
    crossing_uuid: str = Field(foreign_key="crossing.uuid", index=True, max_length=UUID_LENGTH)
    position: int = 0
    document_type: str = Field(max_length=16)
    number: str = ""
    # Upper-cased, with spaces and dashes removed: what the duplicate warning compares.
    number_key: str = ""
    issuing_country: str = Field(default="", max_length=3)
    expiry: date | None = None
    result: str | None = Field(default=None, max_length=24)
    method: str = Field(default="visual", max_length=8)
    custody: str = Field(default="returned_to_holder", max_length=24)
    # Warnings the clerk was shown and saved anyway (``document_warnings`` codes, FlagSet:
    # "" for none), and the version of HQ's lists they came from.
    warnings: frozenset[str] = Field(
        default=frozenset(), sa_column=Column(FlagSet, nullable=False, server_default=""))
    reference_version: int | None = None
    checked_by: str = Field(max_length=64)


class CrossingRevision(SQLModel, table=True):
    """What a crossing looked like after each change: its history, shown to shift leads."""

    __tablename__ = "crossing_revision"
    crossing_uuid: str = Field(primary_key=True, foreign_key="crossing.uuid",
                               max_length=UUID_LENGTH)
    revision: int = Field(primary_key=True)
    action: str = Field(max_length=16)
    changed_by: str = Field(max_length=64)
    changed_at: datetime
    changed_fields: str = ""  # comma-separated field names
    reason: str = Field(default="", max_length=500)  # why it was corrected or voided
    snapshot: str  # canonical JSON of the aggregate at this revision


class Household(SQLModel, table=True):
    """People travelling together. ``live_members`` (not voided) decides whether it is counted."""

    __tablename__ = "household"
    uuid: str = Field(primary_key=True, max_length=UUID_LENGTH)
    local_day: date
    live_members: int = 0


class DayCount(SQLModel, table=True):
    """Per-day tally counters, kept in the same transaction as every change to a crossing.

    ``dimension`` is a tally breakdown (``origin_province``, ``sex``, ...; ``total`` and
    ``households`` with an empty value). A day's or a month's tally sums a few hundred of these
    rows instead of scanning millions of crossings.
    """

    __tablename__ = "day_count"
    day: date = Field(primary_key=True)
    dimension: str = Field(primary_key=True, max_length=24)
    value: str = Field(primary_key=True, max_length=32)
    n: int = 0


class DayCloseout(SQLModel, table=True):
    """A closed day: its tally frozen as canonical JSON and hashed, signed by name."""

    __tablename__ = "day_closeout"
    uuid: str = Field(primary_key=True, max_length=UUID_LENGTH)
    checkpoint: str = Field(max_length=32)
    day: date = Field(unique=True)
    tally_json: str
    tally_hash: str = Field(max_length=64)
    closed_by: str = Field(max_length=64)
    signed_name: str = ""
    closed_at: datetime
    revision: int = 1
    synced_revision: int = 0
    updated_at: datetime
    # HQ's comparison with the records it received for the day (None until HQ said).
    hq_reconciled: bool | None = None
    hq_missing: int | None = None
    # Whether HQ found the frozen tally's hash right (None until HQ said).
    hq_tally_hash_matches: bool | None = None


class LateAmendment(SQLModel, table=True):
    """A change to a crossing of a day that was already closed out."""

    __tablename__ = "late_amendment"
    id: int | None = Field(default=None, primary_key=True)
    crossing_uuid: str = Field(foreign_key="crossing.uuid", max_length=UUID_LENGTH)
    day: date = Field(index=True)
    action: str = Field(max_length=16)
    changed_by: str = Field(max_length=64)
    changed_at: datetime = Field(index=True)


class Complaint(SQLModel, table=True):
    """A returnee's complaint taken at the checkpoint; HQ owns ``status``."""

    __tablename__ = "complaint"
    uuid: str = Field(primary_key=True, max_length=UUID_LENGTH)
    checkpoint: str = Field(max_length=32)
    category: str = Field(max_length=32)
    description: str
    crossing_uuid: str | None = Field(default=None, foreign_key="crossing.uuid",
                                      max_length=UUID_LENGTH)
    contact: str = ""
    urgency: str = Field(default="normal", max_length=16)
    status: str = Field(default="received", max_length=24)
    status_updated_at: datetime | None = None
    taken_by: str = Field(max_length=64)
    taken_at: datetime
    revision: int = 1
    synced_revision: int = 0
    updated_at: datetime
    # When retention removed the description and contact; None while kept.
    purged_at: datetime | None = None


class AuditEntry(SQLModel, table=True):
    """Append-only, hash-chained log of who did what (DESIGN §6). No personal data in it."""

    __tablename__ = "audit_entry"
    __table_args__ = (UniqueConstraint("hash"),)
    seq: int = Field(primary_key=True)
    at: datetime
    actor: str = Field(max_length=64)
    action: str = Field(max_length=32)
    target: str = ""  # record UUIDs, comma-separated, or a user name for user changes
    details: str = "{}"  # canonical JSON: counts and changed field names only
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    synced: bool = False
    # The signed-in user whose key signed ``hash`` (base64 Ed25519), so nobody else can
    # rewrite the entry and sign it again; empty for entries older than signing.
    signed_by: str | None = Field(default=None, max_length=64)
    signature: str | None = Field(default=None, max_length=128)


class SyncRejection(SQLModel, table=True):
    """A record HQ refused at a given revision, with HQ's reason (DESIGN §5).

    Not sent again by itself; a correction makes a new revision, which is sent, and an
    acknowledgement of it removes this row.
    """

    __tablename__ = "sync_rejection"
    kind: str = Field(primary_key=True, max_length=16)
    uuid: str = Field(primary_key=True, max_length=UUID_LENGTH)
    revision: int
    code: str = Field(max_length=64)
    field: str | None = Field(default=None, max_length=64)
    reason: str = ""
    at: datetime


class UserPreference(SQLModel, table=True):
    """One user's own preferences (``checkpoint.preferences``); no row means the defaults."""

    __tablename__ = "user_preference"
    username: str = Field(primary_key=True, foreign_key="user.username", max_length=64)
    language: str = Field(default="", max_length=16)
    digits: str = Field(default="latin", max_length=16)
    calendar: str = Field(default="gregorian", max_length=16)
    font_scale: int = 100
    high_contrast: bool = False
