"""Properties of the three-way merge (sync.merge), checked with hypothesis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sync.merge import same_value, three_way_merge

FIELDS = st.sampled_from(["name", "phone", "count", "notes", "open", "tags"])
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["a", "b", "c"]),
    st.lists(st.sampled_from(["x", "y"]), max_size=2),
)
RECORDS = st.dictionaries(FIELDS, VALUES, max_size=6)


@st.composite
def triples(draw):
    """base, server, device: server edits base; the device sends a subset of fields."""
    base = draw(RECORDS)
    server = {**base, **draw(RECORDS)}
    device = draw(RECORDS)
    return base, server, device


@given(triples())
def test_nothing_is_lost(triple):
    base, server, device = triple
    result = three_way_merge(base=base, server=server, device=device)
    conflicted = {c.field: c for c in result.conflicts}
    for name, value in device.items():
        if name in conflicted:
            assert same_value(conflicted[name].device_value, value)
            assert same_value(result.fields[name], server[name])
        elif name in base and same_value(value, base[name]):
            assert same_value(result.fields[name], server[name])  # the device did not change it
        else:
            assert same_value(result.fields[name], value)


@given(triples())
def test_conflicts_only_where_both_sides_changed_differently(triple):
    base, server, device = triple
    result = three_way_merge(base=base, server=server, device=device)
    for conflict in result.conflicts:
        name = conflict.field
        assert name in server
        assert not same_value(server[name], device[name])
        if name in base:
            assert not same_value(server[name], base[name])
            assert not same_value(device[name], base[name])


@given(RECORDS, RECORDS)
def test_fast_forward_when_the_server_did_not_move(base, device):
    result = three_way_merge(base=base, server=base, device=device)
    assert not result.conflicts
    assert result.fields == {**base, **device}


@given(RECORDS, RECORDS)
def test_unchanged_device_fields_keep_the_server(base, server_edit):
    server = {**base, **server_edit}
    device = {k: v for k, v in base.items() if k in server}
    result = three_way_merge(base=base, server=server, device=device)
    assert result.fields == server and not result.conflicts and not result.changed


@given(triples())
def test_merge_is_idempotent(triple):
    base, server, device = triple
    once = three_way_merge(base=base, server=server, device=device)
    twice = three_way_merge(base=base, server=once.fields, device=device)
    assert twice.fields == once.fields
    assert {c.field for c in twice.conflicts} == {c.field for c in once.conflicts}


@given(triples())
def test_conflicting_fields_are_symmetric(triple):
    base, server, device = triple
    server_only = {k: v for k, v in server.items()}
    forward = three_way_merge(base=base, server={**base, **server_only}, device=device)
    backward = three_way_merge(base=base, server={**base, **device}, device=server_only)
    assert {c.field for c in forward.conflicts} == {c.field for c in backward.conflicts}


def test_json_types_differ():
    assert not same_value(1, True) and not same_value(1, 1.0) and same_value([1], [1])


def test_same_value_is_equality_of_the_json_for_scalars():
    # same_value answers scalars without writing their JSON: the same answer as comparing it.
    import json

    values = [None, True, False, 0, 1, -1, 2**70, 0.0, 1.0, -0.0, 1.5, float("inf"), "", "1",
              "null", "true", "1.0", "ä", [1], {"a": 1}]
    for left in values:
        for right in values:
            expected = json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)
            assert same_value(left, right) is expected, (left, right)
