"""The control room's HTTP face (DESIGN §5): thin FastAPI routes over ``service``.

``create_app(settings)`` builds the app; ``app_from_env`` is the factory uvicorn's workers call
(``controlroom serve --workers N``). Every refusal is a ``Problem``; a database that is down or
a worker that is full answers ``503`` with ``Retry-After``. Every body is capped before it is
read (``Content-Length`` first, then the stream as it arrives): ``413``, never a full read.
Before that, every request counts against its address's (and device's) rate limit, and a batch
needs one of the worker's batch slots, one per device (``limits``): ``429`` with ``Retry-After``.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request, Response
from fastapi import Path as FastApiPath
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import Engine, text
from sqlalchemy.exc import DataError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from contract.codes import complaint_categories
from contract.errors import ErrorCode
from contract.usernames import USERNAME_AS_TYPED
from contract.wire import (
    API_PREFIX,
    COLUMN_INT_MAX,
    BatchIn,
    BatchResult,
    EnrollIn,
    EnrollOut,
    Health,
    Problem,
    Updates,
)
from sync.server import console, reference_api, service
from sync.server.body import SMALL_BODY_BYTES, BodyCap, parse_batch, read_capped
from sync.server.complaints import OLDER_THAN_MAX_HOURS, OPEN, PAGE_MAX, UNASSIGNED, QueueFilter
from sync.server.console import web
from sync.server.database import make_engine, migrate, reading, transaction
from sync.server.errors import ServiceError, Unauthorized
from sync.server.limits import BatchSlots, Rate, RateLimit, client_key
from sync.server.schemas import (
    COMPLAINT_STATUSES,
    ComplaintAssigneeIn,
    ComplaintDetail,
    ComplaintNoteIn,
    ComplaintNoteView,
    ComplaintQueue,
    ComplaintStatusIn,
    ComplaintView,
    DeviceHealth,
    IsoDay,
    NationalTally,
)
from sync.server.settings import Settings
from sync.server.staff import accounts, audit, desk, tokens
from sync.server.staff.roles import OPERATOR_TOKEN, StaffActor
from sync.server.staff.schemas import (
    USERNAME_PATTERN,
    ComplaintContact,
    EnrollmentCodeOut,
    EnrollmentCodeRequest,
    NewStaffUser,
    PasswordChange,
    RevokedDevice,
    RoleChange,
    SignInRequest,
    StaffAuditPage,
    StaffAuditView,
    StaffSession,
    StaffUserView,
)

log = logging.getLogger(__name__)

DATABASE_RETRY_AFTER = 30

device_bearer = HTTPBearer(scheme_name="DeviceToken", auto_error=False,
                           description="the token the device received at enrollment")
staff_bearer = HTTPBearer(scheme_name="StaffToken", auto_error=False,
                          description="a token from POST /api/v1/control/sign-in (or the "
                                      "deprecated shared CONTROLROOM_ADMIN_TOKEN)")
DeviceCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(device_bearer)]
StaffCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(staff_bearer)]


def _problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    # Every route is rate limited (``limits.RateLimit``): 429 is always a possible answer; and
    # every route answers 400 to a request it cannot read (a malformed parameter or body).
    return {status: {"model": Problem} for status in sorted({*statuses, 400, 429})}


# A filter or an id as typed in a query or a path: text the databases can hold (PostgreSQL
# refuses NUL), of a length a real one has.
FilterText = Annotated[str | None, Query(max_length=64, pattern=r"^[^\x00]*$")]
RecordId = Annotated[str, FastApiPath(max_length=64, pattern=r"^[^\x00/]+$")]
UserName = Annotated[str, FastApiPath(pattern=USERNAME_PATTERN)]


def _problem(status: int, code: str, detail: str,
             retry_after: int | None = None) -> JSONResponse:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(Problem(code=code, detail=detail).model_dump(), status_code=status,
                        headers=headers)


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _device_token(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None or not credentials.credentials:
        raise Unauthorized("Send the device token as 'Authorization: Bearer <token>'.",
                           code=ErrorCode.NO_TOKEN)
    return credentials.credentials


def _sign_in_limits(request: Request) -> tokens.SignInLimits:
    settings: Settings = request.app.state.settings
    return tokens.SignInLimits(
        per_name=settings.staff_sign_ins_per_name,
        per_address=settings.staff_sign_ins_per_address,
        window=timedelta(minutes=settings.staff_sign_in_window_minutes),
        idle=timedelta(hours=settings.staff_token_idle_hours))


def _client(request: Request) -> str:
    return client_key(request.client.host if request.client else None)


def _staff(request: Request, credentials: StaffCredentials) -> StaffActor:
    """Whom a staff request acts for: the signed-in user its token belongs to, or the
    operator when it carries the deprecated shared ``CONTROLROOM_ADMIN_TOKEN``."""
    given = credentials.credentials if credentials else ""
    settings: Settings = request.app.state.settings
    shared = settings.admin_token.get_secret_value() if settings.admin_token else ""
    # Settings refuse an empty token; this holds even if one is set on a live app: an empty
    # secret never matches an empty header.
    if given and shared and hmac.compare_digest(given.encode(), shared.encode()):
        return OPERATOR_TOKEN
    return tokens.authenticate(_engine(request), _sign_in_limits(request), given)


Staff = Annotated[StaffActor, Depends(_staff)]


def _device_routes(router: APIRouter) -> None:
    @router.get("/health", response_model=Health, responses=_problems(503))
    def health(request: Request) -> Health:
        """Who HQ is, so a captive portal cannot pass for it (``503`` if its database is down)."""
        with reading(_engine(request)) as session:
            session.execute(text("SELECT 1"))
        return Health(hq_id=request.app.state.hq_id)

    @router.post("/devices/enroll", response_model=EnrollOut,
                 responses=_problems(400, 403, 503))
    def enroll(body: EnrollIn, request: Request) -> EnrollOut:
        """Trade a one-time code and the device id for the device's token."""
        with transaction(_engine(request)) as session:
            answer = service.enroll(session, body, request.app.state.hq_id)
        return answer

    @router.post("/batches", response_model=BatchResult,
                 responses=_problems(400, 401, 403, 409, 413, 503),
                 openapi_extra={"requestBody": {"required": True, "content": {
                     "application/json": {"schema": {"$ref": "#/components/schemas/BatchIn"}}}}})
    async def post_batch(request: Request, credentials: DeviceCredentials,
                         content_encoding: Annotated[str | None, Header(
                             description="gzip (recommended) or identity",
                             json_schema_extra={"enum": ["gzip", "identity"]})] = None
                         ) -> Response:
        """Apply a batch of records and audit entries; answer once it is committed."""
        token = _device_token(credentials)
        state = request.app.state
        slots: BatchSlots = state.batch_slots
        slots.check()  # before the upload, so a slow link is not spent for nothing
        device_id = await run_in_threadpool(_authenticate, _engine(request), token)
        slots.check(device_id)
        # Reading a body over a slow link costs HQ nothing; applying it holds a connection, so
        # only that holds one of the worker's slots.
        body = await read_capped(request.stream(), content_encoding,
                                 state.settings.max_decompressed_bytes)
        batch = await run_in_threadpool(parse_batch, body)
        with slots.hold(device_id):
            answer = await run_in_threadpool(_apply, _engine(request), token, batch)
        return Response(answer, media_type="application/json")

    @router.get("/updates", response_model=Updates, responses=_problems(400, 401, 503))
    def updates(request: Request, credentials: DeviceCredentials,
                since: Annotated[str, Query(description="the cursor of the last answer "
                                                        "applied; empty for everything")] = ""
                ) -> Response:
        """What flows down to the device's checkpoint since ``since``: complaint statuses,
        close-out reconciliations and HQ's reference data (a snapshot or a delta)."""
        settings: Settings = request.app.state.settings
        with reading(_engine(request)) as session:
            device = service.authenticate(session, _device_token(credentials))
            answer = service.updates_since(session, device, since,
                                           departure_days=settings.departure_days)
        if service.contact_is_stale(device):
            _note_contact(_engine(request), device.device_id)
        # Serialised once, as it is: a snapshot carries a million numbers, which FastAPI
        # would otherwise copy and check again on the way out. GZipMiddleware shrinks it.
        return Response(answer.model_dump_json(), media_type="application/json")


