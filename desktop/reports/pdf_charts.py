"""The report's two charts as reportlab drawings (vector graphics in the PDF):
transitions by kind, and visits per month by locality (stacked)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop.reports.chart_scale import PALETTE, nice_scale
from desktop.reports.figures import Report, Translate
from desktop.reports.texts import kind_label, locality_label

INK = colors.HexColor("#222222")
GRID = colors.HexColor("#DDDDDD")


def _value_axis(chart, top: int, font: str) -> None:
    axis = chart.valueAxis
    axis.valueMin = 0
    step, steps = nice_scale(top)
    axis.valueStep = step
    axis.valueMax = step * steps
    axis.labels.fontName = font
    axis.labels.fontSize = 7
    axis.labelTextFormat = "%d"
    axis.visibleGrid = True
    axis.gridStrokeColor = GRID
    axis.strokeColor = INK


def _title(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(0, drawing.height - 12, text, fontName=font, fontSize=10, fillColor=INK))


def transitions_chart(report: Report, translate: Translate, *, width: float, font: str,
                      bold: str, title: str) -> Drawing:
    kinds = report.transitions_by_kind()
    height = 24 + 14 * len(kinds) + 30
    drawing = Drawing(width, height)
    _title(drawing, title, bold)
    chart = HorizontalBarChart()
    chart.x, chart.y = 130, 24
    chart.width, chart.height = width - chart.x - 30, height - 60
    chart.data = [[count for _kind, count in reversed(kinds)]]
    chart.categoryAxis.categoryNames = [kind_label(kind, translate) for kind, _count in reversed(kinds)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = INK
    _value_axis(chart, max((count for _kind, count in kinds), default=0), font)
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def visits_chart(report: Report, translate: Translate, *, width: float, font: str,
                 bold: str, title: str, empty: str) -> Drawing:
    monthly = report.visits_by_month
    height = 205
    drawing = Drawing(width, height)
    _title(drawing, title, bold)
    if not monthly.counts:
        drawing.add(String(0, height - 34, empty, fontName=font, fontSize=9, fillColor=INK))
        drawing.height = 50
        return drawing
    names = monthly.localities
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 50
    chart.width, chart.height = width - chart.x - 10, height - chart.y - 50
    chart.data = [list(monthly.counts[name]) for name in names]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = list(monthly.months)
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize = font, 7
    if len(monthly.months) > 8:  # turned, so that long periods stay readable
        labels.angle, labels.boxAnchor, labels.dy = 90, "e", -2
    else:
        labels.boxAnchor, labels.dy = "n", -2
    chart.categoryAxis.strokeColor = INK
    totals = [sum(column) for column in zip(*chart.data)]
    _value_axis(chart, max(totals, default=0), font)
    for index in range(len(names)):
        chart.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
        chart.bars[index].strokeColor = None
    chart.barWidth = 8
    drawing.add(chart)

    legend = Legend()
    legend.x, legend.y = chart.x, height - 24
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.fontName, legend.fontSize = font, 8
    legend.dxTextSpace = 4
    legend.strokeColor = None
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), locality_label(name, translate))
                             for i, name in enumerate(names)]
    drawing.add(legend)
    return drawing
