"""The checkpoints and devices pages in a real browser (issue 10): an HQ admin enrolls a laptop
from the page, the laptop enrolls with the code read off it and syncs, and shows on /devices
with its last contact; a viewer reads /devices but may not enroll or revoke; revoking from the
page stops the laptop's token."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import requests
import zxingcpp
from PIL import Image
from playwright.sync_api import Page, expect
from sqlalchemy import update
from sqlmodel import col

from checkpoint.ledger import Ledger
from contract.errors import ErrorCode
from sync.client import SyncClient
from sync.server.database import make_engine, transaction
from sync.server.ingest import utc_now
from sync.server.models import Device
from tests.support.console import WebClient
from tests.support.controlroom import ControlRoom
from tests.support.devices import device_records, until_done
from tests.support.logcheck import note_secret
from tests.sync.payloads import (
    DAY,
    audit_entries,
    batch,
    closeout,
    crossing,
    post_batch,
    record,
    statuses,
)

DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 375, "height": 740}
OpenPage = Callable[..., Page]
Shoot = Callable[[Page, str], Path]
Client = Callable[[ControlRoom, str], WebClient]


def _make_code(page: Page, hq: ControlRoom, checkpoint: str = "Torkham") -> str:
    """Fill the enrollment form and read the code off the page that answers it."""
    page.goto(hq.base_url + "/devices/enroll")
    page.get_by_label("Checkpoint").fill(checkpoint)
    page.get_by_label("Valid for (hours)").fill("4")
    page.get_by_role("button", name="Make the code").click()
    shown = page.locator(".enroll-code")
    expect(shown).to_be_visible()
    code = "-".join(shown.locator("span").all_inner_texts())
    note_secret(code)  # the run's log check fails if it ever reaches a log
    return code


def _scan(page: Page) -> list[str]:
    """Read the page's QR code as a scanner would, from a picture of the screen."""
    picture = Image.open(io.BytesIO(page.locator("svg.enroll-qr").screenshot()))
    return [found.text for found in zxingcpp.read_barcodes(picture)]


def test_an_admin_enrolls_a_laptop_from_the_page_and_sees_it_sync(
        controlroom: ControlRoom, console_page: OpenPage, device: Ledger,
        screenshot: Shoot) -> None:
    page = console_page(controlroom, "admin")
    page.goto(controlroom.base_url + "/devices")
    expect(page.get_by_text("No devices are enrolled yet.")).to_be_visible()
    page.get_by_role("link", name="Enroll a device").click()
    screenshot(page, "devices-enroll-form")

    code = _make_code(page, controlroom)
    assert re.fullmatch(r"([A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4}", code)
    assert _scan(page) == [code]
    expect(page.get_by_text("Valid until")).to_contain_text("TORKHAM")
    screenshot(page, "devices-enroll-code")
    page.set_viewport_size(PHONE)
    screenshot(page, "devices-enroll-code-phone")
    page.set_viewport_size(DESKTOP)

    client = SyncClient(device)
    enrolled = client.enroll(controlroom.base_url, code)
    until_done(client)

    page.goto(controlroom.base_url + "/devices")
    row = page.locator(f"tr[data-device='{enrolled.device_id}']")
    expect(row).to_contain_text("in contact")
    expect(row.locator(".last-contact")).to_contain_text(re.compile(r"just now|1 min ago"))
    expect(row.locator("td.num")).to_have_text(f"{len(device_records(device)):,}")
    expect(row).to_contain_text("complete")
    expect(page.locator("#cp-TORKHAM")).to_contain_text("1 of the last 1 reconciled")

    # The code was shown, never kept: HQ's audit names the checkpoint, not the code.
    audit = requests.get(controlroom.url("/control/audit"), headers=controlroom.admin_headers,
                         timeout=10).json()
    assert any(entry["action"] == "enrollment_code" for entry in audit["entries"])
    assert code not in str(audit) and code.replace("-", "") not in str(audit)


