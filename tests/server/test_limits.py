"""Sizes are bounded: a request body over the limit gets 413 unread, a text over its field's
limit a field error (issue 15, item 6)."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from sync.records import LIST_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX
from sync.server.app import create_app
from sync.server.core.config import Settings
from tests.server.conftest import fast_settings
from tests.server.live import serving

LIMIT = 256 * 1024


@pytest.fixture
def live(settings, engine, world):
    """A live uvicorn with a small body limit, beside the TestClient ``world`` uses."""
    app = create_app(fast_settings(settings.database_url, max_request_bytes=LIMIT), engine=engine)
    with serving(app) as url, httpx.Client(base_url=url, timeout=60, trust_env=False) as http:
        yield http


def _note_push(user, client_id, text: str) -> bytes:
    note = user.change("client_note", client_id=client_id)
    note["fields"]["text"] = text
    body = {"device_id": str(user.device_id), "batch_id": str(uuid.uuid4()), "changes": [note]}
    return json.dumps(body).encode("utf-8")


def test_a_body_over_the_limit_is_refused_with_413_declared_or_chunked(world, live):
    coach = world.user("career_coach")
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id))
    payload = _note_push(coach, client_id, "a" * (LIMIT + 1))
    headers = {**coach.headers, "Content-Type": "application/json"}
    declared = live.post("/v1/sync/push", content=payload, headers=headers)
    assert declared.status_code == 413, declared.text
    assert "send fewer changes" in declared.json()["detail"]

    def chunks():
        for start in range(0, len(payload), 16 * 1024):
            yield payload[start:start + 16 * 1024]

    chunked = live.post("/v1/sync/push", content=chunks(), headers=headers)
    assert chunked.status_code == 413, chunked.text
    # Every route, also those with no login: the limit comes before anything else.
    login = live.post("/v1/auth/login", content=b"{" + b" " * LIMIT + b"}",
                      headers={**coach.headers, "Content-Type": "application/json"})
    assert login.status_code == 413
    # Nothing was stored, and a body under the limit goes through.
    assert [c for c in coach.pull_all() if c["kind"] == "client_note"] == []
    fine = live.post("/v1/sync/push", content=_note_push(coach, client_id, "ä" * 1000),
                     headers=headers)
    assert fine.status_code == 200 and fine.json()["results"][0]["status"] == "applied", fine.text


def test_the_default_limit_takes_a_full_push_of_records_at_their_limits():
    settings = Settings(database_url="sqlite://")
    # 1,000 notes of a tenth of the long-text limit each, in Finnish (two bytes a letter).
    assert 1000 * (LONG_TEXT_MAX // 10) * 2 < settings.max_request_bytes
    # One handover form with all five texts at the limit, escaped as \\uXXXX (6 bytes a letter).
    assert 5 * LONG_TEXT_MAX * 6 < settings.max_request_bytes


@pytest.mark.parametrize(("kind", "field", "limit"), [
    ("client_note", "text", LONG_TEXT_MAX),
    ("visit", "notes", LONG_TEXT_MAX),
    ("visit", "next_step", SHORT_TEXT_MAX),
    ("assessment", "summary", LONG_TEXT_MAX),
    ("handover_form", "further_plan", LONG_TEXT_MAX),
    ("employer", "notes", LONG_TEXT_MAX),
    ("client", "job_goals", LONG_TEXT_MAX),
])
def test_a_text_over_its_limit_is_refused_with_a_field_error(world, kind, field, limit):
    coach = world.user("career_coach")
    client_id = uuid.uuid4()
    coach.push_one(coach.change("client", client_id))
    at_limit = coach.change(kind, client_id=client_id)
    at_limit["fields"][field] = "ä" * limit
    assert coach.push_one(at_limit)["status"] == "applied"
    over = coach.change(kind, client_id=client_id)
    over["fields"][field] = "ä" * (limit + 1)
    result = coach.push_one(over)
    assert result["status"] == "refused" and result["reason"].startswith("invalid:"), result
    assert [(e["field"], e["type"]) for e in result["field_errors"]] == [(field, "string_too_long")]


def test_list_fields_are_bounded(world):
    coach = world.user("career_coach")
    client = coach.change("client")
    client["fields"]["target_group"] = ["nuori"] * (LIST_MAX + 1)
    result = coach.push_one(client)
    assert result["status"] == "refused"
    assert [(e["field"], e["type"]) for e in result["field_errors"]] == [("target_group", "too_long")]
