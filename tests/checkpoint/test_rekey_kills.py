"""A re-key killed at any moment leaves a database that opens (issue 9, item 6).

A real process disables and enables a user in a loop (every disable re-keys the database) and is
killed with SIGKILL at random moments; after each kill the other users still sign in, every
record is there, the audit chain holds, and the sign-in has finished any re-key left half done.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from checkpoint import audit
from checkpoint.demo import make_demo_data
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import open_ledger
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, copy_database

KILLS = 10
SEED = 20261207

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32",
                       reason="needs SIGKILL, which Windows does not have"),
]

DISABLER = """
import sys
from pathlib import Path
from checkpoint.ledger import open_ledger
from checkpoint.users import disable_user, enable_user
admin = open_ledger(Path(sys.argv[1]), "admin", sys.argv[2])
print("ready", flush=True)
while True:
    disable_user(admin, "clerk2")
    enable_user(admin, "clerk2", "temporary-pass-1")
"""


def test_a_re_key_killed_at_any_moment_leaves_a_database_that_opens(
        site_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "checkpoint.db"
    copy_database(site_template, db)
    admin = open_ledger(db, "admin", ADMIN_PASSWORD)
    make_demo_data(admin, date(2025, 4, 1), 2, 40)
    admin.close()
    chance = random.Random(SEED)

    for _ in range(KILLS):
        disabler = subprocess.Popen([sys.executable, "-c", DISABLER, str(db), ADMIN_PASSWORD],
                                    stdout=subprocess.PIPE, text=True)
        try:
            assert disabler.stdout is not None
            assert disabler.stdout.readline().strip() == "ready"
            time.sleep(chance.uniform(0.0, 0.8))  # a random moment of the loop
        finally:
            os.kill(disabler.pid, signal.SIGKILL)
            disabler.wait()
            if disabler.stdout is not None:
                disabler.stdout.close()

        lead = open_ledger(db, "lead", PASSWORDS["lead"])
        with lead.reading() as session:
            assert session.execute(text("SELECT count(*) FROM crossing")).scalar_one() == 80
            assert audit.verify(session)[1] is None
        lead.close()
        assert not KeySlots.load(keyfile_path(db)).rekey_pending
