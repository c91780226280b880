"""retention: when a crossing's or a complaint's personal fields were purged

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("crossing", sa.Column("purged_at", sa.DateTime(), nullable=True))
    op.add_column("complaint", sa.Column("purged_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("complaint") as batch:
        batch.drop_column("purged_at")
    with op.batch_alter_table("crossing") as batch:
        batch.drop_column("purged_at")
