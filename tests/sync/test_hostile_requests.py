"""What an attacker or a broken client sends HQ (issue 9, items 1, 8 and 11): no empty secret
opens anything, no body is read past its cap, and no input is answered with a 5xx, which the
device would retry forever."""

from __future__ import annotations

import gzip
import json
import socket
from typing import Any

import pytest
import requests
from pydantic import SecretStr, ValidationError

from contract.wire import COLUMN_INT_MAX, MAX_DECOMPRESSED_BYTES
from sync.server import cli
from sync.server.body import SMALL_BODY_BYTES
from sync.server.settings import Settings
from tests.support.controlroom import ControlRoom
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

# -- item 1: no empty or default secret authenticates ------------------------------------------


@pytest.mark.parametrize("token", ["", "   ", "short-token", "a-long-random-string"])
def test_an_empty_short_or_example_staff_token_is_refused_when_settings_load(
        token: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError, match="at least 16 characters"):
        Settings(admin_token=token)
    monkeypatch.setenv("CONTROLROOM_ADMIN_TOKEN", token)
    with pytest.raises(ValidationError, match="CONTROLROOM_ADMIN_TOKEN"):
        Settings()


def test_controlroom_serve_with_an_empty_staff_token_stops_with_one_sentence(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTROLROOM_ADMIN_TOKEN", "")

    code = cli.main(["serve", "--db", f"sqlite:///{tmp_path / 'hq.db'}", "--port", "1"])

    error = capsys.readouterr().err.strip()
    assert code == 1
    assert len(error.splitlines()) == 1
    assert "admin_token" in error and "at least 16 characters" in error


def test_an_empty_staff_token_on_a_running_hq_opens_nothing(controlroom: ControlRoom) -> None:
    # Settings refuse it; this is the second wall, for a token emptied behind their back.
    controlroom.settings.admin_token = SecretStr("")
    controlroom.restart()

    bare = requests.get(controlroom.url("/control/devices"), timeout=10)
    empty = requests.get(controlroom.url("/control/devices"), timeout=10,
                         headers={"Authorization": "Bearer "})

    assert (bare.status_code, empty.status_code) == (401, 401)
    assert bare.json()["code"] == "bad_staff_token"


# -- item 8: every body is capped before it is read -------------------------------------------


def _raw_request(hq: ControlRoom, head: str, body: bytes = b"") -> tuple[int, dict[str, Any]]:
    """Send ``head`` (request line and headers) and ``body`` over a bare socket; the status and
    the JSON answer. HQ must answer without waiting for a body it was only promised."""
    with socket.create_connection(("127.0.0.1", hq.port), timeout=10) as connection:
        connection.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        answer = b""
        while b"\r\n\r\n" not in answer or not _complete(answer):
            chunk = connection.recv(65536)
            if not chunk:
                break
            answer += chunk
    header, _, content = answer.partition(b"\r\n\r\n")
    return int(header.split()[1]), json.loads(content)


def _complete(answer: bytes) -> bool:
    header, _, content = answer.partition(b"\r\n\r\n")
    for line in header.decode("latin-1").split("\r\n"):
        if line.lower().startswith("content-length:"):
            return len(content) >= int(line.split(":")[1])
    return False


def _post_head(hq: ControlRoom, path: str, headers: dict[str, str]) -> str:
    lines = [f"POST /api/v1{path} HTTP/1.1", f"Host: 127.0.0.1:{hq.port}",
             "Content-Type: application/json", "Connection: close",
             *(f"{name}: {value}" for name, value in headers.items())]
    return "\n".join(lines) + "\n"


def test_a_300_mb_enrollment_is_refused_before_a_byte_of_it_is_read(
        controlroom: ControlRoom) -> None:
    status, problem = _raw_request(controlroom, _post_head(
        controlroom, "/devices/enroll", {"Content-Length": str(300 * 1024 * 1024)}))

    assert status == 413
    assert set(problem) == {"code", "detail"} and problem["code"] == "too_large"


def test_a_chunked_enrollment_without_a_length_is_cut_off_at_the_cap(
        controlroom: ControlRoom) -> None:
    piece = b"x" * 4096
    pieces = SMALL_BODY_BYTES // len(piece) + 1  # one piece past the cap
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece)
                      for _ in range(pieces)) + b"0\r\n\r\n"

    status, problem = _raw_request(controlroom, _post_head(
        controlroom, "/devices/enroll", {"Transfer-Encoding": "chunked"}), chunks)

    assert (status, problem["code"]) == (413, "too_large")


