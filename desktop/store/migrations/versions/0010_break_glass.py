"""break_glass: who opened a client with break-glass access, why, until when; and
organisation.break_glass_hours, how long such access lasts (hours, default 24)

The server writes ``break_glass`` records (``sync.records.BreakGlassBase``) when a manager opens
a client not assigned to them; the client's staff (and the manager, while the access lasts)
receive them like any of the client's records.

Revision ID: 0009_break_glass
Revises: 0009_totp_for_staff
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0009_break_glass"
down_revision = "0009_totp_for_staff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("break_glass_hours", sa.Integer(), nullable=False, server_default="24")
        )
    op.create_table(
        "break_glass",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("modified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("modified_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("granted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("ended_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("break_glass", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_break_glass_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("break_glass", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_break_glass_client_id"))
    op.drop_table("break_glass")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("break_glass_hours")
