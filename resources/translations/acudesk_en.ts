<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertsBanner</name>
    <message numerus="yes">
        <source>Show %n more alerts</source>
        <translation>
            <numerusform>Show %n more alert</numerusform>
            <numerusform>Show %n more alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message numerus="yes">
        <source>Printed %n aftercare sheets.</source>
        <translation>
            <numerusform>Printed %n aftercare sheet.</numerusform>
            <numerusform>Printed %n aftercare sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before %n: {names}. Print all again to do them.</source>
        <translation>
            <numerusform>Stopped before %n: {names}. Print all again to do them.</numerusform>
            <numerusform>Stopped before %n: {names}. Print all again to do them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookMonthView</name>
    <message numerus="yes">
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln appointment</numerusform>
            <numerusform>%Ln appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookScreen</name>
    <message numerus="yes">
        <source>%n appointment(s) this day.</source>
        <translation>
            <numerusform>%n appointment this day.</numerusform>
            <numerusform>%n appointments this day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) this month.</source>
        <translation>
            <numerusform>%n appointment this month.</numerusform>
            <numerusform>%n appointments this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) this week.</source>
        <translation>
            <numerusform>%n appointment this week.</numerusform>
            <numerusform>%n appointments this week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <source>%n session(s) clash. Tick the alternatives to take, then press Book.</source>
        <translation>
            <numerusform>%n session clashes. Tick the alternatives to take, then press Book.</numerusform>
            <numerusform>%n sessions clash. Tick the alternatives to take, then press Book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is free for that in the next %n week(s).</source>
        <translation>
            <numerusform>Nothing is free for that in the next week.</numerusform>
            <numerusform>Nothing is free for that in the next %n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message numerus="yes">
        <source>%n needles</source>
        <translation>
            <numerusform>%n needle</numerusform>
            <numerusform>%n needles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientAppointmentsWidget</name>
    <message numerus="yes">
        <source>%n appointment(s) from today on.</source>
        <translation>
            <numerusform>%n appointment from today on.</numerusform>
            <numerusform>%n appointments from today on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientFormatting</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsScreen</name>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients match “{query}”</source>
        <translation>
            <numerusform>%Ln client match “{query}”</numerusform>
            <numerusform>%Ln clients match “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln shown, in name order; scroll for more</source>
        <translation>
            <numerusform>First %Ln shown, in name order; scroll for more</numerusform>
            <numerusform>First %Ln shown, in name order; scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsPrompt</name>
    <message numerus="yes">
        <source> (%n more unfinished intakes after this one.)</source>
        <translation>
            <numerusform> (%n more unfinished intake after this one.)</numerusform>
            <numerusform> (%n more unfinished intakes after this one.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message numerus="yes">
        <source>Nothing is free for that in the next %n week(s).</source>
        <translation>
            <numerusform>Nothing is free for that in the next week.</numerusform>
            <numerusform>Nothing is free for that in the next %n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>Last backup: {when}, %n copies kept</source>
        <translation>
            <numerusform>Last backup: {when}, %n copy kept</numerusform>
            <numerusform>Last backup: {when}, %n copies kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>clients on record</source>
        <translation>
            <numerusform>client on record</numerusform>
            <numerusform>clients on record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message numerus="yes">
        <source>%Ln already registered (left out)</source>
        <translation>
            <numerusform>%Ln already registered (left out)</numerusform>
            <numerusform>%Ln already registered (left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: {ready} ready to import</source>
        <translation>
            <numerusform>%Ln row: {ready} ready to import</numerusform>
            <numerusform>%Ln rows: {ready} ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln with problems</numerusform>
            <numerusform>%Ln with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln clients</source>
        <translation>
            <numerusform>&amp;Import %Ln client</numerusform>
            <numerusform>&amp;Import %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln clients.</source>
        <translation>
            <numerusform>Imported %Ln client.</numerusform>
            <numerusform>Imported %Ln clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message numerus="yes">
        <source>acudesk locked itself after %n minute(s) without use. {name}: enter your password to carry on, or sign out so someone else can sign in.</source>
        <translation>
            <numerusform>acudesk locked itself after %n minute without use. {name}: enter your password to carry on, or sign out so someone else can sign in.</numerusform>
            <numerusform>acudesk locked itself after %n minutes without use. {name}: enter your password to carry on, or sign out so someone else can sign in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln clients to {path}</source>
        <translation>
            <numerusform>Exported %Ln client to {path}</numerusform>
            <numerusform>Exported %Ln clients to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln clients.</source>
        <translation>
            <numerusform>Imported %Ln client.</numerusform>
            <numerusform>Imported %Ln clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedleCountSection</name>
    <message numerus="yes">
        <source>%n needles went in; {out} came out.</source>
        <translation>
            <numerusform>%n needle went in; {out} came out.</numerusform>
            <numerusform>%n needles went in; {out} came out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreCheckSection</name>
    <message numerus="yes">
        <source>%n alerts read</source>
        <translation>
            <numerusform>%n alert read</numerusform>
            <numerusform>%n alerts read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n products</source>
        <translation>
            <numerusform>{shown} of %n product</numerusform>
            <numerusform>{shown} of %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSettingsWidget</name>
    <message numerus="yes">
        <source> hour(s) before</source>
        <translation>
            <numerusform> hour before</numerusform>
            <numerusform> hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTimers</name>
    <message numerus="yes">
        <source>{who}: %n minutes are over. Time to remove the needles.</source>
        <translation>
            <numerusform>{who}: %n minute is over. Time to remove the needles.</numerusform>
            <numerusform>{who}: %n minutes are over. Time to remove the needles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenLockSettingsWidget</name>
    <message numerus="yes">
        <source> minute(s) without use</source>
        <translation>
            <numerusform> minute without use</numerusform>
            <numerusform> minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. The screens lock after %n minute(s) without use.</source>
        <translation>
            <numerusform>Saved. The screens lock after %n minute without use.</numerusform>
            <numerusform>Saved. The screens lock after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesFlow</name>
    <message numerus="yes">
        <source>Cancelled {client}&apos;s session and the %n following.</source>
        <translation>
            <numerusform>Cancelled {client}&apos;s session and the next one.</numerusform>
            <numerusform>Cancelled {client}&apos;s session and the %n following.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved {client}&apos;s session and the %n following, from {when}.</source>
        <translation>
            <numerusform>Moved {client}&apos;s session and the next one, from {when}.</numerusform>
            <numerusform>Moved {client}&apos;s session and the %n following, from {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session of {client}&apos;s course has %n more after it. Cancel only this one, or this one and the following?</source>
        <translation>
            <numerusform>This session of {client}&apos;s course has one more after it. Cancel only this one, or this one and the next?</numerusform>
            <numerusform>This session of {client}&apos;s course has %n more after it. Cancel only this one, or this one and the following?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session of {client}&apos;s course has %n more after it. Move only this one, or this one and the following by the same time?</source>
        <translation>
            <numerusform>This session of {client}&apos;s course has one more after it. Move only this one, or this one and the next by the same time?</numerusform>
            <numerusform>This session of {client}&apos;s course has %n more after it. Move only this one, or this one and the following by the same time?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistBadges</name>
    <message numerus="yes">
        <source>%n waiting client(s) fit this freed time: click to see them (Alt+W).</source>
        <translation>
            <numerusform>%n waiting client fits this freed time: click to see them (Alt+W).</numerusform>
            <numerusform>%n waiting clients fit this freed time: click to see them (Alt+W).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message numerus="yes">
        <source>%n client(s) waiting.</source>
        <translation>
            <numerusform>%n client waiting.</numerusform>
            <numerusform>%n clients waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistMatchesDialog</name>
    <message numerus="yes">
        <source>%n waiting client(s) fit this time. Choose one and press Book here.</source>
        <translation>
            <numerusform>%n waiting client fits this time. Choose them and press Book here.</numerusform>
            <numerusform>%n waiting clients fit this time. Choose one and press Book here.</numerusform>
        </translation>
    </message>
</context>
</TS>
