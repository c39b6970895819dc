<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice management for cosmetic acupuncture clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acudesk logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should appear on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to the person; they can change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to sign in, e.g. maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsBanner</name>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n more alerts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creating the demo clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point catalogue is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acudesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Charting is unavailable until acudesk is reinstalled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Not printed for {name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: every session completed today already has its aftercare sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print today&apos;s handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n aftercare sheets.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Printing today&apos;s handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {number} of {total}: {name}
Stop ends the run after the sheet being printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped before %n: {names}. Print all again to do them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s aftercare sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s handouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CautionDialog</name>
    <message>
        <source>Caution messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: {code} {pinyin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To place a needle here, say why it is appropriate today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. discussed with the client; shallow needling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {pinyin} ({english}) is cautioned for this client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCommands</name>
    <message>
        <source>Add {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair for electro-stimulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartController</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electro-stimulation is not allowed for this client: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electro-stimulation not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electro-stimulation: take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair these needles anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {code} (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} both sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDialogs</name>
    <message>
        <source>Needles at this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartEditorWidget</name>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point to place a needle · Shift-click: free needle · Right-click a needle: more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the second needle to pair with {name} · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair for electro-stimulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this needle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartItems</name>
    <message>
        <source>Caution: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ For this client:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message numerus="yes">
        <source>%n needles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face, profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bruise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartToolBarWidget</name>
    <message>
        <source> Bilateral: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bilateral point gets a needle on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bilateral point gets a needle on the side clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point to place a needle; Shift-click anywhere for a free needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where a bruise is seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where bleeding is seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where redness is seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-click anywhere for a free mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s left side (the drawing mirrored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s right side of the face in profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFormWidget</name>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything reception should know (not clinical history: that goes in the intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty salon or spa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLINIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor or therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this client from searches. Nothing is deleted; Restore brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they &amp;heard of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they heard of us message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, relationship and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;ysician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload their version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what you typed with the version saved on the other computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what you typed with the version saved on the other computer? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save refused message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their doctor or GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFormatting</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Day/month/year, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date of birth, phone or email on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} · born {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what the client tells you; only a name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the client first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this client&apos;s details without saving. Leave and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹  Clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsScreen</name>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients match “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Archived clients are not searched: tick Show archived to include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F. Press Enter to open the highlighted client, Down to move into the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %Ln shown, in name order; scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches “{query}”. Press Ctrl+N to register a new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients to show. Press Ctrl+N to register a new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, email or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <source>Archived client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  · archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRows</name>
    <message>
        <source>Controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which condition or medicine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which condition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which limb or side?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which medicine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which, and what treatment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDiscard</name>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTextDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients read this on the intake form before they tick consent and sign. Intakes already signed keep the text they were signed with on their printed summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed-consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;standard text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPrompt</name>
    <message numerus="yes">
        <source> (%n more unfinished intakes after this one.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (saved {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it to finish and save, or discard what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished intake for {name}{saved}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateClientsDialog</name>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date of birth on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the same name and date of birth, the same phone or the same email is already registered. Open their record rather than creating a second one; save as a new client only if this is a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be a client you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportClients</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;acudesk keeps your clients, their intake forms, treatment charts and aftercare sheets in one place.&lt;/p&gt;&lt;p&gt;On the next pages you will enter:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the clinic&apos;s name, address and phone number, as printed on handouts;&lt;/li&gt;&lt;li&gt;the first administrator account: the person who adds the other users and makes backups.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You can change the clinic details later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should appear on screen, e.g. Olivia Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details below, then press Finish to create the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s get your clinic ready. This takes about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town and postcode, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account. An administrator adds the other users and can make backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details appear in the title bar and on every aftercare handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to sign in, e.g. olivia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Willow Skin &amp; Acupuncture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (signs in as &lt;b&gt;{username}&lt;/b&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutItemsTableModel</name>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutItemsWidget</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutMenu</name>
    <message>
        <source>&amp;Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts &amp;given…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the aftercare sheet of this completed session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup for the aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPreviewDialog</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, printed on {paper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheet for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sheet — {name} — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded until you print or save the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper, orientation and printer for printing the sheet; kept until acudesk closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed and kept (handout {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path} and kept (handout {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}). The sheet is kept: save a copy from Handouts given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The sheet is kept: reprint it from Handouts given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutSettingsWidget</name>
    <message>
        <source>&amp;Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HANDOUTS — PAPER AND LOGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in, US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo chosen: press Save handout settings to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo removed: press Save handout settings to print without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo: the clinic&apos;s name heads the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top left of every aftercare sheet. A PNG or JPEG; a wide logo on a white or clear background prints best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New sheets print on {paper} paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a picture acudesk can read: choose a PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutTextsDialog</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare advice on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout text language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout texts message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print acudesk&apos;s own advice on sheets in {language} again? Your clinic&apos;s text for {language} is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore acudesk&apos;s te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore acudesk&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: sheets in {language} print this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets in {language} print acudesk&apos;s text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets in {language} print acudesk&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets in {language} print your clinic&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advice you changed in {languages} is not saved. Close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What clients read on the sheet they take home. Double-click a row to change it; the timing prints under the advice. Sheets already handed out keep the text they were printed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the client should &amp;call the clinic (printed with the clinic&apos;s phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call us message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call us timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. straight away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutsGivenDialog</name>
    <message>
        <source>&amp;Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare (reprint {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sheet is kept exactly as it was printed or saved. Reprint gives the client the same pages again, whatever has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts given for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts given message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts given to {name}, session {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet has been printed or saved for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>CLIENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLINIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+L to lock the screen when you step away from the desk, and Ctrl+Shift+B to back up the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNED IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>clients on record</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on record in this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{greeting}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} · signs in as {username}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message numerus="yes">
        <source>%Ln already registered (left out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: {ready} ready to import</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln clients</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMNS IN THE FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or exported from another system (comma or semicolon separated). Check which column holds what, look at the rows acudesk cannot take, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows even though some rows have problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln clients.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: left out, {match}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS ACUDESK CANNOT TAKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>&amp;Allergies and sensitivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals, in the client&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and sensitivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botox, fillers, peels, laser and the like in the last year. Type dates as day/month/year, e.g. 12/03/2026; a month is enough when the client is unsure (01/03/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the intake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not kept: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitzpatrick skin type: how the skin reacts to sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foods, medicines, metals, or cosmetic ingredients by INCI name, e.g. Nickel, Bismuth Oxychloride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glogau photo-ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glogau photo-ageing: how deep the lines are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I consent to &amp;photographs being taken for my record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I consent to &amp;treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I consent to photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I consent to treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a draft to finish later (acudesk offers it back when you sign in), or discard what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines and sensitivities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, or separated by commas. Include supplements, creams and anything taken only now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each line with the client and tick what applies now. Where we need to know more, a field opens beside the tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cosmetic procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed from a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this intake as a new dated record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on this step needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of this intake and of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intake for {name} is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the screen to the client, or read this aloud, before they tick and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client would like to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Levothyroxine 50 mcg
Ibuprofen when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Look less tired before my daughter&apos;s wedding in June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Press Save again to keep yours as a newer record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeWidget</name>
    <message>
        <source>&amp;New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first session, take the intake with the client: health history, skin assessment, and consent with a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review is kept. Pick one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake saved. The earlier ones stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake summary saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the intake summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the intake summary, with the signature, as a PDF to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken {taken} · recorded by {name} at {time} on {recorded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be saved there ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are reading an earlier intake ({date}). The latest is from {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}
recorded by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}  (latest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this session so someone else can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} locked acudesk. Enter your password to carry on, or sign out so someone else can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo clinic with made-up clients. Click an account to fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acudesk logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clients to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln clients.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked by {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acudesk — {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acudesk — {clinic} (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nav</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>&amp;About acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print all of today&apos;s handouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add clients from a CSV file saved from a spreadsheet or another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language acudesk speaks to you in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole database to the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the aftercare advice printed on the handout, in English and Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the informed-consent text clients sign at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the screen until you enter your password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the aftercare sheet of every session completed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole client list as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextAppointmentWidget</name>
    <message>
        <source>&amp;Next appointment booked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>The printer did not start. Check that it is switched on and connected, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be read back for printing. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointBrowserWidget</name>
    <message>
        <source>Find a point by its code, its pinyin or its English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point matches. Try a code (ST6), a pinyin or an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a point in the list, or search for one, to see where it lies, what it is used for and its cautions. It is shown on the chart beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: ST6, jiache, jaw…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointCatalogueScreen</name>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Language of the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences for &lt;b&gt;{name}&lt;/b&gt; ({username}), used from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window opens again in the new language when you save. Handouts keep printing in each client&apos;s own language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences, {name}: only yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProceduresTable</name>
    <message>
        <source>Choose a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which procedure it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure {number} area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure {number} date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lips, forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{procedure} (row {number}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fragrance-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helps with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ingredients (INCI names, one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mineral UV filters only (no chemical sunscreen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combination skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes in &amp;shades for some skin tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes in shades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list from the label: a list separated by commas is split into one ingredient per line when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deepest type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitzpatrick type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragrance-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragrance-free message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps with message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use it, what to tell the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredients message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightest type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mica (CI 77019)
Titanium Dioxide (CI 77891)
Zinc Oxide (CI 77947)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mineral UV filters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mineral UV filters only message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: suits every skin type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to &amp;clients (recommended on aftercare sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oily skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shades message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin types message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits skin types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pure Mineral Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, brand or ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show products no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recommending this product; it stays in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products acudesk recommends on aftercare sheets. A product is never recommended to a client who reacts to one of its ingredients; sensitive skin gets fragrance-free, mineral products only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer recommended. It stays in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is recommended again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n products</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragrance-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationsWidget</name>
    <message>
        <source>Hide what was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the catalogue suits this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked from the catalogue for this client&apos;s skin, concerns and allergies. Change a pick from its list; only products that suit the client are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what was left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>&amp;Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt; ({username}). Tell them in person; their account is unlocked at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionAmendDialog</name>
    <message>
        <source>&amp;Why is the session being changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend a completed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend session — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session keeps its first version; the trail shows who changed it, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionApplyProtocolDialog</name>
    <message>
        <source>&amp;Replace the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd to the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply protocol — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocols yet. Chart a session, then “Save as protocol…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this on the chart (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHistoryWidget</name>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course progress bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a session, or press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Start the first one with “New session”; the pre-treatment check comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session for this client (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session with the chart of the latest one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionIncidentDialog</name>
    <message>
        <source>&amp;No, not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where did you search?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle count incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a needle incident — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the needle found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;was done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where searched message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client, hairline, clothing, couch, floor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionProtocolDialog</name>
    <message>
        <source>&amp;Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol is a named chart you can apply to any session later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol chart message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as protocol — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWidget</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gua sha massage given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop alert stands. Why does treatment go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before any needle: the pre-treatment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the check away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the pre-treatment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gua sha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;read the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle &amp;count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles &amp;out (counted at removal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles in hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needles out message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needling done — start &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needling done — start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening alerts for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-treatment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-treatment check message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-treatment check summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention minutes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention time for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S); an open session also saves itself a few seconds after each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as protoco&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session — acudesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pre-treatment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chart&apos;s count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. physician&apos;s clearance seen, dated …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates are typed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new intake &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLINIC DETAILS — PRINTED ON EVERY HANDOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic address error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic details saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day / month / year (23/11/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to wait after a cosmetic procedure before facial acupuncture. Published advice varies (from two weeks to several months for injectables): choose what your clinic follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults shown: press Save rules to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly each screening alert speaks: Stop (red) asks the practitioner not to treat, Caution (amber) asks for care, Note (blue) informs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month / day / year (11/23/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers &amp;without a +country code are from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION AND SCREENING RULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cosmetic procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save clinic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Alerts use these rules from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New handouts carry these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of {alert}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait after {procedure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkinFields</name>
    <message>
        <source>Combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale} type {number}: {definition}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who signs in to acudesk. A deactivated account keeps its history but can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the user try signing in again after too many wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now sign in as {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
