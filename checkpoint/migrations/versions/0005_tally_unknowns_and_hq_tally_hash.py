"""tally unknowns: every single-valued breakdown sums to the total; HQ's close-out hash verdict

Before this revision a crossing without a return type added no ``return_type`` counter, so the
return-type breakdown did not add up to the total (DESIGN §7). The missing counts are filled in
as ``unknown`` for every single-valued breakdown, day by day: total minus what the day's
breakdown already counts. ``day_closeout.hq_tally_hash_matches`` keeps HQ's verdict on a
close-out's tally hash.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported: a migration states the rule as it was when it was written.
SINGLE_VALUED = ("origin_province", "sex", "age_band", "return_type")


def upgrade() -> None:
    with op.batch_alter_table("day_closeout") as batch:
        batch.add_column(sa.Column("hq_tally_hash_matches", sa.Boolean(), nullable=True))
    for dimension in SINGLE_VALUED:
        op.execute(sa.text("""
            INSERT INTO day_count (day, dimension, value, n)
            SELECT total.day, :dimension, 'unknown',
                   total.n - COALESCE((SELECT SUM(part.n) FROM day_count AS part
                                       WHERE part.day = total.day
                                         AND part.dimension = :dimension), 0)
            FROM day_count AS total
            WHERE total.dimension = 'total' AND total.value = ''
              AND total.n > COALESCE((SELECT SUM(part.n) FROM day_count AS part
                                      WHERE part.day = total.day
                                        AND part.dimension = :dimension), 0)
            ON CONFLICT (day, dimension, value) DO UPDATE SET n = n + excluded.n
            """).bindparams(dimension=dimension))


def downgrade() -> None:
    # The unknown counts stay: they were true before this revision too, only not written.
    with op.batch_alter_table("day_closeout") as batch:
        batch.drop_column("hq_tally_hash_matches")
