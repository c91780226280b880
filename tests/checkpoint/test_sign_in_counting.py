"""Sign-in attempts are counted before they are tried (issue 9, item 12), and a user is never
added without a key slot (item 13): parallel guesses cannot slip past the wait, a full disk
refuses an attempt it cannot count, and a user add that fails on a full disk leaves nothing
behind and can be retried once there is space."""

from __future__ import annotations

import errno
import os
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from checkpoint import keyslots
from checkpoint.errors import CheckpointError, LoginNotCounted, LoginThrottled, WrongPassword
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.users import add_user, list_users, set_full_name
from contract.errors import ErrorCode
from tests.support.sites import PASSWORDS, copy_database

PARALLEL = keyslots.FREE_ATTEMPTS + 5


def test_parallel_wrong_passwords_are_all_counted_and_the_wait_applies_to_them(
        staff: dict[str, Ledger], db_path: Path) -> None:
    start = threading.Barrier(PARALLEL)
    outcomes: list[str] = []

    def guess() -> None:
        slots = KeySlots.load(keyfile_path(db_path))
        start.wait()
        try:
            slots.open_slot("clerk", "a-wrong-guess")
        except (WrongPassword, LoginThrottled) as error:
            outcomes.append(type(error).__name__)

    threads = [threading.Thread(target=guess) for _ in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # Only the free attempts were tried; every other one had to wait.
    assert sorted(outcomes) == ["LoginThrottled"] * (PARALLEL - keyslots.FREE_ATTEMPTS) + \
        ["WrongPassword"] * keyslots.FREE_ATTEMPTS
    assert KeySlots.load(keyfile_path(db_path)).failures["clerk"]["count"] == \
        keyslots.FREE_ATTEMPTS
    with pytest.raises(LoginThrottled):
        open_ledger(db_path, "clerk", PASSWORDS["clerk"])


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A small file system of its own (tmpfs), to be filled up."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system to fill needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte; the filler's path (remove it to free the space)."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def test_a_sign_in_that_cannot_be_counted_is_not_tried(small_disk: Path,
                                                       site_template: Path) -> None:
    db = small_disk / "checkpoint.db"
    copy_database(site_template, db)
    fill(small_disk)

    with pytest.raises(LoginNotCounted) as refused:
        open_ledger(db, "clerk", PASSWORDS["clerk"])  # even the right password
    assert refused.value.code == ErrorCode.SIGN_IN_NOT_COUNTED
    assert "could not be counted" in str(refused.value)


def test_a_user_add_on_a_full_disk_leaves_no_half_user_and_can_be_retried(
        small_disk: Path, site_template: Path) -> None:
    db = small_disk / "checkpoint.db"
    copy_database(site_template, db)
    admin = open_ledger(db, "admin", PASSWORDS["admin"])
    try:
        # Grow the WAL, then start it over: the database's next commit fits in space it
        # already holds, while the key file needs new space (how the issue met it).
        for n in range(30):
            set_full_name(admin, "lead", f"Lead {n}")
        with admin.reading() as session:
            session.execute(text("PRAGMA wal_checkpoint(RESTART)"))
        filler = fill(small_disk)

        with pytest.raises((OSError, CheckpointError)):
            add_user(admin, "newclerk", "clerk", "first-pass-9")
        assert "newclerk" not in {user.username for user in list_users(admin)}
        assert not KeySlots.load(keyfile_path(db)).has_slot("newclerk")

        filler.unlink()
        add_user(admin, "newclerk", "clerk", "first-pass-9")
    finally:
        admin.close()
    newcomer = open_ledger(db, "newclerk", "first-pass-9")
    assert newcomer.must_change_password
    newcomer.close()