def _note_contact(engine: Engine, device_id: str) -> None:
    """Write down that the device was in contact. Bookkeeping for the devices page: when the
    database cannot take the write (busy, or refusing writes), the device still gets its
    updates, and its next round notes it."""
    try:
        with transaction(engine) as session:
            service.note_contact(session, device_id)
    except (OperationalError, InterfaceError, PoolTimeout) as error:
        log.warning("a device's last contact was not noted: %s", type(error).__name__)


def _authenticate(engine: Engine, token: str) -> str:
    with reading(engine) as session:
        return service.authenticate(session, token).device_id


def _apply(engine: Engine, token: str, batch: BatchIn) -> str:
    with transaction(engine) as session:
        answer = service.apply_batch(session, token, batch)
    return answer


def _staff_routes(router: APIRouter) -> None:
    @router.get("/tally", response_model=NationalTally, responses=_problems(400, 401, 403, 503))
    def tally(request: Request, actor: Staff, start: Annotated[IsoDay, Query(alias="from")],
              end: Annotated[IsoDay | None, Query(alias="to")] = None,
              checkpoint: FilterText = None) -> BaseModel:
        """The national tally (DESIGN §7 object over all checkpoints, plus ``by_checkpoint``);
        viewer and above."""
        with reading(_engine(request)) as session:
            found = desk.national_tally(session, actor, start, end, checkpoint)
        return NationalTally.model_validate(found)

    @router.get("/devices", response_model=list[DeviceHealth],
                responses=_problems(401, 403, 503))
    def devices(request: Request, actor: Staff) -> list[DeviceHealth]:
        """Every device's sync health, audit chain and close-out reconciliation; viewer and
        above."""
        with reading(_engine(request)) as session:
            return desk.device_health(session, actor)

    @router.get("/complaints", response_model=ComplaintQueue,
                responses=_problems(400, 401, 403, 503))
    def complaints(request: Request, actor: Staff,
                   status: Annotated[str | None, Query(
                       max_length=64, pattern=r"^[^\x00]*$",
                       description="one status, or 'open' (not yet resolved or closed); "
                                   "empty: any",
                       json_schema_extra={"enum": ["", OPEN, *COMPLAINT_STATUSES]})] = None,
                   checkpoint: FilterText = None,
                   category: Annotated[str | None, Query(
                       max_length=64, pattern=r"^[^\x00]*$",
                       description="a category code; empty: any",
                       json_schema_extra={"enum": ["", *complaint_categories().codes]})] = None,
                   older_than_hours: Annotated[int | None, Query(
                       ge=0, le=OLDER_THAN_MAX_HOURS,
                       description="only complaints taken longer ago than this")] = None,
                   assignee: Annotated[str | None, Query(
                       pattern=f"{USERNAME_AS_TYPED}|^{UNASSIGNED}$",
                       description=f"a staff user name, or '{UNASSIGNED}' for nobody")] = None,
                   limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 50,
                   offset: Annotated[int, Query(ge=0, le=COLUMN_INT_MAX)] = 0
                   ) -> ComplaintQueue:
        """A page of the complaints queue, urgent first, then oldest, with how many match;
        ``status`` is one status or ``open`` (not yet resolved or closed). Each complaint
        carries its age and whether it is overdue (open past 24 h); contacts are left out.
        Complaints officer and above."""
        wanted = QueueFilter(status=status, checkpoint=checkpoint, category=category,
                             older_than_hours=older_than_hours, assignee=assignee,
                             limit=limit, offset=offset)
        with reading(_engine(request)) as session:
            return desk.complaints_queue(session, actor, wanted)

    @router.get("/complaints/{complaint_uuid}", response_model=ComplaintDetail,
                responses=_problems(401, 403, 404, 503))
    def complaint(request: Request, actor: Staff, complaint_uuid: RecordId) -> ComplaintDetail:
        """One complaint (contact left out) and its history, oldest first: taken, received,
        each status set, each assignment, each internal note. Complaints officer and above."""
        with reading(_engine(request)) as session:
            return desk.complaint_detail(session, actor, complaint_uuid)

    @router.put("/complaints/{complaint_uuid}/assignee", response_model=ComplaintView,
                responses=_problems(400, 401, 403, 404, 503))
    def complaint_assignee(request: Request, actor: Staff, complaint_uuid: RecordId,
                           body: ComplaintAssigneeIn) -> ComplaintView:
        """Assign a complaint to an active complaints officer (or above), or to nobody
        (``null``). Complaints officer and above, audited."""
        with transaction(_engine(request)) as session:
            view = desk.assign_complaint(session, actor, complaint_uuid, body.officer)
        return view

    @router.post("/complaints/{complaint_uuid}/notes", response_model=ComplaintNoteView,
                 responses=_problems(400, 401, 403, 404, 413, 503))
    def complaint_note(request: Request, actor: Staff, complaint_uuid: RecordId,
                       body: ComplaintNoteIn) -> ComplaintNoteView:
        """Add an internal note (at most 4,000 characters; the checkpoint never sees it).
        Complaints officer and above, audited without its words."""
        with transaction(_engine(request)) as session:
            note = desk.add_complaint_note(session, actor, complaint_uuid, body.text)
        return note

    @router.get("/complaints/{complaint_uuid}/contact", response_model=ComplaintContact,
                responses=_problems(401, 403, 404, 503))
    def complaint_contact(request: Request, actor: Staff,
                          complaint_uuid: RecordId) -> ComplaintContact:
        """Reveal one complainant's contact; complaints officer and above, audited."""
        with transaction(_engine(request)) as session:
            contact = desk.reveal_contact(session, actor, complaint_uuid)
        return ComplaintContact(uuid=complaint_uuid, contact=contact)

    @router.put("/complaints/{complaint_uuid}/status", response_model=ComplaintView,
                responses=_problems(400, 401, 403, 404, 503))
    def complaint_status(request: Request, actor: Staff, complaint_uuid: RecordId,
                         body: ComplaintStatusIn) -> ComplaintView:
        """Set a complaint's status; the checkpoint sees it in its next ``updates``.
        Complaints officer and above, audited."""
        with transaction(_engine(request)) as session:
            view = desk.set_complaint_status(session, actor, complaint_uuid, body.status)
        return view

    @router.post("/enrollment-codes", response_model=EnrollmentCodeOut,
                 responses=_problems(400, 401, 403, 404, 503))
    def enrollment_code(request: Request, actor: Staff,
                        body: EnrollmentCodeRequest) -> EnrollmentCodeOut:
        """A one-time enrollment code (shown once); HQ admin, audited."""
        with transaction(_engine(request)) as session:
            code, checkpoint, expires = desk.create_enrollment_code(
                session, actor, body.checkpoint, body.valid_hours, body.device_id)
        return EnrollmentCodeOut(code=code, checkpoint=checkpoint, expires_at=expires,
                                 device_id=body.device_id)

    @router.post("/devices/{device_id}/revoke", response_model=RevokedDevice,
                 responses=_problems(401, 403, 404, 503))
    def revoke(request: Request, actor: Staff, device_id: RecordId) -> RevokedDevice:
        """Stop a device's token working (a lost laptop); HQ admin, audited."""
        with transaction(_engine(request)) as session:
            device = desk.revoke(session, actor, device_id)
        assert device.revoked_at is not None
        return RevokedDevice(device_id=device.device_id, checkpoint=device.checkpoint,
                             revoked_at=device.revoked_at)

    @router.get("/audit", response_model=StaffAuditPage, responses=_problems(400, 401, 403, 503))
    def staff_audit(request: Request, actor: Staff,
                    after: Annotated[int, Query(ge=0, le=COLUMN_INT_MAX)] = 0,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
                    newest: Annotated[bool, Query(description="newest first, paged with "
                                                              "``before``")] = False,
                    before: Annotated[int | None, Query(ge=1, le=COLUMN_INT_MAX)] = None,
                    by: Annotated[str | None, Query(alias="actor", max_length=64,
                                                    pattern=r"^[^\x00]*$")] = None,
                    action: FilterText = None, day: IsoDay | None = None,
                    full_check: bool = False) -> StaffAuditPage:
        """HQ's own audit of staff actions after seq ``after`` (or newest first), narrowed by
        actor, action and UTC day, and whether its chain verifies (from the last intact check
        on, or whole with ``full_check``); supervisor and above."""
        narrow = audit.AuditFilter(by, action, day)
        found = desk.read_audit(_engine(request), actor, narrow,
                                after=None if newest else after, before=before, limit=limit,
                                full_check=full_check)
        return StaffAuditPage(
            entries=[StaffAuditView.model_validate(entry, from_attributes=True)
                     for entry in found.entries],
            next_before=found.next_before, chain_intact=found.chain.intact,
            first_bad_seq=found.chain.first_bad_seq, chain_checked_whole=found.chain.full)


