"""Choose the staff assigned to a client, from the Staff records."""

from __future__ import annotations

from desktop.services import clients
from desktop.services.listing import Column, ListSpec
from desktop.ui.clients.checklist import CheckListModel
from desktop.ui.context import UiContext
from desktop.ui.forms.dialog import FormDialog
from desktop.ui.qt import QWidget
from desktop.ui.widgets.record_picker import RecordPicker

STAFF = ListSpec(
    name="staff",
    from_sql="FROM staff AS t",
    columns=(Column("name", "Name", "t.name"),),
    order_sql="t.name COLLATE NOCASE, t.id",
    like_sql=("t.name",),
    where_sql="t.deleted = 0 AND t.active = 1",
)


class StaffDialog(FormDialog):
    def __init__(self, ctx: UiContext, client_id, assigned: list[str], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Assigned staff"), parent)
        self.setObjectName("staff_dialog")
        self.client_id = client_id
        self.model = CheckListModel(ctx, STAFF, assigned)
        self.picker = self.add_field("assigned_staff_ids", self.tr("Staff"),
                                     RecordPicker(self.model, name="staff", placeholder=self.tr("Search staff")),
                                     name="staff_picker")
        self.picker.picked.connect(self.model.toggle)
        self.model.reload()
        self.picker.setFocus()

    def values(self):
        return {"staff_ids": self.model.checked_ids()}

    def perform(self, values):
        return clients.assign_staff(self.ctx.store, actor=self.ctx.actor, client_id=self.client_id,
                                    staff_ids=values["staff_ids"])
