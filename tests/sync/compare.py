"""Comparing a profile with the server: the same records, revisions and fields."""

from __future__ import annotations

from sqlmodel import select

from desktop.store.profile import Store
from desktop.store.tables import TABLES
from desktop.sync.rows import wire_fields


def server_view(api) -> dict:
    """A full pull from 0: the current state of every record this user may see."""
    api.cursor = 0
    return {(c["kind"], c["id"]): c for c in api.pull_all(limit=1000)}


def local_view(store: Store) -> dict:
    found = {}
    with store.reader() as session:
        for kind, table in TABLES.items():
            for row in session.exec(select(table)).all():
                found[(kind, str(row.id))] = {"rev": row.rev, "deleted": row.deleted,
                                              "fields": wire_fields(row)}
    return found


def differences(store: Store, view: dict, *, skip_kinds=("audit_event",)) -> list[str]:
    """Where the profile differs from the server's view (empty: the same data)."""
    local = local_view(store)
    problems = []
    for key, change in view.items():
        if key[0] in skip_kinds:
            continue
        mine = local.get(key)
        if change["deleted"]:
            if mine is not None and not mine["deleted"]:
                problems.append(f"{key}: deleted on the server, alive here")
            continue
        if mine is None:
            problems.append(f"{key}: missing here")
            continue
        if mine["rev"] != change["rev"] or mine["deleted"]:
            problems.append(f"{key}: rev {mine['rev']} deleted={mine['deleted']} here, "
                            f"rev {change['rev']} on the server")
        fields = {k: v for k, v in change["fields"].items() if k in mine["fields"]}
        if fields != {k: mine["fields"][k] for k in fields}:
            diff = sorted(k for k in fields if fields[k] != mine["fields"][k])
            problems.append(f"{key}: fields differ: {diff}")
    for key, mine in local.items():
        if key[0] in skip_kinds or key in view or mine["deleted"]:
            continue
        problems.append(f"{key}: here (rev {mine['rev']}) but not on the server")
    return problems
