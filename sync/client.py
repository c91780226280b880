"""The device's sync client (DESIGN §5): batches that survive any network.

One round (``sync_once``): check that HQ is HQ (``/health``, so a captive portal cannot pass
for it), send pending records and audit entries in bounded gzip batches, apply each answer in
one transaction (``checkpoint.outbox``), then fetch what flows down (``/updates``). Nothing is
marked synced from a response that is not a valid answer to that very batch. ``run`` repeats
rounds until stopped, backing off with full jitter on network errors and ``5xx``, honouring
``Retry-After``, halving the batch on timeouts and ``413`` and letting it grow back on success,
and stopping for good on ``401`` (revoked or unknown device: IT must act).
"""

from __future__ import annotations

import gzip
import ipaddress
import logging
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from pydantic import ValidationError as WireError
from requests.adapters import HTTPAdapter

from checkpoint import outbox, reference
from checkpoint.errors import disk_full
from checkpoint.ledger import Ledger, WriteRunner, write_here
from checkpoint.permissions import Action
from checkpoint.settings import sync_settings
from contract import wire
from contract.errors import ErrorCode

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
# A link that trickles bytes never trips the per-read timeout; this bounds a whole exchange.
TOTAL_TIMEOUT = 180.0
# A fresh device's first download of HQ's lists is a snapshot of up to ~12 MB (a million
# cancelled cards, gzipped); over a 64 kbit/s link that takes about 25 minutes. The per-read
# timeout still notices a link that went silent within a minute, so this only has to allow a
# slow link that keeps moving: 45 minutes, once; later deltas are small and come in seconds.
UPDATES_TOTAL_TIMEOUT = 2700.0
# HQ pages a long delta (``reference.more``); a device asks again at once, at most this many
# times in one round (the rest comes next round: a round must end to send new records).
MAX_UPDATE_PAGES = 1000
BACKOFF_BASE = 2.0
BACKOFF_CAP = 600.0
# HQ's Retry-After is a hint, not an order: a huge one would park sync for years (or overflow
# the wait), so it is held to the backoff ceiling.
RETRY_AFTER_CAP = BACKOFF_CAP
IDLE_INTERVAL = 60.0


