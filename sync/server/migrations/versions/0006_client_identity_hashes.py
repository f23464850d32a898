"""Keyed hashes of clients' identity codes, for the organisation-wide duplicate check.

Revision ID: 0006_client_identity_hashes
Revises: 0004_break_glass
Create Date: 2026-12-03 15:10:00

The organisation's key is made here for every organisation that has clients with a code, and
those clients are hashed (the server keeps the table right from then on, ``sync.server.identity``).
"""
import datetime as dt
import hashlib
import hmac
import secrets
from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel
from alembic import op

from sync.identifiers import normalise_personal_id

revision: str = '0006_client_identity_hashes'
down_revision: Union[str, Sequence[str], None] = '0004_break_glass'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

Time = sqlmodel.sql.sqltypes.UTCDateTime
Text = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        'organisation_secret',
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('identity_key', Text(length=64), nullable=False),
        sa.Column('created_at', Time(), nullable=False),
        sa.PrimaryKeyConstraint('organisation_id'),
    )
    op.create_table(
        'client_identity',
        sa.Column('client_id', sa.Uuid(), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('identity_hash', Text(length=64), nullable=False),
        sa.PrimaryKeyConstraint('client_id'),
    )
    with op.batch_alter_table('client_identity', schema=None) as batch_op:
        batch_op.create_index('ix_client_identity_org_hash', ['organisation_id', 'identity_hash'],
                              unique=False)
    _backfill(op.get_bind())


def _backfill(connection) -> None:
    record = sa.table('record', sa.column('kind', sa.String), sa.column('id', sa.Uuid()),
                      sa.column('organisation_id', sa.Uuid()), sa.column('fields', sa.JSON),
                      sa.column('deleted', sa.Boolean))
    secret = sa.table('organisation_secret', sa.column('organisation_id', sa.Uuid()),
                      sa.column('identity_key', sa.String), sa.column('created_at', Time()))
    identity = sa.table('client_identity', sa.column('client_id', sa.Uuid()),
                        sa.column('organisation_id', sa.Uuid()), sa.column('identity_hash', sa.String))
    keys: dict = {}
    rows = []
    for client_id, organisation_id, fields in connection.execute(
            sa.select(record.c.id, record.c.organisation_id, record.c.fields)
            .where(record.c.kind == 'client', record.c.deleted == sa.false())):
        value = (fields or {}).get('personal_id')
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            code = normalise_personal_id(value)
        except ValueError:
            continue
        key = keys.setdefault(organisation_id, secrets.token_bytes(32))
        rows.append({'client_id': client_id, 'organisation_id': organisation_id,
                     'identity_hash': hmac.new(key, code.encode('ascii'), hashlib.sha256).hexdigest()})
    if keys:
        now = dt.datetime.now(dt.timezone.utc)
        connection.execute(sa.insert(secret), [
            {'organisation_id': org, 'identity_key': key.hex(), 'created_at': now}
            for org, key in keys.items()])
    if rows:
        connection.execute(sa.insert(identity), rows)


def downgrade() -> None:
    with op.batch_alter_table('client_identity', schema=None) as batch_op:
        batch_op.drop_index('ix_client_identity_org_hash')
    op.drop_table('client_identity')
    op.drop_table('organisation_secret')
