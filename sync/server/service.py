"""The control room's work, as plain functions that take a session (the routes stay thin).

``apply_batch`` (``ingest``), ``national_tally`` (``tally``), ``national_picture``
(``picture``) and the complaints desk's ``complaints_queue`` and ``set_complaint_status``
(``complaints``) live in their own modules and are re-exported here, so this module is the one
place the app and the CLI call into.
"""

from __future__ import annotations

import hmac
import re
import secrets
import uuid as uuidlib
from datetime import datetime, timedelta

from sqlalchemy import or_, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from contract.errors import ErrorCode
from contract.wire import (
    COLUMN_INT_MAX,
    CloseoutReconciliation,
    ComplaintStatus,
    EnrollIn,
    EnrollOut,
    Updates,
)
from sync.server.complaints import complaints_queue, set_complaint_status
from sync.server.errors import Forbidden, Malformed, NotFound, Unauthorized
from sync.server.ingest import apply_batch, token_hash, utc_now
from sync.server.models import Change, Closeout, Device, EnrollmentCode, Setting
from sync.server.picture import national_picture
from sync.server.reference_wire import DEFAULT_DEPARTURE_DAYS, reference_since
from sync.server.schemas import COMPLAINT_STATUSES, CloseoutState, DeviceHealth
from sync.server.tally import national_tally

__all__ = ["COMPLAINT_STATUSES", "apply_batch", "authenticate", "complaints_queue",
           "contact_is_stale", "create_enrollment_code", "device_health", "enroll",
           "hq_identity", "national_picture", "national_tally", "normalise_checkpoint",
           "note_contact", "revoke", "set_complaint_status", "updates_since"]

# Letters and digits nobody misreads when a code is read out over a phone.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_CODE_GROUPS, _CODE_GROUP = 4, 4  # 16 symbols of 5 bits: 80 bits
_CHECKPOINT = re.compile(r"^[A-Z0-9_]{2,32}$")
_UPDATES_PAGE = 1000
# A device fetching updates is written down as in contact at most this often: a poll stays a
# read, and the devices page needs minutes, not seconds.
CONTACT_RESOLUTION = timedelta(minutes=1)
HQ_ID_KEY = "hq_id"


def hq_identity(session: Session, configured: str | None = None) -> str:
    """HQ's stable identity: made and stored at first start (or taken from ``HQ_ID``).

    Several workers may start at once on an empty database: the one whose row lands first
    wins, and the others read it.
    """
    stored = session.get(Setting, HQ_ID_KEY, with_for_update=True)
    if stored is None:
        try:
            with session.begin_nested():
                session.add(Setting(key=HQ_ID_KEY, value=configured or str(uuidlib.uuid4())))
        except IntegrityError:
            pass
        stored = session.execute(select(Setting).where(col(Setting.key) == HQ_ID_KEY)
                                 .with_for_update().execution_options(populate_existing=True)
                                 ).scalar_one()
    if configured and stored.value != configured:
        stored.value = configured
    session.flush()
    return stored.value


def normalise_checkpoint(text: str) -> str:
    """A checkpoint code as the device writes it: ``Ghulam Khan`` -> ``GHULAM_KHAN``."""
    code = re.sub(r"[\s-]+", "_", text.strip()).upper()
    if not _CHECKPOINT.match(code):
        raise Malformed(f"{text!r} is not a checkpoint code (letters, digits and _, like "
                        "TORKHAM)", code=ErrorCode.INVALID_CHECKPOINT)
    return code


def _normalise_code(code: str) -> str:
    return re.sub(r"[\s-]+", "", code).upper()


