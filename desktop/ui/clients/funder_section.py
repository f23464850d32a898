"""The client page's section of the funder's (ESF+) participant data: what is recorded at entry
and at exit, what is still missing, and the two dialogs that edit them.

The special-category answers (disability, minority) are marked as the assessment is and shown
only on request: "Show" writes the audit event first (``client_page.show_special_categories``).
A client whose figures only are on this laptop shows the same data, read-only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout

from desktop.services.client_page import ClientPageData
from desktop.ui import client_codes as labels
from desktop.ui.clients.funder_dialogs import EntryDataDialog, ExitDataDialog, field_label
from desktop.ui.clients.sections import button_row, sensitive_style, value_label
from desktop.ui.forms.dates import finnish_date
from desktop.ui.forms.widgets import button
from desktop.ui.icons import lock_pixmap
from desktop.ui.qt import QFormLayout, QLabel, QVBoxLayout
from desktop.ui.style import SENSITIVE, accent
from sync.records import ESF_SPECIAL_CATEGORY

ENTRY_ROWS = ("gender", "birth_date", "labour_status_at_entry", "education_level")
EXIT_ROWS = ("exit_situation", "qualification_gained", "situation_6_months")
TABLES = {
    "gender": labels.GENDERS,
    "labour_status_at_entry": labels.LABOUR_STATUSES,
    "education_level": labels.EDUCATION_LEVELS,
    "exit_situation": labels.EXIT_SITUATIONS,
    "qualification_gained": labels.YES_NO,
    "situation_6_months": labels.SITUATIONS_6_MONTHS,
    "eura_entry": labels.EURA_STATES,
    "eura_exit": labels.EURA_STATES,
    **dict.fromkeys(labels.ESF_QUESTIONS, labels.ANSWERS),
}


def shown_value(name: str, value) -> str:
    """A stored value as the page shows it ("—" when there is none)."""
    if value is None:
        return "—"
    if name in TABLES:
        return labels.translated(TABLES[name]).get(value, str(value))
    return finnish_date(value) if isinstance(value, dt.date) else str(value)


class SpecialCategories(QFrame):
    """The special-category questions the organisation asks: marked, and shown on request."""

    def __init__(self, section: FunderSection) -> None:
        super().__init__()
        self.section = section
        self.setObjectName("special_categories")
        self.setStyleSheet(sensitive_style("special_categories"))
        lock = QLabel()
        lock.setPixmap(lock_pixmap(16, accent(SENSITIVE)))
        lock.setStyleSheet("border: none;")
        title = QLabel(self.tr("Sensitive: special categories of personal data"))
        title.setStyleSheet(f"font-weight: bold; color: {accent(SENSITIVE).name()}; border: none;")
        heading = QHBoxLayout()
        heading.addWidget(lock)
        heading.addWidget(title, 1)
        self.summary = value_label("special_summary")
        self.summary.setStyleSheet("border: none;")
        self.contents = value_label("special_contents")
        self.contents.setStyleSheet("border: none;")
        self.contents.hide()
        self.show_button = button(self.tr("Show answe&rs"), "show_special_categories", self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.contents)
        layout.addLayout(button_row(self.show_button))
        self.asked: list[str] = []
        self.modified_at = None  # of the client whose answers are shown
        self.answers: dict[str, str | None] | None = None  # shown (their view audited), or None

    def show_data(self, data: ClientPageData) -> None:
        asked = [name for name in data.esf_questions if name in ESF_SPECIAL_CATEGORY]
        answered = [name for name in asked if data.special_answered.get(name)]
        self.summary.setText(self.tr("%1 of %2 answered").replace("%1", str(len(answered)))
                             .replace("%2", str(len(asked))))
        self.show_button.setEnabled(bool(answered))
        if asked != self.asked or not answered or data.client.modified_at != self.modified_at:
            self.collapse()  # what was shown is no longer what is recorded
        self.asked = asked
        self.modified_at = data.client.modified_at
        self.setVisible(bool(asked))

    def collapse(self) -> None:
        self.answers = None
        self.contents.clear()
        self.contents.hide()
        self.show_button.setText(self.tr("Show answe&rs"))

    def toggle(self) -> None:
        if self.answers is not None:
            self.collapse()
        else:
            self.section.view.show_special_categories()

    def show_answers(self, answers: dict[str, str | None]) -> None:
        self.answers = dict(answers)
        self.contents.setText("\n".join(f"{field_label(name)}: {shown_value(name, answers.get(name))}"
                                        for name in self.asked))
        self.contents.show()
        self.show_button.setText(self.tr("Hide answe&rs"))


class FunderSection(QGroupBox):
    def __init__(self, view) -> None:
        super().__init__(self.tr("Funder's data (ESF+)"))
        self.setObjectName("funder_section")
        self.view = view
        self.data: ClientPageData | None = None
        self.values: dict[str, QLabel] = {}
        self.form = QFormLayout()
        for name in (*ENTRY_ROWS, *labels.ESF_QUESTIONS, "eura_entry", "service_end", *EXIT_ROWS, "eura_exit"):
            if name in ESF_SPECIAL_CATEGORY:
                continue
            self.values[name] = value_label(f"funder_{name}")
            self.form.addRow(field_label(name), self.values[name])
        self.missing = value_label("funder_missing")
        self.special = SpecialCategories(self)
        self.entry_button = button(self.tr("Edit entry data…"), "edit_entry_data", self.edit_entry)
        self.exit_button = button(self.tr("Edit exit data…"), "edit_exit_data", self.edit_exit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.special)
        layout.addWidget(self.missing)
        layout.addLayout(button_row(self.entry_button, self.exit_button))

    def show_data(self, data: ClientPageData) -> None:
        self.data = data
        client = data.client
        for name, label in self.values.items():
            label.setText(self._text(name, client))
        for name in labels.ESF_QUESTIONS:
            if name in self.values:
                self.form.setRowVisible(self.values[name], name in data.esf_questions)
        self.special.show_data(data)
        missing = data.missing
        if missing:
            self.missing.setText(self.tr("Missing: %1").replace("%1", ", ".join(field_label(m) for m in missing)))
        else:
            self.missing.setText(self.tr("Everything the funder asks is recorded."))
        for widget in (self.entry_button, self.exit_button):
            widget.setVisible(not data.figures_only)

    def _text(self, name: str, client) -> str:
        value = getattr(client, name)
        text = shown_value(name, value)
        if name == "labour_status_at_entry" and value == "unemployed" and client.long_term_unemployed is not None:
            answer = labels.translated(labels.YES_NO)[client.long_term_unemployed]
            text += ", " + self.tr("long-term unemployed: %1").replace("%1", answer.lower())
        if name in ("eura_entry", "eura_exit") and getattr(client, f"{name}_on") is not None:
            text += " " + finnish_date(getattr(client, f"{name}_on"))
        return text

    def collapse(self) -> None:
        self.special.collapse()

    def edit_entry(self) -> None:
        self.view.edit_entry_data()

    def edit_exit(self) -> None:
        if self.data is not None:
            self.view.open_dialog(ExitDataDialog(self.view.ctx, self.data.client, self.view))


def entry_dialog(view, data: ClientPageData, special: dict[str, str | None] | None) -> EntryDataDialog:
    return EntryDataDialog(view.ctx, data.client, questions=data.esf_questions,
                           has_personal_id=bool(data.masked_personal_id), special=special, parent=view)
