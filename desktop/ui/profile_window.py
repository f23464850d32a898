"""The window that shows the open profile and what it holds.

A shell for now: the working pages (employers, visits, clients, events)
come with the desktop-app issue.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from desktop import __version__
from desktop.store.profile import Store
from desktop.store.tables import TABLES, OutboxEntry
from desktop.ui.background import run_in_background
from desktop.ui.qt import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

KIND_LABELS = {
    "organisation": "Organisaatiot",
    "locality": "Paikkakunnat",
    "staff": "Henkilöstö",
    "employer": "Työnantajat",
    "contact": "Yhteyshenkilöt",
    "visit": "Yrityskäynnit",
    "position": "Työpaikat",
    "client": "Asiakkaat",
    "consent": "Suostumukset",
    "assessment": "Työ- ja toimintakyvyn arviot",
    "client_note": "Asiakasmuistiinpanot",
    "transition": "Siirtymät",
    "recruitment_event": "Työkohtaamot",
    "event_participant": "Osallistujat",
    "handover_form": "Siirtolomakkeet",
    "audit_event": "Lokitapahtumat",
}


def count_records(store: Store) -> dict[str, int]:
    """Live records per kind, and the changes waiting to be sent."""
    counts = {}
    with store.reader() as session:
        for kind, table in TABLES.items():
            counts[kind] = session.exec(
                select(func.count()).select_from(table).where(table.deleted == False)  # noqa: E712
            ).one()
        counts["outbox"] = session.exec(select(func.count()).select_from(OutboxEntry)).one()
    return counts


class ProfileWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"Kenttä {__version__}")
        central = QWidget()
        layout = QVBoxLayout(central)
        heading = QLabel(f"<h2>Kenttä</h2><p>Profiili: {store.data_dir}</p>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for kind, label in KIND_LABELS.items():
            value = QLabel("…")
            value.setObjectName(f"count_{kind}")
            self.count_labels[kind] = value
            self.form.addRow(label, value)
        waiting = QLabel("…")
        waiting.setObjectName("count_outbox")
        self.count_labels["outbox"] = waiting
        self.form.addRow("Lähettämättömät muutokset", waiting)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.statusBar().showMessage("Tietokanta salattu (SQLCipher)")
        self.resize(520, 640)
        self.refresh()

    def refresh(self) -> None:
        run_in_background(lambda: count_records(self.store), on_done=self._show_counts)

    def _show_counts(self, counts: dict[str, int]) -> None:
        for kind, label in self.count_labels.items():
            label.setText(f"{counts.get(kind, 0):,}".replace(",", "\u00a0"))
