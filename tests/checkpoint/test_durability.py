"""Saved means durable (DESIGN §2.2): SIGKILL a recording desk at random moments, lose nothing.

``durability_writer.py`` records, corrects and voids in a loop and prints each change only after
the core call returned. This test kills it again and again at a random moment, then checks that
the database opens, is intact, that its audit chain holds, that every change the writer reported
is there, and that the per-day tally counters still equal a recount from the records.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import select, text

from checkpoint import audit, daycounts
from checkpoint.ledger import open_ledger
from checkpoint.models import Crossing, CrossingRevision, Household
from tests.checkpoint.durability_writer import run_forked
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, copy_database

KILLS = 18
MAX_EXTRA_MS = 400
FIRST_LINE_DEADLINE_S = 30.0
SEED = 20250401

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32",
                       reason="needs SIGKILL, which Windows does not have"),
]


@dataclass
class Promises:
    """What the writers reported as saved: the least each record must now show."""

    revisions: dict[str, int] = field(default_factory=dict)
    voided: set[str] = field(default_factory=set)
    households: int = 0

    def take(self, line: str) -> None:
        """Read one complete line a writer printed after a call returned."""
        words = line.split()
        if words[0] in ("corrected", "voided"):
            uuid, revision = words[1], int(words[2])
            self.revisions[uuid] = max(self.revisions.get(uuid, 1), revision)
            if words[0] == "voided":
                self.voided.add(uuid)
        else:
            self.households += 1
            for uuid in words:
                self.revisions.setdefault(uuid, 1)


# Writers are forked from a server that has imported the writer (and the core) once, instead of
# a new interpreter importing them for a second each run. (Best effort: run from elsewhere than
# the repository's root, the server cannot import it and each writer imports it itself.)
_WRITERS = multiprocessing.get_context("forkserver")
_WRITERS.set_forkserver_preload(["tests.checkpoint.durability_writer"])


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    """Hand each line the writer prints to the test as it arrives; None at end of output."""
    for line in iter(stream.readline, ""):
        lines.put(line)
    lines.put(None)


def _run_and_kill(db: Path, seed: int, pause_s: float, log: Path) -> list[str]:
    """Start a writer, wait for its first saved change, wait ``pause_s`` more, SIGKILL it.

    Returns every complete line it printed; its stderr goes to ``log``.
    """
    ours, theirs = socket.socketpair()
    writer = _WRITERS.Process(target=run_forked, args=(db, "lead", PASSWORDS["lead"], seed,
                                                        theirs, log))
    writer.start()
    theirs.close()  # the writer holds the only other end: its death ends our reading
    stream = ours.makefile("r", encoding="utf-8")
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(stream, lines), daemon=True)
    reader.start()
    try:
        try:
            first = lines.get(timeout=FIRST_LINE_DEADLINE_S)
        except queue.Empty:
            first = None
        if first is not None:
            time.sleep(pause_s)  # the random moment of the power cut
        writer.kill()  # SIGKILL
    finally:
        if writer.is_alive():
            writer.kill()
        writer.join(timeout=10)
        reader.join(timeout=10)
        stream.close()
        ours.close()
    if first is None:
        pytest.fail(f"the writer (seed {seed}) saved nothing within {FIRST_LINE_DEADLINE_S} s;"
                    f" exit {writer.exitcode}:\n{log.read_text(encoding='utf-8')}")
    received = [first]
    while (line := lines.get(timeout=10)) is not None:
        received.append(line)
    assert writer.exitcode == -signal.SIGKILL, (
        f"the writer (seed {seed}) stopped by itself with {writer.exitcode}:\n"
        f"{log.read_text(encoding='utf-8')}")
    # A line cut off by the kill was never fully reported, so it promised nothing.
    return [line for line in received if line.endswith("\n")]


@pytest.fixture
def ledger_file(tmp_path: Path, site_template: Path) -> Path:
    """A database of this test's own with a shift lead who can record, correct and void."""
    db = tmp_path / "durable.db"
    copy_database(site_template, db)
    return db


def test_every_reported_save_survives_sigkill(ledger_file: Path) -> None:
    """After repeated SIGKILLs mid-work the database is whole and keeps every reported save."""
    rng = random.Random(SEED)
    promises = Promises()
    for _ in range(KILLS):
        seed = rng.randrange(2**31)
        lines = _run_and_kill(ledger_file, seed, rng.uniform(0, MAX_EXTRA_MS / 1000),
                              ledger_file.with_name(f"writer-{seed}.log"))
        for line in lines:
            promises.take(line)
    assert promises.households >= KILLS, "every run reported at least one saved household"

    ledger = open_ledger(ledger_file, "admin", ADMIN_PASSWORD)
    try:
        with ledger.reading() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            checked, broken = audit.verify(session)
            assert broken is None, f"audit chain broken: {broken}"
            assert checked > KILLS  # at least one sign-in and one save per run

            stored = {c.uuid: c for c in session.execute(select(Crossing)).scalars()}
            missing = sorted(set(promises.revisions) - set(stored))
            assert not missing, f"{len(missing)} reported saves are gone, e.g. {missing[:3]}"
            behind = {u: (stored[u].revision, r) for u, r in promises.revisions.items()
                      if stored[u].revision < r}
            assert not behind, f"records older than reported (stored, reported): {behind}"
            not_void = sorted(u for u in promises.voided if not stored[u].voided)
            assert not not_void, f"reported voids are not void: {not_void}"

            # All or nothing per change: every revision a record has got its history row.
            history: dict[str, set[int]] = {}
            for uuid, revision in session.execute(
                    select(CrossingRevision.crossing_uuid, CrossingRevision.revision)):
                history.setdefault(uuid, set()).add(revision)
            gaps = {u: c.revision for u, c in stored.items()
                    if history.get(u) != set(range(1, c.revision + 1))}
            assert not gaps, f"records whose revision history is incomplete: {gaps}"

            # Household membership kept in step with the records.
            live: dict[str, int] = {}
            for crossing in stored.values():
                live[crossing.household_uuid] = (live.get(crossing.household_uuid, 0)
                                                 + (not crossing.voided))
            households = {h.uuid: h.live_members
                          for h in session.execute(select(Household)).scalars()}
            assert households == live

            days = [c.local_day for c in stored.values()]
            first, last = min(days), max(days)
            assert isinstance(first, date)
            counted = daycounts.read_counts(session, first, last)
            assert counted == daycounts.recount(session, first, last)
            assert counted[("total", "")] == sum(not c.voided for c in stored.values())
    finally:
        ledger.close()
