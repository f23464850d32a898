"""Erasure: deleted content kept apart for the undo period, purge runs, conflicts' batches.

Tombstones stored before this revision carry their record's content: it moves to
``deleted_content`` (deleted when the tombstone was written) and the record row keeps no
fields. Conflicts learn the push batch whose stored answer reports them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""
from typing import Sequence, Union
import json
import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

Time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        'deleted_content',
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column('record_id', sa.Uuid(), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('deleted_at', Time(), nullable=False),
        sa.Column('rev', sa.BigInteger(), nullable=False),
        sa.Column('fields', sa.JSON(), nullable=False),
        sa.Column('lost_edits', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('kind', 'record_id'),
    )
    with op.batch_alter_table('deleted_content', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deleted_content_organisation_id'),
                              ['organisation_id'], unique=False)
    op.create_table(
        'purge_run',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('started_at', Time(), nullable=False),
        sa.Column('finished_at', Time(), nullable=False),
        sa.Column('clients', sa.Integer(), nullable=False),
        sa.Column('records', sa.Integer(), nullable=False),
        sa.Column('erased', sa.Integer(), nullable=False),
        sa.Column('failed', sa.Integer(), nullable=False),
        sa.Column('failures', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('purge_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purge_run_finished_at'), ['finished_at'], unique=False)
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('batch_id', sa.Uuid(), nullable=True))
    _move_tombstone_content()
    _link_conflicts_to_batches()


def _move_tombstone_content() -> None:
    bind = op.get_bind()
    record = sa.table(
        'record', sa.column('kind', sa.String), sa.column('id', sa.Uuid),
        sa.column('organisation_id', sa.Uuid), sa.column('rev', sa.BigInteger),
        sa.column('fields', sa.JSON), sa.column('deleted', sa.Boolean),
        sa.column('purged', sa.Boolean), sa.column('modified_at', Time()),
    )
    content = sa.table(
        'deleted_content', sa.column('kind', sa.String), sa.column('record_id', sa.Uuid),
        sa.column('organisation_id', sa.Uuid), sa.column('deleted_at', Time()),
        sa.column('rev', sa.BigInteger), sa.column('fields', sa.JSON),
        sa.column('lost_edits', sa.JSON),
    )
    rows = bind.execute(
        sa.select(record).where(record.c.deleted.is_(True), record.c.purged.is_(False))
    ).all()
    for row in rows:
        bind.execute(content.insert().values(
            kind=row.kind, record_id=row.id, organisation_id=row.organisation_id,
            deleted_at=row.modified_at, rev=row.rev, fields=row.fields or {}, lost_edits=[],
        ))
        bind.execute(
            record.update().where(record.c.kind == row.kind, record.c.id == row.id)
            .values(fields={})
        )


def _link_conflicts_to_batches() -> None:
    bind = op.get_bind()
    batch = sa.table('push_batch', sa.column('batch_id', sa.Uuid), sa.column('response', sa.JSON))
    conflict = sa.table('conflict', sa.column('id', sa.Uuid), sa.column('batch_id', sa.Uuid))
    rows = bind.execute(
        sa.select(batch.c.batch_id, batch.c.response)
        .where(sa.cast(batch.c.response, sa.Text).like('%conflict_id%'))
    ).all()
    for row in rows:
        response = row.response if isinstance(row.response, dict) else json.loads(row.response)
        for result in response.get('results', []):
            for info in result.get('conflicts', []):
                bind.execute(
                    conflict.update().where(conflict.c.id == uuid.UUID(info['conflict_id']))
                    .values(batch_id=row.batch_id)
                )


def downgrade() -> None:
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_column('batch_id')
    with op.batch_alter_table('purge_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purge_run_finished_at'))
    op.drop_table('purge_run')
    with op.batch_alter_table('deleted_content', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deleted_content_organisation_id'))
    op.drop_table('deleted_content')
