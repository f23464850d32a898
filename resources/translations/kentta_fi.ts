<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="96"/>
        <source>New assessment</source>
        <translation>Uusi arvio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="97"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="98"/>
        <source>Work capacity</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="99"/>
        <source>Functional capacity</source>
        <translation>Toimintakyky</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="100"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="151"/>
        <source>Sensitive: work and functional capacity</source>
        <translation>Arkaluonteinen: työ- ja toimintakyky</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="161"/>
        <location filename="../../desktop/ui/clients/sections.py" line="185"/>
        <source>Sh&amp;ow</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="162"/>
        <source>New a&amp;ssessment…</source>
        <translation>Uusi &amp;arvio…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/clients/sections.py" line="173"/>
        <source>%n assessment(s), the latest on %1</source>
        <translation>
            <numerusform>%n arvio, viimeisin %1</numerusform>
            <numerusform>%n arviota, viimeisin %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="176"/>
        <source>No assessment yet.</source>
        <translation>Ei vielä arviota.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="196"/>
        <source>Work capacity</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="197"/>
        <source>Functional capacity</source>
        <translation>Toimintakyky</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="198"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="203"/>
        <source>Hi&amp;de</source>
        <translation>&amp;Piilota</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="21"/>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="21"/>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="24"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="25"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="27"/>
        <source>DDMMYYCZZZQ (optional)</source>
        <translation>PPKKVVYNNNT (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="27"/>
        <source>Unchanged; type to replace</source>
        <translation>Ennallaan; kirjoita korvataksesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="28"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="29"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="30"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="31"/>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="34"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="37"/>
        <source>Referral source</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="38"/>
        <source>Referred on</source>
        <translation>Ohjauspäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="39"/>
        <source>Known</source>
        <translation>Tiedossa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="40"/>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="44"/>
        <source>Job goals</source>
        <translation>Työtavoitteet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="47"/>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="48"/>
        <source>Separate with commas</source>
        <translation>Erota pilkuilla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="49"/>
        <source>Service start</source>
        <translation>Palvelun alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="50"/>
        <source>Started</source>
        <translation>Alkanut</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="15"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="16"/>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="17"/>
        <source>Joint meeting</source>
        <translation>Yhteistapaaminen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="18"/>
        <source>Outside the office</source>
        <translation>Toimiston ulkopuolella</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="22"/>
        <source>Paid work</source>
        <translation>Palkkatyö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="23"/>
        <source>Wage-subsidised work</source>
        <translation>Palkkatuettu työ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="24"/>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="25"/>
        <source>Apprenticeship</source>
        <translation>Oppisopimuskoulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="26"/>
        <source>Studies</source>
        <translation>Opinnot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="27"/>
        <source>Recruitment training</source>
        <translation>RekryKoulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="28"/>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="29"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="33"/>
        <source>In writing</source>
        <translation>Kirjallisesti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="34"/>
        <source>Verbally</source>
        <translation>Suullisesti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="35"/>
        <source>Electronically</source>
        <translation>Sähköisesti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="39"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="40"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="41"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="57"/>
        <source>&amp;Reveal</source>
        <translation>Näytä &amp;koko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="58"/>
        <source>Show the full code; this is recorded in the audit log.</source>
        <translation>Näytä koko tunnus; tämä kirjataan käyttölokiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="59"/>
        <source>← &amp;Clients</source>
        <translation>← &amp;Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="60"/>
        <source>Edit &amp;details…</source>
        <translation>Muokkaa &amp;tietoja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="61"/>
        <source>&amp;Handover form…</source>
        <translation>&amp;Lopettamis-/siirtolomake…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="64"/>
        <source>De&amp;lete client…</source>
        <translation>P&amp;oista asiakas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="128"/>
        <source>This client is no longer on this laptop.</source>
        <translation>Tätä asiakasta ei enää ole tällä kannettavalla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="149"/>
        <source>no personal identity code</source>
        <translation>ei henkilötunnusta</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="35"/>
        <source>Filter by name or municipality</source>
        <translation>Suodata nimen tai kunnan mukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="39"/>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="39"/>
        <source>Not started</source>
        <translation>Ei alkanut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="40"/>
        <source>In service</source>
        <translation>Palvelussa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="40"/>
        <source>Service ended</source>
        <translation>Palvelu päättynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="42"/>
        <source>Only my clients</source>
        <translation>Vain omat asiakkaani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="44"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="46"/>
        <source>New client (Ctrl+N)</source>
        <translation>Uusi asiakas (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/clients/page.py" line="116"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="25"/>
        <location filename="../../desktop/services/listing.py" line="148"/>
        <location filename="../../desktop/services/listing.py" line="183"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="26"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="27"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="28"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="37"/>
        <source>Position</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="39"/>
        <source>Hidden</source>
        <translation>Piilossa</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="41"/>
        <source>Occupation</source>
        <translation>Ammatti</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="38"/>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="40"/>
        <source>Found</source>
        <translation>Löydetty</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="51"/>
        <location filename="../../desktop/services/listing.py" line="166"/>
        <location filename="../../desktop/services/listing.py" line="201"/>
        <location filename="../../desktop/services/listing.py" line="215"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="52"/>
        <location filename="../../desktop/services/listing.py" line="168"/>
        <source>Staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="53"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lists/lazy_model.py" line="24"/>
        <source>Not started</source>
        <translation>Ei alkanut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lists/lazy_model.py" line="25"/>
        <source>In service</source>
        <translation>Palvelussa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lists/lazy_model.py" line="26"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="149"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="150"/>
        <location filename="../../desktop/services/listing.py" line="185"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="151"/>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="152"/>
        <source>Last visit</source>
        <translation>Viimeisin käynti</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="154"/>
        <location filename="../../desktop/services/listing.py" line="169"/>
        <source>Open positions</source>
        <translation>Avoimet työpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="167"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="170"/>
        <source>Hidden jobs</source>
        <translation>Piilotyöpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="171"/>
        <source>Briefed</source>
        <translation>Kerrottu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="172"/>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="184"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="186"/>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="187"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="190"/>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="191"/>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="202"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="203"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="204"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="216"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="217"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="218"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="220"/>
        <source>Hired</source>
        <translation>Palkattu</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="86"/>
        <source>Close notice</source>
        <translation>Kuittaa ilmoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="138"/>
        <source>Your edit</source>
        <translation>Oma muutoksesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="140"/>
        <source>Edit by %1</source>
        <translation>Muutoksen teki %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="142"/>
        <source>Another person&apos;s edit</source>
        <translation>Toisen henkilön muutos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="143"/>
        <source>deleted</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="145"/>
        <source>The record stays deleted</source>
        <translation>Tieto pysyy poistettuna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Mine</source>
        <translation>Oma arvo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Theirs</source>
        <translation>Toisen arvo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="76"/>
        <source>No conflicts. When this laptop and another change the same field, both values are kept here for you to choose.</source>
        <translation>Ei ristiriitoja. Jos samaa kenttää muutetaan tällä kannettavalla ja toisella laitteella, molemmat arvot säilytetään tässä, jotta voit valita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="79"/>
        <source>Use mine</source>
        <translation>Käytä omaa arvoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="81"/>
        <source>Use theirs</source>
        <translation>Käytä toisen arvoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="83"/>
        <source>Edit value…</source>
        <translation>Muokkaa arvoa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="123"/>
        <location filename="../../desktop/ui/sync/conflicts.py" line="124"/>
        <source> (current)</source>
        <translation> (voimassa)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="72"/>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="73"/>
        <source>Sharing</source>
        <translation>Tietojen luovutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="74"/>
        <source>Share with the employment authority</source>
        <translation>Luovutetaan työvoimaviranomaiselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="75"/>
        <source>Share with partners</source>
        <translation>Luovutetaan yhteistyökumppaneille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="76"/>
        <source>Given on</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="77"/>
        <source>Recorded</source>
        <translation>Kirjaustapa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="105"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="109"/>
        <source>Record &amp;consent…</source>
        <translation>Kirjaa &amp;suostumus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="110"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Peruuta suostumus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="120"/>
        <source>No consent in force.</source>
        <translation>Ei voimassa olevaa suostumusta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="122"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="122"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="124"/>
        <source>In force, given on %1</source>
        <translation>Voimassa, annettu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="125"/>
        <source>Share with the employment authority: %1</source>
        <translation>Luovutetaan työvoimaviranomaiselle: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="127"/>
        <source>Share with partners: %1</source>
        <translation>Luovutetaan yhteistyökumppaneille: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="128"/>
        <source>Recorded: %1</source>
        <translation>Kirjaustapa: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="26"/>
        <source>New contact</source>
        <translation>Uusi yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="26"/>
        <source>Edit contact</source>
        <translation>Muokkaa yhteyshenkilöä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="30"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="31"/>
        <source>&amp;Title</source>
        <translation>&amp;Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="32"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="33"/>
        <source>&amp;Email</source>
        <translation>&amp;Sähköposti</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="32"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="32"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="33"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="33"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="73"/>
        <source>— not recorded —</source>
        <translation>— ei kirjattu —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="76"/>
        <source>New contact…</source>
        <translation>Uusi yhteyshenkilö…</translation>
    </message>
</context>
<context>
    <name>DamagedProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="161"/>
        <source>Kenttä – the profile needs attention</source>
        <translation>Kenttä – profiili vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="164"/>
        <source>The database&apos;s change log is damaged: %1 recent saved changes would be lost if Kenttä opened the database now. Nothing has been changed, and copies of the files are kept in %2.</source>
        <translation>Tietokannan muutosloki on vioittunut: %1 viimeisintä tallennettua muutosta menetettäisiin, jos Kenttä avaisi tietokannan nyt. Mitään ei ole muutettu, ja tiedostojen kopiot on tallennettu kansioon %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="169"/>
        <source>You can restore the profile from its last backup (%1). What was synced to the server comes back with the next sync; changes made after the last sync may be lost.</source>
        <translation>Voit palauttaa profiilin viimeisimmästä varmuuskopiosta (%1). Palvelimelle synkronoidut tiedot palaavat seuraavassa synkronoinnissa; viimeisen synkronoinnin jälkeen tehdyt muutokset voivat kadota.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="174"/>
        <source>The profile has no backup. Quit and leave everything as it is, and ask for support; or log in on a new profile to download your synced data.</source>
        <translation>Profiililla ei ole varmuuskopiota. Lopeta ja jätä kaikki ennalleen, ja pyydä tukea; tai kirjaudu uuteen profiiliin ladataksesi synkronoidut tietosi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="181"/>
        <source>Restore the last backup</source>
        <translation>Palauta viimeisin varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="184"/>
        <source>Quit and leave everything as it is</source>
        <translation>Lopeta ja jätä kaikki ennalleen</translation>
    </message>
</context>
<context>
    <name>DeleteAction</name>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="53"/>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="65"/>
        <source>Delete (Del)</source>
        <translation>Poista (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="90"/>
        <source>This record is no longer on this laptop.</source>
        <translation>Tätä tietuetta ei ole enää tällä koneella.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="94"/>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="95"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="96"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="113"/>
        <source>Deleted.</source>
        <translation>Poistettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="128"/>
        <source>With it, this is erased: %1.</source>
        <translation>Sen mukana poistetaan: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="130"/>
        <source>It is erased from this laptop at once, and from the other laptops at the next sync.</source>
        <translation>Se poistetaan tältä koneelta heti ja muilta koneilta seuraavassa synkronoinnissa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="132"/>
        <source>A manager can restore it on the server for %n day(s) after the sync (the organisation&apos;s undo period).</source>
        <translation>
            <numerusform>Projektipäällikkö voi palauttaa sen palvelimelta %n päivän ajan synkronoinnin jälkeen (organisaation palautusaika).</numerusform>
            <numerusform>Projektipäällikkö voi palauttaa sen palvelimelta %n päivän ajan synkronoinnin jälkeen (organisaation palautusaika).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="135"/>
        <source>It is erased from this laptop at once. It was never synced, so the server has no copy to restore.</source>
        <translation>Se poistetaan tältä koneelta heti. Sitä ei ole koskaan synkronoitu, joten palvelimella ei ole kopiota, josta sen voisi palauttaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="142"/>
        <source>Delete the client %1 and everything recorded under them?</source>
        <translation>Poistetaanko asiakas %1 ja kaikki hänelle kirjattu?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="143"/>
        <source>Delete the employer %1 with its contacts and positions? Its visits stay.</source>
        <translation>Poistetaanko työnantaja %1 yhteyshenkilöineen ja työpaikkoineen? Sen yrityskäynnit jäävät.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="145"/>
        <source>Delete the contact %1?</source>
        <translation>Poistetaanko yhteyshenkilö %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="146"/>
        <source>Delete the position %1?</source>
        <translation>Poistetaanko työpaikka %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="147"/>
        <source>Delete the visit to %1 on %2?</source>
        <translation>Poistetaanko yrityskäynti %1 %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="148"/>
        <source>Delete the event %1 on %2?</source>
        <translation>Poistetaanko tapahtuma %1 %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="149"/>
        <source>Remove %1 from this event?</source>
        <translation>Poistetaanko %1 tämän tapahtuman osallistujista?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="150"/>
        <source>Delete the note of %2?</source>
        <translation>Poistetaanko muistiinpano %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="151"/>
        <source>Delete the consent given on %2?</source>
        <translation>Poistetaanko %2 annettu suostumus?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="152"/>
        <source>Delete the assessment of %2?</source>
        <translation>Poistetaanko arvio %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="153"/>
        <source>Delete the transition that starts on %2?</source>
        <translation>Poistetaanko %2 alkava siirtymä?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="154"/>
        <source>Delete the handover form %1?</source>
        <translation>Poistetaanko siirtolomake %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="156"/>
        <source>Delete this record?</source>
        <translation>Poistetaanko tämä tietue?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="161"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n muistiinpano</numerusform>
            <numerusform>%n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="162"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n suostumus</numerusform>
            <numerusform>%n suostumusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="163"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n arvio</numerusform>
            <numerusform>%n arviota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="164"/>
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n siirtymä</numerusform>
            <numerusform>%n siirtymää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="165"/>
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n tapahtumaosallistuminen</numerusform>
            <numerusform>%n tapahtumaosallistumista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="166"/>
        <source>%n handover form(s)</source>
        <translation>
            <numerusform>%n siirtolomake</numerusform>
            <numerusform>%n siirtolomaketta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="167"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n yhteyshenkilö</numerusform>
            <numerusform>%n yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="168"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n työpaikka</numerusform>
            <numerusform>%n työpaikkaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="170"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n muu tietue</numerusform>
            <numerusform>%n muuta tietuetta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/edit_value.py" line="67"/>
        <source>Edit value</source>
        <translation>Muokkaa arvoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/edit_value.py" line="73"/>
        <source>New value for %1:</source>
        <translation>Uusi arvo kentälle %1:</translation>
    </message>
</context>
<context>
    <name>EmployerChoice</name>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="26"/>
        <source>Search employers</source>
        <translation>Hae työnantajia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="28"/>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="47"/>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="53"/>
        <source>No employer</source>
        <translation>Ei työnantajaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="30"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
</context>
<context>
    <name>EmployerDetail</name>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="72"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="72"/>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="72"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="73"/>
        <source>Project locality</source>
        <translation>Hankkeen paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="73"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="73"/>
        <source>Letter of intent</source>
        <translation>Aiesopimus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="85"/>
        <source>Edit the employer (Ctrl+E)</source>
        <translation>Muokkaa työnantajaa (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="86"/>
        <source>&amp;Letter of intent…</source>
        <translation>&amp;Aiesopimus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="87"/>
        <source>New &amp;visit</source>
        <translation>Uusi &amp;käynti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="89"/>
        <source>De&amp;lete employer…</source>
        <translation>P&amp;oista työnantaja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="110"/>
        <source>Add &amp;contact…</source>
        <translation>Lisää &amp;yhteyshenkilö…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="111"/>
        <source>Add &amp;position…</source>
        <translation>Lisää &amp;työpaikka…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="112"/>
        <source>Mark &amp;filled…</source>
        <translation>Merkitse &amp;täytetyksi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="113"/>
        <source>Find &amp;matching clients</source>
        <translation>Etsi &amp;sopivia asiakkaita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="183"/>
        <source>This employer is no longer on this laptop.</source>
        <translation>Tätä työnantajaa ei ole enää tällä koneella.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/detail.py" line="207"/>
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Yhteyshenkilöt (%n)</numerusform>
            <numerusform>Yhteyshenkilöt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/detail.py" line="210"/>
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Käynnit (%n)</numerusform>
            <numerusform>Käynnit (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/detail.py" line="213"/>
        <source>Open positions (%n)</source>
        <translation>
            <numerusform>Avoimet työpaikat (%n)</numerusform>
            <numerusform>Avoimet työpaikat (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="23"/>
        <source>New employer</source>
        <translation>Uusi työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="23"/>
        <source>Edit employer</source>
        <translation>Muokkaa työnantajaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="28"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="29"/>
        <source>&amp;Business ID</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="32"/>
        <source>&amp;Industry</source>
        <translation>T&amp;oimiala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="33"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="36"/>
        <source>(no project locality)</source>
        <translation>(ei hankkeen paikkakuntaa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="37"/>
        <source>Project &amp;locality</source>
        <translation>Hankkeen &amp;paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="38"/>
        <source>&amp;Address</source>
        <translation>O&amp;soite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="39"/>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="41"/>
        <source>Letter of &amp;intent</source>
        <translation>&amp;Aiesopimus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="45"/>
        <source>N&amp;otes</source>
        <translation>&amp;Lisätietoja</translation>
    </message>
</context>
<context>
    <name>EmployerMessages</name>
    <message>
        <location filename="../../desktop/ui/employers/messages.py" line="13"/>
        <source>Job goal: %1</source>
        <translation>Työtavoite: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/messages.py" line="14"/>
        <source>Same locality: %1</source>
        <translation>Sama paikkakunta: %1</translation>
    </message>
</context>
<context>
    <name>EmployerPicker</name>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="68"/>
        <source>Type the employer&apos;s name or business ID</source>
        <translation>Kirjoita työnantajan nimi tai Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="79"/>
        <source>No employer found.</source>
        <translation>Työnantajaa ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="95"/>
        <source>Search instead</source>
        <translation>Hae sittenkin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="100"/>
        <source>New employer&apos;s name</source>
        <translation>Uuden työnantajan nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="102"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="251"/>
        <source>Create employer “%1”</source>
        <translation>Luo työnantaja ”%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="252"/>
        <source>Create employer</source>
        <translation>Luo työnantaja</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="61"/>
        <source>Filter by name, business ID, municipality or industry</source>
        <translation>Suodata nimen, Y-tunnuksen, kunnan tai toimialan mukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="63"/>
        <source>&amp;New employer…</source>
        <translation>&amp;Uusi työnantaja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="65"/>
        <source>Add an employer (Ctrl+N)</source>
        <translation>Lisää työnantaja (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="90"/>
        <source>Choose an employer from the list, or press Ctrl+N to add one.</source>
        <translation>Valitse työnantaja luettelosta tai lisää uusi painamalla Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/page.py" line="140"/>
        <source>%Ln employer(s)</source>
        <translation>
            <numerusform>%Ln työnantaja</numerusform>
            <numerusform>%Ln työnantajaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="132"/>
        <source>End service</source>
        <translation>Päätä palvelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="133"/>
        <source>Service ends on</source>
        <translation>Palvelu päättyy</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/excepthook.py" line="29"/>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Jokin meni vikaan, eikä toimintoa saatu tehtyä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excepthook.py" line="31"/>
        <source>Your saved work is safe. If this happens again, tell your administrator and mention this: %1</source>
        <translation>Tallennetut tietosi ovat tallessa. Jos tämä toistuu, kerro pääkäyttäjälle ja mainitse tämä: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="35"/>
        <source>New recruitment event</source>
        <translation>Uusi rekrytointitapahtuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="35"/>
        <source>Recruitment event</source>
        <translation>Rekrytointitapahtuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="40"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="41"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="42"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="43"/>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="47"/>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="48"/>
        <source>Search employers; Enter ticks</source>
        <translation>Hae työnantajia; Enter valitsee</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/events/event_dialog.py" line="67"/>
        <source>%n employer(s) chosen</source>
        <translation>
            <numerusform>%n työnantaja valittu</numerusform>
            <numerusform>%n työnantajaa valittu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="23"/>
        <source>Työkohtaamo</source>
        <translation>Työkohtaamo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="24"/>
        <source>Remote recruitment</source>
        <translation>Etärekrytointi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="25"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="40"/>
        <source>Choose an event from the list, or make a new one with Ctrl+N.</source>
        <translation>Valitse tapahtuma luettelosta tai luo uusi painamalla Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="57"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Muokkaa tapahtumaa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="61"/>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="67"/>
        <source>Search clients by name; Enter adds</source>
        <translation>Hae asiakkaita nimellä; Enter lisää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="71"/>
        <source>&amp;Add participant</source>
        <translation>&amp;Lisää osallistuja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="83"/>
        <source>&amp;Remove participant…</source>
        <translation>&amp;Poista osallistuja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="88"/>
        <source>De&amp;lete event…</source>
        <translation>P&amp;oista tapahtuma…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="90"/>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="142"/>
        <source>No employers yet.</source>
        <translation>Ei vielä työnantajia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/events/event_view.py" line="145"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osallistuja</numerusform>
            <numerusform>%n osallistujaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/events/event_view.py" line="146"/>
        <source>%n hired</source>
        <translation>
            <numerusform>%n palkattu</numerusform>
            <numerusform>%n palkattu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../desktop/ui/events/page.py" line="35"/>
        <source>Filter by name or place</source>
        <translation>Suodata nimen tai paikan mukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/page.py" line="37"/>
        <source>New event…</source>
        <translation>Uusi tapahtuma…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/page.py" line="39"/>
        <source>New event (Ctrl+N)</source>
        <translation>Uusi tapahtuma (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="32"/>
        <source>Type a date as day.month.year, for example 22.11.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 22.11.2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="33"/>
        <source>Type a date and a time, for example 22.11.2026 14.30.</source>
        <translation>Kirjoita päivämäärä ja kellonaika, esimerkiksi 22.11.2026 14.30.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="34"/>
        <source>Type a whole number.</source>
        <translation>Kirjoita kokonaisluku.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="35"/>
        <source>Choose one of the values offered.</source>
        <translation>Valitse jokin tarjotuista vaihtoehdoista.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="39"/>
        <location filename="../../desktop/ui/forms/errors.py" line="66"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="41"/>
        <source>The end cannot be before the start.</source>
        <translation>Loppu ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="42"/>
        <source>The follow-up date cannot be before the visit.</source>
        <translation>Seurantapäivä ei voi olla ennen käyntiä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="43"/>
        <source>Alternative recruitment cannot be taken up before the briefing is given.</source>
        <translation>Vaihtoehtoista rekrytointia ei voi ottaa käyttöön ennen kuin siitä on kerrottu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="45"/>
        <source>The business ID is not of the form 1234567-8.</source>
        <translation>Y-tunnuksen muoto ei ole 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="46"/>
        <source>The business ID has a wrong check digit: check the number.</source>
        <translation>Y-tunnuksen tarkistusnumero on väärä: tarkista tunnus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="48"/>
        <source>The personal identity code is not of the form DDMMYYCZZZQ.</source>
        <translation>Henkilötunnuksen muoto ei ole PPKKVVYNNNT.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="50"/>
        <source>The personal identity code has a wrong check character: check it.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä: tarkista tunnus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="52"/>
        <source>An employer with this business ID is already recorded.</source>
        <translation>Työnantaja, jolla on tämä Y-tunnus, on jo kirjattu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="53"/>
        <source>The client is already a participant of this event.</source>
        <translation>Asiakas on jo tämän tapahtuman osallistuja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="54"/>
        <source>The service has no start date, so it cannot end.</source>
        <translation>Palvelulla ei ole alkamispäivää, joten sitä ei voi päättää.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="55"/>
        <source>A transition cannot start before the client&apos;s service.</source>
        <translation>Siirtymä ei voi alkaa ennen asiakkaan palvelun alkua.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="56"/>
        <source>An assigned staff member is not known on this laptop.</source>
        <translation>Yksi vastuutyöntekijöistä ei ole tiedossa tällä kannettavalla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="57"/>
        <source>An assigned staff member is not known to the server.</source>
        <translation>Yksi vastuutyöntekijöistä ei ole palvelimen tiedossa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="58"/>
        <source>This contact works for another employer.</source>
        <translation>Tämä yhteyshenkilö työskentelee toisella työnantajalla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="59"/>
        <source>This is too long: shorten it.</source>
        <translation>Tämä on liian pitkä: lyhennä sitä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="60"/>
        <source>This is too short.</source>
        <translation>Tämä on liian lyhyt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="61"/>
        <source>The text holds a control character that cannot be saved: type it again.</source>
        <translation>Tekstissä on ohjausmerkki, jota ei voi tallentaa: kirjoita se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="63"/>
        <source>The record has been deleted; restore it first.</source>
        <translation>Tieto on poistettu; palauta se ensin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="64"/>
        <source>The record cannot be restored with these values.</source>
        <translation>Tietoa ei voi palauttaa näillä arvoilla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="67"/>
        <source>The text is too short.</source>
        <translation>Teksti on liian lyhyt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="68"/>
        <source>The text is too long.</source>
        <translation>Teksti on liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="69"/>
        <source>Type text here.</source>
        <translation>Kirjoita tähän tekstiä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="70"/>
        <source>This is not in the expected form.</source>
        <translation>Tämä ei ole odotetussa muodossa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="74"/>
        <location filename="../../desktop/ui/forms/errors.py" line="75"/>
        <source>Type a number.</source>
        <translation>Kirjoita luku.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="76"/>
        <location filename="../../desktop/ui/forms/errors.py" line="77"/>
        <source>The number is too small.</source>
        <translation>Luku on liian pieni.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="78"/>
        <location filename="../../desktop/ui/forms/errors.py" line="79"/>
        <source>The number is too large.</source>
        <translation>Luku on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="80"/>
        <location filename="../../desktop/ui/forms/errors.py" line="81"/>
        <source>Choose yes or no.</source>
        <translation>Valitse kyllä tai ei.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="85"/>
        <source>Give a date without a time of day.</source>
        <translation>Anna päivämäärä ilman kellonaikaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="89"/>
        <location filename="../../desktop/ui/forms/errors.py" line="90"/>
        <source>Choose a record from the list.</source>
        <translation>Valitse tieto luettelosta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="91"/>
        <source>Choose from the list.</source>
        <translation>Valitse luettelosta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="94"/>
        <source>This value is not valid.</source>
        <translation>Tämä arvo ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="99"/>
        <source>The business ID %1 is not of the form 1234567-8.</source>
        <translation>Y-tunnuksen %1 muoto ei ole 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="100"/>
        <source>The business ID %1 has a wrong check digit: check the number.</source>
        <translation>Y-tunnuksen %1 tarkistusnumero on väärä: tarkista tunnus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="102"/>
        <source>An employer with business ID %1 is already recorded.</source>
        <translation>Työnantaja, jonka Y-tunnus on %1, on jo kirjattu.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="190"/>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="191"/>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="192"/>
        <source>At an event</source>
        <translation>Tapahtumassa</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="51"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="52"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="53"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="54"/>
        <source>Assessed on</source>
        <translation>Arviointipäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="55"/>
        <source>Assigned staff</source>
        <translation>Vastuutyöntekijät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="56"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="57"/>
        <source>Alternative recruitment briefing given</source>
        <translation>Vaihtoehtoisesta rekrytoinnista kerrottu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="58"/>
        <source>Alternative recruitment taken up</source>
        <translation>Vaihtoehtoinen rekrytointi otettu käyttöön</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="59"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="60"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="61"/>
        <source>Consent confirmed</source>
        <translation>Suostumus varmistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="62"/>
        <source>Contact met</source>
        <translation>Tavattu yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="63"/>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="64"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="65"/>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="66"/>
        <source>Document number</source>
        <translation>Asiakirjanumero</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="67"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="68"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="69"/>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="70"/>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="71"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="72"/>
        <source>Kind of event</source>
        <translation>Tapahtuman tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="73"/>
        <source>Filled</source>
        <translation>Täytetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="74"/>
        <source>Filled on</source>
        <translation>Täyttöpäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="75"/>
        <source>Follow up on</source>
        <translation>Seurantapäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="76"/>
        <source>For the employment authority</source>
        <translation>Työvoimaviranomaiselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="77"/>
        <source>Found on</source>
        <translation>Löydetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="78"/>
        <source>Functional capacity</source>
        <translation>Toimintakyky</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="79"/>
        <source>Further plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="80"/>
        <source>Need for further support</source>
        <translation>Jatkotuen tarve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="81"/>
        <source>Made at</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="82"/>
        <source>Given on</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="83"/>
        <location filename="../../desktop/ui/sync/labels.py" line="103"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="84"/>
        <source>Hidden job</source>
        <translation>Piilotyöpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="85"/>
        <source>Hidden jobs</source>
        <translation>Piilotyöpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="86"/>
        <source>Hired</source>
        <translation>Palkattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="87"/>
        <source>Hired by</source>
        <translation>Palkkaaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="88"/>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="89"/>
        <source>Interest in apprenticeship</source>
        <translation>Kiinnostus oppisopimuskoulutukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="90"/>
        <source>Interest in Työkohtaamo (recruitment event)</source>
        <translation>Kiinnostus Työkohtaamoon (rekrytointitapahtuma)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="91"/>
        <source>Interest in recruitment training</source>
        <translation>Kiinnostus RekryKoulutukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="92"/>
        <source>Interest in wage subsidy</source>
        <translation>Kiinnostus palkkatukeen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="93"/>
        <source>Interest in work trial</source>
        <translation>Kiinnostus työkokeiluun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="94"/>
        <source>Job goals</source>
        <translation>Työtavoitteet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="95"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="96"/>
        <source>Letter of intent</source>
        <translation>Aiesopimus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="97"/>
        <source>Localities</source>
        <translation>Paikkakunnat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="98"/>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="99"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="100"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="101"/>
        <source>Next step</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="102"/>
        <source>Kind of note</source>
        <translation>Muistiinpanon tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="104"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="105"/>
        <source>Occupation</source>
        <translation>Ammatti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="106"/>
        <source>Titles of the open positions</source>
        <translation>Avointen työpaikkojen tehtävänimikkeet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="107"/>
        <source>Open positions</source>
        <translation>Avoimet työpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="108"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="109"/>
        <source>Partners</source>
        <translation>Yhteistyökumppanit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="110"/>
        <source>PDF checksum</source>
        <translation>PDF:n tarkistussumma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="111"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="112"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="113"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="114"/>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="115"/>
        <source>Kind of record</source>
        <translation>Tiedon tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="116"/>
        <source>Recorded</source>
        <translation>Kirjaustapa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="117"/>
        <source>Recruitment needs</source>
        <translation>Rekrytointitarpeet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="118"/>
        <source>Description of the recruitment needs</source>
        <translation>Rekrytointitarpeiden kuvaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="119"/>
        <source>Referral source</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="120"/>
        <source>Referred on</source>
        <translation>Ohjauspäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="121"/>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="122"/>
        <source>Retention (months)</source>
        <translation>Säilytysaika (kuukautta)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="137"/>
        <source>Undo period for deletes (days)</source>
        <translation>Poiston peruutusaika (päivää)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="123"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="124"/>
        <source>Service end</source>
        <translation>Palvelun loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="125"/>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="126"/>
        <source>Service start</source>
        <translation>Palvelun alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="127"/>
        <source>Share with the employment authority</source>
        <translation>Luovutetaan työvoimaviranomaiselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="128"/>
        <source>Share with partners</source>
        <translation>Luovutetaan yhteistyökumppaneille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="129"/>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="130"/>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="131"/>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="132"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="133"/>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="134"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="135"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="136"/>
        <source>Kind of transition</source>
        <translation>Siirtymän tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="138"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="139"/>
        <source>Date and time</source>
        <translation>Päivä ja kellonaika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="140"/>
        <source>Withdrawn on</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="141"/>
        <source>Work capacity</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="142"/>
        <source>Work done during the service</source>
        <translation>Palvelun aikana tehty työ</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="40"/>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="40"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="40"/>
        <source>Share of</source>
        <translation>Osuus joukosta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="57"/>
        <source>Share of: %1</source>
        <translation>Osuus joukosta: %1</translation>
    </message>
</context>
<context>
    <name>FilledDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="73"/>
        <source>Position filled: %1</source>
        <translation>Työpaikka täytetty: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="76"/>
        <source>&amp;Filled on</source>
        <translation>&amp;Täytetty</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/forms/dialog.py" line="62"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/dialog.py" line="64"/>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="61"/>
        <source>Handover form</source>
        <translation>Lopettamis-/siirtolomake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="78"/>
        <source>Work done during the service</source>
        <translation>Palvelun aikana tehty työ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="78"/>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="79"/>
        <source>Further plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="79"/>
        <source>Need for further support</source>
        <translation>Jatkotuen tarve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="89"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="89"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="89"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="92"/>
        <source>For the employment authority</source>
        <translation>Työvoimaviranomaiselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="94"/>
        <source>The form is addressed to the employment authority and prints the full personal identity code; otherwise the code is masked.</source>
        <translation>Lomake osoitetaan työvoimaviranomaiselle, ja siihen tulostetaan koko henkilötunnus; muuten tunnus on peitetty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="100"/>
        <source>optional: protects the saved PDF</source>
        <translation>vapaaehtoinen: suojaa tallennetun PDF:n</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="101"/>
        <source>For sending the form by e-mail: the saved PDF opens only with this password (at least 8 characters). Give the password another way.</source>
        <translation>Lomakkeen lähettämiseen sähköpostilla: tallennettu PDF aukeaa vain tällä salasanalla (vähintään 8 merkkiä). Kerro salasana muuta kautta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="104"/>
        <source>Language of the form</source>
        <translation>Lomakkeen kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="106"/>
        <source>PDF password</source>
        <translation>PDF-salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="108"/>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="109"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="110"/>
        <source>&amp;Save as…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="111"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="151"/>
        <source>Reading the client&apos;s records…</source>
        <translation>Luetaan asiakkaan tietoja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="198"/>
        <source>No form can be made until the consent is recorded.</source>
        <translation>Lomaketta ei voi tehdä ennen kuin suostumus on kirjattu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="201"/>
        <source>Latest form made for this client: %1.</source>
        <translation>Viimeisin tälle asiakkaalle tehty lomake: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="206"/>
        <source>Nothing was made.</source>
        <translation>Mitään ei tehty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="231"/>
        <source>Making the preview…</source>
        <translation>Tehdään esikatselua…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="235"/>
        <source>Preview: a draft without a document number, not for signing.</source>
        <translation>Esikatselu: luonnos ilman asiakirjanumeroa, ei allekirjoitettavaksi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="252"/>
        <source>Making the form…</source>
        <translation>Tehdään lomaketta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="262"/>
        <source>Form %1 made.</source>
        <translation>Lomake %1 tehty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="289"/>
        <source>Form %1 sent to the printer.</source>
        <translation>Lomake %1 lähetetty tulostimelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="298"/>
        <source>The PDF password needs at least 8 characters; nothing was saved.</source>
        <translation>PDF-salasanassa on oltava vähintään 8 merkkiä; mitään ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="304"/>
        <source>Save the handover form</source>
        <translation>Tallenna lopettamis-/siirtolomake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="305"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="315"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="318"/>
        <source>Form %1 saved to %2.</source>
        <translation>Lomake %1 tallennettu: %2.</translation>
    </message>
</context>
<context>
    <name>LetterOfIntentDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="89"/>
        <source>Letter of intent</source>
        <translation>Aiesopimus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="92"/>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="94"/>
        <source>Letter of &amp;intent</source>
        <translation>&amp;Aiesopimus</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="25"/>
        <source>Kenttä is locked</source>
        <translation>Kenttä on lukittu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="27"/>
        <source>Enter your PIN or passphrase to continue.</source>
        <translation>Jatka antamalla PIN-koodi tai tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="35"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="21"/>
        <source>Log in to your organisation&apos;s Kenttä server to send your work and receive your colleagues&apos;. The first sync downloads everything you may see.</source>
        <translation>Kirjaudu organisaatiosi Kenttä-palvelimelle, niin voit lähettää omat tietosi ja vastaanottaa kollegoidesi tiedot. Ensimmäinen synkronointi lataa kaiken, mitä sinulla on oikeus nähdä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="37"/>
        <location filename="../../desktop/ui/sync/login_form.py" line="83"/>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="44"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="45"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="46"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="70"/>
        <source>Give the server address, your username and your password.</source>
        <translation>Anna palvelimen osoite, käyttäjätunnuksesi ja salasanasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="74"/>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118"/>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Lock</source>
        <translation>Lukitse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>About Kenttä</source>
        <translation>Tietoja Kentästä</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <location filename="../../desktop/ui/sync/page.py" line="129"/>
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln muutos odottaa lähettämistä</numerusform>
            <numerusform>%Ln muutosta odottaa lähettämistä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Kenttä %1
Offline field work for employment projects.</source>
        <translation>Kenttä %1
Kenttätyö ilman verkkoyhteyttä työllisyyshankkeisiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268"/>
        <source>Too many wrong PINs: enter the passphrase.</source>
        <translation>Liian monta väärää PIN-koodia: anna tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Wrong PIN or passphrase.</source>
        <translation>Väärä PIN-koodi tai tunnuslause.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="67"/>
        <source>Matching clients: %1</source>
        <translation>Sopivat asiakkaat: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="69"/>
        <source>Clients in service on this laptop whose job goals or locality fit “%1”, best first. Double-click or press Enter to open a client.</source>
        <translation>Tällä kannettavalla olevat palvelussa olevat asiakkaat, joiden työtavoitteet tai paikkakunta sopivat työpaikkaan ”%1”, parhaat ensin. Avaa asiakas kaksoisnapsauttamalla tai painamalla Enteriä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="73"/>
        <source>Looking for matching clients…</source>
        <translation>Etsitään sopivia asiakkaita…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/matching_view.py" line="94"/>
        <source>%n client(s) fit this position.</source>
        <translation>
            <numerusform>%n asiakas sopii tähän työpaikkaan.</numerusform>
            <numerusform>%n asiakasta sopii tähän työpaikkaan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="98"/>
        <source>No client in service fits this position.</source>
        <translation>Yksikään palvelussa oleva asiakas ei sovi tähän työpaikkaan.</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="41"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="41"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="41"/>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="41"/>
        <source>Why</source>
        <translation>Peruste</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="44"/>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="45"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="46"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="47"/>
        <source>Partners</source>
        <translation>Yhteistyökumppanit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="48"/>
        <source>Who took part in the joint meeting</source>
        <translation>Ketkä osallistuivat yhteistapaamiseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="49"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="211"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="220"/>
        <source>&amp;Add note…</source>
        <translation>&amp;Lisää muistiinpano…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="45"/>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="47"/>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="48"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="50"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="52"/>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="53"/>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../desktop/ui/events/participants_model.py" line="46"/>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/participants_model.py" line="46"/>
        <source>Hired</source>
        <translation>Palkattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/participants_model.py" line="46"/>
        <source>Hired by</source>
        <translation>Palkkaaja</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/handover/preview.py" line="25"/>
        <source>Press Preview to see the form here.</source>
        <translation>Näet lomakkeen tässä painamalla Esikatsele.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="48"/>
        <source>New open position</source>
        <translation>Uusi avoin työpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="51"/>
        <source>&amp;Title</source>
        <translation>&amp;Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="52"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Ammatti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="53"/>
        <source>for example: welder, cook, practical nurse</source>
        <translation>esimerkiksi: hitsaaja, kokki, lähihoitaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="56"/>
        <source>&amp;Count</source>
        <translation>&amp;Määrä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="57"/>
        <source>Hidden job (not advertised)</source>
        <translation>Piilotyöpaikka (ei ilmoitettu julkisesti)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="58"/>
        <source>&amp;Hidden</source>
        <translation>P&amp;iilossa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="59"/>
        <source>&amp;Found on</source>
        <translation>&amp;Löydetty</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="43"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="44"/>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="45"/>
        <source>Hidden job</source>
        <translation>Piilotyöpaikka</translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="217"/>
        <source>Add position</source>
        <translation>Lisää työpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="219"/>
        <source>Add a row (Insert in the table)</source>
        <translation>Lisää rivi (Insert taulukossa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="221"/>
        <source>Remove position</source>
        <translation>Poista työpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="223"/>
        <source>Remove the current row (Delete in the table)</source>
        <translation>Poista valittu rivi (Delete taulukossa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="225"/>
        <source>Positions found on this visit are kept with the employer.</source>
        <translation>Käynnillä löydetyt työpaikat tallennetaan työnantajan tietoihin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="286"/>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
</context>
<context>
    <name>PrefillSummary</name>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="21"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="22"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="23"/>
        <source>Service period</source>
        <translation>Palvelujakso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="24"/>
        <source>Career coach</source>
        <translation>Uravalmentaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="25"/>
        <source>Referred by</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="26"/>
        <source>Results (transitions)</source>
        <translation>Tulokset (siirtymät)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="27"/>
        <source>Assessment summary</source>
        <translation>Arvion yhteenveto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="28"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="53"/>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="55"/>
        <source>not started</source>
        <translation>ei alkanut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="56"/>
        <source>no assigned coach</source>
        <translation>ei nimettyä uravalmentajaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="69"/>
        <source>No transitions recorded.</source>
        <translation>Siirtymiä ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="72"/>
        <source>Not in force for the employment authority.</source>
        <translation>Ei voimassa työvoimaviranomaisen osalta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="77"/>
        <source>Given on %1 (%2); covers the employment authority.</source>
        <translation>Annettu %1 (%2); kattaa työvoimaviranomaisen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="88"/>
        <source>No assessment summary recorded.</source>
        <translation>Arvion yhteenvetoa ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="90"/>
        <source>Included (assessment of %1); the consent covers it.</source>
        <translation>Mukana (arvio %1); suostumus kattaa sen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="93"/>
        <source>Not included: the consent covers it for the authority only.</source>
        <translation>Ei mukana: suostumus kattaa sen vain viranomaisen osalta.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="31"/>
        <source>No sync yet.</source>
        <translation>Ei vielä synkronointia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="37"/>
        <source>Sync finished at %1.</source>
        <translation>Synkronointi valmistui %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="38"/>
        <source>Sync cancelled at %1. What was sent or received is kept.</source>
        <translation>Synkronointi peruutettiin %1. Se, mikä ehdittiin lähettää tai vastaanottaa, säilyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="39"/>
        <source>Sync stopped at %1.</source>
        <translation>Synkronointi keskeytyi %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="42"/>
        <source>Sent: %1</source>
        <translation>Lähetetty: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="43"/>
        <source>Received: %1</source>
        <translation>Vastaanotettu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="44"/>
        <source>Refused: %1</source>
        <translation>Hylätty: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="45"/>
        <source>Conflicts: %1 new, %2 open</source>
        <translation>Ristiriidat: uusia %1, avoimia %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="50"/>
        <source>%1 of the sent changes were merged with other devices&apos; changes.</source>
        <translation>Lähetetyistä muutoksista %1 yhdistettiin muiden laitteiden muutoksiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="53"/>
        <source>%1 records were removed from this laptop: they were reassigned or purged.</source>
        <translation>Tältä kannettavalta poistettiin tietoja: %1. Ne siirrettiin toisen vastuulle tai hävitettiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="56"/>
        <source>%1 refused records wait for you to edit them (see Set aside).</source>
        <translation>Hylättyjä tietoja odottaa muokkaustasi: %1 (katso Sivuun siirretyt).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="61"/>
        <source>Refused %1: %2</source>
        <translation>Hylätty (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="63"/>
        <source>Conflict in %1, field %2</source>
        <translation>Ristiriita (%1), kenttä %2</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="229"/>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="229"/>
        <source>Why the server refused it</source>
        <translation>Hylkäämisen syy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="232"/>
        <source>These records stay on this laptop and are not sent again until you edit them. Double-click one to open it.</source>
        <translation>Nämä tiedot pysyvät tällä kannettavalla, eikä niitä lähetetä uudelleen ennen kuin muokkaat niitä. Avaa tieto kaksoisnapsauttamalla.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <location filename="../../desktop/reports/figures.py" line="67"/>
        <source>paid work</source>
        <translation>palkkatyö</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="68"/>
        <source>wage-subsidised work</source>
        <translation>palkkatuettu työ</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="69"/>
        <source>work trial</source>
        <translation>työkokeilu</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="70"/>
        <source>apprenticeship</source>
        <translation>oppisopimuskoulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="71"/>
        <source>studies</source>
        <translation>opinnot</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="72"/>
        <source>recruitment training</source>
        <translation>RekryKoulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="73"/>
        <source>rehabilitative work activity</source>
        <translation>kuntouttava työtoiminta</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="74"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="81"/>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition of the kind &apos;other&apos; that starts in the period. A client with several such transitions counts once.</source>
        <translation>Luvussa ”Ohjatut asiakkaat” lasketut asiakkaat, joilla on vähintään yksi jaksolla alkava siirtymä, jonka tyyppi on ”muu”. Asiakas, jolla on useita tällaisia siirtymiä, lasketaan kerran.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="85"/>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into %1 that starts in the period. A client with several such transitions counts once.</source>
        <translation>Luvussa ”Ohjatut asiakkaat” lasketut asiakkaat, joilla on vähintään yksi jaksolla alkava siirtymä, jonka tyyppi on ”%1”. Asiakas, jolla on useita tällaisia siirtymiä, lasketaan kerran.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="91"/>
        <source>Transitions: %1</source>
        <translation>Siirtymät: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="98"/>
        <source>Clients referred</source>
        <translation>Ohjatut asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="99"/>
        <source>Clients referred to the service in the period: clients whose referral date, or their service start date when no referral date is recorded, falls in the period. A client with neither date counts only when the period is all time.</source>
        <translation>Jaksolla palveluun ohjatut asiakkaat: asiakkaat, joiden ohjauspäivä – tai palvelun alkamispäivä, jos ohjauspäivää ei ole kirjattu – osuu jaksolle. Asiakas, jolla ei ole kumpaakaan päivää, lasketaan vain, kun jaksona on koko aika.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="108"/>
        <source>Clients into work or studies</source>
        <translation>Työhön tai opintoihin siirtyneet asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="109"/>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into paid work, wage-subsidised work, studies or an apprenticeship that starts in the period. A client with several such transitions counts once.</source>
        <translation>Luvussa ”Ohjatut asiakkaat” lasketut asiakkaat, joilla on vähintään yksi jaksolla alkava siirtymä palkkatyöhön, palkkatuettuun työhön, opintoihin tai oppisopimuskoulutukseen. Asiakas, jolla on useita tällaisia siirtymiä, lasketaan kerran.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="120"/>
        <source>Employers contacted</source>
        <translation>Tavoitetut työnantajat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="121"/>
        <source>Employers with at least one visit in the period. An employer counts once, however many times it was visited.</source>
        <translation>Työnantajat, joiden luona on käyty vähintään kerran jaksolla. Työnantaja lasketaan kerran, vaikka siellä olisi käyty useasti.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="129"/>
        <source>Employers briefed on alternative recruitment</source>
        <translation>Vaihtoehtoisesta rekrytoinnista kerrottu</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="130"/>
        <source>Employers counted in &apos;Employers contacted&apos; that had been given the alternative recruitment briefing at a visit on or before the last day of the period (by anyone, in the period or before it).</source>
        <translation>Luvussa ”Tavoitetut työnantajat” lasketut työnantajat, joille on kerrottu vaihtoehtoisesta rekrytoinnista käynnillä viimeistään jakson viimeisenä päivänä (kenen tahansa käynnillä, jaksolla tai sitä ennen).</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="140"/>
        <source>Employers using alternative recruitment</source>
        <translation>Vaihtoehtoinen rekrytointi käytössä</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="141"/>
        <source>Employers counted in &apos;Employers contacted&apos; recorded as having taken up alternative recruitment at a visit on or before the last day of the period.</source>
        <translation>Luvussa ”Tavoitetut työnantajat” lasketut työnantajat, joiden on kirjattu ottaneen vaihtoehtoisen rekrytoinnin käyttöön käynnillä viimeistään jakson viimeisenä päivänä.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="150"/>
        <source>Company visits</source>
        <translation>Yrityskäynnit</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="151"/>
        <source>Visits to employers in the period, each visit counted.</source>
        <translation>Jaksolla tehdyt käynnit työnantajien luona; jokainen käynti lasketaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="155"/>
        <source>Recruitment events held</source>
        <translation>Järjestetyt rekrytointitapahtumat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="156"/>
        <source>Recruitment events (Työkohtaamo, remote and other) held in the period. With a staff member chosen: the events where at least one of their clients took part.</source>
        <translation>Jaksolla järjestetyt rekrytointitapahtumat (Työkohtaamo, etärekrytointi ja muut). Kun työntekijä on valittu: tapahtumat, joihin vähintään yksi hänen asiakkaistaan osallistui.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="164"/>
        <source>Event participants</source>
        <translation>Tapahtumien osallistujat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="165"/>
        <source>Clients who took part in the events counted in &apos;Recruitment events held&apos;. A client who took part in several events counts once.</source>
        <translation>Asiakkaat, jotka osallistuivat luvussa ”Järjestetyt rekrytointitapahtumat” laskettuihin tapahtumiin. Useaan tapahtumaan osallistunut asiakas lasketaan kerran.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="173"/>
        <source>Participants employed</source>
        <translation>Työllistyneet osallistujat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="174"/>
        <source>Clients counted in &apos;Event participants&apos; who were marked hired at one of those events.</source>
        <translation>Luvussa ”Tapahtumien osallistujat” lasketut asiakkaat, jotka merkittiin palkatuiksi jossakin näistä tapahtumista.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="182"/>
        <source>Positions found</source>
        <translation>Löydetyt työpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="183"/>
        <source>Jobs in the positions found in the period (by the date found). A position for three people counts as three jobs.</source>
        <translation>Jaksolla löydettyjen työpaikkojen paikkamäärä (löytöpäivän mukaan). Kolmen hengen työpaikka lasketaan kolmeksi paikaksi.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="191"/>
        <source>Hidden jobs found</source>
        <translation>Löydetyt piilotyöpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="192"/>
        <source>Jobs counted in &apos;Positions found&apos; that are hidden jobs: not advertised publicly.</source>
        <translation>Luvussa ”Löydetyt työpaikat” lasketut paikat, jotka ovat piilotyöpaikkoja: niistä ei ole ilmoitettu julkisesti.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="200"/>
        <source>Positions filled</source>
        <translation>Täytetyt työpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="201"/>
        <source>Jobs in the positions marked filled with a filled date in the period; the position may have been found before the period.</source>
        <translation>Täytetyiksi merkittyjen työpaikkojen paikkamäärä, kun täyttöpäivä osuu jaksolle; työpaikka on voitu löytää jo ennen jaksoa.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="210"/>
        <source>No locality</source>
        <translation>Ei paikkakuntaa</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="97"/>
        <location filename="../../desktop/reports/pdf.py" line="151"/>
        <source>Figures report</source>
        <translation>Tunnuslukuraportti</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="98"/>
        <source>Figures for managers and funders</source>
        <translation>Tunnusluvut johdolle ja rahoittajille</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="102"/>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="103"/>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="104"/>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="112"/>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="112"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="113"/>
        <source>Share of</source>
        <translation>Osuus joukosta</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="113"/>
        <source>Definition</source>
        <translation>Määritelmä</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="136"/>
        <source>Transitions by kind (clients)</source>
        <translation>Siirtymät tyypeittäin (asiakkaat)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="142"/>
        <source>Visits per month by locality</source>
        <translation>Käynnit kuukausittain paikkakunnittain</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="143"/>
        <source>No visits in the period.</source>
        <translation>Ei käyntejä ajanjaksolla.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="146"/>
        <source>Generated %1</source>
        <translation>Luotu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="155"/>
        <source>Page %1/%2</source>
        <translation>Sivu %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="11"/>
        <source>How the figures are counted: deleted records never count, nor do records of a deleted client, employer or event. The period includes its first and last day. A share is the figure divided by the figure named in &apos;Share of&apos;, and each person or employer counts once in it. A locality covers the records of its clients, employers and events; a staff member covers their visits and the clients assigned to them.</source>
        <translation>Näin tunnusluvut lasketaan: poistettuja tietoja ei lasketa koskaan, eikä myöskään poistetun asiakkaan, työnantajan tai tapahtuman tietoja. Ajanjaksoon kuuluvat sen ensimmäinen ja viimeinen päivä. Osuus on tunnusluku jaettuna sarakkeessa ”Osuus joukosta” nimetyllä tunnusluvulla, ja kukin henkilö tai työnantaja lasketaan siinä kerran. Paikkakunta kattaa sen asiakkaiden, työnantajien ja tapahtumien tiedot; työntekijä kattaa omat käyntinsä ja asiakkaat, joiden vastuutyöntekijä hän on.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="29"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="32"/>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="34"/>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="35"/>
        <source>All time</source>
        <translation>Koko aika</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="39"/>
        <source>All localities</source>
        <translation>Kaikki paikkakunnat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="43"/>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="58"/>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="69"/>
        <source>All localities</source>
        <translation>Kaikki paikkakunnat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="69"/>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="75"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="75"/>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="76"/>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="76"/>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="84"/>
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="84"/>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="85"/>
        <source>Export JSON…</source>
        <translation>Vie JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="102"/>
        <source>Hover over a figure to see its definition.</source>
        <translation>Näet tunnusluvun määritelmän viemällä osoittimen sen päälle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="113"/>
        <source>Transitions by kind (clients)</source>
        <translation>Siirtymät tyypeittäin (asiakkaat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="114"/>
        <source>Visits per month by locality</source>
        <translation>Käynnit kuukausittain paikkakunnittain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="201"/>
        <source>The period ends before it starts: change the dates.</source>
        <translation>Jakso päättyy ennen kuin se alkaa: muuta päivämääriä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="204"/>
        <source>Computing…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="221"/>
        <source>Figures as of %1.</source>
        <translation>Tunnusluvut klo %1 tilanteen mukaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="229"/>
        <source>The figures could not be computed.</source>
        <translation>Tunnuslukuja ei voitu laskea.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="246"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="246"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="247"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="248"/>
        <source>Export the report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="261"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="266"/>
        <source>The report was not saved.</source>
        <translation>Raporttia ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="270"/>
        <source>Saved the report to %1.</source>
        <translation>Raportti tallennettu: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="74"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="26"/>
        <source>Employer coordinator</source>
        <translation>Työnantajakoordinaattori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="27"/>
        <source>Career coach</source>
        <translation>Uravalmentaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="28"/>
        <source>Project manager</source>
        <translation>Projektipäällikkö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="29"/>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="60"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="61"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="62"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="63"/>
        <source>Position</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="64"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="76"/>
        <source>Search employers, clients, visits and notes (Ctrl+F)</source>
        <translation>Hae työnantajia, asiakkaita, käyntejä ja muistiinpanoja (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="69"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="76"/>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="77"/>
        <source>Assigned staff</source>
        <translation>Vastuutyöntekijät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="78"/>
        <source>Service start</source>
        <translation>Palvelun alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="79"/>
        <source>Service end</source>
        <translation>Palvelun loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="80"/>
        <source>Assigned s&amp;taff…</source>
        <translation>&amp;Vastuutyöntekijät…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="81"/>
        <source>&amp;End service…</source>
        <translation>&amp;Päätä palvelu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="92"/>
        <source>Not started</source>
        <translation>Ei alkanut</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/store/settings.py" line="149"/>
        <source>Profile user (staff id)</source>
        <translation>Profiilin käyttäjä (henkilötunniste)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="150"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="152"/>
        <source>Language at the next start</source>
        <translation>Kieli seuraavalla käynnistyskerralla</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="153"/>
        <source>Lock after idle time</source>
        <translation>Automaattinen lukitus</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="157"/>
        <source>Sync server</source>
        <translation>Synkronointipalvelin</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="158"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="159"/>
        <source>Device id</source>
        <translation>Laitteen tunniste</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="160"/>
        <source>Staff id on the server</source>
        <translation>Henkilötunniste palvelimella</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="161"/>
        <source>Role on the server</source>
        <translation>Rooli palvelimella</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="162"/>
        <source>Server certificate authority</source>
        <translation>Palvelimen varmenteen myöntäjä</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="163"/>
        <source>Sync automatically</source>
        <translation>Synkronoi automaattisesti</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="165"/>
        <source>Sync tokens</source>
        <translation>Synkronoinnin tunnisteet</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="169"/>
        <source>Pulled up to</source>
        <translation>Haettu kohtaan</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="170"/>
        <source>Last sync</source>
        <translation>Viimeisin synkronointi</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="176"/>
        <source>Handover document numbers</source>
        <translation>Luovutusasiakirjojen numerot</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="39"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="42"/>
        <source>leave empty to keep the current PIN</source>
        <translation>jätä tyhjäksi, jos haluat pitää nykyisen PIN-koodin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="46"/>
        <source>leave empty to keep the current passphrase</source>
        <translation>jätä tyhjäksi, jos haluat pitää nykyisen tunnuslauseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>New PIN</source>
        <translation>Uusi PIN-koodi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57"/>
        <source>Current passphrase</source>
        <translation>Nykyinen tunnuslause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>Recovery passphrase</source>
        <translation>Palautustunnuslause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62"/>
        <source>New passphrase again</source>
        <translation>Uusi tunnuslause uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77"/>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koodissa on oltava vähintään %1 numeroa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88"/>
        <source>Give the current passphrase to change it.</source>
        <translation>Anna nykyinen tunnuslause, jotta voit vaihtaa sen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="109"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Nykyinen tunnuslause on väärä. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="45"/>
        <source>Kenttä – new profile</source>
        <translation>Kenttä – uusi profiili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="65"/>
        <source>Keep the key in the OS keyring</source>
        <translation>Säilytä avain käyttöjärjestelmän avainnipussa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="78"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="79"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="81"/>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="82"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="86"/>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="87"/>
        <source>PIN for the lock screen</source>
        <translation>Lukitusnäytön PIN-koodi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="89"/>
        <source>The recovery passphrase opens the profile if the keyring is lost and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>Palautustunnuslause avaa profiilin, jos avainnippu katoaa, ja avaa myös lukitusnäytön. PIN-koodi (vähintään %1 numeroa) avaa vain lukitusnäytön.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="106"/>
        <source>Recovery passphrase</source>
        <translation>Palautustunnuslause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="107"/>
        <source>Passphrase (required)</source>
        <translation>Tunnuslause (pakollinen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="112"/>
        <source>Give your name.</source>
        <translation>Anna nimesi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="114"/>
        <source>Give the organisation.</source>
        <translation>Anna organisaatio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="116"/>
        <source>Give the locality.</source>
        <translation>Anna paikkakunta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="118"/>
        <source>No OS keyring is used, so a passphrase is required.</source>
        <translation>Käyttöjärjestelmän avainnippua ei käytetä, joten tunnuslause on pakollinen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="120"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="124"/>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koodissa on oltava vähintään %1 numeroa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="126"/>
        <source>Set a recovery passphrase or a PIN, so that the lock screen can be opened.</source>
        <translation>Aseta palautustunnuslause tai PIN-koodi, jotta lukitusnäytön voi avata.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/staff_dialog.py" line="25"/>
        <source>Assigned staff</source>
        <translation>Vastuutyöntekijät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/staff_dialog.py" line="29"/>
        <source>Staff</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/staff_dialog.py" line="30"/>
        <source>Search staff</source>
        <translation>Hae työntekijöitä</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="225"/>
        <source>Changes lost to the delete: %1</source>
        <translation>Poistoon hävinneet muutokset: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="23"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="24"/>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="25"/>
        <source>Staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="26"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="27"/>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="28"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="29"/>
        <source>Position</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="30"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="31"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="32"/>
        <source>Assessment</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="33"/>
        <source>Client note</source>
        <translation>Asiakasmuistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="34"/>
        <source>Transition</source>
        <translation>Siirtymä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="35"/>
        <source>Recruitment event</source>
        <translation>Rekrytointitapahtuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="36"/>
        <source>Event participant</source>
        <translation>Tapahtuman osallistuja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="37"/>
        <source>Handover form</source>
        <translation>Lopettamis-/siirtolomake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="38"/>
        <source>Audit event</source>
        <translation>Käyttölokin merkintä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="149"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="219"/>
        <source>Deleted on another device</source>
        <translation>Poistettu toisella laitteella</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="222"/>
        <source>Your unsent changes: %1</source>
        <translation>Lähettämättömät muutoksesi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="226"/>
        <source>Kept</source>
        <translation>Säilytetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="230"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="232"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="246"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="28"/>
        <source>The sync could not be done. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Synkronointia ei voitu tehdä. Mitään ei menetetty; muutokset odottavat tällä kannettavalla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="30"/>
        <source>Give the server address, for example https://kentta.example.fi.</source>
        <translation>Anna palvelimen osoite, esimerkiksi https://kentta.example.fi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="32"/>
        <source>The server address %1 does not start with https://: write it, for example, as https://kentta.example.fi.</source>
        <translation>Palvelimen osoitteen %1 alussa ei ole https://: kirjoita se esimerkiksi muodossa https://kentta.example.fi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="35"/>
        <source>%1 is not a valid server address: it must start with https://.</source>
        <translation>%1 ei ole kelvollinen palvelimen osoite: sen alussa on oltava https://.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="37"/>
        <source>Do not put a username or password in the server address; log in with the form.</source>
        <translation>Älä kirjoita käyttäjätunnusta tai salasanaa palvelimen osoitteeseen; kirjaudu lomakkeella.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="39"/>
        <source>Refused to connect to %1 over plain http: a server that is not on this computer must use https with a valid certificate. Ask your administrator for the https:// address.</source>
        <translation>Yhteyttä palvelimeen %1 ei avattu salaamattomalla http-yhteydellä: muun kuin tämän tietokoneen palvelimen on käytettävä https-yhteyttä ja kelvollista varmennetta. Kysy https://-osoitetta pääkäyttäjältä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="43"/>
        <source>The certificate of %1 could not be verified, so nothing was sent. The address may be wrong, or someone may be intercepting the connection. Ask your administrator.</source>
        <translation>Palvelimen %1 varmennetta ei voitu tarkistaa, joten mitään ei lähetetty. Osoite voi olla väärä, tai joku voi siepata yhteyttä. Ota yhteyttä pääkäyttäjään.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="46"/>
        <source>Cannot reach the server at %1: check the network connection and the server address, then sync again. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Palvelimeen %1 ei saada yhteyttä: tarkista verkkoyhteys ja palvelimen osoite ja synkronoi sitten uudelleen. Mitään ei menetetty; muutokset odottavat tällä kannettavalla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="49"/>
        <source>The server at %1 is busy or failing: try again later. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Palvelin %1 on ruuhkautunut tai vikatilassa: yritä myöhemmin uudelleen. Mitään ei menetetty; muutokset odottavat tällä kannettavalla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="51"/>
        <source>Wrong username or password, or the account is closed. Check them and try again.</source>
        <translation>Väärä käyttäjätunnus tai salasana, tai tili on suljettu. Tarkista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="53"/>
        <source>Too many failed logins: wait about %1 min and try again.</source>
        <translation>Liian monta epäonnistunutta kirjautumista: odota noin %1 min ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="55"/>
        <source>The session with the server has ended: log in again.</source>
        <translation>Istunto palvelimella on päättynyt: kirjaudu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="57"/>
        <source>Not logged in to the server: log in first.</source>
        <translation>Et ole kirjautunut palvelimelle: kirjaudu ensin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="58"/>
        <source>The server no longer accepts this laptop: log in again.</source>
        <translation>Palvelin ei enää hyväksy tätä kannettavaa: kirjaudu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="60"/>
        <source>This app and the server use different versions of the sync protocol: update the app, or ask your administrator.</source>
        <translation>Tämä sovellus ja palvelin käyttävät synkronointiprotokollan eri versioita: päivitä sovellus tai ota yhteyttä pääkäyttäjään.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="63"/>
        <source>The server refused the request (%1). Nothing was lost; if this happens again, tell your administrator.</source>
        <translation>Palvelin hylkäsi pyynnön (%1). Mitään ei menetetty; jos tämä toistuu, kerro pääkäyttäjälle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="66"/>
        <source>Sync cancelled. What was sent or received so far is kept.</source>
        <translation>Synkronointi peruutettiin. Se, mikä ehdittiin lähettää tai vastaanottaa, säilyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="68"/>
        <source>A sync is already running for this profile; wait for it to end.</source>
        <translation>Tämän profiilin synkronointi on jo käynnissä; odota, että se päättyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="71"/>
        <source>This profile syncs with %1. To use %2, log in on a new profile (another data folder); this one keeps its data.</source>
        <translation>Tämä profiili synkronoidaan palvelimen %1 kanssa. Jos haluat käyttää palvelinta %2, kirjaudu uudella profiililla (toinen datakansio); tämän profiilin tiedot säilyvät.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="74"/>
        <source>This profile has no sync server yet: log in first.</source>
        <translation>Tällä profiililla ei vielä ole synkronointipalvelinta: kirjaudu ensin.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="57"/>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="60"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="69"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="76"/>
        <source>Sync automatically when the server can be reached (checked every minute)</source>
        <translation>Synkronoi automaattisesti, kun palvelin on tavoitettavissa (tarkistetaan minuutin välein)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="86"/>
        <source>Receipt</source>
        <translation>Kuittaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="87"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="88"/>
        <source>Set aside</source>
        <translation>Sivuun siirretyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="90"/>
        <source>Conflicts (%1)</source>
        <translation>Ristiriidat (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="92"/>
        <source>Set aside (%1)</source>
        <translation>Sivuun siirretyt (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="138"/>
        <source>Logged in to %1 as %2.</source>
        <translation>Kirjautuneena palvelimelle %1 käyttäjänä %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="156"/>
        <source>A sync is running already.</source>
        <translation>Synkronointi on jo käynnissä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="183"/>
        <source>Starting…</source>
        <translation>Aloitetaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="189"/>
        <source>Sending: %1 of %2</source>
        <translation>Lähetetään: %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="192"/>
        <source>Receiving: %1 changes</source>
        <translation>Vastaanotetaan muutoksia: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="194"/>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="196"/>
        <source>(the server does not answer; trying again)</source>
        <translation>(palvelin ei vastaa; yritetään uudelleen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="198"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="80"/>
        <source>The server does not know this kind of record: update the app.</source>
        <translation>Palvelin ei tunne tämän tyyppisiä tietoja: päivitä sovellus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="82"/>
        <source>You may not change this record.</source>
        <translation>Sinulla ei ole oikeutta muuttaa tätä tietoa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="83"/>
        <source>Your role may not change records of this kind.</source>
        <translation>Roolisi ei salli tämän tyyppisten tietojen muuttamista.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="84"/>
        <source>You may change your own organisation only.</source>
        <translation>Voit muuttaa vain oman organisaatiosi tietoja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="86"/>
        <source>A record cannot move to another organisation.</source>
        <translation>Tietoa ei voi siirtää toiselle organisaatiolle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="87"/>
        <source>The record has fields the server does not know: update the app.</source>
        <translation>Tiedossa on kenttiä, joita palvelin ei tunne: päivitä sovellus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="89"/>
        <source>This record was purged under the retention rules.</source>
        <translation>Tämä tieto on hävitetty säilytysaikasääntöjen mukaisesti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="90"/>
        <source>The server does not have the version of this record that was edited here.</source>
        <translation>Palvelimella ei ole sitä tämän tiedon versiota, jota tällä muokattiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="92"/>
        <source>Audit events cannot be changed.</source>
        <translation>Käyttölokin merkintöjä ei voi muuttaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="93"/>
        <source>The client of this record is not on the server.</source>
        <translation>Tämän tiedon asiakasta ei ole palvelimella.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="94"/>
        <source>The client of this record has been deleted.</source>
        <translation>Tämän tiedon asiakas on poistettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="95"/>
        <source>A new client must list you among its assigned staff.</source>
        <translation>Sinun on oltava uuden asiakkaan vastuutyöntekijöiden joukossa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="96"/>
        <source>Some values are not valid: open the record and correct them.</source>
        <translation>Osa arvoista ei kelpaa: avaa tieto ja korjaa ne.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="97"/>
        <source>The record could not be sent as it is: open it and correct it.</source>
        <translation>Tietoa ei voitu lähettää sellaisenaan: avaa se ja korjaa se.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="99"/>
        <source>The server refused the record.</source>
        <translation>Palvelin hylkäsi tiedon.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="29"/>
        <source>Last sync: %1</source>
        <translation>Viimeisin synkronointi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status.py" line="31"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status.py" line="33"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n sivuun siirretty</numerusform>
            <numerusform>%n sivuun siirrettyä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status.py" line="34"/>
        <source>%n record(s) with changes waiting to be sent</source>
        <translation>
            <numerusform>%n tieto, jonka muutokset odottavat lähettämistä</numerusform>
            <numerusform>%n tietoa, joiden muutokset odottavat lähettämistä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="38"/>
        <source>the last sync stopped</source>
        <translation>viimeisin synkronointi keskeytyi</translation>
    </message>
</context>
<context>
    <name>TopicsBox</name>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="23"/>
        <source>Topics</source>
        <translation>Käsitellyt asiat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="25"/>
        <source>&amp;Recruitment needs</source>
        <translation>&amp;Rekrytointitarpeet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="26"/>
        <source>Alternative recruitment &amp;briefing given</source>
        <translation>Vaihtoehtoisesta rekrytoinnista &amp;kerrottu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="27"/>
        <source>Alternative recruitment &amp;taken up</source>
        <translation>Vaihtoehtoinen rekrytointi &amp;otettu käyttöön</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="28"/>
        <source>Interest in &amp;wage subsidy</source>
        <translation>Kiinnostus &amp;palkkatukeen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="29"/>
        <source>Interest in work tr&amp;ial</source>
        <translation>Kiinnostus &amp;työkokeiluun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="30"/>
        <source>Interest in a&amp;pprenticeship</source>
        <translation>Kiinnostus &amp;oppisopimuskoulutukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="31"/>
        <source>Interest in recruitment trainin&amp;g</source>
        <translation>Kiinnostus &amp;RekryKoulutukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="32"/>
        <source>Interest in Työkohtaamo (recruitment &amp;event)</source>
        <translation>Kiinnostus Työkohtaamoon (rekrytointi&amp;tapahtuma)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="43"/>
        <source>What kind of people, when, how many</source>
        <translation>Millaisia työntekijöitä, milloin, kuinka monta</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="58"/>
        <source>Record transition</source>
        <translation>Kirjaa siirtymä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="60"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="61"/>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="62"/>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="62"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="63"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>TransitionsModel</name>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
</context>
<context>
    <name>TransitionsSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="234"/>
        <source>Transitions</source>
        <translation>Siirtymät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="245"/>
        <source>Record &amp;transition…</source>
        <translation>Kirjaa &amp;siirtymä…</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="81"/>
        <source>The profile&apos;s key is missing from the OS keyring. Enter the recovery passphrase.</source>
        <translation>Profiilin avain puuttuu käyttöjärjestelmän avainnipusta. Anna palautustunnuslause.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="84"/>
        <source>Enter the profile&apos;s passphrase.</source>
        <translation>Anna profiilin tunnuslause.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="140"/>
        <source>Kenttä – unlock</source>
        <translation>Kenttä – avaa lukitus</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="81"/>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="81"/>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="82"/>
        <source>At an event</source>
        <translation>Tapahtumassa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="92"/>
        <source>What was talked about</source>
        <translation>Mistä puhuttiin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="97"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Seurantapäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="101"/>
        <source>Save visit (Ctrl+S)</source>
        <translation>Tallenna käynti (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="104"/>
        <source>Cancel (Esc)</source>
        <translation>Peruuta (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="114"/>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="117"/>
        <source>When and where</source>
        <translation>Aika ja paikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="119"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Päivä ja kellonaika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="121"/>
        <source>P&amp;lace</source>
        <translation>&amp;Käyntipaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="122"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="124"/>
        <source>Contact met</source>
        <translation>Tavattu yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="133"/>
        <source>Open positions and hidden jobs</source>
        <translation>Avoimet työpaikat ja piilotyöpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="144"/>
        <source>&amp;Notes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="146"/>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="265"/>
        <source>Edit visit</source>
        <translation>Muokkaa käyntiä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="265"/>
        <source>New visit</source>
        <translation>Uusi käynti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="371"/>
        <source>Discard this visit?</source>
        <translation>Hylätäänkö tämä käynti?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="372"/>
        <source>What you typed in this visit will be lost.</source>
        <translation>Tähän käyntiin kirjoittamasi tiedot menetetään.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="373"/>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="374"/>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="395"/>
        <source>Draft saved at %1</source>
        <translation>Luonnos tallennettu klo %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="60"/>
        <source>Filter visits by notes, needs, positions or next step</source>
        <translation>Suodata käyntejä muistiinpanojen, tarpeiden, työpaikkojen tai seuraavan vaiheen mukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="62"/>
        <source>&amp;Only mine</source>
        <translation>&amp;Vain omat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="64"/>
        <source>New visit (Ctrl+N)</source>
        <translation>Uusi käynti (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="176"/>
        <source>Your unsaved changes to this visit were restored.</source>
        <translation>Tämän käynnin tallentamattomat muutokset palautettiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="188"/>
        <source>The visit you were writing was kept as a draft.</source>
        <translation>Kirjoittamasi käynti säilytettiin luonnoksena.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="201"/>
        <source>Visit saved.</source>
        <translation>Käynti tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="239"/>
        <source>Unsaved visit</source>
        <translation>Tallentamaton käynti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="240"/>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="241"/>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="242"/>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="253"/>
        <source>You have an unsaved visit to %1 from %2.</source>
        <translation>Sinulla on tallentamaton käynti (%1) ajalta %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="254"/>
        <source>You have an unsaved visit from %1.</source>
        <translation>Sinulla on tallentamaton käynti ajalta %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="143"/>
        <source>Withdraw consent</source>
        <translation>Peruuta suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="144"/>
        <source>Withdrawn on</source>
        <translation>Peruutettu</translation>
    </message>
</context>
<context>
    <name>_Opening</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>Opening the profile…</source>
        <translation>Avataan profiilia…</translation>
    </message>
</context>
</TS>
