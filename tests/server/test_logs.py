"""Logs are JSON lines with ids and counts, never names, usernames or text (the one exception:
a failed or throttled login names the username tried and the address, for investigation)."""

from __future__ import annotations

import json
import logging

from sync.server.core.logs import JsonLineFormatter


def test_logs_hold_no_personal_data(world, caplog):
    caplog.set_level(logging.INFO)
    coach = world.user("career_coach", username="salainen.kayttaja")
    coach.http.post("/v1/auth/login", headers={"X-Kentta-Protocol": "1"}, json={
        "username": "salainen.kayttaja", "password": "väärin", "device_name": "x"})
    coach.push_one(coach.change("client", fields={
        "name": "Salainen Nimi", "assigned_staff_ids": [str(coach.staff_id)],
        "job_goals": "Salainen teksti"}))
    formatter = JsonLineFormatter()
    lines = [formatter.format(record) for record in caplog.records]
    assert any('"msg": "push"' in line for line in lines)
    failed = [json.loads(line) for line in lines if '"msg": "login failed"' in line]
    assert [entry["username"] for entry in failed] == ["salainen.kayttaja"]
    for line in lines:
        entry = json.loads(line)
        assert {"ts", "level", "logger", "msg"} <= set(entry)
        if entry["msg"] == "login failed":
            line = line.replace('"username": "salainen.kayttaja"', "")
        assert "Salainen" not in line and "salainen" not in line


def test_each_request_has_an_id_in_its_logs_and_answer(world, caplog):
    from sync.server.core.logs import RequestIdFilter

    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(RequestIdFilter())
    coach = world.user("career_coach")
    given = "nginx-3f2a9c0d11e24b7c"
    answer = coach.http.post("/v1/sync/push", headers={**coach.headers, "X-Request-ID": given},
                             json={"device_id": str(coach.device_id),
                                   "batch_id": "0b6c1f0e-8f0a-4d55-9d36-5f0c1c3a7e21",
                                   "changes": [coach.change("client")]})
    assert answer.status_code == 200, answer.text
    assert answer.headers["X-Request-ID"] == given
    entries = [json.loads(JsonLineFormatter().format(r)) for r in caplog.records]
    push = [e for e in entries if e["msg"] in ("push", "request") and e.get("request_id") == given]
    assert {e["msg"] for e in push} == {"push", "request"}
    # Free text in the header is not believed (nor logged): a fresh id instead.
    other = coach.http.get("/health", headers={"X-Request-ID": "Matti Meikalainen"})
    made = other.headers["X-Request-ID"]
    assert made != "Matti Meikalainen" and len(made) == 32
    assert "Meik" not in caplog.text


def test_text_format_is_chosen_by_the_environment(monkeypatch):
    from sync.server.core.config import Settings
    from sync.server.core.logs import TextLineFormatter

    monkeypatch.setenv("KENTTA_LOG_FORMAT", "text")
    assert Settings(database_url="sqlite://").json_logs is False
    monkeypatch.setenv("KENTTA_LOG_FORMAT", "json")
    assert Settings(database_url="sqlite://").json_logs is True
    record = logging.makeLogRecord({"name": "sync.server.push", "levelname": "INFO",
                                    "msg": "push", "changes": 3, "request_id": "abcdefgh12"})
    line = TextLineFormatter().format(record)
    assert line.endswith("sync.server.push [abcdefgh12] push changes=3")
