"""user keys and signatures: each user's public keys and signed grant; signed audit entries

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Empty until the user next signs in (their key slot is upgraded then) or an IT admin
    # grants them again: rows from before this version carry no signature.
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("sign_public", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("box_public", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("grant_signature", sa.String(length=128), nullable=True))
    # Entries written before this version are the chain's unsigned prefix.
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("signed_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("signature", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("signature")
        batch.drop_column("signed_by")
    with op.batch_alter_table("user") as batch:
        batch.drop_column("grant_signature")
        batch.drop_column("box_public")
        batch.drop_column("sign_public")
