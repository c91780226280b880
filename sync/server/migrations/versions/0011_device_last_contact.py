"""device last contact: when HQ last heard from a device (a batch or a fetch of updates)

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-07 14:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hq_device") as batch:
        batch.add_column(sa.Column("last_contact_at", sa.DateTime(timezone=True),
                                   nullable=True))
    # Until now only batches were remembered: the last one is the best known contact.
    op.execute("UPDATE hq_device SET last_contact_at = last_batch_at")


def downgrade() -> None:
    with op.batch_alter_table("hq_device") as batch:
        batch.drop_column("last_contact_at")
