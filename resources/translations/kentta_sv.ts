<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="96"/>
        <source>New assessment</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="97"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="98"/>
        <source>Work capacity</source>
        <translation>Arbetsförmåga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="99"/>
        <source>Functional capacity</source>
        <translation>Funktionsförmåga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="100"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="151"/>
        <source>Sensitive: work and functional capacity</source>
        <translation>Känsligt: arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="161"/>
        <location filename="../../desktop/ui/clients/sections.py" line="185"/>
        <source>Sh&amp;ow</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="162"/>
        <source>New a&amp;ssessment…</source>
        <translation>Ny &amp;bedömning…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/clients/sections.py" line="173"/>
        <source>%n assessment(s), the latest on %1</source>
        <translation>
            <numerusform>%n bedömning, den senaste %1</numerusform>
            <numerusform>%n bedömningar, den senaste %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="176"/>
        <source>No assessment yet.</source>
        <translation>Ingen bedömning ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="196"/>
        <source>Work capacity</source>
        <translation>Arbetsförmåga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="197"/>
        <source>Functional capacity</source>
        <translation>Funktionsförmåga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="198"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="203"/>
        <source>Hi&amp;de</source>
        <translation>&amp;Dölj</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="21"/>
        <source>New client</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="21"/>
        <source>Client details</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="24"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="25"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="27"/>
        <source>DDMMYYCZZZQ (optional)</source>
        <translation>DDMMÅÅCZZZQ (frivillig)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="27"/>
        <source>Unchanged; type to replace</source>
        <translation>Oförändrad; skriv för att ersätta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="29"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="30"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="31"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="34"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="37"/>
        <source>Referral source</source>
        <translation>Hänvisande instans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="38"/>
        <source>Referred on</source>
        <translation>Hänvisningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="39"/>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="40"/>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="44"/>
        <source>Job goals</source>
        <translation>Jobbmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="47"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="48"/>
        <source>Separate with commas</source>
        <translation>Separera med kommatecken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="49"/>
        <source>Service start</source>
        <translation>Tjänstens början</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_dialog.py" line="50"/>
        <source>Started</source>
        <translation>Har börjat</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="15"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="16"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="17"/>
        <source>Joint meeting</source>
        <translation>Gemensamt möte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="18"/>
        <source>Outside the office</source>
        <translation>Utanför kontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="22"/>
        <source>Paid work</source>
        <translation>Lönearbete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="23"/>
        <source>Wage-subsidised work</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="24"/>
        <source>Work trial</source>
        <translation>Arbetsprövning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="25"/>
        <source>Apprenticeship</source>
        <translation>Läroavtalsutbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="26"/>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="27"/>
        <source>Recruitment training</source>
        <translation>RekryteringsUtbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="28"/>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="29"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="33"/>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="34"/>
        <source>Verbally</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="35"/>
        <source>Electronically</source>
        <translation>Elektroniskt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="39"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="40"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/client_codes.py" line="41"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="57"/>
        <source>&amp;Reveal</source>
        <translation>Visa &amp;hela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="58"/>
        <source>Show the full code; this is recorded in the audit log.</source>
        <translation>Visa hela beteckningen; detta registreras i granskningsloggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="59"/>
        <source>← &amp;Clients</source>
        <translation>← &amp;Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="60"/>
        <source>Edit &amp;details…</source>
        <translation>Redigera &amp;uppgifter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="61"/>
        <source>&amp;Handover form…</source>
        <translation>&amp;Avslutnings-/överföringsblankett…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="64"/>
        <source>De&amp;lete client…</source>
        <translation>Ta &amp;bort klienten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="128"/>
        <source>This client is no longer on this laptop.</source>
        <translation>Den här kunden finns inte längre på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/client_view.py" line="149"/>
        <source>no personal identity code</source>
        <translation>ingen personbeteckning</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="35"/>
        <source>Filter by name or municipality</source>
        <translation>Filtrera efter namn eller kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="39"/>
        <source>All clients</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="39"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="40"/>
        <source>In service</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="40"/>
        <source>Service ended</source>
        <translation>Tjänsten avslutad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="42"/>
        <source>Only my clients</source>
        <translation>Endast mina kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="44"/>
        <source>New client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/page.py" line="46"/>
        <source>New client (Ctrl+N)</source>
        <translation>Ny kund (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/clients/page.py" line="116"/>
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
        <location filename="../../desktop/services/employer_lists.py" line="25"/>
        <location filename="../../desktop/services/listing.py" line="148"/>
        <location filename="../../desktop/services/listing.py" line="183"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="26"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="27"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="28"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="37"/>
        <source>Position</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="39"/>
        <source>Hidden</source>
        <translation>Dolt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="41"/>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="38"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="40"/>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="51"/>
        <location filename="../../desktop/services/listing.py" line="166"/>
        <location filename="../../desktop/services/listing.py" line="201"/>
        <location filename="../../desktop/services/listing.py" line="215"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="52"/>
        <location filename="../../desktop/services/listing.py" line="168"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/services/employer_lists.py" line="53"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lists/lazy_model.py" line="24"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lists/lazy_model.py" line="25"/>
        <source>In service</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lists/lazy_model.py" line="26"/>
        <source>Ended</source>
        <translation>Har avslutats</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="149"/>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="150"/>
        <location filename="../../desktop/services/listing.py" line="185"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="151"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="152"/>
        <source>Last visit</source>
        <translation>Senaste besök</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="154"/>
        <location filename="../../desktop/services/listing.py" line="169"/>
        <source>Open positions</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="167"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="170"/>
        <source>Hidden jobs</source>
        <translation>Dolda jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="171"/>
        <source>Briefed</source>
        <translation>Informerad</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="172"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="184"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="186"/>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="187"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="190"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="191"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="202"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="203"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="204"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="216"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="217"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="218"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/services/listing.py" line="220"/>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="86"/>
        <source>Close notice</source>
        <translation>Kvittera meddelandet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="138"/>
        <source>Your edit</source>
        <translation>Din ändring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="140"/>
        <source>Edit by %1</source>
        <translation>Ändring av %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="142"/>
        <source>Another person&apos;s edit</source>
        <translation>En annan persons ändring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="143"/>
        <source>deleted</source>
        <translation>raderad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="145"/>
        <source>The record stays deleted</source>
        <translation>Uppgiften förblir raderad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Mine</source>
        <translation>Mitt värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="73"/>
        <source>Theirs</source>
        <translation>Den andras värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="76"/>
        <source>No conflicts. When this laptop and another change the same field, both values are kept here for you to choose.</source>
        <translation>Inga konflikter. När den här datorn och en annan ändrar samma fält sparas båda värdena här så att du kan välja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="79"/>
        <source>Use mine</source>
        <translation>Använd mitt värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="81"/>
        <source>Use theirs</source>
        <translation>Använd den andras värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="83"/>
        <source>Edit value…</source>
        <translation>Redigera värdet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="123"/>
        <location filename="../../desktop/ui/sync/conflicts.py" line="124"/>
        <source> (current)</source>
        <translation> (gällande)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="72"/>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="73"/>
        <source>Sharing</source>
        <translation>Utlämnande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="74"/>
        <source>Share with the employment authority</source>
        <translation>Lämnas ut till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="75"/>
        <source>Share with partners</source>
        <translation>Lämnas ut till samarbetspartner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="76"/>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="77"/>
        <source>Recorded</source>
        <translation>Registreringssätt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="105"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="109"/>
        <source>Record &amp;consent…</source>
        <translation>Registrera &amp;samtycke…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="110"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="120"/>
        <source>No consent in force.</source>
        <translation>Inget gällande samtycke.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="122"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="122"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="124"/>
        <source>In force, given on %1</source>
        <translation>Gäller, givet den %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="125"/>
        <source>Share with the employment authority: %1</source>
        <translation>Lämnas ut till arbetskraftsmyndigheten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="127"/>
        <source>Share with partners: %1</source>
        <translation>Lämnas ut till samarbetspartner: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="128"/>
        <source>Recorded: %1</source>
        <translation>Registreringssätt: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="26"/>
        <source>New contact</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="26"/>
        <source>Edit contact</source>
        <translation>Redigera kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="30"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="31"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="32"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="33"/>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="32"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="32"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="33"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="33"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="73"/>
        <source>— not recorded —</source>
        <translation>— inte registrerad —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/contact_fields.py" line="76"/>
        <source>New contact…</source>
        <translation>Ny kontaktperson…</translation>
    </message>
</context>
<context>
    <name>DamagedProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="161"/>
        <source>Kenttä – the profile needs attention</source>
        <translation>Kenttä – profilen behöver åtgärdas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="164"/>
        <source>The database&apos;s change log is damaged: %1 recent saved changes would be lost if Kenttä opened the database now. Nothing has been changed, and copies of the files are kept in %2.</source>
        <translation>Databasens ändringslogg är skadad: %1 nyligen sparade ändringar skulle gå förlorade om Kenttä öppnade databasen nu. Ingenting har ändrats, och kopior av filerna finns i %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="169"/>
        <source>You can restore the profile from its last backup (%1). What was synced to the server comes back with the next sync; changes made after the last sync may be lost.</source>
        <translation>Du kan återställa profilen från den senaste säkerhetskopian (%1). Det som synkroniserats till servern kommer tillbaka vid nästa synkronisering; ändringar gjorda efter den senaste synkroniseringen kan gå förlorade.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="174"/>
        <source>The profile has no backup. Quit and leave everything as it is, and ask for support; or log in on a new profile to download your synced data.</source>
        <translation>Profilen har ingen säkerhetskopia. Avsluta och lämna allt som det är, och be om support; eller logga in på en ny profil för att hämta dina synkroniserade uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="181"/>
        <source>Restore the last backup</source>
        <translation>Återställ den senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="184"/>
        <source>Quit and leave everything as it is</source>
        <translation>Avsluta och lämna allt som det är</translation>
    </message>
</context>
<context>
    <name>DeleteAction</name>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="53"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="65"/>
        <source>Delete (Del)</source>
        <translation>Ta bort (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="90"/>
        <source>This record is no longer on this laptop.</source>
        <translation>Posten finns inte längre på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="94"/>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="95"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="96"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="113"/>
        <source>Deleted.</source>
        <translation>Borttaget.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="128"/>
        <source>With it, this is erased: %1.</source>
        <translation>Samtidigt raderas: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="130"/>
        <source>It is erased from this laptop at once, and from the other laptops at the next sync.</source>
        <translation>Det raderas från den här datorn genast och från de andra datorerna vid nästa synkronisering.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="132"/>
        <source>A manager can restore it on the server for %n day(s) after the sync (the organisation&apos;s undo period).</source>
        <translation>
            <numerusform>En chef kan återställa det på servern i %n dag efter synkroniseringen (organisationens ångringstid).</numerusform>
            <numerusform>En chef kan återställa det på servern i %n dagar efter synkroniseringen (organisationens ångringstid).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="135"/>
        <source>It is erased from this laptop at once. It was never synced, so the server has no copy to restore.</source>
        <translation>Det raderas från den här datorn genast. Det har aldrig synkroniserats, så servern har ingen kopia att återställa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="142"/>
        <source>Delete the client %1 and everything recorded under them?</source>
        <translation>Ta bort klienten %1 och allt som antecknats för hen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="143"/>
        <source>Delete the employer %1 with its contacts and positions? Its visits stay.</source>
        <translation>Ta bort arbetsgivaren %1 med dess kontaktpersoner och arbetsplatser? Dess besök blir kvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="145"/>
        <source>Delete the contact %1?</source>
        <translation>Ta bort kontaktpersonen %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="146"/>
        <source>Delete the position %1?</source>
        <translation>Ta bort arbetsplatsen %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="147"/>
        <source>Delete the visit to %1 on %2?</source>
        <translation>Ta bort besöket hos %1 den %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="148"/>
        <source>Delete the event %1 on %2?</source>
        <translation>Ta bort evenemanget %1 den %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="149"/>
        <source>Remove %1 from this event?</source>
        <translation>Ta bort %1 från det här evenemanget?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="150"/>
        <source>Delete the note of %2?</source>
        <translation>Ta bort anteckningen från %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="151"/>
        <source>Delete the consent given on %2?</source>
        <translation>Ta bort samtycket som gavs %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="152"/>
        <source>Delete the assessment of %2?</source>
        <translation>Ta bort bedömningen från %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="153"/>
        <source>Delete the transition that starts on %2?</source>
        <translation>Ta bort övergången som börjar %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="154"/>
        <source>Delete the handover form %1?</source>
        <translation>Ta bort överlämningsblanketten %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/delete_action.py" line="156"/>
        <source>Delete this record?</source>
        <translation>Ta bort den här posten?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="161"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="162"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n samtycke</numerusform>
            <numerusform>%n samtycken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="163"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="164"/>
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n övergång</numerusform>
            <numerusform>%n övergångar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="165"/>
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n evenemangsdeltagande</numerusform>
            <numerusform>%n evenemangsdeltaganden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="166"/>
        <source>%n handover form(s)</source>
        <translation>
            <numerusform>%n överlämningsblankett</numerusform>
            <numerusform>%n överlämningsblanketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="167"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontaktperson</numerusform>
            <numerusform>%n kontaktpersoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="168"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n arbetsplats</numerusform>
            <numerusform>%n arbetsplatser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/delete_action.py" line="170"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n annan post</numerusform>
            <numerusform>%n andra poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/edit_value.py" line="67"/>
        <source>Edit value</source>
        <translation>Redigera värdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/edit_value.py" line="73"/>
        <source>New value for %1:</source>
        <translation>Nytt värde för %1:</translation>
    </message>
</context>
<context>
    <name>EmployerChoice</name>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="26"/>
        <source>Search employers</source>
        <translation>Sök arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="28"/>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="47"/>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="53"/>
        <source>No employer</source>
        <translation>Ingen arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="30"/>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
</context>
<context>
    <name>EmployerDetail</name>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="72"/>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="72"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="72"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="73"/>
        <source>Project locality</source>
        <translation>Projektort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="73"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="73"/>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="85"/>
        <source>Edit the employer (Ctrl+E)</source>
        <translation>Redigera arbetsgivaren (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="86"/>
        <source>&amp;Letter of intent…</source>
        <translation>&amp;Avsiktsförklaring…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="87"/>
        <source>New &amp;visit</source>
        <translation>Nytt &amp;besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="89"/>
        <source>De&amp;lete employer…</source>
        <translation>Ta &amp;bort arbetsgivaren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="110"/>
        <source>Add &amp;contact…</source>
        <translation>Lägg till &amp;kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="111"/>
        <source>Add &amp;position…</source>
        <translation>Lägg till &amp;jobb…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="112"/>
        <source>Mark &amp;filled…</source>
        <translation>Markera som &amp;tillsatt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="113"/>
        <source>Find &amp;matching clients</source>
        <translation>Sök &amp;passande kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/detail.py" line="183"/>
        <source>This employer is no longer on this laptop.</source>
        <translation>Arbetsgivaren finns inte längre på den här datorn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/detail.py" line="207"/>
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Kontaktpersoner (%n)</numerusform>
            <numerusform>Kontaktpersoner (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/detail.py" line="210"/>
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Besök (%n)</numerusform>
            <numerusform>Besök (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/detail.py" line="213"/>
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
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="23"/>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="23"/>
        <source>Edit employer</source>
        <translation>Redigera arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="28"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="29"/>
        <source>&amp;Business ID</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="32"/>
        <source>&amp;Industry</source>
        <translation>&amp;Bransch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="33"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="36"/>
        <source>(no project locality)</source>
        <translation>(ingen projektort)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="37"/>
        <source>Project &amp;locality</source>
        <translation>Projekt&amp;ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="38"/>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="39"/>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="41"/>
        <source>Letter of &amp;intent</source>
        <translation>A&amp;vsiktsförklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/employer_dialog.py" line="45"/>
        <source>N&amp;otes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
</context>
<context>
    <name>EmployerMessages</name>
    <message>
        <location filename="../../desktop/ui/employers/messages.py" line="13"/>
        <source>Job goal: %1</source>
        <translation>Jobbmål: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/messages.py" line="14"/>
        <source>Same locality: %1</source>
        <translation>Samma ort: %1</translation>
    </message>
</context>
<context>
    <name>EmployerPicker</name>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="68"/>
        <source>Type the employer&apos;s name or business ID</source>
        <translation>Skriv arbetsgivarens namn eller FO-nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="79"/>
        <source>No employer found.</source>
        <translation>Ingen arbetsgivare hittades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="95"/>
        <source>Search instead</source>
        <translation>Sök i stället</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="100"/>
        <source>New employer&apos;s name</source>
        <translation>Den nya arbetsgivarens namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="102"/>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="251"/>
        <source>Create employer “%1”</source>
        <translation>Skapa arbetsgivaren ”%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/employer_picker.py" line="252"/>
        <source>Create employer</source>
        <translation>Skapa arbetsgivare</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="61"/>
        <source>Filter by name, business ID, municipality or industry</source>
        <translation>Filtrera efter namn, FO-nummer, kommun eller bransch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="63"/>
        <source>&amp;New employer…</source>
        <translation>&amp;Ny arbetsgivare…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="65"/>
        <source>Add an employer (Ctrl+N)</source>
        <translation>Lägg till en arbetsgivare (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/page.py" line="90"/>
        <source>Choose an employer from the list, or press Ctrl+N to add one.</source>
        <translation>Välj en arbetsgivare i listan eller lägg till en med Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/page.py" line="140"/>
        <source>%Ln employer(s)</source>
        <translation>
            <numerusform>%Ln arbetsgivare</numerusform>
            <numerusform>%Ln arbetsgivare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="132"/>
        <source>End service</source>
        <translation>Avsluta tjänsten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="133"/>
        <source>Service ends on</source>
        <translation>Tjänsten slutar den</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/excepthook.py" line="29"/>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Något gick fel och åtgärden slutfördes inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excepthook.py" line="31"/>
        <source>Your saved work is safe. If this happens again, tell your administrator and mention this: %1</source>
        <translation>Ditt sparade arbete är i säkerhet. Om detta händer igen, kontakta din administratör och nämn detta: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="35"/>
        <source>New recruitment event</source>
        <translation>Nytt rekryteringsevenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="35"/>
        <source>Recruitment event</source>
        <translation>Rekryteringsevenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="40"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="41"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="42"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="43"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="47"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="48"/>
        <source>Search employers; Enter ticks</source>
        <translation>Sök arbetsgivare; Enter markerar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/events/event_dialog.py" line="67"/>
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
        <location filename="../../desktop/ui/events/event_dialog.py" line="23"/>
        <source>Työkohtaamo</source>
        <translation>Työkohtaamo (arbetsmöte)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="24"/>
        <source>Remote recruitment</source>
        <translation>Distansrekrytering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_dialog.py" line="25"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="40"/>
        <source>Choose an event from the list, or make a new one with Ctrl+N.</source>
        <translation>Välj ett evenemang i listan eller skapa ett nytt med Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="57"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Redigera evenemang…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="61"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="67"/>
        <source>Search clients by name; Enter adds</source>
        <translation>Sök kunder efter namn; Enter lägger till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="71"/>
        <source>&amp;Add participant</source>
        <translation>&amp;Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="83"/>
        <source>&amp;Remove participant…</source>
        <translation>Ta &amp;bort deltagaren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="88"/>
        <source>De&amp;lete event…</source>
        <translation>Ta bort &amp;evenemanget…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="90"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/event_view.py" line="142"/>
        <source>No employers yet.</source>
        <translation>Inga arbetsgivare ännu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/events/event_view.py" line="145"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/events/event_view.py" line="146"/>
        <source>%n hired</source>
        <translation>
            <numerusform>%n anställd</numerusform>
            <numerusform>%n anställda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../desktop/ui/events/page.py" line="35"/>
        <source>Filter by name or place</source>
        <translation>Filtrera efter namn eller plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/page.py" line="37"/>
        <source>New event…</source>
        <translation>Nytt evenemang…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/page.py" line="39"/>
        <source>New event (Ctrl+N)</source>
        <translation>Nytt evenemang (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="32"/>
        <source>Type a date as day.month.year, for example 22.11.2026.</source>
        <translation>Skriv datumet som dag.månad.år, till exempel 22.11.2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="33"/>
        <source>Type a date and a time, for example 22.11.2026 14.30.</source>
        <translation>Skriv datum och klockslag, till exempel 22.11.2026 14.30.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="34"/>
        <source>Type a whole number.</source>
        <translation>Skriv ett heltal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="35"/>
        <source>Choose one of the values offered.</source>
        <translation>Välj ett av de erbjudna alternativen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="39"/>
        <location filename="../../desktop/ui/forms/errors.py" line="66"/>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="41"/>
        <source>The end cannot be before the start.</source>
        <translation>Slutet kan inte vara före början.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="42"/>
        <source>The follow-up date cannot be before the visit.</source>
        <translation>Uppföljningsdagen kan inte vara före besöket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="43"/>
        <source>Alternative recruitment cannot be taken up before the briefing is given.</source>
        <translation>Alternativ rekrytering kan inte tas i bruk innan information om den har getts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="45"/>
        <source>The business ID is not of the form 1234567-8.</source>
        <translation>FO-numret har inte formen 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="46"/>
        <source>The business ID has a wrong check digit: check the number.</source>
        <translation>FO-numret har fel kontrollsiffra: kontrollera numret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="48"/>
        <source>The personal identity code is not of the form DDMMYYCZZZQ.</source>
        <translation>Personbeteckningen har inte formen DDMMÅÅCZZZQ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="50"/>
        <source>The personal identity code has a wrong check character: check it.</source>
        <translation>Personbeteckningen har fel kontrolltecken: kontrollera den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="52"/>
        <source>An employer with this business ID is already recorded.</source>
        <translation>En arbetsgivare med detta FO-nummer finns redan registrerad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="53"/>
        <source>The client is already a participant of this event.</source>
        <translation>Kunden är redan deltagare i detta evenemang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="54"/>
        <source>The service has no start date, so it cannot end.</source>
        <translation>Tjänsten har inget startdatum och kan därför inte avslutas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="55"/>
        <source>A transition cannot start before the client&apos;s service.</source>
        <translation>En övergång kan inte börja före kundens tjänst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="56"/>
        <source>An assigned staff member is not known on this laptop.</source>
        <translation>En av de ansvariga medarbetarna är okänd på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="57"/>
        <source>An assigned staff member is not known to the server.</source>
        <translation>En av de ansvariga medarbetarna är okänd för servern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="58"/>
        <source>This contact works for another employer.</source>
        <translation>Den här kontaktpersonen arbetar hos en annan arbetsgivare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="59"/>
        <source>This is too long: shorten it.</source>
        <translation>Detta är för långt: förkorta det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="60"/>
        <source>This is too short.</source>
        <translation>Detta är för kort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="61"/>
        <source>The text holds a control character that cannot be saved: type it again.</source>
        <translation>Texten innehåller ett styrtecken som inte kan sparas: skriv den på nytt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="63"/>
        <source>The record has been deleted; restore it first.</source>
        <translation>Posten har raderats; återställ den först.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="64"/>
        <source>The record cannot be restored with these values.</source>
        <translation>Posten kan inte återställas med dessa värden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="67"/>
        <source>The text is too short.</source>
        <translation>Texten är för kort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="68"/>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="69"/>
        <source>Type text here.</source>
        <translation>Skriv text här.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="70"/>
        <source>This is not in the expected form.</source>
        <translation>Detta har inte den förväntade formen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="74"/>
        <location filename="../../desktop/ui/forms/errors.py" line="75"/>
        <source>Type a number.</source>
        <translation>Skriv ett tal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="76"/>
        <location filename="../../desktop/ui/forms/errors.py" line="77"/>
        <source>The number is too small.</source>
        <translation>Talet är för litet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="78"/>
        <location filename="../../desktop/ui/forms/errors.py" line="79"/>
        <source>The number is too large.</source>
        <translation>Talet är för stort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="80"/>
        <location filename="../../desktop/ui/forms/errors.py" line="81"/>
        <source>Choose yes or no.</source>
        <translation>Välj ja eller nej.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="85"/>
        <source>Give a date without a time of day.</source>
        <translation>Ange ett datum utan klockslag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="89"/>
        <location filename="../../desktop/ui/forms/errors.py" line="90"/>
        <source>Choose a record from the list.</source>
        <translation>Välj en post i listan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="91"/>
        <source>Choose from the list.</source>
        <translation>Välj i listan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="94"/>
        <source>This value is not valid.</source>
        <translation>Värdet är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="99"/>
        <source>The business ID %1 is not of the form 1234567-8.</source>
        <translation>FO-numret %1 har inte formen 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="100"/>
        <source>The business ID %1 has a wrong check digit: check the number.</source>
        <translation>FO-numret %1 har fel kontrollsiffra: kontrollera numret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/errors.py" line="102"/>
        <source>An employer with business ID %1 is already recorded.</source>
        <translation>En arbetsgivare med FO-nummer %1 finns redan registrerad.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="190"/>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="191"/>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="192"/>
        <source>At an event</source>
        <translation>Vid ett evenemang</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="51"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="52"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="53"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="54"/>
        <source>Assessed on</source>
        <translation>Bedömningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="55"/>
        <source>Assigned staff</source>
        <translation>Ansvariga medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="56"/>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="57"/>
        <source>Alternative recruitment briefing given</source>
        <translation>Information om alternativ rekrytering given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="58"/>
        <source>Alternative recruitment taken up</source>
        <translation>Alternativ rekrytering tagen i bruk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="59"/>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="60"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="61"/>
        <source>Consent confirmed</source>
        <translation>Samtycket bekräftat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="62"/>
        <source>Contact met</source>
        <translation>Kontaktperson som träffades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="63"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="64"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="65"/>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="66"/>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="67"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="68"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="69"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="70"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="71"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="72"/>
        <source>Kind of event</source>
        <translation>Typ av evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="73"/>
        <source>Filled</source>
        <translation>Tillsatt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="74"/>
        <source>Filled on</source>
        <translation>Tillsatt den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="75"/>
        <source>Follow up on</source>
        <translation>Uppföljning den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="76"/>
        <source>For the employment authority</source>
        <translation>Till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="77"/>
        <source>Found on</source>
        <translation>Hittat den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="78"/>
        <source>Functional capacity</source>
        <translation>Funktionsförmåga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="79"/>
        <source>Further plan</source>
        <translation>Fortsatt plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="80"/>
        <source>Need for further support</source>
        <translation>Behov av fortsatt stöd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="81"/>
        <source>Made at</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="82"/>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="83"/>
        <location filename="../../desktop/ui/sync/labels.py" line="103"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="84"/>
        <source>Hidden job</source>
        <translation>Dolt jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="85"/>
        <source>Hidden jobs</source>
        <translation>Dolda jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="86"/>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="87"/>
        <source>Hired by</source>
        <translation>Anställd av</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="88"/>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="89"/>
        <source>Interest in apprenticeship</source>
        <translation>Intresse för läroavtalsutbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="90"/>
        <source>Interest in Työkohtaamo (recruitment event)</source>
        <translation>Intresse för Työkohtaamo (rekryteringsevenemang)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="91"/>
        <source>Interest in recruitment training</source>
        <translation>Intresse för RekryteringsUtbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="92"/>
        <source>Interest in wage subsidy</source>
        <translation>Intresse för lönesubvention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="93"/>
        <source>Interest in work trial</source>
        <translation>Intresse för arbetsprövning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="94"/>
        <source>Job goals</source>
        <translation>Jobbmål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="95"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="96"/>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="97"/>
        <source>Localities</source>
        <translation>Orter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="98"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="99"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="100"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="101"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="102"/>
        <source>Kind of note</source>
        <translation>Typ av anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="104"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="105"/>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="106"/>
        <source>Titles of the open positions</source>
        <translation>De lediga platsernas titlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="107"/>
        <source>Open positions</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="108"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="109"/>
        <source>Partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="110"/>
        <source>PDF checksum</source>
        <translation>PDF-filens kontrollsumma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="111"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="112"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="113"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="114"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="115"/>
        <source>Kind of record</source>
        <translation>Typ av post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="116"/>
        <source>Recorded</source>
        <translation>Registreringssätt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="117"/>
        <source>Recruitment needs</source>
        <translation>Rekryteringsbehov</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="118"/>
        <source>Description of the recruitment needs</source>
        <translation>Beskrivning av rekryteringsbehoven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="119"/>
        <source>Referral source</source>
        <translation>Hänvisande instans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="120"/>
        <source>Referred on</source>
        <translation>Hänvisningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="121"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="122"/>
        <source>Retention (months)</source>
        <translation>Lagringstid (månader)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="137"/>
        <source>Undo period for deletes (days)</source>
        <translation>Ångringstid för borttagningar (dagar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="123"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="124"/>
        <source>Service end</source>
        <translation>Tjänstens slut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="125"/>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="126"/>
        <source>Service start</source>
        <translation>Tjänstens början</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="127"/>
        <source>Share with the employment authority</source>
        <translation>Lämnas ut till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="128"/>
        <source>Share with partners</source>
        <translation>Lämnas ut till samarbetspartner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="129"/>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="130"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="131"/>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="132"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="133"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="134"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="135"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="136"/>
        <source>Kind of transition</source>
        <translation>Typ av övergång</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="138"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="139"/>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="140"/>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="141"/>
        <source>Work capacity</source>
        <translation>Arbetsförmåga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="142"/>
        <source>Work done during the service</source>
        <translation>Arbete som gjorts under tjänsten</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="40"/>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="40"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="40"/>
        <source>Share of</source>
        <translation>Andel av</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figures_model.py" line="57"/>
        <source>Share of: %1</source>
        <translation>Andel av: %1</translation>
    </message>
</context>
<context>
    <name>FilledDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="73"/>
        <source>Position filled: %1</source>
        <translation>Jobbet tillsatt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="76"/>
        <source>&amp;Filled on</source>
        <translation>&amp;Tillsatt den</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/forms/dialog.py" line="62"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/dialog.py" line="64"/>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="61"/>
        <source>Handover form</source>
        <translation>Avslutnings-/överföringsblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="78"/>
        <source>Work done during the service</source>
        <translation>Arbete som gjorts under tjänsten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="78"/>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="79"/>
        <source>Further plan</source>
        <translation>Fortsatt plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="79"/>
        <source>Need for further support</source>
        <translation>Behov av fortsatt stöd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="89"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="89"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="89"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="92"/>
        <source>For the employment authority</source>
        <translation>Till arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="94"/>
        <source>The form is addressed to the employment authority and prints the full personal identity code; otherwise the code is masked.</source>
        <translation>Blanketten riktas till arbetskraftsmyndigheten och hela personbeteckningen skrivs ut; annars är beteckningen maskerad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="100"/>
        <source>optional: protects the saved PDF</source>
        <translation>frivilligt: skyddar den sparade PDF-filen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="101"/>
        <source>For sending the form by e-mail: the saved PDF opens only with this password (at least 8 characters). Give the password another way.</source>
        <translation>För att skicka blanketten per e-post: den sparade PDF-filen öppnas bara med detta lösenord (minst 8 tecken). Lämna lösenordet på annat sätt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="104"/>
        <source>Language of the form</source>
        <translation>Blankettens språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="106"/>
        <source>PDF password</source>
        <translation>PDF-lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="108"/>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="109"/>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="110"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="111"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="151"/>
        <source>Reading the client&apos;s records…</source>
        <translation>Kundens uppgifter läses…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="198"/>
        <source>No form can be made until the consent is recorded.</source>
        <translation>Ingen blankett kan göras innan samtycket har registrerats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="201"/>
        <source>Latest form made for this client: %1.</source>
        <translation>Senaste blankett för den här kunden: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="206"/>
        <source>Nothing was made.</source>
        <translation>Ingenting gjordes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="231"/>
        <source>Making the preview…</source>
        <translation>Förhandsvisningen görs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="235"/>
        <source>Preview: a draft without a document number, not for signing.</source>
        <translation>Förhandsvisning: ett utkast utan dokumentnummer, inte för underskrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="252"/>
        <source>Making the form…</source>
        <translation>Blanketten görs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="262"/>
        <source>Form %1 made.</source>
        <translation>Blankett %1 har gjorts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="289"/>
        <source>Form %1 sent to the printer.</source>
        <translation>Blankett %1 har skickats till skrivaren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="298"/>
        <source>The PDF password needs at least 8 characters; nothing was saved.</source>
        <translation>PDF-lösenordet måste ha minst 8 tecken; ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="304"/>
        <source>Save the handover form</source>
        <translation>Spara avslutnings-/överföringsblanketten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="305"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="315"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/dialog.py" line="318"/>
        <source>Form %1 saved to %2.</source>
        <translation>Blankett %1 har sparats i %2.</translation>
    </message>
</context>
<context>
    <name>LetterOfIntentDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="89"/>
        <source>Letter of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="92"/>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="94"/>
        <source>Letter of &amp;intent</source>
        <translation>A&amp;vsiktsförklaring</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="25"/>
        <source>Kenttä is locked</source>
        <translation>Kenttä är låst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="27"/>
        <source>Enter your PIN or passphrase to continue.</source>
        <translation>Ange din PIN-kod eller lösenfras för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="35"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="21"/>
        <source>Log in to your organisation&apos;s Kenttä server to send your work and receive your colleagues&apos;. The first sync downloads everything you may see.</source>
        <translation>Logga in på din organisations Kenttä-server för att skicka ditt arbete och ta emot dina kollegors. Den första synkroniseringen laddar ner allt du har rätt att se.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="37"/>
        <location filename="../../desktop/ui/sync/login_form.py" line="83"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="44"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="45"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="46"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="70"/>
        <source>Give the server address, your username and your password.</source>
        <translation>Ange serveradressen, ditt användarnamn och ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/login_form.py" line="74"/>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118"/>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>About Kenttä</source>
        <translation>Om Kenttä</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <location filename="../../desktop/ui/sync/page.py" line="129"/>
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln ändring väntar på att skickas</numerusform>
            <numerusform>%Ln ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Kenttä %1
Offline field work for employment projects.</source>
        <translation>Kenttä %1
Fältarbete utan nätförbindelse för sysselsättningsprojekt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268"/>
        <source>Too many wrong PINs: enter the passphrase.</source>
        <translation>För många felaktiga PIN-koder: ange lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Wrong PIN or passphrase.</source>
        <translation>Fel PIN-kod eller lösenfras.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="67"/>
        <source>Matching clients: %1</source>
        <translation>Passande kunder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="69"/>
        <source>Clients in service on this laptop whose job goals or locality fit “%1”, best first. Double-click or press Enter to open a client.</source>
        <translation>Kunder med pågående tjänst på den här datorn vars jobbmål eller ort passar ”%1”, bäst först. Dubbelklicka eller tryck på Enter för att öppna en kund.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="73"/>
        <source>Looking for matching clients…</source>
        <translation>Söker passande kunder…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employers/matching_view.py" line="94"/>
        <source>%n client(s) fit this position.</source>
        <translation>
            <numerusform>%n kund passar för det här jobbet.</numerusform>
            <numerusform>%n kunder passar för det här jobbet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="98"/>
        <source>No client in service fits this position.</source>
        <translation>Ingen kund med pågående tjänst passar för det här jobbet.</translation>
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
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="41"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/matching_view.py" line="41"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="44"/>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="46"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="47"/>
        <source>Partners</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="48"/>
        <source>Who took part in the joint meeting</source>
        <translation>Vilka deltog i det gemensamma mötet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="49"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="211"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="220"/>
        <source>&amp;Add note…</source>
        <translation>&amp;Lägg till anteckning…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="45"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="47"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="48"/>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="50"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="52"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_registry.py" line="53"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../desktop/ui/events/participants_model.py" line="46"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/participants_model.py" line="46"/>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/events/participants_model.py" line="46"/>
        <source>Hired by</source>
        <translation>Anställd av</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/ui/handover/preview.py" line="25"/>
        <source>Press Preview to see the form here.</source>
        <translation>Tryck på Förhandsgranska för att se blanketten här.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="48"/>
        <source>New open position</source>
        <translation>Ny ledig plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="51"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="52"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Yrke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="53"/>
        <source>for example: welder, cook, practical nurse</source>
        <translation>till exempel: svetsare, kock, närvårdare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="56"/>
        <source>&amp;Count</source>
        <translation>&amp;Antal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="57"/>
        <source>Hidden job (not advertised)</source>
        <translation>Dolt jobb (inte annonserat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="58"/>
        <source>&amp;Hidden</source>
        <translation>&amp;Dolt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employers/record_dialogs.py" line="59"/>
        <source>&amp;Found on</source>
        <translation>&amp;Hittat den</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="43"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="44"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="45"/>
        <source>Hidden job</source>
        <translation>Dolt jobb</translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="217"/>
        <source>Add position</source>
        <translation>Lägg till jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="219"/>
        <source>Add a row (Insert in the table)</source>
        <translation>Lägg till en rad (Insert i tabellen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="221"/>
        <source>Remove position</source>
        <translation>Ta bort jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="223"/>
        <source>Remove the current row (Delete in the table)</source>
        <translation>Ta bort den markerade raden (Delete i tabellen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="225"/>
        <source>Positions found on this visit are kept with the employer.</source>
        <translation>Jobb som hittas vid besöket sparas hos arbetsgivaren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/positions_editor.py" line="286"/>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>PrefillSummary</name>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="21"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="22"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="23"/>
        <source>Service period</source>
        <translation>Tjänsteperiod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="24"/>
        <source>Career coach</source>
        <translation>Karriärcoach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="25"/>
        <source>Referred by</source>
        <translation>Hänvisad av</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="26"/>
        <source>Results (transitions)</source>
        <translation>Resultat (övergångar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="27"/>
        <source>Assessment summary</source>
        <translation>Sammanfattning av bedömningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="28"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="53"/>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="55"/>
        <source>not started</source>
        <translation>inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="56"/>
        <source>no assigned coach</source>
        <translation>ingen utsedd karriärcoach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="69"/>
        <source>No transitions recorded.</source>
        <translation>Inga övergångar registrerade.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="72"/>
        <source>Not in force for the employment authority.</source>
        <translation>Gäller inte för arbetskraftsmyndigheten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="77"/>
        <source>Given on %1 (%2); covers the employment authority.</source>
        <translation>Givet den %1 (%2); omfattar arbetskraftsmyndigheten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="88"/>
        <source>No assessment summary recorded.</source>
        <translation>Ingen sammanfattning av bedömningen har registrerats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="90"/>
        <source>Included (assessment of %1); the consent covers it.</source>
        <translation>Ingår (bedömning från %1); samtycket omfattar den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handover/summary.py" line="93"/>
        <source>Not included: the consent covers it for the authority only.</source>
        <translation>Ingår inte: samtycket omfattar den endast för myndigheten.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="31"/>
        <source>No sync yet.</source>
        <translation>Ingen synkronisering ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="37"/>
        <source>Sync finished at %1.</source>
        <translation>Synkroniseringen slutfördes %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="38"/>
        <source>Sync cancelled at %1. What was sent or received is kept.</source>
        <translation>Synkroniseringen avbröts %1. Det som hann skickas eller tas emot behålls.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="39"/>
        <source>Sync stopped at %1.</source>
        <translation>Synkroniseringen avbröts %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="42"/>
        <source>Sent: %1</source>
        <translation>Skickade: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="43"/>
        <source>Received: %1</source>
        <translation>Mottagna: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="44"/>
        <source>Refused: %1</source>
        <translation>Avvisade: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="45"/>
        <source>Conflicts: %1 new, %2 open</source>
        <translation>Konflikter: nya %1, öppna %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="50"/>
        <source>%1 of the sent changes were merged with other devices&apos; changes.</source>
        <translation>%1 av de skickade ändringarna slogs samman med andra enheters ändringar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="53"/>
        <source>%1 records were removed from this laptop: they were reassigned or purged.</source>
        <translation>Poster som togs bort från den här datorn: %1. De flyttades till någon annan eller rensades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="56"/>
        <source>%1 refused records wait for you to edit them (see Set aside).</source>
        <translation>Avvisade poster som väntar på att du redigerar dem: %1 (se Undanlagda).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="61"/>
        <source>Refused %1: %2</source>
        <translation>Avvisad (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/receipt_view.py" line="63"/>
        <source>Conflict in %1, field %2</source>
        <translation>Konflikt (%1), fält %2</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="229"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="229"/>
        <source>Why the server refused it</source>
        <translation>Orsak till avvisningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflicts.py" line="232"/>
        <source>These records stay on this laptop and are not sent again until you edit them. Double-click one to open it.</source>
        <translation>De här posterna stannar på den här datorn och skickas inte igen förrän du redigerar dem. Dubbelklicka på en post för att öppna den.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <location filename="../../desktop/reports/figures.py" line="67"/>
        <source>paid work</source>
        <translation>lönearbete</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="68"/>
        <source>wage-subsidised work</source>
        <translation>lönesubventionerat arbete</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="69"/>
        <source>work trial</source>
        <translation>arbetsprövning</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="70"/>
        <source>apprenticeship</source>
        <translation>läroavtalsutbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="71"/>
        <source>studies</source>
        <translation>studier</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="72"/>
        <source>recruitment training</source>
        <translation>RekryteringsUtbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="73"/>
        <source>rehabilitative work activity</source>
        <translation>arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="74"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="81"/>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition of the kind &apos;other&apos; that starts in the period. A client with several such transitions counts once.</source>
        <translation>Kunder som räknas i ”Hänvisade kunder” och har minst en övergång av typen ”annat” som börjar under perioden. En kund med flera sådana övergångar räknas en gång.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="85"/>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into %1 that starts in the period. A client with several such transitions counts once.</source>
        <translation>Kunder som räknas i ”Hänvisade kunder” och har minst en övergång till %1 som börjar under perioden. En kund med flera sådana övergångar räknas en gång.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="91"/>
        <source>Transitions: %1</source>
        <translation>Övergångar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="98"/>
        <source>Clients referred</source>
        <translation>Hänvisade kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="99"/>
        <source>Clients referred to the service in the period: clients whose referral date, or their service start date when no referral date is recorded, falls in the period. A client with neither date counts only when the period is all time.</source>
        <translation>Kunder som hänvisats till tjänsten under perioden: kunder vars hänvisningsdatum, eller tjänstens startdatum när inget hänvisningsdatum har registrerats, infaller under perioden. En kund utan något av datumen räknas bara när perioden är all tid.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="108"/>
        <source>Clients into work or studies</source>
        <translation>Kunder som gått vidare till arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="109"/>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into paid work, wage-subsidised work, studies or an apprenticeship that starts in the period. A client with several such transitions counts once.</source>
        <translation>Kunder som räknas i ”Hänvisade kunder” och har minst en övergång till lönearbete, lönesubventionerat arbete, studier eller läroavtalsutbildning som börjar under perioden. En kund med flera sådana övergångar räknas en gång.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="120"/>
        <source>Employers contacted</source>
        <translation>Kontaktade arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="121"/>
        <source>Employers with at least one visit in the period. An employer counts once, however many times it was visited.</source>
        <translation>Arbetsgivare med minst ett besök under perioden. En arbetsgivare räknas en gång, hur många gånger den än har besökts.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="129"/>
        <source>Employers briefed on alternative recruitment</source>
        <translation>Informerade om alternativ rekrytering</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="130"/>
        <source>Employers counted in &apos;Employers contacted&apos; that had been given the alternative recruitment briefing at a visit on or before the last day of the period (by anyone, in the period or before it).</source>
        <translation>Arbetsgivare som räknas i ”Kontaktade arbetsgivare” och som har fått information om alternativ rekrytering vid ett besök senast periodens sista dag (av vem som helst, under perioden eller före den).</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="140"/>
        <source>Employers using alternative recruitment</source>
        <translation>Använder alternativ rekrytering</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="141"/>
        <source>Employers counted in &apos;Employers contacted&apos; recorded as having taken up alternative recruitment at a visit on or before the last day of the period.</source>
        <translation>Arbetsgivare som räknas i ”Kontaktade arbetsgivare” och som har registrerats ha tagit alternativ rekrytering i bruk vid ett besök senast periodens sista dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="150"/>
        <source>Company visits</source>
        <translation>Företagsbesök</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="151"/>
        <source>Visits to employers in the period, each visit counted.</source>
        <translation>Besök hos arbetsgivare under perioden; varje besök räknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="155"/>
        <source>Recruitment events held</source>
        <translation>Ordnade rekryteringsevenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="156"/>
        <source>Recruitment events (Työkohtaamo, remote and other) held in the period. With a staff member chosen: the events where at least one of their clients took part.</source>
        <translation>Rekryteringsevenemang (Työkohtaamo, distansrekrytering och andra) som ordnats under perioden. När en medarbetare har valts: de evenemang där minst en av hens kunder deltog.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="164"/>
        <source>Event participants</source>
        <translation>Deltagare i evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="165"/>
        <source>Clients who took part in the events counted in &apos;Recruitment events held&apos;. A client who took part in several events counts once.</source>
        <translation>Kunder som deltog i de evenemang som räknas i ”Ordnade rekryteringsevenemang”. En kund som deltog i flera evenemang räknas en gång.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="173"/>
        <source>Participants employed</source>
        <translation>Deltagare som fått anställning</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="174"/>
        <source>Clients counted in &apos;Event participants&apos; who were marked hired at one of those events.</source>
        <translation>Kunder som räknas i ”Deltagare i evenemang” och som markerats som anställda vid något av dessa evenemang.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="182"/>
        <source>Positions found</source>
        <translation>Hittade jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="183"/>
        <source>Jobs in the positions found in the period (by the date found). A position for three people counts as three jobs.</source>
        <translation>Antalet platser i de jobb som hittats under perioden (enligt datumet då de hittades). Ett jobb för tre personer räknas som tre platser.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="191"/>
        <source>Hidden jobs found</source>
        <translation>Hittade dolda jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="192"/>
        <source>Jobs counted in &apos;Positions found&apos; that are hidden jobs: not advertised publicly.</source>
        <translation>Platser som räknas i ”Hittade jobb” och som är dolda jobb: de har inte annonserats offentligt.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="200"/>
        <source>Positions filled</source>
        <translation>Tillsatta jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="201"/>
        <source>Jobs in the positions marked filled with a filled date in the period; the position may have been found before the period.</source>
        <translation>Antalet platser i de jobb som markerats som tillsatta med ett tillsättningsdatum under perioden; jobbet kan ha hittats före perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/figures.py" line="210"/>
        <source>No locality</source>
        <translation>Ingen ort</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="97"/>
        <location filename="../../desktop/reports/pdf.py" line="151"/>
        <source>Figures report</source>
        <translation>Nyckeltalsrapport</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="98"/>
        <source>Figures for managers and funders</source>
        <translation>Nyckeltal för ledning och finansiärer</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="102"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="103"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="104"/>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="112"/>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="112"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="113"/>
        <source>Share of</source>
        <translation>Andel av</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="113"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="136"/>
        <source>Transitions by kind (clients)</source>
        <translation>Övergångar per typ (kunder)</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="142"/>
        <source>Visits per month by locality</source>
        <translation>Besök per månad och ort</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="143"/>
        <source>No visits in the period.</source>
        <translation>Inga besök under perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="146"/>
        <source>Generated %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="155"/>
        <source>Page %1/%2</source>
        <translation>Sida %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="11"/>
        <source>How the figures are counted: deleted records never count, nor do records of a deleted client, employer or event. The period includes its first and last day. A share is the figure divided by the figure named in &apos;Share of&apos;, and each person or employer counts once in it. A locality covers the records of its clients, employers and events; a staff member covers their visits and the clients assigned to them.</source>
        <translation>Så räknas nyckeltalen: raderade poster räknas aldrig, inte heller poster för en raderad kund, arbetsgivare eller ett raderat evenemang. Perioden omfattar sin första och sista dag. En andel är nyckeltalet dividerat med det nyckeltal som anges i ”Andel av”, och varje person eller arbetsgivare räknas en gång i den. En ort omfattar posterna för dess kunder, arbetsgivare och evenemang; en medarbetare omfattar sina besök och de kunder som hen ansvarar för.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="29"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="32"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="34"/>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="35"/>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="39"/>
        <source>All localities</source>
        <translation>Alla orter</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/texts.py" line="43"/>
        <source>All staff</source>
        <translation>Alla medarbetare</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="58"/>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="69"/>
        <source>All localities</source>
        <translation>Alla orter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="69"/>
        <source>All staff</source>
        <translation>Alla medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="75"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="75"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="76"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="76"/>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="84"/>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="84"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="85"/>
        <source>Export JSON…</source>
        <translation>Exportera JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="102"/>
        <source>Hover over a figure to see its definition.</source>
        <translation>Håll pekaren över ett nyckeltal för att se dess definition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="113"/>
        <source>Transitions by kind (clients)</source>
        <translation>Övergångar per typ (kunder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="114"/>
        <source>Visits per month by locality</source>
        <translation>Besök per månad och ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="201"/>
        <source>The period ends before it starts: change the dates.</source>
        <translation>Perioden slutar innan den börjar: ändra datumen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="204"/>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="221"/>
        <source>Figures as of %1.</source>
        <translation>Nyckeltalen gäller kl. %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="229"/>
        <source>The figures could not be computed.</source>
        <translation>Nyckeltalen kunde inte beräknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="246"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="246"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="247"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="248"/>
        <source>Export the report</source>
        <translation>Exportera rapporten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="261"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="266"/>
        <source>The report was not saved.</source>
        <translation>Rapporten sparades inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="270"/>
        <source>Saved the report to %1.</source>
        <translation>Rapporten har sparats i %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/charts.py" line="74"/>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="26"/>
        <source>Employer coordinator</source>
        <translation>Arbetsgivarkoordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="27"/>
        <source>Career coach</source>
        <translation>Karriärcoach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="28"/>
        <source>Project manager</source>
        <translation>Projektchef</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="29"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="60"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="61"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="62"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="63"/>
        <source>Position</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="64"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="76"/>
        <source>Search employers, clients, visits and notes (Ctrl+F)</source>
        <translation>Sök arbetsgivare, kunder, besök och anteckningar (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="69"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="76"/>
        <source>Service path</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="77"/>
        <source>Assigned staff</source>
        <translation>Ansvariga medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="78"/>
        <source>Service start</source>
        <translation>Tjänstens början</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="79"/>
        <source>Service end</source>
        <translation>Tjänstens slut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="80"/>
        <source>Assigned s&amp;taff…</source>
        <translation>Ansvariga &amp;medarbetare…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="81"/>
        <source>&amp;End service…</source>
        <translation>&amp;Avsluta tjänsten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="92"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/store/settings.py" line="149"/>
        <source>Profile user (staff id)</source>
        <translation>Profilens användare (personal-id)</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="150"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="152"/>
        <source>Language at the next start</source>
        <translation>Språk vid nästa start</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="153"/>
        <source>Lock after idle time</source>
        <translation>Lås efter inaktiv tid</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="157"/>
        <source>Sync server</source>
        <translation>Synkroniseringsserver</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="158"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="159"/>
        <source>Device id</source>
        <translation>Enhetens id</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="160"/>
        <source>Staff id on the server</source>
        <translation>Personal-id på servern</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="161"/>
        <source>Role on the server</source>
        <translation>Roll på servern</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="162"/>
        <source>Server certificate authority</source>
        <translation>Serverns certifikatutfärdare</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="163"/>
        <source>Sync automatically</source>
        <translation>Synkronisera automatiskt</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="165"/>
        <source>Sync tokens</source>
        <translation>Synkroniseringstoken</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="169"/>
        <source>Pulled up to</source>
        <translation>Hämtat till</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="170"/>
        <source>Last sync</source>
        <translation>Senaste synkronisering</translation>
    </message>
    <message>
        <location filename="../../desktop/store/settings.py" line="176"/>
        <source>Handover document numbers</source>
        <translation>Överlämningsdokumentens nummer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="39"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="42"/>
        <source>leave empty to keep the current PIN</source>
        <translation>lämna tomt för att behålla nuvarande PIN-kod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="46"/>
        <source>leave empty to keep the current passphrase</source>
        <translation>lämna tomt för att behålla den nuvarande lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57"/>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>Recovery passphrase</source>
        <translation>Återställningslösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62"/>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77"/>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koden måste ha minst %1 siffror.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86"/>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88"/>
        <source>Give the current passphrase to change it.</source>
        <translation>Ange den nuvarande lösenfrasen för att byta den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="109"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Den nuvarande lösenfrasen är fel. Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="45"/>
        <source>Kenttä – new profile</source>
        <translation>Kenttä – ny profil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="65"/>
        <source>Keep the key in the OS keyring</source>
        <translation>Förvara nyckeln i operativsystemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="78"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="79"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="81"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="82"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="86"/>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="87"/>
        <source>PIN for the lock screen</source>
        <translation>PIN-kod för låsskärmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="89"/>
        <source>The recovery passphrase opens the profile if the keyring is lost and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>Återställningslösenfrasen öppnar profilen om nyckelringen går förlorad och låser upp låsskärmen. PIN-koden (minst %1 siffror) låser endast upp låsskärmen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="106"/>
        <source>Recovery passphrase</source>
        <translation>Återställningslösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="107"/>
        <source>Passphrase (required)</source>
        <translation>Lösenfras (obligatorisk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="112"/>
        <source>Give your name.</source>
        <translation>Ange ditt namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="114"/>
        <source>Give the organisation.</source>
        <translation>Ange organisationen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="116"/>
        <source>Give the locality.</source>
        <translation>Ange orten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="118"/>
        <source>No OS keyring is used, so a passphrase is required.</source>
        <translation>Operativsystemets nyckelring används inte, så en lösenfras krävs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="120"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="124"/>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN-koden måste ha minst %1 siffror.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="126"/>
        <source>Set a recovery passphrase or a PIN, so that the lock screen can be opened.</source>
        <translation>Ange en återställningslösenfras eller en PIN-kod så att låsskärmen kan låsas upp.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/staff_dialog.py" line="25"/>
        <source>Assigned staff</source>
        <translation>Ansvariga medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/staff_dialog.py" line="29"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/staff_dialog.py" line="30"/>
        <source>Search staff</source>
        <translation>Sök medarbetare</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="225"/>
        <source>Changes lost to the delete: %1</source>
        <translation>Ändringar som förlorades vid raderingen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="23"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="24"/>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="25"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="26"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="27"/>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="28"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="29"/>
        <source>Position</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="30"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="31"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="32"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="33"/>
        <source>Client note</source>
        <translation>Kundanteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="34"/>
        <source>Transition</source>
        <translation>Övergång</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="35"/>
        <source>Recruitment event</source>
        <translation>Rekryteringsevenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="36"/>
        <source>Event participant</source>
        <translation>Deltagare i evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="37"/>
        <source>Handover form</source>
        <translation>Avslutnings-/överföringsblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="38"/>
        <source>Audit event</source>
        <translation>Post i granskningsloggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="149"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="219"/>
        <source>Deleted on another device</source>
        <translation>Raderad på en annan enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="222"/>
        <source>Your unsent changes: %1</source>
        <translation>Dina osända ändringar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="226"/>
        <source>Kept</source>
        <translation>Behållen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="230"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="232"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/labels.py" line="246"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="28"/>
        <source>The sync could not be done. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Synkroniseringen kunde inte göras. Ingenting gick förlorat; ändringarna väntar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="30"/>
        <source>Give the server address, for example https://kentta.example.fi.</source>
        <translation>Ange serveradressen, till exempel https://kentta.example.fi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="32"/>
        <source>The server address %1 does not start with https://: write it, for example, as https://kentta.example.fi.</source>
        <translation>Serveradressen %1 börjar inte med https://: skriv den till exempel som https://kentta.example.fi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="35"/>
        <source>%1 is not a valid server address: it must start with https://.</source>
        <translation>%1 är inte en giltig serveradress: den måste börja med https://.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="37"/>
        <source>Do not put a username or password in the server address; log in with the form.</source>
        <translation>Skriv inte användarnamn eller lösenord i serveradressen; logga in med formuläret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="39"/>
        <source>Refused to connect to %1 over plain http: a server that is not on this computer must use https with a valid certificate. Ask your administrator for the https:// address.</source>
        <translation>Ingen anslutning till %1 över okrypterad http: en server som inte finns på den här datorn måste använda https med ett giltigt certifikat. Be administratören om https://-adressen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="43"/>
        <source>The certificate of %1 could not be verified, so nothing was sent. The address may be wrong, or someone may be intercepting the connection. Ask your administrator.</source>
        <translation>Certifikatet för %1 kunde inte verifieras, så ingenting skickades. Adressen kan vara fel, eller så kan någon avlyssna förbindelsen. Kontakta administratören.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="46"/>
        <source>Cannot reach the server at %1: check the network connection and the server address, then sync again. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Servern %1 kan inte nås: kontrollera nätförbindelsen och serveradressen och synkronisera sedan igen. Ingenting gick förlorat; ändringarna väntar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="49"/>
        <source>The server at %1 is busy or failing: try again later. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Servern %1 är överbelastad eller ur funktion: försök igen senare. Ingenting gick förlorat; ändringarna väntar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="51"/>
        <source>Wrong username or password, or the account is closed. Check them and try again.</source>
        <translation>Fel användarnamn eller lösenord, eller så är kontot stängt. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="53"/>
        <source>Too many failed logins: wait about %1 min and try again.</source>
        <translation>För många misslyckade inloggningar: vänta cirka %1 min och försök igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="55"/>
        <source>The session with the server has ended: log in again.</source>
        <translation>Sessionen med servern har upphört: logga in igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="57"/>
        <source>Not logged in to the server: log in first.</source>
        <translation>Du är inte inloggad på servern: logga in först.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="58"/>
        <source>The server no longer accepts this laptop: log in again.</source>
        <translation>Servern godkänner inte längre den här datorn: logga in igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="60"/>
        <source>This app and the server use different versions of the sync protocol: update the app, or ask your administrator.</source>
        <translation>Appen och servern använder olika versioner av synkroniseringsprotokollet: uppdatera appen eller kontakta administratören.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="63"/>
        <source>The server refused the request (%1). Nothing was lost; if this happens again, tell your administrator.</source>
        <translation>Servern avvisade begäran (%1). Ingenting gick förlorat; om detta händer igen, meddela administratören.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="66"/>
        <source>Sync cancelled. What was sent or received so far is kept.</source>
        <translation>Synkroniseringen avbröts. Det som hann skickas eller tas emot behålls.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="68"/>
        <source>A sync is already running for this profile; wait for it to end.</source>
        <translation>En synkronisering av den här profilen pågår redan; vänta tills den är klar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="71"/>
        <source>This profile syncs with %1. To use %2, log in on a new profile (another data folder); this one keeps its data.</source>
        <translation>Den här profilen synkroniseras med %1. Logga in på en ny profil (en annan datamapp) för att använda %2; den här profilen behåller sina uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="74"/>
        <source>This profile has no sync server yet: log in first.</source>
        <translation>Den här profilen har ännu ingen synkroniseringsserver: logga in först.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="57"/>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="60"/>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="69"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="76"/>
        <source>Sync automatically when the server can be reached (checked every minute)</source>
        <translation>Synkronisera automatiskt när servern kan nås (kontrolleras varje minut)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="86"/>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="87"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="88"/>
        <source>Set aside</source>
        <translation>Undanlagda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="90"/>
        <source>Conflicts (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="92"/>
        <source>Set aside (%1)</source>
        <translation>Undanlagda (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="138"/>
        <source>Logged in to %1 as %2.</source>
        <translation>Inloggad på %1 som %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="156"/>
        <source>A sync is running already.</source>
        <translation>En synkronisering pågår redan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="183"/>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="189"/>
        <source>Sending: %1 of %2</source>
        <translation>Skickar: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="192"/>
        <source>Receiving: %1 changes</source>
        <translation>Tar emot ändringar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="194"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="196"/>
        <source>(the server does not answer; trying again)</source>
        <translation>(servern svarar inte; försöker igen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="198"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="80"/>
        <source>The server does not know this kind of record: update the app.</source>
        <translation>Servern känner inte till den här typen av post: uppdatera appen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="82"/>
        <source>You may not change this record.</source>
        <translation>Du får inte ändra den här posten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="83"/>
        <source>Your role may not change records of this kind.</source>
        <translation>Din roll får inte ändra poster av den här typen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="84"/>
        <source>You may change your own organisation only.</source>
        <translation>Du får ändra endast din egen organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="86"/>
        <source>A record cannot move to another organisation.</source>
        <translation>En post kan inte flyttas till en annan organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="87"/>
        <source>The record has fields the server does not know: update the app.</source>
        <translation>Posten har fält som servern inte känner till: uppdatera appen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="89"/>
        <source>This record was purged under the retention rules.</source>
        <translation>Den här posten har gallrats enligt lagringsreglerna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="90"/>
        <source>The server does not have the version of this record that was edited here.</source>
        <translation>Servern har inte den version av posten som redigerades här.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="92"/>
        <source>Audit events cannot be changed.</source>
        <translation>Poster i granskningsloggen kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="93"/>
        <source>The client of this record is not on the server.</source>
        <translation>Den här postens kund finns inte på servern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="94"/>
        <source>The client of this record has been deleted.</source>
        <translation>Den här postens kund har raderats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="95"/>
        <source>A new client must list you among its assigned staff.</source>
        <translation>Du måste finnas bland den nya kundens ansvariga medarbetare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="96"/>
        <source>Some values are not valid: open the record and correct them.</source>
        <translation>Vissa värden är ogiltiga: öppna posten och rätta dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="97"/>
        <source>The record could not be sent as it is: open it and correct it.</source>
        <translation>Posten kunde inte skickas som den är: öppna den och rätta den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/messages.py" line="99"/>
        <source>The server refused the record.</source>
        <translation>Servern avvisade posten.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="29"/>
        <source>Last sync: %1</source>
        <translation>Senaste synkronisering: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status.py" line="31"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status.py" line="33"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n undanlagd</numerusform>
            <numerusform>%n undanlagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status.py" line="34"/>
        <source>%n record(s) with changes waiting to be sent</source>
        <translation>
            <numerusform>%n post med ändringar som väntar på att skickas</numerusform>
            <numerusform>%n poster med ändringar som väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="38"/>
        <source>the last sync stopped</source>
        <translation>den senaste synkroniseringen avbröts</translation>
    </message>
</context>
<context>
    <name>TopicsBox</name>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="23"/>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="25"/>
        <source>&amp;Recruitment needs</source>
        <translation>&amp;Rekryteringsbehov</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="26"/>
        <source>Alternative recruitment &amp;briefing given</source>
        <translation>&amp;Information om alternativ rekrytering given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="27"/>
        <source>Alternative recruitment &amp;taken up</source>
        <translation>Alternativ rekrytering &amp;tagen i bruk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="28"/>
        <source>Interest in &amp;wage subsidy</source>
        <translation>Intresse för &amp;lönesubvention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="29"/>
        <source>Interest in work tr&amp;ial</source>
        <translation>Intresse för arbets&amp;prövning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="30"/>
        <source>Interest in a&amp;pprenticeship</source>
        <translation>Intresse för &amp;läroavtalsutbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="31"/>
        <source>Interest in recruitment trainin&amp;g</source>
        <translation>Intresse för Rekryterings&amp;Utbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="32"/>
        <source>Interest in Työkohtaamo (recruitment &amp;event)</source>
        <translation>Intresse för Työkohtaamo (rekryterings&amp;evenemang)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/topics.py" line="43"/>
        <source>What kind of people, when, how many</source>
        <translation>Vilken sorts personer, när, hur många</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="58"/>
        <source>Record transition</source>
        <translation>Registrera övergång</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="60"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="61"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="62"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="62"/>
        <source>Ended</source>
        <translation>Har avslutats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/transition_dialog.py" line="63"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>TransitionsModel</name>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/timeline_model.py" line="68"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
</context>
<context>
    <name>TransitionsSection</name>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="234"/>
        <source>Transitions</source>
        <translation>Övergångar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/sections.py" line="245"/>
        <source>Record &amp;transition…</source>
        <translation>Registrera &amp;övergång…</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="81"/>
        <source>The profile&apos;s key is missing from the OS keyring. Enter the recovery passphrase.</source>
        <translation>Profilens nyckel saknas i operativsystemets nyckelring. Ange återställningslösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="84"/>
        <source>Enter the profile&apos;s passphrase.</source>
        <translation>Ange profilens lösenfras.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/profile_dialogs.py" line="140"/>
        <source>Kenttä – unlock</source>
        <translation>Kenttä – lås upp</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="81"/>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="81"/>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="82"/>
        <source>At an event</source>
        <translation>Vid ett evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="92"/>
        <source>What was talked about</source>
        <translation>Vad man talade om</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="97"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Uppföljning den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="101"/>
        <source>Save visit (Ctrl+S)</source>
        <translation>Spara besöket (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="104"/>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="114"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="117"/>
        <source>When and where</source>
        <translation>Tid och plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="119"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum och tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="121"/>
        <source>P&amp;lace</source>
        <translation>P&amp;lats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="122"/>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="124"/>
        <source>Contact met</source>
        <translation>Kontaktperson som träffades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="133"/>
        <source>Open positions and hidden jobs</source>
        <translation>Lediga platser och dolda jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="144"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="146"/>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="265"/>
        <source>Edit visit</source>
        <translation>Redigera besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="265"/>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="371"/>
        <source>Discard this visit?</source>
        <translation>Vill du slänga det här besöket?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="372"/>
        <source>What you typed in this visit will be lost.</source>
        <translation>Det du skrev in för besöket går förlorat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="373"/>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="374"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/visit_form.py" line="395"/>
        <source>Draft saved at %1</source>
        <translation>Utkastet sparades kl. %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="60"/>
        <source>Filter visits by notes, needs, positions or next step</source>
        <translation>Filtrera besök efter anteckningar, behov, jobb eller nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="62"/>
        <source>&amp;Only mine</source>
        <translation>&amp;Endast mina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="64"/>
        <source>New visit (Ctrl+N)</source>
        <translation>Nytt besök (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="176"/>
        <source>Your unsaved changes to this visit were restored.</source>
        <translation>Dina osparade ändringar i besöket har återställts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="188"/>
        <source>The visit you were writing was kept as a draft.</source>
        <translation>Besöket du skrev på sparades som utkast.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="201"/>
        <source>Visit saved.</source>
        <translation>Besöket har sparats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="239"/>
        <source>Unsaved visit</source>
        <translation>Osparat besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="240"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="241"/>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="242"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="253"/>
        <source>You have an unsaved visit to %1 from %2.</source>
        <translation>Du har ett osparat besök hos %1 från %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/visits/page.py" line="254"/>
        <source>You have an unsaved visit from %1.</source>
        <translation>Du har ett osparat besök från %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="143"/>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/clients/record_dialogs.py" line="144"/>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
</context>
<context>
    <name>_Opening</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>Opening the profile…</source>
        <translation>Profilen öppnas…</translation>
    </message>
</context>
</TS>
