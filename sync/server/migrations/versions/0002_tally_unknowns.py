"""tally unknowns: every single-valued breakdown sums to the total

Before this revision a crossing without a return type kept no ``return_type`` key, so the
national return-type breakdown did not add up to the total (DESIGN §7). Each counted crossing
missing a key of a single-valued breakdown gets it as ``unknown``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 09:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported: a migration states the rule as it was when it was written.
SINGLE_VALUED = ("origin_province", "sex", "age_band", "return_type")


def upgrade() -> None:
    for dimension in SINGLE_VALUED:
        op.execute(sa.text("""
            INSERT INTO hq_crossing_count (crossing_uuid, dimension, value, checkpoint,
                                           local_day, n)
            SELECT total.crossing_uuid, :dimension, 'unknown', total.checkpoint,
                   total.local_day, 1
            FROM hq_crossing_count AS total
            WHERE total.dimension = 'total'
              AND NOT EXISTS (SELECT 1 FROM hq_crossing_count AS part
                              WHERE part.crossing_uuid = total.crossing_uuid
                                AND part.dimension = :dimension)
            """).bindparams(dimension=dimension))


def downgrade() -> None:
    # The unknown keys stay: they were true before this revision too, only not written.
    pass
