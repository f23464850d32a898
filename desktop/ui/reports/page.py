"""The Reports page: choose a period, a locality and a staff member; see every
figure with its definition (as a tooltip), the funder's EU indicators by
gender, the participants whose data the funder still needs, and the two
charts; export the report as PDF, CSV or JSON.

The figures are computed off the GUI thread whenever a choice changes (after
a short pause) and when records change while the page is shown; a result
that arrives after a newer request is dropped. Exports write the report on
the screen, also off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTabWidget,
)

from desktop.errors import InvalidInput, KenttaError
from desktop.reports.export import write_report
from desktop.reports.completeness import incomplete_participants
from desktop.reports.figures import Report, compute_figures
from desktop.reports.filters import filter_choices
from desktop.reports.texts import RULES
from desktop.ui.background import show_error
from desktop.ui.context import UiContext
from desktop.ui.forms.dates import DateEdit
from desktop.ui.forms.errors import message_for
from desktop.ui.i18n import error_message
from desktop.ui.pages import Page
from desktop.ui.qt import QComboBox, QLabel, Qt, QVBoxLayout, QWidget
from desktop.ui.reports.charts import TransitionsChart, VisitsChart
from desktop.ui.reports.esf_models import EsfModel, IncompleteModel
from desktop.ui.reports.figures_model import FiguresModel, translate
from desktop.ui.widgets.debounce import quiet_timer
from desktop.ui.widgets.tables import record_table

logger = logging.getLogger(__name__)

# Record kinds whose change can change a figure.
COUNTED_KINDS = frozenset({"client", "transition", "employer", "visit", "position", "recruitment_event",
                           "event_participant", "locality", "staff", "organisation"})
REFRESH_MS = 200


class ReportsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: Report | None = None
        self._generation = 0
        self._stale = True
        self._filters_loaded = False

        today = dt.date.today()
        self.all_time = QCheckBox(self.tr("All time"))
        self.all_time.setObjectName("all_time")
        self.all_time.setChecked(True)
        self.date_from = DateEdit(dt.date(today.year, 1, 1))
        self.date_from.setObjectName("date_from")
        self.date_to = DateEdit(today)
        self.date_to.setObjectName("date_to")
        self.locality = QComboBox()
        self.locality.setObjectName("locality")
        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        for combo, label in ((self.locality, self.tr("All localities")), (self.staff, self.tr("All staff"))):
            combo.addItem(label, None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        choices = QHBoxLayout()
        choices.addWidget(self.all_time)
        for text, widget in ((self.tr("From"), self.date_from), (self.tr("To"), self.date_to),
                             (self.tr("Locality"), self.locality), (self.tr("Staff member"), self.staff)):
            label = QLabel(text)
            label.setBuddy(widget)
            choices.addSpacing(8)
            choices.addWidget(label)
            choices.addWidget(widget)
        choices.addStretch(1)
        # The exports have a row of their own below the figures: beside the choices they
        # made the page wider than a laptop's screen.
        exports = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in (("pdf", self.tr("Export PDF…")), ("csv", self.tr("Export CSV…")),
                          ("json", self.tr("Export JSON…"))):
            button = QPushButton(text)
            button.setObjectName(f"export_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.ask_export(fmt))
            exports.addWidget(button)
            self.export_buttons[fmt] = button

        self.model = FiguresModel(self)
        self.table = record_table(self.model, "figures_table")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.state = QLabel()
        self.state.setObjectName("report_state")
        rules = QLabel(translate(RULES) + " " + self.tr("Hover over a figure to see its definition."))
        rules.setWordWrap(True)
        rules.setObjectName("report_rules")
        rules.setStyleSheet("color: palette(placeholder-text);")

        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.table, 1)
        figures_layout.addWidget(rules)
        # The funder's indicators by gender, and the participants whose data the funder still
        # needs (Enter or a double click opens the client).
        self.esf_model = EsfModel(self)
        self.esf_table = record_table(self.esf_model, "esf_table")
        self.esf_table.setWordWrap(False)
        _fit(self.esf_table.horizontalHeader(), stretch=1)
        self.incomplete_model = IncompleteModel(self)
        self.incomplete_table = record_table(self.incomplete_model, "incomplete_table")
        self.incomplete_table.setWordWrap(False)
        incomplete_header = self.incomplete_table.horizontalHeader()
        _fit(incomplete_header, stretch=3)
        # The follow-up's words are long: a share of the width, the whole text as the tooltip.
        incomplete_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        incomplete_header.resizeSection(4, 180)
        self.incomplete_table.activated.connect(self._open_incomplete)
        self.incomplete_table.doubleClicked.connect(self._open_incomplete)
        self.incomplete_state = QLabel()
        self.incomplete_state.setObjectName("incomplete_state")
        self.incomplete_state.setWordWrap(True)
        incomplete = QWidget()
        incomplete_layout = QVBoxLayout(incomplete)
        incomplete_layout.setContentsMargins(0, 0, 0, 0)
        incomplete_layout.addWidget(self.incomplete_state)
        incomplete_layout.addWidget(self.incomplete_table, 1)
        left = QTabWidget()
        left.setObjectName("report_tabs")
        left.addTab(figures, self.tr("Fi&gures"))
        left.addTab(self.esf_table, self.tr("EU &indicators"))
        left.addTab(incomplete, self.tr("&Missing data"))
        self.tabs = left
        self.transitions = TransitionsChart(self.tr("Transitions by kind (clients)"))
        self.visits = VisitsChart(self.tr("Visits per month by locality"))
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.transitions.view)
        charts.addWidget(self.visits.view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 560])

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(splitter, 1)
        exports.insertWidget(0, self.state, 1)
        layout.addLayout(exports)

        self.timer = quiet_timer(self, REFRESH_MS, self.refresh)
        self.all_time.toggled.connect(self._all_time_toggled)
        for signal in (self.all_time.toggled, self.date_from.textChanged, self.date_to.textChanged,
                       self.locality.currentIndexChanged, self.staff.currentIndexChanged):
            signal.connect(self._choice_changed)
        self._all_time_toggled(True)
        ctx.bus.changed.connect(self._records_changed)

    # --- choices -----------------------------------------------------------------------

    def _choice_changed(self, *_args) -> None:
        self._exports_enabled(False)  # an export always has the figures of the choices shown
        self.timer.start()

    def _exports_enabled(self, enabled: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(enabled)

    def _all_time_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(not checked)
        self.date_to.setEnabled(not checked)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        if self.all_time.isChecked():
            return None, None
        return self.date_from.value(), self.date_to.value()

    def _load_filters(self) -> None:
        store = self.ctx.store
        self.ctx.run(lambda: filter_choices(store), on_done=self._filters_loaded_with, parent=self)

    def _filters_loaded_with(self, lists) -> None:
        for combo, rows in zip((self.locality, self.staff), lists):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for record_id, name in rows:
                combo.addItem(name, record_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self._filters_loaded = True

    # --- computing ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._filters_loaded:
            self._load_filters()
        if self._stale:
            self.refresh()

    def _records_changed(self, kind: str, _ids) -> None:
        if kind not in COUNTED_KINDS:
            return
        if kind in ("locality", "staff"):
            self._filters_loaded = False
        self._stale = True
        if self.isVisible():
            if not self._filters_loaded:
                self._load_filters()
            self.timer.start()

    def refresh(self) -> None:
        """Compute the figures for the current choices, off the GUI thread."""
        self.timer.stop()
        self._exports_enabled(False)
        self._stale = False
        self._generation += 1
        generation = self._generation
        try:
            period_from, period_to = self.period()
        except InvalidInput as error:  # a date typed that is no date (yet): said, and nothing computed
            self.state.setText(" ".join(message_for(e) for e in error.errors))
            return
        if period_from and period_to and period_to < period_from:
            self.state.setText(self.tr("The period ends before it starts: change the dates."))
            return
        store, locality, staff = self.ctx.store, self.locality.currentData(), self.staff.currentData()
        self.state.setText(self.tr("Computing…"))
        today = dt.date.today()

        def work():
            chosen = {"period_from": period_from, "period_to": period_to, "locality": locality, "staff": staff}
            return compute_figures(store, **chosen), incomplete_participants(store, today=today, **chosen), today

        self.ctx.run(
            work,
            on_done=lambda result: self._show(generation, *result),
            on_failed=lambda error: self._failed(generation, error),
            parent=self,
        )

    def _show(self, generation: int, report: Report, incomplete: list, today: dt.date) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.report = report
        self.model.set_report(report)
        self.esf_model.set_report(report)
        self.incomplete_model.set_incomplete(incomplete, today)
        overdue = sum(1 for row in incomplete if row.overdue(today))
        self.incomplete_state.setText(
            self.tr("%n participant(s) with data missing for the funder", "", len(incomplete))
            + (" · " + self.tr("%n with a follow-up overdue", "", overdue) if overdue else "")
            if incomplete else self.tr("The funder has every participant's data."))
        self.transitions.show_report(report)
        self.visits.show_report(report)
        self._exports_enabled(True)
        self.state.setText(self.tr("Figures as of %1.").replace("%1", report.generated_at.strftime("%H:%M:%S")))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if isinstance(error, KenttaError):
            self.state.setText(error_message(error))
        else:
            self.state.setText(self.tr("The figures could not be computed."))
            show_error(self, error)

    def _open_incomplete(self, index) -> None:
        client_id = self.incomplete_model.data(index, Qt.ItemDataRole.UserRole)
        if client_id is not None:
            self.ctx.bus.open_record.emit("client", client_id)

    # --- exporting ---------------------------------------------------------------------

    def suggested_name(self, fmt: str) -> str:
        report = self.report
        if report is None or (report.period_from is None and report.period_to is None):
            span = "all-time"
        else:
            span = "_".join(day.isoformat() if day else "" for day in (report.period_from, report.period_to))
        return f"kentta-report-{span}.{fmt}"

    def ask_export(self, fmt: str) -> None:
        """Ask where to save, in a file dialog that does not block the window."""
        if self.report is None:
            return
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "csv": self.tr("CSV files (*.csv)"),
                   "json": self.tr("JSON files (*.json)")}
        dialog = QFileDialog(self, self.tr("Export the report"), str(Path.home() / self.suggested_name(fmt)),
                             filters[fmt])
        dialog.setObjectName(f"export_dialog_{fmt}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export(fmt, Path(path)))
        dialog.open()

    def export(self, fmt: str, path: Path) -> None:
        report = self.report
        if report is None:
            return
        self.state.setText(self.tr("Saving…"))
        self.ctx.run(lambda: write_report(report, path, fmt, translate),
                     on_done=self._exported, on_failed=self._export_failed, parent=self)

    def _export_failed(self, error: Exception) -> None:
        self.state.setText(self.tr("The report was not saved."))
        show_error(self, error)

    def _exported(self, path: Path) -> None:
        message = self.tr("Saved the report to %1.").replace("%1", str(path))
        self.state.setText(message)
        self.ctx.bus.status.emit(message)


def _fit(header: QHeaderView, *, stretch: int) -> None:
    """Every column as wide as its contents but ``stretch``, which takes the rest."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
