"""Enrollment (DESIGN §5): a one-time code traded for a token, safe to retry, revocable."""

from __future__ import annotations

import uuid
from datetime import timedelta

import requests

from sync.server import service
from sync.server.database import make_engine, transaction
from sync.server.ingest import utc_now
from tests.support.controlroom import ControlRoom
from tests.sync.payloads import batch, crossing, post_batch, record, statuses


def _enroll(hq: ControlRoom, code: str, device_id: str,
            checkpoint: str = "TORKHAM") -> requests.Response:
    return requests.post(hq.url("/devices/enroll"), timeout=10, json={
        "code": code, "device_id": device_id, "checkpoint": checkpoint})


def _updates(hq: ControlRoom, token: str) -> requests.Response:
    return requests.get(hq.url("/updates"), headers={"Authorization": f"Bearer {token}"},
                        timeout=10)


def test_a_code_buys_a_token_that_hq_accepts(controlroom: ControlRoom) -> None:
    device_id = str(uuid.uuid4())
    answer = _enroll(controlroom, controlroom.enrollment_code("Torkham"), device_id)

    assert answer.status_code == 200, answer.text
    enrolled = answer.json()
    assert enrolled["device_id"] == device_id and enrolled["checkpoint"] == "TORKHAM"
    health = requests.get(controlroom.url("/health"), timeout=10).json()
    assert health == {"service": "checkpoint-controlroom", "protocol": 1,
                      "hq_id": enrolled["hq_id"], "status": "ok"}
    assert _updates(controlroom, enrolled["token"]).status_code == 200


def test_a_retry_after_a_lost_answer_enrolls_again_and_the_old_token_stops(
        controlroom: ControlRoom) -> None:
    code, device_id = controlroom.enrollment_code(), str(uuid.uuid4())
    lost = _enroll(controlroom, code, device_id).json()["token"]  # the answer never arrived

    retry = _enroll(controlroom, code.lower().replace("-", ""), device_id)

    assert retry.status_code == 200, retry.text
    token = retry.json()["token"]
    assert token != lost
    assert _updates(controlroom, token).status_code == 200
    refused = _updates(controlroom, lost)
    assert refused.status_code == 401
    assert refused.json()["code"] == "unknown_device"


def test_a_used_code_is_refused_to_another_device(controlroom: ControlRoom) -> None:
    code = controlroom.enrollment_code()
    assert _enroll(controlroom, code, str(uuid.uuid4())).status_code == 200

    answer = _enroll(controlroom, code, str(uuid.uuid4()))

    assert answer.status_code == 403
    assert answer.json()["code"] == "code_used"


def test_expired_unknown_and_wrong_checkpoint_codes_are_refused(
        controlroom: ControlRoom) -> None:
    engine = make_engine(controlroom.db_url)
    with transaction(engine) as session:
        expired, _ = service.create_enrollment_code(session, "TORKHAM", 48,
                                                    now=utc_now() - timedelta(hours=49))
    engine.dispose()
    device_id = str(uuid.uuid4())

    answers = {"expired": _enroll(controlroom, expired, device_id),
               "unknown": _enroll(controlroom, "ABCD-EFGH-JKLM-NPQR", device_id),
               "elsewhere": _enroll(controlroom, controlroom.enrollment_code("CHAMAN"),
                                    device_id)}

    assert {name: (a.status_code, a.json()["code"]) for name, a in answers.items()} == {
        "expired": (403, "code_expired"), "unknown": (403, "invalid_code"),
        "elsewhere": (403, "checkpoint_mismatch")}
    malformed = _enroll(controlroom, "x", "not-a-uuid")
    assert malformed.status_code == 400 and malformed.json()["code"] == "malformed"


def test_a_revoked_device_gets_401_and_cannot_reuse_its_code(controlroom: ControlRoom) -> None:
    code, device_id = controlroom.enrollment_code(), str(uuid.uuid4())
    token = _enroll(controlroom, code, device_id).json()["token"]
    device = controlroom.enroll()  # another laptop at the same checkpoint keeps working
    engine = make_engine(controlroom.db_url)
    with transaction(engine) as session:
        service.revoke(session, device_id)
    engine.dispose()
    revoked = type(device)(device_id, "TORKHAM", token, {"Authorization": f"Bearer {token}"})

    answer = post_batch(controlroom, revoked, batch(revoked, [record(crossing())]))

    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert answer.json()["code"] == "unknown_device"
    assert _updates(controlroom, token).status_code == 401
    assert _enroll(controlroom, code, device_id).json()["code"] == "code_expired"
    assert statuses(post_batch(controlroom, device, batch(device, [record(crossing())]))) == [
        "accepted"]


def test_no_token_or_a_made_up_token_gets_401(controlroom: ControlRoom) -> None:
    no_token = requests.post(controlroom.url("/batches"), data=b"{}", timeout=10)
    made_up = _updates(controlroom, "not-a-token")

    assert (no_token.status_code, no_token.json()["code"]) == (401, "no_token")
    assert (made_up.status_code, made_up.json()["code"]) == (401, "unknown_device")
