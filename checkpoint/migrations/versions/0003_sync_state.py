"""sync state: rejections kept with HQ's reasons, close-out reconciliation, unsynced index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_rejection",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kind", "uuid"),
    )
    with op.batch_alter_table("day_closeout") as batch:
        batch.add_column(sa.Column("hq_reconciled", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("hq_missing", sa.Integer(), nullable=True))
    op.create_index("ix_crossing_unsynced", "crossing", ["updated_at"],
                    sqlite_where=sa.text("revision > synced_revision"))


def downgrade() -> None:
    op.drop_index("ix_crossing_unsynced", table_name="crossing")
    with op.batch_alter_table("day_closeout") as batch:
        batch.drop_column("hq_missing")
        batch.drop_column("hq_reconciled")
    op.drop_table("sync_rejection")
