"""Security headers on every console response (the API's JSON answers need none of them).

The pages load nothing from anywhere but HQ itself: no inline script or style, so an injected
``<script>`` would not run even if escaping ever failed. Pages are never cached (a complainant's
contact must not stay in a shared browser's cache) and never framed.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contract.wire import API_PREFIX

POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
          "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
HEADERS = ((b"content-security-policy", POLICY.encode()),
           (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"same-origin"),
           (b"x-frame-options", b"DENY"))
NO_STORE = (b"cache-control", b"no-store")


class ConsoleHeaders:
    """ASGI middleware: the headers above on every response outside ``/api/``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(HEADERS)
                if not static:
                    headers.append(NO_STORE)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
