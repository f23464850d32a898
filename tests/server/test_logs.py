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
