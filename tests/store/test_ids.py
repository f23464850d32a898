"""``among``: one JSON parameter in place of a parameter per id, on a real SQLCipher profile."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from desktop.services import changes
from desktop.store.ids import among
from desktop.store.tables import Employer


def test_among_finds_exactly_the_listed_ids_whatever_their_number(store, actor):
    with store.session() as session:
        made = [changes.create(session, Employer, {"name": f"Oy Numero {n} Ab"}, actor=actor).id
                for n in range(5)]
    column = Employer.__table__.c.id
    with store.connect() as conn:
        def found(ids):
            return {row[0] for row in conn.execute(select(column).where(among(column, ids)))}

        assert found(made[1:3] + [uuid.uuid4()]) == set(made[1:3])
        assert found([]) == set()
        assert found([uuid.uuid4() for _ in range(5000)] + [made[4]]) == {made[4]}
