"""The sync link against a hostile network (issue 9, items 9, 10 and 14): redirects are never
followed, ``Retry-After`` is held to the backoff ceiling, and only SHA-256 pins are taken."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from checkpoint import outbox
from checkpoint.ledger import Ledger
from checkpoint.settings import sync_settings
from sync.client import BACKOFF_CAP, SyncClient, SyncError, SyncReport, _retry_after, backoff
from tests.support.controlroom import ControlRoom
from tests.support.devices import assert_in_step, enrolled, until_done
from tests.support.faultproxy import FaultProxy, Rule, canned

PENDING = 62  # the device fixture's 60 crossings, a complaint and a close-out


class _Trap(BaseHTTPRequestHandler):
    """Another host's plain-http server: it records whatever reaches it."""

    seen: list[tuple[str, str, bytes]]

    def _record(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.seen.append((self.command, self.path, self.rfile.read(length)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _record

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def trap() -> Iterator[tuple[str, list[tuple[str, str, bytes]]]]:
    """A plain-http server elsewhere: its base URL and the requests it received."""
    seen: list[tuple[str, str, bytes]] = []
    handler = type("Trap", (_Trap,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def hq_link(controlroom: ControlRoom) -> Iterator[FaultProxy]:
    """A link in front of HQ that can answer by itself (on SQLite and PostgreSQL)."""
    proxy = FaultProxy(("127.0.0.1", controlroom.port))
    yield proxy
    proxy.close()


def _redirect(status: int, to: str) -> bytes:
    return canned(status, "Redirect", headers={"Location": to})


# -- item 9: never follow a redirect --------------------------------------------------------

@pytest.mark.parametrize("status", [301, 302, 307, 308])
@pytest.mark.parametrize("where", [("GET", "/api/v1/health"), ("POST", "/api/v1/batches"),
                                   ("GET", "/api/v1/updates")])
def test_a_redirect_on_the_sync_link_is_an_error_and_nothing_reaches_the_other_host(
        device: Ledger, controlroom: ControlRoom, hq_link: FaultProxy,
        trap: tuple[str, list[tuple[str, str, bytes]]], status: int,
        where: tuple[str, str]) -> None:
    client = enrolled(device, controlroom, hq_link.url)
    elsewhere, seen = trap
    method, path = where
    hq_link.add(Rule("answer", method=method, path=path, times=None,
                  answer=_redirect(status, f"{elsewhere}{path}")))

    report = client.sync_once()

    assert report.error is not None and report.error.code == "redirected"
    assert "redirect" in str(report.error) and "127.0.0.1" in str(report.error)
    assert seen == []  # no batch, no token, no request of any kind went there
    if path != "/api/v1/updates":
        assert sum(outbox.pending_counts(device).values()) == PENDING
    hq_link.clear()
    until_done(client)
    assert_in_step(device, controlroom)


def test_enrollment_does_not_follow_a_redirect(
        device: Ledger, controlroom: ControlRoom, hq_link: FaultProxy,
        trap: tuple[str, list[tuple[str, str, bytes]]]) -> None:
    elsewhere, seen = trap
    hq_link.add(Rule("answer", path="/api/v1/devices/enroll",
                  answer=_redirect(307, f"{elsewhere}/api/v1/devices/enroll")))
    code = controlroom.enrollment_code("TORKHAM")
    with pytest.raises(SyncError) as refused:
        SyncClient(device).enroll(hq_link.url, code)
    assert refused.value.code == "redirected"
    assert seen == []  # the one-time code did not travel on


# -- item 10: Retry-After is held to the backoff ceiling --------------------------------------

@pytest.mark.parametrize(("header", "expected"), [
    ("7", 7.0),
    ("99999999999999999999999", BACKOFF_CAP),   # decades, or an OverflowError in the wait
    ("1" * 400, BACKOFF_CAP),                   # parses to infinity
    ("Fri, 31 Dec 9999 23:59:59 GMT", BACKOFF_CAP),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),     # already past
    ("soon", None), ("-5", None), ("nan", None), ("inf", None), ("１２", None),
    ("Fri, 31 Dec 9999 23:59:59 -0000", None),  # a date without a zone: garbage here
])
def test_retry_after_is_clamped_and_garbage_ignored(header: str,
                                                     expected: float | None) -> None:
    assert _retry_after(header) == expected
    assert backoff(1, _retry_after(header)) <= BACKOFF_CAP


@pytest.mark.parametrize("header", ["99999999999999999999999",
                                    "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_the_sync_loop_survives_an_absurd_retry_after(
        device: Ledger, controlroom: ControlRoom, hq_link: FaultProxy, header: str) -> None:
    client = enrolled(device, controlroom, hq_link.url)
    hq_link.add(Rule("answer", answer=canned(503, "Service Unavailable",
                                          headers={"Retry-After": header})))
    stop, wake, reports = threading.Event(), threading.Event(), []
    crashed: list[BaseException] = []

    def on_report(report: SyncReport) -> None:
        reports.append(report)
        # Let the loop start its wait, then stop it; a wait past TIMEOUT_MAX raises at once.
        threading.Timer(0.5, lambda: (stop.set(), wake.set())).start()

    def loop() -> None:
        try:
            client.run(stop, wake=wake, on_report=on_report)
        except BaseException as error:  # what the test is looking for
            crashed.append(error)

    worker = threading.Thread(target=loop)
    worker.start()
    worker.join(30)
    assert not worker.is_alive()
    assert crashed == []
    assert reports[0].error is not None and reports[0].error.retry_after == BACKOFF_CAP


# -- item 14: only SHA-256 pins --------------------------------------------------------------

SHA256 = "AB:" * 31 + "CD"


@pytest.mark.parametrize(("pin", "named"), [
    ("9e107d9d372bb6826bd81d3542a419d6", "an MD5 fingerprint"),
    ("2f:d4:e1:c6:7a:2d:28:fc:ed:84:9e:e1:bb:76:e7:39:1b:93:eb:12", "a SHA-1 fingerprint"),
    ("not-a-fingerprint", "not a hexadecimal fingerprint"),
])
def test_a_pin_that_is_not_sha256_is_refused_naming_what_was_given(
        device: Ledger, controlroom: ControlRoom, pin: str, named: str) -> None:
    code = controlroom.enrollment_code("TORKHAM")
    with pytest.raises(SyncError) as refused:
        SyncClient(device).enroll(controlroom.base_url, code, pin=pin)
    assert refused.value.code == "bad_pin"
    assert "SHA-256" in str(refused.value) and named in str(refused.value)
    assert not sync_settings(device).enrolled  # nothing was sent, nothing saved


def test_a_sha256_pin_is_taken(device: Ledger, controlroom: ControlRoom) -> None:
    code = controlroom.enrollment_code("TORKHAM")
    # Plain http to this machine carries no certificate; the pin is kept for https.
    SyncClient(device).enroll(controlroom.base_url, code, pin=SHA256)
    assert sync_settings(device).pin == "ab" * 31 + "cd"


def test_a_sha1_pin_saved_before_the_rule_stops_sync_for_it_to_act(
        device: Ledger, controlroom: ControlRoom) -> None:
    client = enrolled(device, controlroom)
    settings = sync_settings(device)
    assert settings.hq_url and settings.token
    outbox.save_enrollment(device, hq_url=settings.hq_url, hq_id=settings.hq_id or "",
                           token=settings.token, pin="2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")
    report = client.sync_once()
    assert report.error is not None and report.error.code == "bad_pin" and report.error.final
    assert sum(outbox.pending_counts(device).values()) == PENDING
