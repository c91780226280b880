"""document warnings: what the clerk was warned about a document and saved anyway

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Checks made before warnings were stored had none: "" (the FlagSet of no codes). The
    # tally's counters need nothing new: a warning is one more (dimension, value) key.
    op.add_column("document_check", sa.Column("warnings", sa.String(), nullable=False,
                                              server_default=""))
    op.add_column("document_check", sa.Column("reference_version", sa.Integer(),
                                              nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document_check") as batch:
        batch.drop_column("reference_version")
        batch.drop_column("warnings")
