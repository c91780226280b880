"""The words the app shows for the core's typed errors, field names and codes (all ``tr()``).

The core raises errors with a stable ``code``, the ``field`` at fault and plain ``params``; this
module alone turns them into sentences a tired clerk understands, in the user's language. An
unexpected error becomes a plain "nothing was saved" sentence: no traceback, no SQL, no secret.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkpoint.errors import CheckpointError
from contract import codes


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
        "void_reason": _tr("Reason"), "username": _tr("User name"), "password": _tr("Password"),
        "role": _tr("Role"), "checkpoint": _tr("Checkpoint"), "timezone": _tr("Time zone"),
        "category": _tr("Category"), "description": _tr("Description"),
        "urgency": _tr("Urgency"), "day": _tr("Day"), "to": _tr("To"),
        "idle_lock_minutes": _tr("Lock after idle minutes"),
        "retention_days": _tr("Keep personal details (days)"),
        "crossing_uuid": _tr("Linked record"), "voided": _tr("Void"),
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
    if not isinstance(error, CheckpointError):
        return _tr("Something went wrong and nothing was saved. Try again; if it happens again, "
                   "call IT.")
    params, field = error.params, field_label(error.field)
    person = params.get("person")
    prefix = _tr("Person %1: ").replace("%1", str(person + 1)) if isinstance(person, int) \
        and person > 0 else ""
    wording = {
        "wrong_password": _tr("User name or password not accepted."),
        "login_throttled": _tr("Too many failed sign-ins. Wait %1 seconds, then try again.")
        .replace("%1", str(params.get("retry_after", ""))),
        "account_disabled": _tr("This account has been disabled. Ask IT."),
        "database_missing": _tr("There is no database here yet."),
        "database_unreadable": _tr("The database cannot be opened: it is damaged or its key "
                                   "file is missing. Call IT; do not delete anything."),
        "keyfile_missing": _tr("The key file beside the database is missing. Call IT; do not "
                               "delete anything."),
        "permission_denied": _tr("Your role does not allow this."),
        "not_own_record": _tr("A clerk may correct only their own records. Ask a shift lead."),
        "not_same_day": _tr("Records can be corrected by the clerk only on the day they were "
                            "made. Ask a shift lead."),
        "required": _tr("%1 is required.").replace("%1", field),
        "password_too_short": _tr("The password must be at least %n characters.", None,
                                  int(params.get("minimum", 8))),
        "age_out_of_range": _tr("%1 must be from 0 to 120 years.").replace("%1", field),
        "birth_in_future": _tr("The birth date is after the crossing."),
        "invalid_date": _tr("%1 is not a date. Use YYYY-MM-DD, DD/MM/YYYY or a Solar Hijri "
                            "date such as 1403/01/15.").replace("%1", field),
        "voided": _tr("This record is void and cannot be corrected."),
        "already_voided": _tr("This record is already void."),
        "already_closed": _tr("This day is already closed."),
        "future_day": _tr("This day has not begun yet."),
        "user_exists": _tr("There is already a user with this name."),
        "disable_self": _tr("You cannot disable your own account."),
        "not_found": _tr("It is no longer there; refresh and try again."),
        "out_of_range": _tr("%1 must be from %2 to %3.").replace("%1", field)
        .replace("%2", str(params.get("minimum", ""))).replace("%3",
                                                               str(params.get("maximum", ""))),
        "account_active": _tr("This account is already active."),
        "database_exists": _tr("That file already exists; choose a new name."),
        "range_reversed": _tr("The range ends before it starts."),
        "not_utf8": _tr("The file is not saved as UTF-8 text; save it again as \"CSV UTF-8\" "
                        "and retry. Nothing was imported."),
        "missing_columns": _tr("The file lacks a required column (%1). Nothing was imported.")
        .replace("%1", ", ".join(params.get("columns", []) or [str(error.field)])),
        "duplicate_column": _tr("A column appears twice in the header (%1). Nothing was "
                                "imported.").replace("%1", str(error.field)),
        "unknown_timezone": _tr("That is not a time zone name (for example Asia/Karachi)."),
        "invalid_country": _tr("%1 must be a three-letter country code such as AFG.")
        .replace("%1", field),
        "too_long": _tr("%1 is longer than %2 characters.").replace("%1", field)
        .replace("%2", str(params.get("limit", ""))),
        "empty": _tr("There is nobody to save yet."),
    }
    if error.code in wording:
        return prefix + wording[error.code]
    if error.code.startswith("unknown_") and error.field:
        value = params.get("value")
        text = _tr("%1: “%2” is not in the list.").replace("%1", field).replace(
            "%2", str(value)) if value else _tr("%1 is not in the list.").replace("%1", field)
        return prefix + text
    # A code without wording yet: the core's own sentence is plain English and holds no secret.
    return prefix + str(error)


def sync_error_text(code: str) -> str:
    """A sync problem in plain words (never a raw HTTP code alone)."""
    wording = {
        "offline": _tr("HQ cannot be reached: no network, or HQ is down. Records are safe here "
                       "and will be sent when the link is back."),
        "timeout": _tr("HQ did not answer in time (slow link). Smaller batches will be tried."),
        "not_hq": _tr("Something other than HQ answered (a Wi-Fi login page or a proxy?). "
                      "Nothing was marked as sent."),
        "unauthorized": _tr("HQ no longer accepts this device (revoked, or never enrolled). "
                            "Sync has stopped; IT must enroll the device again."),
        "protocol": _tr("HQ speaks another version of the sync protocol. Update the app."),
        "busy": _tr("HQ is busy; sync will try again shortly."),
        "server_error": _tr("HQ had an internal problem; sync will try again."),
        "too_large": _tr("HQ found a single record too large to take."),
        "tls": _tr("HQ's certificate was not accepted (wrong address, or not the pinned "
                   "certificate)."),
        "not_enrolled": _tr("This device is not enrolled with HQ yet."),
        "enroll_refused": _tr("HQ refused the code: wrong, expired, or already used by another "
                              "device."),
        "plain_http": _tr("HQ's address must start with https://."),
        "bad_url": _tr("That is not a web address."),
        "audit_held": _tr("HQ is holding back this device's audit entries."),
        "refused": _tr("HQ refused the request."),
        "internal": _tr("Sync failed unexpectedly; the log has details for IT."),
    }
    return wording.get(code, _tr("Sync problem: %1").replace("%1", code))
