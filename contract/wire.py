"""Sync protocol v1 (DESIGN §5): the wire schemas, shared by the device and the control room.

Everything that travels between a checkpoint and HQ is defined here once. The device's outbox
builds these objects from its ledger and reads HQ's answers as them (``checkpoint.outbox``);
HQ validates them (``sync.server``). Secrets never appear in a response model except the token
handed out once at enrollment.

Every code field is checked against its code list (``contract.codes``), read when a record is
validated, so a code added to ``resources/codelists/*.json`` travels without touching Python.
A code not in its list fails validation with the error type ``unknown_<kind>`` (e.g.
``unknown_document_type``), which HQ sends back as the rejection's code, with the field.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from contract import codes, documents

PROTOCOL_VERSION = 1
SERVICE_NAME: Final = "checkpoint-controlroom"
API_PREFIX = "/api/v1"

# Bounds a batch keeps to (DESIGN §5): the device starts here and halves on timeout or 413.
DEFAULT_BATCH_RECORDS = 200
DEFAULT_BATCH_BYTES = 256 * 1024
# HQ refuses more than this many bytes after decompression (a gzip bomb stops here).
MAX_DECOMPRESSED_BYTES = 8 * 1024 * 1024

RecordKind = Literal["crossing", "complaint", "closeout"]
RecordStatus = Literal["accepted", "duplicate", "stale", "rejected"]
Uuid = Annotated[str, StringConstraints(min_length=32, max_length=36,
                                        pattern=r"^[0-9a-fA-F-]{32,36}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
# A batch nests 6 levels (batch, records, record, data, documents, document); deeper JSON is
# refused whole before anything walks it.
MAX_JSON_DEPTH: Final = 32
# HQ stores revisions, audit sequence numbers and change cursors in 32-bit INTEGER columns
# (PostgreSQL's range): a number past it is refused when read, never as a database error.
COLUMN_INT_MAX: Final = 2**31 - 1
Revision = Annotated[int, Field(ge=1, le=COLUMN_INT_MAX)]
Seq = Annotated[int, Field(ge=1, le=COLUMN_INT_MAX)]
Count = Annotated[int, Field(ge=0, le=COLUMN_INT_MAX)]


def _code_of(code_list: Callable[[], codes.CodeList]) -> AfterValidator:
    """A validator that accepts exactly the codes of ``code_list`` (aliases are the device's
    business: only codes travel)."""
    def check(value: str) -> str:
        listed = code_list()
        if value not in listed:
            raise PydanticCustomError(f"unknown_{listed.kind}",
                                      "'{value}' is not a {label} code",
                                      {"value": value, "label": listed.label})
        return value
    return AfterValidator(check)


CrossingPoint = Annotated[str, _code_of(codes.crossing_points)]
DocumentType = Annotated[str, _code_of(codes.document_types)]
CheckResult = Annotated[str, _code_of(codes.check_results)]
CheckMethod = Annotated[str, _code_of(codes.methods)]
Custody = Annotated[str, _code_of(codes.custody)]
Sex = Annotated[str, _code_of(codes.sexes)]
PkProvince = Annotated[str, _code_of(codes.pk_provinces)]
AfProvince = Annotated[str, _code_of(codes.af_provinces)]
ReturnType = Annotated[str, _code_of(codes.return_types)]
Vulnerability = Annotated[str, _code_of(codes.vulnerabilities)]
ComplaintCategory = Annotated[str, _code_of(codes.complaint_categories)]
CardReason = Annotated[str, _code_of(codes.card_reasons)]
DocumentWarning = Annotated[str, _code_of(codes.document_warnings)]
# A document number as both ends key it (``contract.documents.document_number_key``).
NumberKey = Annotated[str, StringConstraints(min_length=1, max_length=64)]


def _policy_key(value: str) -> str:
    if documents.policy_document_type(value) is None:
        raise PydanticCustomError("unknown_policy_key",
                                  "'{value}' is not a policy key (one of {keys})",
                                  {"value": value, "keys": ", ".join(documents.policy_keys())})
    return value


def _digests(value: str) -> str:
    try:
        raw = base64.b64decode(value, validate=True)
    except binascii.Error:
        raise PydanticCustomError("bad_digests", "digests are not base64") from None
    if len(raw) % documents.DIGEST_BYTES:
        raise PydanticCustomError("bad_digests", "digests are not whole {size}-byte hashes",
                                  {"size": documents.DIGEST_BYTES})
    return value


PolicyKey = Annotated[str, AfterValidator(_policy_key)]
Base64Digests = Annotated[str, AfterValidator(_digests)]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecordIn(_Wire):
    """One revision of one aggregate, as the device holds it."""

    kind: RecordKind
    uuid: Uuid
    revision: Revision
    hash: Sha256
    updated_at: datetime
    data: dict[str, Any]


class AuditIn(_Wire):
    """One audit entry of the device's hash chain (DESIGN §6)."""

    seq: Seq
    at: datetime
    actor: str
    action: str
    target: str = ""
    details: str = "{}"
    prev_hash: Sha256
    hash: Sha256


