"""Three-way merge of one record's fields: a pure function both ends can use.

``base`` is the record as the device last saw it (the revision it edited), ``server`` is the
record as stored now, ``device`` holds the fields the device sends (a field it does not send is
one it did not change). Per field:

- the device's value equals the server's: nothing to do;
- only one side changed it since ``base``: that side's value wins;
- both changed it to different values: a conflict. The server's value is kept and the device's
  value is reported, so nothing is lost and a person can choose.

Values compare as JSON (``1`` and ``1.0`` and ``True`` differ). A field missing from ``base``
(a new field, or no base at all) counts as changed on every side that has it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

_MISSING = object()
_SCALARS = frozenset((str, int, float, bool, type(None)))


def same_value(left: Any, right: Any) -> bool:
    """True when two JSON values are equal as JSON (types included)."""
    if left is _MISSING or right is _MISSING:
        return left is right
    if type(left) is type(right):
        if isinstance(left, (str, int, bool)) or left is None:
            return left == right
    elif type(left) in _SCALARS and type(right) in _SCALARS:
        return False  # different JSON types (a float's JSON always has ".", "e", "inf" or "nan")
    return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)


@dataclass(frozen=True)
class FieldConflict:
    field: str
    server_value: Any
    device_value: Any


@dataclass(frozen=True)
class MergeResult:
    fields: dict[str, Any]  # the merged record: server's fields with the device's changes
    changed: tuple[str, ...]  # fields whose value differs from the server's before the merge
    conflicts: tuple[FieldConflict, ...] = field(default_factory=tuple)


def three_way_merge(
    *, base: Mapping[str, Any], server: Mapping[str, Any], device: Mapping[str, Any]
) -> MergeResult:
    merged = dict(server)
    changed: list[str] = []
    conflicts: list[FieldConflict] = []
    for name, device_value in device.items():
        server_value = server.get(name, _MISSING)
        if same_value(device_value, server_value):
            continue
        base_value = base.get(name, _MISSING)
        if same_value(device_value, base_value):
            continue  # the device did not change it; the server's value stands
        if same_value(server_value, base_value):
            merged[name] = device_value
            changed.append(name)
            continue
        conflicts.append(
            FieldConflict(
                field=name,
                server_value=None if server_value is _MISSING else server_value,
                device_value=device_value,
            )
        )
    return MergeResult(fields=merged, changed=tuple(changed), conflicts=tuple(conflicts))