def test_the_staff_and_batch_routes_refuse_a_promised_flood_before_reading_it(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    staff = _raw_request(controlroom, _post_head(
        controlroom, "/control/complaints/00000000-0000-0000-0000-000000000000/status",
        {**controlroom.admin_headers, "Content-Length": "100000000"}).replace("POST", "PUT", 1))
    batches = _raw_request(controlroom, _post_head(controlroom, "/batches", {
        **device.headers, "Content-Length": str(MAX_DECOMPRESSED_BYTES + 1)}))

    assert [(status, problem["code"]) for status, problem in (staff, batches)] == [
        (413, "too_large"), (413, "too_large")]


def test_an_ordinary_enrollment_and_batch_still_fit(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    crossings = [record(crossing()) for _ in range(200)]

    assert statuses(post_batch(controlroom, device, batch(device, crossings))) == (
        ["accepted"] * 200)


# -- item 11: hostile input is a 400 or a rejected record, never a 5xx ------------------------


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_json_nested_100000_deep_is_a_400(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()
    envelope = json.dumps(batch(device, [record(crossing())]))
    in_data = envelope.replace('"remarks": ""', f'"remarks": {_nested(100_000)}')
    moderately = envelope.replace('"remarks": ""', f'"remarks": {_nested(600)}')
    assert in_data != envelope

    answers = [post_batch(controlroom, device, body.encode()) for body in (
        _nested(100_000), in_data, moderately)]

    assert [(a.status_code, a.json()["code"]) for a in answers] == [(400, "malformed")] * 3
    assert "nested deeper" in answers[1].json()["detail"]


@pytest.mark.parametrize("number", [COLUMN_INT_MAX + 1, 2**63, 10**30])
def test_revisions_and_audit_seqs_past_the_column_range_are_a_400(
        controlroom: ControlRoom, number: int) -> None:
    device = controlroom.enroll()
    entry = audit_entries(1, 1)[0]

    revision = post_batch(controlroom, device,
                          batch(device, [record(crossing(), revision=number)]))
    seq = post_batch(controlroom, device, batch(device, audit=[{**entry, "seq": number}]))

    assert [(a.status_code, a.json()["code"]) for a in (revision, seq)] == [
        (400, "malformed")] * 2
    assert "records.0.revision" in revision.json()["detail"]
    assert "audit.0.seq" in seq.json()["detail"]


def test_the_largest_revision_the_column_holds_is_accepted(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()

    answer = post_batch(controlroom, device,
                        batch(device, [record(crossing(), revision=COLUMN_INT_MAX)]))

    assert statuses(answer) == ["accepted"]


def test_a_closeout_total_past_the_column_range_is_rejected_alone(
        controlroom: ControlRoom) -> None:
    device = controlroom.enroll()

    answer = post_batch(controlroom, device, batch(device, [
        record(closeout("TORKHAM", DAY, 2**63), kind="closeout"), record(crossing())]))

    assert statuses(answer) == ["rejected", "accepted"]
    assert answer.json()["results"][0]["field"] == "tally_json"


@pytest.mark.parametrize("since", ["²", "١٢", "+5", " 5", "-1", str(COLUMN_INT_MAX + 1),
                                   "9" * 18, "9" * 40, "5.", ".5", "5.5.5", "5.²",
                                   f"5.{COLUMN_INT_MAX + 1}"])
def test_an_updates_cursor_hq_never_gave_out_is_a_400(controlroom: ControlRoom,
                                                      since: str) -> None:
    device = controlroom.enroll()

    answer = requests.get(controlroom.url("/updates"), params={"since": since},
                          headers=device.headers, timeout=10)

    assert (answer.status_code, answer.json()["code"]) == (400, "bad_cursor")


def test_the_largest_cursor_the_column_holds_is_taken(controlroom: ControlRoom) -> None:
    device = controlroom.enroll()

    answer = requests.get(controlroom.url("/updates"), params={"since": str(COLUMN_INT_MAX)},
                          headers=device.headers, timeout=10)

    assert answer.status_code == 200, answer.text
    assert answer.json()["cursor"] == f"{COLUMN_INT_MAX}.0"  # reference version 0: nothing yet


def test_a_deeply_nested_enrollment_or_status_body_is_not_a_5xx(
        controlroom: ControlRoom) -> None:
    url = controlroom.url("/control/complaints/00000000-0000-0000-0000-000000000000/status")
    bodies = [_nested(100_000).encode(), gzip.compress(_nested(5_000).encode()),
              _nested(5_000).encode()]

    answers = [requests.post(controlroom.url("/devices/enroll"), data=body, timeout=10,
                             headers={"Content-Type": "application/json"}) for body in bodies]
    answers.append(requests.put(url, data=_nested(5_000), headers={
        **controlroom.admin_headers, "Content-Type": "application/json"}, timeout=10))

    assert all(400 <= a.status_code < 500 for a in answers), [a.status_code for a in answers]
    assert all(set(a.json()) == {"code", "detail"} for a in answers)
