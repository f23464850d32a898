"""The pull route writes its page's JSON itself (``pull_body``, orjson, no model per change):
byte for byte what the protocol's model, ``PullResponse``, makes of the same page, on every kind
of item a page holds."""

from __future__ import annotations

import uuid

from pydantic import TypeAdapter
from sqlmodel import Session

from sync.protocol import PullResponse
from sync.server.authz import Principal
from sync.server.pull import pull

ENVELOPE = TypeAdapter(PullResponse)


def principal_of(user) -> Principal:
    return Principal(account_id=uuid.uuid4(), organisation_id=user.organisation_id,
                     staff_id=user.staff_id, role=user.role, device_id=user.device_id)


def test_the_pulled_page_is_the_json_of_its_model(world):
    coach, other_coach, manager = (world.user(role) for role in ("career_coach", "career_coach", "manager"))
    # A client of the coach, with a note: the manager gets their figures only.
    client_id = uuid.uuid4()
    coach.push(coach.change("client", client_id),
               coach.change("client_note", client_id=client_id),
               coach.change("transition", client_id=client_id))
    # Employers, one of them with an open conflict, and one deleted.
    employers = [coach.change("employer") for _ in range(3)]
    coach.push(*employers)
    clash_id = employers[0]["id"]
    other_coach.push_one({**employers[0], "base_rev": 1, "fields": {**employers[0]["fields"], "name": "Toinen Oy"}})
    answer = coach.push_one({**employers[0], "base_rev": 1, "fields": {**employers[0]["fields"], "name": "Kolmas Oy"}})
    assert answer["status"] == "conflict"
    coach.push_one({**employers[1], "base_rev": 1, "deleted": True})
    # The other coach takes the client: the first coach's laptops are told to drop it.
    coach.push_one(coach.change("client", client_id, base_rev=1, fields={
        **coach.change("client")["fields"], "assigned_staff_ids": [str(other_coach.staff_id)]}))

    for user in (coach, other_coach, manager):
        for limit in (1, 3, 500):
            cursor, pages = 0, 0
            while True:
                response = user.http.get("/v1/sync/pull", params={"cursor": cursor, "limit": limit},
                                         headers=user.headers)
                assert response.status_code == 200, response.text
                assert response.headers["content-type"] == "application/json"
                with Session(world.engine) as session:
                    model = pull(session=session, principal=principal_of(user), cursor=cursor, limit=limit)
                assert response.content == ENVELOPE.dump_json(model)
                page = ENVELOPE.validate_json(response.content)  # as a laptop reads it
                cursor, pages = page.next_cursor, pages + 1
                if not page.has_more:
                    break
            assert pages > 1 or limit == 500

    seen = {}
    for user in (coach, manager):
        seen[user.role] = {(c["kind"], c["id"]): c for c in user.pull_all()}
    coach_seen, manager_seen = seen["career_coach"], seen["manager"]
    # Every kind of item was on the pages compared above.
    assert any(c["conflicts"] for c in coach_seen.values() if c["id"] == clash_id)
    assert coach_seen[("employer", employers[1]["id"])]["deleted"] is True
    assert coach_seen[("client", str(client_id))]["access_revoked"] is True
    assert manager_seen[("client", str(client_id))]["figures_only"] is True


def test_json_of_the_database_keeps_integers_past_64_bits():
    """orjson reads such an integer as a float and cannot write one: ``json`` does then."""
    from sync.server.core.db import json_loads
    from sync.server.store import _rows_json

    big = 2**70 + 1
    assert json_loads(f'{{"n": {big}, "m": 3}}') == {"n": big, "m": 3}
    assert json_loads(b'{"phone": "0401234567890123456789"}') == {"phone": "0401234567890123456789"}
    assert json_loads('{"n": 9223372036854775807}') == {"n": 2**63 - 1}
    row = {"id": uuid.UUID(int=7), "fields": {"n": big}}
    assert json_loads(_rows_json([row])) == [{"id": str(uuid.UUID(int=7)), "fields": {"n": big}}]


def test_json_of_the_database_keeps_floats_and_nested_big_integers():
    from sync.server.core.db import json_loads

    big = 2**64
    assert json_loads('{"hours": 7.5, "n": 3}') == {"hours": 7.5, "n": 3}
    assert json_loads(f'{{"a": [1, {{"b": {big}}}]}}') == {"a": [1, {"b": big}]}
    assert json_loads(f'[{-big}]') == [-big]
