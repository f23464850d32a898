"""Attachments' records through the real server: a client's file travels to the client's staff
only (a manager not assigned gets nothing of it), an employer's file to everyone; the content
stays behind until it is transferred (``desktop.sync.files``), and the laptop says so."""

from __future__ import annotations

from sqlmodel import select

from desktop.services import attachments, clients, employers
from desktop.services.setup import current_actor
from desktop.store.settings import DOWNLOAD_ATTACHMENTS_AHEAD
from desktop.store.tables import ClientAttachment, EmployerAttachment, FileContent
from tests.support import files
from tests.sync.compare import differences
from tests.sync.conftest import run_sync


def test_a_clients_file_travels_to_its_staff_only_and_its_content_is_not_there_yet(server, profiles, tmp_path):
    coach, colleague = server.add_user("career_coach"), server.add_user("career_coach")
    manager, coordinator = server.add_user("manager"), server.add_user("employer_coordinator")
    a, b, m, c = (profiles(user.username) for user in (coach, colleague, manager, coordinator))
    for store in (a, b, m, c):
        assert run_sync(store).outcome == "ok"
    actor = current_actor(a)
    client = clients.create_client(a, actor=actor, data={
        "name": "Liite Asiakas", "assigned_staff_ids": [str(coach.staff_id), str(colleague.staff_id)]})
    employer = employers.create_employer(a, actor=actor, data={"name": "Liitekone Oy"})
    cv = attachments.attach(a, actor=actor, path=files.text_pdf(tmp_path / "Liite_Asiakas_CV.pdf", "Osaaja"),
                            kind="cv", client_id=client.id)
    letter = attachments.attach(a, actor=actor, path=files.png(tmp_path / "aie.png"), kind="letter_of_intent",
                                employer_id=employer.id)
    sent = run_sync(a)
    assert sent.outcome == "ok", sent.error
    assert sent.refused == []
    with a.reader() as session:
        assert session.get(ClientAttachment, cv.id).rev == 1

    # The colleague's laptop fetches content on first open only (not ahead during sync).
    DOWNLOAD_ATTACHMENTS_AHEAD.set(b, False)
    for store in (b, m, c):
        assert run_sync(store).outcome == "ok"
    with b.reader() as session:
        copy = session.get(ClientAttachment, cv.id)
        assert (copy.file_name, copy.sha256, copy.size) == (cv.file_name, cv.sha256, cv.size)
        assert session.exec(select(FileContent)).all() == []
    assert not attachments.has_content(b, cv.sha256)
    listed = attachments.listing(b, "client", client.id)
    assert [row.id for row in listed.rows] == [cv.id] and listed.here == set()
    for store in (m, c):  # not the client's staff: nothing of the file, not even its name
        with store.reader() as session:
            assert session.exec(select(ClientAttachment)).all() == []
    for store in (b, m, c):  # an employer's file is the organisation's
        with store.reader() as session:
            assert session.get(EmployerAttachment, letter.id).sha256 == letter.sha256
    for store, user in ((a, coach), (b, colleague), (m, manager), (c, coordinator)):
        assert differences(store, server.view(user.username)) == []

    # Deleted on one laptop, it leaves the other at its next sync.
    attachments.delete_attachment(a, actor=actor, attachment_id=cv.id)
    assert run_sync(a).outcome == "ok" and run_sync(b).outcome == "ok"
    with b.reader() as session:
        assert session.get(ClientAttachment, cv.id) is None
