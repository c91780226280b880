"""The console in a real browser, and through its forms with ``requests`` (issue 10).

Fixtures (from ``tests.support.plugin``)
----------------------------------------
``browser``
    Headless Chromium (Debian's ``/usr/bin/chromium``, which ``.ci/run`` installs) driven by
    Playwright, one per test process.
``console_page``
    ``console_page(controlroom, role, *, width=1366, height=768, javascript=True) -> Page``: a
    fresh browser context signed in through the sign-in form as a real ``role`` user who has
    changed the first password (``test-web-<role>``), left on ``/``.
``web_client``
    ``web_client(controlroom, role) -> WebClient``: the same, as a ``requests.Session``.
``screenshot``
    ``screenshot(page, name)``: ``build/console-screenshots/<name>.png`` (every run makes them;
    the docs copy those they show into ``docs/images/console/``).

``WebClient``: ``get(path)``, ``post(path, data)`` (adds the page's CSRF field, as the browser
would), ``post_without_csrf(path, data)``; ``base_url``; ``session`` (the requests session;
``allow_redirects`` as requests does by default).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from playwright.sync_api import Browser, Page, sync_playwright

from sync.server.console.web import SESSION_COOKIE, csrf_for
from tests.support.controlroom import STAFF_CHANGED_PASSWORD, STAFF_PASSWORD, ControlRoom
from tests.support.logcheck import note_secret

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "console-screenshots"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class WebClient:
    """A signed-in console user driven through the forms with ``requests``."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()

    def get(self, path: str, **options: Any) -> requests.Response:
        """GET a console page."""
        return self.session.get(self.base_url + path, timeout=30, **options)

    def csrf(self) -> str:
        """The CSRF field the pages of this session carry."""
        token = self.session.cookies.get(SESSION_COOKIE)
        if token:
            return csrf_for(token)
        found = CSRF.search(self.get("/sign-in").text)
        assert found, "the sign-in form has no csrf field"
        return found.group(1)

    def post(self, path: str, data: dict[str, str] | None = None,
             **options: Any) -> requests.Response:
        """POST a form as the browser would (with the CSRF field of this session)."""
        return self.post_without_csrf(path, {**(data or {}), "csrf": self.csrf()}, **options)

    def post_without_csrf(self, path: str, data: dict[str, str] | None = None,
                          **options: Any) -> requests.Response:
        """POST a form without adding the CSRF field (what a forged form would send)."""
        return self.session.post(self.base_url + path, data=data or {}, timeout=30, **options)

    def sign_in(self, name: str, password: str) -> requests.Response:
        """Sign in through the form; the session cookie it gets is noted as a secret."""
        answer = self.post("/sign-in", {"username": name, "password": password})
        token = self.session.cookies.get(SESSION_COOKIE)
        if token:
            note_secret(token)
        return answer


def staff_user(controlroom: ControlRoom, role: str) -> str:
    """A ``role`` user for the console (``test-web-<role>``), made once per server and signed
    in once through the form to change the first password."""
    name = f"test-web-{role}"
    made: set[str] = controlroom.__dict__.setdefault("_console_users", set())
    if name not in made:
        controlroom.add_staff(name, role)
        client = WebClient(controlroom.base_url)
        answer = client.sign_in(name, STAFF_PASSWORD)
        assert answer.url.endswith("/password"), answer.url
        changed = client.post("/password", {"current": STAFF_PASSWORD,
                                            "new": STAFF_CHANGED_PASSWORD,
                                            "repeat": STAFF_CHANGED_PASSWORD})
        assert changed.ok, changed.text
        made.add(name)
    return name


def signed_in_client(controlroom: ControlRoom, role: str) -> WebClient:
    """A ``WebClient`` signed in as the console's ``role`` user."""
    client = WebClient(controlroom.base_url)
    answer = client.sign_in(staff_user(controlroom, role), STAFF_CHANGED_PASSWORD)
    assert answer.ok and client.session.cookies.get(SESSION_COOKIE), answer.text
    return client


@pytest.fixture
def web_client() -> Callable[[ControlRoom, str], WebClient]:
    """``web_client(controlroom, role)``: see the module's docstring."""
    return signed_in_client


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium for this test process (skipped, saying why, on a machine without
    Debian's browser; on CI, where ``.ci/run`` installs it, its absence fails)."""
    if not os.path.exists(CHROMIUM):
        message = f"{CHROMIUM} is missing: `sudo apt install chromium` for the console's tests"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM,
                                              args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def console_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """``console_page(controlroom, role, ...)``: see the module's docstring."""
    contexts = []

    def open_page(controlroom: ControlRoom, role: str, *, width: int = 1366,
                  height: int = 768, javascript: bool = True) -> Page:
        name = staff_user(controlroom, role)
        context = browser.new_context(viewport={"width": width, "height": height},
                                      java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.goto(controlroom.base_url + "/sign-in")
        page.fill("#username", name)
        page.fill("#password", STAFF_CHANGED_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(controlroom.base_url + "/")
        for cookie in context.cookies():
            if cookie["name"] == SESSION_COOKIE:
                note_secret(cookie["value"])
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot() -> Callable[[Page, str], Path]:
    """``screenshot(page, name)``: see the module's docstring."""
    def take(page: Page, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        # Bytes written here, not ``path=``: Playwright would write the file from executor
        # threads it leaves running (which the leak guard counts against the test). The same
        # holds for ``page.pdf``.
        path.write_bytes(page.screenshot(full_page=True))
        return path

    return take
