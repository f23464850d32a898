"""The summary sheet's own words in Finnish, Swedish and English.

As the handover form's (``desktop.handover.texts``), they follow the sheet's
language (the client's, or the one chosen), not the app's; the words both
documents share (dates, transition kinds, field names, "Confidential") are the
handover form's, in ``form``. ``{placeholders}`` are filled with ``str.format``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.handover.texts import FormTexts, texts_for


@dataclass(frozen=True)
class SummaryTexts:
    form: FormTexts
    title: str
    subtitle: str
    service: str
    staff: str
    employment_area: str
    consent: str
    consent_valid: str
    consent_withdrawn: str
    consent_ended: str
    consent_none: str
    share_with_authority: str
    share_with_partners: str
    yes: str
    no: str
    transitions: str
    transition_column: str
    employer_column: str
    period_column: str
    no_transitions: str
    more_transitions: str
    more_due: str
    more_staff: str
    next_steps: str
    plan_from: str
    no_plan: str
    due_dates: str
    no_due: str
    due_kinds: dict[str, str]
    transition_ends: str
    overdue: str
    privacy_note: str


FINNISH = SummaryTexts(
    form=texts_for("fi"),
    title="Asiakkaan yhteenveto",
    subtitle="Tilanne {date}: palvelu, suostumus, siirtymät, seuraavat askeleet ja määräajat",
    service="Palvelu",
    staff="Vastuutyöntekijät",
    employment_area="Työllisyysalue",
    consent="Suostumus",
    consent_valid="Voimassa: annettu {date} {how}.",
    consent_withdrawn="Ei voimassa: annettu {given}, peruttu {date}.",
    consent_ended="Ei voimassa (annettu {given}).",
    consent_none="Ei voimassa olevaa suostumusta: kirjaa asiakkaan suostumus ennen kuin tietoja luovutetaan.",
    share_with_authority="Tietoja saa luovuttaa työllisyysalueen työvoimapalveluille",
    share_with_partners="Tietoja saa luovuttaa yhteistyökumppaneille",
    yes="kyllä",
    no="ei",
    transitions="Siirtymät",
    transition_column="Siirtymä",
    employer_column="Työnantaja",
    period_column="Ajanjakso",
    no_transitions="Siirtymiä työhön, koulutukseen tai muihin palveluihin ei ole kirjattu.",
    more_transitions="+ {count} muuta, aiempaa siirtymää (kaikki asiakkaan sivulla)",
    more_due="+ {count} myöhempää määräaikaa",
    more_staff="+ {count} muuta",
    next_steps="Seuraavat askeleet",
    plan_from="Jatkosuunnitelma lopettamislomakkeelta {number} ({date}):",
    no_plan="Jatkosuunnitelmaa ei ole kirjattu lopettamislomakkeelle.",
    due_dates="Määräajat",
    no_due="Ei avoimia määräaikoja.",
    due_kinds={
        "service_end": "Palvelu päättyy",
        "esf_exit_window": "Rahoittajan lähtötiedot (neljän viikon jakso)",
        "esf_six_months": "Rahoittajan kuuden kuukauden seuranta",
    },
    transition_ends="{kind} päättyy",
    overdue="myöhässä",
    privacy_note="Yhteenveto ei sisällä työ- ja toimintakyvyn arvioita eikä muistiinpanoja.",
)

SWEDISH = SummaryTexts(
    form=texts_for("sv"),
    title="Sammanfattning om klienten",
    subtitle="Läget {date}: service, samtycke, övergångar, nästa steg och tidsfrister",
    service="Service",
    staff="Ansvariga medarbetare",
    employment_area="Sysselsättningsområde",
    consent="Samtycke",
    consent_valid="I kraft: givet {date} {how}.",
    consent_withdrawn="Inte i kraft: givet {given}, återkallat {date}.",
    consent_ended="Inte i kraft (givet {given}).",
    consent_none="Inget samtycke i kraft: registrera klientens samtycke innan uppgifter lämnas ut.",
    share_with_authority="Uppgifter får lämnas ut till sysselsättningsområdets arbetskraftsservice",
    share_with_partners="Uppgifter får lämnas ut till samarbetspartner",
    yes="ja",
    no="nej",
    transitions="Övergångar",
    transition_column="Övergång",
    employer_column="Arbetsgivare",
    period_column="Period",
    no_transitions="Inga övergångar till arbete, utbildning eller andra tjänster har registrerats.",
    more_transitions="+ {count} andra, tidigare övergångar (alla på klientens sida)",
    more_due="+ {count} senare tidsfrister",
    more_staff="+ {count} till",
    next_steps="Nästa steg",
    plan_from="Fortsatt plan enligt avslutningsblankett {number} ({date}):",
    no_plan="Ingen fortsatt plan har registrerats på en avslutningsblankett.",
    due_dates="Tidsfrister",
    no_due="Inga öppna tidsfrister.",
    due_kinds={
        "service_end": "Servicen upphör",
        "esf_exit_window": "Finansiärens utträdesuppgifter (fyra veckor)",
        "esf_six_months": "Finansiärens uppföljning efter sex månader",
    },
    transition_ends="{kind} upphör",
    overdue="försenad",
    privacy_note="Sammanfattningen innehåller inga bedömningar av arbets- och funktionsförmågan och inga anteckningar.",
)

ENGLISH = SummaryTexts(
    form=texts_for("en"),
    title="Client summary",
    subtitle="As of {date}: service, consent, transitions, next steps and due dates",
    service="Service",
    staff="Assigned staff",
    employment_area="Employment area",
    consent="Consent",
    consent_valid="Valid: given on {date} {how}.",
    consent_withdrawn="Not valid: given on {given}, withdrawn on {date}.",
    consent_ended="Not valid (given on {given}).",
    consent_none="No valid consent: record the client's consent before any information is shared.",
    share_with_authority="Information may be shared with the employment area's employment services",
    share_with_partners="Information may be shared with partners",
    yes="yes",
    no="no",
    transitions="Transitions",
    transition_column="Transition",
    employer_column="Employer",
    period_column="Period",
    no_transitions="No transitions to work, studies or other services have been recorded.",
    more_transitions="+ {count} more, earlier transitions (all on the client's page)",
    more_due="+ {count} later due dates",
    more_staff="+ {count} more",
    next_steps="Next steps",
    plan_from="Further plan from handover form {number} ({date}):",
    no_plan="No further plan has been written on a handover form.",
    due_dates="Due dates",
    no_due="No open due dates.",
    due_kinds={
        "service_end": "The service ends",
        "esf_exit_window": "The funder's exit data (four-week window)",
        "esf_six_months": "The funder's six-month follow-up",
    },
    transition_ends="{kind} ends",
    overdue="overdue",
    privacy_note="The summary holds no work or functional capacity assessments and no notes.",
)

SUMMARY_TEXTS: dict[str, SummaryTexts] = {"fi": FINNISH, "sv": SWEDISH, "en": ENGLISH}


def summary_texts(language: str) -> SummaryTexts:
    try:
        return SUMMARY_TEXTS[language]
    except KeyError:
        raise ValueError(f"no summary texts for language {language!r}") from None
