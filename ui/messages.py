"""The words the app shows for the core's typed errors, field names and codes (translation
context ``messages``; code names in ``codelists``).

The core raises errors with a stable ``code``, the ``field`` at fault and plain ``params``; this
module alone turns them into sentences a tired clerk understands, in the user's language. An
unexpected error becomes a plain "nothing was saved" sentence: no traceback, no SQL, no secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from checkpoint.audit import ChainBreak
from checkpoint.errors import CheckpointError, disk_full
from contract import codes
from contract.bidi import isolate
from contract.errors import ErrorCode
from ui.display import date_text, digits_text, number_text


def field_label(field: str | None) -> str:
    """The on-screen name of a core field."""
    labels = {
        "full_name": QCoreApplication.translate("messages", "Full name"),
        "father_name": QCoreApplication.translate("messages", "Father's name"),
        "full_name_native": QCoreApplication.translate("messages", "Full name (native script)"),
        "father_name_native": QCoreApplication.translate(
            "messages", "Father's name (native script)"
        ),
        "sex": QCoreApplication.translate("messages", "Sex"),
        "birth_date": QCoreApplication.translate("messages", "Birth date"),
        "age_years": QCoreApplication.translate("messages", "Age"),
        "age": QCoreApplication.translate("messages", "Age"),
        "nationality": QCoreApplication.translate("messages", "Nationality"),
        "origin_province": QCoreApplication.translate("messages", "Origin province"),
        "origin_district": QCoreApplication.translate("messages", "Origin district"),
        "destination_province": QCoreApplication.translate("messages", "Destination province"),
        "return_type": QCoreApplication.translate("messages", "Return type"),
        "vrf_number": QCoreApplication.translate("messages", "VRF number"),
        "vulnerabilities": QCoreApplication.translate("messages", "Vulnerabilities"),
        "remarks": QCoreApplication.translate("messages", "Remarks"),
        "document_type": QCoreApplication.translate("messages", "Document type"),
        "document_number": QCoreApplication.translate("messages", "Document number"),
        "number": QCoreApplication.translate("messages", "Document number"),
        "issuing_country": QCoreApplication.translate("messages", "Issuing country"),
        "expiry": QCoreApplication.translate("messages", "Expiry"),
        "result": QCoreApplication.translate("messages", "Check result"),
        "check_result": QCoreApplication.translate("messages", "Check result"),
        "method": QCoreApplication.translate("messages", "Check method"),
        "custody": QCoreApplication.translate("messages", "Custody"),
        "void_reason": QCoreApplication.translate("messages", "Reason"),
        "correction_reason": QCoreApplication.translate(
            "messages", "The reason for the correction"
        ),
        "username": QCoreApplication.translate("messages", "User name"),
        "password": QCoreApplication.translate("messages", "Password"),
        "role": QCoreApplication.translate("messages", "Role"),
        "checkpoint": QCoreApplication.translate("messages", "Checkpoint"),
        "timezone": QCoreApplication.translate("messages", "Time zone"),
        "category": QCoreApplication.translate("messages", "Category"),
        "description": QCoreApplication.translate("messages", "Description"),
        "urgency": QCoreApplication.translate("messages", "Urgency"),
        "day": QCoreApplication.translate("messages", "Day"),
        "to": QCoreApplication.translate("messages", "To"),
        "idle_lock_minutes": QCoreApplication.translate("messages", "Lock after idle minutes"),
        "retention_days": QCoreApplication.translate("messages", "Keep personal details (days)"),
        "reference_stale_days": QCoreApplication.translate(
            "messages", "HQ's lists out of date after (days)"
        ),
        "crossing_uuid": QCoreApplication.translate("messages", "Linked record"),
        "voided": QCoreApplication.translate("messages", "Void"),
        "date": QCoreApplication.translate("messages", "Date"),
        "time": QCoreApplication.translate("messages", "Time"),
        "household": QCoreApplication.translate("messages", "Household"),
    }
    return labels.get(field or "", (field or "").replace("_", " ").capitalize())


def code_label(codelist: codes.CodeList, code: str | None) -> str:
    """A code's name for display (translatable), or the code itself if unknown."""
    if not code:
        return ""
    if code not in codelist:
        return code
    return QCoreApplication.translate("codelists", codelist.name(code))


