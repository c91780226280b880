"""console indexes: a month's households counted from an index alone

The national picture counts the households whose first day falls in the range and who are
living; with ``living`` in the first-day index that count never reads the table (measured by
``python -m bench --only console``: 120 ms -> 6 ms for a month at 5,000,000 crossings).

Revision ID: 0009
Revises: 0011 (it came after the devices' 0011 was merged; the number is the one it was given)
Create Date: 2026-12-07 16:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_hq_household_first_day_living", "hq_household", ["first_day", "living"])
    op.drop_index("ix_hq_household_first_day", table_name="hq_household")


def downgrade() -> None:
    op.create_index("ix_hq_household_first_day", "hq_household", ["first_day"])
    op.drop_index("ix_hq_household_first_day_living", table_name="hq_household")