def _last_heard_from(hq: ControlRoom, device_id: str, ago: timedelta) -> None:
    """Time passing: HQ last heard from the laptop ``ago``, weeks after it was enrolled (the
    clock is the only thing a test cannot wait for)."""
    engine = make_engine(hq.db_url)
    with transaction(engine) as session:
        then = utc_now() - ago
        session.execute(update(Device).where(col(Device.device_id) == device_id)
                        .values(last_contact_at=then, last_batch_at=then,
                                enrolled_at=then - timedelta(days=20)))
    engine.dispose()


def test_a_silent_laptop_an_audit_gap_and_missing_records_stand_out(
        controlroom: ControlRoom, console_page: OpenPage, screenshot: Shoot) -> None:
    torkham, quiet = controlroom.enroll("TORKHAM"), controlroom.enroll("TORKHAM")
    chaman, lost = controlroom.enroll("CHAMAN"), controlroom.enroll("SPIN_BOLDAK")
    statuses(post_batch(controlroom, torkham, batch(torkham, [
        record(crossing()), record(crossing()),
        record(closeout("TORKHAM", DAY, 2), kind="closeout")], audit_entries(1, 3))))
    statuses(post_batch(controlroom, quiet, batch(quiet, [record(crossing())],
                                                  audit_entries(1, 2))))
    _last_heard_from(controlroom, quiet.device_id, timedelta(days=3, hours=2, minutes=5))
    chain = audit_entries(1, 5)  # entries 2-3 never arrived; the close-out counts 3, HQ has 1
    statuses(post_batch(controlroom, chaman, batch(chaman, [
        record(crossing("CHAMAN")), record(closeout("CHAMAN", DAY, 3), kind="closeout")],
        chain[:1] + chain[3:])))
    requests.post(controlroom.url(f"/control/devices/{lost.device_id}/revoke"),
                  headers=controlroom.admin_headers, timeout=10).raise_for_status()

    page = console_page(controlroom, "viewer", javascript=False)
    page.goto(controlroom.base_url + "/devices")

    alarm = page.locator("section.attention-flag")
    expect(alarm).to_contain_text("1 device silent for more than 24 hours")
    expect(alarm).to_contain_text(f"TORKHAM — device {quiet.device_id}: last heard from "
                                  "3 days 2 h ago")
    silent_row = page.locator(f"tr[data-device='{quiet.device_id}']")
    expect(silent_row).to_have_class("state-silent")
    expect(silent_row.locator("td.state")).to_have_text("SILENT")
    gap = page.locator(f"tr[data-device='{chaman.device_id}'] td.audit")
    expect(gap).to_contain_text("entries not received yet")
    expect(gap).to_contain_text("audit entries 2–3 are missing")
    expect(page.locator("#cp-CHAMAN")).to_contain_text("2 records missing (1 of 3 held)")
    expect(page.locator(f"tr[data-device='{lost.device_id}'] td.state")).to_contain_text(
        "revoked")
    expect(page.locator("#cp-TORKHAM .summary").first).to_contain_text(
        "2 working devices, 1 silent")
    expect(page.get_by_text("Revoke…")).to_have_count(0)  # a viewer's page offers no revoking
    screenshot(page, "devices")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "devices-phone")

    page.goto(controlroom.base_url + "/devices?checkpoint=CHAMAN")
    expect(page.locator("section.checkpoint")).to_have_count(1)
    expect(page.locator("section.checkpoint h2")).to_contain_text("CHAMAN")


