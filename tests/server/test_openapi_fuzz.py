"""Schemathesis against the OpenAPI schema: generated requests never get a server error.

Uses schemathesis' Python API (strategies per operation) inside an ordinary test, so the
database fixtures (SQLite and PostgreSQL) apply; examples are bounded to keep it quick.
"""

from __future__ import annotations

import itertools
from collections import Counter

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.server.conftest import PASSWORD
from tests.server.factories import HEADERS, login

EXAMPLES = 25


def test_no_server_error(app, world):
    admin_account = world.add("admin")
    coach = world.user("career_coach")
    coach.push_one(coach.change("employer"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    statuses: Counter = Counter()

    for operation in operations:
        # A fresh login each operation: the fuzzer may log the previous one out.
        admin = login(world.http, admin_account.username, PASSWORD)
        turns = itertools.count()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            # Every other call carries a live admin token to get past the login; the rest
            # keep whatever protocol header and token the generator made up.
            if next(turns) % 2 == 0:
                case.headers = {**(case.headers or {}), **admin.headers}
            elif not case.headers:
                case.headers = dict(HEADERS)
            response = case.call_and_validate(checks=[not_a_server_error])
            statuses[response.status_code // 100] += 1

        check()
    assert statuses[2] > 0 and statuses[4] > 0  # both success and refusal paths ran
