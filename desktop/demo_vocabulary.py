"""Finnish words and phrases for the demo dataset (``desktop.demo``).

Everything here is invented for demonstrations: no real people or companies.
Occupations are lower-case nominatives; position titles start with them, and
clients' job goals name them, so that matching finds one from the other.
"""

from __future__ import annotations

ORGANISATION = "Pohjois-Pohjanmaan työllisyyshanke"
STAFF_EMAIL_DOMAIN = "tyollisyyshanke.example"

# locality -> (weight, municipalities it serves, first one is the town itself)
LOCALITIES: dict[str, tuple[int, tuple[str, ...]]] = {
    "Oulu": (45, ("Oulu", "Kempele", "Liminka", "Muhos", "Ii", "Tyrnävä", "Lumijoki")),
    "Raahe": (20, ("Raahe", "Siikajoki", "Pyhäjoki")),
    "Haapavesi": (15, ("Haapavesi", "Pyhäntä", "Siikalatva", "Kärsämäki")),
    "Ylivieska": (20, ("Ylivieska", "Alavieska", "Sievi", "Nivala", "Kalajoki", "Oulainen")),
}

# Staff besides the profile's user: (role, localities).
STAFF_PLAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("employer_coordinator", ("Oulu",)),
    ("employer_coordinator", ("Oulu",)),
    ("employer_coordinator", ("Raahe",)),
    ("employer_coordinator", ("Haapavesi",)),
    ("employer_coordinator", ("Ylivieska",)),
    ("career_coach", ("Oulu",)),
    ("career_coach", ("Oulu",)),
    ("career_coach", ("Oulu",)),
    ("career_coach", ("Raahe",)),
    ("career_coach", ("Raahe",)),
    ("career_coach", ("Haapavesi",)),
    ("career_coach", ("Haapavesi", "Ylivieska")),
    ("career_coach", ("Ylivieska",)),
    ("manager", ("Oulu", "Raahe", "Haapavesi", "Ylivieska")),
)

# TOL 2008 sections (Finnish names) -> (words for company names, occupations)
INDUSTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Maatalous, metsätalous ja kalatalous": (
        ("Maatila", "Metsäpalvelu", "Puutarha"),
        ("maatalouslomittaja", "metsuri", "puutarhatyöntekijä", "kasvihuonetyöntekijä"),
    ),
    "Teollisuus": (
        ("Metalli", "Konepaja", "Teräs", "Tekniikka", "Puu"),
        ("hitsaaja", "koneistaja", "levyseppä", "tuotantotyöntekijä", "kokoonpanija"),
    ),
    "Rakentaminen": (
        ("Rakennus", "Rakennuspalvelu", "Remontti"),
        ("rakennustyöntekijä", "kirvesmies", "maalari", "sähköasentaja", "putkiasentaja"),
    ),
    "Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus": (
        ("Kauppa", "Tukku", "Autokorjaamo"),
        ("myyjä", "myymälätyöntekijä", "varastotyöntekijä", "autonasentaja"),
    ),
    "Kuljetus ja varastointi": (
        ("Kuljetus", "Logistiikka", "Kuljetuspalvelu"),
        ("kuorma-autonkuljettaja", "varastotyöntekijä", "trukinkuljettaja", "linja-autonkuljettaja"),
    ),
    "Majoitus- ja ravitsemistoiminta": (
        ("Catering", "Ravintolat", "Matkailu"),
        ("kokki", "tarjoilija", "keittiöapulainen", "hotellivirkailija"),
    ),
    "Informaatio ja viestintä": (
        ("Data", "Digi", "Media"),
        ("ohjelmistokehittäjä", "IT-tukihenkilö", "asiakaspalvelija"),
    ),
    "Ammatillinen, tieteellinen ja tekninen toiminta": (
        ("Tilitoimisto", "Suunnittelu", "Insinööritoimisto"),
        ("kirjanpitäjä", "toimistosihteeri", "suunnitteluavustaja"),
    ),
    "Hallinto- ja tukipalvelutoiminta": (
        ("Siivouspalvelu", "Kiinteistöpalvelu", "Henkilöstöpalvelut"),
        ("siivooja", "kiinteistönhoitaja", "toimistotyöntekijä", "vartija"),
    ),
    "Terveys- ja sosiaalipalvelut": (
        ("Hoiva", "Hoivapalvelut", "Terveyspalvelut"),
        ("lähihoitaja", "hoiva-avustaja", "sairaanhoitaja", "ohjaaja"),
    ),
    "Muu palvelutoiminta": (
        ("Palvelu", "Kampaamo", "Pesula"),
        ("parturi-kampaaja", "asiakaspalvelija", "pesulatyöntekijä"),
    ),
}