class AuditHead(_Wire):
    """The last entry of the device's audit chain as it stands (seq 0: an empty chain)."""

    seq: Count
    hash: Sha256


# The key file keeps one anchor per user; a device has a handful of users.
MAX_AUDIT_ANCHORS: Final = 1000
Signature = Annotated[str, StringConstraints(max_length=128)]
UserName = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class AuditAnchor(_Wire):
    """A user's signed mark of where the device's audit chain ended when they last saw it
    (``checkpoint.audit_anchor``). HQ cannot check the signature (it holds no user's key):
    it keeps the anchor and holds the entries it receives to it."""

    user: UserName
    seq: Seq
    hash: Sha256
    at: datetime
    signature: Signature


class BatchIn(_Wire):
    """``POST /api/v1/batches`` body (gzip on the wire).

    ``audit_head`` and ``audit_anchors`` are optional (older devices send neither): with them
    HQ sees a chain cut short or rewritten even when none of its entries are sent again.
    """

    protocol: int
    batch_id: Uuid
    device_id: Uuid
    checkpoint: str
    records: list[RecordIn] = Field(default_factory=list)
    audit: list[AuditIn] = Field(default_factory=list)
    audit_head: AuditHead | None = None
    audit_anchors: list[AuditAnchor] = Field(default_factory=list,
                                             max_length=MAX_AUDIT_ANCHORS)


class RecordResult(_Wire):
    """HQ's answer for one record of a batch."""

    kind: RecordKind
    uuid: str
    revision: Revision
    status: RecordStatus
    code: str | None = None
    field: str | None = None
    reason: str | None = None


class BatchResult(_Wire):
    """HQ's ``200`` answer: one result per record, in the batch's order."""

    protocol: int = PROTOCOL_VERSION
    batch_id: str
    results: list[RecordResult]
    audit_held_through: Count = Field(
        default=0, description="highest audit seq HQ holds for this device, chain verified")
    audit_held_hash: Sha256 | None = Field(
        default=None, description="the hash of that entry (None while HQ holds none)")

    def answers(self, batch: BatchIn) -> bool:
        """Whether this is a valid answer to ``batch`` (else it marks nothing synced)."""
        asked = [(r.kind, r.uuid, r.revision) for r in batch.records]
        given = [(r.kind, r.uuid, r.revision) for r in self.results]
        return (self.protocol == PROTOCOL_VERSION and self.batch_id == batch.batch_id
                and asked == given)


class Problem(_Wire):
    """A whole-batch refusal (400, 401, 409, 413, 429, 503) in plain words."""

    code: str
    detail: str


class EnrollIn(_Wire):
    """``POST /api/v1/devices/enroll``: a one-time code traded for a token."""

    code: Annotated[str, StringConstraints(min_length=6, max_length=64)]
    device_id: Uuid
    checkpoint: str


class EnrollOut(_Wire):
    """The device's token (shown once; HQ keeps only its hash)."""

    device_id: str
    checkpoint: str
    token: str
    hq_id: str


class Health(_Wire):
    """``GET /api/v1/health``: who HQ is, so a captive portal cannot pass for it."""

    service: Literal["checkpoint-controlroom"] = SERVICE_NAME
    protocol: int = PROTOCOL_VERSION
    hq_id: str
    status: Literal["ok"] = "ok"


class ComplaintStatus(_Wire):
    """A complaint status HQ set (HQ owns the field)."""

    uuid: str
    status: str
    updated_at: datetime


class CloseoutReconciliation(_Wire):
    """HQ's comparison of a close-out with what it received for that day."""

    day: date
    reconciled: bool
    missing: Count = 0
    tally_hash_matches: bool = True


# -- HQ's reference data (DESIGN §4), checked offline at the desk ---------------------------

class PolicyValue(_Wire):
    """A dated policy value: from ``effective_from`` on, documents of the type ``key`` names
    (``contract.documents.policy_key``) count as valid until ``value`` and no longer."""

    key: PolicyKey
    value: date
    effective_from: date
    note: str = Field(default="", max_length=500)


