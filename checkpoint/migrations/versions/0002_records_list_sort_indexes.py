"""records list sort indexes

One index per sort order of the records list, each ending in the tie-breaker ``uuid``, so that
keyset paging (``checkpoint.search``) reads a page from anywhere in a million rows without
sorting; the province one (province, crossed_at, uuid) also serves the province filter in the
default order. The number_key index lets a search find a document number by its first
characters, whatever its type. Generated against ``checkpoint.models``. Building them takes
about 50 s on a database of a million crossings, once, at the first sign-in after the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 11:53:53.278581
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    'ix_crossing_crossed_at': ['crossed_at', 'uuid'],
    'ix_crossing_recorded_at': ['recorded_at', 'uuid'],
    'ix_crossing_full_name': ['full_name', 'uuid'],
    'ix_crossing_father_name': ['father_name', 'uuid'],
    'ix_crossing_origin': ['origin_province', 'crossed_at', 'uuid'],
    'ix_crossing_recorded_by': ['recorded_by', 'uuid'],
}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, 'crossing', columns, unique=False)
    op.create_index('ix_document_check_number_key', 'document_check', ['number_key'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_document_check_number_key', table_name='document_check')
    for name in reversed(_INDEXES):
        op.drop_index(name, table_name='crossing')
