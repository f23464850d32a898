<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminDialogs</name>
    <message>
        <source>The password of %1 is shown only now: hand it over safely. The server keeps no copy it could show again.</source>
        <translation>The password of %1 is shown only now: hand it over safely. The server keeps no copy it could show again.</translation>
    </message>
</context>
<context>
    <name>AdminErrors</name>
    <message>
        <source>The server refused: your account may not do this (staff and devices need an administrator, a client&apos;s audit trail a project manager).</source>
        <translation>The server refused: your account may not do this (staff and devices need an administrator, a client&apos;s audit trail a project manager).</translation>
    </message>
    <message>
        <source>The server has no such account, device or client in your organisation: refresh the list.</source>
        <translation>The server has no such account, device or client in your organisation: refresh the list.</translation>
    </message>
    <message>
        <source>This username is taken: choose another.</source>
        <translation>This username is taken: choose another.</translation>
    </message>
    <message>
        <source>This is the organisation&apos;s last active administrator: add or reactivate another administrator first.</source>
        <translation>This is the organisation&apos;s last active administrator: add or reactivate another administrator first.</translation>
    </message>
    <message>
        <source>The server refused the change: refresh the list and try again.</source>
        <translation>The server refused the change: refresh the list and try again.</translation>
    </message>
    <message>
        <source>The password was not accepted: %1</source>
        <translation>The password was not accepted: %1</translation>
    </message>
    <message>
        <source>The username was not accepted: %1</source>
        <translation>The username was not accepted: %1</translation>
    </message>
    <message>
        <source>The name was not accepted: %1</source>
        <translation>The name was not accepted: %1</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>The server did not accept this: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection, then press Refresh to see how things stand.</source>
        <translation>Cannot reach the server at %1: check the network connection, then press Refresh to see how things stand.</translation>
    </message>
    <message>
        <source>The server at %1 is busy or failing: press Refresh later to see how things stand.</source>
        <translation>The server at %1 is busy or failing: press Refresh later to see how things stand.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Client audit trail</source>
        <translation>Client audit trail</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Refre&amp;sh</translation>
    </message>
    <message>
        <source>Administration is done on your organisation&apos;s Kenttä server, so this laptop must be logged in to it first: log in on the Sync page, then come back here.</source>
        <translation>Administration is done on your organisation&apos;s Kenttä server, so this laptop must be logged in to it first: log in on the Sync page, then come back here.</translation>
    </message>
    <message>
        <source>&amp;Open the Sync page</source>
        <translation>&amp;Open the Sync page</translation>
    </message>
    <message>
        <source>Checking the login to the server…</source>
        <translation>Checking the login to the server…</translation>
    </message>
    <message>
        <source>Reading from the server…</source>
        <translation>Reading from the server…</translation>
    </message>
    <message>
        <source>Not logged in to the sync server.</source>
        <translation>Not logged in to the sync server.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Work capacity</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Functional capacity</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <source>Sensitive: work and functional capacity</source>
        <translation>Sensitive: work and functional capacity</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Sh&amp;ow</translation>
    </message>
    <message>
        <source>New a&amp;ssessment…</source>
        <translation>New a&amp;ssessment…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s), the latest on %1</source>
        <translation>
            <numerusform>%n assessment, the latest on %1</numerusform>
            <numerusform>%n assessments, the latest on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>No assessment yet.</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Work capacity</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Functional capacity</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Hi&amp;de</translation>
    </message>
</context>
<context>
    <name>AssignmentRequestsPanel</name>
    <message>
        <source>%1 asks to be assigned to this client too (%2).</source>
        <translation>%1 asks to be assigned to this client too (%2).</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message: %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Add the colleague to the client&apos;s staff; their next sync brings the client.</source>
        <translation>Add the colleague to the client&apos;s staff; their next sync brings the client.</translation>
    </message>
    <message>
        <source>Decli&amp;ne</source>
        <translation>Decli&amp;ne</translation>
    </message>
    <message>
        <source>%1 was added to the client&apos;s staff: sync to send it.</source>
        <translation>%1 was added to the client&apos;s staff: sync to send it.</translation>
    </message>
    <message>
        <source>The request of %1 was declined: sync to tell them.</source>
        <translation>The request of %1 was declined: sync to tell them.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Handover form signed</source>
        <translation>Handover form signed</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>The client has no handover form made in Kenttä: the scan is attached without naming one.</source>
        <translation>The client has no handover form made in Kenttä: the scan is attached without naming one.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attach</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Signed handover form</source>
        <translation>Signed handover form</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
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
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Or drop files here. PDF, JPEG, PNG, DOCX or ODT.</source>
        <translation>Or drop files here. PDF, JPEG, PNG, DOCX or ODT.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Open in another program…</source>
        <translation>Open in another program…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No files. Add one with the button, or drop files here.</source>
        <translation>No files. Add one with the button, or drop files here.</translation>
    </message>
    <message>
        <source>Signs the form %1</source>
        <translation>Signs the form %1</translation>
    </message>
    <message>
        <source>Not on this laptop yet</source>
        <translation>Not on this laptop yet</translation>
    </message>
    <message>
        <source>Handover forms:</source>
        <translation>Handover forms:</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>no signed copy attached</source>
        <translation>no signed copy attached</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Documents and images (%1)</source>
        <translation>Documents and images (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n file attached.</numerusform>
            <numerusform>%n files attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kenttä shows PDF files and images. Open this file in another program.</source>
        <translation>Kenttä shows PDF files and images. Open this file in another program.</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Open in another program</translation>
    </message>
    <message>
        <source>To open %1 in another program, Kenttä writes an unencrypted copy of it in the computer&apos;s temporary folder. The copy is removed when Kenttä closes. Opening it is recorded in the audit log.</source>
        <translation>To open %1 in another program, Kenttä writes an unencrypted copy of it in the computer&apos;s temporary folder. The copy is removed when Kenttä closes. Opening it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>&amp;Open a copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translation>No program on this computer opens this file.</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Save a copy of the file</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Saved a copy to %1.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation>Client summary</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Revealed the identity code</source>
        <translation>Revealed the identity code</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Saved to a file</source>
        <translation>Saved to a file</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Made (a form or a summary)</source>
        <translation>Made (a form or a summary)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Opened in another program</source>
        <translation>Opened in another program</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Open the client&apos;s details</source>
        <translation>Open the client&apos;s details</translation>
    </message>
    <message numerus="yes">
        <source>You are not assigned to this client. Opening its details lets you read them (not change them) for %n hour(s); then they leave this laptop and the figures stay. The client&apos;s assigned staff will see that you opened them and why, and so will the audit trail.</source>
        <translation>
            <numerusform>You are not assigned to this client. Opening its details lets you read them (not change them) for %n hour; then they leave this laptop and the figures stay. The client&apos;s assigned staff will see that you opened them and why, and so will the audit trail.</numerusform>
            <numerusform>You are not assigned to this client. Opening its details lets you read them (not change them) for %n hours; then they leave this laptop and the figures stay. The client&apos;s assigned staff will see that you opened them and why, and so will the audit trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: a complaint to handle, the coach is on sick leave</source>
        <translation>For example: a complaint to handle, the coach is on sick leave</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ask the server to open the details</source>
        <translation>Ask the server to open the details</translation>
    </message>
</context>
<context>
    <name>BreakGlassPanel</name>
    <message>
        <source>Open the client&apos;s &amp;details…</source>
        <translation>Open the client&apos;s &amp;details…</translation>
    </message>
    <message>
        <source>Manager %1 opened the client&apos;s details on %2 at %3 — reason: %4 — open until %5 at %6.</source>
        <translation>Manager %1 opened the client&apos;s details on %2 at %3 — reason: %4 — open until %5 at %6.</translation>
    </message>
    <message>
        <source>You have opened this client&apos;s details, to read only, until %1 at %2.</source>
        <translation>You have opened this client&apos;s details, to read only, until %1 at %2.</translation>
    </message>
    <message>
        <source>Opened: the client&apos;s details are coming with a sync…</source>
        <translation>Opened: the client&apos;s details are coming with a sync…</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Move clients</source>
        <translation>Move clients</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected client(s)</source>
        <translation>
            <numerusform>The selected client</numerusform>
            <numerusform>The %n selected clients</numerusform>
        </translation>
    </message>
    <message>
        <source>All clients of the staff member below</source>
        <translation>All clients of the staff member below</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Move: the new staff member takes the place of the one above</source>
        <translation>Move: the new staff member takes the place of the one above</translation>
    </message>
    <message>
        <source>Add: the new staff member is assigned beside the current staff</source>
        <translation>Add: the new staff member is assigned beside the current staff</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Their current staff</source>
        <translation>Their current staff</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n client(s))</source>
        <translation>
            <numerusform>%1 (%n client)</numerusform>
            <numerusform>%1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to the staff of %n client(s)?</source>
        <translation>
            <numerusform>Add %1 to the staff of %n client?</numerusform>
            <numerusform>Add %1 to the staff of %n clients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n client(s) from %1 to %2?</source>
        <translation>
            <numerusform>Move %n client from %1 to %2?</numerusform>
            <numerusform>Move %n clients from %1 to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %1 the only staff member of %n client(s)?</source>
        <translation>
            <numerusform>Make %1 the only staff member of %n client?</numerusform>
            <numerusform>Make %1 the only staff member of %n clients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) stay as they are: they already have this staff, or not the staff member moved from.</source>
        <translation>
            <numerusform>%n client stays as they are: they already have this staff, or not the staff member moved from.</numerusform>
            <numerusform>%n clients stay as they are: they already have this staff, or not the staff member moved from.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change reaches the other laptops at the next sync. Staff taken off no longer have these clients on their laptops; the staff added get them in full.</source>
        <translation>The change reaches the other laptops at the next sync. Staff taken off no longer have these clients on their laptops; the staff added get them in full.</translation>
    </message>
    <message numerus="yes">
        <source>Staff changed for %n client(s).</source>
        <translation>
            <numerusform>Staff changed for %n client.</numerusform>
            <numerusform>Staff changed for %n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Client details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>DDMMYYCZZZQ (optional)</source>
        <translation>DDMMYYCZZZQ (optional)</translation>
    </message>
    <message>
        <source>Unchanged; type to replace</source>
        <translation>Unchanged; type to replace</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Service path</translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation>Job goals</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Separate with commas</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Service start</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>The client was saved. Whether this person is already a client elsewhere in the organisation could not be checked now (no connection to the server).</source>
        <translation>The client was saved. Whether this person is already a client elsewhere in the organisation could not be checked now (no connection to the server).</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>unknown staff</translation>
    </message>
    <message>
        <source>You are already assigned to this person as a client: sync to see the client here.</source>
        <translation>You are already assigned to this person as a client: sync to see the client here.</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>This person is already a client in the organisation: coach %1.</source>
        <translation>This person is already a client in the organisation: coach %1.</translation>
    </message>
    <message>
        <source>Ask to be assigned to the client too? The client&apos;s coach decides, and the client then comes to this laptop with the next sync.</source>
        <translation>Ask to be assigned to the client too? The client&apos;s coach decides, and the client then comes to this laptop with the next sync.</translation>
    </message>
    <message>
        <source>Ask to be assigned</source>
        <translation>Ask to be assigned</translation>
    </message>
    <message>
        <source>Already a client in the organisation</source>
        <translation>Already a client in the organisation</translation>
    </message>
    <message>
        <source>The request to be assigned was sent: the client comes to this laptop when the coach accepts it and you sync.</source>
        <translation>The request to be assigned was sent: the client comes to this laptop when the coach accepts it and you sync.</translation>
    </message>
    <message>
        <source>the same personal identity code</source>
        <translation>the same personal identity code</translation>
    </message>
    <message>
        <source>the same name and date of birth</source>
        <translation>the same name and date of birth</translation>
    </message>
    <message>
        <source>%1 (%2), client of %3</source>
        <translation>%1 (%2), client of %3</translation>
    </message>
    <message>
        <source>This person may already be a client:</source>
        <translation>This person may already be a client:</translation>
    </message>
    <message>
        <source>Open the existing client, or create a new client anyway?</source>
        <translation>Open the existing client, or create a new client anyway?</translation>
    </message>
    <message>
        <source>Possible duplicate client</source>
        <translation>Possible duplicate client</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Open the existing client</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Joint meeting</translation>
    </message>
    <message>
        <source>Outside the office</source>
        <translation>Outside the office</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Paid work</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Wage-subsidised work</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Work trial</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Recruitment training</source>
        <translation>Recruitment training</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Rehabilitative work activity</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Verbally</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Electronically</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other than woman or man</source>
        <translation>Other than woman or man</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Outside the labour force</source>
        <translation>Outside the labour force</translation>
    </message>
    <message>
        <source>Employed (also self-employed)</source>
        <translation>Employed (also self-employed)</translation>
    </message>
    <message>
        <source>ISCED 0-2: basic education or less</source>
        <translation>ISCED 0-2: basic education or less</translation>
    </message>
    <message>
        <source>ISCED 3-4: upper secondary or post-secondary</source>
        <translation>ISCED 3-4: upper secondary or post-secondary</translation>
    </message>
    <message>
        <source>ISCED 5-8: tertiary</source>
        <translation>ISCED 5-8: tertiary</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Does not want to answer</source>
        <translation>Does not want to answer</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>By the participant</source>
        <translation>By the participant</translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation>Entered by staff</translation>
    </message>
    <message>
        <source>Job searching</source>
        <translation>Job searching</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>In education or training</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>Not employed</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Person with disabilities</source>
        <translation>Person with disabilities</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Third-country national</translation>
    </message>
    <message>
        <source>Of foreign background</source>
        <translation>Of foreign background</translation>
    </message>
    <message>
        <source>Belongs to a minority (incl. the Roma)</source>
        <translation>Belongs to a minority (incl. the Roma)</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Homeless or excluded from housing</translation>
    </message>
