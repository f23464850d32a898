"""The funder's (ESF+) participant data of a client: the entry data and the exit data, each in a
dialog of its own opened from the client's page.

Every choice is a combo box with an empty "—" first (not known yet). The rules are the record
schema's (``sync.records.ClientBase``), so the server applies the same: a refusal shows beside
its field and keeps everything chosen. The optional questions appear only where the
organisation asks them; the special-category ones come filled only from an audited read
(``client_page.show_special_categories``), which the page makes before it opens the dialog.
"""

from __future__ import annotations

from typing import Any

from desktop.services import clients
from desktop.store.tables import Client
from desktop.ui import client_codes as labels
from desktop.ui.clients.record_dialogs import ClientRecordDialog
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import OptionalDate, finnish_date
from desktop.ui.forms.widgets import select_data
from desktop.translation import QT_TRANSLATE_NOOP
from desktop.ui.qt import QComboBox, QCoreApplication, QLabel, QWidget
from sync.records import ESF_SPECIAL_CATEGORY

# The fields' labels, shared by the dialogs and the page's section ("FunderFields").
FIELD_LABELS: dict[str, str] = {
    "gender": QT_TRANSLATE_NOOP("FunderFields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("FunderFields", "Date of birth"),
    "labour_status_at_entry": QT_TRANSLATE_NOOP("FunderFields", "Labour market status at entry"),
    "long_term_unemployed": QT_TRANSLATE_NOOP("FunderFields", "Long-term unemployed"),
    "education_level": QT_TRANSLATE_NOOP("FunderFields", "Education level"),
    "eura_entry": QT_TRANSLATE_NOOP("FunderFields", "EURA entry data"),
    "eura_entry_on": QT_TRANSLATE_NOOP("FunderFields", "EURA date"),
    "service_end": QT_TRANSLATE_NOOP("FunderFields", "Exit date (service end)"),
    "exit_situation": QT_TRANSLATE_NOOP("FunderFields", "Situation within four weeks of leaving"),
    "qualification_gained": QT_TRANSLATE_NOOP("FunderFields", "Qualification gained"),
    "situation_6_months": QT_TRANSLATE_NOOP("FunderFields", "Situation six months after leaving"),
    "eura_exit": QT_TRANSLATE_NOOP("FunderFields", "EURA exit data"),
    "eura_exit_on": QT_TRANSLATE_NOOP("FunderFields", "EURA date"),
}


def field_label(name: str) -> str:
    """A field of the funder's data by its name, in the UI's language (the optional questions too)."""
    if name in labels.ESF_QUESTIONS:
        return labels.translated(labels.ESF_QUESTIONS)[name]
    return QCoreApplication.translate("FunderFields", FIELD_LABELS[name])


def choice_combo(table: dict) -> QComboBox:
    """A combo of a label table's choices after an empty "—" (None)."""
    combo = QComboBox()
    combo.addItem("—", None)
    for code, label in labels.translated(table).items():
        combo.addItem(label, code)
    return combo


def choose(combo: QComboBox, value: Any) -> None:
    if not select_data(combo, value):
        combo.setCurrentIndex(0)


class FunderDataDialog(ClientRecordDialog):
    """The common part: a client's EURA state with its date, saved with the other fields."""

    def __init__(self, ctx: UiContext, client: Client, title: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, client.id, title, name, parent)
        self.client = client
        self.setMinimumWidth(560)

    def add_choice(self, field: str, table: dict, value: Any) -> QComboBox:
        combo = self.add_field(field, field_label(field), choice_combo(table))
        choose(combo, value)
        return combo

    def add_eura(self, prefix: str) -> tuple[QComboBox, OptionalDate]:
        """``eura_entry`` / ``eura_exit`` and the date it was done (``..._on``), which may be given
        once the data are entered."""
        state = self.add_choice(prefix, labels.EURA_STATES, getattr(self.client, prefix))
        day = self.add_field(f"{prefix}_on", field_label(f"{prefix}_on"),
                             OptionalDate(self.tr("Known"), getattr(self.client, f"{prefix}_on")))
        day.check.setObjectName(f"{prefix}_on_set")

        def enable() -> None:
            # A date may be given once the data are in EURA; one given before stays, to be refused.
            entered = state.currentData() in ("by_participant", "by_staff")
            day.setEnabled(entered or day.check.isChecked())

        state.currentIndexChanged.connect(enable)
        day.check.toggled.connect(enable)
        enable()
        return state, day

    def perform(self, values: dict[str, Any]) -> Client:
        return clients.update_client(self.ctx.store, actor=self.ctx.actor, client_id=self.client_id,
                                     fields=values)


class EntryDataDialog(FunderDataDialog):
    """Gender, date of birth, labour market status (with long-term unemployment), education, the
    optional questions the organisation asks, and where EURA stands at entry."""

    def __init__(self, ctx: UiContext, client: Client, *, questions: list[str], has_personal_id: bool,
                 special: dict[str, str | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, client, self.tr("Entry data for the funder"), "entry_data_dialog", parent)
        self.has_personal_id = has_personal_id
        self.gender = self.add_choice("gender", labels.GENDERS, client.gender)
        if has_personal_id:
            # The code decides the date (the schema sets it from the code): shown, not edited.
            self.birth_date = self.add_field("birth_date", field_label("birth_date"), QLabel(
                self.tr("%1 (from the personal identity code)").replace(
                    "%1", finnish_date(client.birth_date) or "—")))
        else:
            self.birth_date = self.add_field("birth_date", field_label("birth_date"),
                                             OptionalDate(self.tr("Known"), client.birth_date))
            self.birth_date.check.setObjectName("birth_date_set")
        self.labour_status = self.add_choice("labour_status_at_entry", labels.LABOUR_STATUSES,
                                             client.labour_status_at_entry)
        self.long_term = self.add_choice("long_term_unemployed", labels.YES_NO, client.long_term_unemployed)
        self.education = self.add_choice("education_level", labels.EDUCATION_LEVELS, client.education_level)
        special = special or {}
        self.questions: dict[str, QComboBox] = {}
        for name in questions:
            value = special.get(name) if name in ESF_SPECIAL_CATEGORY else getattr(client, name)
            self.questions[name] = self.add_choice(name, labels.ANSWERS, value)
        self.eura, self.eura_on = self.add_eura("eura_entry")
        self.labour_status.currentIndexChanged.connect(self._status_changed)
        self.long_term.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.gender.setFocus()

    def _status_changed(self) -> None:
        """Long-term unemployment is asked of the unemployed; a "yes" chosen before stays, for
        the save to refuse beside the field rather than throw away."""
        unemployed = self.labour_status.currentData() == "unemployed"
        self.long_term.setEnabled(unemployed or self.long_term.currentData() is True)

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "gender": self.gender.currentData(),
            "labour_status_at_entry": self.labour_status.currentData(),
            "long_term_unemployed": self.long_term.currentData(),
            "education_level": self.education.currentData(),
            "eura_entry": self.eura.currentData(),
            "eura_entry_on": self.eura_on.value(),
        }
        if not self.has_personal_id:
            data["birth_date"] = self.birth_date.value()
        data |= {name: combo.currentData() for name, combo in self.questions.items()}
        return data


class ExitDataDialog(FunderDataDialog):
    """The situation in the four weeks after leaving, a qualification gained, the situation six
    months after leaving, and where EURA stands at exit. The exit date is the service end."""

    def __init__(self, ctx: UiContext, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(ctx, client, self.tr("Exit data for the funder"), "exit_data_dialog", parent)
        ended = finnish_date(client.service_end)
        self.service_end = self.add_field("service_end", field_label("service_end"), QLabel(
            ended or self.tr("The service has not ended: end it first (End service…), then the exit "
                             "data can be saved.")))
        self.service_end.setWordWrap(True)
        self.situation = self.add_choice("exit_situation", labels.EXIT_SITUATIONS, client.exit_situation)
        self.situation.setToolTip(self.tr("The last situation in the four weeks counts."))
        self.qualification = self.add_choice("qualification_gained", labels.YES_NO, client.qualification_gained)
        self.six_months = self.add_choice("situation_6_months", labels.SITUATIONS_6_MONTHS, client.situation_6_months)
        self.eura, self.eura_on = self.add_eura("eura_exit")
        self.situation.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "exit_situation": self.situation.currentData(),
            "qualification_gained": self.qualification.currentData(),
            "situation_6_months": self.six_months.currentData(),
            "eura_exit": self.eura.currentData(),
            "eura_exit_on": self.eura_on.value(),
        }

