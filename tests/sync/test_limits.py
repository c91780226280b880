"""HQ's rate limits (issue 9, "HQ rate limits"): per client address on every route, stricter on
enrollment, per device token on the sync routes; over the limit is ``429`` with a bounded
``Retry-After`` that the device honours. Limits are in memory (the server runs in this test
process), so SQLite alone shows them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from checkpoint import outbox
from checkpoint.ledger import Ledger
from sync.client import RETRY_AFTER_CAP, SyncClient
from tests.support.controlroom import ControlRoom

# A client elsewhere, as HQ's reverse proxy on this machine reports it.
ELSEWHERE = {"X-Forwarded-For": "192.0.2.7"}


@pytest.fixture
def hq_url(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'controlroom.db'}"


def _health(hq: ControlRoom, headers: dict[str, str] | None = None) -> requests.Response:
    return requests.get(hq.url("/health"), headers=headers or {}, timeout=10)


def _enroll(hq: ControlRoom, code: str, headers: dict[str, str] | None = None
            ) -> requests.Response:
    return requests.post(hq.url("/devices/enroll"), headers=headers or {}, timeout=10, json={
        "code": code, "device_id": str(uuid.uuid4()), "checkpoint": "TORKHAM"})


def _refused(answer: requests.Response) -> tuple[int, str]:
    return answer.status_code, answer.json()["code"]


def test_an_address_over_its_rate_gets_429_with_a_bounded_retry_after(hq_url: str) -> None:
    with ControlRoom(hq_url, rate_per_address=1, burst_per_address=3) as hq:
        served = [_health(hq).status_code for _ in range(2)]  # the start asked once already
        over = _health(hq)
        elsewhere = _health(hq, ELSEWHERE)

    assert served == [200, 200]
    assert _refused(over) == (429, "rate_limited")
    assert 1 <= int(over.headers["Retry-After"]) <= 60
    assert elsewhere.status_code == 200  # another address is not held back


def test_enrollment_attempts_are_limited_per_address(hq_url: str) -> None:
    with ControlRoom(hq_url, sign_ins_per_address=1, sign_in_burst=2) as hq:
        guesses = [_refused(_enroll(hq, "ABCD-EFGH-JKLM-NPQR")) for _ in range(2)]
        good_code_too_late = _enroll(hq, hq.enrollment_code())
        still_serves = _health(hq)
        elsewhere = _enroll(hq, hq.enrollment_code(), ELSEWHERE)

    assert guesses == [(403, "invalid_code")] * 2
    assert _refused(good_code_too_late) == (429, "rate_limited")
    assert 1 <= int(good_code_too_late.headers["Retry-After"]) <= 60
    assert still_serves.status_code == 200  # the rest of HQ still answers this address
    assert elsewhere.status_code == 200


def test_guessing_device_or_staff_tokens_is_slowed_down_per_address(hq_url: str) -> None:
    with ControlRoom(hq_url, sign_ins_per_address=1, sign_in_burst=3) as hq:
        device = hq.enroll()  # an enrollment counts too: two tries are left
        guesses = [requests.get(hq.url("/updates"), timeout=10,
                                headers={"Authorization": "Bearer made-up-device-token"}),
                   requests.get(hq.url("/control/devices"), timeout=10,
                                headers={"Authorization": "Bearer made-up-staff-token"})]
        then_a_real_token = requests.get(hq.url("/updates"), headers=device.headers,
                                         timeout=10)
        staff_after = requests.get(hq.url("/control/devices"), headers=hq.admin_headers,
                                   timeout=10)
        the_device_from_its_address = requests.get(
            hq.url("/updates"), headers={**device.headers, **ELSEWHERE}, timeout=10)

    assert [a.status_code for a in guesses] == [401, 401]
    assert _refused(then_a_real_token) == (429, "rate_limited")
    assert 1 <= int(then_a_real_token.headers["Retry-After"]) <= 60
    assert _refused(staff_after) == (429, "rate_limited")
    assert the_device_from_its_address.status_code == 200


def test_a_device_over_its_rate_does_not_hold_back_another(hq_url: str) -> None:
    with ControlRoom(hq_url, rate_per_device=1, burst_per_device=2) as hq:
        greedy, other = hq.enroll(), hq.enroll()
        answers = [requests.get(hq.url("/updates"), headers=greedy.headers, timeout=10)
                   for _ in range(3)]
        theirs = requests.get(hq.url("/updates"), headers=other.headers, timeout=10)

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[-1].json()["code"] == "rate_limited"
    assert theirs.status_code == 200


def test_the_device_waits_as_hq_asks_and_loses_nothing(device: Ledger, hq_url: str) -> None:
    with ControlRoom(hq_url, rate_per_device=1, burst_per_device=1) as hq:
        client = SyncClient(device)
        client.enroll(hq.base_url, hq.enrollment_code())
        client.max_records = 25
        report = client.sync_once()

    assert report.counts["accepted"] == 25  # the first batch went through
    assert report.error is not None and report.error.code == "busy"
    assert report.error.retry_after is not None
    assert 1 <= report.error.retry_after <= min(60, RETRY_AFTER_CAP)
    assert sum(outbox.pending_counts(device).values()) == 62 - 25  # the rest waits, safe
