"""A server restored from a backup, as real laptops meet it: a profile that synced after the
backup is told so in its receipt, keeps its own data, sends again what it made since the backup,
takes the server's copies of the rest, and receives what is written after the restore; a
profile that had not synced since the backup is not alarmed."""

from __future__ import annotations

from desktop.services import employers
from desktop.services.setup import current_actor
from desktop.store.tables import Employer
from sync.server.backup import backup, restore
from tests.sync.conftest import run_sync, same_as_server


def _employer(store, name: str):
    return employers.create_employer(store, actor=current_actor(store), data={"name": name})


def test_laptops_after_a_restore(server, profiles, tmp_path):
    coach, other, late = (server.add_user("career_coach") for _ in range(3))
    a, b, c = profiles(coach.username), profiles(other.username), profiles(late.username)
    for store in (a, b, c):
        assert run_sync(store).outcome == "ok"
    kept = _employer(a, "Kallion Kone Oy")
    assert run_sync(a).outcome == "ok" and run_sync(c).outcome == "ok"
    dump = tmp_path / "server.backup"
    backup(server.settings.database_url, dump)

    lost = _employer(a, "Vaasan Valimo Oy")  # after the backup
    assert run_sync(a).outcome == "ok"
    server.engine.dispose()
    restore(server.settings.database_url, dump)

    new = _employer(b, "Oulun Osuuskauppa")
    after_b = run_sync(b)
    assert after_b.outcome == "ok" and after_b.server_restored_at is None  # synced before

    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.server_restored_at is not None
    assert receipt.needs_attention and any("backup" in line for line in receipt.lines())
    assert receipt.resent == 1 and receipt.not_on_server == 0
    with a.reader() as session:
        assert session.get(Employer, new.id) is not None  # written after the restore: arrives
        assert session.get(Employer, lost.id) is not None  # its own copy is still here
        assert session.get(Employer, kept.id) is not None
    on_server = server.view(coach.username)
    assert ("employer", str(kept.id)) in on_server and ("employer", str(lost.id)) in on_server
    again = run_sync(a)
    assert again.server_restored_at is None and again.resent == 0  # told once

    # c synced after the backup was taken only in that it pulled before it: not in the window.
    receipt_c = run_sync(c)
    assert receipt_c.server_restored_at is None
    with c.reader() as session:
        assert session.get(Employer, new.id) is not None


# --- realigning after a restore: nothing silently differs, lost work is sent again -------------


def _restore_after(server, tmp_path, work):
    """Back the server up, let ``work`` happen (synced), then put the backup back."""
    dump = tmp_path / f"server-{len(list(tmp_path.iterdir()))}.backup"
    backup(server.settings.database_url, dump)
    work()
    server.engine.dispose()
    restore(server.settings.database_url, dump)


def _open_conflicts(store):
    from sqlmodel import select

    from desktop.sync.tables import SyncConflict

    with store.reader() as session:
        return [(row.kind, row.record_id, row.field, row.mine, row.theirs)
                for row in session.exec(select(SyncConflict)).all()]


def test_a_revision_written_again_after_the_restore_reaches_the_laptop(server, profiles, tmp_path):
    """Defect 1: B's edit after the restore gets the revision number A's lost edit had."""
    one, two = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(one.username), profiles(two.username)
    x = _employer(a, "Kallion Kone Oy")
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"

    def a_edits():
        employers.update_employer(a, actor=current_actor(a), employer_id=x.id,
                                  fields={"municipality": "Oulu"})
        assert run_sync(a).outcome == "ok"

    _restore_after(server, tmp_path, a_edits)
    employers.update_employer(b, actor=current_actor(b), employer_id=x.id,
                              fields={"address": "Satamatie 1"})
    assert run_sync(b).outcome == "ok"

    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.server_restored_at is not None
    assert receipt.resent == 1  # A's municipality, which the server lost
    assert any("sent again" in line for line in receipt.lines())
    with a.reader() as session:
        mine = session.get(Employer, x.id)
        assert (mine.municipality, mine.address) == ("Oulu", "Satamatie 1")
    assert run_sync(b).outcome == "ok"
    same_as_server(server, (a, one), (b, two))
    again = run_sync(a)
    assert again.server_restored_at is None and again.resent == 0  # told once


