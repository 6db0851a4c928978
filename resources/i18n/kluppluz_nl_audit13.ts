<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>PreviewPage</name>
    <message>
        <source>Checking every row…</source>
        <translation>Elke regel wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The rows could not be checked.</source>
        <translation>De regels konden niet worden gecontroleerd.</translation>
    </message>
</context>
</TS>
