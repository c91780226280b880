"""The service as a whole: its OpenAPI schema, the ``controlroom`` command, restarts."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import requests

from sync.server.cli import main
from tests.support.controlroom import ControlRoom, Enrolled
from tests.sync.payloads import (
    DAY,
    batch,
    complaint,
    crossing,
    national_tally,
    post_batch,
    record,
    statuses,
)

ROUTES = {
    ("post", "/api/v1/devices/enroll"): ("EnrollIn", "EnrollOut"),
    ("post", "/api/v1/batches"): ("BatchIn", "BatchResult"),
    ("get", "/api/v1/updates"): (None, "Updates"),
    ("get", "/api/v1/health"): (None, "Health"),
    ("get", "/api/v1/control/tally"): (None, "NationalTally"),
    ("get", "/api/v1/control/devices"): (None, "DeviceHealth"),
    ("get", "/api/v1/control/complaints"): (None, "ComplaintQueue"),
    ("get", "/api/v1/control/complaints/{complaint_uuid}"): (None, "ComplaintDetail"),
    ("put", "/api/v1/control/complaints/{complaint_uuid}/assignee"): ("ComplaintAssigneeIn",
                                                                      "ComplaintView"),
    ("post", "/api/v1/control/complaints/{complaint_uuid}/notes"): ("ComplaintNoteIn",
                                                                    "ComplaintNoteView"),
    ("put", "/api/v1/control/complaints/{complaint_uuid}/status"): ("ComplaintStatusIn",
                                                                    "ComplaintView"),
    ("get", "/api/v1/control/complaints/{complaint_uuid}/contact"): (None, "ComplaintContact"),
    ("post", "/api/v1/control/enrollment-codes"): ("EnrollmentCodeRequest",
                                                   "EnrollmentCodeOut"),
    ("post", "/api/v1/control/devices/{device_id}/revoke"): (None, "RevokedDevice"),
    ("get", "/api/v1/control/audit"): (None, "StaffAuditPage"),
    ("get", "/api/v1/control/users"): (None, "StaffUserView"),
    ("post", "/api/v1/control/users"): ("NewStaffUser", "StaffUserView"),
    ("post", "/api/v1/control/users/{username}/disable"): (None, "StaffUserView"),
    ("post", "/api/v1/control/users/{username}/enable"): (None, "StaffUserView"),
    ("put", "/api/v1/control/users/{username}/role"): ("RoleChange", "StaffUserView"),
    ("get", "/api/v1/control/policies"): (None, "PolicyView"),
    ("post", "/api/v1/control/policies"): ("PolicyIn", "PolicyView"),
    ("get", "/api/v1/control/cards"): (None, "CardPageView"),
    ("post", "/api/v1/control/cards"): ("CardIn", "CardView"),
    ("post", "/api/v1/control/cards/lift"): ("CardLiftIn", None),
    # A CSV body (text/csv), not JSON: its own check below.
    ("post", "/api/v1/control/cards/import"): (None, "CardImportOut"),
    ("post", "/api/v1/control/sign-in"): ("SignInRequest", "StaffSession"),
    # Answered with 204 and no body.
    ("post", "/api/v1/control/sign-out"): (None, None),
    ("post", "/api/v1/control/password"): ("PasswordChange", None),
}


def _ref(schema: dict[str, Any]) -> str:
    schema = schema.get("items", schema)
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def test_the_openapi_schema_lists_every_route_with_its_models(
        controlroom: ControlRoom) -> None:
    schema = requests.get(f"{controlroom.base_url}/openapi.json", timeout=10).json()
    components = schema["components"]["schemas"]

    listed = {(method, path) for path, operations in schema["paths"].items()
              for method in operations}
    assert listed == set(ROUTES)
    for (method, path), (body, answer) in ROUTES.items():
        operation = schema["paths"][path][method]
        if answer is None:
            assert "content" not in operation["responses"]["204"], path
        else:
            ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
            assert _ref(ok) == answer and answer in components, path
        if body:
            sent = operation["requestBody"]["content"]["application/json"]["schema"]
            assert _ref(sent) == body and body in components, path
        assert "422" not in operation["responses"], path
        for status, response in operation["responses"].items():
            if status not in ("200", "204"):
                assert _ref(response["content"]["application/json"]["schema"]) == "Problem"
    imported = schema["paths"]["/api/v1/control/cards/import"]["post"]
    assert set(imported["requestBody"]["content"]) == {"text/csv"}
    batches = schema["paths"]["/api/v1/batches"]["post"]
    assert {"400", "401", "409", "413", "503"} <= set(batches["responses"])
    assert {"RecordIn", "AuditIn"} <= set(components)
    assert {"DeviceToken", "StaffToken"} <= set(schema["components"]["securitySchemes"])


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_command_line_enrolls_revokes_and_reports(
        controlroom: ControlRoom, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", controlroom.db_url)
    status, out, _ = _run(capsys, "enroll", "--checkpoint", "torkham", "--valid-hours", "2",
                          *db)
    code = out.strip().splitlines()[-1]
    assert status == 0 and len(code) == 19
    device_id = str(uuid.uuid4())
    token = requests.post(controlroom.url("/devices/enroll"), timeout=10, json={
        "code": code, "device_id": device_id, "checkpoint": "TORKHAM"}).json()["token"]
    device = Enrolled(device_id, "TORKHAM", token, {"Authorization": f"Bearer {token}"})
    taken = complaint()
    statuses(post_batch(controlroom, device, batch(device, [
        record(crossing()), record(crossing(sex="F")), record(taken, "complaint")])))

    status, out, _ = _run(capsys, "tally", "--from", DAY.isoformat(), "--json", *db)
    assert status == 0 and json.loads(out) == national_tally(controlroom, DAY)
    with pytest.raises(SystemExit) as refused:  # an ISO week date is no day anyone means
        _run(capsys, "tally", "--from", "2025-W14-1", "--json", *db)
    assert refused.value.code == 2 and "is not a date (YYYY-MM-DD)" in capsys.readouterr().err
    assert json.loads(out)["by_checkpoint"] == {"TORKHAM": 2}
    status, out, _ = _run(capsys, "devices", "--json", *db)
    assert [(d["device_id"], d["records_held"]) for d in json.loads(out)] == [(device_id, 3)]
    status, out, _ = _run(capsys, "devices", *db)
    assert device_id in out and "intact" in out and "in contact" in out
    status, out, _ = _run(capsys, "complaint-status", taken["uuid"], "referred", *db)
    assert status == 0 and "referred" in out
    assert requests.get(controlroom.url("/updates"), headers=device.headers, timeout=10).json()[
        "complaint_statuses"][0]["status"] == "referred"

    status, out, _ = _run(capsys, "revoke", device_id, *db)
    assert status == 0
    assert post_batch(controlroom, device, batch(device)).status_code == 401


def test_expected_failures_are_one_sentence(controlroom: ControlRoom,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", controlroom.db_url)

    assert _run(capsys, "revoke", "no-such-device", *db) == (
        1, "", "controlroom: HQ has no device no-such-device.\n")
    status, _, err = _run(capsys, "complaint-status", str(uuid.uuid4()), "lost", *db)
    assert status == 1 and err.startswith(
        "controlroom: 'lost' is not a complaint status; use one of")
    status, _, err = _run(capsys, "enroll", "--checkpoint", "no such place!", *db)
    assert status == 1 and "is not a checkpoint code" in err
    status, _, err = _run(capsys, "devices", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x")
    assert status == 1 and err.startswith("controlroom: cannot open the database")
    assert "Traceback" not in err


def test_a_restart_keeps_identity_tokens_and_records(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    statuses(post_batch(controlroom, device, batch(device, [record(crossing())])))
    hq_id, port = controlroom.hq_id, controlroom.port

    controlroom.restart()

    assert (controlroom.hq_id, controlroom.port) == (hq_id, port)
    assert statuses(post_batch(controlroom, device, batch(device, [record(crossing())]))) == [
        "accepted"]
    assert national_tally(controlroom, DAY)["total"] == 2
