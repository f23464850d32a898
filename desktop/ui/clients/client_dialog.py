"""New client, or edit a client's details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from desktop.services import assignment, clients, duplicates
from desktop.services.duplicates import DuplicateClient
from desktop.store.tables import Client
from desktop.ui import client_codes as labels
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import OptionalDate
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.forms.widgets import fill_localities, select_data
from desktop.translation import fill
from desktop.ui.background import show_error
from desktop.ui.qt import QComboBox, QDialog, QLineEdit, QMessageBox, QWidget
from desktop.ui.widgets.questions import ask
from sync.identifiers import normalise_personal_id


class OrganisationDuplicate(Exception):
    """The organisation-wide check found the person a client of other staff (not an error)."""

    def __init__(self, check: assignment.OrganisationCheck) -> None:
        super().__init__("already a client in the organisation")
        self.check = check


class ClientDialog(FormDialog):
    def __init__(self, ctx: UiContext, client: Client | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New client") if client is None else self.tr("Client details"), parent)
        self.setObjectName("client_dialog")
        self.client = client
        self.duplicate_question: QMessageBox | None = None
        self._open_after: object = None  # the existing client to open once this dialog closes
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

    def perform(self, values: dict[str, Any], *, allow_duplicate: bool = False,
                ask_organisation: bool = True) -> Client:
        """Runs on a worker: the local duplicate check, then (for a new client with an identity
        code, when online) the organisation-wide one, then the client is made."""
        store, actor = self.ctx.store, self.ctx.actor
        if self.client is not None:
            return clients.update_client(store, actor=actor, client_id=self.client.id, fields=values)
        try:
            if not allow_duplicate:
                found = duplicates.find_local_duplicates(
                    store, personal_id=values.get("personal_id"), name=values.get("name"),
                    birth_date=values.get("birth_date"))
                if found:
                    raise DuplicateClient(found)
            self.organisation_check = None
            if ask_organisation and values.get("personal_id"):
                check = assignment.check_organisation(store, values["personal_id"])
                self.organisation_check = check
                if check.status == assignment.KNOWN:
                    raise OrganisationDuplicate(check)
            return clients.create_client(store, actor=actor, data=values, allow_duplicate=allow_duplicate)
        except DuplicateClient as error:  # say whose client it is: the staff's names, read here
            error.staff_names = duplicates.staff_names(
                store, {s for found in error.duplicates for s in found.assigned_staff_ids})
            raise

    # --- a possible duplicate -------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, (DuplicateClient, OrganisationDuplicate)):
            super()._failed(error)
            return
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, OrganisationDuplicate):
            self._ask_about_organisation(error.check)
        else:
            self._ask_about_duplicates(error)

    def _saved(self, record) -> None:
        check = getattr(self, "organisation_check", None)
        if self.client is None and check is not None and check.status == assignment.NOT_CHECKED:
            self.ctx.bus.status.emit(self.tr(
                "The client was saved. Whether this person is already a client elsewhere in the "
                "organisation could not be checked now (no connection to the server)."))
        super()._saved(record)

    def _ask_about_organisation(self, check: assignment.OrganisationCheck) -> None:
        """The person is a client of other staff in the organisation: ask to be assigned too,
        create a client of one's own anyway, or go back to the form with everything kept."""
        staff = ", ".join(name for name in check.staff_names if name) or self.tr("unknown staff")
        if check.assigned_to_you:
            text = self.tr("You are already assigned to this person as a client: sync to see the client here.")
            buttons = [("organisation_create", self.tr("Create anyway"), QMessageBox.ButtonRole.DestructiveRole),
                       ("organisation_cancel", self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)]
        else:
            text = (fill(self.tr("This person is already a client in the organisation: coach %1."), (staff,))
                    + "\n\n" + self.tr("Ask to be assigned to the client too? The client's coach decides, "
                                        "and the client then comes to this laptop with the next sync."))
            buttons = [("organisation_ask", self.tr("Ask to be assigned"), QMessageBox.ButtonRole.AcceptRole),
                       ("organisation_create", self.tr("Create anyway"), QMessageBox.ButtonRole.DestructiveRole),
                       ("organisation_cancel", self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)]
        self._organisation = check
        self.duplicate_question = ask(
            self, name="organisation_question", title=self.tr("Already a client in the organisation"),
            text=text, buttons=buttons, default="organisation_cancel", escape="organisation_cancel",
            on_answer=self._organisation_answered)

    def _organisation_answered(self, answer: str) -> None:
        self.duplicate_question = None
        if answer == "organisation_create":
            self._save_anyway(allow_duplicate=True)
        elif answer == "organisation_ask":
            store, client_id = self.ctx.store, self._organisation.client_id
            self.saving = True
            self.save_button.setEnabled(False)
            self.ctx.run(lambda: assignment.ask_to_be_assigned(store, client_id=client_id),
                         on_done=self._asked, on_failed=self._ask_failed, parent=self)
        else:
            self.name.setFocus()

    def _asked(self, _request_id) -> None:
        self.saving = False
        self.ctx.bus.status.emit(self.tr("The request to be assigned was sent: the client comes to "
                                         "this laptop when the coach accepts it and you sync."))
        self.ctx.bus.changed.emit("assignment_request", None)
        QDialog.done(self, QDialog.DialogCode.Accepted)

    def _ask_failed(self, error: Exception) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        show_error(self, error)  # the form stays as typed

    def _save_anyway(self, *, allow_duplicate: bool, ask_organisation: bool = False) -> None:
        values = self.values()
        self.saving = True
        self.save_button.setEnabled(False)
        perform = self.perform
        self.ctx.run(lambda: perform(values, allow_duplicate=allow_duplicate,
                                     ask_organisation=ask_organisation),
                     on_done=self._saved, on_failed=self._failed, parent=self)

    def _ask_about_duplicates(self, error: DuplicateClient) -> None:
        """Name the existing client(s): open one, create the new client anyway, or go back to the
        form with everything typed still there."""
        names = getattr(error, "staff_names", {})
        lines = []
        for found in error.duplicates:
            reason = (self.tr("the same personal identity code") if found.reason == duplicates.PERSONAL_ID
                      else self.tr("the same name and date of birth"))
            staff = ", ".join(names.get(s, self.tr("unknown staff")) for s in found.assigned_staff_ids)
            lines.append(fill(self.tr("%1 (%2), client of %3"), (found.name, reason, staff or "—")))
        text = (self.tr("This person may already be a client:") + "\n\n" + "\n".join(lines) + "\n\n"
                + self.tr("Open the existing client, or create a new client anyway?"))
        self._duplicates = error.duplicates
        self.duplicate_question = ask(
            self, name="duplicate_question", title=self.tr("Possible duplicate client"), text=text,
            buttons=[("duplicate_open", self.tr("Open the existing client"), QMessageBox.ButtonRole.AcceptRole),
                     ("duplicate_create", self.tr("Create anyway"), QMessageBox.ButtonRole.DestructiveRole),
                     ("duplicate_cancel", self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)],
            default="duplicate_cancel", escape="duplicate_cancel", on_answer=self._duplicate_answered)

    def _duplicate_answered(self, answer: str) -> None:
        self.duplicate_question = None
        if answer == "duplicate_create":  # a local duplicate made anyway: the organisation is still asked
            self._save_anyway(allow_duplicate=True, ask_organisation=True)
        elif answer == "duplicate_open":
            self._open_after = self._duplicates[0].client_id
            self.reject()  # asks first whether to throw away what was typed
        else:
            self.name.setFocus()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog's
        super().done(result)
        if self._open_after is not None and result == QDialog.DialogCode.Rejected:
            client_id, self._open_after = self._open_after, None
            self.ctx.bus.open_record.emit("client", client_id)
