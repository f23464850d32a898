"""assignment_request: a staff member asks a client's assigned staff to be assigned too

The server makes the request (``sync.records.AssignmentRequestBase``) when the organisation-wide
duplicate check finds a person already a client of other staff; the client's staff accept or
decline it, and the requester is told.

Revision ID: 0014_assignment_requests
Revises: 0010_esf_participant_data
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0014_assignment_requests"
down_revision = "0010_esf_participant_data"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("modified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("modified_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by", sa.Uuid(), nullable=False),
        sa.Column("requested_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("message", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("assignment_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_request_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assignment_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_request_client_id"))
    op.drop_table("assignment_request")
