"""picture: the tally summed per checkpoint and day, households' first days, late amendments

The national picture reads a month of the tally at national scale (millions of crossings) in
well under a second only if it does not sum a row per crossing and key: ``hq_day_tally`` holds
``hq_crossing_count`` summed per checkpoint, day and key, and ``hq_household`` each household's
first day and whether anyone in it is not voided (what the tally's household count reads).
Ingest keeps both in step from now on; here they are filled from what HQ holds.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hq_day_tally",
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("dimension", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("local_day", "checkpoint", "dimension", "value"))
    op.execute(sa.text(
        "INSERT INTO hq_day_tally (local_day, checkpoint, dimension, value, n) "
        "SELECT local_day, checkpoint, dimension, value, sum(n) FROM hq_crossing_count "
        "GROUP BY local_day, checkpoint, dimension, value"))
    op.create_table(
        "hq_household",
        sa.Column("household_uuid", sa.String(length=36), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("living", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("household_uuid"))
    living = ("bool_or(NOT voided)" if op.get_bind().dialect.name == "postgresql"
              else "max(voided = 0)")
    op.execute(sa.text(
        "INSERT INTO hq_household (household_uuid, first_day, living) "
        f"SELECT household_uuid, min(local_day), {living} FROM hq_crossing "
        "GROUP BY household_uuid"))
    op.create_index("ix_hq_household_first_day", "hq_household", ["first_day"])
    op.create_index("ix_hq_crossing_late_day", "hq_crossing", ["late", "local_day", "checkpoint"])


def downgrade() -> None:
    op.drop_index("ix_hq_crossing_late_day", table_name="hq_crossing")
    op.drop_index("ix_hq_household_first_day", table_name="hq_household")
    op.drop_table("hq_household")
    op.drop_table("hq_day_tally")
