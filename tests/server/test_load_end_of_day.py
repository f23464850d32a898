"""The end-of-day load test (benchmarks/load) at a tiny size, through real nginx with TLS, and its
receipt check against the database.

Skipped only where nginx or Locust is not installed (CI may not have Debian's nginx); the
PostgreSQL service is required as by the other server tests.
"""

from __future__ import annotations

import importlib.util
import uuid

import pytest
from sqlmodel import Session

from benchmarks.load import proxy, seed
from benchmarks.load.__main__ import check_receipts, options, run_once
from sync.protocol import Change, PushRequest
from sync.server.authz import Principal
from sync.server.core.db import make_engine
from sync.server.models import Account
from sync.server.push import push

pytestmark = pytest.mark.postgres

needs_tools = pytest.mark.skipif(
    proxy.nginx_binary() is None or importlib.util.find_spec("locust") is None,
    reason="the load test needs nginx (apt-get install nginx) and locust (the bench extra)",
)


@needs_tools
def test_ten_laptops_sync_through_nginx_with_no_error_and_no_lost_or_duplicated_change(
        pg_database_url):
    # pg_database_url: PostgreSQL must be reachable (the load test makes a database of its own)
    figures = run_once(options(["--laptops", "10", "--orgs", "2", "--users", "4",
                                "--min-changes", "100", "--max-changes", "150",
                                "--run-time", "240"]), 1)

    assert figures["completed_syncs"] == 10
    assert figures["errors"] == 0, figures["examples"]
    assert figures["failed_requests"] == 0
    assert figures["lost"] == 0
    assert figures["duplicated"] == 0
    # every change each laptop pushed came back with a receipt, and each receipt is stored
    assert figures["receipts"] == figures["changes_pushed"] >= 10 * 100
    assert figures["stored_revisions"] == figures["receipts"]
    assert figures["changes_pulled"] > 0  # colleagues' employers and the laptop's own echo
    assert figures["syncs_per_s"] > 0 and figures["p99_s"] >= figures["p50_s"] > 0


def test_the_receipt_check_finds_a_lost_and_an_unreceipted_change(pg_database_url):
    laptops, _cursor = seed.seed(pg_database_url, laptops=1, orgs=1, token_minutes=60)
    laptop = laptops[0]
    engine = make_engine(pg_database_url)
    with Session(engine) as session:
        account = session.get(Account, _account_id(engine, laptop.staff_id))
        principal = Principal(account_id=account.id, organisation_id=account.organisation_id,
                              staff_id=account.staff_id, role=account.role,
                              device_id=uuid.UUID(laptop.device_id))
    answer = push(engine=engine, principal=principal, request=PushRequest(
        device_id=uuid.UUID(laptop.device_id), batch_id=uuid.uuid4(),
        changes=[Change(kind="employer", id=uuid.uuid4(), fields={"name": "Tarkistus Oy"})]))
    engine.dispose()
    result = answer.results[0]
    assert result.status == "applied"
    receipt = [result.kind, str(result.id), result.rev, result.seq]
    devices = [laptop.device_id]

    assert check_receipts(pg_database_url, [{"receipts": [receipt]}], devices) == {
        "receipts": 1, "stored_revisions": 1, "lost": 0, "duplicated": 0}
    # a receipt the database does not hold as receipted: lost
    wrong_rev = [receipt[0], receipt[1], receipt[2] + 1, receipt[3]]
    assert check_receipts(pg_database_url, [{"receipts": [wrong_rev]}], devices)["lost"] == 1
    never_stored = ["visit", str(uuid.uuid4()), 1, receipt[3] + 1000]
    assert check_receipts(pg_database_url, [{"receipts": [receipt, never_stored]}],
                          devices)["lost"] == 1
    # a change the server holds that no laptop has a receipt for, or a receipt given twice
    assert check_receipts(pg_database_url, [{"receipts": []}], devices)["duplicated"] == 1
    assert check_receipts(pg_database_url, [{"receipts": [receipt]}, {"receipts": [receipt]}],
                          devices)["duplicated"] == 1


def _account_id(engine, staff_id: str) -> uuid.UUID:
    from sqlmodel import select

    with Session(engine) as session:
        return session.exec(select(Account.id).where(
            Account.staff_id == uuid.UUID(staff_id))).one()
