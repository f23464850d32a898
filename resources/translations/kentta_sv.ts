<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AdminDialogs</name>
    <message>
        <source>The password of %1 is shown only now: hand it over safely. The server keeps no copy it could show again.</source>
        <translation>Lösenordet för %1 visas bara nu: lämna över det på ett säkert sätt. Servern sparar ingen kopia som kan visas igen.</translation>
    </message>
</context>
<context>
    <name>AdminErrors</name>
    <message>
        <source>The server refused: your account may not do this (staff and devices need an administrator, a client&apos;s audit trail a project manager).</source>
        <translation>Servern vägrade: ditt konto får inte göra detta (personal och enheter kräver en administratör, en klients loggspår en projektchef).</translation>
    </message>
    <message>
        <source>The server has no such account, device or client in your organisation: refresh the list.</source>
        <translation>Servern har inget sådant konto, ingen sådan enhet eller klient i din organisation: uppdatera listan.</translation>
    </message>
    <message>
        <source>This username is taken: choose another.</source>
        <translation>Användarnamnet är upptaget: välj ett annat.</translation>
    </message>
    <message>
        <source>This is the organisation&apos;s last active administrator: add or reactivate another administrator first.</source>
        <translation>Detta är organisationens sista aktiva administratör: lägg först till eller aktivera en annan administratör.</translation>
    </message>
    <message>
        <source>The server refused the change: refresh the list and try again.</source>
        <translation>Servern godtog inte ändringen: uppdatera listan och försök igen.</translation>
    </message>
    <message>
        <source>The password was not accepted: %1</source>
        <translation>Lösenordet godtogs inte: %1</translation>
    </message>
    <message>
        <source>The username was not accepted: %1</source>
        <translation>Användarnamnet godtogs inte: %1</translation>
    </message>
    <message>
        <source>The name was not accepted: %1</source>
        <translation>Namnet godtogs inte: %1</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>Servern godtog inte detta: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection, then press Refresh to see how things stand.</source>
        <translation>Servern %1 nås inte: kontrollera nätverksanslutningen och tryck sedan på Uppdatera för att se läget.</translation>
    </message>
    <message>
        <source>The server at %1 is busy or failing: press Refresh later to see how things stand.</source>
        <translation>Servern %1 är upptagen eller fungerar inte: tryck senare på Uppdatera för att se läget.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Client audit trail</source>
        <translation>Klientens loggspår</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Administration is done on your organisation&apos;s Kenttä server, so this laptop must be logged in to it first: log in on the Sync page, then come back here.</source>
        <translation>Administrationen görs på din organisations Kenttä-server, så den här datorn måste först vara inloggad där: logga in på sidan Synkronisering och kom sedan tillbaka hit.</translation>
    </message>
    <message>
        <source>&amp;Open the Sync page</source>
        <translation>&amp;Öppna sidan Synkronisering</translation>
    </message>
    <message>
        <source>Checking the login to the server…</source>
        <translation>Kontrollerar inloggningen på servern…</translation>
    </message>
    <message>
        <source>Reading from the server…</source>
        <translation>Läser från servern…</translation>
    </message>
    <message>
        <source>Not logged in to the sync server.</source>
        <translation>Inte inloggad på synkroniseringsservern.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Redigera bedömning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Arbetsförmåga</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Funktionsförmåga</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <source>Sensitive: work and functional capacity</source>
        <translation>Känsligt: arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>V&amp;isa</translation>
    </message>
    <message>
        <source>New a&amp;ssessment…</source>
        <translation>Ny be&amp;dömning…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s), the latest on %1</source>
        <translation>
            <numerusform>%n bedömning, den senaste %1</numerusform>
            <numerusform>%n bedömningar, den senaste %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Ingen bedömning ännu.</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Arbetsförmåga</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Funktionsförmåga</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Dölj</translation>
    </message>
</context>
<context>
    <name>AssignmentRequestsPanel</name>
    <message>
        <source>%1 asks to be assigned to this client too (%2).</source>
        <translation>%1 ber om att också bli ansvarig för den här klienten (%2).</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meddelande: %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Add the colleague to the client&apos;s staff; their next sync brings the client.</source>
        <translation>Lägg till kollegan bland klientens ansvariga; kollegans nästa synkronisering hämtar klienten.</translation>
    </message>
    <message>
        <source>Decli&amp;ne</source>
        <translation>A&amp;vslå</translation>
    </message>
    <message>
        <source>%1 was added to the client&apos;s staff: sync to send it.</source>
        <translation>%1 lades till bland klientens ansvariga: synkronisera för att skicka ändringen.</translation>
    </message>
    <message>
        <source>The request of %1 was declined: sync to tell them.</source>
        <translation>Begäran från %1 avslogs: synkronisera för att meddela hen.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Bifoga en fil</translation>
    </message>
    <message>
        <source>Handover form signed</source>
        <translation>Undertecknad överlämningsblankett</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>The client has no handover form made in Kenttä: the scan is attached without naming one.</source>
        <translation>Klienten har ingen blankett gjord i Kenttä: skanningen bifogas utan att ange någon blankett.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>Bi&amp;foga</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Signed handover form</source>
        <translation>Undertecknad överlämningsblankett</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Samtyckesblankett</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Bifogad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Lägg till fil…</translation>
    </message>
    <message>
        <source>Or drop files here. PDF, JPEG, PNG, DOCX or ODT.</source>
        <translation>Eller släpp filer här. PDF, JPEG, PNG, DOCX eller ODT.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Open in another program…</source>
        <translation>Öppna i ett annat program…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>No files. Add one with the button, or drop files here.</source>
        <translation>Inga filer. Lägg till med knappen eller släpp filer här.</translation>
    </message>
    <message>
        <source>Signs the form %1</source>
        <translation>Underskrift av blanketten %1</translation>
    </message>
    <message>
        <source>Not on this laptop yet</source>
        <translation>Inte ännu på den här datorn</translation>
    </message>
    <message>
        <source>Handover forms:</source>
        <translation>Överlämningsblanketter:</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <source>no signed copy attached</source>
        <translation>ingen undertecknad kopia bifogad</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Documents and images (%1)</source>
        <translation>Dokument och bilder (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n fil bifogad.</numerusform>
            <numerusform>%n filer bifogade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kenttä shows PDF files and images. Open this file in another program.</source>
        <translation>Kenttä visar PDF-filer och bilder. Öppna den här filen i ett annat program.</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Öppna i ett annat program</translation>
    </message>
    <message>
        <source>To open %1 in another program, Kenttä writes an unencrypted copy of it in the computer&apos;s temporary folder. The copy is removed when Kenttä closes. Opening it is recorded in the audit log.</source>
        <translation>För att öppna %1 i ett annat program skriver Kenttä en okrypterad kopia av den i datorns tillfälliga mapp. Kopian tas bort när Kenttä stängs. Öppnandet registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>&amp;Öppna en kopia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translation>Inget program på den här datorn öppnar filen.</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Spara en kopia av filen</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>En kopia sparades: %1.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit trail</source>
        <translation>Loggspår</translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation>Sammanfattning om klienten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Posttyp</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Ändrade fält</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visad</translation>
    </message>
    <message>
        <source>Revealed the identity code</source>
        <translation>Personbeteckningen visad</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Saved to a file</source>
        <translation>Sparad i en fil</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Made (a form or a summary)</source>
        <translation>Upprättad (blankett eller sammanfattning)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Opened in another program</source>
        <translation>Öppnad i ett annat program</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Open the client&apos;s details</source>
        <translation>Öppna kundens uppgifter</translation>
    </message>
    <message numerus="yes">
        <source>You are not assigned to this client. Opening its details lets you read them (not change them) for %n hour(s); then they leave this laptop and the figures stay. The client&apos;s assigned staff will see that you opened them and why, and so will the audit trail.</source>
        <translation>
            <numerusform>Du är inte ansvarig för den här kunden. Öppnar du uppgifterna kan du läsa dem (inte ändra dem) i %n timme; sedan försvinner de från den här datorn och siffrorna blir kvar. Kundens ansvariga medarbetare ser att du öppnade dem och varför, och det registreras i granskningsloggen.</numerusform>
            <numerusform>Du är inte ansvarig för den här kunden. Öppnar du uppgifterna kan du läsa dem (inte ändra dem) i %n timmar; sedan försvinner de från den här datorn och siffrorna blir kvar. Kundens ansvariga medarbetare ser att du öppnade dem och varför, och det registreras i granskningsloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: a complaint to handle, the coach is on sick leave</source>
        <translation>Till exempel: ett klagomål att behandla, coachen är sjukskriven</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Ask the server to open the details</source>
        <translation>Be servern att öppna uppgifterna</translation>
    </message>
</context>
<context>
    <name>BreakGlassPanel</name>
    <message>
        <source>Open the client&apos;s &amp;details…</source>
        <translation>Öppna kundens &amp;uppgifter…</translation>
    </message>
    <message>
        <source>Manager %1 opened the client&apos;s details on %2 at %3 — reason: %4 — open until %5 at %6.</source>
        <translation>Chefen %1 öppnade kundens uppgifter %2 kl. %3 — orsak: %4 — giltigt till %5 kl. %6.</translation>
    </message>
    <message>
        <source>You have opened this client&apos;s details, to read only, until %1 at %2.</source>
        <translation>Du har öppnat den här kundens uppgifter för läsning till %1 kl. %2.</translation>
    </message>
    <message>
        <source>Opened: the client&apos;s details are coming with a sync…</source>
        <translation>Öppnat: kundens uppgifter kommer med en synkronisering…</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Move clients</source>
        <translation>Flytta klienter</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected client(s)</source>
        <translation>
            <numerusform>Den valda klienten (%n)</numerusform>
            <numerusform>De %n valda klienterna</numerusform>
        </translation>
    </message>
    <message>
        <source>All clients of the staff member below</source>
        <translation>Alla klienter hos medarbetaren nedan</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Move: the new staff member takes the place of the one above</source>
        <translation>Flytta: den nya medarbetaren ersätter den ovan</translation>
    </message>
    <message>
        <source>Add: the new staff member is assigned beside the current staff</source>
        <translation>Lägg till: den nya medarbetaren blir ansvarig vid sidan av de nuvarande</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Their current staff</source>
        <translation>Nuvarande ansvariga</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n client(s))</source>
        <translation>
            <numerusform>%1 (%n klient)</numerusform>
            <numerusform>%1 (%n klienter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Flytta…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to the staff of %n client(s)?</source>
        <translation>
            <numerusform>Göra %1 till ansvarig för %n klient?</numerusform>
            <numerusform>Göra %1 till ansvarig för %n klienter?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n client(s) from %1 to %2?</source>
        <translation>
            <numerusform>Flytta %n klient från %1 till %2?</numerusform>
            <numerusform>Flytta %n klienter från %1 till %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %1 the only staff member of %n client(s)?</source>
        <translation>
            <numerusform>Göra %1 till ensam ansvarig för %n klient?</numerusform>
            <numerusform>Göra %1 till ensam ansvarig för %n klienter?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) stay as they are: they already have this staff, or not the staff member moved from.</source>
        <translation>
            <numerusform>%n klient förblir som förut: den har redan den här medarbetaren, eller inte den som flyttas från.</numerusform>
            <numerusform>%n klienter förblir som förut: de har redan den här medarbetaren, eller inte den som flyttas från.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change reaches the other laptops at the next sync. Staff taken off no longer have these clients on their laptops; the staff added get them in full.</source>
        <translation>Ändringen når de andra datorerna vid nästa synkronisering. Medarbetare som tas bort har inte längre dessa klienter på sina datorer; de som läggs till får dem i sin helhet.</translation>
    </message>
    <message numerus="yes">
        <source>Staff changed for %n client(s).</source>
        <translation>
            <numerusform>Ansvariga ändrade för %n klient.</numerusform>
            <numerusform>Ansvariga ändrade för %n klienter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ (optional)</source>
        <translation>DDMMÅÅCZZZQ (frivillig)</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Oförändrad; skriv för att ersätta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Hänvisande instans</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Hänvisningsdatum</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation>Jobbmål</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Separera med kommatecken</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Tjänstens början</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Har börjat</translation>
    </message>
    <message>
        <source>The client was saved. Whether this person is already a client elsewhere in the organisation could not be checked now (no connection to the server).</source>
        <translation>Klienten sparades. Om personen redan är klient någon annanstans i organisationen kunde inte kontrolleras nu (ingen anslutning till servern).</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>okänd anställd</translation>
    </message>
    <message>
        <source>You are already assigned to this person as a client: sync to see the client here.</source>
        <translation>Du är redan ansvarig för den här personen som klient: synkronisera för att se klienten här.</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Skapa ändå</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Tillbaka till formuläret</translation>
    </message>
    <message>
        <source>This person is already a client in the organisation: coach %1.</source>
        <translation>Den här personen är redan klient i organisationen: coach %1.</translation>
    </message>
    <message>
        <source>Ask to be assigned to the client too? The client&apos;s coach decides, and the client then comes to this laptop with the next sync.</source>
        <translation>Be om att också du blir ansvarig för klienten? Klientens coach beslutar, och klienten kommer sedan till den här datorn vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Ask to be assigned</source>
        <translation>Be om att bli ansvarig</translation>
    </message>
    <message>
        <source>Already a client in the organisation</source>
        <translation>Redan klient i organisationen</translation>
    </message>
    <message>
        <source>The request to be assigned was sent: the client comes to this laptop when the coach accepts it and you sync.</source>
        <translation>Begäran om att bli ansvarig skickades: klienten kommer till den här datorn när coachen godkänner den och du synkroniserar.</translation>
    </message>
    <message>
        <source>the same personal identity code</source>
        <translation>samma personbeteckning</translation>
    </message>
    <message>
        <source>the same name and date of birth</source>
        <translation>samma namn och födelsedatum</translation>
    </message>
    <message>
        <source>%1 (%2), client of %3</source>
        <translation>%1 (%2), klient hos %3</translation>
    </message>
    <message>
        <source>This person may already be a client:</source>
        <translation>Den här personen kan redan vara klient:</translation>
    </message>
    <message>
        <source>Open the existing client, or create a new client anyway?</source>
        <translation>Öppna den befintliga klienten, eller skapa en ny klient ändå?</translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation>Möjlig dubblettklient</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Öppna den befintliga klienten</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Gemensamt möte</translation>
    </message>
    <message>
        <source>Outside the office</source>
        <translation>Utanför kontoret</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Lönearbete</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Arbetsprövning</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Läroavtalsutbildning</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Recruitment training</source>
        <translation>RekryteringsUtbildning</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Elektroniskt</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Other than woman or man</source>
        <translation>annan än kvinna eller man</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>arbetslös</translation>
    </message>
    <message>
        <source>Outside the labour force</source>
        <translation>utanför arbetskraften</translation>
    </message>
    <message>
        <source>Employed (also self-employed)</source>
        <translation>sysselsatt (även företagare)</translation>
    </message>
    <message>
        <source>ISCED 0-2: basic education or less</source>
        <translation>ISCED 0–2: grundnivå eller lägre</translation>
    </message>
    <message>
        <source>ISCED 3-4: upper secondary or post-secondary</source>
        <translation>ISCED 3–4: andra stadiet eller eftergymnasial, inte högre utbildning</translation>
    </message>
    <message>
        <source>ISCED 5-8: tertiary</source>
        <translation>ISCED 5–8: högre utbildning</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Does not want to answer</source>
        <translation>vill inte svara</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>inte gjort</translation>
    </message>
    <message>
        <source>By the participant</source>
        <translation>deltagaren själv</translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation>personalen förde in</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>arbetssökande</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>i utbildning</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>inte sysselsatt</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>inte känt</translation>
    </message>
    <message>
        <source>Person with disabilities</source>
        <translation>Person med funktionsnedsättning</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Medborgare i tredjeland</translation>
    </message>
    <message>
        <source>Of foreign background</source>
        <translation>Utländsk bakgrund</translation>
    </message>
    <message>
        <source>Belongs to a minority (incl. the Roma)</source>
        <translation>Tillhör en minoritet (även romer)</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Hemlös eller utestängd från bostadsmarknaden</translation>
    </message>
