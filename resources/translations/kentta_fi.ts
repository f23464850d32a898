<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AdminDialogs</name>
    <message>
        <source>The password of %1 is shown only now: hand it over safely. The server keeps no copy it could show again.</source>
        <translation>Käyttäjän %1 salasana näytetään vain nyt: anna se hänelle turvallisesti. Palvelin ei säilytä siitä kopiota, jonka voisi näyttää uudelleen.</translation>
    </message>
</context>
<context>
    <name>AdminErrors</name>
    <message>
        <source>The server refused: your account may not do this (staff and devices need an administrator, a client&apos;s audit trail a project manager).</source>
        <translation>Palvelin kieltäytyi: tililläsi ei voi tehdä tätä (henkilöstö ja laitteet vaativat ylläpitäjän, asiakkaan lokitiedot projektipäällikön).</translation>
    </message>
    <message>
        <source>The server has no such account, device or client in your organisation: refresh the list.</source>
        <translation>Palvelimella ei ole organisaatiossasi tällaista tiliä, laitetta tai asiakasta: päivitä luettelo.</translation>
    </message>
    <message>
        <source>This username is taken: choose another.</source>
        <translation>Käyttäjätunnus on jo käytössä: valitse toinen.</translation>
    </message>
    <message>
        <source>This is the organisation&apos;s last active administrator: add or reactivate another administrator first.</source>
        <translation>Tämä on organisaation viimeinen aktiivinen ylläpitäjä: lisää tai ota ensin käyttöön toinen ylläpitäjä.</translation>
    </message>
    <message>
        <source>The server refused the change: refresh the list and try again.</source>
        <translation>Palvelin ei hyväksynyt muutosta: päivitä luettelo ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The password was not accepted: %1</source>
        <translation>Salasanaa ei hyväksytty: %1</translation>
    </message>
    <message>
        <source>The username was not accepted: %1</source>
        <translation>Käyttäjätunnusta ei hyväksytty: %1</translation>
    </message>
    <message>
        <source>The name was not accepted: %1</source>
        <translation>Nimeä ei hyväksytty: %1</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>Palvelin ei hyväksynyt tätä: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection, then press Refresh to see how things stand.</source>
        <translation>Palvelinta %1 ei tavoiteta: tarkista verkkoyhteys ja paina sitten Päivitä nähdäksesi tilanteen.</translation>
    </message>
    <message>
        <source>The server at %1 is busy or failing: press Refresh later to see how things stand.</source>
        <translation>Palvelin %1 on kiireinen tai ei toimi: paina myöhemmin Päivitä nähdäksesi tilanteen.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>Client audit trail</source>
        <translation>Asiakkaan lokitiedot</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Päi&amp;vitä</translation>
    </message>
    <message>
        <source>Administration is done on your organisation&apos;s Kenttä server, so this laptop must be logged in to it first: log in on the Sync page, then come back here.</source>
        <translation>Ylläpito tehdään organisaatiosi Kenttä-palvelimella, joten tämän koneen on ensin kirjauduttava sinne: kirjaudu Synkronointi-sivulla ja palaa sitten tänne.</translation>
    </message>
    <message>
        <source>&amp;Open the Sync page</source>
        <translation>Avaa &amp;Synkronointi-sivu</translation>
    </message>
    <message>
        <source>Checking the login to the server…</source>
        <translation>Tarkistetaan kirjautumista palvelimelle…</translation>
    </message>
    <message>
        <source>Reading from the server…</source>
        <translation>Luetaan palvelimelta…</translation>
    </message>
    <message>
        <source>Not logged in to the sync server.</source>
        <translation>Ei kirjautunut synkronointipalvelimelle.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Uusi arvio</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Muokkaa arviota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Toimintakyky</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <source>Sensitive: work and functional capacity</source>
        <translation>Arkaluonteinen: työ- ja toimintakyky</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Nä&amp;ytä</translation>
    </message>
    <message>
        <source>New a&amp;ssessment…</source>
        <translation>Uusi a&amp;rvio…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s), the latest on %1</source>
        <translation>
            <numerusform>%n arvio, viimeisin %1</numerusform>
            <numerusform>%n arviota, viimeisin %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Ei vielä arviota.</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Toimintakyky</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Piilota</translation>
    </message>
