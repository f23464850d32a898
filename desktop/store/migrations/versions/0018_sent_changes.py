"""sync_sent: this device's changes the server accepted (kind, record, revision, sequence number,
when, which fields), kept 90 days; sync_unseen: during a realignment after a server restore,
the records the server has not yet sent again. See ``desktop.sync.realign``.

Revision ID: 0018_sent_changes
Revises: 0017_outbox_created_index
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0018_sent_changes"
down_revision = "0017_outbox_created_index"
branch_labels = None
depends_on = None

Text = sqlmodel.sql.sqltypes.AutoString
Time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "sync_sent",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", Text(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("sent_at", Time(), nullable=False),
        sa.PrimaryKeyConstraint("seq", "kind", "record_id"),
    )
    with op.batch_alter_table("sync_sent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_sent_sent_at"), ["sent_at"], unique=False)
    op.create_table(
        "sync_unseen",
        sa.Column("kind", Text(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_unseen")
    with op.batch_alter_table("sync_sent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_sent_sent_at"))
    op.drop_table("sync_sent")
