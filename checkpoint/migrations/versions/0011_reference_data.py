"""reference data: HQ's cancelled cards and documents recorded departing, checked offline

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # WITHOUT ROWID: each row lives in its primary key's b-tree, so a lookup is one descent
    # and a million rows cost no second copy of their key (checkpoint.models).
    op.create_table(
        "reference_card",
        sa.Column("document_type", sa.String(length=16), nullable=False),
        sa.Column("number_key", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("document_type", "number_key"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "reference_departure",
        sa.Column("digest", sa.LargeBinary(length=8), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("digest", "checkpoint", "day"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_reference_departure_day", "reference_departure", ["day"])


def downgrade() -> None:
    op.drop_index("ix_reference_departure_day", table_name="reference_departure")
    op.drop_table("reference_departure")
    op.drop_table("reference_card")
    op.execute("DELETE FROM setting WHERE key LIKE 'reference.%' "
               "OR key = 'reference_stale_days'")
