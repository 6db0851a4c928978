<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>IntakeController</name>
    <message>
        <source>The message in the editor was not registered, so the dropped messages after it were not taken in:</source>
        <translation>Het bericht in het scherm is niet geregistreerd; daarom zijn de gesleepte berichten erna niet ingelezen:</translation>
    </message>
    <message>
        <source>Drop them again when you want to register them.</source>
        <translation>Sleep ze opnieuw als u ze wilt registreren.</translation>
    </message>
    <message>
        <source>Reading {0} ({1} of {2})…</source>
        <translation>{0} wordt ingelezen ({1} van {2})…</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: already registered as {1}</source>
        <translation>{0}: al geregistreerd als {1}</translation>
    </message>
    <message>
        <source>{0}: Outlook passes on only the first message of a drag; drag this one on its own or save it first</source>
        <translation>{0}: Outlook geeft bij slepen alleen het eerste bericht door; sleep dit bericht apart of sla het eerst op</translation>
    </message>
    <message>
        <source>{0} of the {1} files taken in.</source>
        <translation>{0} van de {1} bestanden ingelezen.</translation>
    </message>
    <message>
        <source>Each opens as a new customer reaction; the next one opens when you have registered the one before.</source>
        <translation>Elk bestand opent als een nieuwe klantreactie; de volgende opent zodra u de vorige hebt geregistreerd.</translation>
    </message>
    <message>
        <source>Taken in:</source>
        <translation>Ingelezen:</translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation>Niet ingelezen:</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Leave empty</source>
        <translation>Leeg laten</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>OK; already present as %1, imported again</source>
        <translation>OK; al aanwezig als %1, wordt opnieuw geïmporteerd</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Also import the rows that are already present (they would be registered twice)</source>
        <translation>Ook de regels importeren die al aanwezig zijn (ze komen er dan dubbel in)</translation>
    </message>
</context>
</TS>
