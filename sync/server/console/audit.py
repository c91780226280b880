"""The console's Audit page (supervisor and above): HQ's own audit of staff actions, newest
first, narrowed by who, what and day (GET parameters, so a view can be bookmarked and shared),
and the chain's state in plain words. Thin over ``desk.read_audit``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from sync.server.console.web import Viewer, engine, render
from sync.server.errors import Malformed
from sync.server.models import StaffAuditEntry
from sync.server.schemas import iso_day
from sync.server.staff import audit, desk

router = APIRouter()

PAGE_SIZE = 50
# What each action means, as a supervisor reads it aloud; an action not listed shows as written.
ACTION_WORDS = {
    "sign_in": "signed in", "sign_in_failed": "failed to sign in",
    "sign_in_refused": "was refused sign-in (disabled)", "sign_out": "signed out",
    "password_change": "changed their password",
    "password_change_failed": "gave a wrong password to change it",
    "user_add": "added a staff user", "user_disable": "disabled a staff user",
    "user_enable": "enabled a staff user", "user_role": "changed a staff user's role",
    "complaint_status": "set a complaint's status", "complaint_assign": "assigned a complaint",
    "complaint_note": "added a note to a complaint", "contact_revealed": "revealed a contact",
    "enrollment_code": "made an enrollment code", "device_revoke": "revoked a device",
    "policy_set": "set a policy date", "card_cancel": "listed a cancelled card",
    "card_lift": "took a card off the cancelled list", "card_import": "imported cancelled cards",
}
Filter = Annotated[str, Query(max_length=64, pattern=r"^[^\x00]*$")]


@dataclass(frozen=True)
class Row:
    """One entry as the page shows it."""

    seq: int
    when: str
    actor: str
    action: str
    words: str
    target: str
    details: list[tuple[str, str]]


def _row(entry: StaffAuditEntry) -> Row:
    try:
        details = [(str(key).replace("_", " "), str(value))
                   for key, value in json.loads(entry.details).items() if value is not None]
    except (ValueError, AttributeError):  # an edited entry may hold anything: show it as is
        details = [("", entry.details)]
    return Row(entry.seq, entry.at[:19].replace("T", " "), entry.actor, entry.action,
               ACTION_WORDS.get(entry.action, entry.action.replace("_", " ")), entry.target,
               details)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, actor: Viewer,
               who: Annotated[str, Query(alias="actor", max_length=64,
                                         pattern=r"^[^\x00]*$")] = "",
               action: Filter = "", day: Filter = "",
               before: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
               check: Filter = "") -> HTMLResponse:
    """A page of entries; ``check=whole`` walks the whole chain instead of what is new."""
    narrow = audit.AuditFilter(who.strip().lower() or None, action.strip() or None,
                               _day(day))
    found = desk.read_audit(engine(request), actor, narrow, before=before, limit=PAGE_SIZE,
                            full_check=check == "whole")
    filters = {"actor": who.strip(), "action": action.strip(), "day": day.strip()}
    kept = {key: value for key, value in filters.items() if value}
    return render(request, "audit.html", actor, rows=[_row(e) for e in found.entries],
                  chain=found.chain, filters=filters, actions=ACTION_WORDS,
                  older=_link({**kept, "before": found.next_before})
                  if found.next_before else None,
                  newest=_link(kept) if before else None,
                  whole_check=_link({**kept, "check": "whole"}), paged=before is not None)


def _day(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return iso_day(text.strip())
    except ValueError:
        raise Malformed(f"{text.strip()!r} is not a day: write it as YYYY-MM-DD, "
                        "e.g. 2025-04-07.") from None


def _link(params: Mapping[str, object]) -> str:
    return "/audit" + (f"?{urlencode(params)}" if params else "")