COMPANY_FORMS = ("Oy", "Oy", "Oy", "Oy", "Ky", "Tmi", "Ay")
TITLE_SUFFIXES = ("", "", " (vakituinen)", " (määräaikainen)", " (osa-aikainen)", ", kesätyö", ", kolmivuorotyö")

CONTACT_TITLES = (
    "toimitusjohtaja", "yrittäjä", "HR-päällikkö", "henkilöstöasiantuntija",
    "tuotantopäällikkö", "työnjohtaja", "myymäläpäällikkö", "palveluesihenkilö",
)

VISIT_NOTES = (
    "Esittelin hankkeen palvelut ja vaihtoehtoisen rekrytoinnin mallin.",
    "Yrityksellä on kasvunäkymiä, ja se suunnittelee lisärekrytointeja.",
    "Keskusteltiin palkkatuen ehdoista ja hakemisesta.",
    "Työnantaja on kiinnostunut työkokeilusta ennen työsuhdetta.",
    "Rekrytoinnin haasteena on osaavan työvoiman saatavuus.",
    "Yrityksessä on hyviä kokemuksia oppisopimuskoulutuksesta.",
    "Sovittiin, että lähetämme sopivien työnhakijoiden ansioluettelot.",
    "Kesän sesonkiin tarvitaan lisää väkeä.",
    "Työnantaja toivoo hakijoilta ajokorttia ja työturvallisuuskorttia.",
    "Perehdytykseen on nimetty vastuuhenkilö.",
)
HIDDEN_JOB_NOTE = "Kartoitettiin piilotyöpaikkoja: tehtäviin ({occupation}) voisi löytyä tekijä hankkeen asiakkaista."
NEEDS_TEXT = "Rekrytointitarve: {occupation}, {count} hlö. Aloitus {start}."
NEEDS_START = ("heti", "sopimuksen mukaan", "keväällä", "kesällä", "syksyllä", "alkuvuodesta")
NEXT_STEPS = (
    "Lähetetään työnhakijaehdotukset.",
    "Sovitaan työkokeilun aloituksesta.",
    "Kutsutaan Työkohtaamoon.",
    "Soitetaan ja kysytään rekrytointitilannetta.",
    "Lähetetään palkkatukiohjeet sähköpostilla.",
    "Uusi käynti myöhemmin.",
    "Suunnitellaan RekryKoulutus yhdessä oppilaitoksen kanssa.",
)

REFERRAL_SOURCES = (
    ("Työllisyyspalvelut", 40),
    ("TE-palvelut", 15),
    ("Kela", 12),
    ("Sosiaalitoimi", 18),
    ("Oma yhteydenotto", 15),
)
SERVICE_PATHS = (("Osmo", 45), ("Osku", 35), ("Ossi", 20))
LANGUAGES = (("fi", 88), ("sv", 7), ("en", 5))
TARGET_GROUPS = (
    "pitkäaikaistyötön", "alle 30-vuotias", "yli 55-vuotias", "osatyökykyinen",
    "maahan muuttanut", "vailla ammatillista koulutusta",
)

