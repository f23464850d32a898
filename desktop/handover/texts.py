"""The fixed texts of the handover form in Finnish, Swedish and English.

The form is a document for the client's employment area (the municipalities'
employment services since 1 January 2025, named on the form), printed in the
client's language, so its words live here rather than in the app's Qt
translations (which follow the user's language). ``{placeholders}`` are
filled with ``str.format``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class FormTexts:
    title: str
    subtitle: str
    draft: str
    recipient: str
    document_number: str
    date: str
    client_section: str
    name: str
    personal_id: str
    no_personal_id: str
    municipality: str
    service_path: str
    referral_source: str
    referred_on: str
    service_period: str
    ongoing: str
    coach: str
    work_done: str
    results: str
    no_results: str
    more_results: str  # the record's copy of the results, cut to fit: {count} lines left out
    assessment: str
    assessed_on: str
    strengths: str
    further_plan: str
    further_support_need: str
    not_filled: str
    consent: str
    consent_statement: str
    consent_methods: dict[str, str]
    signatures: str
    signature_note: str
    place_and_date: str
    client_signature: str
    coach_signature: str
    page: str
    confidential: str
    transition_kinds: dict[str, str]
    months: tuple[str, ...] = ()

    def day(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        if self.months:  # English: 1 March 2026
            return f"{value.day} {self.months[value.month - 1]} {value.year}"
        return f"{value.day}.{value.month}.{value.year}"

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start is None and end is None:
            return ""
        return f"{self.day(start)} – {self.day(end) if end else self.ongoing}"

    def result(self, kind: str, employer: str) -> str:
        """A transition as a result: its kind, and the employer where there is one."""
        name = self.transition_kinds.get(kind, kind)
        return f"{name} – {employer}" if employer else name


FINNISH = FormTexts(
    title="Lopettamis- / siirtolomake",
    subtitle="Yhteenveto palvelujaksosta: tehty työ, tulokset, jatkosuunnitelma ja jatkotuen tarve",
    draft="LUONNOS – esikatselu, ei allekirjoitettavaksi",
    recipient="Vastaanottaja: {area}",
    document_number="Asiakirjan numero",
    date="Päivämäärä",
    client_section="Asiakas ja palvelujakso",
    name="Nimi",
    personal_id="Henkilötunnus",
    no_personal_id="ei kirjattu",
    municipality="Kotikunta",
    service_path="Palvelupolku",
    referral_source="Ohjaava taho",
    referred_on="Ohjattu palveluun",
    service_period="Palvelujakso",
    ongoing="jatkuu",
    coach="Uravalmentaja",
    work_done="Palvelun aikana tehty työ",
    results="Tulokset",
    no_results="Palvelujakson aikana ei ole kirjattu siirtymiä työhön, koulutukseen tai muihin palveluihin.",
    more_results="… ja {count} muuta (kaikki tulokset ovat lomakkeen PDF:ssä)",
    assessment="Työ- ja toimintakyvyn arvion yhteenveto",
    assessed_on="Arvioitu {date}.",
    strengths="Vahvuudet",
    further_plan="Jatkosuunnitelma",
    further_support_need="Jatkotuen tarve",
    not_filled="Ei kirjattu.",
    consent="Suostumus",
    consent_statement=(
        "Asiakas on antanut {date} {how} suostumuksensa siihen, että tämä lomake ja sen tiedot "
        "luovutetaan työllisyysalueen työvoimapalveluille palvelun jatkamista varten. Asiakas voi perua "
        "suostumuksensa milloin tahansa."
    ),
    consent_methods={"written": "kirjallisesti", "verbal": "suullisesti", "electronic": "sähköisesti"},
    signatures="Allekirjoitukset",
    signature_note=(
        "Allekirjoituksellaan asiakas vahvistaa suostumuksensa ja sen, että hän on tutustunut "
        "lomakkeen sisältöön."
    ),
    place_and_date="Paikka ja aika",
    client_signature="Asiakkaan allekirjoitus",
    coach_signature="Uravalmentajan allekirjoitus",
    page="Sivu {page}/{pages}",
    confidential="Salassa pidettävä",
    transition_kinds={
        "paid_work": "Palkkatyö",
        "wage_subsidised_work": "Palkkatuettu työ",
        "work_trial": "Työkokeilu",
        "apprenticeship": "Oppisopimuskoulutus",
        "studies": "Opinnot",
        "recruitment_training": "RekryKoulutus",
        "rehabilitative_work_activity": "Kuntouttava työtoiminta",
        "other": "Muu",
    },
)

SWEDISH = FormTexts(
    title="Avslutnings- / överföringsblankett",
    subtitle="Sammanfattning av serviceperioden: utfört arbete, resultat, fortsatt plan och behov av fortsatt stöd",
    draft="UTKAST – förhandsvisning, inte för underskrift",
    recipient="Mottagare: {area}",
    document_number="Dokumentnummer",
    date="Datum",
    client_section="Klient och serviceperiod",
    name="Namn",
    personal_id="Personbeteckning",
    no_personal_id="inte registrerad",
    municipality="Hemkommun",
    service_path="Servicestig",
    referral_source="Remitterande instans",
    referred_on="Remitterad till servicen",
    service_period="Serviceperiod",
    ongoing="pågår",
    coach="Karriärcoach",
    work_done="Arbete som utförts under servicen",
    results="Resultat",
    no_results="Inga övergångar till arbete, utbildning eller andra tjänster har registrerats under serviceperioden.",
    more_results="… och {count} till (alla resultat finns i blankettens PDF)",
    assessment="Sammanfattning av bedömningen av arbets- och funktionsförmågan",
    assessed_on="Bedömd {date}.",
    strengths="Styrkor",
    further_plan="Fortsatt plan",
    further_support_need="Behov av fortsatt stöd",
    not_filled="Inte ifyllt.",
    consent="Samtycke",
    consent_statement=(
        "Klienten har den {date} {how} gett sitt samtycke till att denna blankett och uppgifterna i den "
        "lämnas ut till sysselsättningsområdets arbetskraftsservice för att servicen ska kunna fortsätta. Klienten kan "
        "när som helst återkalla sitt samtycke."
    ),
    consent_methods={"written": "skriftligen", "verbal": "muntligen", "electronic": "elektroniskt"},
    signatures="Underskrifter",
    signature_note=(
        "Med sin underskrift bekräftar klienten sitt samtycke och att hen har tagit del av "
        "blankettens innehåll."
    ),
    place_and_date="Ort och datum",
    client_signature="Klientens underskrift",
    coach_signature="Karriärcoachens underskrift",
    page="Sida {page}/{pages}",
    confidential="Sekretessbelagd",
    transition_kinds={
        "paid_work": "Lönearbete",
        "wage_subsidised_work": "Lönesubventionerat arbete",
        "work_trial": "Arbetsprövning",
        "apprenticeship": "Läroavtalsutbildning",
        "studies": "Studier",
        "recruitment_training": "RekryteringsUtbildning",
        "rehabilitative_work_activity": "Arbetsverksamhet i rehabiliteringssyfte",
        "other": "Annat",
    },
)

ENGLISH = FormTexts(
    title="Handover form",
    subtitle="Summary of the service period: work done, results, further plan and need for further support",
    draft="DRAFT – preview, not for signing",
    recipient="Addressed to: {area}",
    document_number="Document number",
    date="Date",
    client_section="Client and service period",
    name="Name",
    personal_id="Personal identity code",
    no_personal_id="not recorded",
    municipality="Municipality",
    service_path="Service path",
    referral_source="Referred by",
    referred_on="Referred on",
    service_period="Service period",
    ongoing="ongoing",
    coach="Career coach",
    work_done="Work done during the service",
    results="Results",
    no_results="No transitions to work, studies or other services were recorded during the service period.",
    more_results="… and {count} more (every result is in the form's PDF)",
    assessment="Summary of the work and functional capacity assessment",
    assessed_on="Assessed on {date}.",
    strengths="Strengths",
    further_plan="Further plan",
    further_support_need="Need for further support",
    not_filled="Not filled in.",
    consent="Consent",
    consent_statement=(
        "On {date} the client gave consent {how} to this form and the information in it being "
        "given to the employment area's employment services so that the services can continue. The client may "
        "withdraw the consent at any time."
    ),
    consent_methods={"written": "in writing", "verbal": "verbally", "electronic": "electronically"},
    signatures="Signatures",
    signature_note="By signing, the client confirms the consent and that they have read this form.",
    place_and_date="Place and date",
    client_signature="Client's signature",
    coach_signature="Career coach's signature",
    page="Page {page}/{pages}",
    confidential="Confidential",
    transition_kinds={
        "paid_work": "Paid work",
        "wage_subsidised_work": "Wage-subsidised work",
        "work_trial": "Work trial",
        "apprenticeship": "Apprenticeship",
        "studies": "Studies",
        "recruitment_training": "Recruitment training",
        "rehabilitative_work_activity": "Rehabilitative work activity",
        "other": "Other",
    },
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
)

FORM_TEXTS: dict[str, FormTexts] = {"fi": FINNISH, "sv": SWEDISH, "en": ENGLISH}


def texts_for(language: str) -> FormTexts:
    try:
        return FORM_TEXTS[language]
    except KeyError:
        raise ValueError(f"no form texts for language {language!r}") from None
