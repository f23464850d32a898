"""sync state: saved batches, refused records, records behind the server, conflicts, receipts

See ``desktop.sync.tables``. The cursor and the session settings stay in ``setting``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

Text = sqlmodel.sql.sqltypes.AutoString
Time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "sync_batch",
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", Time(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("batch_id"),
    )
    op.create_table(
        "sync_refused",
        sa.Column("kind", Text(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("reason", Text(), nullable=False),
        sa.Column("field_errors", sa.JSON(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("refused_at", Time(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )
    op.create_table(
        "sync_behind",
        sa.Column("kind", Text(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("sent", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", Text(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", Text(length=100), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("mine_kept", sa.Boolean(), nullable=False),
        sa.Column("origin", Text(length=10), nullable=False),
        sa.Column("server_conflict_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", Time(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "record_id", "field", name="uq_sync_conflict_field"),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_record_id"), ["record_id"], unique=False)
    op.create_table(
        "sync_receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", Time(), nullable=False),
        sa.Column("finished_at", Time(), nullable=True),
        sa.Column("outcome", Text(length=20), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("sync_receipt")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_record_id"))
    op.drop_table("sync_conflict")
    op.drop_table("sync_behind")
    op.drop_table("sync_refused")
    op.drop_table("sync_batch")
