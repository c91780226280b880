"""refold name keys: doubled letters collapse before the Latin rules (Ghhulam finds Ghulam)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from checkpoint.folding import fold_name

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def upgrade() -> None:
    # The keys are made from the names as stored, by the folding this build ships: a search
    # folds the query the same way, so old and new keys must not be mixed. Purged records keep
    # their empty keys.
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT uuid, full_name, full_name_native, father_name, father_name_native "
        "FROM crossing WHERE purged_at IS NULL")).fetchall()
    changes = []
    for uuid, full, full_native, father, father_native in rows:
        changes.append({"uuid": uuid,
                        "name_key": fold_name(f"{full or ''} {full_native or ''}"),
                        "father_key": fold_name(f"{father or ''} {father_native or ''}")})
    for start in range(0, len(changes), _BATCH):
        connection.execute(sa.text("UPDATE crossing SET name_key = :name_key, "
                                   "father_key = :father_key WHERE uuid = :uuid"),
                           changes[start:start + _BATCH])


def downgrade() -> None:
    # The keys made by the newer folding still find every name the older one did, except a
    # query typed with a doubled letter next to 'gh', 'ph' or a final 'h'.
    pass
