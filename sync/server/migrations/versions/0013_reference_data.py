"""reference data: policy dates, cancelled cards, departure marks, their change log and key

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 18:10:00
"""

import base64
import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept in step with ``sync.server.reference`` (a migration never imports the live code).
_DEPARTURE_KEY = "departure_digest_key"
_DIGEST_KEY_BYTES = 32


def upgrade() -> None:
    op.create_table(
        "hq_policy_date",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Date(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", "effective_from", name="uq_hq_policy_date_key_from"))
    op.create_table(
        "hq_cancelled_card",
        sa.Column("document_type", sa.String(length=16), nullable=False),
        sa.Column("number_key", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("listed_by", sa.String(length=64), nullable=False),
        sa.Column("listed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("document_type", "number_key"))
    op.create_table(
        "hq_departure_mark",
        sa.Column("digest", sa.LargeBinary(length=8), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("crossings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("digest", "checkpoint", "day"))
    op.create_index("ix_hq_departure_mark_day", "hq_departure_mark", ["day"])
    op.create_table(
        "hq_crossing_digest",
        sa.Column("crossing_uuid", sa.String(length=36), nullable=False),
        sa.Column("digest", sa.LargeBinary(length=8), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("crossing_uuid", "digest"))
    op.create_index("ix_hq_crossing_digest_day", "hq_crossing_digest", ["day"])
    op.create_table(
        "hq_reference_change",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("document_type", sa.String(length=16), nullable=True),
        sa.Column("number_key", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("digest", sa.LargeBinary(length=8), nullable=True),
        sa.Column("checkpoint", sa.String(length=32), nullable=True),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq"))
    op.create_index("ix_hq_reference_change_changed_at", "hq_reference_change", ["changed_at"])
    # The reference version's counter: its row lock orders the changes (a delta never skips one).
    counter = sa.table("hq_counter", sa.column("name", sa.String()),
                       sa.column("value", sa.Integer()))
    op.bulk_insert(counter, [{"name": "reference", "value": 0}])
    # HQ's departure key, made once: every device gets it with a snapshot.
    setting = sa.table("hq_setting", sa.column("key", sa.String()),
                       sa.column("value", sa.String()))
    key = base64.b64encode(secrets.token_bytes(_DIGEST_KEY_BYTES)).decode()
    op.bulk_insert(setting, [{"key": _DEPARTURE_KEY, "value": key}])


def downgrade() -> None:
    op.execute(f"DELETE FROM hq_setting WHERE key IN ('{_DEPARTURE_KEY}', "
               "'reference_log_floor')")
    op.execute("DELETE FROM hq_counter WHERE name = 'reference'")
    op.drop_index("ix_hq_reference_change_changed_at", table_name="hq_reference_change")
    op.drop_table("hq_reference_change")
    op.drop_index("ix_hq_crossing_digest_day", table_name="hq_crossing_digest")
    op.drop_table("hq_crossing_digest")
    op.drop_index("ix_hq_departure_mark_day", table_name="hq_departure_mark")
    op.drop_table("hq_departure_mark")
    op.drop_table("hq_cancelled_card")
    op.drop_table("hq_policy_date")
