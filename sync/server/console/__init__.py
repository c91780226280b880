"""The control room's web console for people (issue 10): server-rendered pages over the same
permission-checked service functions the staff API and the command line call.

``install(app)`` adds its routes, its static files (everything it needs is shipped with the
package: it works on an intranet with no internet) and its security headers.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles

from sync.server.console import (
    audit,
    complaints,
    devices,
    picture,
    reference,
    sign_in,
    staff,
)
from sync.server.console.headers import ConsoleHeaders
from sync.server.console.web import HERE

# Bodies a console path takes beyond HQ's small-body cap (the app's ``BodyCap`` applies them).
BODY_CAPS: dict[str, int] = {reference.UPLOAD_PATH: reference.UPLOAD_MAX_BYTES}
# Every page module's router; a new page adds its own here.
ROUTERS: tuple[APIRouter, ...] = (sign_in.router, picture.router, devices.router,
                                  complaints.router, reference.router, staff.router,
                                  audit.router)


def install(app: FastAPI) -> None:
    """Serve the console on ``app``, at ``/``."""
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="console_static")
    for router in ROUTERS:
        app.include_router(router, include_in_schema=False)
    app.add_middleware(ConsoleHeaders)
