"""audit anchors: each device's chain head and anchors, and entries a restore left behind

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 12:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hq_device") as batch:
        batch.add_column(sa.Column("audit_head_seq", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("audit_head_hash", sa.String(length=64), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("audit_restored_from", sa.Integer(), nullable=True))
    with op.batch_alter_table("hq_device") as batch:
        # The defaults only filled the rows already there; the models give new rows theirs.
        batch.alter_column("audit_head_seq", server_default=None)
        batch.alter_column("audit_head_hash", server_default=None)
    op.create_table(
        "hq_audit_anchor",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "username", "seq"))
    op.create_table(
        "hq_audit_superseded",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("restored_from", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq", "hash"))


def downgrade() -> None:
    op.drop_table("hq_audit_superseded")
    op.drop_table("hq_audit_anchor")
    with op.batch_alter_table("hq_device") as batch:
        batch.drop_column("audit_restored_from")
        batch.drop_column("audit_head_hash")
        batch.drop_column("audit_head_seq")