def _user_routes(router: APIRouter) -> None:
    @router.get("/users", response_model=list[StaffUserView],
                responses=_problems(401, 403, 503))
    def users(request: Request, actor: Staff) -> list[StaffUserView]:
        """Every staff user, by name, with role, state and last sign-in; HQ admin."""
        with reading(_engine(request)) as session:
            return [_user_view(user) for user in accounts.list_users(session, actor)]

    @router.post("/users", response_model=StaffUserView,
                 responses=_problems(400, 401, 403, 503))
    def add_user(request: Request, actor: Staff, body: NewStaffUser) -> StaffUserView:
        """Add a staff user, who must change the first password at their first sign-in;
        HQ admin, audited."""
        with transaction(_engine(request)) as session:
            added = accounts.add_user(session, actor, body.username, body.role.value,
                                      body.password, body.full_name)
        return _user_view(added)

    @router.post("/users/{username}/disable", response_model=StaffUserView,
                 responses=_problems(401, 403, 404, 503))
    def disable_user(request: Request, actor: Staff, username: UserName) -> StaffUserView:
        """Disable a staff user: no sign-in, and their tokens stop at once; HQ admin (never
        oneself, never the last active admin), audited."""
        with transaction(_engine(request)) as session:
            return _user_view(accounts.disable_user(session, actor, username))

    @router.post("/users/{username}/enable", response_model=StaffUserView,
                 responses=_problems(401, 403, 404, 503))
    def enable_user(request: Request, actor: Staff, username: UserName) -> StaffUserView:
        """Let a disabled staff user sign in again; HQ admin, audited."""
        with transaction(_engine(request)) as session:
            return _user_view(accounts.enable_user(session, actor, username))

    @router.put("/users/{username}/role", response_model=StaffUserView,
                responses=_problems(400, 401, 403, 404, 503))
    def change_role(request: Request, actor: Staff, username: UserName,
                    body: RoleChange) -> StaffUserView:
        """Give a staff user another role (never leaving HQ without an active admin); HQ
        admin, audited."""
        with transaction(_engine(request)) as session:
            return _user_view(accounts.change_role(session, actor, username, body.role.value))


