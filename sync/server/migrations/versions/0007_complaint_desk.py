"""complaint desk: assignment, assignment history, internal notes, and the queue's indexes

The queue is read urgent first, then oldest: one urgency at a time, oldest first, whole or
filtered by status, checkpoint, category or assignee. One index per filter, then urgency and
time taken, so a page reads a few index entries however many complaints HQ holds; the open
ones (not resolved or closed) have their own, partial, indexes. The plain checkpoint index gives
way to its queue index (which starts with the checkpoint). A complaint's history reads its
status changes from ``hq_change`` by record.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 14:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Complaints still waiting for an answer: the desk's default view, few among years of answered
# ones, get their own (partial) indexes.
OPEN = "status NOT IN ('resolved', 'closed')"
# Index name -> the filter column leading it, and whether it holds only the open complaints.
QUEUE_INDEXES = {"ix_hq_complaint_status_queue": (["status"], False)}
for _name, _leading in {"": [], "_checkpoint": ["checkpoint"], "_category": ["category"],
                        "_assignee": ["assigned_to"]}.items():
    QUEUE_INDEXES[f"ix_hq_complaint{_name}_queue"] = (_leading, False)
    QUEUE_INDEXES[f"ix_hq_complaint{_name}_open_queue"] = (_leading, True)


def upgrade() -> None:
    with op.batch_alter_table("hq_complaint") as batch:
        batch.add_column(sa.Column("assigned_to", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True))
    op.drop_index("ix_hq_complaint_checkpoint", table_name="hq_complaint")
    for name, (leading, only_open) in QUEUE_INDEXES.items():
        where = sa.text(OPEN) if only_open else None
        op.create_index(name, "hq_complaint", [*leading, "urgency", "taken_at"],
                        postgresql_where=where, sqlite_where=where)
    op.create_index("ix_hq_change_record_uuid", "hq_change", ["record_uuid"])
    op.create_table(
        "hq_complaint_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_uuid", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.Column("assigned_to", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_hq_complaint_assignment_complaint_uuid", "hq_complaint_assignment",
                    ["complaint_uuid"])
    op.create_table(
        "hq_complaint_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_uuid", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_hq_complaint_note_complaint_uuid", "hq_complaint_note",
                    ["complaint_uuid"])


def downgrade() -> None:
    op.drop_index("ix_hq_complaint_note_complaint_uuid", table_name="hq_complaint_note")
    op.drop_table("hq_complaint_note")
    op.drop_index("ix_hq_complaint_assignment_complaint_uuid",
                  table_name="hq_complaint_assignment")
    op.drop_table("hq_complaint_assignment")
    op.drop_index("ix_hq_change_record_uuid", table_name="hq_change")
    for name in QUEUE_INDEXES:
        op.drop_index(name, table_name="hq_complaint")
    op.create_index("ix_hq_complaint_checkpoint", "hq_complaint", ["checkpoint"])
    with op.batch_alter_table("hq_complaint") as batch:
        batch.drop_column("assigned_at")
        batch.drop_column("assigned_to")
