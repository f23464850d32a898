"""Pulled tombstones as the wire contract for deletes gives them (``deleted: true``,
``fields: {}``, an edit lost to the delete as a conflict on ``deleted`` naming fields), applied
to a real SQLCipher profile through ``DesktopReplica`` as the sync engine does, and an older
server's tombstones that still carry fields: nothing of the record stays on the laptop."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlmodel import select

from desktop.services import clients, employers, search
from desktop.store.tables import Client, ClientNote, Employer, OutboxEntry, Staff
from desktop.services.conflicts import close_notice, list_conflicts
from desktop.sync.replica import DesktopReplica
from sync.protocol import Conflict, PulledChange, PullResponse
from tests.support.decrypted import every_page

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.timezone.utc)
DEVICE = uuid.uuid4()
OTHER_DEVICE = uuid.uuid4()


def _page(*changes: PulledChange, cursor: int = 10) -> PullResponse:
    return PullResponse(changes=list(changes), next_cursor=cursor, has_more=False)


def _tombstone(kind: str, record_id, rev: int, *, fields=None, conflicts=()) -> PulledChange:
    return PulledChange(kind=kind, id=record_id, rev=rev, seq=rev, deleted=True, fields=fields or {},
                        modified_at=NOW, conflicts=list(conflicts))


def _lost_edit(kind: str, record_id, rev: int, *, staff_id, names) -> Conflict:
    return Conflict(id=uuid.uuid4(), kind=kind, record_id=record_id, field="deleted", server_value=True,
                    device_value=names, base_rev=rev - 1, rev=rev, device_id=OTHER_DEVICE,
                    staff_id=staff_id, created_at=NOW)


def _synced(store, table, record_id, rev: int) -> None:
    with store.session() as session:
        for entry in session.exec(select(OutboxEntry).where(OutboxEntry.record_id == record_id)).all():
            session.delete(entry)
        session.get(table, record_id).rev = rev


def _apply(store, page: PullResponse):
    return DesktopReplica(store, device_id=DEVICE).apply_page(page, histories={})


def test_an_older_servers_tombstone_with_fields_drops_the_client_and_its_records(store, actor):
    client = clients.create_client(store, actor=actor, data={"name": "Quxlinderberg Asiakas"})
    note = clients.add_note(store, actor=actor, client_id=client.id,
                            data={"noted_on": dt.date(2026, 2, 1), "text": "Zyqwarblefrost"})
    _synced(store, Client, client.id, 2), _synced(store, ClientNote, note.id, 1)
    report = _apply(store, _page(_tombstone("client", client.id, 3, fields={
        "name": "Quxlinderberg Asiakas", "assigned_staff_ids": [str(actor.staff_id)]})))
    assert report.dropped == 2
    with store.reader() as session:
        assert session.get(Client, client.id) is None and session.get(ClientNote, note.id) is None
    assert search.search(store, "quxlinderberg") == []
    pages = every_page(store)
    assert b"linderberg" not in pages and b"warblefrost" not in pages


def test_another_persons_edit_lost_to_my_delete_is_a_notice_that_closes_with_a_delete(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Poistettu Oy"})
    _synced(store, Employer, employer.id, 4)
    employers.delete_employer(store, actor=actor, employer_id=employer.id)
    with store.session() as session:  # as if the delete was sent and answered as revision 5
        for entry in session.exec(select(OutboxEntry)).all():
            session.delete(entry)
        editor = Staff(name="Toinen Koordinaattori", role="employer_coordinator")
        session.add(editor)
    lost = _lost_edit("employer", employer.id, 6, staff_id=editor.id, names=["municipality", "notes"])

    report = _apply(store, _page(_tombstone("employer", employer.id, 6, conflicts=[lost])))
    assert report.dropped == 0 and report.invalid == 0
    [notice] = list_conflicts(store)
    assert notice.notice and (notice.kind, notice.record_id) == ("employer", employer.id)
    assert (notice.mine, notice.theirs, notice.who, notice.origin) == (
        ["municipality", "notes"], True, "Toinen Koordinaattori", "server")

    again = _apply(store, _page(_tombstone("employer", employer.id, 6, conflicts=[lost]), cursor=11))
    assert again.conflicts == [] and len(list_conflicts(store)) == 1  # the same notice, once

    close_notice(store, actor=actor, conflict_id=notice.id)
    assert list_conflicts(store) == []
    with store.reader() as session:
        [entry] = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == employer.id)).all()
    # Contract point 5: a delete with the tombstone's current revision acknowledges it.
    assert (entry.kind, entry.deleted, entry.base_rev, entry.fields) == ("employer", True, 6, {})

    closed = _apply(store, _page(_tombstone("employer", employer.id, 7), cursor=12))
    assert list_conflicts(store) == [] and closed.invalid == 0


def test_my_unsent_edit_meeting_a_tombstone_leaves_names_not_values(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Kiistelty Oy"})
    _synced(store, Employer, employer.id, 2)
    employers.update_employer(store, actor=actor, employer_id=employer.id,
                              fields={"notes": "Zyqwarblefrost", "municipality": "Raahe"})
    report = _apply(store, _page(_tombstone("employer", employer.id, 3)))
    assert report.conflicts == [("employer", employer.id, "deleted")]
    [notice] = list_conflicts(store)
    assert (notice.mine, notice.theirs, notice.origin) == (["municipality", "notes"], True, "local")
    with store.reader() as session:
        assert session.get(Employer, employer.id) is None
        assert session.exec(select(OutboxEntry).where(OutboxEntry.record_id == employer.id)).all() == []
    assert b"warblefrost" not in every_page(store)
    close_notice(store, actor=actor, conflict_id=notice.id)  # only this laptop knew: nothing to send
    with store.reader() as session:
        assert session.exec(select(OutboxEntry).where(OutboxEntry.record_id == employer.id)).all() == []


def test_a_pulled_edit_of_a_record_deleted_here_does_not_bring_it_back(store, actor):
    employer = employers.create_employer(store, actor=actor, data={"name": "Poistuva Oy"})
    _synced(store, Employer, employer.id, 2)
    employers.delete_employer(store, actor=actor, employer_id=employer.id)
    edit = PulledChange(kind="employer", id=employer.id, rev=3, seq=3, deleted=False, modified_at=NOW,
                        fields={"name": "Poistuva Oy", "notes": "Toisen muutos"})
    _apply(store, _page(edit))
    with store.reader() as session:
        assert session.get(Employer, employer.id) is None
        [entry] = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == employer.id)).all()
    assert (entry.deleted, entry.base_rev, entry.fields) == (True, 3, {})
