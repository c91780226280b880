"""staff console: a user's last sign-in, the audit page's indexes

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-07 14:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("hq_staff_user",
                  sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_hq_staff_audit_actor_seq", "hq_staff_audit", ["actor", "seq"])
    op.create_index("ix_hq_staff_audit_action_seq", "hq_staff_audit", ["action", "seq"])
    op.create_index("ix_hq_staff_audit_at", "hq_staff_audit", ["at"])


def downgrade() -> None:
    op.drop_index("ix_hq_staff_audit_at", table_name="hq_staff_audit")
    op.drop_index("ix_hq_staff_audit_action_seq", table_name="hq_staff_audit")
    op.drop_index("ix_hq_staff_audit_actor_seq", table_name="hq_staff_audit")
    with op.batch_alter_table("hq_staff_user") as batch:
        batch.drop_column("last_sign_in_at")
