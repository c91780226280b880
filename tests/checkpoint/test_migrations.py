"""Databases made at every schema revision open in this build, upgraded, with nothing lost.

``data/`` keeps one database per revision (``data/make_old_database.py`` writes one at any
revision); a new migration needs only its database added there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import SQLModel

from checkpoint import audit, daycounts
from checkpoint.database import alembic_config, head_revision
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import open_ledger
from checkpoint.migrations.new import database_at_head
from checkpoint.records import get_crossing
from checkpoint.tally import tally
from tests.support.sites import copy_database

DATA = Path(__file__).with_name("data")
OLD_DATABASES = sorted(DATA.glob("schema-*.db"))
PASSWORD = "old-build-pass"  # as written by data/make_old_database.py


def test_there_is_a_database_for_every_schema_revision() -> None:
    revisions = {script.revision
                 for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    assert {path.stem.removeprefix("schema-") for path in OLD_DATABASES} == revisions


@pytest.mark.parametrize("old", OLD_DATABASES, ids=lambda p: p.stem)
def test_old_database_opens_upgraded_with_its_records_and_users(old: Path,
                                                                tmp_path: Path) -> None:
    copy = tmp_path / old.name
    copy_database(old, copy)
    holders = set(KeySlots.load(keyfile_path(copy)).slots)
    ledger = open_ledger(copy, "admin", PASSWORD)
    with ledger.reading() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            head_revision()
        checked, broken = audit.verify(session)
        crossings = session.execute(text("SELECT count(*) FROM crossing")).scalar()
        users = dict(session.execute(text("SELECT username, role FROM user WHERE active")).all())
    assert broken is None and checked > 0
    assert crossings == 4  # the voided one is kept
    assert set(users) == holders and users["admin"] == "it_admin"
    result = tally(ledger, date(2025, 4, 1))
    assert (result["total"], result["households"]) == (3, 1)
    assert result["by_document_type"] == {"none": 2, "por": 1}
    ledger.close()


def test_old_households_keep_the_order_their_people_were_entered(tmp_path: Path) -> None:
    old = DATA / "schema-0001.db"
    copy = tmp_path / old.name
    copy_database(old, copy)
    ledger = open_ledger(copy, "admin", PASSWORD)
    with ledger.reading() as session:
        rows = session.execute(text(
            "SELECT full_name, household_position FROM crossing WHERE household_uuid = "
            "(SELECT household_uuid FROM crossing WHERE full_name = 'Gul Agha')"
            " ORDER BY household_position")).all()
    ledger.close()
    # As data/make_old_database.py entered them, whatever their UUIDs.
    assert [tuple(row) for row in rows] == [("Gul Agha", 0), ("Zarghona", 1), ("Samiullah", 2)]


def test_an_old_databases_breakdowns_add_up_to_the_total_after_upgrading(
        tmp_path: Path) -> None:
    old = DATA / "schema-0001.db"  # its three people were recorded without a return type
    copy = tmp_path / old.name
    copy_database(old, copy)
    ledger = open_ledger(copy, "admin", PASSWORD)
    result = tally(ledger, date(2025, 4, 1))
    with ledger.reading() as session:
        counted = daycounts.read_counts(session, date(2025, 4, 1), date(2025, 4, 1))
        recounted = daycounts.recount(session, date(2025, 4, 1), date(2025, 4, 1))
    ledger.close()

    assert result["by_return_type"] == {"unknown": 3}
    for key in ("by_origin_province", "by_sex", "by_age_band", "by_return_type"):
        assert sum(result[key].values()) == result["total"], key
    assert counted == recounted


def test_old_voids_keep_their_reason_in_the_history(tmp_path: Path) -> None:
    old = DATA / "schema-0001.db"
    copy = tmp_path / old.name
    copy_database(old, copy)
    ledger = open_ledger(copy, "admin", PASSWORD)
    with ledger.reading() as session:
        voided = session.execute(text(
            "SELECT crossing_uuid FROM crossing_revision WHERE action = 'void'")).scalar_one()
    history = get_crossing(ledger, voided).entries
    ledger.close()
    # Revisions made before reasons were kept with them: the void's reason comes from its record.
    assert [(entry.action, entry.reason) for entry in history] == [("create", ""),
                                                                   ("void", "typed twice")]


def test_the_migrations_build_exactly_the_models() -> None:
    # What `python -m checkpoint.migrations.new` would write today: nothing.
    with database_at_head() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
