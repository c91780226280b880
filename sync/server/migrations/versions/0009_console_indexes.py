"""console at national scale: the national tally's per-day sums and households

A month's tally summed from ``hq_crossing_count`` reads millions of rows at national scale
(seconds); ingest now also keeps the sums per checkpoint and day (``hq_day_count``) and each
household's first day (``hq_household``), which the tally reads instead. Filled here from the
rows already held.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-07 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hq_day_count",
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("dimension", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("local_day", "checkpoint", "dimension", "value"),
    )
    op.create_table(
        "hq_household",
        sa.Column("household_uuid", sa.String(length=36), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("living", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("household_uuid"),
    )
    # The same rules as ``daycounts``: first day over every crossing (voided ones too),
    # living while anyone is not voided.
    op.execute(
        "INSERT INTO hq_household (household_uuid, checkpoint, first_day, living) "
        "SELECT household_uuid, min(checkpoint), min(local_day), "
        "max(CASE WHEN voided THEN 0 ELSE 1 END) = 1 FROM hq_crossing "
        "GROUP BY household_uuid")
    op.execute(
        "INSERT INTO hq_day_count (local_day, checkpoint, dimension, value, n) "
        "SELECT local_day, checkpoint, dimension, value, sum(n) FROM hq_crossing_count "
        "GROUP BY local_day, checkpoint, dimension, value")
    op.execute(
        "INSERT INTO hq_day_count (local_day, checkpoint, dimension, value, n) "
        "SELECT first_day, checkpoint, 'households', '', count(*) FROM hq_household "
        "WHERE living GROUP BY first_day, checkpoint")


def downgrade() -> None:
    op.drop_table("hq_household")
    op.drop_table("hq_day_count")
