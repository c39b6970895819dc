<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>book</name>
    <message numerus="yes">
        <source>%n session(s) of the course clash with the book.</source>
        <translation>
            <numerusform>%n session of the course clashes with the book.</numerusform>
            <numerusform>%n sessions of the course clash with the book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was moved: %n session(s) of the course would clash.</source>
        <translation>
            <numerusform>Nothing was moved: %n session of the course would clash.</numerusform>
            <numerusform>Nothing was moved: %n sessions of the course would clash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest intake is from {date} (%n month(s) ago).</source>
        <translation>
            <numerusform>The latest intake is from {date} (%n month ago).</numerusform>
            <numerusform>The latest intake is from {date} (%n months ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{procedure} on the {area} on {date}: wait %n more day(s) (clinic waits {period}).</source>
        <extracomment>{area} is typed by the receptionist (&quot;left cheek&quot;); {period} is &quot;28 days&quot;.</extracomment>
        <translation>
            <numerusform>{procedure} on the {area} on {date}: wait %n more day (clinic waits {period}).</numerusform>
            <numerusform>{procedure} on the {area} on {date}: wait %n more days (clinic waits {period}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{procedure} on {date}: wait %n more day(s) (clinic waits {period}).</source>
        <translation>
            <numerusform>{procedure} on {date}: wait %n more day (clinic waits {period}).</numerusform>
            <numerusform>{procedure} on {date}: wait %n more days (clinic waits {period}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treatment</name>
    <message numerus="yes">
        <source>%n needle(s) went in but {out} came out. Search the client (hairline, clothing), the couch and the floor, then record an incident.</source>
        <translation>
            <numerusform>%n needle went in but {out} came out. Search the client (hairline, clothing), the couch and the floor, then record an incident.</numerusform>
            <numerusform>%n needles went in but {out} came out. Search the client (hairline, clothing), the couch and the floor, then record an incident.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>users</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>The account is now locked for %n minute.</numerusform>
            <numerusform>The account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minute, or ask an administrator to unlock it.</numerusform>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minutes, or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
</context>
</TS>
