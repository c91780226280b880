"""staff: the control room's users, their sign-in tokens and counts, and HQ's own audit

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hq_staff_user",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("username"))
    op.create_table(
        "hq_staff_token",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("token_hash"))
    op.create_index("ix_hq_staff_token_username", "hq_staff_token", ["username"])
    op.create_table(
        "hq_staff_sign_in_count",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"))
    op.create_table(
        "hq_staff_audit",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("target", sa.String(length=128), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"))
    # The staff audit's counter: its row lock orders the entries (one chain, no forks).
    counter = sa.table("hq_counter", sa.column("name", sa.String()),
                       sa.column("value", sa.Integer()))
    op.bulk_insert(counter, [{"name": "staff_audit", "value": 0}])


def downgrade() -> None:
    op.execute("DELETE FROM hq_counter WHERE name = 'staff_audit'")
    op.drop_table("hq_staff_audit")
    op.drop_table("hq_staff_sign_in_count")
    op.drop_index("ix_hq_staff_token_username", table_name="hq_staff_token")
    op.drop_table("hq_staff_token")
    op.drop_table("hq_staff_user")
