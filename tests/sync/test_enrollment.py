"""Enrollment (DESIGN §5): a one-time code traded for a token, safe to retry, revocable."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import requests

from checkpoint import outbox
from checkpoint.ledger import Ledger
from sync.client import SyncClient, SyncError
from sync.server import service
from sync.server.cli import main as controlroom_cli
from sync.server.database import make_engine, transaction
from sync.server.ingest import utc_now
from tests.support.controlroom import ControlRoom, Enrolled
from tests.sync.payloads import batch, crossing, device_health, post_batch, record, statuses
from ui.messages import sync_error_text


def _enroll(hq: ControlRoom, code: str, device_id: str,
            checkpoint: str = "TORKHAM") -> requests.Response:
    return requests.post(hq.url("/devices/enroll"), timeout=10, json={
        "code": code, "device_id": device_id, "checkpoint": checkpoint})


def _updates(hq: ControlRoom, token: str) -> requests.Response:
    return requests.get(hq.url("/updates"), headers={"Authorization": f"Bearer {token}"},
                        timeout=10)


def _revoke(hq: ControlRoom, device_id: str) -> None:
    engine = make_engine(hq.db_url)
    with transaction(engine) as session:
        service.revoke(session, device_id)
    engine.dispose()


def _as_enrolled(device_id: str, token: str, checkpoint: str = "TORKHAM") -> Enrolled:
    return Enrolled(device_id, checkpoint, token, {"Authorization": f"Bearer {token}"})


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


def test_a_code_is_spent_once_its_device_has_synced_with_the_token(
        controlroom: ControlRoom) -> None:
    code, device_id = controlroom.enrollment_code(), str(uuid.uuid4())
    laptop = _as_enrolled(device_id, _enroll(controlroom, code, device_id).json()["token"])
    statuses(post_batch(controlroom, laptop, batch(laptop, [record(crossing())])))

    overheard = _enroll(controlroom, code, device_id)  # the code and the id, in other hands

    assert (overheard.status_code, overheard.json()["code"]) == (403, "code_expired")
    assert _updates(controlroom, laptop.token).status_code == 200  # the laptop keeps its token


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


# -- issue 9 item 4: enrollment never re-binds a device id ------------------------------------

def test_a_fresh_code_cannot_take_over_an_enrolled_device(controlroom: ControlRoom) -> None:
    victim = controlroom.enroll()

    same_place = _enroll(controlroom, controlroom.enrollment_code(), victim.device_id)
    elsewhere = _enroll(controlroom, controlroom.enrollment_code("CHAMAN"), victim.device_id,
                        checkpoint="CHAMAN")

    assert (same_place.status_code, same_place.json()["code"]) == (403, "device_enrolled")
    assert (elsewhere.status_code, elsewhere.json()["code"]) == (403, "device_enrolled")
    assert "token" not in same_place.json() and "token" not in elsewhere.json()
    # The real laptop keeps working, at its own checkpoint.
    assert statuses(post_batch(controlroom, victim, batch(victim, [record(crossing())]))) == [
        "accepted"]
    assert device_health(controlroom, victim.device_id)["checkpoint"] == "TORKHAM"


def test_a_fresh_code_does_not_readmit_a_revoked_device(controlroom: ControlRoom) -> None:
    revoked = controlroom.enroll()
    _revoke(controlroom, revoked.device_id)

    answer = _enroll(controlroom, controlroom.enrollment_code(), revoked.device_id)

    assert (answer.status_code, answer.json()["code"]) == (403, "device_revoked")
    assert device_health(controlroom, revoked.device_id)["revoked_at"] is not None
    assert _updates(controlroom, revoked.token).status_code == 401


def test_a_code_made_for_a_device_re_enrolls_it_and_nobody_else(
        controlroom: ControlRoom) -> None:
    laptop = controlroom.enroll()
    _revoke(controlroom, laptop.device_id)
    engine = make_engine(controlroom.db_url)
    with transaction(engine) as session:
        readmit, _ = service.create_enrollment_code(session, "TORKHAM",
                                                    device_id=laptop.device_id)
    engine.dispose()

    stranger = _enroll(controlroom, readmit, str(uuid.uuid4()))
    answer = _enroll(controlroom, readmit, laptop.device_id)

    assert (stranger.status_code, stranger.json()["code"]) == (403, "code_for_other_device")
    assert answer.status_code == 200, answer.text
    readmitted = _as_enrolled(laptop.device_id, answer.json()["token"])
    assert statuses(post_batch(controlroom, readmitted,
                               batch(readmitted, [record(crossing())]))) == ["accepted"]
    assert _updates(controlroom, laptop.token).status_code == 401  # the old token stays dead


def test_a_code_for_a_device_cannot_move_it_to_another_checkpoint(
        controlroom: ControlRoom, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = controlroom.enroll()

    status = controlroom_cli(["enroll", "--checkpoint", "CHAMAN", "--device", laptop.device_id,
                              "--db", controlroom.db_url])
    unknown = controlroom_cli(["enroll", "--checkpoint", "TORKHAM", "--device",
                               str(uuid.uuid4()), "--db", controlroom.db_url])

    out, err = capsys.readouterr()
    assert (status, unknown) == (1, 1) and out == ""
    first, second = err.splitlines()
    assert "enrolled for TORKHAM" in first and "Traceback" not in err
    assert "HQ has no device" in second


def test_controlroom_enroll_device_prints_a_code_alone_on_its_last_line(
        controlroom: ControlRoom, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = controlroom.enroll()

    status = controlroom_cli(["enroll", "--checkpoint", "torkham", "--device",
                              laptop.device_id, "--db", controlroom.db_url])

    lines = capsys.readouterr().out.strip().splitlines()
    assert status == 0 and laptop.device_id in "\n".join(lines[:-1])
    answer = _enroll(controlroom, lines[-1], laptop.device_id)
    assert answer.status_code == 200, answer.text
    assert _updates(controlroom, laptop.token).status_code == 401
    # Its answer may be lost too: the same device may retry the same code while it is valid.
    assert _enroll(controlroom, lines[-1], laptop.device_id).status_code == 200


def test_an_earlier_code_stops_working_once_the_device_is_re_enrolled(
        controlroom: ControlRoom) -> None:
    first, device_id = controlroom.enrollment_code(), str(uuid.uuid4())
    assert _enroll(controlroom, first, device_id).status_code == 200
    engine = make_engine(controlroom.db_url)
    with transaction(engine) as session:
        again, _ = service.create_enrollment_code(session, "TORKHAM", device_id=device_id)
    engine.dispose()
    token = _enroll(controlroom, again, device_id).json()["token"]

    replay = _enroll(controlroom, first, device_id)

    assert (replay.status_code, replay.json()["code"]) == (403, "code_expired")
    assert _updates(controlroom, token).status_code == 200


def test_revoking_a_device_voids_a_readmission_code_made_before(
        controlroom: ControlRoom) -> None:
    laptop = controlroom.enroll()
    engine = make_engine(controlroom.db_url)
    with transaction(engine) as session:
        early, _ = service.create_enrollment_code(session, "TORKHAM", device_id=laptop.device_id)
    engine.dispose()
    _revoke(controlroom, laptop.device_id)

    answer = _enroll(controlroom, early, laptop.device_id)

    assert (answer.status_code, answer.json()["code"]) == (403, "code_expired")


def test_the_device_shows_each_enrollment_refusal_as_one_sentence(
        device: Ledger, controlroom: ControlRoom) -> None:
    client = SyncClient(device)
    client.enroll(controlroom.base_url, controlroom.enrollment_code())
    refusals = {}
    for name in ("device_enrolled", "device_revoked"):
        if name == "device_revoked":
            _revoke(controlroom, outbox.device_id(device))
        with pytest.raises(SyncError) as raised:
            client.enroll(controlroom.base_url, controlroom.enrollment_code())
        refusals[name] = raised.value.code

    assert refusals == {"device_enrolled": "device_enrolled",
                        "device_revoked": "device_revoked"}
    for code in refusals.values():
        sentence = sync_error_text(code)
        assert sentence.endswith(".") and sentence.count(". ") <= 1
        assert code not in sentence and "controlroom enroll" in sentence


def test_two_codes_for_one_new_device_id_at_once_enroll_it_once(
        controlroom: ControlRoom) -> None:
    device_id = str(uuid.uuid4())
    codes = [controlroom.enrollment_code(), controlroom.enrollment_code()]

    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(lambda code: _enroll(controlroom, code, device_id), codes))

    assert sorted(a.status_code for a in answers) == [200, 403]
    refused = next(a for a in answers if a.status_code == 403)
    assert refused.json()["code"] == "device_enrolled"
    token = next(a for a in answers if a.status_code == 200).json()["token"]
    assert _updates(controlroom, token).status_code == 200
