"""``checkpoint-admin enroll``, ``sync`` and ``sync-status``: the sync client from the command line.

A face may use the sync client (DESIGN §3: faces → ``sync.client`` → core), as the desktop does.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from checkpoint import outbox
from checkpoint.reference import ReferenceState, reference_state
from checkpoint.settings import sync_settings
from checkpoint_admin.commands import Exit, signed_in
from sync.client import SyncClient, SyncError, SyncReport

# Plain words for the sync client's error codes (the CLI's own; the app words them in ui/).
ERROR_WORDS = {
    "offline": "HQ cannot be reached (no network, or HQ is down)",
    "timeout": "HQ did not answer in time (slow link)",
    "not_hq": "something other than HQ answered (a captive portal or proxy page?)",
    "unauthorized": "HQ no longer accepts this device (revoked or not enrolled); enroll again",
    "protocol": "HQ speaks another sync protocol version; update the app",
    "busy": "HQ is busy; it will be tried again",
    "server_error": "HQ had an internal error; it will be tried again",
    "too_large": "HQ found a single record too large",
    "tls": "HQ's certificate was not accepted",
    "not_enrolled": "this device is not enrolled with HQ yet (checkpoint-admin enroll)",
    "audit_held": "HQ is holding back this device's audit entries",
    "refused": "HQ refused the request",
    "internal": "sync failed unexpectedly; see the log",
    "plain_http": "HQ's address must start with https:// (plain http only to this computer)",
    "bad_url": "that is not a web address",
    "redirected": "HQ's address answered with a redirect; sync never follows redirects: "
                  "give HQ's own https:// address",
    "bad_pin": "the pin must be the SHA-256 fingerprint of HQ's certificate (64 hex digits)",
    "enroll_refused": "HQ refused the code (wrong, expired, or used by another device)",
    "invalid_code": "HQ does not know this enrollment code; check it, or ask HQ for a new one",
    "code_expired": "this enrollment code has expired or was withdrawn; ask HQ for a new one",
    "code_used": "this enrollment code was already used by another device; ask HQ for a new "
                 "one",
    "code_for_other_device": "this enrollment code was made to re-enroll another device; ask "
                             "HQ for a code for this one",
    "device_enrolled": "HQ already has this device enrolled; to enroll it again, HQ must make "
                       "a code for this device (controlroom enroll --device)",
    "device_revoked": "HQ revoked this device; only HQ can readmit it, with a code made for "
                      "this device (controlroom enroll --device)",
    "pin_mismatch": "HQ's certificate is not the pinned one: something else may be answering "
                    "for HQ; nothing was sent",
    "disk_full": "the disk is full; sync will try again once there is room",
}


def words(code: str | None) -> str | None:
    """A sync error code in plain words."""
    return None if code is None else ERROR_WORDS.get(code, code)


def enroll(args: argparse.Namespace) -> None:
    """Trade HQ's one-time code for this device's token."""
    with signed_in(args) as ledger:
        try:
            answer = SyncClient(ledger).enroll(args.hq, args.code, pin=args.pin)
        except SyncError as error:
            # A bad pin's own sentence names what was given (an MD5 or SHA-1 fingerprint).
            detail = str(error) if error.code == "bad_pin" else words(error.code)
            raise Exit(_fail(f"enrollment failed: {detail}")) from None
    print(f"Enrolled this device ({answer.device_id}) for {answer.checkpoint} with HQ "
          f"{answer.hq_id}.")


def _fail(message: str) -> int:
    print(f"checkpoint-admin: {message}", file=sys.stderr)
    return 1


def sync(args: argparse.Namespace) -> None:
    """One round with ``--once``; otherwise keep syncing until interrupted."""
    def show(report: SyncReport) -> None:
        sent = ", ".join(f"{n} {status}" for status, n in sorted(report.counts.items()))
        if report.error is None:
            print(f"Synced: {sent or 'nothing pending'}.", flush=True)
        else:
            print(f"Not synced: {words(report.error.code)}"
                  f"{f' (after {sent})' if sent else ''}.", flush=True)

    with signed_in(args) as ledger:
        client = SyncClient(ledger)
        if args.once:
            report = client.sync_once()
            show(report)
            if report.error is not None:
                raise Exit(1)
            return
        stop = threading.Event()
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        client.run(stop, on_report=show)


def sync_status(args: argparse.Namespace) -> None:
    """Pending, rejected, last sync, last error, and whether HQ answers now."""
    with signed_in(args) as ledger:
        settings = sync_settings(ledger)
        lists = reference_state(ledger)
        pending = sum(outbox.pending_counts(ledger).values())
        rejected = outbox.rejections(ledger)
        reachable = False
        if settings.hq_url:
            try:
                identity = SyncClient(ledger, connect_timeout=5, read_timeout=10).health(
                    settings.hq_url, settings.pin)
                reachable = settings.hq_id in (None, identity.hq_id)
            except SyncError:
                reachable = False
    status: dict[str, Any] = {"pending": pending, "rejected": len(rejected),
                              "last_sync": settings.last_success,
                              "last_error": words(settings.last_error),
                              "hq_reachable": reachable,
                              "reference_version": lists.version,
                              "reference_as_of": lists.as_of.isoformat() if lists.as_of
                              else None}
    if args.json:
        print(json.dumps(status))
        return
    print(f"HQ:            {settings.hq_url or 'not enrolled'}"
          f" ({'reachable' if reachable else 'not reachable'})")
    print(f"Pending:       {pending}")
    print(f"Rejected:      {len(rejected)}")
    for item in rejected:
        print(f"  {item.kind} {item.uuid} revision {item.revision}: "
              f"{item.field + ': ' if item.field else ''}{item.reason}")
    print(f"Last sync:     {settings.last_success or 'never'}")
    print(f"Last error:    {words(settings.last_error) or 'none'}")
    print(f"HQ's lists:    {_lists_text(lists)}")


def _lists_text(lists: ReferenceState) -> str:
    if lists.as_of is None:
        return "never received (warnings about cancelled cards and departures elsewhere " \
               "are missing until the first sync)"
    text = f"version {lists.version}, current at HQ {lists.as_of.isoformat(timespec='minutes')}"
    if lists.stale:
        text += (f"; OUT OF DATE (older than {lists.stale_days} days): warnings may be "
                 "missing")
    return text
