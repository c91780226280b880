"""The complaints desk in a real browser (issue 10): a real device takes a complaint and syncs;
a complaints officer finds it in the queue, assigns it, adds a note, reveals the contact and
resolves it; the device's next sync brings "resolved" to the checkpoint. On SQLite and
PostgreSQL, in headless Chromium."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from playwright.sync_api import Page, expect
from sqlalchemy import insert

from checkpoint.complaints import list_complaints, take_complaint
from checkpoint.ledger import Ledger
from sync.server.database import make_engine, transaction
from sync.server.models import Complaint, table
from tests.support.console import WebClient
from tests.support.controlroom import ControlRoom
from tests.support.devices import enrolled, until_done
from tests.support.logcheck import note_secret
from tests.sync import payloads

CONTACT = "+93 700 123 456"
SAID = "The guard at gate 2 asked for 5,000 rupees to let the family's truck through"
NOTE = "Spoke to the Torkham shift lead: the guard is identified; referred to the FIA desk."


def _audit_actions(controlroom: ControlRoom) -> list[tuple[str, str]]:
    answer = requests.get(controlroom.url("/control/audit"), params={"limit": 1000},
                          headers=controlroom.staff_headers("supervisor"), timeout=10)
    entries: list[dict[str, Any]] = answer.json()["entries"]
    return [(entry["action"], entry["target"]) for entry in entries]


def _waiting_at_chaman(controlroom: ControlRoom, hours: list[int]) -> None:
    """Complaints another checkpoint took ``hours`` ago, synced as its device sends them."""
    chaman = controlroom.enroll("CHAMAN")
    records = []
    for ago in hours:
        data = payloads.complaint("CHAMAN")
        taken = datetime.now(UTC) - timedelta(hours=ago)
        data["taken_at"] = taken.isoformat().replace("+00:00", "Z")
        data["category"] = "delay"
        data["description"] = f"Family kept at the gate for {ago} hours without water"
        records.append(payloads.record(data, kind="complaint"))
    sent = payloads.post_batch(controlroom, chaman, payloads.batch(chaman, records))
    assert payloads.statuses(sent) == ["accepted"] * len(hours)


def test_an_officer_works_a_complaint_to_resolved_and_the_device_receives_it(
        device: Ledger, controlroom: ControlRoom, console_page: Callable[..., Page],
        screenshot: Callable[[Page, str], Path]) -> None:
    for words in (NOTE, SAID, CONTACT):  # never in a log, at the device or at HQ
        note_secret(words)
    uuid = take_complaint(device, "extortion_or_bribe", SAID, contact=CONTACT)
    client = enrolled(device, controlroom)
    until_done(client)
    _waiting_at_chaman(controlroom, [26, 50])
    controlroom.add_staff("amina", "complaints")
    # No JavaScript: the desk is plain pages and forms.
    page = console_page(controlroom, "complaints", javascript=False)

    page.get_by_role("link", name="Complaints desk").click()
    rows = page.locator("table.complaints-queue tbody tr")
    expect(rows).to_have_count(4)  # urgent first, then the oldest
    expect(rows.nth(0)).to_contain_text("urgent")
    expect(rows.nth(1).locator("td.age")).to_have_text("waiting 50 h over 24 h")
    expect(rows.nth(2).locator("td.age")).to_have_text("waiting 26 h over 24 h")
    ours = rows.filter(has_text="Extortion or bribe")
    expect(ours.locator("td.age")).to_have_text(re.compile(r"waiting \d+ min"))
    expect(page.locator("body")).not_to_contain_text(CONTACT)
    screenshot(page, "complaints-queue")

    ours.get_by_role("link").click()
    expect(page).to_have_url(controlroom.base_url + f"/complaints/{uuid}")
    expect(page.locator(".description")).to_have_text(SAID)

    page.get_by_label("Assign to").select_option("amina")
    page.get_by_role("button", name="Assign").click()
    expect(page.locator("[role=status]")).to_have_text("Assigned to amina.")
    expect(page.locator(".assignee")).to_have_text("amina")

    page.get_by_label("Internal note").fill(NOTE)
    page.get_by_role("button", name="Add note").click()
    expect(page.locator(".history .event-note")).to_contain_text(NOTE)

    page.get_by_role("button", name="Show contact").click()
    expect(page.locator("#contact")).to_have_text(CONTACT)
    assert ("contact_revealed", uuid) in _audit_actions(controlroom)

    page.get_by_label("Status").select_option("resolved")
    page.get_by_role("button", name="Set status").click()
    expect(page.locator(".status")).to_have_text("resolved")
    expect(page.locator("body")).not_to_contain_text(CONTACT)  # shown once, not again
    history = page.locator(".history li")
    expect(history).to_have_count(5)  # taken, received, assigned, note, resolved
    expect(history.nth(4)).to_contain_text("Status set to resolved by test-web-complaints")
    screenshot(page, "complaint")

    until_done(client)
    statuses = {c.uuid: c.status for c in list_complaints(device)}
    assert statuses[uuid] == "resolved"

    phone = console_page(controlroom, "complaints", width=375, height=812)
    phone.goto(controlroom.base_url + "/complaints?status=all")
    expect(phone.locator("table.complaints-queue tbody tr")).to_have_count(4)
    screenshot(phone, "complaints-queue-phone")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the queue is {width} px wide on a 375 px phone"
    phone.goto(controlroom.base_url + f"/complaints/{uuid}")
    screenshot(phone, "complaint-phone")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"a complaint is {width} px wide on a 375 px phone"


def test_a_viewer_cannot_open_the_desk(controlroom: ControlRoom,
                                      console_page: Callable[..., Page]) -> None:
    page = console_page(controlroom, "viewer")

    answer = page.goto(controlroom.base_url + "/complaints")

    assert answer is not None and answer.status == 403
    expect(page.locator("body")).to_contain_text("complaints or above")


def test_the_desk_refuses_bad_input_in_a_sentence_and_keeps_what_was_typed(
        controlroom: ControlRoom, web_client: Callable[[ControlRoom, str], WebClient]) -> None:
    device = controlroom.enroll()
    data = payloads.complaint()
    data["contact"] = CONTACT
    sent = payloads.batch(device, [payloads.record(data, kind="complaint")])
    assert payloads.statuses(payloads.post_batch(controlroom, device, sent)) == ["accepted"]
    uuid = data["uuid"]
    officer, viewer = web_client(controlroom, "complaints"), web_client(controlroom, "viewer")

    bad_filter = officer.get("/complaints?waiting=a+day")
    long_note = officer.post(f"/complaints/{uuid}/notes", {"text": "x" * 4001})
    forged = officer.post_without_csrf(f"/complaints/{uuid}/status", {"status": "closed"})
    unknown = officer.get("/complaints/00000000-0000-4000-8000-000000000000")
    shown = officer.post(f"/complaints/{uuid}/contact")
    refused = viewer.get(f"/complaints/{uuid}")

    assert bad_filter.status_code == 400
    assert ("'waiting more than' is a whole number of hours, not 'a day'."
            in html.unescape(bad_filter.text))
    assert long_note.status_code == 400
    assert "A note holds at most 4000 characters; this one has 4001." in long_note.text
    assert f">{'x' * 4001}</textarea>" in long_note.text  # nothing typed is lost
    assert forged.status_code == 403
    assert unknown.status_code == 404 and "HQ has not received complaint" in unknown.text
    assert (shown.status_code, CONTACT in shown.text) == (200, True)
    assert refused.status_code == 403 and "needs complaints or above" in refused.text
    assert CONTACT not in refused.text and "asked for money" not in refused.text
    assert _audit_actions(controlroom).count(("contact_revealed", uuid)) == 1
    page = officer.get(f"/complaints/{uuid}")
    assert '<dd class="status">received</dd>' in page.text  # the forged form changed nothing
    assert "Note by" not in page.text  # nor did the refused note
    assert CONTACT not in page.text


def test_past_a_thousand_the_queue_says_more_and_keeps_paging(
        controlroom: ControlRoom, web_client: Callable[[ControlRoom, str], WebClient]) -> None:
    now = datetime.now(UTC)
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:
            session.execute(insert(table(Complaint)), [
                {"uuid": f"bulk-{n:05d}", "revision": 1, "owner_device_id": "d",
                 "checkpoint": "TORKHAM", "category": "delay", "description": f"number {n}",
                 "urgency": "urgent" if n % 2 else "normal", "taken_by": "lead1",
                 "taken_at": now - timedelta(minutes=n), "received_at": now,
                 "status": "received"} for n in range(2100)])
    finally:
        engine.dispose()
    officer = web_client(controlroom, "complaints")

    first = officer.get("/complaints")
    later = officer.get("/complaints?page=30")

    assert "More than 2,000 complaints · page 1" in first.text
    assert "/complaints?status=open&amp;page=2" in first.text
    assert "number 2099" in first.text  # the oldest urgent one leads
    assert "page 30" in later.text and "/complaints?status=open&amp;page=31" in later.text
