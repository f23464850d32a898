"""The report's two charts on screen (QtCharts): transitions by kind, and
visits per month by locality as stacked bars. Each view keeps one chart and
replaces its series when a new report arrives."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtGui import QColor, QPainter, QPalette

from desktop.reports.chart_scale import PALETTE, nice_scale
from desktop.reports.figures import Report
from desktop.reports.texts import kind_label, locality_label
from desktop.ui.qt import QCoreApplication, Qt
from desktop.ui.reports.figures_model import translate
from desktop.ui.style import palette


def _chart_view(name: str, title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setBackgroundRoundness(0)
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _follow_palette(chart: QChart) -> None:
    """The chart in the palette's colours: its background, title, legend and axes (a dark theme too)."""
    colours = palette()
    text, base = colours.color(QPalette.ColorRole.Text), colours.color(QPalette.ColorRole.Base)
    grid = colours.color(QPalette.ColorRole.Mid)
    chart.setBackgroundBrush(base)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)
    for series in chart.series():
        for bars in series.barSets():
            bars.setLabelColor(text)


def _axes(chart: QChart, category_side, value_side) -> tuple[QBarCategoryAxis, QValueAxis]:
    """The chart's two axes, made once: each report replaces only the series."""
    categories = QBarCategoryAxis()
    categories.setTruncateLabels(False)  # turned month labels fit, though the bars are narrow
    values = QValueAxis()
    values.setLabelFormat("%d")
    chart.addAxis(categories, category_side)
    chart.addAxis(values, value_side)
    _follow_palette(chart)
    return categories, values


def _show(chart: QChart, series, categories: QBarCategoryAxis, names: list[str],
          values: QValueAxis, top: int) -> None:
    chart.removeAllSeries()
    categories.clear()
    categories.append(names or [""])
    step, steps = nice_scale(top)
    values.setRange(0, step * steps)
    values.setTickCount(steps + 1)
    chart.addSeries(series)
    series.attachAxis(categories)
    series.attachAxis(values)
    _follow_palette(chart)


class TransitionsChart:
    """Clients per transition kind, as horizontal bars with their counts."""

    def __init__(self, title: str) -> None:
        self.view = _chart_view("transitions_chart", title)
        self.view.chart().legend().hide()
        self.categories, self.values = _axes(self.view.chart(), Qt.AlignmentFlag.AlignLeft,
                                             Qt.AlignmentFlag.AlignBottom)
        self.series: QHorizontalBarSeries | None = None

    def show_report(self, report: Report) -> None:
        kinds = list(reversed(report.transitions_by_kind()))  # the first kind on top
        bars = QBarSet(QCoreApplication.translate("ReportsPage", "Clients"))
        bars.append([count for _kind, count in kinds])
        bars.setColor(QColor(PALETTE[0]))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        _show(self.view.chart(), series, self.categories, [kind_label(kind, translate) for kind, _c in kinds],
              self.values, (max((count for _kind, count in kinds), default=0) * 11) // 10 + 1)  # room for the labels
        self.series = series


class VisitsChart:
    """Visits per month, one stacked colour per locality."""

    def __init__(self, title: str) -> None:
        self.view = _chart_view("visits_chart", title)
        self.view.chart().legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.categories, self.values = _axes(self.view.chart(), Qt.AlignmentFlag.AlignBottom,
                                             Qt.AlignmentFlag.AlignLeft)
        self.series: QStackedBarSeries | None = None

    def show_report(self, report: Report) -> None:
        monthly = report.visits_by_month
        series = QStackedBarSeries()
        for index, name in enumerate(monthly.localities):
            bars = QBarSet(locality_label(name, translate))
            bars.append(list(monthly.counts[name]))
            bars.setColor(QColor(PALETTE[index % len(PALETTE)]))
            series.append(bars)
        self.categories.setLabelsAngle(-90 if len(monthly.months) > 8 else 0)
        totals = [sum(column) for column in zip(*monthly.counts.values())]
        _show(self.view.chart(), series, self.categories, list(monthly.months), self.values,
              max(totals, default=0))
        self.series = series