class SyncError(Exception):
    """A round that could not finish; ``code`` says why in a word the UI words properly."""

    def __init__(self, code: ErrorCode, message: str, *, retry_after: float | None = None,
                 final: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after
        # Final: retrying cannot help (revoked device, wrong protocol); IT must act.
        self.final = final


@dataclass
class SyncReport:
    """What one round did."""

    counts: Counter[str] = field(default_factory=Counter)
    batches: int = 0
    audit_sent: int = 0
    updates_applied: int = 0
    error: SyncError | None = None

    @property
    def ok(self) -> bool:
        """The round finished: nothing left that could be sent."""
        return self.error is None


def check_hq_url(url: str) -> str:
    """HQ's base URL, refusing plain ``http://`` except to this machine (DESIGN §5)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(ErrorCode.BAD_URL, f"{url!r} is not an http(s) address")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SyncError(ErrorCode.PLAIN_HTTP,
                        "HQ must be reached over https:// (plain http is only "
                        "allowed to this computer)")
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# Fingerprints by length in hex digits: only SHA-256 is accepted; the others are named back.
# HQ's reasons for refusing an enrollment that the device words one by one; any other refusal
# is the general ``ENROLL_REFUSED``.
_ENROLL_REFUSALS = frozenset({ErrorCode.INVALID_CODE, ErrorCode.CODE_EXPIRED, ErrorCode.CODE_USED,
                              ErrorCode.CODE_FOR_OTHER_DEVICE, ErrorCode.DEVICE_ENROLLED,
                              ErrorCode.DEVICE_REVOKED})


def _enroll_refusal(response: requests.Response) -> ErrorCode:
    """Why HQ refused an enrollment, from its ``Problem`` (whatever else answered: general)."""
    try:
        code = wire.Problem.model_validate_json(response.content).code
    except WireError:
        return ErrorCode.ENROLL_REFUSED
    return ErrorCode(code) if code in _ENROLL_REFUSALS else ErrorCode.ENROLL_REFUSED


_FINGERPRINT_NAMES = {32: "an MD5 fingerprint", 40: "a SHA-1 fingerprint",
                      56: "a SHA-224 fingerprint", 96: "a SHA-384 fingerprint",
                      128: "a SHA-512 fingerprint"}
SHA256_HEX_DIGITS = 64
# How urllib3 words a certificate whose fingerprint is not the pinned one.
_FINGERPRINT_MISMATCH = "Fingerprints did not match"


def check_pin(pin: str) -> str:
    """A certificate pin as 64 lower-case hex digits (colons and spaces dropped).

    Only SHA-256 is accepted: urllib3 would also take an MD5 or SHA-1 fingerprint, and a
    colliding certificate for those can be made.
    """
    digits = "".join(pin.split()).replace(":", "").lower()
    if len(digits) == SHA256_HEX_DIGITS and all(c in "0123456789abcdef" for c in digits):
        return digits
    if digits and all(c in "0123456789abcdef" for c in digits):
        given = _FINGERPRINT_NAMES.get(len(digits), f"{len(digits)} hex digits")
    else:
        given = "not a hexadecimal fingerprint"
    raise SyncError(ErrorCode.BAD_PIN,
                    f"The certificate pin must be the SHA-256 fingerprint of HQ's certificate "
                    f"(64 hex digits); the pin given is {given}", final=True)


class _PinnedAdapter(HTTPAdapter):
    """Trusts HQ's certificate if and only if its SHA-256 fingerprint is the pinned one.

    The pin is the whole check, made by urllib3 on every TLS connection this adapter opens (the
    one that carries the batch, not a separate probe): a self-signed certificate with that
    fingerprint is accepted, and neither a CA nor the host name is consulted, since the pin
    names the one certificate that may answer. Any other certificate is refused before a byte
    of the request is sent.
    """

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = check_pin(fingerprint)
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(*args, **kwargs)

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: float | tuple[float | None, float | None] | None = None,
             verify: bool | str = True, cert: str | tuple[str, str] | None = None,
             proxies: dict[str, str] | None = None) -> requests.Response:
        # CA verification off for this adapter only: the fingerprint check above replaces it
        # (urllib3 still counts the connection as verified, so it warns of nothing).
        return super().send(request, stream=stream, timeout=timeout, verify=False, cert=cert,
                            proxies=proxies)


class SyncClient:
    """Sends this ledger's pending records to HQ and applies HQ's answers."""

    def __init__(self, ledger: Ledger, *, connect_timeout: float = CONNECT_TIMEOUT,
                 read_timeout: float = READ_TIMEOUT,
                 total_timeout: float = TOTAL_TIMEOUT,
                 updates_timeout: float = UPDATES_TOTAL_TIMEOUT,
                 write: WriteRunner = write_here,
                 on_batch: Callable[[SyncReport], None] | None = None) -> None:
        self.ledger = ledger
        # Told after each batch HQ answered (a long first sync shows its progress).
        self.on_batch = on_batch
        # The desktop hands every write to its one database writer (STYLE 9); reads stay here.
        self.write = write
        self.timeouts = (connect_timeout, read_timeout)
        self.total_timeout = total_timeout
        self.updates_timeout = updates_timeout
        self.max_records = wire.DEFAULT_BATCH_RECORDS
        self.max_bytes = wire.DEFAULT_BATCH_BYTES

    # -- HTTP -------------------------------------------------------------------------------

    def _session(self, pin: str | None) -> requests.Session:
        session = requests.Session()
        session.headers["User-Agent"] = "checkpoint-device/1"
        if pin:
            session.mount("https://", _PinnedAdapter(pin))
        return session

    def _call(self, session: requests.Session, method: str, url: str, *,
              total_timeout: float | None = None, **kwargs: Any) -> requests.Response:
        started = time.monotonic()
        deadline = self.total_timeout if total_timeout is None else total_timeout
        try:
            # Never a redirect: it could lead to plain http or another host, and a 307/308
            # would re-send the whole batch, personal data and token included, there.
            response = session.request(method, url, timeout=self.timeouts, stream=True,
                                       allow_redirects=False, **kwargs)
            if 300 <= response.status_code < 400:
                response.close()
                raise _redirected(response)
            body = bytearray()
            # read1 returns what one read from the link brought; iter_content(n) would wait for
            # n bytes, so a trickle shorter than that would be noticed only once it ended.
            while chunk := response.raw.read1(16384, decode_content=True):
                body += chunk
                if time.monotonic() - started > deadline:
                    response.close()
                    raise SyncError(ErrorCode.TIMEOUT, "HQ's answer is coming too slowly")
            response._content = bytes(body)  # the body, read under our own deadline
            return response
        except urllib3.exceptions.ReadTimeoutError as error:  # raised reading the body ourselves
            raise SyncError(ErrorCode.TIMEOUT, "HQ did not answer in time") from error
        except urllib3.exceptions.HTTPError as error:  # the body cut off or garbled on the way
            raise SyncError(ErrorCode.OFFLINE, "HQ cannot be reached") from error
        except requests.exceptions.SSLError as error:
            if _FINGERPRINT_MISMATCH in str(error):
                raise SyncError(ErrorCode.PIN_MISMATCH,
                                "HQ's certificate is not the pinned one: something else may "
                                "be answering for HQ; nothing was sent") from error
            raise SyncError(ErrorCode.TLS,
                            "HQ's certificate was not accepted (wrong address, or not "
                            "the pinned certificate)") from error
        except (requests.exceptions.Timeout,
                requests.exceptions.ConnectionError) as error:
            if isinstance(error, requests.exceptions.ConnectionError) and not isinstance(
                    error, requests.exceptions.ConnectTimeout) and "timed out" not in str(error):
                raise SyncError(ErrorCode.OFFLINE, "HQ cannot be reached") from error
            raise SyncError(ErrorCode.TIMEOUT, "HQ did not answer in time") from error
        except requests.exceptions.RequestException as error:
            raise SyncError(ErrorCode.OFFLINE, "HQ cannot be reached") from error

    @staticmethod
    def _refusal(response: requests.Response) -> SyncError:
        retry_after = _retry_after(response.headers.get("Retry-After"))
        status = response.status_code
        if status == 401:
            return SyncError(ErrorCode.UNAUTHORIZED,
                             "HQ does not accept this device any more (revoked "
                             "or never enrolled); IT must enroll it again",
                             final=True)
        if status == 409:
            return SyncError(ErrorCode.PROTOCOL,
                             "HQ speaks another sync protocol version; update the "
                             "app", final=True)
        if status == 413:
            return SyncError(ErrorCode.TOO_LARGE, "HQ found the batch too large")
        if status in (429, 503):
            return SyncError(ErrorCode.BUSY, "HQ is busy", retry_after=retry_after)
        if status >= 500:
            return SyncError(ErrorCode.SERVER_ERROR, f"HQ had an internal error ({status})",
                             retry_after=retry_after)
        return SyncError(ErrorCode.REFUSED, f"HQ refused the request ({status})")

    def health(self, hq_url: str, pin: str | None = None) -> wire.Health:
        """Ask HQ who it is; anything else answering (a captive portal) is refused."""
        with self._session(pin) as session:
            response = self._call(session, "GET", f"{hq_url}{wire.API_PREFIX}/health")
            if response.status_code != 200:
                raise self._refusal(response)
            try:
                return wire.Health.model_validate_json(response.content)
            except WireError:
                raise SyncError(ErrorCode.NOT_HQ,
                                "Something other than HQ answered (a captive portal "
                                "or proxy page?)") from None

    # -- enrollment -------------------------------------------------------------------------

    def enroll(self, hq_url: str, code: str, *, pin: str | None = None) -> wire.EnrollOut:
        """Trade HQ's one-time code for this device's token (IT admin); safe to retry.

        The role is checked before HQ is asked: a refused user must not use up the code."""
        self.ledger.actor.require(Action.ENROLL)
        hq_url = check_hq_url(hq_url)
        pin = check_pin(pin) if pin else None
        ledger = self.ledger
        identity = self.health(hq_url, pin)
        body = wire.EnrollIn(code=code.strip(), device_id=outbox.device_id(ledger),
                                 checkpoint=ledger.settings.checkpoint)
        with self._session(pin) as session:
            response = self._call(session, "POST", f"{hq_url}{wire.API_PREFIX}/devices/enroll",
                                  data=body.model_dump_json(),
                                  headers={"Content-Type": "application/json"})
        if response.status_code != 200:
            error = self._refusal(response)
            if response.status_code in (400, 401, 403, 404):
                error = SyncError(_enroll_refusal(response),
                                  "HQ refused the code (wrong, expired or "
                                  "already used by another device)")
            raise error
        try:
            answer = wire.EnrollOut.model_validate_json(response.content)
        except WireError:
            raise SyncError(ErrorCode.NOT_HQ, "Something other than HQ answered") from None
        self.write(lambda: outbox.save_enrollment(ledger, hq_url=hq_url, hq_id=identity.hq_id,
                                                  token=answer.token, pin=pin))
        return answer

    # -- one round --------------------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Send everything pending, then fetch updates; the outcome is recorded either way."""
        report = SyncReport()
        try:
            self._round(report)
        except SyncError as error:
            report.error = error
        code = None if report.error is None else report.error.code
        self.write(lambda: outbox.record_attempt(self.ledger, error=code))
        return report

    def _round(self, report: SyncReport) -> None:
        settings = sync_settings(self.ledger)
        if not settings.enrolled:
            raise SyncError(ErrorCode.NOT_ENROLLED, "This device is not enrolled with HQ yet",
                            final=True)
        assert settings.hq_url and settings.token
        if not settings.verified:
            raise SyncError(ErrorCode.SETTINGS_UNVERIFIED,
                            "The HQ address or security settings were changed outside "
                            "Checkpoint; an IT admin must save them again", final=True)
        identity = self.health(settings.hq_url, settings.pin)
        if settings.hq_id and identity.hq_id != settings.hq_id:
            raise SyncError(ErrorCode.NOT_HQ,
                            "The server answering is not the HQ this device was "
                            "enrolled with")
        with self._session(settings.pin) as session:
            session.headers["Authorization"] = f"Bearer {settings.token}"
            while True:
                batch = outbox.next_batch(self.ledger, max_records=self.max_records,
                                          max_bytes=self.max_bytes)
                if not batch:
                    break
                try:
                    self._send(session, settings.hq_url, batch, report)
                except SyncError:
                    self.write(lambda: outbox.note_round(self.ledger, report.counts))
                    raise
            self.write(lambda: outbox.note_round(self.ledger, report.counts))
            self._fetch_updates(session, settings.hq_url, settings.cursor, report)

    def _send(self, session: requests.Session, hq_url: str, batch: outbox.Batch,
              report: SyncReport) -> None:
        sent = wire.BatchIn(
            protocol=wire.PROTOCOL_VERSION, batch_id=str(uuid.uuid4()),
            device_id=outbox.device_id(self.ledger), checkpoint=self.ledger.settings.checkpoint,
            records=batch.records, audit=batch.audit, audit_head=batch.head,
            audit_anchors=batch.anchors)
        body = gzip.compress(sent.model_dump_json().encode("utf-8"), compresslevel=6)
        try:
            response = self._call(session, "POST", f"{hq_url}{wire.API_PREFIX}/batches",
                                  data=body, headers={"Content-Type": "application/json",
                                                      "Content-Encoding": "gzip"})
        except SyncError as error:
            if error.code == ErrorCode.TIMEOUT:
                self._shrink()
            raise
        if response.status_code == 413 and len(batch.records) > 1:
            self._shrink()
            return  # the same records go again, fewer at a time
        if response.status_code != 200:
            raise self._refusal(response)
        try:
            answer = wire.BatchResult.model_validate_json(response.content)
        except WireError:
            answer = None
        if answer is None or not answer.answers(sent):
            raise SyncError(ErrorCode.NOT_HQ,
                            "The answer was not HQ's answer to this batch (a captive "
                            "portal or proxy page?); nothing was marked as sent")
        counts = self.write(lambda: outbox.apply_results(
            self.ledger, answer.results, audit_held_through=answer.audit_held_through,
            audit_held_hash=answer.audit_held_hash))
        report.counts.update(counts)
        report.batches += 1
        report.audit_sent += len(batch.audit)
        if self.on_batch is not None:
            self.on_batch(report)
        self._grow()
        if not batch.records and outbox.audit_unsent(self.ledger, batch.audit[-1].seq):
            # HQ did not acknowledge the audit entries (a gap it waits on, or a chain that
            # contradicts its copy); do not spin on them.
            raise SyncError(ErrorCode.AUDIT_HELD, "HQ is holding back this device's audit entries")

    def _shrink(self) -> None:
        self.max_records = max(1, self.max_records // 2)
        self.max_bytes = max(4096, self.max_bytes // 2)

    def _grow(self) -> None:
        self.max_records = min(wire.DEFAULT_BATCH_RECORDS, self.max_records * 2)
        self.max_bytes = min(wire.DEFAULT_BATCH_BYTES, self.max_bytes * 2)

    def _fetch_updates(self, session: requests.Session, hq_url: str, cursor: str,
                       report: SyncReport) -> None:
        """Fetch what flows down and apply it, page after page while HQ says there is more;
        each page is applied with its cursor in one transaction, so a download cut off or
        garbled anywhere leaves the device at the last page it applied whole."""
        for _ in range(MAX_UPDATE_PAGES):
            response = self._call(session, "GET", f"{hq_url}{wire.API_PREFIX}/updates",
                                  params={"since": cursor},
                                  total_timeout=self.updates_timeout)
            if response.status_code != 200:
                raise self._refusal(response)
            try:
                updates = wire.Updates.model_validate_json(response.content)
                if updates.reference is not None:
                    reference.check_reference(updates.reference)
            except (WireError, reference.BadReference):
                raise SyncError(ErrorCode.NOT_HQ, "The updates did not come from HQ") from None
            report.updates_applied += self.write(partial(outbox.apply_updates, self.ledger,
                                                         updates))
            cursor = updates.cursor
            if updates.reference is None or not updates.reference.more:
                return

    # -- the loop ---------------------------------------------------------------------------

    def run(self, stop: threading.Event, *, wake: threading.Event | None = None,
            on_report: Callable[[SyncReport], None] | None = None,
            on_round_start: Callable[[], None] | None = None,
            interval: float = IDLE_INTERVAL) -> None:
        """Sync until ``stop`` is set: a round every ``interval`` seconds (or when ``wake`` is
        set), backing off with full jitter after failures, for ever — the data is safe while
        it waits. Whoever sets ``stop`` also sets ``wake`` so a waiting loop ends at once."""
        failures = 0
        while not stop.is_set():
            if on_round_start:
                on_round_start()
            try:
                report = self.sync_once()
            except Exception as error:  # the loop must survive anything; report and go on
                report = SyncReport(error=_unexpected(error))
            if on_report:
                on_report(report)
            if report.error is not None and report.error.final:
                return
            if report.error is None:
                failures, delay = 0, interval
            else:
                failures += 1
                delay = backoff(failures, report.error.retry_after)
            waiter = wake or stop
            waiter.wait(delay)
            if wake is not None:
                wake.clear()


def _unexpected(error: Exception) -> SyncError:
    """A round that raised: a full disk (HQ's answers could not be stored; they are fetched
    again once there is room) or a bug, logged by kind with its traceback."""
    if disk_full(error) is not None:
        log.warning("sync round stopped: the disk is full")
        return SyncError(ErrorCode.DISK_FULL, "The disk is full: sync will try again once "
                                              "there is room")
    log.exception("sync round failed: %s", type(error).__name__)
    return SyncError(ErrorCode.INTERNAL, "Sync failed unexpectedly")


def _redirected(response: requests.Response) -> SyncError:
    target = urlsplit(response.headers.get("Location", ""))
    where = f" to {target.scheme}://{target.hostname}" if target.scheme and target.hostname \
        else ""
    return SyncError(ErrorCode.REDIRECTED,
                     f"HQ's address answered with a redirect ({response.status_code}){where}; "
                     "sync never follows redirects, so nothing was sent there: set HQ's "
                     "address to HQ's own https:// address")


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (a number of seconds or an HTTP date), held to
    ``RETRY_AFTER_CAP``; None for anything else."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.replace(".", "", 1).isdigit():
        seconds = float(value)  # digits only: never negative, nan or inf, but may be huge
    else:
        try:
            moment = parsedate_to_datetime(value)
            seconds = (moment - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError, OverflowError, IndexError):
            return None  # garbage, or a date without a zone (naive)
    return min(RETRY_AFTER_CAP, max(0.0, seconds))


def backoff(failures: int, retry_after: float | None = None) -> float:
    """Seconds to wait after ``failures`` failed rounds: full jitter, capped; at least
    ``Retry-After`` when HQ gave one (itself never past ``RETRY_AFTER_CAP``)."""
    jitter = random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2 ** min(failures, 20)))
    return max(jitter, min(RETRY_AFTER_CAP, retry_after or 0.0))
