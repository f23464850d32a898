"""Deleting a record from a screen: the Delete key, a button or a context-menu entry, then a question.

``DeleteAction(ctx, widget, target)`` gives ``widget`` a "Delete…" action (the Delete key while
the focus is in ``widget``, also in its context menu; a page adds ``button()`` where it wants
one). ``target()`` names the record meant at that moment, ``(kind, id)`` or None; the page
decides (the selected row of a list, the record a view shows). A text field's own Delete key
wins: Qt gives it the key first, so Delete in a field deletes text, never a record.

What follows, each step off the GUI thread where it touches the database
(``desktop.services.deletion``): what the delete would erase is read; the question
(``ask``, object name ``delete_question``) names the record, counts what goes with it, says it
is erased from this laptop at once and from the others at the next sync, and for how long a
manager can restore it on the server; Cancel is the default button (Enter does not delete)
and Esc cancels. Confirmed, the delete runs and every kind it changed is announced on
``ctx.bus.changed``, as a saved edit is; ``deleted(kind, id)`` tells the page first. A record the
user may not delete gets no action at all (``target`` should not name it; if it does, the
action says so and changes nothing).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QPushButton

from desktop.services import deletion
from desktop.services.deletion import DeletePlan
from desktop.ui.background import show_error
from desktop.ui.qt import QAction, QKeySequence, QMessageBox, QObject, Qt, QWidget, Signal
from desktop.ui.widgets.questions import ask

logger = logging.getLogger(__name__)

Target = Callable[[], "tuple[str, uuid.UUID] | None"]


def _day(value) -> str:
    return f"{value.day}.{value.month}.{value.year}" if value else ""


class DeleteAction(QObject):
    deleted = Signal(str, object)  # kind, id: erased here, announced on the bus

    def __init__(self, ctx, widget: QWidget, target: Target, *, name: str = "delete_record") -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget
        self.target = target
        self.question: QMessageBox | None = None
        self.busy = False
        self.action = QAction(self.tr("Delete…"), widget)
        self.action.setObjectName(name)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.request)
        widget.addAction(self.action)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def button(self, text: str, name: str, chosen: Target | None = None) -> QPushButton:
        """A button that asks about ``chosen()`` (by default what the Delete key would)."""
        made = QPushButton(text)
        made.setObjectName(name)
        made.setToolTip(self.tr("Delete (Del)"))
        made.clicked.connect(lambda: self.request(chosen() if chosen is not None else None))
        return made

    # --- asking ---------------------------------------------------------------------

    def request(self, chosen: tuple[str, uuid.UUID] | None = None) -> None:
        """Ask about ``chosen``, else the record ``target()`` names (nothing happens for none)."""
        chosen = chosen if isinstance(chosen, tuple) else self.target()
        if chosen is None or self.busy or self.question is not None or self.ctx.store.locked:
            return
        kind, record_id = chosen
        ctx = self.ctx
        self.busy = True

        def failed(error: Exception) -> None:
            self.busy = False
            show_error(self.widget, error)

        ctx.run(lambda: deletion.plan(ctx.store, actor=ctx.actor, kind=kind, record_id=record_id),
                on_done=self._planned, on_failed=failed, parent=self.widget)

    def _planned(self, plan: DeletePlan | None) -> None:
        self.busy = False
        if plan is None:  # gone already (deleted by a pull meanwhile)
            self.ctx.bus.status.emit(self.tr("This record is no longer on this laptop."))
            return
        role = QMessageBox.ButtonRole
        self.question = ask(
            self.widget, name="delete_question", title=self.tr("Delete"), text=self.text(plan),
            buttons=[("delete", self.tr("Delete"), role.DestructiveRole),
                     ("cancel", self.tr("Cancel"), role.RejectRole)],
            default="cancel", escape="cancel", on_answer=lambda answer: self._answered(answer, plan))

    def _answered(self, answer: str, plan: DeletePlan) -> None:
        self.question = None
        if answer != "delete":
            logger.info("delete of %s %s cancelled", plan.kind, plan.record_id)
            return
        ctx, kind, record_id = self.ctx, plan.kind, plan.record_id
        self.busy = True

        def done(kinds: set[str]) -> None:
            self.busy = False
            self.deleted.emit(kind, record_id)  # the page first: a view of it closes before lists reload
            ctx.bus.changed.emit(kind, {record_id})
            for other in sorted(kinds - {kind}):
                ctx.bus.changed.emit(other, None)
            ctx.bus.status.emit(self.tr("Deleted."))

        def failed(error: Exception) -> None:
            self.busy = False
            show_error(self.widget, error)

        ctx.run(lambda: deletion.delete(ctx.store, actor=ctx.actor, kind=kind, record_id=record_id),
                on_done=done, on_failed=failed, parent=self.widget)

    # --- the question's text ------------------------------------------------------------

    def text(self, plan: DeletePlan) -> str:
        parts = [self.heading(plan)]
        if plan.under:
            counted = ", ".join(self.counted(kind, count) for kind, count in sorted(plan.under.items()))
            parts.append(self.tr("With it, this is erased: %1.").replace("%1", counted))
        if plan.synced:
            parts.append(self.tr("It is erased from this laptop at once, and from the other laptops at "
                                 "the next sync."))
            parts.append(self.tr("A manager can restore it on the server for %n day(s) after the sync "
                                 "(the organisation's undo period).", "", plan.undo_days))
        else:
            parts.append(self.tr("It is erased from this laptop at once. It was never synced, so the "
                                 "server has no copy to restore."))
        return "\n\n".join(parts)

    def heading(self, plan: DeletePlan) -> str:
        name, day = plan.name, _day(plan.day)
        headings = {
            "client": lambda: self.tr("Delete the client %1 and everything recorded under them?"),
            "employer": lambda: self.tr("Delete the employer %1 with its contacts and positions? "
                                        "Its visits stay."),
            "contact": lambda: self.tr("Delete the contact %1?"),
            "position": lambda: self.tr("Delete the position %1?"),
            "visit": lambda: self.tr("Delete the visit to %1 on %2?"),
            "recruitment_event": lambda: self.tr("Delete the event %1 on %2?"),
            "event_participant": lambda: self.tr("Remove %1 from this event?"),
            "client_note": lambda: self.tr("Delete the note of %2?"),
            "consent": lambda: self.tr("Delete the consent given on %2?"),
            "assessment": lambda: self.tr("Delete the assessment of %2?"),
            "transition": lambda: self.tr("Delete the transition that starts on %2?"),
            "handover_form": lambda: self.tr("Delete the handover form %1?"),
            "client_attachment": lambda: self.tr("Delete the file %1?"),
            "employer_attachment": lambda: self.tr("Delete the file %1?"),
        }
        text = headings.get(plan.kind, lambda: self.tr("Delete this record?"))()
        return text.replace("%1", name).replace("%2", day)

    def counted(self, kind: str, count: int) -> str:
        texts = {
            "client_note": lambda: self.tr("%n note(s)", "", count),
            "consent": lambda: self.tr("%n consent(s)", "", count),
            "assessment": lambda: self.tr("%n assessment(s)", "", count),
            "transition": lambda: self.tr("%n transition(s)", "", count),
            "event_participant": lambda: self.tr("%n event participation(s)", "", count),
            "handover_form": lambda: self.tr("%n handover form(s)", "", count),
            "contact": lambda: self.tr("%n contact(s)", "", count),
            "position": lambda: self.tr("%n position(s)", "", count),
            "client_attachment": lambda: self.tr("%n file(s)", "", count),
            "employer_attachment": lambda: self.tr("%n file(s)", "", count),
        }
        return texts.get(kind, lambda: self.tr("%n other record(s)", "", count))()