def _user_view(user: accounts.StaffInfo) -> StaffUserView:
    return StaffUserView.model_validate(user, from_attributes=True)


def _sign_in_routes(router: APIRouter) -> None:
    @router.post("/sign-in", response_model=StaffSession,
                 responses=_problems(400, 401, 403, 503))
    def sign_in(request: Request, body: SignInRequest) -> StaffSession:
        """Trade a staff user's name and password for a bearer token (attempts are limited
        per name and per address; every failure is audited)."""
        signed = tokens.sign_in(_engine(request), _sign_in_limits(request), body.username,
                                body.password, _client(request))
        return StaffSession(token=signed.token, username=signed.username, role=signed.role,
                            must_change_password=signed.must_change_password,
                            expires_at=signed.expires_at)

    @router.post("/sign-out", status_code=204, response_class=Response,
                 responses=_problems(401, 503))
    def sign_out(request: Request, actor: Staff) -> Response:
        """End the token this request carries."""
        tokens.sign_out(_engine(request), actor)
        return Response(status_code=204)

    @router.post("/password", status_code=204, response_class=Response,
                 responses=_problems(400, 401, 403, 503))
    def password(request: Request, actor: Staff, body: PasswordChange) -> Response:
        """Change the signed-in user's own password (the only call a user who must change it
        may make); their other tokens end."""
        tokens.change_password(_engine(request), _sign_in_limits(request), actor,
                               body.old_password, body.new_password, _client(request))
        return Response(status_code=204)


