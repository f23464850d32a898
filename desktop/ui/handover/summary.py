"""What the records say, shown read-only at the top of the handover dialog."""

from __future__ import annotations

from desktop.services.handover import HandoverPrefill
from desktop.ui.client_codes import consent_methods, transition_kinds
from desktop.ui.forms.dates import finnish_date
from desktop.ui.qt import QFormLayout, QLabel, QWidget, Qt
from desktop.ui.style import error_style


def problem_style() -> str:
    return error_style() + " font-weight: bold;"


class PrefillSummary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("client", self.tr("Client")),
            ("personal_id", self.tr("Personal identity code")),
            ("service_period", self.tr("Service period")),
            ("coach", self.tr("Career coach")),
            ("referral", self.tr("Referred by")),
            ("results", self.tr("Results (transitions)")),
            ("assessment", self.tr("Assessment summary")),
            ("consent", self.tr("Consent")),
        ):
            value = QLabel()
            value.setObjectName(f"prefill_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.layout_.addRow(label, value)
        self.prefill: HandoverPrefill | None = None

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Give each wrapped value the height of its lines (layouts here do not ask for it)."""
        for label in self.values.values():
            height = label.heightForWidth(label.width()) if label.width() > 0 else -1
            if height > 0:  # -1: no text laid out yet
                label.setMinimumHeight(height)

    def show_prefill(self, prefill: HandoverPrefill, *, for_authority: bool) -> None:
        self.prefill = prefill
        v = self.values
        v["client"].setText(prefill.client_name)
        v["personal_id"].setText(prefill.masked_personal_id or self.tr("not recorded"))
        start, end = finnish_date(prefill.service_start), finnish_date(prefill.service_end)
        ongoing = self.tr("ongoing")  # translated outside the f-string, where lupdate finds it
        v["service_period"].setText(f"{start} – {end or ongoing}" if start else self.tr("not started"))
        v["coach"].setText(prefill.coach_name or self.tr("no assigned coach"))
        referral = prefill.referral_source
        if prefill.referred_on:
            referred = finnish_date(prefill.referred_on)
            referral = f"{referral} ({referred})" if referral else referred
        v["referral"].setText(referral or "–")
        kinds = transition_kinds()
        lines = []
        for result in prefill.results:
            what = kinds.get(result.kind, result.kind)
            if result.employer:
                what = f"{what} – {result.employer}"
            lines.append(f"{what}, {finnish_date(result.start)} – {finnish_date(result.end)}")
        v["results"].setText("\n".join(lines) or self.tr("No transitions recorded."))
        self.show_assessment(for_authority=for_authority)
        if prefill.consent is None or prefill.consent_problem:
            v["consent"].setText(self.tr("Not in force for the employment authority."))
            v["consent"].setStyleSheet(problem_style())
        else:
            how = consent_methods().get(prefill.consent.recorded_how, prefill.consent.recorded_how)
            how = how[:1].lower() + how[1:]  # mid-sentence
            v["consent"].setText(self.tr("Given on %1 (%2); covers the employment authority.")
                                 .replace("%1", finnish_date(prefill.consent.given_on)).replace("%2", how))
            v["consent"].setStyleSheet("")
        self._fit_heights()

    def show_assessment(self, *, for_authority: bool) -> None:
        prefill = self.prefill
        if prefill is None:
            return
        label = self.values["assessment"]
        if prefill.assessment_on is None:
            label.setText(self.tr("No assessment summary recorded."))
        elif prefill.assessment_included(for_authority=for_authority):
            label.setText(self.tr("Included (assessment of %1); the consent covers it.")
                          .replace("%1", finnish_date(prefill.assessment_on)))
        else:
            label.setText(self.tr("Not included: the consent covers it for the authority only."))
        self._fit_heights()