</context>
<context>
    <name>ClientName</name>
    <message>
        <source>Client %1…</source>
        <translation>Client %1…</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <source>Show the full code; this is recorded in the audit log.</source>
        <translation>Show the full code; this is recorded in the audit log.</translation>
    </message>
    <message>
        <source>← &amp;Clients</source>
        <translation>← &amp;Clients</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Edit &amp;details…</translation>
    </message>
    <message>
        <source>Handover for&amp;m…</source>
        <translation>Handover for&amp;m…</translation>
    </message>
    <message>
        <source>Summar&amp;y (PDF)…</source>
        <translation>Summar&amp;y (PDF)…</translation>
    </message>
    <message>
        <source>One page of the service, consent, transitions and due dates, to print or save; no assessment or notes. Recorded in the audit log.</source>
        <translation>One page of the service, consent, transitions and due dates, to print or save; no assessment or notes. Recorded in the audit log.</translation>
    </message>
    <message>
        <source>This laptop holds the figures of this client only: its name, identity code, consent, assessments, notes and handover forms are seen by the client&apos;s assigned staff.</source>
        <translation>This laptop holds the figures of this client only: its name, identity code, consent, assessments, notes and handover forms are seen by the client&apos;s assigned staff.</translation>
    </message>
    <message>
        <source>De&amp;lete client…</source>
        <translation>De&amp;lete client…</translation>
    </message>
    <message>
        <source>This client is no longer on this laptop.</source>
        <translation>This client is no longer on this laptop.</translation>
    </message>
    <message>
        <source>no personal identity code</source>
        <translation>no personal identity code</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Filter by name or municipality</source>
        <translation>Filter by name or municipality</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Service ended</translation>
    </message>
    <message>
        <source>Only my clients</source>
        <translation>Only my clients</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <source>New client (Ctrl+N)</source>
        <translation>New client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Move to staff…</source>
        <translation>Move to staff…</translation>
    </message>
    <message>
        <source>Move the selected clients, or all of one staff member&apos;s clients, to another staff member</source>
        <translation>Move the selected clients, or all of one staff member&apos;s clients, to another staff member</translation>
    </message>
    <message>
        <source>No clients yet. Add the first one: New client (Ctrl+N)</source>
        <translation>No clients yet. Add the first one: New client (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Open positions</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Hidden jobs</source>
        <translation>Hidden jobs</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Briefed</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Service path</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Close notice</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Your edit</translation>
    </message>
    <message>
        <source>Edit by %1</source>
        <translation>Edit by %1</translation>
    </message>
    <message>
        <source>Another person&apos;s edit</source>
        <translation>Another person&apos;s edit</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>The record stays deleted</source>
        <translation>The record stays deleted</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>No conflicts. When this laptop and another change the same field, both values are kept here for you to choose.</source>
        <translation>No conflicts. When this laptop and another change the same field, both values are kept here for you to choose.</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Edit value…</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (current)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Share with the employment authority</source>
        <translation>Share with the employment authority</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Share with partners</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>Record co&amp;nsent…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>No consent in force.</source>
        <translation>No consent in force.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>In force, given on %1</source>
        <translation>In force, given on %1</translation>
    </message>
    <message>
        <source>Share with the employment authority: %1</source>
        <translation>Share with the employment authority: %1</translation>
    </message>
    <message>
        <source>Share with partners: %1</source>
        <translation>Share with partners: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>New contact…</translation>
    </message>
</context>
<context>
    <name>DamagedProfileDialog</name>
    <message>
        <source>Kenttä – the profile needs attention</source>
        <translation>Kenttä – the profile needs attention</translation>
    </message>
    <message>
        <source>The database&apos;s change log is damaged: %1 recent saved changes would be lost if Kenttä opened the database now. Nothing has been changed, and copies of the files are kept in %2.</source>
        <translation>The database&apos;s change log is damaged: %1 recent saved changes would be lost if Kenttä opened the database now. Nothing has been changed, and copies of the files are kept in %2.</translation>
    </message>
    <message>
        <source>You can restore the profile from its last backup (%1). What was synced to the server comes back with the next sync; changes made after the last sync may be lost.</source>
        <translation>You can restore the profile from its last backup (%1). What was synced to the server comes back with the next sync; changes made after the last sync may be lost.</translation>
    </message>
    <message>
        <source>The profile has no backup. Quit and leave everything as it is, and ask for support; or log in on a new profile to download your synced data.</source>
        <translation>The profile has no backup. Quit and leave everything as it is, and ask for support; or log in on a new profile to download your synced data.</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Restore the last backup</translation>
    </message>
    <message>
        <source>Quit and leave everything as it is</source>
        <translation>Quit and leave everything as it is</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DeleteAction</name>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>This record is no longer on this laptop.</source>
        <translation>This record is no longer on this laptop.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>With it, this is erased: %1.</source>
        <translation>With it, this is erased: %1.</translation>
    </message>
    <message>
        <source>It is erased from this laptop at once, and from the other laptops at the next sync.</source>
        <translation>It is erased from this laptop at once, and from the other laptops at the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>A manager can restore it on the server for %n day(s) after the sync (the organisation&apos;s undo period).</source>
        <translation>
            <numerusform>A manager can restore it on the server for %n day after the sync (the organisation&apos;s undo period).</numerusform>
            <numerusform>A manager can restore it on the server for %n days after the sync (the organisation&apos;s undo period).</numerusform>
        </translation>
    </message>
    <message>
        <source>It is erased from this laptop at once. It was never synced, so the server has no copy to restore.</source>
        <translation>It is erased from this laptop at once. It was never synced, so the server has no copy to restore.</translation>
    </message>
    <message>
        <source>Delete the client %1 and everything recorded under them?</source>
        <translation>Delete the client %1 and everything recorded under them?</translation>
    </message>
    <message>
        <source>Delete the employer %1 with its contacts and positions? Its visits stay.</source>
        <translation>Delete the employer %1 with its contacts and positions? Its visits stay.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Delete the contact %1?</translation>
    </message>
    <message>
        <source>Delete the position %1?</source>
        <translation>Delete the position %1?</translation>
    </message>
    <message>
        <source>Delete the visit to %1 on %2?</source>
        <translation>Delete the visit to %1 on %2?</translation>
    </message>
    <message>
        <source>Delete the event %1 on %2?</source>
        <translation>Delete the event %1 on %2?</translation>
    </message>
    <message>
        <source>Remove %1 from this event?</source>
        <translation>Remove %1 from this event?</translation>
    </message>
    <message>
        <source>Delete the note of %2?</source>
        <translation>Delete the note of %2?</translation>
    </message>
    <message>
        <source>Delete the consent given on %2?</source>
        <translation>Delete the consent given on %2?</translation>
    </message>
    <message>
        <source>Delete the assessment of %2?</source>
        <translation>Delete the assessment of %2?</translation>
    </message>
    <message>
        <source>Delete the transition that starts on %2?</source>
        <translation>Delete the transition that starts on %2?</translation>
    </message>
    <message>
        <source>Delete the handover form %1?</source>
        <translation>Delete the handover form %1?</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Delete this record?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n transition</numerusform>
            <numerusform>%n transitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n event participation</numerusform>
            <numerusform>%n event participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover form(s)</source>
        <translation>
            <numerusform>%n handover form</numerusform>
            <numerusform>%n handover forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the file %1?</source>
        <translation>Delete the file %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>A lost or stolen laptop: revoke it. Its sync stops at once, and the laptop deletes its profile the next time it reaches the server.</source>
        <translation>A lost or stolen laptop: revoke it. Its sync stops at once, and the laptop deletes its profile the next time it reaches the server.</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation> (this laptop)</translation>
    </message>
    <message>
        <source>Devices: %1.</source>
        <translation>Devices: %1.</translation>
    </message>
    <message>
        <source>Revoke the device?</source>
        <translation>Revoke the device?</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer sync: its sessions stop at once. The next time the laptop reaches the server it deletes its profile, the data on that computer included, and says why. This cannot be undone: the owner logs in again on a new profile.

If the laptop may never come back, also reset %2&apos;s password: its data is encrypted, but the laptop holds the key.</source>
        <translation>%1 (%2) can no longer sync: its sessions stop at once. The next time the laptop reaches the server it deletes its profile, the data on that computer included, and says why. This cannot be undone: the owner logs in again on a new profile.

If the laptop may never come back, also reset %2&apos;s password: its data is encrypted, but the laptop holds the key.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Revoked: %1.</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <source>Edit value</source>
        <translation>Edit value</translation>
    </message>
    <message>
        <source>New value for %1:</source>
        <translation>New value for %1:</translation>
    </message>
</context>
<context>
    <name>EmployerChoice</name>
    <message>
        <source>Search employers</source>
        <translation>Search employers</translation>
    </message>
    <message>
        <source>No employer</source>
        <translation>No employer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>EmployerDetail</name>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Project locality</source>
        <translation>Project locality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Letter of in&amp;tent…</source>
        <translation>Letter of in&amp;tent…</translation>
    </message>
    <message>
        <source>New vi&amp;sit</source>
        <translation>New vi&amp;sit</translation>
    </message>
    <message>
        <source>Mar&amp;k filled…</source>
        <translation>Mar&amp;k filled…</translation>
    </message>
    <message>
        <source>Edit the employer (Ctrl+E)</source>
        <translation>Edit the employer (Ctrl+E)</translation>
    </message>
    <message>
        <source>De&amp;lete employer…</source>
        <translation>De&amp;lete employer…</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Add &amp;contact…</translation>
    </message>
    <message>
        <source>Add &amp;position…</source>
        <translation>Add &amp;position…</translation>
    </message>
    <message>
        <source>Find &amp;matching clients</source>
        <translation>Find &amp;matching clients</translation>
    </message>
    <message>
        <source>This employer is no longer on this laptop.</source>
        <translation>This employer is no longer on this laptop.</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacts (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Visits (%n)</numerusform>
            <numerusform>Visits (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open positions (%n)</source>
        <translation>
            <numerusform>Open positions (%n)</numerusform>
            <numerusform>Open positions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>New employer</translation>
    </message>
    <message>
        <source>Edit employer</source>
        <translation>Edit employer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Business ID</source>
        <translation>&amp;Business ID</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Industry</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>(no project locality)</source>
        <translation>(no project locality)</translation>
    </message>
    <message>
        <source>Project &amp;locality</source>
        <translation>Project &amp;locality</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Letter of in&amp;tent</source>
        <translation>Letter of in&amp;tent</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>EmployerMessages</name>
    <message>
        <source>Job goal: %1</source>
        <translation>Job goal: %1</translation>
    </message>
    <message>
        <source>Same locality: %1</source>
        <translation>Same locality: %1</translation>
    </message>
</context>
<context>
    <name>EmployerPicker</name>
    <message>
        <source>Type the employer&apos;s name or business ID</source>
        <translation>Type the employer&apos;s name or business ID</translation>
    </message>
    <message>
        <source>No employer found.</source>
        <translation>No employer found.</translation>
    </message>
    <message>
        <source>(no project locality)</source>
        <translation>(no project locality)</translation>
    </message>
    <message>
        <source>Search instead</source>
        <translation>Search instead</translation>
    </message>
    <message>
        <source>New employer&apos;s name</source>
        <translation>New employer&apos;s name</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Project locality</source>
        <translation>Project locality</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Create employer “%1”</source>
        <translation>Create employer “%1”</translation>
    </message>
    <message>
        <source>Create employer</source>
        <translation>Create employer</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <source>Filter by name, business ID, municipality or industry</source>
        <translation>Filter by name, business ID, municipality or industry</translation>
    </message>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;New employer…</translation>
    </message>
    <message>
        <source>Add an employer (Ctrl+N)</source>
        <translation>Add an employer (Ctrl+N)</translation>
    </message>
    <message>
        <source>No employers yet. Add the first one: New employer (Ctrl+N)</source>
        <translation>No employers yet. Add the first one: New employer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose an employer from the list, or press Ctrl+N to add one.</source>
        <translation>Choose an employer from the list, or press Ctrl+N to add one.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employer(s)</source>
        <translation>
            <numerusform>%Ln employer</numerusform>
            <numerusform>%Ln employers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Nothing matches the filter. Change or clear it.</source>
        <translation>Nothing matches the filter. Change or clear it.</translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <source>End service</source>
        <translation>End service</translation>
    </message>
    <message>
        <source>Service ends on</source>
        <translation>Service ends on</translation>
    </message>
</context>
<context>
    <name>EntryDataDialog</name>
    <message>
        <source>Entry data for the funder</source>
        <translation>Entry data for the funder</translation>
    </message>
    <message>
        <source>%1 (from the personal identity code)</source>
        <translation>%1 (from the personal identity code)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Something went wrong and the action was not completed.</translation>
    </message>
    <message>
        <source>Your saved work is safe. If this happens again, tell your administrator and mention this: %1</source>
        <translation>Your saved work is safe. If this happens again, tell your administrator and mention this: %1</translation>
    </message>
    <message>
        <source>The record %1 is not on this laptop: it may have been deleted.</source>
        <translation>The record %1 is not on this laptop: it may have been deleted.</translation>
    </message>
    <message>
        <source>This conflict was resolved already (perhaps on another device).</source>
        <translation>This conflict was resolved already (perhaps on another device).</translation>
    </message>
    <message>
        <source>Your role may not delete this record.</source>
        <translation>Your role may not delete this record.</translation>
    </message>
    <message>
        <source>Records of this kind are not deleted from this laptop.</source>
        <translation>Records of this kind are not deleted from this laptop.</translation>
    </message>
    <message>
        <source>This profile has no sync server yet: log in first (kentta login --server URL --user NAME, or the Sync page).</source>
        <translation>This profile has no sync server yet: log in first (kentta login --server URL --user NAME, or the Sync page).</translation>
    </message>
    <message>
        <source>This profile has not logged in to a sync server: log in first.</source>
        <translation>This profile has not logged in to a sync server: log in first.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the profile stays locked. Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>Wrong passphrase: the profile stays locked. Check the passphrase (it is case-sensitive) and try again.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Kenttä is locked: unlock it to continue.</source>
        <translation>Kenttä is locked: unlock it to continue.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found, so the key cannot be kept there. Set a passphrase instead.</source>
        <translation>No usable OS keyring was found, so the key cannot be kept there. Set a passphrase instead.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found: set a passphrase (at least %1 characters) to protect the profile&apos;s key.</source>
        <translation>No usable OS keyring was found: set a passphrase (at least %1 characters) to protect the profile&apos;s key.</translation>
    </message>
    <message>
        <source>The profile&apos;s key is missing from the OS keyring and the profile has no recovery passphrase. The local data cannot be opened; log in on a new profile to download your synced data from the server.</source>
        <translation>The profile&apos;s key is missing from the OS keyring and the profile has no recovery passphrase. The local data cannot be opened; log in on a new profile to download your synced data from the server.</translation>
    </message>
    <message>
        <source>The profile&apos;s key is kept in the OS keyring, but no usable keyring was found. Start Kenttä in your desktop session, where the keyring is unlocked.</source>
        <translation>The profile&apos;s key is kept in the OS keyring, but no usable keyring was found. Start Kenttä in your desktop session, where the keyring is unlocked.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with, so Kenttä will not use it. Nothing was written to it. Run &apos;kentta check&apos; for the details; restore the profile from a backup, or log in on a new profile to download your data from the server.</source>
        <translation>The database file is damaged or has been tampered with, so Kenttä will not use it. Nothing was written to it. Run &apos;kentta check&apos; for the details; restore the profile from a backup, or log in on a new profile to download your data from the server.</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits.</source>
        <translation>The PIN must have at least %1 digits.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; the passphrase was not changed.</source>
        <translation>The current passphrase is wrong; the passphrase was not changed.</translation>
    </message>
    <message>
        <source>The branding file %1 is not valid JSON (line %2): fix it or remove it, then make the form again.</source>
        <translation>The branding file %1 is not valid JSON (line %2): fix it or remove it, then make the form again.</translation>
    </message>
    <message>
        <source>Cannot read the branding file %1 (%2); fix or remove it.</source>
        <translation>Cannot read the branding file %1 (%2); fix or remove it.</translation>
    </message>
    <message>
        <source>The branding file %1 must hold one JSON object; see resources/branding/README.md.</source>
        <translation>The branding file %1 must hold one JSON object; see resources/branding/README.md.</translation>
    </message>
    <message>
        <source>The client has no consent in force, so no handover form was made. Record the client&apos;s consent to share information with the employment authority on the client&apos;s page (Consent) first, then make the form.</source>
        <translation>The client has no consent in force, so no handover form was made. Record the client&apos;s consent to share information with the employment authority on the client&apos;s page (Consent) first, then make the form.</translation>
    </message>
    <message>
        <source>The client&apos;s consent in force does not cover sharing information with the employment authority, so no handover form was made. Record a new consent that covers it on the client&apos;s page (Consent) first, then make the form.</source>
        <translation>The client&apos;s consent in force does not cover sharing information with the employment authority, so no handover form was made. Record a new consent that covers it on the client&apos;s page (Consent) first, then make the form.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and address do not fit in the form&apos;s header; shorten them in organisation.json (see resources/branding/README.md).</source>
        <translation>The organisation&apos;s name and address do not fit in the form&apos;s header; shorten them in organisation.json (see resources/branding/README.md).</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the file to write.</source>
        <translation>%1 is a folder. Give the name of the file to write.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Make it first, or choose another place.</source>
        <translation>The folder %1 does not exist. Make it first, or choose another place.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1 (%2). Choose another place.</source>
        <translation>Cannot write into the folder %1 (%2). Choose another place.</translation>
    </message>
    <message>
        <source>Cannot make a temporary file in the folder %1. Choose another place.</source>
        <translation>Cannot make a temporary file in the folder %1. Choose another place.</translation>
    </message>
    <message>
        <source>Cannot write the file %1 (%2). Choose another place.</source>
        <translation>Cannot write the file %1 (%2). Choose another place.</translation>
    </message>
    <message>
        <source>This was not saved:</source>
        <translation>This was not saved:</translation>
    </message>
    <message>
        <source>This profile belongs to another account that has synced with the server. Log in with that account, or keep this account&apos;s data in another folder (--data-dir).</source>
        <translation>This profile belongs to another account that has synced with the server. Log in with that account, or keep this account&apos;s data in another folder (--data-dir).</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has columns that the employer list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</source>
        <translation>Nothing was imported: the file has columns that the employer list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</translation>
    </message>
    <message>
        <source>Only a manager may open the details of a client who is not theirs.</source>
        <translation>Only a manager may open the details of a client who is not theirs.</translation>
    </message>
    <message>
        <source>The server has no such client: it may have been deleted. Sync, then try again.</source>
        <translation>The server has no such client: it may have been deleted. Sync, then try again.</translation>
    </message>
    <message>
        <source>The client&apos;s details are open to you already, or you are assigned to the client: sync to see them.</source>
        <translation>The client&apos;s details are open to you already, or you are assigned to the client: sync to see them.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection, then try again. Nothing was opened.</source>
        <translation>Cannot reach the server at %1: check the network connection, then try again. Nothing was opened.</translation>
    </message>
    <message>
        <source>The session with the server has ended: log in again on the Sync page, then try again.</source>
        <translation>The session with the server has ended: log in again on the Sync page, then try again.</translation>
    </message>
    <message>
        <source>The server could not open the client&apos;s details now: try again later.</source>
        <translation>The server could not open the client&apos;s details now: try again later.</translation>
    </message>
    <message>
        <source>This profile is not signed in to the sync server: log in on the Sync page.</source>
        <translation>This profile is not signed in to the sync server: log in on the Sync page.</translation>
    </message>
    <message>
        <source>This laptop holds the figures of this client only, so no summary can be made here; the client&apos;s assigned staff can make it.</source>
        <translation>This laptop holds the figures of this client only, so no summary can be made here; the client&apos;s assigned staff can make it.</translation>
    </message>
    <message>
        <source>Only career coaches and managers may ask to be assigned to a client.</source>
        <translation>Only career coaches and managers may ask to be assigned to a client.</translation>
    </message>
    <message>
        <source>The server has no such client any more: it may have been deleted.</source>
        <translation>The server has no such client any more: it may have been deleted.</translation>
    </message>
    <message>
        <source>You are assigned to this client already: sync to see it.</source>
        <translation>You are assigned to this client already: sync to see it.</translation>
    </message>
    <message>
        <source>The request could not be sent to the server now: check the network connection, then try again.</source>
        <translation>The request could not be sent to the server now: check the network connection, then try again.</translation>
    </message>
    <message>
        <source>This person may already be a client on this laptop (%1 possible matches): open the existing client, or create the new one anyway.</source>
        <translation>This person may already be a client on this laptop (%1 possible matches): open the existing client, or create the new one anyway.</translation>
    </message>
    <message>
        <source>Only a manager can move clients to another staff member.</source>
        <translation>Only a manager can move clients to another staff member.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has columns that the client list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</source>
        <translation>Nothing was imported: the file has columns that the client list does not know: %1. Rename them or remove them from the file. The columns it knows: %2.</translation>
    </message>
    <message>
        <source>The file is %1 MB, larger than the organisation&apos;s limit of %2 MB. Nothing was saved: make the file smaller (scan at a lower resolution, or in parts) and attach it again.</source>
        <translation>The file is %1 MB, larger than the organisation&apos;s limit of %2 MB. Nothing was saved: make the file smaller (scan at a lower resolution, or in parts) and attach it again.</translation>
    </message>
    <message>
        <source>This file cannot be attached: its content is not a PDF, JPEG, PNG, DOCX or ODT file (whatever its name says). Save or scan it as a PDF and attach that.</source>
        <translation>This file cannot be attached: its content is not a PDF, JPEG, PNG, DOCX or ODT file (whatever its name says). Save or scan it as a PDF and attach that.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Nothing was saved: attach it again.</source>
        <translation>The file changed while it was being attached. Nothing was saved: attach it again.</translation>
    </message>
    <message>
        <source>The file is not on this laptop yet: synchronise and try again.</source>
        <translation>The file is not on this laptop yet: synchronise and try again.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New recruitment event</source>
        <translation>New recruitment event</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Recruitment event</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Search employers; Enter ticks</source>
        <translation>Search employers; Enter ticks</translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation>Others who took part</translation>
    </message>
    <message>
        <source>People who are not the project&apos;s clients: their number only.</source>
        <translation>People who are not the project&apos;s clients: their number only.</translation>
    </message>
    <message>
        <source>Of them hired</source>
        <translation>Of them hired</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) chosen</source>
        <translation>
            <numerusform>%n employer chosen</numerusform>
            <numerusform>%n employers chosen</numerusform>
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
        <translation>Remote recruitment</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Choose an event from the list, or make a new one with Ctrl+N.</source>
        <translation>Choose an event from the list, or make a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Ed&amp;it event…</source>
        <translation>Ed&amp;it event…</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Search clients by name; Enter adds</source>
        <translation>Search clients by name; Enter adds</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <source>&amp;Remove participant…</source>
        <translation>&amp;Remove participant…</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>De&amp;lete event…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No employers yet.</source>
        <translation>No employers yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hired</source>
        <translation>
            <numerusform>%n hired</numerusform>
            <numerusform>%n hired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>others: %n, of them hired %1</source>
        <translation>
            <numerusform>others: %n, of them hired %1</numerusform>
            <numerusform>others: %n, of them hired %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Filter by name or place</source>
        <translation>Filter by name or place</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>New event (Ctrl+N)</translation>
    </message>
    <message>
        <source>No events yet. Add the first one: New event (Ctrl+N)</source>
        <translation>No events yet. Add the first one: New event (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ExitDataDialog</name>
    <message>
        <source>Exit data for the funder</source>
        <translation>Exit data for the funder</translation>
    </message>
    <message>
        <source>The service has not ended: end it first (End service…), then the exit data can be saved.</source>
        <translation>The service has not ended: end it first (End service…), then the exit data can be saved.</translation>
    </message>
    <message>
        <source>The last situation in the four weeks counts.</source>
        <translation>The last situation in the four weeks counts.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Type a date as day.month.year, for example 22.11.2026.</source>
        <translation>Type a date as day.month.year, for example 22.11.2026.</translation>
    </message>
    <message>
        <source>Type a date and a time, for example 22.11.2026 14.30.</source>
        <translation>Type a date and a time, for example 22.11.2026 14.30.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choose one of the values offered.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Say why you open this client, in a few words at least: the client&apos;s staff and the audit trail will see it.</source>
        <translation>Say why you open this client, in a few words at least: the client&apos;s staff and the audit trail will see it.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the visit.</source>
        <translation>The follow-up date cannot be before the visit.</translation>
    </message>
    <message>
        <source>Alternative recruitment cannot be taken up before the briefing is given.</source>
        <translation>Alternative recruitment cannot be taken up before the briefing is given.</translation>
    </message>
    <message>
        <source>The business ID is not of the form 1234567-8.</source>
        <translation>The business ID is not of the form 1234567-8.</translation>
    </message>
    <message>
        <source>The business ID has a wrong check digit: check the number.</source>
        <translation>The business ID has a wrong check digit: check the number.</translation>
    </message>
    <message>
        <source>The personal identity code is not of the form DDMMYYCZZZQ.</source>
        <translation>The personal identity code is not of the form DDMMYYCZZZQ.</translation>
    </message>
    <message>
        <source>The personal identity code has a wrong check character: check it.</source>
        <translation>The personal identity code has a wrong check character: check it.</translation>
    </message>
    <message>
        <source>An employer with this business ID is already recorded.</source>
        <translation>An employer with this business ID is already recorded.</translation>
    </message>
    <message>
        <source>The client is already a participant of this event.</source>
        <translation>The client is already a participant of this event.</translation>
    </message>
    <message>
        <source>The service has no start date, so it cannot end.</source>
        <translation>The service has no start date, so it cannot end.</translation>
    </message>
    <message>
        <source>A transition cannot start before the client&apos;s service.</source>
        <translation>A transition cannot start before the client&apos;s service.</translation>
    </message>
    <message>
        <source>An assigned staff member is not known on this laptop.</source>
        <translation>An assigned staff member is not known on this laptop.</translation>
    </message>
    <message>
        <source>Choose another staff member than the one the clients are moved from.</source>
        <translation>Choose another staff member than the one the clients are moved from.</translation>
    </message>
    <message>
        <source>An administrator cannot be assigned clients.</source>
        <translation>An administrator cannot be assigned clients.</translation>
    </message>
    <message>
        <source>Nothing to change: these clients already have this staff.</source>
        <translation>Nothing to change: these clients already have this staff.</translation>
    </message>
    <message>
        <source>An assigned staff member is not known to the server.</source>
        <translation>An assigned staff member is not known to the server.</translation>
    </message>
    <message>
        <source>This contact works for another employer.</source>
        <translation>This contact works for another employer.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s employment area: a form for the authority is addressed to it.</source>
        <translation>Choose the client&apos;s employment area: a form for the authority is addressed to it.</translation>
    </message>
    <message>
        <source>Long-term unemployed needs the labour market status &apos;unemployed&apos;.</source>
        <translation>Long-term unemployed needs the labour market status &apos;unemployed&apos;.</translation>
    </message>
    <message>
        <source>A EURA date needs the data entered (by the participant or by staff).</source>
        <translation>A EURA date needs the data entered (by the participant or by staff).</translation>
    </message>
    <message>
        <source>Data at exit needs the service&apos;s end date (the exit date).</source>
        <translation>Data at exit needs the service&apos;s end date (the exit date).</translation>
    </message>
    <message>
        <source>More people cannot be hired than took part.</source>
        <translation>More people cannot be hired than took part.</translation>
    </message>
    <message>
        <source>This is too long: shorten it.</source>
        <translation>This is too long: shorten it.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>This is too short.</translation>
    </message>
    <message>
        <source>The text holds a control character that cannot be saved: type it again.</source>
        <translation>The text holds a control character that cannot be saved: type it again.</translation>
    </message>
    <message>
        <source>The record has been deleted; restore it first.</source>
        <translation>The record has been deleted; restore it first.</translation>
    </message>
    <message>
        <source>The record cannot be restored with these values.</source>
        <translation>The record cannot be restored with these values.</translation>
    </message>
    <message>
        <source>The text is too short.</source>
        <translation>The text is too short.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>Type text here.</source>
        <translation>Type text here.</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>This is not in the expected form.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Type a number.</translation>
    </message>
    <message>
        <source>The number is too small.</source>
        <translation>The number is too small.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <source>Give a date without a time of day.</source>
        <translation>Give a date without a time of day.</translation>
    </message>
    <message>
        <source>Choose a record from the list.</source>
        <translation>Choose a record from the list.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>This is not a date.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2199.</source>
        <translation>The year must be from 1900 to 2199.</translation>
    </message>
    <message>
        <source>This is not a time of day.</source>
        <translation>This is not a time of day.</translation>
    </message>
    <message>
        <source>The business ID %1 is not of the form 1234567-8.</source>
        <translation>The business ID %1 is not of the form 1234567-8.</translation>
    </message>
    <message>
        <source>The business ID %1 has a wrong check digit: check the number.</source>
        <translation>The business ID %1 has a wrong check digit: check the number.</translation>
    </message>
    <message>
        <source>An employer with business ID %1 is already recorded.</source>
        <translation>An employer with business ID %1 is already recorded.</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as day.month.year, for example 22.11.2026.</source>
        <translation>%1 is not a date: type it as day.month.year, for example 22.11.2026.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 is not a date.</translation>
    </message>
    <message>
        <source>%1: the year must be from 1900 to 2199.</source>
        <translation>%1: the year must be from 1900 to 2199.</translation>
    </message>
    <message>
        <source>%1 is not a date and a time: type them as 22.11.2026 14.30.</source>
        <translation>%1 is not a date and a time: type them as 22.11.2026 14.30.</translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation>%1 is not a time of day.</translation>
    </message>
    <message>
        <source>A SHA-256 checksum is 64 lower-case hexadecimal digits.</source>
        <translation>A SHA-256 checksum is 64 lower-case hexadecimal digits.</translation>
    </message>
    <message>
        <source>The client has no handover form with this document number.</source>
        <translation>The client has no handover form with this document number.</translation>
    </message>
    <message>
        <source>Only a signed handover form names a form&apos;s document number.</source>
        <translation>Only a signed handover form names a form&apos;s document number.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>At an event</source>
        <translation>At an event</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Break-glass access lasts (hours)</source>
        <translation>Break-glass access lasts (hours)</translation>
    </message>
    <message>
        <source>Alternative recruitment briefing given</source>
        <translation>Alternative recruitment briefing given</translation>
    </message>
    <message>
        <source>Alternative recruitment taken up</source>
        <translation>Alternative recruitment taken up</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Consent confirmed</source>
        <translation>Consent confirmed</translation>
    </message>
    <message>
        <source>Contact met</source>
        <translation>Contact met</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Open until</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Filled on</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Follow-up done by</source>
        <translation>Follow-up done by</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>Follow-up done on</translation>
    </message>
    <message>
        <source>For the employment authority</source>
        <translation>For the employment authority</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Functional capacity</translation>
    </message>
    <message>
        <source>Further plan</source>
        <translation>Further plan</translation>
    </message>
    <message>
        <source>Need for further support</source>
        <translation>Need for further support</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hidden job</source>
        <translation>Hidden job</translation>
    </message>
    <message>
        <source>Hidden jobs</source>
        <translation>Hidden jobs</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Hired by</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Interest in apprenticeship</source>
        <translation>Interest in apprenticeship</translation>
    </message>
    <message>
        <source>Interest in Työkohtaamo (recruitment event)</source>
        <translation>Interest in Työkohtaamo (recruitment event)</translation>
    </message>
    <message>
        <source>Interest in recruitment training</source>
        <translation>Interest in recruitment training</translation>
    </message>
    <message>
        <source>Interest in wage subsidy</source>
        <translation>Interest in wage subsidy</translation>
    </message>
    <message>
        <source>Interest in work trial</source>
        <translation>Interest in work trial</translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation>Job goals</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Localities</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Kind of note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Titles of the open positions</source>
        <translation>Titles of the open positions</translation>
    </message>
    <message>
        <source>Open positions</source>
        <translation>Open positions</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>PDF checksum</source>
        <translation>PDF checksum</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Recruitment needs</source>
        <translation>Recruitment needs</translation>
    </message>
    <message>
        <source>Description of the recruitment needs</source>
        <translation>Description of the recruitment needs</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Retention (months)</source>
        <translation>Retention (months)</translation>
    </message>
    <message>
        <source>Undo period for deletes (days)</source>
        <translation>Undo period for deletes (days)</translation>
    </message>
    <message>
        <source>Funder&apos;s optional questions asked</source>
        <translation>Funder&apos;s optional questions asked</translation>
    </message>
    <message>
        <source>Employment areas</source>
        <translation>Employment areas</translation>
    </message>
    <message>
        <source>Employment area</source>
        <translation>Employment area</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Labour market status at entry</source>
        <translation>Labour market status at entry</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Third-country national</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Foreign background</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minority</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Homeless or affected by housing exclusion</translation>
    </message>
    <message>
        <source>EURA entry data</source>
        <translation>EURA entry data</translation>
    </message>
    <message>
        <source>EURA entry data on</source>
        <translation>EURA entry data on</translation>
    </message>
    <message>
        <source>EURA exit data</source>
        <translation>EURA exit data</translation>
    </message>
    <message>
        <source>EURA exit data on</source>
        <translation>EURA exit data on</translation>
    </message>
    <message>
        <source>Situation on leaving</source>
        <translation>Situation on leaving</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Qualification gained</translation>
    </message>
    <message>
        <source>Situation six months after leaving</source>
        <translation>Situation six months after leaving</translation>
    </message>
    <message>
        <source>Returning client of</source>
        <translation>Returning client of</translation>
    </message>
    <message>
        <source>Others who took part</source>
        <translation>Others who took part</translation>
    </message>
    <message>
        <source>Of them hired</source>
        <translation>Of them hired</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>Service end</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Service path</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Service start</translation>
    </message>
    <message>
        <source>Share with the employment authority</source>
        <translation>Share with the employment authority</translation>
    </message>
    <message>
        <source>Share with partners</source>
        <translation>Share with partners</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind of transition</source>
        <translation>Kind of transition</translation>
    </message>
    <message>
        <source>Second factor (TOTP) for all staff</source>
        <translation>Second factor (TOTP) for all staff</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Work capacity</source>
        <translation>Work capacity</translation>
    </message>
    <message>
        <source>Work done during the service</source>
        <translation>Work done during the service</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Largest attachment (MB)</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>Attached on</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Handover form signed</source>
        <translation>Handover form signed</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>Type of file</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Share of</translation>
    </message>
    <message>
        <source>Share of: %1</source>
        <translation>Share of: %1</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Why it was not sent</translation>
    </message>
    <message>
        <source>These files stay on this laptop; their records were sent. Records and other files go on syncing. When the cause is fixed, try again.</source>
        <translation>These files stay on this laptop; their records were sent. Records and other files go on syncing. When the cause is fixed, try again.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Download my clients&apos; attachments during sync (otherwise when a file is first opened)</source>
        <translation>Download my clients&apos; attachments during sync (otherwise when a file is first opened)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Not sent after %1 tries.</source>
        <translation>Not sent after %1 tries.</translation>
    </message>
    <message>
        <source>The server refused it: larger than the organisation&apos;s limit. Server&apos;s message: %1</source>
        <translation>The server refused it: larger than the organisation&apos;s limit. Server&apos;s message: %1</translation>
    </message>
    <message>
        <source>The server refused it. Server&apos;s message: %1</source>
        <translation>The server refused it. Server&apos;s message: %1</translation>
    </message>
    <message>
        <source>The server does not have its record (yet): sync again, or check that the record was not refused.</source>
        <translation>The server does not have its record (yet): sync again, or check that the record was not refused.</translation>
    </message>
    <message>
        <source>The connection was lost during the transfer.</source>
        <translation>The connection was lost during the transfer.</translation>
    </message>
    <message>
        <source>The server could not take it now (%1).</source>
        <translation>The server could not take it now (%1).</translation>
    </message>
    <message>
        <source>The content arrived damaged and was discarded.</source>
        <translation>The content arrived damaged and was discarded.</translation>
    </message>
    <message>
        <source>Larger than the organisation&apos;s limit of %1 MB, so the server refused it. Make the file smaller and attach it again.</source>
        <translation>Larger than the organisation&apos;s limit of %1 MB, so the server refused it. Make the file smaller and attach it again.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>FilledDialog</name>
    <message>
        <source>Position filled: %1</source>
        <translation>Position filled: %1</translation>
    </message>
    <message>
        <source>&amp;Filled on</source>
        <translation>&amp;Filled on</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>FunderDataDialog</name>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
</context>
<context>
    <name>FunderFields</name>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Labour market status at entry</source>
        <translation>Labour market status at entry</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>EURA entry data</source>
        <translation>EURA entry data</translation>
    </message>
    <message>
        <source>EURA date</source>
        <translation>EURA date</translation>
    </message>
    <message>
        <source>Exit date (service end)</source>
        <translation>Exit date (service end)</translation>
    </message>
    <message>
        <source>Situation within four weeks of leaving</source>
        <translation>Situation within four weeks of leaving</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Qualification gained</translation>
    </message>
    <message>
        <source>Situation six months after leaving</source>
        <translation>Situation six months after leaving</translation>
    </message>
    <message>
        <source>EURA exit data</source>
        <translation>EURA exit data</translation>
    </message>
</context>
<context>
    <name>FunderSection</name>
    <message>
        <source>Funder&apos;s data (ESF+)</source>
        <translation>Funder&apos;s data (ESF+)</translation>
    </message>
    <message>
        <source>Edit entry data…</source>
        <translation>Edit entry data…</translation>
    </message>
    <message>
        <source>Edit exit data…</source>
        <translation>Edit exit data…</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Everything the funder asks is recorded.</source>
        <translation>Everything the funder asks is recorded.</translation>
    </message>
    <message>
        <source>long-term unemployed: %1</source>
        <translation>long-term unemployed: %1</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>What you typed in this window will be lost.</source>
        <translation>What you typed in this window will be lost.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover form</source>
        <translation>Handover form</translation>
    </message>
    <message>
        <source>Work done during the service</source>
        <translation>Work done during the service</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Further plan</source>
        <translation>Further plan</translation>
    </message>
    <message>
        <source>Need for further support</source>
        <translation>Need for further support</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>For the employment authority</source>
        <translation>For the employment authority</translation>
    </message>
    <message>
        <source>The form is addressed to the employment authority and prints the full personal identity code; otherwise the code is masked.</source>
        <translation>The form is addressed to the employment authority and prints the full personal identity code; otherwise the code is masked.</translation>
    </message>
    <message>
        <source>for example: Oulun seudun työllisyysalue</source>
        <translation>for example: Oulun seudun työllisyysalue</translation>
    </message>
    <message>
        <source>The employment area the form is addressed to: since 1 January 2025 the municipalities&apos; employment areas provide the services.</source>
        <translation>The employment area the form is addressed to: since 1 January 2025 the municipalities&apos; employment areas provide the services.</translation>
    </message>
    <message>
        <source>optional: protects the saved PDF</source>
        <translation>optional: protects the saved PDF</translation>
    </message>
    <message>
        <source>For sending the form by e-mail: the saved PDF opens only with this password (at least 8 characters). Give the password another way.</source>
        <translation>For sending the form by e-mail: the saved PDF opens only with this password (at least 8 characters). Give the password another way.</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Language of the form</translation>
    </message>
    <message>
        <source>E&amp;mployment area</source>
        <translation>E&amp;mployment area</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF password</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading the client&apos;s records…</source>
        <translation>Reading the client&apos;s records…</translation>
    </message>
    <message>
        <source>Choose or type the client&apos;s employment area: the form is addressed to it.</source>
        <translation>Choose or type the client&apos;s employment area: the form is addressed to it.</translation>
    </message>
    <message>
        <source>No form can be made until the consent is recorded.</source>
        <translation>No form can be made until the consent is recorded.</translation>
    </message>
    <message>
        <source>Latest form made for this client: %1.</source>
        <translation>Latest form made for this client: %1.</translation>
    </message>
    <message>
        <source>Nothing was made.</source>
        <translation>Nothing was made.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>Preview: a draft without a document number, not for signing.</source>
        <translation>Preview: a draft without a document number, not for signing.</translation>
    </message>
    <message>
        <source>Making the form…</source>
        <translation>Making the form…</translation>
    </message>
    <message>
        <source>Form %1 is unchanged; it keeps its number.</source>
        <translation>Form %1 is unchanged; it keeps its number.</translation>
    </message>
    <message>
        <source>Form %1 made.</source>
        <translation>Form %1 made.</translation>
    </message>
    <message>
        <source>Sending form %1 to the printer…</source>
        <translation>Sending form %1 to the printer…</translation>
    </message>
    <message>
        <source>Form %1 sent to the printer.</source>
        <translation>Form %1 sent to the printer.</translation>
    </message>
    <message>
        <source>The form was not printed.</source>
        <translation>The form was not printed.</translation>
    </message>
    <message>
        <source>The PDF password needs at least 8 characters; nothing was saved.</source>
        <translation>The PDF password needs at least 8 characters; nothing was saved.</translation>
    </message>
    <message>
        <source>Save the handover form</source>
        <translation>Save the handover form</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Form %1 saved to %2.</source>
        <translation>Form %1 saved to %2.</translation>
    </message>
</context>
<context>
    <name>LetterOfIntentDialog</name>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Letter of &amp;intent</source>
        <translation>Letter of &amp;intent</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Kenttä is locked</source>
        <translation>Kenttä is locked</translation>
    </message>
    <message>
        <source>Enter your PIN or passphrase to continue.</source>
        <translation>Enter your PIN or passphrase to continue.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in to your organisation&apos;s Kenttä server to send your work and receive your colleagues&apos;. The first sync downloads everything you may see.</source>
        <translation>Log in to your organisation&apos;s Kenttä server to send your work and receive your colleagues&apos;. The first sync downloads everything you may see.</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Use a recovery code</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Give the server address, your username and your password.</source>
        <translation>Give the server address, your username and your password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Type one of your recovery codes. Each works once.</source>
        <translation>Type one of your recovery codes. Each works once.</translation>
    </message>
    <message>
        <source>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</source>
        <translation>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>About Kenttä</source>
        <translation>About Kenttä</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Kenttä</source>
        <translation>&amp;About Kenttä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Kenttä %1
Offline field work for employment projects.</source>
        <translation>Kenttä %1
Offline field work for employment projects.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: enter the passphrase.</source>
        <translation>Too many wrong PINs: enter the passphrase.</translation>
    </message>
    <message>
        <source>Wrong PIN or passphrase.</source>
        <translation>Wrong PIN or passphrase.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Matching clients: %1</source>
        <translation>Matching clients: %1</translation>
    </message>
    <message>
        <source>Clients in service on this laptop whose job goals or locality fit “%1”, best first. Double-click or press Enter to open a client.</source>
        <translation>Clients in service on this laptop whose job goals or locality fit “%1”, best first. Double-click or press Enter to open a client.</translation>
    </message>
    <message>
        <source>Looking for matching clients…</source>
        <translation>Looking for matching clients…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) fit this position.</source>
        <translation>
            <numerusform>%n client fits this position.</numerusform>
            <numerusform>%n clients fit this position.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client in service fits this position.</source>
        <translation>No client in service fits this position.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>MoveFollowUpDialog</name>
    <message>
        <source>Move the follow-up</source>
        <translation>Move the follow-up</translation>
    </message>
    <message>
        <source>New follow-up date</source>
        <translation>New follow-up date</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Leave the follow-up where it is?</source>
        <translation>Leave the follow-up where it is?</translation>
    </message>
    <message>
        <source>The new date you typed is not used.</source>
        <translation>The new date you typed is not used.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Type a date as 24.12.2026, or pick one from the calendar (Alt+Down).</source>
        <translation>Type a date as 24.12.2026, or pick one from the calendar (Alt+Down).</translation>
    </message>
</context>
<context>
    <name>MyRequestsNotice</name>
    <message>
        <source>You asked on %1 to be assigned to a client of a colleague: waiting for their decision.</source>
        <translation>You asked on %1 to be assigned to a client of a colleague: waiting for their decision.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <source>%1 accepted your request to be assigned to %2.</source>
        <translation>%1 accepted your request to be assigned to %2.</translation>
    </message>
    <message>
        <source>%1 accepted your request to be assigned to a client: the client comes with the next sync.</source>
        <translation>%1 accepted your request to be assigned to a client: the client comes with the next sync.</translation>
    </message>
    <message>
        <source>%1 declined your request of %2 to be assigned to a client.</source>
        <translation>%1 declined your request of %2 to be assigned to a client.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Who took part in the joint meeting</source>
        <translation>Who took part in the joint meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Add note…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Delete note…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Hired by</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Every session of the account ends: its laptops ask for the new password at their next sync.</source>
        <translation>A new password for %1 (%2). Every session of the account ends: its laptops ask for the new password at their next sync.</translation>
    </message>
    <message>
        <source>Let the server make a password (shown once)</source>
        <translation>Let the server make a password (shown once)</translation>
    </message>
    <message>
        <source>Set this password:</source>
        <translation>Set this password:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Press Preview to see the form here.</source>
        <translation>Press Preview to see the form here.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>New open position</source>
        <translation>New open position</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>for example: welder, cook, practical nurse</source>
        <translation>for example: welder, cook, practical nurse</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <source>Hidden job (not advertised)</source>
        <translation>Hidden job (not advertised)</translation>
    </message>
    <message>
        <source>&amp;Hidden</source>
        <translation>&amp;Hidden</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>&amp;Found on</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Hidden job</source>
        <translation>Hidden job</translation>
    </message>
</context>
<context>
    <name>PositionsEditor</name>
    <message>
        <source>Add position</source>
        <translation>Add position</translation>
    </message>
    <message>
        <source>Add a row (Insert in the table)</source>
        <translation>Add a row (Insert in the table)</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Remove position</translation>
    </message>
    <message>
        <source>Remove the current row (Delete in the table)</source>
        <translation>Remove the current row (Delete in the table)</translation>
    </message>
    <message>
        <source>Positions found on this visit are kept with the employer.</source>
        <translation>Positions found on this visit are kept with the employer.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>PrefillSummary</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>Career coach</source>
        <translation>Career coach</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Results (transitions)</source>
        <translation>Results (transitions)</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Assessment summary</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>no assigned coach</source>
        <translation>no assigned coach</translation>
    </message>
    <message>
        <source>No transitions recorded.</source>
        <translation>No transitions recorded.</translation>
    </message>
    <message>
        <source>Not in force for the employment authority.</source>
        <translation>Not in force for the employment authority.</translation>
    </message>
    <message>
        <source>Given on %1 (%2); covers the employment authority.</source>
        <translation>Given on %1 (%2); covers the employment authority.</translation>
    </message>
    <message>
        <source>No assessment summary recorded.</source>
        <translation>No assessment summary recorded.</translation>
    </message>
    <message>
        <source>Included (assessment of %1); the consent covers it.</source>
        <translation>Included (assessment of %1); the consent covers it.</translation>
    </message>
    <message>
        <source>Not included: the consent covers it for the authority only.</source>
        <translation>Not included: the consent covers it for the authority only.</translation>
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
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>No sync yet.</source>
        <translation>No sync yet.</translation>
    </message>
    <message>
        <source>Sync finished at %1.</source>
        <translation>Sync finished at %1.</translation>
    </message>
    <message>
        <source>Sync cancelled at %1. What was sent or received is kept.</source>
        <translation>Sync cancelled at %1. What was sent or received is kept.</translation>
    </message>
    <message>
        <source>Sync stopped at %1.</source>
        <translation>Sync stopped at %1.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 open</source>
        <translation>Conflicts: %1 new, %2 open</translation>
    </message>
    <message>
        <source>%1 of the sent changes were merged with other devices&apos; changes.</source>
        <translation>%1 of the sent changes were merged with other devices&apos; changes.</translation>
    </message>
    <message>
        <source>%1 records were removed from this laptop: they were reassigned or purged.</source>
        <translation>%1 records were removed from this laptop: they were reassigned or purged.</translation>
    </message>
    <message>
        <source>%1 refused records wait for you to edit them (see Set aside).</source>
        <translation>%1 refused records wait for you to edit them (see Set aside).</translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup; %n of your change(s) made since then were sent again. This laptop now holds the server&apos;s copies of everything else.</source>
        <translation>
            <numerusform>The server was restored from a backup; %n of your changes made since then was sent again. This laptop now holds the server&apos;s copies of everything else.</numerusform>
            <numerusform>The server was restored from a backup; %n of your changes made since then were sent again. This laptop now holds the server&apos;s copies of everything else.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server was restored from a backup; none of your changes needed sending again. This laptop now holds the server&apos;s copies of everything.</source>
        <translation>The server was restored from a backup; none of your changes needed sending again. This laptop now holds the server&apos;s copies of everything.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that colleagues made or changed after the backup are not on the server; they are kept here until their laptops send them again.</source>
        <translation>
            <numerusform>%n record that colleagues made or changed after the backup is not on the server; it is kept here until their laptops send it again.</numerusform>
            <numerusform>%n records that colleagues made or changed after the backup are not on the server; they are kept here until their laptops send them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>Refused %1: %2</translation>
    </message>
    <message>
        <source>Conflict in %1, field %2</source>
        <translation>Conflict in %1, field %2</translation>
    </message>
    <message>
        <source>Files: %1 sent, %2 received.</source>
        <translation>Files: %1 sent, %2 received.</translation>
    </message>
    <message>
        <source>%1 file transfers failed this time; they are tried again at the next sync.</source>
        <translation>%1 file transfers failed this time; they are tried again at the next sync.</translation>
    </message>
    <message>
        <source>%1 files could not be sent (see Files); records and other files were not held back.</source>
        <translation>%1 files could not be sent (see Files); records and other files were not held back.</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Why the server refused it</translation>
    </message>
    <message>
        <source>These records stay on this laptop and are not sent again until you edit them. Double-click one to open it.</source>
        <translation>These records stay on this laptop and are not sent again until you edit them. Double-click one to open it.</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>paid work</source>
        <translation>paid work</translation>
    </message>
    <message>
        <source>wage-subsidised work</source>
        <translation>wage-subsidised work</translation>
    </message>
    <message>
        <source>work trial</source>
        <translation>work trial</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>apprenticeship</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>studies</translation>
    </message>
    <message>
        <source>recruitment training</source>
        <translation>recruitment training</translation>
    </message>
    <message>
        <source>rehabilitative work activity</source>
        <translation>rehabilitative work activity</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition of the kind &apos;other&apos; that starts in the period. A client with several such transitions counts once.</source>
        <translation>Clients counted in &apos;Clients referred&apos; with at least one transition of the kind &apos;other&apos; that starts in the period. A client with several such transitions counts once.</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into %1 that starts in the period. A client with several such transitions counts once.</source>
        <translation>Clients counted in &apos;Clients referred&apos; with at least one transition into %1 that starts in the period. A client with several such transitions counts once.</translation>
    </message>
    <message>
        <source>Transitions: %1</source>
        <translation>Transitions: %1</translation>
    </message>
    <message>
        <source>Clients referred</source>
        <translation>Clients referred</translation>
    </message>
    <message>
        <source>Clients referred to the service in the period: clients whose referral date, or their service start date when no referral date is recorded, falls in the period. A client with neither date counts only when the period is all time.</source>
        <translation>Clients referred to the service in the period: clients whose referral date, or their service start date when no referral date is recorded, falls in the period. A client with neither date counts only when the period is all time.</translation>
    </message>
    <message>
        <source>Clients into work or studies</source>
        <translation>Clients into work or studies</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Clients referred&apos; with at least one transition into paid work, wage-subsidised work, studies or an apprenticeship that starts in the period. A client with several such transitions counts once.</source>
        <translation>Clients counted in &apos;Clients referred&apos; with at least one transition into paid work, wage-subsidised work, studies or an apprenticeship that starts in the period. A client with several such transitions counts once.</translation>
    </message>
    <message>
        <source>Employers contacted</source>
        <translation>Employers contacted</translation>
    </message>
    <message>
        <source>Employers with at least one visit in the period. An employer counts once, however many times it was visited.</source>
        <translation>Employers with at least one visit in the period. An employer counts once, however many times it was visited.</translation>
    </message>
    <message>
        <source>Employers briefed on alternative recruitment</source>
        <translation>Employers briefed on alternative recruitment</translation>
    </message>
    <message>
        <source>Employers counted in &apos;Employers contacted&apos; that had been given the alternative recruitment briefing at a visit on or before the last day of the period (by anyone, in the period or before it).</source>
        <translation>Employers counted in &apos;Employers contacted&apos; that had been given the alternative recruitment briefing at a visit on or before the last day of the period (by anyone, in the period or before it).</translation>
    </message>
    <message>
        <source>Employers using alternative recruitment</source>
        <translation>Employers using alternative recruitment</translation>
    </message>
    <message>
        <source>Employers counted in &apos;Employers contacted&apos; recorded as having taken up alternative recruitment at a visit on or before the last day of the period.</source>
        <translation>Employers counted in &apos;Employers contacted&apos; recorded as having taken up alternative recruitment at a visit on or before the last day of the period.</translation>
    </message>
    <message>
        <source>Employers with a letter of intent</source>
        <translation>Employers with a letter of intent</translation>
    </message>
    <message>
        <source>Employers whose letter of intent was signed in the period (by its date). With a staff member chosen: those of them the staff member had visited on or before the last day of the period.</source>
        <translation>Employers whose letter of intent was signed in the period (by its date). With a staff member chosen: those of them the staff member had visited on or before the last day of the period.</translation>
    </message>
    <message>
        <source>Company visits</source>
        <translation>Company visits</translation>
    </message>
    <message>
        <source>Visits to employers in the period, each visit counted.</source>
        <translation>Visits to employers in the period, each visit counted.</translation>
    </message>
    <message>
        <source>Recruitment events held</source>
        <translation>Recruitment events held</translation>
    </message>
    <message>
        <source>Recruitment events (Työkohtaamo, remote and other) held in the period. With a staff member chosen: the events where at least one of their clients took part.</source>
        <translation>Recruitment events (Työkohtaamo, remote and other) held in the period. With a staff member chosen: the events where at least one of their clients took part.</translation>
    </message>
    <message>
        <source>Event participants</source>
        <translation>Event participants</translation>
    </message>
    <message>
        <source>Clients who took part in the events counted in &apos;Recruitment events held&apos;. A client who took part in several events counts once.</source>
        <translation>Clients who took part in the events counted in &apos;Recruitment events held&apos;. A client who took part in several events counts once.</translation>
    </message>
    <message>
        <source>Participants employed</source>
        <translation>Participants employed</translation>
    </message>
    <message>
        <source>Clients counted in &apos;Event participants&apos; who were marked hired at one of those events.</source>
        <translation>Clients counted in &apos;Event participants&apos; who were marked hired at one of those events.</translation>
    </message>
    <message>
        <source>Other event participants</source>
        <translation>Other event participants</translation>
    </message>
    <message>
        <source>People who were not the project&apos;s clients and took part in the events counted in &apos;Recruitment events held&apos;, as each event recorded their number (counts, no personal data; a person at two events counts twice).</source>
        <translation>People who were not the project&apos;s clients and took part in the events counted in &apos;Recruitment events held&apos;, as each event recorded their number (counts, no personal data; a person at two events counts twice).</translation>
    </message>
    <message>
        <source>Other participants employed</source>
        <translation>Other participants employed</translation>
    </message>
    <message>
        <source>People counted in &apos;Other event participants&apos; whom the event recorded as hired.</source>
        <translation>People counted in &apos;Other event participants&apos; whom the event recorded as hired.</translation>
    </message>
    <message>
        <source>Event participants, clients and others</source>
        <translation>Event participants, clients and others</translation>
    </message>
    <message>
        <source>&apos;Event participants&apos; and &apos;Other event participants&apos; together.</source>
        <translation>&apos;Event participants&apos; and &apos;Other event participants&apos; together.</translation>
    </message>
    <message>
        <source>Participants employed, clients and others</source>
        <translation>Participants employed, clients and others</translation>
    </message>
    <message>
        <source>&apos;Participants employed&apos; and &apos;Other participants employed&apos; together.</source>
        <translation>&apos;Participants employed&apos; and &apos;Other participants employed&apos; together.</translation>
    </message>
    <message>
        <source>Positions found</source>
        <translation>Positions found</translation>
    </message>
    <message>
        <source>Jobs in the positions found in the period (by the date found). A position for three people counts as three jobs.</source>
        <translation>Jobs in the positions found in the period (by the date found). A position for three people counts as three jobs.</translation>
    </message>
    <message>
        <source>Hidden jobs found</source>
        <translation>Hidden jobs found</translation>
    </message>
    <message>
        <source>Jobs counted in &apos;Positions found&apos; that are hidden jobs: not advertised publicly.</source>
        <translation>Jobs counted in &apos;Positions found&apos; that are hidden jobs: not advertised publicly.</translation>
    </message>
    <message>
        <source>Positions filled</source>
        <translation>Positions filled</translation>
    </message>
    <message>
        <source>Jobs in the positions marked filled with a filled date in the period; the position may have been found before the period.</source>
        <translation>Jobs in the positions marked filled with a filled date in the period; the position may have been found before the period.</translation>
    </message>
    <message>
        <source>No locality</source>
        <translation>No locality</translation>
    </message>
    <message>
        <source>Figures report</source>
        <translation>Figures report</translation>
    </message>
    <message>
        <source>Figures for managers and funders</source>
        <translation>Figures for managers and funders</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Participants: clients whose service starts in the period, with complete entry data; results: participants who left in the period. Left out for incomplete entry data: %1.</source>
        <translation>Participants: clients whose service starts in the period, with complete entry data; results: participants who left in the period. Left out for incomplete entry data: %1.</translation>
    </message>
    <message>
        <source>EU common indicators by gender (ESF+)</source>
        <translation>EU common indicators by gender (ESF+)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Share of</translation>
    </message>
    <message>
        <source>Share base</source>
        <translation>Share base</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>EU common indicator</source>
        <translation>EU common indicator</translation>
    </message>
    <message>
        <source>Commission code</source>
        <translation>Commission code</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Service start</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Transitions by kind (clients)</source>
        <translation>Transitions by kind (clients)</translation>
    </message>
    <message>
        <source>Visits per month by locality</source>
        <translation>Visits per month by locality</translation>
    </message>
    <message>
        <source>No visits in the period.</source>
        <translation>No visits in the period.</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>How the figures are counted: deleted records never count, nor do records of a deleted client, employer or event. The period includes its first and last day. A share is the figure divided by the figure named in &apos;Share of&apos;, and each person or employer counts once in it. A locality covers the records of its clients, employers and events; a staff member covers their visits and the clients assigned to them.</source>
        <translation>How the figures are counted: deleted records never count, nor do records of a deleted client, employer or event. The period includes its first and last day. A share is the figure divided by the figure named in &apos;Share of&apos;, and each person or employer counts once in it. A locality covers the records of its clients, employers and events; a staff member covers their visits and the clients assigned to them.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>All localities</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>exit data due by %1</source>
        <translation>exit data due by %1</translation>
    </message>
    <message>
        <source>exit data overdue since %1</source>
        <translation>exit data overdue since %1</translation>
    </message>
    <message>
        <source>six-month follow-up due %1</source>
        <translation>six-month follow-up due %1</translation>
    </message>
    <message>
        <source>six-month follow-up overdue since %1</source>
        <translation>six-month follow-up overdue since %1</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>labour market status at entry</source>
        <translation>labour market status at entry</translation>
    </message>
    <message>
        <source>long-term unemployment</source>
        <translation>long-term unemployment</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>education level</translation>
    </message>
    <message>
        <source>disability question</source>
        <translation>disability question</translation>
    </message>
    <message>
        <source>third-country national question</source>
        <translation>third-country national question</translation>
    </message>
    <message>
        <source>foreign background question</source>
        <translation>foreign background question</translation>
    </message>
    <message>
        <source>minority question</source>
        <translation>minority question</translation>
    </message>
    <message>
        <source>homelessness question</source>
        <translation>homelessness question</translation>
    </message>
    <message>
        <source>EURA entry not done</source>
        <translation>EURA entry not done</translation>
    </message>
    <message>
        <source>situation on leaving</source>
        <translation>situation on leaving</translation>
    </message>
    <message>
        <source>qualification on leaving</source>
        <translation>qualification on leaving</translation>
    </message>
    <message>
        <source>EURA exit not done</source>
        <translation>EURA exit not done</translation>
    </message>
    <message>
        <source>situation six months after leaving</source>
        <translation>situation six months after leaving</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Total number of participants</translation>
    </message>
    <message>
        <source>Clients whose service starts in the period and whose entry data are complete.</source>
        <translation>Clients whose service starts in the period and whose entry data are complete.</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Unemployed, including long-term unemployed</translation>
    </message>
    <message>
        <source>Participants unemployed at entry, long-term unemployed included.</source>
        <translation>Participants unemployed at entry, long-term unemployed included.</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <source>Participants unemployed at entry and long-term unemployed.</source>
        <translation>Participants unemployed at entry and long-term unemployed.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Participants outside the labour force at entry.</source>
        <translation>Participants outside the labour force at entry.</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Employed, including self-employed</translation>
    </message>
    <message>
        <source>Participants employed or self-employed at entry.</source>
        <translation>Participants employed or self-employed at entry.</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Children below 18 years of age</translation>
    </message>
    <message>
        <source>Participants under 18 on the day their service starts.</source>
        <translation>Participants under 18 on the day their service starts.</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Young people between 18 and 29 years of age</translation>
    </message>
    <message>
        <source>Participants aged 18 to 29 on the day their service starts.</source>
        <translation>Participants aged 18 to 29 on the day their service starts.</translation>
    </message>
    <message>
        <source>Participants of 55 years of age and above</source>
        <translation>Participants of 55 years of age and above</translation>
    </message>
    <message>
        <source>Participants aged 55 or more on the day their service starts.</source>
        <translation>Participants aged 55 or more on the day their service starts.</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>With lower secondary education or less (ISCED 0-2)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 0 to 2.</source>
        <translation>Participants whose highest education at entry is ISCED 0 to 2.</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3-4)</source>
        <translation>With upper secondary or post-secondary education (ISCED 3-4)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 3 or 4.</source>
        <translation>Participants whose highest education at entry is ISCED 3 or 4.</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5-8)</source>
        <translation>With tertiary education (ISCED 5-8)</translation>
    </message>
    <message>
        <source>Participants whose highest education at entry is ISCED 5 to 8.</source>
        <translation>Participants whose highest education at entry is ISCED 5 to 8.</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Participants with disabilities</translation>
    </message>
    <message>
        <source>Participants who answered yes; those who declined are not counted.</source>
        <translation>Participants who answered yes; those who declined are not counted.</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Third-country nationals</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Participants with a foreign background</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities such as Roma)</source>
        <translation>Minorities (including marginalised communities such as Roma)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Homeless or affected by housing exclusion</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Engaged in job searching upon leaving</translation>
    </message>
    <message>
        <source>Participants who left in the period and were searching for a job in the four weeks after leaving (the last event counts).</source>
        <translation>Participants who left in the period and were searching for a job in the four weeks after leaving (the last event counts).</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>In education or training upon leaving</translation>
    </message>
    <message>
        <source>Participants who left in the period and were in education or training in the four weeks after leaving (the last event counts).</source>
        <translation>Participants who left in the period and were in education or training in the four weeks after leaving (the last event counts).</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Gaining a qualification upon leaving</translation>
    </message>
    <message>
        <source>Participants who left in the period with a qualification gained.</source>
        <translation>Participants who left in the period with a qualification gained.</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>In employment, including self-employment, upon leaving</translation>
    </message>
    <message>
        <source>Participants who left in the period and were employed or self-employed in the four weeks after leaving (the last event counts).</source>
        <translation>Participants who left in the period and were employed or self-employed in the four weeks after leaving (the last event counts).</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>In employment, including self-employment, six months after leaving</translation>
    </message>
    <message>
        <source>Participants who left in the period and were employed or self-employed six months after leaving.</source>
        <translation>Participants who left in the period and were employed or self-employed six months after leaving.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>All localities</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Hover over a figure to see its definition.</source>
        <translation>Hover over a figure to see its definition.</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Fi&amp;gures</translation>
    </message>
    <message>
        <source>EU &amp;indicators</source>
        <translation>EU &amp;indicators</translation>
    </message>
    <message>
        <source>&amp;Missing data</source>
        <translation>&amp;Missing data</translation>
    </message>
    <message>
        <source>Transitions by kind (clients)</source>
        <translation>Transitions by kind (clients)</translation>
    </message>
    <message>
        <source>Visits per month by locality</source>
        <translation>Visits per month by locality</translation>
    </message>
    <message>
        <source>The period ends before it starts: change the dates.</source>
        <translation>The period ends before it starts: change the dates.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) with data missing for the funder</source>
        <translation>
            <numerusform>%n participant with data missing for the funder</numerusform>
            <numerusform>%n participants with data missing for the funder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a follow-up overdue</source>
        <translation>
            <numerusform>%n with a follow-up overdue</numerusform>
            <numerusform>%n with a follow-up overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The funder has every participant&apos;s data.</source>
        <translation>The funder has every participant&apos;s data.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Figures as of %1.</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>The figures could not be computed.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>The report was not saved.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Saved the report to %1.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Employer coordinator</source>
        <translation>Employer coordinator</translation>
    </message>
    <message>
        <source>Career coach</source>
        <translation>Career coach</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search employers, clients, visits and notes (Ctrl+F)</source>
        <translation>Search employers, clients, visits and notes (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Two-step verification</source>
        <translation>Two-step verification</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>With two-step verification, logging in needs a code from an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator) besides the password. Give your password to continue.</source>
        <translation>With two-step verification, logging in needs a code from an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator) besides the password. Give your password to continue.</translation>
    </message>
    <message>
        <source>New recovery codes (the old ones stop working)</source>
        <translation>New recovery codes (the old ones stop working)</translation>
    </message>
    <message>
        <source>Set up a new phone</source>
        <translation>Set up a new phone</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Two-step verification is on. Give your password and the code the authenticator app shows now (or a recovery code).</source>
        <translation>Two-step verification is on. Give your password and the code the authenticator app shows now (or a recovery code).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>1. Open the authenticator app on your phone and add an account by reading this QR code, or type the key below into it.
