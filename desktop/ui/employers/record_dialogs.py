"""The small forms of an employer: a contact, a position, a position filled,
and the letter of intent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QSpinBox

from desktop.services import employers
from desktop.store.tables import Contact
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import DateEdit, OptionalDate
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.qt import QWidget


def _text(edit) -> str | None:
    return edit.text().strip() or None


class ContactDialog(FormDialog):
    def __init__(self, ctx: UiContext, employer_id, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New contact") if contact is None else self.tr("Edit contact"), parent)
        self.setObjectName("contact_dialog")
        self.employer_id, self.contact = employer_id, contact
        c = contact
        self.name = self.line("name", self.tr("&Name"), c and c.name)
        self.title = self.line("title", self.tr("&Title"), c and c.title)
        self.phone = self.line("phone", self.tr("&Phone"), c and c.phone, max_length=50)
        self.email = self.line("email", self.tr("&Email"), c and c.email)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "title": _text(self.title),
                "phone": _text(self.phone), "email": _text(self.email)}

    def perform(self, values: dict[str, Any]) -> Contact:
        store, actor = self.ctx.store, self.ctx.actor
        if self.contact is None:
            return employers.add_contact(store, actor=actor, employer_id=self.employer_id, data=values)
        return employers.update_contact(store, actor=actor, contact_id=self.contact.id, fields=values)


class PositionDialog(FormDialog):
    def __init__(self, ctx: UiContext, employer_id, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New open position"), parent)
        self.setObjectName("position_dialog")
        self.employer_id = employer_id
        self.title = self.line("title", self.tr("&Title"))
        self.occupation = self.line("occupation", self.tr("&Occupation"))
        self.occupation.setPlaceholderText(self.tr("for example: welder, cook, practical nurse"))
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.add_field("count", self.tr("&Count"), self.count)
        self.hidden = QCheckBox(self.tr("Hidden job (not advertised)"))
        self.add_field("hidden", self.tr("&Hidden"), self.hidden)
        self.found_on = self.add_field("found_on", self.tr("&Found on"), DateEdit())

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text().strip(), "occupation": _text(self.occupation),
                "count": self.count.value(), "hidden": self.hidden.isChecked(),
                "found_on": self.found_on.value()}

    def perform(self, values: dict[str, Any]):
        return employers.add_position(self.ctx.store, actor=self.ctx.actor, employer_id=self.employer_id,
                                      data=values)


class FilledDialog(FormDialog):
    def __init__(self, ctx: UiContext, position_id, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Position filled: %1").replace("%1", title), parent)
        self.setObjectName("filled_dialog")
        self.position_id = position_id
        self.filled_on = self.add_field("filled_on", self.tr("&Filled on"), DateEdit())

    def values(self) -> dict[str, Any]:
        return {"filled_on": self.filled_on.value()}

    def perform(self, values: dict[str, Any]):
        return employers.mark_position_filled(self.ctx.store, actor=self.ctx.actor, position_id=self.position_id,
                                              filled_on=values["filled_on"])


class LetterOfIntentDialog(FormDialog):
    def __init__(self, ctx: UiContext, employer_id, signed_on: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Letter of intent"), parent)
        self.setObjectName("letter_dialog")
        self.employer_id = employer_id
        self.date = OptionalDate(self.tr("Signed on"), signed_on or dt.date.today(),
                                 name="letter_of_intent_date")
        self.add_field("letter_of_intent_date", self.tr("Letter of &intent"), self.date)

    def values(self) -> dict[str, Any]:
        return {"signed_on": self.date.value()}

    def perform(self, values: dict[str, Any]):
        return employers.set_letter_of_intent(self.ctx.store, actor=self.ctx.actor, employer_id=self.employer_id,
                                              signed_on=values["signed_on"])
