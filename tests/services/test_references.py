"""The records a field points to (no Qt): every id field of every kind is known, and a
conflict's ids are shown by name."""

from __future__ import annotations

import datetime as dt
import typing
import uuid

from desktop.services import clients, employers, references, visits
from desktop.services.references import NOT_REFERENCES, REFERENCES, referenced_kind
from desktop.services.conflicts import ConflictView
from sync.records import RECORD_TYPES


def _id_fields() -> set[str]:
    """Every field of a record kind that holds a UUID or a list of ids, but a record's own id."""
    found = set()
    for schema in RECORD_TYPES.values():
        for name, info in schema.model_fields.items():
            types = typing.get_args(info.annotation) or (info.annotation,)
            if name != "id" and (uuid.UUID in types or name.endswith("_ids")):
                found.add(name)
    return found


def test_every_id_field_of_every_kind_says_what_it_points_to():
    """A kind added with a new id field fails here until REFERENCES names its target."""
    fields = _id_fields()
    assert fields - set(REFERENCES) == set(NOT_REFERENCES), "add the field to REFERENCES (services/references.py)"
    assert set(REFERENCES) <= fields, "REFERENCES names a field that no kind has"
    assert set(REFERENCES.values()) <= set(RECORD_TYPES)
    assert {"employer_id", "assigned_staff_ids", "event_id", "hired_by_employer_id"} <= fields


def test_a_path_is_referenced_by_its_field():
    assert referenced_kind("assigned_staff_ids.0") == "staff"
    assert referenced_kind("event_id") == "recruitment_event"
    assert referenced_kind("name") is None and referenced_kind("record_id") is None


def _conflict(field: str, mine, theirs) -> ConflictView:
    return ConflictView(id=uuid.uuid4(), kind="visit", record_id=uuid.uuid4(), field=field, mine=mine,
                        theirs=theirs, mine_kept=True, origin="server", label="")


def test_conflict_values_are_named_and_an_unknown_id_is_left_out(store, actor):
    kallio = employers.create_employer(store, actor=actor, data={"name": "Kallio Oy"})
    aalto = employers.create_employer(store, actor=actor, data={"name": "Aalto Ab"})
    missing = uuid.uuid4()
    names = references.reference_names(store, [
        _conflict("employer_id", str(kallio.id), str(missing)),
        _conflict("assigned_staff_ids", [str(actor.staff_id), "not an id"], None),
        _conflict("employer_ids.1", None, str(aalto.id)),
        _conflict("notes", "text", str(kallio.id)),
        _conflict("deleted", {"notes": "x"}, True),
    ])
    assert names == {str(kallio.id): "Kallio Oy", str(aalto.id): "Aalto Ab", str(actor.staff_id): "Testi Valmentaja"}
    assert references.reference_names(store, []) == {}


def test_choices_are_live_records_by_name_and_a_contact_of_the_records_employer(store, actor):
    kallio = employers.create_employer(store, actor=actor, data={"name": "kallio Oy"})
    aalto = employers.create_employer(store, actor=actor, data={"name": "Aalto Ab"})
    gone = employers.create_employer(store, actor=actor, data={"name": "Poistettu Oy"})
    employers.delete_employer(store, actor=actor, employer_id=gone.id)
    ville = employers.add_contact(store, actor=actor, employer_id=kallio.id, data={"name": "Ville"})
    employers.add_contact(store, actor=actor, employer_id=aalto.id, data={"name": "Anna"})
    position = employers.add_position(store, actor=actor, employer_id=kallio.id, data={"title": "Kokki"})

    assert references.reference_choices(store, kind="position", record_id=position.id, field="employer_id") == [
        (str(aalto.id), "Aalto Ab"), (str(kallio.id), "kallio Oy")]
    visit = visits.record_visit(store, actor=actor, employer_id=kallio.id,
                                data={"visited_at": dt.datetime(2025, 3, 1, 10, 0)})
    assert references.reference_choices(store, kind="visit", record_id=visit.id, field="contact_id") == [
        (str(ville.id), "Ville")]


def test_a_record_is_named_by_its_name_title_or_date_else_its_id(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Aino Asiakas"})
    note = clients.add_note(store, actor=actor, client_id=client.id,
                            data={"text": "Tapaaminen", "noted_on": dt.date(2025, 3, 2)})
    consent = clients.record_consent(store, actor=actor, client_id=client.id, data={"given_on": dt.date(2025, 3, 1)})
    assert references.row_name(client) == "Aino Asiakas"
    assert references.row_name(note) == "2025-03-02"
    assert references.row_name(consent) == "2025-03-01"
