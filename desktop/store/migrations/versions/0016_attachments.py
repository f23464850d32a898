"""client_attachment and employer_attachment records; file_content, file_chunk and
file_transfer, the attachments' content held in this (SQLCipher) file; and
organisation.attachment_max_mb, the organisation's size limit (default 20 MB)

Revision ID: 0016_attachments
Revises: 0015_assignment_requests
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0016_attachments"
down_revision = "0015_assignment_requests"
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString


def _common() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("modified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("modified_by", S(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _file() -> list[sa.Column]:
    return [
        sa.Column("file_name", S(length=255), nullable=False),
        sa.Column("media_type", S(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", S(length=64), nullable=False),
        sa.Column("description", S(length=2000), nullable=True),
        sa.Column("attached_on", sa.Date(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("attachment_max_mb", sa.Integer(), nullable=False, server_default="20")
        )
    op.create_table(
        "client_attachment",
        *_common(),
        *_file(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("attachment_kind", S(length=40), nullable=False),
        sa.Column("handover_document_number", S(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "employer_attachment",
        *_common(),
        *_file(),
        sa.Column("employer_id", sa.Uuid(), nullable=False),
        sa.Column("attachment_kind", S(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    for table, owner in (("client_attachment", "client_id"), ("employer_attachment", "employer_id")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_{owner}"), [owner], unique=False)
            batch_op.create_index(batch_op.f(f"ix_{table}_sha256"), ["sha256"], unique=False)
    op.create_table(
        "file_content",
        sa.Column("sha256", S(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", S(length=120), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "file_chunk",
        sa.Column("sha256", S(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "seq"),
    )
    op.create_table(
        "file_transfer",
        sa.Column("sha256", S(length=64), nullable=False),
        sa.Column("direction", S(length=4), nullable=False),
        sa.Column("state", S(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", S(length=2000), nullable=True),
        sa.Column("next_try_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("sha256"),
    )


def downgrade() -> None:
    op.drop_table("file_transfer")
    op.drop_table("file_chunk")
    op.drop_table("file_content")
    for table, owner in (("employer_attachment", "employer_id"), ("client_attachment", "client_id")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_sha256"))
            batch_op.drop_index(batch_op.f(f"ix_{table}_{owner}"))
        op.drop_table(table)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("attachment_max_mb")
