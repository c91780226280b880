"""HQ's reference data: a fresh device's first download, a day's delta, and the desk's lookup.

HQ is the real service (``controlroom serve`` in its own process, on a fresh SQLite file), its
cancelled-cards list loaded through the service's own CSV import (``sync.server.reference``)
with numbers from a seeded generator shaped like real ones (PoR and ACC numbers of 7-10
digits, some with a letter prefix, Tazkira numbers of 13 digits). The device is a new ledger
(SQLCipher, as in the field) synced with the real ``SyncClient``.

Figures, each next to a baseline measured in the same run:

- first download: the gzip bytes of HQ's ``updates`` answer as they travelled (target
  <= 12 MB for 1,000,000 cards) and the time to apply it on the device (parse the answer,
  validate it, write it with the cursor in one transaction; target <= 30 s), against a plain
  ``executemany`` of the same rows into the same table of a fresh ledger in one transaction;
- a day's delta: 10,000 changes at HQ (cards listed, re-listed with another reason, lifted),
  the next ``updates`` answer's gzip bytes (target <= 200 KB);
- lookup: the desk's ``reference_findings`` for one document (cancelled card, departure
  elsewhere, policy) with 1,000,000 cards and 1,000,000 departures held, p50 and p99 per
  document, half of them listed (target <= 2 ms), against one indexed SELECT of a card.
"""

from __future__ import annotations

import base64
import gc
import io
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from bench.hq import control_room
from checkpoint import outbox
from checkpoint.ledger import Ledger, create_ledger
from checkpoint.reference import apply_reference, reference_findings, reference_state
from contract.documents import DIGEST_BYTES, document_number_key
from contract.wire import DepartureGroup, Reference, Updates
from sync.client import SyncClient
from sync.server import reference, service
from sync.server.database import make_engine, transaction
from sync.server.staff.roles import StaffActor, StaffRole

PASSWORD = "bench-pass-1"
SUPERVISOR = StaffActor("bench-supervisor", StaffRole.SUPERVISOR)
DELTA_CHANGES = 10_000
LOOKUPS = 2_000
CHECKPOINTS = ("TORKHAM", "CHAMAN", "GHULAM_KHAN", "ANGOOR_ADDA", "BADINI")
REASONS = (("cancelled", 50), ("reported_lost", 20), ("replaced", 15), ("reported_stolen", 5),
           ("taken_into_custody", 7), ("holder_deceased", 3))


