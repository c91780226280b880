"""console indexes: a month's households counted from an index alone

The national picture counts the households whose first day falls in the range and who are
living; with ``living`` in the first-day index that count never reads the table (measured by
``python -m bench --only console``: 120 ms -> 6 ms for a month at 5,000,000 crossings). A
household is recorded at one checkpoint (by the one device that writes its crossings), kept in
``hq_household.checkpoint``, so one checkpoint's households are counted the same way instead of
through every crossing of that checkpoint in the range (120-190 ms for Torkham's month).

Revision ID: 0009
Revises: 0011 (it came after the devices' 0011 was merged; the number is the one it was given)
Create Date: 2026-12-07 16:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_hq_household_first_day_living", "hq_household", ["first_day", "living"])
    op.drop_index("ix_hq_household_first_day", table_name="hq_household")
    with op.batch_alter_table("hq_household") as household:
        household.add_column(sa.Column("checkpoint", sa.String(length=32), nullable=False,
                                       server_default=""))
    op.execute(sa.text(
        "UPDATE hq_household SET checkpoint = (SELECT min(c.checkpoint) FROM hq_crossing c "
        "WHERE c.household_uuid = hq_household.household_uuid)"))
    op.create_index("ix_hq_household_checkpoint_first_day_living", "hq_household",
                    ["checkpoint", "first_day", "living"])


def downgrade() -> None:
    op.drop_index("ix_hq_household_checkpoint_first_day_living", table_name="hq_household")
    with op.batch_alter_table("hq_household") as household:
        household.drop_column("checkpoint")
    op.create_index("ix_hq_household_first_day", "hq_household", ["first_day"])
    op.drop_index("ix_hq_household_first_day_living", table_name="hq_household")
