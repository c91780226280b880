"""household position: the order people were entered in a household

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 09:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("crossing", sa.Column("household_position", sa.Integer(), nullable=False,
                                        server_default="0"))
    # Earlier builds inserted a household's people in the order they were entered: the row
    # order is the best record of it they kept.
    op.execute("UPDATE crossing SET household_position = (SELECT count(*) FROM crossing AS"
               " earlier WHERE earlier.household_uuid = crossing.household_uuid"
               " AND earlier.rowid < crossing.rowid)")


def downgrade() -> None:
    with op.batch_alter_table("crossing") as batch:
        batch.drop_column("household_position")
