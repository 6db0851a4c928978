<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BatchPreview</name>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Nothing was printed or recorded.</source>
        <translation>Er is niets afgedrukt en niets vastgelegd.</translation>
    </message>
    <message>
        <source>Printed and recorded</source>
        <translation>Afgedrukt en vastgelegd</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Print and record</source>
        <translation>Afdrukken en vastleggen</translation>
    </message>
    <message>
        <source>This letter still lacks information (see the yellow box). Print it and record it as sent anyway?</source>
        <translation>In deze brief ontbreekt nog informatie (zie het gele vak). Toch afdrukken en vastleggen als verstuurd?</translation>
    </message>
    <message>
        <source>Printed and recorded</source>
        <translation>Afgedrukt en vastgelegd</translation>
    </message>
    <message>
        <source>The letter is recorded as sent.</source>
        <translation>De brief is vastgelegd als verstuurd.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Sent to printer {0} ({1} pages).</source>
        <translation>Naar printer {0} gestuurd ({1} pagina's).</translation>
    </message>
    <message>
        <source>Sent to printer {0} as job {1} ({2} pages).</source>
        <translation>Naar printer {0} gestuurd als opdracht {1} ({2} pagina's).</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>De brieven worden klaargezet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Preparing letter {0} of {1}…</source>
        <translation>Brief {0} van {1} wordt klaargezet…</translation>
    </message>
    <message>
        <source>Sending {0} letters to the printer…</source>
        <translation>{0} brieven worden naar de printer gestuurd…</translation>
    </message>
    <message>
        <source>Recording {0} letters as sent…</source>
        <translation>{0} brieven worden vastgelegd als verstuurd…</translation>
    </message>
</context>
</TS>