</context>
<context>
    <name>AssignmentRequestsPanel</name>
    <message>
        <source>%1 asks to be assigned to this client too (%2).</source>
        <translation>%1 pyytää, että hänetkin nimetään tälle asiakkaalle (%2).</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Työtoveri</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Viesti: %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>H&amp;yväksy</translation>
    </message>
    <message>
        <source>Add the colleague to the client&apos;s staff; their next sync brings the client.</source>
        <translation>Lisää työtoveri asiakkaan vastuuhenkilöihin; hänen seuraava synkronointinsa tuo asiakkaan.</translation>
    </message>
    <message>
        <source>Decli&amp;ne</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>%1 was added to the client&apos;s staff: sync to send it.</source>
        <translation>%1 lisättiin asiakkaan vastuuhenkilöihin: synkronoi, niin muutos lähtee.</translation>
    </message>
    <message>
        <source>The request of %1 was declined: sync to tell them.</source>
        <translation>Käyttäjän %1 pyyntö hylättiin: synkronoi, niin hän saa tiedon.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Liitä tiedosto</translation>
    </message>
    <message>
        <source>Handover form signed</source>
        <translation>Allekirjoitettu siirtolomake</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tiedostot</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <source>The client has no handover form made in Kenttä: the scan is attached without naming one.</source>
        <translation>Asiakkaalle ei ole tehty Kentässä siirtolomaketta: skannaus liitetään nimeämättä lomaketta.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>Liit&amp;ä</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Signed handover form</source>
        <translation>Allekirjoitettu siirtolomake</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Suostumuslomake</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Aiesopimus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Liitetty</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mt</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Lisää tiedosto…</translation>
    </message>
    <message>
        <source>Or drop files here. PDF, JPEG, PNG, DOCX or ODT.</source>
        <translation>Tai pudota tiedostot tähän. PDF, JPEG, PNG, DOCX tai ODT.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Open in another program…</source>
        <translation>Avaa toisessa ohjelmassa…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Tallenna kopio…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>No files. Add one with the button, or drop files here.</source>
        <translation>Ei tiedostoja. Lisää painikkeella tai pudota tiedostot tähän.</translation>
    </message>
    <message>
        <source>Signs the form %1</source>
        <translation>Lomakkeen %1 allekirjoitus</translation>
    </message>
    <message>
        <source>Not on this laptop yet</source>
        <translation>Ei vielä tällä koneella</translation>
    </message>
    <message>
        <source>Handover forms:</source>
        <translation>Siirtolomakkeet:</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>allekirjoitettu</translation>
    </message>
    <message>
        <source>no signed copy attached</source>
        <translation>allekirjoitettua kopiota ei ole liitetty</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Liitä tiedostoja</translation>
    </message>
    <message>
        <source>Documents and images (%1)</source>
        <translation>Asiakirjat ja kuvat (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n tiedosto liitetty.</numerusform>
            <numerusform>%n tiedostoa liitetty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kenttä shows PDF files and images. Open this file in another program.</source>
        <translation>Kenttä näyttää PDF-tiedostot ja kuvat. Avaa tämä tiedosto toisessa ohjelmassa.</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Avaa toisessa ohjelmassa</translation>
    </message>
    <message>
        <source>To open %1 in another program, Kenttä writes an unencrypted copy of it in the computer&apos;s temporary folder. The copy is removed when Kenttä closes. Opening it is recorded in the audit log.</source>
        <translation>Jotta %1 voidaan avata toisessa ohjelmassa, Kenttä kirjoittaa siitä salaamattoman kopion tietokoneen väliaikaiskansioon. Kopio poistetaan, kun Kenttä suljetaan. Avaaminen kirjataan käyttölokiin.</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>&amp;Avaa kopio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translation>Mikään tämän tietokoneen ohjelma ei avaa tätä tiedostoa.</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Tallenna kopio tiedostosta</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Kopio tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit trail</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation>Asiakkaan yhteenveto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Tietueen laji</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Muutetut kentät</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Katsottu</translation>
    </message>
    <message>
        <source>Revealed the identity code</source>
        <translation>Henkilötunnus näytetty</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Saved to a file</source>
        <translation>Tallennettu tiedostoon</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Made (a form or a summary)</source>
        <translation>Laadittu (lomake tai yhteenveto)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Opened in another program</source>
        <translation>Avattu toisessa ohjelmassa</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Open the client&apos;s details</source>
        <translation>Avaa asiakkaan tiedot</translation>
    </message>
    <message numerus="yes">
        <source>You are not assigned to this client. Opening its details lets you read them (not change them) for %n hour(s); then they leave this laptop and the figures stay. The client&apos;s assigned staff will see that you opened them and why, and so will the audit trail.</source>
        <translation>
            <numerusform>Et ole tämän asiakkaan vastuutyöntekijä. Kun avaat asiakkaan tiedot, voit lukea niitä (et muuttaa) %n tunnin ajan; sen jälkeen ne poistuvat tältä koneelta ja luvut jäävät. Asiakkaan vastuutyöntekijät näkevät, että avasit tiedot ja miksi, ja se kirjataan käyttölokiin.</numerusform>
            <numerusform>Et ole tämän asiakkaan vastuutyöntekijä. Kun avaat asiakkaan tiedot, voit lukea niitä (et muuttaa) %n tunnin ajan; sen jälkeen ne poistuvat tältä koneelta ja luvut jäävät. Asiakkaan vastuutyöntekijät näkevät, että avasit tiedot ja miksi, ja se kirjataan käyttölokiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: a complaint to handle, the coach is on sick leave</source>
        <translation>Esimerkiksi: käsiteltävä valitus, valmentaja on sairauslomalla</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Ask the server to open the details</source>
        <translation>Pyydä palvelinta avaamaan tiedot</translation>
    </message>
</context>
<context>
    <name>BreakGlassPanel</name>
    <message>
        <source>Open the client&apos;s &amp;details…</source>
        <translation>Avaa asiakkaan &amp;tiedot…</translation>
    </message>
    <message>
        <source>Manager %1 opened the client&apos;s details on %2 at %3 — reason: %4 — open until %5 at %6.</source>
        <translation>Esimies %1 avasi asiakkaan tiedot %2 klo %3 — syy: %4 — voimassa %5 klo %6 asti.</translation>
    </message>
    <message>
        <source>You have opened this client&apos;s details, to read only, until %1 at %2.</source>
        <translation>Olet avannut tämän asiakkaan tiedot luettaviksi %1 klo %2 asti.</translation>
    </message>
    <message>
        <source>Opened: the client&apos;s details are coming with a sync…</source>
        <translation>Avattu: asiakkaan tiedot tulevat synkronoinnissa…</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Move clients</source>
        <translation>Siirrä asiakkaita</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected client(s)</source>
        <translation>
            <numerusform>Valittu asiakas (%n)</numerusform>
            <numerusform>%n valittua asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>All clients of the staff member below</source>
        <translation>Kaikki alla valitun työntekijän asiakkaat</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Keneltä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>Move: the new staff member takes the place of the one above</source>
        <translation>Siirrä: uusi työntekijä tulee yllä valitun tilalle</translation>
    </message>
    <message>
        <source>Add: the new staff member is assigned beside the current staff</source>
        <translation>Lisää: uusi työntekijä tulee nykyisten vastuutyöntekijöiden rinnalle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Their current staff</source>
        <translation>Nykyiset vastuutyöntekijät</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n client(s))</source>
        <translation>
            <numerusform>%1 (%n asiakas)</numerusform>
            <numerusform>%1 (%n asiakasta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to the staff of %n client(s)?</source>
        <translation>
            <numerusform>Lisätäänkö työntekijä %1 %n asiakkaan vastuutyöntekijäksi?</numerusform>
            <numerusform>Lisätäänkö työntekijä %1 %n asiakkaan vastuutyöntekijäksi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n client(s) from %1 to %2?</source>
        <translation>
            <numerusform>Siirretäänkö %n asiakas työntekijältä %1 työntekijälle %2?</numerusform>
            <numerusform>Siirretäänkö %n asiakasta työntekijältä %1 työntekijälle %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %1 the only staff member of %n client(s)?</source>
        <translation>
            <numerusform>Jätetäänkö %n asiakkaalle vain yksi vastuutyöntekijä, %1?</numerusform>
            <numerusform>Jätetäänkö %n asiakkaalle vain yksi vastuutyöntekijä, %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) stay as they are: they already have this staff, or not the staff member moved from.</source>
        <translation>
            <numerusform>%n asiakas pysyy ennallaan: hänellä on jo tämä työntekijä tai ei sitä, jolta siirretään.</numerusform>
            <numerusform>%n asiakasta pysyy ennallaan: heillä on jo tämä työntekijä tai ei sitä, jolta siirretään.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change reaches the other laptops at the next sync. Staff taken off no longer have these clients on their laptops; the staff added get them in full.</source>
        <translation>Muutos välittyy muille koneille seuraavassa synkronoinnissa. Pois siirrettyjen työntekijöiden koneilta nämä asiakkaat poistuvat; lisätyt työntekijät saavat ne kokonaan.</translation>
    </message>
    <message numerus="yes">
        <source>Staff changed for %n client(s).</source>
        <translation>
            <numerusform>Vastuutyöntekijä vaihdettu %n asiakkaalle.</numerusform>
            <numerusform>Vastuutyöntekijät vaihdettu %n asiakkaalle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ (optional)</source>
        <translation>PPKKVVYNNNT (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Ennallaan; kirjoita korvataksesi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Ohjauspäivä</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Tiedossa</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation>Työtavoitteet</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Erota pilkuilla</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Palvelun alku</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkanut</translation>
    </message>
    <message>
        <source>The client was saved. Whether this person is already a client elsewhere in the organisation could not be checked now (no connection to the server).</source>
        <translation>Asiakas tallennettiin. Sitä, onko henkilö jo asiakkaana muualla organisaatiossa, ei voitu tarkistaa nyt (ei yhteyttä palvelimeen).</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>tuntematon työntekijä</translation>
    </message>
    <message>
        <source>You are already assigned to this person as a client: sync to see the client here.</source>
        <translation>Sinut on jo nimetty tämän henkilön vastuuhenkilöksi: synkronoi, niin asiakas tulee tälle koneelle.</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Luo silti</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Takaisin lomakkeelle</translation>
    </message>
    <message>
        <source>This person is already a client in the organisation: coach %1.</source>
        <translation>Tämä henkilö on jo asiakkaana organisaatiossa: valmentaja %1.</translation>
    </message>
    <message>
        <source>Ask to be assigned to the client too? The client&apos;s coach decides, and the client then comes to this laptop with the next sync.</source>
        <translation>Pyydetäänkö, että sinutkin nimetään asiakkaalle? Asiakkaan valmentaja päättää, ja asiakas tulee sitten tälle koneelle seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Ask to be assigned</source>
        <translation>Pyydä nimeämistä</translation>
    </message>
    <message>
        <source>Already a client in the organisation</source>
        <translation>Jo asiakkaana organisaatiossa</translation>
    </message>
    <message>
        <source>The request to be assigned was sent: the client comes to this laptop when the coach accepts it and you sync.</source>
        <translation>Pyyntö nimeämisestä lähetettiin: asiakas tulee tälle koneelle, kun valmentaja hyväksyy sen ja synkronoit.</translation>
    </message>
    <message>
        <source>the same personal identity code</source>
        <translation>sama henkilötunnus</translation>
    </message>
    <message>
        <source>the same name and date of birth</source>
        <translation>sama nimi ja syntymäaika</translation>
    </message>
    <message>
        <source>%1 (%2), client of %3</source>
        <translation>%1 (%2), asiakkaana: %3</translation>
    </message>
    <message>
        <source>This person may already be a client:</source>
        <translation>Tämä henkilö voi olla jo asiakas:</translation>
    </message>
    <message>
        <source>Open the existing client, or create a new client anyway?</source>
        <translation>Avataanko olemassa oleva asiakas, vai luodaanko uusi asiakas silti?</translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation>Mahdollinen kaksoiskappale asiakkaasta</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Avaa olemassa oleva asiakas</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Yhteistapaaminen</translation>
    </message>
    <message>
        <source>Outside the office</source>
        <translation>Toimiston ulkopuolella</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Palkkatyö</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Palkkatuettu työ</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Oppisopimuskoulutus</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Opinnot</translation>
    </message>
    <message>
        <source>Recruitment training</source>
        <translation>RekryKoulutus</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Kirjallisesti</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Suullisesti</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Sähköisesti</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>nainen</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>mies</translation>
    </message>
    <message>
        <source>Other than woman or man</source>
        <translation>muu kuin nainen tai mies</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>työtön</translation>
    </message>
    <message>
        <source>Outside the labour force</source>
        <translation>työvoiman ulkopuolella</translation>
    </message>
    <message>
        <source>Employed (also self-employed)</source>
        <translation>työllinen (myös yrittäjä)</translation>
    </message>
    <message>
        <source>ISCED 0-2: basic education or less</source>
        <translation>ISCED 0–2: perusaste tai alempi</translation>
    </message>
    <message>
        <source>ISCED 3-4: upper secondary or post-secondary</source>
        <translation>ISCED 3–4: toinen aste tai sen jälkeinen, ei korkea-aste</translation>
    </message>
    <message>
        <source>ISCED 5-8: tertiary</source>
        <translation>ISCED 5–8: korkea-aste</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Does not want to answer</source>
        <translation>ei halua vastata</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>ei tehty</translation>
    </message>
    <message>
        <source>By the participant</source>
        <translation>osallistuja itse</translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation>henkilöstö syötti</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>työnhakijana</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>koulutuksessa tai opiskelemassa</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>ei työssä</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>Person with disabilities</source>
        <translation>Vammainen henkilö</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Kolmannen maan kansalainen</translation>
    </message>
    <message>
        <source>Of foreign background</source>
        <translation>Ulkomaalaistaustainen</translation>
    </message>
    <message>
        <source>Belongs to a minority (incl. the Roma)</source>
        <translation>Kuuluu vähemmistöön (myös romanit)</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Asunnoton tai asuntomarkkinoilta syrjäytynyt</translation>
    </message>
</context>
<context>
    <name>ClientName</name>
    <message>
        <source>Client %1…</source>
        <translation>Asiakas %1…</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>Näytä &amp;koko</translation>
    </message>
    <message>
        <source>Show the full code; this is recorded in the audit log.</source>
        <translation>Näytä koko tunnus; tämä kirjataan käyttölokiin.</translation>
    </message>
    <message>
        <source>← &amp;Clients</source>
        <translation>← &amp;Asiakkaat</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Muokkaa t&amp;ietoja…</translation>
    </message>
    <message>
        <source>Handover for&amp;m…</source>
        <translation>&amp;Lopettamis-/siirtolomake…</translation>
    </message>
    <message>
        <source>Summar&amp;y (PDF)…</source>
        <translation>Yhteenveto (P&amp;DF)…</translation>
    </message>
    <message>
        <source>One page of the service, consent, transitions and due dates, to print or save; no assessment or notes. Recorded in the audit log.</source>
        <translation>Yhden sivun yhteenveto palvelusta, suostumuksesta, siirtymistä ja määräajoista tulostettavaksi tai tallennettavaksi; ei arvioita eikä muistiinpanoja. Kirjataan lokiin.</translation>
    </message>
    <message>
        <source>This laptop holds the figures of this client only: its name, identity code, consent, assessments, notes and handover forms are seen by the client&apos;s assigned staff.</source>
        <translation>Tällä koneella on tästä asiakkaasta vain tilastotiedot: nimen, henkilötunnuksen, suostumuksen, arviot, muistiinpanot ja siirtolomakkeet näkevät asiakkaan vastuutyöntekijät.</translation>
    </message>
    <message>
        <source>De&amp;lete client…</source>
        <translation>&amp;Poista asiakas…</translation>
    </message>
    <message>
        <source>This client is no longer on this laptop.</source>
        <translation>Tätä asiakasta ei enää ole tällä kannettavalla.</translation>
    </message>
    <message>
        <source>no personal identity code</source>
        <translation>ei henkilötunnusta</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Filter by name or municipality</source>
        <translation>Suodata nimen tai kunnan mukaan</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ei alkanut</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Palvelussa</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Palvelu päättynyt</translation>
    </message>
    <message>
        <source>Only my clients</source>
        <translation>Vain omat asiakkaani</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>Uusi asiakas (Ctrl+N)</translation>
    </message>
    <message>
        <source>Move to staff…</source>
        <translation>Siirrä työntekijälle…</translation>
    </message>
    <message>
        <source>Move the selected clients, or all of one staff member&apos;s clients, to another staff member</source>
        <translation>Siirrä valitut asiakkaat tai yhden työntekijän kaikki asiakkaat toiselle työntekijälle</translation>
    </message>
    <message>
        <source>No clients yet. Add the first one: New client (Ctrl+N)</source>
        <translation>Ei vielä asiakkaita. Lisää ensimmäinen: Uusi asiakas (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
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
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Piilossa</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ammatti</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Löydetty</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ei alkanut</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Palvelussa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Viimeisin käynti</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Avoimet työpaikat</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Hidden jobs</source>
        <translation>Piilotyöpaikat</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Kerrottu</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Vastuutyöntekijät</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Palkattu</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Close notice</source>
        <translation>Kuittaa ilmoitus</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Oma muutoksesi</translation>
    </message>
    <message>
        <source>Edit by %1</source>
        <translation>Muutoksen teki %1</translation>
    </message>
    <message>
        <source>Another person&apos;s edit</source>
        <translation>Toisen henkilön muutos</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>The record stays deleted</source>
        <translation>Tieto pysyy poistettuna</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Oma arvo</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Toisen arvo</translation>
    </message>
    <message>
        <source>No conflicts. When this laptop and another change the same field, both values are kept here for you to choose.</source>
        <translation>Ei ristiriitoja. Jos samaa kenttää muutetaan tällä kannettavalla ja toisella laitteella, molemmat arvot säilytetään tässä, jotta voit valita.</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Käytä omaa arvoa</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Käytä toisen arvoa</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Muokkaa arvoa…</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (voimassa)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Tietojen luovutus</translation>
    </message>
    <message>
        <source>Share with the employment authority</source>
        <translation>Luovutetaan työvoimaviranomaiselle</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Luovutetaan yhteistyökumppaneille</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjaustapa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>Kirjaa &amp;suostumus…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Per&amp;uuta suostumus…</translation>
    </message>
    <message>
        <source>No consent in force.</source>
        <translation>Ei voimassa olevaa suostumusta.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>In force, given on %1</source>
        <translation>Voimassa, annettu %1</translation>
    </message>
    <message>
        <source>Share with the employment authority: %1</source>
        <translation>Luovutetaan työvoimaviranomaiselle: %1</translation>
    </message>
    <message>
        <source>Share with partners: %1</source>
        <translation>Luovutetaan yhteistyökumppaneille: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Kirjaustapa: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Uusi yhteyshenkilö</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Muokkaa yhteyshenkilöä</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tehtävänimike</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Sähköposti</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— ei kirjattu —</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Uusi yhteyshenkilö…</translation>
    </message>
</context>
<context>
    <name>DamagedProfileDialog</name>
    <message>
        <source>Kenttä – the profile needs attention</source>
        <translation>Kenttä – profiili vaatii huomiota</translation>
    </message>
    <message>
        <source>The database&apos;s change log is damaged: %1 recent saved changes would be lost if Kenttä opened the database now. Nothing has been changed, and copies of the files are kept in %2.</source>
        <translation>Tietokannan muutosloki on vioittunut: %1 viimeisintä tallennettua muutosta menetettäisiin, jos Kenttä avaisi tietokannan nyt. Mitään ei ole muutettu, ja tiedostojen kopiot on tallennettu kansioon %2.</translation>
    </message>
    <message>
        <source>You can restore the profile from its last backup (%1). What was synced to the server comes back with the next sync; changes made after the last sync may be lost.</source>
        <translation>Voit palauttaa profiilin viimeisimmästä varmuuskopiosta (%1). Palvelimelle synkronoidut tiedot palaavat seuraavassa synkronoinnissa; viimeisen synkronoinnin jälkeen tehdyt muutokset voivat kadota.</translation>
    </message>
    <message>
        <source>The profile has no backup. Quit and leave everything as it is, and ask for support; or log in on a new profile to download your synced data.</source>
        <translation>Profiililla ei ole varmuuskopiota. Lopeta ja jätä kaikki ennalleen, ja pyydä tukea; tai kirjaudu uuteen profiiliin ladataksesi synkronoidut tietosi.</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Palauta viimeisin varmuuskopio</translation>
    </message>
    <message>
        <source>Quit and leave everything as it is</source>
        <translation>Lopeta ja jätä kaikki ennalleen</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Kalenteri (Alt+alanuoli)</translation>
    </message>
</context>
<context>
    <name>DeleteAction</name>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Poista (Del)</translation>
    </message>
    <message>
        <source>This record is no longer on this laptop.</source>
        <translation>Tätä tietuetta ei ole enää tällä koneella.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Poistettu.</translation>
    </message>
    <message>
        <source>With it, this is erased: %1.</source>
        <translation>Sen mukana poistetaan: %1.</translation>
    </message>
    <message>
        <source>It is erased from this laptop at once, and from the other laptops at the next sync.</source>
        <translation>Se poistetaan tältä koneelta heti ja muilta koneilta seuraavassa synkronoinnissa.</translation>
    </message>
    <message numerus="yes">
        <source>A manager can restore it on the server for %n day(s) after the sync (the organisation&apos;s undo period).</source>
        <translation>
            <numerusform>Projektipäällikkö voi palauttaa sen palvelimelta %n päivän ajan synkronoinnin jälkeen (organisaation palautusaika).</numerusform>
            <numerusform>Projektipäällikkö voi palauttaa sen palvelimelta %n päivän ajan synkronoinnin jälkeen (organisaation palautusaika).</numerusform>
        </translation>
    </message>
    <message>
        <source>It is erased from this laptop at once. It was never synced, so the server has no copy to restore.</source>
        <translation>Se poistetaan tältä koneelta heti. Sitä ei ole koskaan synkronoitu, joten palvelimella ei ole kopiota, josta sen voisi palauttaa.</translation>
    </message>
    <message>
        <source>Delete the client %1 and everything recorded under them?</source>
        <translation>Poistetaanko asiakas %1 ja kaikki hänelle kirjattu?</translation>
    </message>
    <message>
        <source>Delete the employer %1 with its contacts and positions? Its visits stay.</source>
        <translation>Poistetaanko työnantaja %1 yhteyshenkilöineen ja työpaikkoineen? Sen yrityskäynnit jäävät.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Poistetaanko yhteyshenkilö %1?</translation>
    </message>
    <message>
        <source>Delete the position %1?</source>
        <translation>Poistetaanko työpaikka %1?</translation>
    </message>
    <message>
        <source>Delete the visit to %1 on %2?</source>
        <translation>Poistetaanko yrityskäynti %1 %2?</translation>
    </message>
    <message>
        <source>Delete the event %1 on %2?</source>
        <translation>Poistetaanko tapahtuma %1 %2?</translation>
    </message>
    <message>
        <source>Remove %1 from this event?</source>
        <translation>Poistetaanko %1 tämän tapahtuman osallistujista?</translation>
    </message>
    <message>
        <source>Delete the note of %2?</source>
        <translation>Poistetaanko muistiinpano %2?</translation>
    </message>
    <message>
        <source>Delete the consent given on %2?</source>
        <translation>Poistetaanko %2 annettu suostumus?</translation>
    </message>
    <message>
        <source>Delete the assessment of %2?</source>
        <translation>Poistetaanko arvio %2?</translation>
    </message>
    <message>
        <source>Delete the transition that starts on %2?</source>
        <translation>Poistetaanko %2 alkava siirtymä?</translation>
    </message>
    <message>
        <source>Delete the handover form %1?</source>
        <translation>Poistetaanko siirtolomake %1?</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Poistetaanko tämä tietue?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n muistiinpano</numerusform>
            <numerusform>%n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n suostumus</numerusform>
            <numerusform>%n suostumusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n arvio</numerusform>
            <numerusform>%n arviota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n siirtymä</numerusform>
            <numerusform>%n siirtymää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n tapahtumaosallistuminen</numerusform>
            <numerusform>%n tapahtumaosallistumista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover form(s)</source>
        <translation>
            <numerusform>%n siirtolomake</numerusform>
            <numerusform>%n siirtolomaketta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n yhteyshenkilö</numerusform>
            <numerusform>%n yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n työpaikka</numerusform>
            <numerusform>%n työpaikkaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n muu tietue</numerusform>
            <numerusform>%n muuta tietuetta</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the file %1?</source>
        <translation>Poistetaanko tiedosto %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tiedosto</numerusform>
            <numerusform>%n tiedostoa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Viimeksi yhteydessä</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Poista käytöstä…</translation>
    </message>
    <message>
        <source>A lost or stolen laptop: revoke it. Its sync stops at once, and the laptop deletes its profile the next time it reaches the server.</source>
        <translation>Kadonnut tai varastettu kone: poista se käytöstä. Sen synkronointi loppuu heti, ja kone poistaa profiilinsa, kun se seuraavan kerran saa yhteyden palvelimeen.</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation> (tämä kone)</translation>
    </message>
    <message>
        <source>Devices: %1.</source>
        <translation>Laitteita: %1.</translation>
    </message>
    <message>
        <source>Revoke the device?</source>
        <translation>Poistetaanko laite käytöstä?</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer sync: its sessions stop at once. The next time the laptop reaches the server it deletes its profile, the data on that computer included, and says why. This cannot be undone: the owner logs in again on a new profile.

If the laptop may never come back, also reset %2&apos;s password: its data is encrypted, but the laptop holds the key.</source>
        <translation>%1 (%2) ei voi enää synkronoida: sen istunnot päättyvät heti. Kun kone seuraavan kerran saa yhteyden palvelimeen, se poistaa profiilinsa tietoineen ja kertoo syyn. Tätä ei voi perua: omistaja kirjautuu uudelleen uudella profiililla.

Jos kone ei ehkä koskaan palaa, vaihda myös käyttäjän %2 salasana: sen tiedot on salattu, mutta avain on koneella.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Poistettu käytöstä: %1.</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <source>Edit value</source>
        <translation>Muokkaa arvoa</translation>
    </message>
    <message>
        <source>New value for %1:</source>
        <translation>Uusi arvo kentälle %1:</translation>
    </message>
</context>
<context>
    <name>EmployerChoice</name>
    <message>
        <source>Search employers</source>
        <translation>Hae työnantajia</translation>
    </message>
    <message>
        <source>No employer</source>
        <translation>Ei työnantajaa</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
</context>
<context>
    <name>EmployerDetail</name>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Project locality</source>
        <translation>Hankkeen paikkakunta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Aiesopimus</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Muokkaa t&amp;ietoja…</translation>
    </message>
    <message>
        <source>Letter of in&amp;tent…</source>
        <translation>&amp;Aiesopimus…</translation>
    </message>
    <message>
        <source>New vi&amp;sit</source>
        <translation>Uusi &amp;käynti</translation>
    </message>
    <message>
        <source>Mar&amp;k filled…</source>
        <translation>Merkitse t&amp;äytetyksi…</translation>
    </message>
    <message>
        <source>Edit the employer (Ctrl+E)</source>
        <translation>Muokkaa työnantajaa (Ctrl+E)</translation>
    </message>
    <message>
        <source>De&amp;lete employer…</source>
        <translation>&amp;Poista työnantaja…</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Lisää &amp;yhteyshenkilö…</translation>
    </message>
    <message>
        <source>Add &amp;position…</source>
        <translation>&amp;Lisää työpaikka…</translation>
    </message>
    <message>
        <source>Find &amp;matching clients</source>
        <translation>Etsi &amp;sopivia asiakkaita</translation>
    </message>
    <message>
        <source>This employer is no longer on this laptop.</source>
        <translation>Tätä työnantajaa ei ole enää tällä koneella.</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Yhteyshenkilöt (%n)</numerusform>
            <numerusform>Yhteyshenkilöt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Käynnit (%n)</numerusform>
            <numerusform>Käynnit (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>New employer</source>
        <translation>Uusi työnantaja</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Muokkaa työnantajaa</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Business ID</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>T&amp;oimiala</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kunta</translation>
    </message>
    <message>
        <source>(no project locality)</source>
        <translation>(ei hankkeen paikkakuntaa)</translation>
    </message>
    <message>
        <source>Project &amp;locality</source>
        <translation>Hankkeen &amp;paikkakunta</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>O&amp;soite</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Letter of in&amp;tent</source>
        <translation>&amp;Aiesopimus</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Lisätietoja</translation>
    </message>
</context>
<context>
    <name>EmployerMessages</name>
    <message>
        <source>Job goal: %1</source>
        <translation>Työtavoite: %1</translation>
    </message>
    <message>
        <source>Same locality: %1</source>
        <translation>Sama paikkakunta: %1</translation>
    </message>
</context>
<context>
    <name>EmployerPicker</name>
    <message>
        <source>Type the employer&apos;s name or business ID</source>
        <translation>Kirjoita työnantajan nimi tai Y-tunnus</translation>
    </message>
    <message>
        <source>No employer found.</source>
        <translation>Työnantajaa ei löytynyt.</translation>
    </message>
    <message>
        <source>(no project locality)</source>
        <translation>(ei hankkeen paikkakuntaa)</translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation>Hae sittenkin</translation>
    </message>
    <message>
        <source>New employer&apos;s name</source>
        <translation>Uuden työnantajan nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Project locality</source>
        <translation>Hankkeen paikkakunta</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Create employer “%1”</source>
        <translation>Luo työnantaja ”%1”</translation>
    </message>
    <message>
        <source>Create employer</source>
        <translation>Luo työnantaja</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <source>Filter by name, business ID, municipality or industry</source>
        <translation>Suodata nimen, Y-tunnuksen, kunnan tai toimialan mukaan</translation>
    </message>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Uusi työnantaja…</translation>
    </message>
    <message>
        <source>Add an employer (Ctrl+N)</source>
        <translation>Lisää työnantaja (Ctrl+N)</translation>
    </message>
    <message>
        <source>No employers yet. Add the first one: New employer (Ctrl+N)</source>
        <translation>Ei vielä työnantajia. Lisää ensimmäinen: Uusi työnantaja (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose an employer from the list, or press Ctrl+N to add one.</source>
        <translation>Valitse työnantaja luettelosta tai lisää uusi painamalla Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employer(s)</source>
        <translation>
            <numerusform>%Ln työnantaja</numerusform>
            <numerusform>%Ln työnantajaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Nothing matches the filter. Change or clear it.</source>
        <translation>Mikään ei vastaa suodatinta. Muuta tai tyhjennä se.</translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <source>End service</source>
        <translation>Päätä palvelu</translation>
    </message>
    <message>
        <source>Service ends on</source>
        <translation>Palvelu päättyy</translation>
    </message>
</context>
<context>
    <name>EntryDataDialog</name>
    <message>
        <source>Entry data for the funder</source>
        <translation>Rahoittajan alkutiedot</translation>
    </message>
    <message>
        <source>%1 (from the personal identity code)</source>
        <translation>%1 (henkilötunnuksesta)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Tiedossa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Jokin meni vikaan, eikä toimintoa saatu tehtyä.</translation>
    </message>
    <message>
        <source>Your saved work is safe. If this happens again, tell your administrator and mention this: %1</source>
        <translation>Tallennetut tietosi ovat tallessa. Jos tämä toistuu, kerro pääkäyttäjälle ja mainitse tämä: %1</translation>
    </message>
    <message>
        <source>The record %1 is not on this laptop: it may have been deleted.</source>
        <translation>Tietuetta %1 ei ole tällä koneella: se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>This conflict was resolved already (perhaps on another device).</source>
        <translation>Tämä ristiriita on jo ratkaistu (ehkä toisella laitteella).</translation>
    </message>
    <message>
        <source>Your role may not delete this record.</source>
        <translation>Roolisi ei salli tämän tiedon poistamista.</translation>
    </message>
    <message>
        <source>Records of this kind are not deleted from this laptop.</source>
        <translation>Tällaisia tietoja ei poisteta tältä koneelta.</translation>
    </message>
    <message>
        <source>This profile has no sync server yet: log in first (kentta login --server URL --user NAME, or the Sync page).</source>
        <translation>Tällä profiililla ei vielä ole synkronointipalvelinta: kirjaudu ensin sisään (kentta login --server URL --user NIMI tai Synkronointi-sivu).</translation>
    </message>
    <message>
        <source>This profile has not logged in to a sync server: log in first.</source>
        <translation>Tällä profiililla ei ole kirjauduttu synkronointipalvelimelle: kirjaudu ensin sisään.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the profile stays locked. Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>Väärä tunnuslause: profiili pysyy lukittuna. Tarkista tunnuslause (isot ja pienet kirjaimet erotetaan) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Kenttä is locked: unlock it to continue.</source>
        <translation>Kenttä on lukittu: avaa lukitus jatkaaksesi.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found, so the key cannot be kept there. Set a passphrase instead.</source>
        <translation>Käyttöjärjestelmän avainnippua ei löytynyt, joten avainta ei voi säilyttää siellä. Aseta sen sijaan tunnuslause.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found: set a passphrase (at least %1 characters) to protect the profile&apos;s key.</source>
        <translation>Käyttöjärjestelmän avainnippua ei löytynyt: aseta tunnuslause (vähintään %1 merkkiä) suojaamaan profiilin avainta.</translation>
    </message>
    <message>
        <source>The profile&apos;s key is missing from the OS keyring and the profile has no recovery passphrase. The local data cannot be opened; log in on a new profile to download your synced data from the server.</source>
        <translation>Profiilin avain puuttuu käyttöjärjestelmän avainnipusta, eikä profiililla ole palautustunnuslausetta. Koneen tietoja ei voi avata; kirjaudu sisään uudella profiililla ja lataa synkronoidut tietosi palvelimelta.</translation>
    </message>
    <message>
        <source>The profile&apos;s key is kept in the OS keyring, but no usable keyring was found. Start Kenttä in your desktop session, where the keyring is unlocked.</source>
        <translation>Profiilin avain on käyttöjärjestelmän avainnipussa, mutta avainnippua ei löytynyt. Käynnistä Kenttä työpöytäistunnossasi, jossa avainnippu on avattu.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with, so Kenttä will not use it. Nothing was written to it. Run &apos;kentta check&apos; for the details; restore the profile from a backup, or log in on a new profile to download your data from the server.</source>
        <translation>Tietokantatiedosto on vioittunut tai sitä on muutettu, joten Kenttä ei käytä sitä. Siihen ei kirjoitettu mitään. Katso tarkemmat tiedot komennolla &apos;kentta check&apos;; palauta profiili varmuuskopiosta tai kirjaudu sisään uudella profiililla ja lataa tietosi palvelimelta.</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits.</source>
        <translation>PIN-koodissa on oltava vähintään %1 numeroa.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; the passphrase was not changed.</source>
        <translation>Nykyinen tunnuslause on väärä; tunnuslausetta ei vaihdettu.</translation>
    </message>
    <message>
        <source>The branding file %1 is not valid JSON (line %2): fix it or remove it, then make the form again.</source>
        <translation>Ilmeasetusten tiedosto %1 ei ole kelvollista JSONia (rivi %2): korjaa tai poista se ja tee lomake uudelleen.</translation>
    </message>
    <message>
        <source>Cannot read the branding file %1 (%2); fix or remove it.</source>
        <translation>Ilmeasetusten tiedostoa %1 ei voi lukea (%2); korjaa tai poista se.</translation>
    </message>
    <message>
        <source>The branding file %1 must hold one JSON object; see resources/branding/README.md.</source>
        <translation>Ilmeasetusten tiedostossa %1 on oltava yksi JSON-olio; katso resources/branding/README.md.</translation>
    </message>
    <message>
        <source>The client has no consent in force, so no handover form was made. Record the client&apos;s consent to share information with the employment authority on the client&apos;s page (Consent) first, then make the form.</source>
        <translation>Asiakkaalla ei ole voimassa olevaa suostumusta, joten siirtolomaketta ei tehty. Kirjaa ensin asiakkaan suostumus tietojen luovuttamiseen työvoimaviranomaiselle asiakkaan sivulla (Suostumus) ja tee sitten lomake.</translation>
    </message>
    <message>
        <source>The client&apos;s consent in force does not cover sharing information with the employment authority, so no handover form was made. Record a new consent that covers it on the client&apos;s page (Consent) first, then make the form.</source>
        <translation>Asiakkaan voimassa oleva suostumus ei kata tietojen luovuttamista työvoimaviranomaiselle, joten siirtolomaketta ei tehty. Kirjaa ensin sen kattava uusi suostumus asiakkaan sivulla (Suostumus) ja tee sitten lomake.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and address do not fit in the form&apos;s header; shorten them in organisation.json (see resources/branding/README.md).</source>
        <translation>Organisaation nimi ja osoite eivät mahdu lomakkeen ylätunnisteeseen; lyhennä niitä tiedostossa organisation.json (katso resources/branding/README.md).</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 on kansio. Anna kirjoitettavan tiedoston nimi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Make it first, or choose another place.</source>
        <translation>Kansiota %1 ei ole. Luo se ensin tai valitse toinen paikka.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1 (%2). Choose another place.</source>
        <translation>Kansioon %1 ei voi kirjoittaa (%2). Valitse toinen paikka.</translation>
    </message>
    <message>
        <source>Cannot make a temporary file in the folder %1. Choose another place.</source>
        <translation>Kansioon %1 ei voi tehdä väliaikaista tiedostoa. Valitse toinen paikka.</translation>
    </message>
    <message>
        <source>Cannot write the file %1 (%2). Choose another place.</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa (%2). Valitse toinen paikka.</translation>
    </message>
    <message>
        <source>This was not saved:</source>
        <translation>Tätä ei tallennettu:</translation>
    </message>
    <message>
        <source>This profile belongs to another account that has synced with the server. Log in with that account, or keep this account&apos;s data in another folder (--data-dir).</source>
        <translation>Tämä profiili kuuluu toiselle käyttäjätilille, joka on synkronoinut palvelimen kanssa. Kirjaudu sisään sillä tilillä tai pidä tämän tilin tiedot toisessa kansiossa (--data-dir).</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has columns that the employer list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</source>
        <translation>Mitään ei tuotu: tiedostossa on sarakkeita, joita työnantajaluettelo ei tunne: %1. Nimeä ne uudelleen tai poista ne tiedostosta. Tunnetut sarakkeet: %2.</translation>
    </message>
    <message>
        <source>Only a manager may open the details of a client who is not theirs.</source>
        <translation>Vain esimies voi avata muun kuin oman asiakkaansa tiedot.</translation>
    </message>
    <message>
        <source>The server has no such client: it may have been deleted. Sync, then try again.</source>
        <translation>Palvelimella ei ole tätä asiakasta: se on ehkä poistettu. Synkronoi ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The client&apos;s details are open to you already, or you are assigned to the client: sync to see them.</source>
        <translation>Asiakkaan tiedot ovat jo avoinna sinulle, tai olet asiakkaan vastuutyöntekijä: synkronoi, niin näet ne.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection, then try again. Nothing was opened.</source>
        <translation>Palvelinta %1 ei tavoiteta: tarkista verkkoyhteys ja yritä sitten uudelleen. Mitään ei avattu.</translation>
    </message>
    <message>
        <source>The session with the server has ended: log in again on the Sync page, then try again.</source>
        <translation>Istunto palvelimen kanssa on päättynyt: kirjaudu uudelleen Synkronointi-sivulla ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The server could not open the client&apos;s details now: try again later.</source>
        <translation>Palvelin ei voinut avata asiakkaan tietoja nyt: yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>This profile is not signed in to the sync server: log in on the Sync page.</source>
        <translation>Tämä profiili ei ole kirjautunut synkronointipalvelimelle: kirjaudu Synkronointi-sivulla.</translation>
    </message>
    <message>
        <source>This laptop holds the figures of this client only, so no summary can be made here; the client&apos;s assigned staff can make it.</source>
        <translation>Tällä koneella on tästä asiakkaasta vain tilastotiedot, joten yhteenvetoa ei voi tehdä täällä; asiakkaan vastuutyöntekijät voivat tehdä sen.</translation>
    </message>
    <message>
        <source>Only career coaches and managers may ask to be assigned to a client.</source>
        <translation>Vain uravalmentajat ja projektipäälliköt voivat pyytää nimeämistä asiakkaalle.</translation>
    </message>
    <message>
        <source>The server has no such client any more: it may have been deleted.</source>
        <translation>Palvelimella ei ole enää tätä asiakasta: se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>You are assigned to this client already: sync to see it.</source>
        <translation>Sinut on jo nimetty tälle asiakkaalle: synkronoi, niin näet sen.</translation>
    </message>
    <message>
        <source>The request could not be sent to the server now: check the network connection, then try again.</source>
        <translation>Pyyntöä ei voitu lähettää palvelimelle nyt: tarkista verkkoyhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This person may already be a client on this laptop (%1 possible matches): open the existing client, or create the new one anyway.</source>
        <translation>Tämä henkilö voi olla jo asiakkaana tällä koneella (%1 mahdollista osumaa): avaa olemassa oleva asiakas tai luo uusi silti.</translation>
    </message>
    <message>
        <source>Only a manager can move clients to another staff member.</source>
        <translation>Vain esihenkilö voi siirtää asiakkaita toiselle työntekijälle.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has columns that the client list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</source>
        <translation>Mitään ei tuotu: tiedostossa on sarakkeita, joita asiakasluettelo ei tunne: %1. Nimeä ne uudelleen tai poista ne tiedostosta. Tunnetut sarakkeet: %2.</translation>
    </message>
    <message>
        <source>The file is %1 MB, larger than the organisation&apos;s limit of %2 MB. Nothing was saved: make the file smaller (scan at a lower resolution, or in parts) and attach it again.</source>
        <translation>Tiedosto on %1 Mt, suurempi kuin organisaation raja %2 Mt. Mitään ei tallennettu: pienennä tiedostoa (skannaa pienemmällä tarkkuudella tai osissa) ja liitä se uudelleen.</translation>
    </message>
    <message>
        <source>This file cannot be attached: its content is not a PDF, JPEG, PNG, DOCX or ODT file (whatever its name says). Save or scan it as a PDF and attach that.</source>
        <translation>Tiedostoa ei voi liittää: sen sisältö ei ole PDF-, JPEG-, PNG-, DOCX- tai ODT-tiedosto (mitä nimi sitten sanookin). Tallenna tai skannaa se PDF:ksi ja liitä se.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Nothing was saved: attach it again.</source>
        <translation>Tiedosto muuttui liittämisen aikana. Mitään ei tallennettu: liitä se uudelleen.</translation>
    </message>
    <message>
        <source>The file is not on this laptop yet: synchronise and try again.</source>
        <translation>Tiedosto ei ole vielä tällä koneella: synkronoi ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New recruitment event</source>
        <translation>Uusi rekrytointitapahtuma</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Rekrytointitapahtuma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <source>Search employers; Enter ticks</source>
        <translation>Hae työnantajia; Enter valitsee</translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation>Muita osallistujia</translation>
    </message>
    <message>
        <source>People who are not the project&apos;s clients: their number only.</source>
        <translation>Henkilöt, jotka eivät ole hankkeen asiakkaita: vain heidän määränsä.</translation>
    </message>
    <message>
        <source>Of them hired</source>
        <translation>Heistä työllistyi</translation>
    </message>
    <message numerus="yes">
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
        <source>Työkohtaamo</source>
        <translation>Työkohtaamo</translation>
    </message>
    <message>
        <source>Remote recruitment</source>
        <translation>Etärekrytointi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Choose an event from the list, or make a new one with Ctrl+N.</source>
        <translation>Valitse tapahtuma luettelosta tai luo uusi painamalla Ctrl+N.</translation>
    </message>
    <message>
        <source>Ed&amp;it event…</source>
        <translation>Muokkaa t&amp;apahtumaa…</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <source>Search clients by name; Enter adds</source>
        <translation>Hae asiakkaita nimellä; Enter lisää</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Lisää osallistuja</translation>
    </message>
    <message>
        <source>&amp;Remove participant…</source>
        <translation>&amp;Poista osallistuja…</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>Poi&amp;sta tapahtuma…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>No employers yet.</source>
        <translation>Ei vielä työnantajia.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osallistuja</numerusform>
            <numerusform>%n osallistujaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hired</source>
        <translation>
            <numerusform>%n palkattu</numerusform>
            <numerusform>%n palkattu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>others: %n, of them hired %1</source>
        <translation>
            <numerusform>muita: %n, heistä työllistyi %1</numerusform>
            <numerusform>muita: %n, heistä työllistyi %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Filter by name or place</source>
        <translation>Suodata nimen tai paikan mukaan</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Uusi tapahtuma…</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>Uusi tapahtuma (Ctrl+N)</translation>
    </message>
    <message>
        <source>No events yet. Add the first one: New event (Ctrl+N)</source>
        <translation>Ei vielä tapahtumia. Lisää ensimmäinen: Uusi tapahtuma (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ExitDataDialog</name>
    <message>
        <source>Exit data for the funder</source>
        <translation>Rahoittajan lopputiedot</translation>
    </message>
    <message>
        <source>The service has not ended: end it first (End service…), then the exit data can be saved.</source>
        <translation>Palvelu ei ole päättynyt: päätä se ensin (Päätä palvelu…), sitten lopputiedot voi tallentaa.</translation>
    </message>
    <message>
        <source>The last situation in the four weeks counts.</source>
        <translation>Neljän viikon viimeisin tilanne ratkaisee.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Type a date as day.month.year, for example 22.11.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 22.11.2026.</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 22.11.2026 14.30.</source>
        <translation>Kirjoita päivämäärä ja kellonaika, esimerkiksi 22.11.2026 14.30.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Kirjoita kokonaisluku.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Valitse jokin tarjotuista vaihtoehdoista.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>Say why you open this client, in a few words at least: the client&apos;s staff and the audit trail will see it.</source>
        <translation>Kerro ainakin muutamalla sanalla, miksi avaat tämän asiakkaan: asiakkaan vastuutyöntekijät ja käyttöloki näkevät sen.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Loppu ei voi olla ennen alkua.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the visit.</source>
        <translation>Seurantapäivä ei voi olla ennen käyntiä.</translation>
    </message>
    <message>
        <source>Alternative recruitment cannot be taken up before the briefing is given.</source>
        <translation>Vaihtoehtoista rekrytointia ei voi ottaa käyttöön ennen kuin siitä on kerrottu.</translation>
    </message>
    <message>
        <source>The business ID is not of the form 1234567-8.</source>
        <translation>Y-tunnuksen muoto ei ole 1234567-8.</translation>
    </message>
    <message>
        <source>The business ID has a wrong check digit: check the number.</source>
        <translation>Y-tunnuksen tarkistusnumero on väärä: tarkista tunnus.</translation>
    </message>
    <message>
        <source>The personal identity code is not of the form DDMMYYCZZZQ.</source>
        <translation>Henkilötunnuksen muoto ei ole PPKKVVYNNNT.</translation>
    </message>
    <message>
        <source>The personal identity code has a wrong check character: check it.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä: tarkista tunnus.</translation>
    </message>
    <message>
        <source>An employer with this business ID is already recorded.</source>
        <translation>Työnantaja, jolla on tämä Y-tunnus, on jo kirjattu.</translation>
    </message>
    <message>
        <source>The client is already a participant of this event.</source>
        <translation>Asiakas on jo tämän tapahtuman osallistuja.</translation>
    </message>
    <message>
        <source>The service has no start date, so it cannot end.</source>
        <translation>Palvelulla ei ole alkamispäivää, joten sitä ei voi päättää.</translation>
    </message>
    <message>
        <source>A transition cannot start before the client&apos;s service.</source>
        <translation>Siirtymä ei voi alkaa ennen asiakkaan palvelun alkua.</translation>
    </message>
    <message>
        <source>An assigned staff member is not known on this laptop.</source>
        <translation>Yksi vastuutyöntekijöistä ei ole tiedossa tällä kannettavalla.</translation>
    </message>
    <message>
        <source>Choose another staff member than the one the clients are moved from.</source>
        <translation>Valitse eri työntekijä kuin se, jolta asiakkaat siirretään.</translation>
    </message>
    <message>
        <source>An administrator cannot be assigned clients.</source>
        <translation>Pääkäyttäjälle ei voi antaa asiakkaita.</translation>
    </message>
    <message>
        <source>Nothing to change: these clients already have this staff.</source>
        <translation>Ei muutettavaa: näillä asiakkailla on jo nämä työntekijät.</translation>
    </message>
    <message>
        <source>An assigned staff member is not known to the server.</source>
        <translation>Yksi vastuutyöntekijöistä ei ole palvelimen tiedossa.</translation>
    </message>
    <message>
        <source>This contact works for another employer.</source>
        <translation>Tämä yhteyshenkilö työskentelee toisella työnantajalla.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s employment area: a form for the authority is addressed to it.</source>
        <translation>Valitse asiakkaan työllisyysalue: viranomaiselle tehty lomake osoitetaan sille.</translation>
    </message>
    <message>
        <source>Long-term unemployed needs the labour market status &apos;unemployed&apos;.</source>
        <translation>Pitkäaikaistyöttömyys edellyttää työmarkkina-asemaa ”työtön”.</translation>
    </message>
    <message>
        <source>A EURA date needs the data entered (by the participant or by staff).</source>
        <translation>EURA-päivämäärä edellyttää, että tiedot on syötetty (osallistujan tai henkilöstön toimesta).</translation>
    </message>
    <message>
        <source>Data at exit needs the service&apos;s end date (the exit date).</source>
        <translation>Poistumisvaiheen tiedot edellyttävät palvelun päättymispäivää (poistumispäivä).</translation>
    </message>
    <message>
        <source>More people cannot be hired than took part.</source>
        <translation>Työllistyneitä ei voi olla enemmän kuin osallistujia.</translation>
    </message>
    <message>
        <source>This is too long: shorten it.</source>
        <translation>Tämä on liian pitkä: lyhennä sitä.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>Tämä on liian lyhyt.</translation>
    </message>
    <message>
        <source>The text holds a control character that cannot be saved: type it again.</source>
        <translation>Tekstissä on ohjausmerkki, jota ei voi tallentaa: kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>The record has been deleted; restore it first.</source>
        <translation>Tieto on poistettu; palauta se ensin.</translation>
    </message>
    <message>
        <source>The record cannot be restored with these values.</source>
        <translation>Tietoa ei voi palauttaa näillä arvoilla.</translation>
    </message>
    <message>
        <source>The text is too short.</source>
        <translation>Teksti on liian lyhyt.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Teksti on liian pitkä.</translation>
    </message>
    <message>
        <source>Type text here.</source>
        <translation>Kirjoita tähän tekstiä.</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>Tämä ei ole odotetussa muodossa.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Kirjoita luku.</translation>
    </message>
    <message>
        <source>The number is too small.</source>
        <translation>Luku on liian pieni.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Luku on liian suuri.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Valitse kyllä tai ei.</translation>
    </message>
    <message>
        <source>Give a date without a time of day.</source>
        <translation>Anna päivämäärä ilman kellonaikaa.</translation>
    </message>
    <message>
        <source>Choose a record from the list.</source>
        <translation>Valitse tieto luettelosta.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Valitse luettelosta.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Tämä arvo ei kelpaa.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>Tämä ei ole päivämäärä.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2199.</source>
        <translation>Vuoden on oltava 1900–2199.</translation>
    </message>
    <message>
        <source>This is not a time of day.</source>
        <translation>Tämä ei ole kellonaika.</translation>
    </message>
    <message>
        <source>The business ID %1 is not of the form 1234567-8.</source>
        <translation>Y-tunnuksen %1 muoto ei ole 1234567-8.</translation>
    </message>
    <message>
        <source>The business ID %1 has a wrong check digit: check the number.</source>
        <translation>Y-tunnuksen %1 tarkistusnumero on väärä: tarkista tunnus.</translation>
    </message>
    <message>
        <source>An employer with business ID %1 is already recorded.</source>
        <translation>Työnantaja, jonka Y-tunnus on %1, on jo kirjattu.</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as day.month.year, for example 22.11.2026.</source>
        <translation>%1 ei ole päivämäärä: kirjoita se muodossa päivä.kuukausi.vuosi, esimerkiksi 22.11.2026.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 ei ole päivämäärä.</translation>
    </message>
    <message>
        <source>%1: the year must be from 1900 to 2199.</source>
        <translation>%1: vuoden on oltava 1900–2199.</translation>
    </message>
    <message>
        <source>%1 is not a date and a time: type them as 22.11.2026 14.30.</source>
        <translation>%1 ei ole päivämäärä ja kellonaika: kirjoita ne muodossa 22.11.2026 14.30.</translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation>%1 ei ole kellonaika.</translation>
    </message>
    <message>
        <source>A SHA-256 checksum is 64 lower-case hexadecimal digits.</source>
        <translation>SHA-256-tarkiste on 64 heksadesimaalinumeroa pienin kirjaimin.</translation>
    </message>
    <message>
        <source>The client has no handover form with this document number.</source>
        <translation>Asiakkaalla ei ole siirtolomaketta tällä asiakirjanumerolla.</translation>
    </message>
    <message>
        <source>Only a signed handover form names a form&apos;s document number.</source>
        <translation>Vain allekirjoitettu siirtolomake voi nimetä lomakkeen asiakirjanumeron.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <source>At an event</source>
        <translation>Tapahtumassa</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Arviointipäivä</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Vastuutyöntekijät</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Break-glass access lasts (hours)</source>
        <translation>Asiakastietojen avaus kestää (tuntia)</translation>
    </message>
    <message>
        <source>Alternative recruitment briefing given</source>
        <translation>Vaihtoehtoisesta rekrytoinnista kerrottu</translation>
    </message>
    <message>
        <source>Alternative recruitment taken up</source>
        <translation>Vaihtoehtoinen rekrytointi otettu käyttöön</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Consent confirmed</source>
        <translation>Suostumus varmistettu</translation>
    </message>
    <message>
        <source>Contact met</source>
        <translation>Tavattu yhteyshenkilö</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Asiakirjanumero</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Tapahtuman tyyppi</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Täytetty</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Täyttöpäivä</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seurantapäivä</translation>
    </message>
    <message>
        <source>Follow-up done by</source>
        <translation>Seurannan teki</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>Seuranta tehty</translation>
    </message>
    <message>
        <source>For the employment authority</source>
        <translation>Työllisyysalueelle (viranomaiselle)</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Löydetty</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Toimintakyky</translation>
    </message>
    <message>
        <source>Further plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <source>Need for further support</source>
        <translation>Jatkotuen tarve</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Avattu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Hidden job</source>
        <translation>Piilotyöpaikka</translation>
    </message>
    <message>
        <source>Hidden jobs</source>
        <translation>Piilotyöpaikat</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Palkattu</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Palkkaaja</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Interest in apprenticeship</source>
        <translation>Kiinnostus oppisopimuskoulutukseen</translation>
    </message>
    <message>
        <source>Interest in Työkohtaamo (recruitment event)</source>
        <translation>Kiinnostus Työkohtaamoon (rekrytointitapahtuma)</translation>
    </message>
    <message>
        <source>Interest in recruitment training</source>
        <translation>Kiinnostus RekryKoulutukseen</translation>
    </message>
    <message>
        <source>Interest in wage subsidy</source>
        <translation>Kiinnostus palkkatukeen</translation>
    </message>
    <message>
        <source>Interest in work trial</source>
        <translation>Kiinnostus työkokeiluun</translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation>Työtavoitteet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Aiesopimus</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Paikkakunnat</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Muistiinpanon tyyppi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ammatti</translation>
    </message>
    <message>
        <source>Titles of the open positions</source>
        <translation>Avointen työpaikkojen tehtävänimikkeet</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Avoimet työpaikat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Yhteistyökumppanit</translation>
    </message>
    <message>
        <source>PDF checksum</source>
        <translation>PDF:n tarkistussumma</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tiedon tyyppi</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjaustapa</translation>
    </message>
    <message>
        <source>Recruitment needs</source>
        <translation>Rekrytointitarpeet</translation>
    </message>
    <message>
        <source>Description of the recruitment needs</source>
        <translation>Rekrytointitarpeiden kuvaus</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Ohjauspäivä</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Retention (months)</source>
        <translation>Säilytysaika (kuukautta)</translation>
    </message>
    <message>
        <source>Undo period for deletes (days)</source>
        <translation>Poiston peruutusaika (päivää)</translation>
    </message>
    <message>
        <source>Funder&apos;s optional questions asked</source>
        <translation>Rahoittajan valinnaiset kysymykset</translation>
    </message>
    <message>
        <source>Employment areas</source>
        <translation>Työllisyysalueet</translation>
    </message>
    <message>
        <source>Employment area</source>
        <translation>Työllisyysalue</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Labour market status at entry</source>
        <translation>Työmarkkina-asema tullessa</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyötön</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Koulutustaso</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Vammaisuus</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Kolmannen maan kansalainen</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Ulkomaalaistausta</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Vähemmistö</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Asunnoton tai asuntomarkkinoilta syrjäytynyt</translation>
    </message>
    <message>
        <source>EURA entry data</source>
        <translation>EURA-alkutiedot</translation>
    </message>
    <message>
        <source>EURA entry data on</source>
        <translation>EURA-alkutiedot päivänä</translation>
    </message>
    <message>
        <source>EURA exit data</source>
        <translation>EURA-lopputiedot</translation>
    </message>
    <message>
        <source>EURA exit data on</source>
        <translation>EURA-lopputiedot päivänä</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Tilanne poistuttaessa</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Tutkinto tai pätevyys saatu</translation>
    </message>
    <message>
        <source>Situation six months after leaving</source>
        <translation>Tilanne kuusi kuukautta poistumisen jälkeen</translation>
    </message>
    <message>
        <source>Returning client of</source>
        <translation>Palaava asiakas, aiempi asiakkuus</translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation>Muita osallistujia</translation>
    </message>
    <message>
        <source>Of them hired</source>
        <translation>Heistä työllistyi</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>Palvelun loppu</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Palvelun alku</translation>
    </message>
    <message>
        <source>Share with the employment authority</source>
        <translation>Luovutetaan työvoimaviranomaiselle</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Luovutetaan yhteistyökumppaneille</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Kind of transition</source>
        <translation>Siirtymän tyyppi</translation>
    </message>
    <message>
        <source>Second factor (TOTP) for all staff</source>
        <translation>Kaksivaiheinen tunnistautuminen (TOTP) kaikille työntekijöille</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Päivä ja kellonaika</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Työkyky</translation>
    </message>
    <message>
        <source>Work done during the service</source>
        <translation>Palvelun aikana tehty työ</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tiedoston laji</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Suurin liite (Mt)</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>Liitetty</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tiedostonimi</translation>
    </message>
    <message>
        <source>Handover form signed</source>
        <translation>Allekirjoitettu siirtolomake</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>Tiedostotyyppi</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Tarkiste (SHA-256)</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Koko (tavua)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Osuus joukosta</translation>
    </message>
    <message>
        <source>Share of: %1</source>
        <translation>Osuus joukosta: %1</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Miksi sitä ei lähetetty</translation>
    </message>
    <message>
        <source>These files stay on this laptop; their records were sent. Records and other files go on syncing. When the cause is fixed, try again.</source>
        <translation>Nämä tiedostot jäävät tälle koneelle; niiden tietueet lähetettiin. Tietueet ja muut tiedostot synkronoituvat edelleen. Kun syy on korjattu, yritä uudelleen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Download my clients&apos; attachments during sync (otherwise when a file is first opened)</source>
        <translation>Lataa asiakkaideni liitteet synkronoinnin aikana (muuten vasta, kun tiedosto avataan ensimmäisen kerran)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mt</translation>
    </message>
    <message>
        <source>Not sent after %1 tries.</source>
        <translation>Ei lähetetty %1 yrityksen jälkeen.</translation>
    </message>
    <message>
        <source>The server refused it: larger than the organisation&apos;s limit. Server&apos;s message: %1</source>
        <translation>Palvelin torjui sen: suurempi kuin organisaation raja. Palvelimen viesti: %1</translation>
    </message>
    <message>
        <source>The server refused it. Server&apos;s message: %1</source>
        <translation>Palvelin torjui sen. Palvelimen viesti: %1</translation>
    </message>
    <message>
        <source>The server does not have its record (yet): sync again, or check that the record was not refused.</source>
        <translation>Palvelimella ei ole (vielä) sen tietuetta: synkronoi uudelleen tai tarkista, ettei tietuetta torjuttu.</translation>
    </message>
    <message>
        <source>The connection was lost during the transfer.</source>
        <translation>Yhteys katkesi siirron aikana.</translation>
    </message>
    <message>
        <source>The server could not take it now (%1).</source>
        <translation>Palvelin ei voinut ottaa sitä nyt vastaan (%1).</translation>
    </message>
    <message>
        <source>The content arrived damaged and was discarded.</source>
        <translation>Sisältö saapui vioittuneena ja hylättiin.</translation>
    </message>
    <message>
        <source>Larger than the organisation&apos;s limit of %1 MB, so the server refused it. Make the file smaller and attach it again.</source>
        <translation>Suurempi kuin organisaation %1 Mt:n raja, joten palvelin torjui sen. Pienennä tiedostoa ja liitä se uudelleen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ei lähetetty: %1</translation>
    </message>
</context>
<context>
    <name>FilledDialog</name>
    <message>
        <source>Position filled: %1</source>
        <translation>Työpaikka täytetty: %1</translation>
    </message>
    <message>
        <source>&amp;Filled on</source>
        <translation>&amp;Täytetty</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>FunderDataDialog</name>
    <message>
        <source>Known</source>
        <translation>Tiedossa</translation>
    </message>
</context>
<context>
    <name>FunderFields</name>
    <message>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Labour market status at entry</source>
        <translation>Työmarkkina-asema tullessa</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyötön</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Koulutustaso</translation>
    </message>
    <message>
        <source>EURA entry data</source>
        <translation>EURA-alkutiedot</translation>
    </message>
    <message>
        <source>EURA date</source>
        <translation>EURA-päivämäärä</translation>
    </message>
    <message>
        <source>Exit date (service end)</source>
        <translation>Poistumispäivä (palvelun päättyminen)</translation>
    </message>
    <message>
        <source>Situation within four weeks of leaving</source>
        <translation>Tilanne neljän viikon kuluessa lähtemisestä</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Tutkinto tai pätevyys</translation>
    </message>
    <message>
        <source>Situation six months after leaving</source>
        <translation>Tilanne kuuden kuukauden kuluttua</translation>
    </message>
    <message>
        <source>EURA exit data</source>
        <translation>EURA-lopputiedot</translation>
    </message>
</context>
<context>
    <name>FunderSection</name>
    <message>
        <source>Funder&apos;s data (ESF+)</source>
        <translation>Rahoittajan tiedot (ESR+)</translation>
    </message>
    <message>
        <source>Edit entry data…</source>
        <translation>Muokkaa alkutietoja…</translation>
    </message>
    <message>
        <source>Edit exit data…</source>
        <translation>Muokkaa lopputietoja…</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Puuttuu: %1</translation>
    </message>
    <message>
        <source>Everything the funder asks is recorded.</source>
        <translation>Kaikki rahoittajan kysymät tiedot on kirjattu.</translation>
    </message>
    <message>
        <source>long-term unemployed: %1</source>
        <translation>pitkäaikaistyötön: %1</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Hylätäänkö kirjoittamasi?</translation>
    </message>
    <message>
        <source>What you typed in this window will be lost.</source>
        <translation>Tähän ikkunaan kirjoittamasi tiedot menetetään.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover form</source>
        <translation>Lopettamis-/siirtolomake</translation>
    </message>
    <message>
        <source>Work done during the service</source>
        <translation>Palvelun aikana tehty työ</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Vahvuudet</translation>
    </message>
    <message>
        <source>Further plan</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <source>Need for further support</source>
        <translation>Jatkotuen tarve</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>For the employment authority</source>
        <translation>Työllisyysalueelle (viranomaiselle)</translation>
    </message>
    <message>
        <source>The form is addressed to the employment authority and prints the full personal identity code; otherwise the code is masked.</source>
        <translation>Lomake osoitetaan työvoimaviranomaiselle, ja siihen tulostetaan koko henkilötunnus; muuten tunnus on peitetty.</translation>
    </message>
    <message>
        <source>for example: Oulun seudun työllisyysalue</source>
        <translation>esimerkiksi: Oulun seudun työllisyysalue</translation>
    </message>
    <message>
        <source>The employment area the form is addressed to: since 1 January 2025 the municipalities&apos; employment areas provide the services.</source>
        <translation>Työllisyysalue, jolle lomake osoitetaan: 1.1.2025 alkaen työvoimapalvelut järjestävät kuntien työllisyysalueet.</translation>
    </message>
    <message>
        <source>optional: protects the saved PDF</source>
        <translation>vapaaehtoinen: suojaa tallennetun PDF:n</translation>
    </message>
    <message>
        <source>For sending the form by e-mail: the saved PDF opens only with this password (at least 8 characters). Give the password another way.</source>
        <translation>Lomakkeen lähettämiseen sähköpostilla: tallennettu PDF aukeaa vain tällä salasanalla (vähintään 8 merkkiä). Kerro salasana muuta kautta.</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Lomakkeen kieli</translation>
    </message>
    <message>
        <source>E&amp;mployment area</source>
        <translation>Työllisyys&amp;alue</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF-salasana</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Reading the client&apos;s records…</source>
        <translation>Luetaan asiakkaan tietoja…</translation>
    </message>
    <message>
        <source>Choose or type the client&apos;s employment area: the form is addressed to it.</source>
        <translation>Valitse tai kirjoita asiakkaan työllisyysalue: lomake osoitetaan sille.</translation>
    </message>
    <message>
        <source>No form can be made until the consent is recorded.</source>
        <translation>Lomaketta ei voi tehdä ennen kuin suostumus on kirjattu.</translation>
    </message>
    <message>
        <source>Latest form made for this client: %1.</source>
        <translation>Viimeisin tälle asiakkaalle tehty lomake: %1.</translation>
    </message>
    <message>
        <source>Nothing was made.</source>
        <translation>Mitään ei tehty.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Tehdään esikatselua…</translation>
    </message>
    <message>
        <source>Preview: a draft without a document number, not for signing.</source>
        <translation>Esikatselu: luonnos ilman asiakirjanumeroa, ei allekirjoitettavaksi.</translation>
    </message>
    <message>
        <source>Making the form…</source>
        <translation>Tehdään lomaketta…</translation>
    </message>
    <message>
        <source>Form %1 is unchanged; it keeps its number.</source>
        <translation>Lomake %1 on ennallaan, joten sen numero pysyy samana.</translation>
    </message>
    <message>
        <source>Form %1 made.</source>
        <translation>Lomake %1 tehty.</translation>
    </message>
    <message>
        <source>Sending form %1 to the printer…</source>
        <translation>Lomake %1 lähetetään tulostimelle…</translation>
    </message>
    <message>
        <source>Form %1 sent to the printer.</source>
        <translation>Lomake %1 lähetetty tulostimelle.</translation>
    </message>
    <message>
        <source>The form was not printed.</source>
        <translation>Lomaketta ei tulostettu.</translation>
    </message>
    <message>
        <source>The PDF password needs at least 8 characters; nothing was saved.</source>
        <translation>PDF-salasanassa on oltava vähintään 8 merkkiä; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Save the handover form</source>
        <translation>Tallenna lopettamis-/siirtolomake</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Form %1 saved to %2.</source>
        <translation>Lomake %1 tallennettu: %2.</translation>
    </message>
</context>
<context>
    <name>LetterOfIntentDialog</name>
    <message>
        <source>Letter of intent</source>
        <translation>Aiesopimus</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Letter of &amp;intent</source>
        <translation>&amp;Aiesopimus</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Kenttä is locked</source>
        <translation>Kenttä on lukittu</translation>
    </message>
    <message>
        <source>Enter your PIN or passphrase to continue.</source>
        <translation>Jatka antamalla PIN-koodi tai tunnuslause.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in to your organisation&apos;s Kenttä server to send your work and receive your colleagues&apos;. The first sync downloads everything you may see.</source>
        <translation>Kirjaudu organisaatiosi Kenttä-palvelimelle, niin voit lähettää omat tietosi ja vastaanottaa kollegoidesi tiedot. Ensimmäinen synkronointi lataa kaiken, mitä sinulla on oikeus nähdä.</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Käytä varakoodia</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Varakoodi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Give the server address, your username and your password.</source>
        <translation>Anna palvelimen osoite, käyttäjätunnuksesi ja salasanasi.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Type one of your recovery codes. Each works once.</source>
        <translation>Kirjoita yksi varakoodeistasi. Kukin toimii kerran.</translation>
    </message>
    <message>
        <source>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</source>
        <translation>Tällä tunnuksella on kaksivaiheinen tunnistautuminen: kirjoita puhelimesi todennussovelluksen nyt näyttämä 6-numeroinen koodi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>About Kenttä</source>
        <translation>Tietoja Kentästä</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln muutos odottaa lähettämistä</numerusform>
            <numerusform>%Ln muutosta odottaa lähettämistä</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About Kenttä</source>
        <translation>&amp;Tietoja Kentästä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Kenttä %1
Offline field work for employment projects.</source>
        <translation>Kenttä %1
Kenttätyö ilman verkkoyhteyttä työllisyyshankkeisiin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: enter the passphrase.</source>
        <translation>Liian monta väärää PIN-koodia: anna tunnuslause.</translation>
    </message>
    <message>
        <source>Wrong PIN or passphrase.</source>
        <translation>Väärä PIN-koodi tai tunnuslause.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Matching clients: %1</source>
        <translation>Sopivat asiakkaat: %1</translation>
    </message>
    <message>
        <source>Clients in service on this laptop whose job goals or locality fit “%1”, best first. Double-click or press Enter to open a client.</source>
        <translation>Tällä kannettavalla olevat palvelussa olevat asiakkaat, joiden työtavoitteet tai paikkakunta sopivat työpaikkaan ”%1”, parhaat ensin. Avaa asiakas kaksoisnapsauttamalla tai painamalla Enteriä.</translation>
    </message>
    <message>
        <source>Looking for matching clients…</source>
        <translation>Etsitään sopivia asiakkaita…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) fit this position.</source>
        <translation>
            <numerusform>%n asiakas sopii tähän työpaikkaan.</numerusform>
            <numerusform>%n asiakasta sopii tähän työpaikkaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client in service fits this position.</source>
        <translation>Yksikään palvelussa oleva asiakas ei sovi tähän työpaikkaan.</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Peruste</translation>
    </message>
</context>
<context>
    <name>MoveFollowUpDialog</name>
    <message>
        <source>Move the follow-up</source>
        <translation>Siirrä seuranta</translation>
    </message>
    <message>
        <source>New follow-up date</source>
        <translation>Uusi seurantapäivä</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>Leave the follow-up where it is?</source>
        <translation>Jätetäänkö seuranta ennalleen?</translation>
    </message>
    <message>
        <source>The new date you typed is not used.</source>
        <translation>Kirjoittamaasi uutta päivää ei käytetä.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Jätä ennalleen</translation>
    </message>
    <message>
        <source>Type a date as 24.12.2026, or pick one from the calendar (Alt+Down).</source>
        <translation>Kirjoita päivä muodossa 24.12.2026 tai valitse se kalenterista (Alt+Alas).</translation>
    </message>
</context>
<context>
    <name>MyRequestsNotice</name>
    <message>
        <source>You asked on %1 to be assigned to a client of a colleague: waiting for their decision.</source>
        <translation>Pyysit %1 nimeämistä työtoverin asiakkaalle: pyyntö odottaa päätöstä.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Työtoveri</translation>
    </message>
    <message>
        <source>%1 accepted your request to be assigned to %2.</source>
        <translation>%1 hyväksyi pyyntösi: sinut nimettiin asiakkaan %2 vastuuhenkilöksi.</translation>
    </message>
    <message>
        <source>%1 accepted your request to be assigned to a client: the client comes with the next sync.</source>
        <translation>%1 hyväksyi pyyntösi tulla nimetyksi asiakkaalle: asiakas tulee seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>%1 declined your request of %2 to be assigned to a client.</source>
        <translation>%1 hylkäsi pyyntösi (%2) tulla nimetyksi asiakkaalle.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa muistiinpanoa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Yhteistyökumppanit</translation>
    </message>
    <message>
        <source>Who took part in the joint meeting</source>
        <translation>Ketkä osallistuivat yhteistapaamiseen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>Lis&amp;ää muistiinpano…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Muokkaa muistiinpanoa…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Poista muistiinpano…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Palkattu</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Palkkaaja</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Every session of the account ends: its laptops ask for the new password at their next sync.</source>
        <translation>Uusi salasana käyttäjälle %1 (%2). Tilin kaikki istunnot päättyvät: sen koneet kysyvät uutta salasanaa seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Let the server make a password (shown once)</source>
        <translation>Anna palvelimen tehdä salasana (näytetään kerran)</translation>
    </message>
    <message>
        <source>Set this password:</source>
        <translation>Aseta tämä salasana:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Press Preview to see the form here.</source>
        <translation>Näet lomakkeen tässä painamalla Esikatsele.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>New open position</source>
        <translation>Uusi avoin työpaikka</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tehtävänimike</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Ammatti</translation>
    </message>
    <message>
        <source>for example: welder, cook, practical nurse</source>
        <translation>esimerkiksi: hitsaaja, kokki, lähihoitaja</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Määrä</translation>
    </message>
    <message>
        <source>Hidden job (not advertised)</source>
        <translation>Piilotyöpaikka (ei ilmoitettu julkisesti)</translation>
    </message>
    <message>
        <source>&amp;Hidden</source>
        <translation>P&amp;iilossa</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>&amp;Löydetty</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Hidden job</source>
        <translation>Piilotyöpaikka</translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <source>Add position</source>
        <translation>Lisää työpaikka</translation>
    </message>
    <message>
        <source>Add a row (Insert in the table)</source>
        <translation>Lisää rivi (Insert taulukossa)</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Poista työpaikka</translation>
    </message>
    <message>
        <source>Remove the current row (Delete in the table)</source>
        <translation>Poista valittu rivi (Delete taulukossa)</translation>
    </message>
    <message>
        <source>Positions found on this visit are kept with the employer.</source>
        <translation>Käynnillä löydetyt työpaikat tallennetaan työnantajan tietoihin.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
</context>
<context>
    <name>PrefillSummary</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Palvelujakso</translation>
    </message>
    <message>
        <source>Career coach</source>
        <translation>Uravalmentaja</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <source>Results (transitions)</source>
        <translation>Tulokset (siirtymät)</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Arvion yhteenveto</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>jatkuu</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ei alkanut</translation>
    </message>
    <message>
        <source>no assigned coach</source>
        <translation>ei nimettyä uravalmentajaa</translation>
    </message>
    <message>
        <source>No transitions recorded.</source>
        <translation>Siirtymiä ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Not in force for the employment authority.</source>
        <translation>Ei voimassa työvoimaviranomaisen osalta.</translation>
    </message>
    <message>
        <source>Given on %1 (%2); covers the employment authority.</source>
        <translation>Annettu %1 (%2); kattaa työvoimaviranomaisen.</translation>
    </message>
    <message>
        <source>No assessment summary recorded.</source>
        <translation>Arvion yhteenvetoa ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Included (assessment of %1); the consent covers it.</source>
        <translation>Mukana (arvio %1); suostumus kattaa sen.</translation>
    </message>
    <message>
        <source>Not included: the consent covers it for the authority only.</source>
        <translation>Ei mukana: suostumus kattaa sen vain viranomaisen osalta.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>%1 – Kenttä</source>
        <translation>%1 – Kenttä</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedostot &amp;tyyppiä:</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>No sync yet.</source>
        <translation>Ei vielä synkronointia.</translation>
    </message>
    <message>
        <source>Sync finished at %1.</source>
        <translation>Synkronointi valmistui %1.</translation>
    </message>
    <message>
        <source>Sync cancelled at %1. What was sent or received is kept.</source>
        <translation>Synkronointi peruutettiin %1. Se, mikä ehdittiin lähettää tai vastaanottaa, säilyy.</translation>
    </message>
    <message>
        <source>Sync stopped at %1.</source>
        <translation>Synkronointi keskeytyi %1.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Lähetetty: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Vastaanotettu: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Hylätty: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 open</source>
        <translation>Ristiriidat: uusia %1, avoimia %2</translation>
    </message>
    <message>
        <source>%1 of the sent changes were merged with other devices&apos; changes.</source>
        <translation>Lähetetyistä muutoksista %1 yhdistettiin muiden laitteiden muutoksiin.</translation>
    </message>
    <message>
        <source>%1 records were removed from this laptop: they were reassigned or purged.</source>
        <translation>Tältä kannettavalta poistettiin tietoja: %1. Ne siirrettiin toisen vastuulle tai hävitettiin.</translation>
    </message>
    <message>
        <source>%1 refused records wait for you to edit them (see Set aside).</source>
        <translation>Hylättyjä tietoja odottaa muokkaustasi: %1 (katso Sivuun siirretyt).</translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup; %n of your change(s) made since then were sent again. This laptop now holds the server&apos;s copies of everything else.</source>
        <translation>
            <numerusform>Palvelin palautettiin varmuuskopiosta; %n sen jälkeen tekemäsi muutos lähetettiin uudelleen. Kaikesta muusta tällä kannettavalla on nyt palvelimen versio.</numerusform>
            <numerusform>Palvelin palautettiin varmuuskopiosta; %n sen jälkeen tekemääsi muutosta lähetettiin uudelleen. Kaikesta muusta tällä kannettavalla on nyt palvelimen versio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server was restored from a backup; none of your changes needed sending again. This laptop now holds the server&apos;s copies of everything.</source>
        <translation>Palvelin palautettiin varmuuskopiosta; yhtään muutostasi ei tarvinnut lähettää uudelleen. Kaikesta tällä kannettavalla on nyt palvelimen versio.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that colleagues made or changed after the backup are not on the server; they are kept here until their laptops send them again.</source>
        <translation>
            <numerusform>%n tietue, jonka kollegat tekivät tai muuttivat varmuuskopion jälkeen, puuttuu palvelimelta; se säilytetään täällä, kunnes heidän kannettavansa lähettävät sen uudelleen.</numerusform>
            <numerusform>%n tietuetta, joita kollegat tekivät tai muuttivat varmuuskopion jälkeen, puuttuu palvelimelta; ne säilytetään täällä, kunnes heidän kannettavansa lähettävät ne uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>Hylätty (%1): %2</translation>
    </message>
    <message>
        <source>Conflict in %1, field %2</source>
        <translation>Ristiriita (%1), kenttä %2</translation>
    </message>
    <message>
        <source>Files: %1 sent, %2 received.</source>
        <translation>Tiedostot: %1 lähetetty, %2 vastaanotettu.</translation>
    </message>
    <message>
        <source>%1 file transfers failed this time; they are tried again at the next sync.</source>
        <translation>%1 tiedostonsiirtoa epäonnistui tällä kertaa; niitä yritetään uudelleen seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>%1 files could not be sent (see Files); records and other files were not held back.</source>
        <translation>%1 tiedostoa ei voitu lähettää (katso Tiedostot); tietueita ja muita tiedostoja ei pidätetty.</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Hylkäämisen syy</translation>
    </message>
    <message>
        <source>These records stay on this laptop and are not sent again until you edit them. Double-click one to open it.</source>
        <translation>Nämä tiedot pysyvät tällä kannettavalla, eikä niitä lähetetä uudelleen ennen kuin muokkaat niitä. Avaa tieto kaksoisnapsauttamalla.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>paid work</source>
        <translation>palkkatyö</translation>
    </message>
    <message>
        <source>wage-subsidised work</source>
        <translation>palkkatuettu työ</translation>
    </message>
    <message>
        <source>work trial</source>
        <translation>työkokeilu</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>oppisopimuskoulutus</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>opinnot</translation>
    </message>
    <message>
        <source>recruitment training</source>
        <translation>RekryKoulutus</translation>
    </message>
    <message>
        <source>rehabilitative work activity</source>
        <translation>kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition of the kind &apos;other&apos; that starts in the period. A client with several such transitions counts once.</source>
        <translation>Luvussa ”Ohjatut asiakkaat” lasketut asiakkaat, joilla on vähintään yksi jaksolla alkava siirtymä, jonka tyyppi on ”muu”. Asiakas, jolla on useita tällaisia siirtymiä, lasketaan kerran.</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into %1 that starts in the period. A client with several such transitions counts once.</source>
        <translation>Luvussa ”Ohjatut asiakkaat” lasketut asiakkaat, joilla on vähintään yksi jaksolla alkava siirtymä, jonka tyyppi on ”%1”. Asiakas, jolla on useita tällaisia siirtymiä, lasketaan kerran.</translation>
    </message>
    <message>
        <source>Transitions: %1</source>
        <translation>Siirtymät: %1</translation>
    </message>
    <message>
        <source>Clients referred</source>
        <translation>Ohjatut asiakkaat</translation>
    </message>
    <message>
        <source>Clients referred to the service in the period: clients whose referral date, or their service start date when no referral date is recorded, falls in the period. A client with neither date counts only when the period is all time.</source>
        <translation>Jaksolla palveluun ohjatut asiakkaat: asiakkaat, joiden ohjauspäivä – tai palvelun alkamispäivä, jos ohjauspäivää ei ole kirjattu – osuu jaksolle. Asiakas, jolla ei ole kumpaakaan päivää, lasketaan vain, kun jaksona on koko aika.</translation>
    </message>
    <message>
        <source>Clients into work or studies</source>
        <translation>Työhön tai opintoihin siirtyneet asiakkaat</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into paid work, wage-subsidised work, studies or an apprenticeship that starts in the period. A client with several such transitions counts once.</source>
        <translation>Luvussa ”Ohjatut asiakkaat” lasketut asiakkaat, joilla on vähintään yksi jaksolla alkava siirtymä palkkatyöhön, palkkatuettuun työhön, opintoihin tai oppisopimuskoulutukseen. Asiakas, jolla on useita tällaisia siirtymiä, lasketaan kerran.</translation>
    </message>
    <message>
        <source>Employers contacted</source>
        <translation>Tavoitetut työnantajat</translation>
    </message>
    <message>
        <source>Employers with at least one visit in the period. An employer counts once, however many times it was visited.</source>
        <translation>Työnantajat, joiden luona on käyty vähintään kerran jaksolla. Työnantaja lasketaan kerran, vaikka siellä olisi käyty useasti.</translation>
    </message>
    <message>
        <source>Employers briefed on alternative recruitment</source>
        <translation>Vaihtoehtoisesta rekrytoinnista kerrottu</translation>
    </message>
    <message>
        <source>Employers counted in &apos;Employers contacted&apos; that had been given the alternative recruitment briefing at a visit on or before the last day of the period (by anyone, in the period or before it).</source>
        <translation>Luvussa ”Tavoitetut työnantajat” lasketut työnantajat, joille on kerrottu vaihtoehtoisesta rekrytoinnista käynnillä viimeistään jakson viimeisenä päivänä (kenen tahansa käynnillä, jaksolla tai sitä ennen).</translation>
    </message>
    <message>
        <source>Employers using alternative recruitment</source>
        <translation>Vaihtoehtoinen rekrytointi käytössä</translation>
    </message>
    <message>
        <source>Employers counted in &apos;Employers contacted&apos; recorded as having taken up alternative recruitment at a visit on or before the last day of the period.</source>
        <translation>Luvussa ”Tavoitetut työnantajat” lasketut työnantajat, joiden on kirjattu ottaneen vaihtoehtoisen rekrytoinnin käyttöön käynnillä viimeistään jakson viimeisenä päivänä.</translation>
    </message>
    <message>
        <source>Employers with a letter of intent</source>
        <translation>Aiesopimuksen tehneet työnantajat</translation>
    </message>
    <message>
        <source>Employers whose letter of intent was signed in the period (by its date). With a staff member chosen: those of them the staff member had visited on or before the last day of the period.</source>
        <translation>Työnantajat, joiden aiesopimus allekirjoitettiin jaksolla (sen päivämäärän mukaan). Kun työntekijä on valittu: ne niistä, joilla työntekijä oli käynyt viimeistään jakson viimeisenä päivänä.</translation>
    </message>
    <message>
        <source>Company visits</source>
        <translation>Yrityskäynnit</translation>
    </message>
    <message>
        <source>Visits to employers in the period, each visit counted.</source>
        <translation>Jaksolla tehdyt käynnit työnantajien luona; jokainen käynti lasketaan.</translation>
    </message>
    <message>
        <source>Recruitment events held</source>
        <translation>Järjestetyt rekrytointitapahtumat</translation>
    </message>
    <message>
        <source>Recruitment events (Työkohtaamo, remote and other) held in the period. With a staff member chosen: the events where at least one of their clients took part.</source>
        <translation>Jaksolla järjestetyt rekrytointitapahtumat (Työkohtaamo, etärekrytointi ja muut). Kun työntekijä on valittu: tapahtumat, joihin vähintään yksi hänen asiakkaistaan osallistui.</translation>
    </message>
    <message>
        <source>Event participants</source>
        <translation>Tapahtumien osallistujat</translation>
    </message>
    <message>
        <source>Clients who took part in the events counted in &apos;Recruitment events held&apos;. A client who took part in several events counts once.</source>
        <translation>Asiakkaat, jotka osallistuivat luvussa ”Järjestetyt rekrytointitapahtumat” laskettuihin tapahtumiin. Useaan tapahtumaan osallistunut asiakas lasketaan kerran.</translation>
    </message>
    <message>
        <source>Participants employed</source>
        <translation>Työllistyneet osallistujat</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Event participants&apos; who were marked hired at one of those events.</source>
        <translation>Luvussa ”Tapahtumien osallistujat” lasketut asiakkaat, jotka merkittiin palkatuiksi jossakin näistä tapahtumista.</translation>
    </message>
    <message>
        <source>Other event participants</source>
        <translation>Muut tapahtumien osallistujat</translation>
    </message>
    <message>
        <source>People who were not the project&apos;s clients and took part in the events counted in &apos;Recruitment events held&apos;, as each event recorded their number (counts, no personal data; a person at two events counts twice).</source>
        <translation>Henkilöt, jotka eivät olleet hankkeen asiakkaita ja osallistuivat luvussa ”Järjestetyt rekrytointitapahtumat” laskettuihin tapahtumiin, kunkin tapahtuman kirjaaman määrän mukaan (lukumääriä, ei henkilötietoja; kahteen tapahtumaan osallistunut lasketaan kahdesti).</translation>
    </message>
    <message>
        <source>Other participants employed</source>
        <translation>Työllistyneet muut osallistujat</translation>
    </message>
    <message>
        <source>People counted in &apos;Other event participants&apos; whom the event recorded as hired.</source>
        <translation>Luvussa ”Muut tapahtumien osallistujat” lasketut, jotka tapahtumaan kirjattiin työllistyneiksi.</translation>
    </message>
    <message>
        <source>Event participants, clients and others</source>
        <translation>Tapahtumien osallistujat, asiakkaat ja muut</translation>
    </message>
    <message>
        <source>&apos;Event participants&apos; and &apos;Other event participants&apos; together.</source>
        <translation>”Tapahtumien osallistujat” ja ”Muut tapahtumien osallistujat” yhteensä.</translation>
    </message>
    <message>
        <source>Participants employed, clients and others</source>
        <translation>Työllistyneet osallistujat, asiakkaat ja muut</translation>
    </message>
    <message>
        <source>&apos;Participants employed&apos; and &apos;Other participants employed&apos; together.</source>
        <translation>”Työllistyneet osallistujat” ja ”Työllistyneet muut osallistujat” yhteensä.</translation>
    </message>
    <message>
        <source>Positions found</source>
        <translation>Löydetyt työpaikat</translation>
    </message>
    <message>
        <source>Jobs in the positions found in the period (by the date found). A position for three people counts as three jobs.</source>
        <translation>Jaksolla löydettyjen työpaikkojen paikkamäärä (löytöpäivän mukaan). Kolmen hengen työpaikka lasketaan kolmeksi paikaksi.</translation>
    </message>
    <message>
        <source>Hidden jobs found</source>
        <translation>Löydetyt piilotyöpaikat</translation>
    </message>
    <message>
        <source>Jobs counted in &apos;Positions found&apos; that are hidden jobs: not advertised publicly.</source>
        <translation>Luvussa ”Löydetyt työpaikat” lasketut paikat, jotka ovat piilotyöpaikkoja: niistä ei ole ilmoitettu julkisesti.</translation>
    </message>
    <message>
        <source>Positions filled</source>
        <translation>Täytetyt työpaikat</translation>
    </message>
    <message>
        <source>Jobs in the positions marked filled with a filled date in the period; the position may have been found before the period.</source>
        <translation>Täytetyiksi merkittyjen työpaikkojen paikkamäärä, kun täyttöpäivä osuu jaksolle; työpaikka on voitu löytää jo ennen jaksoa.</translation>
    </message>
    <message>
        <source>No locality</source>
        <translation>Ei paikkakuntaa</translation>
    </message>
    <message>
        <source>Figures report</source>
        <translation>Tunnuslukuraportti</translation>
    </message>
    <message>
        <source>Figures for managers and funders</source>
        <translation>Tunnusluvut johdolle ja rahoittajille</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Participants: clients whose service starts in the period, with complete entry data; results: participants who left in the period. Left out for incomplete entry data: %1.</source>
        <translation>Osallistujat: asiakkaat, joiden palvelu alkaa jaksolla ja joiden alkutiedot ovat täydelliset; tulokset: jaksolla poistuneet osallistujat. Puutteellisten alkutietojen vuoksi pois jätetty: %1.</translation>
    </message>
    <message>
        <source>EU common indicators by gender (ESF+)</source>
        <translation>EU:n yhteiset indikaattorit sukupuolen mukaan (ESR+)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Osuus joukosta</translation>
    </message>
    <message>
        <source>Share base</source>
        <translation>Osuuden perusta</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Osuus %</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Määritelmä</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>EU common indicator</source>
        <translation>EU:n yhteinen indikaattori</translation>
    </message>
    <message>
        <source>Commission code</source>
        <translation>Komission koodi</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Naiset</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Miehet</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Muunsukupuoliset</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Palvelu alkoi</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Transitions by kind (clients)</source>
        <translation>Siirtymät tyypeittäin (asiakkaat)</translation>
    </message>
    <message>
        <source>Visits per month by locality</source>
        <translation>Käynnit kuukausittain paikkakunnittain</translation>
    </message>
    <message>
        <source>No visits in the period.</source>
        <translation>Ei käyntejä ajanjaksolla.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Luotu %1</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Sivu %1/%2</translation>
    </message>
    <message>
        <source>How the figures are counted: deleted records never count, nor do records of a deleted client, employer or event. The period includes its first and last day. A share is the figure divided by the figure named in &apos;Share of&apos;, and each person or employer counts once in it. A locality covers the records of its clients, employers and events; a staff member covers their visits and the clients assigned to them.</source>
        <translation>Näin tunnusluvut lasketaan: poistettuja tietoja ei lasketa koskaan, eikä myöskään poistetun asiakkaan, työnantajan tai tapahtuman tietoja. Ajanjaksoon kuuluvat sen ensimmäinen ja viimeinen päivä. Osuus on tunnusluku jaettuna sarakkeessa ”Osuus joukosta” nimetyllä tunnusluvulla, ja kukin henkilö tai työnantaja lasketaan siinä kerran. Paikkakunta kattaa sen asiakkaiden, työnantajien ja tapahtumien tiedot; työntekijä kattaa omat käyntinsä ja asiakkaat, joiden vastuutyöntekijä hän on.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko aika</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>Kaikki paikkakunnat</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <source>exit data due by %1</source>
        <translation>lopputiedot viimeistään %1</translation>
    </message>
    <message>
        <source>exit data overdue since %1</source>
        <translation>lopputiedot myöhässä %1 lähtien</translation>
    </message>
    <message>
        <source>six-month follow-up due %1</source>
        <translation>kuuden kuukauden seuranta %1</translation>
    </message>
    <message>
        <source>six-month follow-up overdue since %1</source>
        <translation>kuuden kuukauden seuranta myöhässä %1 lähtien</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sukupuoli</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <source>labour market status at entry</source>
        <translation>työmarkkina-asema tullessa</translation>
    </message>
    <message>
        <source>long-term unemployment</source>
        <translation>pitkäaikaistyöttömyys</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>koulutustaso</translation>
    </message>
    <message>
        <source>disability question</source>
        <translation>vammaisuutta koskeva kysymys</translation>
    </message>
    <message>
        <source>third-country national question</source>
        <translation>kolmannen maan kansalaisuutta koskeva kysymys</translation>
    </message>
    <message>
        <source>foreign background question</source>
        <translation>ulkomaista taustaa koskeva kysymys</translation>
    </message>
    <message>
        <source>minority question</source>
        <translation>vähemmistöä koskeva kysymys</translation>
    </message>
    <message>
        <source>homelessness question</source>
        <translation>asunnottomuutta koskeva kysymys</translation>
    </message>
    <message>
        <source>EURA entry not done</source>
        <translation>EURA-alkutiedot tekemättä</translation>
    </message>
    <message>
        <source>situation on leaving</source>
        <translation>tilanne poistuttaessa</translation>
    </message>
    <message>
        <source>qualification on leaving</source>
        <translation>tutkinto tai pätevyys poistuttaessa</translation>
    </message>
    <message>
        <source>EURA exit not done</source>
        <translation>EURA-lopputiedot tekemättä</translation>
    </message>
    <message>
        <source>situation six months after leaving</source>
        <translation>tilanne kuusi kuukautta poistumisen jälkeen</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Osallistujien kokonaismäärä</translation>
    </message>
    <message>
        <source>Clients whose service starts in the period and whose entry data are complete.</source>
        <translation>Asiakkaat, joiden palvelu alkaa jaksolla ja joiden alkutiedot ovat täydelliset.</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Työttömät, myös pitkäaikaistyöttömät</translation>
    </message>
    <message>
        <source>Participants unemployed at entry, long-term unemployed included.</source>
        <translation>Tullessaan työttömät osallistujat, pitkäaikaistyöttömät mukaan lukien.</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Pitkäaikaistyöttömät</translation>
    </message>
    <message>
        <source>Participants unemployed at entry and long-term unemployed.</source>
        <translation>Tullessaan työttömät osallistujat, jotka ovat pitkäaikaistyöttömiä.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Työvoiman ulkopuolella olevat</translation>
    </message>
    <message>
        <source>Participants outside the labour force at entry.</source>
        <translation>Tullessaan työvoiman ulkopuolella olleet osallistujat.</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Työlliset, myös itsenäiset ammatinharjoittajat</translation>
    </message>
    <message>
        <source>Participants employed or self-employed at entry.</source>
        <translation>Tullessaan työlliset tai yrittäjinä toimivat osallistujat.</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Alle 18-vuotiaat lapset</translation>
    </message>
    <message>
        <source>Participants under 18 on the day their service starts.</source>
        <translation>Osallistujat, jotka ovat alle 18-vuotiaita palvelunsa alkamispäivänä.</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>18–29-vuotiaat nuoret</translation>
    </message>
    <message>
        <source>Participants aged 18 to 29 on the day their service starts.</source>
        <translation>Osallistujat, jotka ovat 18–29-vuotiaita palvelunsa alkamispäivänä.</translation>
    </message>
    <message>
        <source>Participants of 55 years of age and above</source>
        <translation>55 vuotta täyttäneet osallistujat</translation>
    </message>
    <message>
        <source>Participants aged 55 or more on the day their service starts.</source>
        <translation>Osallistujat, jotka ovat täyttäneet 55 vuotta palvelunsa alkamispäivään mennessä.</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Enintään perusasteen koulutus (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 0 to 2.</source>
        <translation>Osallistujat, joiden korkein koulutus tullessa on ISCED 0–2.</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Toisen asteen tai toisen asteen jälkeinen koulutus (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 3 or 4.</source>
        <translation>Osallistujat, joiden korkein koulutus tullessa on ISCED 3 tai 4.</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Korkea-asteen koulutus (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 5 to 8.</source>
        <translation>Osallistujat, joiden korkein koulutus tullessa on ISCED 5–8.</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Vammaiset osallistujat</translation>
    </message>
    <message>
        <source>Participants who answered yes; those who declined are not counted.</source>
        <translation>Osallistujat, jotka vastasivat kyllä; vastaamatta jättäneitä ei lasketa.</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Kolmansien maiden kansalaiset</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Ulkomaalaistaustaiset osallistujat</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities such as Roma)</source>
        <translation>Vähemmistöt (myös marginalisoidut yhteisöt, kuten romanit)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Asunnottomat tai asuntomarkkinoilta syrjäytyneet</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Työnhakijana poistuessaan</translation>
    </message>
    <message>
        <source>Participants who left in the period and were searching for a job in the four weeks after leaving (the last event counts).</source>
        <translation>Jaksolla poistuneet osallistujat, jotka hakivat työtä neljän viikon kuluessa poistumisesta (viimeisin tapahtuma ratkaisee).</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Koulutuksessa poistuessaan</translation>
    </message>
    <message>
        <source>Participants who left in the period and were in education or training in the four weeks after leaving (the last event counts).</source>
        <translation>Jaksolla poistuneet osallistujat, jotka olivat koulutuksessa neljän viikon kuluessa poistumisesta (viimeisin tapahtuma ratkaisee).</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Tutkinnon tai pätevyyden saaneet poistuessaan</translation>
    </message>
    <message>
        <source>Participants who left in the period with a qualification gained.</source>
        <translation>Jaksolla poistuneet osallistujat, jotka saivat tutkinnon tai pätevyyden.</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Työssä, myös yrittäjänä, poistuessaan</translation>
    </message>
    <message>
        <source>Participants who left in the period and were employed or self-employed in the four weeks after leaving (the last event counts).</source>
        <translation>Jaksolla poistuneet osallistujat, jotka olivat työssä tai yrittäjinä neljän viikon kuluessa poistumisesta (viimeisin tapahtuma ratkaisee).</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>Työssä, myös yrittäjänä, kuusi kuukautta poistumisen jälkeen</translation>
    </message>
    <message>
        <source>Participants who left in the period and were employed or self-employed six months after leaving.</source>
        <translation>Jaksolla poistuneet osallistujat, jotka olivat työssä tai yrittäjinä kuusi kuukautta poistumisen jälkeen.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>Kaikki paikkakunnat</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Vie JSON…</translation>
    </message>
    <message>
        <source>Hover over a figure to see its definition.</source>
        <translation>Näet tunnusluvun määritelmän viemällä osoittimen sen päälle.</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>T&amp;unnusluvut</translation>
    </message>
    <message>
        <source>EU &amp;indicators</source>
        <translation>&amp;EU-indikaattorit</translation>
    </message>
    <message>
        <source>&amp;Missing data</source>
        <translation>&amp;Puuttuvat tiedot</translation>
    </message>
    <message>
        <source>Transitions by kind (clients)</source>
        <translation>Siirtymät tyypeittäin (asiakkaat)</translation>
    </message>
    <message>
        <source>Visits per month by locality</source>
        <translation>Käynnit kuukausittain paikkakunnittain</translation>
    </message>
    <message>
        <source>The period ends before it starts: change the dates.</source>
        <translation>Jakso päättyy ennen kuin se alkaa: muuta päivämääriä.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) with data missing for the funder</source>
        <translation>
            <numerusform>%n osallistujalta puuttuu rahoittajan tietoja</numerusform>
            <numerusform>%n osallistujalta puuttuu rahoittajan tietoja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a follow-up overdue</source>
        <translation>
            <numerusform>myöhässä oleva seuranta: %n</numerusform>
            <numerusform>myöhässä oleva seuranta: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The funder has every participant&apos;s data.</source>
        <translation>Rahoittajalla on kaikkien osallistujien tiedot.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Tunnusluvut klo %1 tilanteen mukaan.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Tunnuslukuja ei voitu laskea.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Raporttia ei tallennettu.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Raportti tallennettu: %1.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Employer coordinator</source>
        <translation>Työnantajakoordinaattori</translation>
    </message>
    <message>
        <source>Career coach</source>
        <translation>Uravalmentaja</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Projektipäällikkö</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search employers, clients, visits and notes (Ctrl+F)</source>
        <translation>Hae työnantajia, asiakkaita, käyntejä ja muistiinpanoja (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Two-step verification</source>
        <translation>Kaksivaiheinen tunnistautuminen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>With two-step verification, logging in needs a code from an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator) besides the password. Give your password to continue.</source>
        <translation>Kaksivaiheisessa tunnistautumisessa kirjautuminen vaatii salasanan lisäksi koodin puhelimesi todennussovelluksesta (esimerkiksi Microsoft Authenticator tai Google Authenticator). Jatka antamalla salasanasi.</translation>
    </message>
    <message>
        <source>New recovery codes (the old ones stop working)</source>
        <translation>Uudet varakoodit (vanhat lakkaavat toimimasta)</translation>
    </message>
    <message>
        <source>Set up a new phone</source>
        <translation>Ota käyttöön uusi puhelin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Two-step verification is on. Give your password and the code the authenticator app shows now (or a recovery code).</source>
        <translation>Kaksivaiheinen tunnistautuminen on käytössä. Anna salasanasi ja todennussovelluksen nyt näyttämä koodi (tai varakoodi).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>1. Open the authenticator app on your phone and add an account by reading this QR code, or type the key below into it.
2. Type the 6-digit code the app shows.</source>
        <translation>1. Avaa puhelimesi todennussovellus ja lisää tili lukemalla tämä QR-koodi tai kirjoittamalla alla oleva avain sovellukseen.
2. Kirjoita sovelluksen näyttämä 6-numeroinen koodi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Sovelluksen koodi</translation>
    </message>
    <message>
        <source>Two-step verification is on. These recovery codes are shown only now. If you lose your phone, each code logs you in once in place of the app&apos;s code. Keep them safe, apart from this laptop (printed, or in a password manager), and do not share them.</source>
        <translation>Kaksivaiheinen tunnistautuminen on nyt käytössä. Nämä varakoodit näytetään vain nyt. Jos puhelimesi katoaa, kullakin koodilla voi kirjautua kerran sovelluksen koodin sijaan. Säilytä ne turvassa erillään tästä kannettavasta (tulosteena tai salasanojen hallintaohjelmassa) äläkä anna niitä muille.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Tallenna tiedostoon…</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Anna salasanasi.</translation>
    </message>
    <message>
        <source>Type the code the authenticator app shows now, or a recovery code.</source>
        <translation>Kirjoita todennussovelluksen nyt näyttämä koodi tai varakoodi.</translation>
    </message>
    <message>
        <source>Type the 6-digit code the authenticator app shows.</source>
        <translation>Kirjoita todennussovelluksen näyttämä 6-numeroinen koodi.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Kenttä recovery codes: each logs in once in place of the authenticator app&apos;s code. Keep them safe.</source>
        <translation>Kentän varakoodit: kullakin voi kirjautua kerran todennussovelluksen koodin sijaan. Säilytä ne turvassa.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Tallenna varakoodit</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstitiedostot (*.txt)</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Vastuutyöntekijät</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Palvelun alku</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>Palvelun loppu</translation>
    </message>
    <message>
        <source>Assi&amp;gned staff…</source>
        <translation>&amp;Vastuutyöntekijät…</translation>
    </message>
    <message>
        <source>End serv&amp;ice…</source>
        <translation>Päätä palv&amp;elu…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ei alkanut</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Profile user (staff id)</source>
        <translation>Profiilin käyttäjä (henkilötunniste)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Language at the next start</source>
        <translation>Kieli seuraavalla käynnistyskerralla</translation>
    </message>
    <message>
        <source>Window size and place per screen</source>
        <translation>Ikkunan koko ja paikka näytöittäin</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>Tämä laite on poistettu käytöstä</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Automaattinen lukitus</translation>
    </message>
    <message>
        <source>Client names in calendar files</source>
        <translation>Asiakkaiden nimet kalenteritiedostoissa</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Synkronointipalvelin</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Laitteen tunniste</translation>
    </message>
    <message>
        <source>Staff id on the server</source>
        <translation>Henkilötunniste palvelimella</translation>
    </message>
    <message>
        <source>Role on the server</source>
        <translation>Rooli palvelimella</translation>
    </message>
    <message>
        <source>Server certificate authority</source>
        <translation>Palvelimen varmenteen myöntäjä</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Synkronoi automaattisesti</translation>
    </message>
    <message>
        <source>Sync tokens</source>
        <translation>Synkronoinnin tunnisteet</translation>
    </message>
    <message>
        <source>Pulled up to</source>
        <translation>Haettu kohtaan</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Viimeisin synkronointi</translation>
    </message>
    <message>
        <source>Realigning after a server restore</source>
        <translation>Tahdistus palvelimen palautuksen jälkeen</translation>
    </message>
    <message>
        <source>Handover document numbers</source>
        <translation>Luovutusasiakirjojen numerot</translation>
    </message>
    <message>
        <source>Handover form versions</source>
        <translation>Siirtolomakkeiden versiot</translation>
    </message>
    <message>
        <source>Download my clients&apos; attachments during sync</source>
        <translation>Lataa asiakkaideni liitteet synkronoinnin aikana</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Calendar files leave the encrypted profile: without this, a client is shown by a short code only.</source>
        <translation>Kalenteritiedostot lähtevät salatusta profiilista: ilman tätä asiakas näkyy vain lyhyenä tunnuksena.</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>jätä tyhjäksi, jos haluat pitää nykyisen PIN-koodin</translation>
    </message>
    <message>
        <source>leave empty to keep the current passphrase</source>
        <translation>jätä tyhjäksi, jos haluat pitää nykyisen tunnuslauseen</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Uusi PIN-koodi</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nykyinen tunnuslause</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Palautustunnuslause</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Uusi tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koodissa on oltava vähintään %1 numeroa.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <source>Give the current passphrase to change it.</source>
        <translation>Anna nykyinen tunnuslause, jotta voit vaihtaa sen.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Tunnuslause vaihdettiin. Käytä tästä lähtien uutta tunnuslausetta.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Nykyinen tunnuslause on väärä. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Kenttä – new profile</source>
        <translation>Kenttä – uusi profiili</translation>
    </message>
    <message>
        <source>Keep the key in the OS keyring</source>
        <translation>Säilytä avain käyttöjärjestelmän avainnipussa</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>PIN for the lock screen</source>
        <translation>Lukitusnäytön PIN-koodi</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Palautustunnuslause</translation>
    </message>
    <message>
        <source>The recovery passphrase opens the profile if the keyring is lost, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>Palautustunnuslause avaa profiilin, jos avainnippu katoaa, ja avaa myös lukitusnäytön. PIN-koodi (vähintään %1 numeroa) avaa vain lukitusnäytön.</translation>
    </message>
    <message>
        <source>Passphrase (required)</source>
        <translation>Tunnuslause (pakollinen)</translation>
    </message>
    <message>
        <source>The passphrase opens the profile at every start, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>Tunnuslause avaa profiilin joka käynnistyksellä ja avaa myös lukitusnäytön. PIN-koodi (vähintään %1 numeroa) avaa vain lukitusnäytön.</translation>
    </message>
    <message>
        <source>Quit without a profile?</source>
        <translation>Lopetetaanko luomatta profiilia?</translation>
    </message>
    <message>
        <source>What you typed will be lost, and Kenttä closes without creating a profile.</source>
        <translation>Kirjoittamasi tiedot menetetään, ja Kenttä sulkeutuu luomatta profiilia.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Anna nimesi.</translation>
    </message>
    <message>
        <source>Give the organisation.</source>
        <translation>Anna organisaatio.</translation>
    </message>
    <message>
        <source>Give the locality.</source>
        <translation>Anna paikkakunta.</translation>
    </message>
    <message>
        <source>No OS keyring is used, so a passphrase is required.</source>
        <translation>Käyttöjärjestelmän avainnippua ei käytetä, joten tunnuslause on pakollinen.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koodissa on oltava vähintään %1 numeroa.</translation>
    </message>
    <message>
        <source>Set a recovery passphrase or a PIN, so that the lock screen can be opened.</source>
        <translation>Aseta palautustunnuslause tai PIN-koodi, jotta lukitusnäytön voi avata.</translation>
    </message>
</context>
<context>
    <name>SpecialCategories</name>
    <message>
        <source>Sensitive: special categories of personal data</source>
        <translation>Arkaluonteinen: erityiset henkilötietoryhmät</translation>
    </message>
    <message>
        <source>Show answe&amp;rs</source>
        <translation>Näytä &amp;herkät tiedot</translation>
    </message>
    <message>
        <source>Hide answe&amp;rs</source>
        <translation>Piilota &amp;herkät tiedot</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1/%2 vastattu</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Assigned staff</source>
        <translation>Vastuutyöntekijät</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>Hae työntekijöitä</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Uusi työntekijä</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Muokkaa työntekijää</translation>
    </message>
    <message>
        <source>For example: Oulu, Raahe</source>
        <translation>Esimerkiksi: Oulu, Raahe</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Toimipaikat</translation>
    </message>
    <message>
        <source>Leave empty to have one made</source>
        <translation>Jätä tyhjäksi, niin palvelin tekee sen</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Ensimmäinen salasana</translation>
    </message>
    <message>
        <source>The person logs in with this username and password on the Sync page of their laptop. A password made by the server is shown once, for you to hand over.</source>
        <translation>Henkilö kirjautuu tällä käyttäjätunnuksella ja salasanalla koneensa Synkronointi-sivulla. Palvelimen tekemä salasana näytetään kerran, jotta voit antaa sen hänelle.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Toimipaikat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Viimeksi yhteydessä</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>Lisää &amp;henkilö…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Muo&amp;kkaa…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Poista käytöstä…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Aseta uusi &amp;salasana…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Ota uudell&amp;een käyttöön</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Staff accounts: %1.</source>
        <translation>Henkilöstön tilejä: %1.</translation>
    </message>
    <message>
        <source>Saved on the server: %1. Laptops learn it at their next sync.</source>
        <translation>Tallennettu palvelimelle: %1. Koneet saavat tiedon seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Deactivate the account?</source>
        <translation>Poistetaanko tili käytöstä?</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer log in, and every session of the account ends at once. What they recorded stays. You can reactivate the account later.</source>
        <translation>%1 (%2) ei voi enää kirjautua, ja tilin kaikki istunnot päättyvät heti. Hänen kirjaamansa tiedot säilyvät. Voit ottaa tilin myöhemmin uudelleen käyttöön.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Client summary</source>
        <translation>Asiakkaan yhteenveto</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>&amp;Language of the summary</source>
        <translation>Yhteenvedon &amp;kieli</translation>
    </message>
    <message>
        <source>One page: the service, consent, transitions, next steps and due dates. No assessment and no notes are printed.</source>
        <translation>Yksi sivu: palvelu, suostumus, siirtymät, seuraavat askeleet ja määräajat. Arvioita ja muistiinpanoja ei tulosteta.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Yhteenvetoa tehdään…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna &amp;PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The summary is ready: print it or save it as a PDF.</source>
        <translation>Yhteenveto on valmis: tulosta se tai tallenna PDF-tiedostoksi.</translation>
    </message>
    <message>
        <source>No summary was made.</source>
        <translation>Yhteenvetoa ei tehty.</translation>
    </message>
    <message>
        <source>Sending the summary to the printer…</source>
        <translation>Yhteenveto lähetetään tulostimelle…</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Yhteenveto lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <source>The summary was not printed.</source>
        <translation>Yhteenvetoa ei tulostettu.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Tallenna yhteenveto</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>client-summary-%1.pdf</source>
        <translation>asiakkaan-yhteenveto-%1.pdf</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>The summary was saved to %1.</source>
        <translation>Yhteenveto tallennettiin: %1.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Changes lost to the delete: %1</source>
        <translation>Poistoon hävinneet muutokset: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <source>Client note</source>
        <translation>Asiakasmuistiinpano</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Siirtymä</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Rekrytointitapahtuma</translation>
    </message>
    <message>
        <source>Event participant</source>
        <translation>Tapahtuman osallistuja</translation>
    </message>
    <message>
        <source>Handover form</source>
        <translation>Lopettamis-/siirtolomake</translation>
    </message>
    <message>
        <source>Opening of a client by a manager</source>
        <translation>Esimiehen asiakastietojen avaus</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Käyttölokin merkintä</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Deleted on another device</source>
        <translation>Poistettu toisella laitteella</translation>
    </message>
    <message>
        <source>Your unsent changes: %1</source>
        <translation>Lähettämättömät muutoksesi: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Säilytetty</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Request to be assigned to a client</source>
        <translation>Pyyntö tulla nimetyksi asiakkaalle</translation>
    </message>
    <message>
        <source>Client&apos;s file</source>
        <translation>Asiakkaan tiedosto</translation>
    </message>
    <message>
        <source>Employer&apos;s file</source>
        <translation>Työnantajan tiedosto</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The sync could not be done. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Synkronointia ei voitu tehdä. Mitään ei menetetty; muutokset odottavat tällä kannettavalla.</translation>
    </message>
    <message>
        <source>Give the server address, for example https://kentta.example.fi.</source>
        <translation>Anna palvelimen osoite, esimerkiksi https://kentta.example.fi.</translation>
    </message>
    <message>
        <source>The server address %1 does not start with https://: write it, for example, as https://kentta.example.fi.</source>
        <translation>Palvelimen osoitteen %1 alussa ei ole https://: kirjoita se esimerkiksi muodossa https://kentta.example.fi.</translation>
    </message>
    <message>
        <source>%1 is not a valid server address: it must start with https://.</source>
        <translation>%1 ei ole kelvollinen palvelimen osoite: sen alussa on oltava https://.</translation>
    </message>
    <message>
        <source>Do not put a username or password in the server address; log in with the form.</source>
        <translation>Älä kirjoita käyttäjätunnusta tai salasanaa palvelimen osoitteeseen; kirjaudu lomakkeella.</translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: a server that is not on this computer must use https with a valid certificate. Ask your administrator for the https:// address.</source>
        <translation>Yhteyttä palvelimeen %1 ei avattu salaamattomalla http-yhteydellä: muun kuin tämän tietokoneen palvelimen on käytettävä https-yhteyttä ja kelvollista varmennetta. Kysy https://-osoitetta pääkäyttäjältä.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified, so nothing was sent. The address may be wrong, or someone may be intercepting the connection. Ask your administrator.</source>
        <translation>Palvelimen %1 varmennetta ei voitu tarkistaa, joten mitään ei lähetetty. Osoite voi olla väärä, tai joku voi siepata yhteyttä. Ota yhteyttä pääkäyttäjään.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection and the server address, then sync again. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Palvelimeen %1 ei saada yhteyttä: tarkista verkkoyhteys ja palvelimen osoite ja synkronoi sitten uudelleen. Mitään ei menetetty; muutokset odottavat tällä kannettavalla.</translation>
    </message>
    <message>
        <source>The server at %1 is busy or failing: try again later. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Palvelin %1 on ruuhkautunut tai vikatilassa: yritä myöhemmin uudelleen. Mitään ei menetetty; muutokset odottavat tällä kannettavalla.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is closed. Check them and try again.</source>
        <translation>Väärä käyttäjätunnus tai salasana, tai tili on suljettu. Tarkista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Too many failed logins: wait about %1 min and try again.</source>
        <translation>Liian monta epäonnistunutta kirjautumista: odota noin %1 min ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</source>
        <translation>Tällä tunnuksella on kaksivaiheinen tunnistautuminen: kirjoita puhelimesi todennussovelluksen nyt näyttämä 6-numeroinen koodi.</translation>
    </message>
    <message>
        <source>The code is wrong. Type the code the authenticator app shows now, or one of your recovery codes, and try again.</source>
        <translation>Koodi on väärä. Kirjoita todennussovelluksen nyt näyttämä koodi tai yksi varakoodeistasi ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This code was used already: wait for the next code in the authenticator app and type it.</source>
        <translation>Tämä koodi on jo käytetty: odota todennussovelluksen seuraavaa koodia ja kirjoita se.</translation>
    </message>
    <message>
        <source>Your account must use two-step verification: set up an authenticator app on your phone to continue.</source>
        <translation>Tunnuksesi edellyttää kaksivaiheista tunnistautumista: ota puhelimesi todennussovellus käyttöön jatkaaksesi.</translation>
    </message>
    <message>
        <source>Your account must use two-step verification: it cannot be switched off.</source>
        <translation>Tunnuksesi edellyttää kaksivaiheista tunnistautumista: sitä ei voi poistaa käytöstä.</translation>
    </message>
    <message>
        <source>The setup had expired: start it again.</source>
        <translation>Käyttöönotto vanheni: aloita se uudelleen.</translation>
    </message>
    <message>
        <source>The password is wrong: type it again.</source>
        <translation>Salasana on väärä: kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>The session with the server has ended: log in again.</source>
        <translation>Istunto palvelimella on päättynyt: kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>Not logged in to the server: log in first.</source>
        <translation>Et ole kirjautunut palvelimelle: kirjaudu ensin.</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop: log in again.</source>
        <translation>Palvelin ei enää hyväksy tätä kannettavaa: kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>This device has been revoked: an administrator has stopped it from syncing. The profile and its data have been deleted from this computer. Contact your administrator.</source>
        <translation>Tämä laite on poistettu käytöstä: ylläpitäjä on estänyt sen synkronoinnin. Profiili ja sen tiedot on poistettu tältä koneelta. Ota yhteyttä ylläpitäjään.</translation>
    </message>
    <message>
        <source>This app and the server use different versions of the sync protocol: update the app, or ask your administrator.</source>
        <translation>Tämä sovellus ja palvelin käyttävät synkronointiprotokollan eri versioita: päivitä sovellus tai ota yhteyttä pääkäyttäjään.</translation>
    </message>
    <message>
        <source>The server&apos;s data is older than this laptop&apos;s: it was put back from a backup in a way that would lose changes. Nothing was lost here; tell your administrator (kentta-server restore).</source>
        <translation>Palvelimen tiedot ovat vanhempia kuin tämän koneen: ne on palautettu varmuuskopiosta tavalla, joka hukkaisi muutoksia. Tältä koneelta ei kadonnut mitään; kerro asiasta ylläpitäjälle (kentta-server restore).</translation>
    </message>
    <message>
        <source>The server was restored from a backup: this laptop takes the server&apos;s data again before it sends anything. Nothing was lost here; sync again.</source>
        <translation>Palvelin palautettiin varmuuskopiosta: tämä kannettava hakee palvelimen tiedot uudelleen ennen kuin lähettää mitään. Mitään ei hävinnyt täältä; synkronoi uudelleen.</translation>
    </message>
    <message>
        <source>The server refused the request (%1). Nothing was lost; if this happens again, tell your administrator.</source>
        <translation>Palvelin hylkäsi pyynnön (%1). Mitään ei menetetty; jos tämä toistuu, kerro pääkäyttäjälle.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent or received so far is kept.</source>
        <translation>Synkronointi peruutettiin. Se, mikä ehdittiin lähettää tai vastaanottaa, säilyy.</translation>
    </message>
    <message>
        <source>A sync is already running for this profile; wait for it to end.</source>
        <translation>Tämän profiilin synkronointi on jo käynnissä; odota, että se päättyy.</translation>
    </message>
    <message>
        <source>This profile syncs with %1. To use %2, log in on a new profile (another data folder); this one keeps its data.</source>
        <translation>Tämä profiili synkronoidaan palvelimen %1 kanssa. Jos haluat käyttää palvelinta %2, kirjaudu uudella profiililla (toinen datakansio); tämän profiilin tiedot säilyvät.</translation>
    </message>
    <message>
        <source>This profile has no sync server yet: log in first.</source>
        <translation>Tällä profiililla ei vielä ole synkronointipalvelinta: kirjaudu ensin.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Sync automatically when the server can be reached (checked every minute)</source>
        <translation>Synkronoi automaattisesti, kun palvelin on tavoitettavissa (tarkistetaan minuutin välein)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuittaus</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Sivuun siirretyt</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Ristiriidat (%1)</translation>
    </message>
    <message>
        <source>Set aside (%1)</source>
        <translation>Sivuun siirretyt (%1)</translation>
    </message>
    <message>
        <source>Two-step verification…</source>
        <translation>Kaksivaiheinen tunnistautuminen…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Kirjautuneena palvelimelle %1 käyttäjänä %2.</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>Synkronointi on jo käynnissä.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Aloitetaan…</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Lähetetään: %1/%2</translation>
    </message>
    <message>
        <source>Receiving: %1 changes</source>
        <translation>Vastaanotetaan muutoksia: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <source>(the server does not answer; trying again)</source>
        <translation>(palvelin ei vastaa; yritetään uudelleen)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tiedostot</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Tiedostot (%1)</translation>
    </message>
    <message>
        <source>Files: %1 of %2</source>
        <translation>Tiedostot: %1/%2</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The server does not know this kind of record: update the app.</source>
        <translation>Palvelin ei tunne tämän tyyppisiä tietoja: päivitä sovellus.</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>Sinulla ei ole oikeutta muuttaa tätä tietoa.</translation>
    </message>
    <message>
        <source>Your role may not change records of this kind.</source>
        <translation>Roolisi ei salli tämän tyyppisten tietojen muuttamista.</translation>
    </message>
    <message>
        <source>You may change your own organisation only.</source>
        <translation>Voit muuttaa vain oman organisaatiosi tietoja.</translation>
    </message>
    <message>
        <source>A record cannot move to another organisation.</source>
        <translation>Tietoa ei voi siirtää toiselle organisaatiolle.</translation>
    </message>
    <message>
        <source>The record has fields the server does not know: update the app.</source>
        <translation>Tiedossa on kenttiä, joita palvelin ei tunne: päivitä sovellus.</translation>
    </message>
    <message>
        <source>This record was purged under the retention rules.</source>
        <translation>Tämä tieto on hävitetty säilytysaikasääntöjen mukaisesti.</translation>
    </message>
    <message>
        <source>The server does not have the version of this record that was edited here.</source>
        <translation>Palvelimella ei ole sitä tämän tiedon versiota, jota tällä muokattiin.</translation>
    </message>
    <message>
        <source>Audit events cannot be changed.</source>
        <translation>Käyttölokin merkintöjä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>The client of this record is not on the server.</source>
        <translation>Tämän tiedon asiakasta ei ole palvelimella.</translation>
    </message>
    <message>
        <source>The client of this record has been deleted.</source>
        <translation>Tämän tiedon asiakas on poistettu.</translation>
    </message>
    <message>
        <source>A new client must list you among its assigned staff.</source>
        <translation>Sinun on oltava uuden asiakkaan vastuutyöntekijöiden joukossa.</translation>
    </message>
    <message>
        <source>Some values are not valid: open the record and correct them.</source>
        <translation>Osa arvoista ei kelpaa: avaa tieto ja korjaa ne.</translation>
    </message>
    <message>
        <source>The record could not be sent as it is: open it and correct it.</source>
        <translation>Tietoa ei voitu lähettää sellaisenaan: avaa se ja korjaa se.</translation>
    </message>
    <message>
        <source>The server refused the record.</source>
        <translation>Palvelin hylkäsi tiedon.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Last sync: %1</source>
        <translation>Viimeisin synkronointi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n sivuun siirretty</numerusform>
            <numerusform>%n sivuun siirrettyä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with changes waiting to be sent</source>
        <translation>
            <numerusform>%n tieto, jonka muutokset odottavat lähettämistä</numerusform>
            <numerusform>%n tietoa, joiden muutokset odottavat lähettämistä</numerusform>
        </translation>
    </message>
    <message>
        <source>the last sync stopped</source>
        <translation>viimeisin synkronointi keskeytyi</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Follow-up of a visit</source>
        <translation>Yrityskäynnin seuranta</translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation>Palvelu päättyy</translation>
    </message>
    <message>
        <source>Work trial or wage-subsidised work ends</source>
        <translation>Työkokeilu tai palkkatuettu työ päättyy</translation>
    </message>
    <message>
        <source>Exit data for the funder</source>
        <translation>Rahoittajan lopputiedot</translation>
    </message>
    <message>
        <source>Six-month follow-up for the funder</source>
        <translation>Rahoittajan kuuden kuukauden seuranta</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>Ei voimassa olevaa suostumusta</translation>
    </message>
    <message>
        <source>Request to be assigned</source>
        <translation>Nimeämispyyntö</translation>
    </message>
    <message>
        <source>Client data to be purged</source>
        <translation>Asiakkaan tiedot poistetaan</translation>
    </message>
    <message>
        <source>Unfinished draft</source>
        <translation>Keskeneräinen luonnos</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronointi</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 muutosta odottaa lähettämistä</translation>
    </message>
    <message>
        <source>set aside by the server: %1</source>
        <translation>palvelin jätti syrjään: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>ristiriita: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tällä viikolla</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <source>%1 asks to be assigned to %2</source>
        <translation>%1 pyytää, että hänetkin nimetään asiakkaalle %2</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Työtoveri</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>Ei mitään erääntyvää seuraavan %1 päivän aikana.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>asiakas %1</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Rekrytointitapahtuma</translation>
    </message>
    <message>
        <source>Kenttä: my work</source>
        <translation>Kenttä: omat työt</translation>
    </message>
</context>
<context>
    <name>TodayGroups</name>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Myöhässä olevat seurannat</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>Seurannat tänään</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Seurannat tällä viikolla</translation>
    </message>
    <message>
        <source>Follow-ups later</source>
        <translation>Seurannat myöhemmin</translation>
    </message>
    <message>
        <source>Services ending</source>
        <translation>Päättyvät palvelut</translation>
    </message>
    <message>
        <source>Work trials and wage-subsidised work ending</source>
        <translation>Päättyvät työkokeilut ja palkkatuetut työt</translation>
    </message>
    <message>
        <source>Funder&apos;s exit data due (four weeks from the end)</source>
        <translation>Rahoittajan lopetustiedot (neljä viikkoa päättymisestä)</translation>
    </message>
    <message>
        <source>Funder&apos;s six-month follow-ups due</source>
        <translation>Rahoittajan kuuden kuukauden seurannat</translation>
    </message>
    <message>
        <source>Clients with no valid consent</source>
        <translation>Asiakkaat ilman voimassa olevaa suostumusta</translation>
    </message>
    <message>
        <source>Colleagues asking to be assigned to your clients</source>
        <translation>Työtovereiden pyynnöt tulla nimetyiksi asiakkaillesi</translation>
    </message>
    <message>
        <source>Client data to be purged within 30 days</source>
        <translation>30 päivän sisällä poistettavat asiakastiedot</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Keskeneräiset luonnokset</translation>
    </message>
    <message>
        <source>Changes waiting and conflicts</source>
        <translation>Odottavat muutokset ja ristiriidat</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Vie &amp;kalenteriin…</translation>
    </message>
    <message>
        <source>Write your follow-ups, due dates and recruitment events as an .ics file for Outlook, Thunderbird or GNOME Calendar</source>
        <translation>Kirjoittaa seurantasi, määräpäivät ja rekrytointitapahtumat .ics-tiedostoksi Outlookiin, Thunderbirdiin tai GNOME-kalenteriin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Nothing due. No follow-ups, endings, consents, purges, drafts or conflicts need you in the next two weeks.</source>
        <translation>Ei mitään erääntyvää. Seurannat, päättymiset, suostumukset, poistot, luonnokset ja ristiriidat eivät tarvitse sinua kahteen viikkoon.</translation>
    </message>
    <message>
        <source>Mark &amp;done (Ctrl+D)</source>
        <translation>Me&amp;rkitse tehdyksi (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Move to another day… (Ctrl+M)</source>
        <translation>&amp;Siirrä toiseen päivään… (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>A&amp;vaa (Enter)</translation>
    </message>
    <message>
        <source>The list could not be read. It is read again after the next change.</source>
        <translation>Listaa ei voitu lukea. Se luetaan uudelleen seuraavan muutoksen jälkeen.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln day(s) late)</source>
        <translation>
            <numerusform>(%Ln päivä myöhässä)</numerusform>
            <numerusform>(%Ln päivää myöhässä)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln muutos odottaa lähettämistä</numerusform>
            <numerusform>%Ln muutosta odottaa lähettämistä</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Käynti: %1</translation>
    </message>
    <message>
        <source>Handover form of %1</source>
        <translation>Lopettamis-/siirtolomake: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Tänään %1</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>Luetaan erääntyviä…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today or overdue</source>
        <translation>
            <numerusform>%Ln erääntyy tänään tai on myöhässä</numerusform>
            <numerusform>%Ln erääntyy tänään tai on myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the next two weeks</source>
        <translation>
            <numerusform>%Ln asia kahden viikon sisällä</numerusform>
            <numerusform>%Ln asiaa kahden viikon sisällä</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Seuranta merkitty tehdyksi.</translation>
    </message>
    <message>
        <source>Follow-up moved to %1.</source>
        <translation>Seuranta siirretty päivälle %1.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Vie kalenteriin</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenteritiedostot (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Kirjoitetaan kalenteritiedostoa…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) written to the calendar file</source>
        <translation>
            <numerusform>%Ln merkintä kirjoitettu kalenteritiedostoon</numerusform>
            <numerusform>%Ln merkintää kirjoitettu kalenteritiedostoon</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar file was not written.</source>
        <translation>Kalenteritiedostoa ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>TopicsBox</name>
    <message>
        <source>Topics</source>
        <translation>Käsitellyt asiat</translation>
    </message>
    <message>
        <source>&amp;Recruitment needs</source>
        <translation>&amp;Rekrytointitarpeet</translation>
    </message>
    <message>
        <source>Alternative recruitment &amp;briefing given</source>
        <translation>Vaihtoehtoisesta rekrytoinnista k&amp;errottu</translation>
    </message>
    <message>
        <source>Alternative recruitment &amp;taken up</source>
        <translation>Vaihtoehtoinen rekrytointi otettu k&amp;äyttöön</translation>
    </message>
    <message>
        <source>Interest in &amp;wage subsidy</source>
        <translation>Kiinnostus pa&amp;lkkatukeen</translation>
    </message>
    <message>
        <source>Interest in work tr&amp;ial</source>
        <translation>Kiinnostus ty&amp;ökokeiluun</translation>
    </message>
    <message>
        <source>Interest in a&amp;pprenticeship</source>
        <translation>Kiinnostus oppisop&amp;imuskoulutukseen</translation>
    </message>
    <message>
        <source>Interest in recruitment trainin&amp;g</source>
        <translation>Kiinnostus Rekr&amp;yKoulutukseen</translation>
    </message>
    <message>
        <source>Interest in Työkohtaamo (recr&amp;uitment event)</source>
        <translation>Kiinnostus Työkohtaamoon (rekrytointitapa&amp;htuma)</translation>
    </message>
    <message>
        <source>What kind of people, when, how many</source>
        <translation>Millaisia työntekijöitä, milloin, kuinka monta</translation>
    </message>
</context>
<context>
    <name>TrailTab</name>
    <message>
        <source>Search clients; Enter shows the trail</source>
        <translation>Hae asiakkaita; Enter näyttää lokitiedot</translation>
    </message>
    <message>
        <source>Choose a client on the left.</source>
        <translation>Valitse asiakas vasemmalta.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Reading the trail of %1 from the server…</source>
        <translation>Luetaan asiakkaan %1 lokitietoja palvelimelta…</translation>
    </message>
    <message>
        <source>%1: %2 entries, oldest first.</source>
        <translation>%1: %2 merkintää, vanhin ensin.</translation>
    </message>
    <message>
        <source>The trail was read from the server.</source>
        <translation>Lokitiedot luettiin palvelimelta.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Vie lokitiedot</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Saved the audit trail to %1.</source>
        <translation>Lokitiedot tallennettiin tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Record transition</source>
        <translation>Kirjaa siirtymä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>TransitionsModel</name>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
</context>
<context>
    <name>TransitionsSection</name>
    <message>
        <source>Transitions</source>
        <translation>Siirtymät</translation>
    </message>
    <message>
        <source>Record &amp;transition…</source>
        <translation>&amp;Kirjaa siirtymä…</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The profile&apos;s key is missing from the OS keyring. Enter the recovery passphrase.</source>
        <translation>Profiilin avain puuttuu käyttöjärjestelmän avainnipusta. Anna palautustunnuslause.</translation>
    </message>
    <message>
        <source>Enter the profile&apos;s passphrase.</source>
        <translation>Anna profiilin tunnuslause.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Kenttä</source>
        <translation>Kentän lukituksen avaus</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <source>At an event</source>
        <translation>Tapahtumassa</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>Mistä puhuttiin</translation>
    </message>
    <message>
        <source>F&amp;ollow up on</source>
        <translation>&amp;Seurantapäivä</translation>
    </message>
    <message>
        <source>Save visit (Ctrl+S)</source>
        <translation>Tallenna käynti (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Peruuta (Esc)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Aika ja paikka</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Päivä ja kellonaika</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Käyntipaikka</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Contact met</source>
        <translation>Tavattu yhteyshenkilö</translation>
    </message>
    <message>
        <source>Open positions and hidden jobs</source>
        <translation>Avoimet työpaikat ja piilotyöpaikat</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>M&amp;uistiinpanot</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Seuraava &amp;vaihe</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Muokkaa käyntiä</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Uusi käynti</translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation>Hylätäänkö tämä käynti?</translation>
    </message>
    <message>
        <source>What you typed in this visit will be lost.</source>
        <translation>Tähän käyntiin kirjoittamasi tiedot menetetään.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Luonnos tallennettu klo %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Filter visits by notes, needs, positions or next step</source>
        <translation>Suodata käyntejä muistiinpanojen, tarpeiden, työpaikkojen tai seuraavan vaiheen mukaan</translation>
    </message>
    <message>
        <source>&amp;Only mine</source>
        <translation>&amp;Vain omat</translation>
    </message>
    <message>
        <source>New visit (Ctrl+N)</source>
        <translation>Uusi käynti (Ctrl+N)</translation>
    </message>
    <message>
        <source>No visits yet. Record the first one: New visit (Ctrl+N)</source>
        <translation>Ei vielä käyntejä. Kirjaa ensimmäinen: Uusi käynti (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your unsaved changes to this visit were restored.</source>
        <translation>Tämän käynnin tallentamattomat muutokset palautettiin.</translation>
    </message>
    <message>
        <source>The visit you were writing was kept as a draft.</source>
        <translation>Kirjoittamasi käynti säilytettiin luonnoksena.</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Käynti tallennettu.</translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>Tallentamaton käynti</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <source>You have an unsaved visit to %1 from %2.</source>
        <translation>Sinulla on tallentamaton käynti (%1) ajalta %2.</translation>
    </message>
    <message>
        <source>You have an unsaved visit from %1.</source>
        <translation>Sinulla on tallentamaton käynti ajalta %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Peruuta suostumus</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Peruutettu</translation>
    </message>
</context>
<context>
    <name>_Opening</name>
    <message>
        <source>Opening the profile…</source>
        <translation>Avataan profiilia…</translation>
    </message>
</context>
<context>
    <name>_SendingDialog</name>
    <message>
        <source>Sending to the server…</source>
        <translation>Lähetetään palvelimelle…</translation>
    </message>
</context>
</TS>