2. Type the 6-digit code the app shows.</source>
        <translation>1. Open the authenticator app on your phone and add an account by reading this QR code, or type the key below into it.
2. Type the 6-digit code the app shows.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code from the app</translation>
    </message>
    <message>
        <source>Two-step verification is on. These recovery codes are shown only now. If you lose your phone, each code logs you in once in place of the app&apos;s code. Keep them safe, apart from this laptop (printed, or in a password manager), and do not share them.</source>
        <translation>Two-step verification is on. These recovery codes are shown only now. If you lose your phone, each code logs you in once in place of the app&apos;s code. Keep them safe, apart from this laptop (printed, or in a password manager), and do not share them.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Save to a file…</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Give your password.</translation>
    </message>
    <message>
        <source>Type the code the authenticator app shows now, or a recovery code.</source>
        <translation>Type the code the authenticator app shows now, or a recovery code.</translation>
    </message>
    <message>
        <source>Type the 6-digit code the authenticator app shows.</source>
        <translation>Type the 6-digit code the authenticator app shows.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kenttä recovery codes: each logs in once in place of the authenticator app&apos;s code. Keep them safe.</source>
        <translation>Kenttä recovery codes: each logs in once in place of the authenticator app&apos;s code. Keep them safe.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Save the recovery codes</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service path</source>
        <translation>Service path</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Service start</translation>
    </message>
    <message>
        <source>Service end</source>
        <translation>Service end</translation>
    </message>
    <message>
        <source>Assi&amp;gned staff…</source>
        <translation>Assi&amp;gned staff…</translation>
    </message>
    <message>
        <source>End serv&amp;ice…</source>
        <translation>End serv&amp;ice…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Profile user (staff id)</source>
        <translation>Profile user (staff id)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language at the next start</source>
        <translation>Language at the next start</translation>
    </message>
    <message>
        <source>Window size and place per screen</source>
        <translation>Window size and place per screen</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>This device was revoked</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lock after idle time</translation>
    </message>
    <message>
        <source>Client names in calendar files</source>
        <translation>Client names in calendar files</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Sync server</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Device id</translation>
    </message>
    <message>
        <source>Staff id on the server</source>
        <translation>Staff id on the server</translation>
    </message>
    <message>
        <source>Role on the server</source>
        <translation>Role on the server</translation>
    </message>
    <message>
        <source>Server certificate authority</source>
        <translation>Server certificate authority</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Sync automatically</translation>
    </message>
    <message>
        <source>Sync tokens</source>
        <translation>Sync tokens</translation>
    </message>
    <message>
        <source>Pulled up to</source>
        <translation>Pulled up to</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Realigning after a server restore</source>
        <translation>Realigning after a server restore</translation>
    </message>
    <message>
        <source>Handover document numbers</source>
        <translation>Handover document numbers</translation>
    </message>
    <message>
        <source>Handover form versions</source>
        <translation>Handover form versions</translation>
    </message>
    <message>
        <source>Download my clients&apos; attachments during sync</source>
        <translation>Download my clients&apos; attachments during sync</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Calendar files leave the encrypted profile: without this, a client is shown by a short code only.</source>
        <translation>Calendar files leave the encrypted profile: without this, a client is shown by a short code only.</translation>
    </message>
    <message>
        <source>leave empty to keep the current PIN</source>
        <translation>leave empty to keep the current PIN</translation>
    </message>
    <message>
        <source>leave empty to keep the current passphrase</source>
        <translation>leave empty to keep the current passphrase</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>The PIN needs at least %1 digits.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Give the current passphrase to change it.</source>
        <translation>Give the current passphrase to change it.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>The passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>The current passphrase is wrong. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Kenttä – new profile</source>
        <translation>Kenttä – new profile</translation>
    </message>
    <message>
        <source>Keep the key in the OS keyring</source>
        <translation>Keep the key in the OS keyring</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>PIN for the lock screen</source>
        <translation>PIN for the lock screen</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>The recovery passphrase opens the profile if the keyring is lost, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>The recovery passphrase opens the profile if the keyring is lost, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</translation>
    </message>
    <message>
        <source>Passphrase (required)</source>
        <translation>Passphrase (required)</translation>
    </message>
    <message>
        <source>The passphrase opens the profile at every start, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</source>
        <translation>The passphrase opens the profile at every start, and unlocks the lock screen. The PIN (at least %1 digits) only unlocks the lock screen.</translation>
    </message>
    <message>
        <source>Quit without a profile?</source>
        <translation>Quit without a profile?</translation>
    </message>
    <message>
        <source>What you typed will be lost, and Kenttä closes without creating a profile.</source>
        <translation>What you typed will be lost, and Kenttä closes without creating a profile.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Give your name.</translation>
    </message>
    <message>
        <source>Give the organisation.</source>
        <translation>Give the organisation.</translation>
    </message>
    <message>
        <source>Give the locality.</source>
        <translation>Give the locality.</translation>
    </message>
    <message>
        <source>No OS keyring is used, so a passphrase is required.</source>
        <translation>No OS keyring is used, so a passphrase is required.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>The PIN needs at least %1 digits.</translation>
    </message>
    <message>
        <source>Set a recovery passphrase or a PIN, so that the lock screen can be opened.</source>
        <translation>Set a recovery passphrase or a PIN, so that the lock screen can be opened.</translation>
    </message>
