"""Valid invented records of every kind, and a small API client for tests."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from faker import Faker

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

fake = Faker("fi_FI")
Faker.seed(20261123)

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def record_fields(kind: str, *, org_id: uuid.UUID, staff_id: uuid.UUID,
                  client_id: uuid.UUID | None = None) -> dict[str, Any]:
    """Every data field a new record of ``kind`` needs (invented values)."""
    today = dt.date(2026, 3, 2)
    employer_id = str(uuid.uuid4())
    client = str(client_id or uuid.uuid4())
    samples: dict[str, dict[str, Any]] = {
        "organisation": {"name": fake.company(), "retention_months": 24},
        "locality": {"organisation_id": str(org_id), "name": fake.city()},
        "staff": {"organisation_id": str(org_id), "name": fake.name(), "role": "career_coach"},
        "employer": {"name": fake.company(), "business_id": fake.company_business_id()},
        "contact": {"employer_id": employer_id, "name": fake.name()},
        "visit": {"employer_id": employer_id, "visited_at": "2026-03-02T09:30:00"},
        "position": {"employer_id": employer_id, "title": fake.job()},
        "client": {"name": fake.name(), "assigned_staff_ids": [str(staff_id)],
                   "service_start": today.isoformat()},
        "consent": {"client_id": client, "given_on": today.isoformat()},
        "assessment": {"client_id": client, "assessed_on": today.isoformat()},
        "client_note": {"client_id": client, "noted_on": today.isoformat(), "text": fake.sentence()},
        "transition": {"client_id": client, "transition_kind": "paid_work",
                       "start_date": today.isoformat()},
        "recruitment_event": {"name": "Työkohtaamo", "held_on": today.isoformat()},
        "event_participant": {"event_id": str(uuid.uuid4()), "client_id": client},
        "handover_form": {"client_id": client, "document_number": "HF-1"},
        "client_attachment": {"client_id": client, "attachment_kind": "cv", "file_name": "cv.pdf",
                              "media_type": "application/pdf", "size": 1234, "sha256": "ab" * 32,
                              "attached_on": today.isoformat()},
        "employer_attachment": {"employer_id": employer_id, "attachment_kind": "letter_of_intent",
                                "file_name": "aiesopimus.pdf", "media_type": "application/pdf",
                                "size": 2345, "sha256": "cd" * 32, "attached_on": today.isoformat()},
        "break_glass": {"client_id": client, "staff_id": str(staff_id),
                        "reason": "Asiakkaan valitus käsittelyyn",
                        "granted_at": "2026-03-02T09:30:00+00:00",
                        "expires_at": "2026-03-03T09:30:00+00:00"},
        "assignment_request": {"client_id": client, "requested_by": str(staff_id)},
        "audit_event": {"action": "view", "record_kind": "client", "client_id": client},
    }
    return samples[kind]


@dataclass
class ApiUser:
    """One logged-in device, talking to the server through a TestClient or httpx.Client."""

    http: Any
    username: str
    access_token: str
    refresh_token: str
    device_id: uuid.UUID
    staff_id: uuid.UUID
    organisation_id: uuid.UUID
    role: str
    cursor: int = 0
    seen: dict = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {**HEADERS, "Authorization": f"Bearer {self.access_token}"}

    def change(self, kind: str, record_id=None, *, base_rev=0, fields=None, deleted=False,
               client_id=None) -> dict[str, Any]:
        if fields is None:
            fields = record_fields(kind, org_id=self.organisation_id, staff_id=self.staff_id,
                                   client_id=client_id)
        return {"kind": kind, "id": str(record_id or uuid.uuid4()), "base_rev": base_rev,
                "fields": fields, "deleted": deleted}

    def push(self, *changes: dict[str, Any], batch_id=None, expect: int = 200) -> dict:
        body = {"device_id": str(self.device_id), "batch_id": str(batch_id or uuid.uuid4()),
                "changes": list(changes)}
        response = self.http.post("/v1/sync/push", json=body, headers=self.headers)
        assert response.status_code == expect, response.text
        return response.json()

    def push_one(self, change: dict[str, Any]) -> dict:
        return self.push(change)["results"][0]

    def pull_all(self, *, limit: int = 500) -> list[dict]:
        """Pull from the stored cursor until no more; the changes seen."""
        got = []
        while True:
            response = self.http.get(
                "/v1/sync/pull", params={"cursor": self.cursor, "limit": limit},
                headers=self.headers,
            )
            assert response.status_code == 200, response.text
            page = response.json()
            got.extend(page["changes"])
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return got


def login(http, username: str, password: str, device_name: str = "test laptop") -> ApiUser:
    response = http.post(
        "/v1/auth/login",
        json={"username": username, "password": password, "device_name": device_name},
        headers=HEADERS,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    return ApiUser(
        http=http, username=username, access_token=body["access_token"],
        refresh_token=body["refresh_token"], device_id=uuid.UUID(body["device_id"]),
        staff_id=uuid.UUID(body["staff_id"]), organisation_id=uuid.UUID(body["organisation_id"]),
        role=body["role"],
    )