def role_label(role: str) -> str:
    """A role's name for display."""
    return {
        "clerk": QCoreApplication.translate("messages", "Clerk"),
        "shift_lead": QCoreApplication.translate("messages", "Shift lead"),
        "it_admin": QCoreApplication.translate("messages", "IT admin"),
    }.get(role, role)


def error_text(error: BaseException) -> str:
    """One or two plain sentences saying what went wrong and, where it helps, what to do."""
    if isinstance(error, Exception):
        # A full disk reaches here from a file write too (an OSError): the same sentence.
        error = disk_full(error) or error
    if not isinstance(error, CheckpointError):
        return QCoreApplication.translate(
            "messages",
            "Something went wrong and nothing was saved. Try again; if it happens again, call IT.",
        )
    person = error.params.get("person")
    prefix = (
        QCoreApplication.translate("messages", "Person %1: ").replace("%1", number_text(person + 1))
        if isinstance(person, int) and person > 0
        else ""
    )
    wording = _wordings(error.field, error.params).get(error.code)
    # A code without wording (the test on this module forbids it): the core's own sentence is
    # plain English and holds no secret.
    return prefix + (wording if wording is not None else str(error))


def audit_problem_text(problem: ChainBreak) -> str:
    """What the audit log's check found, in plain words (the entry, whose anchor, when)."""
    params = {**problem.params, "seq": problem.seq if problem.seq is not None else ""}
    return _wordings(None, params).get(problem.code) or str(problem)


def sync_error_text(code: str) -> str:
    """A sync problem in plain words (never a raw HTTP code alone)."""
    try:
        return _wordings(None, {})[ErrorCode(code)]
    except (ValueError, KeyError):  # a code stored by another version of the app
        return QCoreApplication.translate("messages", "Sync problem: %1").replace(
            "%1", isolate(code))


def _disk_full(params: Mapping[str, Any]) -> str:
    imported = params.get("imported")
    if imported is None:
        return QCoreApplication.translate(
            "messages", "The disk is full: nothing was saved. Free some space and try again."
        )
    if not imported:
        return QCoreApplication.translate(
            "messages",
            "The disk is full: nothing was imported. Free some space and import the file again.",
        )
    return digits_text(QCoreApplication.translate(
        "messages",
        "The disk is full: %n rows were imported before it filled up. Free some space "
        "and import the file again; rows already imported are not added twice.",
        None,
        int(imported),
    ))


