<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FieldRights</name>
    <message>
        <source>Quality &amp; Safety</source>
        <translation>Kwaliteit &amp; Veiligheid</translation>
    </message>
    <message>
        <source>the director</source>
        <translation>de directeur</translation>
    </message>
    <message>
        <source>the handler</source>
        <translation>de behandelaar</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>een beheerder</translation>
    </message>
    <message>
        <source>Waiting for {0}</source>
        <translation>Wacht op {0}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>This step is taken by someone else; you see what it still needs.</source>
        <translation>Deze stap zet iemand anders; u ziet wat er nog voor nodig is.</translation>
    </message>
</context>
</TS>
