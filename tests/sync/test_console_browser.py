"""The console's frame in headless Chromium: signing in and out as a person would.

On PostgreSQL only: what is checked here is the browser's side (the form, the redirects, the
layout on a phone); the sessions behind it are checked on both databases in
test_console_session.py, and every console test signs in through this form on both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, Page

from tests.support.console import staff_user
from tests.support.controlroom import STAFF_CHANGED_PASSWORD, ControlRoom


def test_sign_in_lands_signed_in_and_sign_out_returns_to_the_form(
        controlroom_pg: ControlRoom, browser: Browser,
        screenshot: Callable[[Page, str], Path]) -> None:
    name = staff_user(controlroom_pg, "supervisor")
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(controlroom_pg.base_url + "/")
    assert page.url == controlroom_pg.base_url + "/sign-in?next=%2F"
    screenshot(page, "sign-in")
    page.fill("#username", name)
    page.fill("#password", "not it")
    page.click("button[type=submit]")
    assert page.inner_text("[role=alert]") == "The user name or password is wrong."
    assert page.input_value("#username") == name
    page.fill("#password", STAFF_CHANGED_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(controlroom_pg.base_url + "/")
    assert f"{name} (supervisor)" in page.inner_text(".who")
    page.click("text=Sign out")
    page.wait_for_url(controlroom_pg.base_url + "/sign-in")
    assert page.inner_text("[role=status]") == "You are signed out."
    context.close()


def test_the_sign_in_form_fits_a_phone(controlroom_pg: ControlRoom,
                                       console_page: Callable[..., Page],
                                       screenshot: Callable[[Page, str], Path]) -> None:
    page = console_page(controlroom_pg, "viewer", width=375, height=812)
    page.click("text=Sign out")
    page.wait_for_url(controlroom_pg.base_url + "/sign-in")
    screenshot(page, "sign-in-phone")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page is {width} px wide on a 375 px phone"
