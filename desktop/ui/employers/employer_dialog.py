"""New and edit employer: the form, checked by the employer service."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from desktop.services import employers
from desktop.store.tables import Employer
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import OptionalDate
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.forms.widgets import MINE, fill_localities
from desktop.ui.qt import QComboBox, QWidget
from sync.identifiers import normalise_business_id


class EmployerDialog(FormDialog):
    def __init__(self, ctx: UiContext, employer: Employer | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("New employer") if employer is None else self.tr("Edit employer")
        super().__init__(ctx, title, parent)
        self.setObjectName("employer_dialog")
        self.employer = employer
        e = employer
        self.name = self.line("name", self.tr("&Name"), e and e.name)
        self.business_id = self.line("business_id", self.tr("&Business ID"), e and e.business_id,
                                     max_length=20)
        self.business_id.setPlaceholderText("1234567-8")
        self.check_as_typed("business_id", lambda text: text.strip() and normalise_business_id(text))
        self.industry = self.line("industry", self.tr("&Industry"), e and e.industry)
        self.municipality = self.line("municipality", self.tr("&Municipality"), e and e.municipality,
                                      max_length=100)
        self.locality = QComboBox()
        self.locality.addItem(self.tr("(no project locality)"), None)
        self.add_field("locality_id", self.tr("Project &locality"), self.locality)
        self.address = self.line("address", self.tr("&Address"), e and e.address, max_length=300)
        self.letter = OptionalDate(self.tr("Signed on"), e.letter_of_intent_date if e else None,
                                   name="letter_of_intent_date")
        self.add_field("letter_of_intent_date", self.tr("Letter of in&tent"), self.letter)
        self.notes = QPlainTextEdit(e.notes if e and e.notes else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.add_field("notes", self.tr("N&otes"), self.notes)
        self._locality_id = e.locality_id if e else None
        self._localities_loaded = False
        self.locality.currentIndexChanged.connect(self._locality_chosen)
        fill_localities(ctx, self.locality, self._locality_id if e else MINE,
                        on_filled=self._localities_filled)

    def _localities_filled(self) -> None:
        self._localities_loaded = True

    def _locality_chosen(self, index: int) -> None:
        """A new employer in a project locality is usually in that municipality."""
        if index > 0 and not self.municipality.text().strip():
            self.municipality.setText(self.locality.itemText(index))

    def locality_id(self) -> uuid.UUID | None:
        return self.locality.currentData() if self._localities_loaded else self._locality_id

    def values(self) -> dict[str, Any]:
        def text(edit) -> str | None:
            return edit.text().strip() or None

        return {
            "name": self.name.text().strip(),
            "business_id": text(self.business_id),
            "industry": text(self.industry),
            "municipality": text(self.municipality),
            "locality_id": self.locality_id(),
            "address": text(self.address),
            "letter_of_intent_date": self.letter.value(),
            "notes": self.notes.toPlainText().strip() or None,
        }

    def field_text(self, field: str) -> str:
        typed = super().field_text(field)
        if field == "business_id" and typed:
            try:
                return normalise_business_id(typed)
            except ValueError:
                return typed
        return typed

    def perform(self, values: dict[str, Any]) -> Employer:
        store, actor = self.ctx.store, self.ctx.actor
        if self.employer is None:
            return employers.create_employer(store, actor=actor, data=values)
        return employers.update_employer(store, actor=actor, employer_id=self.employer.id, fields=values)

    def _saved(self, record) -> None:
        if record is not None and record.business_id:
            self.business_id.setText(record.business_id)  # as stored: 1234567-8
        super()._saved(record)