def _answer(request: Request, status: int, code: str, detail: str,
            retry_after: int | None = None) -> Response:
    """A refusal in the face that asked: a page for the console, a ``Problem`` for the API."""
    if web.is_console(request):
        return web.error_page(request, status, detail, retry_after)
    return _problem(status, code, detail, retry_after)


def _install_handlers(app: FastAPI) -> None:
    async def service_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ServiceError)
        return _answer(request, error.status, error.code, error.detail, error.retry_after)

    async def sign_in_needed(_: Request, error: Exception) -> Response:
        assert isinstance(error, web.SignInNeeded)
        return RedirectResponse(f"/sign-in?next={quote(error.back_to, safe='')}",
                                status_code=303)

    async def password_change_needed(_: Request, __: Exception) -> Response:
        return web.see_other("/password", "Choose a password of your own first.")

    async def invalid_request(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        first = error.errors()[0] if error.errors() else {"loc": (), "msg": "malformed"}
        where, message = ".".join(str(part) for part in first["loc"]), f"{first['msg']}"
        if web.is_console(request):  # "query.from: ..." reads as "from: ..." to a person
            where = ".".join(str(part) for part in first["loc"][1:])
        return _answer(request, 400, ErrorCode.MALFORMED,
                       f"{where}: {message}" if where else message)

    async def unstorable(request: Request, error: Exception) -> Response:
        # The database refused a value the request carried (PostgreSQL takes no NUL character
        # in text): the request's fault, so a 400 naming it, never a 500 that a device would
        # retry for ever.
        log.warning("refused a value the database cannot hold: %s", type(error.orig).__name__
                    if isinstance(error, DBAPIError) else type(error).__name__)
        return _answer(request, 400, ErrorCode.MALFORMED,
                       "The request holds a value HQ cannot store (a NUL character?).")

    async def database_down(request: Request, error: Exception) -> Response:
        log.error("database unavailable: %s", error)
        return _answer(request, 503, ErrorCode.DATABASE_UNAVAILABLE,
                       "HQ cannot reach its database; try again later.", DATABASE_RETRY_AFTER)

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        if error.status_code == 413:  # ``BodyCap`` stopped a body as it arrived
            return _answer(request, 413, ErrorCode.TOO_LARGE, f"{error.detail}")
        answer = _answer(request, error.status_code, f"http_{error.status_code}",
                         f"{error.detail}")
        answer.headers.update(error.headers or {})  # a 405 keeps its Allow (RFC 9110)
        if error.status_code == 405:
            answer.headers["Allow"] = _allowed(request)
        return answer

    app.add_exception_handler(ServiceError, service_error)
    app.add_exception_handler(web.SignInNeeded, sign_in_needed)
    app.add_exception_handler(web.PasswordChangeNeeded, password_change_needed)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(DataError, unstorable)
    for kind in (OperationalError, InterfaceError, PoolTimeout):
        app.add_exception_handler(kind, database_down)
    app.add_exception_handler(StarletteHTTPException, http_error)


def _allowed(request: Request) -> str:
    """Every method some route takes at this path: Starlette's ``Allow`` names only the first
    route's, where one path has a route per method (``GET`` and ``POST /control/users``)."""
    allowed = [method for method in _METHODS if any(
        route.matches({**request.scope, "method": method})[0] == Match.FULL
        for route in request.app.router.routes)]
    return ", ".join(allowed)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def _openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The schema, with the batch body (read raw, as gzip) and without FastAPI's 422s:
    HQ answers malformed requests with 400 and a ``Problem``."""
    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version,
                             description=app.description, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        batch = BatchIn.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in batch.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components["BatchIn"] = batch
        for operations in schema["paths"].values():
            for operation in operations.values():
                operation.get("responses", {}).pop("422", None)
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        app.openapi_schema = schema
        return schema

    return build


def create_app(settings: Settings | None = None) -> FastAPI:
    """The control-room service on ``settings.db``; migrates the schema when it starts."""
    settings = settings or Settings()
    if settings.admin_token is not None:
        log.warning("CONTROLROOM_ADMIN_TOKEN is deprecated: it acts as an HQ admin for whoever "
                    "holds it; give each person an account (controlroom user add) and unset it")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.db)
        await run_in_threadpool(migrate, engine)
        app.state.engine = engine
        app.state.hq_id = await run_in_threadpool(_identity, engine, settings.hq_id)
        try:
            yield
        finally:
            engine.dispose()

    app = FastAPI(title="Checkpoint control room", version="1",
                  description="HQ of the Checkpoint sync protocol v1 (DESIGN §5).",
                  lifespan=lifespan)
    app.state.settings = settings
    app.state.batch_slots = BatchSlots(settings.max_concurrent_batches)
    # Answers travel the same slow link as batches: a 200-record answer shrinks from ~28 KB
    # to ~5 KB (devices ask for gzip; requests decompresses it). Level 6: a snapshot of a
    # million cancelled cards compresses 3-4 times faster than at 9, 1 % larger.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    # Outermost: a body is capped before anything (FastAPI's JSON parsing included) reads it.
    app.add_middleware(BodyCap, default=SMALL_BODY_BYTES,
                       by_path={f"{API_PREFIX}/batches": settings.max_decompressed_bytes,
                                reference_api.CARDS_IMPORT_PATH: reference_api.CARDS_IMPORT_BYTES,
                                **console.BODY_CAPS})
    # Outside even that: a client over its rate is refused before anything else runs.
    app.add_middleware(RateLimit,
                       per_address=Rate(settings.rate_per_address, settings.burst_per_address),
                       sign_in=Rate(settings.sign_ins_per_address, settings.sign_in_burst),
                       per_device=Rate(settings.rate_per_device, settings.burst_per_device))
    device = APIRouter(prefix=API_PREFIX, tags=["device"])
    _device_routes(device)
    staff = APIRouter(prefix=f"{API_PREFIX}/control", tags=["control room"])
    _sign_in_routes(staff)
    _staff_routes(staff)
    reference_api.add_routes(staff, _staff, _problems)
    _user_routes(staff)
    app.include_router(device)
    app.include_router(staff)
    console.install(app)
    _install_handlers(app)
    app.openapi = _openapi(app)  # type: ignore[method-assign]
    return app


def _identity(engine: Engine, configured: str | None) -> str:
    with transaction(engine) as session:
        return service.hq_identity(session, configured)


def app_from_env() -> FastAPI:
    """The app configured from ``CONTROLROOM_*`` (what each uvicorn worker builds)."""
    return create_app(Settings())
