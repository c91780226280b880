"""The control room's API fuzzed from its own OpenAPI schema (schemathesis, every check).

Every operation the schema declares gets valid and invalid requests (bodies, parameters, headers,
methods it does not declare, missing or wrong credentials) sent to the real server on loopback;
every built-in check runs on every answer: no 5xx, status codes, content types, headers and
bodies as the schema declares them, invalid data refused, valid data not refused, credentials
not ignored. The staff routes are called with the staff token and the device routes with an
enrolled device's token, except where schemathesis itself leaves them out or spoils them.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.config import SchemathesisConfig

from contract.wire import API_PREFIX
from sync.server.app import create_app
from sync.server.settings import Settings
from tests.support.controlroom import PG_ENV, ControlRoom, fresh_pg_database
from tests.sync import payloads

STAFF_PREFIX = f"{API_PREFIX}/control/"
# Refusals of valid-looking requests that a schema cannot express, each a 400 naming what is
# wrong: an updates cursor HQ did not give out (the cursor is opaque; issue 9, item 11), a
# tally range whose end is before its start, a card import body that is no CSV with a header
# row, and a card number made only of characters that fold to spaces or dashes (NFKC: a
# full-width hyphen), which leaves no number to list.
CONFIG = SchemathesisConfig.from_dict({"operations": [
    {"include-path": path,
     "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401"]}}}
    for path in (f"{API_PREFIX}/updates", f"{API_PREFIX}/control/tally",
                 f"{API_PREFIX}/control/cards/import", f"{API_PREFIX}/control/cards")
]})
# The schema is the app's own, built without a database; the requests go to a running server.
schema = schemathesis.openapi.from_dict(create_app(Settings(db="sqlite://")).openapi(),
                                        config=CONFIG)


@dataclass
class Credentials:
    """The bearer tokens of the server under test (set when it starts)."""

    staff: str = ""
    device: str = ""


CREDENTIALS = Credentials()


@schema.auth(refresh_interval=None)
class BearerTokens:
    """The staff token on the staff routes, the device's token on the device routes;
    schemathesis leaves it off the requests that test missing credentials."""

    def get(self, case: Case, context: schemathesis.AuthContext) -> str:
        return CREDENTIALS.staff if case.operation.path.startswith(STAFF_PREFIX) \
            else CREDENTIALS.device

    def set(self, case: Case, data: str, context: schemathesis.AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@pytest.fixture(scope="module")
def fuzzed_db_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """PostgreSQL (what a real HQ runs on, and where column ranges bite) when the tests have it,
    else a SQLite file."""
    if os.environ.get(PG_ENV):
        yield from fresh_pg_database()
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('fuzzed-hq') / 'controlroom.db'}"


UNLIMITED = {"rate_per_address": 10**6, "burst_per_address": 10**6, "rate_per_device": 10**6,
             "burst_per_device": 10**6, "sign_ins_per_address": 10**6, "sign_in_burst": 10**6}


@pytest.fixture(scope="module")
def fuzzed_hq(fuzzed_db_url: str) -> Iterator[ControlRoom]:
    """HQ with one enrolled device that has sent crossings, a complaint and a close-out, so the
    staff routes answer with something in every list."""
    # One address sends thousands of requests, most of them refused (401s count as sign-in
    # attempts): the rate limits, tested on their own in tests/sync/test_limits.py, are set
    # out of the way so every request reaches the route it fuzzes.
    with ControlRoom(fuzzed_db_url, **UNLIMITED) as hq:
        device = hq.enroll()
        held = [payloads.record(payloads.crossing()),
                payloads.record(payloads.crossing(voided=True)),
                payloads.record(payloads.complaint(), kind="complaint"),
                payloads.record(payloads.closeout(device.checkpoint, payloads.DAY, 1),
                                kind="closeout")]
        sent = payloads.batch(device, held, payloads.audit_entries(1, 3))
        assert payloads.statuses(payloads.post_batch(hq, device, sent)) == ["accepted"] * 4
        CREDENTIALS.staff, CREDENTIALS.device = hq.admin_token, device.token
        yield hq
    CREDENTIALS.staff = CREDENTIALS.device = ""


@pytest.fixture(scope="module")
def http() -> Iterator[requests.Session]:
    """One connection pool for the whole fuzz."""
    with requests.Session() as session:
        yield session


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_answer_is_as_the_schema_says(case: Case, fuzzed_hq: ControlRoom,
                                           http: requests.Session) -> None:
    case.call_and_validate(base_url=fuzzed_hq.base_url, session=http, **_encoded(case))


def _encoded(case: Case) -> dict[str, bytes]:
    """The body compressed when the generated request says ``Content-Encoding: gzip`` (what
    every device sends): schemathesis writes the JSON, but cannot apply an encoding to it."""
    encoding = {k.lower(): v for k, v in (case.headers or {}).items()}.get("content-encoding")
    if encoding != "gzip" or not isinstance(case.body, dict | list):
        return {}
    return {"data": gzip.compress(json.dumps(case.body).encode())}


# What the fuzz found, pinned so each is tested every run on both databases, whatever examples
# the fuzz happens to draw.

@pytest.mark.parametrize("day", ["0", "1743465600", "20250401", "2025-04-01T00:00"])
def test_a_tally_day_not_written_yyyy_mm_dd_is_refused(controlroom: ControlRoom,
                                                       day: str) -> None:
    # It was read as a Unix time: from=0 answered the tally of 1 January 1970.
    answer = requests.get(controlroom.url("/control/tally"), params={"from": day},
                          headers=controlroom.admin_headers, timeout=10)
    assert (answer.status_code, answer.json()["code"]) == (400, "malformed"), answer.text


def test_a_method_a_route_does_not_take_is_answered_with_the_ones_it_does(
        controlroom: ControlRoom) -> None:
    answer = requests.request("TRACE", controlroom.url("/health"), timeout=10)
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "GET"  # RFC 9110: a 405 says what is allowed


# PostgreSQL takes no NUL in text and HQ answered 500 (the fuzz found it now and then).
NUL = "\x00"


@pytest.mark.parametrize("where", ["complaints status", "complaints checkpoint",
                                   "tally checkpoint", "complaint uuid", "audit actor"])
def test_a_nul_character_is_never_a_server_error(controlroom: ControlRoom,
                                                                  where: str) -> None:
    device = controlroom.enroll()
    staff = {"headers": controlroom.admin_headers, "timeout": 10}
    if where == "complaints status":
        answer = requests.get(controlroom.url("/control/complaints"),
                              params={"status": f"open{NUL}"}, **staff)
    elif where == "complaints checkpoint":
        answer = requests.get(controlroom.url("/control/complaints"),
                              params={"checkpoint": NUL}, **staff)
    elif where == "tally checkpoint":
        answer = requests.get(controlroom.url("/control/tally"),
                              params={"from": "2025-04-01", "checkpoint": NUL}, **staff)
    elif where == "complaint uuid":
        answer = requests.put(controlroom.url("/control/complaints/a%00b/status"),
                              json={"status": "closed"}, **staff)
    else:  # one such entry would block the device's queue if HQ answered 5xx (issue 9, 11)
        entries = payloads.audit_entries(1, 1)
        entries[0]["actor"] = f"clerk{NUL}"
        answer = payloads.post_batch(controlroom, device, payloads.batch(device, [], entries))
    assert answer.status_code < 500, answer.text
    if controlroom.db_url.startswith("postgresql"):  # SQLite stores and finds a NUL alike
        assert (answer.status_code, answer.json()["code"]) == (400, "malformed"), answer.text
    # HQ still answers, and the device's next batch is taken.
    sent = payloads.batch(device, [payloads.record(payloads.crossing())])
    assert payloads.statuses(payloads.post_batch(controlroom, device, sent)) == ["accepted"]