def test_revoking_from_the_page_asks_first_then_stops_the_laptops_token(
        controlroom: ControlRoom, console_page: OpenPage, device: Ledger,
        screenshot: Shoot) -> None:
    page = console_page(controlroom, "admin")
    client = SyncClient(device)
    enrolled = client.enroll(controlroom.base_url, _make_code(page, controlroom))
    until_done(client)

    page.goto(controlroom.base_url + "/devices")
    page.locator(f"tr[data-device='{enrolled.device_id}']").get_by_role(
        "link", name="Revoke…").click()
    expect(page.get_by_role("heading", name="Revoke this device?")).to_be_visible()
    screenshot(page, "devices-revoke-confirm")
    page.set_viewport_size(PHONE)
    screenshot(page, "devices-revoke-confirm-phone")
    page.set_viewport_size(DESKTOP)
    assert client.sync_once().ok  # asking is not revoking
    page.get_by_role("button", name="Revoke device").click()

    expect(page.get_by_text(f"Device {enrolled.device_id} at TORKHAM is revoked")).to_be_visible()
    expect(page.locator(f"tr[data-device='{enrolled.device_id}']")).to_contain_text("revoked")
    refused = client.sync_once()
    assert refused.error is not None and refused.error.code is ErrorCode.UNAUTHORIZED

    # Found again: Readmit… makes a code for this laptop alone, and it syncs once more.
    page.locator(f"tr[data-device='{enrolled.device_id}']").get_by_role(
        "link", name="Readmit…").click()
    expect(page.get_by_label("Checkpoint")).to_have_value("TORKHAM")
    expect(page.get_by_label(re.compile("^Device id"))).to_have_value(enrolled.device_id)
    page.get_by_role("button", name="Make the code").click()
    expect(page.locator(".code-text")).to_contain_text(f"only device {enrolled.device_id}")
    readmission = "-".join(page.locator(".enroll-code span").all_inner_texts())
    note_secret(readmission)
    client.enroll(controlroom.base_url, readmission)
    assert until_done(client).ok


def test_a_viewer_reads_the_devices_but_may_not_enroll_or_revoke(
        controlroom: ControlRoom, web_client: Client) -> None:
    laptop = controlroom.enroll("CHAMAN")
    viewer = web_client(controlroom, "viewer")

    board = viewer.get("/devices")
    assert board.status_code == 200 and laptop.device_id in board.text
    assert "Revoke…" not in board.text and "Enroll a device" not in board.text
    for refused in (viewer.get("/devices/enroll"),
                    viewer.post("/devices/enroll", {"checkpoint": "CHAMAN", "valid_hours": "4"}),
                    viewer.get(f"/devices/{laptop.device_id}/revoke"),
                    viewer.post(f"/devices/{laptop.device_id}/revoke", {})):
        assert refused.status_code == 403
        assert "admin" in refused.text
    assert requests.get(controlroom.url("/updates"), headers=laptop.headers,
                        timeout=10).status_code == 200


def test_a_revoke_without_the_forms_csrf_field_is_refused(controlroom: ControlRoom,
                                                          web_client: Client) -> None:
    laptop = controlroom.enroll()
    admin = web_client(controlroom, "admin")

    assert admin.post_without_csrf(f"/devices/{laptop.device_id}/revoke", {}).status_code == 403
    assert requests.get(controlroom.url("/updates"), headers=laptop.headers,
                        timeout=10).status_code == 200


def test_a_mistyped_enrollment_form_says_what_is_wrong_and_keeps_what_was_typed(
        controlroom: ControlRoom, web_client: Client) -> None:
    admin = web_client(controlroom, "admin")

    bad_checkpoint = admin.post("/devices/enroll", {"checkpoint": "Tork ham!",
                                                    "valid_hours": "4"})
    assert bad_checkpoint.status_code == 400
    assert "is not a checkpoint code" in bad_checkpoint.text
    assert 'value="Tork ham!"' in bad_checkpoint.text
    too_long = admin.post("/devices/enroll", {"checkpoint": "TORKHAM", "valid_hours": "1000"})
    assert too_long.status_code == 400 and "at most 720 hours" in too_long.text
    not_hours = admin.post("/devices/enroll", {"checkpoint": "TORKHAM", "valid_hours": "soon"})
    assert not_hours.status_code == 400 and "is not a number of hours" in not_hours.text
    unknown = admin.post("/devices/enroll", {"checkpoint": "TORKHAM", "valid_hours": "4",
                                             "device": "no-such-device"})
    assert unknown.status_code == 404 and "HQ has no device no-such-device" in unknown.text
