"""A clerk's desk that never stops recording, for ``test_durability`` to kill at random moments.

Run as ``python durability_writer.py DB USER SEED`` with the password in env
``CHECKPOINT_PASSWORD``; the user must be a shift lead, so correcting and voiding are allowed.
It records households of 1-6 people one transaction at a time and, only after a call has
returned (that is, after its commit), prints one line and flushes:

* ``UUID UUID ...``: a household was recorded;
* ``corrected UUID REV``: one of this run's records was corrected to revision REV;
* ``voided UUID REV``: one of this run's records was voided at revision REV.

Every line printed is therefore a promise that the change is durable ("saved means durable",
DESIGN §2.2); the test holds the database to every promise after SIGKILL.

The test starts it with ``run_forked`` from a fork server that has already imported this
module, so each run is a process of its own that costs its sign-in, not a second of imports.
"""

from __future__ import annotations

import os
import random
import socket
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, record_household, void_crossing

# Crossings fall on these checkpoint days, so counters of several days are exercised.
FIRST_DAY = date(2025, 4, 1)
DAYS = 5
PROVINCES = ("PK-KP", "PK-PB", "PK-IS", "PK-SD", "PK-BA", "PK-JK", "PK-GB")
DOCUMENT_TYPES = ("por", "acc", "passport", "tazkira", "visa", "other")
RESULTS = ("verified", "expired", "mismatch", "suspected_forgery", "unreadable", "not_presented")
RETURN_TYPES = ("voluntary", "deported", "assisted", None)
FLAGS = ("disability", "serious_medical_condition", "pregnant_or_lactating",
         "older_person_at_risk")
NAMES = ("Gul Agha", "Zarghona", "Habibullah", "Palwasha", "Mirwais", "Storai", "Wali Jan")
# How often (in households) a correction or a void of an earlier record happens.
AMEND_EVERY = 3


def _moment(rng: random.Random) -> datetime:
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    # 04:00-16:00 UTC is inside the same Asia/Karachi day (UTC+5).
    return datetime(day.year, day.month, day.day, 4, tzinfo=UTC) + timedelta(
        minutes=rng.randrange(12 * 60))


def _documents(rng: random.Random) -> tuple[DocumentEntry, ...]:
    return tuple(DocumentEntry(rng.choice(DOCUMENT_TYPES), f"N{rng.randrange(10**7)}", "AFG",
                               result=rng.choice((*RESULTS, None)))
                 for _ in range(rng.choice((0, 0, 1, 1, 2))))


def _person(rng: random.Random, origin: str, return_type: str | None) -> PersonEntry:
    known_age = rng.random() < 0.8
    return PersonEntry(
        full_name=f"{rng.choice(NAMES)} {rng.randrange(10**6)}", sex=rng.choice("MF"),
        origin_province=origin, father_name=rng.choice(NAMES),
        age_years=rng.randrange(0, 95) if known_age else None, return_type=return_type,
        vulnerabilities=tuple(rng.sample(FLAGS, rng.choice((0, 0, 0, 1, 2)))),
        documents=_documents(rng))


def _amend(ledger: Ledger, rng: random.Random, live: list[str]) -> str:
    """Correct or void one of this run's live records; the line to print once it returned."""
    target = rng.choice(live)
    if rng.random() < 0.35:
        revision = void_crossing(ledger, target, "entered twice")
        live.remove(target)
        return f"voided {target} {revision}"
    changes: dict[str, object] = {
        "origin_province": rng.choice(PROVINCES), "age_years": rng.randrange(0, 95),
        "documents": _documents(rng), "vulnerabilities": tuple(rng.sample(FLAGS, 1)),
        "remarks": f"checked again {rng.randrange(10**6)}"}
    chosen = dict(rng.sample(sorted(changes.items()), rng.randint(1, 3)))
    # Sometimes the correction moves the crossing to another day (counters move across days).
    moved_to = _moment(rng) if rng.random() < 0.3 else None
    revision = correct_crossing(ledger, target, chosen, reason="durability",
                                crossed_at=moved_to)
    return f"corrected {target} {revision}"


def main(argv: list[str]) -> int:
    """Record, correct and void until killed."""
    db_path, username, seed = Path(argv[1]), argv[2], int(argv[3])
    rng = random.Random(seed)
    ledger = open_ledger(db_path, username, os.environ["CHECKPOINT_PASSWORD"])
    live: list[str] = []
    households = 0
    while True:
        people = [_person(rng, rng.choice(PROVINCES), rng.choice(RETURN_TYPES))
                  for _ in range(rng.randint(1, 6))]
        uuids = record_household(ledger, people, crossed_at=_moment(rng))
        print(" ".join(uuids), flush=True)
        live += uuids
        households += 1
        if households % AMEND_EVERY == 0:
            print(_amend(ledger, rng, live), flush=True)


def run_forked(db_path: Path, username: str, password: str, seed: int,
               out: socket.socket, log: Path) -> None:
    """``main`` in a forked process: stdout is ``out``, stderr is ``log``."""
    os.dup2(out.fileno(), sys.stdout.fileno())
    out.close()
    with log.open("w", encoding="utf-8") as errors:
        os.dup2(errors.fileno(), sys.stderr.fileno())
    os.environ["CHECKPOINT_PASSWORD"] = password
    sys.exit(main(["durability_writer.py", str(db_path), username, str(seed)]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
