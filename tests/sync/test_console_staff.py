"""The console's Staff page (HQ admin) and Audit page (supervisor and above), in headless
Chromium and through their forms, on the real server (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from sqlalchemy import update
from sqlmodel import col

from sync.server.console.web import SESSION_COOKIE
from sync.server.database import make_engine, transaction
from sync.server.models import StaffAuditEntry
from tests.support.console import WebClient
from tests.support.controlroom import ControlRoom
from tests.support.logcheck import note_secret

WebClientFactory = Callable[[ControlRoom, str], WebClient]
FIRST_PASSWORD = "farida-first-password"
OWN_PASSWORD = "farida-own-password"


def _audit_rows(page: Page) -> list[list[str]]:
    return [[cell.inner_text().strip() for cell in row.query_selector_all("td")]
            for row in page.query_selector_all("table.audit-log tbody tr")]


def test_an_admin_adds_an_officer_who_signs_in_is_disabled_and_a_supervisor_sees_it_all(
        controlroom: ControlRoom, browser: Browser, console_page: Callable[..., Page],
        screenshot: Callable[[Page, str], Path]) -> None:
    note_secret(FIRST_PASSWORD)
    note_secret(OWN_PASSWORD)
    admin = console_page(controlroom, "admin")
    admin.click("nav >> text=Staff")
    admin.fill("#new-username", "Farida.K")
    admin.fill("#new-full-name", "Farida Karimi")
    admin.select_option("#new-role", "complaints")
    admin.fill("#new-password", FIRST_PASSWORD)
    admin.click("text=Add staff member")
    admin.wait_for_url(controlroom.base_url + "/staff")
    assert admin.inner_text("[role=status]").startswith("Added farida.k as complaints officer.")
    row = admin.inner_text("#user-farida\\.k")
    assert "Farida Karimi" in row and "must change the first password" in row
    assert "never" in row

    # The officer signs in with the first password and is made to choose their own.
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    officer = context.new_page()
    officer.goto(controlroom.base_url + "/")
    officer.fill("#username", "farida.k")
    officer.fill("#password", FIRST_PASSWORD)
    officer.click("button[type=submit]")
    officer.wait_for_url(controlroom.base_url + "/password")
    officer.fill("#current", FIRST_PASSWORD)
    officer.fill("#new", OWN_PASSWORD)
    officer.fill("#repeat", OWN_PASSWORD)
    officer.click("text=Change password")
    officer.wait_for_url(controlroom.base_url + "/")
    for cookie in context.cookies():
        if cookie["name"] == SESSION_COOKIE:
            note_secret(cookie["value"])
    assert "farida.k (complaints)" in officer.inner_text(".who")
    assert officer.is_visible("nav >> text=Complaints desk")
    assert not officer.is_visible("nav >> text=Staff")

    admin.reload()
    assert "Active" in admin.inner_text("#user-farida\\.k")
    assert "never" not in admin.inner_text("#user-farida\\.k")
    screenshot(admin, "staff")
    admin.click("text=Disable farida.k")
    admin.wait_for_url(controlroom.base_url + "/staff")
    assert "Disabled" in admin.inner_text("#user-farida\\.k")

    # Her open session stops at once: the next page she opens asks her to sign in.
    officer.reload()
    assert officer.url.startswith(controlroom.base_url + "/sign-in")
    context.close()

    supervisor = console_page(controlroom, "supervisor")
    supervisor.click("nav >> text=Audit")
    supervisor.wait_for_url(controlroom.base_url + "/audit")
    assert supervisor.inner_text("#chain-state").startswith("The audit chain is intact.")
    rows = _audit_rows(supervisor)
    seen = [(who, what, target) for _, _, who, what, target, _ in rows]
    admin_name = "test-web-admin"
    assert seen.index((admin_name, "disabled a staff user", "farida.k")) < seen.index(
        ("farida.k", "changed their password", "farida.k")) < seen.index(
        ("farida.k", "signed in", "farida.k")) < seen.index(
        (admin_name, "added a staff user", "farida.k"))
    screenshot(supervisor, "audit")

    # Narrowed to one person, by the filter form (a GET: the address can be shared).
    supervisor.fill("#f-actor", "farida.k")
    supervisor.click(".filters >> text=Show")
    supervisor.wait_for_url(controlroom.base_url + "/audit?actor=farida.k&action=&day=")
    assert {row[2] for row in _audit_rows(supervisor)} == {"farida.k"}


def test_the_staff_and_audit_pages_fit_a_phone(
        controlroom_pg: ControlRoom, console_page: Callable[..., Page],
        screenshot: Callable[[Page, str], Path]) -> None:
    # The layout is the browser's, whatever database the lists come from: PostgreSQL only (the
    # pages' contents are read on both databases by the tests above and below).
    page = console_page(controlroom_pg, "admin", width=375, height=812, javascript=False)
    for path, name in (("/staff", "staff-phone"), ("/audit", "audit-phone")):
        page.goto(controlroom_pg.base_url + path)
        screenshot(page, name)
        # Wide tables scroll inside their own box; the page itself never scrolls sideways.
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path} is {width} px wide on a 375 px phone"


OWN_POSTS = ("/staff", "/staff/test-web-viewer/disable", "/staff/test-web-viewer/enable",
             "/staff/test-web-viewer/role")


def test_no_staff_form_works_without_its_csrf_field(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    web_client(controlroom, "viewer")
    admin = web_client(controlroom, "admin")
    forms = {"/staff": {"username": "forged", "role": "admin", "password": "forged-password"},
             "/staff/test-web-viewer/role": {"role": "admin"}}

    for path in OWN_POSTS:
        refused = admin.post_without_csrf(path, forms.get(path, {}))
        assert refused.status_code == 403, path
        assert "did not come from this console" in refused.text, path
    page = admin.get("/staff").text
    assert "forged" not in page
    assert 'id="user-test-web-viewer"' in page and "Disabled" not in page


@pytest.mark.parametrize(("role", "staff", "audit"), [
    ("viewer", 403, 403), ("complaints", 403, 403), ("supervisor", 403, 200)])
def test_only_an_admin_manages_staff_and_a_supervisor_reads_the_audit(
        controlroom: ControlRoom, web_client: WebClientFactory, role: str, staff: int,
        audit: int) -> None:
    client = web_client(controlroom, role)

    listed, read = client.get("/staff"), client.get("/audit")
    added = client.post("/staff", {"username": "sneaky", "role": "admin",
                                   "password": "sneaky-password"})

    assert (listed.status_code, read.status_code, added.status_code) == (staff, audit, 403)
    assert "it needs admin or above" in listed.text
    assert "sneaky" not in added.text


def test_a_refused_form_says_why_and_keeps_what_was_typed_but_the_password(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    admin = web_client(controlroom, "admin")

    short = admin.post("/staff", {"username": "omar.k", "full_name": "Omar Khan",
                                  "role": "supervisor", "password": "short-pw"})
    last = admin.post("/staff/test-web-admin/role", {"role": "viewer"})

    assert short.status_code == 400
    assert "The password must be at least 10 characters." in short.text
    assert 'value="omar.k"' in short.text and 'value="Omar Khan"' in short.text
    assert 'value="supervisor" selected' in short.text and "short-pw" not in short.text
    assert last.status_code == 403
    assert "they are the last active admin" in last.text


def test_an_officer_disabled_from_the_staff_page_is_signed_out_and_cannot_sign_in(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    officer = web_client(controlroom, "complaints")
    admin = web_client(controlroom, "admin")

    disabled = admin.post("/staff/test-web-complaints/disable")
    after = officer.get("/password")
    again = WebClient(controlroom.base_url).sign_in("test-web-complaints",
                                                    "changed-password-for-tests")

    assert disabled.url == controlroom.base_url + "/staff"
    assert "Disabled test-web-complaints" in disabled.text
    assert after.url.startswith(controlroom.base_url + "/sign-in")
    assert again.status_code == 403 and "This account has been disabled" in again.text


def test_the_audit_page_says_plainly_where_the_chain_breaks(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    supervisor = web_client(controlroom, "supervisor")
    assert supervisor.get("/audit").ok  # every entry so far is checked
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:  # someone with the database's password
            session.execute(update(StaffAuditEntry).where(col(StaffAuditEntry.seq) == 1)
                            .values(actor="someone-else"))
    finally:
        engine.dispose()

    quick = " ".join(supervisor.get("/audit").text.split())
    whole = " ".join(supervisor.get("/audit?check=whole").text.split())

    # The quick check starts where the last one ended; the whole one finds the edit.
    assert "The audit chain is intact." in quick and "Check the whole chain" in quick
    assert "The audit chain is broken at entry 1." in whole
    assert "someone changed HQ's database outside the control room" in whole
