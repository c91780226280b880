"""record owner: one writer per record, and codes that re-enroll one device

Each current record (crossing, complaint, close-out) keeps the device that created it; HQ takes
its revisions from that device only. An enrollment code may name the one device id it
re-enrolls (``controlroom enroll --device``).

Records held before this revision are given to the device that sent their lowest revision:
the creator, even where another laptop of the checkpoint later rewrote them. A current row with
no revision held (none is ever written so) gets no owner ('') and so takes no revision.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported: a migration states the tables as they were when it was written.
CURRENT = {"hq_crossing": "crossing", "hq_complaint": "complaint", "hq_closeout": "closeout"}


def upgrade() -> None:
    with op.batch_alter_table("hq_enrollment_code") as batch:
        batch.add_column(sa.Column("reenrolls_device_id", sa.String(length=36), nullable=True))
    for table, kind in CURRENT.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("owner_device_id", sa.String(length=36), nullable=True))
        op.execute(sa.text(f"""
            UPDATE {table} SET owner_device_id = COALESCE((
                SELECT first.device_id FROM hq_record_revision AS first
                WHERE first.kind = :kind AND first.uuid = {table}.uuid
                ORDER BY first.revision LIMIT 1), '')
            """).bindparams(kind=kind))
        with op.batch_alter_table(table) as batch:
            batch.alter_column("owner_device_id", existing_type=sa.String(length=36),
                               nullable=False)


def downgrade() -> None:
    for table in CURRENT:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("owner_device_id")
    with op.batch_alter_table("hq_enrollment_code") as batch:
        batch.drop_column("reenrolls_device_id")
