"""The staff API of HQ's reference data: thin routes over ``staff.desk`` (which checks the
supervisor's permission and audits). The import takes a CSV body under its own cap, far above
the small-body cap every other staff route has."""

import io
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from contract.wire import API_PREFIX, COLUMN_INT_MAX
from sync.server.body import read_capped
from sync.server.database import reading, transaction
from sync.server.reference import FIND_LIMIT_MAX, CardRow, PolicyRow
from sync.server.staff import desk
from sync.server.staff.roles import StaffActor
from sync.server.staff.schemas import (
    CardImportOut,
    CardIn,
    CardLiftIn,
    CardPageView,
    CardType,
    CardView,
    PolicyIn,
    PolicyView,
    RejectedLine,
)

CARDS_IMPORT_PATH = f"{API_PREFIX}/control/cards/import"
# A million rows of "por,1234567890,reported_lost,2025-03-01" are about 40 MB.
CARDS_IMPORT_BYTES = 64 * 1024 * 1024


def add_routes(router: APIRouter, staff: Callable[..., StaffActor],
               problems: Callable[..., dict[int | str, dict[str, Any]]]) -> None:
    """The reference-data routes on the staff router (``staff``: the actor dependency).
    This module does without ``from __future__ import annotations``: FastAPI reads the route
    functions' annotations, and ``actor_of`` exists only in here."""
    actor_of = Annotated[StaffActor, Depends(staff)]

    def engine(request: Request) -> Engine:
        found: Engine = request.app.state.engine
        return found

    @router.get("/policies", response_model=list[PolicyView],
                responses=problems(401, 403, 503))
    def policies(request: Request, actor: actor_of) -> list[PolicyView]:
        """Every policy date HQ holds, by key and then from when; supervisor and above."""
        with reading(engine(request)) as session:
            return [_policy(row) for row in desk.list_policies(session, actor)]

    @router.post("/policies", response_model=PolicyView, responses=problems(401, 403, 503))
    def set_policy(request: Request, actor: actor_of, body: PolicyIn) -> PolicyView:
        """Set a policy date from a day on (the same key and day again replaces it); every desk
        gets it at its next sync. Supervisor and above, audited."""
        with transaction(engine(request)) as session:
            row = desk.set_policy(session, actor, str(body.key), body.value,
                                  body.effective_from, body.note)
        return _policy(row)

    @router.get("/cards", response_model=CardPageView, responses=problems(401, 403, 503))
    def cards(request: Request, actor: actor_of,
              number: Annotated[str, Query(max_length=64, pattern=r"^[^\x00]*$",
                                           description="the start of a number; empty: all"
                                           )] = "",
              document_type: Annotated[CardType | None, Query()] = None,  # type: ignore[valid-type]
              limit: Annotated[int, Query(ge=1, le=FIND_LIMIT_MAX)] = 50,
              offset: Annotated[int, Query(ge=0, le=COLUMN_INT_MAX)] = 0) -> CardPageView:
        """Cancelled cards whose number starts so (as desks key numbers: case, spaces and
        dashes do not matter), by type and number; supervisor and above."""
        with reading(engine(request)) as session:
            page = desk.find_cards(session, actor, number=number,
                                   document_type=str(document_type) if document_type
                                   else None, limit=limit, offset=offset)
        return CardPageView(total=page.total, cards=[_card(row) for row in page.rows])

    @router.post("/cards", response_model=CardView, responses=problems(401, 403, 503))
    def cancel_card(request: Request, actor: actor_of, body: CardIn) -> CardView:
        """Put a card on the cancelled list (again: a new reason or date); every desk gets it
        at its next sync. Supervisor and above, audited without its number."""
        with transaction(engine(request)) as session:
            row = desk.cancel_card(session, actor, str(body.document_type), body.number,
                                   body.reason, body.since)
        return _card(row)

    @router.post("/cards/lift", status_code=204, response_class=Response,
                 responses=problems(401, 403, 404, 503))
    def lift_card(request: Request, actor: actor_of, body: CardLiftIn) -> Response:
        """Take a card off the cancelled list (404 when it is not on it). Supervisor and
        above, audited without its number."""
        with transaction(engine(request)) as session:
            desk.lift_card(session, actor, str(body.document_type), body.number)
        return Response(status_code=204)

    @router.post("/cards/import", response_model=CardImportOut,
                 responses=problems(401, 403, 413, 503),
                 openapi_extra={"requestBody": {"required": True, "content": {
                     "text/csv": {"schema": {"type": "string"}}}}})
    async def import_cards(request: Request, actor: actor_of,
                           content_encoding: Annotated[str | None, Header(
                               description="gzip or identity",
                               json_schema_extra={"enum": ["gzip", "identity"]})] = None
                           ) -> CardImportOut:
        """List the cards of a CSV body (UTF-8, a header row: document_type, number, reason,
        since; at most 64 MB): each row that cannot be read is rejected with its line, the
        others are listed. Supervisor and above, audited with counts, never numbers."""
        body = await read_capped(request.stream(), content_encoding, CARDS_IMPORT_BYTES,
                                 what="the file", hint="split it in two")
        return await run_in_threadpool(_import, engine(request), actor, body)


def _import(engine: Engine, actor: StaffActor, body: bytes) -> CardImportOut:
    with transaction(engine) as session:
        done = desk.import_cards(session, actor, io.BytesIO(body))
    return CardImportOut(accepted=done.accepted, already_listed=done.already_listed,
                         rejected=[RejectedLine(line=line, reason=reason)
                                   for line, reason in done.rejected])


def _policy(row: PolicyRow) -> PolicyView:
    return PolicyView.model_validate(row, from_attributes=True)


def _card(row: CardRow) -> CardView:
    return CardView.model_validate(row, from_attributes=True)