class _MeteredClient(SyncClient):
    """The real client, keeping each ``updates`` answer as it came: its wire size and body."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.answers: list[tuple[int, bytes]] = []

    def _call(self, session: requests.Session, method: str, url: str,
              **kwargs: Any) -> requests.Response:
        response = super()._call(session, method, url, **kwargs)
        if url.endswith("/updates"):
            length = response.headers.get("Content-Length", "")
            self.answers.append((int(length) if length.isdigit() else len(response.content),
                                 response.content))
        return response


def card_numbers(count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` distinct (document type, number as printed) pairs, shaped like real cards."""
    rng = random.Random(seed)
    found: set[tuple[str, str]] = set()
    while len(found) < count:
        roll = rng.random()
        if roll < 0.55:  # PoR: 7-8 digits, some printed with a prefix
            number = f"{rng.randrange(10**6, 10**8)}"
            found.add(("por", f"PoR-{number}" if rng.random() < 0.3 else number))
        elif roll < 0.9:  # ACC: 8-10 digits
            found.add(("acc", f"{rng.randrange(10**7, 10**10)}"))
        else:  # e-Tazkira: 13 digits as 4-4-5
            digits = f"{rng.randrange(10**12, 10**13)}"
            found.add(("tazkira", f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"))
    return sorted(found)


def _csv(cards: list[tuple[str, str]], rng: random.Random, start: date) -> bytes:
    reasons = [code for code, weight in REASONS for _ in range(weight)]
    lines = ["document_type,number,reason,since"]
    for kind, number in cards:
        since = start + timedelta(days=rng.randrange(0, 700))
        lines.append(f"{kind},{number},{rng.choice(reasons)},{since.isoformat()}")
    return ("\n".join(lines) + "\n").encode()


def _at_hq(db_url: str, change: Any) -> Any:
    engine = make_engine(db_url)
    try:
        with transaction(engine) as session:
            return change(session)
    finally:
        engine.dispose()


def _enrollment_code(db_url: str) -> str:
    return str(_at_hq(db_url, lambda s: service.create_enrollment_code(s, "TORKHAM", 1)[0]))


def _ledger(folder: Path, name: str) -> Ledger:
    return create_ledger(folder / f"{name}.db", checkpoint="TORKHAM", admin="bench",
                         password=PASSWORD)


def _apply_s(folder: Path, body: bytes) -> tuple[float, int]:
    """Parse and apply HQ's first answer on a fresh device, as the sync client does."""
    ledger = _ledger(folder, "apply")
    try:
        started = time.perf_counter()
        updates = Updates.model_validate_json(body)
        outbox.apply_updates(ledger, updates)
        spent = time.perf_counter() - started
        with ledger.reading() as session:
            held = session.connection().exec_driver_sql(
                "SELECT count(*) FROM reference_card").scalar_one()
    finally:
        ledger.close()
    return spent, int(held)


def _baseline_s(folder: Path, body: bytes) -> float:
    """The same rows by a plain ``executemany`` into the same table, one transaction."""
    updates = Updates.model_validate_json(body)
    assert updates.reference is not None
    rows = [(group.document_type, number, group.reason, group.since.isoformat())
            for group in updates.reference.cards for number in group.numbers]
    ledger = _ledger(folder, "baseline")
    try:
        started = time.perf_counter()
        with ledger.writing() as session:
            cursor = session.connection().connection.cursor()
            cursor.executemany("INSERT INTO reference_card (document_type, number_key, reason, "
                               "since) VALUES (?, ?, ?, ?)", rows)
            cursor.close()
        return time.perf_counter() - started
    finally:
        ledger.close()


def _add_departures(ledger: Ledger, count: int, seed: int, today: date) -> None:
    """``count`` departures recorded at other checkpoints over 180 days, as HQ's digests."""
    rng = random.Random(seed)
    per_group = max(1, count // (len(CHECKPOINTS) * 180))
    groups, made = [], 0
    day = today - timedelta(days=179)
    while made < count:
        for checkpoint in CHECKPOINTS:
            size = min(per_group, count - made)
            if size <= 0:
                break
            raw = sorted(rng.randbytes(DIGEST_BYTES) for _ in range(size))
            groups.append(DepartureGroup(checkpoint=checkpoint, day=day,
                                         digests=base64.b64encode(b"".join(raw)).decode()))
            made += size
        day = min(today, day + timedelta(days=1))
    state = reference_state(ledger)
    with ledger.writing() as session:
        apply_reference(session, Reference(version=state.version, as_of=datetime.now(UTC),
                                           departures=groups,
                                           departures_from=today - timedelta(days=180)))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _lookups(ledger: Ledger, listed: list[tuple[str, str]], count: int,
             seed: int) -> dict[str, float]:
    """Per-document lookup times (ms), the desk's way and the baseline's, half listed."""
    rng = random.Random(seed)
    others = card_numbers(count, seed + 1)
    documents = [rng.choice(listed) if i % 2 else others[i] for i in range(count)]
    day, checkpoint = ledger.today(), ledger.settings.checkpoint
    desk, plain, found = [], [], 0
    # The benchmark holds millions of generated numbers a desk never holds: moved out of the
    # garbage collector's sight, so its full passes over them do not land in the p99.
    gc.collect()
    gc.freeze()
    select = ("SELECT reason, since FROM reference_card WHERE document_type = ? "
              "AND number_key = ?")
    for kind, number in documents:
        started = time.perf_counter()
        with ledger.reading() as session:
            found += bool(reference_findings(session, [(kind, number)], day, checkpoint))
        desk.append((time.perf_counter() - started) * 1000)
        key = document_number_key(number)
        started = time.perf_counter()
        with ledger.reading() as session:
            session.connection().exec_driver_sql(select, (kind, key)).first()
        plain.append((time.perf_counter() - started) * 1000)
    gc.unfreeze()
    if found < count // 2:
        raise RuntimeError(f"only {found} of {count // 2} listed cards were found")
    return {"p50_ms": round(statistics.median(desk), 3),
            "p95_ms": round(_percentile(desk, 0.95), 3),
            "p99_ms": round(_percentile(desk, 0.99), 3),
            "baseline_p50_ms": round(statistics.median(plain), 3),
            "baseline_p95_ms": round(_percentile(plain, 0.95), 3),
            "baseline_p99_ms": round(_percentile(plain, 0.99), 3)}


def run(cards: int, workdir: Path | None = None, *, delta_changes: int = DELTA_CHANGES,
        lookups: int = LOOKUPS) -> dict[str, Any]:
    """Load ``cards`` at HQ, download and apply them on a fresh device, page a day's delta
    of ``delta_changes`` (7 in 10 new cards, 2 re-listed, 1 lifted; fewer than ``cards``),
    and time ``lookups`` of the desk's with as many departures held as cards."""
    relisting, lifting = delta_changes // 5, delta_changes // 10
    adding = delta_changes - relisting - lifting
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="checkpoint-reference-bench-",
                                     dir=workdir) as scratch:
        folder = Path(scratch)
        db_url = f"sqlite:///{folder / 'controlroom.db'}"
        listed = card_numbers(cards, seed=11)
        rng = random.Random(12)
        with control_room(db_url, folder / "controlroom.log") as base:
            started = time.perf_counter()
            _at_hq(db_url, lambda s: reference.import_cards(
                s, SUPERVISOR, io.BytesIO(_csv(listed, rng, date(2024, 1, 1)))))
            load_s = time.perf_counter() - started
            print(f"  {cards:,} cards listed at HQ through its import in {load_s:.1f} s")
            device = _ledger(folder, "device")
            try:
                client = _MeteredClient(device)
                client.enroll(base, _enrollment_code(db_url))
                started = time.perf_counter()
                if not client.sync_once().ok:
                    raise RuntimeError("the first sync did not finish")
                first_sync_s = time.perf_counter() - started
                first_wire, first_body = client.answers[-1]

                # A day at HQ: 10,000 changes (new cards, re-listed, lifted).
                held_at_hq = set(listed)
                new = [card for card in card_numbers(cards + adding, seed=11)
                       if card not in held_at_hq]
                relisted = listed[:relisting]
                lifted = listed[relisting:relisting + lifting]
                body = _csv(new + relisted, random.Random(13), date(2026, 1, 1))

                def a_day(session: Any) -> None:
                    reference.import_cards(session, SUPERVISOR, io.BytesIO(body))
                    for kind, number in lifted:
                        reference.lift_card(session, SUPERVISOR, kind, number)

                _at_hq(db_url, a_day)
                client.answers.clear()
                if not client.sync_once().ok:
                    raise RuntimeError("the delta sync did not finish")
                delta_wire = sum(size for size, _ in client.answers)
                delta_pages = len(client.answers)

                _add_departures(device, cards, seed=14, today=device.today())
                timed = _lookups(device, listed[relisting + lifting:], lookups, seed=15)
            finally:
                device.close()
        apply_s, held = _apply_s(folder, first_body)
        baseline_s = _baseline_s(folder, first_body)
    if held != cards:
        raise RuntimeError(f"the device holds {held} of {cards} cards")
    results: dict[str, Any] = {
        "name": "reference", "cards": cards, "departures": cards, "hq": "sqlite",
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2), "hq_import_s": round(load_s, 1),
        "first_download": {
            "wire_bytes": first_wire, "wire_mb": round(first_wire / 1e6, 2),
            "uncompressed_bytes": len(first_body),
            "wire_bytes_per_card": round(first_wire / cards, 2),
            "target_mb": 12, "first_sync_s": round(first_sync_s, 1),
            "apply_s": round(apply_s, 2), "baseline_executemany_s": round(baseline_s, 2),
            "apply_vs_baseline_ratio": round(apply_s / baseline_s, 2), "target_apply_s": 30},
        "day_delta": {"changes": delta_changes, "wire_bytes": delta_wire,
                      "wire_kb": round(delta_wire / 1000, 1), "answers": delta_pages,
                      "target_kb": 200,
                      "vs_first_download_ratio": round(delta_wire / first_wire, 4)},
        "lookup": {**timed, "lookups": lookups, "target_ms": 2,
                   "p50_vs_baseline_ratio": round(timed["p50_ms"] / timed["baseline_p50_ms"],
                                                  1)}}
    print(f"  first download {first_wire / 1e6:.2f} MB gzip ({len(first_body) / 1e6:.1f} MB "
          f"JSON), applied in {apply_s:.1f} s (plain executemany {baseline_s:.1f} s, ratio "
          f"{apply_s / baseline_s:.2f}); first sync {first_sync_s:.1f} s")
    print(f"  a day's delta of {delta_changes:,} changes: {delta_wire / 1000:.1f} KB gzip in "
          f"{delta_pages} answer(s)")
    print(f"  lookup with {cards:,} cards and {cards:,} departures: p50 {timed['p50_ms']} ms, "
          f"p95 {timed['p95_ms']} ms, p99 {timed['p99_ms']} ms (one indexed SELECT: p50 "
          f"{timed['baseline_p50_ms']} ms, p95 {timed['baseline_p95_ms']} ms, p99 "
          f"{timed['baseline_p99_ms']} ms); load average {os.getloadavg()[0]:.1f}")
    return results

