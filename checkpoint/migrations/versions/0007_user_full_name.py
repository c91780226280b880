"""user full name: the name shown on sheets and close-outs instead of the login name

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 10:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Users created before this version have no full name: the sheets show their login name
    # until IT types one.
    op.add_column("user", sa.Column("full_name", sa.String(length=100), nullable=False,
                                    server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("user") as batch:
        batch.drop_column("full_name")