</context>
<context>
    <name>ClientName</name>
    <message>
        <source>Client %1…</source>
        <translation>Klient %1…</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>Visa &amp;hela</translation>
    </message>
    <message>
        <source>Show the full code; this is recorded in the audit log.</source>
        <translation>Visa hela beteckningen; detta registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>← &amp;Clients</source>
        <translation>← &amp;Kunder</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Redigera &amp;uppgifter…</translation>
    </message>
    <message>
        <source>Handover for&amp;m…</source>
        <translation>Avslutni&amp;ngs-/överföringsblankett…</translation>
    </message>
    <message>
        <source>Summar&amp;y (PDF)…</source>
        <translation>Sammanfattnin&amp;g (PDF)…</translation>
    </message>
    <message>
        <source>One page of the service, consent, transitions and due dates, to print or save; no assessment or notes. Recorded in the audit log.</source>
        <translation>En sida om servicen, samtycket, övergångarna och tidsfristerna, att skriva ut eller spara; inga bedömningar eller anteckningar. Registreras i loggen.</translation>
    </message>
    <message>
        <source>This laptop holds the figures of this client only: its name, identity code, consent, assessments, notes and handover forms are seen by the client&apos;s assigned staff.</source>
        <translation>Den här datorn har bara statistikuppgifterna om klienten: namnet, personbeteckningen, samtycket, bedömningarna, anteckningarna och överlämningsblanketterna ser klientens ansvariga medarbetare.</translation>
    </message>
    <message>
        <source>De&amp;lete client…</source>
        <translation>Ta &amp;bort klienten…</translation>
    </message>
    <message>
        <source>This client is no longer on this laptop.</source>
        <translation>Den här kunden finns inte längre på den här datorn.</translation>
    </message>
    <message>
        <source>no personal identity code</source>
        <translation>ingen personbeteckning</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Filter by name or municipality</source>
        <translation>Filtrera efter namn eller kommun</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Tjänsten avslutad</translation>
    </message>
    <message>
        <source>Only my clients</source>
        <translation>Endast mina kunder</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>Ny kund (Ctrl+N)</translation>
    </message>
    <message>
        <source>Move to staff…</source>
        <translation>Flytta till medarbetare…</translation>
    </message>
    <message>
        <source>Move the selected clients, or all of one staff member&apos;s clients, to another staff member</source>
        <translation>Flytta de valda klienterna, eller alla klienter hos en medarbetare, till en annan medarbetare</translation>
    </message>
    <message>
        <source>No clients yet. Add the first one: New client (Ctrl+N)</source>
        <translation>Inga kunder ännu. Lägg till den första: Ny kund (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln kund</numerusform>
            <numerusform>%Ln kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dolt</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Har avslutats</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Senaste besök</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Hidden jobs</source>
        <translation>Dolda jobb</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Informerad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Ansvariga medarbetare</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Close notice</source>
        <translation>Kvittera meddelandet</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Din ändring</translation>
    </message>
    <message>
        <source>Edit by %1</source>
        <translation>Ändring av %1</translation>
    </message>
    <message>
        <source>Another person&apos;s edit</source>
        <translation>En annan persons ändring</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>raderad</translation>
    </message>
    <message>
        <source>The record stays deleted</source>
        <translation>Uppgiften förblir raderad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mitt värde</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Den andras värde</translation>
    </message>
    <message>
        <source>No conflicts. When this laptop and another change the same field, both values are kept here for you to choose.</source>
        <translation>Inga konflikter. När den här datorn och en annan ändrar samma fält sparas båda värdena här så att du kan välja.</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Använd mitt värde</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Använd den andras värde</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Redigera värdet…</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (gällande)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Utlämnande</translation>
    </message>
    <message>
        <source>Share with the employment authority</source>
        <translation>Lämnas ut till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Lämnas ut till samarbetspartner</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreringssätt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>Registrera &amp;samtycke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <source>No consent in force.</source>
        <translation>Inget gällande samtycke.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>In force, given on %1</source>
        <translation>Gäller, givet den %1</translation>
    </message>
    <message>
        <source>Share with the employment authority: %1</source>
        <translation>Lämnas ut till arbetskraftsmyndigheten: %1</translation>
    </message>
    <message>
        <source>Share with partners: %1</source>
        <translation>Lämnas ut till samarbetspartner: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Registreringssätt: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Redigera kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— inte registrerad —</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Ny kontaktperson…</translation>
    </message>
</context>
<context>
    <name>DamagedProfileDialog</name>
    <message>
        <source>Kenttä – the profile needs attention</source>
        <translation>Kenttä – profilen behöver åtgärdas</translation>
    </message>
    <message>
        <source>The database&apos;s change log is damaged: %1 recent saved changes would be lost if Kenttä opened the database now. Nothing has been changed, and copies of the files are kept in %2.</source>
        <translation>Databasens ändringslogg är skadad: %1 nyligen sparade ändringar skulle gå förlorade om Kenttä öppnade databasen nu. Ingenting har ändrats, och kopior av filerna finns i %2.</translation>
    </message>
    <message>
        <source>You can restore the profile from its last backup (%1). What was synced to the server comes back with the next sync; changes made after the last sync may be lost.</source>
        <translation>Du kan återställa profilen från den senaste säkerhetskopian (%1). Det som synkroniserats till servern kommer tillbaka vid nästa synkronisering; ändringar gjorda efter den senaste synkroniseringen kan gå förlorade.</translation>
    </message>
    <message>
        <source>The profile has no backup. Quit and leave everything as it is, and ask for support; or log in on a new profile to download your synced data.</source>
        <translation>Profilen har ingen säkerhetskopia. Avsluta och lämna allt som det är, och be om support; eller logga in på en ny profil för att hämta dina synkroniserade uppgifter.</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>Quit and leave everything as it is</source>
        <translation>Avsluta och lämna allt som det är</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Kalender (Alt+nedåtpil)</translation>
    </message>
</context>
<context>
    <name>DeleteAction</name>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Ta bort (Del)</translation>
    </message>
    <message>
        <source>This record is no longer on this laptop.</source>
        <translation>Posten finns inte längre på den här datorn.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Borttaget.</translation>
    </message>
    <message>
        <source>With it, this is erased: %1.</source>
        <translation>Samtidigt raderas: %1.</translation>
    </message>
    <message>
        <source>It is erased from this laptop at once, and from the other laptops at the next sync.</source>
        <translation>Det raderas från den här datorn genast och från de andra datorerna vid nästa synkronisering.</translation>
    </message>
    <message numerus="yes">
        <source>A manager can restore it on the server for %n day(s) after the sync (the organisation&apos;s undo period).</source>
        <translation>
            <numerusform>En chef kan återställa det på servern i %n dag efter synkroniseringen (organisationens ångringstid).</numerusform>
            <numerusform>En chef kan återställa det på servern i %n dagar efter synkroniseringen (organisationens ångringstid).</numerusform>
        </translation>
    </message>
    <message>
        <source>It is erased from this laptop at once. It was never synced, so the server has no copy to restore.</source>
        <translation>Det raderas från den här datorn genast. Det har aldrig synkroniserats, så servern har ingen kopia att återställa.</translation>
    </message>
    <message>
        <source>Delete the client %1 and everything recorded under them?</source>
        <translation>Ta bort klienten %1 och allt som antecknats för hen?</translation>
    </message>
    <message>
        <source>Delete the employer %1 with its contacts and positions? Its visits stay.</source>
        <translation>Ta bort arbetsgivaren %1 med dess kontaktpersoner och arbetsplatser? Dess besök blir kvar.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Ta bort kontaktpersonen %1?</translation>
    </message>
    <message>
        <source>Delete the position %1?</source>
        <translation>Ta bort arbetsplatsen %1?</translation>
    </message>
    <message>
        <source>Delete the visit to %1 on %2?</source>
        <translation>Ta bort besöket hos %1 den %2?</translation>
    </message>
    <message>
        <source>Delete the event %1 on %2?</source>
        <translation>Ta bort evenemanget %1 den %2?</translation>
    </message>
    <message>
        <source>Remove %1 from this event?</source>
        <translation>Ta bort %1 från det här evenemanget?</translation>
    </message>
    <message>
        <source>Delete the note of %2?</source>
        <translation>Ta bort anteckningen från %2?</translation>
    </message>
    <message>
        <source>Delete the consent given on %2?</source>
        <translation>Ta bort samtycket som gavs %2?</translation>
    </message>
    <message>
        <source>Delete the assessment of %2?</source>
        <translation>Ta bort bedömningen från %2?</translation>
    </message>
    <message>
        <source>Delete the transition that starts on %2?</source>
        <translation>Ta bort övergången som börjar %2?</translation>
    </message>
    <message>
        <source>Delete the handover form %1?</source>
        <translation>Ta bort överlämningsblanketten %1?</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Ta bort den här posten?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n samtycke</numerusform>
            <numerusform>%n samtycken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n övergång</numerusform>
            <numerusform>%n övergångar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n evenemangsdeltagande</numerusform>
            <numerusform>%n evenemangsdeltaganden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover form(s)</source>
        <translation>
            <numerusform>%n överlämningsblankett</numerusform>
            <numerusform>%n överlämningsblanketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontaktperson</numerusform>
            <numerusform>%n kontaktpersoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n arbetsplats</numerusform>
            <numerusform>%n arbetsplatser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n annan post</numerusform>
            <numerusform>%n andra poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the file %1?</source>
        <translation>Ta bort filen %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Senast sedd</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tagen ur bruk</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ta ur &amp;bruk…</translation>
    </message>
    <message>
        <source>A lost or stolen laptop: revoke it. Its sync stops at once, and the laptop deletes its profile the next time it reaches the server.</source>
        <translation>En förlorad eller stulen dator: ta den ur bruk. Dess synkronisering upphör genast, och datorn raderar sin profil nästa gång den når servern.</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation> (den här datorn)</translation>
    </message>
    <message>
        <source>Devices: %1.</source>
        <translation>Enheter: %1.</translation>
    </message>
    <message>
        <source>Revoke the device?</source>
        <translation>Ta enheten ur bruk?</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer sync: its sessions stop at once. The next time the laptop reaches the server it deletes its profile, the data on that computer included, and says why. This cannot be undone: the owner logs in again on a new profile.

If the laptop may never come back, also reset %2&apos;s password: its data is encrypted, but the laptop holds the key.</source>
        <translation>%1 (%2) kan inte längre synkronisera: dess sessioner upphör genast. Nästa gång datorn når servern raderar den sin profil, med data på den datorn, och säger varför. Detta kan inte ångras: ägaren loggar in igen på en ny profil.

Om datorn kanske aldrig kommer tillbaka, byt också lösenordet för %2: dess data är krypterade, men datorn har nyckeln.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Ta ur bruk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Tagen ur bruk: %1.</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <source>Edit value</source>
        <translation>Redigera värdet</translation>
    </message>
    <message>
        <source>New value for %1:</source>
        <translation>Nytt värde för %1:</translation>
    </message>
</context>
<context>
    <name>EmployerChoice</name>
    <message>
        <source>Search employers</source>
        <translation>Sök arbetsgivare</translation>
    </message>
    <message>
        <source>No employer</source>
        <translation>Ingen arbetsgivare</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
</context>
<context>
    <name>EmployerDetail</name>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Project locality</source>
        <translation>Projektort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>Letter of in&amp;tent…</source>
        <translation>Avsiktsf&amp;örklaring…</translation>
    </message>
    <message>
        <source>New vi&amp;sit</source>
        <translation>Nytt &amp;besök</translation>
    </message>
    <message>
        <source>Mar&amp;k filled…</source>
        <translation>Markera som &amp;tillsatt…</translation>
    </message>
    <message>
        <source>Edit the employer (Ctrl+E)</source>
        <translation>Redigera arbetsgivaren (Ctrl+E)</translation>
    </message>
    <message>
        <source>De&amp;lete employer…</source>
        <translation>Ta bort arbets&amp;givaren…</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Lägg till &amp;kontaktperson…</translation>
    </message>
    <message>
        <source>Add &amp;position…</source>
        <translation>Lägg till &amp;jobb…</translation>
    </message>
    <message>
        <source>Find &amp;matching clients</source>
        <translation>Sök &amp;passande kunder</translation>
    </message>
    <message>
        <source>This employer is no longer on this laptop.</source>
        <translation>Arbetsgivaren finns inte längre på den här datorn.</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Kontaktpersoner (%n)</numerusform>
            <numerusform>Kontaktpersoner (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Besök (%n)</numerusform>
            <numerusform>Besök (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open positions (%n)</source>
        <translation>
            <numerusform>Lediga platser (%n)</numerusform>
            <numerusform>Lediga platser (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Redigera arbetsgivare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Business ID</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Bransch</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>(no project locality)</source>
        <translation>(ingen projektort)</translation>
    </message>
    <message>
        <source>Project &amp;locality</source>
        <translation>Projekt&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <source>Letter of in&amp;tent</source>
        <translation>A&amp;vsiktsförklaring</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ant&amp;eckningar</translation>
    </message>
</context>
<context>
    <name>EmployerMessages</name>
    <message>
        <source>Job goal: %1</source>
        <translation>Jobbmål: %1</translation>
    </message>
    <message>
        <source>Same locality: %1</source>
        <translation>Samma ort: %1</translation>
    </message>
</context>
<context>
    <name>EmployerPicker</name>
    <message>
        <source>Type the employer&apos;s name or business ID</source>
        <translation>Skriv arbetsgivarens namn eller FO-nummer</translation>
    </message>
    <message>
        <source>No employer found.</source>
        <translation>Ingen arbetsgivare hittades.</translation>
    </message>
    <message>
        <source>(no project locality)</source>
        <translation>(ingen projektort)</translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation>Sök i stället</translation>
    </message>
    <message>
        <source>New employer&apos;s name</source>
        <translation>Den nya arbetsgivarens namn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Project locality</source>
        <translation>Projektort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Create employer “%1”</source>
        <translation>Skapa arbetsgivaren ”%1”</translation>
    </message>
    <message>
        <source>Create employer</source>
        <translation>Skapa arbetsgivare</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <source>Filter by name, business ID, municipality or industry</source>
        <translation>Filtrera efter namn, FO-nummer, kommun eller bransch</translation>
    </message>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Ny arbetsgivare…</translation>
    </message>
    <message>
        <source>Add an employer (Ctrl+N)</source>
        <translation>Lägg till en arbetsgivare (Ctrl+N)</translation>
    </message>
    <message>
        <source>No employers yet. Add the first one: New employer (Ctrl+N)</source>
        <translation>Inga arbetsgivare ännu. Lägg till den första: Ny arbetsgivare (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose an employer from the list, or press Ctrl+N to add one.</source>
        <translation>Välj en arbetsgivare i listan eller lägg till en med Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employer(s)</source>
        <translation>
            <numerusform>%Ln arbetsgivare</numerusform>
            <numerusform>%Ln arbetsgivare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Nothing matches the filter. Change or clear it.</source>
        <translation>Inget matchar filtret. Ändra eller töm det.</translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <source>End service</source>
        <translation>Avsluta tjänsten</translation>
    </message>
    <message>
        <source>Service ends on</source>
        <translation>Tjänsten slutar den</translation>
    </message>
</context>
<context>
    <name>EntryDataDialog</name>
    <message>
        <source>Entry data for the funder</source>
        <translation>Finansiärens uppgifter vid inträde</translation>
    </message>
    <message>
        <source>%1 (from the personal identity code)</source>
        <translation>%1 (från personbeteckningen)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Något gick fel och åtgärden slutfördes inte.</translation>
    </message>
    <message>
        <source>Your saved work is safe. If this happens again, tell your administrator and mention this: %1</source>
        <translation>Ditt sparade arbete är i säkerhet. Om detta händer igen, kontakta din administratör och nämn detta: %1</translation>
    </message>
    <message>
        <source>The record %1 is not on this laptop: it may have been deleted.</source>
        <translation>Posten %1 finns inte på den här datorn: den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>This conflict was resolved already (perhaps on another device).</source>
        <translation>Den här konflikten är redan löst (kanske på en annan enhet).</translation>
    </message>
    <message>
        <source>Your role may not delete this record.</source>
        <translation>Din roll får inte ta bort den här posten.</translation>
    </message>
    <message>
        <source>Records of this kind are not deleted from this laptop.</source>
        <translation>Poster av det här slaget tas inte bort från den här datorn.</translation>
    </message>
    <message>
        <source>This profile has no sync server yet: log in first (kentta login --server URL --user NAME, or the Sync page).</source>
        <translation>Den här profilen har ännu ingen synkroniseringsserver: logga in först (kentta login --server URL --user NAMN eller sidan Synkronisering).</translation>
    </message>
    <message>
        <source>This profile has not logged in to a sync server: log in first.</source>
        <translation>Den här profilen har inte loggat in på någon synkroniseringsserver: logga in först.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the profile stays locked. Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>Fel lösenfras: profilen förblir låst. Kontrollera lösenfrasen (skiftlägeskänslig) och försök igen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>Kenttä is locked: unlock it to continue.</source>
        <translation>Kenttä är låst: lås upp för att fortsätta.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found, so the key cannot be kept there. Set a passphrase instead.</source>
        <translation>Ingen användbar nyckelring i operativsystemet hittades, så nyckeln kan inte förvaras där. Ange en lösenfras i stället.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found: set a passphrase (at least %1 characters) to protect the profile&apos;s key.</source>
        <translation>Ingen användbar nyckelring i operativsystemet hittades: ange en lösenfras (minst %1 tecken) som skyddar profilens nyckel.</translation>
    </message>
    <message>
        <source>The profile&apos;s key is missing from the OS keyring and the profile has no recovery passphrase. The local data cannot be opened; log in on a new profile to download your synced data from the server.</source>
        <translation>Profilens nyckel saknas i operativsystemets nyckelring och profilen har ingen återställningslösenfras. De lokala uppgifterna kan inte öppnas; logga in på en ny profil och hämta dina synkroniserade uppgifter från servern.</translation>
    </message>
    <message>
        <source>The profile&apos;s key is kept in the OS keyring, but no usable keyring was found. Start Kenttä in your desktop session, where the keyring is unlocked.</source>
        <translation>Profilens nyckel förvaras i operativsystemets nyckelring, men ingen användbar nyckelring hittades. Starta Kenttä i din skrivbordssession, där nyckelringen är upplåst.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with, so Kenttä will not use it. Nothing was written to it. Run &apos;kentta check&apos; for the details; restore the profile from a backup, or log in on a new profile to download your data from the server.</source>
        <translation>Databasfilen är skadad eller har manipulerats, så Kenttä använder den inte. Ingenting skrevs till den. Kör &apos;kentta check&apos; för detaljerna; återställ profilen från en säkerhetskopia eller logga in på en ny profil och hämta dina uppgifter från servern.</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits.</source>
        <translation>PIN-koden måste ha minst %1 siffror.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; the passphrase was not changed.</source>
        <translation>Den nuvarande lösenfrasen är fel; lösenfrasen ändrades inte.</translation>
    </message>
    <message>
        <source>The branding file %1 is not valid JSON (line %2): fix it or remove it, then make the form again.</source>
        <translation>Profilfilen %1 är inte giltig JSON (rad %2): rätta eller ta bort den och gör blanketten på nytt.</translation>
    </message>
    <message>
        <source>Cannot read the branding file %1 (%2); fix or remove it.</source>
        <translation>Profilfilen %1 kan inte läsas (%2); rätta eller ta bort den.</translation>
    </message>
    <message>
        <source>The branding file %1 must hold one JSON object; see resources/branding/README.md.</source>
        <translation>Profilfilen %1 måste innehålla ett JSON-objekt; se resources/branding/README.md.</translation>
    </message>
    <message>
        <source>The client has no consent in force, so no handover form was made. Record the client&apos;s consent to share information with the employment authority on the client&apos;s page (Consent) first, then make the form.</source>
        <translation>Klienten har inget gällande samtycke, så ingen överlämningsblankett gjordes. Registrera först klientens samtycke till att uppgifter lämnas till arbetskraftsmyndigheten på klientens sida (Samtycke) och gör sedan blanketten.</translation>
    </message>
    <message>
        <source>The client&apos;s consent in force does not cover sharing information with the employment authority, so no handover form was made. Record a new consent that covers it on the client&apos;s page (Consent) first, then make the form.</source>
        <translation>Klientens gällande samtycke omfattar inte att uppgifter lämnas till arbetskraftsmyndigheten, så ingen överlämningsblankett gjordes. Registrera först ett nytt samtycke som omfattar det på klientens sida (Samtycke) och gör sedan blanketten.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and address do not fit in the form&apos;s header; shorten them in organisation.json (see resources/branding/README.md).</source>
        <translation>Organisationens namn och adress ryms inte i blankettens sidhuvud; förkorta dem i organisation.json (se resources/branding/README.md).</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 är en mapp. Ange namnet på filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Make it first, or choose another place.</source>
        <translation>Mappen %1 finns inte. Skapa den först eller välj en annan plats.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1 (%2). Choose another place.</source>
        <translation>Det går inte att skriva i mappen %1 (%2). Välj en annan plats.</translation>
    </message>
    <message>
        <source>Cannot make a temporary file in the folder %1. Choose another place.</source>
        <translation>Det går inte att skapa en tillfällig fil i mappen %1. Välj en annan plats.</translation>
    </message>
    <message>
        <source>Cannot write the file %1 (%2). Choose another place.</source>
        <translation>Filen %1 kan inte skrivas (%2). Välj en annan plats.</translation>
    </message>
    <message>
        <source>This was not saved:</source>
        <translation>Detta sparades inte:</translation>
    </message>
    <message>
        <source>This profile belongs to another account that has synced with the server. Log in with that account, or keep this account&apos;s data in another folder (--data-dir).</source>
        <translation>Den här profilen tillhör ett annat konto som har synkroniserat med servern. Logga in med det kontot eller förvara det här kontots uppgifter i en annan mapp (--data-dir).</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has columns that the employer list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</source>
        <translation>Ingenting importerades: filen har kolumner som arbetsgivarlistan inte känner till: %1. Byt namn på dem eller ta bort dem ur filen. Kända kolumner: %2.</translation>
    </message>
    <message>
        <source>Only a manager may open the details of a client who is not theirs.</source>
        <translation>Endast en chef kan öppna uppgifterna om en kund som inte är hens egen.</translation>
    </message>
    <message>
        <source>The server has no such client: it may have been deleted. Sync, then try again.</source>
        <translation>Servern har ingen sådan kund: den kan ha raderats. Synkronisera och försök sedan igen.</translation>
    </message>
    <message>
        <source>The client&apos;s details are open to you already, or you are assigned to the client: sync to see them.</source>
        <translation>Kundens uppgifter är redan öppna för dig, eller så är du ansvarig för kunden: synkronisera för att se dem.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection, then try again. Nothing was opened.</source>
        <translation>Servern %1 går inte att nå: kontrollera nätverksanslutningen och försök sedan igen. Inget öppnades.</translation>
    </message>
    <message>
        <source>The session with the server has ended: log in again on the Sync page, then try again.</source>
        <translation>Sessionen med servern har upphört: logga in igen på sidan Synkronisering och försök sedan igen.</translation>
    </message>
    <message>
        <source>The server could not open the client&apos;s details now: try again later.</source>
        <translation>Servern kunde inte öppna kundens uppgifter nu: försök igen senare.</translation>
    </message>
    <message>
        <source>This profile is not signed in to the sync server: log in on the Sync page.</source>
        <translation>Den här profilen är inte inloggad på synkroniseringsservern: logga in på sidan Synkronisering.</translation>
    </message>
    <message>
        <source>This laptop holds the figures of this client only, so no summary can be made here; the client&apos;s assigned staff can make it.</source>
        <translation>Den här datorn har bara statistikuppgifterna om klienten, så ingen sammanfattning kan göras här; klientens ansvariga medarbetare kan göra den.</translation>
    </message>
    <message>
        <source>Only career coaches and managers may ask to be assigned to a client.</source>
        <translation>Endast karriärcoacher och projektchefer kan be om att bli ansvariga för en klient.</translation>
    </message>
    <message>
        <source>The server has no such client any more: it may have been deleted.</source>
        <translation>Servern har inte längre den här klienten: den kan ha raderats.</translation>
    </message>
    <message>
        <source>You are assigned to this client already: sync to see it.</source>
        <translation>Du är redan ansvarig för den här klienten: synkronisera för att se den.</translation>
    </message>
    <message>
        <source>The request could not be sent to the server now: check the network connection, then try again.</source>
        <translation>Begäran kunde inte skickas till servern nu: kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>This person may already be a client on this laptop (%1 possible matches): open the existing client, or create the new one anyway.</source>
        <translation>Den här personen kan redan vara klient på den här datorn (%1 möjliga träffar): öppna den befintliga klienten eller skapa den nya ändå.</translation>
    </message>
    <message>
        <source>Only a manager can move clients to another staff member.</source>
        <translation>Endast en chef kan flytta klienter till en annan medarbetare.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has columns that the client list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</source>
        <translation>Ingenting importerades: filen har kolumner som klientlistan inte känner till: %1. Byt namn på dem eller ta bort dem ur filen. Kända kolumner: %2.</translation>
    </message>
    <message>
        <source>The file is %1 MB, larger than the organisation&apos;s limit of %2 MB. Nothing was saved: make the file smaller (scan at a lower resolution, or in parts) and attach it again.</source>
        <translation>Filen är %1 MB, större än organisationens gräns på %2 MB. Ingenting sparades: gör filen mindre (skanna med lägre upplösning eller i delar) och bifoga den igen.</translation>
    </message>
    <message>
        <source>This file cannot be attached: its content is not a PDF, JPEG, PNG, DOCX or ODT file (whatever its name says). Save or scan it as a PDF and attach that.</source>
        <translation>Filen kan inte bifogas: innehållet är inte en PDF-, JPEG-, PNG-, DOCX- eller ODT-fil (vad namnet än säger). Spara eller skanna den som PDF och bifoga den.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Nothing was saved: attach it again.</source>
        <translation>Filen ändrades medan den bifogades. Ingenting sparades: bifoga den igen.</translation>
    </message>
    <message>
        <source>The file is not on this laptop yet: synchronise and try again.</source>
        <translation>Filen finns inte ännu på den här datorn: synkronisera och försök igen.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New recruitment event</source>
        <translation>Nytt rekryteringsevenemang</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Rekryteringsevenemang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Search employers; Enter ticks</source>
        <translation>Sök arbetsgivare; Enter markerar</translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation>Andra deltagare</translation>
    </message>
    <message>
        <source>People who are not the project&apos;s clients: their number only.</source>
        <translation>Personer som inte är projektets kunder: endast deras antal.</translation>
    </message>
    <message>
        <source>Of them hired</source>
        <translation>Av dem anställda</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) chosen</source>
        <translation>
            <numerusform>%n arbetsgivare vald</numerusform>
            <numerusform>%n arbetsgivare valda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Työkohtaamo</source>
        <translation>Työkohtaamo (arbetsmöte)</translation>
    </message>
    <message>
        <source>Remote recruitment</source>
        <translation>Distansrekrytering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Choose an event from the list, or make a new one with Ctrl+N.</source>
        <translation>Välj ett evenemang i listan eller skapa ett nytt med Ctrl+N.</translation>
    </message>
    <message>
        <source>Ed&amp;it event…</source>
        <translation>Redigera eve&amp;nemang…</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Search clients by name; Enter adds</source>
        <translation>Sök kunder efter namn; Enter lägger till</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Lägg till deltagare</translation>
    </message>
    <message>
        <source>&amp;Remove participant…</source>
        <translation>Ta &amp;bort deltagaren…</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>Ta bort &amp;evenemanget…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>No employers yet.</source>
        <translation>Inga arbetsgivare ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hired</source>
        <translation>
            <numerusform>%n anställd</numerusform>
            <numerusform>%n anställda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>others: %n, of them hired %1</source>
        <translation>
            <numerusform>andra: %n, av dem anställda %1</numerusform>
            <numerusform>andra: %n, av dem anställda %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Filter by name or place</source>
        <translation>Filtrera efter namn eller plats</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nytt evenemang…</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>Nytt evenemang (Ctrl+N)</translation>
    </message>
    <message>
        <source>No events yet. Add the first one: New event (Ctrl+N)</source>
        <translation>Inga evenemang ännu. Lägg till det första: Nytt evenemang (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ExitDataDialog</name>
    <message>
        <source>Exit data for the funder</source>
        <translation>Finansiärens uppgifter vid utträde</translation>
    </message>
    <message>
        <source>The service has not ended: end it first (End service…), then the exit data can be saved.</source>
        <translation>Tjänsten har inte avslutats: avsluta den först (Avsluta tjänsten…), sedan kan uppgifterna vid utträde sparas.</translation>
    </message>
    <message>
        <source>The last situation in the four weeks counts.</source>
        <translation>Den sista situationen under de fyra veckorna räknas.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Type a date as day.month.year, for example 22.11.2026.</source>
        <translation>Skriv datumet som dag.månad.år, till exempel 22.11.2026.</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 22.11.2026 14.30.</source>
        <translation>Skriv datum och klockslag, till exempel 22.11.2026 14.30.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Skriv ett heltal.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Välj ett av de erbjudna alternativen.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>Say why you open this client, in a few words at least: the client&apos;s staff and the audit trail will see it.</source>
        <translation>Säg med åtminstone några ord varför du öppnar den här kunden: kundens ansvariga medarbetare och granskningsloggen ser det.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Slutet kan inte vara före början.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the visit.</source>
        <translation>Uppföljningsdagen kan inte vara före besöket.</translation>
    </message>
    <message>
        <source>Alternative recruitment cannot be taken up before the briefing is given.</source>
        <translation>Alternativ rekrytering kan inte tas i bruk innan information om den har getts.</translation>
    </message>
    <message>
        <source>The business ID is not of the form 1234567-8.</source>
        <translation>FO-numret har inte formen 1234567-8.</translation>
    </message>
    <message>
        <source>The business ID has a wrong check digit: check the number.</source>
        <translation>FO-numret har fel kontrollsiffra: kontrollera numret.</translation>
    </message>
    <message>
        <source>The personal identity code is not of the form DDMMYYCZZZQ.</source>
        <translation>Personbeteckningen har inte formen DDMMÅÅCZZZQ.</translation>
    </message>
    <message>
        <source>The personal identity code has a wrong check character: check it.</source>
        <translation>Personbeteckningen har fel kontrolltecken: kontrollera den.</translation>
    </message>
    <message>
        <source>An employer with this business ID is already recorded.</source>
        <translation>En arbetsgivare med detta FO-nummer finns redan registrerad.</translation>
    </message>
    <message>
        <source>The client is already a participant of this event.</source>
        <translation>Kunden är redan deltagare i detta evenemang.</translation>
    </message>
    <message>
        <source>The service has no start date, so it cannot end.</source>
        <translation>Tjänsten har inget startdatum och kan därför inte avslutas.</translation>
    </message>
    <message>
        <source>A transition cannot start before the client&apos;s service.</source>
        <translation>En övergång kan inte börja före kundens tjänst.</translation>
    </message>
    <message>
        <source>An assigned staff member is not known on this laptop.</source>
        <translation>En av de ansvariga medarbetarna är okänd på den här datorn.</translation>
    </message>
    <message>
        <source>Choose another staff member than the one the clients are moved from.</source>
        <translation>Välj en annan medarbetare än den som klienterna flyttas från.</translation>
    </message>
    <message>
        <source>An administrator cannot be assigned clients.</source>
        <translation>En administratör kan inte få klienter.</translation>
    </message>
    <message>
        <source>Nothing to change: these clients already have this staff.</source>
        <translation>Inget att ändra: dessa klienter har redan dessa medarbetare.</translation>
    </message>
    <message>
        <source>An assigned staff member is not known to the server.</source>
        <translation>En av de ansvariga medarbetarna är okänd för servern.</translation>
    </message>
    <message>
        <source>This contact works for another employer.</source>
        <translation>Den här kontaktpersonen arbetar hos en annan arbetsgivare.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s employment area: a form for the authority is addressed to it.</source>
        <translation>Välj klientens sysselsättningsområde: en blankett till myndigheten adresseras till det.</translation>
    </message>
    <message>
        <source>Long-term unemployed needs the labour market status &apos;unemployed&apos;.</source>
        <translation>Långtidsarbetslös kräver ställningen på arbetsmarknaden ”arbetslös”.</translation>
    </message>
    <message>
        <source>A EURA date needs the data entered (by the participant or by staff).</source>
        <translation>Ett EURA-datum kräver att uppgifterna har förts in (av deltagaren eller av personalen).</translation>
    </message>
    <message>
        <source>Data at exit needs the service&apos;s end date (the exit date).</source>
        <translation>Uppgifter vid utträde kräver tjänstens slutdatum (utträdesdatum).</translation>
    </message>
    <message>
        <source>More people cannot be hired than took part.</source>
        <translation>Fler kan inte ha anställts än som deltog.</translation>
    </message>
    <message>
        <source>This is too long: shorten it.</source>
        <translation>Detta är för långt: förkorta det.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>Detta är för kort.</translation>
    </message>
    <message>
        <source>The text holds a control character that cannot be saved: type it again.</source>
        <translation>Texten innehåller ett styrtecken som inte kan sparas: skriv den på nytt.</translation>
    </message>
    <message>
        <source>The record has been deleted; restore it first.</source>
        <translation>Posten har raderats; återställ den först.</translation>
    </message>
    <message>
        <source>The record cannot be restored with these values.</source>
        <translation>Posten kan inte återställas med dessa värden.</translation>
    </message>
    <message>
        <source>The text is too short.</source>
        <translation>Texten är för kort.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <source>Type text here.</source>
        <translation>Skriv text här.</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>Detta har inte den förväntade formen.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Skriv ett tal.</translation>
    </message>
    <message>
        <source>The number is too small.</source>
        <translation>Talet är för litet.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Talet är för stort.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Välj ja eller nej.</translation>
    </message>
    <message>
        <source>Give a date without a time of day.</source>
        <translation>Ange ett datum utan klockslag.</translation>
    </message>
    <message>
        <source>Choose a record from the list.</source>
        <translation>Välj en post i listan.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Välj i listan.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Värdet är ogiltigt.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>Det här är inte ett datum.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2199.</source>
        <translation>Året ska vara mellan 1900 och 2199.</translation>
    </message>
    <message>
        <source>This is not a time of day.</source>
        <translation>Det här är inte ett klockslag.</translation>
    </message>
    <message>
        <source>The business ID %1 is not of the form 1234567-8.</source>
        <translation>FO-numret %1 har inte formen 1234567-8.</translation>
    </message>
    <message>
        <source>The business ID %1 has a wrong check digit: check the number.</source>
        <translation>FO-numret %1 har fel kontrollsiffra: kontrollera numret.</translation>
    </message>
    <message>
        <source>An employer with business ID %1 is already recorded.</source>
        <translation>En arbetsgivare med FO-nummer %1 finns redan registrerad.</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as day.month.year, for example 22.11.2026.</source>
        <translation>%1 är inte ett datum: skriv det som dag.månad.år, till exempel 22.11.2026.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 är inte ett datum.</translation>
    </message>
    <message>
        <source>%1: the year must be from 1900 to 2199.</source>
        <translation>%1: året ska vara mellan 1900 och 2199.</translation>
    </message>
    <message>
        <source>%1 is not a date and a time: type them as 22.11.2026 14.30.</source>
        <translation>%1 är inte ett datum och ett klockslag: skriv dem som 22.11.2026 14.30.</translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation>%1 är inte ett klockslag.</translation>
    </message>
    <message>
        <source>A SHA-256 checksum is 64 lower-case hexadecimal digits.</source>
        <translation>En SHA-256-kontrollsumma är 64 hexadecimala siffror med gemener.</translation>
    </message>
    <message>
        <source>The client has no handover form with this document number.</source>
        <translation>Klienten har ingen överlämningsblankett med detta dokumentnummer.</translation>
    </message>
    <message>
        <source>Only a signed handover form names a form&apos;s document number.</source>
        <translation>Endast en undertecknad överlämningsblankett anger en blanketts dokumentnummer.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>At an event</source>
        <translation>Vid ett evenemang</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bedömningsdatum</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Ansvariga medarbetare</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Break-glass access lasts (hours)</source>
        <translation>Öppnandet av kunduppgifter varar (timmar)</translation>
    </message>
    <message>
        <source>Alternative recruitment briefing given</source>
        <translation>Information om alternativ rekrytering given</translation>
    </message>
    <message>
        <source>Alternative recruitment taken up</source>
        <translation>Alternativ rekrytering tagen i bruk</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Consent confirmed</source>
        <translation>Samtycket bekräftat</translation>
    </message>
    <message>
        <source>Contact met</source>
        <translation>Kontaktperson som träffades</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Typ av evenemang</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Tillsatt</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Tillsatt den</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Uppföljning den</translation>
    </message>
    <message>
        <source>Follow-up done by</source>
        <translation>Uppföljningen gjord av</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>Uppföljningen gjord den</translation>
    </message>
    <message>
        <source>For the employment authority</source>
        <translation>Till sysselsättningsområdet (myndigheten)</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Hittat den</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Funktionsförmåga</translation>
    </message>
    <message>
        <source>Further plan</source>
        <translation>Fortsatt plan</translation>
    </message>
    <message>
        <source>Need for further support</source>
        <translation>Behov av fortsatt stöd</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hidden job</source>
        <translation>Dolt jobb</translation>
    </message>
    <message>
        <source>Hidden jobs</source>
        <translation>Dolda jobb</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Anställd av</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Interest in apprenticeship</source>
        <translation>Intresse för läroavtalsutbildning</translation>
    </message>
    <message>
        <source>Interest in Työkohtaamo (recruitment event)</source>
        <translation>Intresse för Työkohtaamo (rekryteringsevenemang)</translation>
    </message>
    <message>
        <source>Interest in recruitment training</source>
        <translation>Intresse för RekryteringsUtbildning</translation>
    </message>
    <message>
        <source>Interest in wage subsidy</source>
        <translation>Intresse för lönesubvention</translation>
    </message>
    <message>
        <source>Interest in work trial</source>
        <translation>Intresse för arbetsprövning</translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation>Jobbmål</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Orter</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Typ av anteckning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Titles of the open positions</source>
        <translation>De lediga platsernas titlar</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>PDF checksum</source>
        <translation>PDF-filens kontrollsumma</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Typ av post</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreringssätt</translation>
    </message>
    <message>
        <source>Recruitment needs</source>
        <translation>Rekryteringsbehov</translation>
    </message>
    <message>
        <source>Description of the recruitment needs</source>
        <translation>Beskrivning av rekryteringsbehoven</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Hänvisande instans</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Hänvisningsdatum</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Retention (months)</source>
        <translation>Lagringstid (månader)</translation>
    </message>
    <message>
        <source>Undo period for deletes (days)</source>
        <translation>Ångringstid för borttagningar (dagar)</translation>
    </message>
    <message>
        <source>Funder&apos;s optional questions asked</source>
        <translation>Finansiärens valfria frågor</translation>
    </message>
    <message>
        <source>Employment areas</source>
        <translation>Sysselsättningsområden</translation>
    </message>
    <message>
        <source>Employment area</source>
        <translation>Sysselsättningsområde</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Labour market status at entry</source>
        <translation>Ställning på arbetsmarknaden vid inträde</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslös</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Tredjelandsmedborgare</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Utländsk bakgrund</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minoritet</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Hemlös eller utestängd från bostadsmarknaden</translation>
    </message>
    <message>
        <source>EURA entry data</source>
        <translation>EURA-uppgifter vid inträde</translation>
    </message>
    <message>
        <source>EURA entry data on</source>
        <translation>EURA-uppgifter vid inträde den</translation>
    </message>
    <message>
        <source>EURA exit data</source>
        <translation>EURA-uppgifter vid utträde</translation>
    </message>
    <message>
        <source>EURA exit data on</source>
        <translation>EURA-uppgifter vid utträde den</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situation vid utträde</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Kvalifikation uppnådd</translation>
    </message>
    <message>
        <source>Situation six months after leaving</source>
        <translation>Situation sex månader efter utträde</translation>
    </message>
    <message>
        <source>Returning client of</source>
        <translation>Återkommande kund, tidigare kundskap</translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation>Andra deltagare</translation>
    </message>
    <message>
        <source>Of them hired</source>
        <translation>Av dem anställda</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>Tjänstens slut</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Tjänstens början</translation>
    </message>
    <message>
        <source>Share with the employment authority</source>
        <translation>Lämnas ut till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Lämnas ut till samarbetspartner</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind of transition</source>
        <translation>Typ av övergång</translation>
    </message>
    <message>
        <source>Second factor (TOTP) for all staff</source>
        <translation>Tvåstegsverifiering (TOTP) för all personal</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Arbetsförmåga</translation>
    </message>
    <message>
        <source>Work done during the service</source>
        <translation>Arbete som gjorts under tjänsten</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Begärd den</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Typ av fil</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Största bilaga (MB)</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>Bifogad</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Handover form signed</source>
        <translation>Undertecknad överlämningsblankett</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>Filtyp</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Kontrollsumma (SHA-256)</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Storlek (byte)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Andel av</translation>
    </message>
    <message>
        <source>Share of: %1</source>
        <translation>Andel av: %1</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Varför den inte skickades</translation>
    </message>
    <message>
        <source>These files stay on this laptop; their records were sent. Records and other files go on syncing. When the cause is fixed, try again.</source>
        <translation>Dessa filer stannar på den här datorn; deras poster skickades. Poster och andra filer synkroniseras som vanligt. När orsaken är åtgärdad, försök igen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Download my clients&apos; attachments during sync (otherwise when a file is first opened)</source>
        <translation>Hämta mina klienters bilagor under synkroniseringen (annars först när en fil öppnas första gången)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Not sent after %1 tries.</source>
        <translation>Inte skickad efter %1 försök.</translation>
    </message>
    <message>
        <source>The server refused it: larger than the organisation&apos;s limit. Server&apos;s message: %1</source>
        <translation>Servern avvisade den: större än organisationens gräns. Serverns meddelande: %1</translation>
    </message>
    <message>
        <source>The server refused it. Server&apos;s message: %1</source>
        <translation>Servern avvisade den. Serverns meddelande: %1</translation>
    </message>
    <message>
        <source>The server does not have its record (yet): sync again, or check that the record was not refused.</source>
        <translation>Servern har inte (ännu) dess post: synkronisera igen, eller kontrollera att posten inte avvisades.</translation>
    </message>
    <message>
        <source>The connection was lost during the transfer.</source>
        <translation>Anslutningen bröts under överföringen.</translation>
    </message>
    <message>
        <source>The server could not take it now (%1).</source>
        <translation>Servern kunde inte ta emot den nu (%1).</translation>
    </message>
    <message>
        <source>The content arrived damaged and was discarded.</source>
        <translation>Innehållet kom fram skadat och kastades.</translation>
    </message>
    <message>
        <source>Larger than the organisation&apos;s limit of %1 MB, so the server refused it. Make the file smaller and attach it again.</source>
        <translation>Större än organisationens gräns på %1 MB, så servern avvisade den. Gör filen mindre och bifoga den igen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Inte skickad: %1</translation>
    </message>
</context>
<context>
    <name>FilledDialog</name>
    <message>
        <source>Position filled: %1</source>
        <translation>Jobbet tillsatt: %1</translation>
    </message>
    <message>
        <source>&amp;Filled on</source>
        <translation>&amp;Tillsatt den</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>FunderDataDialog</name>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
</context>
<context>
    <name>FunderFields</name>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Labour market status at entry</source>
        <translation>Ställning på arbetsmarknaden vid inträde</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslös</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>EURA entry data</source>
        <translation>EURA-uppgifter vid inträde</translation>
    </message>
    <message>
        <source>EURA date</source>
        <translation>EURA-datum</translation>
    </message>
    <message>
        <source>Exit date (service end)</source>
        <translation>Utträdesdatum (tjänstens slut)</translation>
    </message>
    <message>
        <source>Situation within four weeks of leaving</source>
        <translation>Situation inom fyra veckor efter utträdet</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Examen eller kvalifikation</translation>
    </message>
    <message>
        <source>Situation six months after leaving</source>
        <translation>Situation sex månader efter utträdet</translation>
    </message>
    <message>
        <source>EURA exit data</source>
        <translation>EURA-uppgifter vid utträde</translation>
    </message>
</context>
<context>
    <name>FunderSection</name>
    <message>
        <source>Funder&apos;s data (ESF+)</source>
        <translation>Finansiärens uppgifter (ESF+)</translation>
    </message>
    <message>
        <source>Edit entry data…</source>
        <translation>Redigera uppgifter vid inträde…</translation>
    </message>
    <message>
        <source>Edit exit data…</source>
        <translation>Redigera uppgifter vid utträde…</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Saknas: %1</translation>
    </message>
    <message>
        <source>Everything the funder asks is recorded.</source>
        <translation>Allt som finansiären frågar efter är registrerat.</translation>
    </message>
    <message>
        <source>long-term unemployed: %1</source>
        <translation>långtidsarbetslös: %1</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Vill du slänga det du skrev?</translation>
    </message>
    <message>
        <source>What you typed in this window will be lost.</source>
        <translation>Det du skrev in i det här fönstret går förlorat.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover form</source>
        <translation>Avslutnings-/överföringsblankett</translation>
    </message>
    <message>
        <source>Work done during the service</source>
        <translation>Arbete som gjorts under tjänsten</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Further plan</source>
        <translation>Fortsatt plan</translation>
    </message>
    <message>
        <source>Need for further support</source>
        <translation>Behov av fortsatt stöd</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>For the employment authority</source>
        <translation>Till sysselsättningsområdet (myndigheten)</translation>
    </message>
    <message>
        <source>The form is addressed to the employment authority and prints the full personal identity code; otherwise the code is masked.</source>
        <translation>Blanketten riktas till arbetskraftsmyndigheten och hela personbeteckningen skrivs ut; annars är beteckningen maskerad.</translation>
    </message>
    <message>
        <source>for example: Oulun seudun työllisyysalue</source>
        <translation>till exempel: Oulun seudun työllisyysalue</translation>
    </message>
    <message>
        <source>The employment area the form is addressed to: since 1 January 2025 the municipalities&apos; employment areas provide the services.</source>
        <translation>Sysselsättningsområdet som blanketten adresseras till: sedan 1.1.2025 ordnar kommunernas sysselsättningsområden arbetskraftsservicen.</translation>
    </message>
    <message>
        <source>optional: protects the saved PDF</source>
        <translation>frivilligt: skyddar den sparade PDF-filen</translation>
    </message>
    <message>
        <source>For sending the form by e-mail: the saved PDF opens only with this password (at least 8 characters). Give the password another way.</source>
        <translation>För att skicka blanketten per e-post: den sparade PDF-filen öppnas bara med detta lösenord (minst 8 tecken). Lämna lösenordet på annat sätt.</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Blankettens språk</translation>
    </message>
    <message>
        <source>E&amp;mployment area</source>
        <translation>Sysselsättnings&amp;område</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF-lösenord</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Reading the client&apos;s records…</source>
        <translation>Kundens uppgifter läses…</translation>
    </message>
    <message>
        <source>Choose or type the client&apos;s employment area: the form is addressed to it.</source>
        <translation>Välj eller skriv klientens sysselsättningsområde: blanketten adresseras till det.</translation>
    </message>
    <message>
        <source>No form can be made until the consent is recorded.</source>
        <translation>Ingen blankett kan göras innan samtycket har registrerats.</translation>
    </message>
    <message>
        <source>Latest form made for this client: %1.</source>
        <translation>Senaste blankett för den här kunden: %1.</translation>
    </message>
    <message>
        <source>Nothing was made.</source>
        <translation>Ingenting gjordes.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Förhandsvisningen görs…</translation>
    </message>
    <message>
        <source>Preview: a draft without a document number, not for signing.</source>
        <translation>Förhandsvisning: ett utkast utan dokumentnummer, inte för underskrift.</translation>
    </message>
    <message>
        <source>Making the form…</source>
        <translation>Blanketten görs…</translation>
    </message>
    <message>
        <source>Form %1 is unchanged; it keeps its number.</source>
        <translation>Blanketten %1 är oförändrad och behåller sitt nummer.</translation>
    </message>
    <message>
        <source>Form %1 made.</source>
        <translation>Blankett %1 har gjorts.</translation>
    </message>
    <message>
        <source>Sending form %1 to the printer…</source>
        <translation>Blankett %1 skickas till skrivaren…</translation>
    </message>
    <message>
        <source>Form %1 sent to the printer.</source>
        <translation>Blankett %1 har skickats till skrivaren.</translation>
    </message>
    <message>
        <source>The form was not printed.</source>
        <translation>Blanketten skrevs inte ut.</translation>
    </message>
    <message>
        <source>The PDF password needs at least 8 characters; nothing was saved.</source>
        <translation>PDF-lösenordet måste ha minst 8 tecken; ingenting sparades.</translation>
    </message>
    <message>
        <source>Save the handover form</source>
        <translation>Spara avslutnings-/överföringsblanketten</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Form %1 saved to %2.</source>
        <translation>Blankett %1 har sparats i %2.</translation>
    </message>
</context>
<context>
    <name>LetterOfIntentDialog</name>
    <message>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <source>Letter of &amp;intent</source>
        <translation>A&amp;vsiktsförklaring</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Kenttä is locked</source>
        <translation>Kenttä är låst</translation>
    </message>
    <message>
        <source>Enter your PIN or passphrase to continue.</source>
        <translation>Ange din PIN-kod eller lösenfras för att fortsätta.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in to your organisation&apos;s Kenttä server to send your work and receive your colleagues&apos;. The first sync downloads everything you may see.</source>
        <translation>Logga in på din organisations Kenttä-server för att skicka ditt arbete och ta emot dina kollegors. Den första synkroniseringen laddar ner allt du har rätt att se.</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Använd en reservkod</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Reservkod</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Give the server address, your username and your password.</source>
        <translation>Ange serveradressen, ditt användarnamn och ditt lösenord.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Type one of your recovery codes. Each works once.</source>
        <translation>Skriv en av dina reservkoder. Varje kod fungerar en gång.</translation>
    </message>
    <message>
        <source>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</source>
        <translation>Det här kontot använder tvåstegsverifiering: skriv den sexsiffriga kod som autentiseringsappen i din telefon visar nu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>About Kenttä</source>
        <translation>Om Kenttä</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln ändring väntar på att skickas</numerusform>
            <numerusform>%Ln ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Kenttä</source>
        <translation>&amp;Om Kenttä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Kenttä %1
Offline field work for employment projects.</source>
        <translation>Kenttä %1
Fältarbete utan nätförbindelse för sysselsättningsprojekt.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: enter the passphrase.</source>
        <translation>För många felaktiga PIN-koder: ange lösenfrasen.</translation>
    </message>
    <message>
        <source>Wrong PIN or passphrase.</source>
        <translation>Fel PIN-kod eller lösenfras.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Matching clients: %1</source>
        <translation>Passande kunder: %1</translation>
    </message>
    <message>
        <source>Clients in service on this laptop whose job goals or locality fit “%1”, best first. Double-click or press Enter to open a client.</source>
        <translation>Kunder med pågående tjänst på den här datorn vars jobbmål eller ort passar ”%1”, bäst först. Dubbelklicka eller tryck på Enter för att öppna en kund.</translation>
    </message>
    <message>
        <source>Looking for matching clients…</source>
        <translation>Söker passande kunder…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) fit this position.</source>
        <translation>
            <numerusform>%n kund passar för det här jobbet.</numerusform>
            <numerusform>%n kunder passar för det här jobbet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client in service fits this position.</source>
        <translation>Ingen kund med pågående tjänst passar för det här jobbet.</translation>
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
        <translation>Kund</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>MoveFollowUpDialog</name>
    <message>
        <source>Move the follow-up</source>
        <translation>Flytta uppföljningen</translation>
    </message>
    <message>
        <source>New follow-up date</source>
        <translation>Nytt uppföljningsdatum</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Leave the follow-up where it is?</source>
        <translation>Lämna uppföljningen som den är?</translation>
    </message>
    <message>
        <source>The new date you typed is not used.</source>
        <translation>Det nya datum du skrev används inte.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <source>Type a date as 24.12.2026, or pick one from the calendar (Alt+Down).</source>
        <translation>Skriv ett datum som 24.12.2026 eller välj det i kalendern (Alt+Ned).</translation>
    </message>
</context>
<context>
    <name>MyRequestsNotice</name>
    <message>
        <source>You asked on %1 to be assigned to a client of a colleague: waiting for their decision.</source>
        <translation>Du bad den %1 om att bli ansvarig för en kollegas klient: begäran väntar på beslut.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>%1 accepted your request to be assigned to %2.</source>
        <translation>%1 godkände din begäran om att bli ansvarig för %2.</translation>
    </message>
    <message>
        <source>%1 accepted your request to be assigned to a client: the client comes with the next sync.</source>
        <translation>%1 godkände din begäran om att bli ansvarig för en klient: klienten kommer vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>%1 declined your request of %2 to be assigned to a client.</source>
        <translation>%1 avslog din begäran (%2) om att bli ansvarig för en klient.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Who took part in the joint meeting</source>
        <translation>Vilka deltog i det gemensamma mötet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Lägg till anteckning…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Redigera anteckning…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Ta bort anteckning…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Anställd av</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Every session of the account ends: its laptops ask for the new password at their next sync.</source>
        <translation>Ett nytt lösenord för %1 (%2). Alla kontots sessioner upphör: dess datorer frågar efter det nya lösenordet vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Let the server make a password (shown once)</source>
        <translation>Låt servern skapa ett lösenord (visas en gång)</translation>
    </message>
    <message>
        <source>Set this password:</source>
        <translation>Ange detta lösenord:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Press Preview to see the form here.</source>
        <translation>Tryck på Förhandsgranska för att se blanketten här.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>New open position</source>
        <translation>Ny ledig plats</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Yrke</translation>
    </message>
    <message>
        <source>for example: welder, cook, practical nurse</source>
        <translation>till exempel: svetsare, kock, närvårdare</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Antal</translation>
    </message>
    <message>
        <source>Hidden job (not advertised)</source>
        <translation>Dolt jobb (inte annonserat)</translation>
    </message>
    <message>
        <source>&amp;Hidden</source>
        <translation>&amp;Dolt</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>&amp;Hittat den</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Hidden job</source>
        <translation>Dolt jobb</translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <source>Add position</source>
        <translation>Lägg till jobb</translation>
    </message>
    <message>
        <source>Add a row (Insert in the table)</source>
        <translation>Lägg till en rad (Insert i tabellen)</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Ta bort jobb</translation>
    </message>
    <message>
        <source>Remove the current row (Delete in the table)</source>
        <translation>Ta bort den markerade raden (Delete i tabellen)</translation>
    </message>
    <message>
        <source>Positions found on this visit are kept with the employer.</source>
        <translation>Jobb som hittas vid besöket sparas hos arbetsgivaren.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>PrefillSummary</name>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Tjänsteperiod</translation>
    </message>
    <message>
        <source>Career coach</source>
        <translation>Karriärcoach</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Hänvisad av</translation>
    </message>
    <message>
        <source>Results (transitions)</source>
        <translation>Resultat (övergångar)</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Sammanfattning av bedömningen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>inte påbörjad</translation>
    </message>
    <message>
        <source>no assigned coach</source>
        <translation>ingen utsedd karriärcoach</translation>
    </message>
    <message>
        <source>No transitions recorded.</source>
        <translation>Inga övergångar registrerade.</translation>
    </message>
    <message>
        <source>Not in force for the employment authority.</source>
        <translation>Gäller inte för arbetskraftsmyndigheten.</translation>
    </message>
    <message>
        <source>Given on %1 (%2); covers the employment authority.</source>
        <translation>Givet den %1 (%2); omfattar arbetskraftsmyndigheten.</translation>
    </message>
    <message>
        <source>No assessment summary recorded.</source>
        <translation>Ingen sammanfattning av bedömningen har registrerats.</translation>
    </message>
    <message>
        <source>Included (assessment of %1); the consent covers it.</source>
        <translation>Ingår (bedömning från %1); samtycket omfattar den.</translation>
    </message>
    <message>
        <source>Not included: the consent covers it for the authority only.</source>
        <translation>Ingår inte: samtycket omfattar den endast för myndigheten.</translation>
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
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Leta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>No sync yet.</source>
        <translation>Ingen synkronisering ännu.</translation>
    </message>
    <message>
        <source>Sync finished at %1.</source>
        <translation>Synkroniseringen slutfördes %1.</translation>
    </message>
    <message>
        <source>Sync cancelled at %1. What was sent or received is kept.</source>
        <translation>Synkroniseringen avbröts %1. Det som hann skickas eller tas emot behålls.</translation>
    </message>
    <message>
        <source>Sync stopped at %1.</source>
        <translation>Synkroniseringen avbröts %1.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Skickade: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Mottagna: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvisade: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 open</source>
        <translation>Konflikter: nya %1, öppna %2</translation>
    </message>
    <message>
        <source>%1 of the sent changes were merged with other devices&apos; changes.</source>
        <translation>%1 av de skickade ändringarna slogs samman med andra enheters ändringar.</translation>
    </message>
    <message>
        <source>%1 records were removed from this laptop: they were reassigned or purged.</source>
        <translation>Poster som togs bort från den här datorn: %1. De flyttades till någon annan eller rensades.</translation>
    </message>
    <message>
        <source>%1 refused records wait for you to edit them (see Set aside).</source>
        <translation>Avvisade poster som väntar på att du redigerar dem: %1 (se Undanlagda).</translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup; %n of your change(s) made since then were sent again. This laptop now holds the server&apos;s copies of everything else.</source>
        <translation>
            <numerusform>Servern återställdes från en säkerhetskopia; %n ändring som du gjort sedan dess skickades på nytt. För allt annat har den här datorn nu serverns version.</numerusform>
            <numerusform>Servern återställdes från en säkerhetskopia; %n ändringar som du gjort sedan dess skickades på nytt. För allt annat har den här datorn nu serverns version.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server was restored from a backup; none of your changes needed sending again. This laptop now holds the server&apos;s copies of everything.</source>
        <translation>Servern återställdes från en säkerhetskopia; inga av dina ändringar behövde skickas på nytt. Den här datorn har nu serverns version av allt.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that colleagues made or changed after the backup are not on the server; they are kept here until their laptops send them again.</source>
        <translation>
            <numerusform>%n post som kolleger skapat eller ändrat efter säkerhetskopian finns inte på servern; den sparas här tills deras datorer skickar den på nytt.</numerusform>
            <numerusform>%n poster som kolleger skapat eller ändrat efter säkerhetskopian finns inte på servern; de sparas här tills deras datorer skickar dem på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>Avvisad (%1): %2</translation>
    </message>
    <message>
        <source>Conflict in %1, field %2</source>
        <translation>Konflikt (%1), fält %2</translation>
    </message>
    <message>
        <source>Files: %1 sent, %2 received.</source>
        <translation>Filer: %1 skickade, %2 mottagna.</translation>
    </message>
    <message>
        <source>%1 file transfers failed this time; they are tried again at the next sync.</source>
        <translation>%1 filöverföringar misslyckades den här gången; de försöks igen vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>%1 files could not be sent (see Files); records and other files were not held back.</source>
        <translation>%1 filer kunde inte skickas (se Filer); poster och andra filer hölls inte tillbaka.</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Orsak till avvisningen</translation>
    </message>
    <message>
        <source>These records stay on this laptop and are not sent again until you edit them. Double-click one to open it.</source>
        <translation>De här posterna stannar på den här datorn och skickas inte igen förrän du redigerar dem. Dubbelklicka på en post för att öppna den.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>paid work</source>
        <translation>lönearbete</translation>
    </message>
    <message>
        <source>wage-subsidised work</source>
        <translation>lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>work trial</source>
        <translation>arbetsprövning</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>läroavtalsutbildning</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>studier</translation>
    </message>
    <message>
        <source>recruitment training</source>
        <translation>RekryteringsUtbildning</translation>
    </message>
    <message>
        <source>rehabilitative work activity</source>
        <translation>arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition of the kind &apos;other&apos; that starts in the period. A client with several such transitions counts once.</source>
        <translation>Kunder som räknas i ”Hänvisade kunder” och har minst en övergång av typen ”annat” som börjar under perioden. En kund med flera sådana övergångar räknas en gång.</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into %1 that starts in the period. A client with several such transitions counts once.</source>
        <translation>Kunder som räknas i ”Hänvisade kunder” och har minst en övergång till %1 som börjar under perioden. En kund med flera sådana övergångar räknas en gång.</translation>
    </message>
    <message>
        <source>Transitions: %1</source>
        <translation>Övergångar: %1</translation>
    </message>
    <message>
        <source>Clients referred</source>
        <translation>Hänvisade kunder</translation>
    </message>
    <message>
        <source>Clients referred to the service in the period: clients whose referral date, or their service start date when no referral date is recorded, falls in the period. A client with neither date counts only when the period is all time.</source>
        <translation>Kunder som hänvisats till tjänsten under perioden: kunder vars hänvisningsdatum, eller tjänstens startdatum när inget hänvisningsdatum har registrerats, infaller under perioden. En kund utan något av datumen räknas bara när perioden är all tid.</translation>
    </message>
    <message>
        <source>Clients into work or studies</source>
        <translation>Kunder som gått vidare till arbete eller studier</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into paid work, wage-subsidised work, studies or an apprenticeship that starts in the period. A client with several such transitions counts once.</source>
        <translation>Kunder som räknas i ”Hänvisade kunder” och har minst en övergång till lönearbete, lönesubventionerat arbete, studier eller läroavtalsutbildning som börjar under perioden. En kund med flera sådana övergångar räknas en gång.</translation>
    </message>
    <message>
        <source>Employers contacted</source>
        <translation>Kontaktade arbetsgivare</translation>
    </message>
    <message>
        <source>Employers with at least one visit in the period. An employer counts once, however many times it was visited.</source>
        <translation>Arbetsgivare med minst ett besök under perioden. En arbetsgivare räknas en gång, hur många gånger den än har besökts.</translation>
    </message>
    <message>
        <source>Employers briefed on alternative recruitment</source>
        <translation>Informerade om alternativ rekrytering</translation>
    </message>
    <message>
        <source>Employers counted in &apos;Employers contacted&apos; that had been given the alternative recruitment briefing at a visit on or before the last day of the period (by anyone, in the period or before it).</source>
        <translation>Arbetsgivare som räknas i ”Kontaktade arbetsgivare” och som har fått information om alternativ rekrytering vid ett besök senast periodens sista dag (av vem som helst, under perioden eller före den).</translation>
    </message>
    <message>
        <source>Employers using alternative recruitment</source>
        <translation>Använder alternativ rekrytering</translation>
    </message>
    <message>
        <source>Employers counted in &apos;Employers contacted&apos; recorded as having taken up alternative recruitment at a visit on or before the last day of the period.</source>
        <translation>Arbetsgivare som räknas i ”Kontaktade arbetsgivare” och som har registrerats ha tagit alternativ rekrytering i bruk vid ett besök senast periodens sista dag.</translation>
    </message>
    <message>
        <source>Employers with a letter of intent</source>
        <translation>Arbetsgivare med avsiktsförklaring</translation>
    </message>
    <message>
        <source>Employers whose letter of intent was signed in the period (by its date). With a staff member chosen: those of them the staff member had visited on or before the last day of the period.</source>
        <translation>Arbetsgivare vars avsiktsförklaring undertecknades under perioden (enligt dess datum). Med en anställd vald: de av dem som den anställda hade besökt senast periodens sista dag.</translation>
    </message>
    <message>
        <source>Company visits</source>
        <translation>Företagsbesök</translation>
    </message>
    <message>
        <source>Visits to employers in the period, each visit counted.</source>
        <translation>Besök hos arbetsgivare under perioden; varje besök räknas.</translation>
    </message>
    <message>
        <source>Recruitment events held</source>
        <translation>Ordnade rekryteringsevenemang</translation>
    </message>
    <message>
        <source>Recruitment events (Työkohtaamo, remote and other) held in the period. With a staff member chosen: the events where at least one of their clients took part.</source>
        <translation>Rekryteringsevenemang (Työkohtaamo, distansrekrytering och andra) som ordnats under perioden. När en medarbetare har valts: de evenemang där minst en av hens kunder deltog.</translation>
    </message>
    <message>
        <source>Event participants</source>
        <translation>Deltagare i evenemang</translation>
    </message>
    <message>
        <source>Clients who took part in the events counted in &apos;Recruitment events held&apos;. A client who took part in several events counts once.</source>
        <translation>Kunder som deltog i de evenemang som räknas i ”Ordnade rekryteringsevenemang”. En kund som deltog i flera evenemang räknas en gång.</translation>
    </message>
    <message>
        <source>Participants employed</source>
        <translation>Deltagare som fått anställning</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Event participants&apos; who were marked hired at one of those events.</source>
        <translation>Kunder som räknas i ”Deltagare i evenemang” och som markerats som anställda vid något av dessa evenemang.</translation>
    </message>
    <message>
        <source>Other event participants</source>
        <translation>Andra deltagare i evenemang</translation>
    </message>
    <message>
        <source>People who were not the project&apos;s clients and took part in the events counted in &apos;Recruitment events held&apos;, as each event recorded their number (counts, no personal data; a person at two events counts twice).</source>
        <translation>Personer som inte var projektets kunder och deltog i de evenemang som räknas i ”Ordnade rekryteringsevenemang”, enligt det antal varje evenemang registrerade (antal, inga personuppgifter; en person vid två evenemang räknas två gånger).</translation>
    </message>
    <message>
        <source>Other participants employed</source>
        <translation>Andra deltagare som fått anställning</translation>
    </message>
    <message>
        <source>People counted in &apos;Other event participants&apos; whom the event recorded as hired.</source>
        <translation>Personer som räknas i ”Andra deltagare i evenemang” och som evenemanget registrerade som anställda.</translation>
    </message>
    <message>
        <source>Event participants, clients and others</source>
        <translation>Deltagare i evenemang, kunder och andra</translation>
    </message>
    <message>
        <source>&apos;Event participants&apos; and &apos;Other event participants&apos; together.</source>
        <translation>”Deltagare i evenemang” och ”Andra deltagare i evenemang” tillsammans.</translation>
    </message>
    <message>
        <source>Participants employed, clients and others</source>
        <translation>Deltagare som fått anställning, kunder och andra</translation>
    </message>
    <message>
        <source>&apos;Participants employed&apos; and &apos;Other participants employed&apos; together.</source>
        <translation>”Deltagare som fått anställning” och ”Andra deltagare som fått anställning” tillsammans.</translation>
    </message>
    <message>
        <source>Positions found</source>
        <translation>Hittade jobb</translation>
    </message>
    <message>
        <source>Jobs in the positions found in the period (by the date found). A position for three people counts as three jobs.</source>
        <translation>Antalet platser i de jobb som hittats under perioden (enligt datumet då de hittades). Ett jobb för tre personer räknas som tre platser.</translation>
    </message>
    <message>
        <source>Hidden jobs found</source>
        <translation>Hittade dolda jobb</translation>
    </message>
    <message>
        <source>Jobs counted in &apos;Positions found&apos; that are hidden jobs: not advertised publicly.</source>
        <translation>Platser som räknas i ”Hittade jobb” och som är dolda jobb: de har inte annonserats offentligt.</translation>
    </message>
    <message>
        <source>Positions filled</source>
        <translation>Tillsatta jobb</translation>
    </message>
    <message>
        <source>Jobs in the positions marked filled with a filled date in the period; the position may have been found before the period.</source>
        <translation>Antalet platser i de jobb som markerats som tillsatta med ett tillsättningsdatum under perioden; jobbet kan ha hittats före perioden.</translation>
    </message>
    <message>
        <source>No locality</source>
        <translation>Ingen ort</translation>
    </message>
    <message>
        <source>Figures report</source>
        <translation>Nyckeltalsrapport</translation>
    </message>
    <message>
        <source>Figures for managers and funders</source>
        <translation>Nyckeltal för ledning och finansiärer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Participants: clients whose service starts in the period, with complete entry data; results: participants who left in the period. Left out for incomplete entry data: %1.</source>
        <translation>Deltagare: kunder vars tjänst börjar under perioden och vars uppgifter vid inträde är fullständiga; resultat: deltagare som lämnade under perioden. Utelämnade på grund av ofullständiga uppgifter vid inträde: %1.</translation>
    </message>
    <message>
        <source>EU common indicators by gender (ESF+)</source>
        <translation>EU:s gemensamma indikatorer efter kön (ESF+)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Andel av</translation>
    </message>
    <message>
        <source>Share base</source>
        <translation>Andelens bas</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Andel %</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>EU common indicator</source>
        <translation>EU:s gemensamma indikator</translation>
    </message>
    <message>
        <source>Commission code</source>
        <translation>Kommissionens kod</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binära</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Tjänsten började</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Transitions by kind (clients)</source>
        <translation>Övergångar per typ (kunder)</translation>
    </message>
    <message>
        <source>Visits per month by locality</source>
        <translation>Besök per månad och ort</translation>
    </message>
    <message>
        <source>No visits in the period.</source>
        <translation>Inga besök under perioden.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Sida %1/%2</translation>
    </message>
    <message>
        <source>How the figures are counted: deleted records never count, nor do records of a deleted client, employer or event. The period includes its first and last day. A share is the figure divided by the figure named in &apos;Share of&apos;, and each person or employer counts once in it. A locality covers the records of its clients, employers and events; a staff member covers their visits and the clients assigned to them.</source>
        <translation>Så räknas nyckeltalen: raderade poster räknas aldrig, inte heller poster för en raderad kund, arbetsgivare eller ett raderat evenemang. Perioden omfattar sin första och sista dag. En andel är nyckeltalet dividerat med det nyckeltal som anges i ”Andel av”, och varje person eller arbetsgivare räknas en gång i den. En ort omfattar posterna för dess kunder, arbetsgivare och evenemang; en medarbetare omfattar sina besök och de kunder som hen ansvarar för.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>Alla orter</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alla medarbetare</translation>
    </message>
    <message>
        <source>exit data due by %1</source>
        <translation>uppgifter vid utträde senast %1</translation>
    </message>
    <message>
        <source>exit data overdue since %1</source>
        <translation>uppgifter vid utträde försenade sedan %1</translation>
    </message>
    <message>
        <source>six-month follow-up due %1</source>
        <translation>uppföljning efter sex månader %1</translation>
    </message>
    <message>
        <source>six-month follow-up overdue since %1</source>
        <translation>uppföljning efter sex månader försenad sedan %1</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <source>labour market status at entry</source>
        <translation>ställning på arbetsmarknaden vid inträde</translation>
    </message>
    <message>
        <source>long-term unemployment</source>
        <translation>långtidsarbetslöshet</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>utbildningsnivå</translation>
    </message>
    <message>
        <source>disability question</source>
        <translation>frågan om funktionsnedsättning</translation>
    </message>
    <message>
        <source>third-country national question</source>
        <translation>frågan om tredjelandsmedborgarskap</translation>
    </message>
    <message>
        <source>foreign background question</source>
        <translation>frågan om utländsk bakgrund</translation>
    </message>
    <message>
        <source>minority question</source>
        <translation>frågan om minoritet</translation>
    </message>
    <message>
        <source>homelessness question</source>
        <translation>frågan om hemlöshet</translation>
    </message>
    <message>
        <source>EURA entry not done</source>
        <translation>EURA-uppgifter vid inträde inte gjorda</translation>
    </message>
    <message>
        <source>situation on leaving</source>
        <translation>situation vid utträde</translation>
    </message>
    <message>
        <source>qualification on leaving</source>
        <translation>kvalifikation vid utträde</translation>
    </message>
    <message>
        <source>EURA exit not done</source>
        <translation>EURA-uppgifter vid utträde inte gjorda</translation>
    </message>
    <message>
        <source>situation six months after leaving</source>
        <translation>situation sex månader efter utträde</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Totalt antal deltagare</translation>
    </message>
    <message>
        <source>Clients whose service starts in the period and whose entry data are complete.</source>
        <translation>Kunder vars tjänst börjar under perioden och vars uppgifter vid inträde är fullständiga.</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Arbetslösa, inklusive långtidsarbetslösa</translation>
    </message>
    <message>
        <source>Participants unemployed at entry, long-term unemployed included.</source>
        <translation>Deltagare som var arbetslösa vid inträdet, långtidsarbetslösa inräknade.</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslösa</translation>
    </message>
    <message>
        <source>Participants unemployed at entry and long-term unemployed.</source>
        <translation>Deltagare som var arbetslösa vid inträdet och långtidsarbetslösa.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Personer utanför arbetskraften</translation>
    </message>
    <message>
        <source>Participants outside the labour force at entry.</source>
        <translation>Deltagare som stod utanför arbetskraften vid inträdet.</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Sysselsatta, inklusive egenföretagare</translation>
    </message>
    <message>
        <source>Participants employed or self-employed at entry.</source>
        <translation>Deltagare som var sysselsatta eller egenföretagare vid inträdet.</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Barn under 18 år</translation>
    </message>
    <message>
        <source>Participants under 18 on the day their service starts.</source>
        <translation>Deltagare som är under 18 år den dag deras tjänst börjar.</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Unga mellan 18 och 29 år</translation>
    </message>
    <message>
        <source>Participants aged 18 to 29 on the day their service starts.</source>
        <translation>Deltagare som är 18–29 år den dag deras tjänst börjar.</translation>
    </message>
    <message>
        <source>Participants of 55 years of age and above</source>
        <translation>Deltagare som är 55 år eller äldre</translation>
    </message>
    <message>
        <source>Participants aged 55 or more on the day their service starts.</source>
        <translation>Deltagare som har fyllt 55 år den dag deras tjänst börjar.</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Högst grundskoleutbildning (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 0 to 2.</source>
        <translation>Deltagare vars högsta utbildning vid inträdet är ISCED 0–2.</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>Gymnasieutbildning eller eftergymnasial utbildning (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 3 or 4.</source>
        <translation>Deltagare vars högsta utbildning vid inträdet är ISCED 3 eller 4.</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>Eftergymnasial utbildning på högskolenivå (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 5 to 8.</source>
        <translation>Deltagare vars högsta utbildning vid inträdet är ISCED 5–8.</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Deltagare med funktionsnedsättning</translation>
    </message>
    <message>
        <source>Participants who answered yes; those who declined are not counted.</source>
        <translation>Deltagare som svarade ja; de som avböjde att svara räknas inte.</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Tredjelandsmedborgare</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Deltagare med utländsk bakgrund</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities such as Roma)</source>
        <translation>Minoriteter (inklusive marginaliserade grupper som romer)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Hemlösa eller personer som berörs av utestängning från bostadsmarknaden</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Arbetssökande vid utträdet</translation>
    </message>
    <message>
        <source>Participants who left in the period and were searching for a job in the four weeks after leaving (the last event counts).</source>
        <translation>Deltagare som lämnade under perioden och sökte arbete inom fyra veckor efter utträdet (den senaste händelsen räknas).</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>I utbildning vid utträdet</translation>
    </message>
    <message>
        <source>Participants who left in the period and were in education or training in the four weeks after leaving (the last event counts).</source>
        <translation>Deltagare som lämnade under perioden och var i utbildning inom fyra veckor efter utträdet (den senaste händelsen räknas).</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Fick en kvalifikation vid utträdet</translation>
    </message>
    <message>
        <source>Participants who left in the period with a qualification gained.</source>
        <translation>Deltagare som lämnade under perioden med en kvalifikation.</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Sysselsatta, inklusive egenföretagare, vid utträdet</translation>
    </message>
    <message>
        <source>Participants who left in the period and were employed or self-employed in the four weeks after leaving (the last event counts).</source>
        <translation>Deltagare som lämnade under perioden och var sysselsatta eller egenföretagare inom fyra veckor efter utträdet (den senaste händelsen räknas).</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>Sysselsatta, inklusive egenföretagare, sex månader efter utträdet</translation>
    </message>
    <message>
        <source>Participants who left in the period and were employed or self-employed six months after leaving.</source>
        <translation>Deltagare som lämnade under perioden och var sysselsatta eller egenföretagare sex månader efter utträdet.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>Alla orter</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alla medarbetare</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportera JSON…</translation>
    </message>
    <message>
        <source>Hover over a figure to see its definition.</source>
        <translation>Håll pekaren över ett nyckeltal för att se dess definition.</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>&amp;Nyckeltal</translation>
    </message>
    <message>
        <source>EU &amp;indicators</source>
        <translation>&amp;EU-indikatorer</translation>
    </message>
    <message>
        <source>&amp;Missing data</source>
        <translation>Saknade &amp;uppgifter</translation>
    </message>
    <message>
        <source>Transitions by kind (clients)</source>
        <translation>Övergångar per typ (kunder)</translation>
    </message>
    <message>
        <source>Visits per month by locality</source>
        <translation>Besök per månad och ort</translation>
    </message>
    <message>
        <source>The period ends before it starts: change the dates.</source>
        <translation>Perioden slutar innan den börjar: ändra datumen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) with data missing for the funder</source>
        <translation>
            <numerusform>%n deltagare saknar uppgifter för finansiären</numerusform>
            <numerusform>%n deltagare saknar uppgifter för finansiären</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a follow-up overdue</source>
        <translation>
            <numerusform>%n med försenad uppföljning</numerusform>
            <numerusform>%n med försenad uppföljning</numerusform>
        </translation>
    </message>
    <message>
        <source>The funder has every participant&apos;s data.</source>
        <translation>Finansiären har alla deltagares uppgifter.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Nyckeltalen gäller kl. %1.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Nyckeltalen kunde inte beräknas.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportera rapporten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Rapporten sparades inte.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapporten har sparats i %1.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Employer coordinator</source>
        <translation>Arbetsgivarkoordinator</translation>
    </message>
    <message>
        <source>Career coach</source>
        <translation>Karriärcoach</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Projektchef</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search employers, clients, visits and notes (Ctrl+F)</source>
        <translation>Sök arbetsgivare, kunder, besök och anteckningar (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Two-step verification</source>
        <translation>Tvåstegsverifiering</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>With two-step verification, logging in needs a code from an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator) besides the password. Give your password to continue.</source>
        <translation>Med tvåstegsverifiering kräver inloggningen utöver lösenordet en kod från en autentiseringsapp i din telefon (till exempel Microsoft Authenticator eller Google Authenticator). Ange ditt lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>New recovery codes (the old ones stop working)</source>
        <translation>Nya reservkoder (de gamla slutar fungera)</translation>
    </message>
    <message>
        <source>Set up a new phone</source>
        <translation>Ta i bruk en ny telefon</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Two-step verification is on. Give your password and the code the authenticator app shows now (or a recovery code).</source>
        <translation>Tvåstegsverifiering är på. Ange ditt lösenord och den kod som autentiseringsappen visar nu (eller en reservkod).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>1. Open the authenticator app on your phone and add an account by reading this QR code, or type the key below into it.
2. Type the 6-digit code the app shows.</source>
        <translation>1. Öppna autentiseringsappen i din telefon och lägg till ett konto genom att läsa den här QR-koden, eller skriv in nyckeln nedan i appen.
2. Skriv den sexsiffriga kod som appen visar.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Kod från appen</translation>
    </message>
    <message>
        <source>Two-step verification is on. These recovery codes are shown only now. If you lose your phone, each code logs you in once in place of the app&apos;s code. Keep them safe, apart from this laptop (printed, or in a password manager), and do not share them.</source>
        <translation>Tvåstegsverifiering är nu på. Reservkoderna visas bara nu. Om du tappar bort telefonen loggar varje kod in dig en gång i stället för appens kod. Förvara dem säkert, skilt från den här datorn (utskrivna eller i en lösenordshanterare), och dela dem inte.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Spara i en fil…</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
    <message>
        <source>Type the code the authenticator app shows now, or a recovery code.</source>
        <translation>Skriv den kod som autentiseringsappen visar nu, eller en reservkod.</translation>
    </message>
    <message>
        <source>Type the 6-digit code the authenticator app shows.</source>
        <translation>Skriv den sexsiffriga kod som autentiseringsappen visar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Kenttä recovery codes: each logs in once in place of the authenticator app&apos;s code. Keep them safe.</source>
        <translation>Kenttäs reservkoder: varje kod loggar in en gång i stället för autentiseringsappens kod. Förvara dem säkert.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Spara reservkoderna</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Ansvariga medarbetare</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Tjänstens början</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>Tjänstens slut</translation>
    </message>
    <message>
        <source>Assi&amp;gned staff…</source>
        <translation>Ansvariga &amp;medarbetare…</translation>
    </message>
    <message>
        <source>End serv&amp;ice…</source>
        <translation>Avsluta &amp;tjänsten…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Profile user (staff id)</source>
        <translation>Profilens användare (personal-id)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language at the next start</source>
        <translation>Språk vid nästa start</translation>
    </message>
    <message>
        <source>Window size and place per screen</source>
        <translation>Fönstrets storlek och plats per skärm</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>Den här enheten har tagits ur bruk</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lås efter inaktiv tid</translation>
    </message>
    <message>
        <source>Client names in calendar files</source>
        <translation>Klienternas namn i kalenderfiler</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Synkroniseringsserver</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Enhetens id</translation>
    </message>
    <message>
        <source>Staff id on the server</source>
        <translation>Personal-id på servern</translation>
    </message>
    <message>
        <source>Role on the server</source>
        <translation>Roll på servern</translation>
    </message>
    <message>
        <source>Server certificate authority</source>
        <translation>Serverns certifikatutfärdare</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Synkronisera automatiskt</translation>
    </message>
    <message>
        <source>Sync tokens</source>
        <translation>Synkroniseringstoken</translation>
    </message>
    <message>
        <source>Pulled up to</source>
        <translation>Hämtat till</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkronisering</translation>
    </message>
    <message>
        <source>Realigning after a server restore</source>
        <translation>Omsynkronisering efter en återställning av servern</translation>
    </message>
    <message>
        <source>Handover document numbers</source>
        <translation>Överlämningsdokumentens nummer</translation>
    </message>
    <message>
        <source>Handover form versions</source>
        <translation>Överföringsblanketternas versioner</translation>
    </message>
    <message>
        <source>Download my clients&apos; attachments during sync</source>
        <translation>Hämta mina klienters bilagor under synkroniseringen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Calendar files leave the encrypted profile: without this, a client is shown by a short code only.</source>
        <translation>Kalenderfiler lämnar den krypterade profilen: utan detta visas en klient bara med en kort kod.</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>lämna tomt för att behålla nuvarande PIN-kod</translation>
    </message>
    <message>
        <source>leave empty to keep the current passphrase</source>
        <translation>lämna tomt för att behålla den nuvarande lösenfrasen</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Återställningslösenfras</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koden måste ha minst %1 siffror.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Give the current passphrase to change it.</source>
        <translation>Ange den nuvarande lösenfrasen för att byta den.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Lösenfrasen byttes. Använd den nya från och med nu.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Den nuvarande lösenfrasen är fel. Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Kenttä – new profile</source>
        <translation>Kenttä – ny profil</translation>
    </message>
    <message>
        <source>Keep the key in the OS keyring</source>
        <translation>Förvara nyckeln i operativsystemets nyckelring</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>PIN for the lock screen</source>
        <translation>PIN-kod för låsskärmen</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Återställningslösenfras</translation>
    </message>
    <message>
        <source>The recovery passphrase opens the profile if the keyring is lost, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>Återställningslösenfrasen öppnar profilen om nyckelringen går förlorad och låser också upp låsskärmen. PIN-koden (minst %1 siffror) låser bara upp låsskärmen.</translation>
    </message>
    <message>
        <source>Passphrase (required)</source>
        <translation>Lösenfras (obligatorisk)</translation>
    </message>
    <message>
        <source>The passphrase opens the profile at every start, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>Lösenfrasen öppnar profilen vid varje start och låser också upp låsskärmen. PIN-koden (minst %1 siffror) låser bara upp låsskärmen.</translation>
    </message>
    <message>
        <source>Quit without a profile?</source>
        <translation>Vill du avsluta utan att skapa en profil?</translation>
    </message>
    <message>
        <source>What you typed will be lost, and Kenttä closes without creating a profile.</source>
        <translation>Det du skrev in går förlorat, och Kenttä stängs utan att en profil skapas.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Ange ditt namn.</translation>
    </message>
    <message>
        <source>Give the organisation.</source>
        <translation>Ange organisationen.</translation>
    </message>
    <message>
        <source>Give the locality.</source>
        <translation>Ange orten.</translation>
    </message>
    <message>
        <source>No OS keyring is used, so a passphrase is required.</source>
        <translation>Operativsystemets nyckelring används inte, så en lösenfras krävs.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koden måste ha minst %1 siffror.</translation>
    </message>
    <message>
        <source>Set a recovery passphrase or a PIN, so that the lock screen can be opened.</source>
        <translation>Ange en återställningslösenfras eller en PIN-kod så att låsskärmen kan låsas upp.</translation>
    </message>
</context>
<context>
    <name>SpecialCategories</name>
    <message>
        <source>Sensitive: special categories of personal data</source>
        <translation>Känsligt: särskilda kategorier av personuppgifter</translation>
    </message>
    <message>
        <source>Show answe&amp;rs</source>
        <translation>Visa svar&amp;en</translation>
    </message>
    <message>
        <source>Hide answe&amp;rs</source>
        <translation>Dölj svar&amp;en</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 av %2 besvarade</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Assigned staff</source>
        <translation>Ansvariga medarbetare</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>Sök medarbetare</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Ny anställd</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Redigera anställd</translation>
    </message>
    <message>
        <source>For example: Oulu, Raahe</source>
        <translation>Till exempel: Uleåborg, Brahestad</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Verksamhetsorter</translation>
    </message>
    <message>
        <source>Leave empty to have one made</source>
        <translation>Lämna tomt så skapar servern ett</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Första lösenord</translation>
    </message>
    <message>
        <source>The person logs in with this username and password on the Sync page of their laptop. A password made by the server is shown once, for you to hand over.</source>
        <translation>Personen loggar in med detta användarnamn och lösenord på sidan Synkronisering på sin dator. Ett lösenord som servern skapar visas en gång, så att du kan lämna över det.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Verksamhetsorter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Senast sedd</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>Lägg till &amp;person…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Ina&amp;ktivera…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Sätt nytt lö&amp;senord…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Aktivera i&amp;gen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Staff accounts: %1.</source>
        <translation>Personalkonton: %1.</translation>
    </message>
    <message>
        <source>Saved on the server: %1. Laptops learn it at their next sync.</source>
        <translation>Sparat på servern: %1. Datorerna får veta det vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Deactivate the account?</source>
        <translation>Inaktivera kontot?</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer log in, and every session of the account ends at once. What they recorded stays. You can reactivate the account later.</source>
        <translation>%1 (%2) kan inte längre logga in, och alla kontots sessioner upphör genast. Det som personen har registrerat finns kvar. Du kan aktivera kontot igen senare.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Client summary</source>
        <translation>Sammanfattning om klienten</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>&amp;Language of the summary</source>
        <translation>&amp;Språk för sammanfattningen</translation>
    </message>
    <message>
        <source>One page: the service, consent, transitions, next steps and due dates. No assessment and no notes are printed.</source>
        <translation>En sida: servicen, samtycket, övergångarna, nästa steg och tidsfristerna. Inga bedömningar och inga anteckningar skrivs ut.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Sammanfattningen görs…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The summary is ready: print it or save it as a PDF.</source>
        <translation>Sammanfattningen är klar: skriv ut den eller spara den som PDF.</translation>
    </message>
    <message>
        <source>No summary was made.</source>
        <translation>Ingen sammanfattning gjordes.</translation>
    </message>
    <message>
        <source>Sending the summary to the printer…</source>
        <translation>Sammanfattningen skickas till skrivaren…</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Sammanfattningen skickades till skrivaren.</translation>
    </message>
    <message>
        <source>The summary was not printed.</source>
        <translation>Sammanfattningen skrevs inte ut.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Spara sammanfattningen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>client-summary-%1.pdf</source>
        <translation>sammanfattning-om-klienten-%1.pdf</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>The summary was saved to %1.</source>
        <translation>Sammanfattningen sparades: %1.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Changes lost to the delete: %1</source>
        <translation>Ändringar som förlorades vid raderingen: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Client note</source>
        <translation>Kundanteckning</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Övergång</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Rekryteringsevenemang</translation>
    </message>
    <message>
        <source>Event participant</source>
        <translation>Deltagare i evenemang</translation>
    </message>
    <message>
        <source>Handover form</source>
        <translation>Avslutnings-/överföringsblankett</translation>
    </message>
    <message>
        <source>Opening of a client by a manager</source>
        <translation>En chefs öppnande av kunduppgifter</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Post i granskningsloggen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Deleted on another device</source>
        <translation>Raderad på en annan enhet</translation>
    </message>
    <message>
        <source>Your unsent changes: %1</source>
        <translation>Dina osända ändringar: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behållen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Request to be assigned to a client</source>
        <translation>Begäran om att bli ansvarig för en klient</translation>
    </message>
    <message>
        <source>Client&apos;s file</source>
        <translation>Klientens fil</translation>
    </message>
    <message>
        <source>Employer&apos;s file</source>
        <translation>Arbetsgivarens fil</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The sync could not be done. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Synkroniseringen kunde inte göras. Ingenting gick förlorat; ändringarna väntar på den här datorn.</translation>
    </message>
    <message>
        <source>Give the server address, for example https://kentta.example.fi.</source>
        <translation>Ange serveradressen, till exempel https://kentta.example.fi.</translation>
    </message>
    <message>
        <source>The server address %1 does not start with https://: write it, for example, as https://kentta.example.fi.</source>
        <translation>Serveradressen %1 börjar inte med https://: skriv den till exempel som https://kentta.example.fi.</translation>
    </message>
    <message>
        <source>%1 is not a valid server address: it must start with https://.</source>
        <translation>%1 är inte en giltig serveradress: den måste börja med https://.</translation>
    </message>
    <message>
        <source>Do not put a username or password in the server address; log in with the form.</source>
        <translation>Skriv inte användarnamn eller lösenord i serveradressen; logga in med formuläret.</translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: a server that is not on this computer must use https with a valid certificate. Ask your administrator for the https:// address.</source>
        <translation>Ingen anslutning till %1 över okrypterad http: en server som inte finns på den här datorn måste använda https med ett giltigt certifikat. Be administratören om https://-adressen.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified, so nothing was sent. The address may be wrong, or someone may be intercepting the connection. Ask your administrator.</source>
        <translation>Certifikatet för %1 kunde inte verifieras, så ingenting skickades. Adressen kan vara fel, eller så kan någon avlyssna förbindelsen. Kontakta administratören.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection and the server address, then sync again. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Servern %1 kan inte nås: kontrollera nätförbindelsen och serveradressen och synkronisera sedan igen. Ingenting gick förlorat; ändringarna väntar på den här datorn.</translation>
    </message>
    <message>
        <source>The server at %1 is busy or failing: try again later. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Servern %1 är överbelastad eller ur funktion: försök igen senare. Ingenting gick förlorat; ändringarna väntar på den här datorn.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is closed. Check them and try again.</source>
        <translation>Fel användarnamn eller lösenord, eller så är kontot stängt. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <source>Too many failed logins: wait about %1 min and try again.</source>
        <translation>För många misslyckade inloggningar: vänta cirka %1 min och försök igen.</translation>
    </message>
    <message>
        <source>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</source>
        <translation>Det här kontot använder tvåstegsverifiering: skriv den sexsiffriga kod som autentiseringsappen i din telefon visar nu.</translation>
    </message>
    <message>
        <source>The code is wrong. Type the code the authenticator app shows now, or one of your recovery codes, and try again.</source>
        <translation>Koden är fel. Skriv den kod som autentiseringsappen visar nu, eller en av dina reservkoder, och försök igen.</translation>
    </message>
    <message>
        <source>This code was used already: wait for the next code in the authenticator app and type it.</source>
        <translation>Den här koden har redan använts: vänta på nästa kod i autentiseringsappen och skriv den.</translation>
    </message>
    <message>
        <source>Your account must use two-step verification: set up an authenticator app on your phone to continue.</source>
        <translation>Ditt konto måste använda tvåstegsverifiering: ta i bruk en autentiseringsapp i din telefon för att fortsätta.</translation>
    </message>
    <message>
        <source>Your account must use two-step verification: it cannot be switched off.</source>
        <translation>Ditt konto måste använda tvåstegsverifiering: den kan inte stängas av.</translation>
    </message>
    <message>
        <source>The setup had expired: start it again.</source>
        <translation>Ibruktagandet hade gått ut: börja om.</translation>
    </message>
    <message>
        <source>The password is wrong: type it again.</source>
        <translation>Lösenordet är fel: skriv det igen.</translation>
    </message>
    <message>
        <source>The session with the server has ended: log in again.</source>
        <translation>Sessionen med servern har upphört: logga in igen.</translation>
    </message>
    <message>
        <source>Not logged in to the server: log in first.</source>
        <translation>Du är inte inloggad på servern: logga in först.</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop: log in again.</source>
        <translation>Servern godkänner inte längre den här datorn: logga in igen.</translation>
    </message>
    <message>
        <source>This device has been revoked: an administrator has stopped it from syncing. The profile and its data have been deleted from this computer. Contact your administrator.</source>
        <translation>Den här enheten har tagits ur bruk: en administratör har stoppat dess synkronisering. Profilen och dess uppgifter har raderats från den här datorn. Kontakta administratören.</translation>
    </message>
    <message>
        <source>This app and the server use different versions of the sync protocol: update the app, or ask your administrator.</source>
        <translation>Appen och servern använder olika versioner av synkroniseringsprotokollet: uppdatera appen eller kontakta administratören.</translation>
    </message>
    <message>
        <source>The server&apos;s data is older than this laptop&apos;s: it was put back from a backup in a way that would lose changes. Nothing was lost here; tell your administrator (kentta-server restore).</source>
        <translation>Serverns data är äldre än den här datorns: den har återställts från en säkerhetskopia på ett sätt som skulle tappa ändringar. Inget har gått förlorat här; meddela administratören (kentta-server restore).</translation>
    </message>
    <message>
        <source>The server was restored from a backup: this laptop takes the server&apos;s data again before it sends anything. Nothing was lost here; sync again.</source>
        <translation>Servern återställdes från en säkerhetskopia: den här datorn hämtar serverns data på nytt innan den skickar något. Inget förlorades här; synkronisera igen.</translation>
    </message>
    <message>
        <source>The server refused the request (%1). Nothing was lost; if this happens again, tell your administrator.</source>
        <translation>Servern avvisade begäran (%1). Ingenting gick förlorat; om detta händer igen, meddela administratören.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent or received so far is kept.</source>
        <translation>Synkroniseringen avbröts. Det som hann skickas eller tas emot behålls.</translation>
    </message>
    <message>
        <source>A sync is already running for this profile; wait for it to end.</source>
        <translation>En synkronisering av den här profilen pågår redan; vänta tills den är klar.</translation>
    </message>
    <message>
        <source>This profile syncs with %1. To use %2, log in on a new profile (another data folder); this one keeps its data.</source>
        <translation>Den här profilen synkroniseras med %1. Logga in på en ny profil (en annan datamapp) för att använda %2; den här profilen behåller sina uppgifter.</translation>
    </message>
    <message>
        <source>This profile has no sync server yet: log in first.</source>
        <translation>Den här profilen har ännu ingen synkroniseringsserver: logga in först.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Sync automatically when the server can be reached (checked every minute)</source>
        <translation>Synkronisera automatiskt när servern kan nås (kontrolleras varje minut)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Undanlagda</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <source>Set aside (%1)</source>
        <translation>Undanlagda (%1)</translation>
    </message>
    <message>
        <source>Two-step verification…</source>
        <translation>Tvåstegsverifiering…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Inloggad på %1 som %2.</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>En synkronisering pågår redan.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Skickar: %1 av %2</translation>
    </message>
    <message>
        <source>Receiving: %1 changes</source>
        <translation>Tar emot ändringar: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>(the server does not answer; trying again)</source>
        <translation>(servern svarar inte; försöker igen)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Filer (%1)</translation>
    </message>
    <message>
        <source>Files: %1 of %2</source>
        <translation>Filer: %1 av %2</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The server does not know this kind of record: update the app.</source>
        <translation>Servern känner inte till den här typen av post: uppdatera appen.</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>Du får inte ändra den här posten.</translation>
    </message>
    <message>
        <source>Your role may not change records of this kind.</source>
        <translation>Din roll får inte ändra poster av den här typen.</translation>
    </message>
    <message>
        <source>You may change your own organisation only.</source>
        <translation>Du får ändra endast din egen organisation.</translation>
    </message>
    <message>
        <source>A record cannot move to another organisation.</source>
        <translation>En post kan inte flyttas till en annan organisation.</translation>
    </message>
    <message>
        <source>The record has fields the server does not know: update the app.</source>
        <translation>Posten har fält som servern inte känner till: uppdatera appen.</translation>
    </message>
    <message>
        <source>This record was purged under the retention rules.</source>
        <translation>Den här posten har gallrats enligt lagringsreglerna.</translation>
    </message>
    <message>
        <source>The server does not have the version of this record that was edited here.</source>
        <translation>Servern har inte den version av posten som redigerades här.</translation>
    </message>
    <message>
        <source>Audit events cannot be changed.</source>
        <translation>Poster i granskningsloggen kan inte ändras.</translation>
    </message>
    <message>
        <source>The client of this record is not on the server.</source>
        <translation>Den här postens kund finns inte på servern.</translation>
    </message>
    <message>
        <source>The client of this record has been deleted.</source>
        <translation>Den här postens kund har raderats.</translation>
    </message>
    <message>
        <source>A new client must list you among its assigned staff.</source>
        <translation>Du måste finnas bland den nya kundens ansvariga medarbetare.</translation>
    </message>
    <message>
        <source>Some values are not valid: open the record and correct them.</source>
        <translation>Vissa värden är ogiltiga: öppna posten och rätta dem.</translation>
    </message>
    <message>
        <source>The record could not be sent as it is: open it and correct it.</source>
        <translation>Posten kunde inte skickas som den är: öppna den och rätta den.</translation>
    </message>
    <message>
        <source>The server refused the record.</source>
        <translation>Servern avvisade posten.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Last sync: %1</source>
        <translation>Senaste synkronisering: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n undanlagd</numerusform>
            <numerusform>%n undanlagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with changes waiting to be sent</source>
        <translation>
            <numerusform>%n post med ändringar som väntar på att skickas</numerusform>
            <numerusform>%n poster med ändringar som väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>the last sync stopped</source>
        <translation>den senaste synkroniseringen avbröts</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Follow-up of a visit</source>
        <translation>Uppföljning av företagsbesök</translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation>Tjänsten upphör</translation>
    </message>
    <message>
        <source>Work trial or wage-subsidised work ends</source>
        <translation>Arbetsprövning eller lönesubventionerat arbete upphör</translation>
    </message>
    <message>
        <source>Exit data for the funder</source>
        <translation>Finansiärens uppgifter vid utträde</translation>
    </message>
    <message>
        <source>Six-month follow-up for the funder</source>
        <translation>Finansiärens uppföljning efter sex månader</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>Inget giltigt samtycke</translation>
    </message>
    <message>
        <source>Request to be assigned</source>
        <translation>Begäran om att bli ansvarig</translation>
    </message>
    <message>
        <source>Client data to be purged</source>
        <translation>Klientens uppgifter raderas</translation>
    </message>
    <message>
        <source>Unfinished draft</source>
        <translation>Oavslutat utkast</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 ändringar väntar på att skickas</translation>
    </message>
    <message>
        <source>set aside by the server: %1</source>
        <translation>servern lade åt sidan: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>konflikt: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>%1 asks to be assigned to %2</source>
        <translation>%1 ber om att också bli ansvarig för %2</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>Inget förfaller de närmaste %1 dagarna.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>klient %1</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Rekryteringsevenemang</translation>
    </message>
    <message>
        <source>Kenttä: my work</source>
        <translation>Kenttä: mitt arbete</translation>
    </message>
</context>
<context>
    <name>TodayGroups</name>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Försenade uppföljningar</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>Uppföljningar i dag</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Uppföljningar denna vecka</translation>
    </message>
    <message>
        <source>Follow-ups later</source>
        <translation>Uppföljningar senare</translation>
    </message>
    <message>
        <source>Services ending</source>
        <translation>Tjänster som upphör</translation>
    </message>
    <message>
        <source>Work trials and wage-subsidised work ending</source>
        <translation>Arbetsprövningar och lönesubventionerat arbete som upphör</translation>
    </message>
    <message>
        <source>Funder&apos;s exit data due (four weeks from the end)</source>
        <translation>Finansiärens slutuppgifter (fyra veckor från slutet)</translation>
    </message>
    <message>
        <source>Funder&apos;s six-month follow-ups due</source>
        <translation>Finansiärens uppföljningar efter sex månader</translation>
    </message>
    <message>
        <source>Clients with no valid consent</source>
        <translation>Klienter utan giltigt samtycke</translation>
    </message>
    <message>
        <source>Colleagues asking to be assigned to your clients</source>
        <translation>Kolleger som ber om att bli ansvariga för dina klienter</translation>
    </message>
    <message>
        <source>Client data to be purged within 30 days</source>
        <translation>Klientuppgifter som raderas inom 30 dagar</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Ofärdiga utkast</translation>
    </message>
    <message>
        <source>Changes waiting and conflicts</source>
        <translation>Väntande ändringar och konflikter</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>&amp;Exportera till kalender…</translation>
    </message>
    <message>
        <source>Write your follow-ups, due dates and recruitment events as an .ics file for Outlook, Thunderbird or GNOME Calendar</source>
        <translation>Skriver dina uppföljningar, förfallodagar och rekryteringsevenemang som en .ics-fil för Outlook, Thunderbird eller GNOME Kalender</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Nothing due. No follow-ups, endings, consents, purges, drafts or conflicts need you in the next two weeks.</source>
        <translation>Inget förfaller. Inga uppföljningar, avslut, samtycken, raderingar, utkast eller konflikter behöver dig de närmaste två veckorna.</translation>
    </message>
    <message>
        <source>Mark &amp;done (Ctrl+D)</source>
        <translation>Markera som &amp;klar (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Move to another day… (Ctrl+M)</source>
        <translation>&amp;Flytta till en annan dag… (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Öppna (Enter)</translation>
    </message>
    <message>
        <source>The list could not be read. It is read again after the next change.</source>
        <translation>Listan kunde inte läsas. Den läses igen efter nästa ändring.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln day(s) late)</source>
        <translation>
            <numerusform>(%Ln dag försenad)</numerusform>
            <numerusform>(%Ln dagar försenad)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln ändring väntar på att skickas</numerusform>
            <numerusform>%Ln ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Besök: %1</translation>
    </message>
    <message>
        <source>Handover form of %1</source>
        <translation>Avslutnings-/överföringsblankett: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag %1</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>Läser vad som förfaller…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today or overdue</source>
        <translation>
            <numerusform>%Ln förfaller i dag eller är försenad</numerusform>
            <numerusform>%Ln förfaller i dag eller är försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the next two weeks</source>
        <translation>
            <numerusform>%Ln sak de närmaste två veckorna</numerusform>
            <numerusform>%Ln saker de närmaste två veckorna</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Uppföljningen markerad som klar.</translation>
    </message>
    <message>
        <source>Follow-up moved to %1.</source>
        <translation>Uppföljningen flyttad till %1.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Kalenderfilen skrivs…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) written to the calendar file</source>
        <translation>
            <numerusform>%Ln post skriven till kalenderfilen</numerusform>
            <numerusform>%Ln poster skrivna till kalenderfilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar file was not written.</source>
        <translation>Kalenderfilen skrevs inte.</translation>
    </message>
</context>
<context>
    <name>TopicsBox</name>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>&amp;Recruitment needs</source>
        <translation>Rekr&amp;yteringsbehov</translation>
    </message>
    <message>
        <source>Alternative recruitment &amp;briefing given</source>
        <translation>&amp;Information om alternativ rekrytering given</translation>
    </message>
    <message>
        <source>Alternative recruitment &amp;taken up</source>
        <translation>Alternativ rekrytering &amp;tagen i bruk</translation>
    </message>
    <message>
        <source>Interest in &amp;wage subsidy</source>
        <translation>Intresse för lönesu&amp;bvention</translation>
    </message>
    <message>
        <source>Interest in work tr&amp;ial</source>
        <translation>Intresse för arbets&amp;prövning</translation>
    </message>
    <message>
        <source>Interest in a&amp;pprenticeship</source>
        <translation>Intresse för lär&amp;oavtalsutbildning</translation>
    </message>
    <message>
        <source>Interest in recruitment trainin&amp;g</source>
        <translation>Intresse för Rekryterings&amp;Utbildning</translation>
    </message>
    <message>
        <source>Interest in Työkohtaamo (recr&amp;uitment event)</source>
        <translation>Intresse för Työkohtaamo (rekryterings&amp;evenemang)</translation>
    </message>
    <message>
        <source>What kind of people, when, how many</source>
        <translation>Vilken sorts personer, när, hur många</translation>
    </message>
</context>
<context>
    <name>TrailTab</name>
    <message>
        <source>Search clients; Enter shows the trail</source>
        <translation>Sök klienter; Enter visar loggspåret</translation>
    </message>
    <message>
        <source>Choose a client on the left.</source>
        <translation>Välj en klient till vänster.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Reading the trail of %1 from the server…</source>
        <translation>Läser loggspåret för %1 från servern…</translation>
    </message>
    <message>
        <source>%1: %2 entries, oldest first.</source>
        <translation>%1: %2 poster, äldsta först.</translation>
    </message>
    <message>
        <source>The trail was read from the server.</source>
        <translation>Loggspåret lästes från servern.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportera loggspåret</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Saved the audit trail to %1.</source>
        <translation>Loggspåret sparades i %1.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Record transition</source>
        <translation>Registrera övergång</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Har avslutats</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>TransitionsModel</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
</context>
<context>
    <name>TransitionsSection</name>
    <message>
        <source>Transitions</source>
        <translation>Övergångar</translation>
    </message>
    <message>
        <source>Record &amp;transition…</source>
        <translation>Registrera &amp;övergång…</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The profile&apos;s key is missing from the OS keyring. Enter the recovery passphrase.</source>
        <translation>Profilens nyckel saknas i operativsystemets nyckelring. Ange återställningslösenfrasen.</translation>
    </message>
    <message>
        <source>Enter the profile&apos;s passphrase.</source>
        <translation>Ange profilens lösenfras.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Kenttä</source>
        <translation>Lås upp Kenttä</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>At an event</source>
        <translation>Vid ett evenemang</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>Vad man talade om</translation>
    </message>
    <message>
        <source>F&amp;ollow up on</source>
        <translation>Upp&amp;följning den</translation>
    </message>
    <message>
        <source>Save visit (Ctrl+S)</source>
        <translation>Spara besöket (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Tid och plats</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum och tid</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>P&amp;lats</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Contact met</source>
        <translation>Kontaktperson som träffades</translation>
    </message>
    <message>
        <source>Open positions and hidden jobs</source>
        <translation>Lediga platser och dolda jobb</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ante&amp;ckningar</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Redigera besök</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation>Vill du slänga det här besöket?</translation>
    </message>
    <message>
        <source>What you typed in this visit will be lost.</source>
        <translation>Det du skrev in för besöket går förlorat.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Utkastet sparades kl. %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Filter visits by notes, needs, positions or next step</source>
        <translation>Filtrera besök efter anteckningar, behov, jobb eller nästa steg</translation>
    </message>
    <message>
        <source>&amp;Only mine</source>
        <translation>&amp;Endast mina</translation>
    </message>
    <message>
        <source>New visit (Ctrl+N)</source>
        <translation>Nytt besök (Ctrl+N)</translation>
    </message>
    <message>
        <source>No visits yet. Record the first one: New visit (Ctrl+N)</source>
        <translation>Inga besök ännu. Registrera det första: Nytt besök (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your unsaved changes to this visit were restored.</source>
        <translation>Dina osparade ändringar i besöket har återställts.</translation>
    </message>
    <message>
        <source>The visit you were writing was kept as a draft.</source>
        <translation>Besöket du skrev på sparades som utkast.</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Besöket har sparats.</translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>Osparat besök</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>You have an unsaved visit to %1 from %2.</source>
        <translation>Du har ett osparat besök hos %1 från %2.</translation>
    </message>
    <message>
        <source>You have an unsaved visit from %1.</source>
        <translation>Du har ett osparat besök från %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
</context>
<context>
    <name>_Opening</name>
    <message>
        <source>Opening the profile…</source>
        <translation>Profilen öppnas…</translation>
    </message>
</context>
<context>
    <name>_SendingDialog</name>
    <message>
        <source>Sending to the server…</source>
        <translation>Skickar till servern…</translation>
    </message>
</context>
</TS>
