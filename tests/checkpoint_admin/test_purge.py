"""``checkpoint-admin purge [--older-than DAYS] [--json]`` as a script sees it (DESIGN §7):
the installed command run as a real process on a device that synced with the real HQ."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkpoint.entries import PersonEntry
from checkpoint.ledger import Ledger
from checkpoint.records import record_household
from checkpoint.users import add_user
from tests.checkpoint_admin.test_cli import Outcome, run_process
from tests.support.controlroom import ControlRoom
from tests.support.devices import PASSWORD, enrolled, until_done

CLERK_PASSWORD = "clerk-pass-1"


@pytest.fixture
def synced_db(device: Ledger, tmp_path: Path) -> Iterator[Path]:
    """A device whose 60 old crossings HQ holds, one old crossing it does not, and a clerk."""
    with ControlRoom(f"sqlite:///{tmp_path / 'hq.db'}") as hq:
        until_done(enrolled(device, hq))
    record_household(device, [PersonEntry(full_name="Not Yet Sent", sex="M",
                                          origin_province="PK-KP", age_years=30)],
                     crossed_at=datetime(2025, 4, 2, 9, tzinfo=UTC))
    add_user(device, "clerk", "clerk", CLERK_PASSWORD, must_change_password=False)
    device.close()
    yield device.path


def _purge(db: Path, *options: str, user: str = "admin", password: str = PASSWORD) -> Outcome:
    return run_process("purge", *options, env={"CHECKPOINT_DB": str(db),
                                               "CHECKPOINT_USER": user,
                                               "CHECKPOINT_PASSWORD": password})


def test_purge_json_prints_exactly_the_counts(synced_db: Path) -> None:
    outcome = _purge(synced_db, "--json")
    assert outcome.status == 0, outcome
    assert json.loads(outcome.out) == {"purged": 60, "kept_unsynced": 1}
    assert list(json.loads(outcome.out)) == ["purged", "kept_unsynced"]
    again = _purge(synced_db, "--json")  # what was purged stays purged; nothing to do
    assert json.loads(again.out) == {"purged": 0, "kept_unsynced": 1}


def test_purge_says_what_it_did_in_one_sentence(synced_db: Path) -> None:
    outcome = _purge(synced_db, "--older-than", "400")
    assert outcome.status == 0, outcome
    assert outcome.out.strip() == (
        "Purged the personal details of 60 records older than 400 days that the control room "
        "holds; 1 older records not yet synced were kept.")


def test_purge_refuses_a_clerk_and_a_negative_age_in_one_sentence(synced_db: Path) -> None:
    for outcome in (_purge(synced_db, user="clerk", password=CLERK_PASSWORD),
                    _purge(synced_db, "--older-than", "-1")):
        assert outcome.status == 1 and outcome.out == ""
        assert "Traceback" not in outcome.err and len(outcome.err.strip().splitlines()) == 1
    assert "clerk may not" in _purge(synced_db, user="clerk",
                                         password=CLERK_PASSWORD).err
    refused = _purge(synced_db, "--older-than", "-1").err
    # The sentence names the option's days already: the field is not repeated after it.
    assert "from 0 to 3650" in refused and "(older_than_days)" not in refused
    assert json.loads(_purge(synced_db, "--json").out)["purged"] == 60  # nothing was purged
