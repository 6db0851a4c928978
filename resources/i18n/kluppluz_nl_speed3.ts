<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Backup</name>
    <message>
        <source>Making and checking the backup…</source>
        <translation>Back-up maken en controleren…</translation>
    </message>
</context>
<context>
    <name>BatchPreview</name>
    <message numerus="yes">
        <source>Preparing %n acknowledgement(s)…</source>
        <translation>
            <numerusform>%n ontvangstbevestiging voorbereiden…</numerusform>
            <numerusform>%n ontvangstbevestigingen voorbereiden…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Making the annual report…</source>
        <translation>Jaarverslag maken…</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Looking for customer reactions past the period…</source>
        <translation>Klantreacties zoeken waarvan de bewaartermijn voorbij is…</translation>
    </message>
    <message>
        <source>Erasing the personal data…</source>
        <translation>Persoonsgegevens wissen…</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Writing the export…</source>
        <translation>Export schrijven…</translation>
    </message>
    <message>
        <source>Importing the customer reactions…</source>
        <translation>Klantreacties importeren…</translation>
    </message>
</context>
</TS>
