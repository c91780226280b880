"""correction reason: why each revision of a crossing was made

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 10:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("crossing_revision", sa.Column("reason", sa.String(length=500),
                                                 nullable=False, server_default=""))
    # Earlier builds kept a void's reason on the crossing only; its void revision says it too.
    op.execute("UPDATE crossing_revision SET reason = (SELECT void_reason FROM crossing"
               " WHERE crossing.uuid = crossing_revision.crossing_uuid)"
               " WHERE action = 'void'")


def downgrade() -> None:
    with op.batch_alter_table("crossing_revision") as batch:
        batch.drop_column("reason")