def create_enrollment_code(session: Session, checkpoint: str, valid_hours: float = 48,
                           now: datetime | None = None,
                           device_id: str | None = None) -> tuple[str, datetime]:
    """A new one-time code for ``checkpoint``; returns it (shown once) and its expiry.

    With ``device_id`` it is HQ's explicit act of re-enrolling that device (a laptop restored
    from a backup, a revoked device HQ readmits): the only kind of code that device takes once
    HQ knows it. A device never moves checkpoint this way: its records are bound to it there.
    """
    if not 0 < valid_hours <= 24 * 30:
        raise Malformed("a code is valid for more than 0 and at most 720 hours",
                        code=ErrorCode.INVALID_VALIDITY)
    now = now or utc_now()
    checkpoint = normalise_checkpoint(checkpoint)
    if device_id is not None:
        device = session.get(Device, device_id)
        if device is None:
            raise NotFound(f"HQ has no device {device_id}; a new device enrolls with a code "
                           "made without --device.", code=ErrorCode.UNKNOWN_DEVICE)
        if device.checkpoint != checkpoint:
            raise Forbidden(f"Device {device_id} is enrolled for {device.checkpoint}; it can "
                            f"only be re-enrolled there (--checkpoint {device.checkpoint}).",
                            code=ErrorCode.CHECKPOINT_MISMATCH)
    symbols = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUPS * _CODE_GROUP))
    code = "-".join(symbols[i:i + _CODE_GROUP] for i in range(0, len(symbols), _CODE_GROUP))
    expires = now + timedelta(hours=valid_hours)
    session.add(EnrollmentCode(code_hash=token_hash(_normalise_code(code)),
                               checkpoint=checkpoint, created_at=now, expires_at=expires,
                               reenrolls_device_id=device_id))
    session.flush()
    return code, expires


def enroll(session: Session, request: EnrollIn, hq_id: str,
           now: datetime | None = None) -> EnrollOut:
    """Trade a one-time code and a device id for a token (HQ keeps only the token's hash).

    The device that used a code may use it again while it is valid (its answer may have been
    lost): it gets a fresh token and the old one stops working. Any other device is refused.
    A device id HQ already knows (enrolled or revoked) is never bound again by an ordinary code:
    only a code HQ made for that device (``reenrolls_device_id``) re-enrolls it, at its own
    checkpoint; every other code it used before stops working then.
    """
    now = now or utc_now()
    given = _normalise_code(request.code)  # "------" passes the length check but is no code
    code = (session.get(EnrollmentCode, token_hash(given), with_for_update=True)
            if given else None)
    if code is None:
        raise Forbidden("HQ does not know this enrollment code; ask HQ for a new one.",
                        code=ErrorCode.INVALID_CODE)
    if now >= code.expires_at:
        raise Forbidden("This enrollment code has expired; ask HQ for a new one.",
                        code=ErrorCode.CODE_EXPIRED)
    if code.reenrolls_device_id not in (None, request.device_id):
        raise Forbidden("This enrollment code was made to re-enroll another device; ask HQ "
                        "for a code for this one.", code=ErrorCode.CODE_FOR_OTHER_DEVICE)
    if code.device_id is not None and code.device_id != request.device_id:
        raise Forbidden("This enrollment code was already used by another device; ask HQ for "
                        "a new one.", code=ErrorCode.CODE_USED)
    if request.checkpoint != code.checkpoint:
        raise Forbidden(f"This code is for {code.checkpoint}, but the device is set up for "
                        f"{request.checkpoint}.", code=ErrorCode.CHECKPOINT_MISMATCH)
    token = secrets.token_urlsafe(32)
    device = session.get(Device, request.device_id, with_for_update=True)
    if device is None:
        device = _new_device(session, request.device_id, code.checkpoint, token, now)
    elif code.device_id is None and code.reenrolls_device_id is None:
        _refuse_rebinding(device)
    elif code.device_id is not None and _synced_since_enrolled(device):
        # Not a lost answer: the device got its token and used it. Whoever retries the code
        # now (it may have been overheard) would only take the token away from it.
        raise Forbidden("This enrollment code is spent: the device has synced with the token "
                        "it got; ask HQ for a new one.", code=ErrorCode.CODE_EXPIRED)
    elif device.checkpoint != code.checkpoint:  # codes for a device are made at its checkpoint
        raise Forbidden(f"This device is enrolled for {device.checkpoint}, not "
                        f"{code.checkpoint}.", code=ErrorCode.CHECKPOINT_MISMATCH)
    device.token_hash, device.enrolled_at, device.revoked_at = token_hash(token), now, None
    code.device_id, code.used_at = request.device_id, code.used_at or now
    # Only the code that enrolled the device last may be retried: an older one left in a
    # shell history cannot fetch its token again.
    session.execute(update(EnrollmentCode)
                    .where(col(EnrollmentCode.device_id) == request.device_id,
                           col(EnrollmentCode.code_hash) != code.code_hash,
                           col(EnrollmentCode.expires_at) > now)
                    .values(expires_at=now).execution_options(synchronize_session=False))
    session.flush()
    return EnrollOut(device_id=device.device_id, checkpoint=device.checkpoint, token=token,
                     hq_id=hq_id)


