"""The core on a full disk (issue 9 item 13): a save that finds no room raises one typed error
(``DiskFull``), is rolled back whole, and works once there is room; what was stored stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from checkpoint.audit import verify
from checkpoint.entries import PersonEntry
from checkpoint.errors import DiskFull
from checkpoint.ledger import open_ledger
from checkpoint.models import Crossing
from checkpoint.records import record_household
from contract.errors import ErrorCode
from tests.support.sites import PASSWORDS, copy_database
from tests.support.small_disk import SmallDisk

HOUSEHOLD = [PersonEntry(full_name=f"Disk Person {n}", sex="F", origin_province="PK-KP",
                         age_years=30 + n, remarks="a remark long enough to need a page " * 8)
             for n in range(12)]


def test_saving_a_household_on_a_full_disk_is_rolled_back_and_the_retry_saves_it(
        small_disk: SmallDisk, site_template: Path) -> None:
    db = small_disk.path / "checkpoint.db"
    copy_database(site_template, db)
    clerk = open_ledger(db, "clerk", PASSWORDS["clerk"])
    try:
        small_disk.fill()
        with pytest.raises(DiskFull) as refused:
            record_household(clerk, HOUSEHOLD)
        assert refused.value.code == ErrorCode.DISK_FULL
        assert str(refused.value) == ("The disk is full: nothing was saved. Free some space "
                                      "and try again.")
        with clerk.reading() as session:
            assert session.execute(select(func.count()).select_from(Crossing)).scalar_one() == 0
            assert verify(session)[1] is None

        small_disk.free()
        saved = record_household(clerk, HOUSEHOLD)
        with clerk.reading() as session:
            assert session.execute(select(func.count()).select_from(Crossing)).scalar_one() \
                == len(saved) == len(HOUSEHOLD)
            assert verify(session)[1] is None
    finally:
        clerk.close()
