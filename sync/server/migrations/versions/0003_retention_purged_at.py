"""retention: when a stored revision's or a complaint's personal fields were purged

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 12:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("hq_record_revision",
                  sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("hq_complaint",
                  sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_complaint") as batch:
        batch.drop_column("purged_at")
    with op.batch_alter_table("hq_record_revision") as batch:
        batch.drop_column("purged_at")
