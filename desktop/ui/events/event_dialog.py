"""New recruitment event (Työkohtaamo), or edit one: name, kind, date,
place, locality, the participating employers (search and tick) and how many
people who are not clients took part and were hired (counts only)."""

from __future__ import annotations

from typing import Any

from desktop.services import events, listing
from desktop.store.tables import RecruitmentEvent
from desktop.translation import QT_TRANSLATE_NOOP
from desktop.ui.clients.checklist import CheckListModel
from desktop.ui.clients.record_dialogs import code_combo
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import DateEdit
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.forms.widgets import fill_localities, select_data
from desktop.ui.qt import QCoreApplication, QLabel, QLineEdit, QWidget
from desktop.ui.widgets.record_picker import RecordPicker
from PySide6.QtWidgets import QSpinBox
from sync.records import PEOPLE_MAX


# The kinds of a recruitment event, as literal texts lupdate finds in the context "EventLabels".
EVENT_KINDS: dict[str, str] = {
    "tyokohtaamo": QT_TRANSLATE_NOOP("EventLabels", "Työkohtaamo"),
    "remote_recruitment": QT_TRANSLATE_NOOP("EventLabels", "Remote recruitment"),
    "other": QT_TRANSLATE_NOOP("EventLabels", "Other"),
}


def event_kinds() -> dict[str, str]:
    return {code: QCoreApplication.translate("EventLabels", text) for code, text in EVENT_KINDS.items()}


class EventDialog(FormDialog):
    def __init__(self, ctx: UiContext, event: RecruitmentEvent | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New recruitment event") if event is None else self.tr("Recruitment event"),
                         parent)
        self.setObjectName("event_dialog")
        self.event = event
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.kind = self.add_field("event_kind", self.tr("Kind"), code_combo(event_kinds()))
        self.held_on = self.add_field("held_on", self.tr("Date"), DateEdit())
        self.place = self.add_field("place", self.tr("Place"), QLineEdit())
        self.locality = self.add_field("locality_id", self.tr("Locality"), code_combo({None: "—"}), name="locality")
        self.locality.setMinimumWidth(200)
        self.employers = CheckListModel(ctx, listing.EMPLOYERS, event.employer_ids if event else ())
        self.picker = self.add_field(
            "employer_ids", self.tr("Employers"),
            RecordPicker(self.employers, name="employer", placeholder=self.tr("Search employers; Enter ticks")),
            name="employer_picker")
        self.picker.list.setMinimumHeight(180)
        self.picker.picked.connect(self.employers.toggle)
        self.chosen = QLabel()
        self.chosen.setObjectName("employers_chosen")
        self.form.addRow("", self.chosen)
        self.others = self.add_field("other_participants", self.tr("Others who took part"), _count_box(),
                                     name="other_participants")
        self.others.setToolTip(self.tr("People who are not the project's clients: their number only."))
        self.others_hired = self.add_field("other_participants_employed", self.tr("Of them hired"),
                                           _count_box(), name="other_participants_employed")
        self.employers.dataChanged.connect(lambda *_args: self._count())
        self._count()
        if event is not None:
            self.name.setText(event.name)
            select_data(self.kind, event.event_kind)
            self.held_on.set_value(event.held_on)
            self.place.setText(event.place or "")
            self.others.setValue(event.other_participants)
            self.others_hired.setValue(event.other_participants_employed)
        self.employers.reload()
        fill_localities(ctx, self.locality, event.locality_id if event else None)
        self.name.setFocus()

    def _count(self) -> None:
        self.chosen.setText(self.tr("%n employer(s) chosen", "", len(self.employers.checked)))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "event_kind": self.kind.currentData(),
            "held_on": self.held_on.value(),
            "place": self.place.text().strip() or None,
            "locality_id": self.locality.currentData(),
            "employer_ids": self.employers.checked_ids(),
            "other_participants": self.others.value(),
            "other_participants_employed": self.others_hired.value(),
        }

    def perform(self, values: dict[str, Any]) -> RecruitmentEvent:
        if self.event is None:
            return events.create_event(self.ctx.store, actor=self.ctx.actor, data=values)
        return events.update_event(self.ctx.store, actor=self.ctx.actor, event_id=self.event.id, fields=values)


def _count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, PEOPLE_MAX)
    box.setAccelerated(True)
    return box