def _new_device(session: Session, device_id: str, checkpoint: str, token: str,
                now: datetime) -> Device:
    """The row of a device HQ did not know; two first enrollments of one id at once: the
    second finds it taken, as if it had come later."""
    device = Device(device_id=device_id, checkpoint=checkpoint, token_hash=token_hash(token),
                    enrolled_at=now)
    try:
        with session.begin_nested():
            session.add(device)
    except IntegrityError:
        raise Forbidden("HQ already has this device enrolled; to enroll it again HQ must make "
                        "a code for this device (controlroom enroll --device).",
                        code=ErrorCode.DEVICE_ENROLLED) from None
    return device


def _synced_since_enrolled(device: Device) -> bool:
    return device.last_batch_at is not None and device.last_batch_at >= device.enrolled_at


def _refuse_rebinding(device: Device) -> None:
    """An ordinary code never takes over a device id HQ knows, nor readmits a revoked one."""
    if device.revoked_at is not None:
        raise Forbidden("HQ revoked this device; only HQ can readmit it, with a code made for "
                        "this device (controlroom enroll --device).",
                        code=ErrorCode.DEVICE_REVOKED)
    raise Forbidden("HQ already has this device enrolled; to enroll it again HQ must make a "
                    "code for this device (controlroom enroll --device).",
                    code=ErrorCode.DEVICE_ENROLLED)


def authenticate(session: Session, token: str) -> Device:
    """The enrolled, not revoked device whose token this is (else ``Unauthorized``)."""
    if not token:  # no secret, not even an empty one, ever authenticates
        raise Unauthorized("Send the device token as 'Authorization: Bearer <token>'.",
                           code=ErrorCode.NO_TOKEN)
    wanted = token_hash(token)
    device = session.execute(select(Device).where(col(Device.token_hash) == wanted)
                             ).scalar_one_or_none()
    if (device is None or not hmac.compare_digest(device.token_hash, wanted)
            or device.revoked_at is not None):
        raise Unauthorized("This device is not enrolled with HQ or was revoked; ask HQ's IT.",
                           code=ErrorCode.UNKNOWN_DEVICE)
    return device


def revoke(session: Session, device_id: str, now: datetime | None = None) -> Device:
    """Stop a device's token working (a lost laptop). Codes it used stop working too, so the
    token cannot be fetched again with a code left in a shell history, and so do codes made to
    re-enroll it before: only a code made after the revocation readmits it."""
    now = now or utc_now()
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        raise NotFound(f"HQ has no device {device_id}.", code=ErrorCode.UNKNOWN_DEVICE)
    device.revoked_at = device.revoked_at or now
    session.execute(update(EnrollmentCode)
                    .where(or_(col(EnrollmentCode.device_id) == device_id,
                               col(EnrollmentCode.reenrolls_device_id) == device_id),
                           col(EnrollmentCode.expires_at) > now)
                    .values(expires_at=now).execution_options(synchronize_session=False))
    session.flush()
    return device


def contact_is_stale(device: Device, now: datetime | None = None) -> bool:
    """Whether HQ's note of the device's last contact is old enough to be written again."""
    now = now or utc_now()
    return device.last_contact_at is None or now - device.last_contact_at >= CONTACT_RESOLUTION


def note_contact(session: Session, device_id: str, now: datetime | None = None) -> None:
    """Write down that the device reached HQ now (a batch does it itself)."""
    now = now or utc_now()
    session.execute(update(Device).where(col(Device.device_id) == device_id)
                    .values(last_contact_at=now).execution_options(synchronize_session=False))


def _cursor(since: str | None) -> tuple[int, int]:
    """The change seq and reference version of a cursor HQ gave out: ``"<seq>.<version>"``,
    or digits alone (from before reference data: version 0). Each part is ASCII digits only
    (``str.isdigit`` also takes ``²``) and within the column's range (PostgreSQL refuses a
    larger number in the comparison)."""
    if not since:
        return 0, 0
    seq, dot, version = since.partition(".")
    if not dot:
        return _cursor_part(since), 0
    return _cursor_part(seq), _cursor_part(version)


def _cursor_part(text: str) -> int:
    if (not text or not text.isascii() or not text.isdigit()
            or len(text) > len(str(COLUMN_INT_MAX)) or int(text) > COLUMN_INT_MAX):
        raise Malformed("the updates cursor is not one HQ gave out", code=ErrorCode.BAD_CURSOR)
    return int(text)


