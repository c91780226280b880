"""The console's Reference data page (supervisor and above): what every desk checks offline
(issue 11) — the policy dates, the cancelled cards and the departures HQ holds — and the forms
that change it: set a policy date, cancel a card, lift one, upload a CSV of cards.

Thin over ``staff.desk``, which checks the role and audits every change; a viewer or a
complaints officer is refused there, so the page never opens for them. A card number is
personal data (it names its holder), so it never travels in an address: the search by number
and the "lift" question are POSTs (an address lands in HQ's access log, a proxy's and the
browser's history), while browsing by type stays a GET that can be bookmarked
(``/reference?document_type=por&page=2``). Every change is a POST with the CSRF field, then a
redirect (the upload answers with its report instead: a report of hundreds of lines does not
fit a one-time note).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from contract import codes
from contract.documents import document_number_key, listed_types, policy_keys
from sync.server.console.web import (
    CsrfChecked,
    Viewer,
    engine,
    render,
    see_other,
    settings,
)
from sync.server.database import reading, transaction
from sync.server.errors import Malformed, NotFound, ServiceError
from sync.server.picture import today
from sync.server.reference import NOTE_MAX_CHARS, CardRow, PolicyRow, policy_words
from sync.server.reference_api import CARDS_IMPORT_BYTES
from sync.server.schemas import iso_day
from sync.server.staff import desk
from sync.server.staff.roles import StaffActor

router = APIRouter()

PAGE_SIZE = 50
# An upload's rejected rows shown on its report; the rest are counted (the file is at hand to
# fix, and a report of 10,000 lines helps nobody read it).
REJECTED_SHOWN = 50
# An uploaded list of cards may be as large as the staff API takes one (a million cards); the
# app's ``BodyCap`` holds the request body to it on this path alone (``console.BODY_CAPS``).
UPLOAD_MAX_BYTES = CARDS_IMPORT_BYTES
UPLOAD_PATH = "/reference/cards/import"
_TEXT = r"^[^\x00]*$"
Typed = Annotated[str, Form(max_length=64, pattern=_TEXT)]
Searched = Annotated[str, Query(max_length=64, pattern=_TEXT)]


def policy_states(policies: Sequence[PolicyRow],
                  in_force: Sequence[PolicyRow]) -> list[tuple[PolicyRow, str]]:
    """Each policy date with its state today: "in force" (the one HQ's summary says desks
    apply), "replaced" (an earlier one of the same key) or "coming" (one that starts later)."""
    current = {row.key: row.effective_from for row in in_force}
    states = []
    for row in policies:
        started = current.get(row.key)
        state = ("in force" if row.effective_from == started else
                 "replaced" if started is not None and row.effective_from < started else
                 "coming")
        states.append((row, state))
    return states


def _document_name(code: str) -> str:
    return codes.document_types().name(code) if code in codes.document_types() else code


def _reason_name(code: str) -> str:
    return codes.card_reasons().name(code) if code in codes.card_reasons() else code


def _day(text: str, field: str) -> date:
    """A day typed into ``field``; one sentence naming the field if it is not one."""
    text = text.strip()
    if not text:
        raise Malformed(f"{field}: give a day, written YYYY-MM-DD.")
    try:
        return iso_day(text)
    except ValueError:
        raise Malformed(f"{field}: {text!r} is not a day; write it as YYYY-MM-DD, "
                        "e.g. 2025-03-31.") from None


def _page_number(text: str) -> int:
    if not text:
        return 1
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 1_000_000:
        raise Malformed(f"The page is a whole number from 1, not {text!r}.")
    return int(text)


def _browse_url(document_type: str, page: int = 1) -> str:
    asked = {key: value for key, value in
             (("document_type", document_type), ("page", str(page) if page > 1 else ""))
             if value}
    return "/reference" + (f"?{urlencode(asked)}" if asked else "") + "#cards"


def _page(request: Request, actor: StaffActor, *, number: str = "", document_type: str = "",
          page: int = 1, status_code: int = 200, problems: dict[str, str] | None = None,
          typed: dict[str, str] | None = None) -> HTMLResponse:
    """The page; ``problems`` maps a form ("policy", "card", "upload") to the sentence that
    refused it, shown on that form with what was typed kept."""
    with reading(engine(request)) as session:
        summary = desk.reference_summary(session, actor,
                                         departure_days=settings(request).departure_days)
        policies = desk.list_policies(session, actor)
        found = desk.find_cards(session, actor, number=number,
                                document_type=document_type or None, limit=PAGE_SIZE,
                                offset=(page - 1) * PAGE_SIZE)
    pages = max(1, -(-found.total // PAGE_SIZE))
    return render(
        request, "reference.html", actor, status_code=status_code, summary=summary,
        policies=policy_states(policies, summary.policies_in_force),
        departure_days=settings(request).departure_days,
        cards_total=sum(summary.cards_by_type.values()), today=today(), found=found,
        number=number, document_type=document_type, page=page, pages=pages,
        previous_url=_browse_url(document_type, page - 1) if page > 1 else None,
        next_url=_browse_url(document_type, page + 1) if page < pages else None,
        policy_keys=[(key, policy_words(key)) for key in policy_keys()],
        document_types=[codes.document_types().entry(kind) for kind in listed_types()],
        reasons=codes.card_reasons().entries, policy_words=policy_words,
        document_name=_document_name, reason_name=_reason_name,
        problems=problems or {}, typed=typed or {}, note_max=NOTE_MAX_CHARS,
        upload_max_mb=UPLOAD_MAX_BYTES // (1024 * 1024))


@router.get("/reference", response_class=HTMLResponse)
def reference_page(request: Request, actor: Viewer, document_type: Searched = "",
                   page: Searched = "") -> HTMLResponse:
    """The reference data, and a page of the cancelled cards (of one type, or all)."""
    return _page(request, actor, document_type=document_type.strip(),
                 page=_page_number(page.strip()))


@router.post("/reference/cards/find", response_class=HTMLResponse)
def find_cards(request: Request, actor: Viewer, _: CsrfChecked, number: Typed = "",
               document_type: Typed = "", page: Typed = "") -> HTMLResponse:
    """The page with the cards whose number starts with ``number`` (keyed as the desks key
    it): a form, not an address, so the number stays out of every log (it changes nothing,
    so no redirect)."""
    return _page(request, actor, number=document_number_key(number),
                 document_type=document_type.strip(), page=_page_number(page.strip()))


def _refused(refusal: ServiceError) -> bool:
    """Whether a refusal is about what was typed (shown on the form again) rather than who
    asked (the 403 page names the role needed)."""
    return isinstance(refusal, (Malformed, NotFound))


@router.post("/reference/policies", response_model=None)
def set_policy(request: Request, actor: Viewer, _: CsrfChecked, key: Typed = "",
               value: Typed = "", effective_from: Typed = "",
               note: Annotated[str, Form(max_length=4 * NOTE_MAX_CHARS, pattern=_TEXT)] = ""
               ) -> HTMLResponse | RedirectResponse:
    """Set a policy date; desks take it at their next sync."""
    try:
        until, start = _day(value, "Valid until"), _day(effective_from, "In force from")
        with transaction(engine(request)) as session:
            row = desk.set_policy(session, actor, key, until, start, note.strip())
    except ServiceError as refusal:
        if not _refused(refusal):
            raise
        return _page(request, actor, status_code=refusal.status,
                     problems={"policy": refusal.detail},
                     typed={"key": key, "value": value, "effective_from": effective_from,
                            "note": note})
    return see_other("/reference#policies",
                     f"{policy_words(row.key)} {row.value.isoformat()}, in force from "
                     f"{row.effective_from.isoformat()}: desks take it at their next sync.")


@router.post("/reference/cards", response_model=None)
def cancel_card(request: Request, actor: Viewer, _: CsrfChecked, document_type: Typed = "",
                number: Typed = "", reason: Typed = "", since: Typed = ""
                ) -> HTMLResponse | RedirectResponse:
    """List a card as cancelled (or change the reason or day of one already listed)."""
    try:
        day = _day(since, "Since") if since.strip() else None
        with transaction(engine(request)) as session:
            row = desk.cancel_card(session, actor, document_type, number,
                                   reason or "cancelled", day)
    except ServiceError as refusal:
        if not _refused(refusal):
            raise
        return _page(request, actor, status_code=refusal.status,
                     problems={"card": refusal.detail},
                     typed={"document_type": document_type, "number": number,
                            "reason": reason, "since": since})
    return see_other("/reference#cards",
                     f"{_document_name(row.document_type)} {row.number} is listed: "
                     f"{_reason_name(row.reason).lower()} since {row.since.isoformat()}. "
                     "Desks warn about it after their next sync.")


def _listed(request: Request, actor: StaffActor, document_type: str,
            number: str) -> CardRow:
    """The one card listed under exactly this type and number (the search is by prefix)."""
    wanted = document_number_key(number)
    with reading(engine(request)) as session:
        found = desk.find_cards(session, actor, number=wanted, document_type=document_type,
                                limit=1)
    for row in found.rows:
        if row.number == wanted and row.document_type == document_type:
            return row
    raise NotFound(f"No {_document_name(document_type)} numbered {number!r} is on the "
                   "cancelled list.")


@router.post("/reference/cards/lift-question", response_class=HTMLResponse)
def lift_question(request: Request, actor: Viewer, _: CsrfChecked, document_type: Typed = "",
                  number: Typed = "") -> HTMLResponse:
    """Are you sure? — the card and what lifting it does, with the button that does it (a
    page of its own, so it needs no script)."""
    row = _listed(request, actor, document_type, number)
    return render(request, "reference_lift.html", actor, row=row,
                  document_name=_document_name, reason_name=_reason_name)


@router.post("/reference/cards/lift")
def lift_card(request: Request, actor: Viewer, _: CsrfChecked, document_type: Typed = "",
              number: Typed = "") -> RedirectResponse:
    """Take a card off the cancelled list; desks stop warning after their next sync."""
    with transaction(engine(request)) as session:
        desk.lift_card(session, actor, document_type, number)
    return see_other("/reference#cards",
                     f"{_document_name(document_type)} {document_number_key(number)} is off "
                     "the cancelled list: desks stop warning about it after their next sync.")


@router.post(UPLOAD_PATH, response_model=None)
def import_cards(request: Request, actor: Viewer, _: CsrfChecked,
                 cards: UploadFile | None = None) -> HTMLResponse:
    """Add the cards of an uploaded CSV file; the answer is its report (accepted, already
    listed, rejected rows with their line numbers)."""
    if cards is None or not cards.filename:
        return _page(request, actor, status_code=400,
                     problems={"upload": "Choose a CSV file of cards to upload."})
    try:
        with transaction(engine(request)) as session:
            report = desk.import_cards(session, actor, cards.file)
    except ServiceError as refusal:
        if not _refused(refusal):
            raise
        return _page(request, actor, status_code=refusal.status,
                     problems={"upload": refusal.detail})
    return render(request, "reference_import.html", actor, report=report,
                  file_name=cards.filename, shown=report.rejected[:REJECTED_SHOWN],
                  more=max(0, len(report.rejected) - REJECTED_SHOWN))