</context>
<context>
    <name>SpecialCategories</name>
    <message>
        <source>Sensitive: special categories of personal data</source>
        <translation>Sensitive: special categories of personal data</translation>
    </message>
    <message>
        <source>Show answe&amp;rs</source>
        <translation>Show answe&amp;rs</translation>
    </message>
    <message>
        <source>Hide answe&amp;rs</source>
        <translation>Hide answe&amp;rs</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Assigned staff</source>
        <translation>Assigned staff</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>For example: Oulu, Raahe</source>
        <translation>For example: Oulu, Raahe</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Localities</translation>
    </message>
    <message>
        <source>Leave empty to have one made</source>
        <translation>Leave empty to have one made</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>The person logs in with this username and password on the Sync page of their laptop. A password made by the server is shown once, for you to hand over.</source>
        <translation>The person logs in with this username and password on the Sync page of their laptop. A password made by the server is shown once, for you to hand over.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Localities</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Staff accounts: %1.</source>
        <translation>Staff accounts: %1.</translation>
    </message>
    <message>
        <source>Saved on the server: %1. Laptops learn it at their next sync.</source>
        <translation>Saved on the server: %1. Laptops learn it at their next sync.</translation>
    </message>
    <message>
        <source>Deactivate the account?</source>
        <translation>Deactivate the account?</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer log in, and every session of the account ends at once. What they recorded stays. You can reactivate the account later.</source>
        <translation>%1 (%2) can no longer log in, and every session of the account ends at once. What they recorded stays. You can reactivate the account later.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Client summary</source>
        <translation>Client summary</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language of the summary</source>
        <translation>&amp;Language of the summary</translation>
    </message>
    <message>
        <source>One page: the service, consent, transitions, next steps and due dates. No assessment and no notes are printed.</source>
        <translation>One page: the service, consent, transitions, next steps and due dates. No assessment and no notes are printed.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Making the summary…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The summary is ready: print it or save it as a PDF.</source>
        <translation>The summary is ready: print it or save it as a PDF.</translation>
    </message>
    <message>
        <source>No summary was made.</source>
        <translation>No summary was made.</translation>
    </message>
    <message>
        <source>Sending the summary to the printer…</source>
        <translation>Sending the summary to the printer…</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>The summary was sent to the printer.</translation>
    </message>
    <message>
        <source>The summary was not printed.</source>
        <translation>The summary was not printed.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>client-summary-%1.pdf</source>
        <translation>client-summary-%1.pdf</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The summary was saved to %1.</source>
        <translation>The summary was saved to %1.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Changes lost to the delete: %1</source>
        <translation>Changes lost to the delete: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Client note</source>
        <translation>Client note</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Recruitment event</translation>
    </message>
    <message>
        <source>Event participant</source>
        <translation>Event participant</translation>
    </message>
    <message>
        <source>Handover form</source>
        <translation>Handover form</translation>
    </message>
    <message>
        <source>Opening of a client by a manager</source>
        <translation>Opening of a client by a manager</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Audit event</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Deleted on another device</source>
        <translation>Deleted on another device</translation>
    </message>
    <message>
        <source>Your unsent changes: %1</source>
        <translation>Your unsent changes: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Request to be assigned to a client</source>
        <translation>Request to be assigned to a client</translation>
    </message>
    <message>
        <source>Client&apos;s file</source>
        <translation>Client&apos;s file</translation>
    </message>
    <message>
        <source>Employer&apos;s file</source>
        <translation>Employer&apos;s file</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The sync could not be done. Nothing was lost; the changes wait on this laptop.</source>
        <translation>The sync could not be done. Nothing was lost; the changes wait on this laptop.</translation>
    </message>
    <message>
        <source>Give the server address, for example https://kentta.example.fi.</source>
        <translation>Give the server address, for example https://kentta.example.fi.</translation>
    </message>
    <message>
        <source>The server address %1 does not start with https://: write it, for example, as https://kentta.example.fi.</source>
        <translation>The server address %1 does not start with https://: write it, for example, as https://kentta.example.fi.</translation>
    </message>
    <message>
        <source>%1 is not a valid server address: it must start with https://.</source>
        <translation>%1 is not a valid server address: it must start with https://.</translation>
    </message>
    <message>
        <source>Do not put a username or password in the server address; log in with the form.</source>
        <translation>Do not put a username or password in the server address; log in with the form.</translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: a server that is not on this computer must use https with a valid certificate. Ask your administrator for the https:// address.</source>
        <translation>Refused to connect to %1 over plain http: a server that is not on this computer must use https with a valid certificate. Ask your administrator for the https:// address.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified, so nothing was sent. The address may be wrong, or someone may be intercepting the connection. Ask your administrator.</source>
        <translation>The certificate of %1 could not be verified, so nothing was sent. The address may be wrong, or someone may be intercepting the connection. Ask your administrator.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the network connection and the server address, then sync again. Nothing was lost; the changes wait on this laptop.</source>
        <translation>Cannot reach the server at %1: check the network connection and the server address, then sync again. Nothing was lost; the changes wait on this laptop.</translation>
    </message>
    <message>
        <source>The server at %1 is busy or failing: try again later. Nothing was lost; the changes wait on this laptop.</source>
        <translation>The server at %1 is busy or failing: try again later. Nothing was lost; the changes wait on this laptop.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is closed. Check them and try again.</source>
        <translation>Wrong username or password, or the account is closed. Check them and try again.</translation>
    </message>
    <message>
        <source>Too many failed logins: wait about %1 min and try again.</source>
        <translation>Too many failed logins: wait about %1 min and try again.</translation>
    </message>
    <message>
        <source>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</source>
        <translation>This account uses two-step verification: type the 6-digit code that the authenticator app on your phone shows now.</translation>
    </message>
    <message>
        <source>The code is wrong. Type the code the authenticator app shows now, or one of your recovery codes, and try again.</source>
        <translation>The code is wrong. Type the code the authenticator app shows now, or one of your recovery codes, and try again.</translation>
    </message>
    <message>
        <source>This code was used already: wait for the next code in the authenticator app and type it.</source>
        <translation>This code was used already: wait for the next code in the authenticator app and type it.</translation>
    </message>
    <message>
        <source>Your account must use two-step verification: set up an authenticator app on your phone to continue.</source>
        <translation>Your account must use two-step verification: set up an authenticator app on your phone to continue.</translation>
    </message>
    <message>
        <source>Your account must use two-step verification: it cannot be switched off.</source>
        <translation>Your account must use two-step verification: it cannot be switched off.</translation>
    </message>
    <message>
        <source>The setup had expired: start it again.</source>
        <translation>The setup had expired: start it again.</translation>
    </message>
    <message>
        <source>The password is wrong: type it again.</source>
        <translation>The password is wrong: type it again.</translation>
    </message>
    <message>
        <source>The session with the server has ended: log in again.</source>
        <translation>The session with the server has ended: log in again.</translation>
    </message>
    <message>
        <source>Not logged in to the server: log in first.</source>
        <translation>Not logged in to the server: log in first.</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop: log in again.</source>
        <translation>The server no longer accepts this laptop: log in again.</translation>
    </message>
    <message>
        <source>This device has been revoked: an administrator has stopped it from syncing. The profile and its data have been deleted from this computer. Contact your administrator.</source>
        <translation>This device has been revoked: an administrator has stopped it from syncing. The profile and its data have been deleted from this computer. Contact your administrator.</translation>
    </message>
    <message>
        <source>This app and the server use different versions of the sync protocol: update the app, or ask your administrator.</source>
        <translation>This app and the server use different versions of the sync protocol: update the app, or ask your administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s data is older than this laptop&apos;s: it was put back from a backup in a way that would lose changes. Nothing was lost here; tell your administrator (kentta-server restore).</source>
        <translation>The server&apos;s data is older than this laptop&apos;s: it was put back from a backup in a way that would lose changes. Nothing was lost here; tell your administrator (kentta-server restore).</translation>
    </message>
    <message>
        <source>The server was restored from a backup: this laptop takes the server&apos;s data again before it sends anything. Nothing was lost here; sync again.</source>
        <translation>The server was restored from a backup: this laptop takes the server&apos;s data again before it sends anything. Nothing was lost here; sync again.</translation>
    </message>
    <message>
        <source>The server refused the request (%1). Nothing was lost; if this happens again, tell your administrator.</source>
        <translation>The server refused the request (%1). Nothing was lost; if this happens again, tell your administrator.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent or received so far is kept.</source>
        <translation>Sync cancelled. What was sent or received so far is kept.</translation>
    </message>
    <message>
        <source>A sync is already running for this profile; wait for it to end.</source>
        <translation>A sync is already running for this profile; wait for it to end.</translation>
    </message>
    <message>
        <source>This profile syncs with %1. To use %2, log in on a new profile (another data folder); this one keeps its data.</source>
        <translation>This profile syncs with %1. To use %2, log in on a new profile (another data folder); this one keeps its data.</translation>
    </message>
    <message>
        <source>This profile has no sync server yet: log in first.</source>
        <translation>This profile has no sync server yet: log in first.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sync automatically when the server can be reached (checked every minute)</source>
        <translation>Sync automatically when the server can be reached (checked every minute)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Set aside (%1)</source>
        <translation>Set aside (%1)</translation>
    </message>
    <message>
        <source>Two-step verification…</source>
        <translation>Two-step verification…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Logged in to %1 as %2.</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>A sync is running already.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Sending: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving: %1 changes</source>
        <translation>Receiving: %1 changes</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>(the server does not answer; trying again)</source>
        <translation>(the server does not answer; trying again)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Files (%1)</translation>
    </message>
    <message>
        <source>Files: %1 of %2</source>
        <translation>Files: %1 of %2</translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <source>The server does not know this kind of record: update the app.</source>
        <translation>The server does not know this kind of record: update the app.</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>You may not change this record.</translation>
    </message>
    <message>
        <source>Your role may not change records of this kind.</source>
        <translation>Your role may not change records of this kind.</translation>
    </message>
    <message>
        <source>You may change your own organisation only.</source>
        <translation>You may change your own organisation only.</translation>
    </message>
    <message>
        <source>A record cannot move to another organisation.</source>
        <translation>A record cannot move to another organisation.</translation>
    </message>
    <message>
        <source>The record has fields the server does not know: update the app.</source>
        <translation>The record has fields the server does not know: update the app.</translation>
    </message>
    <message>
        <source>This record was purged under the retention rules.</source>
        <translation>This record was purged under the retention rules.</translation>
    </message>
    <message>
        <source>The server does not have the version of this record that was edited here.</source>
        <translation>The server does not have the version of this record that was edited here.</translation>
    </message>
    <message>
        <source>Audit events cannot be changed.</source>
        <translation>Audit events cannot be changed.</translation>
    </message>
    <message>
        <source>The client of this record is not on the server.</source>
        <translation>The client of this record is not on the server.</translation>
    </message>
    <message>
        <source>The client of this record has been deleted.</source>
        <translation>The client of this record has been deleted.</translation>
    </message>
    <message>
        <source>A new client must list you among its assigned staff.</source>
        <translation>A new client must list you among its assigned staff.</translation>
    </message>
    <message>
        <source>Some values are not valid: open the record and correct them.</source>
        <translation>Some values are not valid: open the record and correct them.</translation>
    </message>
    <message>
        <source>The record could not be sent as it is: open it and correct it.</source>
        <translation>The record could not be sent as it is: open it and correct it.</translation>
    </message>
    <message>
        <source>The server refused the record.</source>
        <translation>The server refused the record.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with changes waiting to be sent</source>
        <translation>
            <numerusform>%n record with changes waiting to be sent</numerusform>
            <numerusform>%n records with changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>the last sync stopped</source>
        <translation>the last sync stopped</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Follow-up of a visit</source>
        <translation>Follow-up of a visit</translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation>Service ends</translation>
    </message>
    <message>
        <source>Work trial or wage-subsidised work ends</source>
        <translation>Work trial or wage-subsidised work ends</translation>
    </message>
    <message>
        <source>Exit data for the funder</source>
        <translation>Exit data for the funder</translation>
    </message>
    <message>
        <source>Six-month follow-up for the funder</source>
        <translation>Six-month follow-up for the funder</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>No valid consent</translation>
    </message>
    <message>
        <source>Request to be assigned</source>
        <translation>Request to be assigned</translation>
    </message>
    <message>
        <source>Client data to be purged</source>
        <translation>Client data to be purged</translation>
    </message>
    <message>
        <source>Unfinished draft</source>
        <translation>Unfinished draft</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 changes waiting to be sent</translation>
    </message>
    <message>
        <source>set aside by the server: %1</source>
        <translation>set aside by the server: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflict: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>%1 asks to be assigned to %2</source>
        <translation>%1 asks to be assigned to %2</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>Nothing due in the next %1 days.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Recruitment event</translation>
    </message>
    <message>
        <source>Kenttä: my work</source>
        <translation>Kenttä: my work</translation>
    </message>
