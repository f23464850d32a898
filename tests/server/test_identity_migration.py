"""Migration 0006 on a database with clients stored before it: each organisation with clients
that have an identity code gets its key, those clients their hash (deleted clients, clients
without a code and invalid codes none), and the identity check then knows them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlmodel import Session, select

from sync.server import identity
from sync.server.core.db import make_engine, migrate
from sync.server.models import ClientIdentity, OrganisationSecret, Record
from tests.server.test_erasure_migration import empty_url  # noqa: F401 - the fixture is used by name

CODE = "131052-308T"


def test_the_migration_hashes_the_clients_stored_before_it(empty_url):  # noqa: F811
    engine = make_engine(empty_url)
    migrate(engine, "0004_break_glass")
    org, other_org = uuid.uuid4(), uuid.uuid4()
    with_code, deleted, without, invalid, elsewhere = (uuid.uuid4() for _ in range(5))
    when = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc)
    rows = [(with_code, org, {"name": "A", "personal_id": "131052-308t"}, False),
            (deleted, org, {}, True),
            (without, org, {"name": "B"}, False),
            (invalid, org, {"name": "C", "personal_id": "131052-308X"}, False),
            (elsewhere, other_org, {"name": "D", "personal_id": CODE}, False)]
    with engine.begin() as connection:
        for seq, (client_id, organisation, fields, gone) in enumerate(rows, start=1):
            connection.execute(Record.__table__.insert().values(
                kind="client", id=client_id, organisation_id=organisation, rev=1, seq=seq,
                fields=fields, deleted=gone, purged=False, modified_at=when))
    migrate(engine)
    with Session(engine) as session:
        hashed = {row.client_id: row for row in session.exec(select(ClientIdentity)).all()}
        keys = {row.organisation_id: bytes.fromhex(row.identity_key)
                for row in session.exec(select(OrganisationSecret)).all()}
    assert set(hashed) == {with_code, elsewhere} and set(keys) == {org, other_org}
    assert keys[org] != keys[other_org]  # a key per organisation: the same code, other hashes
    assert hashed[with_code].identity_hash == identity.identity_hash(keys[org], CODE)
    assert hashed[elsewhere].identity_hash == identity.identity_hash(keys[other_org], CODE)
    assert hashed[with_code].identity_hash != hashed[elsewhere].identity_hash
    engine.dispose()
