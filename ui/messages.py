"""The words the app shows for the core's typed errors, field names and codes (all ``tr()``).

The core raises errors with a stable ``code``, the ``field`` at fault and plain ``params``; this
module alone turns them into sentences a tired clerk understands, in the user's language. An
unexpected error becomes a plain "nothing was saved" sentence: no traceback, no SQL, no secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from checkpoint.audit import ChainBreak
from checkpoint.errors import CheckpointError, disk_full
from contract import codes
from contract.errors import ErrorCode


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("messages", text, disambiguation, n)


def field_label(field: str | None) -> str:
    """The on-screen name of a core field."""
    labels = {
        "full_name": _tr("Full name"), "father_name": _tr("Father's name"),
        "full_name_native": _tr("Full name (native script)"),
        "father_name_native": _tr("Father's name (native script)"), "sex": _tr("Sex"),
        "birth_date": _tr("Birth date"), "age_years": _tr("Age"), "age": _tr("Age"),
        "nationality": _tr("Nationality"), "origin_province": _tr("Origin province"),
        "origin_district": _tr("Origin district"),
        "destination_province": _tr("Destination province"), "return_type": _tr("Return type"),
        "vrf_number": _tr("VRF number"), "vulnerabilities": _tr("Vulnerabilities"),
        "remarks": _tr("Remarks"), "document_type": _tr("Document type"),
        "document_number": _tr("Document number"), "number": _tr("Document number"),
        "issuing_country": _tr("Issuing country"), "expiry": _tr("Expiry"),
        "result": _tr("Check result"), "check_result": _tr("Check result"),
        "method": _tr("Check method"), "custody": _tr("Custody"),
        "void_reason": _tr("Reason"),
        "correction_reason": _tr("The reason for the correction"),
        "username": _tr("User name"), "password": _tr("Password"),
        "role": _tr("Role"), "checkpoint": _tr("Checkpoint"), "timezone": _tr("Time zone"),
        "category": _tr("Category"), "description": _tr("Description"),
        "urgency": _tr("Urgency"), "day": _tr("Day"), "to": _tr("To"),
        "idle_lock_minutes": _tr("Lock after idle minutes"),
        "retention_days": _tr("Keep personal details (days)"),
        "reference_stale_days": _tr("HQ's lists out of date after (days)"),
        "crossing_uuid": _tr("Linked record"), "voided": _tr("Void"), "date": _tr("Date"),
        "time": _tr("Time"), "household": _tr("Household"),
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
    return {"clerk": _tr("Clerk"), "shift_lead": _tr("Shift lead"),
            "it_admin": _tr("IT admin")}.get(role, role)


def error_text(error: BaseException) -> str:
    """One or two plain sentences saying what went wrong and, where it helps, what to do."""
    if isinstance(error, Exception):
        # A full disk reaches here from a file write too (an OSError): the same sentence.
        error = disk_full(error) or error
    if not isinstance(error, CheckpointError):
        return _tr("Something went wrong and nothing was saved. Try again; if it happens again, "
                   "call IT.")
    person = error.params.get("person")
    prefix = _tr("Person %1: ").replace("%1", str(person + 1)) if isinstance(person, int) \
        and person > 0 else ""
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
        return _tr("Sync problem: %1").replace("%1", code)


def _disk_full(params: Mapping[str, Any]) -> str:
    imported = params.get("imported")
    if imported is None:
        return _tr("The disk is full: nothing was saved. Free some space and try again.")
    if not imported:
        return _tr("The disk is full: nothing was imported. Free some space and import the "
                   "file again.")
    return _tr("The disk is full: %n rows were imported before it filled up. Free some space "
               "and import the file again; rows already imported are not added twice.", None,
               int(imported))


def _wordings(field_name: str | None, params: Mapping[str, Any]) -> dict[ErrorCode, str]:
    """Every ``ErrorCode`` in the user's words, for an error about ``field_name`` with ``params``.

    Each wording is a literal ``tr()`` string so lupdate finds it; ``%1``... are filled here.
    """
    field = field_label(field_name)
    value = params.get("value")
    seq, user, at = (str(params.get(name, "")) for name in ("seq", "user", "at"))
    not_listed = _tr("%1: “%2” is not in the list.").replace("%1", field).replace(
        "%2", str(value)) if value else _tr("%1 is not in the list.").replace("%1", field)
    return {
        # -- the device core
        ErrorCode.ERROR: _tr("Something went wrong and nothing was saved. Try again; if it "
                             "happens again, call IT."),
        ErrorCode.INVALID: _tr("%1 is not valid.").replace("%1", field),
        ErrorCode.PERMISSION_DENIED: _tr("Your role does not allow this."),
        ErrorCode.NOT_FOUND: _tr("It is no longer there; refresh and try again."),
        ErrorCode.REQUIRED: _tr("%1 is required.").replace("%1", field),
        ErrorCode.TOO_LONG: _tr("%1 is longer than %2 characters.").replace("%1", field)
        .replace("%2", str(params.get("limit", ""))),
        ErrorCode.OUT_OF_RANGE: _tr("%1 must be from %2 to %3.").replace("%1", field)
        .replace("%2", str(params.get("minimum", "")))
        .replace("%3", str(params.get("maximum", ""))),
        ErrorCode.RANGE_REVERSED: _tr("The range ends before it starts."),
        ErrorCode.INVALID_DATE: _tr("%1 is not a date. Use YYYY-MM-DD, DD/MM/YYYY or a Solar "
                                    "Hijri date such as 1403/01/15.").replace("%1", field),
        # -- the database and its key file
        ErrorCode.DATABASE_MISSING: _tr("There is no database here yet."),
        ErrorCode.DATABASE_EXISTS: _tr("That file already exists; choose a new name."),
        ErrorCode.DATABASE_UNREADABLE: _tr("The database cannot be opened: it is damaged or its "
                                           "key file is missing. Call IT; do not delete "
                                           "anything."),
        ErrorCode.NOT_INITIALISED: _tr("The database was never set up completely. Call IT; do "
                                       "not delete anything."),
        ErrorCode.KEYFILE_MISSING: _tr("The key file beside the database is missing. Call IT; "
                                       "do not delete anything."),
        ErrorCode.KEYFILE_DAMAGED: _tr("The key file beside the database is damaged. Call IT; "
                                       "do not delete anything."),
        ErrorCode.DISK_FULL: _disk_full(params),
        # -- restoring a backup (the live database is never touched when one is refused)
        ErrorCode.NOT_A_BACKUP: _tr("This file is not a Checkpoint backup, or it is damaged. "
                                    "Nothing was changed."),
        ErrorCode.BACKUP_KEYFILE_MISSING: _tr("The backup's key file (its name ends in .keys) "
                                              "is not beside it. Copy both files together. "
                                              "Nothing was changed."),
        ErrorCode.BACKUP_FOREIGN: _tr("This is a backup of another checkpoint's database. "
                                      "Nothing was changed."),
        ErrorCode.BACKUP_KEYS_MISMATCH: _tr("The key file beside the backup belongs to another "
                                            "database. Nothing was changed."),
        ErrorCode.AUDIT_BROKEN: _tr("The backup's audit log does not verify: it was changed "
                                    "after it was written. Nothing was changed."),
        # -- the audit log's own check (the IT admin's audit panel)
        ErrorCode.AUDIT_ENTRY_MISSING: _tr("Audit entry %1 is missing: entries were deleted.")
        .replace("%1", seq),
        ErrorCode.AUDIT_ENTRY_UNLINKED: _tr("Audit entry %1 does not follow the entry before "
                                            "it.").replace("%1", seq),
        ErrorCode.AUDIT_ENTRY_CHANGED: _tr("Audit entry %1 was changed after it was written.")
        .replace("%1", seq),
        ErrorCode.AUDIT_NOT_SIGNED: _tr("Audit entry %1 is not signed, though the entries "
                                        "before it are.").replace("%1", seq),
        ErrorCode.AUDIT_BAD_SIGNATURE: _tr("Audit entry %1 is not signed by %2: it was "
                                           "rewritten and signed again by someone else.")
        .replace("%1", seq).replace("%2", user),
        ErrorCode.AUDIT_TRUNCATED: _tr("Audit entry %1 is missing, but %2's anchor of %3 names "
                                       "it: entries were deleted.")
        .replace("%1", seq).replace("%2", user).replace("%3", at),
        ErrorCode.AUDIT_REWRITTEN: _tr("Audit entry %1 differs from the one %2's anchor of %3 "
                                       "names: the log was rewritten.")
        .replace("%1", seq).replace("%2", user).replace("%3", at),
        ErrorCode.AUDIT_ANCHOR_FORGED: _tr("%1's audit anchor in the key file does not verify: "
                                           "the key file was edited.").replace("%1", user),
        ErrorCode.AUDIT_BEHIND_HQ: _tr("Audit entry %1 is missing, but HQ holds it: entries "
                                       "were deleted after they were sent.").replace("%1", seq),
        ErrorCode.AUDIT_DIFFERS_FROM_HQ: _tr("Audit entry %1 differs from the copy HQ holds: "
                                             "the log was rewritten after it was sent.")
        .replace("%1", seq),
        # -- users and signing in
        ErrorCode.WRONG_PASSWORD: _tr("User name or password not accepted."),
        ErrorCode.LOGIN_THROTTLED: _tr("Too many failed sign-ins. Wait %1 seconds, then try "
                                       "again.").replace("%1", str(params.get("retry_after", ""))),
        ErrorCode.ACCOUNT_DISABLED: _tr("This account has been disabled. Ask IT."),
        ErrorCode.ACCOUNT_ACTIVE: _tr("This account is already active."),
        ErrorCode.SIGN_IN_NOT_COUNTED: _tr("The sign-in could not be counted (the disk is full "
                                           "or read-only), so it was not tried. Free some space "
                                           "or call IT."),
        ErrorCode.GRANT_INVALID: _tr("This account's role could not be verified: it was changed "
                                     "outside Checkpoint. Ask an IT admin."),
        ErrorCode.GRANT_KEY_MISSING: _tr("This IT admin account cannot change users or security "
                                         "settings on this device yet: another IT admin must "
                                         "sign in once first."),
        ErrorCode.SETTINGS_UNVERIFIED: _tr("The HQ address or security settings were changed "
                                           "outside Checkpoint, so sync will not run. An IT "
                                           "admin must save the settings again."),
        ErrorCode.DATABASE_REKEYED: _tr("The database's key was changed (a user was disabled), "
                                        "so you were signed out. Sign in again."),
        ErrorCode.USER_EXISTS: _tr("There is already a user with this name."),
        ErrorCode.DISABLE_SELF: _tr("You cannot disable your own account."),
        ErrorCode.INVALID_USERNAME: _tr("A user name is 1 to 64 letters, digits, dots, dashes or "
                                        "underscores."),
        ErrorCode.PASSWORD_UNCHANGED: _tr("Choose a password of your own: this is the one "
                                          "you signed in with."),
        ErrorCode.PASSWORD_TOO_SHORT: _tr("The password must be at least %n characters.", None,
                                          int(params.get("minimum", 8))),
        ErrorCode.UNKNOWN_ROLE: not_listed,
        # -- recording and correcting crossings
        ErrorCode.EMPTY: _tr("There is nobody to save yet."),
        ErrorCode.AGE_OUT_OF_RANGE: _tr("%1 must be from 0 to 120 years.").replace("%1", field),
        ErrorCode.BIRTH_IN_FUTURE: _tr("The birth date is after the crossing."),
        ErrorCode.INVALID_COUNTRY: _tr("%1 must be a three-letter country code such as AFG.")
        .replace("%1", field),
        ErrorCode.NOT_OWN_RECORD: _tr("A clerk may correct only their own records. Ask a shift "
                                      "lead."),
        ErrorCode.NOT_SAME_DAY: _tr("Records can be corrected by the clerk only on the day they "
                                    "were made. Ask a shift lead."),
        ErrorCode.NOT_CORRECTABLE: _tr("%1 cannot be corrected.").replace("%1", field),
        ErrorCode.VOIDED: _tr("This record is void and cannot be corrected."),
        ErrorCode.ALREADY_VOIDED: _tr("This record is already void."),
        ErrorCode.PURGED: _tr("This record's personal details were removed after the "
                              "retention period, so it can no longer be changed."),
        ErrorCode.READER_CHECK_FAILED: _tr("A check digit failed: choose the check result."),
        ErrorCode.DOCUMENT_EXPIRED: _tr("The document expired on %1: its result cannot be "
                                        "Verified. Choose Expired or what you found.")
        .replace("%1", str(params.get("valid_until", ""))),
        ErrorCode.INVALID_URGENCY: not_listed,
        # -- days, tallies and settings
        ErrorCode.FUTURE_DAY: _tr("This day has not begun yet."),
        ErrorCode.ALREADY_CLOSED: _tr("This day is already closed."),
        ErrorCode.UNKNOWN_PRINT_KIND: not_listed,
        ErrorCode.UNKNOWN_TIMEZONE: _tr("That is not a time zone name (for example "
                                        "Asia/Karachi)."),
        # -- code lists
        ErrorCode.CODELIST_INVALID: _tr("A code list of this installation is damaged. Call IT."),
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
        ErrorCode.MRZ_UNREADABLE: _tr("The document reader's text is not a machine-readable "
                                      "zone. Read the document again."),
        ErrorCode.UNKNOWN_FORMAT: _tr("The document reader's text is not a machine-readable "
                                      "zone. Read the document again."),
        ErrorCode.ILLEGAL_CHARACTER: _tr("The document reader's text holds a character no "
                                         "machine-readable zone has. Read the document again."),
        # -- CSV import: the whole file
        ErrorCode.NOT_UTF8: _tr("The file is not saved as UTF-8 text; save it again as \"CSV "
                                "UTF-8\" and retry. Nothing was imported."),
        ErrorCode.UNREADABLE_CSV: _tr("The file cannot be read as CSV. Nothing was imported."),
        ErrorCode.EMPTY_FILE: _tr("The file is empty; it needs a header row. Nothing was "
                                  "imported."),
        ErrorCode.MISSING_COLUMNS: _tr("The file lacks a required column (%1). Nothing was "
                                       "imported.").replace(
            "%1", ", ".join(params.get("columns", []) or [str(field_name)])),
        ErrorCode.DUPLICATE_COLUMN: _tr("A column appears twice in the header (%1). Nothing was "
                                        "imported.").replace("%1", str(field_name)),
        # -- CSV import: one row
        ErrorCode.EXTRA_CELLS: _tr("The row has more values than the header has columns (a "
                                   "comma inside a value that is not in quotes?)."),
        ErrorCode.NOT_YES_OR_NO: _tr("%1 must be yes or no.").replace("%1", field),
        ErrorCode.DATE_IN_FUTURE: _tr("%1 is after today.").replace("%1", field),
        ErrorCode.INVALID_TIME: _tr("%1 is not a time. Use HH:MM, from 00:00 to 23:59.")
        .replace("%1", field),
        ErrorCode.NUMBER_WITHOUT_TYPE: _tr("A document number is given but no document type."),
        ErrorCode.INVALID_UUID: _tr("%1 is not a UUID.").replace("%1", field),
        ErrorCode.REPEATED_UUID: _tr("This UUID is on an earlier line of the file."),
        # -- the command line (worded here too, so no code is ever shown raw)
        ErrorCode.USAGE: _tr("The command was not written as expected."),
        ErrorCode.NO_PASSWORD: _tr("A password is required."),
        ErrorCode.PASSWORD_MISMATCH: _tr("The two passwords differ."),
        ErrorCode.NO_USER: _tr("A user name is required."),
        ErrorCode.MUST_CHANGE_PASSWORD: _tr("You must choose a new password before anything "
                                            "else."),
        ErrorCode.LAST_ADMIN: _tr("This would leave no active admin; make another admin "
                                  "first."),
        ErrorCode.DEMO_ON_LIVE_DATA: _tr("Demo records can only go into a demo database: this "
                                         "one is enrolled with HQ or holds real records."),
        # -- the device's sync client
        ErrorCode.NOT_ENROLLED: _tr("This device is not enrolled with HQ yet."),
        ErrorCode.OFFLINE: _tr("HQ cannot be reached: no network, or HQ is down. Records are "
                               "safe here and will be sent when the link is back."),
        ErrorCode.TIMEOUT: _tr("HQ did not answer in time (slow link). Smaller batches will be "
                               "tried."),
        ErrorCode.NOT_HQ: _tr("Something other than HQ answered (a Wi-Fi login page or a "
                              "proxy?). Nothing was marked as sent."),
        ErrorCode.UNAUTHORIZED: _tr("HQ no longer accepts this device (revoked, or never "
                                    "enrolled). Sync has stopped; IT must enroll the device "
                                    "again."),
        ErrorCode.PROTOCOL: _tr("HQ speaks another version of the sync protocol. Update the "
                                "app."),
        ErrorCode.BUSY: _tr("HQ is busy; sync will try again shortly."),
        ErrorCode.SERVER_ERROR: _tr("HQ had an internal problem; sync will try again."),
        ErrorCode.TOO_LARGE: _tr("HQ found a single record too large to take."),
        ErrorCode.TLS: _tr("HQ's certificate was not accepted (wrong address, or not the "
                           "pinned certificate)."),
        ErrorCode.ENROLL_REFUSED: _tr("HQ refused the code: wrong, expired, or already used by "
                                      "another device."),
        ErrorCode.PLAIN_HTTP: _tr("HQ's address must start with https://."),
        ErrorCode.BAD_URL: _tr("That is not a web address."),
        ErrorCode.REDIRECTED: _tr("HQ's address answered with a redirect to another address. "
                                  "Sync never follows redirects: enter HQ's own https:// "
                                  "address. Nothing was sent there."),
        ErrorCode.BAD_PIN: _tr("The certificate pin must be the SHA-256 fingerprint of HQ's "
                               "certificate (64 hexadecimal digits), not MD5 or SHA-1."),
        ErrorCode.PIN_MISMATCH: _tr("HQ's certificate is not the pinned one: something else "
                                    "may be answering for HQ. Nothing was sent. Call IT."),
        ErrorCode.AUDIT_HELD: _tr("HQ is holding back this device's audit entries."),
        ErrorCode.REFUSED: _tr("HQ refused the request."),
        ErrorCode.INTERNAL: _tr("Sync failed unexpectedly; the log has details for IT."),
        # -- HQ's answer for one record it did not take
        ErrorCode.REJECTED: _tr("HQ did not take this record."),
        ErrorCode.NOT_STORED: _tr("HQ could not store this record; it will be sent again once "
                                  "corrected."),
        ErrorCode.CONFLICT: _tr("HQ already holds this revision of the record with other "
                                "contents."),
        ErrorCode.OTHER_CHECKPOINT: _tr("HQ holds this record for another checkpoint."),
        ErrorCode.HASH_MISMATCH: _tr("The record was damaged on the way to HQ."),
        ErrorCode.UUID_MISMATCH: _tr("The record was damaged on the way to HQ."),
        ErrorCode.CHECKPOINT_MISMATCH: _tr("HQ has this device under another checkpoint. Call "
                                           "IT."),
        ErrorCode.NOT_RECORD_OWNER: _tr("Another device recorded this at HQ; only that device "
                                        "can change it."),
        # -- HQ refusing a whole request
        ErrorCode.BAD_REQUEST: _tr("HQ could not read the request."),
        ErrorCode.MALFORMED: _tr("HQ could not read the request."),
        ErrorCode.UNSUPPORTED_ENCODING: _tr("HQ could not read the request."),
        ErrorCode.PROTOCOL_VERSION: _tr("HQ speaks another version of the sync protocol. Update "
                                        "the app."),
        ErrorCode.FORBIDDEN: _tr("HQ refused the request."),
        ErrorCode.UNAVAILABLE: _tr("HQ is busy; sync will try again shortly."),
        ErrorCode.DATABASE_UNAVAILABLE: _tr("HQ had an internal problem; sync will try again."),
        ErrorCode.UNKNOWN_DEVICE: _tr("HQ does not know this device. IT must enroll it again."),
        ErrorCode.DEVICE_MISMATCH: _tr("HQ holds this record for another device."),
        ErrorCode.INVALID_CHECKPOINT: not_listed,
        ErrorCode.INVALID_VALIDITY: _tr("%1 is not valid.").replace("%1", field),
        ErrorCode.INVALID_CODE: _tr("HQ does not know this enrollment code; check it, or ask "
                                    "HQ for a new one."),
        ErrorCode.CODE_EXPIRED: _tr("This enrollment code has expired or was withdrawn; ask HQ "
                                    "for a new one."),
        ErrorCode.CODE_USED: _tr("This enrollment code was already used by another device; "
                                 "ask HQ for a new one."),
        ErrorCode.CODE_FOR_OTHER_DEVICE: _tr("This enrollment code was made to re-enroll "
                                             "another device; ask HQ for a code for this one."),
        ErrorCode.DEVICE_ENROLLED: _tr("HQ already has this device enrolled; to enroll it "
                                       "again, HQ must make a code for this device with "
                                       "controlroom enroll --device."),
        ErrorCode.DEVICE_REVOKED: _tr("HQ revoked this device; only HQ can readmit it, with a "
                                      "code made for this device by controlroom enroll "
                                      "--device."),
        ErrorCode.RATE_LIMITED: _tr("HQ is receiving too many requests from here; sync will "
                                    "try again shortly."),
        ErrorCode.DEVICE_BUSY: _tr("HQ is still working on this device's previous batch; "
                                   "sync will try again shortly."),
        ErrorCode.BAD_CURSOR: _tr("HQ did not recognise where this device left off; the "
                                  "updates will be fetched again."),
        ErrorCode.INVALID_STATUS: not_listed,
        ErrorCode.UNKNOWN_COMPLAINT: _tr("It is no longer there; refresh and try again."),
        ErrorCode.NO_TOKEN: _tr("HQ no longer accepts this device (revoked, or never enrolled). "
                                "Sync has stopped; IT must enroll the device again."),
        ErrorCode.STAFF_API_DISABLED: _tr("HQ refused the request."),
        ErrorCode.BAD_STAFF_TOKEN: _tr("HQ refused the request."),
    }
