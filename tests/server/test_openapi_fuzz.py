"""Schemathesis against the OpenAPI schema, with every check it has: generated requests, valid
and invalid, get answers that the schema documents (status, content type, body), valid ones are
accepted, invalid ones refused, and none is a server error.

Uses schemathesis' Python API (strategies per operation) inside an ordinary test, so the
database fixtures (SQLite and PostgreSQL) apply; examples are bounded to keep it quick (about
half a minute for both databases).
"""

from __future__ import annotations

import itertools
from collections import Counter

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.modes import GenerationMode

from tests.server.conftest import PASSWORD
from tests.server.factories import HEADERS, login

EXAMPLES = 20

load_all_checks()
ALL_CHECKS = CHECKS.get_all()

# Two answers that a schema cannot express, told to schemathesis:
# - a missing, older or unknown protocol header is answered 426 Upgrade Required (the app must
#   be updated), as the schema's description of the header says: one of the ways the server
#   rejects a request;
# - a new password that fits the schema can still fail the password rules (strength, the
#   username inside it): 422 with the reason, as the operation documents; so can a new staff
#   account's (and its name, blank once trimmed, fails the staff record's schema), and a
#   break-glass reason that fits the schema but says too little (a few words at least).
PASSWORD_RULED = ["/v1/auth/password", "/v1/admin/staff", "/v1/admin/staff/{account_id}/password"]
POSITIVE = ["2xx", "3xx", "401", "403", "404", "409", "429"]
CONFIG = SchemathesisConfig.from_dict({
    "checks": {
        "negative_data_rejection": {"expected-statuses": [
            "400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "426", "428",
            "429"]},
        "missing_required_header": {"expected-statuses": [
            "400", "401", "403", "406", "415", "422", "426"]},
        "positive_data_acceptance": {"expected-statuses": POSITIVE},
    },
    "operations": [*({
        "include-path": path,
        "checks": {"positive_data_acceptance": {"expected-statuses": [*POSITIVE, "422"]}},
    } for path in PASSWORD_RULED), {
        "include-path-regex": "^/v1/clients/.*/break-glass$",
        "checks": {"positive_data_acceptance": {"expected-statuses": [*POSITIVE, "422"]}},
    }],
})


def test_every_check_passes_on_valid_and_invalid_requests(app, world):
    admin_account = world.add("admin")
    manager_account = world.add("manager")  # break-glass is a manager's: past the role check
    coach = world.user("career_coach")
    coach.push_one(coach.change("employer"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    assert {"/v1/auth/totp", "/v1/auth/totp/start", "/v1/auth/totp/confirm",
            "/v1/auth/totp/recovery-codes", "/v1/auth/totp/disable"} <= {
        operation.path for operation in operations}  # the second factor's, fuzzed with the rest
    statuses: Counter = Counter()
    failures: dict[str, str] = {}

    for operation, mode in itertools.product(operations, GenerationMode):
        # A fresh login each operation: the fuzzer may log the previous one out.
        account = manager_account if "break-glass" in operation.label else admin_account
        admin = login(world.http, account.username, PASSWORD)
        turns = itertools.count()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            # Every other call carries a live admin token (given explicitly, so that the auth
            # checks know it is real) to get past the login; the rest keep whatever protocol
            # header and token the generator made up.
            explicit = admin.headers if next(turns) % 2 == 0 else None
            if explicit is not None and mode is GenerationMode.NEGATIVE:
                # Never mend the headers a negative case broke on purpose.
                negated = case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER)
                explicit = None if negated else {"Authorization": admin.headers["Authorization"]}
            if explicit is None and not case.headers:
                case.headers = dict(HEADERS)
            response = case.call_and_validate(headers=explicit, checks=ALL_CHECKS)
            statuses[response.status_code // 100] += 1

        try:
            check()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # nothing to make invalid (no parameters)
        except (Exception, BaseExceptionGroup) as failure:  # noqa: BLE001 - all listed at once
            failures[f"{operation.label} ({mode.value})"] = str(failure)[:1500]
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())
    assert statuses[2] > 0 and statuses[4] > 0  # both success and refusal paths ran
    assert statuses[5] == 0