class CardGroup(_Wire):
    """Cancelled cards of one type, listed for one reason since one day. ``numbers`` are
    ``document_number_key`` forms, sorted (sorted numbers compress to a few bytes each)."""

    document_type: DocumentType
    reason: CardReason
    since: date
    numbers: list[NumberKey]


class CardsLifted(_Wire):
    """Cards of one type taken off the cancelled list."""

    document_type: DocumentType
    numbers: list[NumberKey]


class DepartureGroup(_Wire):
    """Documents recorded departing at one checkpoint on one day, as keyed hashes
    (``contract.documents.departure_digest``): ``digests`` is their bytes one after another,
    sorted, in base64."""

    checkpoint: CrossingPoint
    day: date
    digests: Base64Digests


class Reference(_Wire):
    """HQ's reference data as one answer brings it: a delta after the device's version, or,
    for a fresh device (or one further behind than HQ keeps changes), a snapshot that replaces
    everything the device holds. The device applies it whole, in one transaction with the
    cursor, or not at all."""

    version: Count  # HQ's reference version once this answer is applied
    as_of: datetime  # HQ's clock when it answered: the lists were current then
    snapshot: bool = False
    more: bool = False  # HQ holds more changes: ask again with the new cursor
    digest_key: str | None = None  # base64, in every snapshot: the key departures are hashed with
    policies: list[PolicyValue] | None = None  # the whole list when it changed, else None
    cards: list[CardGroup] = Field(default_factory=list)
    cards_lifted: list[CardsLifted] = Field(default_factory=list)
    departures: list[DepartureGroup] = Field(default_factory=list)
    departures_removed: list[DepartureGroup] = Field(default_factory=list)
    # Departures before this day are no longer held at HQ: the device forgets them too.
    departures_from: date | None = None


class Updates(_Wire):
    """``GET /api/v1/updates?since=``: what flows down to this checkpoint."""

    cursor: str
    complaint_statuses: list[ComplaintStatus] = Field(default_factory=list)
    closeouts: list[CloseoutReconciliation] = Field(default_factory=list)
    reference: Reference | None = None


# -- the aggregates' data, as HQ validates them -------------------------------------------

class DocumentData(BaseModel):
    """One document check inside a crossing."""

    model_config = ConfigDict(extra="forbid")
    document_type: DocumentType
    number: str = ""
    issuing_country: str = ""
    expiry: date | None = None
    result: CheckResult | None = None
    method: CheckMethod = "visual"
    custody: Custody = "returned_to_holder"
    checked_by: str = ""
    # Warnings the clerk was shown about this document and saved anyway, and the version of
    # HQ's lists they came from. Left out of the data when empty, so a record made before
    # warnings were stored keeps its hash.
    warnings: list[DocumentWarning] = Field(default_factory=list)
    reference_version: Count | None = None


class CrossingData(BaseModel):
    """A crossing aggregate (DESIGN §4) as it travels."""

    model_config = ConfigDict(extra="forbid")
    uuid: Uuid
    checkpoint: CrossingPoint
    direction: Literal["departure"]
    crossed_at: datetime
    local_day: date
    recorded_by: str
    household_uuid: Uuid
    full_name: str = Field(min_length=1)
    father_name: str = ""
    full_name_native: str = ""
    father_name_native: str = ""
    sex: Sex
    birth_date: date | None = None
    age_years: int | None = Field(default=None, ge=0, le=120)
    age_estimated: bool = False
    nationality: str | None = None
    origin_province: PkProvince
    origin_district: str = ""
    destination_province: AfProvince | None = None
    return_type: ReturnType | None = None
    vrf_number: str = ""
    vulnerabilities: list[Vulnerability] = Field(default_factory=list)
    remarks: str = ""
    voided: bool = False
    void_reason: str = ""
    late: bool = False
    documents: list[DocumentData] = Field(default_factory=list)


class ComplaintData(BaseModel):
    """A complaint taken at the checkpoint (its status is HQ's)."""

    model_config = ConfigDict(extra="forbid")
    uuid: Uuid
    checkpoint: CrossingPoint
    category: ComplaintCategory
    description: str
    crossing_uuid: str | None = None
    contact: str = ""
    urgency: Literal["normal", "urgent"] = "normal"
    taken_by: str
    taken_at: datetime


class CloseoutData(BaseModel):
    """A day close-out: the frozen tally and its hash."""

    model_config = ConfigDict(extra="forbid")
    uuid: Uuid
    checkpoint: CrossingPoint
    day: date
    tally_json: str
    tally_hash: Sha256
    closed_by: str
    signed_name: str = ""
    closed_at: datetime


DATA_MODELS: dict[str, type[BaseModel]] = {"crossing": CrossingData, "complaint": ComplaintData,
                                           "closeout": CloseoutData}
