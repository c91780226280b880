"""HQ schema: devices, enrollment codes, record revisions, current records, audit, changes

Revision ID: 0001
Revises:
Create Date: 2026-11-26 11:55:19.739867
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('hq_audit_entry',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'seq')
    )
    op.create_table('hq_batch',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'batch_id')
    )
    op.create_table('hq_change',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=True),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_index('ix_hq_change_checkpoint_seq', 'hq_change', ['checkpoint', 'seq'])
    op.create_table('hq_closeout',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('frozen_total', sa.Integer(), nullable=False),
    sa.Column('tally_hash', sa.String(length=64), nullable=False),
    sa.Column('tally_hash_matches', sa.Boolean(), nullable=False),
    sa.Column('closed_by', sa.String(), nullable=False),
    sa.Column('signed_name', sa.String(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('held', sa.Integer(), nullable=False),
    sa.Column('missing', sa.Integer(), nullable=False),
    sa.Column('reconciled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('uuid')
    )
    op.create_index('ix_hq_closeout_checkpoint_day', 'hq_closeout', ['checkpoint', 'day'])
    op.create_table('hq_complaint',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('crossing_uuid', sa.String(length=36), nullable=True),
    sa.Column('contact', sa.String(), nullable=False),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('taken_by', sa.String(), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('status_updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('uuid')
    )
    op.create_index('ix_hq_complaint_checkpoint', 'hq_complaint', ['checkpoint'])
    op.create_table('hq_counter',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('hq_crossing',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('local_day', sa.Date(), nullable=False),
    sa.Column('household_uuid', sa.String(length=36), nullable=False),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('uuid')
    )
    op.create_index('ix_hq_crossing_checkpoint_day', 'hq_crossing', ['checkpoint', 'local_day'])
    op.create_index('ix_hq_crossing_household_uuid', 'hq_crossing', ['household_uuid'])
    op.create_index('ix_hq_crossing_local_day', 'hq_crossing', ['local_day'])
    op.create_table('hq_crossing_count',
    sa.Column('crossing_uuid', sa.String(length=36), nullable=False),
    sa.Column('dimension', sa.String(length=32), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('local_day', sa.Date(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('crossing_uuid', 'dimension', 'value')
    )
    op.create_index('ix_hq_crossing_count_day', 'hq_crossing_count', ['local_day', 'checkpoint'])
    op.create_table('hq_device',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_batch_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_batch_id', sa.String(length=36), nullable=True),
    sa.Column('batches_received', sa.Integer(), nullable=False),
    sa.Column('records_held', sa.Integer(), nullable=False),
    sa.Column('audit_held_through', sa.Integer(), nullable=False),
    sa.Column('audit_last_hash', sa.String(length=64), nullable=False),
    sa.Column('audit_status', sa.String(length=16), nullable=False),
    sa.Column('audit_problem', sa.String(), nullable=False),
    sa.Column('audit_edits', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_index('ix_hq_device_checkpoint', 'hq_device', ['checkpoint'])
    op.create_table('hq_enrollment_code',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('code_hash')
    )
    op.create_table('hq_record_revision',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('checkpoint', sa.String(length=32), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'uuid', 'revision')
    )
    op.create_table('hq_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    # The change log's counter: its row lock orders the changes HQ sends down.
    counter = sa.table('hq_counter', sa.column('name', sa.String()),
                       sa.column('value', sa.Integer()))
    op.bulk_insert(counter, [{'name': 'change', 'value': 0}])


def downgrade() -> None:
    op.drop_table('hq_setting')
    op.drop_table('hq_record_revision')
    op.drop_table('hq_enrollment_code')
    op.drop_table('hq_device')
    op.drop_table('hq_crossing_count')
    op.drop_table('hq_crossing')
    op.drop_table('hq_counter')
    op.drop_table('hq_complaint')
    op.drop_table('hq_closeout')
    op.drop_table('hq_change')
    op.drop_table('hq_batch')
    op.drop_table('hq_audit_entry')
