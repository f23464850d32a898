"""Login throttling: attempts counted before the password is checked, growing delays instead
of a lock, known devices exempt from failures elsewhere, proxy hops counted from the right."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from sqlmodel import Session

from sync.server.accounts import add_staff, create_organisation
from sync.server.app import create_app
from sync.server.core.db import make_engine
from sync.server.models import LoginThrottle
from sync.server.tokens import revoke_device
from tests.server.conftest import PASSWORD, fast_settings
from tests.server.factories import HEADERS
from tests.server.live import free_port, serving

PARALLEL = 20


def _login(http, username, password, *, device_id=None, headers=None):
    body = {"username": username, "password": password, "device_name": "kannettava"}
    if device_id is not None:
        body["device_id"] = str(device_id)
    return http.post("/v1/auth/login", headers={**HEADERS, **(headers or {})}, json=body)


def _let_time_pass(engine) -> None:
    """Every delay so far has been waited out (the clock moved on)."""
    past = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
    with Session(engine) as session:
        session.exec(update(LoginThrottle).values(next_allowed_at=past))
        session.commit()


def _delay(engine, key: str) -> int:
    """The delay the last counted failure under ``key`` imposed, in seconds."""
    with Session(engine) as session:
        row = session.get(LoginThrottle, key)
        return round((row.next_allowed_at - row.updated_at).total_seconds())


def _use(app, world, **overrides):
    app.state.settings = world.settings.model_copy(update=overrides)


def test_parallel_wrong_passwords_are_counted_before_they_are_checked(database_url):
    """A live server on both databases: of 20 wrong passwords sent at once, only the allowance
    of 5 is evaluated; the rest are answered 429 without a password check."""
    settings = fast_settings(database_url, login_max_failures_per_user=5,
                             login_delay_seconds=600, argon2_memory_kib=16384,
                             argon2_time_cost=2)
    engine = make_engine(database_url)
    with Session(engine) as session:
        org = create_organisation(session=session, name="Rinnakkaiset kirjautumiset")
        add_staff(session=session, settings=settings, organisation=str(org),
                  username="kohde", name="Kohde Henkilö", role="career_coach", password=PASSWORD)
        session.commit()
    statuses: list[int] = []
    start = threading.Barrier(PARALLEL)

    def attempt(url: str) -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            start.wait()
            statuses.append(_login(http, "kohde", "väärä-arvaus").status_code)

    with serving(create_app(settings, engine=engine)) as url:
        threads = [threading.Thread(target=attempt, args=(url,)) for _ in range(PARALLEL)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    engine.dispose()
    assert sorted(statuses) == [401] * 5 + [429] * (PARALLEL - 5), Counter(statuses)


def test_failures_slow_down_with_doubling_delays_and_never_lock(world, client, app, engine):
    _use(app, world, login_max_failures_per_user=2, login_delay_seconds=10,
         login_max_delay_seconds=40)
    world.add("career_coach", username="hidas")
    assert _login(client, "hidas", "arvaus-1").status_code == 401
    assert _login(client, "hidas", "arvaus-2").status_code == 401
    delays = []
    for number in range(4):
        waiting = _login(client, "hidas", PASSWORD)  # even the right one waits its turn
        assert waiting.status_code == 429
        assert "wait" in waiting.json()["detail"]
        delays.append(_delay(engine, "user:hidas"))
        assert 1 <= int(waiting.headers["Retry-After"]) <= delays[-1]
        _let_time_pass(engine)
        assert _login(client, "hidas", f"arvaus-{number + 3}").status_code == 401
    assert delays == [10, 20, 40, 40]  # doubling, capped
    _let_time_pass(engine)
    assert _login(client, "hidas", PASSWORD).status_code == 200  # a delay, not a lock
    # A success starts the count again.
    assert _login(client, "hidas", "arvaus").status_code == 401
    assert _login(client, "hidas", "arvaus").status_code == 401
    assert _login(client, "hidas", "arvaus").status_code == 429


def test_a_known_device_is_not_locked_out_by_failures_elsewhere(world, client, app):
    _use(app, world, login_delay_seconds=600)
    world.add("career_coach", username="aino")
    device_id = _login(client, "aino", PASSWORD).json()["device_id"]
    for _ in range(world.settings.login_max_failures_per_user):
        assert _login(client, "aino", "hyökkääjän arvaus").status_code == 401
    assert _login(client, "aino", "hyökkääjän arvaus").status_code == 429
    assert _login(client, "aino", PASSWORD).status_code == 429  # a new device waits
    known = _login(client, "aino", PASSWORD, device_id=device_id)
    assert known.status_code == 200 and known.json()["device_id"] == device_id
    # The known device's own failures slow only that device.
    for _ in range(world.settings.login_max_failures_per_user):
        assert _login(client, "aino", "kirjoitusvirhe", device_id=device_id).status_code == 401
    assert _login(client, "aino", PASSWORD, device_id=device_id).status_code == 429


def test_a_revoked_or_foreign_device_id_counts_as_unknown(world, client, app):
    _use(app, world, login_delay_seconds=600)
    world.add("career_coach", username="ville")
    lost = _login(client, "ville", PASSWORD).json()["device_id"]
    with Session(world.engine) as session:
        revoke_device(session, device_id=uuid.UUID(lost))
        session.commit()
    other = world.user("career_coach")
    for _ in range(world.settings.login_max_failures_per_user):
        assert _login(client, "ville", "arvaus").status_code == 401
    # Neither a revoked device nor another account's gives a way round the account's delay.
    assert _login(client, "ville", PASSWORD, device_id=lost).status_code == 429
    assert _login(client, "ville", PASSWORD, device_id=other.device_id).status_code == 429


def test_one_address_cannot_lock_an_office_out(world, client, app):
    _use(app, world, login_max_failures_per_address=3, login_delay_seconds=600)
    colleague = world.add("career_coach", username="kollega")
    device_id = _login(client, "kollega", PASSWORD).json()["device_id"]
    for name in ("a", "b", "c"):
        assert _login(client, f"tuntematon-{name}", "x").status_code == 401
    assert _login(client, "tuntematon-d", "x").status_code == 429
    # New devices from the address wait; a colleague's known laptop logs in at once.
    assert _login(client, colleague.username, PASSWORD).status_code == 429
    assert _login(client, colleague.username, PASSWORD, device_id=device_id).status_code == 200


def _spray(client, count, forwarded_for):
    """Wrong passwords for rotated usernames, each with its own X-Forwarded-For."""
    return [
        _login(client, f"arvattu-{number}", "x",
               headers={"X-Forwarded-For": forwarded_for(number)}).status_code
        for number in range(count)
    ]


@pytest.mark.parametrize("proxy", [{"trust_forwarded_for": True}, {"trusted_proxy_hops": 1}])
def test_one_proxy_hop_takes_the_address_the_proxy_saw(world, client, app, proxy):
    _use(app, world, login_max_failures_per_address=3, login_delay_seconds=600, **proxy)
    # The client writes the left entries; the proxy appends the address it saw.
    statuses = _spray(client, 45, lambda n: f"10.0.{n}.1, 203.0.113.7")
    assert statuses == [401] * 3 + [429] * 42
    # Another client behind the same proxy is counted apart.
    assert _spray(client, 1, lambda n: "203.0.113.99") == [401]


def test_two_proxy_hops_take_the_second_address_from_the_right(world, client, app):
    _use(app, world, login_max_failures_per_address=3, login_delay_seconds=600,
         trusted_proxy_hops=2)
    statuses = _spray(client, 10, lambda n: f"10.0.{n}.1, 198.51.100.4, 192.0.2.1")
    assert statuses == [401] * 3 + [429] * 7


def test_without_trusted_proxies_the_header_is_ignored(world, client, app):
    _use(app, world, login_max_failures_per_address=3, login_delay_seconds=600)
    statuses = _spray(client, 6, lambda n: f"10.0.{n}.1")
    assert statuses == [401] * 3 + [429] * 3


def test_failed_and_throttled_logins_are_logged_with_username_and_address(
        world, client, app, caplog):
    _use(app, world, login_max_failures_per_user=1, login_delay_seconds=600,
         trusted_proxy_hops=1)
    world.add("career_coach", username="lokitettu")
    caplog.set_level(logging.INFO, logger="sync.server")
    forwarded = {"X-Forwarded-For": "198.51.100.23"}
    assert _login(client, "Lokitettu", "väärin", headers=forwarded).status_code == 401
    assert _login(client, "lokitettu", "väärin", headers=forwarded).status_code == 429
    failed = [r for r in caplog.records if r.getMessage() == "login failed"]
    throttled = [r for r in caplog.records if r.getMessage() == "login throttled"]
    assert [(r.username, r.address) for r in failed] == [("lokitettu", "198.51.100.23")]
    assert [(r.username, r.address) for r in throttled] == [("lokitettu", "198.51.100.23")]
    assert 500 < throttled[0].retry_after <= 600
    assert all("väärin" not in r.getMessage() and not hasattr(r, "password")
               for r in caplog.records)


def test_the_served_app_does_not_let_local_peers_choose_their_address(tmp_path):
    """``kentta-server serve`` as run in production: uvicorn must not rewrite the client address
    from X-Forwarded-For by itself (it would for any peer on loopback), or hops=0 means nothing."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
           "KENTTA_DATABASE_URL": f"sqlite:///{tmp_path / 'served.sqlite3'}",
           "KENTTA_LOGIN_MAX_FAILURES_PER_ADDRESS": "3", "KENTTA_LOGIN_DELAY_SECONDS": "600",
           "KENTTA_ARGON2_TIME_COST": "1", "KENTTA_ARGON2_MEMORY_KIB": "64"}
    server = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            for _ in range(300):
                try:
                    http.get("/health")
                    break
                except httpx.TransportError:
                    if server.poll() is not None:
                        pytest.fail(f"kentta-server serve exited with {server.returncode}")
                    time.sleep(0.1)
            statuses = _spray(http, 6, lambda n: f"10.0.{n}.1")
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert statuses == [401] * 3 + [429] * 3
