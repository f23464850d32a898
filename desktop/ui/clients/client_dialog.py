"""New client, or edit a client's details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from desktop.services import clients
from desktop.store.tables import Client
from desktop.ui import client_codes as labels
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import OptionalDate
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.forms.widgets import fill_localities, select_data
from desktop.ui.qt import QComboBox, QLineEdit, QWidget
from sync.identifiers import normalise_personal_id


class ClientDialog(FormDialog):
    def __init__(self, ctx: UiContext, client: Client | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New client") if client is None else self.tr("Client details"), parent)
        self.setObjectName("client_dialog")
        self.client = client
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.personal_id = self.add_field("personal_id", self.tr("Personal identity code"), QLineEdit())
        self.personal_id.setPlaceholderText(
            self.tr("DDMMYYCZZZQ (optional)") if client is None else self.tr("Unchanged; type to replace"))
        self.check_as_typed("personal_id", lambda text: text.strip() and normalise_personal_id(text))
        self.phone = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.email = self.add_field("email", self.tr("Email"), QLineEdit())
        self.municipality = self.add_field("municipality", self.tr("Municipality"), QLineEdit())
        self.locality = self.add_field("locality_id", self.tr("Locality"), QComboBox(), name="locality")
        self.locality.addItem("—", None)
        self.locality.setMinimumWidth(200)
        self.language = self.add_field("language", self.tr("Language"), QComboBox())
        for code, label in labels.languages().items():
            self.language.addItem(label, code)
        self.referral_source = self.add_field("referral_source", self.tr("Referral source"), QLineEdit())
        self.referred_on = self.add_field("referred_on", self.tr("Referred on"),
                                          OptionalDate(self.tr("Known")))
        self.service_path = self.add_field("service_path", self.tr("Service path"), QComboBox())
        self.service_path.setEditable(True)
        self.service_path.setMinimumWidth(200)
        self.service_path.addItems(["", *labels.SERVICE_PATHS])
        self.job_goals = self.add_field("job_goals", self.tr("Job goals"), QPlainTextEdit())
        self.job_goals.setTabChangesFocus(True)
        self.job_goals.setFixedHeight(70)
        self.target_group = self.add_field("target_group", self.tr("Target group"), QLineEdit())
        self.target_group.setPlaceholderText(self.tr("Separate with commas"))
        self.service_start = self.add_field("service_start", self.tr("Service start"),
                                            OptionalDate(self.tr("Started")))
        if client is not None:
            self._fill(client)
        fill_localities(ctx, self.locality, client.locality_id if client else None)
        self.name.setFocus()

    def _fill(self, client: Client) -> None:
        self.name.setText(client.name)
        self.phone.setText(client.phone or "")
        self.email.setText(client.email or "")
        self.municipality.setText(client.municipality or "")
        select_data(self.language, client.language)
        self.referral_source.setText(client.referral_source or "")
        self.referred_on.set_value(client.referred_on)
        self.service_path.setCurrentText(client.service_path or "")
        self.job_goals.setPlainText(client.job_goals or "")
        self.target_group.setText(", ".join(client.target_group))
        self.service_start.set_value(client.service_start)

    def values(self) -> dict[str, Any]:
        def text(edit) -> str | None:
            return edit.text().strip() or None

        data = {
            "name": self.name.text(),
            "phone": text(self.phone),
            "email": text(self.email),
            "municipality": text(self.municipality),
            "locality_id": self.locality.currentData(),
            "language": self.language.currentData(),
            "referral_source": text(self.referral_source),
            "referred_on": self.referred_on.value(),
            "service_path": self.service_path.currentText().strip() or None,
            "job_goals": self.job_goals.toPlainText().strip() or None,
            "target_group": [part.strip() for part in self.target_group.text().split(",") if part.strip()],
            "service_start": self.service_start.value(),
        }
        if self.client is None or self.personal_id.text().strip():
            data["personal_id"] = text(self.personal_id)
        return data

    def perform(self, values: dict[str, Any]) -> Client:
        if self.client is None:
            return clients.create_client(self.ctx.store, actor=self.ctx.actor, data=values)
        return clients.update_client(self.ctx.store, actor=self.ctx.actor, client_id=self.client.id,
                                     fields=values)
