"""What was talked about on the visit: the topics as check boxes.

"Taken up" can be ticked only once the alternative-recruitment briefing is
ticked (the record refuses it otherwise); the recruitment-needs text is open
while "Recruitment needs" is ticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGroupBox

from desktop.ui.qt import QLineEdit, QVBoxLayout, QWidget, Signal
from desktop.services.visit_state import TOPICS
from desktop.ui.forms.errors import ErrorLabel


class TopicsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Topics"), parent)
        labels = {
            "recruitment_needs": self.tr("&Recruitment needs"),
            "briefing_given": self.tr("Alternative recruitment &briefing given"),
            "briefing_taken_up": self.tr("Alternative recruitment &taken up"),
            "interest_wage_subsidy": self.tr("Interest in &wage subsidy"),
            "interest_work_trial": self.tr("Interest in work tr&ial"),
            "interest_apprenticeship": self.tr("Interest in a&pprenticeship"),
            "interest_recruitment_training": self.tr("Interest in recruitment trainin&g"),
            "interest_recruitment_event": self.tr("Interest in Työkohtaamo (recr&uitment event)"),
        }
        self.checks: dict[str, QCheckBox] = {}
        for name in TOPICS:
            box = QCheckBox(labels[name])
            box.setObjectName(name)
            box.toggled.connect(self._enable)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.checks[name] = box
        self.needs_text = QLineEdit()
        self.needs_text.setObjectName("recruitment_needs_text")
        self.needs_text.setPlaceholderText(self.tr("What kind of people, when, how many"))
        self.needs_text.textChanged.connect(lambda _t: self.changed.emit())
        self.errors = {name: ErrorLabel(name) for name in ("recruitment_needs_text", "briefing_taken_up")}

        layout = QVBoxLayout(self)
        layout.addWidget(self.checks["recruitment_needs"])
        layout.addWidget(self.needs_text)
        layout.addWidget(self.errors["recruitment_needs_text"])
        for name in TOPICS[1:]:
            layout.addWidget(self.checks[name])
            if name == "briefing_taken_up":
                layout.addWidget(self.errors["briefing_taken_up"])
        self._enable()

    def widgets_in_tab_order(self) -> list[QWidget]:
        return [self.checks["recruitment_needs"], self.needs_text, *(self.checks[n] for n in TOPICS[1:])]

    def _enable(self) -> None:
        given = self.checks["briefing_given"].isChecked()
        if not given:
            self.checks["briefing_taken_up"].setChecked(False)
        self.checks["briefing_taken_up"].setEnabled(given)
        self.needs_text.setEnabled(self.checks["recruitment_needs"].isChecked())

    def state(self) -> dict[str, Any]:
        return {**{name: box.isChecked() for name, box in self.checks.items()},
                "recruitment_needs_text": self.needs_text.text()}

    def set_state(self, state: dict[str, Any]) -> None:
        for name, box in self.checks.items():
            box.setChecked(bool(state.get(name)))
        self.needs_text.setText(state.get("recruitment_needs_text", ""))
        self._enable()

    def show_errors(self, messages: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_message(messages.get(name, ""))
