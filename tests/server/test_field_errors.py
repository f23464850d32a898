"""One field-error shape on both ends: the server's refusal and the desktop's ``InvalidInput``
name the same field by the same path, from the one converter (``sync/field_errors.py``)."""

from __future__ import annotations

import uuid

import pytest

from desktop.errors import InvalidInput
from desktop.services import changes
from desktop.store.tables import Client
from sync.field_errors import FieldError


def test_a_nested_field_is_named_by_the_same_path_by_the_server_and_the_desktop(world):
    coach = world.user("career_coach")
    fields = {"name": "Polku Asiakas", "assigned_staff_ids": [str(coach.staff_id), "x" * 500]}
    refused = coach.push_one(coach.change("client", uuid.uuid4(), fields=fields))
    assert refused["status"] == "refused" and refused["reason"].startswith("invalid:")
    server = [FieldError.from_wire(item) for item in refused["field_errors"]]

    with pytest.raises(InvalidInput) as raised:
        changes.validate(Client, fields)
    desktop = raised.value.errors

    assert server == desktop
    [error] = desktop
    assert error.path == ("assigned_staff_ids", 1) and error.name == "assigned_staff_ids"
    assert error.code == "string_too_long"
    assert refused["field_errors"] == [error.to_wire()]


def test_a_path_is_written_and_read_back_without_a_pattern():
    error = FieldError("title", "required", "This field is required.").under("positions", 2)
    assert (error.field, error.path, error.name) == ("positions.2.title", ("positions", 2, "title"), "positions")
    assert FieldError("", "invalid", "whole record").path == ()
    assert FieldError.from_wire(error.to_wire()) == error