def test_the_same_field_changed_on_both_sides_is_a_conflict_not_a_silent_overwrite(
        server, profiles, tmp_path):
    one, two = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(one.username), profiles(two.username)
    x = _employer(a, "Kallion Kone Oy")
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"

    def a_edits():
        employers.update_employer(a, actor=current_actor(a), employer_id=x.id, fields={"name": "A:n nimi"})
        assert run_sync(a).outcome == "ok"

    _restore_after(server, tmp_path, a_edits)
    employers.update_employer(b, actor=current_actor(b), employer_id=x.id, fields={"name": "B:n nimi"})
    assert run_sync(b).outcome == "ok"

    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.server_restored_at is not None
    same_as_server(server, (a, one))  # the server's value shown, A's kept in the conflict
    conflicts = _open_conflicts(a)
    assert [(kind, field, mine, theirs) for kind, _id, field, mine, theirs in conflicts] == [
        ("employer", "name", "A:n nimi", "B:n nimi")]
    assert receipt.open_conflicts == 1 and receipt.needs_attention


def test_work_the_server_lost_is_sent_again_and_reaches_new_laptops(server, profiles, tmp_path):
    """Defect 2: what A made, edited or deleted after the backup is put back; a colleague's
    lost record is not sent by A (it is the colleague's to send), and A keeps its copy."""
    one, two = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(one.username), profiles(two.username)
    edited, doomed = _employer(a, "Kallion Kone Oy"), _employer(a, "Raahen Rauta Oy")
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"
    made = {}

    def work():
        made["a"] = _employer(a, "Vaasan Valimo Oy")
        employers.update_employer(a, actor=current_actor(a), employer_id=edited.id,
                                  fields={"notes": "Rekrytointitarve keväällä"})
        employers.delete_employer(a, actor=current_actor(a), employer_id=doomed.id)
        assert run_sync(a).outcome == "ok"
        made["b"] = _employer(b, "Haapaveden Hirsi Oy")
        assert run_sync(b).outcome == "ok" and run_sync(a).outcome == "ok"

    _restore_after(server, tmp_path, work)
    receipt = run_sync(a)
    assert receipt.server_restored_at is not None and receipt.resent == 3
    assert receipt.not_on_server == 1  # B's record: kept here, B's laptop sends it
    on_server = server.view(one.username)
    assert ("employer", str(made["a"].id)) in on_server
    assert on_server[("employer", str(edited.id))]["fields"]["notes"] == "Rekrytointitarve keväällä"
    assert on_server[("employer", str(doomed.id))]["deleted"]
    assert ("employer", str(made["b"].id)) not in on_server
    with a.reader() as session:
        assert session.get(Employer, made["b"].id) is not None
        assert session.get(Employer, made["b"].id).rev == 0  # the server has none

    assert run_sync(b).resent == 1  # B puts its own back
    assert run_sync(a).server_restored_at is None
    same_as_server(server, (a, one), (b, two))
    late = profiles(server.add_user("career_coach").username)
    assert run_sync(late).outcome == "ok"
    with late.reader() as session:
        for key in ("a", "b"):
            assert session.get(Employer, made[key].id) is not None
        assert session.get(Employer, doomed.id) is None
        assert session.get(Employer, edited.id).notes == "Rekrytointitarve keväällä"


def test_an_edit_waiting_on_a_lost_revision_is_rebased_and_sent(server, profiles, tmp_path):
    """A edits X again after the restore, before syncing: its edit was made on a revision the
    server lost, so the server refuses it (unknown base); the realignment rebases it onto the
    revision the server has and sends it, instead of setting it aside."""
    one = server.add_user("career_coach")
    a = profiles(one.username)
    x = _employer(a, "Kallion Kone Oy")
    assert run_sync(a).outcome == "ok"

    def a_edits():
        employers.update_employer(a, actor=current_actor(a), employer_id=x.id, fields={"municipality": "Oulu"})
        assert run_sync(a).outcome == "ok"

    _restore_after(server, tmp_path, a_edits)
    employers.update_employer(a, actor=current_actor(a), employer_id=x.id, fields={"address": "Satamatie 1"})
    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.server_restored_at is not None
    assert receipt.set_aside == 0 and receipt.open_conflicts == 0
    fields = server.view(one.username)[("employer", str(x.id))]["fields"]
    assert (fields["municipality"], fields["address"]) == ("Oulu", "Satamatie 1")
    same_as_server(server, (a, one))