def _wordings(field_name: str | None, params: Mapping[str, Any]) -> dict[ErrorCode, str]:
    """Every ``ErrorCode`` in the user's words, for an error about ``field_name`` with ``params``.

    Each wording is a literal ``translate()`` call so lupdate finds it; ``%1``... are filled here.
    """
    field = field_label(field_name)
    # What the user typed, an entry number, a user name, a moment: each keeps its own reading
    # order inside a right-to-left sentence (a moment's date and time would swap places).
    value = isolate(params["value"]) if params.get("value") else None
    seq, user, at = (isolate(params.get(name, "")) for name in ("seq", "user", "at"))
    not_listed = (
        QCoreApplication.translate("messages", "%1: “%2” is not in the list.")
        .replace("%1", field)
        .replace("%2", str(value))
        if value
        else QCoreApplication.translate("messages", "%1 is not in the list.").replace("%1", field)
    )
    return {
        # -- the device core
        ErrorCode.ERROR: QCoreApplication.translate(
            "messages",
            "Something went wrong and nothing was saved. Try again; if it happens again, call IT.",
        ),
        ErrorCode.INVALID: QCoreApplication.translate("messages", "%1 is not valid.").replace(
            "%1", field
        ),
        ErrorCode.PERMISSION_DENIED: QCoreApplication.translate(
            "messages", "Your role does not allow this."
        ),
        ErrorCode.NOT_FOUND: QCoreApplication.translate(
            "messages", "It is no longer there; refresh and try again."
        ),
        ErrorCode.REQUIRED: QCoreApplication.translate("messages", "%1 is required.").replace(
            "%1", field
        ),
        ErrorCode.TOO_LONG: QCoreApplication.translate(
            "messages", "%1 is longer than %2 characters."
        )
        .replace("%1", field)
        .replace("%2", str(params.get("limit", ""))),
        ErrorCode.OUT_OF_RANGE: QCoreApplication.translate("messages", "%1 must be from %2 to %3.")
        .replace("%1", field)
        .replace("%2", str(params.get("minimum", "")))
        .replace("%3", str(params.get("maximum", ""))),
        ErrorCode.RANGE_REVERSED: QCoreApplication.translate(
            "messages", "The range ends before it starts."
        ),
        ErrorCode.INVALID_DATE: QCoreApplication.translate(
            "messages",
            "%1 is not a date. Use YYYY-MM-DD, DD/MM/YYYY or a Solar "
            "Hijri date such as 1403/01/15.",
        ).replace("%1", field),
        # -- the database and its key file
        ErrorCode.DATABASE_MISSING: QCoreApplication.translate(
            "messages", "There is no database here yet."
        ),
        ErrorCode.DATABASE_EXISTS: QCoreApplication.translate(
            "messages", "That file already exists; choose a new name."
        ),
        ErrorCode.DATABASE_UNREADABLE: QCoreApplication.translate(
            "messages",
            "The database cannot be opened: it is damaged or its "
            "key file is missing. Call IT; do not delete "
            "anything.",
        ),
        ErrorCode.NOT_INITIALISED: QCoreApplication.translate(
            "messages", "The database was never set up completely. Call IT; do not delete anything."
        ),
        ErrorCode.KEYFILE_MISSING: QCoreApplication.translate(
            "messages",
            "The key file beside the database is missing. Call IT; do not delete anything.",
        ),
        ErrorCode.KEYFILE_DAMAGED: QCoreApplication.translate(
            "messages",
            "The key file beside the database is damaged. Call IT; do not delete anything.",
        ),
        ErrorCode.DISK_FULL: _disk_full(params),
        # -- restoring a backup (the live database is never touched when one is refused)
        ErrorCode.NOT_A_BACKUP: QCoreApplication.translate(
            "messages",
            "This file is not a Checkpoint backup, or it is damaged. Nothing was changed.",
        ),
        ErrorCode.BACKUP_KEYFILE_MISSING: QCoreApplication.translate(
            "messages",
            "The backup's key file (its name ends in .keys) "
            "is not beside it. Copy both files together. "
            "Nothing was changed.",
        ),
        ErrorCode.BACKUP_FOREIGN: QCoreApplication.translate(
            "messages", "This is a backup of another checkpoint's database. Nothing was changed."
        ),
        ErrorCode.BACKUP_KEYS_MISMATCH: QCoreApplication.translate(
            "messages",
            "The key file beside the backup belongs to another database. Nothing was changed.",
        ),
        ErrorCode.AUDIT_BROKEN: QCoreApplication.translate(
            "messages",
            "The backup's audit log does not verify: it was changed "
            "after it was written. Nothing was changed.",
        ),
        # -- the audit log's own check (the IT admin's audit panel)
        ErrorCode.AUDIT_ENTRY_MISSING: QCoreApplication.translate(
            "messages", "Audit entry %1 is missing: entries were deleted."
        ).replace("%1", seq),
        ErrorCode.AUDIT_ENTRY_UNLINKED: QCoreApplication.translate(
            "messages", "Audit entry %1 does not follow the entry before it."
        ).replace("%1", seq),
        ErrorCode.AUDIT_ENTRY_CHANGED: QCoreApplication.translate(
            "messages", "Audit entry %1 was changed after it was written."
        ).replace("%1", seq),
        ErrorCode.AUDIT_NOT_SIGNED: QCoreApplication.translate(
            "messages", "Audit entry %1 is not signed, though the entries before it are."
        ).replace("%1", seq),
        ErrorCode.AUDIT_BAD_SIGNATURE: QCoreApplication.translate(
            "messages",
            "Audit entry %1 is not signed by %2: it was "
            "rewritten and signed again by someone else.",
        )
        .replace("%1", seq)
        .replace("%2", user),
        ErrorCode.AUDIT_TRUNCATED: QCoreApplication.translate(
            "messages",
            "Audit entry %1 is missing, but %2's anchor of %3 names it: entries were deleted.",
        )
        .replace("%1", seq)
        .replace("%2", user)
        .replace("%3", at),
        ErrorCode.AUDIT_REWRITTEN: QCoreApplication.translate(
            "messages",
            "Audit entry %1 differs from the one %2's anchor of %3 names: the log was rewritten.",
        )
        .replace("%1", seq)
        .replace("%2", user)
        .replace("%3", at),
        ErrorCode.AUDIT_ANCHOR_FORGED: QCoreApplication.translate(
            "messages",
            "%1's audit anchor in the key file does not verify: the key file was edited.",
        ).replace("%1", user),
        ErrorCode.AUDIT_BEHIND_HQ: QCoreApplication.translate(
            "messages",
            "Audit entry %1 is missing, but HQ holds it: entries "
            "were deleted after they were sent.",
        ).replace("%1", seq),
        ErrorCode.AUDIT_DIFFERS_FROM_HQ: QCoreApplication.translate(
            "messages",
            "Audit entry %1 differs from the copy HQ holds: "
            "the log was rewritten after it was sent.",
        ).replace("%1", seq),
        # -- users and signing in
        ErrorCode.WRONG_PASSWORD: QCoreApplication.translate(
            "messages", "User name or password not accepted."
        ),
        ErrorCode.LOGIN_THROTTLED: QCoreApplication.translate(
            "messages", "Too many failed sign-ins. Wait %1 seconds, then try again."
        ).replace("%1", _shown(params.get("retry_after", ""))),
        ErrorCode.ACCOUNT_DISABLED: QCoreApplication.translate(
            "messages", "This account has been disabled. Ask IT."
        ),
        ErrorCode.ACCOUNT_ACTIVE: QCoreApplication.translate(
            "messages", "This account is already active."
        ),
        ErrorCode.SIGN_IN_NOT_COUNTED: QCoreApplication.translate(
            "messages",
            "The sign-in could not be counted (the disk is full "
            "or read-only), so it was not tried. Free some space "
            "or call IT.",
        ),
        ErrorCode.GRANT_INVALID: QCoreApplication.translate(
            "messages",
            "This account's role could not be verified: it was changed "
            "outside Checkpoint. Ask an IT admin.",
        ),
        ErrorCode.GRANT_KEY_MISSING: QCoreApplication.translate(
            "messages",
            "This IT admin account cannot change users or security "
            "settings on this device yet: another IT admin must "
            "sign in once first.",
        ),
        ErrorCode.SETTINGS_UNVERIFIED: QCoreApplication.translate(
            "messages",
            "The HQ address or security settings were changed "
            "outside Checkpoint, so sync will not run. An IT "
            "admin must save the settings again.",
        ),
        ErrorCode.DATABASE_REKEYED: QCoreApplication.translate(
            "messages",
            "The database's key was changed (a user was disabled), "
            "so you were signed out. Sign in again.",
        ),
        ErrorCode.USER_EXISTS: QCoreApplication.translate(
            "messages", "There is already a user with this name."
        ),
        ErrorCode.DISABLE_SELF: QCoreApplication.translate(
            "messages", "You cannot disable your own account."
        ),
        ErrorCode.INVALID_USERNAME: QCoreApplication.translate(
            "messages", "A user name is 1 to 64 letters, digits, dots, dashes or underscores."
        ),
        ErrorCode.PASSWORD_UNCHANGED: QCoreApplication.translate(
            "messages", "Choose a password of your own: this is the one you signed in with."
        ),
        ErrorCode.PASSWORD_TOO_SHORT: digits_text(QCoreApplication.translate(
            "messages",
            "The password must be at least %n characters.",
            None,
            int(params.get("minimum", 8)),
        )),
        ErrorCode.UNKNOWN_ROLE: not_listed,
        # -- recording and correcting crossings
        ErrorCode.EMPTY: QCoreApplication.translate("messages", "There is nobody to save yet."),
        ErrorCode.AGE_OUT_OF_RANGE: QCoreApplication.translate(
            "messages", "%1 must be from 0 to 120 years."
        ).replace("%1", field),
        ErrorCode.BIRTH_IN_FUTURE: QCoreApplication.translate(
            "messages", "The birth date is after the crossing."
        ),
        ErrorCode.INVALID_COUNTRY: QCoreApplication.translate(
            "messages", "%1 must be a three-letter country code such as AFG."
        ).replace("%1", field),
        ErrorCode.NOT_OWN_RECORD: QCoreApplication.translate(
            "messages", "A clerk may correct only their own records. Ask a shift lead."
        ),
        ErrorCode.NOT_SAME_DAY: QCoreApplication.translate(
            "messages",
            "Records can be corrected by the clerk only on the day they "
            "were made. Ask a shift lead.",
        ),
        ErrorCode.NOT_CORRECTABLE: QCoreApplication.translate(
            "messages", "%1 cannot be corrected."
        ).replace("%1", field),
        ErrorCode.VOIDED: QCoreApplication.translate(
            "messages", "This record is void and cannot be corrected."
        ),
        ErrorCode.ALREADY_VOIDED: QCoreApplication.translate(
            "messages", "This record is already void."
        ),
        ErrorCode.PURGED: QCoreApplication.translate(
            "messages",
            "This record's personal details were removed after the "
            "retention period, so it can no longer be changed.",
        ),
        ErrorCode.READER_CHECK_FAILED: QCoreApplication.translate(
            "messages", "A check digit failed: choose the check result."
        ),
        ErrorCode.DOCUMENT_EXPIRED: QCoreApplication.translate(
            "messages",
            "The document expired on %1: its result cannot be "
            "Verified. Choose Expired or what you found.",
        ).replace("%1", _shown(params.get("valid_until", ""))),
        ErrorCode.INVALID_URGENCY: not_listed,
        # -- days, tallies and settings
        ErrorCode.FUTURE_DAY: QCoreApplication.translate("messages", "This day has not begun yet."),
        ErrorCode.ALREADY_CLOSED: QCoreApplication.translate(
            "messages", "This day is already closed."
        ),
        ErrorCode.UNKNOWN_PRINT_KIND: not_listed,
        ErrorCode.UNKNOWN_TIMEZONE: QCoreApplication.translate(
            "messages", "That is not a time zone name (for example Asia/Karachi)."
        ),
        # -- code lists
        ErrorCode.CODELIST_INVALID: QCoreApplication.translate(
            "messages", "A code list of this installation is damaged. Call IT."
        ),
        ErrorCode.UNKNOWN_PK_PROVINCE: not_listed,
        ErrorCode.UNKNOWN_AF_PROVINCE: not_listed,
        ErrorCode.UNKNOWN_CROSSING_POINT: not_listed,
        ErrorCode.UNKNOWN_DOCUMENT_TYPE: not_listed,
        ErrorCode.UNKNOWN_CHECK_RESULT: not_listed,
        ErrorCode.UNKNOWN_RETURN_TYPE: not_listed,
        ErrorCode.UNKNOWN_VULNERABILITY: not_listed,
        ErrorCode.UNKNOWN_COMPLAINT_CATEGORY: not_listed,
        ErrorCode.UNKNOWN_SEX: not_listed,
        ErrorCode.UNKNOWN_CUSTODY: not_listed,
        ErrorCode.UNKNOWN_METHOD: not_listed,
        ErrorCode.UNKNOWN_CARD_REASON: not_listed,
        ErrorCode.UNKNOWN_DOCUMENT_WARNING: not_listed,
        # -- document readers (MRZ)
        ErrorCode.MRZ_UNREADABLE: QCoreApplication.translate(
            "messages",
            "The document reader's text is not a machine-readable zone. Read the document again.",
        ),
        ErrorCode.UNKNOWN_FORMAT: QCoreApplication.translate(
            "messages",
            "The document reader's text is not a machine-readable zone. Read the document again.",
        ),
        ErrorCode.ILLEGAL_CHARACTER: QCoreApplication.translate(
            "messages",
            "The document reader's text holds a character no "
            "machine-readable zone has. Read the document again.",
        ),
        # -- CSV import: the whole file
        ErrorCode.NOT_UTF8: QCoreApplication.translate(
            "messages",
            'The file is not saved as UTF-8 text; save it again as "CSV '
            'UTF-8" and retry. Nothing was imported.',
        ),
        ErrorCode.UNREADABLE_CSV: QCoreApplication.translate(
            "messages", "The file cannot be read as CSV. Nothing was imported."
        ),
        ErrorCode.EMPTY_FILE: QCoreApplication.translate(
            "messages", "The file is empty; it needs a header row. Nothing was imported."
        ),
        ErrorCode.MISSING_COLUMNS: QCoreApplication.translate(
            "messages", "The file lacks a required column (%1). Nothing was imported."
        ).replace("%1", isolate(", ".join(params.get("columns", []) or [str(field_name)]))),
        ErrorCode.DUPLICATE_COLUMN: QCoreApplication.translate(
            "messages", "A column appears twice in the header (%1). Nothing was imported."
        ).replace("%1", isolate(field_name)),
        # -- CSV import: one row
        ErrorCode.EXTRA_CELLS: QCoreApplication.translate(
            "messages",
            "The row has more values than the header has columns (a "
            "comma inside a value that is not in quotes?).",
        ),
        ErrorCode.NOT_YES_OR_NO: QCoreApplication.translate(
            "messages", "%1 must be yes or no."
        ).replace("%1", field),
        ErrorCode.DATE_IN_FUTURE: QCoreApplication.translate(
            "messages", "%1 is after today."
        ).replace("%1", field),
        ErrorCode.INVALID_TIME: QCoreApplication.translate(
            "messages", "%1 is not a time. Use HH:MM, from 00:00 to 23:59."
        ).replace("%1", field),
        ErrorCode.NUMBER_WITHOUT_TYPE: QCoreApplication.translate(
            "messages", "A document number is given but no document type."
        ),
        ErrorCode.INVALID_UUID: QCoreApplication.translate("messages", "%1 is not a UUID.").replace(
            "%1", field
        ),
        ErrorCode.REPEATED_UUID: QCoreApplication.translate(
            "messages", "This UUID is on an earlier line of the file."
        ),
        # -- the command line (worded here too, so no code is ever shown raw)
        ErrorCode.USAGE: QCoreApplication.translate(
            "messages", "The command was not written as expected."
        ),
        ErrorCode.NO_PASSWORD: QCoreApplication.translate("messages", "A password is required."),
        ErrorCode.PASSWORD_MISMATCH: QCoreApplication.translate(
            "messages", "The two passwords differ."
        ),
        ErrorCode.NO_USER: QCoreApplication.translate("messages", "A user name is required."),
        ErrorCode.MUST_CHANGE_PASSWORD: QCoreApplication.translate(
            "messages", "You must choose a new password before anything else."
        ),
        ErrorCode.LAST_ADMIN: QCoreApplication.translate(
            "messages", "This would leave no active admin; make another admin first."
        ),
        ErrorCode.DEMO_ON_LIVE_DATA: QCoreApplication.translate(
            "messages",
            "Demo records can only go into a demo database: this "
            "one is enrolled with HQ or holds real records.",
        ),
        # -- the device's sync client
        ErrorCode.NOT_ENROLLED: QCoreApplication.translate(
            "messages", "This device is not enrolled with HQ yet."
        ),
        ErrorCode.OFFLINE: QCoreApplication.translate(
            "messages",
            "HQ cannot be reached: no network, or HQ is down. Records are "
            "safe here and will be sent when the link is back.",
        ),
        ErrorCode.TIMEOUT: QCoreApplication.translate(
            "messages", "HQ did not answer in time (slow link). Smaller batches will be tried."
        ),
        ErrorCode.NOT_HQ: QCoreApplication.translate(
            "messages",
            "Something other than HQ answered (a Wi-Fi login page or a "
            "proxy?). Nothing was marked as sent.",
        ),
        ErrorCode.UNAUTHORIZED: QCoreApplication.translate(
            "messages",
            "HQ no longer accepts this device (revoked, or never "
            "enrolled). Sync has stopped; IT must enroll the device "
            "again.",
        ),
        ErrorCode.PROTOCOL: QCoreApplication.translate(
            "messages", "HQ speaks another version of the sync protocol. Update the app."
        ),
        ErrorCode.BUSY: QCoreApplication.translate(
            "messages", "HQ is busy; sync will try again shortly."
        ),
        ErrorCode.SERVER_ERROR: QCoreApplication.translate(
            "messages", "HQ had an internal problem; sync will try again."
        ),
        ErrorCode.TOO_LARGE: QCoreApplication.translate(
            "messages", "HQ found a single record too large to take."
        ),
        ErrorCode.TLS: QCoreApplication.translate(
            "messages",
            "HQ's certificate was not accepted (wrong address, or not the pinned certificate).",
        ),
        ErrorCode.ENROLL_REFUSED: QCoreApplication.translate(
            "messages", "HQ refused the code: wrong, expired, or already used by another device."
        ),
        ErrorCode.PLAIN_HTTP: QCoreApplication.translate(
            "messages", "HQ's address must start with https://."
        ),
        ErrorCode.BAD_URL: QCoreApplication.translate("messages", "That is not a web address."),
        ErrorCode.REDIRECTED: QCoreApplication.translate(
            "messages",
            "HQ's address answered with a redirect to another address. "
            "Sync never follows redirects: enter HQ's own https:// "
            "address. Nothing was sent there.",
        ),
        ErrorCode.BAD_PIN: QCoreApplication.translate(
            "messages",
            "The certificate pin must be the SHA-256 fingerprint of HQ's "
            "certificate (64 hexadecimal digits), not MD5 or SHA-1.",
        ),
        ErrorCode.PIN_MISMATCH: QCoreApplication.translate(
            "messages",
            "HQ's certificate is not the pinned one: something else "
            "may be answering for HQ. Nothing was sent. Call IT.",
        ),
        ErrorCode.AUDIT_HELD: QCoreApplication.translate(
            "messages", "HQ is holding back this device's audit entries."
        ),
        ErrorCode.REFUSED: QCoreApplication.translate("messages", "HQ refused the request."),
        ErrorCode.INTERNAL: QCoreApplication.translate(
            "messages", "Sync failed unexpectedly; the log has details for IT."
        ),
        # -- HQ's answer for one record it did not take
        ErrorCode.REJECTED: QCoreApplication.translate("messages", "HQ did not take this record."),
        ErrorCode.NOT_STORED: QCoreApplication.translate(
            "messages", "HQ could not store this record; it will be sent again once corrected."
        ),
        ErrorCode.CONFLICT: QCoreApplication.translate(
            "messages", "HQ already holds this revision of the record with other contents."
        ),
        ErrorCode.OTHER_CHECKPOINT: QCoreApplication.translate(
            "messages", "HQ holds this record for another checkpoint."
        ),
        ErrorCode.HASH_MISMATCH: QCoreApplication.translate(
            "messages", "The record was damaged on the way to HQ."
        ),
        ErrorCode.UUID_MISMATCH: QCoreApplication.translate(
            "messages", "The record was damaged on the way to HQ."
        ),
        ErrorCode.CHECKPOINT_MISMATCH: QCoreApplication.translate(
            "messages", "HQ has this device under another checkpoint. Call IT."
        ),
        ErrorCode.NOT_RECORD_OWNER: QCoreApplication.translate(
            "messages", "Another device recorded this at HQ; only that device can change it."
        ),
        # -- HQ refusing a whole request
        ErrorCode.BAD_REQUEST: QCoreApplication.translate(
            "messages", "HQ could not read the request."
        ),
        ErrorCode.MALFORMED: QCoreApplication.translate(
            "messages", "HQ could not read the request."
        ),
        ErrorCode.UNSUPPORTED_ENCODING: QCoreApplication.translate(
            "messages", "HQ could not read the request."
        ),
        ErrorCode.PROTOCOL_VERSION: QCoreApplication.translate(
            "messages", "HQ speaks another version of the sync protocol. Update the app."
        ),
        ErrorCode.FORBIDDEN: QCoreApplication.translate("messages", "HQ refused the request."),
        ErrorCode.UNAVAILABLE: QCoreApplication.translate(
            "messages", "HQ is busy; sync will try again shortly."
        ),
        ErrorCode.DATABASE_UNAVAILABLE: QCoreApplication.translate(
            "messages", "HQ had an internal problem; sync will try again."
        ),
        ErrorCode.UNKNOWN_DEVICE: QCoreApplication.translate(
            "messages", "HQ does not know this device. IT must enroll it again."
        ),
        ErrorCode.DEVICE_MISMATCH: QCoreApplication.translate(
            "messages", "HQ holds this record for another device."
        ),
        ErrorCode.INVALID_CHECKPOINT: not_listed,
        ErrorCode.INVALID_VALIDITY: QCoreApplication.translate(
            "messages", "%1 is not valid."
        ).replace("%1", field),
        ErrorCode.INVALID_CODE: QCoreApplication.translate(
            "messages", "HQ does not know this enrollment code; check it, or ask HQ for a new one."
        ),
        ErrorCode.CODE_EXPIRED: QCoreApplication.translate(
            "messages", "This enrollment code has expired or was withdrawn; ask HQ for a new one."
        ),
        ErrorCode.CODE_USED: QCoreApplication.translate(
            "messages",
            "This enrollment code was already used by another device; ask HQ for a new one.",
        ),
        ErrorCode.CODE_FOR_OTHER_DEVICE: QCoreApplication.translate(
            "messages",
            "This enrollment code was made to re-enroll "
            "another device; ask HQ for a code for this one.",
        ),
        ErrorCode.DEVICE_ENROLLED: QCoreApplication.translate(
            "messages",
            "HQ already has this device enrolled; to enroll it "
            "again, HQ must make a code for this device with "
            "controlroom enroll --device.",
        ),
        ErrorCode.DEVICE_REVOKED: QCoreApplication.translate(
            "messages",
            "HQ revoked this device; only HQ can readmit it, with a "
            "code made for this device by controlroom enroll "
            "--device.",
        ),
        ErrorCode.RATE_LIMITED: QCoreApplication.translate(
            "messages", "HQ is receiving too many requests from here; sync will try again shortly."
        ),
        ErrorCode.DEVICE_BUSY: QCoreApplication.translate(
            "messages",
            "HQ is still working on this device's previous batch; sync will try again shortly.",
        ),
        ErrorCode.BAD_CURSOR: QCoreApplication.translate(
            "messages",
            "HQ did not recognise where this device left off; the updates will be fetched again.",
        ),
        ErrorCode.INVALID_STATUS: not_listed,
        ErrorCode.UNKNOWN_COMPLAINT: QCoreApplication.translate(
            "messages", "It is no longer there; refresh and try again."
        ),
        ErrorCode.NO_TOKEN: QCoreApplication.translate(
            "messages",
            "HQ no longer accepts this device (revoked, or never enrolled). "
            "Sync has stopped; IT must enroll the device again.",
        ),
        ErrorCode.STAFF_API_DISABLED: QCoreApplication.translate(
            "messages", "HQ refused the request."
        ),
        ErrorCode.BAD_STAFF_TOKEN: QCoreApplication.translate(
            "messages", "HQ refused the request."
        ),
    }


def _shown(value: object) -> str:
    """A date or a count from an error's parameters, in the user's calendar and digits."""
    if isinstance(value, date):
        return isolate(date_text(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return number_text(value)
    return str(value)
