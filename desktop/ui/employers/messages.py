"""Words the employer page puts on screen for the reasons a client matches a
position. Source text is English; the translations come from these strings
through pyside6-lupdate."""

from __future__ import annotations

from desktop.ui.qt import QCoreApplication


def reason_text(code: str, argument: str) -> str:
    """One reason why a client fits a position, in words."""
    texts = {  # a literal context, so that pyside6-lupdate finds the texts
        "job_goal": QCoreApplication.translate("EmployerMessages", "Job goal: %1"),
        "same_locality": QCoreApplication.translate("EmployerMessages", "Same locality: %1"),
    }
    text = texts.get(code)
    return argument if text is None else text.replace("%1", argument)


def reasons_text(reasons: list[tuple[str, str]]) -> str:
    """All the reasons, as a list separated by middle dots."""
    return " · ".join(reason_text(code, argument) for code, argument in reasons)
