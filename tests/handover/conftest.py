"""A client with everything a handover form prints, made through the services."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import threading
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop.services import clients, employers
from desktop.store.tables import Staff
from desktop.ui.handover import printing

PERSONAL_ID = "131052-308T"
NAME = "Nguyễn Thị Åsa Öhman"
EMPLOYER = "Ääninen & Söderström Oy"
SUMMARY = "Työkyky riittää kevyeen työhön; pitkät seisomatyöt eivät sovi."
AREA = "Oulun seudun työllisyysalue"


@pytest.fixture
def client(store, actor):
    """A Swedish-speaking client with consent, an assessment and two transitions."""
    employer = employers.create_employer(store, actor=actor, data={"name": EMPLOYER})
    made = clients.create_client(store, actor=actor, data={
        "name": NAME, "personal_id": PERSONAL_ID, "municipality": "Pyhäjoki", "language": "sv",
        "referral_source": "Työllisyyspalvelut", "referred_on": dt.date(2025, 2, 20),
        "service_path": "Osmo", "service_start": dt.date(2025, 3, 1), "service_end": dt.date(2025, 11, 30),
        "employment_area": AREA})
    clients.record_consent(store, actor=actor, client_id=made.id, data={
        "share_with_authority": True, "share_with_partners": False, "given_on": dt.date(2025, 3, 1)})
    clients.record_assessment(store, actor=actor, client_id=made.id, data={
        "assessed_on": dt.date(2025, 3, 12), "summary": SUMMARY, "work_capacity": "osittainen"})
    clients.record_transition(store, actor=actor, client_id=made.id, data={
        "transition_kind": "work_trial", "employer_id": employer.id,
        "start_date": dt.date(2025, 5, 5), "end_date": dt.date(2025, 7, 31)})
    clients.record_transition(store, actor=actor, client_id=made.id, data={
        "transition_kind": "studies", "start_date": dt.date(2025, 9, 1)})
    return made


@pytest.fixture
def client_without_consent(store, actor):
    return clients.create_client(store, actor=actor, data={
        "name": "Eino Ennakko", "personal_id": "010203A987V", "service_start": dt.date(2025, 3, 1)})


@pytest.fixture
def coach_name(store, actor):
    with store.reader() as session:
        return session.get(Staff, actor.staff_id).name


def pdf_text(data: bytes, password: str | None = None) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    reader = PdfReader(BytesIO(data), strict=True)
    if reader.is_encrypted:
        assert reader.decrypt(password or "") != 0, "the password does not open the PDF"
    return [page.extract_text() for page in reader.pages]


def squeeze(text: str) -> str:
    """Text with all whitespace removed (line breaks differ between a text and its PDF)."""
    return re.sub(r"\s+", "", text)


def check_pdf_file(path) -> None:
    """qpdf --check where qpdf is installed, else pypdf's strict parse of every page."""
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    else:
        reader = PdfReader(str(path), strict=True)
        for page in reader.pages:
            page.extract_text()


def printing_threads(monkeypatch, dialog_module: str) -> list[threading.Thread]:
    """The real printing of ``dialog_module``, noting the thread each print ran on: a page
    rendered at printer resolution takes long enough to freeze the window on the GUI thread."""
    threads: list[threading.Thread] = []
    real = printing.print_pdf

    def noting(data, printer):
        threads.append(threading.current_thread())
        return real(data, printer)

    monkeypatch.setattr(f"{dialog_module}.print_pdf", noting)
    return threads
