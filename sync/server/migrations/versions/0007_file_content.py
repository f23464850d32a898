"""Attachments' content: file_content and file_chunk.

Revision ID: 0007_file_content
Revises: 0006_client_identity_hashes
Create Date: 2026-12-03 15:30:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0007_file_content'
down_revision: Union[str, Sequence[str], None] = '0006_client_identity_hashes'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

Time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        'file_content',
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column('received', sa.BigInteger(), nullable=False),
        sa.Column('complete', sa.Boolean(), nullable=False),
        sa.Column('created_at', Time(), nullable=False),
        sa.PrimaryKeyConstraint('organisation_id', 'sha256'),
    )
    op.create_table(
        'file_chunk',
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('organisation_id', 'sha256', 'seq'),
    )


def downgrade() -> None:
    op.drop_table('file_chunk')
    op.drop_table('file_content')
