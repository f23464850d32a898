"""Words a report shows beside its figures: the period, the filters, the
rules every figure follows, the names of transition kinds. English source
text, shown through a ``translate`` callable (context ``ReportFigures``)."""

from __future__ import annotations

import datetime as dt

from desktop.reports.figures import KIND_WORDS, CONTEXT, NO_LOCALITY, QT_TRANSLATE_NOOP, Report, Translate

RULES = QT_TRANSLATE_NOOP(
    "ReportFigures",
    "How the figures are counted: deleted records never count, nor do records of a deleted "
    "client, employer or event. The period includes its first and last day. A share is the "
    "figure divided by the figure named in 'Share of', and each person or employer counts "
    "once in it. A locality covers the records of its clients, employers and events; a staff "
    "member covers their visits and the clients assigned to them.",
)


def date_text(day: dt.date) -> str:
    """Finnish style: 31.1.2025."""
    return f"{day.day}.{day.month}.{day.year}"


def period_text(report: Report, translate: Translate) -> str:
    first, last = report.period_from, report.period_to
    if first and last:
        return translate(QT_TRANSLATE_NOOP("ReportFigures", "%1 – %2")).replace(
            "%1", date_text(first)).replace("%2", date_text(last))
    if first:
        return translate(QT_TRANSLATE_NOOP("ReportFigures", "from %1")).replace("%1", date_text(first))
    if last:
        return translate(QT_TRANSLATE_NOOP("ReportFigures", "until %1")).replace("%1", date_text(last))
    return translate(QT_TRANSLATE_NOOP("ReportFigures", "All time"))


def locality_text(report: Report, translate: Translate) -> str:
    return report.locality or translate(QT_TRANSLATE_NOOP("ReportFigures", "All localities"))


def staff_text(report: Report, translate: Translate) -> str:
    return report.staff or translate(QT_TRANSLATE_NOOP("ReportFigures", "All staff"))


def kind_label(kind: str, translate: Translate) -> str:
    """A transition kind as a chart names it: "Paid work"."""
    word = translate(KIND_WORDS[kind])
    return word[:1].upper() + word[1:]


def locality_label(name: str, translate: Translate) -> str:
    """A locality of the visits chart; "" is the employers with none."""
    return name or translate(NO_LOCALITY)


DUE_TEXTS = {
    ("esf_exit_window", False): QT_TRANSLATE_NOOP("ReportFigures", "exit data due by %1"),
    ("esf_exit_window", True): QT_TRANSLATE_NOOP("ReportFigures", "exit data overdue since %1"),
    ("esf_six_months", False): QT_TRANSLATE_NOOP("ReportFigures", "six-month follow-up due %1"),
    ("esf_six_months", True): QT_TRANSLATE_NOOP("ReportFigures", "six-month follow-up overdue since %1"),
}


def due_text(item, today: dt.date, translate: Translate) -> str:
    """A funder's follow-up (``desktop.services.funder_dates.FunderDue``) in words."""
    return translate(DUE_TEXTS[(item.kind, item.overdue(today))]).replace("%1", date_text(item.due))