def test_a_realignment_cut_short_goes_on_at_the_next_sync(server, profiles, tmp_path):
    import httpx

    from tests.sync.hooks import Hooked

    one, two = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(one.username), profiles(two.username)
    x = _employer(a, "Kallion Kone Oy")
    for name in ("Raahen Rauta Oy", "Oulun Osuuskauppa", "Ylivieskan Yhtiö"):
        _employer(b, name)
    assert run_sync(b).outcome == "ok" and run_sync(a).outcome == "ok"

    def work():
        employers.update_employer(a, actor=current_actor(a), employer_id=x.id, fields={"municipality": "Oulu"})
        assert run_sync(a).outcome == "ok"

    _restore_after(server, tmp_path, work)
    pulls = []

    def cut(request):
        if request.url.path == "/v1/sync/pull":
            pulls.append(request.url.params["cursor"])
            if len(pulls) > 3:  # the first told the restore; the pull from 0 stops at its 3rd page
                raise httpx.ConnectError("cut", request=request)

    hooked = Hooked()
    hooked.before.append(cut)
    first = run_sync(a, http_transport=hooked, page_size=1)
    assert first.outcome == "failed" and first.server_restored_at is not None and first.resent == 1
    assert pulls[1] == "0"
    # An edit while the realignment is cut short: kept, and sent with the one queued again.
    employers.update_employer(a, actor=current_actor(a), employer_id=x.id, fields={"address": "Satamatie 1"})
    second = run_sync(a)
    assert second.outcome == "ok" and second.server_restored_at is None
    assert second.open_conflicts == 0 and second.set_aside == 0
    fields = server.view(one.username)[("employer", str(x.id))]["fields"]
    assert (fields["municipality"], fields["address"]) == ("Oulu", "Satamatie 1")
    same_as_server(server, (a, one))
    with a.reader() as session:
        from desktop.sync import realign

        assert not realign.active(session) and realign.unseen_count(session) == 0


def test_sent_changes_are_kept_ninety_days(profiles, server):
    import datetime as dt
    import uuid

    from sqlmodel import select

    from desktop.sync import realign
    from desktop.sync.tables import SyncSent
    from sync.client.replica import PendingChange
    from sync.protocol import ChangeResult

    store = profiles(server.add_user("career_coach").username)
    now = dt.datetime(2026, 12, 4, tzinfo=dt.timezone.utc)

    def sent(when, *, seq, rev=1):
        change = PendingChange(kind="employer", id=uuid.uuid4(), base_rev=rev - 1,
                               fields={"name": "X"}, deleted=False, seqs=(1,))
        result = ChangeResult(kind="employer", id=change.id, status="applied", rev=rev, seq=seq)
        with store.session() as session:
            realign.record_sent(session, [(change, result)], now=when)
        return change.id

    sent(now - dt.timedelta(days=91), seq=5)
    sent(now - dt.timedelta(days=10), seq=6, rev=0)  # made and deleted offline: not stored
    recent = sent(now, seq=7)
    with store.reader() as session:
        assert [row.record_id for row in session.exec(select(SyncSent))] == [recent]


def test_an_edit_made_after_the_restore_is_not_sent_over_a_colleagues_before_realigning(
        server, profiles, tmp_path):
    """A's edit after the restore was made on its lost revision n+1; B's edit after the restore
    is revision n+1 on the server. Pushed as it was, A's edit would land as if made on B's:
    B's value silently overwritten. The server refuses the push (A's cursor is in the restored
    window), A realigns first, and the same field changed on both sides is a conflict."""
    one, two = server.add_user("career_coach"), server.add_user("career_coach")
    a, b = profiles(one.username), profiles(two.username)
    x = _employer(a, "Kallion Kone Oy")
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"

    def a_edits():
        employers.update_employer(a, actor=current_actor(a), employer_id=x.id, fields={"name": "A1 Oy"})
        assert run_sync(a).outcome == "ok"

    _restore_after(server, tmp_path, a_edits)
    employers.update_employer(b, actor=current_actor(b), employer_id=x.id, fields={"name": "B Oy"})
    assert run_sync(b).outcome == "ok"
    employers.update_employer(a, actor=current_actor(a), employer_id=x.id, fields={"name": "A2 Oy"})

    receipt = run_sync(a)
    assert receipt.outcome == "ok" and receipt.server_restored_at is not None
    assert server.view(one.username)[("employer", str(x.id))]["fields"]["name"] == "B Oy"
    assert [(field, mine, theirs) for _k, _i, field, mine, theirs in _open_conflicts(a)] == [
        ("name", "A2 Oy", "B Oy")]
    same_as_server(server, (a, one))
