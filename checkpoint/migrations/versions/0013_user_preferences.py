"""user preferences: each user's language, digits, calendar, text size and contrast

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 23:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A table of its own, not columns on "user": user rows are signed by the IT admin's grant,
    # and a user changing their own text size must not touch a signed row. Users of an older
    # database have no row: they see the defaults until they choose.
    op.create_table(
        "user_preference",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("digits", sa.String(length=16), nullable=False),
        sa.Column("calendar", sa.String(length=16), nullable=False),
        sa.Column("font_scale", sa.Integer(), nullable=False),
        sa.Column("high_contrast", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["username"], ["user.username"]),
        sa.PrimaryKeyConstraint("username"),
    )


def downgrade() -> None:
    op.drop_table("user_preference")
