"""The staff tab (administrators): the organisation's accounts; add, edit role and localities,
deactivate or reactivate, reset a password. Every change is the server's: the staff records on
the laptops follow at their next sync."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from desktop.services import administration
from desktop.ui.admin.dialogs import PasswordDialog, StaffDialog, localities_text, show_password_once
from desktop.ui.admin.tab import AdminTab, rows_table, selected, when
from desktop.ui.context import UiContext
from desktop.ui.profile_dialogs import role_labels
from desktop.ui.qt import QMessageBox, QVBoxLayout, QWidget
from desktop.ui.sync.conflicts import RowsModel
from desktop.ui.widgets.questions import ask
from sync.protocol import NewStaffAccount, StaffAccount, StaffAccountChange, StaffPassword

Role = QMessageBox.ButtonRole


class StaffTab(AdminTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RowsModel([self.tr("Username"), self.tr("Name"), self.tr("Role"),
                                self.tr("Localities"), self.tr("State"), self.tr("Last seen")])
        self.table = rows_table(self.model, "staff_table")
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.add_button = self._button(self.tr("&Add staff member…"), "admin_add_staff", self.add)
        self.edit_button = self._button(self.tr("Ed&it…"), "admin_edit_staff", self.edit)
        self.active_button = self._button(self.tr("&Deactivate…"), "admin_toggle_active",
                                          self.toggle_active)
        self.password_button = self._button(self.tr("&Reset password…"), "admin_reset_password",
                                            self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.dialog: Any = None
        self._enable()

    @staticmethod
    def _button(text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def current(self) -> StaffAccount | None:
        return selected(self.table, self.model)

    def _enable(self) -> None:
        account = self.current()
        for button in (self.edit_button, self.active_button, self.password_button):
            button.setEnabled(account is not None)
        self.active_button.setText(self.tr("Reac&tivate") if account is not None and not account.active
                                   else self.tr("&Deactivate…"))

    def refresh(self) -> None:
        store = self.ctx.store
        self.call(lambda: administration.staff_accounts(store), self._show)

    def _show(self, accounts: list[StaffAccount]) -> None:
        roles = role_labels()
        self.show_rows(self.table, self.model, accounts, [[
            a.username, a.name, roles.get(a.role, a.role), localities_text(a.localities),
            self.tr("Active") if a.active else self.tr("Deactivated"), when(a.last_seen_at),
        ] for a in accounts], key=lambda a: a.account_id)
        self._enable()
        self.report(self.tr("Staff accounts: %1.").replace("%1", str(len(accounts))))

    def _changed(self, account: StaffAccount) -> None:
        self.after_change(self.tr("Saved on the server: %1. Laptops learn it at their next sync.")
                          .replace("%1", account.username))

    # --- the changes ---------------------------------------------------------------------

    def _sender(self, work):
        def send(values, done, failed) -> None:
            self.call(lambda: work(values), done, failed)
        return send

    def add(self) -> None:
        store = self.ctx.store
        send = self._sender(lambda values: administration.add_staff(store, NewStaffAccount(**values)))
        self._open(StaffDialog(send, parent=self))

    def edit(self) -> None:
        self._open_for_current(StaffDialog, lambda store, account, values: administration.change_staff(
            store, account.account_id, StaffAccountChange(**values)))

    def reset_password(self) -> None:
        self._open_for_current(PasswordDialog, lambda store, account, values: administration.reset_password(
            store, account.account_id, values["password"]))

    def _open_for_current(self, dialog_class, work) -> None:
        """A dialog about the selected account, whose OK runs ``work(store, account, values)``."""
        account = self.current()
        if account is None:
            return
        store = self.ctx.store
        self._open(dialog_class(self._sender(lambda values: work(store, account, values)), account,
                                parent=self))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_done(dialog.result_value))
        dialog.open()

    def _dialog_done(self, result) -> None:
        self.dialog = None
        if isinstance(result, StaffPassword):
            self._changed(result.account)
            if result.generated_password:
                show_password_once(self, result.account.username, result.generated_password)
        elif isinstance(result, StaffAccount):
            self._changed(result)

    def toggle_active(self) -> None:
        account = self.current()
        if account is None:
            return
        if not account.active:
            self._set_active(account, True)
            return
        ask(self, name="deactivate_question", title=self.tr("Deactivate the account?"),
            text=self.tr("%1 (%2) can no longer log in, and every session of the account ends at "
                         "once. What they recorded stays. You can reactivate the account later.")
            .replace("%1", account.name).replace("%2", account.username),
            buttons=[("deactivate_confirm", self.tr("Deactivate"), Role.DestructiveRole),
                     ("deactivate_cancel", self.tr("Cancel"), Role.RejectRole)],
            default="deactivate_cancel", escape="deactivate_cancel",
            on_answer=lambda answer: answer == "deactivate_confirm" and self._set_active(account, False))

    def _set_active(self, account: StaffAccount, active: bool) -> None:
        store = self.ctx.store
        self.call(lambda: administration.change_staff(store, account.account_id,
                                                      StaffAccountChange(active=active)),
                  self._changed)
