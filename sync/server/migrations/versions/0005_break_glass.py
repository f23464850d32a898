"""Break-glass: a manager's time-limited read access to a client not assigned to them.

Revision ID: 0004_break_glass
Revises: 0004_totp
Create Date: 2026-12-02 18:30:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0004_break_glass'
down_revision: Union[str, Sequence[str], None] = '0004_totp'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

Time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        'break_glass_grant',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('client_id', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Uuid(), nullable=False),
        sa.Column('staff_id', sa.Uuid(), nullable=False),
        sa.Column('device_id', sa.Uuid(), nullable=False),
        sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('granted_at', Time(), nullable=False),
        sa.Column('expires_at', Time(), nullable=False),
        sa.Column('ended_at', Time(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('break_glass_grant', schema=None) as batch_op:
        batch_op.create_index('ix_break_glass_grant_staff_client', ['staff_id', 'client_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_break_glass_grant_expires_at'), ['expires_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_break_glass_grant_ended_at'), ['ended_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('break_glass_grant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_break_glass_grant_ended_at'))
        batch_op.drop_index(batch_op.f('ix_break_glass_grant_expires_at'))
        batch_op.drop_index('ix_break_glass_grant_staff_client')
    op.drop_table('break_glass_grant')
