"""first schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 11:15:51.593160
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target', sa.String(), nullable=False),
    sa.Column('details', sa.String(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('synced', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('hash')
    )
    op.create_table('crossing',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=False),
    sa.Column('crossed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('local_day', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('household_uuid', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('father_name', sa.String(), nullable=False),
    sa.Column('full_name_native', sa.String(), nullable=False),
    sa.Column('father_name_native', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('father_key', sa.String(), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('age_years', sa.Integer(), nullable=True),
    sa.Column('age_estimated', sa.Boolean(), nullable=False),
    sa.Column('nationality', sa.String(length=3), nullable=True),
    sa.Column('origin_province', sa.String(length=8), nullable=False),
    sa.Column('origin_district', sa.String(), nullable=False),
    sa.Column('destination_province', sa.String(length=8), nullable=True),
    sa.Column('return_type', sa.String(length=16), nullable=True),
    sa.Column('vrf_number', sa.String(), nullable=False),
    sa.Column('vulnerabilities', sa.String(), nullable=False),
    sa.Column('remarks', sa.String(), nullable=False),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('synced_revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('crossing', schema=None) as batch_op:
        batch_op.create_index('ix_crossing_day', ['local_day'], unique=False)
        batch_op.create_index('ix_crossing_household', ['household_uuid'], unique=False)
        batch_op.create_index('ix_crossing_pending', ['revision', 'synced_revision'], unique=False)

    op.create_table('day_closeout',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('tally_json', sa.String(), nullable=False),
    sa.Column('tally_hash', sa.String(length=64), nullable=False),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.Column('signed_name', sa.String(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('synced_revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('uuid'),
    sa.UniqueConstraint('day')
    )
    op.create_table('day_count',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('dimension', sa.String(length=24), nullable=False),
    sa.Column('value', sa.String(length=32), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'dimension', 'value')
    )
    op.create_table('household',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('local_day', sa.Date(), nullable=False),
    sa.Column('live_members', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('uuid')
    )
    op.create_table('policy_date',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Date(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('policy_date', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_date_key'), ['key'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('complaint',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('crossing_uuid', sa.String(length=36), nullable=True),
    sa.Column('contact', sa.String(), nullable=False),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('status_updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('taken_by', sa.String(length=64), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('synced_revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['crossing_uuid'], ['crossing.uuid'], ),
    sa.PrimaryKeyConstraint('uuid')
    )
    op.create_table('crossing_revision',
    sa.Column('crossing_uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_fields', sa.String(), nullable=False),
    sa.Column('snapshot', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['crossing_uuid'], ['crossing.uuid'], ),
    sa.PrimaryKeyConstraint('crossing_uuid', 'revision')
    )
    op.create_table('document_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('crossing_uuid', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('document_type', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('number_key', sa.String(), nullable=False),
    sa.Column('issuing_country', sa.String(length=3), nullable=False),
    sa.Column('expiry', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=24), nullable=True),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('custody', sa.String(length=24), nullable=False),
    sa.Column('checked_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['crossing_uuid'], ['crossing.uuid'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('document_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_check_crossing_uuid'), ['crossing_uuid'], unique=False)
        batch_op.create_index('ix_document_number', ['document_type', 'number_key'], unique=False)

    op.create_table('late_amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('crossing_uuid', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['crossing_uuid'], ['crossing.uuid'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('late_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_late_amendment_changed_at'), ['changed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_late_amendment_day'), ['day'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('late_amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_late_amendment_day'))
        batch_op.drop_index(batch_op.f('ix_late_amendment_changed_at'))

    op.drop_table('late_amendment')
    with op.batch_alter_table('document_check', schema=None) as batch_op:
        batch_op.drop_index('ix_document_number')
        batch_op.drop_index(batch_op.f('ix_document_check_crossing_uuid'))

    op.drop_table('document_check')
    op.drop_table('crossing_revision')
    op.drop_table('complaint')
    op.drop_table('user')
    op.drop_table('setting')
    with op.batch_alter_table('policy_date', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_date_key'))

    op.drop_table('policy_date')
    op.drop_table('household')
    op.drop_table('day_count')
    op.drop_table('day_closeout')
    with op.batch_alter_table('crossing', schema=None) as batch_op:
        batch_op.drop_index('ix_crossing_pending')
        batch_op.drop_index('ix_crossing_household')
        batch_op.drop_index('ix_crossing_day')

    op.drop_table('crossing')
    op.drop_table('audit_entry')

