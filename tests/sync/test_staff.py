"""Staff accounts, roles, per-user tokens and HQ's own audit (issue 10, first slice), on the
real server on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from argon2 import PasswordHasher
from sqlalchemy import select, update
from sqlmodel import col

from sync.server.database import make_engine, transaction
from sync.server.models import StaffAuditEntry, StaffToken, StaffUser
from sync.server.staff import accounts
from sync.server.staff.roles import OPERATOR
from tests.support.controlroom import STAFF_PASSWORD, ControlRoom
from tests.support.logcheck import note_secret
from tests.sync import payloads

CONTACT = "+93 700 111 222"
NEW_PASSWORD = "a-new-password-of-mine"


def _complaint_held(hq: ControlRoom) -> tuple[str, payloads.Any]:
    """A complaint with a contact, synced by a device; its uuid and the device."""
    device = hq.enroll()
    data = payloads.complaint()
    data["contact"] = CONTACT
    sent = payloads.batch(device, [payloads.record(data, kind="complaint")])
    assert payloads.statuses(payloads.post_batch(hq, device, sent)) == ["accepted"]
    return data["uuid"], device


def _audit(hq: ControlRoom, **params: Any) -> dict[str, Any]:
    answer = requests.get(hq.url("/control/audit"), headers=hq.staff_headers("supervisor"),
                          params={"limit": 1000, **params}, timeout=10)
    assert answer.status_code == 200, answer.text
    page: dict[str, Any] = answer.json()
    return page


def _actions(hq: ControlRoom) -> list[tuple[str, str, str]]:
    return [(e["actor"], e["action"], e["target"]) for e in _audit(hq)["entries"]]


@pytest.fixture
def viewer(controlroom: ControlRoom) -> dict[str, str]:
    return controlroom.staff_headers("viewer")


def test_a_viewer_reads_tallies_and_devices_but_no_complaint_contact_or_status(
        controlroom: ControlRoom, viewer: dict[str, str]) -> None:
    uuid, _ = _complaint_held(controlroom)
    get = {"headers": viewer, "timeout": 10}

    tally = requests.get(controlroom.url("/control/tally"), params={"from": "2025-04-01"}, **get)
    devices = requests.get(controlroom.url("/control/devices"), **get)
    queue = requests.get(controlroom.url("/control/complaints"), **get)
    contact = requests.get(controlroom.url(f"/control/complaints/{uuid}/contact"), **get)
    status = requests.put(controlroom.url(f"/control/complaints/{uuid}/status"),
                          json={"status": "resolved"}, **get)
    code = requests.post(controlroom.url("/control/enrollment-codes"),
                         json={"checkpoint": "TORKHAM"}, **get)

    assert (tally.status_code, devices.status_code) == (200, 200)
    for refused in (queue, contact, status, code):
        assert (refused.status_code, refused.json()["code"]) == (403, "permission_denied")
    assert CONTACT not in contact.text
    officer_view = requests.get(controlroom.url("/control/complaints"), timeout=10,
                                headers=controlroom.staff_headers("complaints")).json()
    assert [c["status"] for c in officer_view["complaints"]] == ["received"]  # none changed


def test_a_complaints_officer_works_a_complaint_and_revealing_its_contact_is_audited(
        controlroom: ControlRoom) -> None:
    uuid, device = _complaint_held(controlroom)
    officer = {"headers": controlroom.staff_headers("complaints"), "timeout": 10}

    queue = requests.get(controlroom.url("/control/complaints"), **officer).json()["complaints"]
    contact = requests.get(controlroom.url(f"/control/complaints/{uuid}/contact"), **officer)
    status = requests.put(controlroom.url(f"/control/complaints/{uuid}/status"),
                          json={"status": "in_progress"}, **officer)
    down = requests.get(controlroom.url("/updates"), headers=device.headers, timeout=10).json()

    assert [(c["uuid"], c["contact"]) for c in queue] == [(uuid, "")]  # the queue shows none
    assert contact.json() == {"uuid": uuid, "contact": CONTACT}
    assert status.json()["status"] == "in_progress"
    assert [(s["uuid"], s["status"]) for s in down["complaint_statuses"]] == [
        (uuid, "in_progress")]  # it flows down to the checkpoint as before
    audit = _audit(controlroom)
    assert ("test-complaints", "contact_revealed", uuid) in _actions(controlroom)
    assert ("test-complaints", "complaint_status", uuid) in _actions(controlroom)
    assert CONTACT not in json.dumps(audit)


def test_an_admin_enrolls_and_revokes_a_device_and_both_are_audited(
        controlroom: ControlRoom) -> None:
    admin = {"headers": controlroom.staff_headers("admin"), "timeout": 10}
    supervisor = {"headers": controlroom.staff_headers("supervisor"), "timeout": 10}
    device_id = payloads.new_uuid()

    refused = requests.post(controlroom.url("/control/enrollment-codes"),
                            json={"checkpoint": "TORKHAM"}, **supervisor)
    made = requests.post(controlroom.url("/control/enrollment-codes"),
                         json={"checkpoint": "TORKHAM", "valid_hours": 2}, **admin)
    code = made.json()["code"]
    enrolled = requests.post(controlroom.url("/devices/enroll"), timeout=10, json={
        "code": code, "device_id": device_id, "checkpoint": "TORKHAM"})
    token = enrolled.json()["token"]
    before = requests.get(controlroom.url("/updates"), timeout=10,
                          headers={"Authorization": f"Bearer {token}"})
    not_admin = requests.post(controlroom.url(f"/control/devices/{device_id}/revoke"),
                              **supervisor)
    revoked = requests.post(controlroom.url(f"/control/devices/{device_id}/revoke"), **admin)
    after = requests.get(controlroom.url("/updates"), timeout=10,
                         headers={"Authorization": f"Bearer {token}"})

    assert (refused.status_code, not_admin.status_code) == (403, 403)
    assert (made.status_code, enrolled.status_code, before.status_code) == (200, 200, 200)
    assert revoked.json()["device_id"] == device_id
    assert after.status_code == 401
    actions = _actions(controlroom)
    assert ("test-admin", "enrollment_code", "TORKHAM") in actions
    assert ("test-admin", "device_revoke", device_id) in actions
    assert code not in json.dumps(_audit(controlroom))  # the code is never kept


def test_a_supervisor_reads_hqs_audit_and_an_edited_entry_breaks_its_chain(
        controlroom: ControlRoom) -> None:
    officer = controlroom.staff_headers("complaints")

    refused = requests.get(controlroom.url("/control/audit"), headers=officer, timeout=10)
    intact = _audit(controlroom)
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:  # someone with the database's password
            session.execute(update(StaffAuditEntry).where(StaffAuditEntry.seq == 2)
                            .values(actor="someone-else"))
    finally:
        engine.dispose()
    # An entry the reads have already checked is edited: the whole-chain check finds it.
    broken = _audit(controlroom, full_check="true")

    assert (refused.status_code, refused.json()["code"]) == (403, "permission_denied")
    assert (intact["chain_intact"], intact["first_bad_seq"]) == (True, None)
    assert [e["seq"] for e in intact["entries"]] == list(range(1, len(intact["entries"]) + 1))
    assert all(later["prev_hash"] == earlier["hash"]
               for earlier, later in zip(intact["entries"], intact["entries"][1:],
                                         strict=False))
    assert (broken["chain_intact"], broken["first_bad_seq"]) == (False, 2)
    assert broken["chain_checked_whole"] is True


def test_a_disabled_user_cannot_sign_in_and_their_token_stops_at_once(
        controlroom: ControlRoom, viewer: dict[str, str]) -> None:
    works = requests.get(controlroom.url("/control/devices"), headers=viewer, timeout=10)
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:  # what `controlroom user disable` does
            accounts.disable_user(session, OPERATOR, "test-viewer")
    finally:
        engine.dispose()

    stopped = requests.get(controlroom.url("/control/devices"), headers=viewer, timeout=10)
    sign_in = controlroom.sign_in("test-viewer", "changed-password-for-tests")

    assert works.status_code == 200
    assert (stopped.status_code, stopped.json()["code"]) == (401, "bad_staff_token")
    assert (sign_in.status_code, sign_in.json()["code"]) == (403, "account_disabled")
    assert ("test-viewer", "sign_in_refused", "test-viewer") in _actions(controlroom)


def test_until_the_first_password_is_changed_only_the_password_route_works(
        controlroom: ControlRoom) -> None:
    note_secret(NEW_PASSWORD)
    controlroom.add_staff("newcomer", "supervisor")
    signed = controlroom.sign_in("newcomer", STAFF_PASSWORD).json()
    headers = {"Authorization": f"Bearer {signed['token']}"}
    change = controlroom.url("/control/password")

    blocked = requests.get(controlroom.url("/control/devices"), headers=headers, timeout=10)
    wrong_old = requests.post(change, headers=headers, timeout=10, json={
        "old_password": "not-my-password", "new_password": NEW_PASSWORD})
    too_short = requests.post(change, headers=headers, timeout=10, json={
        "old_password": STAFF_PASSWORD, "new_password": "short"})
    changed = requests.post(change, headers=headers, timeout=10, json={
        "old_password": STAFF_PASSWORD, "new_password": NEW_PASSWORD})
    unblocked = requests.get(controlroom.url("/control/devices"), headers=headers, timeout=10)
    old_again = controlroom.sign_in("newcomer", STAFF_PASSWORD)
    new = controlroom.sign_in("newcomer", NEW_PASSWORD)

    assert signed["must_change_password"] is True
    assert (blocked.status_code, blocked.json()["code"]) == (403, "must_change_password")
    assert (wrong_old.status_code, wrong_old.json()["code"]) == (403, "wrong_password")
    assert too_short.status_code == 400
    assert (changed.status_code, unblocked.status_code) == (204, 200)
    assert (old_again.status_code, new.status_code) == (401, 200)
    assert new.json()["must_change_password"] is False
    actions = _actions(controlroom)
    assert ("newcomer", "password_change_failed", "newcomer") in actions
    assert ("newcomer", "password_change", "newcomer") in actions


def test_sign_in_throttling_holds_against_parallel_attempts(controlroom: ControlRoom) -> None:
    controlroom.add_staff("target", "admin")
    per_name = controlroom.settings.staff_sign_ins_per_name

    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = list(pool.map(lambda _: controlroom.sign_in("target", "a-guessed-password"),
                                range(12)))
    right_password = controlroom.sign_in("target", STAFF_PASSWORD)

    codes = sorted(answer.status_code for answer in answers)
    assert codes == [401] * per_name + [429] * (12 - per_name)  # counted before trying
    assert (right_password.status_code, right_password.json()["code"]) == (429,
                                                                           "login_throttled")
    assert int(right_password.headers["Retry-After"]) > 0
    failed = [a for a in _actions(controlroom) if a[1] == "sign_in_failed"]
    assert failed == [("target", "sign_in_failed", "target")] * per_name


@pytest.fixture
def strict_hq(hq_db_url: str) -> Iterator[ControlRoom]:
    with ControlRoom(hq_db_url, staff_sign_ins_per_address=3) as hq:
        yield hq


def test_sign_ins_are_limited_per_address_whatever_the_name(strict_hq: ControlRoom) -> None:
    strict_hq.add_staff("real-user", "viewer")

    guesses = [strict_hq.sign_in(name, "guess-guess-guess") for name in ("a1", "b2", "c3")]
    real = strict_hq.sign_in("real-user", STAFF_PASSWORD)

    assert [g.status_code for g in guesses] == [401, 401, 401]
    assert (real.status_code, real.json()["code"]) == (429, "login_throttled")
    # A name nobody has is not written down (it may be a password typed in the wrong field).
    entries = _audit_of(strict_hq)
    assert [(e["actor"], e["target"]) for e in entries if e["action"] == "sign_in_failed"] == [
        ("(unknown)", "")] * 3
    assert not any(name in json.dumps(entries) for name in ("a1", "b2", "c3"))


def _audit_of(hq: ControlRoom) -> list[dict[str, Any]]:
    engine = make_engine(hq.db_url)
    try:
        with transaction(engine) as session:
            rows = session.execute(select(StaffAuditEntry).order_by(col(StaffAuditEntry.seq))
                                   ).scalars().all()
            return [{"actor": r.actor, "action": r.action, "target": r.target,
                     "details": r.details} for r in rows]
    finally:
        engine.dispose()


def test_a_token_left_idle_past_its_expiry_stops_and_sign_out_ends_one(
        controlroom: ControlRoom, viewer: dict[str, str]) -> None:
    second = controlroom.sign_in("test-viewer", "changed-password-for-tests").json()
    second_headers = {"Authorization": f"Bearer {second['token']}"}
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:  # twelve idle hours, passed
            session.execute(update(StaffToken).where(StaffToken.token_hash != "")
                            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    finally:
        engine.dispose()
    idle = requests.get(controlroom.url("/control/devices"), headers=viewer, timeout=10)
    third = controlroom.sign_in("test-viewer", "changed-password-for-tests").json()
    third_headers = {"Authorization": f"Bearer {third['token']}"}
    out = requests.post(controlroom.url("/control/sign-out"), headers=third_headers, timeout=10)
    after_out = requests.get(controlroom.url("/control/devices"), headers=third_headers,
                             timeout=10)

    assert (idle.status_code, idle.json()["detail"]) == (
        401, "Your sign-in has expired; sign in again.")
    assert requests.get(controlroom.url("/control/devices"), headers=second_headers,
                        timeout=10).status_code == 401
    assert (out.status_code, after_out.status_code) == (204, 401)


def test_a_password_hashed_under_older_parameters_is_rehashed_at_sign_in(
        controlroom: ControlRoom) -> None:
    controlroom.add_staff("veteran", "viewer")
    older = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    engine = make_engine(controlroom.db_url)
    try:
        with transaction(engine) as session:  # as an older build stored it
            session.execute(update(StaffUser).where(col(StaffUser.username) == "veteran")
                            .values(password_hash=older.hash(STAFF_PASSWORD)))
        signed = controlroom.sign_in("veteran", STAFF_PASSWORD)
        with transaction(engine) as session:
            stored = session.get(StaffUser, "veteran")
            assert stored is not None
            now_hashed = stored.password_hash
    finally:
        engine.dispose()

    assert signed.status_code == 200
    assert not PasswordHasher().check_needs_rehash(now_hashed)
    assert PasswordHasher().verify(now_hashed, STAFF_PASSWORD)


def test_the_deprecated_operator_token_acts_as_an_admin_and_is_audited_as_such(
        controlroom: ControlRoom) -> None:
    made = requests.post(controlroom.url("/control/enrollment-codes"), timeout=10,
                         headers=controlroom.admin_headers, json={"checkpoint": "TORKHAM"})
    out = requests.post(controlroom.url("/control/sign-out"), headers=controlroom.admin_headers,
                        timeout=10)
    still = requests.get(controlroom.url("/control/devices"), headers=controlroom.admin_headers,
                         timeout=10)
    no_password = requests.post(controlroom.url("/control/password"), timeout=10,
                                headers=controlroom.admin_headers,
                                json={"old_password": "x", "new_password": NEW_PASSWORD})

    assert (made.status_code, out.status_code, still.status_code) == (200, 204, 200)
    assert (no_password.status_code, no_password.json()["code"]) == (403, "permission_denied")
    assert ("(operator token)", "enrollment_code", "TORKHAM") in _actions(controlroom)
