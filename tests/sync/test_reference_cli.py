"""``controlroom policy`` and ``controlroom card`` as real processes (DESIGN §7), on the
database of a running HQ: what they set reaches a device in its next ``updates``; bad input
is one sentence and exit 1 (2 for usage), never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.controlroom import ControlRoom
from tests.sync.reference_mirror import Mirror


def _controlroom(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync.server.cli", *args],
                          env={**os.environ, "CONTROLROOM_DB": db}, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def _refused(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert done.returncode == code, done
    assert "Traceback" not in done.stderr
    return done.stderr.strip().splitlines()[-1]


def test_policy_set_and_list_and_their_refusals(controlroom: ControlRoom) -> None:
    db = controlroom.db_url

    done = _controlroom("policy", "set", "POR_valid_until", "2025-06-30", "--from",
                        "2025-04-01", "--note", "Notification 12", db=db)
    listed = _controlroom("policy", "list", "--json", db=db)
    table = _controlroom("policy", "list", db=db)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "From 2025-04-01, Proof of Registration cards (PoR) valid until 2025-06-30; every desk "
        "gets it at its next sync.")
    assert [{k: v for k, v in row.items() if k != "set_at"}
            for row in json.loads(listed.stdout)] == [
        {"key": "por_valid_until", "value": "2025-06-30", "effective_from": "2025-04-01",
         "note": "Notification 12", "set_by": "(operator)"}]
    assert "por_valid_until  2025-06-30  2025-04-01" in table.stdout
    assert _refused(_controlroom("policy", "set", "ration_valid_until", "2025-06-30",
                                 "--from", "2025-04-01", db=db)) == (
        "controlroom: 'ration_valid_until' is not a policy key; use one of por_valid_until, "
        "acc_valid_until, passport_valid_until, tazkira_valid_until, visa_valid_until, "
        "other_valid_until.")
    assert _refused(_controlroom("policy", "set", "por_valid_until", "30/06/2025", "--from",
                                 "2025-04-01", db=db), code=2).endswith(
        "argument DATE: '30/06/2025' is not a date (YYYY-MM-DD)")


def test_card_cancel_and_lift_reach_a_device_and_say_what_is_wrong(
        controlroom: ControlRoom) -> None:
    db, device, desk = controlroom.db_url, controlroom.enroll(), Mirror()
    _controlroom("policy", "set", "acc_valid_until", "2025-03-31", "--from", "2025-01-01", db=db)
    desk.sync(controlroom, device)

    cancelled = _controlroom("card", "cancel", "--type", "PoR", "--number", "ab-12 345",
                             "--reason", "lost", "--since", "2025-03-01", db=db)
    desk.sync(controlroom, device)
    listed = dict(desk.cards)
    lifted = _controlroom("card", "lift", "--type", "por", "--number", "AB12345", db=db)
    desk.sync(controlroom, device)

    assert cancelled.stdout.strip() == (
        "The PoR card AB12345 is on the cancelled list (reported lost) since 2025-03-01; "
        "every desk gets it at its next sync.")
    assert listed == {("por", "AB12345"): ("reported_lost", "2025-03-01")}
    assert lifted.returncode == 0 and desk.cards == {}
    assert _refused(_controlroom("card", "lift", "--type", "por", "--number", "AB12345",
                                 db=db)) == (
        "controlroom: No PoR card with that number is on the cancelled list.")
    assert _refused(_controlroom("card", "cancel", "--type", "ration card", "--number", "1",
                                 db=db)) == (
        "controlroom: 'ration card' is not a card's document type: use one of PoR, ACC, "
        "passport, Tazkira, visa, other.")
    assert _refused(_controlroom("card", "cancel", "--type", "por", "--number", "--- /",
                                 db=db)) == "controlroom: Give the card's number."
    assert _refused(_controlroom("card", "cancel", "--type", "por", db=db), code=2).endswith(
        "the following arguments are required: --number")


def test_card_import_lists_a_file_once_and_rejects_its_bad_rows_by_line(
        controlroom: ControlRoom, tmp_path: Path) -> None:
    db = controlroom.db_url
    cards = tmp_path / "cancelled.csv"
    cards.write_text("\ufeffdocument_type,number,reason,since\n"
                     "Tazkira,1400-0101-12345,deceased,2025-02-01\n"
                     "acc,,,\n"
                     "por,PK1,fish,\n"
                     "por,PK2,custody,01/03/2025\n", encoding="utf-8")

    first = _controlroom("card", "import", str(cards), "--json", db=db)
    second = _controlroom("card", "import", str(cards), db=db)

    assert json.loads(first.stdout) == {"accepted": 2, "already_listed": 0, "rejected": [
        {"line": 3, "reason": "Give the card's number."},
        {"line": 4, "reason": "unknown card reason 'fish'; expected one of: Cancelled by the "
                              "issuing authority, Reported lost, Reported stolen, Taken into "
                              "custody, Holder deceased, Replaced by a new card."}]}
    assert second.stdout.splitlines()[0] == ("Listed 0 cards; 2 were already listed; "
                                             "2 rows rejected.")
    assert second.stdout.splitlines()[1] == "  line 3: Give the card's number."
    assert _refused(_controlroom("card", "import", str(tmp_path / "nowhere.csv"), db=db)) == (
        f"controlroom: cannot read {tmp_path / 'nowhere.csv'}: no such readable file")