NOTE_KINDS = (("meeting", 50), ("phone", 25), ("joint_meeting", 12), ("outside_office", 13))
NOTE_TEXTS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "Tapaaminen toimistolla. Käytiin läpi työnhaun tilanne ja päivitettiin ansioluettelo.",
        "Keskusteltiin asiakkaan tavoitteista; kiinnostus ammattiin: {goal}.",
        "Tehtiin yhdessä työhakemus ({goal}).",
        "Harjoiteltiin työhaastattelua ja käytiin läpi palkkatuen mahdollisuus.",
        "Asiakas on motivoitunut ja hakee aktiivisesti töitä.",
        "Suunniteltiin työkokeilua sopivassa yrityksessä.",
    ),
    "phone": (
        "Puhelu: asiakas kertoi käyneensä työhaastattelussa.",
        "Sovittiin seuraava tapaaminen puhelimitse.",
        "Asiakas perui tapaamisen sairastumisen vuoksi; uusi aika sovittu.",
        "Muistutettiin Työkohtaamosta ja ohjeistettiin ilmoittautumaan.",
    ),
    "joint_meeting": (
        "Yhteistapaaminen: sovittiin työnjaosta ja seuraavista askelista.",
        "Yhteistapaamisessa käytiin läpi kuntoutusmahdollisuudet ja toimeentulo.",
        "Yhteistapaaminen: laadittiin yhteinen suunnitelma opintoihin hakeutumisesta.",
    ),
    "outside_office": (
        "Tavattiin kirjastossa; etsittiin yhdessä avoimia työpaikkoja.",
        "Käytiin yhdessä tutustumassa työpaikkaan.",
        "Asioitiin yhdessä työllisyyspalveluissa.",
        "Kävelytapaaminen: keskusteltiin arjen rytmistä ja jaksamisesta.",
    ),
}
PARTNERS = ("Kela", "sosiaalitoimi", "työllisyyspalvelut", "mielenterveyspalvelut", "oppilaitos", "TE-palvelut")

WORK_CAPACITY = ("Työkyky hyvä", "Työkyky osittain alentunut", "Työkyky alentunut; kuntoutustarve selvitettävä")
FUNCTIONAL_CAPACITY = (
    "Arki sujuu itsenäisesti.",
    "Vuorokausirytmi epäsäännöllinen; tukea arjen hallintaan.",
    "Fyysinen kuormitus rajoitettava.",
    "Sosiaaliset tilanteet jännittävät; pienryhmä sopii.",
)
ASSESSMENT_SUMMARIES = (
    "Valmis työhön tai työkokeiluun.",
    "Tavoitteena ensin kuntouttava työtoiminta, sitten työkokeilu.",
    "Suositellaan ammatillista koulutusta.",
    "Palkkatuettu työ sopisi hyvin.",
)

# transition kind -> (weight, needs an employer, (min, max) days or None for open-ended, notes)
TRANSITIONS: dict[str, tuple[int, bool, tuple[int, int] | None, tuple[str, ...]]] = {
    "paid_work": (25, True, None, ("Vakituinen työsuhde.", "Määräaikainen työsuhde.")),
    "wage_subsidised_work": (18, True, (180, 365), ("Palkkatuki 50 %.", "Palkkatuki 70 %.")),
    "work_trial": (15, True, (30, 180), ("Työkokeilu, tavoitteena työsuhde.",)),
    "apprenticeship": (7, True, (365, 730), ("Oppisopimuskoulutus, ammattitutkinto.",)),
    "studies": (12, False, (120, 730), ("Opinnot ammattiopistossa.", "Valmentava koulutus.")),
    "recruitment_training": (6, True, (60, 150), ("RekryKoulutus yhdessä yrityksen kanssa.",)),
    "rehabilitative_work_activity": (12, False, (90, 365), ("Kuntouttava työtoiminta 3 pv/vko.",)),
    "other": (5, False, None, ("Siirtyi toisen palvelun asiakkaaksi.", "Muutti paikkakunnalta.")),
}

EVENT_PLACES = (
    "{town}: kaupungintalon valtuustosali",
    "{town}: kirjaston tapahtumatila",
    "{town}: työllisyyspalvelujen toimipiste",
)
EVENT_THEMES = ("kaupan ja logistiikan", "hoiva-alan", "teollisuuden", "rakennusalan", "ravintola-alan", "kesätöiden")