def updates_since(session: Session, device: Device, since: str | None,
                  now: datetime | None = None,
                  departure_days: int = DEFAULT_DEPARTURE_DAYS) -> Updates:
    """Complaint statuses and close-out reconciliations for the device's checkpoint that
    changed after ``since`` (an opaque cursor HQ gave out; empty for everything), and HQ's
    reference data after the version the cursor names (``reference_since``)."""
    after, version = _cursor(since)
    changes = session.execute(select(Change).where(
        col(Change.checkpoint) == device.checkpoint, col(Change.seq) > after)
        .order_by(col(Change.seq)).limit(_UPDATES_PAGE)).scalars().all()
    statuses: dict[str, ComplaintStatus] = {}
    closeout_ids: list[str] = []
    for change in changes:
        if change.kind == "complaint" and change.status is not None:
            statuses.pop(change.record_uuid, None)
            statuses[change.record_uuid] = ComplaintStatus(
                uuid=change.record_uuid, status=change.status, updated_at=change.changed_at)
        elif change.kind == "closeout" and change.record_uuid not in closeout_ids:
            closeout_ids.append(change.record_uuid)
    closeouts = {row.uuid: row for row in session.execute(
        select(Closeout).where(col(Closeout.uuid).in_(closeout_ids))).scalars()}
    reconciliations = [CloseoutReconciliation(day=row.day, reconciled=row.reconciled,
                                              missing=row.missing,
                                              tally_hash_matches=row.tally_hash_matches)
                       for row in (closeouts[uuid] for uuid in closeout_ids if uuid in closeouts)]
    cursor = changes[-1].seq if changes else after
    reference = reference_since(session, version, now or utc_now(), departure_days)
    return Updates(cursor=f"{cursor}.{reference.version}",
                   complaint_statuses=list(statuses.values()), closeouts=reconciliations,
                   reference=reference)


_CLOSEOUT_COLUMNS = (col(Closeout.uuid), col(Closeout.checkpoint), col(Closeout.day),
                     col(Closeout.frozen_total), col(Closeout.held), col(Closeout.missing),
                     col(Closeout.reconciled), col(Closeout.tally_hash_matches))


def _recent_closeouts(session: Session, checkpoints: set[str],
                      per_checkpoint: int) -> dict[str, list[CloseoutState]]:
    """Each checkpoint's ``per_checkpoint`` most recent close-outs, newest first.

    One round trip: a UNION ALL of one short index range per checkpoint (on checkpoint, day).
    A query a checkpoint cost a round trip each; a window over every close-out ever sorted
    years of them to keep a fortnight.
    """
    recent: dict[str, list[CloseoutState]] = {checkpoint: [] for checkpoint in checkpoints}
    if not checkpoints:
        return recent
    parts = [select(*_CLOSEOUT_COLUMNS).where(col(Closeout.checkpoint) == checkpoint)
             .order_by(col(Closeout.day).desc()).limit(per_checkpoint).subquery()
             for checkpoint in sorted(checkpoints)]
    rows = session.execute(union_all(*(select(part) for part in parts)))
    for row in rows:
        recent[row.checkpoint].append(CloseoutState(
            uuid=row.uuid, day=row.day, frozen_total=row.frozen_total, held=row.held,
            missing=row.missing, reconciled=row.reconciled,
            tally_hash_matches=row.tally_hash_matches))
    for states in recent.values():
        states.sort(key=lambda state: state.day, reverse=True)
    return recent


def device_health(session: Session, closeouts_per_device: int = 14) -> list[DeviceHealth]:
    """Every device's sync health: last contact and batch, records held, audit chain, and its
    checkpoint's most recent close-outs."""
    devices = session.execute(select(Device).order_by(col(Device.checkpoint),
                                                      col(Device.device_id))).scalars().all()
    recent = _recent_closeouts(session, {device.checkpoint for device in devices},
                               closeouts_per_device)
    return [DeviceHealth(device_id=d.device_id, checkpoint=d.checkpoint,
                         enrolled_at=d.enrolled_at, revoked_at=d.revoked_at,
                         last_contact_at=d.last_contact_at,
                         last_batch_at=d.last_batch_at, last_batch_id=d.last_batch_id,
                         batches_received=d.batches_received, records_held=d.records_held,
                         audit_held_through=d.audit_held_through, audit_status=d.audit_status,
                         audit_problem=d.audit_problem, closeouts=recent[d.checkpoint])
            for d in devices]