</context>
<context>
    <name>TodayGroups</name>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>Follow-ups today</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Follow-ups this week</translation>
    </message>
    <message>
        <source>Follow-ups later</source>
        <translation>Follow-ups later</translation>
    </message>
    <message>
        <source>Services ending</source>
        <translation>Services ending</translation>
    </message>
    <message>
        <source>Work trials and wage-subsidised work ending</source>
        <translation>Work trials and wage-subsidised work ending</translation>
    </message>
    <message>
        <source>Funder&apos;s exit data due (four weeks from the end)</source>
        <translation>Funder&apos;s exit data due (four weeks from the end)</translation>
    </message>
    <message>
        <source>Funder&apos;s six-month follow-ups due</source>
        <translation>Funder&apos;s six-month follow-ups due</translation>
    </message>
    <message>
        <source>Clients with no valid consent</source>
        <translation>Clients with no valid consent</translation>
    </message>
    <message>
        <source>Colleagues asking to be assigned to your clients</source>
        <translation>Colleagues asking to be assigned to your clients</translation>
    </message>
    <message>
        <source>Client data to be purged within 30 days</source>
        <translation>Client data to be purged within 30 days</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Unfinished drafts</translation>
    </message>
    <message>
        <source>Changes waiting and conflicts</source>
        <translation>Changes waiting and conflicts</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Export to &amp;calendar…</translation>
    </message>
    <message>
        <source>Write your follow-ups, due dates and recruitment events as an .ics file for Outlook, Thunderbird or GNOME Calendar</source>
        <translation>Write your follow-ups, due dates and recruitment events as an .ics file for Outlook, Thunderbird or GNOME Calendar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Nothing due. No follow-ups, endings, consents, purges, drafts or conflicts need you in the next two weeks.</source>
        <translation>Nothing due. No follow-ups, endings, consents, purges, drafts or conflicts need you in the next two weeks.</translation>
    </message>
    <message>
        <source>Mark &amp;done (Ctrl+D)</source>
        <translation>Mark &amp;done (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Move to another day… (Ctrl+M)</source>
        <translation>&amp;Move to another day… (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Open (Enter)</translation>
    </message>
    <message>
        <source>The list could not be read. It is read again after the next change.</source>
        <translation>The list could not be read. It is read again after the next change.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln day(s) late)</source>
        <translation>
            <numerusform>(%Ln day late)</numerusform>
            <numerusform>(%Ln days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Visit to %1</translation>
    </message>
    <message>
        <source>Handover form of %1</source>
        <translation>Handover form of %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>Reading what is due…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today or overdue</source>
        <translation>
            <numerusform>%Ln due today or overdue</numerusform>
            <numerusform>%Ln due today or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the next two weeks</source>
        <translation>
            <numerusform>%Ln item in the next two weeks</numerusform>
            <numerusform>%Ln items in the next two weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Follow-up marked done.</translation>
    </message>
    <message>
        <source>Follow-up moved to %1.</source>
        <translation>Follow-up moved to %1.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Writing the calendar file…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) written to the calendar file</source>
        <translation>
            <numerusform>%Ln entry written to the calendar file</numerusform>
            <numerusform>%Ln entries written to the calendar file</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar file was not written.</source>
        <translation>The calendar file was not written.</translation>
    </message>
</context>
<context>
    <name>TopicsBox</name>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>&amp;Recruitment needs</source>
        <translation>&amp;Recruitment needs</translation>
    </message>
    <message>
        <source>Alternative recruitment &amp;briefing given</source>
        <translation>Alternative recruitment &amp;briefing given</translation>
    </message>
    <message>
        <source>Alternative recruitment &amp;taken up</source>
        <translation>Alternative recruitment &amp;taken up</translation>
    </message>
    <message>
        <source>Interest in &amp;wage subsidy</source>
        <translation>Interest in &amp;wage subsidy</translation>
    </message>
    <message>
        <source>Interest in work tr&amp;ial</source>
        <translation>Interest in work tr&amp;ial</translation>
    </message>
    <message>
        <source>Interest in a&amp;pprenticeship</source>
        <translation>Interest in a&amp;pprenticeship</translation>
    </message>
    <message>
        <source>Interest in recruitment trainin&amp;g</source>
        <translation>Interest in recruitment trainin&amp;g</translation>
    </message>
    <message>
        <source>Interest in Työkohtaamo (recr&amp;uitment event)</source>
        <translation>Interest in Työkohtaamo (recr&amp;uitment event)</translation>
    </message>
    <message>
        <source>What kind of people, when, how many</source>
        <translation>What kind of people, when, how many</translation>
    </message>
</context>
<context>
    <name>TrailTab</name>
    <message>
        <source>Search clients; Enter shows the trail</source>
        <translation>Search clients; Enter shows the trail</translation>
    </message>
    <message>
        <source>Choose a client on the left.</source>
        <translation>Choose a client on the left.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Reading the trail of %1 from the server…</source>
        <translation>Reading the trail of %1 from the server…</translation>
    </message>
    <message>
        <source>%1: %2 entries, oldest first.</source>
        <translation>%1: %2 entries, oldest first.</translation>
    </message>
    <message>
        <source>The trail was read from the server.</source>
        <translation>The trail was read from the server.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved the audit trail to %1.</source>
        <translation>Saved the audit trail to %1.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Record transition</source>
        <translation>Record transition</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TransitionsModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>TransitionsSection</name>
    <message>
        <source>Transitions</source>
        <translation>Transitions</translation>
    </message>
    <message>
        <source>Record &amp;transition…</source>
        <translation>Record &amp;transition…</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The profile&apos;s key is missing from the OS keyring. Enter the recovery passphrase.</source>
        <translation>The profile&apos;s key is missing from the OS keyring. Enter the recovery passphrase.</translation>
    </message>
    <message>
        <source>Enter the profile&apos;s passphrase.</source>
        <translation>Enter the profile&apos;s passphrase.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Kenttä</source>
        <translation>Unlock Kenttä</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>At an event</source>
        <translation>At an event</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>What was talked about</translation>
    </message>
    <message>
        <source>F&amp;ollow up on</source>
        <translation>F&amp;ollow up on</translation>
    </message>
    <message>
        <source>Save visit (Ctrl+S)</source>
        <translation>Save visit (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>When and where</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Contact met</source>
        <translation>Contact met</translation>
    </message>
    <message>
        <source>Open positions and hidden jobs</source>
        <translation>Open positions and hidden jobs</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Ne&amp;xt step</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation>Discard this visit?</translation>
    </message>
    <message>
        <source>What you typed in this visit will be lost.</source>
        <translation>What you typed in this visit will be lost.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Filter visits by notes, needs, positions or next step</source>
        <translation>Filter visits by notes, needs, positions or next step</translation>
    </message>
    <message>
        <source>&amp;Only mine</source>
        <translation>&amp;Only mine</translation>
    </message>
    <message>
        <source>New visit (Ctrl+N)</source>
        <translation>New visit (Ctrl+N)</translation>
    </message>
    <message>
        <source>No visits yet. Record the first one: New visit (Ctrl+N)</source>
        <translation>No visits yet. Record the first one: New visit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your unsaved changes to this visit were restored.</source>
        <translation>Your unsaved changes to this visit were restored.</translation>
    </message>
    <message>
        <source>The visit you were writing was kept as a draft.</source>
        <translation>The visit you were writing was kept as a draft.</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Visit saved.</translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>Unsaved visit</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>You have an unsaved visit to %1 from %2.</source>
        <translation>You have an unsaved visit to %1 from %2.</translation>
    </message>
    <message>
        <source>You have an unsaved visit from %1.</source>
        <translation>You have an unsaved visit from %1.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
</context>
<context>
    <name>_Opening</name>
    <message>
        <source>Opening the profile…</source>
        <translation>Opening the profile…</translation>
    </message>
</context>
<context>
    <name>_SendingDialog</name>
    <message>
        <source>Sending to the server…</source>
        <translation>Sending to the server…</translation>
    </message>
</context>
</TS>
